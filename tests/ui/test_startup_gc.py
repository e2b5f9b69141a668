"""Python's garbage collector is held off at launch and back on once a window is painted."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from dordtwest_desktop.ui import app as app_module


@pytest.fixture
def collector_off():
    thresholds = gc.get_threshold()
    gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.enable()  # whatever the test did, the rest of the run collects as before


def test_the_collector_comes_back_after_the_first_paint(qtbot, collector_off):
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    app_module.CollectorAfterFirstPaint(application)
    assert not gc.isenabled()
    label = QLabel("Dordt West")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(gc.isenabled, timeout=3000)
    assert gc.get_threshold() == app_module.SESSION_GC_THRESHOLDS


def test_the_collector_comes_back_even_if_nothing_is_painted(qtbot, collector_off, monkeypatch):
    monkeypatch.setattr(app_module, "GC_AT_THE_LATEST_MS", 50)
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    app_module.CollectorAfterFirstPaint(application)
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=3000)


def test_a_session_collects_young_objects_less_often_and_cycles_still_go(collector_off):
    app_module.collect_for_a_session()
    assert gc.isenabled()
    young, _, _ = gc.get_threshold()
    assert young > 700  # Python's default

    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle: only the collector frees it
    gone = weakref.ref(first)
    del first, second
    # As a session makes new objects, the cycle goes without anyone calling collect().
    kept = [[] for _ in range(app_module.SESSION_GC_THRESHOLDS[0] * 3)]
    assert gone() is None
    del kept
