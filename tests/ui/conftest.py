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
