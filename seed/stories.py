"""Each profile's story: which entries a person of that kind has, when.

Dates are counted back from the demo date, so a story looks the same on any
demo date; the entries the rules turn on (the last 14 days, the last 28 days
of an inpatient stay) always lie around it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from demo.domain.kinds import UnitKind
from demo.domain.regions import REGIONS
from seed import catalogues as cat
from seed.generate import RecordWriter, find_diagnosis
from seed.personas import Profile


def _panel(name_part: str) -> cat.LabPanel:
    return next(p for p in cat.LAB_PANELS if name_part.lower() in p.name.lower())


def _drug(atc_prefix: str) -> cat.Drug:
    return next(d for d in cat.DRUGS if d.atc.startswith(atc_prefix))


def _note_template(context: str, document_type: str) -> cat.NoteTemplate:
    return next(
        t for t in cat.NOTE_TEMPLATES if t.context == context and t.document_type == document_type
    )


def adult(w: RecordWriter) -> None:
    w.primary_care(w.years_back(8), w.today - timedelta(days=30), visits=6)


def minimal(w: RecordWriter) -> None:
    w.primary_care(w.years_back(2), w.today - timedelta(days=60), visits=2)


def rich_adult(w: RecordWriter) -> None:
    """Uppsala until six years ago, then Stockholm: every set, two regions' rules."""
    second = w.person.second_region_id
    moved = w.years_back(6)
    w.primary_care(w.years_back(14), moved, visits=6, region_id=second)
    w.primary_care(moved, w.today - timedelta(days=20), visits=10)
    home = w.unit(UnitKind.PRIMARVARD)
    w.alert(w.years_back(12), w.unit(UnitKind.PRIMARVARD, second), cat.ALERTS[0])
    lipids = _panel("blodfett")
    for years in (4, 3, 2, 1):
        w.lab(w.years_back(years), home, lipids, shift={lipids.analyses[0].name: 1.5})
    # An inpatient stay with its discharge summary (epikris).
    admitted = w.years_back(3.5)
    medicine = w.unit(UnitKind.MEDICIN)
    stay = w.contact(admitted, medicine, "Lunginflammation", "Vårdtillfälle", days=4)
    w.note(
        admitted,
        medicine,
        "inneliggande",
        find_diagnosis("J18"),
        contact=stay,
        template=_note_template("inneliggande", "Intagningsanteckning"),
    )
    w.diagnosis(admitted, medicine, find_diagnosis("J18"), contact=stay)
    w.radiology(admitted, medicine, cat.RADIOLOGY[0])
    w.note(
        admitted + timedelta(days=4),
        medicine,
        "inneliggande",
        find_diagnosis("J18"),
        contact=stay,
        template=_note_template("inneliggande", "Epikris"),
    )
    for template in cat.REFERRALS[:2]:
        w.referral(w.years_back(2 + w.rng.random()), template)
    w.radiology(w.years_back(1.2), home, cat.RADIOLOGY[2])
    covid = next(v for v in cat.ADULT_VACCINES if "covid" in v.target_diseases.lower())
    w.vaccination(w.years_back(1.1), home, covid, 1, "Distriktssköterska")
    w.microbiology(w.today - timedelta(days=40), home, cat.MICROBIOLOGY[0])
    w.add(
        "vardplaner",
        w.at(w.years_back(2)),
        "Rehabiliteringsplan",
        w.unit(UnitKind.ORTOPEDI),
        "Fysioterapeut",
        {
            "plan_type": "Rehabiliteringsplan",
            "content": "Mål: smärtfri gång 5 km inom tre månader. Hemövningar dagligen, "
            "uppföljning hos fysioterapeut var tredje vecka.",
            "units": [w.unit(UnitKind.ORTOPEDI).name, home.name],
        },
    )
    # Never shown: a voided note and one the unit did not approve for the patient.
    hidden_day = w.today - timedelta(days=50)
    voided = w.note(hidden_day, home, "primarvard")
    voided.voided = True
    unapproved = w.note(hidden_day, home, "telefon")
    unapproved.approved_for_patient = False


