"""At start, a database busy with another program's write is not called damaged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from dordtwest_desktop.store import database
from dordtwest_desktop.ui import startup

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite"


def test_an_upgrade_blocked_by_another_writer_offers_to_try_again(tmp_path: Path, monkeypatch):
    path = tmp_path / "oud.sqlite"
    shutil.copyfile(FIXTURE, path)
    holder = sqlite3.connect(path.as_uri(), uri=True, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(database, "WRITE_WAIT_MS", 200)
    asked: list[str] = []
    monkeypatch.setattr(startup, "_ask_retry", lambda message: asked.append(message) or False)
    monkeypatch.setattr(
        startup, "_ask_way_out", lambda *a: (_ for _ in ()).throw(AssertionError("restore offered"))
    )
    try:
        assert startup.open_interactively(path) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert asked and "bezig met een andere bewerking" in asked[0]
    # Once the other program is done, the same file opens and is upgraded.
    monkeypatch.setattr(startup, "_ask_retry", lambda message: False)
    opened = startup.open_interactively(path)
    assert opened is not None
    store, lock = opened
    store.close()
    if lock is not None:
        lock.unlock()
