"""Extra patients (`flask seed --extra-patients N`): documented identifiers, not in the
picker, readable through the API, deterministic, and the cast untouched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from demo import create_app
from demo.cli import seed_command
from demo.domain.access import Reason, age_on, own_access
from demo.domain.regions import REGIONS
from demo.presenters.openapi import openapi_document
from demo.store.engines import writable_engine
from demo.store.models import Entry, Person
from seed import seed_database
from seed.extra import IDENTIFIER_PATTERN, extra_patients
from tests.support import DEMO_DATE, dump, log_in

EXTRA = [f"extra-0000{n}" for n in range(1, 6)]


def seeded(path: Path, seed: int = 1, extra: int = 0, today: date = DEMO_DATE) -> Engine:
    engine = writable_engine(f"sqlite:///{path}")
    seed_database(engine, seed, today, extra_patients=extra)
    return engine


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("extra") / "five.sqlite"
    seeded(path, extra=5).dispose()
    return path


@pytest.fixture
def client(world: Path) -> Iterator[FlaskClient]:
    app: Flask = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": f"sqlite:///{world}",
            "DEMO_TODAY": DEMO_DATE,
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.test_client() as test_client:
        yield test_client


def extra_people(world: Path) -> list[Person]:
    with Session(writable_engine(f"sqlite:///{world}")) as session:
        return list(session.scalars(select(Person).where(Person.extra).order_by(Person.id)))


def test_five_extra_patients_with_the_documented_identifiers(world: Path) -> None:
    people = extra_people(world)
    assert [p.id for p in people] == EXTRA
    assert [p.personnummer for p in people] == [f"DEMO0000000{n}" for n in range(1, 6)]
    for number, person in enumerate(people, start=1):
        assert re.fullmatch(r"^DEMO\d{8}$", person.personnummer)
        # Letters: never a personnummer, which is all digits.
        assert not person.personnummer.isdigit()
        assert person.identity_kind == "personnummer"  # e-ID needs one to log in
        assert (person.persona_order, person.extra) == (None, True)
        assert person.sex == ("F" if number % 2 else "M")
        assert person.region_id == REGIONS[number - 1].id
        assert 20 <= age_on(person.birth_date, DEMO_DATE) <= 90
        assert own_access(person.facts(), DEMO_DATE).reason is Reason.OWN_16_OR_OLDER


def test_ages_regions_and_sexes_are_spread() -> None:
    for today in (DEMO_DATE, date(2028, 2, 29), date(2027, 1, 1)):
        specs = extra_patients(1, today, 300)
        ages = [age_on(spec.birth_date, today) for spec in specs]
        assert min(ages) >= 20 and max(ages) <= 90
        assert min(ages) < 25 and max(ages) > 85
        assert {spec.region_id for spec in specs[:21]} == {region.id for region in REGIONS}
        assert [spec.sex for spec in specs[:4]] == ["F", "M", "F", "M"]
        assert len({spec.personnummer for spec in specs}) == 300
        assert all(IDENTIFIER_PATTERN.fullmatch(spec.personnummer) for spec in specs)
        assert {spec.profile for spec in specs} == {"adult", "elderly"}


def test_extra_patients_are_not_in_the_picker(client: FlaskClient) -> None:
    picker = client.get("/logga-in/bankid").get_data(as_text=True)
    assert "persona-anna" in picker
    assert "extra-" not in picker and "DEMO0" not in picker
    personas = client.get("/api/v1/personas").get_json()["personas"]
    assert len(personas) == 20
    assert not any(p["id"].startswith("extra-") for p in personas)


def test_an_extra_patient_logs_in_and_is_read_through_the_api(client: FlaskClient) -> None:
    log_in(client, "extra-00003")
    me = client.get("/api/v1/me").get_json()
    assert me["person"]["personnummer"] == "DEMO00000003"
    pattern = openapi_document()["components"]["schemas"]["Person"]["properties"]["personnummer"]
    assert re.fullmatch(pattern["pattern"], me["person"]["personnummer"])
    assert me["own_access"]["allowed"] is True
    subjects = client.get("/api/v1/subjects").get_json()["subjects"]
    assert [s["person"]["id"] for s in subjects] == ["extra-00003"]
    counts = client.get("/api/v1/subjects/extra-00003").get_json()["counts"]
    entries = client.get("/api/v1/subjects/extra-00003/entries").get_json()
    assert entries["total"] == sum(counts.values()) > 0
    first = entries["entries"][0]["id"]
    assert client.get(f"/api/v1/subjects/extra-00003/entries/{first}").status_code == 200
    # Only their own journal: another extra patient's is not theirs to read.
    assert client.get("/api/v1/subjects/extra-00004/entries").status_code == 404
    assert client.get("/journal/extra-00003/").status_code == 200


def test_extra_patients_are_deterministic_and_leave_the_cast_alone(tmp_path: Path) -> None:
    plain = dump(seeded(tmp_path / "plain.sqlite"))
    none = dump(seeded(tmp_path / "none.sqlite", extra=0))
    three = dump(seeded(tmp_path / "three.sqlite", extra=3))
    five = dump(seeded(tmp_path / "five.sqlite", extra=5))
    again = dump(seeded(tmp_path / "again.sqlite", extra=5))
    assert none == plain  # N=0 is exactly the world without the option
    assert five == again

    def without_extras(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        return [row for row in rows if not str(row[0]).startswith("extra-")]

    assert without_extras(five["people"]) == plain["people"]
    assert set(three["people"]) <= set(five["people"])
    for table, rows in plain.items():
        if table in ("people", "seed_info"):  # seed_info records how many extras there are
            continue
        # The cast's rows come first and are the same, ids included; fewer extra
        # patients' rows are the first of more.
        assert five[table][: len(rows)] == rows, table
        assert five[table][: len(three[table])] == three[table], table
    assert len(five["people"]) == len(plain["people"]) + 5
    assert len(five["entries"]) > len(three["entries"]) > len(plain["entries"])


def test_another_seed_gives_other_extra_patients() -> None:
    one, two = extra_patients(1, DEMO_DATE, 5), extra_patients(2, DEMO_DATE, 5)
    assert [s.id for s in one] == [s.id for s in two]
    assert [s.personnummer for s in one] == [s.personnummer for s in two]
    assert [(s.given_name, s.family_name, s.birth_date) for s in one] != [
        (s.given_name, s.family_name, s.birth_date) for s in two
    ]
    assert extra_patients(1, DEMO_DATE, 5) == one


def test_the_seed_command_takes_extra_patients(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner = CliRunner(env={"DATABASE_URL": url})
    result = runner.invoke(seed_command, ["--seed", "3", "--extra-patients", "2"])
    assert result.exit_code == 0, result.output
    assert "2 extra patients" in result.output
    with Session(writable_engine(url)) as session:
        ids = session.scalars(select(Person.id).where(Person.extra).order_by(Person.id)).all()
    assert ids == ["extra-00001", "extra-00002"]
    refused = runner.invoke(seed_command, ["--extra-patients", "-1"])
    assert refused.exit_code != 0 and "--extra-patients" in refused.output


def test_a_long_record_for_benchmarks(tmp_path: Path) -> None:
    """`seed --long-record N` gives the first extra patient about N entries (and only them)."""
    url = f"sqlite:///{tmp_path / 'long.sqlite'}"
    runner = CliRunner(env={"DATABASE_URL": url})
    result = runner.invoke(seed_command, ["--extra-patients", "2", "--long-record", "1500"])
    assert result.exit_code == 0, result.output
    with Session(writable_engine(url)) as session:
        query = select(Entry.subject_id, func.count()).group_by(Entry.subject_id)
        counts = {subject: count for subject, count in session.execute(query).all()}
    assert 1500 <= counts["extra-00001"] <= 1510
    assert counts["extra-00002"] < 1000
    refused = runner.invoke(seed_command, ["--long-record", "10"])
    assert refused.exit_code != 0 and "--long-record" in refused.output
