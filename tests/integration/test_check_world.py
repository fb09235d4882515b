"""The world check (seed/check_world.py, `flask --app demo check-world`): the seeded
worlds pass it, and each kind of offence planted into a seeded world fails it.

Offences are planted inside a transaction that is rolled back, so every test sees
the same clean world; one seeding per world, for the module.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from demo import create_app
from demo.cli import check_world_command
from demo.clock import DEFAULT_DEMO_DATE
from demo.domain.access import age_on
from demo.domain.kinds import UnitKind
from demo.store.engines import writable_engine
from demo.store.models import CareUnit, Entry, Guardianship, Person
from seed import seed_database
from seed.check_world import Offence, Rule, check_world


def _seeded(path: Path, seed: int, extra_patients: int = 0) -> str:
    url = f"sqlite:///{path}"
    engine = writable_engine(url)
    seed_database(engine, seed, DEFAULT_DEMO_DATE, extra_patients=extra_patients)
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def default_world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default world (seed 1), for planting offences into."""
    path = tmp_path_factory.mktemp("check-world") / "seed-1.sqlite"
    _seeded(path, 1)
    return path


@pytest.fixture(scope="module", params=[(2, 20), (5, 0)], ids=["seed-2-extra-20", "seed-5"])
def other_world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    seed, extra = request.param
    return _seeded(tmp_path_factory.mktemp("check-world") / f"seed-{seed}.sqlite", seed, extra)


def _offences(url: str) -> list[Offence]:
    engine = writable_engine(url)
    try:
        with Session(engine) as session:
            return check_world(session)
    finally:
        engine.dispose()


def test_the_default_world_holds_together(database_url: str) -> None:
    """On SQLite and on PostgreSQL (the session's world)."""
    offences = _offences(database_url)
    assert not offences, "\n".join(map(str, offences[:20]))


def test_other_seeds_and_extra_patients_hold_together(other_world: str) -> None:
    offences = _offences(other_world)
    assert not offences, "\n".join(map(str, offences[:20]))


# --- planting offences ---------------------------------------------------------------


@pytest.fixture
def world(default_world: Path) -> Iterator[Session]:
    """The default world in a transaction that is rolled back after the test."""
    engine = writable_engine(f"sqlite:///{default_world}")
    connection = engine.connect()
    transaction = connection.begin()
    session = Session(bind=connection)
    try:
        yield session
    finally:
        session.close()
        transaction.rollback()
        connection.close()
        engine.dispose()


def _entries(session: Session, person_id: str, kind: str) -> list[Entry]:
    query = select(Entry).where(Entry.subject_id == person_id, Entry.kind == kind)
    found = list(session.scalars(query.order_by(Entry.document_time, Entry.id)))
    assert found, f"{person_id} has no {kind}"
    return found


def _unit(session: Session, region_id: str, kind: str) -> CareUnit:
    units = session.scalars(select(CareUnit).where(CareUnit.kind == kind))
    return next(unit for unit in units if unit.provider.region_id == region_id)


def _found(session: Session, rule: Rule, entry: Entry) -> list[Offence]:
    """The offences of a rule the check finds in the planted entry (checking only its
    person, who has none before)."""
    session.flush()
    offences = check_world(session, {entry.subject_id})
    # A pair of entries (two drugs at once) is told at the later one, naming the other.
    found = [
        o
        for o in offences
        if o.rule is rule and (o.entry_id == entry.id or f"(entry {entry.id})" in o.message)
    ]
    assert found, f"no {rule} offence for entry {entry.id}: {[str(o) for o in offences]}"
    return found


def _change(entry: Entry, **details: object) -> None:
    entry.details = {**entry.details, **details}


def _age(session: Session, entry: Entry) -> int:
    person = session.get(Person, entry.subject_id)
    assert person is not None
    return age_on(person.birth_date, entry.document_date)


