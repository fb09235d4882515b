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
    LABORATORY_RESULTS,
    RESULT_CATEGORIES,
    STANDARD_DELAY_DAYS,
    WITHHELD_HEADINGS,
    AccessChange,
    Category,
    Hidden,
    Reason,
    RegionalChoice,
    RegionPolicy,
    Release,
    ResultRule,
    UnsignedNotes,
    Visibility,
)
from demo.domain.kinds import UnitKind
from demo.domain.policies import (
    INTERPRETATION_COLUMNS,
    Interpretation,
    PolicySource,
    StartSource,
    interpretations,
    start_source,
)
from demo.i18n import long_date
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


def never_shown_counts(
    hidden: Iterable[JudgedEntry], shown: Iterable[EntryView] = ()
) -> Counter[Hidden]:
    """Entries no day will show, counted per reason, and the paragraphs of shown entries
    left out under withheld headings: explain mode says how many and why, never what
    they are (the citizen may not know that)."""
    counts = Counter(
        judged.visibility.hidden_because
        for judged in hidden
        if judged.visibility.never_shown and judged.visibility.hidden_because is not None
    )
    withheld = sum(entry.withheld_paragraphs for entry in shown)
    if withheld:
        counts[Hidden.WITHHELD_HEADING] = withheld
    return counts


def hidden_reason(judged: JudgedEntry) -> str:
    """Why a waiting entry is not shown yet, and what will show it, naming the region
    whose rule it is. Words only: the verdict (reason, release, delay, day) is the rules'."""
    seen = judged.visibility
    why, days, on = seen.hidden_because, seen.delay_days, seen.shown_from
    region = judged.entry.unit.provider.region.name
    date_text = long_date(on)
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
            "från vårdenheter som aldrig visas i Journalen, till exempel Barnahus, "
            "verksamhet enligt LSS, rättspsykiatrin och barn- och ungdomspsykiatrin i Skåne"
        ),
        Hidden.WITHHELD_HEADING: withheld_heading_reason(),
        Hidden.RESULTS_NOT_SHOWN: _("provsvar från en region som inte visar provsvar"),
        Hidden.BEFORE_REGION_START: _("skrivna före regionens första dag i Journalen"),
    }
    return texts[why]


def withheld_heading_reason() -> str:
    """Why some paragraphs of shown entries are left out (the headings are public rules)."""
    return _(
        "de står under rubriker som aldrig visas i Journalen: %(headings)s",
        headings=", ".join(f"”{heading}”" for heading in WITHHELD_HEADINGS),
    )


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
        # Refusals the service does not explain (the page answers 404): worded all the same,
        # so that no code ever stands in for a sentence.
        Reason.NOT_GUARDIAN: _("Bara vårdnadshavare kan läsa ett barns journal."),
        Reason.GUARDIAN_BLOCKED: _("Vårdnadshavarens åtkomst till barnets journal är spärrad."),
        Reason.CHILD_PROTECTED_IDENTITY: _(
            "Ett barn med skyddade personuppgifter visas inte för vårdnadshavare."
        ),
        Reason.GUARDIAN_PROTECTED_IDENTITY: _(
            "En vårdnadshavare med skyddade personuppgifter kan inte läsa barnets journal."
        ),
        Reason.CHILD_16_OR_OLDER: _("Från 16 år läser barnet själv sin journal."),
    }
    return texts[reason]


def describe_policy(policy: RegionPolicy) -> dict[str, str]:
    """A region's rules in plain Swedish: notes, results, the start date, the citizen's
    choices and the units never shown. Words only: every value is the policy's."""
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
    return {
        "notes": notes,
        "results": _describe_results(policy),
        "start": describe_start(policy),
        "other": " ".join(choices),
    }


# The result categories in the order the regions page names them.
RESULT_ORDER = (Category.LAB, Category.MICROBIOLOGY, Category.RADIOLOGY, Category.REFERRAL_ANSWER)


