from __future__ import annotations

import pytest

from dordtwest_desktop.paths import APP_NAME, ORG_NAME


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