@pytest.mark.parametrize(
    ("person_id", "kind", "details"),
    [
        ("gunnar", "diagnoser", {"code": "N95.1", "text": "Menopausala tillstånd"}),
        ("gunnar", "lakemedel", {"name": "Vagifem", "atc": "G03CA03"}),
        ("anna", "diagnoser", {"code": "N40", "text": "Prostatahyperplasi"}),
    ],
    ids=["menopause-for-a-man", "vagifem-for-a-man", "prostate-for-a-woman"],
)
def test_a_code_or_drug_for_the_other_sex(
    world: Session, person_id: str, kind: str, details: dict[str, str]
) -> None:
    entry = _entries(world, person_id, kind)[-1]
    _change(entry, **details)
    _found(world, Rule.SEX, entry)


def test_a_code_for_another_age(world: Session) -> None:
    entry = _entries(world, "gunnar", "diagnoser")[-1]
    _change(entry, code="J21.0", text="Akut bronkiolit")
    _found(world, Rule.AGE, entry)


def test_a_childs_suspension_for_an_adult(world: Session) -> None:
    entry = _entries(world, "gunnar", "lakemedel")[-1]
    _change(entry, form="Oral suspension", name="Alvedon", atc="N02BE01")
    _found(world, Rule.AGE, entry)


@pytest.mark.parametrize(
    "atc",
    ["C10AA05", "M04AA01", "C09AA02", "B01AA03"],
    ids=["statin", "allopurinol", "ace", "warfarin"],
)
def test_a_drug_contraindicated_in_pregnancy_current_while_pregnant(
    world: Session, atc: str
) -> None:
    entry = _entries(world, "sofia", "lakemedel")[0]
    _change(entry, atc=atc, end=None, status="Aktuell")
    _found(world, Rule.PREGNANCY, entry)


def test_a_mans_result_judged_by_the_womens_interval(world: Session) -> None:
    entry = next(e for e in _entries(world, "gunnar", "provsvar") if e.title == "Blodstatus")
    analyses = [
        {**a, "low": 117, "high": 153} if a["name"] == "B-Hb" else a
        for a in entry.details["analyses"]
    ]
    _change(entry, analyses=analyses)
    assert "B-Hb" in str(_found(world, Rule.INTERVAL, entry))


def test_a_childs_result_judged_by_an_adults_interval(world: Session) -> None:
    """A blood count of Liam's, aged 3 or 4, with the women's Hb interval."""
    entry = next(e for e in _entries(world, "gunnar", "provsvar") if e.title == "Blodstatus")
    entry.subject_id = "liam"
    entry.document_time = datetime.combine(date(2026, 3, 10), time(9, 0))
    hb = {"name": "B-Hb", "code": "", "value": 125, "unit": "g/L"}
    _change(entry, analyses=[{**hb, "low": 117, "high": 153, "abnormal": None}])
    assert "(110, 140)" in str(_found(world, Rule.INTERVAL, entry))


@pytest.mark.parametrize(
    "text",
    [
        "Bedömning: Provsvaren är förenliga med  ().",
        "Kontaktorsak: Fortsatt utredning, .",
        "Aktuellt: {name} mår bra.",
        "Diagnos: None.",
        "Blodtryck 130/80 mmHg .",
    ],
)
def test_a_template_hole_in_a_text(world: Session, text: str) -> None:
    entry = _entries(world, "lars", "anteckningar")[-1]
    _change(entry, text=text)
    _found(world, Rule.TEMPLATE, entry)


def test_an_age_in_a_text_that_is_not_the_age_on_its_date(world: Session) -> None:
    entry = _entries(world, "alva", "anteckningar")[0]
    assert _age(world, entry) < 15
    _change(entry, text="Aktuellt: Alva, 15 år, trivs i skolan.")
    _found(world, Rule.AGE_IN_TEXT, entry)


@pytest.mark.parametrize(
    "atc", ["C07AB07", "C09AA02"], ids=["two-beta-blockers", "the-same-class-twice"]
)
def test_two_current_drugs_of_one_class(world: Session, atc: str) -> None:
    current = [e for e in _entries(world, "gunnar", "lakemedel") if e.details["end"] is None]
    entry = next(e for e in current if not e.details["atc"].startswith(atc[:3]))
    _change(entry, atc=atc)
    _found(world, Rule.DRUG_CLASS, entry)


