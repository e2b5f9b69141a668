from __future__ import annotations

import gc
import os

import pytest

from dordtwest_desktop.paths import APP_NAME, ORG_NAME


@pytest.fixture(scope="session", autouse=True)
def _no_cycle_collection_during_qt_teardown():
    """Python's cycle collector off while the UI tests build and drop windows.

    A collection that runs while PySide/pyqtgraph objects of a closed window are
    half torn down segfaults now and then (seen in about one UI run of three,
    always while "Garbage-collecting", at unrelated points). The cause is not
    found yet; until it is, the UI tests keep it out of reach. Reference counting
    still frees everything that is not in a cycle.
    """
    was_enabled = gc.isenabled()
    # DORDTWEST_TEST_GC=1 keeps the collector on, to hunt the crash.
    if os.environ.get("DORDTWEST_TEST_GC") != "1":
        gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(scope="session", autouse=True)
def _dutch_application(qapp):
    from dordtwest_desktop.ui import translations

    qapp.setOrganizationName(ORG_NAME)
    qapp.setApplicationName(APP_NAME)
    keep = translations.install(qapp, "nl")
    yield keep
    for translator in keep:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_unanswered_conflict(monkeypatch):
    """A conflict dialog nobody answers would block the run: fail the test instead."""
    from dordtwest_desktop.ui.dialogs.base import EditDialog

    def ask(self, dialog):
        raise AssertionError(f"unexpected conflict in {type(self).__name__}")

    monkeypatch.setattr(EditDialog, "ask", ask)
