"""Flask CLI commands: `flask --app demo seed | reset-db | personas | expectations`."""

from __future__ import annotations

import json
from datetime import date, datetime

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from demo import access, oracle, records
from demo.clock import DEFAULT_DEMO_DATE, demo_today, server_today
from demo.db import writable_engine
from seed import seed_database
from seed.extra import MAX_EXTRA_PATIENTS


def _seed(seed: int, today: date, extra_patients: int = 0) -> None:
    engine = writable_engine(current_app.config["DATABASE_URL"])
    try:
        seed_database(engine, seed, today, extra_patients=extra_patients)
    finally:
        engine.dispose()
    extras = f", {extra_patients} extra patients" if extra_patients else ""
    click.echo(f"Seeded the demo world: seed {seed}, demo date {today.isoformat()}{extras}.")


@click.command("seed")
@with_appcontext
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
def seed_command(seed_number: int | None, today: datetime, extra_patients: int) -> None:
    """Write the world anew from a seed number and a demo date."""
    _seed(
        seed_number if seed_number is not None else current_app.config["DEMO_SEED"],
        today.date(),
        extra_patients,
    )


@click.command("reset-db")
@with_appcontext
def reset_db_command() -> None:
    """Rebuild the database with the default seed and demo date."""
    _seed(current_app.config["DEMO_SEED"], DEFAULT_DEMO_DATE)


@click.command("expectations")
@with_appcontext
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The day to answer for (YYYY-MM-DD); the server's demo date if left out.",
)
def expectations_command(day: datetime | None) -> None:
    """The oracle: who should see what on a day, as JSON (default choices)."""
    today = day.date() if day is not None else server_today()
    click.echo(json.dumps(oracle.expectations(today), indent=2, ensure_ascii=False, sort_keys=True))


@click.command("personas")
@with_appcontext
def personas_command() -> None:
    """List the cast with what each may read on the demo date."""
    today = demo_today()
    for person in records.personas():
        own = access.own_access(person.facts(), today)
        age = access.age_on(person.birth_date, today)
        click.echo(
            f"{person.id:<8} {person.name:<16} {person.personnummer} {age:>3} år  "
            f"{own.reason.value:<18} {person.shows}"
        )


def init_app(app: Flask) -> None:
    app.cli.add_command(seed_command)
    app.cli.add_command(reset_db_command)
    app.cli.add_command(personas_command)
    app.cli.add_command(expectations_command)
