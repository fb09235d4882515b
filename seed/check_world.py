"""The world check: would a Swedish clinician believe the seeded world?

`check_world(session)` reads a seeded database and returns every offence against
what the entries' own dates, the patient's age and sex, and Swedish practice of
the entry's year allow (`flask --app demo check-world` prints them by rule). It is
the generator's specification: seed/generate.py and seed/stories.py write what it
accepts. The clinical limits themselves (codes for one sex, drugs a pregnant woman
does not take, the vaccination programme's dates...) are data in seed/catalogues.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo.domain.access import RESULT_CATEGORIES, Category, age_on
from demo.domain.kinds import UnitKind
from demo.store.models import CareUnit, Entry, Person, SeedInfo
from seed import catalogues as cat


class Rule(StrEnum):
    """The classes of offence, as the command lists them."""

    SEX = "sex"  # a code, drug or unit for the other sex
    AGE = "age"  # a code, drug or unit for another age
    PREGNANCY = "pregnancy"  # a drug contraindicated in pregnancy taken while pregnant
    INTERVAL = "interval"  # a result judged by another sex's or age's reference interval
    TEMPLATE = "template"  # a template's hole or placeholder left in a text
    AGE_IN_TEXT = "age-in-text"  # "Alva, 15 år" in a note written when she was 6
    DRUG_CLASS = "drug-class"  # two drugs of one class taken at once
    COURSE = "course"  # a course ending other than its dosage says, a wrong status
    PROGRAMME = "vaccine-programme"  # a vaccine before its programme offered it
    VISIT_DAY = "visit-day"  # one visit's entries spread over days
    HOURS = "hours"  # outpatient care documenting or signing at night or on a weekend
    SCHOOL = "school-vaccination"  # a school dose given outside school health care
    REVIEWER = "reviewer"  # a result reviewed by someone other than who ordered it
    FILED_UNDER = "filed-under"  # a result in the performing lab's record, not the orderer's
    STAY = "stay"  # an inpatient stay's period and status disagreeing with its entries
    SPELLING = "spelling"  # a unit spelt two ways ("mm Hg" beside "mmHg")
    RISK_GROUP = "risk-group-vaccine"  # a seasonal vaccine outside its risk groups
    EGFR = "egfr"  # an eGFR that is not what its creatinine, age and sex give (LMrev)
    LAB_DIAGNOSIS = "lab-diagnosis"  # a healthy value the diagnosis rules out (HbA1c, NT-proBNP)
    REPEATED_ANALYSIS = "repeated-analysis"  # one analysis sampled twice by a unit within hours
    RENEWAL = "renewal"  # a current prescription older than 15 months, never renewed
    COPIED_NOTES = "copied-notes"  # a person's notes repeating each other word for word
    PROFESSION = "profession"  # a profession at a kind of unit it does not work at


@dataclass(frozen=True)
class Offence:
    rule: Rule
    person_id: str
    entry_id: int
    message: str

    def __str__(self) -> str:
        return f"{self.person_id}, entry {self.entry_id}: {self.message}"


@dataclass
class Record:
    """One person's entries (oldest first) with what the rules ask of them."""

    person: Person
    entries: list[Entry]
    today: date
    lab_names: frozenset[str]  # the laboratories' and radiology departments' units
    unit_kinds: dict[str, str]  # every unit's kind, by its name

    def age(self, day: date) -> int:
        return age_on(self.person.birth_date, day)

    def of_kind(self, kind: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.kind == kind]

    def offence(self, rule: Rule, entry: Entry, message: str) -> Offence:
        return Offence(rule, self.person.id, entry.id, message)


