"""Plain words for the rules' decisions: why an entry or a journal is not shown.

Used by explain mode (a demo addition) and the regions page. The decisions
themselves come from demo/domain/access.py; this module only puts them into words,
so the page, the API and explain mode all say the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from flask_babel import gettext as _

from demo.domain.access import (
    RESULT_CATEGORIES,
    AccessChange,
    Category,
    Hidden,
    Reason,
    RegionalChoice,
    RegionPolicy,
    Release,
    UnsignedNotes,
    Visibility,
)
from demo.domain.kinds import UnitKind
from demo.store.readmodel import EntryView, JudgedEntry


def category_name(category: Category) -> str:
    return {
        Category.NOTE: _("anteckningar"),
        Category.LAB: _("provsvar från klinisk kemi"),
        Category.MICROBIOLOGY: _("provsvar från mikrobiologi"),
        Category.RADIOLOGY: _("röntgensvar"),
        Category.REFERRAL_ANSWER: _("remissvar"),
        Category.OTHER: _("övriga uppgifter"),
    }[category]


@dataclass(frozen=True)
class Explained:
    """A waiting entry for explain mode: the entry, the verdict, and the verdict in words."""

    entry: EntryView
    visibility: Visibility
    explanation: str


def explain_waiting(hidden: Iterable[JudgedEntry]) -> list[Explained]:
    """The hidden entries a day, a signature or a review will show, each with why."""
    return [
        Explained(judged.entry, judged.visibility, hidden_reason(judged))
        for judged in hidden
        if judged.visibility.waiting
    ]


def never_shown_counts(hidden: Iterable[JudgedEntry]) -> Counter[Hidden]:
    """Entries no day will show, counted per reason: explain mode says how many and why,
    never what they are (the citizen may not know that)."""
    return Counter(
        judged.visibility.hidden_because
        for judged in hidden
        if judged.visibility.never_shown and judged.visibility.hidden_because is not None
    )


def hidden_reason(judged: JudgedEntry) -> str:
    """Why a waiting entry is not shown yet, and what will show it, naming the region
    whose rule it is. Words only: the verdict (reason, release, delay, day) is the rules'."""
    seen = judged.visibility
    why, days, on = seen.hidden_because, seen.delay_days, seen.shown_from
    region = judged.entry.unit.provider.region.name
    date_text = on.isoformat() if on else ""
    if why is None:
        return ""
    if seen.never_shown:
        return never_shown_reason(why)
    if why is Hidden.UNSIGNED_NOTE:
        if seen.choice is RegionalChoice.SHOW_UNSIGNED_NOTES:
            return _(
                "osignerad anteckning; %(region)s visar osignerade anteckningar först när de "
                "har signerats, om du inte har valt att se dem",
                region=region,
            )
        if seen.released_by is Release.SIGNATURE:
            return _(
                "osignerad anteckning; den signeras den %(date)s och visas då, annars efter "
                "%(days)s dagar",
                date=date_text,
                days=days,
            )
        return _(
            "osignerad anteckning; %(region)s visar osignerade anteckningar efter %(days)s dagar",
            region=region,
            days=days,
        )
    if why is Hidden.UNREVIEWED_RESULT:
        if seen.released_by is Release.REVIEW and days:
            return _("inte vidimerat; det vidimeras den %(date)s och visas då", date=date_text)
        if seen.released_by is Release.DELAY:
            return _(
                "inte vidimerat; %(region)s visar ovidimerade provsvar efter %(days)s dagar",
                region=region,
                days=days,
            )
        return _(
            "inte vidimerat; %(region)s visar provsvaret när det har vidimerats", region=region
        )
    if why is Hidden.UNIT_DELAY:
        return unit_delay_sentence(judged.entry.unit.kind, region, days or 0)
    texts = {
        Hidden.NOT_YET_WRITTEN: _("uppgiften är ännu inte skriven på demodatumet"),
        Hidden.RESULT_DELAY: _(
            "%(region)s visar provsvar efter %(days)s dagar", region=region, days=days
        ),
        Hidden.REGIONAL_CHOICE_DELAY: _(
            "du har valt rådrum: %(region)s visar uppgiften efter %(days)s dagar",
            region=region,
            days=days,
        ),
        Hidden.HIDE_RECENT_CHOICE: _(
            "du har valt att inte se uppgifter som är nyare än %(days)s dagar", days=days
        ),
    }
    return texts[why]


