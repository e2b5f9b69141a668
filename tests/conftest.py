"""Shared fixtures: a seeded template database migrated once, copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dordtwest_desktop.store.database import Store, open_store


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real user's data folder from a test.
    monkeypatch.setenv("DORDTWEST_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    store = open_store(path)
    # Closing the last connection checkpoints the WAL into the file, so a plain copy
    # of the closed template is complete.
    store.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "dordtwest.sqlite"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()
