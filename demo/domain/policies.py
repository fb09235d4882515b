"""The 21 regions' rules for Journalen, row by row from the source page (domain.md §3).

Each region has a `RegionPolicy` (what the rules module applies) and the
source page's own words (what the regions page quotes). Where the page gives
no information, the national framework applies (everything shown at once,
the citizen's 14-day choice) and `no_information` says which parts.

Interpretations, where the page's words leave room:
- "some results shown unreviewed" (Stockholm): unreviewed clinical chemistry
  is shown; other results once reviewed.
- Halland, Uppsala, Västmanland, Östergötland name which unreviewed results
  they show; any other kind of result is shown once reviewed.
- Referral answers (konsultationssvar) count as results; Uppsala's "prov"
  covers clinical chemistry and microbiology.
- Östergötland's "obligatoriskt rådrum 14 dagar" is read as its two named
  delays (unsigned notes, unreviewed chemistry and radiology), counted from
  the day the note was written (the model has no "ready for signing" day).
- Skåne's 28 days apply to notes from psychiatric inpatient units only.
- Only Kronoberg names a start date (for notes); no other region's is known.
- Kronoberg's "a child's notes until 13" is the national guardian rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from demo.domain.access import (
    NATIONAL_FRAMEWORK,
    Category,
    RegionalChoice,
    RegionPolicy,
    UnsignedNotes,
)
from demo.domain.kinds import UnitKind

AFTER_DELAY = UnsignedNotes.AFTER_DELAY


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


POLICIES: dict[str, RegionPolicy] = {
    policy.region_id: policy
    for policy in (
        RegionPolicy(
            "blekinge",
            unsigned_notes=AFTER_DELAY,
            result_delay_days=14,
            unreviewed_results_default=14,
        ),
        RegionPolicy("dalarna", unsigned_notes=AFTER_DELAY, unreviewed_results_default=14),
        RegionPolicy("gotland", unsigned_notes=AFTER_DELAY),
        RegionPolicy("gavleborg"),
        RegionPolicy(
            "halland",
            unreviewed_results=((Category.LAB, 0),),
            unreviewed_results_default=None,
        ),
        RegionPolicy(
            "jamtland-harjedalen", unsigned_notes=AFTER_DELAY, unreviewed_results_default=14
        ),
        RegionPolicy("jonkoping"),
        RegionPolicy("kalmar", unsigned_notes=AFTER_DELAY),
        RegionPolicy("kronoberg", unsigned_notes=AFTER_DELAY, notes_from=date(2015, 1, 1)),
        RegionPolicy("norrbotten", unsigned_notes=AFTER_DELAY, results_shown=False),
        RegionPolicy(
            "skane",
            unsigned_notes=UnsignedNotes.PATIENT_CHOICE,
            unit_kind_note_delays=((UnitKind.PSYKIATRI_SLUTEN, 28),),
            hidden_unit_kinds=frozenset({UnitKind.BUP}),
            regional_choices=frozenset({RegionalChoice.SHOW_UNSIGNED_NOTES}),
        ),
        RegionPolicy(
            "stockholm",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.LAB, 0),),
            unreviewed_results_default=None,
        ),
        RegionPolicy("sormland"),
        RegionPolicy(
            "uppsala",
            unreviewed_results=(
                (Category.LAB, 0),
                (Category.MICROBIOLOGY, 0),
                (Category.RADIOLOGY, 0),
                (Category.REFERRAL_ANSWER, 0),
            ),
            unreviewed_results_default=None,
            regional_choices=frozenset({RegionalChoice.DELAY_ALL}),
        ),
        RegionPolicy("varmland"),
        RegionPolicy("vasterbotten"),
        RegionPolicy("vasternorrland"),
        RegionPolicy(
            "vastmanland",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.RADIOLOGY, 0),),
            unreviewed_results_default=None,
        ),
        RegionPolicy("vastra-gotaland", unsigned_notes=AFTER_DELAY),
        RegionPolicy(
            "orebro",
            unsigned_notes=AFTER_DELAY,
            regional_choices=frozenset({RegionalChoice.DELAY_SIGNED_NOTES}),
        ),
        RegionPolicy(
            "ostergotland",
            unsigned_notes=AFTER_DELAY,
            unreviewed_results=((Category.LAB, 14), (Category.RADIOLOGY, 14)),
            unreviewed_results_default=None,
        ),
    )
}

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
