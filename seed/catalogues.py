"""Swedish clinical catalogues for the deterministic seed generator.

Data: ICD-10-SE diagnoses with their Swedish texts, the national childhood
vaccination programme (Folkhälsomyndigheten), drugs sold in Sweden with ATC
codes, laboratory analyses with Swedish naming and reference intervals (by sex,
children's where they differ), note, referral and radiology templates, growth
references and the maternity care programme; and the limits of Swedish practice
the generator keeps and seed/check_world.py enforces ("Who may have what"). All
clinical text is in Swedish, as citizens read it in Journalen. Note templates
may use the placeholders {name}, {age}, {diagnosis_text}, {diagnosis_code},
{home_region} (the patient's region), {visit_age} (a BVC visit's programme age,
"3 månaders"), the vital signs {bp}, {pulse}, {rhythm}, {temp}, {sat}, {rr}, {nrs}
and {fhr} (a fetal heart rate), drawn for the visit (seed/generate.py, VITALS),
and alternatives "[a|b]" (NoteTemplate), and no others.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from demo.domain.kinds import UnitKind


def _lines(*parts: str) -> str:
    """Join the paragraphs of a template text with line breaks."""
    return "\n".join(parts)


# --- Diagnoses ----------------------------------------------------------------


@dataclass(frozen=True)
class Diagnosis:
    """An ICD-10-SE code with its official Swedish text, and who it is likely in.

    `ages` (years, both ends included) and `sex` narrow a diagnosis to the people a
    clinician would expect it in; the hard limits (no man has N95) are CODE_SEX and
    CODE_AGES below, which the world check enforces.
    """

    code: str
    text: str
    chronic: bool
    ages: tuple[int, int] = (0, 120)
    sex: str | None = None


DIAGNOSES_ADULT: tuple[Diagnosis, ...] = (
    Diagnosis("I10", "Essentiell hypertoni", True, (35, 120)),
    Diagnosis("E11.9", "Diabetes mellitus typ 2 utan komplikationer", True, (35, 120)),
    Diagnosis("E78.0", "Ren hyperkolesterolemi", True, (40, 120)),
    Diagnosis("E03.9", "Hypotyreos, ospecificerad", True),
    Diagnosis("J06.9", "Akut övre luftvägsinfektion, ospecificerad", False),
    Diagnosis("J03.0", "Streptokocktonsillit", False),
    Diagnosis("J01.9", "Akut sinuit, ospecificerad", False),
    Diagnosis("J20.9", "Akut bronkit, ospecificerad", False),
    Diagnosis("J18.9", "Pneumoni, ospecificerad", False),
    Diagnosis("J45.9", "Astma, ospecificerad", True),
    Diagnosis("J30.1", "Allergisk rinit orsakad av pollen", True),
    Diagnosis("N30.0", "Akut cystit", False, sex="F"),  # in men, a complicated UTI
    Diagnosis("N39.0", "Urinvägsinfektion utan angiven lokalisation", False),
    Diagnosis("M54.5", "Lumbago", False),
    Diagnosis("M54.2", "Cervikalgi", False),
    Diagnosis("M79.1", "Myalgi", False),
    Diagnosis("M10.9", "Gikt, ospecificerad", True, (45, 120)),
    Diagnosis("K21.9", "Gastroesofageal refluxsjukdom utan esofagit", True),
    Diagnosis("K59.0", "Förstoppning", False),
    Diagnosis("K58.9", "Colon irritabile utan diarré", True),
    Diagnosis("K80.2", "Gallsten utan kolecystit", False, (25, 120)),
    Diagnosis("R10.4", "Andra och ospecificerade buksmärtor", False),
    Diagnosis("R07.4", "Bröstsmärtor, ospecificerade", False, (25, 120)),
    Diagnosis("R51", "Huvudvärk", False),
    Diagnosis("G43.9", "Migrän, ospecificerad", True, (12, 70)),
    Diagnosis("D50.9", "Järnbristanemi, ospecificerad", False),
    Diagnosis("B02.9", "Bältros utan komplikation", False),
    Diagnosis("L30.9", "Dermatit, ospecificerad", False),
    Diagnosis("L40.0", "Psoriasis vulgaris", True),
    # The first S code in the catalogues: the teen story pairs it with a wrist X-ray.
    Diagnosis("S52.5", "Fraktur på nedre delen av radius", False),
    Diagnosis("U07.1", "Covid-19, virus identifierat", False),
    Diagnosis("G47.3", "Sömnapné", True, (35, 120)),
    Diagnosis("E66.9", "Fetma, ospecificerad", True),
    Diagnosis("N95.1", "Menopausala och klimakteriska tillstånd hos kvinnor", False, (45, 60), "F"),
    Diagnosis("H10.0", "Mukopurulent konjunktivit", False),
)

# The first eight are the elderly story's long-standing diagnoses; each has drugs.
DIAGNOSES_ELDERLY: tuple[Diagnosis, ...] = (
    Diagnosis("I50.9", "Hjärtsvikt, ospecificerad", True),
    Diagnosis("I48.9", "Förmaksflimmer och förmaksfladder, ospecificerat", True),
    Diagnosis("J44.9", "Kroniskt obstruktiv lungsjukdom, ospecificerad", True),
    Diagnosis("E11.9", "Diabetes mellitus typ 2 utan komplikationer", True, (35, 120)),
    Diagnosis("I10", "Essentiell hypertoni", True, (35, 120)),
    Diagnosis("M17.1", "Annan primär gonartros", True),
    Diagnosis("M81.9", "Osteoporos, ospecificerad", True),
    Diagnosis("E78.0", "Ren hyperkolesterolemi", True, (40, 120)),
    Diagnosis("I25.1", "Aterosklerotisk hjärtsjukdom", True),
    Diagnosis("I21.4", "Akut subendokardiell hjärtinfarkt", False),
    Diagnosis("I63.9", "Cerebral infarkt, ospecificerad", False),
    Diagnosis("G45.9", "Transitorisk cerebral ischemi, ospecificerad", False),
    Diagnosis("N18.3", "Kronisk njursjukdom, stadium 3", True),
    Diagnosis("G30.1", "Alzheimers sjukdom med sen debut", True, (65, 120)),
    Diagnosis("F01.9", "Vaskulär demens, ospecificerad", True),
    Diagnosis("F03.9", "Ospecificerad demens", True),
    Diagnosis("S72.0", "Fraktur på lårbenshalsen", False),
    Diagnosis("M16.1", "Annan primär koxartros", True),
    Diagnosis("H25.9", "Senil katarakt, ospecificerad", False, (55, 120)),
    Diagnosis("H35.3", "Degeneration av gula fläcken och bakre polen", True),
    Diagnosis("R42", "Yrsel och svindel", False),
    Diagnosis(
        "J44.1", "Kroniskt obstruktiv lungsjukdom med akut exacerbation, ospecificerad", False
    ),
    Diagnosis("E87.1", "Hypoosmolalitet och hyponatremi", False),
    Diagnosis("D51.9", "B12-bristanemi, ospecificerad", True),
    Diagnosis("N39.0", "Urinvägsinfektion utan angiven lokalisation", False),
    Diagnosis("E03.9", "Hypotyreos, ospecificerad", True),
)

DIAGNOSES_CHILD: tuple[Diagnosis, ...] = (
    Diagnosis("H66.0", "Akut varig mediaotit", False),
    Diagnosis("H66.9", "Otitis media, ospecificerad", False),
    Diagnosis(
        "J21.0",
        "Akut bronkiolit orsakad av respiratoriskt syncytialvirus (RS-virus)",
        False,
        (0, 1),
    ),
    Diagnosis("A08.0", "Rotavirusenterit", False, (0, 5)),
    Diagnosis("A09.9", "Gastroenterit och kolit av ospecificerat ursprung", False),
    Diagnosis("J45.9", "Astma, ospecificerad", True),
    Diagnosis("L20.9", "Atopiskt eksem, ospecificerat", True),
    Diagnosis("E10.9", "Diabetes mellitus typ 1 utan komplikationer", True),
    Diagnosis("J03.0", "Streptokocktonsillit", False),
    Diagnosis("J05.0", "Akut obstruktiv laryngit (krupp)", False, (0, 5)),
    Diagnosis("B01.9", "Vattkoppor utan komplikation", False),
    Diagnosis("J06.9", "Akut övre luftvägsinfektion, ospecificerad", False),
    Diagnosis("R50.9", "Feber, ospecificerad", False),
    Diagnosis("K59.0", "Förstoppning", False),
    Diagnosis("L01.0", "Impetigo", False),
    Diagnosis("H10.0", "Mukopurulent konjunktivit", False),
    Diagnosis("L22", "Blöjdermatit", False, (0, 2)),
    Diagnosis("B86", "Skabb", False),
)

DIAGNOSES_PSYCHIATRY: tuple[Diagnosis, ...] = (
    Diagnosis("F32.1", "Medelsvår depressiv episod", False),
    Diagnosis("F32.0", "Lindrig depressiv episod", False),
    Diagnosis("F33.1", "Recidiverande depression, medelsvår episod", True),
    Diagnosis("F41.1", "Generaliserat ångestsyndrom", True),
    Diagnosis("F41.0", "Paniksyndrom (episodisk paroxysmal ångest)", False),
    Diagnosis("F43.1", "Posttraumatiskt stressyndrom", False),
    Diagnosis("F43.8A", "Utmattningssyndrom", False),
    Diagnosis("F20.0", "Paranoid schizofreni", True),
    Diagnosis("F31.1", "Bipolär sjukdom, episod av mani utan psykotiska symtom", True),
    Diagnosis("F31.3", "Bipolär sjukdom, lindrig eller medelsvår depressiv episod", True),
    Diagnosis(
        "F10.2",
        "Psykiska störningar och beteendestörningar orsakade av alkohol: beroendesyndrom",
        True,
    ),
    Diagnosis("F60.3", "Emotionellt instabil personlighetsstörning", True),
    Diagnosis("F90.0", "Aktivitets- och uppmärksamhetsstörning", True),
    Diagnosis("F50.0", "Anorexia nervosa", True),
)

DIAGNOSES_PREGNANCY: tuple[Diagnosis, ...] = (
    Diagnosis("Z34.0", "Övervakning av normal första graviditet", False),
    Diagnosis("Z34.8", "Övervakning av annan normal graviditet", False),
    Diagnosis("Z34.9", "Övervakning av normal graviditet, ospecificerad", False),
    Diagnosis("Z35.5", "Övervakning av äldre förstföderska", False),
    Diagnosis("O21.0", "Lindrig hyperemesis gravidarum", False),
    Diagnosis("O99.0", "Anemi som komplicerar graviditet, förlossning och barnsängstid", False),
    Diagnosis("O24.4", "Diabetes mellitus som uppkommit under graviditeten", False),
)


# --- Vaccinations -------------------------------------------------------------


@dataclass(frozen=True)
class Vaccine:
    """A vaccine product as recorded at vaccination."""

    name: str
    target_diseases: str
    manufacturer: str
    route: str
    site: str


@dataclass(frozen=True)
class ScheduledDose:
    """One dose of the national childhood programme."""

    age_days: int
    vaccine: Vaccine
    dose_number: int
    given_at: str  # "bvc" or "elevhalsa"


_ROTARIX = Vaccine("Rotarix", "Rotavirusinfektion", "GlaxoSmithKline", "Peroralt", "Munnen")
_INFANRIX_HEXA = Vaccine(
    "Infanrix hexa",
    "Difteri, stelkramp, kikhosta, polio, Hib, hepatit B",
    "GlaxoSmithKline",
    "Intramuskulärt",
    "Höger lår",
)
_SYNFLORIX = Vaccine(
    "Synflorix", "Pneumokockinfektion", "GlaxoSmithKline", "Intramuskulärt", "Vänster lår"
)
_MMR = Vaccine(
    "M-M-RVAXPRO", "Mässling, påssjuka, röda hund", "MSD", "Subkutant", "Vänster överarm"
)
_TETRAVAC = Vaccine(
    "Tetravac",
    "Difteri, stelkramp, kikhosta, polio",
    "Sanofi Pasteur",
    "Intramuskulärt",
    "Vänster överarm",
)
_GARDASIL_9 = Vaccine(
    "Gardasil 9", "Humant papillomvirus (HPV)", "MSD", "Intramuskulärt", "Vänster överarm"
)
_BOOSTRIX = Vaccine(
    "Boostrix",
    "Difteri, stelkramp, kikhosta",
    "GlaxoSmithKline",
    "Intramuskulärt",
    "Vänster överarm",
)

# Ages: 6 weeks = 42 days, 3 months = 91, 5 months = 152, 12 months = 365,
# 18 months = 548, 5 years = 1826, 8 years (åk 2) = 2922, 11 years (åk 5) = 4018,
# 14 years (åk 8) = 5114.
CHILDHOOD_PROGRAMME: tuple[ScheduledDose, ...] = (
    ScheduledDose(42, _ROTARIX, 1, "bvc"),
    ScheduledDose(91, _ROTARIX, 2, "bvc"),
    ScheduledDose(91, _INFANRIX_HEXA, 1, "bvc"),
    ScheduledDose(91, _SYNFLORIX, 1, "bvc"),
    ScheduledDose(152, _INFANRIX_HEXA, 2, "bvc"),
    ScheduledDose(152, _SYNFLORIX, 2, "bvc"),
    ScheduledDose(365, _INFANRIX_HEXA, 3, "bvc"),
    ScheduledDose(365, _SYNFLORIX, 3, "bvc"),
    ScheduledDose(548, _MMR, 1, "bvc"),
    # Fourth dose against diphtheria, tetanus, pertussis and polio.
    ScheduledDose(1826, _TETRAVAC, 4, "bvc"),
    # MMR dose 2 is given in school year 1–2 (6–8 years).
    ScheduledDose(2922, _MMR, 2, "elevhalsa"),
    # HPV for girls and boys in school year 5, two doses at least six months apart.
    ScheduledDose(4018, _GARDASIL_9, 1, "elevhalsa"),
    ScheduledDose(4200, _GARDASIL_9, 2, "elevhalsa"),
    # Fifth dose against diphtheria, tetanus and pertussis in school year 8–9.
    ScheduledDose(5114, _BOOSTRIX, 5, "elevhalsa"),
)

ADULT_VACCINES: tuple[Vaccine, ...] = (
    Vaccine("Vaxigrip Tetra", "Influensa", "Sanofi Pasteur", "Intramuskulärt", "Vänster överarm"),
    Vaccine("Comirnaty", "Covid-19", "BioNTech/Pfizer", "Intramuskulärt", "Vänster överarm"),
    Vaccine(
        "FSME-Immun Vuxen",
        "Fästingburen encefalit (TBE)",
        "Pfizer",
        "Intramuskulärt",
        "Vänster överarm",
    ),
    Vaccine("Prevenar 20", "Pneumokockinfektion", "Pfizer", "Intramuskulärt", "Höger överarm"),
    Vaccine("Pneumovax", "Pneumokockinfektion", "MSD", "Intramuskulärt", "Höger överarm"),
    Vaccine(
        "Twinrix Vuxen",
        "Hepatit A, hepatit B",
        "GlaxoSmithKline",
        "Intramuskulärt",
        "Vänster överarm",
    ),
    Vaccine("Havrix 1440", "Hepatit A", "GlaxoSmithKline", "Intramuskulärt", "Vänster överarm"),
    Vaccine("Engerix-B", "Hepatit B", "GlaxoSmithKline", "Intramuskulärt", "Vänster överarm"),
    _BOOSTRIX,
    Vaccine("Shingrix", "Bältros", "GlaxoSmithKline", "Intramuskulärt", "Vänster överarm"),
)


# --- Laboratory -------------------------------------------------------------------


@dataclass(frozen=True)
class ChildInterval:
    """A paediatric reference interval: for ages below `until_age` years (and one sex, if set)."""

    until_age: int
    low: float | None
    high: float | None
    typical: float
    sex: str | None = None


@dataclass(frozen=True)
class OlderInterval:
    """An older adult's reference interval: from `from_age` years (both sexes)."""

    from_age: int
    low: float | None
    high: float | None
    typical: float


@dataclass(frozen=True)
class Analysis:
    """A laboratory analysis with its reference intervals.

    Where Swedish laboratories report sex-specific intervals, low/high/typical
    are the women's and the male_* fields hold the men's; None means that the
    interval is the same for both sexes. `children` lists the paediatric intervals
    where they differ from the adults' (youngest first); `adults_only` marks an
    analysis not reported for children (eGFR by LMrev is an adult equation).
    """

    name: str
    code: str  # NPU code, "" where not known
    unit: str
    low: float | None
    high: float | None
    typical: float
    spread: float
    decimals: int
    male_interval: tuple[float | None, float | None] | None = None
    male_typical: float | None = None
    children: tuple[ChildInterval, ...] = ()
    adults_only: bool = False
    # Intervals for older adults, where they differ (youngest band first).
    older: tuple[OlderInterval, ...] = ()


