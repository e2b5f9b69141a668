"""Loading the Dutch translation: the .ts is compiled to .qm on first run (lrelease)."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from dordtwest_desktop import i18n
from dordtwest_desktop.paths import cache_dir

log = logging.getLogger(__name__)


def lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def compiled_catalogue(ts: Path = i18n.TS_FILE) -> Path | None:
    """The .qm for the .ts, compiled when missing or older than the .ts."""
    qm = cache_dir() / (ts.stem + ".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = lrelease()
    if tool is None:
        return None
    try:
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed: %s", exc)
        return None
    return qm if qm.exists() else None


class TsTranslator(QTranslator):
    """Fallback when no lrelease is at hand: read the .ts directly."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return i18n.tr(source, context=context) if i18n.language() == "nl" else ""

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own Dutch catalogues; keep the result referenced."""
    i18n.set_language(language)
    if language != "nl":
        return []
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