def unit_delay_sentence(unit_kind: UnitKind, region: str, days: int) -> str:
    """A region's delay for notes from one kind of unit (Skåne: psychiatric inpatient care)."""
    if unit_kind is UnitKind.PSYKIATRI_SLUTEN:
        return _(
            "%(region)s visar anteckningar från psykiatrisk slutenvård efter %(days)s dagar",
            region=region,
            days=days,
        )
    return _(
        "%(region)s visar anteckningar från den här sortens vårdenhet efter %(days)s dagar",
        region=region,
        days=days,
    )


def never_shown_reason(why: Hidden) -> str:
    """Why some entries are never shown, said without naming them (explain mode)."""
    texts = {
        Hidden.VOIDED: _("makulerade; makulerade uppgifter visas aldrig"),
        Hidden.NOT_APPROVED_FOR_PATIENT: _("vårdenheten har inte godkänt dem för visning"),
        Hidden.OUTSIDE_GRANTED_UNIT: _("från andra vårdenheter än den som åtkomsten gäller"),
        Hidden.UNIT_NEVER_SHOWN: _(
            "från vårdenheter som regionen aldrig visar, till exempel barn- och "
            "ungdomspsykiatrin i Skåne"
        ),
        Hidden.RESULTS_NOT_SHOWN: _("provsvar från en region som inte visar provsvar"),
        Hidden.BEFORE_REGION_START: _("skrivna före regionens första dag i Journalen"),
    }
    return texts[why]


def refusal_rule(reason: Reason) -> str:
    """The rule behind a refusal, for explain mode on a refusal page."""
    texts = {
        Reason.OWN_UNDER_16: _("Egen åtkomst gäller från och med 16-årsdagen."),
        Reason.CHILD_13_TO_15: _(
            "Vårdnadshavarens åtkomst gäller till dagen före barnets 13-årsdag; mellan 13 och "
            "16 år kan ingen läsa barnets journal, utom med förlängd åtkomst från en vårdenhet."
        ),
        Reason.ACCOUNT_SEALED: _(
            "Ett förseglat konto visar ingen journalinformation förrän förseglingen hävs."
        ),
        Reason.NO_PERSONNUMMER: _("Inloggning med e-legitimation kräver personnummer."),
        Reason.DECEASED: _("En avliden persons konto är stängt."),
        Reason.NOT_BORN: _("Personen är inte född på demodatumet."),
    }
    return texts.get(reason, reason.value)