@dataclass(frozen=True)
class Interval:
    low: float | None
    high: float | None
    typical: float


def reference_interval(analysis: Analysis, sex: str, age: int) -> Interval | None:
    """The interval a Swedish laboratory judges this patient's value by, at this age
    (whole years); None when the analysis is not reported at this age."""
    if age < 18:
        if analysis.adults_only:
            return None
        for band in analysis.children:
            if age < band.until_age and band.sex in (None, sex):
                return Interval(band.low, band.high, band.typical)
    for older in reversed(analysis.older):
        if age >= older.from_age:
            return Interval(older.low, older.high, older.typical)
    if sex == "M" and analysis.male_interval is not None:
        low, high = analysis.male_interval
        return Interval(low, high, analysis.male_typical or analysis.typical)
    return Interval(analysis.low, analysis.high, analysis.typical)


@dataclass(frozen=True)
class LabPanel:
    """An order as citizens see it, with its analyses."""

    name: str
    discipline: str
    analyses: tuple[Analysis, ...]
    # ICD-10-SE code prefixes of the diagnoses a health centre orders the panel for.
    for_codes: tuple[str, ...] = ()


# Paediatric intervals are rounded from Swedish university laboratories' tables (after
# the neonatal period); at 12–17 years girls have the women's Hb and creatinine.
_HB = Analysis(
    "B-Hb",
    "NPU28309",
    "g/L",
    117,
    153,
    135,
    10,
    0,
    (134, 170),
    150,
    children=(
        ChildInterval(1, 95, 135, 115),
        ChildInterval(2, 105, 135, 120),
        ChildInterval(6, 110, 140, 125),
        ChildInterval(12, 115, 150, 130),
        ChildInterval(18, 120, 165, 142, "M"),
    ),
)
_LPK = Analysis(
    "B-Leukocyter",
    "NPU02593",
    "×10⁹/L",
    3.5,
    8.8,
    6.0,
    1.4,
    1,
    children=(
        ChildInterval(2, 6.0, 17.0, 10.0),
        ChildInterval(6, 5.0, 15.0, 8.5),
        ChildInterval(12, 4.5, 13.0, 7.5),
        ChildInterval(18, 4.5, 11.0, 6.5),
    ),
)
_TPK = Analysis(
    "B-Trombocyter",
    "NPU03568",
    "×10⁹/L",
    165,
    387,
    260,
    50,
    0,
    (145, 348),
    240,
    children=(ChildInterval(12, 150, 450, 300),),
)
_EPK = Analysis("B-Erytrocyter", "NPU01960", "×10¹²/L", 3.94, 5.16, 4.5, 0.3, 2, (4.25, 5.71), 5.0)
_MCV = Analysis("Erc(B)-MCV", "NPU01944", "fL", 82, 98, 90, 4, 0)
_NEUTRO = Analysis("B-Neutrofila", "NPU02902", "×10⁹/L", 1.6, 5.9, 3.5, 1.0, 1)
_NA = Analysis("P-Natrium", "NPU03429", "mmol/L", 137, 145, 140, 2, 0)
_K = Analysis("P-Kalium", "NPU03230", "mmol/L", 3.5, 4.4, 4.0, 0.25, 1)
_KREA = Analysis(
    "P-Kreatinin",
    "NPU04998",
    "µmol/L",
    45,
    90,
    68,
    12,
    0,
    (60, 105),
    84,
    children=(
        ChildInterval(1, 14, 34, 22),
        ChildInterval(3, 15, 31, 23),
        ChildInterval(5, 23, 37, 30),
        ChildInterval(7, 25, 42, 33),
        ChildInterval(9, 30, 48, 38),
        ChildInterval(11, 28, 57, 42),
        ChildInterval(13, 37, 63, 50),
        ChildInterval(15, 40, 72, 55),
        ChildInterval(18, 55, 95, 75, "M"),
    ),
)
# Never drawn: the laboratory computes it from the creatinine, age and sex (lmrev_egfr).
_EGFR = Analysis("eGFR (LMrev)", "", "mL/min/1,73 m²", 60, None, 88, 15, 0, adults_only=True)
EGFR_NAME = _EGFR.name
CREATININE_NAME = _KREA.name
_CA = Analysis("P-Kalcium", "NPU01443", "mmol/L", 2.15, 2.50, 2.35, 0.08, 2)
_ALB = Analysis("P-Albumin", "NPU19673", "g/L", 36, 45, 40, 2.5, 0)
_VITD = Analysis("P-25-OH Vitamin D", "", "nmol/L", 50, None, 65, 20, 0)
_CRP = Analysis("P-CRP", "NPU19748", "mg/L", None, 5, 2, 2, 0)
_SR = Analysis("B-SR", "", "mm", None, 20, 8, 5, 0, (None, 15), 6)
_HBA1C = Analysis("B-HbA1c", "NPU27300", "mmol/mol", 27, 42, 37, 4, 0)
_GLUKOS = Analysis("fP-Glukos", "NPU02192", "mmol/L", 4.2, 6.0, 5.3, 0.5, 1)
_UALB = Analysis("U-Albumin/Kreatinin", "", "g/mol", None, 3.0, 1.0, 0.8, 1)
_KOL = Analysis("P-Kolesterol", "NPU01566", "mmol/L", None, 5.0, 5.0, 0.9, 1)
_LDL = Analysis("P-LDL-kolesterol", "NPU01568", "mmol/L", None, 3.0, 3.0, 0.8, 1)
_HDL = Analysis("P-HDL-kolesterol", "NPU01567", "mmol/L", 1.0, None, 1.5, 0.35, 1)
_TG = Analysis("P-Triglycerid", "NPU04094", "mmol/L", None, 1.7, 1.3, 0.5, 1)
_TSH = Analysis("P-TSH", "NPU03577", "mIE/L", 0.4, 4.0, 1.8, 0.8, 1)
_FT4 = Analysis("P-T4, fritt", "NPU03579", "pmol/L", 12, 22, 16, 2, 0)
_ALAT = Analysis("P-ALAT", "NPU19651", "µkat/L", 0.15, 0.75, 0.35, 0.15, 2, (0.15, 1.1), 0.5)
_ASAT = Analysis("P-ASAT", "NPU19654", "µkat/L", 0.25, 0.60, 0.35, 0.1, 2, (0.25, 0.75), 0.4)
# Children's ALP is high while the bones grow, highest in the growth spurt.
_ALP = Analysis(
    "P-ALP",
    "NPU27783",
    "µkat/L",
    0.6,
    1.8,
    1.1,
    0.25,
    1,
    children=(
        ChildInterval(10, 2.0, 6.5, 4.0),
        ChildInterval(15, 2.0, 8.0, 4.5),
        ChildInterval(18, 0.8, 3.5, 1.8, "F"),
        ChildInterval(18, 1.3, 6.0, 3.0, "M"),
    ),
)
_GT = Analysis("P-GT", "NPU19657", "µkat/L", 0.15, 0.75, 0.3, 0.2, 2, (0.15, 1.9), 0.45)
_BILI = Analysis("P-Bilirubin", "NPU01370", "µmol/L", 5, 25, 10, 4, 0)
# NT-proBNP rises with age: Swedish laboratories judge it by <125 ng/L under 75 years and
# <450 ng/L from 75.
_NTPROBNP = Analysis(
    "P-NT-proBNP",
    "NPU21571",
    "ng/L",
    None,
    125,
    70,
    90,
    0,
    older=(OlderInterval(75, None, 450, 170),),
)
_TNT = Analysis("P-Troponin T (hs)", "", "ng/L", None, 15, 6, 4, 0)
_INR = Analysis("PK(INR)", "NPU01685", "", 0.9, 1.2, 1.0, 0.08, 1)
_FIBRINOGEN = Analysis("P-Fibrinogen", "", "g/L", 2.0, 4.2, 3.0, 0.5, 1)
_FERRITIN = Analysis("P-Ferritin", "NPU19763", "µg/L", 13, 150, 60, 40, 0, (30, 400), 150)
_B12 = Analysis("P-Kobalamin", "", "pmol/L", 140, 650, 350, 120, 0)
_FOLAT = Analysis("P-Folat", "", "nmol/L", 7, None, 18, 6, 0)

# The first analysis of a panel is the one the stories shift to make abnormal.
LAB_PANELS: tuple[LabPanel, ...] = (
    LabPanel("Blodstatus", "Klinisk kemi", (_HB, _EPK, _MCV, _LPK, _TPK)),
    LabPanel(
        "Elektrolyter och njurfunktion",
        "Klinisk kemi",
        (_KREA, _EGFR, _NA, _K),
        ("I10", "M10", "N18"),
    ),
    LabPanel("Blodfetter", "Klinisk kemi", (_KOL, _LDL, _HDL, _TG), ("E78", "I25")),
    LabPanel("Sköldkörtelprover", "Klinisk kemi", (_TSH, _FT4), ("E03",)),
    LabPanel("Leverprover", "Klinisk kemi", (_ALAT, _ASAT, _ALP, _GT, _BILI, _ALB), ("K80", "R10")),
    LabPanel("Diabeteskontroll", "Klinisk kemi", (_HBA1C, _GLUKOS, _UALB), ("E10", "E11")),
    LabPanel(
        "Inflammation",
        "Klinisk kemi",
        (_CRP, _LPK, _NEUTRO, _SR),
        ("J01", "J03", "J06", "J18", "J20", "N30", "N39", "R51", "M79"),
    ),
    LabPanel("Hjärtsvikt", "Klinisk kemi", (_NTPROBNP, _NA, _K, _KREA)),
    LabPanel("Koagulation", "Klinisk kemi", (_INR, _TPK, _FIBRINOGEN)),
    LabPanel(
        "Anemiutredning", "Klinisk kemi", (_FERRITIN, _HB, _MCV, _B12, _FOLAT), ("D50", "D51")
    ),
    LabPanel("Hjärtskademarkör", "Klinisk kemi", (_TNT,)),
    LabPanel("Kalk och D-vitamin", "Klinisk kemi", (_CA, _ALB, _VITD), ("M81",)),
)


def lmrev_egfr(creatinine: float, age: int, sex: str) -> int:
    """The eGFR (mL/min/1.73 m²) Swedish laboratories report beside a creatinine: the
    revised Lund-Malmö equation (Björk et al. 2011), creatinine in µmol/L, age in years."""
    if sex == "F":
        x = (
            2.50 + 0.0121 * (150 - creatinine)
            if creatinine < 150
            else 2.50 - 0.926 * math.log(creatinine / 150)
        )
    else:
        x = (
            2.56 + 0.00968 * (180 - creatinine)
            if creatinine < 180
            else 2.56 - 0.926 * math.log(creatinine / 180)
        )
    return round(math.exp(x - 0.0158 * age + 0.438 * math.log(age)))


# How far an eGFR may lie from the one its creatinine gives (rounding, the age in days).
EGFR_TOLERANCE = 2


@dataclass(frozen=True)
class DiseaseValues:
    """What an analysis shows in a patient with a diagnosis (ICD-10-SE code prefixes), in
    place of a healthy person's typical value and spread; values are kept within
    `low`–`high`, as the treated disease keeps them (a treated diabetic's HbA1c stays
    above the healthy interval; a heart failure's NT-proBNP is raised). A chronic
    diagnosis holds from the day it is set; another for DISEASE_VALUES_DAYS."""

    codes: tuple[str, ...]
    analysis: str
    typical: float
    spread: float
    low: float
    high: float


DISEASE_VALUES: tuple[DiseaseValues, ...] = (
    # Swedish diabetics' HbA1c lies mostly at 50–75 mmol/mol (NDR); children with type 1
    # a little higher than adults with type 2.
    DiseaseValues(("E10",), "B-HbA1c", 60, 8, 48, 90),
    DiseaseValues(("E11",), "B-HbA1c", 54, 7, 46, 80),
    DiseaseValues(("E10",), "fP-Glukos", 8.5, 2.0, 5.0, 15.0),
    DiseaseValues(("E11",), "fP-Glukos", 7.8, 1.4, 6.0, 12.0),
    # Iron deficiency: small red cells, low ferritin; B12 deficiency: large red cells.
    DiseaseValues(("D50",), "Erc(B)-MCV", 76, 4, 65, 81),
    DiseaseValues(("D50",), "P-Ferritin", 8, 4, 2, 12),
    DiseaseValues(("D51",), "Erc(B)-MCV", 104, 4, 99, 115),
    DiseaseValues(("D51",), "P-Kobalamin", 100, 25, 60, 135),
    # Chronic heart failure: hundreds to thousands of ng/L, higher when it worsens.
    DiseaseValues(("I50",), "P-NT-proBNP", 1600, 700, 450, 30000),
)


DISEASE_VALUES_DAYS = 180


def disease_values(analysis: str, codes: Iterable[str]) -> DiseaseValues | None:
    """The values a patient with these diagnoses has for an analysis (None: a healthy
    person's)."""
    known = tuple(codes)
    return next(
        (
            values
            for values in DISEASE_VALUES
            if values.analysis == analysis and any(code.startswith(values.codes) for code in known)
        ),
        None,
    )


HBA1C_NAME = _HBA1C.name
NT_PROBNP_NAME = _NTPROBNP.name
# Values a clinician does not believe beside a diagnosis: a treated diabetic with a
# healthy HbA1c, a heart failure with an NT-proBNP that rules heart failure out.
DIABETES_CODES = ("E10", "E11")
DIABETES_DRUGS = "A10"  # ATC: insulins and blood glucose lowering drugs
HEART_FAILURE_CODES = ("I50",)
HBA1C_DIABETIC_FROM = 42  # mmol/mol, the top of the healthy interval
NT_PROBNP_HEART_FAILURE_FROM = 125  # ng/L, below which heart failure is unlikely

# A unit takes one analysis once a day unless it is clearly a new sample, hours later
# (another unit, at another visit, takes its own).
REPEAT_SAMPLE_HOURS = 4


def panel_for(code: str) -> LabPanel:
    """The panel a health centre orders for a diagnosis: its own, or a blood count."""
    return next((panel for panel in LAB_PANELS if code.startswith(panel.for_codes)), LAB_PANELS[0])


@dataclass(frozen=True)
class MicrobiologyResult:
    """A microbiology report as the laboratory writes it."""

    name: str
    specimen: str
    result_text: str
    positive: bool


MICROBIOLOGY: tuple[MicrobiologyResult, ...] = (
    MicrobiologyResult(
        "Odling urin",
        "Urin, mittstråle",
        _lines(
            "Escherichia coli, ≥10⁷ CFU/L.",
            "",
            "Resistensbestämning (S = känslig, R = resistent):",
            "Mecillinam S",
            "Nitrofurantoin S",
            "Trimetoprim R",
            "Ciprofloxacin S",
            "Cefadroxil S",
        ),
        True,
    ),
    MicrobiologyResult(
        "Odling urin",
        "Urin, mittstråle",
        "Ingen växt av urinvägspatogena bakterier.",
        False,
    ),
    MicrobiologyResult(
        "Odling urin",
        "Urin, mittstråle",
        _lines(
            "Blandflora, sannolikt kontamination.",
            "Ny provtagning rekommenderas vid kvarstående symtom.",
        ),
        False,
    ),
    MicrobiologyResult(
        "Snabbtest Streptokocker grupp A",
        "Svalgprov",
        "Positivt. Antigen från betahemolytiska streptokocker grupp A påvisat.",
        True,
    ),
    MicrobiologyResult(
        "Snabbtest Streptokocker grupp A",
        "Svalgprov",
        "Negativt. Antigen från betahemolytiska streptokocker grupp A ej påvisat.",
        False,
    ),
    MicrobiologyResult(
        "SARS-CoV-2 PCR",
        "Nasofarynxprov",
        "SARS-CoV-2 RNA ej påvisat.",
        False,
    ),
    MicrobiologyResult(
        "Influensa A/B och RS-virus PCR",
        "Nasofarynxprov",
        _lines(
            "Influensa A-virus RNA påvisat.",
            "Influensa B-virus RNA ej påvisat.",
            "RS-virus RNA ej påvisat.",
        ),
        True,
    ),
    MicrobiologyResult(
        "RS-virus antigen",
        "Nasofarynxaspirat",
        "Positivt. RS-virusantigen påvisat.",
        True,
    ),
    MicrobiologyResult(
        "Klamydia och gonorré PCR",
        "Urin, första portion",
        _lines(
            "Chlamydia trachomatis DNA ej påvisat.",
            "Neisseria gonorrhoeae DNA ej påvisat.",
        ),
        False,
    ),
    MicrobiologyResult(
        "Klamydia och gonorré PCR",
        "Vaginalprov, självtaget",
        _lines(
            "Chlamydia trachomatis DNA påvisat.",
            "Neisseria gonorrhoeae DNA ej påvisat.",
            "Anmälningspliktig enligt smittskyddslagen. Smittspårning ska genomföras.",
        ),
        True,
    ),
    MicrobiologyResult(
        "Blododling",
        "Blod, två flaskpar",
        "Ingen växt efter 5 dygns inkubering.",
        False,
    ),
    MicrobiologyResult(
        "Odling sår",
        "Sårsekret, underben",
        _lines(
            "Rikligt med Staphylococcus aureus.",
            "Sparsamt med hudflora.",
            "",
            "Resistensbestämning (S = känslig, R = resistent):",
            "Flukloxacillin (isoxazolylpenicillin) S",
            "Klindamycin S",
            "Trimetoprim-sulfametoxazol S",
        ),
        True,
    ),
    MicrobiologyResult(
        "Calicivirus PCR",
        "Feces",
        "Norovirus genogrupp II RNA påvisat.",
        True,
    ),
    MicrobiologyResult(
        "Helicobacter pylori antigen",
        "Feces",
        "Negativt. Helicobacter pylori-antigen ej påvisat.",
        False,
    ),
)


