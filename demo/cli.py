"""Flask CLI commands: `flask --app demo seed | reset-db | personas`."""

from __future__ import annotations

from datetime import date

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from demo import access, records
from demo.clock import DEFAULT_DEMO_DATE, demo_today
from demo.db import writable_engine
from seed import seed_database


def _seed(seed: int, today: date) -> None:
    engine = writable_engine(current_app.config["DATABASE_URL"])
    try:
        seed_database(engine, seed, today)
    finally:
        engine.dispose()
    click.echo(f"Seeded the demo world: seed {seed}, demo date {today.isoformat()}.")


@click.command("seed")
@with_appcontext
@click.option("--seed", "seed_number", type=int, default=None, help="Seed number (DEMO_SEED).")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=DEFAULT_DEMO_DATE.isoformat(),
    help="The demo date the world is built around.",
)
def seed_command(seed_number: int | None, today: object) -> None:
    """Write the world anew from a seed number and a demo date."""
    assert hasattr(today, "date")
    _seed(seed_number if seed_number is not None else current_app.config["DEMO_SEED"], today.date())


@click.command("reset-db")
@with_appcontext
def reset_db_command() -> None:
    """Rebuild the database with the default seed and demo date."""
    _seed(current_app.config["DEMO_SEED"], DEFAULT_DEMO_DATE)


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
