"""Search (issue 17, point 4): accents folded, prefixes as you type, personal remarks
private, the index kept in step with every write, hostile queries answered clearly.
Runs on a real SQLite file and a real PostgreSQL server (tests/backends.py)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from dordtwest_desktop.domain.enums import ItemKind, Outcome, Visibility
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.dto import (
    AgendaItemDTO,
    AnnotationDTO,
    DecisionDTO,
    DecisionPointDTO,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.search import (
    KINDS,
    MAX_QUERY_CHARS,
    SearchService,
    plain,
    query_words,
    segments,
)
from dordtwest_desktop.store import search_index
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.store.search_index import pg_kind_index_names
from tests.helpers import make_pdf

NOW = datetime(2026, 12, 2, 10, 0)


def first_meeting(store: Store) -> uuid.UUID:
    return MeetingService(store).meetings()[0].id


def add_item(store: Store, title: str, explanation: str = "", point: str = "") -> AgendaItemDTO:
    service = MeetingService(store)
    dto = AgendaItemDTO(
        id=uuid.uuid4(),
        meeting_id=first_meeting(store),
        kind=ItemKind.DECISION,
        title=title,
        explanation=explanation,
        points=(DecisionPointDTO(uuid.uuid4(), point),) if point else (),
    )
    service.save_item(dto)
    return dto


def remark(
    store: Store, item: AgendaItemDTO, text: str, author: str = "Sanne Bos", personal: bool = False
) -> AnnotationDTO:
    dto = AnnotationDTO(
        id=uuid.uuid4(),
        item_id=item.id,
        author=author,
        text=text,
        created_at=NOW,
        updated_at=NOW,
        visibility=Visibility.PERSONAL if personal else Visibility.SHARED,
    )
    MeetingService(store).save_annotation(dto, author)
    return dto


def found(store: Store, query: str, viewer: str = "") -> set[tuple[str, uuid.UUID]]:
    return {(h.kind, h.id) for h in SearchService(store).search(query, viewer).hits()}


def test_coordinatie_finds_coordinatie_with_diaeresis_in_a_remark_and_an_attachment(
    store: Store,
) -> None:
    item = add_item(store, "Voortgang wijkaanpak")
    note = remark(store, item, "Graag meer coördinatie tussen de partners.")
    pdf = make_pdf(2, "De coördinatie van de wijkteams")
    attachment = AttachmentService(store).add_bytes(item.id, "bijlage.pdf", pdf)

    results = SearchService(store).search("coordinatie")
    assert ("annotation", note.id) in {(h.kind, h.id) for h in results.hits()}
    assert ("attachment", attachment.id) in {(h.kind, h.id) for h in results.hits()}
    hit = next(h for h in results.hits() if h.kind == "attachment")
    # The matching word is marked, as typed in the text (with its accent).
    assert ("coördinatie", True) in segments(hit.snippet)
    assert hit.meeting_id == item.meeting_id and hit.item_id == item.id
    # And the other way round, in capitals.
    assert ("annotation", note.id) in found(store, "COÖRDINATIE")


def test_prefixes_case_and_accents(store: Store) -> None:
    item = add_item(
        store,
        "Subsidieaanvraag Preventie",
        explanation="De financiële verantwoording volgt.",
        point="In te stemmen met de aanvraag bij het Ministerie van J&V.",
    )
    for query in ("subsid", "SUBSIDIEAANV", "financiele", "financië", "verantw fin", "ministerie"):
        assert ("agenda_item", item.id) in found(store, query), query
    # Every word must match.
    assert ("agenda_item", item.id) not in found(store, "subsid giraffe")
    groups = SearchService(store).search("subsid").groups
    assert [kind for kind, _ in groups] == sorted(
        [kind for kind, _ in groups],
        key=["goal", "initiative", "funding_line", "milestone", "meeting", "agenda_item"].index,
    )


def test_seeded_programme_is_searchable(store: Store) -> None:
    results = SearchService(store).search("crabbeh")
    assert any(kind == "initiative" for kind, _ in results.groups)
    meetings = SearchService(store).search("alliantie").groups
    assert "meeting" in dict(meetings)


def test_personal_remarks_only_for_their_author(store: Store) -> None:
    item = add_item(store, "Veiligheidsbeeld")
    shared = remark(store, item, "Zorgpunt kwetsbaarheid", author="Sanne Bos")
    mine = remark(store, item, "Zorgpunt eigen notitie", author="Ahmed", personal=True)
    theirs = remark(store, item, "Zorgpunt privé", author="Sanne Bos", personal=True)

    assert found(store, "zorgpunt", viewer="Ahmed") >= {("annotation", shared.id)}
    assert ("annotation", mine.id) in found(store, "zorgpunt", viewer="Ahmed")
    assert ("annotation", theirs.id) not in found(store, "zorgpunt", viewer="Ahmed")
    # Without a viewer (the command line of someone unknown): shared remarks only.
    assert found(store, "zorgpunt") == {("annotation", shared.id)}
    # Made shared by its author: now everyone finds it.
    MeetingService(store).save_annotation(
        AnnotationDTO(
            theirs.id,
            item.id,
            "Sanne Bos",
            "Zorgpunt privé",
            NOW,
            NOW,
            Visibility.SHARED,
            version=1,
        ),
        "Sanne Bos",
    )
    assert ("annotation", theirs.id) in found(store, "zorgpunt", viewer="Ahmed")


def test_index_follows_insert_update_delete(store: Store) -> None:
    service = MeetingService(store)
    item = add_item(store, "Klankbordgroep", point="Kennis nemen van de klankbordnotitie")
    assert ("agenda_item", item.id) in found(store, "klankbordnotitie")
    # Update: the old words go, the new ones come.
    changed = AgendaItemDTO(
        id=item.id,
        meeting_id=item.meeting_id,
        kind=ItemKind.DECISION,
        title="Bewonerspanel",
        points=(DecisionPointDTO(uuid.uuid4(), "Instemmen met het wijkplan"),),
        version=next(
            s.item.version for s in service.detail(item.meeting_id).agenda if s.item.id == item.id
        ),
    )
    service.save_item(changed)
    assert found(store, "klankbord") == set()
    assert ("agenda_item", item.id) in found(store, "bewonerspanel wijkplan")
    # A decision on it, then the item deleted: both leave the index (cascade).
    decision = DecisionDTO(uuid.uuid4(), item.id, "Besloten tot een pilotproject", Outcome.ADOPTED)
    service.record_decision(decision)
    assert ("decision", decision.id) in found(store, "pilotproj")
    note = remark(store, item, "Pilotproject evalueren")
    service.delete_item(item.id)
    assert found(store, "pilotproj") == set()
    assert found(store, "bewonerspanel") == set()
    assert ("annotation", note.id) not in found(store, "evalueren")


def test_a_failed_write_leaves_the_index_as_it_was(store: Store) -> None:
    item = add_item(store, "Jongerenwerk")
    with pytest.raises(RuntimeError), store.transaction() as session:
        from dordtwest_desktop.store import models as m

        session.get(m.AgendaItem, item.id).title = "Straatcoaches"  # type: ignore[union-attr]
        session.flush()
        raise RuntimeError("rolled back")
    assert ("agenda_item", item.id) in found(store, "jongerenwerk")
    assert found(store, "straatcoaches") == set()


@pytest.mark.parametrize(
    "query",
    ['"*()', "", "   ", "***", "AND", "NEAR(", "x" * 10_000, "a" * MAX_QUERY_CHARS + "b"],
)
def test_hostile_queries_give_a_clear_answer(store: Store, query: str) -> None:
    try:
        results = SearchService(store).search(query)
    except ValidationError as error:
        assert error.message and error.field == "search"
        assert "Traceback" not in error.message
    else:
        assert results.words  # something was searched for


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_any_text_is_answered_without_an_exception(store: Store, query: str) -> None:
    try:
        results = SearchService(store).search(query)
    except ValidationError:
        return
    for hit in results.hits():
        assert plain(hit.title) or plain(hit.snippet) or hit.context


@given(query=st.text(max_size=300))
def test_query_words_are_letters_and_digits_only(query: str) -> None:
    try:
        words = query_words(query)
    except ValidationError:
        return
    assert words and all(w.isalnum() for w in words)


def test_a_prefix_of_many_terms_and_the_newest_first(store: Store) -> None:
    item = add_item(store, "Projectenoverzicht")
    notes = [remark(store, item, f"Projectcode projectnummer{n:03d}") for n in range(70)]
    # "projectn" starts 70 terms: more than the vocabulary expansion takes, so the
    # word goes to FTS5 as a prefix query; the result is the same.
    results = SearchService(store).search("projectn")
    remarks = dict(results.groups)["annotation"]
    assert len(remarks) == 20 and results.more
    assert [h.id for h in remarks] == [n.id for n in reversed(notes)][:20]
    # A prefix of few terms goes through the vocabulary: found as well.
    assert ("agenda_item", item.id) in found(store, "projectenov")


def test_sharp_s_and_capitals_as_the_index_folds_them(store: Store) -> None:
    item = add_item(store, "Straße der Partnerschaft", explanation="ÉÉN OVERLEG")
    for query in ("straße", "STRASSE" if not store.is_sqlite else "STRAßE", "één", "een overleg"):
        assert ("agenda_item", item.id) in found(store, query), query


@pytest.mark.parametrize("per_kind", [2, 20])
def test_the_newest_records_and_the_older_ones_join_without_a_seam(
    store: Store, per_kind: int
) -> None:
    """On PostgreSQL a kind's newest records are read in order, the older ones through
    the word index (services/search.py `_pg_kind_part`). With a window of 3 records the
    seam falls inside these remarks: the hits must be those SQLite gives, newest first,
    others' personal remarks left out on either side of it."""
    if not store.is_sqlite:
        with store.transaction() as session:
            search_index.pg_create_search_function(session.connection(), window=3)
    item = add_item(store, "Naadproef")
    expected = []
    for n in range(14):
        word = "Naadwoord" if n in (0, 1, 2, 5, 6, 9, 12) else "Anderwoord"
        # Every fourth remark personal to someone else, every fourth after it the viewer's.
        author = "Sanne Bos" if n % 4 == 1 else "Ahmed"
        note = remark(store, item, f"{word} {n}", author=author, personal=n % 2 == 1)
        if word == "Naadwoord" and n % 4 != 1:
            expected.append(note.id)
    newest_first = list(reversed(expected))  # 12, 9, 6, 2, 0

    results = SearchService(store).search("naadw", viewer="Ahmed", per_kind=per_kind)
    remarks = [h.id for h in dict(results.groups)["annotation"]]
    assert remarks == newest_first[:per_kind]
    assert results.more == (len(newest_first) > per_kind)
    # A word in every remark: the newest window alone gives them.
    everywhere = SearchService(store).search("naadw anderw", viewer="Ahmed")
    assert "annotation" not in dict(everywhere.groups)
    every = SearchService(store).search("naadproef", viewer="Ahmed")
    assert [h.kind for h in every.hits()] == ["agenda_item"]


