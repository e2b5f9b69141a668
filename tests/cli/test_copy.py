"""`copy`: a whole programme between SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from dordtwest_desktop.cli import main
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.dto import AnnotationDTO, PersonDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.store.database import open_store
from tests.conftest import pg_url
from tests.helpers import make_pdf
from tests.pg_server import Cluster

PDF = make_pdf(3, "Bijlage voor de kopie")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exported(capsys: pytest.CaptureFixture[str], target: str | Path, out: Path) -> dict:
    code, _, err = run(capsys, "--db", str(target), "export", "json", "--out", str(out))
    assert code == 0, err
    return json.loads(out.read_text(encoding="utf-8"))["tables"]


def one_dutch_sentence(err: str) -> None:
    assert err.startswith("Fout: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "dordtwest-test" not in err  # never the password


@pytest.fixture
def empty_pg(pg_cluster: Cluster) -> Iterator[str]:
    name = pg_cluster.new_database()
    yield pg_url(pg_cluster, name)
    pg_cluster.drop_database(name)


@pytest.fixture
def seeded_pg(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    name = pg_cluster.new_database(template=pg_template)
    yield pg_url(pg_cluster, name)
    pg_cluster.drop_database(name)


def add_attachment_and_remark(target: str | Path) -> uuid.UUID:
    """A PDF attachment and a remark on the last meeting's first item; the attachment's id."""
    store = open_store(target)
    try:
        meetings = MeetingService(store)
        meeting = meetings.meetings()[-1]
        item = meetings.detail(meeting.id).agenda[0].item
        attachment = AttachmentService(store).add_bytes(item.id, "stukken.pdf", PDF)
        stamp = datetime(2025, 3, 1, 10, 0)
        meetings.save_annotation(
            AnnotationDTO(
                id=uuid.uuid4(),
                item_id=item.id,
                author="Sanne Bos",
                text="Akkoord, mits de wijkraad meeleest — één vraag over € 4,3 miljoen.",
                created_at=stamp,
                updated_at=stamp,
            ),
            user="Sanne Bos",
        )
        return attachment.id
    finally:
        store.close()


def test_seed_goes_to_the_server_and_back_unchanged(
    capsys: pytest.CaptureFixture[str], db_path: Path, empty_pg: str, tmp_path: Path
) -> None:
    attachment_id = add_attachment_and_remark(db_path)
    started = time.perf_counter()
    code, out, err = run(capsys, "copy", "--from", str(db_path), "--to", empty_pg)
    to_server = time.perf_counter() - started
    assert code == 0, err
    assert "gekopieerd" in out and "dordtwest-test" not in out
    lines = dict(line.strip().rsplit(maxsplit=1) for line in out.splitlines()[1:])
    assert lines["bijlagen"] == "1" and lines["opmerkingen"] == "1" and lines["doelen"] == "11"
    assert lines["koppelingen van agendapunten aan inspanningen"] == "16"
    assert "actiepunten" not in lines  # the seed has none: a table without rows is left out

    back = tmp_path / "terug.sqlite"
    started = time.perf_counter()
    code, _, err = run(capsys, "copy", "--from", empty_pg, "--to", str(back))
    from_server = time.perf_counter() - started
    assert code == 0, err

    source = exported(capsys, db_path, tmp_path / "bron.json")
    server = exported(capsys, empty_pg, tmp_path / "server.json")
    returned = exported(capsys, back, tmp_path / "terug.json")
    assert source == server == returned
    assert len(source["annotation"]) == 1
    for target in (empty_pg, back):
        store = open_store(target)
        try:
            assert AttachmentService(store).content(attachment_id) == PDF
        finally:
            store.close()
    print(f"copy seed -> PG {to_server:.2f} s, PG -> new file {from_server:.2f} s")


def test_a_target_that_holds_a_programme_is_refused_and_unchanged(
    capsys: pytest.CaptureFixture[str], db_path: Path, seeded_pg: str, tmp_path: Path
) -> None:
    add_attachment_and_remark(db_path)
    before = exported(capsys, seeded_pg, tmp_path / "voor.json")
    code, out, err = run(capsys, "copy", "--from", str(db_path), "--to", seeded_pg)
    assert code == 1 and out == ""
    one_dutch_sentence(err)
    assert "--merge" in err
    assert exported(capsys, seeded_pg, tmp_path / "na.json") == before

    other = tmp_path / "ander.sqlite"
    open_store(other).close()
    file_before = other.read_bytes()
    code, _, err = run(capsys, "copy", "--from", seeded_pg, "--to", str(other))
    assert code == 1
    one_dutch_sentence(err)
    assert other.read_bytes() == file_before


def test_merge_adds_the_source_by_uuid(
    capsys: pytest.CaptureFixture[str], db_path: Path, seeded_pg: str, tmp_path: Path
) -> None:
    attachment_id = add_attachment_and_remark(db_path)
    code, out, err = run(capsys, "copy", "--from", str(db_path), "--to", seeded_pg, "--merge")
    assert code == 0, err
    assert "samengevoegd" in out
    source = exported(capsys, db_path, tmp_path / "bron.json")
    merged = exported(capsys, seeded_pg, tmp_path / "doel.json")
    assert source == merged  # the same seed plus the same additions
    store = open_store(seeded_pg)
    try:
        assert AttachmentService(store).content(attachment_id) == PDF
    finally:
        store.close()


def test_a_conflicting_merge_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, seeded_pg: str, tmp_path: Path
) -> None:
    # The same organisation name under two UUIDs: the merge cannot hold both.
    for target in (db_path, seeded_pg):
        store = open_store(target)
        try:
            PeopleService(store).save_person(
                PersonDTO(id=uuid.uuid4(), name="Sanne Bos", organisation="Gemeente Dordrecht")
            )
        finally:
            store.close()
    add_attachment_and_remark(db_path)
    before = exported(capsys, seeded_pg, tmp_path / "voor.json")
    code, out, err = run(capsys, "copy", "--from", str(db_path), "--to", seeded_pg, "--merge")
    assert code == 1 and out == ""
    one_dutch_sentence(err)
    assert "organisation" in err
    assert exported(capsys, seeded_pg, tmp_path / "na.json") == before


def test_a_new_file_is_not_seeded_and_a_failed_copy_leaves_none(
    capsys: pytest.CaptureFixture[str], empty_pg: str, tmp_path: Path
) -> None:
    # An empty server database holds no programme: nothing to copy, no file made.
    target = tmp_path / "nieuw.sqlite"
    code, _, err = run(capsys, "copy", "--from", empty_pg, "--to", str(target))
    assert code == 1
    one_dutch_sentence(err)
    assert not target.exists()


def test_server_faults_are_one_sentence_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, pg_cluster: Cluster, tmp_path: Path
) -> None:
    closed = f"postgresql+psycopg://postgres:dordtwest-test@127.0.0.1:{_closed_port()}/dordtwest"
    wrong_database = pg_url(pg_cluster, "bestaat_niet")
    name = pg_cluster.new_database()
    try:
        wrong_password = pg_cluster.url(name, password="fout").render_as_string(hide_password=False)
        errors = {}
        for target in (closed, wrong_database, wrong_password):
            code, out, err = run(capsys, "copy", "--from", str(db_path), "--to", target)
            assert code == 1 and out == "", target
            one_dutch_sentence(err)
            errors[target] = err
        assert "bestaat_niet" in errors[wrong_database]
        assert len(set(errors.values())) == 3  # each fault in its own words
        engine = create_engine(pg_url(pg_cluster, name))
        try:
            with engine.connect() as connection:
                assert inspect(connection).get_table_names() == []
        finally:
            engine.dispose()
    finally:
        pg_cluster.drop_database(name)


def test_the_database_of_another_application_is_left_alone(
    capsys: pytest.CaptureFixture[str], db_path: Path, empty_pg: str
) -> None:
    engine = create_engine(empty_pg)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE klant (id integer primary key, naam text)"))
            connection.execute(text("INSERT INTO klant VALUES (1, 'Jansen')"))
        code, _, err = run(capsys, "copy", "--from", str(db_path), "--to", empty_pg)
        assert code == 1
        one_dutch_sentence(err)
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["klant"]
    finally:
        engine.dispose()


def test_a_missing_source_or_a_newer_schema_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "doel.sqlite"
    code, _, err = run(capsys, "copy", "--from", str(tmp_path / "weg.sqlite"), "--to", str(target))
    assert code == 1 and "weg.sqlite" in err
    one_dutch_sentence(err)
    assert not target.exists()

    newer = tmp_path / "nieuwer.sqlite"
    newer.write_bytes(db_path.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    code, _, err = run(capsys, "copy", "--from", str(db_path), "--to", str(newer))
    assert code == 1 and "9999" in err
    one_dutch_sentence(err)
    code, _, err = run(capsys, "copy", "--from", str(newer), "--to", str(target))
    assert code == 1 and "9999" in err
    assert not target.exists()


def test_a_source_is_not_its_own_target(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    before = db_path.read_bytes()
    code, _, err = run(capsys, "copy", "--from", str(db_path), "--to", str(db_path), "--merge")
    assert code == 1
    one_dutch_sentence(err)
    assert db_path.read_bytes() == before


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
