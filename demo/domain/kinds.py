"""Enumerations shared by the rules, the seed and the pages: care unit kinds, information sets."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    """What a care unit (vårdenhet) does; some regions' rules speak of a kind of unit."""

    PRIMARVARD = "primarvard"
    AKUT = "akut"
    MEDICIN = "medicin"
    KIRURGI = "kirurgi"
    BARN = "barn"
    BVC = "bvc"
    MVC = "mvc"
    PSYKIATRI_OPPEN = "psykiatri_oppen"
    PSYKIATRI_SLUTEN = "psykiatri_sluten"
    RONTGEN = "rontgen"
    LAB = "lab"
    ORTOPEDI = "ortopedi"
    KVINNOKLINIK = "kvinnoklinik"
    TANDVARD = "tandvard"
    BUP = "bup"
    # School health care (elevhälsans medicinska insats): the municipality's, not the region's.
    ELEVHALSA = "elevhalsa"
    # Never shown in Journalen in any region (demo/domain/access.py NEVER_SHOWN_UNIT_KINDS).
    BARNAHUS = "barnahus"
    LSS = "lss"  # insatser enligt lagen om stöd och service till vissa funktionshindrade
    RATTSPSYKIATRI = "rattspsykiatri"


class SetKey(StrEnum):
    """The information sets (informationsmängder), by their stable key (URL segment, test id)."""

    ANTECKNINGAR = "anteckningar"
    DIAGNOSER = "diagnoser"
    VACCINATIONER = "vaccinationer"
    PROVSVAR = "provsvar"
    LAKEMEDEL = "lakemedel"
    REMISSER = "remisser"
    VARDKONTAKTER = "vardkontakter"
    UPPMARKSAMHET = "uppmarksamhet"
    RONTGEN = "rontgen"
    TILLVAXT = "tillvaxt"
    MODRAVARD = "modravard"
    VARDPLANER = "vardplaner"
    FUNKTIONSTILLSTAND = "funktionstillstand"
    TANDVARD = "tandvard"
