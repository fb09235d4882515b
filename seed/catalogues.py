"""Swedish clinical catalogues for the deterministic seed generator.

Pure data: ICD-10-SE diagnoses with their Swedish texts, the national childhood
vaccination programme (Folkhälsomyndigheten), drugs sold in Sweden with ATC
codes, laboratory analyses with Swedish naming and adult reference intervals,
note, referral and radiology templates, growth references and the maternity
care programme. All clinical text is in Swedish, as citizens read it in
Journalen. Note templates may use the placeholders {name}, {age},
{diagnosis_text} and {diagnosis_code} (filled with str.format) and no others.
"""

from dataclasses import dataclass

from demo.domain.kinds import UnitKind


def _lines(*parts: str) -> str:
    """Join the paragraphs of a template text with line breaks."""
    return "\n".join(parts)


# --- Diagnoses ----------------------------------------------------------------


@dataclass(frozen=True)
class Diagnosis:
    """An ICD-10-SE code with its official Swedish text."""

    code: str
    text: str
    chronic: bool


DIAGNOSES_ADULT: tuple[Diagnosis, ...] = (
    Diagnosis("I10", "Essentiell hypertoni", True),
    Diagnosis("E11.9", "Diabetes mellitus typ 2 utan komplikationer", True),
    Diagnosis("E78.0", "Ren hyperkolesterolemi", True),
    Diagnosis("E03.9", "Hypotyreos, ospecificerad", True),
    Diagnosis("J06.9", "Akut övre luftvägsinfektion, ospecificerad", False),
    Diagnosis("J03.0", "Streptokocktonsillit", False),
    Diagnosis("J01.9", "Akut sinuit, ospecificerad", False),
    Diagnosis("J20.9", "Akut bronkit, ospecificerad", False),
    Diagnosis("J18.9", "Pneumoni, ospecificerad", False),
    Diagnosis("J45.9", "Astma, ospecificerad", True),
    Diagnosis("J30.1", "Allergisk rinit orsakad av pollen", True),
    Diagnosis("N30.0", "Akut cystit", False),
    Diagnosis("N39.0", "Urinvägsinfektion utan angiven lokalisation", False),
    Diagnosis("M54.5", "Lumbago", False),
    Diagnosis("M54.2", "Cervikalgi", False),
    Diagnosis("M79.1", "Myalgi", False),
    Diagnosis("M10.9", "Gikt, ospecificerad", True),
    Diagnosis("K21.9", "Gastroesofageal refluxsjukdom utan esofagit", True),
    Diagnosis("K59.0", "Förstoppning", False),
    Diagnosis("K58.9", "Colon irritabile utan diarré", True),
    Diagnosis("K80.2", "Gallsten utan kolecystit", False),
    Diagnosis("R10.4", "Andra och ospecificerade buksmärtor", False),
    Diagnosis("R07.4", "Bröstsmärtor, ospecificerade", False),
    Diagnosis("R51", "Huvudvärk", False),
    Diagnosis("G43.9", "Migrän, ospecificerad", True),
    Diagnosis("D50.9", "Järnbristanemi, ospecificerad", False),
    Diagnosis("B02.9", "Bältros utan komplikation", False),
    Diagnosis("L30.9", "Dermatit, ospecificerad", False),
    Diagnosis("L40.0", "Psoriasis vulgaris", True),
    # The first S code in the catalogues: the teen story pairs it with a wrist X-ray.
    Diagnosis("S52.5", "Fraktur på nedre delen av radius", False),
    Diagnosis("U07.1", "Covid-19, virus identifierat", False),
    Diagnosis("G47.3", "Sömnapné", True),
    Diagnosis("E66.9", "Fetma, ospecificerad", True),
    Diagnosis("N95.1", "Menopausala och klimakteriska tillstånd hos kvinnor", False),
    Diagnosis("H10.0", "Mukopurulent konjunktivit", False),
    Diagnosis("I26.9", "Lungemboli utan uppgift om akut cor pulmonale", False),
)

