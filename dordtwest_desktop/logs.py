"""The log file in the user's data folder, shared by the app and the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dordtwest_desktop.paths import log_dir

LOG_NAME = "dordtwest.log"


def setup_logging() -> Path | None:
    """Log to `logs/dordtwest.log` (rotated); the path, or None if no log can be kept.

    Without a handler Python would print warnings on stderr; when the folder cannot
    be written the log is dropped instead, since stderr is for the user's sentence.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "dordtwest_log", None) is not None:
            return Path(handler.dordtwest_log)  # type: ignore[attr-defined]
    try:
        path = log_dir() / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.dordtwest_log = str(path)  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
