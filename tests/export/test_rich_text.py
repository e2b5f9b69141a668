"""The plain text of a comment's rich-text value (/RC), as read back from a filled pack."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.readback.fields import _strip_tags


@pytest.mark.parametrize(
    ("rich", "plain"),
    [
        ("<p>a &gt; b</p>", "a > b"),
        ("<p>caf&#233; en caf&#xE9;</p>", "café en café"),
        ("<p>&quot;dit&quot; &amp; &apos;dat&apos;</p>", "\"dit\" & 'dat'"),
        ("<p>&amp;lt; is how one writes &lt;</p>", "&lt; is how one writes <"),
        ("<p>&euro;&nbsp;4,3 miljoen</p>", "€ 4,3 miljoen"),  # split() takes the nbsp
        (
            '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml"><p>één</p></body>',
            "één",
        ),
        ("<p>eerste</p><p>tweede</p>", "eerste tweede"),
        ("<p>afgebroken<br/>regel</p>", "afgebroken regel"),
    ],
)
def test_entities_and_tags(rich: str, plain: str):
    assert " ".join(_strip_tags(rich).split()) == plain


@given(st.text())
def test_any_escaped_text_comes_back(text: str):
    rich = f'<body xmlns="http://www.w3.org/1999/xhtml"><p>{html.escape(text)}</p></body>'
    assert _strip_tags(rich).strip() == text.strip()


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="<>&"), min_size=1)))
def test_tags_never_glue_words_together(words: list[str]):
    rich = "".join(f"<p>{w}</p>" for w in words)
    assert _strip_tags(rich).split() == " ".join(words).split()
