"""Flask CLI commands: `flask --app demo seed | reset-db | check-world | personas | expectations`.

They are registered as the `flask.commands` entry point (pyproject.toml), so
only the `flask` command loads them: the web app itself never imports seed/
(nor Faker and the catalogues). The seed commands read the settings
themselves and need no app, because the app refuses to start on a database
that does not hold its world.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.orm import Session

from demo import config
from demo.clock import DEFAULT_DEMO_DATE, demo_today, server_today
from demo.domain import access
from demo.i18n import personnummer
from demo.presenters import oracle
from demo.presenters.personas import persona_cards
from demo.store.database import read_world_info, stale_because
from demo.store.engines import printable, read_only_engine, writable_engine
from demo.views.shared import world
from seed import seed_database
from seed.check_world import by_rule, check_world
from seed.extra import MAX_EXTRA_PATIENTS


def _settings() -> dict[str, object]:
    return config.from_environment(config.INSTANCE_PATH)


def _seed(
    database_url: str, seed: int, today: date, extra_patients: int = 0, long_record: int = 0
) -> None:
    engine = writable_engine(database_url)
    try:
        seed_database(engine, seed, today, extra_patients=extra_patients, long_record=long_record)
    finally:
        engine.dispose()
    extras = f", {extra_patients} extra patients" if extra_patients else ""
    longest = f", a record of {long_record} entries" if long_record else ""
    click.echo(
        f"Seeded the demo world at {printable(database_url)}: seed {seed}, "
        f"demo date {today.isoformat()}{extras}{longest}."
    )


@click.command("seed")
@click.option("--seed", "seed_number", type=int, default=None, help="Seed number (DEMO_SEED).")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=DEFAULT_DEMO_DATE.isoformat(),
    help="The demo date the world is built around.",
)
@click.option(
    "--extra-patients",
    type=click.IntRange(0, MAX_EXTRA_PATIENTS),
    default=0,
    show_default=True,
    help="Extra patients for load and scale work (ids extra-00001…, identifiers DEMO00000001…; "
    "not in the picker, reachable through the API).",
)
@click.option(
    "--long-record",
    type=click.IntRange(0, 100_000),
    default=0,
    show_default=True,
    help="Give the first extra patient a record of about this many entries (benchmarks).",
)
@click.option(
    "--if-missing",
    is_flag=True,
    help="Seed only when the database holds no world, or (in development) a stale one; "
    "in production a stale world is refused, not replaced.",
)
def seed_command(
    seed_number: int | None,
    today: datetime,
    extra_patients: int,
    long_record: int,
    if_missing: bool,
) -> None:
    """Write the world anew from a seed number and a demo date."""
    settings = _settings()
    database_url = str(settings["DATABASE_URL"])
    seed = seed_number if seed_number is not None else int(str(settings["DEMO_SEED"]))
    if long_record and not extra_patients:
        raise click.UsageError("--long-record needs at least one extra patient")
    if if_missing:
        engine = writable_engine(database_url)
        try:
            info = read_world_info(engine, database_url)
        finally:
            engine.dispose()
        problem = stale_because(info, seed)
        if problem is None and info is not None:
            click.echo(f"The demo world is seeded (fingerprint {info.fingerprint}).")
            return
        if info is not None and settings["PRODUCTION"]:
            raise click.ClickException(
                f"the database at {printable(database_url)} is stale: {problem}. In "
                "production it is not replaced on its own: run `flask --app demo seed` "
                "to rebuild it."
            )
    _seed(database_url, seed, today.date(), extra_patients, long_record)


@click.command("reset-db")
def reset_db_command() -> None:
    """Rebuild the database with the default seed and demo date."""
    settings = _settings()
    _seed(str(settings["DATABASE_URL"]), int(str(settings["DEMO_SEED"])), DEFAULT_DEMO_DATE)


@click.command("check-world")
@click.option("--all", "show_all", is_flag=True, help="List every offence, not the first of each.")
def check_world_command(show_all: bool) -> None:
    """Check the seeded world as a Swedish clinician would (seed/check_world.py): exit
    non-zero listing the offences by rule."""
    database_url = str(_settings()["DATABASE_URL"])
    engine = read_only_engine(database_url)
    try:
        with Session(engine) as session:
            offences = check_world(session)
    finally:
        engine.dispose()
    if not offences:
        click.echo(f"The world at {printable(database_url)} holds together: no offences.")
        return
    shown = None if show_all else 10
    for rule, found in by_rule(offences).items():
        click.echo(f"{rule}: {len(found)}")
        for offence in found[:shown]:
            click.echo(f"  {offence}")
        if shown is not None and len(found) > shown:
            click.echo(f"  … and {len(found) - shown} more (--all lists them)")
    raise click.ClickException(
        f"{len(offences)} offences in the world at {printable(database_url)}"
    )


@click.command("expectations")
@with_appcontext
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The day to answer for (YYYY-MM-DD); the server's demo date if left out.",
)
@click.option(
    "--hide-recent",
    is_flag=True,
    help="As a visitor who chose to hide entries newer than 14 days.",
)
@click.option(
    "--regional",
    multiple=True,
    type=click.Choice([choice.value for choice in access.RegionalChoice]),
    help="A regional choice the visitor made (repeatable).",
)
def expectations_command(
    day: datetime | None, hide_recent: bool, regional: tuple[str, ...]
) -> None:
    """The oracle: who should see what on a day, as JSON (default choices unless given)."""
    today = day.date() if day is not None else server_today()
    info = current_app.extensions["world_info"]
    choices = access.Choices(
        hide_recent=hide_recent,
        regional=frozenset(access.RegionalChoice(value) for value in regional),
    )
    answer = oracle.expectations(world(), info, today, choices)
    click.echo(json.dumps(answer, indent=2, ensure_ascii=False, sort_keys=True))


@click.command("personas")
@with_appcontext
def personas_command() -> None:
    """List the cast with what each may read on the demo date."""
    today = demo_today()
    for card in persona_cards(world(), today):
        person = card.person
        age = access.age_on(person.birth_date, today)
        click.echo(
            f"{person.id:<8} {person.name:<16} {personnummer(person.personnummer)} {age:>3} år  "
            f"{card.group.value:<14} {' '.join(card.today_text)}"
        )
