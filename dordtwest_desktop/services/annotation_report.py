"""What an import of remarks brought: the counts per file, author and item, in Dutch.

`services.annotation_import` stores the remarks and fills these reports;
`ImportReport.summary` is what the app and the command line show afterwards.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dordtwest_desktop.i18n import tr


@dataclass(frozen=True)
class ItemTally:
    item_id: uuid.UUID
    number: int  # on the agenda
    label: str  # "5. Prioriteiten uitvoeringsprogramma 2024"
    count: int


@dataclass(frozen=True)
class FileReport:
    """What one file brought; `error` set means nothing of it was stored."""

    path: Path
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    per_author: tuple[tuple[str, int], ...] = ()
    per_item: tuple[ItemTally, ...] = ()
    general: int = 0  # new or changed general remarks (on pages of no agenda item)
    warnings: tuple[str, ...] = ()
    error: str | None = None
    needs_author: bool = False  # refused only because no remark names its author


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileReport, ...] = ()
    per_author: tuple[tuple[str, int], ...] = ()  # new or changed remarks per author
    per_item: tuple[ItemTally, ...] = ()  # new or changed remarks per agenda item
    warnings: tuple[tuple[Path, tuple[str, ...]], ...] = ()  # per file

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def unchanged(self) -> int:
        return sum(f.unchanged for f in self.files)

    @property
    def general(self) -> int:
        """New or changed general remarks: on the meeting, from pages of no agenda item."""
        return sum(f.general for f in self.files)

    @property
    def failed(self) -> tuple[FileReport, ...]:
        return tuple(f for f in self.files if f.error is not None)

    def summary(self) -> str:
        """In Dutch: how many remarks came in from whom and where; then each file's notes."""
        lines = [self._totals()]
        if self.per_author:
            names = ", ".join(f"{name} ({count})" for name, count in self.per_author)
            lines.append(tr("From: {names}.").format(names=names))
        if self.per_item:
            items = "; ".join(f"{_short(t.label)} ({t.count})" for t in self.per_item)
            lines.append(tr("On items: {items}.").format(items=items))
        if self.general:
            lines.append(
                plural(
                    self.general,
                    tr("1 general remark on the meeting (from a page of no agenda item)."),
                    tr("{count} general remarks on the meeting (from pages of no agenda item)."),
                )
            )
        for report in self.files:
            if report.error is not None:
                lines.append(tr("Not imported: {reason}").format(reason=report.error))
            lines += [f"{report.path.name}: {w}" for w in report.warnings]
        return "\n".join(lines)

    def _totals(self) -> str:
        changed = self.added + self.updated
        read = len(self.files) - len(self.failed)
        if changed:
            text = tr("{remarks} imported from {files}: {added} new, {updated} changed.").format(
                remarks=plural(changed, tr("1 remark"), tr("{count} remarks")),
                files=plural(read, tr("1 file"), tr("{count} files")),
                added=self.added,
                updated=self.updated,
            )
        else:
            text = tr("No new or changed remarks.")
        if self.unchanged:
            text += " " + plural(
                self.unchanged,
                tr("1 remark had been imported before and is unchanged."),
                tr("{count} remarks had been imported before and are unchanged."),
            )
        return text


def plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many.format(count=count)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def combine(reports: list[FileReport]) -> ImportReport:
    authors: Counter[str] = Counter()
    items: dict[uuid.UUID, ItemTally] = {}
    for report in reports:
        authors.update(dict(report.per_author))
        for tally in report.per_item:
            known = items.get(tally.item_id)
            count = tally.count + (known.count if known else 0)
            items[tally.item_id] = ItemTally(tally.item_id, tally.number, tally.label, count)
    return ImportReport(
        files=tuple(reports),
        per_author=tuple(sorted(authors.items(), key=lambda a: (-a[1], a[0].casefold()))),
        per_item=tuple(sorted(items.values(), key=lambda t: t.number)),
        warnings=tuple((r.path, r.warnings) for r in reports if r.warnings),
    )
