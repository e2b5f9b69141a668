"""The import of a large exchange file: read in chunks, new records inserted column by column.

Both are shortcuts for files in export_json's layout going into empty SQLite tables;
every test here holds them to the plain path: the same records written, the same
refusal with the same message, nothing written when refused.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.types import DateTime

from dordtwest_desktop.domain.errors import DomainError, ImportFileError
from dordtwest_desktop.store import bulk_insert, exchange, exchange_stream
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import export_json, import_json, tables
from dordtwest_desktop.store.types import parse_uuid
from tests.store.test_import_validation import CASES, _mutation, rich  # noqa: F401 (a fixture)

Outcome = tuple[str, Any]


def write_layout(document: dict, path: Path) -> Path:
    """The document in export_json's layout: one record a line, tables parents first."""
    lines = ["{"]
    lines += [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in document.items() if k != "tables"]
    lines.append(' "tables": {')
    blocks = []
    for table in tables():
        rows = document["tables"].get(table.name)
        if rows is None:
            continue
        if not rows:
            blocks.append(f"  {json.dumps(table.name)}: []")
            continue
        # ensure_ascii: a lone surrogate is written as \ud800, as JSON lets a file hold it.
        records = ",\n".join("   " + json.dumps(row, separators=(",", ":")) for row in rows)
        blocks.append(f"  {json.dumps(table.name)}: [\n{records}\n  ]")
    lines.append(",\n".join(blocks))
    lines += [" }", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def exported(rich: tuple[Path, dict]) -> tuple[Path, dict]:  # noqa: F811 (the fixture)
    """The enriched programme's `export json` file (beside its database) and document."""
    return rich[0].with_name("rich.json"), rich[1]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of two records, so that every table of the seed is read in several."""
    monkeypatch.setattr(exchange_stream, "CHUNK_ROWS", 2)


def _tables(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def _outcome(path: Path, folder: Path, *, whole: bool = False) -> Outcome:
    """Import into an empty database: ("refused", message) or ("written", its export)."""
    folder.mkdir()
    store = open_store(folder / "db.sqlite", seed=False)
    try:
        try:
            if whole:
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(bulk_insert, "applies", lambda *_: False)
                    patch.setattr(exchange_stream, "read_header", _not_streamable)
                    import_json(store, path)
            else:
                import_json(store, path)
        except DomainError as error:
            export_json(store, folder / "after.json")
            assert not any(_tables(folder / "after.json").values()), "refused, yet written"
            return "refused", error.message
        export_json(store, folder / "after.json")
        return "written", _tables(folder / "after.json")
    finally:
        store.close()


def _not_streamable(*_: object) -> dict:
    raise exchange_stream.NotStreamable


def test_an_own_export_is_read_in_chunks_not_whole(
    exported: tuple[Path, dict], tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch
):
    def whole(path: Path) -> exchange.Rows:
        raise AssertionError("the file was read whole")

    monkeypatch.setattr(exchange, "read_exchange_file", whole)
    kind, written = _outcome(exported[0], tmp_path / "streamed")
    assert kind == "written"
    assert written == exported[1]["tables"]


def test_the_column_path_writes_what_the_record_path_writes(
    exported: tuple[Path, dict], tmp_path: Path, small_chunks: None
):
    fast = _outcome(exported[0], tmp_path / "fast")
    plain = _outcome(exported[0], tmp_path / "plain", whole=True)
    assert fast == plain
    assert fast[0] == "written" and sum(map(len, fast[1].values())) > 80


def test_the_indexes_and_triggers_come_back_as_they_were(
    exported: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(exchange, "BULK_ROWS", 50)
    fresh = open_store(tmp_path / "fresh.sqlite", seed=False)
    fresh.close()
    target = open_store(tmp_path / "target.sqlite", seed=False)
    try:
        # Enough records for the bulk merge, which sets the indexes aside.
        assert sum(map(len, exported[1]["tables"].values())) >= exchange.BULK_ROWS
        import_json(target, exported[0])
    finally:
        target.close()

    def schema(path: Path) -> list[tuple[str, str]]:
        with sqlite3.connect(path) as connection:
            return sorted(
                connection.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                ).fetchall()
            )

    assert schema(tmp_path / "target.sqlite") == schema(tmp_path / "fresh.sqlite")
    with sqlite3.connect(tmp_path / "target.sqlite") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_merge_into_a_programme_reads_in_chunks_too(
    store: Store, exported: tuple[Path, dict], tmp_path: Path, small_chunks: None
):
    """Into a database that holds records (SQLite and PostgreSQL): the record path, in chunks."""
    counts = import_json(store, exported[0])
    assert counts["milestone"] == len(exported[1]["tables"]["milestone"])
    export_json(store, tmp_path / "after.json")
    assert _tables(tmp_path / "after.json")["milestone"] == exported[1]["tables"]["milestone"]


def _set(table: str, index: int, field: str, value: Any) -> Callable[[dict], None]:
    def apply(document: dict) -> None:
        document["tables"][table][index][field] = value

    return apply


def _pop(table: str, index: int, field: str) -> Callable[[dict], None]:
    return lambda document: document["tables"][table][index].pop(field)


def _copy_id(table: str) -> Callable[[dict], None]:
    """A record twice, the second time far from the first (another chunk)."""

    def apply(document: dict) -> None:
        rows = document["tables"][table]
        rows[-1]["id"] = rows[0]["id"]

    return apply


MUTATIONS: dict[str, Callable[[dict], None]] = {
    **{f"{t}.{f}={str(v)[:12]}": _set(t, 0, f, v) for t, f, v in CASES},
    "uuid in capitals": lambda d: d["tables"]["milestone"][3].update(
        id=d["tables"]["milestone"][3]["id"].upper()
    ),
    "uuid in braces": lambda d: d["tables"]["milestone"][3].update(
        id="{" + d["tables"]["milestone"][3]["id"] + "}"
    ),
    "uuid without hyphens": _set("milestone", 4, "id", uuid.uuid4().hex),
    "uuid with a letter past f": _set("milestone", 4, "id", "g" + str(uuid.uuid4())[1:]),
    "uuid too short": _set("milestone", 4, "id", str(uuid.uuid4())[:-1]),
    "uuid a number": _set("milestone", 4, "id", 12),
    "reference to nothing": _set("milestone", 4, "initiative_id", str(uuid.uuid4())),
    "missing nullable field": _pop("milestone", 4, "notes"),
    "missing required field": _pop("milestone", 4, "title"),
    "unknown field": _set("milestone", 4, "kleur", "rood"),
    "lone surrogate": _set("milestone", 4, "title", "a\ud800b"),
    "text too long": _set("component", 5, "name", "x" * 5000),
    "boolean for a number": _set("agenda_item", 1, "position", True),
    "float for a number": _set("agenda_item", 1, "position", 1.0),
    "unknown status": _set("milestone", 2, "status", "zomaar"),
    "time with an offset": _set("history", 3, "at", "2024-05-01T10:00:00+02:00"),
    "time with microseconds": _set("history", 3, "at", "2024-05-01T10:00:00.000123"),
    "time as a week date": _set("history", 3, "at", "2024-W18-3T10:00:00"),
    "time damaged": _set("history", 3, "at", "2024-13-01T10:00:00"),
    "version zero": _set("milestone", 4, "version", 0),
    "null where required": _set("milestone", 4, "title", None),
    "the same id twice": _copy_id("milestone"),
    "the same id twice in one chunk, in capitals": lambda d: d["tables"]["milestone"][1].update(
        id=d["tables"]["milestone"][0]["id"].upper()
    ),
    "the same id twice in one chunk, without hyphens": lambda d: d["tables"]["goal"][2].update(
        id=d["tables"]["goal"][0]["id"].replace("-", "")
    ),
    "an id with a line break": _set("milestone", 4, "id", str(uuid.uuid4()) + "\n"),
    "empty table": lambda d: d["tables"].update(milestone=[]),
}


@pytest.mark.parametrize(
    "respell", [str.upper, lambda ident: ident.replace("-", ""), lambda ident: ident]
)
def test_a_record_twice_is_named_however_its_id_is_spelled(
    exported: tuple[Path, dict], tmp_path: Path, respell: Callable[[str], str]
):
    document = json.loads(json.dumps(exported[1]))
    goals = document["tables"]["goal"]
    goals[2]["id"] = respell(goals[0]["id"])
    outcome = _outcome(write_layout(document, tmp_path / "twice.json"), tmp_path / "db")
    assert outcome[0] == "refused"
    assert "twice" in outcome[1] or "twee keer" in outcome[1]
    assert goals[2]["id"] in outcome[1]  # the record that repeats, as the file spells it


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_every_file_gets_the_plain_paths_answer(
    exported: tuple[Path, dict], tmp_path: Path, small_chunks: None, name: str
):
    document = json.loads(json.dumps(exported[1]))
    MUTATIONS[name](document)
    streamed = _outcome(write_layout(document, tmp_path / "layout.json"), tmp_path / "fast")
    plain = _outcome(
        write_layout(document, tmp_path / "plain.json"), tmp_path / "plain", whole=True
    )
    assert streamed == plain


@pytest.mark.slow
def test_any_mutation_gets_the_plain_paths_answer(exported: tuple[Path, dict], tmp_path: Path):
    document = exported[1]
    runs = iter(range(10**6))

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(mutate=_mutation(document))
    def check(mutate: Callable[[dict], None]) -> None:
        changed = json.loads(json.dumps(document))
        mutate(changed)
        folder = tmp_path / str(next(runs))
        folder.mkdir()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(exchange_stream, "CHUNK_ROWS", 3)
            streamed = _outcome(write_layout(changed, folder / "in.json"), folder / "fast")
        plain = _outcome(folder / "in.json", folder / "plain", whole=True)
        assert streamed == plain

    check()


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # broken off mid-file
        lambda text: text.replace('"tables": {', '"tables": {\n  "milestone": [],', 1),
        lambda text: text.replace("},\n   {", "}\n   {", 1),  # a comma missing
        lambda text: text.replace("}\n  ]", "},\n  ]", 1),  # a comma too many
        lambda text: text.rstrip() + "\n{}\n",  # something after the end
        lambda text: text.replace("\n", "\r\n"),  # written on Windows: read whole, imports
        lambda text: text.replace('"version": 1', '"version": 2', 1),
    ],
    ids=["truncated", "repeated table", "no comma", "comma", "trailing", "crlf", "version"],
)
def test_a_file_off_the_layout_gets_the_whole_readers_answer(
    exported: tuple[Path, dict], tmp_path: Path, small_chunks: None, damage
):
    changed = tmp_path / "changed.json"
    changed.write_text(damage(exported[0].read_text(encoding="utf-8")), encoding="utf-8")
    streamed = _outcome(changed, tmp_path / "fast")
    plain = _outcome(changed, tmp_path / "plain", whole=True)
    assert streamed == plain
    if streamed[0] == "refused":
        assert "\n" not in streamed[1]


def test_a_truncated_file_names_its_line(exported: tuple[Path, dict], tmp_path: Path):
    text = exported[0].read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite", seed=False)
    try:
        with pytest.raises(ImportFileError, match=r"line|regel"):
            import_json(store, broken)
    finally:
        store.close()


_canonical_uuids = st.lists(st.uuids().map(str), max_size=30)


@given(_canonical_uuids, st.lists(st.booleans(), max_size=30))
def test_uuids_in_the_file_form_are_read_as_one_text(texts: list[str], upper: list[bool]):
    spelled = [t.upper() if up else t for t, up in zip(texts, upper + [False] * 30, strict=False)]
    assert bulk_insert._uuid_hex(spelled) == [uuid.UUID(t).hex for t in texts]


@given(
    st.lists(
        st.one_of(
            st.uuids().map(str),
            st.text(alphabet="0123456789abcdefABCDEFg-\n {}", min_size=30, max_size=40),
            st.uuids().map(lambda u: u.hex),
        ),
        max_size=8,
    )
)
def test_a_uuid_column_is_declined_or_read_as_uuid_reads_it(texts: list[str]):
    try:
        found = bulk_insert._uuid_hex(texts)
    except bulk_insert.Declined:
        return
    assert found == [parse_uuid(t).hex for t in texts]
    assert all(len(t) == 36 for t in texts)


@given(
    st.lists(
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)), max_size=20
    )
)
def test_times_are_stored_as_sqlalchemy_stores_them(moments: list[datetime]):
    process = (
        DateTime().dialect_impl(sqlite_dialect.dialect()).bind_processor(sqlite_dialect.dialect())
    )
    assert process is not None
    texts = [moment.isoformat() for moment in moments]
    assert bulk_insert._stored_times(texts) == [process(moment) for moment in moments]


def test_a_time_with_an_offset_is_declined():
    aware = datetime(2024, 5, 1, 10, tzinfo=UTC) + timedelta(hours=2)
    with pytest.raises(bulk_insert.Declined):
        bulk_insert._stored_times([aware.isoformat()])


def _empty_after(store: Store, folder: Path) -> bool:
    export_json(store, folder / "after.json")
    return not any(_tables(folder / "after.json").values())


@pytest.mark.parametrize("layout", ["own", "other"])
def test_progress_is_told_per_chunk_and_a_cancel_writes_nothing(
    exported: tuple[Path, dict], tmp_path: Path, small_chunks: None, layout: str
):
    path = exported[0]
    if layout == "other":  # read whole: one step per table
        path = tmp_path / "other.json"
        path.write_text(json.dumps(exported[1], indent=1), encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite", seed=False)
    try:
        told: list[tuple[int, int]] = []
        import_json(store, path, progress=lambda done, total: told.append((done, total)))
        assert len(told) >= 10
        assert [done for done, _ in told] == sorted({done for done, _ in told})
        # Short of the end: a progress dialog closes itself at its maximum.
        assert all(done < total for done, total in told)
        assert told[-1][0] == sum(map(len, exported[1]["tables"].values()))

        fresh = open_store(tmp_path / "fresh.sqlite", seed=False)
        asked = iter(range(100))
        with pytest.raises(exchange.ExchangeCancelled):
            import_json(fresh, path, cancelled=lambda: next(asked) >= 3)
        assert _empty_after(fresh, tmp_path)
        fresh.close()
    finally:
        store.close()


def test_a_file_broken_off_is_told_before_anything_is_merged(
    exported: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    text = exported[0].read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(text[: len(text) * 9 // 10], encoding="utf-8")

    def merged(*_: object) -> None:
        raise AssertionError("records were read from a file that was broken off")

    monkeypatch.setattr(exchange_stream, "read_chunks", merged)
    store = open_store(tmp_path / "db.sqlite", seed=False)
    try:
        with pytest.raises(ImportFileError):
            import_json(store, broken)
    finally:
        store.close()