# --- Drugs ----------------------------------------------------------------------


@dataclass(frozen=True)
class Drug:
    """A prescription as it appears in the medication list."""

    name: str
    atc: str
    form: str
    strength: str
    dosage: str
    reason: str  # the citizen-facing "ändamål"
    for_diagnosis_code: str  # an ICD-10-SE code from the catalogues, or "" for general
    # The ages (years, both ends included) the form and strength are for.
    ages: tuple[int, int] = (18, 120)


_FILM = "Filmdragerad tablett"
_PEN = "Injektionsvätska, lösning i förfylld injektionspenna"

# For each diagnosis code the first drug listed is the usual first choice.
DRUGS: tuple[Drug, ...] = (
    # Cardiovascular and metabolic
    Drug(
        "Enalapril Sandoz",
        "C09AA02",
        "Tablett",
        "10 mg",
        "1 tablett 1 gång dagligen",
        "Mot högt blodtryck",
        "I10",
    ),
    Drug(
        "Amlodipin Krka",
        "C08CA01",
        "Tablett",
        "5 mg",
        "1 tablett 1 gång dagligen",
        "Mot högt blodtryck",
        "I10",
    ),
    Drug(
        "Losartan Krka",
        "C09CA01",
        _FILM,
        "50 mg",
        "1 tablett 1 gång dagligen",
        "Mot högt blodtryck",
        "I10",
    ),
    Drug(
        "Atorvastatin Krka",
        "C10AA05",
        _FILM,
        "20 mg",
        "1 tablett 1 gång dagligen",
        "Mot höga blodfetter",
        "E78.0",
    ),
    Drug(
        "Metformin Teva",
        "A10BA02",
        _FILM,
        "500 mg",
        "1 tablett 2 gånger dagligen i samband med måltid",
        "Mot diabetes",
        "E11.9",
    ),
    Drug(
        "Jardiance",
        "A10BK03",
        _FILM,
        "10 mg",
        "1 tablett 1 gång dagligen",
        "Mot diabetes",
        "E11.9",
    ),
    Drug(
        "Levaxin",
        "H03AA01",
        "Tablett",
        "100 mikrogram",
        "1 tablett på morgonen, 30 minuter före frukost",
        "Mot underfunktion i sköldkörteln",
        "E03.9",
    ),
    Drug(
        "Furix",
        "C03CA01",
        "Tablett",
        "40 mg",
        "1 tablett på morgonen",
        "Vätskedrivande vid hjärtsvikt",
        "I50.9",
    ),
    Drug(
        "Seloken ZOC",
        "C07AB02",
        "Depottablett",
        "50 mg",
        "1 tablett 1 gång dagligen",
        "Mot hjärtsvikt",
        "I50.9",
    ),
    Drug(
        "Entresto",
        "C09DX04",
        _FILM,
        "49 mg/51 mg",
        "1 tablett 2 gånger dagligen",
        "Mot hjärtsvikt",
        "I50.9",
    ),
    Drug(
        "Aldactone",
        "C03DA01",
        _FILM,
        "25 mg",
        "1 tablett 1 gång dagligen",
        "Mot hjärtsvikt",
        "I50.9",
    ),
    Drug(
        "Eliquis",
        "B01AF02",
        _FILM,
        "5 mg",
        "1 tablett 2 gånger dagligen",
        "Blodförtunnande, för att förebygga blodpropp vid förmaksflimmer",
        "I48.9",
    ),
    Drug(
        "Bisoprolol Sandoz",
        "C07AB07",
        "Tablett",
        "5 mg",
        "1 tablett 1 gång dagligen",
        "För att sänka pulsen vid förmaksflimmer",
        "I48.9",
    ),
    Drug(
        "Trombyl",
        "B01AC06",
        "Tablett",
        "75 mg",
        "1 tablett 1 gång dagligen",
        "Blodförtunnande, för att förebygga blodpropp",
        "I25.1",
    ),
    Drug(
        "Clopidogrel Krka",
        "B01AC04",
        _FILM,
        "75 mg",
        "1 tablett 1 gång dagligen",
        "Blodförtunnande, för att förebygga ny stroke",
        "I63.9",
    ),
    # Respiratory and allergy
    Drug(
        "Spiriva Respimat",
        "R03BB04",
        "Inhalationsvätska, lösning",
        "2,5 mikrogram/dos",
        "2 inhalationer 1 gång dagligen",
        "Mot KOL (luftrörsvidgande)",
        "J44.9",
    ),
    Drug(
        "Anoro Ellipta",
        "R03AL03",
        "Inhalationspulver",
        "55 mikrogram/22 mikrogram",
        "1 inhalation 1 gång dagligen",
        "Mot KOL (luftrörsvidgande)",
        "J44.9",
    ),
    Drug(
        "Bricanyl Turbuhaler",
        "R03AC03",
        "Inhalationspulver",
        "0,5 mg/dos",
        "1 inhalation vid behov, högst 6 inhalationer per dygn",
        "Mot astma (luftrörsvidgande)",
        "J45.9",
    ),
    Drug(
        "Symbicort Turbuhaler",
        "R03AK07",
        "Inhalationspulver",
        "160 mikrogram/4,5 mikrogram per dos",
        "1 inhalation 2 gånger dagligen",
        "Förebyggande mot astma",
        "J45.9",
    ),
    Drug(
        "Aerius",
        "R06AX27",
        _FILM,
        "5 mg",
        "1 tablett 1 gång dagligen under pollensäsongen",
        "Mot allergi",
        "J30.1",
    ),
    Drug(
        "Nasonex",
        "R01AD09",
        "Nässpray, suspension",
        "50 mikrogram/dos",
        "2 sprayningar i varje näsborre 1 gång dagligen",
        "Mot allergisk snuva",
        "J30.1",
    ),
    # Infections
    Drug(
        "Kåvepenin",
        "J01CE02",
        _FILM,
        "1 g",
        "1 tablett 3 gånger dagligen i 10 dagar",
        "Mot halsfluss",
        "J03.0",
    ),
    Drug(
        "Kåvepenin",
        "J01CE02",
        _FILM,
        "1 g",
        "1 tablett 3 gånger dagligen i 7 dagar",
        "Mot lunginflammation",
        "J18.9",
    ),
    Drug(
        "Doxyferm",
        "J01AA02",
        "Tablett",
        "100 mg",
        "2 tabletter första dagen, därefter 1 tablett dagligen, totalt 7 dagar",
        "Mot lunginflammation",
        "J18.9",
    ),
    Drug(
        "Selexid",
        "J01CA08",
        _FILM,
        "200 mg",
        "1 tablett 3 gånger dagligen i 5 dagar",
        "Mot urinvägsinfektion",
        "N30.0",
    ),
    Drug(
        "Furadantin",
        "J01XE01",
        "Tablett",
        "50 mg",
        "1 tablett 3 gånger dagligen i 7 dagar",
        "Mot urinvägsinfektion",
        "N39.0",
    ),
    Drug(
        "Valtrex",
        "J05AB11",
        _FILM,
        "500 mg",
        "2 tabletter 3 gånger dagligen i 7 dagar",
        "Mot bältros",
        "B02.9",
    ),
    # Pain, joints and skeleton
    Drug(
        "Alvedon",
        "N02BE01",
        _FILM,
        "500 mg",
        "1–2 tabletter vid behov, högst 4 gånger per dygn",
        "Mot smärta och feber",
        "",
    ),
    Drug(
        "Ipren",
        "M01AE01",
        _FILM,
        "400 mg",
        "1 tablett 3 gånger dagligen i samband med måltid, högst 7 dagar",
        "Mot smärta och inflammation",
        "M54.5",
    ),
    # Paracetamol for an old person's knee: at most 3 g a day for the elderly (the 665 mg
    # modified-release tablet left the Swedish market in 2018).
    Drug(
        "Alvedon",
        "N02BE01",
        _FILM,
        "500 mg",
        "1–2 tabletter 3 gånger dagligen, högst 6 tabletter per dygn",
        "Mot ledsmärta",
        "M17.1",
    ),
    Drug(
        "Voltaren",
        "M02AA15",
        "Gel",
        "11,6 mg/g",
        "Appliceras på knät 3–4 gånger dagligen",
        "Mot ledsmärta",
        "M17.1",
    ),
    Drug(
        "Fosamax",
        "M05BA04",
        "Tablett",
        "70 mg",
        "1 tablett 1 gång i veckan på fastande mage med ett helt glas vatten",
        "Mot benskörhet",
        "M81.9",
    ),
    Drug(
        "Calcichew-D3",
        "A12AX",
        "Tuggtablett",
        "500 mg/400 IE",
        "1 tablett 2 gånger dagligen",
        "Kalk och D-vitamin vid benskörhet",
        "M81.9",
    ),
    Drug(
        "Zyloric",
        "M04AA01",
        "Tablett",
        "100 mg",
        "1 tablett 1 gång dagligen, dosen justeras efter urat-värde",
        "Mot gikt",
        "M10.9",
    ),
    Drug(
        "Imigran",
        "N02CC01",
        _FILM,
        "50 mg",
        "1 tablett vid migränanfall, kan upprepas efter 2 timmar, högst 6 tabletter per dygn",
        "Mot migrän",
        "G43.9",
    ),
    # Stomach, blood and skin
    Drug(
        "Omeprazol Actavis",
        "A02BC01",
        "Enterokapsel, hård",
        "20 mg",
        "1 kapsel 1 gång dagligen före frukost",
        "Mot sura uppstötningar och halsbränna",
        "K21.9",
    ),
    Drug(
        "Movicol",
        "A06AD65",
        "Pulver till oral lösning i dospåse",
        "13,7 g",
        "1 dospåse 1–2 gånger dagligen",
        "Mot förstoppning",
        "K59.0",
    ),
    Drug(
        "Duroferon",
        "B03AA07",
        "Depottablett",
        "100 mg",
        "1 tablett 1–2 gånger dagligen",
        "Mot järnbrist",
        "D50.9",
    ),
    Drug(
        "Behepan",
        "B03BA01",
        "Tablett",
        "1 mg",
        "1 tablett 1 gång dagligen",
        "Mot B12-brist",
        "D51.9",
    ),
    Drug(
        "Daivobet",
        "D05AX52",
        "Gel",
        "50 mikrogram/g + 0,5 mg/g",
        "Appliceras på psoriasisområden 1 gång dagligen",
        "Mot psoriasis",
        "L40.0",
    ),
    Drug(
        "Mildison Lipid",
        "D07AA02",
        "Kräm",
        "1 %",
        "Appliceras tunt 1–2 gånger dagligen på eksemområden, högst 2 veckor i följd",
        "Mot eksem",
        "L30.9",
    ),
    Drug(
        "Vagifem",
        "G03CA03",
        "Vaginaltablett",
        "10 mikrogram",
        "1 vaginaltablett dagligen i 2 veckor, därefter 2 gånger i veckan",
        "Mot torra slemhinnor efter klimakteriet",
        "N95.1",
    ),
    Drug(
        "Aricept",
        "N06DA02",
        _FILM,
        "5 mg",
        "1 tablett till kvällen",
        "Mot minnessvikt vid Alzheimers sjukdom",
        "G30.1",
    ),
    # Children (doses for a child of about 12–16 kg where weight matters)
    Drug(
        "Alvedon",
        "N02BE01",
        "Oral suspension",
        "24 mg/ml",
        "7,5 ml vid behov, högst 4 gånger per dygn (dos efter vikt)",
        "Mot feber och smärta",
        "",
        (0, 11),
    ),
    Drug(
        "Ipren",
        "M01AE01",
        "Oral suspension",
        "20 mg/ml",
        "5 ml vid behov, högst 3 gånger per dygn (dos efter vikt)",
        "Mot smärta vid öroninflammation",
        "H66.0",
        (0, 11),
    ),
    Drug(
        "Kåvepenin Frukt",
        "J01CE02",
        "Granulat till oral suspension",
        "50 mg/ml",
        "4 ml 3 gånger dagligen i 5 dagar",
        "Mot öroninflammation",
        "H66.0",
        (0, 11),
    ),
    Drug(
        "Kåvepenin Frukt",
        "J01CE02",
        "Granulat till oral suspension",
        "50 mg/ml",
        "4 ml 3 gånger dagligen i 10 dagar",
        "Mot halsfluss",
        "J03.0",
        (0, 11),
    ),
    Drug(
        "Ventoline Evohaler",
        "R03AC02",
        "Inhalationsspray, suspension",
        "0,1 mg/dos",
        "2 inhalationer via spacer vid behov, högst 4 gånger per dygn",
        "Mot astma (luftrörsvidgande)",
        "J45.9",
        (0, 11),
    ),
    Drug(
        "Flutide Evohaler",
        "R03BA05",
        "Inhalationsspray, suspension",
        "50 mikrogram/dos",
        "2 inhalationer via spacer 2 gånger dagligen",
        "Förebyggande mot astma",
        "J45.9",
        (0, 11),
    ),
    Drug(
        "Betapred",
        "H02AB01",
        "Tablett",
        "0,5 mg",
        "8 tabletter lösta i lite vatten som engångsdos",
        "Mot krupp",
        "J05.0",
        (0, 5),
    ),
    Drug(
        "Mildison Lipid",
        "D07AA02",
        "Kräm",
        "1 %",
        "Appliceras tunt 1 gång dagligen på eksemområden i 1–2 veckor vid försämring",
        "Mot eksem",
        "L20.9",
        (0, 17),
    ),
    Drug(
        "NovoRapid FlexPen",
        "A10AB05",
        _PEN,
        "100 enheter/ml",
        "Enligt ordination till måltid, dos efter kolhydratmängd och blodsockervärde",
        "Mot diabetes (måltidsinsulin)",
        "E10.9",
        (1, 120),
    ),
    Drug(
        "Tresiba FlexTouch",
        "A10AE06",
        _PEN,
        "100 enheter/ml",
        "Enligt ordination 1 gång dagligen till kvällen",
        "Mot diabetes (basinsulin)",
        "E10.9",
        (1, 120),
    ),
    # Psychiatry
    Drug(
        "Sertralin Accord",
        "N06AB06",
        _FILM,
        "50 mg",
        "1 tablett 1 gång dagligen",
        "Mot depression",
        "F32.1",
    ),
    Drug(
        "Cipralex",
        "N06AB10",
        _FILM,
        "10 mg",
        "1 tablett 1 gång dagligen",
        "Mot ångest",
        "F41.1",
    ),
    Drug(
        "Mirtazapin Krka",
        "N06AX11",
        _FILM,
        "15 mg",
        "1 tablett till natten",
        "Mot depression och sömnbesvär",
        "F33.1",
    ),
    Drug(
        "Venlafaxin Actavis",
        "N06AX16",
        "Depotkapsel, hård",
        "75 mg",
        "1 kapsel 1 gång dagligen",
        "Mot depression",
        "F33.1",
    ),
    Drug(
        "Atarax",
        "N05BB01",
        _FILM,
        "25 mg",
        "1 tablett vid behov, högst 3 gånger per dygn",
        "Mot oro och ångest",
        "F41.1",
    ),
    Drug(
        "Lithionit",
        "N05AN01",
        "Depottablett",
        "42 mg",
        "2 tabletter morgon och kväll, dosen styrs av litiumkoncentrationen",
        "Stämningsstabiliserande",
        "F31.1",
    ),
    Drug(
        "Lamictal",
        "N03AX09",
        "Tablett",
        "100 mg",
        "1 tablett 1 gång dagligen efter upptrappning enligt schema",
        "Förebyggande mot depressiva skov",
        "F31.3",
    ),
    Drug(
        "Zyprexa",
        "N05AH03",
        _FILM,
        "10 mg",
        "1 tablett till kvällen",
        "Mot psykos",
        "F20.0",
    ),
    Drug(
        "Elvanse",
        "N06BA12",
        "Kapsel, hård",
        "30 mg",
        "1 kapsel på morgonen",
        "Mot ADHD",
        "F90.0",
    ),
    Drug(
        "Campral",
        "N07BB03",
        "Enterotablett",
        "333 mg",
        "2 tabletter 3 gånger dagligen",
        "Minskar suget efter alkohol",
        "F10.2",
    ),
    Drug(
        "Propavan",
        "N05CM06",
        "Tablett",
        "25 mg",
        "1 tablett till natten vid behov",
        "Mot sömnbesvär",
        "",
    ),
    Drug(
        "Circadin",
        "N05CH01",
        "Depottablett",
        "2 mg",
        "1 tablett 1–2 timmar före sänggåendet",
        "Mot sömnbesvär",
        "",
    ),
    # Pregnancy
    Drug(
        "Folacin",
        "B03BB01",
        "Tablett",
        "1 mg",
        "1 tablett 1 gång dagligen",
        "Folsyratillskott under graviditeten",
        "Z34.0",
    ),
    Drug(
        "Niferex",
        "B03AA01",
        "Enterokapsel, hård",
        "100 mg",
        "1 kapsel 1–2 gånger dagligen",
        "Mot blodbrist under graviditeten",
        "O99.0",
    ),
    Drug(
        "Postafen",
        "R06AE05",
        "Tablett",
        "25 mg",
        "1 tablett 1–2 gånger dagligen vid behov",
        "Mot illamående",
        "O21.0",
    ),
    Drug(
        "Insulatard FlexPen",
        "A10AC01",
        "Injektionsvätska, suspension i förfylld injektionspenna",
        "100 IE/ml",
        "Enligt ordination till kvällen",
        "Mot graviditetsdiabetes",
        "O24.4",
    ),
)