@pytest.mark.postgresql_only
def test_postgresql_reads_each_kind_through_its_own_indexes(store: Store) -> None:
    """The statement's form lets a kind's part use that kind's partial indexes
    (migration 0008_pgsearch): its id index newest first, its word index for the
    older records; never the primary key walked through every other kind, nor
    another kind's index."""
    with store.transaction() as session:
        # Enough remarks that reading the kind whole is out of the question (the
        # seeded database holds a few of each kind, which the planner rightly reads
        # whole). Index rows only: what is explained here is the query over them. Not
        # analysed afterwards: the plan must not depend on fresh statistics.
        session.connection().execute(
            text(
                "INSERT INTO search_doc (kind, record_id, title, body) "
                "SELECT 'annotation', gen_random_uuid(), '', 'woord ' || n "
                "FROM generate_series(1, 5000) AS n"
            )
        )
    statement = search_index.pg_search_statement(query="$1", viewer="$2", limit="$3")
    with store.read() as session:
        connection = session.connection()
        # The plan the function keeps: generic, made without the parameters' values.
        for name, value in search_index.PG_SEARCH_SETTINGS.items():
            connection.exec_driver_sql(f"SET LOCAL {name} = {value}")
        # 5,000 rows are read whole faster than through any index; what is checked here
        # is that no index but the kind's words can serve the older records.
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        connection.exec_driver_sql(f"PREPARE probe (text, text, integer) AS {statement}")
        plan = "\n".join(
            connection.exec_driver_sql("EXPLAIN EXECUTE probe ('w:*', '', 21)").scalars()
        )
        connection.exec_driver_sql("DEALLOCATE probe")
    words, ids = pg_kind_index_names("annotation")
    assert f"Index Scan Backward using {ids} on" in plan
    assert f"Bitmap Index Scan on {words}" in plan
    assert "search_doc_pkey" not in plan
    # Older records only through the word index, never by walking the kind's ids (the
    # plan a fresh database's statistics made before the ids index required `id > 0`).
    assert "Index Scan using search_doc_id_" not in plan
    own = {name for kind in KINDS for name in pg_kind_index_names(kind)}
    used = set(re.findall(r"(?:using|on) (search_doc_\w+)", plan))
    assert used <= own, used - own
