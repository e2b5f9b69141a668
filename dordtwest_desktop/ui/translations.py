"""Loading the Dutch translation.

The .ts is the source; its compiled .qm is made when the app is built or
installed (setup.py, also by `pip install -e .`) and lies beside it, named after
the .ts's content. When that file is missing (a checkout run without installing,
a build without lrelease) or the .ts changed since, the .ts is compiled once into
the cache folder with PySide6's lrelease; without lrelease it is read directly.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from dordtwest_desktop import i18n
from dordtwest_desktop.paths import cache_dir

log = logging.getLogger(__name__)


def catalogue_name(ts: Path) -> str:
    """The .qm's name for this content of the .ts; setup.py names it the same way."""
    return f"{ts.stem}.{hashlib.sha256(ts.read_bytes()).hexdigest()[:12]}.qm"


def lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def compiled_catalogue(ts: Path = i18n.TS_FILE) -> Path | None:
    """The .qm of the .ts as it is now: the one built at install, else one compiled
    into the cache (once per content of the .ts); None without lrelease."""
    name = catalogue_name(ts)
    for qm in (ts.with_name(name), cache_dir() / name):
        if qm.exists():
            return qm
    tool = lrelease()
    if tool is None:
        return None
    log.info("no compiled translation for %s; compiling it into the cache", ts.name)
    qm = cache_dir() / name
    part = qm.with_suffix(".part")
    try:
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(part)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        part.replace(qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed: %s", exc)
        return None
    for old in qm.parent.glob(f"{ts.stem}.*.qm"):
        if old != qm:
            old.unlink(missing_ok=True)
    return qm


class TsTranslator(QTranslator):
    """Fallback when no lrelease is at hand: read the .ts directly."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if i18n.language() != "nl":
            return ""
        if n >= 0:
            return i18n.trn(source, n, context=context)
        return i18n.tr(source, context=context)

    def isEmpty(self) -> bool:
        return False


class EnglishNumerus(QTranslator):
    """English needs no catalogue, but a count does: "%n row(s)" is "1 row", "2 rows"."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return i18n.english_numerus(source, n) if n >= 0 and "(" in source else ""

    def isEmpty(self) -> bool:
        return False


def qt_gaps() -> tuple[str, ...]:
    """Strings of Qt's own dialogs that the qtbase_nl.qm shipped with PySide6 lacks.

    Qt 6 writes the file dialog's labels with mnemonics ("&Look in:"), its Dutch
    catalogue only has the old ones ("Look in:"); named here, their Dutch lives in
    our .ts, which Qt asks after qtbase_nl (installed later, asked first).
    """
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    )


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own Dutch catalogues; keep the result referenced."""
    i18n.set_language(language)
    if language != "nl":
        english = EnglishNumerus(app)
        app.installTranslator(english)
        return [english]
    translators: list[QTranslator] = []
    qm = compiled_catalogue() if i18n.TS_FILE.exists() else None
    ours: QTranslator = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        log.info("using the .ts fallback translator")
        ours = TsTranslator(app)
    translators.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators
