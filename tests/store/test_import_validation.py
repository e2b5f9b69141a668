"""An imported record passes the same rules as the record typed in a form (issue 10, 4–5).

Real SQLite files, real exports. A refused file changes nothing and says in one
sentence which record and which field; an accepted file leaves every document
exportable.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dordtwest_desktop.domain.enums import ActionStatus, ItemKind, Outcome
from dordtwest_desktop.domain.errors import DomainError, ImportFileError, ValidationError
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.dto import ActionDTO, AgendaItemDTO, AnnotationDTO, DecisionDTO
from dordtwest_desktop.services.indicators import (
    IndicatorDTO,
    IndicatorService,
    IndicatorValueDTO,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import export_json, import_json
from tests.helpers import make_pdf

Tables = dict[str, list[dict[str, Any]]]


def _enrich(store: Store) -> None:
    """The seed plus a record of every kind the seed lacks: attachment, decision, figures…"""
    meetings = MeetingService(store)
    meeting = next(m for m in meetings.meetings() if meetings.detail(m.id).agenda)
    item = meetings.detail(meeting.id).agenda[0].item
    AttachmentService(store).add_bytes(item.id, "bijlage.pdf", make_pdf(2))
    meetings.record_decision(
        DecisionDTO(id=uuid.uuid4(), item_id=item.id, text="Besloten", outcome=Outcome.ADOPTED)
    )
    when = datetime(2025, 1, 6, 10, 0)
    meetings.save_annotation(
        AnnotationDTO(
            id=uuid.uuid4(),
            item_id=item.id,
            author="A",
            text="Opmerking",
            created_at=when,
            updated_at=when,
        ),
        "A",
    )
    meetings.save_action(
        ActionDTO(
            id=uuid.uuid4(),
            description="Nabellen",
            owner="B",
            status=ActionStatus.OPEN,
            meeting_id=meeting.id,
            created_at=when,
        )
    )
    IndicatorService(store).save_indicator(
        IndicatorDTO(
            id=uuid.uuid4(),
            name="Veiligheidsindex",
            values=(
                IndicatorValueDTO(uuid.uuid4(), 2022, 5.0, 6.0, 6.5),
                IndicatorValueDTO(uuid.uuid4(), 2023, 5.5, 6.0),
            ),
        )
    )


@pytest.fixture(scope="module")
def rich(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A seeded, enriched database file and its `export json` document."""
    folder = tmp_path_factory.mktemp("rich")
    path = folder / "rich.sqlite"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    _enrich(store)
    export_json(store, folder / "rich.json")
    store.close()
    return path, json.loads((folder / "rich.json").read_text(encoding="utf-8"))


@pytest.fixture
def rich_store(rich: tuple[Path, dict], tmp_path: Path, backend: str, request):
    """The enriched programme on each backend (to the server with the app's copy)."""
    path = tmp_path / "db.sqlite"
    shutil.copyfile(rich[0], path)
    if backend == "sqlite":
        store = open_store(path)
        yield store
        store.close()
        return
    from dordtwest_desktop.services.storage import copy_programme
    from tests.conftest import pg_url

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database()
    url = pg_url(cluster, name)
    copy_programme(path, url)
    store = open_store(url)
    yield store
    store.close()
    cluster.drop_database(name)


def _dump(store: Store, path: Path) -> Tables:
    export_json(store, path)
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def _write(document: dict, path: Path) -> Path:
    # ensure_ascii: a lone surrogate is written as \ud800, as a hand-made file has it.
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _refused(store: Store, tmp_path: Path, document: dict) -> str:
    """Import the document; it must be refused whole, the store unchanged. The message."""
    before = _dump(store, tmp_path / "before.json")
    with pytest.raises(ImportFileError) as caught:
        import_json(store, _write(document, tmp_path / "in.json"))
    assert _dump(store, tmp_path / "after.json") == before
    message = caught.value.message
    assert "\n" not in message and "Traceback" not in message
    return message


def _mutated(document: dict, table: str, field: str, value: Any) -> dict:
    copy = json.loads(json.dumps(document))
    copy["tables"][table][0][field] = value
    return copy


CASES = [
    ("indicator_value", "dordt_west", math.inf),
    ("indicator_value", "dordt_west", 1e308),
    ("indicator_value", "dordrecht", math.nan),
    ("indicator_value", "dordt_west", "veel"),
    ("indicator", "target", -math.inf),
    ("attachment", "page_count", 100_000),
    ("attachment", "sha256", "0" * 64),
    ("attachment", "content", "aGFsbG8gd2VyZWxk"),  # "hallo wereld", no PDF
    ("agenda_item", "duration_minutes", -100_000),
    ("agenda_item", "duration_minutes", 10**9),
    ("agenda_item", "position", 2**70),
    ("pillar", "position", -1),
    ("funding_line", "requested_cents", 10**30),
    ("meeting", "day", "0001-01-01"),
    ("meeting", "body", "funder"),  # a funder holds no meetings of the programme
    ("goal", "title", "   "),
]


@pytest.mark.parametrize(("table", "field", "value"), CASES, ids=lambda v: str(v)[:20])
def test_a_record_that_breaks_a_rule_is_refused_whole(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path, table: str, field: str, value: Any
):
    document = _mutated(rich[1], table, field, value)
    message = _refused(rich_store, tmp_path, document)
    record = document["tables"][table][0]
    assert f"'{table}'" in message and f"'{field}'" in message, message
    assert record["id"] in message, message
    assert message.startswith("Er is niets geïmporteerd"), message


def test_the_import_gives_the_forms_own_reason(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path
):
    """One rule, two doors: the agenda item dialog and the import say the same thing."""
    meetings = MeetingService(rich_store)
    meeting = meetings.meetings()[0]
    with pytest.raises(ValidationError) as typed:
        meetings.save_item(
            AgendaItemDTO(
                id=uuid.uuid4(),
                meeting_id=meeting.id,
                kind=ItemKind.DISCUSSION,
                title="Punt",
                duration_minutes=-100_000,
            )
        )
    assert typed.value.field == "duration"
    message = _refused(
        rich_store, tmp_path, _mutated(rich[1], "agenda_item", "duration_minutes", -100_000)
    )
    assert typed.value.message in message


def test_nan_and_unique_violations_are_named_for_what_they_are(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path
):
    nan = _refused(
        rich_store, tmp_path, _mutated(rich[1], "indicator_value", "dordrecht", math.nan)
    )
    assert "niet bestaat" not in nan and "'dordrecht'" in nan
    twice = json.loads(json.dumps(rich[1]))
    twice["tables"]["indicator"].append(
        {**twice["tables"]["indicator"][0], "id": str(uuid.uuid4())}
    )
    unique = _refused(rich_store, tmp_path, twice)
    assert "niet bestaat" not in unique and "'name'" in unique and "al deze waarde" in unique
    decided = json.loads(json.dumps(rich[1]))
    decided["tables"]["decision"].append(
        {**decided["tables"]["decision"][0], "id": str(uuid.uuid4())}
    )
    assert "niet bestaat" not in _refused(rich_store, tmp_path, decided)


def test_a_dangling_reference_is_named(rich_store: Store, rich: tuple[Path, dict], tmp_path: Path):
    document = _mutated(rich[1], "agenda_item", "meeting_id", str(uuid.uuid4()))
    message = _refused(rich_store, tmp_path, document)
    assert "'meeting_id'" in message and "niet bestaat" in message


def test_a_lone_surrogate_blames_the_file_not_the_database(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path
):
    message = _refused(rich_store, tmp_path, _mutated(rich[1], "meeting", "title", "Raad \ud800"))
    assert "'title'" in message and "Unicode" in message
    assert "back-up" not in message.lower() and "beschadigd" not in message


def test_a_goal_nested_under_itself_is_refused(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path
):
    document = json.loads(json.dumps(rich[1]))
    first, second = document["tables"]["goal"][:2]
    first["parent_id"], second["parent_id"] = second["id"], first["id"]
    assert "'parent_id'" in _refused(rich_store, tmp_path, document)


def test_deeply_nested_json_is_one_sentence(rich_store: Store, tmp_path: Path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000, encoding="utf-8")
    with pytest.raises(ImportFileError, match="te diep genest"):
        import_json(rich_store, path)


def test_a_huge_integer_is_one_sentence(rich_store: Store, rich: tuple[Path, dict], tmp_path: Path):
    text = json.dumps(rich[1]).replace('"position": 1,', '"position": ' + "9" * 5000 + ",", 1)
    assert "9" * 5000 in text
    path = tmp_path / "huge.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match="veel te groot getal"):
        import_json(rich_store, path)
    # Below Python's own limit the number reaches the row check.
    text = json.dumps(rich[1]).replace('"position": 1,', '"position": ' + "9" * 400 + ",", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match="400 cijfers"):
        import_json(rich_store, path)


# -- hypothesis: any mutation is refused whole, or leaves every document exportable ---
def _values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([-1, 0, 2**31, 2**63, -(2**63) - 1, 10**400, 1440, 1441, 100_000]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(["", " ", "\ud800", "2024", "Q1 2024", "00:00:00", "x" * 300]),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )


