"""Where the app finds its resources and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DordtWestAlliantie"
ORG_NAME = "Gemeente Dordrecht"

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


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
