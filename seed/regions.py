"""The 21 Swedish regions, their care providers and care units (seed data).

Pure data for the deterministic seed generator. Region names and organisation
numbers are the real ones; HSA-ids follow the real shape (``SE`` + the
organisation number, ``-``, a local part) but the local parts are invented.
Unit names are modelled on the regions' real hospitals and health centres;
none of the people or records tied to them exist.
"""

from dataclasses import dataclass

# Unit kinds used across the seed data.
UNIT_KINDS: tuple[str, ...] = (
    "primarvard",
    "akut",
    "medicin",
    "kirurgi",
    "barn",
    "bvc",
    "mvc",
    "psykiatri_oppen",
    "psykiatri_sluten",
    "rontgen",
    "lab",
    "ortopedi",
    "kvinnoklinik",
    "tandvard",
    "bup",
)


@dataclass(frozen=True)
class CareUnitSpec:
    """A care unit (vårdenhet) with its HSA-id and kind."""

    name: str
    hsa_id: str
    kind: str


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
                    CareUnitSpec("Vårdcentralen Wämö", "SE2321000081-0PAA", "primarvard"),
                    CareUnitSpec("Vårdcentralen Ronneby", "SE2321000081-6FPA", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Wämö", "SE2321000081-CV6P", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Karlskrona", "SE2321000081-VBH5", "mvc"),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Akutmottagningen",
                        "SE2321000081-SRR1",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Medicinkliniken",
                        "SE2321000081-PGJU",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Kirurgkliniken",
                        "SE2321000081-CQ7T",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Barn- och ungdomsmedicin",
                        "SE2321000081-9TSC",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Röntgenkliniken",
                        "SE2321000081-W1TR",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Klinisk kemi",
                        "SE2321000081-ZK6T",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000081-0GD4",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Psykiatrisk slutenvård",
                        "SE2321000081-67XF",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlskrona, Kvinnokliniken",
                        "SE2321000081-76SB",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Blekingesjukhuset Karlshamn, Ortopedkliniken",
                        "SE2321000081-R3XG",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Karlshamn", "SE2321000081-VAWD", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Britsarvet", "SE2321000180-UCJ2", "primarvard"),
                    CareUnitSpec("Hälsocentralen Kvarnsveden", "SE2321000180-81GF", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Britsarvet", "SE2321000180-VD38", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Falun", "SE2321000180-A4X4", "mvc"),
                    CareUnitSpec("Falu lasarett, Akutmottagningen", "SE2321000180-NY3B", "akut"),
                    CareUnitSpec("Falu lasarett, Medicinkliniken", "SE2321000180-18ES", "medicin"),
                    CareUnitSpec("Falu lasarett, Kirurgkliniken", "SE2321000180-XVSH", "kirurgi"),
                    CareUnitSpec(
                        "Falu lasarett, Barn- och ungdomskliniken",
                        "SE2321000180-A3Z3",
                        "barn",
                    ),
                    CareUnitSpec("Falu lasarett, Röntgenkliniken", "SE2321000180-65EY", "rontgen"),
                    CareUnitSpec("Falu lasarett, Laboratoriemedicin", "SE2321000180-U39X", "lab"),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Borlänge",
                        "SE2321000180-7D68",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Säters sjukhus, Allmänpsykiatrisk slutenvård",
                        "SE2321000180-04HB",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Falu lasarett, Kvinnokliniken",
                        "SE2321000180-D7VV",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec("Mora lasarett, Ortopedkliniken", "SE2321000180-5LML", "ortopedi"),
                    CareUnitSpec("Folktandvården Mora", "SE2321000180-YBD2", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Visby Norr", "SE2120000803-K9ES", "primarvard"),
                    CareUnitSpec("Hälsocentralen Hemse", "SE2120000803-CZAH", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Visby", "SE2120000803-PAS4", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Visby", "SE2120000803-205Q", "mvc"),
                    CareUnitSpec("Visby lasarett, Akutmottagningen", "SE2120000803-1SYM", "akut"),
                    CareUnitSpec("Visby lasarett, Medicinkliniken", "SE2120000803-UEJ2", "medicin"),
                    CareUnitSpec("Visby lasarett, Kirurgkliniken", "SE2120000803-EYVK", "kirurgi"),
                    CareUnitSpec(
                        "Visby lasarett, Barn- och ungdomsmottagningen",
                        "SE2120000803-4P7D",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Röntgenavdelningen",
                        "SE2120000803-B25M",
                        "rontgen",
                    ),
                    CareUnitSpec("Visby lasarett, Laboratoriet", "SE2120000803-7HQD", "lab"),
                    CareUnitSpec(
                        "Visby lasarett, Psykiatrisk öppenvård",
                        "SE2120000803-Y9G5",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Psykiatrisk slutenvård",
                        "SE2120000803-38XY",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Kvinnokliniken",
                        "SE2120000803-XB46",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Visby lasarett, Ortopedmottagningen",
                        "SE2120000803-JDDH",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Visby", "SE2120000803-EJ9Z", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Brynäs", "SE2321000198-A61A", "primarvard"),
                    CareUnitSpec("Hälsocentralen Bollnäs", "SE2321000198-VFTE", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Brynäs", "SE2321000198-63GZ", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Gävle", "SE2321000198-41C5", "mvc"),
                    CareUnitSpec("Gävle sjukhus, Akutmottagningen", "SE2321000198-AHSJ", "akut"),
                    CareUnitSpec(
                        "Hudiksvalls sjukhus, Medicinkliniken",
                        "SE2321000198-EC4H",
                        "medicin",
                    ),
                    CareUnitSpec("Gävle sjukhus, Kirurgkliniken", "SE2321000198-YFCH", "kirurgi"),
                    CareUnitSpec(
                        "Gävle sjukhus, Barn- och ungdomskliniken",
                        "SE2321000198-DCGW",
                        "barn",
                    ),
                    CareUnitSpec("Gävle sjukhus, Röntgenkliniken", "SE2321000198-W216", "rontgen"),
                    CareUnitSpec("Gävle sjukhus, Klinisk kemi", "SE2321000198-S5WJ", "lab"),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Hudiksvall",
                        "SE2321000198-KZ58",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Psykiatrisk slutenvård",
                        "SE2321000198-M44K",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Gävle sjukhus, Kvinnokliniken",
                        "SE2321000198-TK28",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec("Gävle sjukhus, Ortopedkliniken", "SE2321000198-514N", "ortopedi"),
                    CareUnitSpec("Folktandvården Hudiksvall", "SE2321000198-0QW1", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Andersberg", "SE2321000115-6AHZ", "primarvard"),
                    CareUnitSpec("Vårdcentralen Falkenberg", "SE2321000115-9VH1", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Andersberg", "SE2321000115-UBQU", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Halmstad", "SE2321000115-JBJR", "mvc"),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Akutmottagningen",
                        "SE2321000115-VDV6",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Medicinkliniken",
                        "SE2321000115-QDLT",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Kirurgkliniken",
                        "SE2321000115-SGLR",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Barn- och ungdomsmedicin",
                        "SE2321000115-S8NM",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Bild- och funktionsmedicin",
                        "SE2321000115-F0CW",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Laboratoriemedicin",
                        "SE2321000115-6XHD",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Kungsbacka, Psykiatrisk öppenvård",
                        "SE2321000115-HLK8",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Psykiatrisk slutenvård",
                        "SE2321000115-P1E5",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Halmstad, Kvinnokliniken",
                        "SE2321000115-52V3",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Hallands sjukhus Varberg, Ortopedkliniken",
                        "SE2321000115-QF0C",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Varberg", "SE2321000115-FB0R", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Odenslund", "SE2321000214-Q8F2", "primarvard"),
                    CareUnitSpec("Hälsocentralen Krokom", "SE2321000214-VZ9H", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Odenslund", "SE2321000214-K7TA", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Östersund", "SE2321000214-Z4P0", "mvc"),
                    CareUnitSpec(
                        "Östersunds sjukhus, Akutmottagningen",
                        "SE2321000214-VFQX",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Medicinkliniken",
                        "SE2321000214-988U",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Kirurgkliniken",
                        "SE2321000214-RXG9",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Barn- och ungdomskliniken",
                        "SE2321000214-E19G",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Röntgenkliniken",
                        "SE2321000214-S9ZU",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Laboratoriemedicin",
                        "SE2321000214-V35D",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Östersund",
                        "SE2321000214-QBS7",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Psykiatrisk slutenvård",
                        "SE2321000214-8WWZ",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Kvinnokliniken",
                        "SE2321000214-D1P9",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Östersunds sjukhus, Ortopedkliniken",
                        "SE2321000214-QSLW",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Lugnvik", "SE2321000214-36DL", "tandvard"),
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
                        "primarvard",
                    ),
                    CareUnitSpec(
                        "Vårdcentralen Bra Liv Gislaved",
                        "SE2321000057-P6K7",
                        "primarvard",
                    ),
                    CareUnitSpec(
                        "Barnavårdscentralen Bra Liv Husqvarna",
                        "SE2321000057-U860",
                        "bvc",
                    ),
                    CareUnitSpec(
                        "Barnmorskemottagningen Bra Liv Husqvarna",
                        "SE2321000057-Q9EX",
                        "mvc",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Akutmottagningen",
                        "SE2321000057-UF8W",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Medicinkliniken",
                        "SE2321000057-B1GL",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Kirurgkliniken",
                        "SE2321000057-J4L0",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Barn- och ungdomskliniken",
                        "SE2321000057-Q906",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Röntgenkliniken",
                        "SE2321000057-6W0P",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Laboratoriemedicin",
                        "SE2321000057-PFE6",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Höglandssjukhuset Eksjö, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000057-ZBV7",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Psykiatriska kliniken, Slutenvård",
                        "SE2321000057-7B01",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset Ryhov, Kvinnokliniken",
                        "SE2321000057-EYG0",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Värnamo sjukhus, Ortopedkliniken",
                        "SE2321000057-P9CU",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Huskvarna", "SE2321000057-YVJ4", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Smedby", "SE2321000073-1NKU", "primarvard"),
                    CareUnitSpec("Hälsocentralen Färjestaden", "SE2321000073-VRPD", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Smedby", "SE2321000073-61SG", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Kalmar", "SE2321000073-FYU8", "mvc"),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Akutmottagningen",
                        "SE2321000073-BPLV",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Medicinkliniken",
                        "SE2321000073-A6TA",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Kirurgkliniken",
                        "SE2321000073-9B1C",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Barn- och ungdomskliniken",
                        "SE2321000073-A0EX",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Röntgenkliniken",
                        "SE2321000073-KG2R",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Klinisk kemi",
                        "SE2321000073-LY4G",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Västerviks sjukhus, Psykiatrisk öppenvårdsmottagning",
                        "SE2321000073-56A2",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Psykiatrisk slutenvård",
                        "SE2321000073-M6LZ",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Länssjukhuset i Kalmar, Kvinnokliniken",
                        "SE2321000073-J4G6",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Oskarshamns sjukhus, Ortopedkliniken",
                        "SE2321000073-1FHC",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Borgholm", "SE2321000073-TJCJ", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Teleborg", "SE2321000065-HB5D", "primarvard"),
                    CareUnitSpec("Vårdcentralen Alvesta", "SE2321000065-8QFA", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Teleborg", "SE2321000065-GXTN", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Växjö", "SE2321000065-FNJ4", "mvc"),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Akutmottagningen",
                        "SE2321000065-HCEX",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Medicinkliniken",
                        "SE2321000065-852Q",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Kirurgkliniken",
                        "SE2321000065-C5JU",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Barn- och ungdomskliniken",
                        "SE2321000065-5KBJ",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Röntgenkliniken",
                        "SE2321000065-35NU",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Klinisk kemi",
                        "SE2321000065-T2AT",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Ljungby",
                        "SE2321000065-D784",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Växjö, Slutenvård",
                        "SE2321000065-SU0X",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Centrallasarettet Växjö, Kvinnokliniken",
                        "SE2321000065-0DTL",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Ljungby lasarett, Ortopedkliniken",
                        "SE2321000065-EGHM",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Ljungby", "SE2321000065-GR3D", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Hertsön", "SE2321000230-K6DV", "primarvard"),
                    CareUnitSpec("Hälsocentralen Öjebyn", "SE2321000230-43S3", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Hertsön", "SE2321000230-PGDD", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Luleå", "SE2321000230-2E0B", "mvc"),
                    CareUnitSpec("Sunderby sjukhus, Akutmottagningen", "SE2321000230-6XQ9", "akut"),
                    CareUnitSpec(
                        "Sunderby sjukhus, Medicinkliniken",
                        "SE2321000230-1J3T",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Gällivare sjukhus, Kirurgkliniken",
                        "SE2321000230-G4VP",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Barn- och ungdomskliniken",
                        "SE2321000230-FFQQ",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Röntgenkliniken",
                        "SE2321000230-7BZ1",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Laboratoriemedicin",
                        "SE2321000230-21DK",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Piteå älvdals sjukhus, Psykiatrisk öppenvård",
                        "SE2321000230-9M9R",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Psykiatrisk slutenvård",
                        "SE2321000230-D2YF",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Kvinnokliniken",
                        "SE2321000230-EDVC",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Sunderby sjukhus, Ortopedkliniken",
                        "SE2321000230-4FQA",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Kiruna", "SE2321000230-88J0", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Lindeborg", "SE2321000255-60LC", "primarvard"),
                    CareUnitSpec("Vårdcentralen Tåbelund", "SE2321000255-DLHT", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Lindeborg", "SE2321000255-HKCG", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Lindeborg", "SE2321000255-5ZH0", "mvc"),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Akutmottagningen Lund",
                        "SE2321000255-HB1X",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Internmedicin Malmö",
                        "SE2321000255-TRR9",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Kristianstad, Kirurgkliniken",
                        "SE2321000255-5EKZ",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Barn- och ungdomsmedicin Lund",
                        "SE2321000255-56P0",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Bild och funktion Malmö",
                        "SE2321000255-8VDW",
                        "rontgen",
                    ),
                    CareUnitSpec("Labmedicin Skåne, Klinisk kemi Lund", "SE2321000255-HYEX", "lab"),
                    CareUnitSpec(
                        "Allmänpsykiatrisk mottagning Helsingborg",
                        "SE2321000255-RSXD",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Psykiatri slutenvård Lund",
                        "SE2321000255-7NJA",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Skånes universitetssjukhus, Kvinnokliniken Malmö",
                        "SE2321000255-8WBX",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Helsingborgs lasarett, Ortopedkliniken",
                        "SE2321000255-HS39",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Möllevången", "SE2321000255-ULAZ", "tandvard"),
                    CareUnitSpec(
                        "Barn- och ungdomspsykiatri, BUP Malmö",
                        "SE2321000255-Y5Y5",
                        "bup",
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
                        "primarvard",
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
                    CareUnitSpec("Vårdcentralen Gubbängen", "SE2321000016-330Z", "primarvard"),
                    CareUnitSpec("Vårdcentralen Tullinge", "SE2321000016-QWL3", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Gubbängen", "SE2321000016-X8SD", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Farsta", "SE2321000016-TUMK", "mvc"),
                    CareUnitSpec(
                        "Karolinska Universitetssjukhuset, Akutmottagningen Solna",
                        "SE2321000016-98DX",
                        "akut",
                    ),
                    CareUnitSpec("Södersjukhuset, Medicinkliniken", "SE2321000016-66W9", "medicin"),
                    CareUnitSpec("Södersjukhuset, Kirurgkliniken", "SE2321000016-99AJ", "kirurgi"),
                    CareUnitSpec(
                        "Sachsska barn- och ungdomssjukhuset, Barnmedicin",
                        "SE2321000016-EJBS",
                        "barn",
                    ),
                    CareUnitSpec("Södersjukhuset, Röntgenkliniken", "SE2321000016-71YE", "rontgen"),
                    CareUnitSpec(
                        "Karolinska Universitetslaboratoriet, Klinisk kemi Huddinge",
                        "SE2321000016-Q615",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Psykiatri Södra Stockholm, Öppenvårdsmottagning Farsta",
                        "SE2321000016-DEP3",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Psykiatri Södra Stockholm, Heldygnsvård Västberga",
                        "SE2321000016-D9BP",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Södersjukhuset, Kvinnokliniken",
                        "SE2321000016-6QGZ",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Danderyds sjukhus, Ortopedkliniken",
                        "SE2321000016-VYAF",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Hornstull", "SE2321000016-M1GM", "tandvard"),
                ),
            ),
            CareProviderSpec(
                name="Capio Närsjukvård AB",
                hsa_id="SE2321000016-0002",
                units=(CareUnitSpec("Capio Vårdcentral Solna", "SE2321000016-B4X5", "primarvard"),),
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
                    CareUnitSpec("Vårdcentralen Fröslunda", "SE2321000032-4TJL", "primarvard"),
                    CareUnitSpec("Vårdcentralen Oxelösund", "SE2321000032-5MBP", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Fröslunda", "SE2321000032-75QT", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Eskilstuna", "SE2321000032-4JE6", "mvc"),
                    CareUnitSpec("Mälarsjukhuset, Akutmottagningen", "SE2321000032-UGWQ", "akut"),
                    CareUnitSpec(
                        "Nyköpings lasarett, Medicinkliniken",
                        "SE2321000032-RCR7",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Nyköpings lasarett, Kirurgkliniken",
                        "SE2321000032-2CDT",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Barn- och ungdomskliniken",
                        "SE2321000032-U69S",
                        "barn",
                    ),
                    CareUnitSpec("Mälarsjukhuset, Röntgenkliniken", "SE2321000032-BYAJ", "rontgen"),
                    CareUnitSpec("Mälarsjukhuset, Klinisk kemi", "SE2321000032-DKXD", "lab"),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Katrineholm",
                        "SE2321000032-10J6",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Psykiatrisk slutenvård",
                        "SE2321000032-TBF3",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Kvinnokliniken",
                        "SE2321000032-18XN",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Mälarsjukhuset, Ortopedkliniken",
                        "SE2321000032-MMB1",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Strängnäs", "SE2321000032-KCKG", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Gottsunda", "SE2321000024-EV5F", "primarvard"),
                    CareUnitSpec("Vårdcentralen Tierp", "SE2321000024-WZPT", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Gottsunda", "SE2321000024-TV66", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Gottsunda", "SE2321000024-53H4", "mvc"),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Akutmottagningen",
                        "SE2321000024-RRBR",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Internmedicin",
                        "SE2321000024-VWVG",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Lasarettet i Enköping, Kirurgmottagningen",
                        "SE2321000024-GGV8",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Akademiska barnsjukhuset, Barnmedicin",
                        "SE2321000024-YWB0",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Bild- och funktionsmedicin",
                        "SE2321000024-PZVA",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Klinisk kemi och farmakologi",
                        "SE2321000024-GFKG",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Allmänpsykiatrisk mottagning Uppsala",
                        "SE2321000024-HUFD",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Allmänpsykiatrisk slutenvård",
                        "SE2321000024-XFPQ",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Akademiska sjukhuset, Kvinnosjukvård",
                        "SE2321000024-CPRV",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec("Akademiska sjukhuset, Ortopedi", "SE2321000024-AFDX", "ortopedi"),
                    CareUnitSpec("Folktandvården Sävja", "SE2321000024-7UNW", "tandvard"),
                ),
            ),
            CareProviderSpec(
                name="Praktikertjänst AB",
                hsa_id="SE2321000024-0002",
                units=(
                    CareUnitSpec(
                        "Praktikertjänst Tandvård Svartbäcken",
                        "SE2321000024-7QE9",
                        "tandvard",
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
                    CareUnitSpec("Vårdcentralen Gripen", "SE2321000156-6T3Q", "primarvard"),
                    CareUnitSpec("Vårdcentralen Kronoparken", "SE2321000156-21HW", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Gripen", "SE2321000156-QWAU", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Karlstad", "SE2321000156-7HDA", "mvc"),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Akutmottagningen",
                        "SE2321000156-FETB",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Medicinkliniken",
                        "SE2321000156-MHK4",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Torsby sjukhus, Kirurgmottagningen",
                        "SE2321000156-N7DU",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Barn- och ungdomsmedicin",
                        "SE2321000156-R4PD",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Röntgenkliniken",
                        "SE2321000156-B08D",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Klinisk kemi",
                        "SE2321000156-KR05",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Arvika",
                        "SE2321000156-XJE6",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Karlstad, Slutenvård",
                        "SE2321000156-D7YU",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Kvinnokliniken",
                        "SE2321000156-7QVQ",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Centralsjukhuset Karlstad, Ortopedkliniken",
                        "SE2321000156-BTSR",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Arvika", "SE2321000156-X5N2", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Ersboda", "SE2321000222-G7X5", "primarvard"),
                    CareUnitSpec("Hälsocentralen Ålidhem", "SE2321000222-L401", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Ersboda", "SE2321000222-KFS2", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Umeå", "SE2321000222-T93K", "mvc"),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Akutmottagningen",
                        "SE2321000222-7E3R",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Medicinkliniken",
                        "SE2321000222-CFHV",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Skellefteå lasarett, Kirurgkliniken",
                        "SE2321000222-7MCE",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Barn- och ungdomskliniken",
                        "SE2321000222-HEU9",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Bild- och funktionsmedicin",
                        "SE2321000222-76W8",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Klinisk kemi",
                        "SE2321000222-L81P",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Skellefteå lasarett, Psykiatrisk öppenvård",
                        "SE2321000222-H9RN",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Psykiatrisk slutenvård",
                        "SE2321000222-TREB",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Kvinnokliniken",
                        "SE2321000222-S2F8",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Norrlands universitetssjukhus, Ortopedkliniken",
                        "SE2321000222-CHB6",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Vännäs", "SE2321000222-HC5H", "tandvard"),
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
                    CareUnitSpec("Hälsocentralen Bergsåker", "SE2321000206-GWFU", "primarvard"),
                    CareUnitSpec("Hälsocentralen Härnösand", "SE2321000206-9JDT", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Bergsåker", "SE2321000206-DJA5", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Sundsvall", "SE2321000206-TGH4", "mvc"),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Akutmottagningen",
                        "SE2321000206-JHLV",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Örnsköldsviks sjukhus, Medicinkliniken",
                        "SE2321000206-QFNK",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Sollefteå sjukhus, Kirurgmottagningen",
                        "SE2321000206-HD6H",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Barn- och ungdomskliniken",
                        "SE2321000206-Y0QF",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Röntgenkliniken",
                        "SE2321000206-GTF9",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Laboratoriemedicin",
                        "SE2321000206-MQE5",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Örnsköldsviks sjukhus, Psykiatrisk öppenvård",
                        "SE2321000206-YRUZ",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Psykiatrisk slutenvård",
                        "SE2321000206-E63U",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Kvinnokliniken",
                        "SE2321000206-WXD1",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Sundsvalls sjukhus, Ortopedkliniken",
                        "SE2321000206-DGYP",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Timrå", "SE2321000206-PHKU", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Skultuna", "SE2321000172-YZ9V", "primarvard"),
                    CareUnitSpec("Vårdcentralen Bäckby", "SE2321000172-RQCG", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Bäckby", "SE2321000172-WKXJ", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Västerås", "SE2321000172-6ZHD", "mvc"),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Akutmottagningen",
                        "SE2321000172-R5ZH",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Medicinkliniken",
                        "SE2321000172-VMTS",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Kirurgkliniken",
                        "SE2321000172-BD1H",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Barn- och ungdomskliniken",
                        "SE2321000172-HMEN",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Röntgenkliniken",
                        "SE2321000172-HAD8",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Klinisk kemi",
                        "SE2321000172-5RF7",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Psykiatrisk öppenvårdsmottagning Sala",
                        "SE2321000172-XV75",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Psykiatrisk slutenvård",
                        "SE2321000172-X0LH",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Västerås, Kvinnokliniken",
                        "SE2321000172-3UNT",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Västmanlands sjukhus Köping, Ortopedkliniken",
                        "SE2321000172-G44S",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Sala", "SE2321000172-WDGM", "tandvard"),
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
                        "primarvard",
                    ),
                    CareUnitSpec("Närhälsan Lerum vårdcentral", "SE2321000131-B170", "primarvard"),
                    CareUnitSpec("Närhälsan Majorna barnavårdscentral", "SE2321000131-K4K9", "bvc"),
                    CareUnitSpec(
                        "Närhälsan Majorna barnmorskemottagning",
                        "SE2321000131-NXX8",
                        "mvc",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Akutmottagningen Sahlgrenska",
                        "SE2321000131-DJB5",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Medicinkliniken Östra",
                        "SE2321000131-1RK0",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Skaraborgs sjukhus Skövde, Kirurgkliniken",
                        "SE2321000131-VBDY",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Drottning Silvias barn- och ungdomssjukhus, Barnmedicin",
                        "SE2321000131-3SQ2",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Röntgen Sahlgrenska",
                        "SE2321000131-A902",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Klinisk kemi",
                        "SE2321000131-613W",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Psykiatrisk öppenvård Östra",
                        "SE2321000131-7Y30",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Psykiatri Psykos slutenvård",
                        "SE2321000131-SJR8",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Kvinnokliniken Östra",
                        "SE2321000131-AGGG",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Sahlgrenska Universitetssjukhuset, Ortopedi Mölndal",
                        "SE2321000131-PG3D",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Majorna", "SE2321000131-D1D1", "tandvard"),
                ),
            ),
            CareProviderSpec(
                name="Praktikertjänst AB",
                hsa_id="SE2321000131-0002",
                units=(
                    CareUnitSpec(
                        "Praktikertjänst Tandvård Linnéstaden",
                        "SE2321000131-RB2L",
                        "tandvard",
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
                    CareUnitSpec("Vårdcentralen Tybble", "SE2321000164-A4GG", "primarvard"),
                    CareUnitSpec("Vårdcentralen Vivalla", "SE2321000164-RQ03", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Tybble", "SE2321000164-AWA6", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Örebro", "SE2321000164-PUCS", "mvc"),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Akutmottagningen",
                        "SE2321000164-6FFP",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Karlskoga lasarett, Medicinkliniken",
                        "SE2321000164-50FH",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Kirurgkliniken",
                        "SE2321000164-6H85",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Barn- och ungdomskliniken",
                        "SE2321000164-NZBC",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Röntgenkliniken",
                        "SE2321000164-EGT0",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Laboratoriemedicin",
                        "SE2321000164-5M6W",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Lindesbergs lasarett, Psykiatrisk öppenvård",
                        "SE2321000164-RE5V",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Psykiatrisk slutenvård",
                        "SE2321000164-9UYB",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Kvinnokliniken",
                        "SE2321000164-82K7",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset Örebro, Ortopedkliniken",
                        "SE2321000164-A96M",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Adolfsberg", "SE2321000164-36Q4", "tandvard"),
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
                    CareUnitSpec("Vårdcentralen Ekholmen", "SE2321000040-RQN2", "primarvard"),
                    CareUnitSpec("Vårdcentralen Kneippen", "SE2321000040-M70M", "primarvard"),
                    CareUnitSpec("Barnavårdscentralen Ekholmen", "SE2321000040-KAHE", "bvc"),
                    CareUnitSpec("Barnmorskemottagningen Linköping", "SE2321000040-L96C", "mvc"),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Akutmottagningen",
                        "SE2321000040-919T",
                        "akut",
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Medicinkliniken",
                        "SE2321000040-BW82",
                        "medicin",
                    ),
                    CareUnitSpec(
                        "Lasarettet i Motala, Kirurgkliniken",
                        "SE2321000040-4B22",
                        "kirurgi",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Barn- och ungdomskliniken",
                        "SE2321000040-RZ5C",
                        "barn",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Röntgenkliniken",
                        "SE2321000040-WATU",
                        "rontgen",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Klinisk kemi",
                        "SE2321000040-HLSA",
                        "lab",
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Psykiatrisk öppenvård Norrköping",
                        "SE2321000040-80XD",
                        "psykiatri_oppen",
                    ),
                    CareUnitSpec(
                        "Psykiatriska kliniken Linköping, Slutenvård",
                        "SE2321000040-REKQ",
                        "psykiatri_sluten",
                    ),
                    CareUnitSpec(
                        "Universitetssjukhuset i Linköping, Kvinnokliniken",
                        "SE2321000040-5E2R",
                        "kvinnoklinik",
                    ),
                    CareUnitSpec(
                        "Vrinnevisjukhuset, Ortopedkliniken",
                        "SE2321000040-BBE8",
                        "ortopedi",
                    ),
                    CareUnitSpec("Folktandvården Ryd", "SE2321000040-7XGR", "tandvard"),
                ),
            ),
        ),
    ),
)