EDGES = [math.inf, -math.inf, math.nan, 1e308, -1e308, -100_000, 10**9, 2**63, 2**70, -1]


def _mutation(document: dict) -> st.SearchStrategy[Callable[[dict], None]]:
    tables = [name for name, rows in document["tables"].items() if rows]

    @st.composite
    def build(draw: st.DrawFn) -> Callable[[dict], None]:
        table = draw(st.sampled_from(tables))
        index = draw(st.integers(0, len(document["tables"][table]) - 1))
        field = draw(st.sampled_from(sorted(document["tables"][table][index])))
        kind = draw(
            st.sampled_from(["value", "edge", "edge", "delete", "reference", "nest", "copy"])
        )
        value = draw(_values())
        if kind == "edge":
            # A number where a number belongs, but out of the range a form allows.
            numeric = sorted(
                (t, i, f)
                for t in tables
                for i, row in enumerate(document["tables"][t])
                for f, v in row.items()
                if isinstance(v, int | float) and not isinstance(v, bool)
            )
            table, index, field = draw(st.sampled_from(numeric))
            value = draw(st.sampled_from(EDGES))
        other = draw(st.sampled_from(tables))

        def apply(doc: dict) -> None:
            row = doc["tables"][table][index]
            if kind in ("value", "edge"):
                row[field] = value
            elif kind == "delete":
                del row[field]
            elif kind == "reference":
                target = doc["tables"][other][0]
                row[field] = target.get("id", str(uuid.uuid4()))
            elif kind == "nest":
                row[field] = [[[row[field]]]]
            else:
                doc["tables"][table].append({**row, "id": str(uuid.uuid4())})

        apply.__doc__ = f"{kind} {table}[{index}].{field} = {value!r}"[:200]
        return apply

    return build()


def _every_export_works(store: Store, folder: Path) -> None:
    export_document(store, "dashboard", out=folder / "dashboard.pdf")
    for meeting in MeetingService(store).meetings():
        for what in ("pack", "decisions"):
            export_document(store, what, meeting=str(meeting.id), out=folder / f"{what}.pdf")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="slow on Windows runners")
def test_any_mutation_is_refused_whole_or_keeps_every_export_working(
    rich: tuple[Path, dict], tmp_path: Path
):
    document = rich[1]

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(mutate=_mutation(document))
    def check(mutate: Callable[[dict], None]) -> None:
        path = tmp_path / "db.sqlite"
        for stale in tmp_path.glob("db.sqlite*"):
            stale.unlink()
        shutil.copyfile(rich[0], path)
        changed = json.loads(json.dumps(document))
        mutate(changed)
        store = open_store(path)
        try:
            before = _dump(store, tmp_path / "before.json")
            try:
                import_json(store, _write(changed, tmp_path / "in.json"))
            except DomainError as error:
                assert error.message and "\n" not in error.message
                assert _dump(store, tmp_path / "after.json") == before
                return
            _every_export_works(store, tmp_path)
        finally:
            store.close()

    check()


def test_a_null_position_is_refused_whole_not_a_crash(tmp_path: Path):
    """Found by the mutation test: `"position": null` on an indicator."""
    store = open_store(tmp_path / "db.sqlite")
    try:
        IndicatorService(store).save_indicator(
            IndicatorDTO(id=uuid.uuid4(), name="Voorbeeld (voorbeeld)")
        )
        out = tmp_path / "export.json"
        export_json(store, out)
        data = json.loads(out.read_text(encoding="utf-8"))
        data["tables"]["indicator"][0]["position"] = None
        out.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(DomainError) as refused:
            import_json(store, out)
        assert "indicator" in refused.value.message
    finally:
        store.close()


def test_a_file_older_than_the_stored_record_is_a_conflict(
    rich_store: Store, rich: tuple[Path, dict], tmp_path: Path
):
    from dataclasses import replace

    from dordtwest_desktop.services.programme import ProgrammeService

    programme = ProgrammeService(rich_store)
    goal = programme.goals()[0]
    programme.save_goal(replace(goal, title="Gewijzigd na de export (voorbeeld)"))
    document = json.loads(json.dumps(rich[1]))
    row = next(r for r in document["tables"]["goal"] if r["id"] == str(goal.id))
    row["title"] = "Titel uit het oude bestand (voorbeeld)"
    message = _refused(rich_store, tmp_path, document)
    assert "nieuwere versie" in message and "'version'" in message
    assert next(g for g in programme.goals() if g.id == goal.id).title == (
        "Gewijzigd na de export (voorbeeld)"
    )
