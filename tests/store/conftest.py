"""Store- and services tests run on SQLite and on PostgreSQL alike."""

from tests.backends import parametrize_backend as pytest_generate_tests  # noqa: F401