# The first eight are the elderly story's long-standing diagnoses; each has drugs.
DIAGNOSES_ELDERLY: tuple[Diagnosis, ...] = (
    Diagnosis("I50.9", "Hjärtsvikt, ospecificerad", True),
    Diagnosis("I48.9", "Förmaksflimmer och förmaksfladder, ospecificerat", True),
    Diagnosis("J44.9", "Kroniskt obstruktiv lungsjukdom, ospecificerad", True),
    Diagnosis("E11.9", "Diabetes mellitus typ 2 utan komplikationer", True),
    Diagnosis("I10", "Essentiell hypertoni", True),
    Diagnosis("M17.1", "Annan primär gonartros", True),
    Diagnosis("M81.9", "Osteoporos, ospecificerad", True),
    Diagnosis("E78.0", "Ren hyperkolesterolemi", True),
    Diagnosis("I25.1", "Aterosklerotisk hjärtsjukdom", True),
    Diagnosis("I21.4", "Akut subendokardiell hjärtinfarkt", False),
    Diagnosis("I63.9", "Cerebral infarkt, ospecificerad", False),
    Diagnosis("G45.9", "Transitorisk cerebral ischemi, ospecificerad", False),
    Diagnosis("N18.3", "Kronisk njursjukdom, stadium 3", True),
    Diagnosis("G30.1", "Alzheimers sjukdom med sen debut", True),
    Diagnosis("F01.9", "Vaskulär demens, ospecificerad", True),
    Diagnosis("F03.9", "Ospecificerad demens", True),
    Diagnosis("S72.0", "Fraktur på lårbenshalsen", False),
    Diagnosis("M16.1", "Annan primär koxartros", True),
    Diagnosis("H25.9", "Senil katarakt, ospecificerad", False),
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
        "J21.0", "Akut bronkiolit orsakad av respiratoriskt syncytialvirus (RS-virus)", False
    ),
    Diagnosis("A08.0", "Rotavirusenterit", False),
    Diagnosis("A09.9", "Gastroenterit och kolit av ospecificerat ursprung", False),
    Diagnosis("J45.9", "Astma, ospecificerad", True),
    Diagnosis("L20.9", "Atopiskt eksem, ospecificerat", True),
    Diagnosis("E10.9", "Diabetes mellitus typ 1 utan komplikationer", True),
    Diagnosis("J03.0", "Streptokocktonsillit", False),
    Diagnosis("J05.0", "Akut obstruktiv laryngit (krupp)", False),
    Diagnosis("B01.9", "Vattkoppor utan komplikation", False),
    Diagnosis("J06.9", "Akut övre luftvägsinfektion, ospecificerad", False),
    Diagnosis("R50.9", "Feber, ospecificerad", False),
    Diagnosis("K59.0", "Förstoppning", False),
    Diagnosis("L01.0", "Impetigo", False),
    Diagnosis("H10.0", "Mukopurulent konjunktivit", False),
    Diagnosis("L22", "Blöjdermatit", False),
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
class Analysis:
    """A laboratory analysis with its adult reference interval.

    Where Swedish laboratories report sex-specific intervals, low/high/typical
    are the women's and the male_* fields hold the men's; None means that the
    interval is the same for both sexes.
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


@dataclass(frozen=True)
class LabPanel:
    """An order as citizens see it, with its analyses."""

    name: str
    discipline: str
    analyses: tuple[Analysis, ...]


_HB = Analysis("B-Hb", "NPU28309", "g/L", 117, 153, 135, 10, 0, (134, 170), 150)
_LPK = Analysis("B-Leukocyter", "NPU02593", "×10⁹/L", 3.5, 8.8, 6.0, 1.4, 1)
_TPK = Analysis("B-Trombocyter", "NPU03568", "×10⁹/L", 165, 387, 260, 50, 0, (145, 348), 240)
_EPK = Analysis("B-Erytrocyter", "NPU01960", "×10¹²/L", 3.94, 5.16, 4.5, 0.3, 2, (4.25, 5.71), 5.0)
_MCV = Analysis("Erc(B)-MCV", "NPU01944", "fL", 82, 98, 90, 4, 0)
_NEUTRO = Analysis("B-Neutrofila", "NPU02902", "×10⁹/L", 1.6, 5.9, 3.5, 1.0, 1)
_NA = Analysis("P-Natrium", "NPU03429", "mmol/L", 137, 145, 140, 2, 0)
_K = Analysis("P-Kalium", "NPU03230", "mmol/L", 3.5, 4.4, 4.0, 0.25, 1)
_KREA = Analysis("P-Kreatinin", "NPU04998", "µmol/L", 45, 90, 68, 12, 0, (60, 105), 84)
_EGFR = Analysis("eGFR (LMrev)", "", "mL/min/1,73 m²", 60, None, 88, 15, 0)
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
_ALP = Analysis("P-ALP", "NPU27783", "µkat/L", 0.6, 1.8, 1.1, 0.25, 1)
_GT = Analysis("P-GT", "NPU19657", "µkat/L", 0.15, 0.75, 0.3, 0.2, 2, (0.15, 1.9), 0.45)
_BILI = Analysis("P-Bilirubin", "NPU01370", "µmol/L", 5, 25, 10, 4, 0)
_NTPROBNP = Analysis("P-NT-proBNP", "NPU21571", "ng/L", None, 125, 70, 90, 0)
_TNT = Analysis("P-Troponin T (hs)", "", "ng/L", None, 15, 6, 4, 0)
_INR = Analysis("PK(INR)", "NPU01685", "", 0.9, 1.2, 1.0, 0.08, 1)
_FIBRINOGEN = Analysis("P-Fibrinogen", "", "g/L", 2.0, 4.2, 3.0, 0.5, 1)
_FERRITIN = Analysis("P-Ferritin", "NPU19763", "µg/L", 13, 150, 60, 40, 0, (30, 400), 150)
_B12 = Analysis("P-Kobalamin", "", "pmol/L", 140, 650, 350, 120, 0)
_FOLAT = Analysis("P-Folat", "", "nmol/L", 7, None, 18, 6, 0)

# The first analysis of a panel is the one the stories shift to make abnormal.
LAB_PANELS: tuple[LabPanel, ...] = (
    LabPanel("Blodstatus", "Klinisk kemi", (_HB, _EPK, _MCV, _LPK, _TPK)),
    LabPanel("Elektrolyter och njurfunktion", "Klinisk kemi", (_KREA, _EGFR, _NA, _K)),
    LabPanel("Blodfetter", "Klinisk kemi", (_KOL, _LDL, _HDL, _TG)),
    LabPanel("Sköldkörtelprover", "Klinisk kemi", (_TSH, _FT4)),
    LabPanel("Leverprover", "Klinisk kemi", (_ALAT, _ASAT, _ALP, _GT, _BILI, _ALB)),
    LabPanel("Diabeteskontroll", "Klinisk kemi", (_HBA1C, _GLUKOS, _UALB)),
    LabPanel("Inflammation", "Klinisk kemi", (_CRP, _LPK, _NEUTRO, _SR)),
    LabPanel("Hjärtsvikt", "Klinisk kemi", (_NTPROBNP, _NA, _K, _KREA)),
    LabPanel("Koagulation", "Klinisk kemi", (_INR, _TPK, _FIBRINOGEN)),
    LabPanel("Anemiutredning", "Klinisk kemi", (_FERRITIN, _HB, _MCV, _B12, _FOLAT)),
    LabPanel("Hjärtskademarkör", "Klinisk kemi", (_TNT,)),
    LabPanel("Kalk och D-vitamin", "Klinisk kemi", (_CA, _ALB, _VITD)),
)


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
        "1 tablett 3 gånger dagligen i 5 dagar",
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
    Drug(
        "Alvedon 665 mg",
        "N02BE01",
        "Depottablett",
        "665 mg",
        "2 tabletter 3 gånger dagligen",
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
    ),
    Drug(
        "Ipren",
        "M01AE01",
        "Oral suspension",
        "20 mg/ml",
        "5 ml vid behov, högst 3 gånger per dygn (dos efter vikt)",
        "Mot smärta vid öroninflammation",
        "H66.0",
    ),
    Drug(
        "Kåvepenin Frukt",
        "J01CE02",
        "Granulat till oral suspension",
        "50 mg/ml",
        "4 ml 3 gånger dagligen i 5 dagar",
        "Mot öroninflammation",
        "H66.0",
    ),
    Drug(
        "Kåvepenin Frukt",
        "J01CE02",
        "Granulat till oral suspension",
        "50 mg/ml",
        "4 ml 3 gånger dagligen i 10 dagar",
        "Mot halsfluss",
        "J03.0",
    ),
    Drug(
        "Ventoline Evohaler",
        "R03AC02",
        "Inhalationsspray, suspension",
        "0,1 mg/dos",
        "2 inhalationer via spacer vid behov, högst 4 gånger per dygn",
        "Mot astma (luftrörsvidgande)",
        "J45.9",
    ),
    Drug(
        "Flutide Evohaler",
        "R03BA05",
        "Inhalationsspray, suspension",
        "50 mikrogram/dos",
        "2 inhalationer via spacer 2 gånger dagligen",
        "Förebyggande mot astma",
        "J45.9",
    ),
    Drug(
        "Betapred",
        "H02AB01",
        "Tablett",
        "0,5 mg",
        "8 tabletter lösta i lite vatten som engångsdos",
        "Mot krupp",
        "J05.0",
    ),
    Drug(
        "Mildison Lipid",
        "D07AA02",
        "Kräm",
        "1 %",
        "Appliceras tunt 1 gång dagligen på eksemområden i 1–2 veckor vid försämring",
        "Mot eksem",
        "L20.9",
    ),
    Drug(
        "NovoRapid FlexPen",
        "A10AB05",
        _PEN,
        "100 enheter/ml",
        "Enligt ordination till måltid, dos efter kolhydratmängd och blodsockervärde",
        "Mot diabetes (måltidsinsulin)",
        "E10.9",
    ),
    Drug(
        "Tresiba FlexTouch",
        "A10AE06",
        _PEN,
        "100 enheter/ml",
        "Enligt ordination 1 gång dagligen till kvällen",
        "Mot diabetes (basinsulin)",
        "E10.9",
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
    """A journal note; text may hold {name}, {age}, {diagnosis_text}, {diagnosis_code}."""

    context: str
    document_type: str
    note_type: str
    title: str
    profession: str
    text: str


_OV = "Öppenvårdsanteckning"

# Templates are chosen at random within a context, so each one reads well for
# any diagnosis that context is used with. The first "Intagningsanteckning",
# "Daganteckning" and "Epikris" of a context are the ones the stories use.
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
            "Aktuellt: {name}, {age} år, söker för besvär som pågått drygt en vecka. "
            "Har provat receptfria läkemedel med viss effekt. Ingen feber senaste dygnet. "
            "Äter och dricker som vanligt. Inga nytillkomna läkemedel.",
            "",
            "Status: Allmäntillstånd gott, opåverkad. Cor: regelbunden rytm, inga blåsljud, "
            "frekvens 72/min. Pulm: vesikulära andningsljud bilateralt, inga biljud. "
            "Blodtryck 132/84 mmHg.",
            "",
            "Bedömning: Anamnes och status talar för {diagnosis_text} ({diagnosis_code}). "
            "Inga tecken på allvarligare sjukdom.",
            "",
            "Åtgärd: Information om förväntat förlopp och egenvård. Behandling enligt "
            "läkemedelslistan. Åter vid försämring eller om besvären inte gått över inom "
            "två veckor.",
        ),
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
            "Aktuellt: {name} kommer på planerad kontroll. Mår bra och har inga nya besvär. "
            "Tar sina läkemedel enligt ordination och upplever inga biverkningar.",
            "",
            "Status: Blodtryck 138/86 mmHg sittande efter fem minuters vila, puls 68/min "
            "regelbunden. Vikten oförändrad sedan föregående kontroll.",
            "",
            "Åtgärd: Blodprover tagna enligt läkarens ordination. Samtal om fysisk aktivitet "
            "och kost. Ny kontroll om sex månader, kallelse skickas.",
        ),
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
            "Aktuellt: {name}, {age} år, återkommer för genomgång av provsvar. Besvären "
            "kvarstår oförändrade. Trött på eftermiddagarna. Ingen viktnedgång, inga "
            "nattliga svettningar.",
            "",
            "Tidiga hypoteser: Bakomliggande malignitet kan inte uteslutas i nuläget och "
            "bör uteslutas innan diagnosen fastställs.",
            "",
            "Bedömning: Provsvaren är förenliga med {diagnosis_text} ({diagnosis_code}). "
            "Orsaken är ännu inte klarlagd.",
            "",
            "Åtgärd: Kompletterande blodprover beställda. Remiss för vidare utredning "
            "övervägs. Nytt besök om tre veckor med provsvar.",
        ),
    ),
    NoteTemplate(
        UnitKind.PRIMARVARD,
        "Öppenvårdssammanfattning",
        "Sammanfattning",
        "Årskontroll",
        "Läkare",
        _lines(
            "Sammanfattning: {name}, {age} år, följs på vårdcentralen för {diagnosis_text} "
            "({diagnosis_code}). Stabilt förlopp under det senaste året utan akuta besök.",
            "",
            "Läkemedel: Oförändrade. Läkemedelsgenomgång gjord tillsammans med patienten.",
            "",
            "Provsvar: Årsprover inom målvärden.",
            "",
            "Planering: Fortsatt behandling. Årskontroll hos läkare och halvårskontroll hos "
            "distriktssköterska.",
        ),
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
            "Anamnes: {name}, {age} år, söker akutmottagningen för besvär sedan i går. "
            "Kommer med egen transport i sällskap med anhörig. Tidigare väsentligen frisk. "
            "Inga kända läkemedelsallergier.",
            "",
            "Status: Vaken, orienterad, opåverkad. Andningsfrekvens 16/min, saturation 98 % "
            "på luft, puls 84/min, blodtryck 128/78 mmHg, temperatur 37,2 °C. Riktat status "
            "med fynd förenliga med anamnesen, i övrigt utan anmärkning.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Stabila vitalparametrar, ingen "
            "indikation för inläggning.",
            "",
            "Åtgärd: Behandling och egenvårdsråd. Skriftlig information given. Uppföljning "
            "via vårdcentralen. Åter vid försämring.",
        ),
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
            "Triage: RETTS gul. Andningsfrekvens 18/min, saturation 97 %, puls 92/min, "
            "blodtryck 134/82 mmHg, temperatur 37,4 °C, vaken (RLS 1).",
            "",
            "Smärta: NRS 6 av 10.",
            "",
            "Åtgärd: Smärtlindring enligt generellt direktiv, Alvedon 1 g givet peroralt. "
            "Blodprover tagna. Patienten informerad om väntetid till läkarbedömning.",
        ),
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
            "Utredning: Klinisk undersökning och blodprover utan tecken på allvarligare sjukdom.",
            "",
            "Åtgärd: Hemgång i gott allmäntillstånd. Muntlig och skriftlig information "
            "given om när patienten ska söka vård igen. Uppföljning på vårdcentralen vid "
            "behov.",
        ),
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
            "Anamnes: {name}, {age} år, inkommer via akutmottagningen med några dagars "
            "tilltagande andfåddhet, trötthet och nedsatt allmäntillstånd. Har haft svårt "
            "att klara sig hemma det senaste dygnet.",
            "",
            "Läkemedel: Enligt läkemedelslistan.",
            "",
            "Status: Trött, lätt påverkad. Andningsfrekvens 24/min, saturation 91 % på luft, "
            "puls 96/min, blodtryck 142/86 mmHg. Cor: inga blåsljud. Pulm: nedsatta "
            "andningsljud och krepitationer basalt bilateralt, mest uttalat till höger. "
            "Buk: mjuk och oöm.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Behöver slutenvård för "
            "behandling och övervakning.",
            "",
            "Planering: Inläggning på medicinavdelning. Syrgas till saturation 92–96 %. "
            "Behandling enligt ordinationslistan. Lungröntgen beställd. Vätskelista och "
            "daglig vikt. Full behandling.",
        ),
    ),
    NoteTemplate(
        "inneliggande",
        "Daganteckning",
        "Åtgärd/Behandling",
        "Rondanteckning",
        "Läkare",
        _lines(
            "Aktuellt: Mår bättre i dag och är mindre andfådd. Sov bra i natt. Saturation "
            "95 % på 1 liter syrgas.",
            "",
            "Bedömning: Förbättring på insatt behandling.",
            "",
            "Planering: Fortsatt behandling enligt ordinationslistan. Syrgasen trappas ned. "
            "Hemgång planeras inom ett par dagar vid fortsatt förbättring.",
        ),
    ),
    NoteTemplate(
        "inneliggande",
        "Daganteckning",
        "Åtgärd/Behandling",
        "Omvårdnadsanteckning",
        "Sjuksköterska",
        _lines(
            "Andning: Saturation 94 % på 1 liter syrgas i vila, andfådd vid ansträngning.",
            "",
            "Nutrition: Äter ungefär halva portioner. Dricker bra.",
            "",
            "Aktivitet: Går med stöd av personal till toaletten.",
            "",
            "Sömn: Sov gott i natt.",
            "",
            "Åtgärd: Läkemedel givna enligt ordination. Vikt och vätskelista förda.",
        ),
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
            "nedsatt allmäntillstånd. Under vårdtiden successiv förbättring på insatt "
            "behandling. Syrgasbehovet har upphört och patienten är mobiliserad till "
            "tidigare funktionsnivå.",
            "",
            "Läkemedelsförändringar: Se läkemedelsberättelse.",
            "",
            "Uppföljning: Besök på vårdcentralen om två till tre veckor med kontroll av "
            "blodstatus, elektrolyter och kreatinin.",
            "",
            "Information till patienten: Du har vårdats på sjukhus för {diagnosis_text}. "
            "Sök vård igen om du får ökad andfåddhet, feber eller bröstsmärta.",
        ),
    ),
    # Child health care (BVC): read well at any visit age, hence no {age}
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Besöksanteckning",
        "Hälsobesök",
        "Sjuksköterska",
        _lines(
            "Kontaktorsak: Hälsobesök enligt barnhälsovårdens nationella program.",
            "",
            "Aktuellt: {name} kommer tillsammans med förälder. Det går bra hemma. Äter och "
            "sover bra, inga infektioner sedan förra besöket.",
            "",
            "Tillväxt: Längd och vikt mätta, följer sin kurva. Se tillväxtkurva.",
            "",
            "Utveckling: Åldersadekvat enligt förälderns berättelse och sköterskans "
            "observation. God kontakt.",
            "",
            "Oro för att barn far illa: Ingen oro framkommer.",
            "",
            "Åtgärd: Samtal om kost, sömn och säkerhet utifrån ålder. Nästa besök enligt "
            "programmet.",
        ),
    ),
    NoteTemplate(
        UnitKind.BVC,
        _OV,
        "Besöksanteckning",
        "Läkarundersökning",
        "Läkare",
        _lines(
            "Kontaktorsak: Hälsoundersökning hos BVC-läkare.",
            "",
            "Anamnes: Inga särskilda problem enligt föräldern.",
            "",
            "Status: Pigg och alert, god kontakt. Hud utan anmärkning. Cor: regelbunden "
            "rytm, inga blåsljud. Femoralispulsar palpabla bilateralt. Pulm: normala "
            "andningsljud. Buk: mjuk, inga resistenser. Höfter stabila. Motorik och "
            "neurologi åldersadekvata.",
            "",
            "Bedömning: Friskt barn med normal tillväxt och utveckling.",
            "",
            "Åtgärd: Nästa läkarundersökning enligt programmet.",
        ),
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
            "några veckor. Inga tecken på sjukdom, äter bra och är glad på dagarna.",
            "",
            "Åtgärd: Samtal om sömnrutiner och trygghet vid insomning. Föräldern nöjd med "
            "rådgivningen och hör av sig vid behov, annars ses vi vid nästa planerade besök.",
        ),
    ),
    # Paediatric care (no {age}: the child may be under one year)
    NoteTemplate(
        UnitKind.BARN,
        _OV,
        "Besöksanteckning",
        "Läkarbesök",
        "Läkare",
        _lines(
            "Kontaktorsak: {diagnosis_text}.",
            "",
            "Anamnes: {name} kommer tillsammans med förälder. Besvären har pågått några "
            "dagar. Har ätit lite mindre än vanligt men dricker och kissar som vanligt. "
            "Inga kända allergier.",
            "",
            "Status: Opåverkad, pigg och intresserad av omgivningen. Hud: normal färg, inga "
            "utslag. Cor: regelbunden rytm utan blåsljud. Pulm: normala andningsljud "
            "bilateralt.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}). Gott allmäntillstånd.",
            "",
            "Åtgärd: Information till förälder om förväntat förlopp och när de ska söka "
            "igen. Behandling enligt läkemedelslistan vid behov.",
        ),
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
            "Aktuellt: {name} kommer med förälder för planerad uppföljning. Har mått "
            "övervägande bra sedan förra besöket. Förskola respektive skola fungerar.",
            "",
            "Status: Opåverkad. Längd och vikt följer sin kurva.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), stabilt.",
            "",
            "Planering: Oförändrad behandling. Nytt återbesök om tre månader.",
        ),
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
            "Åtgärd: Längd och vikt kontrollerade. Genomgång av egenvård tillsammans med "
            "{name} och förälder. Skriftlig information om behandlingen lämnad.",
            "",
            "Planering: Föräldern kontaktar mottagningen vid frågor. Nästa kontakt enligt "
            "planering.",
        ),
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
            "Aktuellt: {name} beskriver att måendet varierar. Sover bättre sedan förra "
            "besöket men har svårt att komma igång på morgnarna. Energin är låg och "
            "intresset för tidigare aktiviteter har ännu inte kommit tillbaka. Tar sin "
            "medicin dagligen utan biverkningar.",
            "",
            "Psykiskt status: Vaken och orienterad. God kontakt, adekvat affekt. Lätt sänkt "
            "stämningsläge. Inga psykotiska symtom. Förnekar aktuella suicidtankar och tar "
            "avstånd från suicid med hänvisning till familjen.",
            "",
            "Suicidriskbedömning: Ingen akut förhöjd suicidrisk bedöms föreligga.",
            "",
            "Bedömning: {diagnosis_text} ({diagnosis_code}), delvis förbättrad.",
            "",
            "Åtgärd: Oförändrad läkemedelsbehandling. Fortsatta samtal hos psykolog. Nytt "
            "läkarbesök om sex veckor. Patienten vet hur mottagningen och den psykiatriska "
            "akutmottagningen nås vid försämring.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_OPPEN,
        _OV,
        "Åtgärd/Behandling",
        "Samtalsbehandling",
        "Psykolog",
        _lines(
            "Kontaktorsak: Samtal 6 av 12 inom kognitiv beteendeterapi (KBT).",
            "",
            "Aktuellt: {name} har genomfört hemuppgiften med aktivitetsschema under veckan "
            "och promenerat fyra av sju dagar. Beskriver att stämningen är något bättre "
            "efter aktiviteter.",
            "",
            "Innehåll: Genomgång av aktivitetsschemat. Arbete med negativa automatiska "
            "tankar kopplade till arbetet.",
            "",
            "Hemuppgift: Fortsätta aktivitetsschemat och registrera tankar i svåra situationer.",
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
            "Aktuellt: {name} mår ungefär som tidigare. Lätt illamående första veckan som nu "
            "har gått över. Inga suicidtankar.",
            "",
            "Åtgärd: Fortsatt behandling enligt plan. Påminnelse om läkarbesöket som redan "
            "är bokat.",
        ),
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
            "senaste veckorna tilltagande nedstämdhet, sömnsvårigheter och minskat "
            "matintag. Har dragit sig undan och inte orkat gå till arbetet. Kommer till "
            "psykiatrisk akutmottagning tillsammans med närstående.",
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
            "Aktuellt: {name} har deltagit i morgonmötet och ätit frukost och lunch på "
            "avdelningen. Sov sex timmar i natt enligt sömnregistreringen. Har promenerat "
            "med personal på sjukhusområdet.",
            "",
            "Psykiskt: Lugn. Fortfarande nedstämd men mer kontaktbar än tidigare. Förnekar "
            "suicidtankar vid samtal under eftermiddagen.",
            "",
            "Åtgärd: Tillsyn enligt ordination. Läkemedel givna enligt ordinationslistan.",
        ),
    ),
    NoteTemplate(
        UnitKind.PSYKIATRI_SLUTEN,
        "Daganteckning",
        "Åtgärd/Behandling",
        "Rondanteckning",
        "Läkare",
        _lines(
            "Aktuellt: {name} beskriver att sömnen har förbättrats. Ångesten är lägre på "
            "förmiddagarna. Har haft besök av familjen, vilket fungerade bra.",
            "",
            "Psykiskt status: Något ljusare stämningsläge. Bättre kontakt. Inga suicidtankar.",
            "",
            "Bedömning: Långsam förbättring av {diagnosis_text}.",
            "",
            "Planering: Tillsynen glesas ut till var 30:e minut. Permission över dagen i "
            "helgen planeras tillsammans med patienten och närstående.",
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
            "Status: Blodtryck 112/70 mmHg. Urinsticka utan anmärkning.",
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
            "Aktuellt: {name} mår bra. Känner fosterrörelser dagligen. Inga "
            "sammandragningar, ingen blödning.",
            "",
            "Status: Blodtryck 116/72 mmHg. SF-mått följer kurvan. Fosterljud 140 slag/min. "
            "Urinsticka utan anmärkning.",
            "",
            "Åtgärd: Samtal om förlossningsförberedelse och amning. Nästa besök om tre veckor.",
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
            "Status: Blodtryck 118/74 mmHg. Buk mjuk. SF-mått normalt för graviditetslängden.",
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
            "Aktuellt: Besvär sedan tre dagar. Ingen andfåddhet, dricker och kissar som "
            "vanligt. Inga varningstecken framkommer vid bedömning enligt "
            "rådgivningsstöd.",
            "",
            "Åtgärd: Egenvårdsråd. Ska söka vård igen vid försämring, hög feber eller om "
            "besvären inte avtar inom en vecka.",
        ),
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
            "Aktuellt: Ringer upp {name}. Provsvaren är bedömda av läkare och inom "
            "normalområdet. Ingen ytterligare åtgärd behövs.",
            "",
            "Åtgärd: Patienten informerad och nöjd med beskedet.",
        ),
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
            "Bedömning: Stabil behandling. Senaste kontroll utan anmärkning.",
            "",
            "Åtgärd: Receptet förnyat för ett år. Årskontroll bokas via vårdcentralen.",
        ),
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
            "Aktuellt: {name}, {age} år, trivs i skolan och har kompisar. Äter frukost och "
            "lunch varje dag. Sover cirka tio timmar per natt.",
            "",
            "Status: Längd och vikt mätta, följer sin kurva. Synundersökning utan anmärkning.",
            "",
            "Åtgärd: Samtal om sömn, skärmtid och fysisk aktivitet. Nästa hälsobesök enligt "
            "programmet.",
        ),
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
            "Aktuellt: {name}, {age} år, har fyllt i hälsoenkäten inför samtalet. Tränar "
            "fotboll två gånger i veckan. Upplever ibland stress inför prov.",
            "",
            "Oro för att barn far illa: Ingen oro framkommer.",
            "",
            "Åtgärd: Samtal om stresshantering och återhämtning. Eleven vet hur "
            "skolsköterskan nås vid behov.",
        ),
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


@dataclass(frozen=True)
class GrowthReference:
    """Median and standard deviation for Swedish children at one age."""

    age_months: int
    sex: str  # "F" or "M"
    length_cm: float
    length_sd: float
    weight_kg: float
    weight_sd: float
    head_cm: float | None
    head_sd: float | None


# Approximate Swedish references (Wikland et al. 2002, the BVC growth charts),
# rounded; weight SDs above ten years are a symmetric stand-in for a skewed spread.
GROWTH_REFERENCE: tuple[GrowthReference, ...] = (
    GrowthReference(0, "F", 50.0, 1.8, 3.45, 0.43, 34.3, 1.2),
    GrowthReference(1, "F", 54.0, 1.9, 4.30, 0.50, 36.7, 1.2),
    GrowthReference(2, "F", 57.6, 2.0, 5.25, 0.60, 38.4, 1.2),
    GrowthReference(3, "F", 60.5, 2.0, 6.00, 0.65, 39.7, 1.2),
    GrowthReference(4, "F", 62.9, 2.1, 6.60, 0.70, 40.8, 1.2),
    GrowthReference(6, "F", 66.8, 2.2, 7.60, 0.80, 42.4, 1.2),
    GrowthReference(8, "F", 70.1, 2.3, 8.30, 0.85, 43.7, 1.2),
    GrowthReference(10, "F", 73.0, 2.5, 8.90, 0.90, 44.7, 1.3),
    GrowthReference(12, "F", 75.7, 2.6, 9.40, 0.95, 45.4, 1.3),
    GrowthReference(18, "F", 82.4, 2.9, 10.8, 1.10, 46.8, 1.3),
    GrowthReference(24, "F", 87.4, 3.1, 11.9, 1.25, None, None),
    GrowthReference(36, "F", 96.4, 3.5, 14.2, 1.5, None, None),
    GrowthReference(48, "F", 104.1, 3.9, 16.4, 1.9, None, None),
    GrowthReference(60, "F", 111.1, 4.3, 18.8, 2.3, None, None),
    GrowthReference(72, "F", 117.6, 4.6, 21.3, 2.8, None, None),
    GrowthReference(84, "F", 123.8, 5.0, 24.0, 3.3, None, None),
    GrowthReference(96, "F", 129.6, 5.3, 27.0, 4.0, None, None),
    GrowthReference(108, "F", 135.2, 5.7, 30.3, 4.8, None, None),
    GrowthReference(120, "F", 140.6, 6.1, 33.9, 5.6, None, None),
    GrowthReference(132, "F", 146.8, 6.6, 38.2, 6.6, None, None),
    GrowthReference(144, "F", 153.2, 6.8, 43.0, 7.4, None, None),
    GrowthReference(156, "F", 158.6, 6.4, 47.6, 7.8, None, None),
    GrowthReference(168, "F", 162.2, 6.0, 51.4, 7.8, None, None),
    GrowthReference(180, "F", 164.4, 5.8, 54.3, 7.8, None, None),
    GrowthReference(0, "M", 50.8, 1.9, 3.55, 0.45, 35.0, 1.2),
    GrowthReference(1, "M", 55.0, 2.0, 4.60, 0.55, 37.5, 1.2),
    GrowthReference(2, "M", 58.8, 2.1, 5.70, 0.65, 39.3, 1.2),
    GrowthReference(3, "M", 62.0, 2.1, 6.50, 0.70, 40.7, 1.2),
    GrowthReference(4, "M", 64.5, 2.2, 7.10, 0.75, 41.8, 1.2),
    GrowthReference(6, "M", 68.5, 2.3, 8.10, 0.85, 43.5, 1.2),
    GrowthReference(8, "M", 71.8, 2.4, 8.80, 0.90, 44.8, 1.2),
    GrowthReference(10, "M", 74.7, 2.5, 9.40, 0.95, 45.8, 1.3),
    GrowthReference(12, "M", 77.3, 2.6, 9.90, 1.00, 46.5, 1.3),
    GrowthReference(18, "M", 83.8, 2.9, 11.3, 1.15, 47.8, 1.3),
    GrowthReference(24, "M", 88.6, 3.1, 12.4, 1.3, None, None),
    GrowthReference(36, "M", 97.4, 3.5, 14.6, 1.5, None, None),
    GrowthReference(48, "M", 105.0, 3.9, 16.8, 1.8, None, None),
    GrowthReference(60, "M", 112.0, 4.3, 19.2, 2.2, None, None),
    GrowthReference(72, "M", 118.6, 4.6, 21.7, 2.7, None, None),
    GrowthReference(84, "M", 124.8, 5.0, 24.4, 3.2, None, None),
    GrowthReference(96, "M", 130.6, 5.3, 27.4, 3.8, None, None),
    GrowthReference(108, "M", 136.0, 5.6, 30.6, 4.5, None, None),
    GrowthReference(120, "M", 141.0, 6.0, 34.0, 5.3, None, None),
    GrowthReference(132, "M", 146.0, 6.4, 37.6, 6.2, None, None),
    GrowthReference(144, "M", 151.5, 7.0, 41.8, 7.2, None, None),
    GrowthReference(156, "M", 158.0, 7.8, 46.8, 8.0, None, None),
    GrowthReference(168, "M", 165.3, 8.0, 52.8, 8.6, None, None),
    GrowthReference(180, "M", 171.5, 7.3, 58.5, 8.8, None, None),
)

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

# Entries under these headings are withheld from the citizen in the real service.
WITHHELD_HEADINGS: tuple[str, ...] = (
    "Tidiga hypoteser",
    "Våldsutsatt",
    "Tredje person",
    "Oro för att barn far illa",
)
