"""Indicators: editing with figures, the CSV import (good and bad files), the migration."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.enums import Assessment, Direction
from dordtwest_desktop.domain.errors import DomainError, ImportFileError, ValidationError
from dordtwest_desktop.services.imports import import_files
from dordtwest_desktop.services.indicators import (
    IndicatorDTO,
    IndicatorService,
    IndicatorValueDTO,
    import_csv,
)
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import dump
from tests.helpers import unversioned

HEADER = "indicator;jaar;dordt_west;dordrecht;nederland"
# Example figures, made up for the tests.
GOOD = f"""{HEADER}
Leefbaarometer (voorbeeld);2020;3,9;4,1;4,2
Leefbaarometer (voorbeeld);2022;4,0;4,1;
Werkloosheid % (voorbeeld);2022;8,6;5,1;3,6
"""


def value(year: int, west: float, average: float, country: float | None = None):
    return IndicatorValueDTO(uuid.uuid4(), year, west, average, country)


def indicator(name: str = "Veilig in de buurt (voorbeeld)", **kw) -> IndicatorDTO:
    return IndicatorDTO(id=uuid.uuid4(), name=name, **kw)


def write(tmp_path: Path, content: str, name: str = "cijfers.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


@pytest.fixture
def service(store: Store) -> IndicatorService:
    return IndicatorService(store)


# -- editing --------------------------------------------------------------------------


def test_the_default_database_holds_no_indicators(service: IndicatorService):
    assert service.indicators() == ()


def test_save_read_update_and_delete(service: IndicatorService, store: Store):
    pillar = ProgrammeService(store).pillars()[4]
    new = indicator(
        pillar_id=pillar.id,
        unit="%",
        direction=Direction.HIGHER_IS_BETTER,
        source="Veiligheidsmonitor",
        values=(value(2023, 73, 83, 85), value(2019, 71, 82)),
    )
    assert service.save_indicator(new) is None
    stored = service.indicator(new.id)
    assert [v.year for v in stored.values] == [2019, 2023]
    assert stored.evaluation().assessment is Assessment.VERY_UNFAVOURABLE
    changed = replace(stored, target=80.0, values=(value(2021, 74, 83), *stored.values[1:]))
    previous = service.save_indicator(changed)
    assert previous == stored
    again = service.indicator(new.id)
    assert [v.year for v in again.values] == [2021, 2023]
    assert again.target == 80.0
    assert again.version == stored.version + 1
    service.save_indicator(replace(previous, version=again.version))  # the undo of an edit
    undone = service.indicator(new.id)
    assert undone == replace(stored, version=again.version + 1)
    snapshot = service.delete_indicator(new.id)
    assert service.indicators() == ()
    service.restore(snapshot)
    assert service.indicator(new.id) == undone


def test_re_adding_a_removed_year_in_one_edit(service: IndicatorService):
    new = indicator(values=(value(2020, 1, 2),))
    service.save_indicator(new)
    service.save_indicator(replace(service.indicator(new.id), values=(value(2020, 5, 6),)))
    assert [(v.year, v.dordt_west) for v in service.indicator(new.id).values] == [(2020, 5)]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"values": (value(2020, 1, 2), value(2020, 3, 4))}, "values"),
        ({"values": (value(1200, 1, 2),)}, "values"),
        ({"values": (value(2020, float("nan"), 2),)}, "values"),
        ({"target": float("inf")}, "target"),
        ({"unit": "x" * 101}, "unit"),
    ],
)
def test_refused_input(service: IndicatorService, change, field):
    with pytest.raises(ValidationError) as caught:
        service.save_indicator(replace(indicator(), **change))
    assert caught.value.field == field
    assert service.indicators() == ()


def test_names_are_unique_whatever_their_case(service: IndicatorService):
    service.save_indicator(indicator("Leefbaarometer"))
    with pytest.raises(ValidationError, match=r"(?i)leefbaarometer"):
        service.save_indicator(indicator("LEEFBAAROMETER"))


# -- importing ------------------------------------------------------------------------


def test_import_creates_unknown_indicators_and_replaces_figures(store: Store, tmp_path: Path):
    summary = import_csv(store, write(tmp_path, GOOD))
    assert (summary.rows, summary.indicators, summary.added, summary.updated) == (3, 2, 3, 0)
    assert summary.created == ("Leefbaarometer (voorbeeld)", "Werkloosheid % (voorbeeld)")
    assert "cijfers.csv" in summary.message()
    found = {i.name: i for i in IndicatorService(store).indicators()}
    leefbaar = found["Leefbaarometer (voorbeeld)"]
    assert [(v.year, v.dordt_west, v.dordrecht, v.netherlands) for v in leefbaar.values] == [
        (2020, 3.9, 4.1, 4.2),
        (2022, 4.0, 4.1, None),
    ]
    # No verdict until someone (or the file's `richting`) says which way is better.
    assert leefbaar.direction is Direction.UNKNOWN
    update = f"{HEADER}\nleefbaarometer (voorbeeld);2022;4,05;4,1;4,2\n"
    second = import_csv(store, write(tmp_path, update, "update.csv"))
    assert (second.created, second.added, second.updated) == ((), 0, 1)
    assert IndicatorService(store).indicator(leefbaar.id).values[-1].dordt_west == 4.05


def test_an_import_can_be_undone(store: Store, tmp_path: Path):
    service = IndicatorService(store)
    existing = indicator("Leefbaarometer (voorbeeld)", values=(value(2020, 1, 1),))
    service.save_indicator(existing)
    with store.transaction() as session:
        before = unversioned(dump(session))
    summary = service.import_csv(write(tmp_path, GOOD))
    assert summary.updated == 1 and summary.created == ("Werkloosheid % (voorbeeld)",)
    service.revert(summary.revert)
    with store.transaction() as session:
        # An undo is a change of its own: contents come back, versions move on.
        assert unversioned(dump(session)) == before


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (GOOD + "Werkloosheid % (voorbeeld);2023;acht;5,1;\n", 5),
        (GOOD + "Werkloosheid % (voorbeeld);2022;8,6;5,1;\n", 5),
        (GOOD.replace("2020;3,9", "2020;"), 2),
        ("indicator;jaar;waarde\nA;2020;1\n", 1),
    ],
)
def test_a_bad_file_names_its_line_and_imports_nothing(
    store: Store, tmp_path: Path, content: str, line: int
):
    with store.transaction() as session:
        before = dump(session)
    with pytest.raises(ImportFileError) as caught:
        import_csv(store, write(tmp_path, content))
    assert "cijfers.csv" in caught.value.message
    assert f" {line}" in caught.value.message
    with store.transaction() as session:
        assert dump(session) == before


def test_missing_file_and_windows_encoding(store: Store, tmp_path: Path):
    with pytest.raises(ImportFileError, match=r"bestaat niet|does not exist"):
        import_csv(store, tmp_path / "weg.csv")
    summary = import_csv(
        store, write(tmp_path, f"{HEADER}\nGezondheid ±;2022;1;2;\n", encoding="cp1252")
    )
    assert summary.created == ("Gezondheid ±",)


def test_import_files_checks_every_file_before_storing_any(store: Store, tmp_path: Path):
    good = write(tmp_path, GOOD, "goed.csv")
    bad = write(tmp_path, f"{HEADER}\nA;2020;1;x;\n", "fout.csv")
    with pytest.raises(ImportFileError, match=r"fout\.csv"):
        import_files(store, "indicators", [good, bad], author=None)
    assert IndicatorService(store).indicators() == ()
    other = write(tmp_path, f"{HEADER}\nB (voorbeeld);2021;1;2;\n", "ander.csv")
    message = import_files(store, "indicators", [good, other], author=None)
    assert "goed.csv" in message and "ander.csv" in message
    assert len(IndicatorService(store).indicators()) == 3


def test_importing_remarks_from_pdf_is_not_there_yet(store: Store, tmp_path: Path):
    with pytest.raises(DomainError):
        import_files(store, "annotations", [tmp_path / "x.pdf"], author="A")


def test_the_command_line_imports(capsys, db_path: Path, tmp_path: Path):
    path = write(tmp_path, GOOD)
    assert main(["--db", str(db_path), "import", "indicators", str(path)]) == 0
    assert "cijfers.csv" in capsys.readouterr().out
    bad = write(tmp_path, f"{HEADER}\nA;2020;1;;\n", "fout.csv")
    assert main(["--db", str(db_path), "import", "indicators", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "fout.csv" in err and " 2" in err
    store = open_store(db_path)
    try:
        assert len(IndicatorService(store).indicators()) == 2
    finally:
        store.close()


# -- the migration --------------------------------------------------------------------


def test_a_database_of_schema_0001_gets_the_indicator_tables(template_db: Path, tmp_path: Path):
    from alembic.command import downgrade

    from dordtwest_desktop.store.migrate import _config

    path = tmp_path / "old.sqlite"
    shutil.copyfile(template_db, path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        downgrade(_config(connection), "0001")
    with engine.connect() as connection:
        tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert "indicator" not in tables
    store = open_store(path)
    try:
        assert IndicatorService(store).indicators() == ()
        assert len(ProgrammeService(store).milestones()) == 5  # the data came along
        IndicatorService(store).save_indicator(indicator(values=(value(2020, 1, 2),)))
    finally:
        store.close()
    backups = [p for p in tmp_path.rglob("*.sqlite") if p != path]
    assert backups, "a backup before migrating"


def test_the_files_direction_sets_a_new_or_unknown_one_and_never_overrules(
    store: Store, tmp_path: Path
):
    service = IndicatorService(store)
    first = (
        f"{HEADER};richting\nArmoede (voorbeeld);2022;12;8;;lager\nNieuw (voorbeeld);2022;1;2;;\n"
    )
    service.import_csv(write(tmp_path, first, "a.csv"))
    found = {i.name: i for i in service.indicators()}
    assert found["Armoede (voorbeeld)"].direction is Direction.LOWER_IS_BETTER
    assert found["Nieuw (voorbeeld)"].direction is Direction.UNKNOWN
    # A later file may set the unknown one, and its undo takes that back too.
    second = f"{HEADER};richting\nNieuw (voorbeeld);2023;1;2;;hoger is beter\n"
    summary = service.import_csv(write(tmp_path, second, "b.csv"))
    assert service.indicator(found["Nieuw (voorbeeld)"].id).direction is Direction.HIGHER_IS_BETTER
    service.revert(summary.revert)
    assert service.indicator(found["Nieuw (voorbeeld)"].id).direction is Direction.UNKNOWN
    # A set direction is not overruled by a file: the whole file is refused.
    third = f"{HEADER};richting\nArmoede (voorbeeld);2023;11;8;;hoger\n"
    with pytest.raises(ImportFileError) as refused:
        service.import_csv(write(tmp_path, third, "c.csv"))
    assert "lager is beter" in refused.value.message and "hoger is beter" in refused.value.message
    assert len(service.indicator(found["Armoede (voorbeeld)"].id).values) == 1
