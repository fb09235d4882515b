"""The 21 regions' rules for Journalen, row by row from the source page (domain.md §3).

Each region has a `RegionPolicy` (what the rules module applies) and the
source page's own words (what the regions page quotes). Where the page gives
no information, the national framework applies (everything shown at once,
the citizen's 14-day choice) and `no_information` says which parts.

A rule applies to what its words name (domain.md §3, "Reading the table"):
"provsvar" names laboratory results (clinical chemistry and microbiology),
not X-ray reports or referral answers; a row that names some result kinds
says nothing of the others, so the national framework (shown at once,
reviewed or not) applies to those. Where the words leave room, the demo
interprets them, and `INTERPRETATIONS` names each interpretation so that the
regions page can say it is one (its words are in demo/presenters/explain.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from demo.domain.access import (
    LABORATORY_RESULTS,
    NATIONAL_FRAMEWORK,
    RESULT_CATEGORIES,
    Category,
    RegionalChoice,
    RegionPolicy,
    UnsignedNotes,
)
from demo.domain.kinds import UnitKind

AFTER_DELAY = UnsignedNotes.AFTER_DELAY


def _each(
    categories: frozenset[Category], days: int | None
) -> tuple[tuple[Category, int | None], ...]:
    return tuple((category, days) for category in sorted(categories))


@dataclass(frozen=True)
class PolicySource:
    """The seed page's words for one region (empty where the page says nothing)."""

    radrum: str
    notes: str
    results: str

    @property
    def no_information(self) -> frozenset[str]:
        """Which of "radrum", "notes", "results" the page leaves without information."""
        missing = {"radrum": self.radrum, "notes": self.notes, "results": self.results}
        return frozenset(
            part
            for part, text in missing.items()
            if not text or "ingen information" in text.lower()
        )


# --- Start dates ---------------------------------------------------------------------

# Each region has its own start date before which nothing is shown. Our sources give
# three (domain.md §3: "known: Kronoberg 1 January 2015 for notes; Kalmar 1 October
# 2015; Jämtland Härjedalen 15 January 2018; the others unpublished in our sources: say
# so"). Kronoberg's is the seed page's own words, for notes ("Du kan läsa
# journalanteckningar gjorda från och med 1 januari 2015"); Kalmar's and Jämtland
# Härjedalen's come from the project's research without naming kinds of entry, so they
# apply to every entry (an interpretation, named below).
KRONOBERG_NOTES_FROM = date(2015, 1, 1)
KALMAR_START = date(2015, 10, 1)
JAMTLAND_HARJEDALEN_START = date(2018, 1, 15)


class StartSource(StrEnum):
    """Where a region's start date comes from (the regions page says which)."""

    SOURCE_PAGE = "source_page"  # the seed page's own words
    RESEARCH = "research"  # the project's research (domain.md §3), not the seed page
    UNPUBLISHED = "unpublished"  # none in our sources


START_SOURCES: dict[str, StartSource] = {
    "kronoberg": StartSource.SOURCE_PAGE,
    "kalmar": StartSource.RESEARCH,
    "jamtland-harjedalen": StartSource.RESEARCH,
}


def start_source(region_id: str) -> StartSource:
    return START_SOURCES.get(region_id, StartSource.UNPUBLISHED)


