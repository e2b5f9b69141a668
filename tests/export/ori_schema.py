"""Validating ORI exports against the ODS Open Raadsinformatie 2.0 component schemas.

The schemas (tests/data/ori, see its README) come from an OpenAPI 3.0 document and
use its `nullable: true`, which JSON Schema does not know: here a schema with it
becomes "that schema, or null". In the standard's pattern
`allOf: [{description}, {nullable: true}, {$ref}]` the nullable part stands apart,
so there the whole `allOf` is made nullable (else a null would still fail the $ref).

Formats are checked, not only annotated (date, date-time; uri as a URI reference:
`link` is relative to the export folder, while every `url` must be an absolute URI,
which `absolute_uris` checks).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from rfc3986_validator import validate_rfc3986

SCHEMA = (
    Path(__file__).parent.parent
    / "data"
    / "ori"
    / "ods-open-raadsinformatie-2.0.0-beta.4.schema.json"
)

# File of the export -> the schema of what it holds (a list of them, or one).
RESOURCES = {
    "vergadering.json": ("Vergadering", False),
    "agendapunten.json": ("Agendapunt", True),
    "informatieobjecten.json": ("InformatieObject", True),
    "besluiten.json": ("Besluit", True),
    "aanwezigeDeelnemers.json": ("AanwezigeDeelnemer", True),
}


def _is_nullable_marker(node: Any) -> bool:
    return isinstance(node, dict) and node.get("nullable") is True and len(node) == 1


def without_nullable(node: Any) -> Any:
    """The schema with OpenAPI's `nullable` written as JSON Schema."""
    if isinstance(node, list):
        return [without_nullable(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = dict(node)
    nullable = node.pop("nullable", False) is True
    if isinstance(node.get("allOf"), list) and any(_is_nullable_marker(s) for s in node["allOf"]):
        node["allOf"] = [s for s in node["allOf"] if not _is_nullable_marker(s)]
        nullable = True
    node = {key: without_nullable(value) for key, value in node.items()}
    if nullable:
        return {"anyOf": [node, {"type": "null"}]}
    return node


@cache
def schema() -> dict[str, Any]:
    return without_nullable(json.loads(SCHEMA.read_text(encoding="utf-8")))


def format_checker() -> FormatChecker:
    checker = FormatChecker(("date", "date-time"))
    for name in ("date", "date-time"):
        checker.checkers[name] = Draft202012Validator.FORMAT_CHECKER.checkers[name]

    @checker.checks("uri", raises=ValueError)
    def uri_reference(value: object) -> bool:
        return not isinstance(value, str) or validate_rfc3986(value, rule="URI_reference")

    return checker


@cache
def validator(name: str) -> Draft202012Validator:
    root = schema()
    resource = {"$defs": root["$defs"], "$ref": f"#/$defs/{name}"}
    Draft202012Validator.check_schema(resource)
    return Draft202012Validator(resource, format_checker=format_checker())


def errors(name: str, value: Any) -> list[str]:
    return [
        f"{name} {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(name).iter_errors(value)
    ]


def folder_errors(folder: Path) -> list[str]:
    """Every schema error of every resource in an export folder (none: it validates)."""
    found = []
    for file, (name, many) in RESOURCES.items():
        value = json.loads((folder / file).read_text(encoding="utf-8"))
        for entry in value if many else [value]:
            found += errors(name, entry)
    return found


def absolute_uris(value: Any) -> list[str]:
    """Every `url` (of a resource, a reference, or in a list of references) in `value`."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "url" and isinstance(inner, str):
                found.append(inner)
            elif key in {"agendapunten", "bijlagen", "informatieobjecten"} and isinstance(
                inner, list
            ):
                found += [x for x in inner if isinstance(x, str)]
            found += absolute_uris(inner)
    elif isinstance(value, list):
        for inner in value:
            found += absolute_uris(inner)
    return found


def is_absolute_uri(value: str) -> bool:
    return bool(validate_rfc3986(value, rule="URI"))
