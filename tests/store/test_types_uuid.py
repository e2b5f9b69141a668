"""The store's UUID column reads what SQLAlchemy wrote, and anything else a UUID can be."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from dordtwest_desktop.store.types import Uuid, parse_uuid


@given(st.uuids())
def test_text_from_sqlite_becomes_the_same_uuid(value: uuid.UUID) -> None:
    process = Uuid().result_processor(sqlite.dialect(), None)
    assert process is not None
    read = process(value.hex)
    assert read == value and hash(read) == hash(value) and str(read) == str(value)
    assert read.version == value.version and read.is_safe is uuid.SafeUUID.unknown


@pytest.mark.parametrize(
    "text", ["12345678-1234-5678-1234-567812345678", "{12345678123456781234567812345678}"]
)
def test_other_spellings_still_go_through_uuid(text: str) -> None:
    process = Uuid().result_processor(sqlite.dialect(), None)
    assert process is not None
    assert process(text) == uuid.UUID(text)
    assert process(None) is None
    with pytest.raises(ValueError):
        process("not a uuid at all, nor 32 chars")


def test_postgresql_keeps_sqlalchemys_native_handling() -> None:
    mine = Uuid().result_processor(postgresql.psycopg.dialect(), None)
    theirs = Uuid.__mro__[1]().result_processor(postgresql.psycopg.dialect(), None)
    assert (mine is None) == (theirs is None)


@given(st.uuids())
def test_parse_uuid_reads_the_canonical_form_as_uuid_does(value: uuid.UUID) -> None:
    for spelled in (str(value), str(value).upper()):
        parsed = parse_uuid(spelled)
        assert parsed == value and parsed.int == value.int and hash(parsed) == hash(value)
        assert str(parsed) == str(value) and parsed.version == value.version


@given(st.text(max_size=40))
def test_parse_uuid_refuses_what_uuid_refuses(text: str) -> None:
    try:
        expected: uuid.UUID | None = uuid.UUID(text)
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            parse_uuid(text)
    else:
        assert parse_uuid(text) == expected
