"""Trainers' scenarios: each shows one rule, with steps to follow in front of a room.

A scenario link (/scenarier/<id>) sets up the state in one confirming click:
who is logged in, whose journal is open, the demo date, the citizen's choices
and explain mode. The dates assume the default demo date, 26 November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from demo.domain.access import RegionalChoice


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


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        id="ella-fyller-13",
        title="Ella fyller 13: föräldrarnas åtkomst upphör",
        persona_id="karin",
        subject_id="ella",
        demo_date=date(2026, 11, 30),
        shows="Vårdnadshavare läser barnets journal till dagen före 13-årsdagen.",
        steps=(
            "Du är inloggad som Karin och läser Ellas journal den 30 november.",
            "Tryck på Demoverktyg och ”+1 dag”: det är Ellas 13-årsdag.",
            "Ella försvinner ur listan över barn du kan välja; hennes journal går inte att öppna.",
        ),
    ),
    Scenario(
        id="glappet-13-15",
        title="Glappet: Maja är 14 år",
        persona_id="karin",
        shows="Mellan 13 och 16 år kan varken barnet eller föräldrarna läsa journalen.",
        steps=(
            "Karins översikt listar Maja under ”Dina barn”, men hon kan inte väljas.",
            "Texten säger när Maja själv får läsa: på 16-årsdagen den 24 maj 2028.",
            "Logga ut och logga in som Maja: hon får samma besked.",
        ),
    ),
    Scenario(
        id="blockerad-foralder",
        title="Blockerad förälder: Johan och Liam",
        persona_id="johan",
        shows="Blockering gäller en vårdnadshavare i taget.",
        steps=(
            "Johan ser Ella men inte Liam: Liam finns inte alls på hans startsida.",
            "Skriv adressen /journal/liam/ för hand: sidan finns inte.",
            "Logga in som Karin: hon ser Liam som vanligt.",
        ),
    ),
    Scenario(
        id="skyddade-personuppgifter",
        title="Skyddade personuppgifter: Noah",
        persona_id="fatima",
        shows="Ett barn med skyddade personuppgifter visas inte för någon vårdnadshavare.",
        steps=(
            "Fatima ser Yara men inte Noah.",
            "Slå på förklaringsläget: Noah nämns ändå inte, så som i den riktiga tjänsten.",
        ),
    ),
    Scenario(
        id="forlangd-atkomst",
        title="Förlängd åtkomst: Peter och Elin",
        persona_id="peter",
        subject_id="elin",
        set_key="anteckningar",
        explain=True,
        shows="Förlängd åtkomst för 13–15 år gäller bara en vårdenhet.",
        steps=(
            "Peter läser Elins anteckningar: bara från Barnkliniken.",
            "Förklaringsläget säger hur många anteckningar från andra enheter han inte ser, "
            "men inte vad de handlar om.",
        ),
    ),
    Scenario(
        id="teo-fyller-16",
        title="Teo fyller 16: egen åtkomst börjar",
        persona_id="teo",
        demo_date=date(2026, 12, 2),
        shows="Egen åtkomst börjar på 16-årsdagen, klockan 00.00.",
        steps=(
            "Teo kan inte läsa sin journal den 2 december.",
            "Tryck på ”+1 dag”: på 16-årsdagen ser han hela sin journal, även barndomens.",
        ),
    ),
    Scenario(
        id="radrum-blekinge",
        title="Rådrum i Blekinge: osignerat visas efter 14 dagar",
        persona_id="mikael",
        subject_id="mikael",
        set_key="anteckningar",
        explain=True,
        shows="Osignerade anteckningar visas efter 14 dagar; signerade direkt.",
        steps=(
            "Förklaringsläget visar de osignerade anteckningarna och när de visas.",
            "Tryck på ”+14 dagar”: anteckningarna syns i listan.",
            "Tryck på ”Återställ” för att gå tillbaka till den 26 november.",
        ),
    ),
    Scenario(
        id="dolj-nya",
        title="Valet att dölja uppgifter nyare än 14 dagar",
        persona_id="mikael",
        subject_id="mikael",
        set_key="provsvar",
        hide_recent=True,
        shows="Vid varje inloggning kan du välja att inte se de senaste 14 dagarnas uppgifter.",
        steps=(
            "Mikael har valt att dölja nya uppgifter: de senaste provsvaren syns inte.",
            "Ändra valet under Inställningar och se dem dyka upp.",
        ),
    ),
    Scenario(
        id="alla-regioner",
        title="Alla regioner sida vid sida",
        persona_id="lars",
        subject_id="lars",
        set_key="anteckningar",
        explain=True,
        shows="Samma sorts anteckning visas olika i olika regioner.",
        steps=(
            "Lars har anteckningar från 13 och 14 dagar sedan i alla 21 regioner.",
            "Förklaringsläget visar vilka regioner som håller inne osignerade anteckningar.",
            "Följ regionlänken på en anteckning till ”Vad visar vårdgivare?”.",
        ),
    ),
    Scenario(
        id="psykiatri-skane",
        title="Psykiatrisk slutenvård i Skåne: 28 dagar",
        persona_id="hassan",
        subject_id="hassan",
        set_key="anteckningar",
        explain=True,
        shows="Skåne visar anteckningar från psykiatrisk slutenvård efter 28 dagar.",
        steps=(
            "Hassan är inlagd sedan 20 dagar; avdelningens anteckningar visas inte ännu.",
            "Tryck på ”+14 dagar”: de första anteckningarna från vårdtillfället syns.",
        ),
    ),
    Scenario(
        id="forseglat-konto",
        title="Förseglat konto: Eva",
        persona_id="eva",
        explain=True,
        shows="Ett förseglat konto visar ingen journal.",
        steps=("Eva loggar in men får beskedet att kontot är förseglat.",),
    ),
    Scenario(
        id="lang-journal",
        title="En lång journal: Gunnar",
        persona_id="gunnar",
        subject_id="gunnar",
        set_key="provsvar",
        shows="Sidor och filter på vårdenhet och period.",
        steps=(
            "Gunnar har hundratals provsvar: bläddra med ”Nästa”.",
            "Filtrera på vårdenhet och på ett år.",
        ),
    ),
)

BY_ID: dict[str, Scenario] = {scenario.id: scenario for scenario in SCENARIOS}
