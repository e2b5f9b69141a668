"""Search over everything: goals, initiatives, funding, milestones, meetings, agenda items
(with explanation and proposed decisions), decisions, actions, remarks and the text of
PDF attachments.

The index itself lives in store/search_index.py (kept in step by triggers). Here the
typed text becomes a safe query: only runs of letters and digits count, each one a
prefix ("subsid" finds "subsidieaanvraag"), all of them must occur; accents and case
do not matter. Personal remarks are found only by their own author.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import Service
from dordtwest_desktop.services.search_places import resolve
from dordtwest_desktop.store import search_index as ix

# Around a matched word in `SearchHit.title` / `.snippet` (private-use characters, so
# no text a user typed can contain them; front ends turn them into bold or marks).
MARK_START = "\ue000"
MARK_END = "\ue001"

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
PER_KIND = 20  # hits shown per kind
MAX_TERMS = 64  # terms a typed prefix is expanded into (more: a prefix query)

# Display order of the groups.
KINDS = (
    "goal",
    "initiative",
    "funding_line",
    "milestone",
    "meeting",
    "agenda_item",
    "decision",
    "action",
    "annotation",
    "attachment",
)

_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")


def kind_label(kind: str) -> str:
    """The heading of a group of results (a context of its own: "Actions" here are acties)."""
    labels = {
        "goal": tr("Goals", context="search"),
        "initiative": tr("Initiatives", context="search"),
        "funding_line": tr("Funding lines", context="search"),
        "milestone": tr("Milestones", context="search"),
        "meeting": tr("Meetings", context="search"),
        "agenda_item": tr("Agenda items", context="search"),
        "decision": tr("Decisions", context="search"),
        "action": tr("Actions", context="search"),
        "annotation": tr("Remarks", context="search"),
        "attachment": tr("Attachments", context="search"),
    }
    return labels[kind]


@dataclass(frozen=True)
class SearchHit:
    """One record found. `title` and `snippet` carry MARK_START/MARK_END around matches.

    Where it opens: `meeting_id` (+ `item_id`) for what lives in a meeting,
    `initiative_id` for a funding line, else the record itself by kind and id.
    """

    kind: str
    id: uuid.UUID
    title: str
    snippet: str
    context: str = ""
    meeting_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    initiative_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SearchResults:
    query: str
    words: tuple[str, ...]
    groups: tuple[tuple[str, tuple[SearchHit, ...]], ...]
    # A kind had more matches than are shown: only its newest are.
    more: bool = False

    @property
    def count(self) -> int:
        return sum(len(hits) for _, hits in self.groups)

    def hits(self) -> list[SearchHit]:
        return [hit for _, hits in self.groups for hit in hits]


def fold(word: str) -> str:
    """Lower case without accents: what both databases' indexes compare."""
    # lower(), not casefold(): "ß" stays "ß", as in the index (casefold makes "ss").
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> tuple[str, ...]:
    """The words of a typed query, folded; a clear error when there is nothing to search."""
    if len(query) > MAX_QUERY_CHARS:
        raise ValidationError(
            tr("The search text is too long ({count} characters); use at most {limit}.").format(
                count=len(query), limit=MAX_QUERY_CHARS
            ),
            "search",
        )
    # Folded first, split after: folding can give signs ("¼" becomes "1⁄4").
    words = tuple(dict.fromkeys(_WORD.findall(fold(unicodedata.normalize("NFC", query)))))
    if not words:
        raise ValidationError(
            tr('Type a word to search for: letters or digits; signs such as " * ( ) do not count.'),
            "search",
        )
    if len(words) > MAX_WORDS:
        raise ValidationError(
            tr("Search for at most {limit} words at a time.").format(limit=MAX_WORDS), "search"
        )
    return words


def plain(marked: str) -> str:
    """A title or snippet without its match marks."""
    return _MARKS.sub("", marked)