def test_a_course_ending_other_than_its_dosage_says(world: Session) -> None:
    prescriptions = world.scalars(select(Entry).where(Entry.kind == "lakemedel").order_by(Entry.id))
    entry = next(e for e in prescriptions if "i 5 dagar" in e.details["dosage"])
    start = date.fromisoformat(entry.details["start"])
    _change(entry, end=(start + timedelta(days=14)).isoformat())
    _found(world, Rule.COURSE, entry)


@pytest.mark.parametrize(
    ("person_id", "vaccine", "target"),
    [
        ("maja", "Rotarix", "Rotavirusinfektion"),
        ("gunnar", "Gardasil 9", "Humant papillomvirus (HPV)"),
    ],
    ids=["rotavirus-born-2012", "hpv-for-a-man-born-1942"],
)
def test_a_vaccine_before_its_programme(
    world: Session, person_id: str, vaccine: str, target: str
) -> None:
    entry = _entries(world, person_id, "vaccinationer")[0]
    entry.title = vaccine
    _change(entry, vaccine=vaccine, target=target)
    _found(world, Rule.PROGRAMME, entry)


def test_a_visits_vaccine_given_days_later(world: Session) -> None:
    """Liam's three-month doses, one of them moved three days on."""
    vaccinations = _entries(world, "liam", "vaccinationer")
    entry = next(e for e in vaccinations if e.title == "Synflorix")
    entry.document_time += timedelta(days=3)
    _found(world, Rule.VISIT_DAY, entry)


@pytest.mark.parametrize(
    "moment",
    [
        datetime.combine(date(2025, 3, 12), time(1, 15)),
        datetime.combine(date(2025, 3, 15), time(10, 0)),
    ],
    ids=["signed-at-night", "signed-on-a-saturday"],
)
def test_a_health_centre_signing_out_of_hours(world: Session, moment: datetime) -> None:
    notes = _entries(world, "anna", "anteckningar")
    entry = next(e for e in notes if e.unit.kind == UnitKind.PRIMARVARD and e.signed_at)
    entry.document_time = moment - timedelta(hours=2)
    entry.signed_at = moment
    _found(world, Rule.HOURS, entry)


def test_a_school_dose_given_at_a_health_centre(world: Session) -> None:
    entry = next(e for e in _entries(world, "elin", "vaccinationer") if e.title == "Gardasil 9")
    entry.unit = _unit(world, "ostergotland", UnitKind.PRIMARVARD)
    _found(world, Rule.SCHOOL, entry)


def test_a_result_reviewed_at_the_lab(world: Session) -> None:
    entry = next(e for e in _entries(world, "gunnar", "provsvar") if e.reviewed_at)
    _change(entry, reviewed_by=entry.author_name)
    _found(world, Rule.REVIEWER, entry)


def test_a_result_filed_under_the_performing_lab(world: Session) -> None:
    entry = _entries(world, "elin", "provsvar")[0]
    entry.unit = _unit(world, "ostergotland", UnitKind.LAB)
    _found(world, Rule.FILED_UNDER, entry)


def test_a_current_inpatient_stay_marked_ended(world: Session) -> None:
    stays = [e for e in _entries(world, "hassan", "vardkontakter") if e.details["end"] is None]
    assert len(stays) == 1  # the current one
    entry = stays[0]
    _change(entry, end=entry.details["start"], status="Avslutad")
    _found(world, Rule.STAY, entry)


def test_a_unit_spelt_another_way(world: Session) -> None:
    entry = _entries(world, "anna", "anteckningar")[0]
    _change(entry, text=entry.details["text"].replace("mmHg", "mm Hg") + " 120/80 mm Hg.")
    _found(world, Rule.SPELLING, entry)


def test_a_yearly_flu_vaccine_for_a_healthy_adult(world: Session) -> None:
    """Anna, in her forties and with no chronic disease, given the influenza vaccine."""
    diagnoses = [e.details["code"] for e in _entries(world, "anna", "diagnoser")]
    assert not any(code.startswith(("E1", "I", "J4", "N18")) for code in diagnoses)
    entry = _entries(world, "anna", "vaccinationer")[0]
    entry.title = "Vaxigrip Tetra"
    _change(entry, vaccine="Vaxigrip Tetra", target="Influensa")
    _found(world, Rule.RISK_GROUP, entry)


