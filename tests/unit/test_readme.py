"""The README is a newcomer's front door: every image and every local link it has resolves."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "TESTING.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and ![alt](target); a target may end in a #fragment.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def local_targets(document: Path) -> list[str]:
    return [
        target.split("#")[0]
        for target in LINK.findall(document.read_text())
        if not re.match(r"^[a-z]+:", target) and not target.startswith("#")
    ]


def test_every_local_link_and_image_resolves() -> None:
    missing = [
        f"{document.name}: {target}"
        for document in DOCS
        for target in local_targets(document)
        if not (document.parent / target).exists()
    ]
    assert missing == []


def test_the_readme_shows_screenshots_that_are_in_the_repository() -> None:
    images = [t for t in local_targets(ROOT / "README.md") if t.endswith(".png")]
    assert len(images) >= 4
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", *images],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    # An image that exists only on this machine (ignored by git) is broken for everyone else.
    assert tracked.returncode == 0, tracked.stderr


def test_the_link_pattern_finds_links() -> None:
    assert LINK.findall("see ![a](docs/x.png) and [b](TESTING.md#top) and [c](https://e.se)") == [
        "docs/x.png",
        "TESTING.md#top",
        "https://e.se",
    ]
