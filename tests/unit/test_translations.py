"""The English catalogue (translations/en): complete, in step with the source, and used.

Swedish is the source language; English comes from messages.po. A fresh extraction
from the code and templates must find nothing the catalogue lacks.
"""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parents[2]
PO_PATH = ROOT / "translations" / "en" / "LC_MESSAGES" / "messages.po"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as po_file:
        return read_po(po_file)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(PO_PATH)


def messages(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def ids(message: Message) -> tuple[str, ...]:
    """The msgid, or the msgid and msgid_plural of a plural message."""
    found = message.id if isinstance(message.id, tuple) else (message.id,)
    return tuple(str(text) for text in found)


def strings(message: Message) -> tuple[str, ...]:
    """The msgstr, or each plural form's msgstr ("" where missing)."""
    found = message.string if isinstance(message.string, tuple) else (message.string,)
    return tuple(str(text or "") for text in found)


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_catalogue_covers_a_fresh_extraction(catalog: Catalog, tmp_path: Path) -> None:
    pot_path = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg"]
        + ["-k", "_l", "--no-location", "-o", str(pot_path), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    extracted = {message.id for message in messages(read_catalog(pot_path))}
    assert len(extracted) > 250
    missing = sorted(map(str, extracted - {message.id for message in messages(catalog)}))
    assert missing == [], "run `make messages` and translate the new texts"


def test_header_is_english_with_two_plural_forms(catalog: Catalog) -> None:
    assert str(catalog.locale) == "en"
    assert catalog.num_plurals == 2
    assert catalog.plural_expr.replace(" ", "") == "(n!=1)"
    assert not catalog.fuzzy


def test_every_message_is_translated_and_not_fuzzy(catalog: Catalog) -> None:
    untranslated = [m.id for m in messages(catalog) if not all(strings(m))]
    fuzzy = [m.id for m in messages(catalog) if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_translations_keep_the_placeholders(catalog: Catalog) -> None:
    wrong = []
    for message in messages(catalog):
        sources = ids(message)
        for index, translation in enumerate(strings(message)):
            source = sources[min(index, len(sources) - 1)]
            if placeholders(translation) != placeholders(source):
                wrong.append((source, translation))
    assert wrong == []


def test_plural_messages_have_both_forms(catalog: Catalog) -> None:
    plurals = [m for m in messages(catalog) if m.pluralizable]
    assert plurals, "the templates use ngettext"
    for message in plurals:
        assert len(strings(message)) == 2 and all(strings(message)), message.id


def test_translations_add_no_html(catalog: Catalog) -> None:
    added = [
        m.id
        for m in messages(catalog)
        if not any("<" in source for source in ids(m)) and any("<" in s for s in strings(m))
    ]
    assert added == []


@pytest.fixture(scope="module")
def compiled_dir(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled into a temporary translations directory."""
    directory = tmp_path_factory.mktemp("translations")
    mo_path = directory / "en" / "LC_MESSAGES" / "messages.mo"
    mo_path.parent.mkdir(parents=True)
    with mo_path.open("wb") as mo_file:
        write_mo(mo_file, catalog)
    return directory


def test_compiled_catalogue_translates_and_pluralises(compiled_dir: Path) -> None:
    translations = gettext.translation("messages", compiled_dir, languages=["en"])
    assert translations.gettext("DEMO – fiktiva uppgifter") == "DEMO – fictitious data"
    assert translations.ngettext("%(num)s dag", "%(num)s dagar", 1) == "%(num)s day"
    assert translations.ngettext("%(num)s dag", "%(num)s dagar", 3) == "%(num)s days"


def test_start_page_in_english(make_app: Callable[..., Flask], compiled_dir: Path) -> None:
    app = make_app(BABEL_TRANSLATION_DIRECTORIES=str(compiled_dir))
    with app.test_client() as client:
        page = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "DEMO – fictitious data" in page
    assert "fiktiva uppgifter" not in page


def test_start_page_in_swedish_by_default(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="sv">' in page
    assert "DEMO – fiktiva uppgifter" in page
    assert "fictitious" not in page


def test_start_page_in_english_with_the_repository_catalogue(client: FlaskClient) -> None:
    """The compiled_translations fixture in conftest.py makes the repository's .mo."""
    page = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "DEMO – fictitious data" in page