def child(w: RecordWriter) -> None:
    w.childhood(until=w.today)


def teen(w: RecordWriter) -> None:
    w.childhood(until=w.today)
    if w.person.followed_at_childrens_clinic:
        _diabetes_at_childrens_clinic(w)
    else:
        injury_day = w.today - timedelta(days=w.rng.randint(90, 400))
        w.visit(injury_day, "akut", "akut", find_diagnosis("S"))
        x_ray = next(r for r in cat.RADIOLOGY if "skelett" in r.examination.lower())
        w.radiology(injury_day, w.unit(UnitKind.AKUT), x_ray)


def _diabetes_at_childrens_clinic(w: RecordWriter) -> None:
    """Type 1 diabetes since age 11, followed up every three months at the children's clinic."""
    clinic = w.unit(UnitKind.BARN)
    onset = w.age_days(11 * 365 + 40)
    diabetes = find_diagnosis("E10")
    w.visit(onset, "barn", "barn", diabetes)
    w.prescription(onset, clinic, _drug("A10AB"), None)
    w.prescription(onset, clinic, _drug("A10AE"), None)
    hba1c = _panel("diabetes")
    day = onset + timedelta(days=90)
    while day < w.today - timedelta(days=7):
        w.note(day, clinic, "barn", diabetes)
        w.lab(day, clinic, hba1c, shift={hba1c.analyses[0].name: 1.0})
        day += timedelta(days=91)


def delays(w: RecordWriter) -> None:
    """An investigation in the last weeks: signed and unsigned notes, reviewed and not.

    A note and a result are signed or reviewed a few days after the demo date,
    so moving the clock shows them before their 14 days are up.
    """
    w.primary_care(w.years_back(5), w.today - timedelta(days=60), visits=4)
    unit = w.unit(UnitKind.MEDICIN)
    anemia = find_diagnosis("D50")
    blood = _panel("blodstatus")
    # (days ago, days until signed; None: not signed)
    for days_ago, signed_after in (
        (30, 1),
        (20, 2),
        (15, None),
        (14, None),
        (13, None),
        (10, 0),
        (3, 5),
        (1, None),
    ):
        w.note(
            w.today - timedelta(days=days_ago),
            unit,
            "primarvard",
            anemia,
            signed=signed_after is not None,
            signed_after=timedelta(days=signed_after, hours=2) if signed_after else None,
        )
    # (days ago, days until reviewed; None: not reviewed)
    for days_ago, reviewed_after in ((21, 1), (14, None), (13, None), (2, 4)):
        w.lab(
            w.today - timedelta(days=days_ago),
            unit,
            blood,
            shift={blood.analyses[0].name: -2.5},
            reviewed=reviewed_after is not None,
            reviewed_after=timedelta(days=reviewed_after) if reviewed_after else None,
        )
    w.radiology(w.today - timedelta(days=5), unit, cat.RADIOLOGY[3], reviewed=False)


def traveller(w: RecordWriter) -> None:
    """Care in every region in the last two weeks, on both sides of each region's rules:
    notes and results written 13 and 14 days ago, signed or not, reviewed or not."""
    w.primary_care(w.years_back(6), w.years_back(1), visits=3)
    chemistry = _panel("inflammation")
    for region in REGIONS:
        unit = w.unit(UnitKind.PRIMARVARD, region.id)
        for days_ago in (14, 13):
            day = w.today - timedelta(days=days_ago)
            w.note(day, unit, "primarvard", signed_after=timedelta(hours=3))
            w.note(day, unit, "primarvard", signed=False)
            w.lab(day, unit, chemistry, reviewed=False)
            w.radiology(day, unit, cat.RADIOLOGY[0], reviewed=False)
        recent = w.today - timedelta(days=13)
        w.lab(recent, unit, chemistry, reviewed_after=timedelta(hours=20))
        w.microbiology(recent, unit, cat.MICROBIOLOGY[0], reviewed=False)
    kronoberg = w.unit(UnitKind.PRIMARVARD, "kronoberg")
    for day in (date(2014, 12, 31), date(2015, 1, 1)):
        w.note(day, kronoberg, "primarvard")


