"""Running a test on both databases: SQLite files and a PostgreSQL server."""

from __future__ import annotations

import pytest

BACKENDS = ("sqlite", "postgresql")


def parametrize_backend(metafunc: pytest.Metafunc) -> None:
    """Every test that opens `store` runs once per backend, unless it is about SQLite files."""
    if "backend" not in metafunc.fixturenames:
        return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    only_server = metafunc.definition.get_closest_marker("postgresql_only") is not None
    backends = BACKENDS[:1] if only_sqlite else BACKENDS[1:] if only_server else BACKENDS
    metafunc.parametrize("backend", backends)
