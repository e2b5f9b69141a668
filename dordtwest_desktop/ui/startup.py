"""Opening the database at start: one instance per file, and a way out when it is unusable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dordtwest_desktop.domain.errors import BusyError, StorageError
from dordtwest_desktop.services.storage import (
    Store,
    backups_beside,
    open_store,
    replace_with_backup,
    sqlite_path,
)

TR_CONTEXT = "Startup"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def lock_for(path: Path) -> QLockFile | None:
    """Hold the database for this window; None if another running app holds it."""
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
    if lock.tryLock(200):
        return lock
    return None


def ask_read_only(path: Path) -> bool:
    """The database is open elsewhere: read it without changing it, or stop?"""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Database already open"),
        _tr(
            "The database %1 is already open in another window of the app. "
            "Two windows that both change one file could overwrite each other's changes."
        ).replace("%1", str(path)),
    )
    box.setInformativeText(_tr("You can open it read-only here, or work on in the other window."))
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only


# What the server dialog returns for "try the same again".
_RETRY = "\0retry"


def open_interactively(target: str | Path) -> tuple[Store, QLockFile | None] | None:
    """Open the store; on an unusable file, offer a backup or another file (never repair)."""
    current: str | Path = target
    while True:
        path = sqlite_path(current)
        lock = None
        read_only = False
        if path is not None:
            lock = lock_for(path)
            if lock is None:
                if not ask_read_only(path):
                    return None
                read_only = True
        try:
            return open_store(current, read_only=read_only), lock
        except BusyError as error:
            if lock is not None:
                lock.unlock()
            # The file is sound, only busy: waiting helps, a backup would not.
            if not _ask_retry(error.message):
                return None
            continue
        except StorageError as error:
            if lock is not None:
                lock.unlock()
            choice = (
                _ask_way_out(path, error.message)
                if path is not None
                else _ask_server_way_out(error.message)
            )
            if choice is None:
                return None
            if choice != _RETRY:
                current = choice


def _ask_retry(message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Database busy"), message)
    retry = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is retry


def _ask_server_way_out(message: str) -> str | Path | None:
    """The server cannot be reached or refused: try again, or work on the local file."""
    from dordtwest_desktop.paths import default_database

    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Server cannot be reached"), message)
    box.setInformativeText(_tr("Nothing was changed. What do you want to do?"))
    retry = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(_tr("Open the local file"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return _RETRY
    if clicked is local:
        return default_database()
    return None


def _ask_way_out(path: Path | None, message: str) -> Path | None:
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Database cannot be opened"), message)
    box.setInformativeText(_tr("The file has not been changed. What do you want to do?"))
    backups = backups_beside(path) if path is not None else []
    restore = box.addButton(_tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
    restore.setEnabled(bool(backups))
    other = box.addButton(_tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore and path is not None:
        name, _ = QFileDialog.getOpenFileName(
            None, _tr("Choose a backup"), str(backups[0].parent), _tr("Database (*.sqlite)")
        )
        if not name:
            return path
        try:
            kept = replace_with_backup(path, Path(name))
        except StorageError as error:
            QMessageBox.warning(None, _tr("Restore a backup"), error.message)
            return path
        QMessageBox.information(
            None,
            _tr("Restore a backup"),
            _tr("The backup was restored. The unusable file was kept as %1.").replace(
                "%1", kept.name
            ),
        )
        return path
    if clicked is other:
        name, _ = QFileDialog.getOpenFileName(
            None, _tr("Open database"), str(path.parent if path else ""), _tr("Database (*.sqlite)")
        )
        return Path(name) if name else path
    return None
