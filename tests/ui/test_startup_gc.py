"""Python's garbage collector is held off at launch and back on once a window is painted."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from dordtwest_desktop.ui import app as app_module


@pytest.fixture
def collector_off():
    gc.disable()
    try:
        yield
    finally:
        gc.enable()  # whatever the test did, the rest of the run collects


def test_the_collector_comes_back_after_the_first_paint(qtbot, collector_off):
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    app_module.CollectorAfterFirstPaint(application)
    assert not gc.isenabled()
    label = QLabel("Dordt West")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(gc.isenabled, timeout=3000)


def test_the_collector_comes_back_even_if_nothing_is_painted(qtbot, collector_off, monkeypatch):
    monkeypatch.setattr(app_module, "GC_AT_THE_LATEST_MS", 50)
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    app_module.CollectorAfterFirstPaint(application)
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=3000)