def describe_policy(policy: RegionPolicy) -> dict[str, str]:
    """A region's rules in plain Swedish: notes, results, delays, the citizen's choices."""
    days = policy.delay_days
    if policy.unsigned_notes is UnsignedNotes.AFTER_DELAY:
        notes = _(
            "Signerade anteckningar visas direkt. Osignerade anteckningar visas efter "
            "%(days)s dagar.",
            days=days,
        )
    elif policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE:
        notes = _(
            "Signerade anteckningar visas direkt. Du väljer själv om du vill se "
            "osignerade anteckningar."
        )
    else:
        notes = _("Alla anteckningar visas direkt, även osignerade.")
    for unit_kind, delay in policy.unit_kind_note_delays:
        notes += " " + (
            _("Anteckningar från psykiatrisk slutenvård visas efter %(days)s dagar.", days=delay)
            if unit_kind is UnitKind.PSYKIATRI_SLUTEN
            else _(
                "Anteckningar från vissa sorters vårdenheter visas efter %(days)s dagar.",
                days=delay,
            )
        )
    if policy.notes_from is not None:
        notes += " " + _(
            "Anteckningar skrivna före %(date)s visas inte.", date=policy.notes_from.isoformat()
        )

    results = _describe_results(policy)

    choices = []
    if RegionalChoice.SHOW_UNSIGNED_NOTES in policy.regional_choices:
        choices.append(_("Du kan välja att se osignerade anteckningar."))
    if RegionalChoice.DELAY_ALL in policy.regional_choices:
        choices.append(
            _("Du kan välja rådrum: att nya uppgifter visas först efter %(days)s dagar.", days=days)
        )
    if RegionalChoice.DELAY_SIGNED_NOTES in policy.regional_choices:
        choices.append(
            _(
                "Du kan välja att signerade anteckningar visas först efter %(days)s dagar.",
                days=days,
            )
        )
    for unit_kind in sorted(policy.hidden_unit_kinds):
        choices.append(
            _("Uppgifter från barn- och ungdomspsykiatrin visas aldrig.")
            if unit_kind is UnitKind.BUP
            else _("Uppgifter från vissa sorters vårdenheter visas aldrig.")
        )
    return {"notes": notes, "results": results, "other": " ".join(choices)}


def _describe_results(policy: RegionPolicy) -> str:
    if not policy.results_shown:
        return _("Provsvar visas inte.")
    if policy.result_delay_days:
        # Every result waits, reviewed or not (Blekinge).
        return _(
            "Alla provsvar visas efter %(days)s dagar, vidimerade eller inte.",
            days=policy.result_delay_days,
        )
    named = dict(policy.unreviewed_results)
    default = policy.unreviewed_results_default
    if not named and default == 0:
        return _("Alla provsvar visas direkt, även ovidimerade.")
    parts = [_("Vidimerade provsvar visas direkt.")]
    parts += [_unreviewed_sentence(category_name(c), delay) for c, delay in named.items()]
    if RESULT_CATEGORIES - named.keys():
        others = _("andra ovidimerade provsvar") if named else _("ovidimerade provsvar")
        parts.append(_unreviewed_sentence(others, default))
    return " ".join(parts)


def _unreviewed_sentence(what: str, delay: int | None) -> str:
    if delay is None:
        return _("%(what)s visas först när de har vidimerats.", what=what.capitalize())
    if delay == 0:
        return _("%(what)s visas direkt, även ovidimerade.", what=what.capitalize())
    return _(
        "%(what)s visas efter %(days)s dagar om de inte har vidimerats dessförinnan.",
        what=what.capitalize(),
        days=delay,
    )


def change_sentence(change: AccessChange, name: str, is_self: bool) -> str:
    """One change the demo clock brought, in words ("Ella har fyllt 13: …")."""
    before, after = change.before, change.after
    if is_self:
        if after is not None and after.allowed:
            return _("Du kan nu läsa din journal.")
        return _("Du kan inte längre läsa din journal.")
    if after is None:
        if before is not None and before.reason is Reason.CHILD_13_TO_15:
            return _(
                "%(name)s har fyllt 16 och kan själv läsa sin journal; %(name)s visas inte "
                "längre bland dina barn.",
                name=name,
            )
        return _("%(name)s visas inte längre bland dina barn.", name=name)
    if after.reason is Reason.CHILD_13_TO_15:
        return _(
            "%(name)s har fyllt 13: du kan inte längre läsa journalen för %(name)s.", name=name
        )
    if after.reason is Reason.GUARDIAN_EXTENDED_ACCESS:
        return _(
            "%(name)s har fyllt 13: du ser nu bara uppgifter från den vårdenhet som har gett "
            "dig förlängd åtkomst.",
            name=name,
        )
    if after.allowed:
        return _("Du kan läsa journalen för %(name)s.", name=name)
    return _("Du kan inte läsa journalen för %(name)s.", name=name)
