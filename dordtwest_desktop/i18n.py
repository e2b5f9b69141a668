"""Translation for the layers without Qt (domain, services, export, cli).

The Qt UI loads the same Qt Linguist file through QTranslator; the plain layers
read its "core" context here, so that one .ts file holds every Dutch string.
Source strings are English; Dutch is the default language.
"""

from __future__ import annotations

import re
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
def _catalogue() -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) -> the Dutch, or for a count its forms (one, other)."""
    catalogue: dict[tuple[str, str], str | tuple[str, ...]] = {}
    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in node.iter("numerusform"))
                if forms and all(forms):
                    catalogue[(name, source)] = forms
            elif node.text:
                catalogue[(name, source)] = node.text
    return catalogue


def mark(text: str, context: str = CORE_CONTEXT) -> str:
    """Mark a source string for the translation file where it is defined; tr() it when shown
    (with the same `context`)."""
    return text


def tr(text: str, context: str = CORE_CONTEXT) -> str:
    """The Dutch for an English source string (itself when English is chosen)."""
    if _language != "nl":
        return text
    found = _catalogue().get((context, text), text)
    return found if isinstance(found, str) else text


_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def english_numerus(text: str, n: int) -> str:
    """The English of a count's source: "%n row(s)" is "1 row" or "2 rows"."""
    chosen = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text)
    return chosen.replace("%n", str(n))


def numerus(forms: tuple[str, ...], n: int) -> str:
    """Dutch has two forms: one (n == 1) and other (0, 2, 3, …)."""
    return forms[0] if n == 1 or len(forms) == 1 else forms[1]


def trn(text: str, n: int, context: str = CORE_CONTEXT) -> str:
    """A count in words, as Qt's numerus forms: trn("%n row(s)", 1) is "1 rij".

    The source marks the English plural as "(s)"; the .ts holds the Dutch forms of
    the same message (numerus="yes"), which the Qt UI reads through QTranslator.
    """
    if _language == "nl":
        found = _catalogue().get((context, text))
        if isinstance(found, tuple):
            return numerus(found, n).replace("%n", str(n))
    return english_numerus(text, n)
