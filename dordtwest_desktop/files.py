"""Writing output files (exports, documents): whole or not at all, with the user's words.

Every writer goes through `atomic_output`: the content goes to `FILE.part` beside
the target and is renamed over it only when complete. On any failure the `.part`
is removed (a full disk is left as full as it was), and a `.part` left by a
killed run is simply overwritten by the next one, since its name is fixed.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.i18n import tr


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".part")


def check_output(out: Path) -> Path:
    """Refuse, before any work, a target that can never be written."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise DomainError(
            tr("'{path}' is a folder; give the name of a file to write.").format(path=out)
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(out, exc) from exc
    return out


def output_error(out: Path, exc: OSError) -> DomainError:
    """One sentence for a file that could not be written, by the error's number."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        message = tr("The disk is full: '{path}' was not written. Make room and try again.")
    elif code == errno.EISDIR:
        message = tr("'{path}' is a folder; give the name of a file to write.")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = tr("'{path}' cannot be written here (no permission or a read-only disk).")
    elif code == errno.ENOENT:
        message = tr("'{path}' cannot be written: its folder does not exist.")
    elif code == errno.ENAMETOOLONG:
        message = tr("'{path}' cannot be written: the name is too long.")
    else:
        message = tr("'{path}' could not be written; nothing was saved.")
    return DomainError(message.format(path=out))


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary `FILE.part` beside `out`, renamed over it only when the block succeeds."""
    out = check_output(out)
    temporary = partial_path(out)
    try:
        yield temporary
        os.replace(temporary, out)
    except OSError as exc:
        raise output_error(out, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
