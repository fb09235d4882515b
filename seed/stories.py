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
from seed.catalogues import working_day
from seed.generate import RecordWriter, find_diagnosis, in_flu_season
from seed.personas import Profile


def _panel(name_part: str) -> cat.LabPanel:
    return next(p for p in cat.LAB_PANELS if name_part.lower() in p.name.lower())


def _drug(atc_prefix: str) -> cat.Drug:
    return next(d for d in cat.DRUGS if d.atc.startswith(atc_prefix))


def _referral(from_kind: str, to_kind: str) -> cat.ReferralTemplate:
    return next(r for r in cat.REFERRALS if (r.from_kind, r.to_kind) == (from_kind, to_kind))


def adult(w: RecordWriter) -> None:
    w.primary_care(w.years_back(8), w.today - timedelta(days=30), visits=6)


def minimal(w: RecordWriter) -> None:
    w.primary_care(w.years_back(2), w.today - timedelta(days=60), visits=2)


def rich_adult(w: RecordWriter) -> None:
    """Uppsala until six years ago, then Stockholm: every set, two regions' rules."""
    second = w.person.second_region_id
    moved = w.years_back(6)
    w.home_from = moved
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
        document_type="Intagningsanteckning",
    )
    w.diagnosis(admitted, medicine, find_diagnosis("J18"), contact=stay)
    w.radiology(admitted, medicine, cat.RADIOLOGY[0])
    w.note(
        admitted + timedelta(days=4),
        medicine,
        "inneliggande",
        find_diagnosis("J18"),
        contact=stay,
        document_type="Epikris",
    )
    w.referral(w.years_back(2.6), _referral(UnitKind.PRIMARVARD, UnitKind.KIRURGI))
    # A fall on an outstretched hand: the emergency department, the X-ray, a referral to
    # the orthopaedic clinic and, after the cast, a rehabilitation plan.
    fall = w.years_back(2.2)
    emergency = w.unit(UnitKind.AKUT)
    visit = w.visit(fall, "akut", UnitKind.AKUT, find_diagnosis("S52"))
    wrist = next(r for r in cat.RADIOLOGY if "handled" in r.examination)
    w.radiology(fall, emergency, wrist, contact=visit)
    w.referral(fall, _referral(UnitKind.AKUT, UnitKind.ORTOPEDI))
    orthopaedics = w.unit(UnitKind.ORTOPEDI)
    w.add(
        "vardplaner",
        w.at(w.office_day(fall + timedelta(weeks=5))),
        "Rehabiliteringsplan",
        orthopaedics,
        "Fysioterapeut",
        {
            "plan_type": "Rehabiliteringsplan",
            "content": "Mål: full rörlighet och greppstyrka i höger handled inom tre månader "
            "efter gipsavtagningen. Hemövningar dagligen, uppföljning hos fysioterapeut "
            "var tredje vecka.",
            "units": [orthopaedics.name, home.name],
        },
    )
    w.radiology(w.years_back(1.2), home, cat.RADIOLOGY[2])
    # Covid-19 vaccination as her age group was offered it, in the spring of 2021.
    covid = next(v for v in cat.ADULT_VACCINES if "covid" in v.target_diseases.lower())
    for dose, day in enumerate((date(2021, 5, 24), date(2021, 7, 5)), start=1):
        if moved <= day <= w.today:
            w.vaccination(day, home, covid, dose, "Distriktssköterska")
    w.microbiology(w.today - timedelta(days=40), home, cat.MICROBIOLOGY[0])
    # Never shown: a voided note and one the unit did not approve for the patient.
    hidden_day = w.today - timedelta(days=50)
    voided = w.note(hidden_day, home, "primarvard", find_diagnosis("J06"), visit="first")
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
        visit = w.visit(injury_day, "akut", "akut", find_diagnosis("S"))
        x_ray = next(r for r in cat.RADIOLOGY if "skelett" in r.examination.lower())
        w.radiology(injury_day, w.unit(UnitKind.AKUT), x_ray, contact=visit)


def _diabetes_at_childrens_clinic(w: RecordWriter) -> None:
    """Type 1 diabetes since age 11, followed up every three months at the children's clinic."""
    clinic = w.unit(UnitKind.BARN)
    diabetes = find_diagnosis("E10")
    diagnosed = w.visit(w.age_days(11 * 365 + 40), "barn", UnitKind.BARN, diabetes)
    onset = diagnosed.document_date
    w.prescription(onset, clinic, _drug("A10AB"), None, contact=diagnosed)
    w.prescription(onset, clinic, _drug("A10AE"), None, contact=diagnosed)
    hba1c = _panel("diabetes")
    day = onset + timedelta(days=90)
    while day < w.today - timedelta(days=7):
        visit = w.visit(day, "barn", UnitKind.BARN, diabetes, visit="follow-up")
        w.lab(visit.document_date, clinic, hba1c, contact=visit)
        day += timedelta(days=91)