def check_world(session: Session, person_ids: Collection[str] | None = None) -> list[Offence]:
    """Every offence in the world the session reads, person by person (those given, or
    everyone)."""
    info = session.get(SeedInfo, 1)
    if info is None:
        raise LookupError("the database holds no seeded world")
    people_query, entry_query = select(Person), select(Entry)
    if person_ids is not None:
        people_query = people_query.where(Person.id.in_(person_ids))
        entry_query = entry_query.where(Entry.subject_id.in_(person_ids))
    people = {person.id: person for person in session.scalars(people_query)}
    entries: dict[str, list[Entry]] = {person_id: [] for person_id in people}
    for entry in session.scalars(entry_query.order_by(Entry.document_time, Entry.id)):
        entries[entry.subject_id].append(entry)
    unit_kinds = {unit.name: unit.kind for unit in session.scalars(select(CareUnit))}
    lab_names = frozenset(
        name for name, kind in unit_kinds.items() if kind in (UnitKind.LAB, UnitKind.RONTGEN)
    )
    offences: list[Offence] = []
    for person_id in sorted(people):
        record = Record(people[person_id], entries[person_id], info.today, lab_names, unit_kinds)
        for rule in RULES:
            offences.extend(rule(record))
    return offences


# --- helpers -----------------------------------------------------------------------


def _texts(value: Any) -> Iterator[str]:
    """Every string in a details value, however nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _entry_texts(entry: Entry) -> Iterator[str]:
    yield entry.title
    yield from _texts(entry.details)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _is_stay(entry: Entry) -> bool:
    return entry.kind == "vardkontakter" and entry.details.get("type") == "Vårdtillfälle"


def _stays(record: Record) -> list[tuple[int, date, date]]:
    """Each inpatient stay: its unit, first and last day (today while it lasts)."""
    return [
        (
            stay.unit_id,
            date.fromisoformat(stay.details["start"]),
            _day(stay.details["end"]) or record.today,
        )
        for stay in record.entries
        if _is_stay(stay)
    ]


def _pregnancies(record: Record) -> list[tuple[date, date]]:
    """Each pregnancy's week 0 and the end of its week 42, from the maternity entries."""
    starts = sorted(
        entry.document_date - timedelta(weeks=entry.details["week"])
        for entry in record.of_kind("modravard")
    )
    pregnancies: list[tuple[date, date]] = []
    for start in starts:
        if not pregnancies or start > pregnancies[-1][0] + timedelta(weeks=4):
            pregnancies.append((start, start + timedelta(weeks=42)))
    return pregnancies


def _prescription_period(entry: Entry) -> tuple[date, date | None]:
    return date.fromisoformat(entry.details["start"]), _day(entry.details["end"])


# --- the rules, each a function of one person's record ------------------------------

_FEMALE_WORDS = ("vaginal", "mammografi", "graviditet", "menopaus", "klimakteri")
_MALE_WORDS = ("prostata",)


def _sex(record: Record) -> Iterator[Offence]:
    sex = record.person.sex
    words = _FEMALE_WORDS if sex == "M" else _MALE_WORDS
    for entry in record.entries:
        if entry.kind == "diagnoser":
            for first, last, only in cat.CODE_SEX:
                if only != sex and cat.code_between(entry.details["code"], first, last):
                    yield record.offence(Rule.SEX, entry, f"{entry.details['code']} for sex {sex}")
        if entry.kind == "lakemedel":
            for prefix, only in cat.DRUG_SEX:
                if only != sex and entry.details["atc"].startswith(prefix):
                    yield record.offence(Rule.SEX, entry, f"{entry.title} for sex {sex}")
        if cat.UNIT_SEX.get(entry.unit.kind, sex) != sex or (
            entry.kind == "modravard" and sex != "F"
        ):
            yield record.offence(Rule.SEX, entry, f"{entry.unit.name} for sex {sex}")
        text = " ".join(_entry_texts(entry)).lower()
        for word in words:
            if word in text:
                yield record.offence(Rule.SEX, entry, f"”{word}” for sex {sex}")


