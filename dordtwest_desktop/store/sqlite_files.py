"""SQLite database files: opening any legal file name, checking a file before use, errors.

Every place that opens a database file goes through `connect`: a `file:` URI built
by `Path.as_uri()` escapes `%`, `#`, `?` and spaces, so a file called
`jaar%41.sqlite` or `q?mode=rw.sqlite` is that file and no other. SQLite errors are
told apart by their result code (`sqlite_errorname`), never by their message text.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from dordtwest_desktop.domain.errors import BusyError, StorageError
from dordtwest_desktop.i18n import tr

HEADER = b"SQLite format 3\x00"
# The names SQLite gives its own files beside a database.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0


def file_uri(path: Path, *, mode: str | None = None) -> str:
    """A `file:` URI for exactly this file (mode 'ro', 'rw' or 'rwc').

    Read-only on a folder SQLite may not write to, and with no -shm file there, the
    file is opened `immutable`: SQLite cannot read a WAL database there otherwise,
    and nobody can change the file meanwhile either.
    """
    path = Path(path).expanduser().resolve()
    uri = path.as_uri()
    if not mode:
        return uri
    uri = f"{uri}?mode={mode}"
    shm = path.with_name(path.name + "-shm")
    if mode == "ro" and path.exists() and not folder_writable(path) and not shm.exists():
        uri += "&immutable=1"
    return uri


def connect(
    path: Path, *, mode: str | None = None, timeout: float = BUSY_TIMEOUT_S
) -> sqlite3.Connection:
    """A connection to exactly the file at `path` (mode: 'ro', 'rw' or 'rwc')."""
    return sqlite3.connect(
        file_uri(path, mode=mode), uri=True, timeout=timeout, check_same_thread=False
    )


def side_files(path: Path) -> list[Path]:
    """The side files SQLite may make beside `path`."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def is_side_file(path: Path) -> bool:
    """Is this a name SQLite uses for its own side files (a journal or WAL index)?"""
    return Path(path).name.endswith(SIDE_SUFFIXES)


def error_name(exc: BaseException) -> str | None:
    """SQLite's primary result code name (SQLITE_BUSY, SQLITE_FULL, …) of an error."""
    driver = getattr(exc, "orig", None) or exc
    name = getattr(driver, "sqlite_errorname", None)
    code = getattr(driver, "sqlite_errorcode", None)
    if name is None or code is None:
        return None
    # Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED …) share the
    # primary code's low byte.
    primary = code & 0xFF
    for candidate in _PRIMARY:
        if getattr(sqlite3, candidate, None) == primary:
            return candidate
    return str(name)


_PRIMARY = (
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_CANTOPEN",
    "SQLITE_IOERR",
    "SQLITE_PERM",
    "SQLITE_CONSTRAINT",
    "SQLITE_ERROR",
)


def message_for(exc: BaseException) -> str | None:
    """The user's sentence for a storage failure, or None if it is not one of those."""
    name = error_name(exc)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return busy_error().message
    if name == "SQLITE_FULL":
        return tr("The disk is full: the change was not stored. Make room and try again.")
    if name in ("SQLITE_READONLY", "SQLITE_PERM"):
        return tr(
            "The database cannot be written (read-only file or folder): the change was not stored."
        )
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return tr(
            "The database file is damaged or unreadable: the change was not stored. Restore a backup."
        )
    if name == "SQLITE_CANTOPEN":
        return tr("The database file cannot be opened (missing, or no access to its folder).")
    if name == "SQLITE_IOERR":
        return tr("Reading or writing the database file failed (disk or network error).")
    return None


def check_file(path: Path) -> None:
    """Refuse a file that is not a whole, sound SQLite database, without changing it.

    Reads only: a refused file gets no -wal or -shm beside it. A file cut short
    (not a whole number of pages, or fewer pages than its header says) is refused
    here even though SQLite's quick_check would let it pass.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StorageError(tr("'{path}' is a folder, not a database file.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StorageError(
            tr("'{path}' cannot be read ({reason}).").format(path=path, reason=exc.strerror)
        ) from exc
    if header[:16] != HEADER:
        raise StorageError(
            tr("'{path}' is not a database of this app (not a SQLite file).").format(path=path)
        )
    _check_size(path, header)
    # quick_check reads every page (a third of a second for issue 13's 250 MB, more
    # for larger files): skipped for a file exactly as this app closed it after a
    # sound check (`remember_sound`). A file changed, copied or moved since is checked.
    checked = not known_sound(path)
    try:
        connection = connect(path, mode="ro")
        try:
            connection.execute("SELECT count(*), group_concat(sql) FROM sqlite_master").fetchone()
            result = connection.execute("PRAGMA quick_check").fetchone() if checked else ("ok",)
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if error_name(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise busy_error() from exc
        raise damaged(path, exc) from exc
    if result is None or result[0] != "ok":
        raise damaged(path, result[0] if result else "?")


# Files this app closed after a sound check, with what they looked like then.
SOUND_FILES = "sound-files.json"
_REMEMBERED = 20  # the most recent files; older ones are checked again, as any other


def _fingerprint(path: Path) -> list[object] | None:
    """What changes whenever anyone writes the file; None while a WAL holds changes."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        status = path.stat()
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, header.hex()]


def _sound_files() -> tuple[Path, dict[str, list[object]]]:
    from dordtwest_desktop.paths import data_dir

    where = data_dir() / SOUND_FILES
    try:
        found = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = {}
    return where, found if isinstance(found, dict) else {}


def known_sound(path: Path) -> bool:
    """Is the file as this app left it after a sound check (so quick_check may be skipped)?"""
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return False
    _, found = _sound_files()
    return found.get(str(path.resolve())) == fingerprint


def remember_sound(path: Path) -> None:
    """After closing a file that passed its check and was written only by SQLite since.

    Best effort: a failure to remember only costs the next start its check.
    """
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    where, found = _sound_files()
    key = str(path.resolve())
    found.pop(key, None)
    found[key] = fingerprint
    kept = dict(list(found.items())[-_REMEMBERED:])
    partial = where.with_name(where.name + ".partial")
    try:
        partial.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(partial, where)
    except OSError:
        partial.unlink(missing_ok=True)


def _check_size(path: Path, header: bytes) -> None:
    if len(header) < 100:
        raise damaged(path, tr("the file is cut short"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages_in_header = int.from_bytes(header[28:32], "big")
    size = os.stat(path).st_size
    # A committed WAL file may hold pages beyond the main file's end; the header's
    # count is then behind, not ahead, of the file.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    valid_for = int.from_bytes(header[92:96], "big")
    change = int.from_bytes(header[24:28], "big")
    if size % page_size:
        raise damaged(path, tr("the file is cut short"))
    if not has_wal and valid_for == change and pages_in_header > size // page_size:
        raise damaged(path, tr("the file is cut short"))


def damaged(path: Path, reason: object) -> StorageError:
    return StorageError(
        tr("'{path}' is damaged and cannot be opened ({reason}).").format(path=path, reason=reason)
    )


def busy_error() -> BusyError:
    return BusyError(
        tr(
            "The database is busy with another operation (another program or window is "
            "saving): the change was not stored. Try again in a moment."
        )
    )


def folder_writable(path: Path) -> bool:
    """Can SQLite create its -wal and -shm files beside the database (and write the file)?"""
    folder = path.parent
    return os.access(folder, os.W_OK | os.X_OK) and (not path.exists() or os.access(path, os.W_OK))
