"""The app as a user installs it, run away from the checkout: the wheel in a fresh venv,
and the PyInstaller one-folder build of packaging/dordtwest.spec. The fonts and the
Dutch translation must come with both.

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
import time
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
SHOWN = "does not support propagateSizeHints"  # the offscreen platform, on every window shown

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
class Place:
    """An installed app and an empty folder to run it from, with its own data folders."""

    app: Path  # the dordtwest command: the wheel's script or the frozen executable
    cwd: Path  # empty: nothing of the checkout can be imported from here
    env: dict[str, str]

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
        return self.run(self.app, *args, check=check)

    def seeded(self) -> Path:
        db = self.cwd / "seeded.sqlite"
        if not db.exists():
            self.dordtwest("--db", db, "list", "meetings")  # creates, migrates and seeds
        return db


@dataclass(frozen=True)
class Installed:
    place: Place
    wheel: Path
    python: Path
    site_packages: Path


def _place(work: Path, app: Path) -> Place:
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
    return Place(app, cwd, env)


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
    (Path(site_packages) / "zz_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return Installed(_place(work, target / BIN / "dordtwest"), wheel, python, Path(site_packages))


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Place:
    """The PyInstaller one-folder build of packaging/dordtwest.spec."""
    work = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", work / "dist", "--workpath", work / "build"),
            ROOT / "packaging" / "dordtwest.spec",
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    name = "dordtwest-alliantie"
    return _place(work, work / "dist" / name / (f"{name}.exe" if os.name == "nt" else name))


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


def _check_dutch_cli(place: Place) -> None:
    english = "Programme and meetings of the Nationaal Programma Dordt West."
    dutch = i18n.tr(english)
    assert dutch != english
    assert dutch in place.dordtwest("--help").stdout
    assert place.dordtwest("--version").stdout.strip() == __version__


def _check_pack(place: Place) -> None:
    """A pack of the seeded database: Dutch text, every font embedded."""
    db = place.seeded()
    listing = place.dordtwest("--db", db, "list", "meetings", "--json").stdout
    meeting = json.loads(listing)[0]["id"]
    out = place.cwd / "pack.pdf"
    result = place.dordtwest("--db", db, "export", "pack", "--meeting", meeting, "--out", out)
    assert result.stdout.startswith("Geschreven:")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Vergaderstukken" in text
    assert f"pagina 1 van {len(reader.pages)}" in text
    fonts = _font_files(reader)
    assert any("DejaVuSans" in name for name in fonts)
    assert all(fonts.values()), fonts


def _no_catalogue_compiled_at_start(place: Place) -> None:
    cache = Path(place.env["DORDTWEST_DATA_DIR"]) / "cache"
    assert not list(cache.glob("*.qm"))  # the build's catalogue was used as built


def test_a_missing_resource_is_named():
    with pytest.raises(MissingResourceError, match=r"resources/fonts/Comic\.ttf"):
        resource("fonts", "Comic.ttf")


def test_a_checkout_reads_its_own_resources_folder():
    """The editable install maps dordtwest_desktop.resources to the top-level folder."""
    assert resource("fonts") == ROOT / "resources" / "fonts"
    assert i18n.TS_FILE == ROOT / "resources" / "translations" / "dordtwest_nl.ts"


@pytest.mark.slow
def test_the_wheel_carries_fonts_icons_and_the_compiled_translation(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    prefix = "dordtwest_desktop/resources/"
    shipped = {
        *(f"fonts/{p.name}" for p in (ROOT / "resources" / "fonts").iterdir() if p.is_file()),
        *(f"icons/{p.name}" for p in (ROOT / "resources" / "icons").glob("*.svg")),
        "translations/dordtwest_nl.ts",
        f"translations/{catalogue_name(i18n.TS_FILE)}",  # compiled at build, current
    }
    assert {prefix + n for n in shipped} <= names
    assert not {n for n in names if n.endswith(".qm")} - {prefix + n for n in shipped}


@pytest.mark.slow
def test_the_installed_app_runs_from_the_wheel_alone(installed: Installed):
    result = installed.place.run(
        installed.python,
        "-c",
        "import dordtwest_desktop, dordtwest_desktop.paths as p;"
        "print(dordtwest_desktop.__file__); print(p.resource('fonts'))",
    )
    package, fonts = (Path(line) for line in result.stdout.splitlines())
    assert package.is_relative_to(installed.site_packages)
    assert fonts.is_relative_to(installed.site_packages)
    _check_dutch_cli(installed.place)


@pytest.mark.slow
def test_the_installed_app_exports_a_pack_with_its_fonts(installed: Installed):
    _check_pack(installed.place)


@pytest.mark.slow
def test_the_installed_gui_paints_in_dutch_without_compiling(installed: Installed):
    place = installed.place
    script = place.cwd / "first_paint.py"
    script.write_text(FIRST_PAINT, encoding="utf-8")
    result = place.run(installed.python, "-I", script, place.seeded())
    [line] = [x for x in result.stdout.splitlines() if x.startswith("first-paint")]
    assert "&Bestand" in line  # the main window's File menu, translated
    _no_catalogue_compiled_at_start(place)


@pytest.mark.slow
def test_an_installation_without_a_font_says_which(installed: Installed):
    place = installed.place
    font = installed.site_packages / "dordtwest_desktop" / "resources" / "fonts" / "DejaVuSans.ttf"
    hidden = font.with_suffix(".hidden")
    font.rename(hidden)
    try:
        result = place.dordtwest(
            "--db", place.seeded(), "export", "dashboard", "--out", place.cwd / "d.pdf", check=False
        )
    finally:
        hidden.rename(font)
    assert result.returncode != 0
    assert "resources/fonts/DejaVuSans.ttf is missing" in result.stderr


@pytest.mark.slow
def test_the_frozen_folder_speaks_dutch_and_exports_a_pack(frozen: Place):
    _check_dutch_cli(frozen)
    _check_pack(frozen)
    # reportlab imports its accelerator by name in exec(): without the spec's hidden
    # import the folder would write every PDF on the slower Python fallback.
    assert list(frozen.app.parent.rglob("_rl_accel*")), "reportlab's accelerator"


@pytest.mark.slow
def test_the_frozen_folder_shows_its_window(frozen: Place):
    """No script can be slipped into the frozen app: it runs until the offscreen platform
    reports a shown top-level window, stays up a moment, and is then ended."""
    log = frozen.cwd / "gui.log"
    with log.open("w") as out:
        app = subprocess.Popen(
            [frozen.app, "--db", frozen.seeded()],
            cwd=frozen.cwd,
            env=frozen.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while SHOWN not in log.read_text() and app.poll() is None:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        time.sleep(1)
        assert app.poll() is None, log.read_text()  # shown, and still running
    finally:
        app.terminate()
        app.wait(timeout=30)
    _no_catalogue_compiled_at_start(frozen)


DESKTOP_FILE = ROOT / "packaging" / "nl.dordrecht.DordtWestAlliantie.desktop"
METAINFO = ROOT / "packaging" / "nl.dordrecht.DordtWestAlliantie.metainfo.xml"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_desktop_file_is_valid():
    result = subprocess.run(
        ["desktop-file-validate", DESKTOP_FILE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_the_appstream_file_is_valid():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", METAINFO],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