# --- Notes ------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteTemplate:
    """A journal note. Its text may hold the placeholders the module docstring lists, and
    alternatives in brackets, "[a|b|c]", one of which each note takes (drawn from the
    patient's own stream): a unit writes the same kind of note many times, never the
    same words and numbers twice."""

    context: str
    document_type: str
    note_type: str
    title: str
    profession: str
    text: str
    # The visit it is written at: "first" (a new complaint), "diagnosis" (a long-standing
    # condition found), "follow-up" (a known condition), "annual" (its yearly check),
    # "investigation" (results of one), "sampling" (blood samples taken at a nurse's
    # visit), "chosen" (a patient from another region who chose the unit, fritt vårdval),
    # "programme" (a health visit of BVC or school health care), "triage" (a nurse's
    # assessment before the doctor), "phone" (no visit), or "any".
    visit: str = "any"
    ages: tuple[int, int] = (0, 120)  # whom the text reads right for (years)
    # The patient's state the vital signs in the text are drawn for: "well", "acute" (an
    # infection or injury seen the same day) or "ill" (admitted to a ward).
    vitals: str = "well"

    @property
    def needs_diagnosis(self) -> bool:
        return "{diagnosis_" in self.text


_OV = "Öppenvårdsanteckning"

# Templates are chosen at random within a context (and the kind of visit or document a
# story asks for), so each one reads well for any diagnosis that context is used with.
NOTE_TEMPLATES: tuple[NoteTemplate, ...] = (
    # Primary care
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Besöksanteckning",
        "Läkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, söker för besvär som [pågått drygt en vecka|"
            "funnits i några dagar|tilltagit under den senaste veckan|började för fem dagar "
            "sedan]. [Har provat receptfria läkemedel med viss effekt.|Har inte tagit något "
            "läkemedel för besvären.|Receptfria värktabletter har hjälpt något.] [Ingen feber "
            "senaste dygnet.|Ingen feber.|Har haft lätt feber som nu gått över.] [Äter och "
            "dricker som vanligt.|Aptiten är något nedsatt men dricker bra.|Sover sämre på "
            "grund av besvären.] [Inga nytillkomna läkemedel.|Inga kända "
            "läkemedelsallergier.|Arbetar heltid, har varit sjukskriven två dagar.]",
            "",
            "Status: Allmäntillstånd gott, opåverkad. Cor: {rhythm} rytm, inga blåsljud, "
            "frekvens {pulse}/min. Pulm: vesikulära andningsljud bilateralt, [inga biljud|"
            "inga rassel eller ronki]. Blodtryck {bp} mmHg.",
            "",
            "Bedömning: [Anamnes och status talar för|Bilden är förenlig med|Sannolikt rör "
            "det sig om] {diagnosis_text} ({diagnosis_code}). [Inga tecken på allvarligare "
            "sjukdom.|Inga varningstecken framkommer.|Ingen indikation för vidare utredning "
            "i nuläget.]",
            "",
            "Åtgärd: [Information om förväntat förlopp och egenvård.|Råd om egenvård, "
            "muntligt och skriftligt.|Genomgång av förväntat förlopp.] Behandling enligt "
            "läkemedelslistan. Åter [vid försämring eller om besvären inte gått över inom två "
            "veckor|om besvären kvarstår efter två veckor, tidigare vid försämring|vid behov].",
        ),
        visit="first",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Besöksanteckning",
        "Sjuksköterskebesök",
        "Distriktssköterska",
        _lines(
            "Kontaktorsak: Uppföljning, {diagnosis_text}.",
            "",
            "Aktuellt: {name} kommer på planerad kontroll. [Mår bra och har inga nya besvär.|"
            "Mår i stort sett som vanligt.|Har varit förkyld sedan förra besöket men är nu "
            "återställd.|Upplever sig piggare än vid förra kontrollen.|Har varit tröttare "
            "de senaste veckorna men klarar sig hemma.] [Tar sina läkemedel enligt ordination "
            "och upplever inga biverkningar.|Tar läkemedlen enligt ordination, glömmer ibland "
            "kvällsdosen.|Inga biverkningar av läkemedlen.|Har dosett och tar läkemedlen "
            "regelbundet.]",
            "",
            "Status: Blodtryck {bp} mmHg sittande efter fem minuters vila, puls {pulse}/min "
            "{rhythm}. [Vikten oförändrad sedan föregående kontroll.|Vikten har minskat ett "
            "kilo sedan föregående kontroll.|Vikten har ökat ett kilo sedan föregående "
            "kontroll.|Inga ödem.]",
            "",
            "Åtgärd: [Blodprover tagna enligt läkarens ordination.|Provtagning enligt "
            "läkarens ordination.|Blodprover tagna, svaren meddelas per telefon.] [Samtal om "
            "fysisk aktivitet och kost.|Samtal om läkemedlen och egenvård.|Genomgång av hur "
            "blodtrycket mäts hemma.|Samtal om sömn och motion.] Ny kontroll om [tre|sex] "
            "månader, kallelse skickas.",
        ),
        visit="follow-up",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Besöksanteckning",
        "Läkarbesök, återbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Återbesök, {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, kommer på planerat återbesök. [Mår stabilt sedan "
            "förra besöket.|Har mått bättre den senaste tiden.|Har haft en sämre period men "
            "mår nu bättre.|Tycker att behandlingen fungerar bra.] [Inga biverkningar av "
            "läkemedlen.|Tar läkemedlen enligt ordination.|Har inte behövt söka vård i "
            "övrigt.]",
            "",
            "Status: Allmäntillstånd gott. Blodtryck {bp} mmHg, puls {pulse}/min {rhythm}. "
            "[Cor och pulm utan anmärkning.|Cor: inga blåsljud. Pulm: vesikulära "
            "andningsljud.|Inga ödem.]",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), [stabilt|välbehandlat|något "
            "förbättrat sedan förra besöket].",
            "",
            "Åtgärd: [Oförändrad behandling.|Fortsatt behandling enligt läkemedelslistan.|"
            "Läkemedelsgenomgång gjord, inga ändringar.] [Kontroll hos distriktssköterska om "
            "tre månader.|Nytt återbesök om sex månader.|Årskontroll enligt plan.]",
        ),
        visit="follow-up",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Besöksanteckning",
        "Läkarbesök, nybesök",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, kommer för bedömning av besvär som [funnits en tid|"
            "funnits i flera månader|gradvis tilltagit under året]. [Tidigare väsentligen "
            "frisk.|Tidigare i stort sett frisk.|Känd sedan tidigare på vårdcentralen för "
            "enstaka infektioner.] [Inga kända läkemedelsallergier.|Röker inte.|Ärftlighet "
            "för hjärt-kärlsjukdom på fädernet.]",
            "",
            "Status: Allmäntillstånd gott. Cor: {rhythm} rytm, inga blåsljud, frekvens "
            "{pulse}/min. Pulm: vesikulära andningsljud bilateralt. Blodtryck {bp} mmHg.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), ett långvarigt tillstånd som "
            "behöver behandling och uppföljning.",
            "",
            "Åtgärd: [Information om diagnosen och behandlingen.|Diagnosen och "
            "behandlingen förklarade, skriftlig information given.] Behandling enligt "
            "läkemedelslistan. Uppföljning hos distriktssköterska om [tre|två] månader, "
            "därefter årskontroll hos läkare.",
        ),
        visit="diagnosis",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Besöksanteckning",
        "Sjuksköterskebedömning",
        "Distriktssköterska",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, söker på mottagningens akuttid för besvär sedan "
            "[några dagar|i förrgår|tre dagar|i går]. [Inga kända läkemedelsallergier.|Har "
            "tagit paracetamol med viss effekt.|Har hostat mest på nätterna.]",
            "",
            "Status: [Opåverkad.|Lätt påverkad av förkylningen.|Pigg, talar obehindrat.] Puls "
            "{pulse}/min, blodtryck {bp} mmHg, saturation {sat} % på luft, temperatur "
            "{temp} °C.",
            "",
            "Åtgärd: Bedömd enligt rådgivningsstöd. [Läkartid samma dag.|Läkarbesök inom en "
            "timme.|Väntar på läkarbedömning.]",
        ),
        visit="triage",
        vitals="acute",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        _OV,
        "Utredning",
        "Läkarbesök, utredning",
        "Läkare",
        _lines(
            "Kontaktorsak: Fortsatt utredning, {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, återkommer för genomgång av provsvar. [Besvären "
            "kvarstår oförändrade.|Besvären är något mindre uttalade.|Mår ungefär som vid "
            "förra besöket.] [Trött på eftermiddagarna.|Orkar mindre än vanligt på "
            "arbetet.|Sover dåligt.] [Ingen viktnedgång, inga nattliga svettningar.|Ingen "
            "feber, ingen viktnedgång.]",
            "",
            "Tidiga hypoteser: Bakomliggande malignitet kan inte uteslutas i nuläget och "
            "bör uteslutas innan diagnosen fastställs.",
            "",
            "Status: Blodtryck {bp} mmHg, puls {pulse}/min {rhythm}. [Ingen blekhet.|Lätt "
            "blek.|Inga förstorade lymfkörtlar på halsen.]",
            "",
            "Bedömning: Provsvaren är förenliga med {diagnosis_text} ({diagnosis_code}). "
            "[Orsaken är ännu inte klarlagd.|Orsaken utreds vidare.]",
            "",
            "Åtgärd: Kompletterande blodprover beställda. [Remiss för vidare utredning "
            "övervägs.|Remiss skrivs om proverna inte förklarar besvären.] Nytt besök om "
            "[tre|fyra] veckor med provsvar.",
        ),
        visit="investigation",
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        "Öppenvårdssammanfattning",
        "Sammanfattning",
        "Årskontroll",
        "Läkare",
        _lines(
            "Sammanfattning: {name}, {age} år, följs på vårdcentralen för {diagnosis_text} "
            "({diagnosis_code}). [Stabilt förlopp under det senaste året utan akuta besök.|"
            "Ett lugnt år med en kortare infektion i våras.|Har mått bra under året.|Stabilt "
            "sedan förra årskontrollen.]",
            "",
            "Status: Blodtryck {bp} mmHg, puls {pulse}/min {rhythm}.",
            "",
            "Läkemedel: [Oförändrade. Läkemedelsgenomgång gjord tillsammans med patienten.|"
            "Läkemedelsgenomgång gjord, inga ändringar.|Läkemedelslistan gåtts igenom, "
            "recepten förnyade.]",
            "",
            "Provsvar: [Årsproverna i stort sett oförändrade sedan förra året.|Årsprover "
            "utan anmärkningsvärda förändringar.|Årsproverna gicks igenom med patienten.]",
            "",
            "Planering: Fortsatt behandling. Årskontroll hos läkare och halvårskontroll hos "
            "distriktssköterska.",
        ),
        visit="annual",
    ),
    # Emergency department
    NoteTemplate(
        UnitKind.AKUT,
        _OV,
        "Besöksanteckning",
        "Akutbesök, läkare",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Anamnes: {name}, {age} år, söker akutmottagningen för besvär sedan [i går|i "
            "förrgår|några timmar|i morse]. [Kommer med egen transport i sällskap med "
            "anhörig.|Kommer ensam med egen transport.|Kommer med taxi.] [Tidigare "
            "väsentligen frisk.|Tidigare i stort sett frisk.] [Inga kända "
            "läkemedelsallergier.|Inga regelbundna läkemedel utöver läkemedelslistan.]",
            "",
            "Status: Vaken, orienterad, opåverkad. Andningsfrekvens {rr}/min, saturation "
            "{sat} % på luft, puls {pulse}/min, blodtryck {bp} mmHg, temperatur {temp} °C. "
            "Riktat status med fynd förenliga med anamnesen, i övrigt utan anmärkning.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). [Stabila vitalparametrar, "
            "ingen indikation för inläggning.|Opåverkad, kan gå hem.|Inga tecken på "
            "allvarligare sjukdom.]",
            "",
            "Åtgärd: [Behandling och egenvårdsråd.|Behandling enligt läkemedelslistan och "
            "råd om egenvård.] Skriftlig information given. Uppföljning via vårdcentralen. "
            "Åter vid försämring.",
        ),
        visit="first",
        vitals="acute",
    ),
    NoteTemplate(
        UnitKind.AKUT,
        _OV,
        "Besöksanteckning",
        "Triage, sjuksköterska",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Triage: RETTS [gul|grön]. Andningsfrekvens {rr}/min, saturation {sat} %, puls "
            "{pulse}/min, blodtryck {bp} mmHg, temperatur {temp} °C, vaken (RLS 1).",
            "",
            "Smärta: NRS {nrs} av 10.",
            "",
            "Åtgärd: [Smärtlindring enligt generellt direktiv, Alvedon 1 g givet peroralt.|"
            "Alvedon 1 g givet peroralt enligt generellt direktiv.|Avböjer smärtlindring.] "
            "[Blodprover tagna.|Blodprover och urinprov tagna.|Venkateter satt, blodprover "
            "tagna.] Patienten informerad om väntetid till läkarbedömning.",
        ),
        visit="triage",
        vitals="acute",
    ),
    NoteTemplate(
        UnitKind.AKUT,
        "Öppenvårdssammanfattning",
        "Sammanfattning",
        "Sammanfattning akutbesök",
        "Läkare",
        _lines(
            "Sammanfattning: {name}, {age} år, har handlagts på akutmottagningen för "
            "{diagnosis_text} ({diagnosis_code}).",
            "",
            "Utredning: [Klinisk undersökning och blodprover utan tecken på allvarligare "
            "sjukdom.|Klinisk undersökning utan tecken på allvarligare sjukdom.] Vid "
            "utskrivning puls {pulse}/min, saturation {sat} %, temperatur {temp} °C.",
            "",
            "Åtgärd: Hemgång i gott allmäntillstånd. [Muntlig och skriftlig information "
            "given om när patienten ska söka vård igen.|Informerad om varningstecken och när "
            "vård ska sökas igen.] Uppföljning på vårdcentralen [vid behov|om en vecka].",
        ),
        visit="first",
        vitals="acute",
    ),
    # Inpatient care (generic: used for pneumonia and for heart failure)
    NoteTemplate(
        "inneliggande",
        "Intagningsanteckning",
        "Utredning",
        "Intagningsanteckning läkare",
        "Läkare",
        _lines(
            "Kontaktorsak: Inläggning för {diagnosis_text}.",
            "",
            "Anamnes: {name}, {age} år, inkommer via akutmottagningen med [några dagars|en "
            "veckas|tre dagars] tilltagande andfåddhet, trötthet och nedsatt allmäntillstånd. "
            "[Har haft svårt att klara sig hemma det senaste dygnet.|Har sovit sittande de "
            "senaste nätterna.|Anhöriga har märkt att orken minskat snabbt.]",
            "",
            "Läkemedel: Enligt läkemedelslistan.",
            "",
            "Status: [Trött, lätt påverkad.|Påverkad, andfådd i vila.|Trött men adekvat.] "
            "Andningsfrekvens {rr}/min, saturation {sat} % på luft, puls {pulse}/min "
            "{rhythm}, blodtryck {bp} mmHg. Cor: inga blåsljud. Pulm: nedsatta andningsljud "
            "och krepitationer basalt bilateralt, [mest uttalat till höger|mest uttalat till "
            "vänster|symmetriskt]. Buk: mjuk och oöm.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Behöver slutenvård för "
            "behandling och övervakning.",
            "",
            "Planering: Inläggning på medicinavdelning. Syrgas till saturation 92–96 %. "
            "Behandling enligt ordinationslistan. Lungröntgen beställd. Vätskelista och "
            "daglig vikt. Full behandling.",
        ),
        vitals="ill",
    ),
    NoteTemplate(
        "inneliggande",
        "Daganteckning",
        "Åtgärd/Behandling",
        "Rondanteckning",
        "Läkare",
        _lines(
            "Aktuellt: [Mår bättre i dag och är mindre andfådd.|Något piggare i dag.|Ungefär "
            "som i går, fortfarande andfådd vid ansträngning.] [Sov bra i natt.|Sov oroligt "
            "i natt.] Saturation {sat} % på [1|2] liter syrgas.",
            "",
            "Bedömning: [Förbättring på insatt behandling.|Långsam förbättring.]",
            "",
            "Planering: Fortsatt behandling enligt ordinationslistan. Syrgasen trappas ned. "
            "Hemgång planeras [inom ett par dagar vid fortsatt förbättring|när syrgasbehovet "
            "upphört].",
        ),
        vitals="ill",
    ),
    NoteTemplate(
        "inneliggande",
        "Daganteckning",
        "Åtgärd/Behandling",
        "Omvårdnadsanteckning",
        "Sjuksköterska",
        _lines(
            "Andning: Saturation {sat} % på [1|2] liter syrgas i vila, andfådd vid ansträngning.",
            "",
            "Nutrition: [Äter ungefär halva portioner.|Äter dåligt, näringsdryck given.|Äter "
            "bra.] [Dricker bra.|Behöver påminnas om att dricka.]",
            "",
            "Aktivitet: [Går med stöd av personal till toaletten.|Går själv med rollator.|"
            "Sitter uppe i stol till måltiderna.]",
            "",
            "Sömn: [Sov gott i natt.|Sov i perioder, vaken vid tretiden.]",
            "",
            "Åtgärd: Läkemedel givna enligt ordination. Vikt och vätskelista förda.",
        ),
        vitals="ill",
    ),
    NoteTemplate(
        "inneliggande",
        "Epikris",
        "Slutanteckning",
        "Epikris",
        "Läkare",
        _lines(
            "Orsak till inläggning: {diagnosis_text}.",
            "",
            "Diagnos: {diagnosis_text} ({diagnosis_code}).",
            "",
            "Vårdförlopp: {name}, {age} år, lades in via akutmottagningen med andfåddhet och "
            "nedsatt allmäntillstånd. Under vårdtiden [successiv förbättring på insatt "
            "behandling|gradvis förbättring, de första dygnen med behov av intravenös "
            "behandling]. Syrgasbehovet har upphört och patienten är mobiliserad till "
            "tidigare funktionsnivå. Vid utskrivningen saturation {sat} % på luft, puls "
            "{pulse}/min.",
            "",
            "Läkemedelsförändringar: Se läkemedelsberättelse.",
            "",
            "Uppföljning: Besök på vårdcentralen om [två till tre|två] veckor med kontroll "
            "av blodstatus, elektrolyter och kreatinin.",
            "",
            "Information till patienten: Du har vårdats på sjukhus för {diagnosis_text}. "
            "Sök vård igen om du får ökad andfåddhet, feber eller bröstsmärta.",
        ),
    ),
    # Medicine clinic outpatient care (mottagningen): the investigation of an anaemia
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Besöksanteckning",
        "Läkarbesök, nybesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Nybesök på remiss från vårdcentralen, {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, [har känt sig trött i ett par månader|har blivit "
            "allt tröttare under hösten|orkar mindre än vanligt sedan i somras]. "
            "[Andfådd vid ansträngning.|Lätt yrsel vid hastiga uppresningar.] "
            "Ingen känd blödning. Inga regelbundna läkemedel.",
            "",
            "Status: Allmäntillstånd gott. [Lätt blek.|Blek i huden och slemhinnorna.] Cor: "
            "{rhythm} rytm, frekvens {pulse}/min. Blodtryck {bp} mmHg. Buk: mjuk, oöm.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}) av oklar orsak.",
            "",
            "Åtgärd: Blodprover beställda, tas på mottagningen [nästa vecka|om en vecka]. "
            "Utredning av orsaken planeras. Återbesök med provsvar.",
        ),
        visit="first",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Besöksanteckning",
        "Läkarbesök, patient från annan region",
        "Läkare",
        _lines(
            "Kontaktorsak: Nybesök, {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, är folkbokförd i {home_region} och utreds där för "
            "{diagnosis_text}. Arbetar på orten under veckorna och har själv valt att göra "
            "den fortsatta utredningen hos oss (fritt vårdval). Journalen från "
            "hemregionen läst via den nationella patientöversikten.",
            "",
            "Status: Allmäntillstånd gott. Cor: {rhythm} rytm, frekvens {pulse}/min. "
            "Blodtryck {bp} mmHg. Buk: mjuk, oöm, ingen förstorad lever eller mjälte.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), orsaken ännu inte klarlagd.",
            "",
            "Åtgärd: Blodprover tagna i dag, kompletterande fastande prover i morgon. "
            "Ultraljud av buken beställt. Återbesök om en vecka. Svaren skickas i kopia "
            "till den behandlande kliniken i hemregionen.",
        ),
        visit="chosen",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Utredning",
        "Läkarbesök, återbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Återbesök, {diagnosis_text}.",
            "",
            "Aktuellt: {name} återkommer för genomgång av provsvaren. [Mår som tidigare.|"
            "Något piggare sedan förra besöket.|Fortfarande trött.] [Ingen blödning har "
            "märkts.|Inga nya symtom.]",
            "",
            "Status: Blodtryck {bp} mmHg, puls {pulse}/min {rhythm}.",
            "",
            "Bedömning: Provsvaren bekräftar {diagnosis_text} ({diagnosis_code}). [Orsaken "
            "utreds vidare.|Fortsatt oklar orsak.]",
            "",
            "Åtgärd: [Nya blodprover beställda för att följa blodvärdet.|Kontroll av "
            "blodvärdet om en vecka.] Järntabletter enligt läkemedelslistan. "
            "[Gastroskopi och koloskopi planeras.|Remiss till endoskopienheten.] Återbesök "
            "när undersökningarna är gjorda.",
        ),
        visit="investigation",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Besöksanteckning",
        "Sjuksköterskebesök",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Uppföljning, {diagnosis_text}.",
            "",
            "Aktuellt: {name} kommer för kontroll. [Tar järntabletterna men har ont i magen "
            "av dem.|Mår bättre än för en månad sedan.|Känner sig fortfarande trött.]",
            "",
            "Status: Blodtryck {bp} mmHg, puls {pulse}/min.",
            "",
            "Åtgärd: [Blodprover tagna enligt läkarens ordination.|Provtagning enligt "
            "ordination.] Informerad om när svaren kommer.",
        ),
        visit="follow-up",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Åtgärd/Behandling",
        "Provtagning",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Provtagning enligt läkarens ordination.",
            "",
            "Aktuellt: {name} kommer [fastande för kompletterande blodprover|för kontroll av "
            "blodvärdet|för blodprover inför återbesöket]. [Inga nya besvär.|Mår som "
            "tidigare.]",
            "",
            "Åtgärd: Venprover tagna. Svaren bedöms av läkare.",
        ),
        visit="sampling",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Telefonkontakt",
        "Provsvar meddelat",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Provsvar.",
            "",
            "Aktuellt: [Ringer upp {name} och meddelar att läkaren har bedömt provsvaren.|"
            "{name} ringer och undrar över provsvaren, som läkaren har bedömt.] [Planen "
            "ligger fast.|Inga nya besvär.|Mår ungefär som tidigare.]",
            "",
            "Åtgärd: [Informerad om nästa steg i utredningen.|Påminnelse om nästa besök.]",
        ),
        visit="phone",
    ),
    NoteTemplate(
        UnitKind.MEDICIN,
        _OV,
        "Telefonkontakt",
        "Telefonkontakt",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Uppföljning per telefon.",
            "",
            "Aktuellt: {name} [mår ungefär som tidigare|känner sig något piggare|är "
            "fortfarande trött]. [Inga nya besvär.|Ingen blödning har märkts.|Sover bra.]",
            "",
            "Åtgärd: [Påminnelse om nästa besök.|Informerad om nästa steg i utredningen.|"
            "Ringer själv vid försämring.]",
        ),
        visit="phone",
    ),
    # Child health care (BVC): the visit named by the programme's age
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Besöksanteckning",
        "Hälsobesök",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Hälsobesök vid {visit_age} ålder enligt barnhälsovårdens "
            "nationella program.",
            "",
            "Aktuellt: {name} kommer tillsammans med [förälder|båda föräldrarna|mamma|pappa]. "
            "[Det går bra hemma.|Familjen har kommit in i rutinerna.|Föräldrarna upplever "
            "att det går bra.] [Ammas|Får ersättning|Ammas och får ersättning] och "
            "[sover bra|vaknar ett par gånger per natt för att äta|sover långa stunder på "
            "natten]. [Inga infektioner sedan förra besöket.|Har varit lite snuvig men är "
            "nu frisk.]",
            "",
            "Tillväxt: Längd, vikt och huvudomfång mätta, [följer sin kurva|följer kurvan "
            "väl]. Se tillväxtkurva.",
            "",
            "Utveckling: Åldersadekvat enligt förälderns berättelse och sköterskans "
            "observation. [God kontakt.|Ler och följer med blicken.|Alert och nyfiken.]",
            "",
            "Oro för att barn far illa: Ingen oro framkommer.",
            "",
            "Åtgärd: Samtal om [amning och sömn|säker sömn och bilbarnstol|anknytning och "
            "föräldraskap|D-vitamin och att vistas utomhus]. Nästa besök enligt programmet.",
        ),
        visit="programme",
        ages=(0, 0),
    ),
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Besöksanteckning",
        "Hälsobesök",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Hälsobesök vid {visit_age} ålder enligt barnhälsovårdens "
            "nationella program.",
            "",
            "Aktuellt: {name} kommer tillsammans med [förälder|båda föräldrarna|mamma|pappa]. "
            "[Det går bra hemma.|Trivs på förskolan.|Har börjat på förskolan under hösten och "
            "det har gått bra.] [Äter samma mat som familjen.|Äter bra men är lite "
            "kräsen.] [Sover hela nätterna.|Vaknar ibland en gång per natt.] [Inga "
            "infektioner sedan förra besöket.|Har haft några förkylningar sedan förra "
            "besöket.]",
            "",
            "Tillväxt: Längd och vikt mätta, [följer sin kurva|följer kurvan väl]. Se "
            "tillväxtkurva.",
            "",
            "Utveckling: Åldersadekvat [språk och motorik|lek och språk|motorik och "
            "samspel] enligt förälderns berättelse och sköterskans observation.",
            "",
            "Oro för att barn far illa: Ingen oro framkommer.",
            "",
            "Åtgärd: Samtal om [kost och tandborstning|sömn och rutiner|säkerhet i hemmet "
            "och i trafiken|skärmtid och lek|språkutveckling och högläsning]. Nästa besök "
            "enligt programmet.",
        ),
        visit="programme",
        ages=(1, 6),
    ),
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Besöksanteckning",
        "Läkarundersökning",
        "Läkare",
        _lines(
            "Kontaktorsak: Hälsoundersökning hos BVC-läkare vid {visit_age} ålder.",
            "",
            "Anamnes: [Inga särskilda problem enligt föräldern.|Föräldern har inga "
            "frågor.|Föräldern undrar över sömnen, i övrigt inga problem.]",
            "",
            "Status: [Pigg och alert, god kontakt.|Glad och nyfiken, god kontakt.] Hud "
            "[utan anmärkning|utan utslag]. Cor: regelbunden rytm, inga "
            "blåsljud. Femoralispulsar palpabla bilateralt. Pulm: normala andningsljud. "
            "Buk: mjuk, inga resistenser. Höfter stabila. Motorik och neurologi "
            "åldersadekvata.",
            "",
            "Bedömning: Friskt barn med normal tillväxt och utveckling.",
            "",
            "Åtgärd: [Nästa läkarundersökning enligt programmet.|Föräldern informerad om "
            "fynden. Nästa läkarundersökning enligt programmet.]",
        ),
        visit="programme",
    ),
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Telefonkontakt",
        "Telefonsamtal med förälder",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Förälder ringer med frågor om sömn.",
            "",
            "Aktuellt: Förälder berättar att {name} vaknar flera gånger per natt sedan "
            "[några veckor|en månad]. Inga tecken på sjukdom, äter bra och är glad på "
            "dagarna.",
            "",
            "Åtgärd: Samtal om sömnrutiner och trygghet vid insomning. Föräldern nöjd med "
            "rådgivningen och hör av sig vid behov, annars ses vi vid nästa planerade besök.",
        ),
        visit="phone",
    ),
    # Paediatric care (no {age} where the child may be under one year)
    NoteTemplate(
        UnitKind.BARN,
        _OV,
        "Besöksanteckning",
        "Läkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Anamnes: {name} kommer tillsammans med [förälder|mamma|pappa]. Besvären har "
            "pågått [några dagar|sedan i går|ett par dagar]. [Har ätit lite mindre än vanligt "
            "men dricker och kissar som vanligt.|Äter och dricker som vanligt.] [Inga kända "
            "allergier.|Har inte haft liknande besvär tidigare.]",
            "",
            "Status: [Opåverkad, pigg och intresserad av omgivningen.|Lite trött men "
            "opåverkad.] Temperatur {temp} °C. Hud: normal färg, inga utslag. Cor: "
            "regelbunden rytm utan blåsljud. Pulm: normala andningsljud bilateralt.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Gott allmäntillstånd.",
            "",
            "Åtgärd: Information till förälder om förväntat förlopp och när de ska söka "
            "igen. Behandling enligt läkemedelslistan vid behov.",
        ),
        visit="first",
        vitals="acute",
    ),
    NoteTemplate(
        UnitKind.BARN,
        _OV,
        "Besöksanteckning",
        "Återbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Återbesök, {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, kommer [med förälder|med mamma|med pappa|ensam, "
            "förälder med via telefon] för planerad uppföljning. [Har mått övervägande bra "
            "sedan förra besöket.|Har haft en period med svängande värden.|Har haft en "
            "infektion sedan förra besöket men är nu frisk.] [Skolan fungerar.|Tränar "
            "regelbundet och har lärt sig anpassa behandlingen.|Har varit på läger och det "
            "gick bra.]",
            "",
            "Status: Opåverkad. [Längd och vikt följer sin kurva.|Vikten har ökat i takt "
            "med längden.] Blodtryck {bp} mmHg.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), [stabilt|något svängande men "
            "acceptabelt|förbättrat sedan förra besöket].",
            "",
            "Planering: [Oförändrad behandling.|Justerade doser enligt genomgång.] Nytt "
            "återbesök om tre månader.",
        ),
        visit="follow-up",
        ages=(6, 17),
    ),
    NoteTemplate(
        UnitKind.BARN,
        _OV,
        "Åtgärd/Behandling",
        "Sjuksköterskebesök",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Åtgärd: Längd och vikt kontrollerade. [Genomgång av egenvård tillsammans med "
            "{name} och förälder.|Genomgång av behandlingsplanen tillsammans med {name}.|Samtal "
            "med {name} om hur behandlingen fungerar i skolan.] [Skriftlig information om "
            "behandlingen lämnad.|Nya hjälpmedel beställda.|Inga ändringar behövs.]",
            "",
            "Planering: [Föräldern kontaktar mottagningen vid frågor.|Familjen hör av sig "
            "vid frågor.|{name} och föräldern vet hur mottagningen nås.] Nästa kontakt "
            "[enligt planering|om tre månader|vid nästa läkarbesök].",
        ),
        visit="follow-up",
    ),
    # Psychiatric outpatient care
    NoteTemplate(
        UnitKind.PSYKIATRI_OPPEN,
        _OV,
        "Besöksanteckning",
        "Läkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Uppföljning, {diagnosis_text}.",
            "",
            "Aktuellt: {name} beskriver att måendet [varierar|har blivit något bättre|är "
            "ungefär som förra gången]. [Sover bättre sedan förra besöket men har svårt att "
            "komma igång på morgnarna.|Sömnen är fortfarande orolig med tidiga uppvaknanden.|"
            "Sover sju timmar de flesta nätter.] [Energin är låg och intresset för tidigare "
            "aktiviteter har ännu inte kommit tillbaka.|Har börjat träffa vänner igen.|Har "
            "kommit igång med promenader.] [Tar sin medicin dagligen utan biverkningar.|Tar "
            "medicinen, lätt illamående de första veckorna som nu gått över.]",
            "",
            "Psykiskt status: Vaken och orienterad. God kontakt, adekvat affekt. [Lätt sänkt "
            "stämningsläge.|Sänkt stämningsläge.|Neutralt stämningsläge.] Inga psykotiska "
            "symtom. Förnekar aktuella suicidtankar och tar avstånd från suicid med "
            "hänvisning till familjen.",
            "",
            "Suicidriskbedömning: Ingen akut förhöjd suicidrisk bedöms föreligga.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), [delvis förbättrad|långsamt "
            "förbättrad|oförändrad].",
            "",
            "Åtgärd: [Oförändrad läkemedelsbehandling.|Dosen höjs enligt läkemedelslistan.] "
            "Fortsatta samtal hos psykolog. Nytt läkarbesök om [sex|fyra|åtta] veckor. "
            "Patienten vet hur mottagningen och den psykiatriska akutmottagningen nås vid "
            "försämring.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_OPPEN,
        _OV,
        "Åtgärd/Behandling",
        "Samtalsbehandling",
        "Psykolog",
        _lines(
            "Kontaktorsak: Samtal [3|4|5|6|7|8|9] av 12 inom kognitiv beteendeterapi (KBT).",
            "",
            "Aktuellt: {name} har [genomfört hemuppgiften med aktivitetsschema under veckan|"
            "delvis genomfört hemuppgiften|registrerat tankar i svåra situationer under "
            "veckan] och promenerat [fyra|tre|fem] av sju dagar. [Beskriver att stämningen "
            "är något bättre efter aktiviteter.|Har haft en tyngre vecka.|Märker att "
            "oron minskar med fasta rutiner.]",
            "",
            "Innehåll: [Genomgång av aktivitetsschemat. Arbete med negativa automatiska "
            "tankar kopplade till arbetet.|Arbete med undvikande och exponering i vardagen.|"
            "Genomgång av tankedagboken och alternativa tankar.]",
            "",
            "Hemuppgift: [Fortsätta aktivitetsschemat och registrera tankar i svåra "
            "situationer.|Fortsätta med tankedagboken.|Planera in en återhämtande aktivitet "
            "varje dag.]",
            "",
            "Planering: Nästa samtal om en vecka.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_OPPEN,
        _OV,
        "Anteckning utan fysiskt möte",
        "Telefonkontakt",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Planerad telefonuppföljning efter dosjustering.",
            "",
            "Aktuellt: {name} mår [ungefär som tidigare|något bättre]. [Lätt illamående första "
            "veckan som nu har gått över.|Inga biverkningar av den nya dosen.|Sover något "
            "sämre sedan dosändringen.] Inga suicidtankar.",
            "",
            "Åtgärd: Fortsatt behandling enligt plan. Påminnelse om läkarbesöket som redan "
            "är bokat.",
        ),
        visit="phone",
    ),
    # Psychiatric inpatient care
    NoteTemplate(
        UnitKind.PSYKIATRI_SLUTEN,
        "Intagningsanteckning",
        "Utredning",
        "Intagningsanteckning",
        "Läkare",
        _lines(
            "Kontaktorsak: Inläggning på grund av försämring av {diagnosis_text}.",
            "",
            "Anamnes: {name}, {age} år, känd på psykiatrisk öppenvårdsmottagning. Under de "
            "senaste [veckorna|två veckorna|tre veckorna] tilltagande nedstämdhet, "
            "sömnsvårigheter och minskat matintag. Har dragit sig undan och inte orkat gå "
            "till arbetet. Kommer till psykiatrisk akutmottagning tillsammans med "
            "närstående.",
            "",
            "Tredje person: Närstående berättar att patienten de senaste dagarna har "
            "uttryckt hopplöshet och sagt att det inte är någon idé längre.",
            "",
            "Psykiskt status: Vaken, orienterad till tid, rum och person. Sänkt "
            "stämningsläge, psykomotoriskt hämmad, sparsamt spontantal. Inga hallucinationer "
            "eller vanföreställningar. Uttrycker dödstankar men förnekar konkreta planer.",
            "",
            "Suicidriskbedömning: Förhöjd risk utifrån hopplöshet, sömnbrist och social "
            "isolering. Skyddande faktorer är familjen och tidigare god behandlingseffekt.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}) med försämring. Behov av "
            "heldygnsvård för observation och behandling. Patienten samtycker till vård "
            "(frivillig vård enligt hälso- och sjukvårdslagen).",
            "",
            "Planering: Inläggning på allmänpsykiatrisk avdelning. Tillsyn var 15:e minut "
            "första dygnet. Sömnregistrering. Läkemedelsgenomgång i morgon.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_SLUTEN,
        "Daganteckning",
        "Åtgärd/Behandling",
        "Daganteckning",
        "Sjuksköterska",
        _lines(
            "Aktuellt: {name} har [deltagit i morgonmötet och ätit frukost och lunch på "
            "avdelningen|ätit frukost på rummet och lunch i matsalen|stannat på rummet under "
            "förmiddagen och ätit lunch i matsalen|deltagit i gruppaktiviteten på "
            "eftermiddagen]. Sov [fem|sex|sju] timmar i natt enligt sömnregistreringen. "
            "[Har promenerat med personal på sjukhusområdet.|Har haft besök av närstående.|"
            "Har vilat större delen av eftermiddagen.|Har ringt till arbetsgivaren.]",
            "",
            "Psykiskt: [Lugn. Fortfarande nedstämd men mer kontaktbar än tidigare.|Orolig "
            "på förmiddagen, lugnare efter samtal.|Lugn och tillbakadragen.|Ljusare i "
            "stämningen än i går.] Förnekar suicidtankar vid samtal [med "
            "kontaktpersonen|med sjuksköterskan|i dag].",
            "",
            "Åtgärd: [Tillsyn enligt ordination.|Tillsyn var 30:e minut enligt ordination.] "
            "Läkemedel givna enligt ordinationslistan.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_SLUTEN,
        "Daganteckning",
        "Åtgärd/Behandling",
        "Rondanteckning",
        "Läkare",
        _lines(
            "Aktuellt: {name} beskriver att [sömnen har förbättrats|sömnen fortfarande är "
            "orolig|dagarna känns något lättare]. [Ångesten är lägre på förmiddagarna.|"
            "Ångesten kommer mest på kvällarna.] [Har haft besök av familjen, vilket "
            "fungerade bra.|Har börjat delta i avdelningens aktiviteter.]",
            "",
            "Psykiskt status: [Något ljusare stämningsläge.|Fortsatt sänkt stämningsläge.] "
            "[Bättre kontakt.|God kontakt.] Inga suicidtankar.",
            "",
            "Bedömning: [Långsam förbättring av|Stabilt förlopp av] {diagnosis_text}.",
            "",
            "Planering: [Tillsynen glesas ut till var 30:e minut.|Oförändrad tillsyn.] "
            "[Permission över dagen planeras tillsammans med patienten och närstående.|"
            "Läkemedelsbehandlingen fortsätter oförändrad.]",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_SLUTEN,
        "Epikris",
        "Slutanteckning",
        "Epikris",
        "Läkare",
        _lines(
            "Orsak till inläggning: Försämring av {diagnosis_text} med hopplöshet och dödstankar.",
            "",
            "Diagnos: {diagnosis_text} ({diagnosis_code}).",
            "",
            "Vårdförlopp: {name}, {age} år, vårdades frivilligt på allmänpsykiatrisk "
            "avdelning. Initialt tät tillsyn, som kunde glesas ut i takt med förbättring. "
            "Läkemedelsbehandlingen har justerats. Sömnen har normaliserats och "
            "permissionerna har fungerat väl. Vid utskrivningen förnekar patienten "
            "suicidtankar och har framtidsplaner.",
            "",
            "Läkemedel vid utskrivning: Se läkemedelslistan.",
            "",
            "Uppföljning: Telefonkontakt med sjuksköterska dagen efter utskrivningen. "
            "Återbesök hos ordinarie läkare på öppenvårdsmottagningen inom en vecka.",
            "",
            "Information till patienten: Kontakta mottagningen eller den psykiatriska "
            "akutmottagningen om du mår sämre. Vid akut fara, ring 112.",
        ),
    ),
    # Maternity care
    NoteTemplate(
        UnitKind.MVC,
        _OV,
        "Besöksanteckning",
        "Inskrivningsbesök",
        "Barnmorska",
        _lines(
            "Kontaktorsak: Inskrivning i mödrahälsovården.",
            "",
            "Anamnes: {name}, {age} år. Sista menstruation enligt journal, regelbunden "
            "cykel. Frisk, inga regelbundna läkemedel. Röker inte, dricker ingen alkohol "
            "under graviditeten.",
            "",
            "Våldsutsatt: Frågor om våld ställda enligt rutin. Förnekar att hon utsätts "
            "eller har utsatts för våld.",
            "",
            "Status: Blodtryck {bp} mmHg. Urinsticka utan anmärkning.",
            "",
            "Åtgärd: Blodprover: Hb, blodgrupp och antikroppsscreening, hiv, hepatit B, "
            "syfilis och röda hund. Information om fosterdiagnostik och rutinultraljud. "
            "Folsyra rekommenderas. Nästa besök enligt basprogrammet.",
        ),
    ),
    NoteTemplate(
        UnitKind.MVC,
        _OV,
        "Besöksanteckning",
        "Kontrollbesök",
        "Barnmorska",
        _lines(
            "Kontaktorsak: Graviditetskontroll enligt basprogrammet.",
            "",
            "Aktuellt: {name} mår [bra|bra men är trött på kvällarna]. Känner fosterrörelser "
            "dagligen. Inga sammandragningar, ingen blödning.",
            "",
            "Status: Blodtryck {bp} mmHg. SF-mått följer kurvan. Fosterljud {fhr} slag/min. "
            "Urinsticka utan anmärkning.",
            "",
            "Åtgärd: Samtal om [förlossningsförberedelse och amning|föräldraskap|"
            "fosterrörelser och när hon ska höra av sig]. Nästa besök om [tre|två] veckor.",
        ),
    ),
    NoteTemplate(
        UnitKind.MVC,
        _OV,
        "Besöksanteckning",
        "Läkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Aktuellt: {name}, {age} år, remitterad från barnmorskan för bedömning. Mår i "
            "övrigt bra. Normala fosterrörelser.",
            "",
            "Status: Blodtryck {bp} mmHg. Buk mjuk. SF-mått normalt för graviditetslängden.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Ingen påverkan på graviditetens "
            "förlopp i nuläget.",
            "",
            "Planering: Fortsatta kontroller hos barnmorska. Förnyad läkarbedömning vid "
            "förändring.",
        ),
    ),
    # Dental care
    NoteTemplate(
        UnitKind.TANDVARD,
        _OV,
        "Besöksanteckning",
        "Undersökning",
        "Tandläkare",
        _lines(
            "Kontaktorsak: Revisionsundersökning.",
            "",
            "Anamnes: Inga besvär. Inga förändringar i allmänhälsan.",
            "",
            "Status: Bitewingröntgen bilateralt utan nyupptäckt karies. Lätt gingivit i "
            "underkäkens front. Plack vid tandköttskanten på kindsidan.",
            "",
            "Åtgärd: Instruktion i mellanrumsrengöring. Fluortandkräm morgon och kväll. "
            "Nästa undersökning om 18 månader.",
        ),
    ),
    NoteTemplate(
        UnitKind.TANDVARD,
        _OV,
        "Åtgärd/Behandling",
        "Fyllningsterapi",
        "Tandläkare",
        _lines(
            "Kontaktorsak: Karies 36 ocklusalt, upptäckt vid föregående undersökning.",
            "",
            "Åtgärd: Lokalbedövning med Xylocain Dental Adrenalin 1,8 ml. Kariesexcavering. "
            "Fyllning med komposit. Ocklusionen kontrollerad.",
            "",
            "Planering: Inga fler behandlingar planerade.",
        ),
    ),
    NoteTemplate(
        UnitKind.TANDVARD,
        _OV,
        "Åtgärd/Behandling",
        "Tandhygienistbesök",
        "Tandhygienist",
        _lines(
            "Kontaktorsak: Tandstensborttagning.",
            "",
            "Åtgärd: Supragingival tandsten borttagen med ultraljud och handinstrument. "
            "Polering. Fickdjup under 4 mm.",
            "",
            "Information: Använd mellanrumsborste dagligen i kindtandsområdet.",
        ),
    ),
    # Telephone contacts
    NoteTemplate(
        "telefon",
        _OV,
        "Telefonkontakt",
        "Telefonrådgivning",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: {name}, {age} år, ringer om hosta och feber.",
            "",
            "Aktuellt: Besvär sedan [tre|två|fyra] dagar. [Ingen andfåddhet|Lätt andfådd i "
            "trappor men inte i vila], dricker och kissar som vanligt. Inga varningstecken "
            "framkommer vid bedömning enligt rådgivningsstöd.",
            "",
            "Åtgärd: Egenvårdsråd. Ska söka vård igen vid försämring, hög feber eller om "
            "besvären inte avtar inom en vecka.",
        ),
        visit="phone",
    ),
    NoteTemplate(
        "telefon",
        _OV,
        "Anteckning utan fysiskt möte",
        "Provsvar meddelat",
        "Distriktssköterska",
        _lines(
            "Kontaktorsak: Meddela provsvar.",
            "",
            "Aktuellt: Ringer upp {name}. Provsvaren är bedömda av läkare och [inom "
            "normalområdet|utan anmärkning|oförändrade sedan förra kontrollen]. Ingen "
            "ytterligare åtgärd behövs.",
            "",
            "Åtgärd: [Patienten informerad och nöjd med beskedet.|Patienten informerad, inga "
            "frågor.]",
        ),
        visit="phone",
    ),
    NoteTemplate(
        "telefon",
        _OV,
        "Anteckning utan fysiskt möte",
        "Receptförnyelse",
        "Läkare",
        _lines(
            "Kontaktorsak: Förnyelse av recept via 1177.",
            "",
            "Bedömning: Stabil behandling. [Senaste kontroll utan anmärkning.|Blodtryck och "
            "provsvar vid senaste kontrollen utan anmärkning.]",
            "",
            "Åtgärd: Receptet förnyat för ett år. Årskontroll bokas via vårdcentralen.",
        ),
        visit="phone",
    ),
    # School health (6–14 years)
    NoteTemplate(
        "skolhalsa",
        _OV,
        "Besöksanteckning",
        "Hälsobesök",
        "Skolsköterska",
        _lines(
            "Kontaktorsak: Hälsobesök enligt elevhälsans basprogram.",
            "",
            "Aktuellt: {name}, {age} år, [trivs i skolan och har kompisar|trivs bra i klassen|"
            "tycker att skolan är rolig]. Äter frukost och lunch varje dag. Sover [cirka tio|"
            "nio till tio] timmar per natt.",
            "",
            "Status: Längd och vikt mätta, följer sin kurva. Synundersökning utan anmärkning.",
            "",
            "Åtgärd: Samtal om sömn, skärmtid och fysisk aktivitet. Nästa hälsobesök enligt "
            "programmet.",
        ),
        visit="programme",
        ages=(5, 10),
    ),
    NoteTemplate(
        "skolhalsa",
        _OV,
        "Besöksanteckning",
        "Hälsosamtal",
        "Skolsköterska",
        _lines(
            "Kontaktorsak: Hälsosamtal.",
            "",
            "Aktuellt: {name}, {age} år, har fyllt i hälsoenkäten inför samtalet. [Tränar "
            "fotboll två gånger i veckan.|Spelar innebandy på fritiden.|Går på dans en "
            "gång i veckan.] [Upplever ibland stress inför prov.|Sover ibland för lite på "
            "grund av skärmtid.|Trivs i skolan.]",
            "",
            "Oro för att barn far illa: Ingen oro framkommer.",
            "",
            "Åtgärd: Samtal om stresshantering och återhämtning. Eleven vet hur "
            "skolsköterskan nås vid behov.",
        ),
        visit="programme",
        ages=(10, 19),
    ),
    NoteTemplate(
        "skolhalsa",
        _OV,
        "Besöksanteckning",
        "Skolläkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: Remiss från skolsköterskan, återkommande magont.",
            "",
            "Anamnes: {name}, {age} år, har haft magont några gånger i veckan den senaste "
            "månaden, oftast på morgonen. Ingen viktnedgång, normala avföringsvanor.",
            "",
            "Status: Opåverkad. Buk mjuk och oöm, inga resistenser.",
            "",
            "Bedömning: Funktionella magbesvär. Inga tecken på organisk sjukdom.",
            "",
            "Åtgärd: Samtal med elev och förälder. Uppföljning hos skolsköterskan om en månad.",
        ),
        visit="first",
    ),
)


