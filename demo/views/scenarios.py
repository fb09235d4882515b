"""The scenario catalogue for trainers, and scenario links that set up a scenario.

A scenario link is shareable: opening it shows what it will do, and one
confirming click (a POST with a CSRF token, so a foreign page cannot log a
visitor in) logs in as the persona with the scenario's date, choices and
explain mode, and opens the journal where the scenario starts.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, url_for
from werkzeug.wrappers import Response

from demo import visitor
from demo.domain.scenarios import BY_ID, SCENARIOS, Scenario
from demo.views.shared import begin_visit, world

bp = Blueprint("scenarios", __name__, url_prefix="/scenarier")


def _scenario(scenario_id: str) -> Scenario:
    scenario = BY_ID.get(scenario_id)
    if scenario is None:
        abort(404)
    return scenario


@bp.get("/")
def catalogue() -> str:
    people = {person.id: person for person in world().personas}
    return render_template("scenarios/catalogue.html", scenarios=SCENARIOS, people=people)


@bp.get("/<scenario_id>")
def confirm(scenario_id: str) -> str:
    scenario = _scenario(scenario_id)
    person = world().person(scenario.persona_id)
    return render_template("scenarios/confirm.html", scenario=scenario, person=person)


@bp.post("/<scenario_id>")
def start(scenario_id: str) -> Response:
    scenario = _scenario(scenario_id)
    person = world().person(scenario.persona_id)
    if person is None:
        abort(404)
    begin_visit(person)
    visitor.set_clock(scenario.demo_date)
    visitor.set_hide_recent(scenario.hide_recent)
    visitor.set_regional_choices(set(scenario.regional))
    visitor.set_explain_mode(scenario.explain)
    subject_id = scenario.subject_id or person.id
    if scenario.set_key:
        return redirect(
            url_for("journal.entry_list", subject_id=subject_id, set_key=scenario.set_key)
        )
    return redirect(url_for("journal.overview", subject_id=subject_id))