def delays(w: RecordWriter) -> None:
    """An anaemia investigated in the last weeks: signed and unsigned notes, reviewed and
    unreviewed results.

    A note and a result are signed or reviewed a few days after the demo date,
    so moving the clock shows them before their 14 days are up.
    """
    w.primary_care(w.years_back(5), w.today - timedelta(days=60), visits=4)
    unit = w.unit(UnitKind.MEDICIN)
    anemia = find_diagnosis("D50")
    blood = _panel("blodstatus")
    low_hb = {blood.analyses[0].name: -2.5}
    # At the medicine clinic at home in Blekinge, where results wait 14 days reviewed or
    # not: (days ago, days until signed (None: not signed), the kind of visit, and the
    # days until the blood taken at it is reviewed (None: no blood taken)).
    for days_ago, signed_after, visit, reviewed_after in (
        (30, 1, "first", None),
        (21, 0, "sampling", 1),
        (20, 2, "phone", None),
        (15, None, "investigation", None),
        (14, None, "phone", None),
        (13, None, "follow-up", None),
        (10, 0, "follow-up", 1),
        (3, 5, "investigation", None),
        (1, None, "phone", None),
    ):
        day = w.today - timedelta(days=days_ago)
        contact = None
        if visit != "phone":
            profession = "Läkare" if visit in ("first", "investigation") else "Sjuksköterska"
            contact = w.contact(day, unit, anemia.text, profession=profession, hour=8)
        w.note(
            day,
            unit,
            UnitKind.MEDICIN,
            anemia,
            contact=contact,
            signed=signed_after is not None,
            signed_after=timedelta(days=signed_after, hours=2) if signed_after else None,
            visit=visit,
        )
        if visit == "first" and contact is not None:
            w.diagnosis(day, unit, anemia, contact=contact)
        if days_ago == 15:  # the results confirm it: iron tablets
            w.prescription(day, unit, _drug("B03AA"), None, contact=contact)
        if reviewed_after is not None:
            w.lab(
                day,
                unit,
                blood,
                shift=low_hb,
                reviewed_after=timedelta(days=reviewed_after),
                contact=contact,
            )
    # He works in Norrköping during the weeks and chose (fritt vårdval) to have the rest of
    # the investigation at the medicine clinic there, in Östergötland, where a reviewed
    # result shows at once and an unreviewed one after 14 days: so the review
    # (vidimering) and the 14-day choice each change what he sees. Each visit's blood is
    # taken at it: (days ago, the kind of visit, days until reviewed; None: not reviewed).
    specialist = w.unit(UnitKind.MEDICIN, w.person.second_region_id)
    for days_ago, visit, panel, reviewed_after in (
        (14, "chosen", blood, None),
        (13, "sampling", _panel("anemi"), None),  # the fasting ones, the day after
        (7, "investigation", blood, 1),
        (2, "sampling", blood, 3),
    ):
        profession = "Sjuksköterska" if visit == "sampling" else "Läkare"
        contact = w.contact(
            w.today - timedelta(days=days_ago),
            specialist,
            anemia.text,
            profession=profession,
            hour=w.rng.randint(8, 9),
        )
        w.note(
            contact.document_date,
            specialist,
            UnitKind.MEDICIN,
            anemia,
            contact=contact,
            visit=visit,
        )
        w.lab(
            contact.document_date,
            specialist,
            panel,
            shift=low_hb,
            reviewed=reviewed_after is not None,
            reviewed_after=timedelta(days=reviewed_after) if reviewed_after else None,
            contact=contact,
        )
    # The abdominal ultrasound ordered at the first visit there.
    w.radiology(w.today - timedelta(days=5), specialist, cat.RADIOLOGY[3], reviewed=False)


