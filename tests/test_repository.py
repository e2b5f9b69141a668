"""What the repository itself holds: no stray databases left behind by a run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file
FIXTURES = Path("tests", "fixtures")


def tracked_files() -> list[Path]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [Path(name.decode()) for name in listing.split(b"\0") if name]


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except (FileNotFoundError, IsADirectoryError):  # deleted in the work tree, or a submodule
        return False


def test_no_sqlite_file_is_tracked_outside_the_fixtures():
    strays = [
        str(path)
        for path in tracked_files()
        if FIXTURES not in path.parents and is_sqlite(ROOT / path)
    ]
    assert strays == [], (
        "SQLite files tracked by git outside tests/fixtures/ (a test run's leftovers?)"
    )


def test_the_fixtures_are_found_by_their_header():
    """The check above looks at content, not names: it sees the fixtures it allows."""
    fixtures = [p for p in tracked_files() if FIXTURES in p.parents and is_sqlite(ROOT / p)]
    assert fixtures, "no SQLite fixture found: the header check no longer works"
