"""One agenda item's section of the briefing pack, followed by its attachments."""

from __future__ import annotations

import uuid
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.enums import MilestoneKind
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.agenda import item_key, kind_label
from dordtwest_desktop.export.flowables import (
    AttachmentSlot,
    RemarkField,
    WithBox,
    bind_headings,
    heading,
    keep_with_box,
)
from dordtwest_desktop.export.layout import Section
from dordtwest_desktop.export.parts import (
    DASH,
    bullets,
    cell,
    clock,
    confidential_tag,
    head_row,
    money,
    numbered,
    when,
)
from dordtwest_desktop.export.tagging import data_table
from dordtwest_desktop.export.text import markup, paragraphs
from dordtwest_desktop.export.timeline import report_title
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.readback.fields import item_field, point_field
from dordtwest_desktop.services.dashboard import status_text
from dordtwest_desktop.services.documents import AttachmentFile, PackItem
from dordtwest_desktop.services.dto import (
    AnnotationDTO,
    DecisionPointDTO,
    FundingLineDTO,
    InitiativeDTO,
)

# Heights of the remark boxes of a fillable pack.
ITEM_BOX = 30 * s.mm
POINT_BOX = 17 * s.mm


def item_section(pack_item: PackItem) -> Section:
    item = pack_item.item
    number = pack_item.scheduled.number
    return Section(
        key=item_key(pack_item),
        title=f"{number}. {item.title}",
        item_id=item.id,
        confidential=item.confidential,
        # The number only: a running head is page furniture (an artifact), and one that
        # repeats a title of prose on a page or two reads as hidden text to checkers.
        header=tr("Item {number}").format(number=number),
    )


def attachment_section(pack_item: PackItem, attachment: AttachmentFile) -> Section:
    return Section(
        key=f"attachment-{attachment.info.id}",
        title=tr("Attachment: {name}").format(name=attachment.info.filename),
        level=1,
        item_id=pack_item.item.id,
        confidential=pack_item.item.confidential,
        running=False,
    )


def is_light(pack_item: PackItem) -> bool:
    """An item with nothing to read (opening, closing…): no page of its own."""
    item = pack_item.item
    return not (
        item.explanation.strip()
        or item.points
        or pack_item.goals
        or pack_item.initiatives
        or pack_item.milestones
        or pack_item.decision
        or pack_item.annotations
        or pack_item.attachments
    )


