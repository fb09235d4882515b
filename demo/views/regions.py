""" "Vad visar vårdgivare?": each region's rules in plain Swedish, beside the source's words.

The page opens with the 21 regions side by side (one row each: notes, results,
rådrum, the citizen's choices, the start date), then one section per region.
Every cell and sentence is a value the presenters computed from the policy;
the template only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint

from demo.domain.policies import SOURCES, PolicySource, interpretations, policy_for
from demo.domain.regions import REGIONS, RegionSpec
from demo.presenters.explain import RegionRow, describe_policy, interpretation_text, region_row
from demo.views.page_cache import render_page

bp = Blueprint("regions", __name__)


@dataclass(frozen=True)
class RegionOnPage:
    """One region as the regions page shows it: table row, section and source."""

    region: RegionSpec
    row: RegionRow
    described: dict[str, str]
    interpretations: tuple[str, ...]
    source: PolicySource


def regions_on_page() -> list[RegionOnPage]:
    """The 21 regions in the source page's order, each with its values in words."""
    shown = []
    for region in REGIONS:
        policy = policy_for(region.id)
        shown.append(
            RegionOnPage(
                region=region,
                row=region_row(policy, SOURCES[region.id]),
                described=describe_policy(policy),
                interpretations=tuple(
                    interpretation_text(i, policy) for i in interpretations(region.id)
                ),
                source=SOURCES[region.id],
            )
        )
    return shown


@bp.get("/regioner")
def regions_page() -> str:
    return render_page("regions/index.html", lambda: {"regions": regions_on_page()})
