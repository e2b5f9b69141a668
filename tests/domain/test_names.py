"""The name rule of partner overviews: whole words, case and accents folded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.domain.names import NameMatcher, name_words

# Letters whose folding stays one plain letter (or "ss", "ij", "ae"): never a separator.
PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789"
ACCENTED = {
    "a": "àáâäãåÀÁÂÄ",
    "c": "çÇ",
    "e": "èéêëÈÉÊË",
    "i": "ìíîïÌÍÎÏ",
    "n": "ñÑ",
    "o": "òóôöõÒÓÔÖ",
    "u": "ùúûüÙÚÛÜ",
    "y": "ýÿÝ",
}
LETTERS = PLAIN + "".join(ACCENTED.values()) + "ßĳŒœÆæ"
words = st.text(LETTERS, min_size=1, max_size=8)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)
glue = st.text(LETTERS, min_size=1, max_size=4)
separators = st.sampled_from([" ", "  ", "-", ", ", ". ", " (", ") ", "/", " & ", "\n"])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Politie Zuid-Holland-Zuid", "namens Politie Zuid-Holland-Zuid"),
        ("Politie Zuid-Holland-Zuid", "POLITIE zuid holland zuid"),
        ("C. Çelik", "c.celik"),
        ("B. Bakker", "B. Bakker en C. Çelik"),
        ("Woonkracht10", "Woonkracht10 en gemeente"),
        ("Straße", "strasse"),
        ("Rijk", "het Rijk, de gemeente"),
    ],
)
def test_names_it(name: str, text: str) -> None:
    assert NameMatcher([name])(text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Politie Zuid-Holland-Zuid", "Politie"),  # part of the name
        ("B. Bakker", "Bakker"),
        ("Rijk", "Rijkswaterstaat"),  # a word inside a word
        ("Rijk", "Koninkrijk"),
        ("Recht", "Dordrecht"),
        ("Gemeente Dordrecht", "Dordrecht"),
        ("Woonkracht10", "Woonkracht100"),
        ("Woonkracht10", "Woonkracht 10"),  # letters and digits are one word
        ("Deelnemer 1", "Deelnemer 12"),
        ("--", "-- anything"),  # a name without words names nothing
    ],
)
def test_does_not_name_it(name: str, text: str) -> None:
    assert not NameMatcher([name])(text)


def test_no_names_match_nothing() -> None:
    matcher = NameMatcher(["", " - "])
    assert not matcher
    assert not matcher("")
    assert not matcher("Politie")


@given(name=names, before=glue | st.just(""), after=glue | st.just(""))
def test_a_name_glued_to_other_letters_is_not_named(name: str, before: str, after: str) -> None:
    if not (before or after):
        before = "x"
    assert not NameMatcher([name])(before + name + after)


@given(
    name=names,
    before=st.lists(words, max_size=3).map(" ".join),
    after=st.lists(words, max_size=3).map(" ".join),
    left=separators,
    right=separators,
)
def test_a_name_among_other_words_is_named(
    name: str, before: str, after: str, left: str, right: str
) -> None:
    assert NameMatcher([name])(before + left + name + right + after)


@given(
    name=st.lists(st.text(PLAIN[:26], min_size=1, max_size=8), min_size=1, max_size=3),
    data=st.data(),
)
def test_case_and_accents_are_folded(name: list[str], data: st.DataObject) -> None:
    def disguise(word: str) -> str:
        out = []
        for letter in word:
            choices = letter + letter.upper() + ACCENTED.get(letter, "")
            out.append(data.draw(st.sampled_from(choices)))
        return "".join(out)

    typed = data.draw(separators).join(disguise(w) for w in name)
    assert NameMatcher([" ".join(name)])(typed)
    assert NameMatcher([typed])(" ".join(name))


@given(text=st.text(max_size=60))
def test_folding_is_stable(text: str) -> None:
    folded = name_words(text)
    assert name_words(" ".join(folded)) == folded
    assert all(w == w.casefold() for w in folded)
