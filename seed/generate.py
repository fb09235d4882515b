"""Write each person's record: a pure function of (seed number, demo date, person).

Each person gets their own random generator, seeded from the seed number and
their id, so adding a person never changes anyone else's record. Nothing here
reads the wall clock: every date is counted back from the demo date.

The writer knows who the patient is on each day (age, sex, pregnancy, the
diagnoses set so far) and writes what seed/check_world.py accepts: codes, drugs,
reference intervals and vaccines for that person on that day; one visit on one
day, in office hours outside the emergency department and the wards; one drug of
a class at a time, a long-term one renewed yearly. Results belong to the unit
that ordered them; the laboratory or radiology department that performed them is
named in the details. Lab values fit the patient: their sex and age, their
diagnoses (a diabetic's HbA1c), an eGFR computed from the creatinine, one sample
of an analysis a day at a unit. Notes vary from visit to visit: their texts' alternatives
and vital signs are drawn from the patient's own text stream.
"""

from __future__ import annotations

import hashlib
import random
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from demo.domain.access import RESULT_CATEGORIES, Category, age_on
from demo.domain.growth import GROWTH_REFERENCE
from demo.domain.kinds import UnitKind
from demo.domain.regions import REGIONS
from demo.store.models import AccessLogEntry, CareUnit, Entry
from seed import catalogues as cat
from seed.personas import PersonSpec


def category_of(kind: str, details: dict[str, Any]) -> Category:
    """What the providers' rules call an entry of this set."""
    if kind == "anteckningar":
        return Category.NOTE
    if kind == "provsvar":
        return Category.MICROBIOLOGY if details["discipline"] == "Mikrobiologi" else Category.LAB
    if kind == "rontgen":
        return Category.RADIOLOGY
    if kind == "remisser":
        return Category.REFERRAL_ANSWER
    return Category.OTHER


