"""The information sets (informationsmängder) citizens see, in the order 1177 lists them."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString


@dataclass(frozen=True)
class InformationSet:
    key: str  # URL segment and `data-entry-kind`; stable
    name: LazyString  # as citizens see it (translated when shown)
    description: LazyString
    demo_addition: bool = False


INFORMATION_SETS: tuple[InformationSet, ...] = (
    InformationSet(
        "anteckningar", _l("Anteckningar"), _l("Journalanteckningar från vårdens personal.")
    ),
    InformationSet("diagnoser", _l("Diagnoser"), _l("Diagnoser med kod enligt ICD-10-SE.")),
    InformationSet("vaccinationer", _l("Vaccinationer"), _l("Givna vaccinationer.")),
    InformationSet("provsvar", _l("Provsvar"), _l("Svar på laboratorieprover.")),
    InformationSet("lakemedel", _l("Läkemedel"), _l("Förskrivna och ordinerade läkemedel.")),
    InformationSet("remisser", _l("Remisser"), _l("Besvarade remisser.")),
    InformationSet(
        "vardkontakter", _l("Vårdkontakter"), _l("Besök, telefonkontakter och vårdtillfällen.")
    ),
    InformationSet(
        "uppmarksamhet",
        _l("Uppmärksamhetsinformation"),
        _l("Överkänslighet och annat som vården särskilt behöver känna till."),
    ),
    InformationSet(
        "rontgen", _l("Röntgen och undersökningar"), _l("Svar på röntgen och andra undersökningar.")
    ),
    InformationSet(
        "tillvaxt",
        _l("Tillväxt"),
        _l("Längd, vikt och huvudomfång från barnhälsovården."),
        demo_addition=True,
    ),
    InformationSet(
        "modravard", _l("Mödravård"), _l("Inskrivning och kontroller under graviditeten.")
    ),
    InformationSet("vardplaner", _l("Vårdplaner"), _l("Planer för vård och stöd.")),
    InformationSet(
        "funktionstillstand", _l("Funktionstillstånd"), _l("Bedömningar av aktivitet och funktion.")
    ),
    InformationSet("tandvard", _l("Tandvård"), _l("Anteckningar från tandvården.")),
)

BY_KEY: dict[str, InformationSet] = {s.key: s for s in INFORMATION_SETS}
