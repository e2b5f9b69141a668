"""The agenda: the meeting's details and its numbered items (a document and a pack part)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.document import Meta, Steps, meeting_line, meta_for, render_tagged
from dordtwest_desktop.export.flowables import ConfidentialMark, heading
from dordtwest_desktop.export.layout import Decor, Section
from dordtwest_desktop.export.parts import cell, clock, confidential_tag, head_row, meeting_details
from dordtwest_desktop.export.tagging import data_table
from dordtwest_desktop.export.text import markup
from dordtwest_desktop.i18n import tr, trn
from dordtwest_desktop.services.documents import DocumentData, PackItem


def item_key(item: PackItem) -> str:
    return f"item-{item.item.id}"


def kind_label(pack_item: PackItem) -> list[str]:
    """The item's kind ("ter besluitvorming"), unless the title already says it ("Opening")."""
    kind = label(pack_item.item.kind)
    return [] if kind.casefold() == pack_item.item.title.strip().casefold() else [kind]


def _item_meta(pack_item: PackItem) -> str:
    item = pack_item.item
    parts = kind_label(pack_item)
    if item.presenter.strip():
        parts.append(tr("presenter: {name}").format(name=item.presenter.strip()))
    if item.duration_minutes:
        parts.append(tr("{minutes} min.").format(minutes=item.duration_minutes))
    return " · ".join(parts)


def _item_cell(pack_item: PackItem, link: bool) -> list[Flowable]:
    st = s.styles()
    item = pack_item.item
    title = markup(item.title)
    if link:
        title = f'<a href="#{item_key(pack_item)}">{title}</a>'
    out: list[Flowable] = [Paragraph(title, st.cell_bold)]
    meta = markup(_item_meta(pack_item))
    if item.confidential:
        meta = f"{meta} · {confidential_tag()}" if meta else confidential_tag()
        out.append(ConfidentialMark())
    if meta:
        out.append(Paragraph(meta, st.small))
    if item.points:
        out.append(Paragraph(markup(tr("Proposed decision:")), st.small))
        for number, point in enumerate(item.points, start=1):
            out.append(Paragraph(markup(point.text), st.cell, bulletText=f"{number}."))
    return out


def items_table(data: DocumentData, *, link: bool = False) -> Table:
    """One row per item: number, start time, and title with kind, presenter and points."""
    rows: list[list[object]] = [head_row(tr("No."), tr("Time"), tr("Item"))]
    for pack_item in data.items:
        scheduled = pack_item.scheduled
        rows.append(
            [
                cell(f"{scheduled.number}."),
                cell(clock(scheduled.start)),
                _item_cell(pack_item, link),
            ]
        )
    widths = [11 * s.mm, 14 * s.mm, s.FRAME_WIDTH - 25 * s.mm]
    table = data_table(rows, widths, extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 5)])
    return table


def left_out_note(data: DocumentData) -> list[Flowable]:
    if not data.left_out_confidential:
        return []
    text = trn("%n confidential agenda item(s) not included.", data.left_out_confidential)
    return [Paragraph(markup(text), s.styles().small)]


def agenda_part(data: DocumentData, section: Section) -> list[Flowable]:
    """The agenda inside the briefing pack: item titles link to their sections."""
    return [
        *heading(tr("Agenda"), s.styles().h1, section),
        meeting_details(data),
        Spacer(0, 4 * s.mm),
        items_table(data, link=True),
        *left_out_note(data),
    ]


def draft_note(data: DocumentData) -> list[Flowable]:
    """A draft says so in its text, near the start: the CONCEPT mark is an artifact."""
    if not data.draft:
        return []
    return [Paragraph(markup(tr("Draft: this version is not final.")), s.styles().alert)]


def agenda_story(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    story: list[Flowable] = [
        Paragraph(markup(tr("Agenda")), st.title),
        Paragraph(markup(data.meeting.body_label), st.subtitle),
        *draft_note(data),
        Spacer(0, 3 * s.mm),
        meeting_details(data),
        Spacer(0, 6 * s.mm),
    ]
    if data.items:
        story.append(items_table(data))
    else:
        story.append(Paragraph(markup(tr("The agenda has no items yet.")), st.body))
    return story + left_out_note(data)


def build_agenda(data: DocumentData, steps: Steps) -> bytes:
    document = tr("Agenda")
    meta: Meta = meta_for(data, document)
    decor = Decor(
        document=document,
        meeting=meeting_line(data),
        draft=data.draft,
    )
    story = agenda_story(data)
    steps.advance()
    pdf = render_tagged(story, meta, decor, steps)
    steps.advance()
    return pdf