def _result(session: Session, person_id: str, title: str, index: int = -1) -> Entry:
    return [e for e in _entries(session, person_id, "provsvar") if e.title == title][index]


def _set_value(entry: Entry, name: str, value: float) -> None:
    analyses = [
        {**a, "value": value} if a["name"] == name else a for a in entry.details["analyses"]
    ]
    assert analyses != entry.details["analyses"], f"no {name} in entry {entry.id}"
    _change(entry, analyses=analyses)


def test_an_egfr_that_is_not_its_creatinines(world: Session) -> None:
    """Gunnar (84) with an eGFR of 94 beside a creatinine that gives about 60 (LMrev)."""
    entry = _result(world, "gunnar", "Elektrolyter och njurfunktion")
    _set_value(entry, "eGFR (LMrev)", 94)
    assert "eGFR 94 beside creatinine" in str(_found(world, Rule.EGFR, entry))


@pytest.mark.parametrize(
    ("title", "analysis", "value"),
    [("Diabeteskontroll", "B-HbA1c", 36), ("Hjärtsvikt", "P-NT-proBNP", 38)],
    ids=["a-healthy-hba1c-on-diabetes-drugs", "a-healthy-nt-probnp-with-heart-failure"],
)
def test_a_healthy_value_the_diagnosis_rules_out(
    world: Session, title: str, analysis: str, value: float
) -> None:
    """Gunnar has type 2 diabetes on metformin and empagliflozin, and heart failure."""
    entry = _result(world, "gunnar", title)
    _set_value(entry, analysis, value)
    _found(world, Rule.LAB_DIAGNOSIS, entry)


def test_one_analysis_sampled_twice_within_the_hour(world: Session) -> None:
    """Two creatinine values 45 minutes apart on one day."""
    first, second = [
        e
        for e in _entries(world, "gunnar", "provsvar")
        if e.title == "Elektrolyter och njurfunktion"
    ][-2:]
    second.document_time = first.document_time + timedelta(minutes=45)
    found = _found(world, Rule.REPEATED_ANALYSIS, second)
    assert f"45 minutes after the one in entry {first.id}" in str(found)


def test_a_current_prescription_never_renewed(world: Session) -> None:
    """Gunnar's anticoagulant, prescribed years ago and current since, never renewed."""
    entry = next(
        e
        for e in _entries(world, "gunnar", "lakemedel")
        if e.details["end"] is None and e.details["atc"].startswith("B01AF")
    )
    _change(entry, start=(DEFAULT_DEMO_DATE - timedelta(days=5 * 365)).isoformat())
    _found(world, Rule.RENEWAL, entry)


