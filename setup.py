"""Build step: compile the Qt Linguist catalogues to .qm while building or installing.

resources/translations/*.ts stay the one source of truth (packaging/
update_translations.py keeps them in step with the code); the .qm the app loads
is made from them here, by `pip install .`, `pip install -e .` and a wheel build
alike, with the lrelease of the PySide6 in the build environment (a build
requirement, pyproject.toml). The file is named after the .ts's content
(`dordtwest_nl.<sha256 of the .ts, 12 digits>.qm`, see
dordtwest_desktop/ui/translations.py), so the app never loads a catalogue older
than its .ts. Without lrelease the build stops: a wheel without its catalogue
would speak English or compile it at first start.

The packages are declared here because one of them lives outside its parent: the
top-level resources/ folder (fonts, translations, icons) is installed as the package
dordtwest_desktop.resources, so that the app reads it through importlib.resources
from a wheel and from a checkout (editable install) alike (dordtwest_desktop.paths).

All other metadata is in pyproject.toml.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = "resources"
TRANSLATIONS = ROOT / RESOURCES / "translations"
RESOURCE_PACKAGE = "dordtwest_desktop.resources"  # dordtwest_desktop.paths reads it
PACKAGE_DATA = {
    RESOURCE_PACKAGE: [
        "fonts/*.ttf",
        "fonts/LICENSE-*.txt",
        "icons/*.svg",
        "translations/*.ts",
        "translations/*.qm",
    ],
    "dordtwest_desktop.store": [
        "migrations/*.py",
        "migrations/versions/*.py",
        "migrations/*.mako",
    ],
}


def catalogue_name(ts: Path) -> str:
    """Must match dordtwest_desktop.ui.translations.catalogue_name."""
    return f"{ts.stem}.{hashlib.sha256(ts.read_bytes()).hexdigest()[:12]}.qm"


def lrelease() -> Path | None:
    try:
        import PySide6
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        return Path(found) if found else None
    folder = Path(PySide6.__file__).parent
    return next((folder / n for n in ("lrelease", "lrelease.exe") if (folder / n).exists()), None)


def compile_translations(folder: Path = TRANSLATIONS) -> list[Path]:
    """Each .ts of `folder` compiled beside it; older compilations of it removed."""
    tool = lrelease()
    if tool is None:
        sys.exit(
            "error: no lrelease to compile resources/translations/*.ts; install"
            " PySide6-Essentials in the build environment (pip's default build does)"
        )
    made = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_name(catalogue_name(ts))
        if not qm.exists():
            part = qm.with_suffix(".part")
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(part)], check=True)
            part.replace(qm)
        for old in folder.glob(f"{ts.stem}.*.qm"):
            if old != qm:
                old.unlink()
        made.append(qm)
    return made


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


def packages() -> list[str]:
    found = find_namespace_packages(
        include=["dordtwest_desktop", "dordtwest_desktop.*"], exclude=["*.__pycache__"]
    )
    return [*found, RESOURCE_PACKAGE]


if __name__ == "__main__":
    setup(
        packages=packages(),
        package_dir={RESOURCE_PACKAGE: RESOURCES},
        package_data=PACKAGE_DATA,
        cmdclass={"build_py": BuildWithTranslations},
    )
