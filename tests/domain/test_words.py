"""Counts in words (issue 14, point 7): numerus forms read from the one .ts file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def test_dutch_counts_take_the_right_form():
    text = "%n confidential agenda item(s) not included."
    assert i18n.trn(text, 1) == "1 vertrouwelijk agendapunt niet opgenomen."
    assert i18n.trn(text, 2) == "2 vertrouwelijke agendapunten niet opgenomen."
    assert i18n.trn(text, 0) == "0 vertrouwelijke agendapunten niet opgenomen."
    assert i18n.trn("%n record(s) written to {path}.", 1).format(path="x") == (
        "1 record weggeschreven naar x."
    )


def test_english_counts_drop_the_brackets(english):
    assert i18n.trn("%n confidential agenda item(s) not included.", 1) == (
        "1 confidential agenda item not included."
    )
    assert i18n.trn("%n record(s) merged from {path}.", 3) == "3 records merged from {path}."


@given(st.integers(min_value=0, max_value=10**9))
def test_no_count_reads_as_a_bracketed_plural(n: int):
    for language in ("nl", "en"):
        i18n.set_language(language)
        try:
            text = i18n.trn("%n confidential agenda item(s) not included.", n)
        finally:
            i18n.set_language("nl")
        assert "(" not in text and "%n" not in text and text.startswith(f"{n} ")
        assert ("agendapunten" in text or "items" in text) == (n != 1)


def _updater():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


def test_the_ts_writer_keeps_numerus_forms(tmp_path: Path):
    tool = _updater()
    tool.NUMERUS.add(("core", "%n row(s)"))
    messages = {"core": {"%n row(s)": "%n rij|%n rijen", "Date": "Datum"}}
    path = tmp_path / "x.ts"
    tool.write_ts(messages, path)
    text = path.read_text(encoding="utf-8")
    assert '<message numerus="yes">' in text and "<numerusform>%n rijen</numerusform>" in text
    assert tool.read_ts(path)["core"] == messages["core"]
    assert tool.problems(messages) == []
    assert tool.problems({"core": {"%n row(s)": "%n rijen"}})  # one form is not enough


def test_every_count_in_the_code_has_two_dutch_forms():
    tool = _updater()
    found = tool.extract()
    assert ("core", "%n confidential agenda item(s) not included.") in tool.NUMERUS
    assert ("RecordListView", "%n record(s)") in tool.NUMERUS
    current = tool.read_ts()
    for context, source in tool.NUMERUS:
        if source in found.get(context, {}):
            forms = (current.get(context, {}).get(source) or "").split("|")
            assert len(forms) == 2 and all(forms), (context, source)
