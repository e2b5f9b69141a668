"""A document is read and drawn without the cycle collector, which is back afterwards."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from dordtwest_desktop.export import write_document
from dordtwest_desktop.services.documents import ExportCancelled, prepare_document
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _young_collection() -> None:
    [[] for _ in range(gc.get_threshold()[0] + 1)]


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("what", ["pack", "agenda", "report"])
def test_a_document_is_drawn_without_the_collector_and_its_cycles_go_afterwards(
    example_store: Store, built: Built, tmp_path: Path, collector_on: None, what: str
):
    prepared = prepare_document(example_store, what, meeting=str(built.meeting_id), period="2024")
    left: list[weakref.ref[_Cycle]] = []
    collections: list[int] = []
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(len(collections))
        left.append(weakref.ref(_Cycle()))  # garbage only a collection can free

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    _young_collection()  # the one the read put off (it runs without the collector too)
    gc.callbacks.append(count)
    try:
        write_document(prepared, tmp_path / "out.pdf", progress=progress)
        assert gc.isenabled()
        _young_collection()
    finally:
        gc.callbacks.remove(count)
    assert len(seen) >= 3 and seen[-1] == 0, "no collection while the document was drawn"
    assert collections, "the collector ran again after it"
    assert all(ref() is None for ref in left), "the cycles the build left went then"


def test_the_dashboard_too_is_drawn_without_the_collector(
    example_store: Store, tmp_path: Path, collector_on: None, monkeypatch: pytest.MonkeyPatch
):
    from dordtwest_desktop.export import dashboard

    seen: list[bool] = []
    draw = dashboard.build_dashboard

    def watched(data: dashboard.DashboardData, out: Path) -> None:
        seen.append(gc.isenabled())
        draw(data, out)

    monkeypatch.setattr(dashboard, "build_dashboard", watched)
    write_document(prepare_document(example_store, "dashboard"), tmp_path / "out.pdf")
    assert seen == [False]
    assert gc.isenabled()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_the_collector_is_back_after_a_cancelled_build(
    example_store: Store, built: Built, tmp_path: Path, collector_on: None
):
    prepared = prepare_document(example_store, "pack", meeting=str(built.meeting_id))
    with pytest.raises(ExportCancelled):
        write_document(prepared, tmp_path / "out.pdf", cancelled=lambda: True)
    assert gc.isenabled()
    assert not (tmp_path / "out.pdf").exists()


def test_the_collector_stays_off_when_it_was_off(
    example_store: Store, built: Built, tmp_path: Path, collector_on: None
):
    gc.disable()
    prepared = prepare_document(example_store, "pack", meeting=str(built.meeting_id))
    write_document(prepared, tmp_path / "out.pdf")
    assert not gc.isenabled()


def test_a_document_is_read_without_the_collector(
    example_store: Store, built: Built, collector_on: None, monkeypatch: pytest.MonkeyPatch
):
    from dordtwest_desktop.services import documents

    seen: list[bool] = []
    read = documents.document_data

    def watched(*args: object, **kwargs: object) -> documents.DocumentData:
        seen.append(gc.isenabled())
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "document_data", watched)
    prepared = prepare_document(example_store, "pack", meeting=str(built.meeting_id))
    assert seen == [False]
    assert gc.isenabled()
    assert isinstance(prepared.data, documents.DocumentData)
    assert prepared.data.meeting.id == built.meeting_id