def test_notes_copied_word_for_word(world: Session) -> None:
    """Half of Mikael's notes with the same text as his first."""
    notes = _entries(world, "mikael", "anteckningar")
    for note in notes[1 : len(notes) // 2 + 1]:
        _change(note, text=notes[0].details["text"])
    _found(world, Rule.COPIED_NOTES, notes[0])


@pytest.mark.parametrize(
    ("person_id", "kind", "unit_kind", "profession"),
    [
        ("gunnar", "anteckningar", UnitKind.MEDICIN, "Distriktssköterska"),
        ("elin", "vaccinationer", UnitKind.ELEVHALSA, "Barnmorska"),
        ("gunnar", "provsvar", UnitKind.PRIMARVARD, "Skolsköterska"),
    ],
    ids=["a-district-nurse-at-a-medicine-clinic", "a-midwife-in-school", "a-school-nurse-lab"],
)
def test_a_profession_at_a_unit_it_does_not_work_at(
    world: Session, person_id: str, kind: str, unit_kind: str, profession: str
) -> None:
    """A result's author works at the lab that performed it, whichever unit ordered it."""
    entry = next(e for e in _entries(world, person_id, kind) if e.unit.kind == unit_kind)
    entry.author_profession = profession
    _found(world, Rule.PROFESSION, entry)


def test_gunnars_current_medicines_show_in_kalmar(
    client_on: Callable[[str], FlaskClient],
) -> None:
    """Kalmar shows nothing written before 1 October 2015: his long-term drugs, renewed
    yearly, show as current, the anticoagulant for his atrial fibrillation among them."""
    client = client_on("gunnar")
    path = "/api/v1/subjects/gunnar/entries?set=lakemedel"
    first = client.get(path).get_json()
    shown = [
        entry
        for page in range(1, first["pages"] + 1)
        for entry in client.get(f"{path}&sida={page}").get_json()["entries"]
    ]
    assert len(shown) == first["total"]
    current = [e for e in shown if e["details"]["status"] == "Aktuell"]
    assert any(e["details"]["atc"].startswith("B01AF") for e in current), current
    assert all(e["details"]["start"] >= "2025-08-26" for e in current), current


def test_the_command_lists_the_offences_by_rule(default_world: Path, tmp_path: Path) -> None:
    clean = CliRunner(env={"DATABASE_URL": f"sqlite:///{default_world}"}).invoke(
        check_world_command
    )
    assert clean.exit_code == 0, clean.output
    assert "no offences" in clean.output
    broken = tmp_path / "broken.sqlite"
    shutil.copy(default_world, broken)
    engine = writable_engine(f"sqlite:///{broken}")
    with Session(engine) as session, session.begin():
        entry = _entries(session, "gunnar", "diagnoser")[-1]
        _change(entry, code="N95.1", text="Menopausala tillstånd")
        planted = entry.id
    engine.dispose()
    result = CliRunner(env={"DATABASE_URL": f"sqlite:///{broken}"}).invoke(check_world_command)
    assert result.exit_code != 0
    assert re.search(r"^sex: 2$", result.output, re.MULTILINE), result.output  # code, text
    assert f"gunnar, entry {planted}: N95.1 for sex M" in result.output


# --- results belong to the unit that ordered them ------------------------------------


@pytest.fixture
def client_on(default_world: Path) -> Callable[[str], FlaskClient]:
    def logged_in(person_id: str) -> FlaskClient:
        app: Flask = create_app(
            {
                "TESTING": True,
                "DATABASE_URL": f"sqlite:///{default_world}",
                "DEMO_TODAY": DEFAULT_DEMO_DATE,
                "WTF_CSRF_ENABLED": False,
            }
        )
        client = app.test_client()
        assert client.post(f"/logga-in/bankid/{person_id}").status_code == 302
        return client

    return logged_in


def _granted_unit(default_world: Path, viewer: str, subject: str) -> int:
    """The unit a head of unit's grant covers: extended access, or early own access."""
    engine = writable_engine(f"sqlite:///{default_world}")
    with Session(engine) as session:
        if viewer == subject:
            person = session.get(Person, subject)
            unit_id = person.early_access_unit_id if person else None
        else:
            grant = session.get(Guardianship, (viewer, subject))
            unit_id = grant.extended_access_unit_id if grant else None
    engine.dispose()
    assert unit_id is not None
    return unit_id


@pytest.mark.parametrize(
    ("viewer", "subject"), [("peter", "elin"), ("alva", "alva")], ids=["extended", "early"]
)
def test_a_one_unit_grant_shows_that_units_results(
    default_world: Path, client_on: Callable[[str], FlaskClient], viewer: str, subject: str
) -> None:
    """Peter (extended access at the children's clinic) sees Elin's HbA1c results from
    there, and Alva (early own access there) her own, each naming the laboratory."""
    unit_id = _granted_unit(default_world, viewer, subject)
    client = client_on(viewer)
    html = client.get(f"/journal/{subject}/provsvar/").get_data(as_text=True)
    ids = re.findall(r'data-testid="entry"[^>]*data-entry-id="(\d+)"', html)
    assert len(ids) >= 4 and "Diabeteskontroll" in html
    detail = client.get(f"/journal/{subject}/provsvar/{ids[0]}").get_data(as_text=True)
    assert "B-HbA1c" in detail
    assert "Utförd vid" in detail and "Klinisk kemi" in detail
    api = client.get(f"/api/v1/subjects/{subject}/entries/{ids[0]}").get_json()
    assert api["unit"]["id"] == unit_id  # the children's clinic's record, not the lab's
    assert api["unit"]["name"] == api["details"]["ordered_by_unit"]
    assert "Klinisk kemi" in api["details"]["performing_unit"]
