"""The command line's own words (usage, headings, argparse's errors) are Dutch by default."""

from __future__ import annotations

import argparse
import contextlib
import gettext
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dordtwest_desktop import i18n
from dordtwest_desktop.cli import ARGPARSE_WORDS, argparse_in_app_language, build_parser, main

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "error:",
    "show this help",
    "invalid choice",
    "required",
    "unrecognized",
    "expected one argument",
)


@pytest.fixture
def english() -> Iterator[None]:
    try:
        yield
    finally:
        i18n.set_language("nl")  # main() sets the language of the whole process


def parse(argv: list[str]) -> tuple[int | str | None, str, str]:
    """argparse's exit code (None when it parsed), its standard output and its errors."""
    out, err = io.StringIO(), io.StringIO()
    code: int | str | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            with argparse_in_app_language():
                build_parser().parse_args(argv)
        except SystemExit as stop:
            code = stop.code
    return code, out.getvalue(), err.getvalue()


def test_help_is_dutch():
    result = subprocess.run(
        [sys.executable, "main.py", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    for dutch in ("gebruik: dordtwest", "opties:", "opdrachten:", "deze hulp tonen en stoppen"):
        assert dutch in result.stdout
    for word in ENGLISH:
        assert word not in result.stdout, word


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["exprt"], "ongeldige keuze: 'exprt' (kies uit 'gui', 'list'"),
        (["export", "pack"], "deze argumenten ontbreken: --out"),
        (["list", "goals", "--bogus"], "onbekende argumenten: --bogus"),
        (["export", "pack", "--out"], "argument --out: verwacht één waarde"),
        (["import", "json"], "deze argumenten ontbreken: BESTAND"),
        (["export", "pack", "--ou", "x.pdf", "--meeting"], "verwacht één waarde"),
    ],
)
def test_a_mistyped_command_is_told_in_dutch(capsys, argv: list[str], dutch: str):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.startswith("gebruik: dordtwest")
    last = err.strip().splitlines()[-1]
    assert re.match(r"dordtwest( \w+)?: fout: ", last), last
    assert dutch in last
    for word in ENGLISH:
        assert word not in err, word


def test_english_when_asked(capsys, english):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "export", "pack"])
    err = capsys.readouterr().err
    assert err.startswith("usage: dordtwest export")
    assert "error: the following arguments are required: --out" in err


def test_other_parsers_keep_their_words(capsys):
    """Only the app's parser speaks Dutch: afterwards argparse is as it was."""
    with pytest.raises(SystemExit):
        main(["exprt"])
    capsys.readouterr()
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    other = argparse.ArgumentParser(prog="other")
    assert "usage: other" in other.format_help() and "options:" in other.format_help()


PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


@pytest.mark.parametrize("word", ARGPARSE_WORDS)
def test_every_argparse_word_has_dutch_with_the_same_placeholders(word: str):
    """argparse fills its words in with `%`: a placeholder lost or renamed would crash it."""
    dutch = i18n.tr(word, context="argparse")
    assert dutch != word or "%(argument_name)s: %(message)s" in word, word
    assert sorted(PLACEHOLDER.findall(dutch)) == sorted(PLACEHOLDER.findall(word))
    assert dutch.endswith("\n") == word.endswith("\n")
    assert dutch.endswith(" ") == word.endswith(" ")


TOKENS = st.sampled_from(
    [
        "gui",
        "list",
        "export",
        "import",
        "backup",
        "copy",
        "goals",
        "search",
        "pack",
        "json",
        "--out",
        "--meeting",
        "--db",
        "--lang",
        "--from",
        "--to",
        "--period",
        "--json",
        "-h",
        "--version",
        "--",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TOKENS, st.text(max_size=12)), max_size=6))
def test_any_command_line_parses_or_is_refused_in_dutch(argv: list[str]):
    code, out, err = parse(argv)
    if code is None:  # parsed: argparse said nothing
        assert not err
    elif code == 0:  # --help or --version
        assert not err
        assert "usage:" not in out
    else:
        assert code == 2
        # Not the last line: the typed text itself may hold line breaks.
        assert re.search(r"^dordtwest( \w+)?: fout: ", err, re.MULTILINE), err
        for word in ENGLISH:
            assert word not in err, (word, err)


def test_every_table_is_named_in_words():
    """A report of a copy names what it wrote: a new table without a name would show raw."""
    from dordtwest_desktop.services.storage import RECORD_KINDS, counted
    from dordtwest_desktop.store.models import Base

    assert set(RECORD_KINDS) == set(Base.metadata.tables)
    dutch = [i18n.tr(name) for name in RECORD_KINDS.values()]
    assert len(set(dutch)) == len(dutch)
    assert all(word != name for word, name in zip(dutch, RECORD_KINDS.values(), strict=True))
    assert counted({"goal": 11, "action": 0, "agenda_item": 4}) == [
        ("agendapunten", 4),
        ("doelen", 11),
    ]