def traveller(w: RecordWriter) -> None:
    """Care in every region in the last two weeks, on both sides of each region's rules:
    notes and results written 13 and 14 days ago, signed or not, reviewed or not."""
    w.primary_care(w.years_back(6), w.years_back(1), visits=3)
    chemistry, kidneys = _panel("inflammation"), _panel("njur")
    # A chest infection, for which a health centre takes a CRP, an X-ray and a virus test.
    acute = [d for d in cat.DIAGNOSES_ADULT if d.code.startswith(("J06", "J18", "J20"))]
    virus_test = next(m for m in cat.MICROBIOLOGY if m.name.startswith("Influensa"))
    for region in REGIONS:
        for days_ago in (14, 13):
            day = w.today - timedelta(days=days_ago)
            # The day is the rules' (13 and 14 days ago): on a weekend or a holiday he goes
            # to the emergency department, open then, as the health centre is not.
            kind = UnitKind.PRIMARVARD if working_day(day) else UnitKind.AKUT
            unit = w.unit(kind, region.id)
            diagnosis = w.rng.choice(acute)
            contact = w.contact(day, unit, diagnosis.text)
            # The nurse's assessment, signed within hours; the doctor's note, not yet.
            for visit, signed in (("triage", True), ("first", False)):
                w.note(
                    day,
                    unit,
                    kind,
                    diagnosis,
                    contact=contact,
                    visit=visit,
                    signed=signed,
                    signed_after=timedelta(hours=3) if signed else None,
                )
            # The CRP reviewed the next morning the second day, not the first; that day
            # the kidneys and salts too (before an antibiotic's dose), not yet reviewed.
            w.lab(
                day,
                unit,
                chemistry,
                reviewed=days_ago == 13,
                reviewed_after=timedelta(hours=20),
                contact=contact,
            )
            w.radiology(day, unit, cat.RADIOLOGY[0], reviewed=False)
            if days_ago == 13:
                w.lab(day, unit, kidneys, reviewed=False, contact=contact)
                w.microbiology(day, unit, virus_test, reviewed=False)
    # Either side of Kronoberg's first day of notes, over the New Year at the emergency
    # department.
    kronoberg = w.unit(UnitKind.AKUT, "kronoberg")
    for day in (date(2014, 12, 31), date(2015, 1, 1)):
        w.note(day, kronoberg, UnitKind.AKUT, w.rng.choice(acute))


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
    # The earlier stay lasted 12 days; the current one (None) goes on.
    stays: tuple[tuple[date, int | None], ...] = (
        (w.today - timedelta(days=150), 12),
        (w.today - timedelta(days=20), None),
    )
    for start, length in stays:
        stay = w.contact(start, ward, "Försämrad depression", "Vårdtillfälle", days=length)
        w.note(
            start,
            ward,
            "psykiatri_sluten",
            depression,
            contact=stay,
            document_type="Intagningsanteckning",
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
                document_type="Daganteckning",
            )
            day += timedelta(days=3)
        if length:
            w.note(
                last,
                ward,
                "psykiatri_sluten",
                depression,
                contact=stay,
                document_type="Epikris",
            )
    w.prescription(w.today - timedelta(days=18), ward, _drug("N06AX"), None)


def pregnant(w: RecordWriter) -> None:
    """Week 31 today: registration, the check-ups so far, the routine ultrasound, and the
    influenza vaccination offered to pregnant women in the season."""
    week_zero = w.today - timedelta(weeks=31, days=2)
    w.pregnancy = (week_zero, week_zero + timedelta(weeks=42))
    w.primary_care(w.years_back(6), w.years_back(1), visits=4)
    mvc = w.unit(UnitKind.MVC)
    flu = next(v for v in cat.ADULT_VACCINES if "nfluensa" in v.target_diseases)
    vaccinated = False
    weight = round(w.rng.uniform(58, 72), 1)
    for check in cat.MATERNITY_PROGRAMME:
        day = w.office_day(week_zero + timedelta(weeks=check.week, days=w.rng.randint(0, 3)))
        if day > w.today:
            break
        registration = check is cat.MATERNITY_PROGRAMME[0]
        visit = w.contact(
            day,
            mvc,
            "Inskrivning i mödrahälsovården" if registration else "Graviditetskontroll",
            profession=check.profession,
        )
        details: dict[str, object] = {
            "event": "Inskrivning" if registration else "Kontroll",
            "week": check.week,
            "weight_kg": round(weight + 0.45 * max(0, check.week - 12), 1),
            "blood_pressure": f"{w.rng.randint(105, 125)}/{w.rng.randint(65, 80)}",
            "fundal_height_cm": check.week - w.rng.randint(1, 3) if check.week >= 24 else None,
            "fetal_heart_rate": w.rng.randint(130, 155) if check.week >= 12 else None,
            "note": check.note,
        }
        w.add(
            "modravard",
            visit.document_time + timedelta(minutes=10),
            f"Graviditetsvecka {check.week}",
            mvc,
            check.profession,
            details,
            contact=visit,
        )
        if registration:
            w.diagnosis(day, mvc, find_diagnosis("Z34"), contact=visit)
            # Folic acid until the end of week 12.
            week_12 = week_zero + timedelta(weeks=12)
            w.prescription(day, mvc, _drug("B03BB"), (week_12 - day).days)
        if check.week in (10, 12, 25, 28):
            w.lab(day, mvc, _panel("blodstatus"))
        if not vaccinated and check.week >= 16 and in_flu_season(day):
            w.vaccination(day, mvc, flu, 1, check.profession, contact=visit)
            vaccinated = True