class ItemSection:
    """The flowables of one item, in reading order.

    Each block is a method so that later options can add to it. With `meeting_id`
    (a fillable pack) `remark_box` puts a box to type in under each proposed decision
    point and under the item (AcroForm text fields, named as readback.fields says).
    `today` is the day the pack is made: milestones planned before it are overdue.
    """

    def __init__(
        self, pack_item: PackItem, today: date, meeting_id: uuid.UUID | None = None
    ) -> None:
        self.pack_item = pack_item
        self.item = pack_item.item
        self.today = today
        self.meeting_id = meeting_id
        self.st = s.styles()

    def flowables(self) -> list[Flowable]:
        body = [
            *self.title(),
            *self.explanation(),
            *self.points(),
            *self.goals(),
            *self.initiatives(),
            *self.milestones(),
            *self.decision(),
            *self.annotations(),
        ]
        box = self.remark_box(None)
        if box is not None:
            body = keep_with_box(body, box)
        return [*body, *self.attachments()]

    def title(self) -> list[Flowable]:
        scheduled = self.pack_item.scheduled
        out = heading(
            f"{scheduled.number}. {self.item.title}", self.st.h1, item_section(self.pack_item)
        )
        meta = kind_label(self.pack_item)
        if scheduled.start:
            meta.append(tr("{start}", context="clock").format(start=clock(scheduled.start)))
        if self.item.presenter.strip():
            meta.append(tr("presenter: {name}").format(name=self.item.presenter.strip()))
        parts = [markup(m) for m in meta]
        if self.item.confidential:
            parts.append(confidential_tag())
        if parts:
            out.append(Paragraph(" · ".join(parts), self.st.meta))
        out.append(Spacer(0, 2 * s.mm))
        return out

    def _block(self, title: str, content: list[Flowable]) -> list[Flowable]:
        if not content:
            return []
        return [*heading(title, self.st.h2, keep=_first_height(content)), *content]

    def explanation(self) -> list[Flowable]:
        content = [Paragraph(p, self.st.body) for p in paragraphs(self.item.explanation)]
        return self._block(tr("Explanation"), content)

    def points(self) -> list[Flowable]:
        content: list[Flowable] = []
        for flowable, point in zip(
            numbered([p.text for p in self.item.points]), self.item.points, strict=True
        ):
            box = self.remark_box(point)
            content.append(flowable if box is None else WithBox([flowable], box))
        return bind_headings(self._block(tr("Proposed decision"), content))

    def remark_box(self, point: DecisionPointDTO | None) -> RemarkField | None:
        """Room for remarks on the item (point None) or on one point; fillable PDFs only."""
        if self.meeting_id is None:
            return None
        number = self.pack_item.scheduled.number
        if point is None:
            name = item_field(self.meeting_id, self.item.id)
            label = tr("Your remark on item {number}").format(number=number)
            tooltip = tr("Remark on item {number} ({title})")
            tooltip = tooltip.format(number=number, title=self.item.title)
            return RemarkField(name, label, tooltip, ITEM_BOX)
        index = self._point_number(point.id)
        name = point_field(self.meeting_id, self.item.id, point.id)
        label = tr("Your remark on proposed decision {point}").format(point=index)
        tooltip = tr("Remark on proposed decision {point} of item {number} ({title})")
        tooltip = tooltip.format(point=index, number=number, title=self.item.title)
        indent = self.st.numbered.leftIndent
        return RemarkField(name, label, tooltip, POINT_BOX, indent=indent)

    def _point_number(self, point_id: uuid.UUID | None) -> int | None:
        ids = [p.id for p in self.item.points]
        return ids.index(point_id) + 1 if point_id in ids else None

    def goals(self) -> list[Flowable]:
        texts = [f"{g.title} ({label(g.kind)})" for g in self.pack_item.goals]
        return self._block(tr("Goals"), bullets(texts))

    def initiatives(self) -> list[Flowable]:
        content: list[Flowable] = []
        for initiative in self.pack_item.initiatives:
            content += initiative_block(initiative)
        return self._block(tr("Initiatives"), content)

    def milestones(self) -> list[Flowable]:
        if not self.pack_item.milestones:
            return []
        rows: list[list[object]] = [
            head_row(tr("Milestone"), tr("Date"), tr("Decided by"), tr("Status"))
        ]
        for m in sorted(self.pack_item.milestones, key=lambda m: m.due.sort_key()):
            body = label(m.body) if m.body else DASH
            status = status_text(m, self.today)
            title = Paragraph(
                report_title(m.title, m.kind is MilestoneKind.ACCOUNTABILITY), self.st.cell
            )
            rows.append([title, cell(m.due.render()), cell(body), cell(status)])
        fixed = [38 * s.mm, 34 * s.mm, 20 * s.mm]
        table = data_table(rows, [s.FRAME_WIDTH - sum(fixed), *fixed])
        return self._block(tr("Milestones"), [table])

    def decision(self) -> list[Flowable]:
        decision = self.pack_item.decision
        if decision is None:
            return []
        content: list[Flowable] = [Paragraph(p, self.st.body) for p in paragraphs(decision.text)]
        outcome = tr("Outcome: {outcome}").format(outcome=label(decision.outcome))
        content.append(Paragraph(f"<b>{markup(outcome)}</b>", self.st.body))
        return self._block(tr("Decision"), content)

    def annotations(self) -> list[Flowable]:
        content: list[Flowable] = []
        # Remarks imported together share their time: then the item's own come first,
        # those on its proposed decisions after, in the order of the points.
        notes = sorted(
            self.pack_item.annotations,
            key=lambda n: (n.created_at, self._point_number(n.point_id) or 0),
        )
        for note in notes:
            content.append(Paragraph(markup(self._note_head(note)), self.st.h3))
            content += [Paragraph(p, self.st.quote) for p in paragraphs(note.text)]
        return self._block(tr("Remarks"), content)

    def _note_head(self, note: AnnotationDTO) -> str:
        """ "B. Bakker · 12-03-2024 14.05 · on proposed decision 2"."""
        stamp = f"{format_short_date(note.created_at.date())} {clock(note.created_at.time())}"
        parts = [note.author, stamp]
        point = self._point_number(note.point_id)
        if point is not None:
            parts.append(tr("on proposed decision {point}").format(point=point))
        return " · ".join(parts)

    def attachments(self) -> list[Flowable]:
        out: list[Flowable] = []
        count = len(self.pack_item.attachments)
        for n, attachment in enumerate(self.pack_item.attachments, start=1):
            pages = max(attachment.info.page_count, 1)
            for index in range(pages):
                caption = tr(
                    "Attachment {n} of {count} to item {item}: {name}, page {page} of {pages}"
                )
                caption = caption.format(
                    n=n,
                    count=count,
                    item=self.pack_item.scheduled.number,
                    name=attachment.info.filename,
                    page=index + 1,
                    pages=pages,
                )
                section = attachment_section(self.pack_item, attachment) if index == 0 else None
                out.append(AttachmentSlot(attachment, index, caption, section, n))
        return out


