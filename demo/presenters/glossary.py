"""Plain words (a demo addition): what the terms a citizen meets in the record mean.

Each term opens in place (a <details> disclosure, no JavaScript). Definitions
are translated with the rest of the interface; the terms themselves are the
Swedish words the record uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString


@dataclass(frozen=True)
class Term:
    word: LazyString
    definition: LazyString


GLOSSARY: dict[str, Term] = {
    "epikris": Term(
        _l("”epikris”"),
        _l(
            "En sammanfattning som skrivs när ett vårdtillfälle på sjukhus är slut: varför du "
            "var inlagd, vad som gjordes och vad som händer sedan."
        ),
    ),
    "signerad": Term(
        _l("”signerad”"),
        _l(
            "Den som skrev anteckningen har godkänt den. En osignerad anteckning kan fortfarande "
            "ändras, och vissa regioner visar den först efter en tid."
        ),
    ),
    "vidimerad": Term(
        _l("”vidimerad”"),
        _l(
            "Läkaren som beställde provet har tittat på svaret. Ett ovidimerat svar har ingen "
            "hunnit bedöma ännu."
        ),
    ),
    "radrum": Term(
        _l("”rådrum”"),
        _l(
            "En väntetid, oftast 14 dagar, innan en ny uppgift visas i Journalen, så att vården "
            "hinner kontakta dig först om något är oroande."
        ),
    ),
    "remissvar": Term(
        _l("”remissvar”"),
        _l(
            "Svaret från den mottagning som fick en remiss: en begäran från en annan vårdenhet "
            "om undersökning, bedömning eller behandling."
        ),
    ),
    "icd10": Term(
        _l("”ICD-10-SE”"),
        _l(
            "Den svenska versionen av WHO:s klassifikation av sjukdomar. Koden, till exempel "
            "I10, anger diagnosen kort och entydigt."
        ),
    ),
    "atc": Term(
        _l("”ATC-kod”"),
        _l("En internationell kod för läkemedlets verksamma ämne, till exempel C09AA02."),
    ),
    "referensintervall": Term(
        _l("”referensintervall”"),
        _l(
            "De värden som de flesta friska personer har. Ett värde utanför är inte alltid ett "
            "tecken på sjukdom."
        ),
    ),
    "vardenhet": Term(
        _l("”vårdenhet”"),
        _l("Mottagningen, avdelningen eller vårdcentralen där uppgiften skrevs."),
    ),
}
