"""Translation for the layers without Qt (domain, services, export, cli).

The Qt UI loads the same Qt Linguist file through QTranslator; the plain layers
read its "core" context here, so that one .ts file holds every Dutch string.
Source strings are English; Dutch is the default language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from dordtwest_desktop.paths import resource

CORE_CONTEXT = "core"
TS_FILE = resource("translations", "dordtwest_nl.ts")

_language = "nl"


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    return _language


@cache
def _catalogue() -> dict[tuple[str, str], str]:
    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalogue[(name, source)] = node.text
    return catalogue


def mark(text: str) -> str:
    """Mark a source string for the translation file where it is defined; tr() it when shown."""
    return text


def tr(text: str, context: str = CORE_CONTEXT) -> str:
    """The Dutch for an English source string (itself when English is chosen)."""
    if _language != "nl":
        return text
    return _catalogue().get((context, text), text)