def _funding_rows(lines: tuple[FundingLineDTO, ...]) -> list[list[object]]:
    rows: list[list[object]] = [
        head_row(
            tr("Scheme"), tr("Funder"), tr("Requested"), tr("Granted"), tr("Status"), tr("Decision")
        )
    ]
    right = s.styles().cell_right
    for line in lines:
        rows.append(
            [
                _scheme_cell(line),
                cell(line.funder),
                cell(money(line.requested_cents), right),
                cell(money(line.granted_cents), right),
                cell(label(line.status)),
                cell(" ".join(x for x in (when(line.decision_date), line.decision_number) if x)),
            ]
        )
    return rows


def _scheme_cell(line: FundingLineDTO) -> list[Flowable]:
    """The scheme, with its period underneath when known."""
    out: list[Flowable] = [cell(line.scheme)]
    if line.period_start or line.period_end:
        period = f"{when(line.period_start)} – {when(line.period_end)}"
        out.append(cell(period, s.styles().small))
    return out


def _funding_table(initiative: InitiativeDTO) -> Table:
    rows = _funding_rows(initiative.funding)
    st = s.styles()
    extra: list[tuple[object, ...]] = []
    if len(initiative.funding) > 1:
        rows.append(
            [
                cell(tr("Total"), st.cell_bold),
                "",
                cell(money(initiative.requested_cents), st.cell_right),
                cell(money(initiative.granted_cents), st.cell_right),
                "",
                "",
            ]
        )
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, s.ACCENT))
    fixed = [24 * s.mm, 24 * s.mm, 22 * s.mm, 25 * s.mm]
    scheme = 39 * s.mm  # "Volkshuisvestingsfonds" unbroken
    widths = [scheme, s.FRAME_WIDTH - scheme - sum(fixed), *fixed]
    table = data_table(rows, widths, extra=extra)
    return table


def _first_height(content: list[Flowable]) -> float | None:
    """The height of a short first flowable, so that a small block needs no more room
    under its heading than it takes; None (the default room) for anything longer."""
    first = content[0]
    rows = getattr(first, "_cellvalues", None)
    if not isinstance(first, Paragraph | Table) or (rows is not None and len(rows) > 8):
        return None
    return float(first.wrap(s.FRAME_WIDTH, s.FRAME_HEIGHT)[1]) + 2 * s.mm


def initiative_block(initiative: InitiativeDTO) -> list[Flowable]:
    """Name and status, what it aims at, where and when, and its funding per funder."""
    st = s.styles()
    title = f"<b>{markup(initiative.name)}</b> · {markup(label(initiative.status))}"
    facts = [
        (tr("Area"), initiative.target_area),
        (tr("Responsible"), initiative.responsible),
    ]
    if initiative.period_start or initiative.period_end:
        facts.append(
            (tr("Period"), f"{when(initiative.period_start)} – {when(initiative.period_end)}")
        )
    out: list[Flowable] = [CondPageBreak(s.HEADING_KEEP), Paragraph(title, st.h3)]
    out += [Paragraph(p, st.body) for p in paragraphs(initiative.ambition)]
    lines = [f"<b>{markup(k)}:</b> {markup(v)}" for k, v in facts if v.strip()]
    if lines:
        out.append(Paragraph("<br/>".join(lines), st.body))
    if initiative.components:
        out.append(Paragraph(markup(tr("Components:")), st.meta))
        out += bullets([c.name for c in initiative.components])
    if initiative.funding:
        out.append(Spacer(0, 1.5 * s.mm))
        out.append(_funding_table(initiative))
    else:
        out.append(Paragraph(markup(tr("No funding recorded.")), st.meta))
    out.append(Spacer(0, 3 * s.mm))
    return out
