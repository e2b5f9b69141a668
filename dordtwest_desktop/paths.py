"""Where the app finds its resources and keeps its data."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "DordtWestAlliantie"
ORG_NAME = "Gemeente Dordrecht"

# The top-level resources/ folder, installed under this name (setup.py maps it); an
# editable install maps it to the checkout's folder.
RESOURCE_PACKAGE = "dordtwest_desktop.resources"


class MissingResourceError(RuntimeError):
    """A file the app ships is not where the installation put its resources.

    A broken installation, not a disk error: no OSError, so that no handler of
    expected file errors reports it as a file that could not be written.
    """


def resource(*parts: str) -> Path:
    """A file or folder the app ships (fonts, translations), through importlib.resources.

    Every way the app is installed (wheel, editable checkout, PyInstaller folder) keeps
    them as files on disk, which reportlab and Qt need; a missing one raises at once,
    naming it, rather than leaving the app in English or without its fonts.
    """
    name = "/".join(("resources", *parts))
    try:
        item = resources.files(RESOURCE_PACKAGE)
    except ModuleNotFoundError as error:
        raise MissingResourceError(
            f"The app's resources are not installed ({RESOURCE_PACKAGE}), so {name} is"
            " missing; reinstall the app (pip install . or its wheel)."
        ) from error
    item = item.joinpath(*parts)
    if not isinstance(item, Path) or not item.exists():
        raise MissingResourceError(
            f"{name} is missing from the app's installation ({RESOURCE_PACKAGE});"
            " reinstall the app (pip install . or its wheel)."
        )
    return item


def data_dir() -> Path:
    """The user's data folder; DORDTWEST_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("DORDTWEST_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "dordtwest.sqlite"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    override = os.environ.get("DORDTWEST_DATA_DIR")
    base = (
        Path(override) / "cache"
        if override
        else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    )
    base.mkdir(parents=True, exist_ok=True)
    return base