def psychiatry(w: RecordWriter) -> None:
    """Child psychiatry at 15 (never shown in Skåne), outpatient care, an earlier
    admission, and the current one (day 20 today): its notes wait 28 days in Skåne."""
    depression = find_diagnosis("F32")
    bup = w.unit(UnitKind.BUP)
    for months in (0, 2, 5):
        w.note(w.age_days(15 * 365 + 30 * months), bup, "psykiatri_oppen", depression)
    w.primary_care(w.years_back(4), w.years_back(2), visits=2)
    outpatient = w.unit(UnitKind.PSYKIATRI_OPPEN)
    for months in range(22, 4, -3):
        w.note(w.today - timedelta(days=30 * months), outpatient, "psykiatri_oppen", depression)
    w.prescription(w.years_back(1.8), outpatient, _drug("N06AB"), None)
    ward = w.unit(UnitKind.PSYKIATRI_SLUTEN)
    for start, length in ((w.today - timedelta(days=150), 12), (w.today - timedelta(days=20), 0)):
        stay = w.contact(start, ward, "Försämrad depression", "Vårdtillfälle", days=length)
        w.note(
            start,
            ward,
            "psykiatri_sluten",
            depression,
            contact=stay,
            template=_note_template(UnitKind.PSYKIATRI_SLUTEN, "Intagningsanteckning"),
        )
        w.diagnosis(start, ward, depression, contact=stay)
        last = start + timedelta(days=length) if length else w.today - timedelta(days=1)
        day = start + timedelta(days=2)
        while day < last:
            w.note(
                day,
                ward,
                "psykiatri_sluten",
                depression,
                contact=stay,
                template=_note_template(UnitKind.PSYKIATRI_SLUTEN, "Daganteckning"),
            )
            day += timedelta(days=3)
        if length:
            w.note(
                last,
                ward,
                "psykiatri_sluten",
                depression,
                contact=stay,
                template=_note_template(UnitKind.PSYKIATRI_SLUTEN, "Epikris"),
            )
    w.prescription(w.today - timedelta(days=18), ward, _drug("N06AX"), None)


def pregnant(w: RecordWriter) -> None:
    """Week 31 today: registration, the check-ups so far, the routine ultrasound."""
    w.primary_care(w.years_back(6), w.years_back(1), visits=4)
    conception_week_zero = w.today - timedelta(weeks=31, days=2)
    mvc = w.unit(UnitKind.MVC)
    w.diagnosis(conception_week_zero + timedelta(weeks=9), mvc, find_diagnosis("Z34"))
    w.prescription(conception_week_zero + timedelta(weeks=9), mvc, _drug("B03BB"), 84)
    weight = round(w.rng.uniform(58, 72), 1)
    for check in cat.MATERNITY_PROGRAMME:
        day = conception_week_zero + timedelta(weeks=check.week, days=w.rng.randint(0, 3))
        if day > w.today:
            break
        details: dict[str, object] = {
            "event": "Inskrivning" if check is cat.MATERNITY_PROGRAMME[0] else "Kontroll",
            "week": check.week,
            "weight_kg": round(weight + 0.45 * max(0, check.week - 12), 1),
            "blood_pressure": f"{w.rng.randint(105, 125)}/{w.rng.randint(65, 80)}",
            "fundal_height_cm": check.week - w.rng.randint(1, 3) if check.week >= 24 else None,
            "fetal_heart_rate": w.rng.randint(130, 155) if check.week >= 12 else None,
            "note": check.note,
        }
        w.add(
            "modravard", w.at(day), f"Graviditetsvecka {check.week}", mvc, check.profession, details
        )
        if check.week in (10, 11, 12, 25, 28):
            w.lab(day, mvc, _panel("blodstatus"))