# --- Referrals, radiology and alerts ------------------------------------------


@dataclass(frozen=True)
class ReferralTemplate:
    """An answered referral (remiss) between two unit kinds."""

    from_kind: str
    to_kind: str
    question: str
    reason: str
    answer: str


REFERRALS: tuple[ReferralTemplate, ...] = (
    ReferralTemplate(
        UnitKind.PRIMARVARD,
        UnitKind.ORTOPEDI,
        "Ställningstagande till knäprotesoperation?",
        "Sedan flera år tilltagande smärta i höger knä, nu även vilo- och nattvärk. "
        "Gångsträcka cirka 300 meter. Har genomgått artrosskola och fysioterapi utan "
        "tillräcklig effekt. Paracetamol och lokal NSAID ger viss lindring. Röntgen visar "
        "uttalad medial artros.",
        "Bedömd på ortopedmottagningen. Klinisk bild och röntgen förenliga med uttalad "
        "medial gonartros höger knä. Patienten har prövat adekvat basbehandling. Efter "
        "information om risker och förväntat resultat önskar patienten operation. "
        "Uppsatt på väntelista för total knäprotes. Kallelse till preoperativ bedömning "
        "kommer.",
    ),
    ReferralTemplate(
        UnitKind.PRIMARVARD,
        UnitKind.MEDICIN,
        "Hjärtsvikt? Önskar ekokardiografi och bedömning.",
        "Sedan tre månader tilltagande ansträngningsdyspné och bensvullnad. Förhöjt "
        "NT-proBNP. EKG visar sinusrytm med vänstergrenblock. Behandlas för hypertoni.",
        "Ekokardiografi visar lätt dilaterad vänsterkammare med nedsatt systolisk "
        "funktion, ejektionsfraktion 35–40 %. Inga signifikanta klaffel. Bedömning: "
        "hjärtsvikt med nedsatt ejektionsfraktion. Behandling med betablockerare och "
        "sakubitril/valsartan påbörjad. Fortsatt upptitrering på hjärtsviktsmottagningen, "
        "därefter åter till vårdcentralen.",
    ),
    ReferralTemplate(
        UnitKind.PRIMARVARD,
        UnitKind.PSYKIATRI_OPPEN,
        "Bedömning och ställningstagande till fortsatt behandling av depression.",
        "Sedan ett år medelsvår depression. Har prövat två SSRI-preparat i adekvat dos och "
        "tid utan tillräcklig effekt. Sjukskriven sedan fyra månader. Inga aktuella "
        "suicidtankar. Ingen missbruksproblematik.",
        "Bedömd av specialistläkare i psykiatri. Diagnos: recidiverande depression, "
        "medelsvår episod. Byte till mirtazapin, och patienten erbjuds KBT hos psykolog "
        "på mottagningen. Uppföljning här under behandlingsperioden, därefter åter till "
        "vårdcentralen.",
    ),
    ReferralTemplate(
        UnitKind.BVC,
        UnitKind.BARN,
        "Blåsljud vid hälsoundersökning, önskar bedömning.",
        "Vid läkarundersökning på BVC noteras ett systoliskt blåsljud grad 2/6 "
        "vänster sternalrand. Barnet är piggt och växer normalt. Femoralispulsar "
        "palpabla.",
        "Bedömd på barnmottagningen. Ekokardiografi visar normal hjärtanatomi och "
        "funktion. Blåsljudet är fysiologiskt (funktionellt). Ingen ytterligare "
        "uppföljning behövs.",
    ),
    ReferralTemplate(
        UnitKind.MVC,
        UnitKind.KVINNOKLINIK,
        "Förhöjt glukosvärde vid glukosbelastning, önskar bedömning på specialistmödravården.",
        "Förstföderska i graviditetsvecka 28. Oral glukosbelastning med 2-timmarsvärde "
        "10,4 mmol/L. BMI 31 vid inskrivning. Normalt blodtryck. Normal tillväxt enligt "
        "SF-mått.",
        "Bedömd på specialistmödravården. Graviditetsdiabetes. Kostrådgivning hos "
        "dietist och egen blodsockermätning påbörjad. Tillväxtultraljud i vecka 32 och 36. "
        "Fortsatta kontroller på specialistmödravården parallellt med barnmorskan.",
    ),
    ReferralTemplate(
        UnitKind.PRIMARVARD,
        UnitKind.KIRURGI,
        "Gallstensanfall, ställningstagande till operation?",
        "Tre smärtattacker under höger arcus senaste halvåret, varav en med besök på "
        "akutmottagningen. Ultraljud visar multipla gallstenar utan tecken på kolecystit. "
        "Leverprover normala mellan attackerna.",
        "Bedömd på kirurgmottagningen. Symtomgivande gallstenssjukdom. Patienten "
        "erbjuds laparoskopisk kolecystektomi och är uppsatt på operationslistan. Fettsnål "
        "kost rekommenderas tills vidare.",
    ),
    ReferralTemplate(
        UnitKind.AKUT,
        UnitKind.ORTOPEDI,
        "Uppföljning av handledsfraktur.",
        "Fall på utsträckt hand. Röntgen visar distal radiusfraktur med lätt dorsal "
        "felställning. Gipsskena anlagd på akutmottagningen.",
        "Kontrollröntgen efter en vecka visar oförändrat läge. Fortsatt gipsbehandling, "
        "totalt fem veckor. Därefter gipsavtagning och instruktion av arbetsterapeut om "
        "rörelseträning.",
    ),
    ReferralTemplate(
        UnitKind.PRIMARVARD,
        UnitKind.KVINNOKLINIK,
        "Postmenopausal blödning, önskar gynekologisk bedömning.",
        "Menopaus för sex år sedan. Två tillfällen med sparsam vaginal blödning senaste "
        "månaden. Ingen hormonbehandling. Cellprov taget enligt screeningprogrammet för "
        "två år sedan utan anmärkning.",
        "Bedömd på gynekologmottagningen. Vaginalt ultraljud visar tunt endometrium, 3 mm. "
        "Endometriebiopsi utan atypi eller malignitet. Sannolikt atrofiska slemhinnor. "
        "Lokal östrogenbehandling rekommenderas. Förnyad kontakt vid ny blödning.",
    ),
)