def _age(record: Record) -> Iterator[Offence]:
    for entry in record.entries:
        age = record.age(entry.document_date)
        if entry.kind == "diagnoser":
            code = entry.details["code"]
            for first, last, low, high in cat.CODE_AGES:
                if cat.code_between(code, first, last) and not low <= age <= high:
                    yield record.offence(Rule.AGE, entry, f"{code} at {age} years")
        if entry.kind == "lakemedel":
            yield from _drug_age(record, entry, age)
        low, high = cat.UNIT_AGES.get(entry.unit.kind, (0, 120))
        if not low <= age <= high:
            yield record.offence(Rule.AGE, entry, f"{entry.unit.name} at {age} years")
        if entry.kind == "tillvaxt" and age > 18:
            yield record.offence(Rule.AGE, entry, f"a growth chart at {age} years")


def _drug_age(record: Record, entry: Entry, age: int) -> Iterator[Offence]:
    details = entry.details
    form = details["form"].lower()
    if age < 18 and details["atc"].startswith(cat.ADULT_DRUGS):
        yield record.offence(Rule.AGE, entry, f"{entry.title} (adults only) at {age} years")
    if "oral suspension" in form and age >= 12:
        yield record.offence(Rule.AGE, entry, f"a child's {details['form']} at {age} years")
    swallowed = ("tablett" in form and "tugg" not in form) or "kapsel" in form
    if swallowed and age < 6 and "lösta" not in details["dosage"]:
        yield record.offence(Rule.AGE, entry, f"{details['form']} at {age} years")


def _pregnancy(record: Record) -> Iterator[Offence]:
    pregnancies = _pregnancies(record)
    if not pregnancies:
        return
    for entry in record.of_kind("lakemedel"):
        week = cat.pregnancy_contraindicated_from(entry.details["atc"])
        if week is None:
            continue
        start, end = _prescription_period(entry)
        for week_zero, due in pregnancies:
            from_day = week_zero + timedelta(weeks=week)
            if start <= due and (end is None or end >= from_day):
                yield record.offence(
                    Rule.PREGNANCY, entry, f"{entry.title} taken in pregnancy week {week} or later"
                )


_ANALYSES = {analysis.name: analysis for panel in cat.LAB_PANELS for analysis in panel.analyses}


def _interval(record: Record) -> Iterator[Offence]:
    sex = record.person.sex
    for entry in record.of_kind("provsvar"):
        age = record.age(entry.document_date)
        for result in entry.details.get("analyses", []):
            expected = cat.reference_interval(_ANALYSES[result["name"]], sex, age)
            if expected is None:
                yield record.offence(
                    Rule.INTERVAL, entry, f"{result['name']} is not reported at {age} years"
                )
                continue
            stored = (result["low"], result["high"])
            if stored != (expected.low, expected.high):
                yield record.offence(
                    Rule.INTERVAL,
                    entry,
                    f"{result['name']} judged by {stored}, not {expected.low, expected.high} "
                    f"(sex {sex}, {age} years)",
                )
            value, low, high = result["value"], result["low"], result["high"]
            flag = "H" if high is not None and value > high else None
            flag = "L" if low is not None and value < low else flag
            if result["abnormal"] != flag:
                yield record.offence(
                    Rule.INTERVAL, entry, f"{result['name']} {value} flagged {result['abnormal']}"
                )


_HOLES = (
    (re.compile(r"[{}]"), "a placeholder"),
    (re.compile(r"\(\s*\)"), "empty brackets"),
    (re.compile(r" {2}"), "a double space"),
    (re.compile(r"[ \t][,.;:)]"), "a space before punctuation"),
    (re.compile(r"[,:;]\s*[,.]"), "punctuation with nothing between"),
    (re.compile(r"\b(?:None|nan|null)\b"), "a missing value"),
    (re.compile(r"[ \t]$|[ \t]\n", re.MULTILINE), "a trailing space"),
    (re.compile(r"[\[\]|]"), "an alternative left"),
)


