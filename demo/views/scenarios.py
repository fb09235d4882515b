"""The scenario catalogue for trainers, and scenario links that set up a scenario.

A scenario link is shareable: opening it shows what it will do, and one
confirming click (a POST with a CSRF token, so a foreign page cannot log a
visitor in) logs in as the persona with the scenario's date, choices and
explain mode, and opens the journal where the scenario starts.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request
from werkzeug.wrappers import Response

from demo import visitor
from demo.domain.scenarios import BY_ID, SCENARIOS, Scenario
from demo.views import state_changes
from demo.views.shared import back_where_the_form_was, world

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
    state_changes.start_scenario(scenario)
    # Where it starts; a persona who cannot log in: try it in the picker.
    return redirect(state_changes.scenario_path(scenario))


@bp.post("/<scenario_id>/steg")
def show_step(scenario_id: str) -> Response:
    """The banner's "next step" and "previous step": which step it shows (nothing else)."""
    scenario = _scenario(scenario_id)
    step = request.form.get("steg", "")
    if not (step.isascii() and step.isdigit() and 1 <= int(step) <= len(scenario.steps)):
        abort(400, description="steg")
    visitor.follow_scenario(scenario, int(step))
    return back_where_the_form_was()


@bp.post("/<scenario_id>/avsluta")
def stop_following(scenario_id: str) -> Response:
    """Take the scenario off the screen; the demo stays as it is."""
    _scenario(scenario_id)
    visitor.follow_scenario(None)
    return back_where_the_form_was()
