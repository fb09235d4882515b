"""The world's fingerprint: which seed, which demo date, which generator and reference data.

The seed step records it in the database; the app compares it with the code it
runs, so a changed catalogue, story or seed number is noticed without anyone
bumping a version by hand, and every node of a deployment can show that it
serves the same world. The generator is fingerprinted by its source text (read
as files, not imported: the web app never loads seed/ or Faker).
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import cache
from importlib import metadata
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# What the world is made from: the generator, the domain's reference data, the tables.
WORLD_SOURCES = (
    PROJECT_ROOT / "seed",
    PROJECT_ROOT / "demo" / "domain",
    PROJECT_ROOT / "demo" / "store" / "models.py",
)


@cache
def generator_digest() -> str:
    """A digest of every source file the world is built from, and of Faker's version."""
    digest = hashlib.sha256(f"faker {metadata.version('Faker')}\n".encode())
    for root in WORLD_SOURCES:
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def world_fingerprint(
    seed: int, seeded_for: date, extra_patients: int, long_record: int, generator: str
) -> str:
    """One short digest of everything that decides the seeded world."""
    text = f"{seed}|{seeded_for.isoformat()}|{extra_patients}|{long_record}|{generator}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]
