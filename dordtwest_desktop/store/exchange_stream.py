"""Reading an exchange file a table at a time, in bounded memory.

`export_json` writes a fixed layout: the envelope's keys one per line, then every
table as `  "name": [`, one record per line, `  ]`, in the order of the store's
tables (parents first). A file in exactly that layout is read in chunks of records,
so an import holds one chunk at a time instead of the whole programme (1 GB of
parsed JSON for ten years of data). Any other layout (a file written by hand or by
another tool, a damaged one) raises NotStreamable, and the caller reads the file
whole, where every message about a damaged file is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

import orjson

# Records per chunk, and bytes: a chunk of attachments holds their content.
CHUNK_ROWS = 10_000
CHUNK_BYTES = 16 * 2**20

Chunk = tuple[str, int, list[dict[str, Any]]]
"""A table's name, the number of its first record in the table, the records."""

_TABLE_START = re.compile(rb'  "([a-z_]+)": \[(\])?(,)?\r?\n')
_TABLES_LINE = b' "tables": {'
_ROW_INDENT = b"   {"


class NotStreamable(Exception):
    """The file is not in export_json's layout: read it whole instead."""


def count_lines(handle: BinaryIO) -> int:
    """The file's lines (about its records), counted without parsing; rewinds."""
    lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(2**20), b""))
    handle.seek(0)
    return lines


def check_ending(handle: BinaryIO) -> None:
    """Whether the file ends as export_json ends it; rewinds.

    A file broken off (a download cut short, a full disk) is then told at once, by
    the whole reader, instead of after most of it was merged and rolled back.
    """
    size = handle.seek(0, 2)
    handle.seek(max(0, size - 64))
    ending = handle.read().rstrip()
    handle.seek(0)
    if not ending.endswith((b"\n  ]\n }\n}", b"[]\n }\n}", b' "tables": {\n }\n}')):
        raise NotStreamable


def read_header(handle: BinaryIO) -> dict[str, Any]:
    """The envelope's keys, up to the line that opens the tables."""
    if handle.readline().rstrip() != b"{":
        raise NotStreamable
    header: dict[str, Any] = {}
    for line in handle:
        line = line.rstrip()
        if line == _TABLES_LINE:
            return header
        try:
            entry = orjson.loads(b"{" + line.removesuffix(b",") + b"}")
        except orjson.JSONDecodeError:
            raise NotStreamable from None
        if not isinstance(entry, dict) or len(entry) != 1 or entry.keys() & header.keys():
            raise NotStreamable
        header.update(entry)
    raise NotStreamable


def read_chunks(handle: BinaryIO, known: Sequence[str]) -> Iterator[Chunk]:
    """The tables' records in chunks, after `read_header`; tables in `known`'s order."""
    order = {name: number for number, name in enumerate(known)}
    last = -1
    for line in handle:
        match = _TABLE_START.fullmatch(line)
        if match is None:
            if line.rstrip() == b" }":
                break
            raise NotStreamable
        name = match[1].decode("ascii")
        if order.get(name, -1) <= last:
            raise NotStreamable  # unknown, repeated or out of order: the whole reader judges
        last = order[name]
        if match[2]:
            continue  # "[]": no records
        yield from _table(handle, name)
    else:
        raise NotStreamable  # the file ends inside the tables
    if handle.readline().rstrip() != b"}" or any(line.strip() for line in handle):
        raise NotStreamable


def _table(handle: BinaryIO, name: str) -> Iterator[Chunk]:
    parts: list[bytes] = []
    append = parts.append
    size = 0
    offset = 0
    # The record lines go to the parser as they are, indentation, commas and line
    # breaks included (whitespace to JSON): this loop runs once for every record.
    for line in handle:
        if line[:4] != _ROW_INDENT:
            if line.rstrip() not in (b"  ]", b"  ],"):
                raise NotStreamable
            if parts:
                yield name, offset, _parse(parts, last=True)
            elif offset:
                raise NotStreamable  # "{…}," before "]"
            return
        append(line)
        size += len(line)
        # Full, and not the table's last record (which ends without a comma).
        if (len(parts) >= CHUNK_ROWS or size >= CHUNK_BYTES) and line.rstrip()[-1:] == b",":
            yield name, offset, _parse(parts, last=False)
            offset += len(parts)
            parts = []
            append = parts.append
            size = 0
    raise NotStreamable


def _parse(parts: list[bytes], *, last: bool) -> list[dict[str, Any]]:
    """The records of these lines; the last line ends with a comma unless `last`."""
    body = b"".join(parts).rstrip()
    if body.endswith(b",") == last:
        raise NotStreamable  # a comma before "]", or none where a record follows
    try:
        rows = orjson.loads(b"[" + (body if last else body[:-1]) + b"]")
    except orjson.JSONDecodeError:
        # orjson refuses what the standard library takes (NaN, numbers beyond 64 bits);
        # the whole reader tells those apart from damage.
        raise NotStreamable from None
    # One record a line: "{…}, {…}" on one line is not the layout.
    if len(rows) != len(parts) or not all(type(row) is dict for row in rows):
        raise NotStreamable
    return rows
