"""The information sets (informationsmängder) citizens see, in the order 1177 lists them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InformationSet:
    key: str  # URL segment and `data-entry-kind`; stable
    name: str  # as citizens see it
    description: str
    demo_addition: bool = False


INFORMATION_SETS: tuple[InformationSet, ...] = (
    InformationSet("anteckningar", "Anteckningar", "Journalanteckningar från vårdens personal."),
    InformationSet("diagnoser", "Diagnoser", "Diagnoser med kod enligt ICD-10-SE."),
    InformationSet("vaccinationer", "Vaccinationer", "Givna vaccinationer."),
    InformationSet("provsvar", "Provsvar", "Svar på laboratorieprover."),
    InformationSet("lakemedel", "Läkemedel", "Förskrivna och ordinerade läkemedel."),
    InformationSet("remisser", "Remisser", "Besvarade remisser."),
    InformationSet("vardkontakter", "Vårdkontakter", "Besök, telefonkontakter och vårdtillfällen."),
    InformationSet(
        "uppmarksamhet",
        "Uppmärksamhetsinformation",
        "Överkänslighet och annat som vården särskilt behöver känna till.",
    ),
    InformationSet(
        "rontgen", "Röntgen och undersökningar", "Svar på röntgen och andra undersökningar."
    ),
    InformationSet(
        "tillvaxt",
        "Tillväxt",
        "Längd, vikt och huvudomfång från barnhälsovården.",
        demo_addition=True,
    ),
    InformationSet("modravard", "Mödravård", "Inskrivning och kontroller under graviditeten."),
    InformationSet("vardplaner", "Vårdplaner", "Planer för vård och stöd."),
    InformationSet(
        "funktionstillstand", "Funktionstillstånd", "Bedömningar av aktivitet och funktion."
    ),
    InformationSet("tandvard", "Tandvård", "Anteckningar från tandvården."),
)

BY_KEY: dict[str, InformationSet] = {s.key: s for s in INFORMATION_SETS}