POLICIES: dict[str, RegionPolicy] = {
    policy.region_id: policy
    for policy in (
        # "vidimerade/ovidimerade provsvar visas efter 14 dagar": laboratory results.
        RegionPolicy(
            "blekinge",
            unsigned_notes=AFTER_DELAY,
            result_delays=tuple((c, 14) for c in sorted(LABORATORY_RESULTS)),
        ),
        # "visar vidimerat eller med 14 dagars förskjutning": names no kind, so every one.
        RegionPolicy(
            "dalarna",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=_each(RESULT_CATEGORIES, 14),
        ),
        RegionPolicy("gotland", unsigned_notes=AFTER_DELAY),
        RegionPolicy("gavleborg"),
        # "Visar osignerade resultat från Kemlab": clinical chemistry; the rest, the framework.
        RegionPolicy("halland", unreviewed_results=((Category.LAB, 0),)),
        # "vidimerade provsvar visas direkt, ovidimerade provsvar visas efter 14 dagar".
        RegionPolicy(
            "jamtland-harjedalen",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=_each(LABORATORY_RESULTS, 14),
            entries_from=JAMTLAND_HARJEDALEN_START,
        ),
        RegionPolicy("jonkoping"),
        RegionPolicy("kalmar", unsigned_notes=AFTER_DELAY, entries_from=KALMAR_START),
        RegionPolicy("kronoberg", unsigned_notes=AFTER_DELAY, notes_from=KRONOBERG_NOTES_FROM),
        # "ej aktuellt eftersom provsvar inte visas": laboratory results are not shown.
        RegionPolicy(
            "norrbotten", unsigned_notes=AFTER_DELAY, results_not_shown=LABORATORY_RESULTS
        ),
        RegionPolicy(
            "skane",
            unsigned_notes=UnsignedNotes.PATIENT_CHOICE,
            unit_kind_note_delays=((UnitKind.PSYKIATRI_SLUTEN, 28),),
            hidden_unit_kinds=frozenset({UnitKind.BUP}),
            regional_choices=frozenset({RegionalChoice.SHOW_UNSIGNED_NOTES}),
        ),
        # "vissa provsvar visas ovidimerade": which ones is an interpretation (below).
        RegionPolicy(
            "stockholm",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.LAB, 0), (Category.MICROBIOLOGY, None)),
        ),
        RegionPolicy("sormland"),
        # "visar ovidimerat, (prov, röntgen, konsultationssvar)": every kind, at once.
        RegionPolicy(
            "uppsala",
            unreviewed_results=_each(RESULT_CATEGORIES, 0),
            regional_choices=frozenset({RegionalChoice.DELAY_ALL}),
        ),
        RegionPolicy("varmland"),
        RegionPolicy("vasterbotten"),
        RegionPolicy("vasternorrland"),
        # "Ovidimerade röntgensvar visas": radiology; the rest, the framework.
        RegionPolicy(
            "vastmanland",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.RADIOLOGY, 0),),
        ),
        RegionPolicy("vastra-gotaland", unsigned_notes=AFTER_DELAY),
        RegionPolicy(
            "orebro",
            unsigned_notes=AFTER_DELAY,
            regional_choices=frozenset({RegionalChoice.DELAY_SIGNED_NOTES}),
        ),
        # "ovidimerade provsvar (klinisk kemi) och ovidimerade röntgensvar visas när det har
        # passerat 14 dagar": those two; microbiology and referral answers, the framework.
        RegionPolicy(
            "ostergotland",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.LAB, 14), (Category.RADIOLOGY, 14)),
        ),
    )
}


# --- Interpretations ------------------------------------------------------------------


class Interpretation(StrEnum):
    """A place where the demo reads vague words on the source page one way of several."""

    # "provsvar" read as laboratory results only (domain.md §3), for the rows that say it.
    PROVSVAR_IS_LABORATORY = "provsvar_is_laboratory"
    # Stockholm's "vissa provsvar visas ovidimerade": clinical chemistry at once,
    # microbiology once reviewed.
    SOME_RESULTS = "some_results"
    # Halland, Västmanland, Östergötland name some kinds; the others follow the framework.
    NAMED_RESULT_KINDS_ONLY = "named_result_kinds_only"
    # Dalarna's results words name no kind: they apply to every kind, referral answers too.
    EVERY_RESULT_KIND = "every_result_kind"
    # Uppsala's "prov" as clinical chemistry and microbiology, "konsultationssvar" as
    # referral answers.
    UPPSALA_RESULT_WORDS = "uppsala_result_words"
    # A bare "rådrum" (Dalarna, Östergötland) read as the delays the row names.
    RADRUM_IS_THE_ROWS_DELAYS = "radrum_is_the_rows_delays"
    # "(auto)låsta osignerade anteckningar efter 14 dagar" read as unsigned notes after 14
    # days (Kalmar, Västmanland, Östergötland).
    LOCKED_NOTES = "locked_notes"
    # Östergötland's auto-lock counted from the day written (the demo has no "ready for
    # signing" day).
    READY_FOR_SIGNING = "ready_for_signing"
    # Skåne's "slutenvårdsanteckningar inom psykiatrin" as notes from inpatient
    # psychiatric units (results and other entries from them are not delayed).
    INPATIENT_PSYCHIATRY = "inpatient_psychiatry"
    # Kronoberg's "Ditt barns journalanteckningar fram till dess att barnet fyller 13 år"
    # as the national guardian rule.
    CHILDS_NOTES_UNTIL_13 = "childs_notes_until_13"
    # A start date our research gives without naming kinds: every entry (Kalmar,
    # Jämtland Härjedalen).
    START_DATE_FOR_EVERY_ENTRY = "start_date_for_every_entry"


