"""The seeded world as tables: regions, providers, units, people, entries.

The database is written once by `seed/` and only read at run time. Every
information set shares one `entries` table: the common header of domain.md §4
as columns (what pages filter and sort on), the set's own fields as JSON in
`details` (what the detail templates show).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from demo.domain import access


class Base(DeclarativeBase):
    pass


class SeedInfo(Base):
    """One row: how the world was made, so a reseed can be detected and compared."""

    __tablename__ = "seed_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    seed: Mapped[int]
    today: Mapped[date]
    extra_patients: Mapped[int]
    long_record: Mapped[int]
    # demo/store/fingerprint.py: the generator's digest, and of the whole world.
    generator: Mapped[str] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(40))


class Region(Base):
    __tablename__ = "regions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    hsa_prefix: Mapped[str] = mapped_column(String(20))

    providers: Mapped[list[CareProvider]] = relationship(back_populates="region")


class CareProvider(Base):
    """Vårdgivare."""

    __tablename__ = "care_providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    hsa_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region_id: Mapped[str] = mapped_column(ForeignKey("regions.id"))

    region: Mapped[Region] = relationship(back_populates="providers", lazy="joined")
    units: Mapped[list[CareUnit]] = relationship(back_populates="provider")


class CareUnit(Base):
    """Vårdenhet."""

    __tablename__ = "care_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    hsa_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(30))  # a UnitKind
    provider_id: Mapped[int] = mapped_column(ForeignKey("care_providers.id"))

    provider: Mapped[CareProvider] = relationship(back_populates="units", lazy="joined")


class Person(Base):
    """A person of the world."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    personnummer: Mapped[str] = mapped_column(String(12), unique=True)
    identity_kind: Mapped[str] = mapped_column(String(20))
    given_name: Mapped[str] = mapped_column(String(60))
    family_name: Mapped[str] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date]
    region_id: Mapped[str] = mapped_column(ForeignKey("regions.id"))
    protected_identity: Mapped[bool] = mapped_column(default=False)
    deceased: Mapped[bool] = mapped_column(default=False)
    account_sealed: Mapped[bool] = mapped_column(default=False)
    early_access_unit_id: Mapped[int | None] = mapped_column(ForeignKey("care_units.id"))
    # Personas are the hand-written cast offered in the picker, in this order.
    persona_order: Mapped[int | None]
    # Extra patients (`flask seed --extra-patients N`) for load and scale work:
    # not in the picker, but they can log in for testers (see TESTING.md).
    extra: Mapped[bool] = mapped_column(default=False)

    region: Mapped[Region] = relationship(lazy="joined")

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def facts(self) -> access.PersonFacts:
        """This person as the rules module sees them."""
        return access.PersonFacts(
            id=self.id,
            birth_date=self.birth_date,
            identity_kind=access.IdentityKind(self.identity_kind),
            protected_identity=self.protected_identity,
            deceased=self.deceased,
            account_sealed=self.account_sealed,
            early_access_unit_id=self.early_access_unit_id,
        )


class Guardianship(Base):
    """A guardianship (vårdnad) registered at Skatteverket."""

    __tablename__ = "guardianships"

    guardian_id: Mapped[str] = mapped_column(ForeignKey("people.id"), primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("people.id"), primary_key=True)
    blocked: Mapped[bool] = mapped_column(default=False)
    extended_access_unit_id: Mapped[int | None] = mapped_column(ForeignKey("care_units.id"))

    guardian: Mapped[Person] = relationship(foreign_keys=[guardian_id])
    child: Mapped[Person] = relationship(foreign_keys=[child_id])

    def facts(self) -> access.GuardianshipFacts:
        return access.GuardianshipFacts(
            guardian_id=self.guardian_id,
            child_id=self.child_id,
            blocked=self.blocked,
            extended_access_unit_id=self.extended_access_unit_id,
        )


class Entry(Base):
    """One journal entry of any information set (`kind`), with the common header."""

    __tablename__ = "entries"
    __table_args__ = (Index("ix_entries_subject_kind_time", "subject_id", "kind", "document_time"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[str] = mapped_column(String(30))
    # What the providers' rules call it (access.Category): note, lab, radiology...
    category: Mapped[str] = mapped_column(String(20))
    # Local time in Sweden (Europe/Stockholm), as the record systems show it.
    document_time: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(200))
    author_name: Mapped[str] = mapped_column(String(120))
    author_profession: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int] = mapped_column(ForeignKey("care_units.id"))
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str | None] = mapped_column(String(120))
    # When the ordering clinician reviewed (vidimerade) a result; None: not yet.
    # Signing and reviewing may lie after the demo date: they happen as the clock moves.
    reviewed_at: Mapped[datetime | None]
    approved_for_patient: Mapped[bool] = mapped_column(default=True)
    voided: Mapped[bool] = mapped_column(default=False)
    # The care contact (vårdkontakt) the entry was written in, if any.
    care_contact_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    unit: Mapped[CareUnit] = relationship(lazy="joined")

    @property
    def document_date(self) -> date:
        return self.document_time.date()

    @property
    def region_id(self) -> str:
        return self.unit.provider.region_id

    def facts(self) -> access.EntryFacts:
        return access.EntryFacts(
            unit_id=self.unit_id,
            document_date=self.document_date,
            category=access.Category(self.category),
            unit_kind=self.unit.kind,
            signed_on=self.signed_at.date() if self.signed_at else None,
            reviewed_on=self.reviewed_at.date() if self.reviewed_at else None,
            approved_for_patient=self.approved_for_patient,
            voided=self.voided,
        )


class AccessLogEntry(Base):
    """A read of someone's record by care staff ("Vem har läst min journal?")."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_subject_time", "subject_id", "time"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    time: Mapped[datetime]
    unit_id: Mapped[int] = mapped_column(ForeignKey("care_units.id"))
    staff_name: Mapped[str] = mapped_column(String(120))
    staff_profession: Mapped[str] = mapped_column(String(60))
    # "read" (läste) or "wrote" (dokumenterade)
    action: Mapped[str] = mapped_column(String(20))
    # The entry the row documents (written, or read): the row is shown only with it.
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id"))

    unit: Mapped[CareUnit] = relationship(lazy="joined")