def _template(record: Record) -> Iterator[Offence]:
    for entry in record.entries:
        for text in _entry_texts(entry):
            for pattern, what in _HOLES:
                found = pattern.search(text)
                if found:
                    context = text[max(0, found.start() - 25) : found.end() + 25]
                    yield record.offence(Rule.TEMPLATE, entry, f"{what}: ”{context}”")


def _age_in_text(record: Record) -> Iterator[Offence]:
    pattern = re.compile(rf"\b{re.escape(record.person.given_name)}, (\d+) år\b")
    for entry in record.entries:
        age = record.age(entry.document_date)
        for text in _entry_texts(entry):
            for found in pattern.finditer(text):
                if int(found.group(1)) != age:
                    yield record.offence(
                        Rule.AGE_IN_TEXT, entry, f"”{found.group(0)}” when {age} years old"
                    )


def _drug_class(record: Record) -> Iterator[Offence]:
    for first, second in combinations(record.of_kind("lakemedel"), 2):
        if not cat.same_class(first.details["atc"], second.details["atc"]):
            continue
        first_start, first_end = _prescription_period(first)
        second_start, second_end = _prescription_period(second)
        # A renewal or a switch ends the previous prescription on the day it starts.
        if (first_end is None or second_start < first_end) and (
            second_end is None or first_start < second_end
        ):
            yield record.offence(
                Rule.DRUG_CLASS,
                second,
                f"{second.title} and {first.title} (entry {first.id}) at once "
                f"({second.details['atc']}, {first.details['atc']})",
            )


def _course(record: Record) -> Iterator[Offence]:
    for entry in record.of_kind("lakemedel"):
        start, end = _prescription_period(entry)
        course = cat.course_of(entry.details["dosage"])
        last = start + timedelta(days=course.days - 1) if course else None
        if course and last and (end is None or end > last or (course.exact and end != last)):
            yield record.offence(
                Rule.COURSE, entry, f"”{entry.details['dosage']}” from {start} ending {end}"
            )
        ended = end is not None and end < record.today
        if entry.details["status"] != ("Avslutad" if ended else "Aktuell"):
            yield record.offence(
                Rule.COURSE, entry, f"status {entry.details['status']} with the end {end}"
            )


def _programme(record: Record) -> Iterator[Offence]:
    person = record.person
    for entry in record.of_kind("vaccinationer"):
        target, day = entry.details["target"], entry.document_date
        days_old = (day - person.birth_date).days
        if "Rotavirus" in target:
            regional = cat.ROTAVIRUS_REGIONAL_FROM.get(entry.region_id)
            if person.birth_date < cat.ROTAVIRUS_BORN_FROM and (regional is None or day < regional):
                yield record.offence(
                    Rule.PROGRAMME, entry, f"rotavirus for a child born {person.birth_date}"
                )
            if days_old > cat.ROTAVIRUS_LAST_AGE_DAYS:
                yield record.offence(Rule.PROGRAMME, entry, f"rotavirus at {days_old} days old")
        if "papillomvirus" in target and person.birth_date < cat.HPV_BORN_FROM[person.sex]:
            yield record.offence(
                Rule.PROGRAMME, entry, f"HPV for sex {person.sex} born {person.birth_date}"
            )
        if "Pneumokock" in target and days_old < 730 and day < cat.PNEUMOCOCCAL_INFANTS_FROM:
            yield record.offence(
                Rule.PROGRAMME, entry, f"an infant's pneumococcal vaccine in {day}"
            )
        if "Covid-19" in target and day < cat.COVID_VACCINES_FROM:
            yield record.offence(Rule.PROGRAMME, entry, f"a covid-19 vaccine on {day}")