@dataclass(frozen=True)
class RadiologyTemplate:
    """A radiology examination with its report (utlåtande)."""

    examination: str
    report: str
    dose_msv: float | None  # effective dose; None for MR and ultrasound


RADIOLOGY: tuple[RadiologyTemplate, ...] = (
    RadiologyTemplate(
        "Lungröntgen",
        "Lungröntgen frontal och sidobild. Fläckig förtätning i höger underlob, förenlig "
        "med pneumoni i rätt klinisk kontext. Hjärtstorleken i övre normalområdet. Lätt "
        "ökad kärlteckning centralt. Ingen säker pleuravätska. Ingen pneumothorax. "
        "Kontroll efter behandling rekommenderas vid kvarstående symtom.",
        0.05,
    ),
    RadiologyTemplate(
        "DT hjärna utan kontrast",
        "Inga tecken på blödning. Ingen expansivitet eller medellinjeförskjutning. "
        "Normalvida ventriklar och ytliga fåror. Inga säkra tecken på färsk ischemi. "
        "Sinus och mastoidceller luftförande.",
        1.7,
    ),
    RadiologyTemplate(
        "MR ländrygg",
        "Normal kotlinjering. Disk L4–L5 med lätt höjdreduktion och nedsatt signal. "
        "Mediolateralt diskbråck L5–S1 åt vänster som trycker på vänster S1-rot i "
        "recessen. Ingen spinal stenos. Övriga diskar utan anmärkning. Normal "
        "signal från konus.",
        None,
    ),
    RadiologyTemplate(
        "Ultraljud buk",
        "Levern är normalstor med homogen ekogenicitet. Inga fokala förändringar. "
        "Gallblåsan utan konkrement, normal väggtjocklek. Gallvägarna ej vidgade. "
        "Pankreas delvis skymd av tarmgas, synliga delar utan anmärkning. Mjälte och "
        "njurar normalstora utan hydronefros. Ingen fri vätska.",
        None,
    ),
    RadiologyTemplate(
        "Skelettröntgen handled",
        "Höger handled i två projektioner. Tvärgående fraktur i distala radiusmetafysen "
        "med lätt dorsal vinkling, cirka 10 grader. Ingen ledinvolvering. Fraktur på "
        "processus styloideus ulnae. I övrigt inga skelettskador.",
        0.001,
    ),
    RadiologyTemplate(
        "Skelettröntgen knä",
        "Höger knä, belastad frontalbild och sidobild. Uttalad förträngning av mediala "
        "ledspringan med subkondral skleros och osteofyter. Laterala ledspringan och "
        "patellofemoralleden med lindriga förändringar. Ingen fraktur. Ingen "
        "ledvätska av betydelse. Sammanfattning: uttalad medial gonartros.",
        0.005,
    ),
    RadiologyTemplate(
        "DT lungartärer med kontrast",
        "God kontrastfyllnad av lungartärerna. Inga fyllnadsdefekter, ingen lungemboli. "
        "Lungparenkymet utan infiltrat. Ingen pleuravätska. Normal hjärtstorlek. Inga "
        "förstorade lymfkörtlar i mediastinum.",
        4.0,
    ),
    RadiologyTemplate(
        "Skelettröntgen höft",
        "Vänster höft och bäcken. Dislocerad fraktur genom lårbenshalsen vänster "
        "(cervikal collumfraktur, Garden III–IV). Uttalad osteopeni. Inga andra "
        "frakturer i bäckenet.",
        0.4,
    ),
    RadiologyTemplate(
        "DT buk med intravenös kontrast",
        "Multipla divertiklar i sigmoideum. Lokal väggförtjockning med fettvävsreaktion "
        "kring en divertikel i mellersta sigmoideum, förenligt med okomplicerad "
        "divertikulit. Ingen abscess, ingen fri gas. Appendix utan anmärkning. Övriga "
        "bukorgan utan anmärkning.",
        7.0,
    ),
    RadiologyTemplate(
        "Mammografi",
        "Screeningmammografi bilateralt. Körteltäthet grad B. Inga misstänkta "
        "förändringar, inga mikroförkalkningar. Benign bild. Ny kallelse enligt "
        "screeningprogrammet.",
        0.4,
    ),
)


