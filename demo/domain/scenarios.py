"""Trainers' scenarios: each shows one rule, with steps to follow in front of a room.

A scenario link (/scenarier/<id>) sets up the state in one confirming click:
who is logged in, whose journal is open, the demo date, the citizen's choices
and explain mode. The dates assume the default demo date, 26 November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from demo.domain.access import RegionalChoice
from demo.domain.regions import REGIONS

REGION_IDS = tuple(region.id for region in REGIONS)


def N_(message: str) -> str:
    """Marks a text for the catalogue (`pybabel extract -k N_`); pages translate it when
    they show it, so this module stays free of Flask."""
    return message


class Expect(StrEnum):
    """What a scenario promises the visitor will see. Each promise is checked against the
    oracle and the pages (tests/integration/test_scenarios_against_oracle.py)."""

    READS = "reads"  # the viewer may read the subject's journal
    REFUSED = "refused"  # may not: the subject is listed (or is the viewer), for `reason`
    NOT_LISTED = "not_listed"  # the subject is not on the viewer's start page at all
    CANNOT_LOG_IN = "cannot_log_in"  # the viewer cannot log in, for `reason`
    SHOWS = "shows"  # entries of the set are shown
    MORE_SHOWN = "more_shown"  # on `on`, entries shown that were not on the scenario's day
    FEWER_WITH_CHOICES = "fewer_with_choices"  # the scenario's choices hide some entries
    # Explain mode lists entries waiting, for `reason` (with `on`: one is shown from then).
    WAITING = "waiting"
    NEVER_SHOWN = "never_shown"  # explain mode counts entries never shown, for `reason`
    ONE_UNIT = "one_unit"  # every entry shown comes from one care unit
    MORE_THAN_A_PAGE = "more_than_a_page"  # the list has more than one page
    FROM_REGIONS = "from_regions"  # entries shown from each of `regions`


@dataclass(frozen=True)
class Promise:
    """One thing a scenario's steps say the visitor will see, as data: what, on which day,
    for whom. Left out, the day, viewer, subject, set and choices are the scenario's."""

    expect: Expect
    on: date | None = None
    viewer_id: str | None = None
    subject_id: str | None = None
    set_key: str | None = None
    # A reason code (demo.domain.access Reason or Hidden), where `expect` names one.
    reason: str = ""
    regions: tuple[str, ...] = ()
    # The 14-day choice for this promise (None: the scenario's).
    hide_recent: bool | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    persona_id: str
    shows: str
    steps: tuple[str, ...]
    # Where the scenario opens: whose journal, and which information set.
    subject_id: str | None = None
    set_key: str | None = None
    demo_date: date | None = None
    hide_recent: bool = False
    regional: frozenset[RegionalChoice] = frozenset()
    explain: bool = False
    # What the steps promise, checked against the oracle (every scenario has one or more).
    promises: tuple[Promise, ...] = ()
    # The other people of the cast the scenario shows (a child who is not the subject).
    featuring: tuple[str, ...] = ()


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        id="ella-fyller-13",
        title=N_("Ella fyller 13: föräldrarnas åtkomst upphör"),
        persona_id="karin",
        subject_id="ella",
        demo_date=date(2026, 11, 30),
        shows=N_("Vårdnadshavare läser barnets journal till dagen före 13-årsdagen."),
        steps=(
            N_("Du är inloggad som Karin och läser Ellas journal den 30 november."),
            N_("Tryck på Demoverktyg och ”+1 dag”: det är Ellas 13-årsdag."),
            N_(
                "Ella försvinner ur listan över barn du kan välja; hennes journal går inte "
                "att öppna."
            ),
        ),
        promises=(
            Promise(Expect.READS),
            Promise(Expect.REFUSED, on=date(2026, 12, 1), reason="child_13_to_15"),
        ),
    ),
    Scenario(
        id="glappet-13-15",
        featuring=("maja",),
        title=N_("Glappet: Maja är 14 år"),
        persona_id="karin",
        shows=N_("Mellan 13 och 16 år kan varken barnet eller föräldrarna läsa journalen."),
        steps=(
            N_("Karins översikt listar Maja under ”Dina barn”, men hon kan inte väljas."),
            N_("Texten säger när Maja själv får läsa: på 16-årsdagen den 24 maj 2028."),
            N_("Logga ut och logga in som Maja: hon får samma besked."),
        ),
        promises=(
            Promise(Expect.REFUSED, subject_id="maja", reason="child_13_to_15"),
            Promise(Expect.REFUSED, viewer_id="maja", reason="own_under_16"),
        ),
    ),
    Scenario(
        id="blockerad-foralder",
        featuring=("liam", "ella"),
        title=N_("Blockerad förälder: Johan och Liam"),
        persona_id="johan",
        shows=N_("Blockering gäller en vårdnadshavare i taget."),
        steps=(
            N_("Johan ser Ella men inte Liam: Liam finns inte alls på hans startsida."),
            N_("Skriv adressen /journal/liam/ för hand: sidan finns inte."),
            N_("Logga in som Karin: hon ser Liam som vanligt."),
        ),
        promises=(
            Promise(Expect.READS, subject_id="ella"),
            Promise(Expect.NOT_LISTED, subject_id="liam"),
            Promise(Expect.READS, viewer_id="karin", subject_id="liam"),
        ),
    ),
    Scenario(
        id="skyddade-personuppgifter",
        featuring=("noah",),
        title=N_("Skyddade personuppgifter: Noah"),
        persona_id="fatima",
        shows=N_("Ett barn med skyddade personuppgifter visas inte för någon vårdnadshavare."),
        steps=(
            N_("Fatima ser Yara men inte Noah."),
            N_("Slå på förklaringsläget: Noah nämns ändå inte, så som i den riktiga tjänsten."),
        ),
        promises=(
            Promise(Expect.READS, subject_id="yara"),
            Promise(Expect.NOT_LISTED, subject_id="noah"),
        ),
    ),
    Scenario(
        id="forlangd-atkomst",
        title=N_("Förlängd åtkomst: Peter och Elin"),
        persona_id="peter",
        subject_id="elin",
        set_key="anteckningar",
        explain=True,
        shows=N_("Förlängd åtkomst för 13–15 år gäller bara en vårdenhet."),
        steps=(
            N_("Peter läser Elins anteckningar: bara från Barnkliniken."),
            N_(
                "Förklaringsläget säger hur många anteckningar från andra enheter han inte ser, "
                "men inte vad de handlar om."
            ),
        ),
        promises=(
            Promise(Expect.ONE_UNIT),
            Promise(Expect.NEVER_SHOWN, reason="outside_granted_unit"),
        ),
    ),
    Scenario(
        id="teo-fyller-16",
        title=N_("Teo fyller 16: egen åtkomst börjar"),
        persona_id="teo",
        demo_date=date(2026, 12, 2),
        shows=N_("Egen åtkomst börjar på 16-årsdagen, klockan 00.00."),
        steps=(
            N_("Teo kan inte läsa sin journal den 2 december."),
            N_("Tryck på ”+1 dag”: på 16-årsdagen ser han hela sin journal, även barndomens."),
        ),
        promises=(
            Promise(Expect.REFUSED, reason="own_under_16"),
            Promise(Expect.READS, on=date(2026, 12, 3)),
        ),
    ),
    Scenario(
        id="radrum-blekinge",
        title=N_("Rådrum i Blekinge: osignerat visas efter 14 dagar"),
        persona_id="mikael",
        subject_id="mikael",
        set_key="anteckningar",
        explain=True,
        shows=N_("Osignerade anteckningar visas efter 14 dagar; signerade direkt."),
        steps=(
            N_("Förklaringsläget visar de osignerade anteckningarna och när de visas."),
            N_("Tryck på ”+14 dagar”: anteckningarna syns i listan."),
            N_("Tryck på ”Återställ” för att gå tillbaka till den 26 november."),
        ),
        promises=(
            Promise(Expect.WAITING, reason="unsigned_note"),
            Promise(Expect.MORE_SHOWN, on=date(2026, 12, 10)),
        ),
    ),
    Scenario(
        id="dolj-nya",
        title=N_("Valet att dölja uppgifter nyare än 14 dagar"),
        persona_id="mikael",
        subject_id="mikael",
        set_key="provsvar",
        hide_recent=True,
        shows=N_("Vid varje inloggning kan du välja att inte se de senaste 14 dagarnas uppgifter."),
        steps=(
            N_(
                "Mikael har valt att dölja uppgifter nyare än 14 dagar: det vidimerade "
                "provsvaret från Vrinnevisjukhuset den 19 november syns inte."
            ),
            N_(
                "Ändra valet under Inställningar: provsvaret från den 19 november syns, "
                "eftersom Region Östergötland visar vidimerade provsvar direkt."
            ),
            N_(
                "Tryck på ”+1 dag”: den 27 november visas två provsvar till, det från den 24 "
                "november som då har vidimerats och det från den 13 november som har väntat "
                "i 14 dagar."
            ),
        ),
        promises=(
            Promise(Expect.FEWER_WITH_CHOICES),
            Promise(
                Expect.WAITING, reason="unreviewed_result", on=date(2026, 11, 27), hide_recent=False
            ),
            Promise(Expect.MORE_SHOWN, on=date(2026, 11, 27), hide_recent=False),
        ),
    ),
    Scenario(
        id="alla-regioner",
        title=N_("Alla regioner sida vid sida"),
        persona_id="lars",
        subject_id="lars",
        set_key="anteckningar",
        explain=True,
        shows=N_("Samma sorts anteckning visas olika i olika regioner."),
        steps=(
            N_("Lars har anteckningar från 13 och 14 dagar sedan i alla 21 regioner."),
            N_("Förklaringsläget visar vilka regioner som håller inne osignerade anteckningar."),
            N_("Följ regionlänken på en anteckning till ”Vad visar vårdgivare?”."),
        ),
        promises=(
            Promise(Expect.WAITING, reason="unsigned_note"),
            Promise(Expect.FROM_REGIONS, regions=REGION_IDS),
        ),
    ),
    Scenario(
        id="psykiatri-skane",
        title=N_("Psykiatrisk slutenvård i Skåne: 28 dagar"),
        persona_id="hassan",
        subject_id="hassan",
        set_key="anteckningar",
        explain=True,
        shows=N_("Skåne visar anteckningar från psykiatrisk slutenvård efter 28 dagar."),
        steps=(
            N_("Hassan är inlagd sedan 20 dagar; avdelningens anteckningar visas inte ännu."),
            N_("Tryck på ”+14 dagar”: de första anteckningarna från vårdtillfället syns."),
        ),
        promises=(
            Promise(Expect.WAITING, reason="unit_delay"),
            Promise(Expect.MORE_SHOWN, on=date(2026, 12, 10)),
        ),
    ),
    Scenario(
        id="forseglat-konto",
        title=N_("Förseglat konto: Eva"),
        persona_id="eva",
        explain=True,
        shows=N_("Ett förseglat konto visar ingen journal."),
        steps=(N_("Eva loggar in men får beskedet att kontot är förseglat."),),
        promises=(Promise(Expect.REFUSED, reason="account_sealed"),),
    ),
    Scenario(
        id="lang-journal",
        title=N_("En lång journal: Gunnar"),
        persona_id="gunnar",
        subject_id="gunnar",
        set_key="provsvar",
        shows=N_("Sidor och filter på vårdenhet och period."),
        steps=(
            N_("Gunnar har över 150 provsvar: bläddra med ”Nästa”."),
            N_("Filtrera på vårdenhet och på ett år."),
        ),
        promises=(Promise(Expect.MORE_THAN_A_PAGE),),
    ),
    Scenario(
        id="tva-regioner",
        title=N_("Två regioner i en journal: Anna"),
        persona_id="anna",
        subject_id="anna",
        set_key="anteckningar",
        shows=N_("En journal samlar uppgifter från alla regioner; varje region har sina regler."),
        steps=(
            N_(
                "Anna har anteckningar från Region Stockholm och Region Uppsala; regionlänken "
                "på varje anteckning leder till regionens regler."
            ),
            N_(
                "Öppna Inställningar: Uppsalas val om rådrum visas, eftersom Anna har vårdats "
                "där. Stockholm har inget sådant val."
            ),
        ),
        promises=(Promise(Expect.FROM_REGIONS, regions=("stockholm", "uppsala")),),
    ),
    Scenario(
        id="sara-har-fyllt-16",
        title=N_("Sara har fyllt 16: hela journalen, även barndomen"),
        persona_id="sara",
        subject_id="sara",
        set_key="vaccinationer",
        shows=N_("Från 16-årsdagen läser man allt i sin journal, även det som skrevs i barndomen."),
        steps=(
            N_(
                "Sara fyllde 16 den 24 april 2026 och läser hela sin journal, även "
                "vaccinationerna från barnhälsovården."
            ),
            N_(
                "Flytta demodatum till den 23 april 2026: dagen före 16-årsdagen kan hon inte "
                "läsa journalen."
            ),
        ),
        promises=(
            Promise(Expect.SHOWS),
            Promise(Expect.REFUSED, on=date(2026, 4, 23), reason="own_under_16"),
        ),
    ),
    Scenario(
        id="tidig-atkomst",
        title=N_("Tidig egen åtkomst: Alva"),
        persona_id="alva",
        subject_id="alva",
        set_key="anteckningar",
        explain=True,
        shows=N_("En vårdenhet kan ge en 13–15-åring tidig åtkomst till enhetens egna uppgifter."),
        steps=(
            N_(
                "Alva är 15 år och läser anteckningarna från Barn- och ungdomskliniken, som har "
                "gett henne tidig egen åtkomst."
            ),
            N_(
                "Förklaringsläget räknar anteckningarna från andra vårdenheter utan att visa "
                "vad de handlar om."
            ),
            N_(
                "Tryck på ”Nästa födelsedag som ändrar något”: på 16-årsdagen den 21 mars 2027 "
                "läser hon hela sin journal."
            ),
        ),
        promises=(
            Promise(Expect.ONE_UNIT),
            Promise(Expect.NEVER_SHOWN, reason="outside_granted_unit"),
            Promise(Expect.MORE_SHOWN, on=date(2027, 3, 21)),
        ),
    ),
    Scenario(
        id="modravard",
        title=N_("Mödravård: Sofia är gravid"),
        persona_id="sofia",
        subject_id="sofia",
        set_key="modravard",
        shows=N_("Mödravårdens besök, kontroller och ultraljud under en graviditet."),
        steps=(
            N_("Sofia läser mödravårdens uppgifter: inskrivning, kontroller och ultraljud."),
            N_("Öppna en kontroll: vikt, blodtryck, SF-mått och fosterljud från besöket."),
        ),
        promises=(Promise(Expect.SHOWS),),
    ),
    Scenario(
        id="samordningsnummer",
        title=N_("Samordningsnummer: Tomasz kan inte logga in"),
        persona_id="tomasz",
        explain=True,
        shows=N_("Inloggning med e-legitimation kräver personnummer."),
        steps=(
            N_("Välj Tomasz bland Särskilda fall: han har bara samordningsnummer."),
            N_("Inloggningen nekas, och förklaringsläget säger vilken regel som gäller."),
        ),
        promises=(Promise(Expect.CANNOT_LOG_IN, reason="no_personnummer"),),
    ),
)

BY_ID: dict[str, Scenario] = {scenario.id: scenario for scenario in SCENARIOS}