def elderly(w: RecordWriter) -> None:
    """Fifteen years of chronic illness: a long record to page and filter."""
    diagnoses = list(cat.DIAGNOSES_ELDERLY[:8])
    primary = w.unit(UnitKind.PRIMARVARD)
    start = w.years_back(15)
    diagnosed: list[tuple[date, cat.Diagnosis]] = []
    for index, diagnosis in enumerate(diagnoses):
        visit = w.visit(
            start + timedelta(days=index * 500),
            "primarvard",
            "primarvard",
            diagnosis,
            visit=w.visit_kind(diagnosis, again=False),
        )
        day = visit.document_date
        diagnosed.append((day, diagnosis))
        drugs = [
            d
            for d in cat.DRUGS
            if d.for_diagnosis_code == diagnosis.code and cat.drug_fits(d, w.person.sex, w.age(day))
        ]
        # Up to two drugs each; one the medication list already has a drug of its class
        # for (a beta blocker for both heart failure and atrial fibrillation) is left out.
        for drug in drugs[:2]:
            w.prescription(day, primary, drug, None, contact=visit)
    # Follow-ups every three months of what is known by then, once a year the annual
    # check; the kidneys and blood count each time (diuretics, anticoagulant), the
    # diabetes values once it is diagnosed, and at the annual check each condition's
    # panel and the heart failure marker.
    day, index = start + timedelta(days=30), 0
    while day < w.today - timedelta(days=10):
        known = [diagnosis for since, diagnosis in diagnosed if since <= day]
        annual = index % 4 == 3
        visit = w.visit(
            day,
            "primarvard",
            "primarvard",
            w.rng.choice(known),
            visit="annual" if annual else "follow-up",
        )
        panels = {panel.name: panel for panel in (_panel("njur"), _panel("blodstatus"))}
        for diagnosis in known:
            if annual or diagnosis.code.startswith("E11"):
                panel = cat.panel_for(diagnosis.code)
                panels[panel.name] = panel
        if annual:
            panels["Hjärtsvikt"] = _panel("hjärtsvikt")
        for panel in panels.values():
            w.lab(visit.document_date, primary, panel, contact=visit)
        day, index = day + timedelta(days=91), index + 1
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
            document_type="Intagningsanteckning",
        )
        w.radiology(admitted, medicine, cat.RADIOLOGY[0])
        # The admission's bloods, one sample of each analysis: the heart failure marker
        # several times the patient's usual level.
        w.lab(
            admitted,
            medicine,
            _panel("hjärtsvikt"),
            shift={_panel("hjärtsvikt").analyses[0].name: 4.0},
            contact=stay,
        )
        w.lab(admitted, medicine, _panel("blodstatus"), contact=stay)
        w.lab(admitted, medicine, _panel("inflammation"), contact=stay)
        # The kidneys and salts again on intravenous diuretics.
        w.lab(admitted + timedelta(days=3), medicine, _panel("njur"))
        w.note(
            admitted + timedelta(days=6),
            medicine,
            "inneliggande",
            heart_failure,
            contact=stay,
            document_type="Epikris",
        )
    w.alert(w.years_back(8), primary, next(a for a in cat.ALERTS if a.category == "Behandling"))
    flu = next(v for v in cat.ADULT_VACCINES if "nfluensa" in v.target_diseases)
    for year in range(w.today.year - 15, w.today.year):
        day = w.office_day(date(year, 10, 20))
        if start <= day <= w.today and w.in_risk_group(day):
            w.vaccination(day, primary, flu, 1, "Distriktssköterska")
    w.add(
        "vardplaner",
        w.at(w.office_day(w.years_back(1))),
        "Samordnad individuell plan (SIP)",
        primary,
        "Distriktssköterska",
        {
            "plan_type": "SIP",
            "content": "Hemsjukvård två gånger i veckan för läkemedelsgenomgång och vikt. "
            "Hemtjänst morgon och kväll. Kontakt med vårdcentralen vid viktökning "
            "över 2 kg på tre dagar.",
            "units": [primary.name, f"Hemtjänsten i {cat.MUNICIPALITIES[w.person.region_id]}"],
        },
    )
    for years in (3, 1):
        w.add(
            "funktionstillstand",
            w.at(w.office_day(w.years_back(years))),
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
    w.renew_prescriptions()  # before the sessions count up to the length asked for
    target = getattr(w.person, "long_record", 0)
    dialysis = w.unit(UnitKind.MEDICIN)
    blood_count = _panel("blodstatus")
    day = w.today - timedelta(days=10)
    while w.written < target:
        if day.weekday() in (0, 2, 4):
            session = w.contact(day, dialysis, "Hemodialys")
            w.lab(day, dialysis, blood_count, contact=session)
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
