"""Write each person's record: a pure function of (seed number, demo date, person).

Each person gets their own random generator, seeded from the seed number and
their id, so adding a person never changes anyone else's record. Nothing here
reads the wall clock: every date is counted back from the demo date.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from demo.domain.access import RESULT_CATEGORIES, Category
from demo.domain.kinds import UnitKind
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
        # The access log draws from its own stream, so it never shifts the entries.
        self.log_rng = random.Random(person_seed(seed, f"{person.id}:access-log"))
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

    def at(self, day: date, hour: int | None = None) -> datetime:
        hour = hour if hour is not None else self.rng.randint(8, 16)
        return datetime.combine(day, time(hour, self.rng.choice((0, 10, 15, 20, 30, 40, 45))))

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def age_days(self, days: int) -> date:
        return self.birth + timedelta(days=days)

    def add(
        self,
        kind: str,
        when: datetime,
        title: str,
        unit: CareUnit,
        profession: str,
        details: dict[str, Any],
        *,
        signed: bool = True,
        signed_after: timedelta | None = None,
        reviewed: bool | None = None,
        reviewed_after: timedelta | None = None,
        approved: bool = True,
        voided: bool = False,
        contact: Entry | None = None,
    ) -> Entry:
        """One entry. Signing (and, for results, review) happens after a usual while,
        or after `signed_after` / `reviewed_after`, which may reach past the demo date."""
        author = self.staff(unit, profession)
        signed_at = when + (signed_after or timedelta(hours=self.rng.randint(1, 20)))
        category = category_of(kind, details)
        reviewed_at = None
        if category in RESULT_CATEGORIES and reviewed is not False:
            reviewed_at = when + (reviewed_after or timedelta(days=self.rng.randint(1, 3)))
            details = {**details, "reviewed_by": self.staff(unit, "Läkare")}
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

    def fill(self, text: str, diagnosis: cat.Diagnosis | None) -> str:
        age = (self.today - self.birth).days // 365
        return text.format(
            name=self.person.given_name,
            age=age,
            diagnosis_text=diagnosis.text if diagnosis else "",
            diagnosis_code=diagnosis.code if diagnosis else "",
        )

    # --- one entry of each set --------------------------------------------

    def contact(
        self, day: date, unit: CareUnit, reason: str, contact_type: str = "Besök", days: int = 0
    ) -> Entry:
        end = day + timedelta(days=days)
        return self.add(
            "vardkontakter",
            self.at(day),
            contact_type,
            unit,
            "Läkare",
            {
                "type": contact_type,
                "reason": reason,
                "start": day.isoformat(),
                "end": end.isoformat() if end <= self.today else None,
                "status": "Avslutad" if end < self.today else "Pågående",
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
        hour: int | None = None,
    ) -> Entry:
        chosen = template or self.rng.choice(
            [t for t in cat.NOTE_TEMPLATES if t.context == context]
        )
        return self.add(
            "anteckningar",
            self.at(day, hour),
            chosen.title,
            unit,
            chosen.profession,
            {
                "document_type": chosen.document_type,
                "note_type": chosen.note_type,
                "text": self.fill(chosen.text, diagnosis),
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
        return self.add(
            "diagnoser",
            self.at(day),
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
        self, day: date, unit: CareUnit, vaccine: cat.Vaccine, dose: int, profession: str
    ) -> Entry:
        batch = f"{self.rng.choice('ABCDEFGHKLMNPRSTX')}{self.rng.randint(10000, 99999)}"
        return self.add(
            "vaccinationer",
            self.at(day),
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
    ) -> Entry:
        """A result for a panel; `shift` moves named analyses (in SDs) to make them abnormal."""
        analyses = []
        for analysis in panel.analyses:
            offset = (shift or {}).get(analysis.name, 0.0)
            value = round(
                max(
                    0.0,
                    self.rng.gauss(
                        analysis.typical + offset * analysis.spread, analysis.spread * 0.5
                    ),
                ),
                analysis.decimals,
            )
            low_flag = analysis.low is not None and value < analysis.low
            high_flag = analysis.high is not None and value > analysis.high
            analyses.append(
                {
                    "name": analysis.name,
                    "code": analysis.code,
                    "value": value if analysis.decimals else int(value),
                    "unit": analysis.unit,
                    "low": analysis.low,
                    "high": analysis.high,
                    "abnormal": "H" if high_flag else "L" if low_flag else None,
                }
            )
        when = self.at(day, self.rng.randint(7, 10))
        lab_unit = self.unit(UnitKind.LAB, unit.provider.region_id)
        return self.add(
            "provsvar",
            when,
            panel.name,
            lab_unit,
            "Biomedicinsk analytiker",
            {
                "discipline": panel.discipline,
                "order": panel.name,
                "ordered_by_unit": unit.name,
                "status": "Slutsvar" if final else "Preliminärt svar",
                "analyses": analyses,
            },
            reviewed=reviewed,
            reviewed_after=reviewed_after,
        )

    def microbiology(
        self, day: date, unit: CareUnit, result: cat.MicrobiologyResult, *, reviewed: bool = True
    ) -> Entry:
        when = self.at(day)
        return self.add(
            "provsvar",
            when,
            result.name,
            self.unit(UnitKind.LAB, unit.provider.region_id),
            "Biomedicinsk analytiker",
            {
                "discipline": "Mikrobiologi",
                "order": result.name,
                "ordered_by_unit": unit.name,
                "status": "Slutsvar",
                "specimen": result.specimen,
                "report": result.result_text,
                "analyses": [],
                "positive": result.positive,
            },
            reviewed=reviewed,
        )

    def prescription(self, day: date, unit: CareUnit, drug: cat.Drug, days: int | None) -> Entry:
        end = day + timedelta(days=days) if days is not None else None
        return self.add(
            "lakemedel",
            self.at(day),
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
                "status": "Avslutad" if end is not None and end < self.today else "Aktuell",
            },
        )

    def referral(
        self, day: date, template: cat.ReferralTemplate, region_id: str | None = None
    ) -> Entry:
        from_unit = self.unit(template.from_kind, region_id)
        to_unit = self.unit(template.to_kind, region_id)
        answered = day + timedelta(days=self.rng.randint(7, 40))
        answered = min(answered, self.today)
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
            },
        )

    def radiology(
        self, day: date, unit: CareUnit, template: cat.RadiologyTemplate, *, reviewed: bool = True
    ) -> Entry:
        return self.add(
            "rontgen",
            self.at(day),
            template.examination,
            self.unit(UnitKind.RONTGEN, unit.provider.region_id),
            "Läkare",
            {
                "examination": template.examination,
                "status": "Slutligt utlåtande",
                "report": template.report,
                "dose_msv": template.dose_msv,
                "ordered_by_unit": unit.name,
            },
            reviewed=reviewed,
        )

    def alert(self, day: date, unit: CareUnit, template: cat.AlertTemplate) -> Entry:
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

    def growth(self, day: date, unit: CareUnit, profession: str) -> Entry | None:
        months = (day - self.birth).days / 30.44
        refs = [r for r in cat.GROWTH_REFERENCE if r.sex == self.person.sex]
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
            self.at(day),
            "Tillväxtkontroll",
            unit,
            profession,
            {
                "age_days": (day - self.birth).days,
                "length_cm": round(length, 1),
                "weight_kg": round(weight, 2 if months < 24 else 1),
                "head_cm": head,
            },
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
            self.at(day),
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
        diagnosis: cat.Diagnosis | None = None,
        *,
        region_id: str | None = None,
        signed: bool = True,
    ) -> Entry:
        """A visit: the contact, a note written in it and, if given, a diagnosis set."""
        unit = self.unit(unit_kind, region_id)
        reason = diagnosis.text if diagnosis else self.rng.choice(cat.CONTACT_REASONS)
        contact = self.contact(day, unit, reason)
        self.note(day, unit, context, diagnosis, contact=contact, signed=signed)
        if diagnosis is not None:
            self.diagnosis(day, unit, diagnosis, contact=contact)
        return contact

    def childhood(self, until: date) -> None:
        """BVC, the vaccination programme, school health and a few illnesses."""
        bvc = self.unit(UnitKind.BVC)
        for days in cat.BVC_VISIT_AGES_DAYS:
            day = self.age_days(days)
            if day > until:
                break
            contact = self.contact(day, bvc, "Hälsobesök på BVC")
            self.note(day, bvc, "bvc", contact=contact)
            self.growth(day, bvc, "Sjuksköterska")
        school = self.unit(UnitKind.PRIMARVARD)
        for days in cat.SCHOOL_HEALTH_AGES_DAYS:
            day = self.age_days(days)
            if day > until:
                break
            self.note(day, school, "skolhalsa")
            self.growth(day, school, "Skolsköterska")
        for dose in cat.CHILDHOOD_PROGRAMME:
            day = self.age_days(dose.age_days + self.rng.randint(0, 10))
            if day > until:
                continue
            unit = bvc if dose.given_at == "bvc" else school
            profession = "Sjuksköterska" if dose.given_at == "bvc" else "Skolsköterska"
            self.vaccination(day, unit, dose.vaccine, dose.dose_number, profession)
        illnesses = self.rng.sample(list(cat.DIAGNOSES_CHILD), k=3)
        for index, illness in enumerate(illnesses):
            day = self.age_days(300 + index * 500 + self.rng.randint(0, 200))
            if day <= until:
                self.visit(
                    day,
                    "barn",
                    self.rng.choice((UnitKind.PRIMARVARD, UnitKind.AKUT, UnitKind.BARN)),
                    illness,
                )

    def primary_care(
        self, start: date, end: date, visits: int, region_id: str | None = None
    ) -> None:
        """Primary care between two days: visits, diagnoses, labs, drugs, vaccinations."""
        span = (end - start).days
        diagnoses = self.rng.sample(list(cat.DIAGNOSES_ADULT), k=min(visits, 4))
        unit = self.unit(UnitKind.PRIMARVARD, region_id)
        for index in range(visits):
            day = start + timedelta(days=int(span * (index + 0.5) / visits))
            diagnosis = diagnoses[index % len(diagnoses)]
            self.visit(day, "primarvard", "primarvard", diagnosis, region_id=region_id)
            if index % 2 == 0:
                self.lab(day, unit, self.rng.choice(cat.LAB_PANELS))
            drugs = [d for d in cat.DRUGS if d.for_diagnosis_code == diagnosis.code]
            if drugs:
                self.prescription(day, unit, drugs[0], None if diagnosis.chronic else 14)
        flu = next(v for v in cat.ADULT_VACCINES if "nfluensa" in v.target_diseases)
        for year in range(end.year - 1, max(start.year, end.year - 4) - 1, -1):
            day = date(year, 10, 15 + self.rng.randint(0, 14))
            if start <= day <= end:
                self.vaccination(day, unit, flu, 1, "Distriktssköterska")
        self.dental(end - timedelta(days=self.rng.randint(60, 400)))

    def years_back(self, years: float) -> date:
        return self.today - timedelta(days=int(365.25 * years))


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