def elderly(w: RecordWriter) -> None:
    """Fifteen years of chronic illness: a long record to page and filter."""
    diagnoses = list(cat.DIAGNOSES_ELDERLY[:8])
    primary = w.unit(UnitKind.PRIMARVARD)
    start = w.years_back(15)
    for index, diagnosis in enumerate(diagnoses):
        day = start + timedelta(days=index * 500)
        w.visit(day, "primarvard", "primarvard", diagnosis)
        drugs = [d for d in cat.DRUGS if d.for_diagnosis_code == diagnosis.code]
        for drug in drugs[:2]:
            w.prescription(day, primary, drug, None)
    panels = [_panel("njur"), _panel("blodstatus"), _panel("diabetes")]
    day = start + timedelta(days=30)
    while day < w.today - timedelta(days=10):
        diagnosis = w.rng.choice(diagnoses)
        w.visit(day, "primarvard", "primarvard", diagnosis)
        for panel in panels:
            w.lab(day, primary, panel)
        day += timedelta(days=91)
    for years in (9, 5, 2):
        admitted = w.years_back(years)
        medicine = w.unit(UnitKind.MEDICIN)
        stay = w.contact(admitted, medicine, "Hjärtsvikt, försämring", "Vårdtillfälle", days=6)
        heart_failure = find_diagnosis("I50")
        w.note(
            admitted,
            medicine,
            "inneliggande",
            heart_failure,
            contact=stay,
            template=_note_template("inneliggande", "Intagningsanteckning"),
        )
        w.radiology(admitted, medicine, cat.RADIOLOGY[0])
        w.lab(
            admitted,
            medicine,
            _panel("hjärtsvikt"),
            shift={_panel("hjärtsvikt").analyses[0].name: 4.0},
        )
        w.note(
            admitted + timedelta(days=6),
            medicine,
            "inneliggande",
            heart_failure,
            contact=stay,
            template=_note_template("inneliggande", "Epikris"),
        )
    w.alert(w.years_back(8), primary, next(a for a in cat.ALERTS if a.category == "Behandling"))
    for year in range(15):
        flu = next(v for v in cat.ADULT_VACCINES if "nfluensa" in v.target_diseases)
        w.vaccination(date(w.today.year - year - 1, 10, 20), primary, flu, 1, "Distriktssköterska")
    w.add(
        "vardplaner",
        w.at(w.years_back(1)),
        "Samordnad individuell plan (SIP)",
        primary,
        "Distriktssköterska",
        {
            "plan_type": "SIP",
            "content": "Hemsjukvård två gånger i veckan för läkemedelsgenomgång och vikt. "
            "Hemtjänst morgon och kväll. Kontakt med vårdcentralen vid viktökning "
            "över 2 kg på tre dagar.",
            "units": [primary.name, "Hemtjänsten i Kalmar kommun"],
        },
    )
    for years in (3, 1):
        w.add(
            "funktionstillstand",
            w.at(w.years_back(years)),
            "ADL-bedömning",
            primary,
            "Arbetsterapeut",
            {
                "assessment_type": "Aktivitet (PADL)",
                "text": "Klarar förflyttning och toalettbesök själv. Behöver hjälp med dusch "
                "och påklädning av strumpor. Går med rollator inomhus.",
            },
        )


def long_record(w: RecordWriter) -> None:
    """The elderly record, then years of haemodialysis three times a week (a contact and a
    blood count each session), back from the demo date until the record is long enough."""
    elderly(w)
    target = getattr(w.person, "long_record", 0)
    dialysis = w.unit(UnitKind.MEDICIN)
    blood_count = _panel("blodstatus")
    day = w.today - timedelta(days=10)
    while w.written < target:
        if day.weekday() in (0, 2, 4):
            w.contact(day, dialysis, "Hemodialys")
            w.lab(day, dialysis, blood_count)
        day -= timedelta(days=1)


STORIES: dict[str, Callable[[RecordWriter], None]] = {
    Profile.RICH_ADULT: rich_adult,
    Profile.TRAVELLER: traveller,
    Profile.ADULT: adult,
    Profile.CHILD: child,
    Profile.TEEN: teen,
    Profile.DELAYS: delays,
    Profile.PSYCHIATRY: psychiatry,
    Profile.PREGNANT: pregnant,
    Profile.ELDERLY: elderly,
    Profile.MINIMAL: minimal,
    Profile.LONG_RECORD: long_record,
}
