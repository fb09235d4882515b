"""The deterministic world: `build_world(session, seed, today)` writes it all.

The result is a pure function of (seed number, demo date): the same inputs give
the same rows, ids included, on any machine.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from demo.domain.kinds import UnitKind
from demo.domain.regions import REGIONS
from demo.store.fingerprint import generator_digest, world_fingerprint
from demo.store.models import Base, CareProvider, CareUnit, Guardianship, Person, Region, SeedInfo
from seed import extra
from seed.catalogues import MUNICIPALITIES
from seed.generate import RecordWriter
from seed.personas import CAST, PersonSpec
from seed.stories import STORIES


def build_world(
    session: Session, seed: int, today: date, *, extra_patients: int = 0, long_record: int = 0
) -> None:
    """The cast and, after them (so the cast's rows never change), `extra_patients`
    extra patients for load and scale work (seed/extra.py), the first of them with
    a record of about `long_record` entries if asked. Records its fingerprint."""
    if long_record and not extra_patients:
        raise ValueError("a long record is an extra patient's: ask for at least one")
    extras = extra.extra_patients(seed, today, extra_patients, long_record)
    units_by_region = _write_regions(session)
    _write_people(session, units_by_region)
    _write_extra_people(session, extras)
    for spec in (*CAST, *extras):
        writer = RecordWriter(session, spec, units_by_region, seed, today)
        STORIES[spec.profile](writer)
        writer.renew_prescriptions()
        # The entries first, then the access log rows that name them (in the same order,
        # so the same ids): a flush's order between unrelated tables is not defined.
        session.flush()
        session.add_all(writer.access_log)
    generator = generator_digest()
    session.add(
        SeedInfo(
            id=1,
            seed=seed,
            today=today,
            extra_patients=extra_patients,
            long_record=long_record,
            generator=generator,
            fingerprint=world_fingerprint(seed, today, extra_patients, long_record, generator),
        )
    )


def seed_database(
    engine: Engine, seed: int, today: date, *, extra_patients: int = 0, long_record: int = 0
) -> None:
    """Drop everything and write the world anew."""
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        build_world(session, seed, today, extra_patients=extra_patients, long_record=long_record)


def _write_regions(session: Session) -> dict[str, dict[str, list[CareUnit]]]:
    units_by_region: dict[str, dict[str, list[CareUnit]]] = {}
    for spec in REGIONS:
        region = Region(id=spec.id, name=spec.name, hsa_prefix=spec.hsa_prefix)
        session.add(region)
        by_kind: dict[str, list[CareUnit]] = {}
        for provider_spec in spec.providers:
            provider = CareProvider(
                hsa_id=provider_spec.hsa_id, name=provider_spec.name, region=region
            )
            session.add(provider)
            for unit_spec in provider_spec.units:
                unit = CareUnit(
                    hsa_id=unit_spec.hsa_id,
                    name=unit_spec.name,
                    kind=unit_spec.kind,
                    provider=provider,
                )
                session.add(unit)
                by_kind.setdefault(unit_spec.kind, []).append(unit)
        units_by_region[spec.id] = by_kind
    _write_school_health(session, units_by_region)
    session.flush()
    return units_by_region


def _write_school_health(
    session: Session, units_by_region: dict[str, dict[str, list[CareUnit]]]
) -> None:
    """Each region's school health care (elevhälsan), after every region's own units so
    their ids stay put. The municipality is the care provider; the organisation numbers
    in these HSA-ids are invented (212000-9xxx is no municipality's), but Gotland's, where
    the region is the municipality."""
    for number, spec in enumerate(REGIONS, start=1):
        municipality = MUNICIPALITIES[spec.id]
        region_provider = units_by_region[spec.id][UnitKind.PRIMARVARD][0].provider
        if municipality == region_provider.name:
            provider = region_provider
        else:
            provider = CareProvider(
                hsa_id=f"SE212000{9000 + number}-0001", name=municipality, region_id=spec.id
            )
            session.add(provider)
        unit = CareUnit(
            hsa_id=f"{provider.hsa_id.split('-')[0]}-EHMI",
            name=f"Elevhälsan, {municipality}",
            kind=UnitKind.ELEVHALSA,
            provider=provider,
        )
        session.add(unit)
        units_by_region[spec.id][UnitKind.ELEVHALSA] = [unit]


def _write_people(session: Session, units_by_region: dict[str, dict[str, list[CareUnit]]]) -> None:
    order = 0
    for spec in CAST:
        session.add(
            _person_row(
                spec,
                protected_identity=spec.protected_identity,
                deceased=spec.deceased,
                account_sealed=spec.account_sealed,
                persona_order=order if spec.persona else None,
                early_access_unit_id=_unit_id(
                    units_by_region, spec.region_id, spec.early_access_unit_kind
                ),
            )
        )
        order += spec.persona
    session.flush()
    for spec in CAST:
        for guardian in spec.guardians:
            session.add(
                Guardianship(
                    guardian_id=guardian.guardian_id,
                    child_id=spec.id,
                    blocked=guardian.blocked,
                    extended_access_unit_id=_unit_id(
                        units_by_region, spec.region_id, guardian.extended_access_unit_kind
                    ),
                )
            )


def _unit_id(
    units_by_region: dict[str, dict[str, list[CareUnit]]], region_id: str, kind: str | None
) -> int | None:
    """The unit of a kind a grant names (the first of its kind, as the stories use)."""
    return units_by_region[region_id][kind][0].id if kind is not None else None


def _person_row(spec: PersonSpec, **fields: Any) -> Person:
    """A person's row: who they are, plus the fields their kind of person sets."""
    return Person(
        id=spec.id,
        personnummer=spec.personnummer,
        identity_kind=spec.identity_kind.value,
        given_name=spec.given_name,
        family_name=spec.family_name,
        sex=spec.sex,
        birth_date=spec.birth_date,
        region_id=spec.region_id,
        **fields,
    )


def _write_extra_people(session: Session, extras: list[extra.ExtraPatientSpec]) -> None:
    session.add_all(_person_row(spec, persona_order=None, extra=True) for spec in extras)
    session.flush()
