"""Extra patients for load and scale work: `flask --app demo seed --extra-patients N`.

They are not part of the cast: not in the picker nor in /api/v1/personas, but
a tester may log them in (POST /logga-in/bankid/extra-00001) and read them
through the API. Each is a pure function of (seed number, demo date, their
number), so the same inputs give the same people and records, and adding
more extra patients never changes the ones before them.

The identifier format (documented in the README):

- id `extra-NNNNN`: "extra-" and the patient's number from 00001, five digits;
- identifier `DEMONNNNNNNN`: "DEMO" and the same number in eight digits, twelve
  characters like a personnummer. The letters make it impossible as a real
  personnummer (or samordningsnummer), which is all digits, so it can never
  name a real person. It is stored as identity kind "personnummer" only
  because logging in needs one (`access.login_refusal`); it encodes nothing:
  the birth date and sex are their own columns.

Ages are spread over 20–90 on the demo date (so each reads their own
journal), regions go round the 21 regions in order, sex alternates (F, M),
names come from Faker sv_SE seeded per patient. Those under 65 get the
ordinary adult record (`stories.adult`), those 65 and older the long elderly
one (`stories.elderly`).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from demo.domain.access import age_on, birthday_in_year
from demo.domain.regions import REGIONS
from seed.generate import person_seed
from seed.personas import PersonSpec, Profile

ID_PREFIX = "extra-"
IDENTIFIER_PREFIX = "DEMO"
IDENTIFIER_PATTERN = re.compile(r"^DEMO\d{8}$")
# Five digits in the id, eight in the identifier.
MAX_EXTRA_PATIENTS = 99_999

YOUNGEST_AGE = 20
OLDEST_AGE = 90
ELDERLY_FROM_AGE = 65


def extra_id(number: int) -> str:
    """The id of extra patient `number` (from 1): extra-00001."""
    return f"{ID_PREFIX}{number:05d}"


def extra_identifier(number: int) -> str:
    """The identifier of extra patient `number` (from 1): DEMO00000001, never a personnummer."""
    return f"{IDENTIFIER_PREFIX}{number:08d}"


@dataclass(frozen=True, kw_only=True)
class ExtraPatientSpec(PersonSpec):
    """A PersonSpec whose birth date and sex are given, not read from the identifier."""

    born: date
    assigned_sex: str
    # Entries the record should reach (`seed --long-record N`); 0 for the usual record.
    long_record: int = 0

    @property
    def sex(self) -> str:
        return self.assigned_sex

    @property
    def birth_date(self) -> date:
        return self.born


def _years_before(today: date, years: int) -> date:
    """The same day `years` years before `today` (28 February for a 29 February)."""
    return birthday_in_year(today, today.year - years)


def extra_patient(seed: int, today: date, number: int, long_record: int = 0) -> ExtraPatientSpec:
    """Extra patient `number` (from 1) of the world of (seed, today)."""
    if not 1 <= number <= MAX_EXTRA_PATIENTS:
        raise ValueError(f"extra patients are numbered 1 to {MAX_EXTRA_PATIENTS}")
    person_id = extra_id(number)
    # Their own streams, apart from the record writer's (seeded by the id alone),
    # so the patient's name never turns up again as a member of staff.
    rng = random.Random(person_seed(seed, f"{person_id}:identity"))
    fake = Faker("sv_SE")
    fake.seed_instance(person_seed(seed, f"{person_id}:name"))
    # Born on or before the day they turned 20, after the day they turned 91.
    latest = _years_before(today, YOUNGEST_AGE)
    earliest = _years_before(today, OLDEST_AGE + 1) + timedelta(days=1)
    born = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
    sex = "F" if number % 2 == 1 else "M"
    given_name = fake.first_name_female() if sex == "F" else fake.first_name_male()
    return ExtraPatientSpec(
        id=person_id,
        given_name=given_name,
        family_name=fake.last_name(),
        personnummer=extra_identifier(number),
        region_id=REGIONS[(number - 1) % len(REGIONS)].id,
        profile=Profile.LONG_RECORD
        if long_record
        else Profile.ELDERLY
        if age_on(born, today) >= ELDERLY_FROM_AGE
        else Profile.ADULT,
        persona=False,
        born=born,
        assigned_sex=sex,
        long_record=long_record,
    )


def extra_patients(
    seed: int, today: date, count: int, long_record: int = 0
) -> list[ExtraPatientSpec]:
    """The first `count` extra patients, in order; with `long_record`, the first of them
    has a record of about that many entries (for measuring a long record's pages)."""
    if not 0 <= count <= MAX_EXTRA_PATIENTS:
        raise ValueError(f"the number of extra patients must be 0 to {MAX_EXTRA_PATIENTS}")
    return [
        extra_patient(seed, today, number, long_record if number == 1 else 0)
        for number in range(1, count + 1)
    ]
