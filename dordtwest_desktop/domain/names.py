"""Whether a free-text field names a person or an organisation.

Owners of actions, presenters of agenda items and those responsible for an
initiative are typed, not chosen from a list: "B. Bakker", "Woonkracht10 en
gemeente", "namens Politie Zuid-Holland-Zuid". A name is named by a text when
the name's words occur in the text one after the other, each as a whole word:

* case and accents do not count: "CELIK" names "Çelik", "Strasse" names "Straße";
* nor does what stands between the words: "Zuid Holland" names "Zuid-Holland",
  "B.Bakker" names "B. Bakker";
* a word inside a longer word is not that word: "Rijkswaterstaat" does not name
  "Rijk", "Deelnemer 12" does not name "Deelnemer 1";
* the whole name must be there: "Politie" does not name "Politie
  Zuid-Holland-Zuid", nor "Bakker" "B. Bakker".

A word is a run of letters and digits after folding (so "10" in "Woonkracht10"
is part of that one word); a name without letters or digits names nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["NameMatcher", "name_words"]

_WORD = re.compile(r"[^\W_]+")


def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a text: case folded, accents and other marks dropped."""
    # Decomposed before and after case folding: compatibility forms fold only once
    # decomposed ("ℌ" becomes "H"), and folding can compose again ("İ").
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(_WORD.findall(plain))


class NameMatcher:
    """Names (a person's full name, an organisation's name); called on a text: is one named?"""

    def __init__(self, names: Iterable[str]) -> None:
        # Keyed by first word: a text is checked word by word against only the names
        # that can start there.
        self._by_first: dict[str, set[tuple[str, ...]]] = {}
        for name in names:
            words = name_words(name)
            if words:
                self._by_first.setdefault(words[0], set()).add(words)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def __call__(self, text: str) -> bool:
        words = name_words(text)
        return any(
            words[at : at + len(name)] == name
            for at, word in enumerate(words)
            for name in self._by_first.get(word, ())
        )
