"""The cast as the persona picker and /api/v1/personas show it, on the visitor's demo date.

Each persona has two kinds of text. What they are and what they show does not
depend on the day (written here, in both languages). Everything about their
age, their access and their next change does: it is put in words from the
rules' household (demo.domain.access) on the day asked for, so a moved clock
never meets a sentence written for 26 November.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from demo.domain import access
from demo.domain.access import Decision, LifeStage, Reason
from demo.i18n import age_text, long_date
from demo.presenters.explain import change_sentence, refusal_rule
from demo.store.readmodel import Citizen, World


class PersonaGroup(StrEnum):
    """The picker's groups, in the order shown; the values are the filter's."""

    ADULTS = "vuxna"
    GUARDIANS = "vardnadshavare"
    CHILDREN = "barn"
    GAP = "13-15"
    SPECIAL = "sarskilda"


def group_name(group: PersonaGroup) -> str:
    names = {
        PersonaGroup.ADULTS: _("16 år och äldre"),
        PersonaGroup.GUARDIANS: _("Vårdnadshavare"),
        PersonaGroup.CHILDREN: _("Barn under 13 år"),
        PersonaGroup.GAP: _("13–15 år"),
        PersonaGroup.SPECIAL: _("Särskilda fall"),
    }
    return names[group]


# What each persona is, and what they show: true on any day.
ABOUT = {
    "anna": _l("Vuxen med en lång journal från två regioner, Stockholm och Uppsala."),
    "karin": _l("Mamma i familjen Berg, vårdnadshavare till Liam, Ella och Maja."),
    "johan": _l("Pappa i familjen Berg. Han är blockerad från sonen Liams journal."),
    "ella": _l("Dotter i familjen Berg."),
    "liam": _l("Son i familjen Berg. Pappan Johan är blockerad från hans journal."),
    "maja": _l("Dotter i familjen Berg."),
    "teo": _l("Tonåring i Region Örebro."),
    "sara": _l("Tonåring i Region Dalarna."),
    "fatima": _l("Mamma till Yara och Noah. Noah har skyddade personuppgifter."),
    "noah": _l("Barn med skyddade personuppgifter."),
    "elin": _l("Tonåring med diabetes. Barnkliniken har gett pappan Peter förlängd åtkomst."),
    "alva": _l(
        "Tonåring med diabetes. Barnkliniken har gett henne tidig egen åtkomst efter en "
        "mognadsbedömning."
    ),
    "peter": _l("Pappa till Elin, med förlängd åtkomst från Barnkliniken."),
    "mikael": _l(
        "Utredd i Region Blekinge i november 2026, med provsvar från Vrinnevisjukhuset i "
        "Östergötland (ett sjukhus han själv har valt). Osignerade anteckningar och "
        "ovidimerade provsvar från veckorna före den 26 november."
    ),
    "lars": _l(
        "Servicetekniker som arbetar i hela landet och sökte vård i alla 21 regioner i "
        "november 2026."
    ),
    "hassan": _l("Inlagd i psykiatrisk slutenvård i Region Skåne sedan november 2026."),
    "sofia": _l("Gravid, inskriven på mödravårdscentralen (vecka 31 den 26 november 2026)."),
    "gunnar": _l("Hjärtsvikt, förmaksflimmer, diabetes och många läkemedel."),
    "eva": _l("Har själv förseglat sitt konto i Journalen."),
    "tomasz": _l("Har bara samordningsnummer, inget personnummer."),
}

SHOWS = {
    "anna": _l("Alla informationsmängder; regioner med olika regler sida vid sida."),
    "karin": _l("Att byta till barnens journaler, och hur åtkomsten ändras med barnens ålder."),
    "johan": _l("Blockering gäller en vårdnadshavare i taget: Johan ser inte Liam, Karin gör det."),
    "ella": _l("13-årsdagen: föräldrarnas åtkomst upphör, barnets egen börjar först vid 16."),
    "liam": _l("Barnhälsovård, vaccinationer och tillväxt."),
    "maja": _l(
        "Glappet 13–15 år: från 13- till 16-årsdagen kan varken barnet eller föräldrarna "
        "läsa journalen."
    ),
    "teo": _l("Egen åtkomst från 16-årsdagen, klockan 00.00."),
    "sara": _l("Från 16-årsdagen läser man hela sin journal, även det som skrevs i barndomen."),
    "fatima": _l("Ett barn med skyddade personuppgifter visas inte alls för vårdnadshavare."),
    "noah": _l("Ett barn med skyddade personuppgifter visas inte för någon vårdnadshavare."),
    "elin": _l("Förlängd åtkomst gäller bara en vårdenhets uppgifter."),
    "alva": _l("Tidig egen åtkomst: bara en vårdenhets uppgifter, före 16 års ålder."),
    "peter": _l("Förlängd åtkomst: bara en vårdenhets uppgifter om ett barn på 13–15 år."),
    "mikael": _l("Rådrum, signering och vidimering; valet att dölja uppgifter nyare än 14 dagar."),
    "lars": _l(
        "Alla regioners regler sida vid sida: signerade och osignerade anteckningar, "
        "vidimerade och ovidimerade provsvar."
    ),
    "hassan": _l("Skånes 28 dagars fördröjning för anteckningar från psykiatrisk slutenvård."),
    "sofia": _l("Mödravård: inskrivning, kontroller och ultraljud."),
    "gunnar": _l("En lång journal: sidor, filter på vårdenhet och period."),
    "eva": _l("Ett förseglat konto: inloggningen fungerar men journalen visas inte."),
    "tomasz": _l("Kan inte logga in: e-legitimation kräver personnummer."),
}

_SPECIAL_REASONS = frozenset({Reason.ACCOUNT_SEALED, Reason.NO_PERSONNUMMER, Reason.DECEASED})


@dataclass(frozen=True)
class PersonaCard:
    person: Citizen
    group: PersonaGroup
    about: str
    shows: str
    # What the persona may read on the day, and what changes next, in the page's language
    # (Swedish names marked lang="sv").
    today: tuple[str, ...]

    @property
    def today_text(self) -> list[str]:
        """The same sentences as plain text (the API)."""
        return [Markup(line).striptags() for line in self.today]


def persona_cards(world: World, today: date) -> list[PersonaCard]:
    """The cast on `today`, in the picker's order."""
    return [_card(world, person, today) for person in world.personas]


