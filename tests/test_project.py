"""Project-wide checks: lint, layering, translations, the README's commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dordtwest_desktop"


def test_ruff_is_clean():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "dordtwest_desktop",
            "tests",
            "packaging",
            "benchmarks",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(Path(sys.executable).parent / "lint-imports"),
            "--config",
            str(ROOT / ".importlinter"),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def test_layers_hold():
    """The import-linter contracts in .importlinter (ui -> services -> store -> domain …)."""
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_crossing_breaks_the_contracts(tmp_path: Path):
    copy = tmp_path / "dordtwest_desktop"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "ui" / "crossing.py").write_text("from dordtwest_desktop.store import models\n")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "dordtwest_desktop.ui.crossing -> dordtwest_desktop.store.models" in result.stdout


def test_every_string_is_translated():
    result = subprocess.run(
        [sys.executable, "packaging/update_translations.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(
        line for line in ci.splitlines() if "pytest" in line and not line.startswith("#")
    )
    assert command in readme


def test_packaging_release_matches_version():
    import xml.etree.ElementTree as ET

    from dordtwest_desktop import __version__

    metainfo = ROOT / "packaging" / "nl.dordrecht.DordtWestAlliantie.metainfo.xml"
    releases = ET.parse(metainfo).getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__


def test_qt_does_not_wear_out_none():
    """Guards the PySide6 pin: 6.12.0 aborted Python 3.11 after ~5,000 void Qt calls."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "widget = QWidget()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(50_000):\n"
        "    widget.update()\n"
        "assert sys.getrefcount(None) >= before - 100, sys.getrefcount(None) - before\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]


def test_mypy_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "dordtwest_desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