def _result_groups(policy: RegionPolicy) -> list[tuple[tuple[Category, ...], ResultRule]]:
    """The result categories grouped by the rule the region applies to them, in order."""
    groups: dict[ResultRule, list[Category]] = {}
    for category in RESULT_ORDER:
        groups.setdefault(policy.result_rule(category), []).append(category)
    return [(tuple(categories), rule) for rule, categories in groups.items()]


def _kinds_text(categories: tuple[Category, ...]) -> str:
    kinds = frozenset(categories)
    if kinds == RESULT_CATEGORIES:
        return _("alla provsvar, röntgensvar och remissvar")
    if kinds == LABORATORY_RESULTS:
        return _("provsvar från klinisk kemi och mikrobiologi")
    return _join([category_name(category) for category in categories])


def _join(parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return _("%(first)s och %(last)s", first=", ".join(parts[:-1]), last=parts[-1])


def _describe_results(policy: RegionPolicy) -> str:
    """One sentence per group of result categories the region treats alike."""
    return " ".join(
        _result_sentence(_kinds_text(categories), rule)
        for categories, rule in _result_groups(policy)
    )


def _result_sentence(what: str, rule: ResultRule) -> str:
    what = what[:1].upper() + what[1:]
    if not rule.shown:
        return _("%(what)s visas inte.", what=what)
    if rule.delay_days:
        return _(
            "%(what)s visas efter %(days)s dagar, vidimerade eller inte.",
            what=what,
            days=rule.delay_days,
        )
    if rule.unreviewed_delay is None:
        return _("%(what)s visas först när de har vidimerats.", what=what)
    if rule.unreviewed_delay == 0:
        return _("%(what)s visas direkt, även ovidimerade.", what=what)
    return _(
        "%(what)s visas efter %(days)s dagar om de inte har vidimerats dessförinnan.",
        what=what,
        days=rule.unreviewed_delay,
    )


def describe_start(policy: RegionPolicy) -> str:
    """The region's start date in Journalen, and where our sources say it (or that they
    do not)."""
    source = start_source(policy.region_id)
    if source is StartSource.UNPUBLISHED:
        return _("Regionens startdatum i Journalen är inte publicerat i våra källor.")
    if policy.entries_from is not None:
        sentence = _(
            "Uppgifter skrivna före %(date)s visas inte.", date=long_date(policy.entries_from)
        )
    else:
        assert policy.notes_from is not None
        sentence = _(
            "Anteckningar skrivna före %(date)s visas inte.", date=long_date(policy.notes_from)
        )
    if source is StartSource.RESEARCH:
        return sentence + " " + _("Datumet kommer från demons research, inte från källsidan.")
    return sentence


def interpretation_text(interpretation: Interpretation, policy: RegionPolicy) -> str:
    """Where the demo reads the source page's words one way of several, in words."""
    if interpretation is Interpretation.NAMED_RESULT_KINDS_ONLY:
        named = tuple(c for c in RESULT_ORDER if c in policy.named_result_categories)
        return _(
            "Källan nämner bara %(named)s. För andra svar gäller det nationella ramverket: "
            "de visas direkt, även ovidimerade.",
            named=_kinds_text(named),
        )
    texts = {
        Interpretation.PROVSVAR_IS_LABORATORY: _(
            "Källan säger ”provsvar”. Demon läser det som svar från laboratoriet (klinisk "
            "kemi och mikrobiologi), inte röntgensvar eller remissvar; för dem gäller det "
            "nationella ramverket."
        ),
        Interpretation.SOME_RESULTS: _(
            "”Vissa provsvar visas ovidimerade” säger inte vilka. Demon visar ovidimerade "
            "provsvar från klinisk kemi direkt och provsvar från mikrobiologi först när de "
            "har vidimerats."
        ),
        Interpretation.EVERY_RESULT_KIND: _(
            "Raden nämner inget slag av svar, så demon tillämpar den på alla: klinisk kemi, "
            "mikrobiologi, röntgensvar och remissvar."
        ),
        Interpretation.UPPSALA_RESULT_WORDS: _(
            "Demon läser ”prov” som klinisk kemi och mikrobiologi och ”konsultationssvar” "
            "som remissvar."
        ),
        Interpretation.RADRUM_IS_THE_ROWS_DELAYS: _(
            "Källan säger bara ”rådrum”. Demon läser det som de fördröjningar på 14 dagar "
            "som raden nämner, inget annat."
        ),
        Interpretation.LOCKED_NOTES: _(
            "Demon läser ”låsta” eller ”autolåsta” osignerade anteckningar efter 14 dagar som "
            "att osignerade anteckningar visas efter 14 dagar."
        ),
        Interpretation.READY_FOR_SIGNING: _(
            "Autolåsningen räknas från dagen anteckningen skrevs: demon har ingen dag för "
            "”klar för signering”."
        ),
        Interpretation.INPATIENT_PSYCHIATRY: _(
            "Demon läser ”slutenvårdsanteckningar inom psykiatrin” som anteckningar från "
            "psykiatrisk slutenvård; provsvar och andra uppgifter därifrån fördröjs inte."
        ),
        Interpretation.CHILDS_NOTES_UNTIL_13: _(
            "”Ditt barns journalanteckningar fram till dess att barnet fyller 13 år” läses "
            "som den nationella regeln för vårdnadshavare."
        ),
        Interpretation.START_DATE_FOR_EVERY_ENTRY: _(
            "Källan ger ett startdatum men säger inte för vilka uppgifter; demon visar ingen "
            "uppgift som är skriven före det."
        ),
    }
    return texts[interpretation]


# --- The regions side by side: one row per region, every cell a value ------------------


@dataclass(frozen=True)
class Cell:
    """One cell of the regions table: its words, and what they rest on."""

    text: str
    # The source gives no information here: the national framework applies.
    framework: bool = False
    # The words rest on an interpretation of the source (named in the region's section).
    interpreted: bool = False


@dataclass(frozen=True)
class RegionRow:
    """One region's rules as short values, side by side with the others (/regioner)."""

    notes: Cell
    results: Cell
    radrum: Cell
    choices: Cell
    start: Cell


def _short_kinds(categories: tuple[Category, ...]) -> str:
    if frozenset(categories) == RESULT_CATEGORIES:
        return _("alla svar")
    names = {
        Category.LAB: _("klinisk kemi"),
        Category.MICROBIOLOGY: _("mikrobiologi"),
        Category.RADIOLOGY: _("röntgen"),
        Category.REFERRAL_ANSWER: _("remissvar"),
    }
    return _join([names[category] for category in categories])


def _short_result_rule(rule: ResultRule) -> str:
    if not rule.shown:
        return _("visas inte")
    if rule.delay_days:
        return _("efter %(days)s dagar", days=rule.delay_days)
    if rule.unreviewed_delay is None:
        return _("när de vidimerats")
    if rule.unreviewed_delay == 0:
        return _("direkt")
    return _("vidimerade direkt, annars efter %(days)s dagar", days=rule.unreviewed_delay)


def _radrum_cell(policy: RegionPolicy) -> str:
    """The delays the region imposes, grouped by their length."""
    by_days: dict[int, list[str]] = {}
    if policy.unsigned_notes is UnsignedNotes.AFTER_DELAY:
        by_days.setdefault(policy.delay_days, []).append(_("osignerade anteckningar"))
    for unit_kind, days in policy.unit_kind_note_delays:
        by_days.setdefault(days, []).append(
            _("anteckningar från psykiatrisk slutenvård")
            if unit_kind is UnitKind.PSYKIATRI_SLUTEN
            else _("anteckningar från vissa vårdenheter")
        )
    for categories, rule in _result_groups(policy):
        if rule.shown and rule.delay_days:
            by_days.setdefault(rule.delay_days, []).append(_short_kinds(categories))
        elif rule.shown and rule.unreviewed_delay:
            by_days.setdefault(rule.unreviewed_delay, []).append(
                _("ovidimerade svar")
                if frozenset(categories) == RESULT_CATEGORIES
                else _("ovidimerade svar (%(kinds)s)", kinds=_short_kinds(categories))
            )
    if not by_days:
        return _("Inget")
    return "; ".join(
        _("%(days)s dagar: %(what)s", days=days, what=", ".join(what))
        for days, what in sorted(by_days.items())
    )


def _choices_cell(policy: RegionPolicy) -> str:
    choices = [_("dölja uppgifter nyare än %(days)s dagar", days=STANDARD_DELAY_DAYS)]
    if RegionalChoice.SHOW_UNSIGNED_NOTES in policy.regional_choices:
        choices.append(_("se osignerade anteckningar"))
    if RegionalChoice.DELAY_ALL in policy.regional_choices:
        choices.append(_("rådrum för alla uppgifter"))
    if RegionalChoice.DELAY_SIGNED_NOTES in policy.regional_choices:
        choices.append(_("rådrum för signerade anteckningar"))
    text = "; ".join(choices)
    return text[:1].upper() + text[1:]


def _start_cell(policy: RegionPolicy) -> str:
    if policy.entries_from is not None:
        return long_date(policy.entries_from)
    if policy.notes_from is not None:
        return _("%(date)s (anteckningar)", date=long_date(policy.notes_from))
    return _("Inte publicerat i våra källor")


def region_row(policy: RegionPolicy, source: PolicySource) -> RegionRow:
    """A region's row of the regions table: short values computed from its policy, each
    marked where the source gives no information or the demo interprets its words."""
    missing = source.no_information
    interpreted = {INTERPRETATION_COLUMNS[i] for i in interpretations(policy.region_id)}
    if policy.unsigned_notes is UnsignedNotes.AFTER_DELAY:
        notes = _("Signerade direkt, osignerade efter %(days)s dagar", days=policy.delay_days)
    elif policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE:
        notes = _("Signerade direkt, osignerade om du väljer det")
    else:
        notes = _("Alla direkt, även osignerade")
    groups = _result_groups(policy)
    if len(groups) == 1 and groups[0][1] == ResultRule():
        results = _("Alla direkt, även ovidimerade")
    else:
        results = "; ".join(
            _(
                "%(kinds)s: %(rule)s",
                kinds=_short_kinds(categories).capitalize()
                if index == 0
                else _short_kinds(categories),
                rule=_short_result_rule(rule),
            )
            for index, (categories, rule) in enumerate(groups)
        )
    return RegionRow(
        notes=Cell(notes, "notes" in missing, "notes" in interpreted),
        results=Cell(results, "results" in missing, "results" in interpreted),
        radrum=Cell(_radrum_cell(policy), "radrum" in missing, "radrum" in interpreted),
        choices=Cell(_choices_cell(policy)),
        start=Cell(
            _start_cell(policy),
            interpreted="start" in interpreted,
        ),
    )


def change_sentence(change: AccessChange, name: str, is_self: bool, forward: bool = True) -> str:
    """One change the demo clock brought, in words ("Ella har fyllt 13: …"). A clock moved
    back brought no birthday: then only how things stand ("Du kan läsa …")."""
    before, after = change.before, change.after
    allowed_after = after is not None and after.allowed
    if is_self:
        if not forward or before is None or before.allowed == allowed_after:
            return (
                _("Du kan läsa din journal.")
                if allowed_after
                else _("Du kan inte läsa din journal.")
            )
        if allowed_after:
            return _("Du kan nu läsa din journal.")
        return _("Du kan inte längre läsa din journal.")
    if not forward:
        if after is None:
            return _("%(name)s visas inte bland dina barn.", name=name)
        if allowed_after:
            return _("Du kan läsa journalen för %(name)s.", name=name)
        return _("Du kan inte läsa journalen för %(name)s.", name=name)
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