@dataclass(frozen=True)
class AlertTemplate:
    """Uppmärksamhetsinformation (an alert)."""

    category: str
    text: str
    severity: str  # only for hypersensitivity, "" otherwise
    certainty: str  # only for hypersensitivity, "" otherwise


ALERTS: tuple[AlertTemplate, ...] = (
    AlertTemplate(
        "Överkänslighet", "Penicilliner (nässelutslag och ansiktssvullnad)", "Skadlig", "Styrkt"
    ),
    AlertTemplate(
        "Överkänslighet", "Sulfonamider (trimetoprim-sulfametoxazol)", "Besvärande", "Misstänkt"
    ),
    AlertTemplate("Överkänslighet", "Jordnötter (anafylaxi)", "Livshotande", "Styrkt"),
    AlertTemplate("Överkänslighet", "Jodhaltiga kontrastmedel", "Skadlig", "Misstänkt"),
    AlertTemplate("Överkänslighet", "Latex", "Besvärande", "Styrkt"),
    AlertTemplate("Behandling", "Antikoagulantiabehandling (Eliquis)", "", ""),
    AlertTemplate("Behandling", "Insulinbehandlad diabetes", "", ""),
    AlertTemplate("Allvarlig sjukdom", "Binjurebarksvikt (Addisons sjukdom)", "", ""),
    AlertTemplate("Smitta", "MRSA-bärare", "", ""),
    AlertTemplate("Smitta", "Hepatit C", "", ""),
    AlertTemplate(
        "Vårdbegränsning",
        "Ej hjärt-lungräddning (HLR), beslutat efter samråd med patient och närstående",
        "",
        "",
    ),
)


# --- Children's growth and health programmes ---------------------------------


# Children's growth: the reference the charts draw too is one table, in demo/domain/growth.py
# (seed/generate.py draws from it).

# Barnhälsovårdens nationella program: home visit at 1–2 weeks, then 4, 6 and
# 8 weeks, 3, 4, 5, 6, 8, 10, 12 and 18 months, 2.5, 3, 4 and 5 years.
BVC_VISIT_AGES_DAYS: tuple[int, ...] = (
    10,
    28,
    42,
    56,
    91,
    122,
    152,
    183,
    243,
    304,
    365,
    548,
    913,
    1096,
    1461,
    1826,
)

# Elevhälsans basprogram: förskoleklass (6 y), åk 2 (8 y), åk 4 (10 y),
# åk 6 (12 y) and åk 8 (14 y).
SCHOOL_HEALTH_AGES_DAYS: tuple[int, ...] = (2192, 2922, 3653, 4383, 5114)


@dataclass(frozen=True)
class MaternityCheck:
    """A visit in the maternity care programme (mödrahälsovårdens basprogram)."""

    week: int  # gestational week
    profession: str
    note: str


MATERNITY_PROGRAMME: tuple[MaternityCheck, ...] = (
    MaternityCheck(
        10,
        "Barnmorska",
        "Inskrivningssamtal. Hälsosamtal om levnadsvanor. Frågor om våld ställda. "
        "Blodprover tagna: Hb, blodgrupp, antikroppsscreening och infektionsserologi. "
        "Information om fosterdiagnostik.",
    ),
    MaternityCheck(
        12,
        "Barnmorska",
        "KUB (kombinerat ultraljud och biokemi) enligt önskemål. Ett levande foster. "
        "Nackuppklarning normal, låg sannolikhet för kromosomavvikelse.",
    ),
    MaternityCheck(
        19,
        "Barnmorska",
        "Rutinultraljud: ett levande foster, normal anatomi vid undersökningen. Placenta på "
        "framväggen, inte lågt sittande. Normal fostervattenmängd. Beräknad förlossning "
        "fastställd.",
    ),
    MaternityCheck(
        25,
        "Barnmorska",
        "Mår bra, känner fosterrörelser. Blodtryck, SF-mått och fosterljud normala. Hb "
        "kontrollerat.",
    ),
    MaternityCheck(
        28,
        "Barnmorska",
        "Hb och glukos kontrollerade. SF-mått följer kurvan. Samtal om "
        "föräldraskap och förlossningsförberedelse.",
    ),
    MaternityCheck(
        31,
        "Barnmorska",
        "Normala fosterrörelser. Blodtryck normalt, urinsticka utan anmärkning. SF-mått "
        "följer kurvan.",
    ),
    MaternityCheck(
        33,
        "Barnmorska",
        "Mår bra, lite foglossningsbesvär. SF-mått och fosterljud normala. Råd om avlastning.",
    ),
    MaternityCheck(
        35,
        "Barnmorska",
        "Fosterläge: huvudbjudning. Samtal om förlossningsstart och när hon ska ringa "
        "förlossningen.",
    ),
    MaternityCheck(
        37,
        "Barnmorska",
        "Huvudbjudning, ej fixerad. Blodtryck normalt. Samtal om amning och tiden efter "
        "förlossningen.",
    ),
    MaternityCheck(
        39,
        "Barnmorska",
        "Mår bra, täta förvärkar. Huvudbjudning, fixerad. Fosterljud 138 slag/min.",
    ),
    MaternityCheck(
        40,
        "Barnmorska",
        "Beräknad förlossning. Normala fosterrörelser. Information om överburenhetskontroll.",
    ),
    MaternityCheck(
        41,
        "Läkare",
        "Överburenhetskontroll på specialistmödravården. Normalt CTG och "
        "fostervattenmängd. Igångsättning av förlossningen erbjuds och planeras i vecka "
        "41+0 till 41+2.",
    ),
)


# --- Who may have what: the limits the generator keeps and the world check enforces ---


def code_between(code: str, first: str, last: str) -> bool:
    """Whether a code (ICD-10-SE or ATC) lies in first..last, compared at their length."""
    return first <= code[: len(first)] <= last


# ICD-10-SE blocks only one sex can have.
CODE_SEX: tuple[tuple[str, str, str], ...] = (
    ("C51", "C58", "F"),  # cancer of the female genital organs
    ("D25", "D28", "F"),
    ("N70", "N98", "F"),  # the female genital tract, menopause
    ("O00", "O99", "F"),  # pregnancy, childbirth and the puerperium
    ("Z32", "Z37", "F"),  # pregnancy tests, supervision, delivery
    ("Z39", "Z39", "F"),
    ("C60", "C63", "M"),  # cancer of the male genital organs
    ("D29", "D29", "M"),
    ("N40", "N51", "M"),  # the male genital organs
)

# Codes bound to an age (whole years at the date, both ends included).
CODE_AGES: tuple[tuple[str, str, int, int], ...] = (
    ("P00", "P96", 0, 0),  # the perinatal period
    ("J21", "J21", 0, 1),  # bronchiolitis
    ("L22", "L22", 0, 3),  # diaper dermatitis
    ("J05.0", "J05.0", 0, 6),  # croup
    ("I10", "I10", 18, 120),  # essential hypertension (children's is secondary)
    ("N95", "N95", 40, 120),  # menopause
    ("O00", "O99", 13, 55),
    ("Z32", "Z37", 13, 55),
    ("Z35.5", "Z35.5", 35, 55),  # an older first-time mother
    ("F00", "F03", 40, 120),  # dementia
    ("G30.1", "G30.1", 65, 120),  # Alzheimer's disease of late onset
    ("H25", "H25", 50, 120),  # senile cataract
    ("M81", "M81", 40, 120),  # osteoporosis without fracture
)