# Which column of the regions page's table each interpretation shapes.
INTERPRETATION_COLUMNS: dict[Interpretation, str] = {
    Interpretation.PROVSVAR_IS_LABORATORY: "results",
    Interpretation.SOME_RESULTS: "results",
    Interpretation.NAMED_RESULT_KINDS_ONLY: "results",
    Interpretation.EVERY_RESULT_KIND: "results",
    Interpretation.UPPSALA_RESULT_WORDS: "results",
    Interpretation.RADRUM_IS_THE_ROWS_DELAYS: "radrum",
    Interpretation.LOCKED_NOTES: "notes",
    Interpretation.READY_FOR_SIGNING: "notes",
    Interpretation.INPATIENT_PSYCHIATRY: "radrum",
    Interpretation.CHILDS_NOTES_UNTIL_13: "notes",
    Interpretation.START_DATE_FOR_EVERY_ENTRY: "start",
}

INTERPRETATIONS: dict[str, tuple[Interpretation, ...]] = {
    "blekinge": (Interpretation.PROVSVAR_IS_LABORATORY,),
    "dalarna": (Interpretation.RADRUM_IS_THE_ROWS_DELAYS, Interpretation.EVERY_RESULT_KIND),
    "halland": (Interpretation.NAMED_RESULT_KINDS_ONLY,),
    "jamtland-harjedalen": (
        Interpretation.PROVSVAR_IS_LABORATORY,
        Interpretation.START_DATE_FOR_EVERY_ENTRY,
    ),
    "kalmar": (Interpretation.LOCKED_NOTES, Interpretation.START_DATE_FOR_EVERY_ENTRY),
    "kronoberg": (Interpretation.CHILDS_NOTES_UNTIL_13,),
    "norrbotten": (Interpretation.PROVSVAR_IS_LABORATORY,),
    "skane": (Interpretation.INPATIENT_PSYCHIATRY,),
    "stockholm": (Interpretation.PROVSVAR_IS_LABORATORY, Interpretation.SOME_RESULTS),
    "uppsala": (Interpretation.UPPSALA_RESULT_WORDS,),
    "vastmanland": (Interpretation.LOCKED_NOTES, Interpretation.NAMED_RESULT_KINDS_ONLY),
    "ostergotland": (
        Interpretation.RADRUM_IS_THE_ROWS_DELAYS,
        Interpretation.LOCKED_NOTES,
        Interpretation.READY_FOR_SIGNING,
        Interpretation.NAMED_RESULT_KINDS_ONLY,
    ),
}


def interpretations(region_id: str) -> tuple[Interpretation, ...]:
    return INTERPRETATIONS.get(region_id, ())


NO_INFORMATION = "ingen information är i nuläget tillgänglig"