def _visit_day(record: Record) -> Iterator[Offence]:
    contacts = {entry.id: entry for entry in record.of_kind("vardkontakter")}
    for entry in record.entries:
        contact = contacts.get(entry.care_contact_id or -1)
        if contact is None:
            continue
        start = date.fromisoformat(contact.details["start"])
        end = (_day(contact.details["end"]) or record.today) if _is_stay(contact) else start
        if not start <= entry.document_date <= end:
            yield record.offence(
                Rule.VISIT_DAY, entry, f"on {entry.document_date}, its contact {start}–{end}"
            )
    vaccinations = record.of_kind("vaccinationer")
    for first, second in combinations(vaccinations, 2):
        apart = abs((second.document_date - first.document_date).days)
        if first.unit_id == second.unit_id and 0 < apart < 14:
            yield record.offence(
                Rule.VISIT_DAY, second, f"{second.title} {apart} days after {first.title}"
            )


def _hours(record: Record) -> Iterator[Offence]:
    stays = _stays(record)
    stay_ids = {entry.id for entry in record.entries if _is_stay(entry)}

    def around_the_clock(entry: Entry) -> bool:
        return (
            entry.unit.kind in cat.AROUND_THE_CLOCK
            or entry.care_contact_id in stay_ids
            or entry.id in stay_ids
            or any(
                unit == entry.unit_id and first <= entry.document_date <= last
                for unit, first, last in stays
            )
        )

    for entry in record.entries:
        if around_the_clock(entry):
            continue
        result = Category(entry.category) in RESULT_CATEGORIES
        # A result is signed by the lab, which works around the clock; the ordering
        # unit samples and reviews it.
        moments: list[tuple[str, datetime | None]] = [
            ("written", entry.document_time),
            ("reviewed" if result else "signed", entry.reviewed_at if result else entry.signed_at),
        ]
        for what, moment in moments:
            if moment is not None and not cat.in_office_hours(moment):
                yield record.offence(
                    Rule.HOURS, entry, f"{what} {moment:%a %Y-%m-%d %H:%M} at {entry.unit.name}"
                )


_SCHOOL_TARGETS = ("papillomvirus", "Mässling", "Difteri")


def _school(record: Record) -> Iterator[Offence]:
    first, last = cat.SCHOOL_AGES
    for entry in record.of_kind("vaccinationer"):
        school_age = first <= record.age(entry.document_date) <= last
        programme = any(target in entry.details["target"] for target in _SCHOOL_TARGETS)
        if school_age and programme and entry.unit.kind != UnitKind.ELEVHALSA:
            yield record.offence(Rule.SCHOOL, entry, f"{entry.title} at {entry.unit.name}")


def _results(record: Record) -> Iterator[Entry]:
    return (e for e in record.entries if Category(e.category) in RESULT_CATEGORIES)


def _reviewer(record: Record) -> Iterator[Offence]:
    for entry in _results(record):
        if entry.kind == "remisser" or entry.reviewed_at is None:
            continue
        ordered_by, reviewed_by = entry.details.get("ordered_by"), entry.details.get("reviewed_by")
        if not ordered_by or reviewed_by != ordered_by or ordered_by == entry.author_name:
            yield record.offence(
                Rule.REVIEWER, entry, f"reviewed by {reviewed_by}, ordered by {ordered_by}"
            )


def _filed_under(record: Record) -> Iterator[Offence]:
    for entry in _results(record):
        if entry.kind == "remisser":
            continue
        if entry.unit.kind in (UnitKind.LAB, UnitKind.RONTGEN):
            yield record.offence(Rule.FILED_UNDER, entry, f"filed under {entry.unit.name}")
        if entry.details.get("ordered_by_unit") != entry.unit.name:
            yield record.offence(
                Rule.FILED_UNDER,
                entry,
                f"ordered by {entry.details.get('ordered_by_unit')}, filed under {entry.unit.name}",
            )
        if entry.details.get("performing_unit") not in record.lab_names:
            yield record.offence(
                Rule.FILED_UNDER, entry, f"performed at {entry.details.get('performing_unit')}"
            )