def segments(marked: str) -> list[tuple[str, bool]]:
    """A marked text as (part, is_match) pieces, for bold in the GUI or marks on the CLI."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", marked)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


class SearchService(Service):
    def search(self, query: str, viewer: str = "", per_kind: int = PER_KIND) -> SearchResults:
        """The newest `per_kind` matching records of each kind, grouped in a fixed order.

        Every word must occur, as a word or the start of one. `viewer` is the user's
        name: their own personal remarks are found, nobody else's; an empty viewer
        finds shared remarks only. Newest first, not ranked: ranking must score every
        match, and a word typed as you go ("w", "wijk") matches 100,000 remarks.
        """
        words = query_words(query)
        with self.store.read() as session:
            connection = session.connection()
            fetch = _sqlite_rows if connection.dialect.name == "sqlite" else _pg_rows
            rows = fetch(connection, words, viewer, per_kind + 1)
            by_kind: dict[str, list[Row]] = defaultdict(list)
            for row in rows:
                by_kind[row[0]].append(row)
            more = any(len(found) > per_kind for found in by_kind.values())
            kept = [row for kind in KINDS for row in by_kind.get(kind, [])[:per_kind]]
            pattern = word_pattern(words)
            hits = resolve(session, [_marked_row(row, pattern) for row in kept])
        grouped: dict[str, list[SearchHit]] = defaultdict(list)
        for hit in hits:
            grouped[hit.kind].append(hit)
        groups = tuple((k, tuple(grouped[k])) for k in KINDS if grouped.get(k))
        return SearchResults(query, words, groups, more)


Row = tuple[str, uuid.UUID, str, str]


def _sqlite_term(connection: Connection, word: str) -> str:
    """One word of the FTS5 query: the terms it starts, so the index streams them.

    Up to three letters the FTS table's prefix index answers `"w"*` at once. A
    longer prefix query would merge the whole doclists of every term it starts
    before the first row (150 ms for "wijk" over 100,000 remarks); the same terms
    looked up in the vocabulary and joined with OR stream, and LIMIT stops early.
    """
    if len(word) > 3:
        terms = (
            connection.execute(
                text(
                    f"SELECT term FROM {ix.VOCAB} WHERE term >= :low AND term < :high LIMIT :most"
                ),
                {"low": word, "high": word + "\U0010ffff", "most": MAX_TERMS + 1},
            )
            .scalars()
            .all()
        )
        if 0 < len(terms) <= MAX_TERMS:
            return "(" + " OR ".join(_quoted(t) for t in terms) + ")"
    # Quoted: FTS5 syntax in it is then plain text.
    return _quoted(word) + "*"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _sqlite_rows(
    connection: Connection, words: Sequence[str], viewer: str, limit: int
) -> list[Row]:
    match = " AND ".join(_sqlite_term(connection, w) for w in words)
    statement = text(
        f"SELECT d.kind, d.record_id, d.title, d.body "
        f"FROM {ix.FTS} f JOIN {ix.DOC} d ON d.id = f.rowid "
        f"WHERE {ix.FTS} MATCH :match AND f.rowid BETWEEN :first AND :last "
        "AND (d.owner = '' OR d.owner = :viewer) "
        "ORDER BY f.rowid DESC LIMIT :limit"
    )
    rows: list[Row] = []
    for kind in KINDS:
        first, last = ix.rowid_range(kind)
        found = connection.execute(
            statement,
            {"match": match, "first": first, "last": last, "viewer": viewer, "limit": limit},
        )
        rows += [(r[0], uuid.UUID(hex=r[1]), r[2] or "", r[3] or "") for r in found]
    return rows


def _pg_rows(connection: Connection, words: Sequence[str], viewer: str, limit: int) -> list[Row]:
    # The words hold letters and digits only: nothing of tsquery's syntax gets through.
    # The statement lives in the server function (store/search_index.py `pg_search_statement`):
    # its plan is made once per connection, not at every keystroke (2-5 ms of 6 on the server).
    query = " & ".join(f"{w}:*" for w in words)
    found = connection.execute(
        text(
            f"SELECT kind, record_id, title, body, id FROM {ix.SEARCH_FUNCTION}"
            "(:query, :viewer, :limit)"
        ),
        {"query": query, "viewer": viewer, "limit": limit},
    )
    # Newest first within a kind, whatever order the server's Append gave the parts in.
    rows = sorted(found, key=lambda r: -r[4])
    return [(r[0], r[1], r[2] or "", r[3] or "") for r in rows]


SNIPPET_BEFORE = 80  # characters of context before the first match
SNIPPET_AFTER = 160


def _letter_classes() -> dict[str, str]:
    """Each plain letter with the accented letters that fold to it (e → eèéêë…)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            classes[base].add(char)
    return {base: "".join(sorted(chars)) for base, chars in classes.items()}


