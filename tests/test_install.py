"""The app as a user installs it: built into a wheel, installed in a fresh venv, run
away from the checkout. The fonts and the Dutch translation must come with it.

The fresh venv gets the dependencies from the test's own environment through a .pth
file written after the install (so pip never sees the checkout's editable install and
nothing is downloaded but the build requirements); dordtwest_desktop itself comes
only from the wheel, and every command runs from an empty folder in isolated mode.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop import __version__, i18n
from dordtwest_desktop.paths import MissingResourceError, resource
from dordtwest_desktop.ui.translations import catalogue_name

ROOT = Path(__file__).resolve().parent.parent
TOP_LEVEL_LEFT_OUT = {".venv", ".git", "build", "dist", "shots"}
BIN = "Scripts" if os.name == "nt" else "bin"
TIMEOUT = 120

FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from dordtwest_desktop.ui.app import create_application, run

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app = QApplication.instance()
            app.removeEventFilter(self)
            menus = ";".join(action.text() for action in watched.menuBar().actions())
            print("first-paint", menus, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = create_application()
watcher = FirstPaint(app)
app.installEventFilter(watcher)
sys.exit(run(db=sys.argv[1], lang="nl"))
"""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    site_packages: Path
    cwd: Path  # empty: nothing of the checkout can be imported from here
    env: dict[str, str]

    @property
    def python(self) -> Path:
        return self.venv / BIN / "python"

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(a) for a in args],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def dordtwest(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run(self.venv / BIN / "dordtwest", *args, check=check)


def _leave_out(folder: str, names: list[str]) -> set[str]:
    left_out = {n for n in names if n == "__pycache__" or n.endswith((".egg-info", ".qm"))}
    if Path(folder) == ROOT:
        left_out |= TOP_LEVEL_LEFT_OUT & set(names)
    return left_out


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("install")
    # The working tree as it is (uncommitted files too), without earlier build output:
    # setuptools' build/ folder would carry deleted modules into the wheel.
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_leave_out)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "dist", source],
        check=True,
        timeout=600,  # a cold pip cache downloads the build requirements
    )
    [wheel] = (work / "dist").glob("*.whl")
    target = work / "venv"
    venv.create(target, with_pip=False)
    python = target / BIN / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel],
        check=True,
        timeout=TIMEOUT,
    )
    site_packages = subprocess.run(
        [python, "-I", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    cwd = work / "cwd"
    cwd.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.pop("VIRTUAL_ENV", None)
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "DORDTWEST_DATA_DIR": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),  # QSettings: not the user's
        "PYTHONNOUSERSITE": "1",
        "PYTHONSAFEPATH": "1",
    }
    done = Installed(wheel, target, Path(site_packages), cwd, env)
    (done.site_packages / "zz_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return done


@pytest.fixture(scope="module")
def seeded(installed: Installed) -> Path:
    db = installed.cwd / "seeded.sqlite"
    installed.dordtwest("--db", db, "list", "meetings")  # creates, migrates and seeds
    return db


def _font_files(reader: PdfReader) -> dict[str, bool]:
    """Each font of the document by name, and whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            descriptors = [p["/FontDescriptor"].get_object() for p in parts]
            fonts[str(font["/BaseFont"])] = all(
                any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
            )
    return fonts


def test_a_missing_resource_is_named():
    with pytest.raises(MissingResourceError, match=r"resources/fonts/Comic\.ttf"):
        resource("fonts", "Comic.ttf")


def test_a_checkout_reads_its_own_resources_folder():
    """The editable install maps dordtwest_desktop.resources to the top-level folder."""
    assert resource("fonts") == ROOT / "resources" / "fonts"
    assert i18n.TS_FILE == ROOT / "resources" / "translations" / "dordtwest_nl.ts"


@pytest.mark.slow
def test_the_wheel_carries_the_fonts_and_the_compiled_translation(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    prefix = "dordtwest_desktop/resources/"
    shipped = {
        *(f"fonts/{p.name}" for p in (ROOT / "resources" / "fonts").iterdir() if p.is_file()),
        "translations/dordtwest_nl.ts",
        f"translations/{catalogue_name(i18n.TS_FILE)}",  # compiled at build, current
    }
    assert {prefix + n for n in shipped} <= names
    assert not {n for n in names if n.endswith(".qm")} - {prefix + n for n in shipped}


@pytest.mark.slow
def test_the_installed_app_runs_from_the_wheel_alone(installed: Installed):
    result = installed.run(
        installed.python,
        "-c",
        "import dordtwest_desktop, dordtwest_desktop.paths as p;"
        "print(dordtwest_desktop.__file__); print(p.resource('fonts'))",
    )
    package, fonts = (Path(line) for line in result.stdout.splitlines())
    assert package.is_relative_to(installed.site_packages)
    assert fonts.is_relative_to(installed.site_packages)
    assert installed.dordtwest("--version").stdout.strip() == __version__


@pytest.mark.slow
def test_the_installed_cli_speaks_dutch(installed: Installed):
    english = "Programme and meetings of the Nationaal Programma Dordt West."
    dutch = i18n.tr(english)
    assert dutch != english
    assert dutch in installed.dordtwest("--help").stdout


@pytest.mark.slow
def test_the_installed_app_exports_a_pack_with_its_fonts(installed: Installed, seeded: Path):
    listing = installed.dordtwest("--db", seeded, "list", "meetings", "--json").stdout
    meeting = json.loads(listing)[0]["id"]
    out = installed.cwd / "pack.pdf"
    result = installed.dordtwest(
        "--db", seeded, "export", "pack", "--meeting", meeting, "--out", out
    )
    assert result.stdout.startswith("Geschreven:")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Vergaderstukken" in text
    assert f"pagina 1 van {len(reader.pages)}" in text
    fonts = _font_files(reader)
    assert any("DejaVuSans" in name for name in fonts)
    assert all(fonts.values()), fonts  # every font embedded


@pytest.mark.slow
def test_the_installed_gui_paints_in_dutch_without_compiling(installed: Installed, seeded: Path):
    script = installed.cwd / "first_paint.py"
    script.write_text(FIRST_PAINT, encoding="utf-8")
    result = installed.run(installed.python, "-I", script, seeded)
    [line] = [x for x in result.stdout.splitlines() if x.startswith("first-paint")]
    assert "&Bestand" in line  # the main window's File menu, translated
    cache = Path(installed.env["DORDTWEST_DATA_DIR"]) / "cache"
    assert not list(cache.glob("*.qm"))  # the wheel's catalogue was used as built


@pytest.mark.slow
def test_an_installation_without_a_font_says_which(installed: Installed, seeded: Path):
    font = installed.site_packages / "dordtwest_desktop" / "resources" / "fonts" / "DejaVuSans.ttf"
    hidden = font.with_suffix(".hidden")
    font.rename(hidden)
    try:
        result = installed.dordtwest(
            "--db", seeded, "export", "dashboard", "--out", installed.cwd / "d.pdf", check=False
        )
    finally:
        hidden.rename(font)
    assert result.returncode != 0
    assert "resources/fonts/DejaVuSans.ttf is missing" in result.stderr