def _stay(record: Record) -> Iterator[Offence]:
    for contact in record.of_kind("vardkontakter"):
        start, end = date.fromisoformat(contact.details["start"]), _day(contact.details["end"])
        ongoing = end is None or end >= record.today
        if contact.details["status"] != ("Pågående" if ongoing else "Avslutad"):
            yield record.offence(
                Rule.STAY, contact, f"{contact.details['status']} with the end {end}"
            )
        if end is not None and end < start:
            yield record.offence(Rule.STAY, contact, f"ends {end} before it starts {start}")
        if not _is_stay(contact) and end != start:
            yield record.offence(Rule.STAY, contact, f"a visit from {start} to {end}")
        if _is_stay(contact) and end is not None:
            later = [
                e
                for e in record.entries
                if e.care_contact_id == contact.id and e.document_date > end
            ]
            if later:
                yield record.offence(
                    Rule.STAY, contact, f"ended {end} but written in on {later[-1].document_date}"
                )


def _spelling(record: Record) -> Iterator[Offence]:
    for entry in record.entries:
        for text in _entry_texts(entry):
            for wrong, right in cat.SPELLINGS.items():
                if wrong in text:
                    yield record.offence(Rule.SPELLING, entry, f"”{wrong}”, not ”{right}”")


def _risk_group(record: Record) -> Iterator[Offence]:
    pregnancies = _pregnancies(record)
    risk_since = [
        entry.document_date
        for entry in record.of_kind("diagnoser")
        if cat.risk_group_code(entry.details["code"])
    ]
    for entry in record.of_kind("vaccinationer"):
        day = entry.document_date
        seasonal = any(
            target in entry.details["target"] and day >= since
            for target, since in cat.SEASONAL_VACCINES_FOR_RISK_GROUPS
        )
        if not seasonal:
            continue
        in_risk_group = (
            record.age(day) >= cat.RISK_GROUP_AGE
            or any(start <= day <= due for start, due in pregnancies)
            or any(since <= day for since in risk_since)
        )
        if not in_risk_group:
            yield record.offence(
                Rule.RISK_GROUP, entry, f"{entry.title} at {record.age(day)}, not in a risk group"
            )


def _values(entry: Entry) -> dict[str, Any]:
    """A result's values by analysis."""
    return {result["name"]: result["value"] for result in entry.details.get("analyses", [])}


def _egfr(record: Record) -> Iterator[Offence]:
    sex = record.person.sex
    for entry in record.of_kind("provsvar"):
        values = _values(entry)
        if cat.EGFR_NAME not in values:
            continue
        if cat.CREATININE_NAME not in values:
            yield record.offence(Rule.EGFR, entry, "an eGFR without its creatinine")
            continue
        age = record.age(entry.document_date)
        expected = cat.lmrev_egfr(values[cat.CREATININE_NAME], age, sex)
        if abs(values[cat.EGFR_NAME] - expected) > cat.EGFR_TOLERANCE:
            yield record.offence(
                Rule.EGFR,
                entry,
                f"eGFR {values[cat.EGFR_NAME]} beside creatinine "
                f"{values[cat.CREATININE_NAME]} (sex {sex}, {age} years: {expected})",
            )


def _lab_diagnosis(record: Record) -> Iterator[Offence]:
    diagnosed = [(e.document_date, e.details["code"]) for e in record.of_kind("diagnoser")]
    diabetes_drugs = [
        _prescription_period(e)
        for e in record.of_kind("lakemedel")
        if e.details["atc"].startswith(cat.DIABETES_DRUGS)
    ]
    for entry in record.of_kind("provsvar"):
        day = entry.document_date
        codes = [code for since, code in diagnosed if since <= day]
        treated_diabetic = any(code.startswith(cat.DIABETES_CODES) for code in codes) and any(
            start <= day and (end is None or day < end) for start, end in diabetes_drugs
        )
        heart_failure = any(code.startswith(cat.HEART_FAILURE_CODES) for code in codes)
        values = _values(entry)
        hba1c, nt_probnp = values.get(cat.HBA1C_NAME), values.get(cat.NT_PROBNP_NAME)
        if treated_diabetic and hba1c is not None and hba1c < cat.HBA1C_DIABETIC_FROM:
            yield record.offence(
                Rule.LAB_DIAGNOSIS, entry, f"HbA1c {hba1c} in a diabetic on diabetes drugs"
            )
        if heart_failure and nt_probnp is not None and nt_probnp < cat.NT_PROBNP_HEART_FAILURE_FROM:
            yield record.offence(
                Rule.LAB_DIAGNOSIS, entry, f"NT-proBNP {nt_probnp} with heart failure"
            )


