"""Plain words for the rules' decisions: why an entry or a journal is not shown.

Used by explain mode (a demo addition) and the regions page. The decisions
themselves come from demo/access.py; this module only puts them into words,
so the page, the API and explain mode all say the same thing.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import gettext as _

from demo.access import (
    RESULT_CATEGORIES,
    STANDARD_DELAY_DAYS,
    Category,
    Hidden,
    Reason,
    RegionalChoice,
    RegionPolicy,
    UnsignedNotes,
)


def category_name(category: Category) -> str:
    return {
        Category.NOTE: _("anteckningar"),
        Category.LAB: _("provsvar från klinisk kemi"),
        Category.MICROBIOLOGY: _("provsvar från mikrobiologi"),
        Category.RADIOLOGY: _("röntgensvar"),
        Category.REFERRAL_ANSWER: _("remissvar"),
        Category.OTHER: _("övriga uppgifter"),
    }[category]


def hidden_reason(
    why: Hidden,
    region_name: str,
    policy: RegionPolicy,
    *,
    category: Category = Category.OTHER,
    written: date | None = None,
    shown_from: date | None = None,
) -> str:
    """Why an entry is not shown, naming the region whose rule it is.

    Knowing when it was written and when it will be shown, it can tell a
    note that is signed (or a result reviewed) before its delay runs out.
    """
    days = policy.delay_days
    early = (
        written is not None
        and shown_from is not None
        and shown_from < written + timedelta(days=days)
    )
    if (
        why is Hidden.UNSIGNED_NOTE
        and early
        and (policy.unsigned_notes is UnsignedNotes.AFTER_DELAY)
    ):
        return _(
            "osignerad anteckning; den signeras den %(date)s och visas då, annars efter "
            "%(days)s dagar",
            date=shown_from.isoformat() if shown_from else "",
            days=days,
        )
    if why is Hidden.UNREVIEWED_RESULT:
        delay = policy.unreviewed_delay(category)
        if delay and early:
            return _(
                "inte vidimerat; det vidimeras den %(date)s och visas då",
                date=shown_from.isoformat() if shown_from else "",
            )
        if delay:
            return _(
                "inte vidimerat; %(region)s visar ovidimerade provsvar efter %(days)s dagar",
                region=region_name,
                days=delay,
            )
    texts = {
        Hidden.VOIDED: _("makulerad; makulerade uppgifter visas aldrig"),
        Hidden.NOT_APPROVED_FOR_PATIENT: _(
            "vårdenheten har inte godkänt uppgiften för visning för patienten"
        ),
        Hidden.OUTSIDE_GRANTED_UNIT: _(
            "åtkomsten gäller bara en vårdenhet, och uppgiften kommer från en annan"
        ),
        Hidden.UNIT_NEVER_SHOWN: _(
            "%(region)s visar aldrig uppgifter från den här sortens vårdenhet", region=region_name
        ),
        Hidden.RESULTS_NOT_SHOWN: _("%(region)s visar inga provsvar", region=region_name),
        Hidden.BEFORE_REGION_START: _(
            "%(region)s visar inte anteckningar skrivna före %(date)s",
            region=region_name,
            date=policy.notes_from.isoformat() if policy.notes_from else "",
        ),
        Hidden.NOT_YET_WRITTEN: _("uppgiften är ännu inte skriven på demodatumet"),
        Hidden.UNSIGNED_NOTE: (
            _(
                "osignerad anteckning; %(region)s visar osignerade anteckningar först när de "
                "har signerats, om du inte har valt att se dem",
                region=region_name,
            )
            if policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE
            else _(
                "osignerad anteckning; %(region)s visar osignerade anteckningar efter "
                "%(days)s dagar",
                region=region_name,
                days=days,
            )
        ),
        Hidden.UNIT_DELAY: _(
            "%(region)s visar anteckningar från psykiatrisk slutenvård efter %(days)s dagar",
            region=region_name,
            days=max((d for _kind, d in policy.unit_kind_note_delays), default=0),
        ),
        Hidden.RESULT_DELAY: _(
            "%(region)s visar provsvar efter %(days)s dagar",
            region=region_name,
            days=policy.result_delay_days,
        ),
        Hidden.UNREVIEWED_RESULT: _(
            "inte vidimerat; %(region)s visar provsvaret när det har vidimerats",
            region=region_name,
        ),
        Hidden.REGIONAL_CHOICE_DELAY: _(
            "du har valt rådrum: %(region)s visar uppgiften efter %(days)s dagar",
            region=region_name,
            days=days,
        ),
        Hidden.HIDE_RECENT_CHOICE: _(
            "du har valt att inte se uppgifter som är nyare än %(days)s dagar",
            days=STANDARD_DELAY_DAYS,
        ),
    }
    return texts[why]


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
        if unit_kind == "psykiatri_sluten":
            notes += " " + _(
                "Anteckningar från psykiatrisk slutenvård visas efter %(days)s dagar.", days=delay
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
    if policy.hidden_unit_kinds:
        choices.append(_("Uppgifter från barn- och ungdomspsykiatrin visas aldrig."))
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