def _card(world: World, person: Citizen, today: date) -> PersonaCard:
    household = world.household(person.id, today)
    return PersonaCard(
        person=person,
        group=_group(person, household, today),
        about=str(ABOUT.get(person.id, "")),
        shows=str(SHOWS.get(person.id, "")),
        today=tuple(_today(world, person, household, today)),
    )


def _group(person: Citizen, household: access.Household, today: date) -> PersonaGroup:
    if household.own.reason in _SPECIAL_REASONS or person.facts.protected_identity:
        return PersonaGroup.SPECIAL
    stage = access.life_stage(person.birth_date, today)
    if stage is LifeStage.CHILD:
        return PersonaGroup.CHILDREN
    if stage is LifeStage.GAP:
        return PersonaGroup.GAP
    return PersonaGroup.GUARDIANS if household.children else PersonaGroup.ADULTS


def _today(world: World, person: Citizen, household: access.Household, today: date) -> list[str]:
    lines = [_own_line(world, household.own)]
    for child in household.listed:
        name = world.people[child.child_id].given_name
        age = age_text(world.people[child.child_id].birth_date, today)
        lines.append(_child_line(world, child.decision, name, age))
    day = household.next_change
    if day is not None:
        later = world.household(person.id, day)
        for change in access.household_changes(person.id, household, later):
            is_self = change.subject_id == person.id
            if is_self and household.own.from_date == day:
                continue  # the own line has said it
            sentence = change_sentence(change, world.people[change.subject_id].given_name, is_self)
            label = _("Nästa ändring, %(date)s:", date=long_date(day))
            lines.append(Markup("<strong>{}</strong> {}").format(label, sentence))
    return lines


def _units(world: World, decision: Decision) -> Markup:
    """The care units a grant covers: Swedish names, marked so on an English page."""
    names = sorted(world.units[unit_id].name for unit_id in decision.unit_ids or ())
    return Markup(", ").join(Markup('<span lang="sv">{}</span>').format(name) for name in names)


def _with_markup(translated: str, **values: object) -> Markup:
    """A translated sentence (gettext without values leaves its placeholders) filled with
    values that may hold markup (unit names); the others are escaped as usual."""
    return Markup(escape(translated)) % values


def _own_line(world: World, own: Decision) -> str:
    if own.reason is Reason.OWN_16_OR_OLDER:
        return _("Du kan läsa din egen journal.")
    if own.reason is Reason.OWN_EARLY_ACCESS:
        return _with_markup(
            _("Du kan läsa uppgifterna från %(units)s i din egen journal, till och med %(date)s."),
            units=_units(world, own),
            date=long_date(own.last_day),
        )
    if own.reason is Reason.OWN_UNDER_16 and own.from_date is not None:
        return _(
            "Du kan inte läsa din egen journal förrän på 16-årsdagen, %(date)s.",
            date=long_date(own.from_date),
        )
    return refusal_rule(own.reason)


def _child_line(world: World, decision: Decision, name: str, age: str) -> str:
    if decision.reason is Reason.GUARDIAN_CHILD_UNDER_13:
        return _(
            "Du kan läsa journalen för %(name)s (%(age)s) till och med %(date)s.",
            name=name,
            age=age,
            date=long_date(decision.last_day),
        )
    if decision.reason is Reason.GUARDIAN_EXTENDED_ACCESS:
        return _with_markup(
            _(
                "Du kan läsa uppgifterna från %(units)s om %(name)s (%(age)s) till och med "
                "%(date)s."
            ),
            units=_units(world, decision),
            name=name,
            age=age,
            date=long_date(decision.last_day),
        )
    if decision.reason is Reason.CHILD_13_TO_15:
        return _(
            "Du kan inte läsa journalen för %(name)s (%(age)s); %(name)s får läsa den själv "
            "från %(date)s.",
            name=name,
            age=age,
            date=long_date(decision.subject_own_access_from),
        )
    return _("%(name)s (%(age)s): %(rule)s", name=name, age=age, rule=refusal_rule(decision.reason))