SOURCES: dict[str, PolicySource] = {
    "blekinge": PolicySource(
        "obligatoriskt rådrum 14 dagar för osignerade anteckningar",
        "signerade journalanteckningar visas direkt. Osignerade anteckningar visas efter 14 dagar",
        "vidimerade/ovidimerade provsvar visas efter 14 dagar",
    ),
    "dalarna": PolicySource(
        "rådrum.",
        "visar signerat eller med 14 dagars förskjutning.",
        "visar vidimerat eller med 14 dagars förskjutning.",
    ),
    "gotland": PolicySource(
        "inget rådrum",
        "signerade journalanteckningar visas så snart de är inskrivna i journalen. Osignerade "
        "journalanteckningar visas först 14 dagar efter att de skrivits in i journalen. Det kan "
        "dröja någon eller några dagar innan journalanteckningarna skrivs in i journalen.",
        "de provsvar som finns tillgängliga i Journalen visas ovidimerade.",
    ),
    "gavleborg": PolicySource(
        "Inte rådrum, visar allt direkt", "visar osignerat utan fördröjning", NO_INFORMATION
    ),
    "halland": PolicySource(
        "Inget obligatorisk rådrum",
        "Visar osignerat",
        "Visar osignerade resultat från Kemlab, resultaten kommer från journalsystemet och är "
        "vidimerade av labpersonal i labsystemet innan dom dyker upp i journalsystemet.",
    ),
    "jamtland-harjedalen": PolicySource(
        "obligatoriskt rådrum 14 dagar för osignerade anteckningar.",
        "signerade journalanteckningar visas direkt. Osignerade anteckningar visas efter 14 dagar.",
        "vidimerade provsvar visas direkt, ovidimerade provsvar visas efter 14 dagar.",
    ),
    "jonkoping": PolicySource("", "", ""),
    "kalmar": PolicySource(
        NO_INFORMATION,
        "endast signerade anteckningar visas. Efter 14 dagar visas autolåsta osignerade "
        "anteckningar.",
        NO_INFORMATION,
    ),
    "kronoberg": PolicySource(
        NO_INFORMATION,
        "Du kan läsa journalanteckningar gjorda från och med 1 januari 2015. Ditt barns "
        "journalanteckningar fram till dess att barnet fyller 13 år. Du kan inte se "
        "journalanteckningar nyare än två veckor där vårdpersonalen ännu inte har signerat",
        NO_INFORMATION,
    ),
    "norrbotten": PolicySource(
        "obligatoriskt rådrum 14 dagar för osignerade anteckningar.",
        "signerade journalanteckningar visas direkt. Osignerade anteckningar syns efter 14 dagar.",
        "ej aktuellt eftersom provsvar inte visas.",
    ),
    "skane": PolicySource(
        "inget obligatoriskt rådrum förutom inom psykiatrin där slutenvårdsanteckningar har en "
        "fördröjning på 28 dagar",
        "patienten kan själv välja",
        NO_INFORMATION,
    ),
    "stockholm": PolicySource(
        "inget rådrum",
        "signerade journalanteckningar visas så snart de är inskrivna i journalen. Osignerade "
        "journalanteckningar visas först 14 dagar efter att de skrivits in i journalen. Det kan "
        "dröja någon eller några dagar innan journalanteckningarna skrivs in i journalen.",
        "vissa provsvar visas ovidimerade",
    ),
    "sormland": PolicySource("inget obligatoriskt rådrum", "visar osignerat", NO_INFORMATION),
    "uppsala": PolicySource(
        "patienten kan välja",
        "visar osignerat",
        "visar ovidimerat, (prov, röntgen, konsultationssvar)",
    ),
    "varmland": PolicySource("inget rådrum", "osignerade anteckningar.", "ovidimerat"),
    "vasterbotten": PolicySource("inget obligatorisk rådrum", "visar osignerat", NO_INFORMATION),
    "vasternorrland": PolicySource("", "", ""),
    "vastmanland": PolicySource(
        "rådrum 14 dagar för osignerade anteckningar",
        "Signerade journalanteckningar visas direkt, efter 14 dagar visas även de så kallade "
        "låsta anteckningarna (osignerade)",
        "Ovidimerade röntgensvar visas",
    ),
    "vastra-gotaland": PolicySource(
        "obligatoriskt rådrum 14 dagar för osignerade anteckningar.",
        "signerade journalanteckningar visas direkt. Osignerade anteckningar syns efter 14 dagar.",
        "Ingen information är i nuläget tillgänglig.",
    ),
    "orebro": PolicySource(
        "patient kan välja en fördröjning på 14 dagar för de signerade anteckningarna, så kallat "
        "rådrum.",
        "signerade journalanteckningar visas direkt. Osignerade anteckningar syns efter 14 dagar.",
        "ingen skillnad för vidimerat/ovidimerat.",
    ),
    "ostergotland": PolicySource(
        "obligatoriskt rådrum 14 dagar.",
        "signerade anteckningar visas. Osignerade anteckningar som blivit autolåsta i Cosmic "
        "visas. Autolåsning inträffar när det förflutit 14 dagar sedan anteckningen markerats "
        "som ”klar för signering”.",
        "ovidimerade provsvar (klinisk kemi) och ovidimerade röntgensvar visas när det har "
        "passerat 14 dagar.",
    ),
}


def policy_for(region_id: str) -> RegionPolicy:
    """The rules of the region whose unit wrote an entry (the national framework elsewhere)."""
    return POLICIES.get(region_id, NATIONAL_FRAMEWORK)
