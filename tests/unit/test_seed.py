"""The seeded world: deterministic, realistic where the rules look, test numbers only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from demo.domain.access import IdentityKind
from demo.domain.regions import REGIONS
from demo.store.engines import writable_engine
from demo.store.models import Entry, Person
from seed import seed_database
from seed.personas import CAST
from tests.support import DEMO_DATE, TEST_DATA, dump


def seeded(tmp_path: Path, name: str, seed: int, today: date = DEMO_DATE) -> Engine:
    engine = writable_engine(f"sqlite:///{tmp_path / name}")
    seed_database(engine, seed, today)
    return engine


def test_seeding_twice_gives_identical_data(tmp_path: Path) -> None:
    first = dump(seeded(tmp_path, "a.sqlite", 1))
    second = dump(seeded(tmp_path, "b.sqlite", 1))
    assert first == second
    assert len(first["entries"]) > 1000


def test_another_seed_changes_the_generated_details_not_the_cast(tmp_path: Path) -> None:
    one = dump(seeded(tmp_path, "a.sqlite", 1))
    two = dump(seeded(tmp_path, "b.sqlite", 2))
    assert one["people"] == two["people"]
    assert one["entries"] != two["entries"]


def test_entries_follow_the_demo_date(tmp_path: Path) -> None:
    later = date(2027, 3, 1)
    with Session(seeded(tmp_path, "later.sqlite", 1, later)) as session:
        newest = session.scalar(select(Entry.document_time).order_by(Entry.document_time.desc()))
    assert newest is not None and newest.date() <= later
    assert newest.date() > DEMO_DATE


def test_every_entry_is_in_the_past_of_the_demo_date(database_url: str) -> None:
    with Session(writable_engine(database_url)) as session:
        newest = session.scalar(select(Entry.document_time).order_by(Entry.document_time.desc()))
    assert newest is not None and newest.date() <= DEMO_DATE


def test_all_21_regions_with_care_units() -> None:
    assert len(REGIONS) == 21
    assert len({region.id for region in REGIONS}) == 21
    units = [unit for region in REGIONS for p in region.providers for unit in p.units]
    assert len({unit.hsa_id for unit in units}) == len(units)
    for region in REGIONS:
        kinds = {unit.kind for p in region.providers for unit in p.units}
        assert {"primarvard", "bvc", "lab", "rontgen", "medicin", "barn"} <= kinds, region.id


def check_digit(nine_digits: str) -> int:
    """The Luhn check digit of a personnummer's YYMMDDNNN."""
    total = 0
    for index, digit in enumerate(int(c) for c in nine_digits):
        product = digit * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    return check_digit(number[2:11]) == int(number[11])


def test_every_identity_number_is_well_formed() -> None:
    for person in CAST:
        assert len(person.personnummer) == 12 and person.personnummer.isdigit()
        assert luhn_valid(person.personnummer), person.id


@pytest.fixture(scope="module")
def skatteverket_test_numbers() -> set[str]:
    """The cast's numbers from Skatteverket's list of test numbers (tests/data/README.md)."""
    numbers = set((TEST_DATA / "skatteverket-testpersonnummer.txt").read_text().split())
    assert numbers and all(len(n) == 12 and n.isdigit() and luhn_valid(n) for n in numbers)
    return numbers


def as_personnummer(number: str, kind: IdentityKind) -> str:
    """The test personnummer a samordningsnummer was made from (day minus 60)."""
    if kind is IdentityKind.PERSONNUMMER:
        return number
    day = int(number[6:8]) - 60
    base = f"{number[2:6]}{day:02d}{number[8:11]}"
    return f"{number[:2]}{base}{check_digit(base)}"


def test_every_number_shown_is_a_skatteverket_test_number(
    database_url: str, skatteverket_test_numbers: set[str]
) -> None:
    with Session(writable_engine(database_url)) as session:
        people = session.scalars(select(Person)).all()
    assert len(people) == len(CAST)
    for person in people:
        number = as_personnummer(person.personnummer, IdentityKind(person.identity_kind))
        assert number in skatteverket_test_numbers, (
            f"{person.id}: {number} is not in tests/data/skatteverket-testpersonnummer.txt "
            "(take a number from Skatteverket's list: tests/data/README.md)"
        )


def test_birth_dates_match_the_personnummer() -> None:
    for person in CAST:
        encoded = person.personnummer[:8]
        if person.identity_kind is IdentityKind.SAMORDNINGSNUMMER:
            encoded = f"{encoded[:6]}{int(encoded[6:]) - 60:02d}"
        assert person.birth_date.strftime("%Y%m%d") == encoded
