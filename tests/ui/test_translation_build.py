"""The .qm is compiled from the .ts at build/install time (setup.py); the app falls back
to compiling it into its cache, and loads whichever matches the .ts as it is now."""

from __future__ import annotations

import runpy
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from dordtwest_desktop import i18n
from dordtwest_desktop.ui import translations

ROOT = Path(__file__).resolve().parents[2]
SETUP = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_for_tests")

needs_lrelease = pytest.mark.skipif(translations.lrelease() is None, reason="no lrelease")


def a_translation() -> tuple[str, str, str]:
    """Context, English and Dutch of a finished message of the .ts."""
    for context in ET.parse(i18n.TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") != "unfinished":
                return context.findtext("name", ""), message.findtext("source", ""), node.text
    raise AssertionError("no finished translation in the .ts")


@pytest.fixture
def ts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DORDTWEST_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "translations"
    folder.mkdir()
    return Path(shutil.copy(i18n.TS_FILE, folder))


def translated(qm: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(qm))
    context, english, dutch = a_translation()
    assert translator.translate(context, english) == dutch


def test_setup_and_app_name_the_catalogue_alike(ts: Path):
    assert SETUP["catalogue_name"](ts) == translations.catalogue_name(ts)
    assert translations.catalogue_name(ts).startswith("dordtwest_nl.")


@needs_lrelease
def test_the_build_step_compiles_beside_the_ts_and_the_app_loads_it(ts: Path):
    (ts.parent / "dordtwest_nl.000000000000.qm").write_bytes(b"stale")
    [built] = SETUP["compile_translations"](ts.parent)
    assert built.parent == ts.parent
    assert sorted(p.name for p in ts.parent.glob("*.qm")) == [built.name]  # stale one gone
    assert translations.compiled_catalogue(ts) == built
    translated(built)
    assert not list(translations.cache_dir().glob("*.qm"))  # nothing compiled at start


@needs_lrelease
def test_without_a_build_the_app_compiles_once_into_its_cache(ts: Path):
    qm = translations.compiled_catalogue(ts)
    assert qm is not None and qm.parent == translations.cache_dir()
    translated(qm)
    assert translations.compiled_catalogue(ts) == qm


@needs_lrelease
def test_a_changed_ts_is_not_served_by_the_old_build(ts: Path):
    [built] = SETUP["compile_translations"](ts.parent)
    ts.write_text(ts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    qm = translations.compiled_catalogue(ts)
    assert qm is not None and qm != built and qm.parent == translations.cache_dir()