def person_seed(seed: int, person_id: str) -> int:
    digest = hashlib.sha256(f"{seed}:{person_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


# A template's alternatives, "[a|b|c]" (catalogues.NoteTemplate).
_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
# The vital signs a template may hold, drawn for the visit (RecordWriter.vitals).
VITALS = ("bp", "pulse", "rhythm", "temp", "sat", "rr", "nrs", "fhr")
_REGION_NAMES = {region.id: region.name for region in REGIONS}


def _even(value: float) -> int:
    """A blood pressure as nurses note it, to the nearest even number."""
    return 2 * round(value / 2)


def in_flu_season(day: date) -> bool:
    """The yearly influenza vaccination runs from mid-October into the winter."""
    return (day.month, day.day) >= (10, 15) or day.month <= 2


class RecordWriter:
    """Writes one person's entries into the session, newest ids last."""

    def __init__(
        self,
        session: Session,
        person: PersonSpec,
        units_by_region: dict[str, dict[str, list[CareUnit]]],
        seed: int,
        today: date,
    ) -> None:
        self.session = session
        self.person = person
        self.units_by_region = units_by_region
        self.today = today
        self.rng = random.Random(person_seed(seed, person.id))
        self.fake = Faker("sv_SE")
        self.fake.seed_instance(person_seed(seed, person.id))
        # The access log draws from its own stream, so it never shifts the entries; so do
        # the notes' words and vital signs.
        self.log_rng = random.Random(person_seed(seed, f"{person.id}:access-log"))
        self.text_rng = random.Random(person_seed(seed, f"{person.id}:text"))
        # The patient's own blood pressure and pulse, about which each visit's vary.
        self._level = (self.text_rng.gauss(0, 7), self.text_rng.gauss(0, 5))
        self._visit_vitals: dict[tuple[int | None, date, str], dict[str, str]] = {}
        self.birth = person.birth_date
        self._staff: dict[tuple[int, str], str] = {}
        # Entry ids are given here, in creation order, after everyone written
        # before (the query flushes them): the same ids a flush per entry gave,
        # without a flush per entry (thousands of extra patients seed fast).
        self._next_id = (session.scalar(select(func.max(Entry.id))) or 0) + 1
        self.written = 0  # entries written for this person so far
        # Added by build_world once the entries are flushed: a log row names its entry,
        # and PostgreSQL checks that foreign key at each insert (SQLite does not).
        self.access_log: list[AccessLogEntry] = []
        # Week 0 and the end of week 42 of a pregnancy, set by the story before it
        # writes anything the pregnancy rules out.
        self.pregnancy: tuple[date, date] | None = None
        self._stays: list[tuple[int, date, date]] = []  # unit id, first and last day
        self._diagnosed: list[tuple[date, str]] = []  # (day, ICD-10-SE code)
        self._chronic: set[str] = set()  # the codes of chronic diagnoses among them
        self._prescribed: list[Entry] = []
        # Each prescription's unit and drug, for its renewals.
        self._prescribed_at: dict[int, tuple[CareUnit, cat.Drug]] = {}
        # The analyses each unit sampled on each day: one sample of an analysis a day.
        self._sampled: dict[tuple[date, int], set[str]] = {}
        # From this day on the patient lives in their home region (a story of a move sets
        # it): a drug prescribed in the region before is renewed at home.
        self.home_from: date | None = None

    # --- who the patient is on the day -------------------------------------

    def age(self, day: date) -> int:
        return age_on(self.birth, day)

    def fits(self, diagnosis: cat.Diagnosis, day: date) -> bool:
        """Whether a clinician would expect this diagnosis in the patient on the day."""
        low, high = diagnosis.ages
        age, sex = self.age(day), self.person.sex
        return (
            low <= age <= high
            and diagnosis.sex in (None, sex)
            and cat.code_fits(diagnosis.code, sex, age)
        )

    def codes_on(self, day: date) -> list[str]:
        """The ICD-10-SE codes set on or before the day."""
        return [code for since, code in self._diagnosed if since <= day]

    def conditions_on(self, day: date) -> list[str]:
        """The codes of the conditions the patient has on the day: a chronic one from the
        day it was set, another for a while after it (catalogues.DISEASE_VALUES_DAYS)."""
        lasting = timedelta(days=cat.DISEASE_VALUES_DAYS)
        return [
            code
            for since, code in self._diagnosed
            if since <= day and (code in self._chronic or day - since <= lasting)
        ]

    def pregnant_on(self, day: date) -> bool:
        return self.pregnancy is not None and self.pregnancy[0] <= day <= self.pregnancy[1]

    def in_risk_group(self, day: date) -> bool:
        """Whom the yearly influenza vaccination is for (catalogues.RISK_GROUP_CODES)."""
        return (
            self.age(day) >= cat.RISK_GROUP_AGE
            or self.pregnant_on(day)
            or any(since <= day and cat.risk_group_code(code) for since, code in self._diagnosed)
        )

    def drug_for(self, diagnosis: cat.Diagnosis, day: date) -> cat.Drug | None:
        """The usual first choice for a diagnosis, in a form for the patient's age and sex."""
        return next(
            (
                drug
                for drug in cat.DRUGS
                if drug.for_diagnosis_code == diagnosis.code
                and cat.drug_fits(drug, self.person.sex, self.age(day))
            ),
            None,
        )

    # --- days and hours ----------------------------------------------------

    def office_day(self, day: date) -> date:
        """The day if it is a working day; else the next one (the one before when the next
        lies past the demo date)."""
        later = earlier = day
        while not cat.working_day(later):
            later += timedelta(days=1)
        if later <= self.today:
            return later
        while not cat.working_day(earlier):
            earlier -= timedelta(days=1)
        return earlier

    def around_the_clock(self, unit: CareUnit, day: date) -> bool:
        """The emergency department, the wards, and a unit during an inpatient stay."""
        return unit.kind in cat.AROUND_THE_CLOCK or any(
            unit_id == unit.id and first <= day <= last for unit_id, first, last in self._stays
        )

    def _day_at(self, day: date, unit: CareUnit) -> date:
        """The day care at this unit can happen: a working day outside around-the-clock care."""
        return day if self.around_the_clock(unit, day) else self.office_day(day)

    def at(self, day: date, hour: int | None = None) -> datetime:
        hour = hour if hour is not None else self.rng.randint(8, 16)
        return datetime.combine(day, time(hour, self.rng.choice((0, 10, 15, 20, 30, 40, 45))))

    def during(self, contact: Entry) -> datetime:
        """A moment in a visit, after it began (visits are short: minutes, not hours)."""
        return contact.document_time + timedelta(minutes=self.rng.randint(5, 30))

    def _moment(self, day: date, unit: CareUnit, contact: Entry | None) -> datetime:
        """When an entry of the day is written: during its visit (or the admission), on
        its day of an inpatient stay, or at a time of day care happens at the unit."""
        stay = contact is not None and contact.details["type"] == "Vårdtillfälle"
        if contact is not None and (not stay or day == contact.document_date):
            return self.during(contact)
        return self.at(self._day_at(day, unit))

    def _in_office(self, moment: datetime) -> datetime:
        """The moment in office hours, or else the next working morning."""
        if cat.in_office_hours(moment):
            return moment
        day = moment.date()
        if not cat.working_day(day) or moment.time() > cat.OFFICE_CLOSES:
            day += timedelta(days=1)
            while not cat.working_day(day):
                day += timedelta(days=1)
        return datetime.combine(day, time(8, self.rng.choice((0, 10, 20, 30, 45))))

    def age_days(self, days: int) -> date:
        return self.birth + timedelta(days=days)

    def years_back(self, years: float) -> date:
        return self.today - timedelta(days=int(365.25 * years))

    # --- building blocks ---------------------------------------------------

    def unit(self, kind: str, region_id: str | None = None) -> CareUnit:
        """The person's unit of a kind in a region (the first: people return to the same one)."""
        return self.units_by_region[region_id or self.person.region_id][kind][0]

    def staff(self, unit: CareUnit, profession: str) -> str:
        """The same unit keeps the same doctor, nurse, ... across visits."""
        key = (unit.id, profession)
        if key not in self._staff:
            self._staff[key] = f"{self.fake.first_name()} {self.fake.last_name()}"
        return self._staff[key]

    def add(
        self,
        kind: str,
        when: datetime,
        title: str,
        unit: CareUnit,
        profession: str,
        details: dict[str, Any],
        *,
        author: str | None = None,
        signed: bool = True,
        signed_after: timedelta | None = None,
        reviewed: bool | None = None,
        reviewed_after: timedelta | None = None,
        approved: bool = True,
        voided: bool = False,
        contact: Entry | None = None,
    ) -> Entry:
        """One entry. It is signed (and a result reviewed by whoever ordered it) after a
        usual while, or after `signed_after` / `reviewed_after`, which may reach past the
        demo date; outside around-the-clock care, in office hours."""
        category = category_of(kind, details)
        result = category in RESULT_CATEGORIES
        if not result:  # a result's author works at the unit that performed it
            profession = cat.profession_at(profession, unit.kind)
        author = author or self.staff(unit, profession)
        anytime = self.around_the_clock(unit, when.date())
        if result:
            # The laboratory or radiology department signs its answer around the clock.
            signed_at = when + (signed_after or timedelta(hours=self.rng.randint(2, 20)))
        else:
            signed_at = when + (signed_after or timedelta(minutes=self.rng.randint(10, 240)))
            signed_at = signed_at if anytime else self._in_office(signed_at)
        reviewed_at = None
        if result and reviewed is not False:
            review = when + (reviewed_after or timedelta(days=self.rng.randint(1, 3)))
            review = max(review, signed_at + timedelta(minutes=30))
            reviewed_at = review if anytime else self._in_office(review)
            details = {**details, "reviewed_by": details["ordered_by"]}
        entry = Entry(
            id=self._next_id,
            subject_id=self.person.id,
            kind=kind,
            category=category.value,
            document_time=when,
            title=title,
            author_name=author,
            author_profession=profession,
            unit_id=unit.id,
            signed_at=signed_at if signed else None,
            signed_by=author if signed else None,
            reviewed_at=reviewed_at,
            approved_for_patient=approved,
            voided=voided,
            care_contact_id=contact.id if contact is not None else None,
            details=details,
        )
        self._next_id += 1
        self.written += 1
        self.session.add(entry)
        self._log_access(entry, unit)
        return entry

    def _log_access(self, entry: Entry, unit: CareUnit) -> None:
        """Who opened the record: the note's author, and now and then a colleague later."""
        if entry.kind == "anteckningar":
            self.access_log.append(
                AccessLogEntry(
                    subject_id=self.person.id,
                    time=entry.document_time,
                    unit_id=unit.id,
                    staff_name=entry.author_name,
                    staff_profession=entry.author_profession,
                    action="wrote",
                    entry_id=entry.id,
                )
            )
        if self.log_rng.random() < 0.3:
            later = entry.document_time + timedelta(
                days=self.log_rng.randint(0, 20), minutes=self.log_rng.randint(5, 600)
            )
            colleagues = sorted((p, n) for (u, p), n in self._staff.items() if u == unit.id)
            if later.date() <= self.today:
                profession, name = self.log_rng.choice(colleagues)
                self.access_log.append(
                    AccessLogEntry(
                        subject_id=self.person.id,
                        time=later,
                        unit_id=unit.id,
                        staff_name=name,
                        staff_profession=profession,
                        action="read",
                        entry_id=entry.id,
                    )
                )

    def fill(
        self,
        text: str,
        diagnosis: cat.Diagnosis | None,
        day: date,
        *,
        contact: Entry | None = None,
        vitals: str = "well",
    ) -> str:
        """A template's text for the patient as they were on the day it was written: one
        of each of its alternatives, the diagnosis in running text, lower case ("för
        hjärtsvikt"; B12 and RS keep theirs), and the vital signs of the visit."""
        text = _ALTERNATIVES.sub(lambda found: self.text_rng.choice(found[1].split("|")), text)
        words = diagnosis.text if diagnosis else ""
        if words[1:2].islower():
            words = words[0].lower() + words[1:]
        signs = (
            self.vitals(day, vitals, contact)
            if any(f"{{{sign}}}" in text for sign in VITALS)
            else {}
        )
        return text.format(
            name=self.person.given_name,
            age=self.age(day),
            diagnosis_text=words,
            diagnosis_code=diagnosis.code if diagnosis else "",
            home_region=_REGION_NAMES[self.person.region_id],
            visit_age=cat.bvc_visit_name((day - self.birth).days),
            **signs,
        )

    def vitals(self, day: date, state: str, contact: Entry | None = None) -> dict[str, str]:
        """The vital signs measured at a visit (the same for every note written at it): the
        patient's own level for their age and sex, the day's variation, and the state they
        come in ("well", "acute": an infection or injury, "ill": admitted to a ward)."""
        key = (contact.id if contact is not None else None, day, state)
        if key in self._visit_vitals:
            return self._visit_vitals[key]
        rng, age = self.text_rng, self.age(day)
        if age < 18:
            systolic, pulse = 95 + 1.5 * age, max(75.0, 115 - 3.5 * age)
        else:
            systolic = 112 + 0.4 * max(0, age - 25) + (5 if self.person.sex == "M" else 0)
            pulse = 70.0
        acute, ill = state == "acute", state == "ill"
        systolic += self._level[0] + rng.gauss(0, 6) + (4 if acute else 8 if ill else 0)
        systolic = min(max(systolic, 90), 185)
        diastolic = 0.5 * systolic + 15 - 0.3 * max(0, age - 65) + rng.gauss(0, 4)
        pulse += self._level[1] + rng.gauss(0, 5) + (14 if acute else 24 if ill else 0)
        if acute:
            temp, sat, rr = rng.gauss(37.9, 0.6), rng.randint(94, 98), rng.randint(16, 22)
        elif ill:
            temp, sat, rr = rng.gauss(37.6, 0.5), rng.randint(88, 93), rng.randint(22, 28)
        else:
            temp, sat = rng.gauss(36.8, 0.2), rng.randint(94 if age >= 75 else 96, 99)
            rr = rng.randint(12, 16)
        fibrillating = any(code.startswith("I48") for code in self.codes_on(day))
        signs = {
            "bp": f"{_even(systolic)}/{_even(min(max(diastolic, 50), 105))}",
            "pulse": str(round(min(max(pulse, 48), 140))),
            "rhythm": "oregelbunden" if fibrillating else "regelbunden",
            "temp": f"{min(max(temp, 36.2), 39.6):.1f}".replace(".", ","),
            "sat": str(sat),
            "rr": str(rr),
            "nrs": str(rng.randint(2, 8)),
            "fhr": str(rng.randint(125, 155)),
        }
        self._visit_vitals[key] = signs
        return signs

    # --- one entry of each set --------------------------------------------

    def contact(
        self,
        day: date,
        unit: CareUnit,
        reason: str,
        contact_type: str = "Besök",
        days: int | None = 0,
        profession: str = "Läkare",
        hour: int | None = None,
    ) -> Entry:
        """A care contact (beginning at `hour`, if given); an inpatient stay lasts `days`
        days, or goes on (None)."""
        if contact_type == "Vårdtillfälle":
            end = day + timedelta(days=days) if days is not None else None
            self._stays.append((unit.id, day, end or self.today))
        else:
            day = end = self._day_at(day, unit)
        ended = end is not None and end < self.today
        return self.add(
            "vardkontakter",
            self.at(day, hour),
            contact_type,
            unit,
            profession,
            {
                "type": contact_type,
                "reason": reason,
                "start": day.isoformat(),
                "end": end.isoformat() if end else None,
                "status": "Avslutad" if ended else "Pågående",
            },
        )

    def note(
        self,
        day: date,
        unit: CareUnit,
        context: str,
        diagnosis: cat.Diagnosis | None = None,
        *,
        contact: Entry | None = None,
        signed: bool = True,
        signed_after: timedelta | None = None,
        template: cat.NoteTemplate | None = None,
        visit: str | None = None,
        document_type: str | None = None,
    ) -> Entry:
        """A note from a template of the context that reads well with what is given: the
        diagnosis, the kind of visit (NoteTemplate.visit) when it is written at one, and
        the kind of document (an admission note, a discharge summary) when asked."""
        chosen = template or self.rng.choice(
            [
                t
                for t in cat.NOTE_TEMPLATES
                if t.context == context
                and (diagnosis is not None or not t.needs_diagnosis)
                and (visit is None or t.visit in (visit, "any"))
                and (document_type is None or t.document_type == document_type)
                and t.ages[0] <= self.age(day) <= t.ages[1]
            ]
        )
        if chosen.needs_diagnosis and diagnosis is None:
            raise ValueError(f"the note ”{chosen.title}” ({context}) needs a diagnosis")
        when = self._moment(day, unit, contact)
        return self.add(
            "anteckningar",
            when,
            chosen.title,
            unit,
            chosen.profession,
            {
                "document_type": chosen.document_type,
                "note_type": chosen.note_type,
                "text": self.fill(
                    chosen.text, diagnosis, when.date(), contact=contact, vitals=chosen.vitals
                ),
                "dissent": None,
            },
            signed=signed,
            signed_after=signed_after,
            contact=contact,
        )

    def diagnosis(
        self,
        day: date,
        unit: CareUnit,
        diagnosis: cat.Diagnosis,
        *,
        main: bool = True,
        contact: Entry | None = None,
    ) -> Entry:
        when = self._moment(day, unit, contact)
        self._diagnosed.append((when.date(), diagnosis.code))
        if diagnosis.chronic:
            self._chronic.add(diagnosis.code)
        return self.add(
            "diagnoser",
            when,
            f"{diagnosis.code} {diagnosis.text}",
            unit,
            "Läkare",
            {
                "code": diagnosis.code,
                "text": diagnosis.text,
                "main": main,
                "chronic": diagnosis.chronic,
            },
            contact=contact,
        )

    def vaccination(
        self,
        day: date,
        unit: CareUnit,
        vaccine: cat.Vaccine,
        dose: int,
        profession: str,
        *,
        contact: Entry | None = None,
    ) -> Entry:
        """A dose given at a visit: the one given, or a visit of its own."""
        profession = cat.profession_at(profession, unit.kind)
        if contact is None:
            contact = self.contact(day, unit, "Vaccination", profession=profession)
        when = self.during(contact)
        batch = f"{self.rng.choice('ABCDEFGHKLMNPRSTX')}{self.rng.randint(10000, 99999)}"
        return self.add(
            "vaccinationer",
            when,
            vaccine.name,
            unit,
            profession,
            {
                "vaccine": vaccine.name,
                "target": vaccine.target_diseases,
                "dose_number": dose,
                "batch": batch,
                "manufacturer": vaccine.manufacturer,
                "given_by": self.staff(unit, profession),
                "site": vaccine.site,
                "route": vaccine.route,
            },
            contact=contact,
        )

    def lab(
        self,
        day: date,
        unit: CareUnit,
        panel: cat.LabPanel,
        *,
        shift: dict[str, float] | None = None,
        reviewed: bool = True,
        reviewed_after: timedelta | None = None,
        final: bool = True,
        contact: Entry | None = None,
    ) -> Entry | None:
        """A result for a panel ordered by `unit` (sampled at a visit, `contact`, or in the
        morning): each analysis judged by the interval for the patient's sex and age, its
        value a healthy person's or what the patient's diagnoses give (DiseaseValues), the
        eGFR computed from the creatinine; `shift` moves named analyses (in SDs) to make
        them abnormal. An analysis the unit already sampled that day is left out (None: all
        were)."""
        day = contact.document_date if contact is not None else self._day_at(day, unit)
        sex, age = self.person.sex, self.age(day)
        codes = self.conditions_on(day)
        sampled = self._sampled.setdefault((day, unit.id), set())
        analyses: list[dict[str, Any]] = []
        for analysis in panel.analyses:
            interval = cat.reference_interval(analysis, sex, age)
            if interval is None or analysis.name in sampled:
                continue  # not reported at this age, or already sampled today
            if analysis.name == cat.EGFR_NAME:
                creatinine = next((a for a in analyses if a["name"] == cat.CREATININE_NAME), None)
                if creatinine is None:
                    continue
                value: float = cat.lmrev_egfr(creatinine["value"], age, sex)
            else:
                values = cat.disease_values(analysis.name, codes)
                typical, spread = (
                    (values.typical, values.spread)
                    if values
                    else (interval.typical, analysis.spread)
                )
                offset = (shift or {}).get(analysis.name, 0.0)
                value = self.rng.gauss(typical + offset * spread, spread * 0.5)
                if values is not None:
                    value = min(max(value, values.low), values.high)
                value = round(max(0.0, value), analysis.decimals)
            low_flag = interval.low is not None and value < interval.low
            high_flag = interval.high is not None and value > interval.high
            analyses.append(
                {
                    "name": analysis.name,
                    "code": analysis.code,
                    "value": value if analysis.decimals else int(value),
                    "unit": analysis.unit,
                    "low": interval.low,
                    "high": interval.high,
                    "abnormal": "H" if high_flag else "L" if low_flag else None,
                }
            )
        if not analyses:
            return None
        sampled.update(a["name"] for a in analyses)
        when = (
            self.during(contact) if contact is not None else self.at(day, self.rng.randint(8, 10))
        )
        return self._result(
            "provsvar",
            when,
            panel.name,
            unit,
            UnitKind.LAB,
            {
                "discipline": panel.discipline,
                "order": panel.name,
                "status": "Slutsvar" if final else "Preliminärt svar",
                "analyses": analyses,
            },
            reviewed=reviewed,
            reviewed_after=reviewed_after,
            contact=contact,
        )

    def _result(
        self,
        kind: str,
        when: datetime,
        title: str,
        unit: CareUnit,
        performed_by: UnitKind,
        details: dict[str, Any],
        *,
        reviewed: bool,
        reviewed_after: timedelta | None = None,
        contact: Entry | None = None,
    ) -> Entry:
        """A result in the record of the unit that ordered it; the laboratory or radiology
        department of its region performs, writes and signs it."""
        performer = self.unit(performed_by, unit.provider.region_id)
        profession = "Biomedicinsk analytiker" if performed_by is UnitKind.LAB else "Läkare"
        return self.add(
            kind,
            when,
            title,
            unit,
            profession,
            {
                **details,
                "ordered_by_unit": unit.name,
                "ordered_by": self.staff(unit, "Läkare"),
                "performing_unit": performer.name,
            },
            author=self.staff(performer, profession),
            reviewed=reviewed,
            reviewed_after=reviewed_after,
            contact=contact,
        )

    def microbiology(
        self, day: date, unit: CareUnit, result: cat.MicrobiologyResult, *, reviewed: bool = True
    ) -> Entry:
        day = self._day_at(day, unit)
        return self._result(
            "provsvar",
            self.at(day),
            result.name,
            unit,
            UnitKind.LAB,
            {
                "discipline": "Mikrobiologi",
                "order": result.name,
                "status": "Slutsvar",
                "specimen": result.specimen,
                "report": result.result_text,
                "analyses": [],
                "positive": result.positive,
            },
            reviewed=reviewed,
        )

    def radiology(
        self,
        day: date,
        unit: CareUnit,
        template: cat.RadiologyTemplate,
        *,
        reviewed: bool = True,
        contact: Entry | None = None,
    ) -> Entry:
        """An examination; ordered at a visit (`contact`), it is done during it."""
        when = self._moment(day, unit, contact) + timedelta(minutes=30 if contact else 0)
        return self._result(
            "rontgen",
            when,
            template.examination,
            unit,
            UnitKind.RONTGEN,
            {
                "examination": template.examination,
                "status": "Slutligt utlåtande",
                "report": template.report,
                "dose_msv": template.dose_msv,
            },
            reviewed=reviewed,
            contact=contact,
        )

    def prescription(
        self,
        day: date,
        unit: CareUnit,
        drug: cat.Drug,
        days: int | None,
        *,
        contact: Entry | None = None,
    ) -> Entry | None:
        """A prescription kept to a medication list a clinician would accept: a course ends
        when its dosage says (else after `days`, or never: None); the same drug again
        renews it, ending the one before; a drug of a class the patient already takes is
        not added; nor is one the pregnancy rules out, and a current one stops before it.
        Prescribed at a visit (`contact`), it is written during it."""
        when = self._moment(day, unit, contact)
        day = when.date()
        course = cat.course_of(drug.dosage)
        if course is not None:
            end: date | None = day + timedelta(days=course.days - 1)
        else:
            end = day + timedelta(days=days) if days is not None else None
        week = cat.pregnancy_contraindicated_from(drug.atc)
        if week is not None and self.pregnancy is not None:
            avoid_from = self.pregnancy[0] + timedelta(weeks=week)
            if day >= avoid_from and day <= self.pregnancy[1]:
                return None
            if day < avoid_from and (end is None or end >= avoid_from):
                if course is not None:
                    return None
                end = avoid_from - timedelta(days=1)  # stopped before the pregnancy
        for earlier in self._prescribed:
            start, until = self._period(earlier)
            overlaps = (until is None or day < until) and (end is None or start < end)
            if not overlaps or not cat.same_class(earlier.details["atc"], drug.atc):
                continue
            renewal = earlier.details["name"] == drug.name and earlier.details["atc"] == drug.atc
            if not renewal or course is not None or cat.course_of(earlier.details["dosage"]):
                return None
            if start <= day:
                self._end(earlier, day)
            else:
                end = start
        entry = self.add(
            "lakemedel",
            when,
            f"{drug.name} {drug.strength}",
            unit,
            "Läkare",
            {
                "name": drug.name,
                "atc": drug.atc,
                "form": drug.form,
                "strength": drug.strength,
                "dosage": drug.dosage,
                "reason": drug.reason,
                "start": day.isoformat(),
                "end": end.isoformat() if end else None,
                "prescriber": self.staff(unit, "Läkare"),
                "status": self._drug_status(end),
            },
        )
        self._prescribed.append(entry)
        self._prescribed_at[entry.id] = (unit, drug)
        return entry

    def renew_prescriptions(self) -> None:
        """Each drug taken until further notice renewed about once a year up to the demo
        date (a prescription is valid for a year), each renewal ending the one before: at
        the unit that prescribed it, or at home once the patient has moved there. Renewing
        again renews nothing more (the current ones are renewed up to the demo date)."""
        for entry in list(self._prescribed):
            unit, drug = self._prescribed_at[entry.id]
            current: Entry | None = entry
            while current is not None and current.details["end"] is None:
                start = date.fromisoformat(current.details["start"])
                day = start + timedelta(days=self.rng.randint(*cat.RENEWAL_DAYS))
                if day > self.today:
                    break
                if (
                    self.home_from is not None
                    and day >= self.home_from
                    and unit.provider.region_id != self.person.region_id
                ):
                    unit = self.unit(unit.kind)
                renewal = self.prescription(day, unit, drug, None)
                current = renewal if renewal is not current else None

    @staticmethod
    def _period(prescription: Entry) -> tuple[date, date | None]:
        end = prescription.details["end"]
        return date.fromisoformat(prescription.details["start"]), (
            date.fromisoformat(end) if end else None
        )

    def _drug_status(self, end: date | None) -> str:
        return "Avslutad" if end is not None and end < self.today else "Aktuell"

    def _end(self, prescription: Entry, day: date) -> None:
        """End a prescription on the day its renewal starts."""
        prescription.details = {
            **prescription.details,
            "end": day.isoformat(),
            "status": self._drug_status(day),
        }

    def referral(
        self, day: date, template: cat.ReferralTemplate, region_id: str | None = None
    ) -> Entry:
        from_unit = self.unit(template.from_kind, region_id)
        to_unit = self.unit(template.to_kind, region_id)
        day = self._day_at(day, from_unit)
        answered = self.office_day(min(day + timedelta(days=self.rng.randint(7, 40)), self.today))
        return self.add(
            "remisser",
            self.at(answered),
            f"Remissvar från {to_unit.name}",
            to_unit,
            "Läkare",
            {
                "question": template.question,
                "reason": template.reason,
                "answer": template.answer,
                "answer_type": "Slutsvar",
                "sent": day.isoformat(),
                "from_unit": from_unit.name,
                "to_unit": to_unit.name,
                # The referring doctor reads (vidimerar) the answer.
                "ordered_by": self.staff(from_unit, "Läkare"),
            },
        )

    def alert(self, day: date, unit: CareUnit, template: cat.AlertTemplate) -> Entry:
        day = self._day_at(day, unit)
        return self.add(
            "uppmarksamhet",
            self.at(day),
            f"{template.category}: {template.text}",
            unit,
            "Läkare",
            {
                "category": template.category,
                "text": template.text,
                "severity": template.severity,
                "certainty": template.certainty,
                "valid_from": day.isoformat(),
                "valid_to": None,
            },
        )

    def growth(self, contact: Entry, unit: CareUnit, profession: str) -> Entry:
        """Length and weight measured at a health visit."""
        when = self.during(contact)
        day = when.date()
        months = (day - self.birth).days / 30.44
        refs = [r for r in GROWTH_REFERENCE if r.sex == self.person.sex]
        below = max((r for r in refs if r.age_months <= months), key=lambda r: r.age_months)
        above = min(
            (r for r in refs if r.age_months >= months), key=lambda r: r.age_months, default=below
        )
        span = above.age_months - below.age_months
        share = (months - below.age_months) / span if span else 0.0

        def interpolate(low: float, high: float) -> float:
            return low + (high - low) * share

        # A child keeps roughly the same percentile through childhood.
        z = self._growth_z()
        length = interpolate(below.length_cm, above.length_cm) + z * below.length_sd
        weight = interpolate(below.weight_kg, above.weight_kg) + z * below.weight_sd
        head = None
        if below.head_cm is not None and above.head_cm is not None and below.head_sd is not None:
            head = round(interpolate(below.head_cm, above.head_cm) + z * below.head_sd, 1)
        return self.add(
            "tillvaxt",
            when,
            "Tillväxtkontroll",
            unit,
            profession,
            {
                "age_days": (day - self.birth).days,
                "length_cm": round(length, 1),
                "weight_kg": round(weight, 2 if months < 24 else 1),
                "head_cm": head,
            },
            contact=contact,
        )

    def _growth_z(self) -> float:
        if not hasattr(self, "_z"):
            self._z = max(-1.5, min(1.5, self.rng.gauss(0, 0.7)))
        return self._z

    def dental(self, day: date) -> Entry:
        unit = self.unit(UnitKind.TANDVARD)
        treatment = self.rng.choice(
            (
                (
                    "Undersökning",
                    "Basundersökning utan anmärkning. God munhygien. "
                    "Röntgen bitewing bilateralt utan karies.",
                ),
                (
                    "Fyllning",
                    "Ocklusal karies 46. Lagad med komposit under lokalbedövning. "
                    "Patienten informerad om fluortandkräm morgon och kväll.",
                ),
                (
                    "Tandstensborttagning",
                    "Supragingival tandsten i underkäkens front, borttagen. "
                    "Lätt gingivit, instruktion i mellanrumsrengöring.",
                ),
            )
        )
        return self.add(
            "tandvard",
            self.at(self.office_day(day)),
            treatment[0],
            unit,
            "Tandläkare",
            {"treatment": treatment[0], "text": treatment[1]},
        )

    # --- whole stories -----------------------------------------------------

    def visit(
        self,
        day: date,
        context: str,
        unit_kind: str,
        diagnosis: cat.Diagnosis,
        *,
        region_id: str | None = None,
        signed: bool = True,
        template: cat.NoteTemplate | None = None,
        visit: str = "first",
    ) -> Entry:
        """A visit on one day: the contact, the note written in it (for a `visit` of that
        kind, NoteTemplate.visit) and the diagnosis set."""
        unit = self.unit(unit_kind, region_id)
        contact = self.contact(day, unit, diagnosis.text)
        day = contact.document_date
        self.note(
            day,
            unit,
            context,
            diagnosis,
            contact=contact,
            signed=signed,
            template=template,
            visit=visit,
        )
        self.diagnosis(day, unit, diagnosis, contact=contact)
        return contact

    @staticmethod
    def visit_kind(diagnosis: cat.Diagnosis, again: bool) -> str:
        """The kind of visit a diagnosis brings a patient to primary care for: a new
        complaint, or a long-standing condition found; the second time (years later), a
        known condition's yearly check or the results of the investigation of a symptom
        (R codes) or an anaemia."""
        if not again:
            return "diagnosis" if diagnosis.chronic else "first"
        if diagnosis.code.startswith(("R", "D5")):
            return "investigation"
        return "annual" if diagnosis.chronic else "first"

    def childhood(self, until: date) -> None:
        """BVC, the vaccination programme as it was for the child, school health care and
        a few illnesses. Each dose is given at the health visit of its age."""
        sex, region = self.person.sex, self.person.region_id
        doses = [
            dose
            for dose in cat.CHILDHOOD_PROGRAMME
            if cat.childhood_dose_offered(dose, sex, self.birth, region)
        ]
        bvc = self.unit(UnitKind.BVC)
        for days in cat.BVC_VISIT_AGES_DAYS:
            day = self.office_day(self.age_days(days + self.rng.randint(0, 6)))
            if day > until:
                break
            contact = self.contact(day, bvc, "Hälsobesök på BVC", profession="Sjuksköterska")
            self.note(day, bvc, "bvc", contact=contact, visit="programme")
            self.growth(contact, bvc, "Sjuksköterska")
            for dose in doses:
                if dose.given_at == "bvc" and dose.age_days == days:
                    self.vaccination(
                        day, bvc, dose.vaccine, dose.dose_number, "Sjuksköterska", contact=contact
                    )
        school = self.unit(UnitKind.ELEVHALSA)
        school_doses = [dose for dose in doses if dose.given_at == "elevhalsa"]
        for days in sorted(
            {*cat.SCHOOL_HEALTH_AGES_DAYS, *(dose.age_days for dose in school_doses)}
        ):
            day = self.office_day(self.age_days(days + self.rng.randint(0, 20)))
            if day > until:
                break
            health_visit = days in cat.SCHOOL_HEALTH_AGES_DAYS
            contact = self.contact(
                day,
                school,
                "Hälsobesök i elevhälsan" if health_visit else "Vaccination",
                profession="Skolsköterska",
            )
            if health_visit:
                self.note(day, school, "skolhalsa", contact=contact, visit="programme")
                self.growth(contact, school, "Skolsköterska")
            for dose in school_doses:
                if dose.age_days == days:
                    self.vaccination(
                        day,
                        school,
                        dose.vaccine,
                        dose.dose_number,
                        "Skolsköterska",
                        contact=contact,
                    )
        had: list[cat.Diagnosis] = []
        for index in range(3):
            day = self.age_days(300 + index * 500 + self.rng.randint(0, 200))
            if day > until:
                break
            # A passing illness of that age: a chronic one would be followed up.
            fitting = [
                d
                for d in cat.DIAGNOSES_CHILD
                if not d.chronic and d not in had and self.fits(d, day)
            ]
            illness = self.rng.choice(fitting)
            had.append(illness)
            self.visit(
                day,
                "barn",
                self.rng.choice((UnitKind.PRIMARVARD, UnitKind.AKUT, UnitKind.BARN)),
                illness,
            )

    def primary_care(
        self, start: date, end: date, visits: int, region_id: str | None = None
    ) -> None:
        """Primary care between two days: visits, diagnoses, labs, drugs, vaccinations, all
        fitting the patient's age and sex over the period."""
        span = (end - start).days
        # Injuries (S codes) go to the emergency department.
        fitting = [
            d
            for d in cat.DIAGNOSES_ADULT
            if not d.code.startswith("S") and self.fits(d, start) and self.fits(d, end)
        ]
        diagnoses = self.rng.sample(fitting, k=min(visits, 4))
        unit = self.unit(UnitKind.PRIMARVARD, region_id)
        for index in range(visits):
            day = start + timedelta(days=int(span * (index + 0.5) / visits))
            diagnosis = diagnoses[index % len(diagnoses)]
            contact = self.visit(
                day,
                "primarvard",
                "primarvard",
                diagnosis,
                region_id=region_id,
                visit=self.visit_kind(diagnosis, again=index >= len(diagnoses)),
            )
            day = contact.document_date
            if index % 2 == 0:
                self.lab(day, unit, cat.panel_for(diagnosis.code), contact=contact)
            drug = self.drug_for(diagnosis, day)
            if drug is not None:
                self.prescription(
                    day, unit, drug, None if diagnosis.chronic else 14, contact=contact
                )
        flu = next(v for v in cat.ADULT_VACCINES if "nfluensa" in v.target_diseases)
        for year in range(end.year - 1, max(start.year, end.year - 4) - 1, -1):
            day = self.office_day(date(year, 10, 15 + self.rng.randint(0, 14)))
            if start <= day <= end and self.in_risk_group(day):
                self.vaccination(day, unit, flu, 1, "Distriktssköterska")
        self.dental(end - timedelta(days=self.rng.randint(60, 400)))


def find_diagnosis(code: str) -> cat.Diagnosis:
    """The first diagnosis in the catalogues whose ICD-10-SE code starts with `code`."""
    every = (
        cat.DIAGNOSES_ADULT
        + cat.DIAGNOSES_ELDERLY
        + cat.DIAGNOSES_CHILD
        + cat.DIAGNOSES_PSYCHIATRY
        + cat.DIAGNOSES_PREGNANCY
    )
    for diagnosis in every:
        if diagnosis.code.startswith(code):
            return diagnosis
    raise KeyError(code)