def _repeated_analysis(record: Record) -> Iterator[Offence]:
    sampled: dict[tuple[date, int, str], list[Entry]] = {}
    for entry in record.of_kind("provsvar"):
        for result in entry.details.get("analyses", []):
            key = (entry.document_date, entry.unit_id, result["name"])
            earlier = sampled.setdefault(key, [])
            for before in earlier:
                apart = abs(entry.document_time - before.document_time)
                if apart < timedelta(hours=cat.REPEAT_SAMPLE_HOURS):
                    yield record.offence(
                        Rule.REPEATED_ANALYSIS,
                        entry,
                        f"{result['name']} sampled {apart.seconds // 60} minutes after "
                        f"the one in entry {before.id}",
                    )
            earlier.append(entry)


def _renewal(record: Record) -> Iterator[Offence]:
    for entry in record.of_kind("lakemedel"):
        start, end = _prescription_period(entry)
        age_days = (record.today - start).days
        if end is None and age_days > cat.CURRENT_PRESCRIPTION_MAX_DAYS:
            yield record.offence(
                Rule.RENEWAL, entry, f"{entry.title} current since {start}, never renewed"
            )


def _copied_notes(record: Record) -> Iterator[Offence]:
    notes = record.of_kind("anteckningar")
    texts = Counter(note.details["text"] for note in notes)
    repeated = sum(count - 1 for count in texts.values())
    if notes and repeated > cat.REPEATED_NOTES_ALLOWED * len(notes):
        text, count = texts.most_common(1)[0]
        first = next(note for note in notes if note.details["text"] == text)
        yield record.offence(
            Rule.COPIED_NOTES,
            first,
            f"{repeated} of {len(notes)} notes repeat another word for word "
            f"(this one's text {count} times)",
        )


def _profession(record: Record) -> Iterator[Offence]:
    for entry in record.entries:
        kind, where = entry.unit.kind, entry.unit.name
        if Category(entry.category) in RESULT_CATEGORIES and entry.kind != "remisser":
            # The laboratory or radiology department that performed it writes a result.
            where = entry.details.get("performing_unit", where)
            kind = record.unit_kinds.get(where, kind)
        allowed = cat.PROFESSION_UNITS.get(entry.author_profession)
        if allowed is None:
            yield record.offence(
                Rule.PROFESSION, entry, f"an unknown profession {entry.author_profession}"
            )
        elif kind not in allowed:
            yield record.offence(Rule.PROFESSION, entry, f"{entry.author_profession} at {where}")


RULES: tuple[Callable[[Record], Iterator[Offence]], ...] = (
    _sex,
    _age,
    _pregnancy,
    _interval,
    _template,
    _age_in_text,
    _drug_class,
    _course,
    _programme,
    _visit_day,
    _hours,
    _school,
    _reviewer,
    _filed_under,
    _stay,
    _spelling,
    _risk_group,
    _egfr,
    _lab_diagnosis,
    _repeated_analysis,
    _renewal,
    _copied_notes,
    _profession,
)


def by_rule(offences: list[Offence]) -> dict[Rule, list[Offence]]:
    """The offences grouped by rule, in the rules' order."""
    grouped: dict[Rule, list[Offence]] = {}
    for rule in Rule:
        found = [offence for offence in offences if offence.rule is rule]
        if found:
            grouped[rule] = found
    return grouped
