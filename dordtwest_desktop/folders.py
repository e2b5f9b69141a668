"""Writing an output folder (the ORI export): whole or not at all, with the user's words.

The content is written into a new folder `.NAME.<random>.part` beside the target and
moved into place only when complete, so the target never holds half an export. A
folder that holds anything else is never touched: the target must be new, empty, or
an earlier export of the same kind (`is_earlier_export`), which is replaced whole.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.files import output_error
from dordtwest_desktop.i18n import tr


class FolderState(enum.Enum):
    NEW = "new"  # does not exist yet
    EMPTY = "empty"
    EARLIER_EXPORT = "earlier_export"  # may be replaced (the GUI asks first)
    OCCUPIED = "occupied"  # holds other files: never written into


def folder_state(out: Path, is_earlier_export: Callable[[Path], bool]) -> FolderState:
    """What is at `out` now, for deciding whether to ask, refuse or go ahead."""
    out = Path(out).expanduser()
    if not out.exists():
        return FolderState.NEW
    if not out.is_dir():
        raise DomainError(
            tr(
                "'{path}' is a file, not a folder; choose a folder to write the export into."
            ).format(path=out)
        )
    try:
        empty = next(out.iterdir(), None) is None
    except OSError as exc:
        raise output_error(out, exc) from exc
    if empty:
        return FolderState.EMPTY
    return FolderState.EARLIER_EXPORT if is_earlier_export(out) else FolderState.OCCUPIED


def check_folder(
    out: Path, is_earlier_export: Callable[[Path], bool], *, replace: bool = True
) -> FolderState:
    """Refuse, before any work, a folder that must not or cannot be written."""
    out = Path(out).expanduser()
    state = folder_state(out, is_earlier_export)
    if state is FolderState.OCCUPIED:
        raise DomainError(
            tr(
                "The folder '{path}' is not empty; choose an empty or a new folder for the export."
            ).format(path=out)
        )
    if state is FolderState.EARLIER_EXPORT and not replace:
        raise DomainError(
            tr("The folder '{path}' already holds an export; it was left as it was.").format(
                path=out
            )
        )
    writable = out if state is not FolderState.NEW else _existing_parent(out)
    if not os.access(writable, os.W_OK | os.X_OK) or (
        state is not FolderState.NEW and not os.access(out.parent, os.W_OK | os.X_OK)
    ):
        raise DomainError(
            tr("'{path}' cannot be written here (no permission or a read-only disk).").format(
                path=out
            )
        )
    return state


def _existing_parent(out: Path) -> Path:
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


@contextlib.contextmanager
def atomic_folder(
    out: Path, is_earlier_export: Callable[[Path], bool], *, replace: bool = True
) -> Iterator[Path]:
    """A new empty folder beside `out`, put in its place only when the block succeeds."""
    out = Path(out).expanduser().absolute()
    check_folder(out, is_earlier_export, replace=replace)
    temporary = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # mkdir (not mkdtemp, which makes it private): the folder gets the user's umask.
        temporary.mkdir()
        yield temporary
        # Checked again: the folder may have changed while the export was written.
        _move_into_place(temporary, out, check_folder(out, is_earlier_export, replace=replace))
    except OSError as exc:
        raise output_error(out, exc) from exc
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _move_into_place(temporary: Path, out: Path, state: FolderState) -> None:
    if state is FolderState.EMPTY:
        out.rmdir()
    if state is not FolderState.EARLIER_EXPORT:
        os.rename(temporary, out)
        return
    # The earlier export steps aside first and comes back if the move fails.
    old = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.old")
    os.rename(out, old)
    try:
        os.rename(temporary, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
