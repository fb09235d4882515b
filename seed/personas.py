"""The cast: hand-written people, each showing one part of the rules.

Every personnummer is from Skatteverket's published test series (numbers that
are never given to a real person). The one samordningsnummer is such a test
number with 60 added to the day, as samordningsnummer are formed, and its
check digit recomputed.

Birthdays are chosen around the default demo date, 26 November 2026: Ella
turns 13 on 1 December and Teo turns 16 on 3 December.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from demo.domain.access import IdentityKind
from demo.domain.kinds import UnitKind


class Profile:
    """Which kind of record the generator writes for a person."""

    RICH_ADULT = "rich_adult"
    TRAVELLER = "traveller"
    ADULT = "adult"
    CHILD = "child"
    TEEN = "teen"
    DELAYS = "delays"
    PSYCHIATRY = "psychiatry"
    PREGNANT = "pregnant"
    ELDERLY = "elderly"
    MINIMAL = "minimal"
    # Load and scale work only (`seed --long-record N`): an elderly record plus dialysis.
    LONG_RECORD = "long_record"


@dataclass(frozen=True)
class GuardianshipSpec:
    guardian_id: str
    blocked: bool = False
    # The kind of care unit (demo.domain.kinds.UnitKind) where a head of unit granted
    # the guardian extended access for a 13–15-year-old.
    extended_access_unit_kind: str | None = None


@dataclass(frozen=True)
class PersonSpec:
    id: str
    given_name: str
    family_name: str
    personnummer: str
    region_id: str
    profile: str
    identity_kind: IdentityKind = IdentityKind.PERSONNUMMER
    protected_identity: bool = False
    account_sealed: bool = False
    deceased: bool = False
    # A second region the person has been treated in (their record spans both).
    second_region_id: str | None = None
    guardians: tuple[GuardianshipSpec, ...] = field(default_factory=tuple)
    # The kind of care unit where a head of unit granted a 13–15-year-old early
    # own access (after a maturity assessment).
    early_access_unit_kind: str | None = None
    # Shown in the persona picker (the cast); family members who are not are
    # still real people of the world.
    persona: bool = True

    @property
    def followed_at_childrens_clinic(self) -> bool:
        """A teenager one unit grants access for (extended or early) is followed there."""
        return self.early_access_unit_kind is not None or any(
            guardian.extended_access_unit_kind for guardian in self.guardians
        )

    @property
    def sex(self) -> str:
        """ "F" or "M", from the next-to-last digit (even for women), as Skatteverket assigns."""
        return "F" if int(self.personnummer[10]) % 2 == 0 else "M"

    @property
    def birth_date(self) -> date:
        """The birth date a personnummer or samordningsnummer encodes."""
        year, month, day = (
            int(self.personnummer[:4]),
            int(self.personnummer[4:6]),
            int(self.personnummer[6:8]),
        )
        if self.identity_kind is IdentityKind.SAMORDNINGSNUMMER:
            day -= 60
        return date(year, month, day)


BERG_PARENTS = (GuardianshipSpec("karin"), GuardianshipSpec("johan"))

CAST: tuple[PersonSpec, ...] = (
    PersonSpec(
        id="anna",
        given_name="Anna",
        family_name="Lindqvist",
        personnummer="198103232388",
        region_id="stockholm",
        second_region_id="uppsala",
        profile=Profile.RICH_ADULT,
    ),
    PersonSpec(
        id="karin",
        given_name="Karin",
        family_name="Berg",
        personnummer="198306242382",
        region_id="vastra-gotaland",
        profile=Profile.ADULT,
    ),
    PersonSpec(
        id="johan",
        given_name="Johan",
        family_name="Berg",
        personnummer="198109232390",
        region_id="vastra-gotaland",
        profile=Profile.ADULT,
    ),
    PersonSpec(
        id="ella",
        given_name="Ella",
        family_name="Berg",
        personnummer="201312012386",
        region_id="vastra-gotaland",
        profile=Profile.CHILD,
        guardians=BERG_PARENTS,
    ),
    PersonSpec(
        id="liam",
        given_name="Liam",
        family_name="Berg",
        personnummer="202204212399",
        region_id="vastra-gotaland",
        profile=Profile.CHILD,
        guardians=(GuardianshipSpec("karin"), GuardianshipSpec("johan", blocked=True)),
    ),
    PersonSpec(
        id="maja",
        given_name="Maja",
        family_name="Berg",
        personnummer="201205242389",
        region_id="vastra-gotaland",
        profile=Profile.TEEN,
        guardians=BERG_PARENTS,
    ),
    PersonSpec(
        id="teo",
        given_name="Teo",
        family_name="Nilsson",
        personnummer="201012032395",
        region_id="orebro",
        profile=Profile.TEEN,
    ),
    PersonSpec(
        id="sara",
        given_name="Sara",
        family_name="Ahmed",
        personnummer="201004242382",
        region_id="dalarna",
        profile=Profile.TEEN,
    ),
    PersonSpec(
        id="fatima",
        given_name="Fatima",
        family_name="Haddad",
        personnummer="198802102387",
        region_id="jonkoping",
        profile=Profile.ADULT,
    ),
    PersonSpec(
        id="yara",
        given_name="Yara",
        family_name="Haddad",
        personnummer="202003182389",
        region_id="jonkoping",
        profile=Profile.CHILD,
        guardians=(GuardianshipSpec("fatima"),),
        persona=False,
    ),
    PersonSpec(
        id="noah",
        given_name="Noah",
        family_name="Haddad",
        personnummer="201707192397",
        region_id="jonkoping",
        profile=Profile.CHILD,
        protected_identity=True,
        guardians=(GuardianshipSpec("fatima"),),
    ),
    PersonSpec(
        id="elin",
        given_name="Elin",
        family_name="Johansson",
        personnummer="201209242385",
        region_id="ostergotland",
        profile=Profile.TEEN,
        guardians=(GuardianshipSpec("peter", extended_access_unit_kind=UnitKind.BARN),),
    ),
    PersonSpec(
        id="alva",
        given_name="Alva",
        family_name="Lindgren",
        personnummer="201103212385",
        region_id="vasterbotten",
        profile=Profile.TEEN,
        early_access_unit_kind=UnitKind.BARN,
    ),
    PersonSpec(
        id="peter",
        given_name="Peter",
        family_name="Johansson",
        personnummer="197910232391",
        region_id="ostergotland",
        profile=Profile.ADULT,
    ),
    PersonSpec(
        id="mikael",
        given_name="Mikael",
        family_name="Svensson",
        personnummer="199006242391",
        region_id="blekinge",
        # His results come from a clinic in Östergötland too (seed/stories.py, delays).
        second_region_id="ostergotland",
        profile=Profile.DELAYS,
    ),
    PersonSpec(
        id="lars",
        given_name="Lars",
        family_name="Vikström",
        personnummer="197508259293",
        region_id="jamtland-harjedalen",
        profile=Profile.TRAVELLER,
    ),
    PersonSpec(
        id="hassan",
        given_name="Hassan",
        family_name="Ali",
        personnummer="199308242396",
        region_id="skane",
        profile=Profile.PSYCHIATRY,
    ),
    PersonSpec(
        id="sofia",
        given_name="Sofia",
        family_name="Lund",
        personnummer="199504242380",
        region_id="halland",
        profile=Profile.PREGNANT,
    ),
    PersonSpec(
        id="gunnar",
        given_name="Gunnar",
        family_name="Eriksson",
        personnummer="194206147490",
        region_id="kalmar",
        profile=Profile.ELDERLY,
    ),
    PersonSpec(
        id="eva",
        given_name="Eva",
        family_name="Holm",
        personnummer="197105319284",
        region_id="stockholm",
        profile=Profile.ADULT,
        account_sealed=True,
    ),
    PersonSpec(
        id="tomasz",
        given_name="Tomasz",
        family_name="Nowak",
        personnummer="198510862397",
        identity_kind=IdentityKind.SAMORDNINGSNUMMER,
        region_id="stockholm",
        profile=Profile.MINIMAL,
    ),
)
