""" "Vad visar vårdgivare?": each region's rules in plain Swedish, beside the source's words."""

from __future__ import annotations

from flask import Blueprint

from demo.domain.policies import SOURCES, policy_for
from demo.domain.regions import REGIONS
from demo.presenters.explain import describe_policy
from demo.views.page_cache import render_page

bp = Blueprint("regions", __name__)


@bp.get("/regioner")
def regions_page() -> str:
    return render_page(
        "regions/index.html",
        lambda: {
            "regions": [
                (region, describe_policy(policy_for(region.id)), SOURCES[region.id])
                for region in REGIONS
            ]
        },
    )
