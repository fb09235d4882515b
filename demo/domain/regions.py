"""The 21 Swedish regions, their care providers and care units (seed data).

Pure data for the deterministic seed generator. Region names and organisation
numbers are the real ones; HSA-ids follow the real shape (``SE`` + the
organisation number, ``-``, a local part) but the local parts are invented.
Unit names are modelled on the regions' real hospitals and health centres;
none of the people or records tied to them exist.
"""

from dataclasses import dataclass

from demo.domain.kinds import UnitKind


@dataclass(frozen=True)
class CareUnitSpec:
    """A care unit (vårdenhet) with its HSA-id and kind."""

    name: str
    hsa_id: str
    kind: UnitKind


@dataclass(frozen=True)
class CareProviderSpec:
    """A care provider (vårdgivare): the region itself or a private company."""

    name: str
    hsa_id: str
    units: tuple[CareUnitSpec, ...]


@dataclass(frozen=True)
class RegionSpec:
    """One of the 21 regions, with its stable slug and HSA prefix."""

    id: str
    name: str
    hsa_prefix: str
    providers: tuple[CareProviderSpec, ...]


# Alphabetical by Swedish name, as in domain.md section 3.
REGIONS: tuple[RegionSpec, ...] = (
    RegionSpec(
        id="blekinge",
        name="Region Blekinge",
        hsa_prefix="SE2321000081",
        providers=(
            CareProviderSpec(
                name="Region Blekinge",
                hsa_id="SE2321000081-0001",
                units=(
                    CareUnitSpec("Vårdcentralen Wämö", "SE2321000081-0PAA", UnitKind.PRIMARVARD),
                    CareUnitSpec("Vårdcentralen Ronneby", "SE2321000081-6FPA", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Wämö", "SE2321000081-CV6P", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Karlskrona", "SE2321000081-VBH5", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Akutmottagningen",
                        "SE2321000081-SRR1",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Medicinkliniken",
                        "SE2321000081-PGJU",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Kirurgkliniken",
                        "SE2321000081-CQ7T",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Barn- och ungdomsmedicin",
                        "SE2321000081-9TSC",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Röntgenkliniken",
                        "SE2321000081-W1TR",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Klinisk kemi",
                        "SE2321000081-ZK6T",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000081-0GD4",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Psykiatrisk slutenvård",
                        "SE2321000081-67XF",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Kvinnokliniken",
                        "SE2321000081-76SB",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Ortopedkliniken",
                        "SE2321000081-R3XG",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Karlshamn", "SE2321000081-VAWD", UnitKind.TANDVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="dalarna",
        name="Region Dalarna",
        hsa_prefix="SE2321000180",
        providers=(
            CareProviderSpec(
                name="Region Dalarna",
                hsa_id="SE2321000180-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Britsarvet", "SE2321000180-UCJ2", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Hälsocentralen Kvarnsveden", "SE2321000180-81GF", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Britsarvet", "SE2321000180-VD38", UnitKind.BVC
                    ),
                    CareUnitSpec("Barnmorskemottagningen Falun", "SE2321000180-A4X4", UnitKind.MVC),
                    CareUnitSpec(
                        "Falu lasarett, Akutmottagningen", "SE2321000180-NY3B", UnitKind.AKUT
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Medicinkliniken", "SE2321000180-18ES", UnitKind.MEDICIN
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Kirurgkliniken", "SE2321000180-XVSH", UnitKind.KIRURGI
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Barn- och ungdomskliniken",
                        "SE2321000180-A3Z3",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Röntgenkliniken", "SE2321000180-65EY", UnitKind.RONTGEN
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Laboratoriemedicin", "SE2321000180-U39X", UnitKind.LAB
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Borlänge",
                        "SE2321000180-7D68",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Säters sjukhus, Allmänpsykiatrisk slutenvård",
                        "SE2321000180-04HB",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Kvinnokliniken",
                        "SE2321000180-D7VV",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Mora lasarett, Ortopedkliniken", "SE2321000180-5LML", UnitKind.ORTOPEDI
                    ),
                    CareUnitSpec("Folktandvården Mora", "SE2321000180-YBD2", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="gotland",
        name="Region Gotland",
        hsa_prefix="SE2120000803",
        providers=(
            CareProviderSpec(
                name="Region Gotland",
                hsa_id="SE2120000803-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Visby Norr", "SE2120000803-K9ES", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Hälsocentralen Hemse", "SE2120000803-CZAH", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Visby", "SE2120000803-PAS4", UnitKind.BVC),
                    CareUnitSpec("Barnmorskemottagningen Visby", "SE2120000803-205Q", UnitKind.MVC),
                    CareUnitSpec(
                        "Visby lasarett, Akutmottagningen", "SE2120000803-1SYM", UnitKind.AKUT
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Medicinkliniken", "SE2120000803-UEJ2", UnitKind.MEDICIN
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Kirurgkliniken", "SE2120000803-EYVK", UnitKind.KIRURGI
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Barn- och ungdomsmottagningen",
                        "SE2120000803-4P7D",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Röntgenavdelningen",
                        "SE2120000803-B25M",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec("Visby lasarett, Laboratoriet", "SE2120000803-7HQD", UnitKind.LAB),
                    CareUnitSpec(
                        "Visby lasarett, Psykiatrisk öppenvård",
                        "SE2120000803-Y9G5",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Psykiatrisk slutenvård",
                        "SE2120000803-38XY",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Kvinnokliniken",
                        "SE2120000803-XB46",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Ortopedmottagningen",
                        "SE2120000803-JDDH",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Visby", "SE2120000803-EJ9Z", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="gavleborg",
        name="Region Gävleborg",
        hsa_prefix="SE2321000198",
        providers=(
            CareProviderSpec(
                name="Region Gävleborg",
                hsa_id="SE2321000198-0001",
                units=(
                    CareUnitSpec("Hälsocentralen Brynäs", "SE2321000198-A61A", UnitKind.PRIMARVARD),
                    CareUnitSpec(
                        "Hälsocentralen Bollnäs", "SE2321000198-VFTE", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Barnavårdscentralen Brynäs", "SE2321000198-63GZ", UnitKind.BVC),
                    CareUnitSpec("Barnmorskemottagningen Gävle", "SE2321000198-41C5", UnitKind.MVC),
                    CareUnitSpec(
                        "Gävle sjukhus, Akutmottagningen", "SE2321000198-AHSJ", UnitKind.AKUT
                    ),
                    CareUnitSpec(
                        "Hudiksvalls sjukhus, Medicinkliniken",
                        "SE2321000198-EC4H",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Kirurgkliniken", "SE2321000198-YFCH", UnitKind.KIRURGI
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Barn- och ungdomskliniken",
                        "SE2321000198-DCGW",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Röntgenkliniken", "SE2321000198-W216", UnitKind.RONTGEN
                    ),
                    CareUnitSpec("Gävle sjukhus, Klinisk kemi", "SE2321000198-S5WJ", UnitKind.LAB),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Hudiksvall",
                        "SE2321000198-KZ58",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Psykiatrisk slutenvård",
                        "SE2321000198-M44K",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Kvinnokliniken",
                        "SE2321000198-TK28",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Ortopedkliniken", "SE2321000198-514N", UnitKind.ORTOPEDI
                    ),
                    CareUnitSpec(
                        "Folktandvården Hudiksvall", "SE2321000198-0QW1", UnitKind.TANDVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="halland",
        name="Region Halland",
        hsa_prefix="SE2321000115",
        providers=(
            CareProviderSpec(
                name="Region Halland",
                hsa_id="SE2321000115-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Andersberg", "SE2321000115-6AHZ", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Falkenberg", "SE2321000115-9VH1", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Andersberg", "SE2321000115-UBQU", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Halmstad", "SE2321000115-JBJR", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Akutmottagningen",
                        "SE2321000115-VDV6",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Medicinkliniken",
                        "SE2321000115-QDLT",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Kirurgkliniken",
                        "SE2321000115-SGLR",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Barn- och ungdomsmedicin",
                        "SE2321000115-S8NM",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Bild- och funktionsmedicin",
                        "SE2321000115-F0CW",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Laboratoriemedicin",
                        "SE2321000115-6XHD",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Kungsbacka, Psykiatrisk öppenvård",
                        "SE2321000115-HLK8",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Psykiatrisk slutenvård",
                        "SE2321000115-P1E5",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Kvinnokliniken",
                        "SE2321000115-52V3",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Ortopedkliniken",
                        "SE2321000115-QF0C",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Varberg", "SE2321000115-FB0R", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="jamtland-harjedalen",
        name="Region Jämtland Härjedalen",
        hsa_prefix="SE2321000214",
        providers=(
            CareProviderSpec(
                name="Region Jämtland Härjedalen",
                hsa_id="SE2321000214-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Odenslund", "SE2321000214-Q8F2", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Hälsocentralen Krokom", "SE2321000214-VZ9H", UnitKind.PRIMARVARD),
                    CareUnitSpec(
                        "Barnavårdscentralen Odenslund", "SE2321000214-K7TA", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Östersund", "SE2321000214-Z4P0", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Akutmottagningen",
                        "SE2321000214-VFQX",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Medicinkliniken",
                        "SE2321000214-988U",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Kirurgkliniken",
                        "SE2321000214-RXG9",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Barn- och ungdomskliniken",
                        "SE2321000214-E19G",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Röntgenkliniken",
                        "SE2321000214-S9ZU",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Laboratoriemedicin",
                        "SE2321000214-V35D",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Östersund",
                        "SE2321000214-QBS7",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Psykiatrisk slutenvård",
                        "SE2321000214-8WWZ",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Kvinnokliniken",
                        "SE2321000214-D1P9",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Ortopedkliniken",
                        "SE2321000214-QSLW",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Lugnvik", "SE2321000214-36DL", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="jonkoping",
        name="Region Jönköpings län",
        hsa_prefix="SE2321000057",
        providers=(
            CareProviderSpec(
                name="Region Jönköpings län",
                hsa_id="SE2321000057-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Bra Liv Husqvarna",
                        "SE2321000057-P21P",
                        UnitKind.PRIMARVARD,
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Bra Liv Gislaved",
                        "SE2321000057-P6K7",
                        UnitKind.PRIMARVARD,
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Bra Liv Husqvarna",
                        "SE2321000057-U860",
                        UnitKind.BVC,
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Bra Liv Husqvarna",
                        "SE2321000057-Q9EX",
                        UnitKind.MVC,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Akutmottagningen",
                        "SE2321000057-UF8W",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Medicinkliniken",
                        "SE2321000057-B1GL",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Kirurgkliniken",
                        "SE2321000057-J4L0",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Barn- och ungdomskliniken",
                        "SE2321000057-Q906",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Röntgenkliniken",
                        "SE2321000057-6W0P",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Laboratoriemedicin",
                        "SE2321000057-PFE6",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Höglandssjukhuset Eksjö, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000057-ZBV7",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Psykiatriska kliniken, Slutenvård",
                        "SE2321000057-7B01",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Kvinnokliniken",
                        "SE2321000057-EYG0",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Värnamo sjukhus, Ortopedkliniken",
                        "SE2321000057-P9CU",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Huskvarna", "SE2321000057-YVJ4", UnitKind.TANDVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="kalmar",
        name="Region Kalmar län",
        hsa_prefix="SE2321000073",
        providers=(
            CareProviderSpec(
                name="Region Kalmar län",
                hsa_id="SE2321000073-0001",
                units=(
                    CareUnitSpec("Hälsocentralen Smedby", "SE2321000073-1NKU", UnitKind.PRIMARVARD),
                    CareUnitSpec(
                        "Hälsocentralen Färjestaden", "SE2321000073-VRPD", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Barnavårdscentralen Smedby", "SE2321000073-61SG", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Kalmar", "SE2321000073-FYU8", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Akutmottagningen",
                        "SE2321000073-BPLV",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Medicinkliniken",
                        "SE2321000073-A6TA",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Kirurgkliniken",
                        "SE2321000073-9B1C",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Barn- och ungdomskliniken",
                        "SE2321000073-A0EX",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Röntgenkliniken",
                        "SE2321000073-KG2R",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Klinisk kemi",
                        "SE2321000073-LY4G",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Västerviks sjukhus, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000073-56A2",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Psykiatrisk slutenvård",
                        "SE2321000073-M6LZ",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Kvinnokliniken",
                        "SE2321000073-J4G6",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Oskarshamns sjukhus, Ortopedkliniken",
                        "SE2321000073-1FHC",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Borgholm", "SE2321000073-TJCJ", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="kronoberg",
        name="Region Kronoberg",
        hsa_prefix="SE2321000065",
        providers=(
            CareProviderSpec(
                name="Region Kronoberg",
                hsa_id="SE2321000065-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Teleborg", "SE2321000065-HB5D", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Vårdcentralen Alvesta", "SE2321000065-8QFA", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Teleborg", "SE2321000065-GXTN", UnitKind.BVC),
                    CareUnitSpec("Barnmorskemottagningen Växjö", "SE2321000065-FNJ4", UnitKind.MVC),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Akutmottagningen",
                        "SE2321000065-HCEX",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Medicinkliniken",
                        "SE2321000065-852Q",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Kirurgkliniken",
                        "SE2321000065-C5JU",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Barn- och ungdomskliniken",
                        "SE2321000065-5KBJ",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Röntgenkliniken",
                        "SE2321000065-35NU",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Klinisk kemi",
                        "SE2321000065-T2AT",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Ljungby",
                        "SE2321000065-D784",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Växjö, Slutenvård",
                        "SE2321000065-SU0X",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Kvinnokliniken",
                        "SE2321000065-0DTL",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Ljungby lasarett, Ortopedkliniken",
                        "SE2321000065-EGHM",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Ljungby", "SE2321000065-GR3D", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="norrbotten",
        name="Region Norrbotten",
        hsa_prefix="SE2321000230",
        providers=(
            CareProviderSpec(
                name="Region Norrbotten",
                hsa_id="SE2321000230-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Hertsön", "SE2321000230-K6DV", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Hälsocentralen Öjebyn", "SE2321000230-43S3", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Hertsön", "SE2321000230-PGDD", UnitKind.BVC),
                    CareUnitSpec("Barnmorskemottagningen Luleå", "SE2321000230-2E0B", UnitKind.MVC),
                    CareUnitSpec(
                        "Sunderby sjukhus, Akutmottagningen", "SE2321000230-6XQ9", UnitKind.AKUT
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Medicinkliniken",
                        "SE2321000230-1J3T",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Gällivare sjukhus, Kirurgkliniken",
                        "SE2321000230-G4VP",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Barn- och ungdomskliniken",
                        "SE2321000230-FFQQ",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Röntgenkliniken",
                        "SE2321000230-7BZ1",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Laboratoriemedicin",
                        "SE2321000230-21DK",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Piteå älvdals sjukhus, Psykiatrisk öppenvård",
                        "SE2321000230-9M9R",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Psykiatrisk slutenvård",
                        "SE2321000230-D2YF",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Kvinnokliniken",
                        "SE2321000230-EDVC",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Ortopedkliniken",
                        "SE2321000230-4FQA",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Kiruna", "SE2321000230-88J0", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="skane",
        name="Region Skåne",
        hsa_prefix="SE2321000255",
        providers=(
            CareProviderSpec(
                name="Region Skåne",
                hsa_id="SE2321000255-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Lindeborg", "SE2321000255-60LC", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Tåbelund", "SE2321000255-DLHT", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Lindeborg", "SE2321000255-HKCG", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Lindeborg", "SE2321000255-5ZH0", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Akutmottagningen Lund",
                        "SE2321000255-HB1X",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Internmedicin Malmö",
                        "SE2321000255-TRR9",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Kristianstad, Kirurgkliniken",
                        "SE2321000255-5EKZ",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Barn- och ungdomsmedicin Lund",
                        "SE2321000255-56P0",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Bild och funktion Malmö",
                        "SE2321000255-8VDW",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Labmedicin Skåne, Klinisk kemi Lund", "SE2321000255-HYEX", UnitKind.LAB
                    ),
                    CareUnitSpec(
                        "Allmänpsykiatrisk mottagning Helsingborg",
                        "SE2321000255-RSXD",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Psykiatri slutenvård Lund",
                        "SE2321000255-7NJA",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Kvinnokliniken Malmö",
                        "SE2321000255-8WBX",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Helsingborgs lasarett, Ortopedkliniken",
                        "SE2321000255-HS39",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Möllevången", "SE2321000255-ULAZ", UnitKind.TANDVARD
                    ),
                    CareUnitSpec(
                        "Barn- och ungdomspsykiatri, BUP Malmö",
                        "SE2321000255-Y5Y5",
                        UnitKind.BUP,
                    ),
                ),
            ),
            CareProviderSpec(
                name="Capio Närsjukvård AB",
                hsa_id="SE2321000255-0002",
                units=(
                    CareUnitSpec(
                        "Capio Vårdcentral Helsingborg",
                        "SE2321000255-486R",
                        UnitKind.PRIMARVARD,
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="stockholm",
        name="Region Stockholm",
        hsa_prefix="SE2321000016",
        providers=(
            CareProviderSpec(
                name="Region Stockholm",
                hsa_id="SE2321000016-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Gubbängen", "SE2321000016-330Z", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Tullinge", "SE2321000016-QWL3", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Gubbängen", "SE2321000016-X8SD", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Farsta", "SE2321000016-TUMK", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Karolinska Universitetssjukhuset, Akutmottagningen Solna",
                        "SE2321000016-98DX",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Södersjukhuset, Medicinkliniken", "SE2321000016-66W9", UnitKind.MEDICIN
                    ),
                    CareUnitSpec(
                        "Södersjukhuset, Kirurgkliniken", "SE2321000016-99AJ", UnitKind.KIRURGI
                    ),
                    CareUnitSpec(
                        "Sachsska barn- och ungdomssjukhuset, Barnmedicin",
                        "SE2321000016-EJBS",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Södersjukhuset, Röntgenkliniken", "SE2321000016-71YE", UnitKind.RONTGEN
                    ),
                    CareUnitSpec(
                        "Karolinska Universitetslaboratoriet, Klinisk kemi Huddinge",
                        "SE2321000016-Q615",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Psykiatri Södra Stockholm, Öppenvårdsmottagning Farsta",
                        "SE2321000016-DEP3",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Psykiatri Södra Stockholm, Heldygnsvård Västberga",
                        "SE2321000016-D9BP",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Södersjukhuset, Kvinnokliniken",
                        "SE2321000016-6QGZ",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Danderyds sjukhus, Ortopedkliniken",
                        "SE2321000016-VYAF",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Hornstull", "SE2321000016-M1GM", UnitKind.TANDVARD
                    ),
                ),
            ),
            CareProviderSpec(
                name="Capio Närsjukvård AB",
                hsa_id="SE2321000016-0002",
                units=(
                    CareUnitSpec(
                        "Capio Vårdcentral Solna", "SE2321000016-B4X5", UnitKind.PRIMARVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="sormland",
        name="Region Sörmland",
        hsa_prefix="SE2321000032",
        providers=(
            CareProviderSpec(
                name="Region Sörmland",
                hsa_id="SE2321000032-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Fröslunda", "SE2321000032-4TJL", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Oxelösund", "SE2321000032-5MBP", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Fröslunda", "SE2321000032-75QT", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Eskilstuna", "SE2321000032-4JE6", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Akutmottagningen", "SE2321000032-UGWQ", UnitKind.AKUT
                    ),
                    CareUnitSpec(
                        "Nyköpings lasarett, Medicinkliniken",
                        "SE2321000032-RCR7",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Nyköpings lasarett, Kirurgkliniken",
                        "SE2321000032-2CDT",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Barn- och ungdomskliniken",
                        "SE2321000032-U69S",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Röntgenkliniken", "SE2321000032-BYAJ", UnitKind.RONTGEN
                    ),
                    CareUnitSpec("Mälarsjukhuset, Klinisk kemi", "SE2321000032-DKXD", UnitKind.LAB),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Katrineholm",
                        "SE2321000032-10J6",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Psykiatrisk slutenvård",
                        "SE2321000032-TBF3",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Kvinnokliniken",
                        "SE2321000032-18XN",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Ortopedkliniken",
                        "SE2321000032-MMB1",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Strängnäs", "SE2321000032-KCKG", UnitKind.TANDVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="uppsala",
        name="Region Uppsala",
        hsa_prefix="SE2321000024",
        providers=(
            CareProviderSpec(
                name="Region Uppsala",
                hsa_id="SE2321000024-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Gottsunda", "SE2321000024-EV5F", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Vårdcentralen Tierp", "SE2321000024-WZPT", UnitKind.PRIMARVARD),
                    CareUnitSpec(
                        "Barnavårdscentralen Gottsunda", "SE2321000024-TV66", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Gottsunda", "SE2321000024-53H4", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Akutmottagningen",
                        "SE2321000024-RRBR",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Internmedicin",
                        "SE2321000024-VWVG",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Lasarettet i Enköping, Kirurgmottagningen",
                        "SE2321000024-GGV8",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Akademiska barnsjukhuset, Barnmedicin",
                        "SE2321000024-YWB0",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Bild- och funktionsmedicin",
                        "SE2321000024-PZVA",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Klinisk kemi och farmakologi",
                        "SE2321000024-GFKG",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Allmänpsykiatrisk mottagning Uppsala",
                        "SE2321000024-HUFD",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Allmänpsykiatrisk slutenvård",
                        "SE2321000024-XFPQ",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Kvinnosjukvård",
                        "SE2321000024-CPRV",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Ortopedi", "SE2321000024-AFDX", UnitKind.ORTOPEDI
                    ),
                    CareUnitSpec("Folktandvården Sävja", "SE2321000024-7UNW", UnitKind.TANDVARD),
                ),
            ),
            CareProviderSpec(
                name="Praktikertjänst AB",
                hsa_id="SE2321000024-0002",
                units=(
                    CareUnitSpec(
                        "Praktikertjänst Tandvård Svartbäcken",
                        "SE2321000024-7QE9",
                        UnitKind.TANDVARD,
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="varmland",
        name="Region Värmland",
        hsa_prefix="SE2321000156",
        providers=(
            CareProviderSpec(
                name="Region Värmland",
                hsa_id="SE2321000156-0001",
                units=(
                    CareUnitSpec("Vårdcentralen Gripen", "SE2321000156-6T3Q", UnitKind.PRIMARVARD),
                    CareUnitSpec(
                        "Vårdcentralen Kronoparken", "SE2321000156-21HW", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Barnavårdscentralen Gripen", "SE2321000156-QWAU", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Karlstad", "SE2321000156-7HDA", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Akutmottagningen",
                        "SE2321000156-FETB",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Medicinkliniken",
                        "SE2321000156-MHK4",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Torsby sjukhus, Kirurgmottagningen",
                        "SE2321000156-N7DU",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Barn- och ungdomsmedicin",
                        "SE2321000156-R4PD",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Röntgenkliniken",
                        "SE2321000156-B08D",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Klinisk kemi",
                        "SE2321000156-KR05",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Arvika",
                        "SE2321000156-XJE6",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Karlstad, Slutenvård",
                        "SE2321000156-D7YU",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Kvinnokliniken",
                        "SE2321000156-7QVQ",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Ortopedkliniken",
                        "SE2321000156-BTSR",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Arvika", "SE2321000156-X5N2", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="vasterbotten",
        name="Region Västerbotten",
        hsa_prefix="SE2321000222",
        providers=(
            CareProviderSpec(
                name="Region Västerbotten",
                hsa_id="SE2321000222-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Ersboda", "SE2321000222-G7X5", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Hälsocentralen Ålidhem", "SE2321000222-L401", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Barnavårdscentralen Ersboda", "SE2321000222-KFS2", UnitKind.BVC),
                    CareUnitSpec("Barnmorskemottagningen Umeå", "SE2321000222-T93K", UnitKind.MVC),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Akutmottagningen",
                        "SE2321000222-7E3R",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Medicinkliniken",
                        "SE2321000222-CFHV",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Skellefteå lasarett, Kirurgkliniken",
                        "SE2321000222-7MCE",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Barn- och ungdomskliniken",
                        "SE2321000222-HEU9",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Bild- och funktionsmedicin",
                        "SE2321000222-76W8",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Klinisk kemi",
                        "SE2321000222-L81P",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Skellefteå lasarett, Psykiatrisk öppenvård",
                        "SE2321000222-H9RN",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Psykiatrisk slutenvård",
                        "SE2321000222-TREB",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Kvinnokliniken",
                        "SE2321000222-S2F8",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Ortopedkliniken",
                        "SE2321000222-CHB6",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Vännäs", "SE2321000222-HC5H", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="vasternorrland",
        name="Region Västernorrland",
        hsa_prefix="SE2321000206",
        providers=(
            CareProviderSpec(
                name="Region Västernorrland",
                hsa_id="SE2321000206-0001",
                units=(
                    CareUnitSpec(
                        "Hälsocentralen Bergsåker", "SE2321000206-GWFU", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Hälsocentralen Härnösand", "SE2321000206-9JDT", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Bergsåker", "SE2321000206-DJA5", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Sundsvall", "SE2321000206-TGH4", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Akutmottagningen",
                        "SE2321000206-JHLV",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Örnsköldsviks sjukhus, Medicinkliniken",
                        "SE2321000206-QFNK",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Sollefteå sjukhus, Kirurgmottagningen",
                        "SE2321000206-HD6H",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Barn- och ungdomskliniken",
                        "SE2321000206-Y0QF",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Röntgenkliniken",
                        "SE2321000206-GTF9",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Laboratoriemedicin",
                        "SE2321000206-MQE5",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Örnsköldsviks sjukhus, Psykiatrisk öppenvård",
                        "SE2321000206-YRUZ",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Psykiatrisk slutenvård",
                        "SE2321000206-E63U",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Kvinnokliniken",
                        "SE2321000206-WXD1",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Ortopedkliniken",
                        "SE2321000206-DGYP",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Timrå", "SE2321000206-PHKU", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="vastmanland",
        name="Region Västmanland",
        hsa_prefix="SE2321000172",
        providers=(
            CareProviderSpec(
                name="Region Västmanland",
                hsa_id="SE2321000172-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Skultuna", "SE2321000172-YZ9V", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Vårdcentralen Bäckby", "SE2321000172-RQCG", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Bäckby", "SE2321000172-WKXJ", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Västerås", "SE2321000172-6ZHD", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Akutmottagningen",
                        "SE2321000172-R5ZH",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Medicinkliniken",
                        "SE2321000172-VMTS",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Kirurgkliniken",
                        "SE2321000172-BD1H",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Barn- och ungdomskliniken",
                        "SE2321000172-HMEN",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Röntgenkliniken",
                        "SE2321000172-HAD8",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Klinisk kemi",
                        "SE2321000172-5RF7",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Sala",
                        "SE2321000172-XV75",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Psykiatrisk slutenvård",
                        "SE2321000172-X0LH",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Kvinnokliniken",
                        "SE2321000172-3UNT",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Köping, Ortopedkliniken",
                        "SE2321000172-G44S",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Sala", "SE2321000172-WDGM", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="vastra-gotaland",
        name="Västra Götalandsregionen",
        hsa_prefix="SE2321000131",
        providers=(
            CareProviderSpec(
                name="Västra Götalandsregionen",
                hsa_id="SE2321000131-0001",
                units=(
                    CareUnitSpec(
                        "Närhälsan Majorna vårdcentral",
                        "SE2321000131-Z8CK",
                        UnitKind.PRIMARVARD,
                    ),
                    CareUnitSpec(
                        "Närhälsan Lerum vårdcentral", "SE2321000131-B170", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Närhälsan Majorna barnavårdscentral", "SE2321000131-K4K9", UnitKind.BVC
                    ),
                    CareUnitSpec(
                        "Närhälsan Majorna barnmorskemottagning",
                        "SE2321000131-NXX8",
                        UnitKind.MVC,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Akutmottagningen Sahlgrenska",
                        "SE2321000131-DJB5",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Medicinkliniken Östra",
                        "SE2321000131-1RK0",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Skaraborgs sjukhus Skövde, Kirurgkliniken",
                        "SE2321000131-VBDY",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Drottning Silvias barn- och ungdomssjukhus, Barnmedicin",
                        "SE2321000131-3SQ2",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Röntgen Sahlgrenska",
                        "SE2321000131-A902",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Klinisk kemi",
                        "SE2321000131-613W",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Psykiatrisk öppenvård Östra",
                        "SE2321000131-7Y30",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Psykiatri Psykos slutenvård",
                        "SE2321000131-SJR8",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Kvinnokliniken Östra",
                        "SE2321000131-AGGG",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Ortopedi Mölndal",
                        "SE2321000131-PG3D",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Majorna", "SE2321000131-D1D1", UnitKind.TANDVARD),
                ),
            ),
            CareProviderSpec(
                name="Praktikertjänst AB",
                hsa_id="SE2321000131-0002",
                units=(
                    CareUnitSpec(
                        "Praktikertjänst Tandvård Linnéstaden",
                        "SE2321000131-RB2L",
                        UnitKind.TANDVARD,
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="orebro",
        name="Region Örebro län",
        hsa_prefix="SE2321000164",
        providers=(
            CareProviderSpec(
                name="Region Örebro län",
                hsa_id="SE2321000164-0001",
                units=(
                    CareUnitSpec("Vårdcentralen Tybble", "SE2321000164-A4GG", UnitKind.PRIMARVARD),
                    CareUnitSpec("Vårdcentralen Vivalla", "SE2321000164-RQ03", UnitKind.PRIMARVARD),
                    CareUnitSpec("Barnavårdscentralen Tybble", "SE2321000164-AWA6", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Örebro", "SE2321000164-PUCS", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Akutmottagningen",
                        "SE2321000164-6FFP",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Karlskoga lasarett, Medicinkliniken",
                        "SE2321000164-50FH",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Kirurgkliniken",
                        "SE2321000164-6H85",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Barn- och ungdomskliniken",
                        "SE2321000164-NZBC",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Röntgenkliniken",
                        "SE2321000164-EGT0",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Laboratoriemedicin",
                        "SE2321000164-5M6W",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Lindesbergs lasarett, Psykiatrisk öppenvård",
                        "SE2321000164-RE5V",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Psykiatrisk slutenvård",
                        "SE2321000164-9UYB",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Kvinnokliniken",
                        "SE2321000164-82K7",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Ortopedkliniken",
                        "SE2321000164-A96M",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec(
                        "Folktandvården Adolfsberg", "SE2321000164-36Q4", UnitKind.TANDVARD
                    ),
                ),
            ),
        ),
    ),
    RegionSpec(
        id="ostergotland",
        name="Region Östergötland",
        hsa_prefix="SE2321000040",
        providers=(
            CareProviderSpec(
                name="Region Östergötland",
                hsa_id="SE2321000040-0001",
                units=(
                    CareUnitSpec(
                        "Vårdcentralen Ekholmen", "SE2321000040-RQN2", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Kneippen", "SE2321000040-M70M", UnitKind.PRIMARVARD
                    ),
                    CareUnitSpec("Barnavårdscentralen Ekholmen", "SE2321000040-KAHE", UnitKind.BVC),
                    CareUnitSpec(
                        "Barnmorskemottagningen Linköping", "SE2321000040-L96C", UnitKind.MVC
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Akutmottagningen",
                        "SE2321000040-919T",
                        UnitKind.AKUT,
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Medicinkliniken",
                        "SE2321000040-BW82",
                        UnitKind.MEDICIN,
                    ),
                    CareUnitSpec(
                        "Lasarettet i Motala, Kirurgkliniken",
                        "SE2321000040-4B22",
                        UnitKind.KIRURGI,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Barn- och ungdomskliniken",
                        "SE2321000040-RZ5C",
                        UnitKind.BARN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Röntgenkliniken",
                        "SE2321000040-WATU",
                        UnitKind.RONTGEN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Klinisk kemi",
                        "SE2321000040-HLSA",
                        UnitKind.LAB,
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Psykiatrisk öppenvård Norrköping",
                        "SE2321000040-80XD",
                        UnitKind.PSYKIATRI_OPPEN,
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Linköping, Slutenvård",
                        "SE2321000040-REKQ",
                        UnitKind.PSYKIATRI_SLUTEN,
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Kvinnokliniken",
                        "SE2321000040-5E2R",
                        UnitKind.KVINNOKLINIK,
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Ortopedkliniken",
                        "SE2321000040-BBE8",
                        UnitKind.ORTOPEDI,
                    ),
                    CareUnitSpec("Folktandvården Ryd", "SE2321000040-7XGR", UnitKind.TANDVARD),
                ),
            ),
        ),
    ),
)
