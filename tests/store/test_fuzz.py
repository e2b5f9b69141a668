"""Damaged exchange files and database files: a clean error, never a changed store."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dordtwest_desktop.domain.errors import DomainError, ImportFileError, StorageError
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import export_json, import_json


@pytest.fixture(scope="module")
def exchange_bytes(template_db: Path, tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    store = open_store(shutil.copyfile(template_db, folder / "db.sqlite"))
    export_json(store, folder / "x.json")
    store.close()
    return (folder / "x.json").read_bytes()


def _dump(store: Store, path: Path) -> dict:
    export_json(store, path)
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


damage = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
    ),
)


def _apply(data: bytes, how) -> bytes:
    kind, arg = how
    if kind == "truncate":
        return data[: int(len(data) * arg)]
    buffer = bytearray(data)
    for where, value in arg:
        buffer[min(len(buffer) - 1, int(len(buffer) * where))] = value
    return bytes(buffer)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(how=damage)
def test_damaged_exchange_file(store: Store, tmp_path: Path, exchange_bytes: bytes, how):
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(_apply(exchange_bytes, how))
    before = _dump(store, tmp_path / "before.json")
    try:
        import_json(store, damaged)
    except ImportFileError as error:
        assert error.message
        assert _dump(store, tmp_path / "after.json") == before


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(how=damage)
def test_damaged_database_file(template_db: Path, tmp_path: Path, how):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(_apply(template_db.read_bytes(), how))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        store = open_store(path)
    except StorageError as error:
        assert error.message
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        return
    try:  # a damage SQLite does not notice at open must still fail cleanly on use
        from dordtwest_desktop.services.meetings import MeetingService
        from dordtwest_desktop.services.programme import ProgrammeService

        ProgrammeService(store).overview()
        for meeting in MeetingService(store).meetings():
            MeetingService(store).detail(meeting.id)
    except DomainError as error:
        assert error.message
    finally:
        store.close()
