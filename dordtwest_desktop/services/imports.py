"""Importing files from the command line (`import indicators|annotations FILE…`)."""

from __future__ import annotations

from pathlib import Path

from dordtwest_desktop.domain.errors import ImportFileError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.indicators import IndicatorService, read_indicator_file
from dordtwest_desktop.store.database import Store


def import_files(store: Store, what: str, files: list[Path], author: str | None) -> str:
    """Import the files; a Dutch summary line. Each file is one transaction."""
    if what == "indicators":
        return _indicators(store, files)
    if what == "annotations":
        return _annotations(store, files, author)
    if what == "ics":
        return _calendar(store, files)
    raise ValidationError(tr("Unknown kind of import '{what}'.").format(what=what), field="what")


def _annotations(store: Store, files: list[Path], author: str | None) -> str:
    from dordtwest_desktop.services.annotation_import import import_annotations

    report = import_annotations(store, [Path(p) for p in files], author)
    if report.failed:
        # The other files were imported (one transaction per file); say what failed.
        raise ImportFileError(report.summary())
    return report.summary()


def _indicators(store: Store, files: list[Path]) -> str:
    # Every file is checked before any is stored, so a bad row in the last file
    # leaves the database as it was.
    checked = [(Path(path), read_indicator_file(Path(path))) for path in files]
    service = IndicatorService(store)
    return "\n".join(service.apply_rows(rows, path).message() for path, rows in checked)


def _calendar(store: Store, files: list[Path]) -> str:
    from dordtwest_desktop.services.ics_import import CalendarImportService

    service = CalendarImportService(store)
    return "\n".join(service.import_file(Path(path)) for path in files)