def code_fits(code: str, sex: str, age: int) -> bool:
    """Whether a person of this sex and age can have this ICD-10-SE code."""
    return all(
        sex == only for first, last, only in CODE_SEX if code_between(code, first, last)
    ) and all(
        low <= age <= high
        for first, last, low, high in CODE_AGES
        if code_between(code, first, last)
    )


# Drugs for one sex: estrogens, progestogens, contraceptives, gynaecologicals; drugs for
# an enlarged prostate and androgens.
DRUG_SEX: tuple[tuple[str, str], ...] = (
    ("G03A", "F"),
    ("G03C", "F"),
    ("G03D", "F"),
    ("G02", "F"),
    ("G03B", "M"),
    ("G04CA", "M"),
    ("G04CB", "M"),
)

# Drug groups not given to children in this world (under 18): anticoagulants, diuretics,
# RAAS blockers, lipid-lowering drugs, gout, bisphosphonates, antidementia drugs, drugs
# against alcohol dependence, estrogens.
ADULT_DRUGS: tuple[str, ...] = ("B01A", "C03", "C09", "C10", "M04A", "M05B", "N06D", "N07B", "G03C")

# (ATC prefix, from gestational week): drugs a woman does not take while pregnant, as
# Janusinfo and FASS classify them (the tetracyclines from week 16, NSAIDs from week 20).
PREGNANCY_CONTRAINDICATED: tuple[tuple[str, int], ...] = (
    ("A10BH", 0),  # DPP-4 inhibitors
    ("A10BJ", 0),  # GLP-1 analogues
    ("A10BK", 0),  # SGLT2 inhibitors
    ("B01AA", 0),  # warfarin
    ("B01AF", 0),  # direct factor Xa inhibitors
    ("C03DA", 0),  # spironolactone
    ("C09", 0),  # ACE inhibitors, ARBs, sacubitril/valsartan
    ("C10", 0),  # statins and other lipid-lowering drugs
    ("D10BA", 0),  # isotretinoin
    ("G03C", 0),  # estrogens
    ("J01AA", 16),  # tetracyclines
    ("L04AX03", 0),  # methotrexate
    ("M01A", 20),  # NSAIDs
    ("M04AA", 0),  # allopurinol
    ("M05B", 0),  # bisphosphonates
    ("N03AG01", 0),  # valproate
    ("N05AN01", 0),  # lithium
)


def pregnancy_contraindicated_from(atc: str) -> int | None:
    """The gestational week from which a drug is not taken, or None: it may be."""
    return next(
        (week for prefix, week in PREGNANCY_CONTRAINDICATED if atc.startswith(prefix)), None
    )


def drug_fits(drug: Drug, sex: str, age: int) -> bool:
    """Whether a drug, in this form and strength, is for a person of this sex and age."""
    low, high = drug.ages
    return (
        low <= age <= high
        and all(sex == only for prefix, only in DRUG_SEX if drug.atc.startswith(prefix))
        and (age >= 18 or not drug.atc.startswith(ADULT_DRUGS))
    )


def drug_class(atc: str) -> str:
    """The class a patient takes one drug of at a time: the ATC chemical subgroup (level
    4), widened where no two of a group are combined: RAAS blockers (C09: ACE inhibitor,
    ARB, ARNI) and beta blockers (C07)."""
    return next((group for group in ("C07", "C09") if atc.startswith(group)), atc[:5])


# Pairs of ATC groups never taken together though their classes differ: a LAMA/LABA
# inhaler with a LAMA (two antimuscarinics) or with an ICS/LABA inhaler (two LABAs).
NEVER_COMBINED: tuple[tuple[str, str], ...] = (("R03AL", "R03BB"), ("R03AL", "R03AK"))


def same_class(first: str, second: str) -> bool:
    """Whether two drugs (ATC codes) are one too many when taken at once."""
    return drug_class(first) == drug_class(second) or any(
        (first.startswith(a) and second.startswith(b))
        or (first.startswith(b) and second.startswith(a))
        for a, b in NEVER_COMBINED
    )


@dataclass(frozen=True)
class Course:
    """How long a dosage says a course lasts: exactly, or at most, `days` days."""

    days: int
    exact: bool


_COURSE = re.compile(r"\b(?:totalt|i) (\d+) (dagar|veckor)\b(?!, därefter)")
_AT_MOST = re.compile(r"\bhögst (\d+) (dagar|veckor)\b")


def course_of(dosage: str) -> Course | None:
    """The course a dosage text states ("i 5 dagar", "totalt 7 dagar", "högst 2 veckor",
    "engångsdos"), or None for a dosage until further notice."""
    if "engångsdos" in dosage:
        return Course(1, exact=True)
    for pattern, exact in ((_COURSE, True), (_AT_MOST, False)):
        found = pattern.search(dosage)
        if found:
            count = int(found.group(1))
            return Course(count * 7 if found.group(2) == "veckor" else count, exact)
    return None


# Folkhälsomyndigheten's recommendation for the yearly influenza vaccination (and, from
# autumn 2023, covid-19): people from 65, pregnant women and people with a chronic
# disease of the heart, lungs, kidneys or liver, diabetes, cancer, a weakened immune
# system or a neuromuscular disease.
RISK_GROUP_AGE = 65
RISK_GROUP_CODES: tuple[tuple[str, str], ...] = (
    ("B20", "B24"),
    ("C00", "C97"),
    ("D80", "D84"),
    ("E10", "E14"),
    ("G12", "G12"),
    ("G35", "G35"),
    ("G70", "G73"),
    ("I05", "I09"),
    ("I11", "I11"),
    ("I20", "I25"),
    ("I27", "I28"),
    ("I30", "I52"),
    ("J41", "J47"),
    ("J84", "J84"),
    ("K70", "K77"),
    ("N18", "N18"),
    ("Q90", "Q90"),
)
SEASONAL_VACCINES_FOR_RISK_GROUPS: tuple[tuple[str, date], ...] = (
    ("Influensa", date.min),
    ("Covid-19", date(2023, 9, 1)),
)


def risk_group_code(code: str) -> bool:
    return any(code_between(code, first, last) for first, last in RISK_GROUP_CODES)


# The national childhood programme as it was when each child was born or vaccinated.
# Rotavirus: nationally for children born from 15 July 2019 (the first doses from
# 1 September 2019; Region Skåne's instructions to its providers). Some regions began
# earlier: Stockholm in April 2014, Jönköping on 1 July 2014, Västra Götaland in April 2016
# (regional news and 1177); Dalarna, Gävleborg, Värmland, Västmanland and Örebro by 2017,
# on dates our sources do not give, so the national date holds there.
ROTAVIRUS_BORN_FROM = date(2019, 7, 15)
ROTAVIRUS_REGIONAL_FROM: dict[str, date] = {
    "stockholm": date(2014, 4, 15),
    "jonkoping": date(2014, 7, 1),
    "vastra-gotaland": date(2016, 4, 1),
}
ROTAVIRUS_LAST_AGE_DAYS = 24 * 7  # Rotarix: the course is complete by 24 weeks of age
# HPV: girls born from 1999 (from 2010, with catch-up for those born 1993–1998), boys born
# from 2009 (from August 2020).
HPV_BORN_FROM: dict[str, date] = {"F": date(1993, 1, 1), "M": date(2009, 1, 1)}
# Pneumococcal vaccine for infants in the programme from the turn of 2008/2009.
PNEUMOCOCCAL_INFANTS_FROM = date(2009, 1, 1)
COVID_VACCINES_FROM = date(2020, 12, 27)


def childhood_dose_offered(dose: ScheduledDose, sex: str, born: date, region_id: str) -> bool:
    """Whether the programme offered this dose to this child, born then, there."""
    target = dose.vaccine.target_diseases
    given = born + timedelta(days=dose.age_days)
    if "Rotavirus" in target:
        start = ROTAVIRUS_REGIONAL_FROM.get(region_id)
        return born >= ROTAVIRUS_BORN_FROM or (start is not None and given >= start)
    if "papillomvirus" in target:
        return born >= HPV_BORN_FROM[sex]
    if "Pneumokock" in target:
        return given >= PNEUMOCOCCAL_INFANTS_FROM
    return True


# The programme's name for each BVC visit, by its age in days (BVC_VISIT_AGES_DAYS), as
# in "Hälsobesök vid 3 månaders ålder".
BVC_VISIT_NAMES: dict[int, str] = {
    10: "1–2 veckors",
    28: "4 veckors",
    42: "6 veckors",
    56: "8 veckors",
    91: "3 månaders",
    122: "4 månaders",
    152: "5 månaders",
    183: "6 månaders",
    243: "8 månaders",
    304: "10 månaders",
    365: "12 månaders",
    548: "18 månaders",
    913: "2,5 års",
    1096: "3 års",
    1461: "4 års",
    1826: "5 års",
}


def bvc_visit_name(age_days: int) -> str:
    """The programme visit a child of this age (days) comes to BVC for."""
    return BVC_VISIT_NAMES[max((d for d in BVC_VISIT_NAMES if d <= age_days), default=10)]


# School health care (elevhälsans medicinska insats) gives the programme's doses from
# förskoleklass to the last year of compulsory school.
SCHOOL_AGES = (6, 15)

# Which unit kinds serve whom (ages in whole years, both ends included).
UNIT_SEX: dict[str, str] = {UnitKind.MVC: "F", UnitKind.KVINNOKLINIK: "F"}
UNIT_AGES: dict[str, tuple[int, int]] = {
    UnitKind.BVC: (0, 6),
    UnitKind.ELEVHALSA: (5, 19),
    UnitKind.BARN: (0, 17),
    UnitKind.BUP: (0, 17),
    UnitKind.MVC: (13, 55),
}

# Where each profession works: a district nurse (distriktssköterska) at a health centre or
# BVC, never at a hospital clinic; a school nurse in school health care; a midwife in
# maternity and women's care; dental staff at the dentist's; a biomedical scientist at
# the laboratory. The author of a result works at the unit that performed it.
_EVERY_UNIT = frozenset(UnitKind)
_HOSPITAL = frozenset(
    {
        UnitKind.AKUT,
        UnitKind.MEDICIN,
        UnitKind.KIRURGI,
        UnitKind.BARN,
        UnitKind.ORTOPEDI,
        UnitKind.KVINNOKLINIK,
        UnitKind.PSYKIATRI_OPPEN,
        UnitKind.PSYKIATRI_SLUTEN,
        UnitKind.BUP,
        UnitKind.RATTSPSYKIATRI,
    }
)
_CARE = _HOSPITAL | {UnitKind.PRIMARVARD, UnitKind.LSS}
PROFESSION_UNITS: dict[str, frozenset[str]] = {
    "Läkare": _EVERY_UNIT - {UnitKind.TANDVARD},
    "Sjuksköterska": _EVERY_UNIT - {UnitKind.TANDVARD, UnitKind.ELEVHALSA, UnitKind.LAB},
    "Distriktssköterska": frozenset({UnitKind.PRIMARVARD, UnitKind.BVC}),
    "Barnmorska": frozenset({UnitKind.MVC, UnitKind.KVINNOKLINIK}),
    "Skolsköterska": frozenset({UnitKind.ELEVHALSA}),
    "Psykolog": frozenset(
        {
            UnitKind.PRIMARVARD,
            UnitKind.BARN,
            UnitKind.BUP,
            UnitKind.PSYKIATRI_OPPEN,
            UnitKind.PSYKIATRI_SLUTEN,
            UnitKind.RATTSPSYKIATRI,
            UnitKind.ELEVHALSA,
            UnitKind.BARNAHUS,
            UnitKind.LSS,
        }
    ),
    "Kurator": _CARE | {UnitKind.ELEVHALSA, UnitKind.BARNAHUS, UnitKind.MVC},
    "Fysioterapeut": _CARE,
    "Arbetsterapeut": _CARE,
    "Dietist": _CARE | {UnitKind.MVC},
    "Undersköterska": _CARE | {UnitKind.BVC, UnitKind.MVC, UnitKind.RONTGEN},
    "Tandläkare": frozenset({UnitKind.TANDVARD}),
    "Tandhygienist": frozenset({UnitKind.TANDVARD}),
    "Biomedicinsk analytiker": frozenset({UnitKind.LAB}),
}
# The nurse a unit has where a template or story names another: a district nurse outside
# a health centre is a nurse, and so is a school nurse outside school health care.
NURSE_TITLES: dict[str, str] = {
    "Distriktssköterska": "Sjuksköterska",
    "Skolsköterska": "Sjuksköterska",
}


def profession_at(profession: str, kind: str) -> str:
    """The profession as a unit of this kind calls it (a nurse's title follows the unit)."""
    if kind in PROFESSION_UNITS.get(profession, _EVERY_UNIT):
        return profession
    return NURSE_TITLES.get(profession, profession)


# A prescription is valid for a year: a drug taken until further notice is renewed about
# once a year (each renewal ends the one before), so no current prescription is older
# than 15 months.
RENEWAL_DAYS = (330, 365)
CURRENT_PRESCRIPTION_MAX_DAYS = 457

# A unit writes the same kind of note again and again, never word for word: more than a
# fifth of a person's notes repeating another is copy and paste.
REPEATED_NOTES_ALLOWED = 0.2

# Outpatient care documents and signs on weekdays in office hours; the emergency
# department and the wards (and anything in an inpatient stay) around the clock.
OFFICE_OPENS = time(7, 30)
OFFICE_CLOSES = time(17, 30)
AROUND_THE_CLOCK: frozenset[str] = frozenset({UnitKind.AKUT, UnitKind.PSYKIATRI_SLUTEN})


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    week = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * week) // 433
    month = (h + week - 7 * m + 90) // 25
    return date(year, month, (h + week - 7 * m + 33 * month + 19) % 32)


def working_day(day: date) -> bool:
    """A weekday that is not a Swedish public holiday, nor an eve that works as one
    (midsummer, Christmas and New Year's Eve)."""
    if day.weekday() >= 5:
        return False
    if (day.month, day.day) in (
        (1, 1),
        (1, 6),
        (5, 1),
        (6, 6),
        (12, 24),
        (12, 25),
        (12, 26),
        (12, 31),
    ):
        return False
    if day.month == 6 and 19 <= day.day <= 25 and day.weekday() == 4:
        return False  # midsummer's eve
    easter = _easter(day.year)
    return day not in {easter + timedelta(days=offset) for offset in (-2, 1, 39)}


def in_office_hours(moment: datetime) -> bool:
    return working_day(moment.date()) and OFFICE_OPENS <= moment.time() <= OFFICE_CLOSES


# One spelling for each unit in the record's texts (Swedish care writes mmHg).
SPELLINGS: dict[str, str] = {"mm Hg": "mmHg"}

# The municipality of each region's first health centre, where its patients live: it runs
# their school health care and home help (Region Gotland is the municipality too).
MUNICIPALITIES: dict[str, str] = {
    "blekinge": "Karlskrona kommun",
    "dalarna": "Falu kommun",
    "gotland": "Region Gotland",
    "gavleborg": "Gävle kommun",
    "halland": "Halmstads kommun",
    "jamtland-harjedalen": "Östersunds kommun",
    "jonkoping": "Jönköpings kommun",
    "kalmar": "Kalmar kommun",
    "kronoberg": "Växjö kommun",
    "norrbotten": "Luleå kommun",
    "skane": "Malmö stad",
    "stockholm": "Stockholms stad",
    "sormland": "Eskilstuna kommun",
    "uppsala": "Uppsala kommun",
    "varmland": "Karlstads kommun",
    "vasterbotten": "Umeå kommun",
    "vasternorrland": "Sundsvalls kommun",
    "vastmanland": "Västerås stad",
    "vastra-gotaland": "Göteborgs Stad",
    "orebro": "Örebro kommun",
    "ostergotland": "Linköpings kommun",
}


# --- Miscellaneous ------------------------------------------------------------

CONTACT_REASONS: tuple[str, ...] = (
    "Hosta och feber",
    "Halsont",
    "Öronvärk",
    "Årskontroll diabetes",
    "Blodtryckskontroll",
    "Ryggont",
    "Sveda vid vattenkastning",
    "Trötthet",
    "Yrsel",
    "Hudutslag",
    "Ont i magen",
    "Bröstsmärta",
    "Huvudvärk",
    "Nedstämdhet",
    "Sömnbesvär",
    "Förnyelse av recept",
    "Provtagning",
    "Vaccination",
    "Knäsmärta",
    "Uppföljning efter sjukhusvård",
)

PROFESSIONS: tuple[str, ...] = (
    "Läkare",
    "Sjuksköterska",
    "Distriktssköterska",
    "Barnmorska",
    "Psykolog",
    "Kurator",
    "Fysioterapeut",
    "Arbetsterapeut",
    "Dietist",
    "Tandläkare",
    "Tandhygienist",
    "Skolsköterska",
    "Undersköterska",
    "Biomedicinsk analytiker",
)