_CLASSES = _letter_classes()


def word_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Whole words of a text that start with one of the (folded) query words.

    Matched by the regex engine on the text as written, accents and case included:
    folding each word of a long attachment in Python took 30 ms per hit.
    """

    def letter(char: str) -> str:
        variants = _CLASSES.get(char, "")
        return f"[{re.escape(char)}{variants}]" if variants else re.escape(char)

    alternatives = "|".join("".join(letter(c) for c in w) for w in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


def _marked_row(row: Row, pattern: re.Pattern[str]) -> Row:
    kind, ident, title, body = row
    return kind, ident, mark_words(title, pattern), snippet(body, pattern)


def mark_words(text_: str, pattern: re.Pattern[str]) -> str:
    """The text with every word that starts with a query word between the marks."""
    return pattern.sub(lambda found: f"{MARK_START}{found.group()}{MARK_END}", text_)


def snippet(body: str, pattern: re.Pattern[str]) -> str:
    """Some words around the first match, marked (the start when nothing matches)."""
    found = pattern.search(body)
    first = found.start() if found else 0
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(body), first + SNIPPET_AFTER)
    # Whole words only: cut at the spaces nearest to the window's edges.
    if start > 0:
        space = body.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    if end < len(body):
        space = body.rfind(" ", max(first + 1, end - 40), end)
        end = space if space > first else end
    piece = " ".join(body[start:end].split())
    return (
        ("…" if start > 0 else "") + mark_words(piece, pattern) + ("…" if end < len(body) else "")
    )


def login_name() -> str:
    """The user's login name: the app's author name until another is set."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def as_rows(results: SearchResults) -> list[dict[str, Any]]:
    """For `list search --json`: plain texts, and the matched words apart."""

    def ident(value: uuid.UUID | None) -> str | None:
        return str(value) if value is not None else None

    return [
        {
            "kind": hit.kind,
            "kind_label": kind_label(hit.kind),
            "id": str(hit.id),
            "title": plain(hit.title),
            "snippet": plain(hit.snippet),
            "context": hit.context,
            "matches": sorted({p for p, hit_ in segments(hit.title + hit.snippet) if hit_}),
            "meeting_id": ident(hit.meeting_id),
            "item_id": ident(hit.item_id),
            "initiative_id": ident(hit.initiative_id),
        }
        for hit in results.hits()
    ]


def _starred(marked: str) -> str:
    return "".join(f"*{p}*" if hit else p for p, hit in segments(marked))


def as_text(results: SearchResults) -> str:
    """Grouped by kind, matched words between asterisks, ids shortened as in `list`."""
    if not results.groups:
        return tr("Nothing found for '{query}'.").format(query=results.query)
    lines: list[str] = []
    for kind, hits in results.groups:
        lines.append(f"{kind_label(kind)} ({len(hits)})")
        for hit in hits:
            lines.append(f"  {str(hit.id)[:8]}  {_starred(hit.title)}")
            if hit.snippet:
                lines.append(f"            {_starred(' '.join(hit.snippet.split()))}")
            if hit.context:
                lines.append(f"            ({hit.context})")
        lines.append("")
    if results.more:
        lines.append(
            tr("Only the newest {count} of each kind are shown; type more words.").format(
                count=PER_KIND
            )
        )
    return "\n".join(lines).rstrip()
