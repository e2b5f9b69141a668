"""The briefing pack (vergaderstukken).

Cover, contents, agenda, one section per agenda item directly followed by that
item's PDF attachments, the general remarks on the meeting (when there are any),
the open actions and the programme's milestone timeline.

Attachments keep their place in the page numbering because their page counts are
known beforehand: the story reserves one placeholder page per attachment page
(`AttachmentSlot`), the single layout pass numbers everything, and `stamp.py`
then draws each attachment page onto its placeholder. Contents page numbers are
filled in when the canvas is saved (see layout.py), so one pass is enough where
reportlab's `multiBuild` with a `TableOfContents` would need three.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, PageBreak, Paragraph, Spacer

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.dates import PreciseDate, format_long_date, format_short_date
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.agenda import agenda_part
from dordtwest_desktop.export.document import Steps, meeting_line, meta_for, render
from dordtwest_desktop.export.flowables import RemarkField, TocLine, heading
from dordtwest_desktop.export.layout import Decor, Section
from dordtwest_desktop.export.parts import (
    action_table,
    bullets,
    clock,
    meeting_details,
    meeting_name,
)
from dordtwest_desktop.export.sections import (
    ItemSection,
    attachment_section,
    is_light,
    item_section,
)
from dordtwest_desktop.export.stamp import finish_pack
from dordtwest_desktop.export.text import markup, paragraphs, shorten
from dordtwest_desktop.export.timeline import timeline_flowables
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.readback.fields import name_field
from dordtwest_desktop.services.charts import timeline_series
from dordtwest_desktop.services.documents import DocumentData
from dordtwest_desktop.services.meeting_milestones import MeetingMilestones

# The most of any one name or title the cover shows: three lines of its subtitle.
COVER_LIMIT = 160


def _sections() -> dict[str, Section]:
    return {
        "contents": Section("contents", tr("Contents"), in_toc=False),
        "agenda": Section("agenda", tr("Agenda")),
        # Running heads say short names (see sections.item_section).
        "remarks": Section("remarks", tr("General remarks"), header=tr("Remarks")),
        "actions": Section("actions", tr("Open actions"), header=tr("Actions")),
        "timeline": Section("timeline", tr("Milestones of the programme"), header=tr("Milestones")),
        "funding": Section("funding", tr("Funding: requested and granted"), header=tr("Funding")),
        "indicators": Section(
            "indicators",
            tr("Indicators: Dordt West and the Dordrecht average"),
            header=tr("Indicators"),
        ),
        "colophon": Section("colophon", tr("Colophon")),
    }


def _toc_entries(data: DocumentData, fixed: dict[str, Section]) -> list[Section]:
    entries = [fixed["agenda"]]
    for pack_item in data.items:
        entries.append(item_section(pack_item))
        entries += [attachment_section(pack_item, a) for a in pack_item.attachments]
    if data.general_remarks:
        entries.append(fixed["remarks"])
    charts = [fixed["timeline"], fixed["funding"], fixed["indicators"]]
    return [*entries, fixed["actions"], *charts, fixed["colophon"]]


def _cover_notes(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    notes: list[Flowable] = []
    if data.draft:
        notes.append(Paragraph(markup(tr("Draft: this version is not final.")), st.alert))
    if data.public:
        text = tr("Public version: confidential items and their attachments are not included.")
        notes.append(Paragraph(markup(text), st.body))
    elif data.has_confidential:
        text = tr("Contains confidential items: do not pass on.")
        notes.append(Paragraph(markup(text), st.alert))
    return notes


def _name_box(data: DocumentData) -> list[Flowable]:
    """In a fillable pack: how to return remarks, and the field for the attendee's name."""
    if not data.fillable:
        return []
    text = tr(
        "Type your remarks in the boxes under each agenda item and proposed decision, "
        "fill in your name below, save the file and send it back. A note or a highlight "
        "with a comment on a page reaches us as well."
    )
    label = tr("Your name")
    return [
        Spacer(0, 4 * s.mm),
        Paragraph(markup(text), s.styles().body),
        RemarkField(
            name_field(data.meeting.id),
            label,
            label,
            7 * s.mm,
            width=90 * s.mm,
            multiline=False,
            font_size=10,
        ),
    ]


def cover(data: DocumentData) -> list[Flowable]:
    """One page, whatever the user typed: names and titles are shortened (COVER_LIMIT).

    Shortened rather than set smaller: a title of a few hundred words fits a page
    only in a type nobody reads, and the cover is there to tell which meeting
    this is. The agenda page shows the full title.
    """
    st = s.styles()
    meeting = data.meeting
    return [
        Spacer(0, 28 * s.mm),
        Paragraph(markup(shorten(data.programme_name, COVER_LIMIT)), st.meta),
        HRFlowable(width="100%", thickness=2.2, color=s.ACCENT, spaceBefore=2, spaceAfter=10),
        Paragraph(markup(tr("Briefing pack")), st.title),
        Spacer(0, 3 * s.mm),
        Paragraph(markup(meeting_name(data, COVER_LIMIT)), st.subtitle),
        Paragraph(markup(format_long_date(meeting.day)), st.subtitle),
        Spacer(0, 10 * s.mm),
        meeting_details(data, COVER_LIMIT),
        Spacer(0, 10 * s.mm),
        *_cover_notes(data),
        *_name_box(data),
        Spacer(0, 6 * s.mm),
        Paragraph(
            markup(tr("Prepared on {date}").format(date=format_long_date(data.today))), st.small
        ),
    ]


def contents(entries: list[Section], section: Section) -> list[Flowable]:
    st = s.styles()
    out: list[Flowable] = [*heading(tr("Contents"), st.h1, section), Spacer(0, 2 * s.mm)]
    for entry in entries:
        out.append(TocLine(entry, st.toc1 if entry.level else st.toc0))
    return out


def actions_part(data: DocumentData, section: Section) -> list[Flowable]:
    st = s.styles()
    out = heading(section.title, st.h1, section)
    actions = data.open_actions
    if not actions:
        return [*out, Paragraph(markup(tr("There are no open actions.")), st.body)]
    intro = tr("Actions still open, from this meeting and earlier meetings of {body}.")
    out.append(Paragraph(markup(intro.format(body=data.meeting.body_label)), st.meta))
    return [*out, Spacer(0, 2 * s.mm), action_table(actions, data.today, with_status=False)]


def general_remarks_part(data: DocumentData, section: Section) -> list[Flowable]:
    """Remarks on the meeting as a whole, such as notes on the pages of no agenda item."""
    if not data.general_remarks:
        return []
    st = s.styles()
    intro = tr("Remarks on the meeting as a whole, not on one agenda item.")
    out = [PageBreak(), *heading(section.title, st.h1, section)]
    out.append(Paragraph(markup(intro), st.meta))
    for note in data.general_remarks:
        stamp = f"{format_short_date(note.created_at.date())} {clock(note.created_at.time())}"
        out.append(Paragraph(markup(f"{note.author} · {stamp}"), st.h3))
        out += [Paragraph(p, st.quote) for p in paragraphs(note.text)]
    return out


def timeline_part(data: DocumentData, section: Section) -> list[Flowable]:
    """The milestones that matter for this meeting; what is left out, counted ("overige")."""
    chosen = data.timeline
    series = timeline_series(chosen.milestones, data.initiatives, data.today)
    st = s.styles()
    out = [*heading(section.title, st.h1, section)]
    if chosen.others:
        intro = tr(
            "The milestones for this meeting: those linked to it or to its agenda items, "
            "those overdue, and those due up to {date}. The programme has {total} in all."
        ).format(date=_day(chosen.window_end), total=_count(chosen.programme_total))
        out.append(Paragraph(markup(intro), st.meta))
    return [
        *out,
        Spacer(0, 2 * s.mm),
        *timeline_flowables(series, s.FRAME_WIDTH),
        *[Paragraph(markup(text), st.small) for text in _left_out_notes(chosen)],
    ]


def _left_out_notes(chosen: MeetingMilestones) -> list[str]:
    notes = []
    late, soon = chosen.overdue_left_out, chosen.upcoming_left_out
    if late.count and late.first and late.last:
        text = tr("Other overdue milestones, not listed: {count}, due from {first} to {last}.")
        notes.append(
            text.format(count=_count(late.count), first=_day(late.first), last=_day(late.last))
        )
    if soon.count:
        text = tr("Other milestones due up to {date}, not listed: {count}.")
        notes.append(text.format(date=_day(chosen.window_end), count=_count(soon.count)))
    rest = chosen.others - late.count - soon.count
    if rest:
        text = tr("Other milestones of the programme, not listed: {count}.")
        notes.append(text.format(count=_count(rest)))
    return notes


def _day(day: date) -> str:
    return PreciseDate.of_day(day).render()


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def pack_story(data: DocumentData, steps: Steps) -> list[Flowable]:
    fixed = _sections()
    story: list[Flowable] = [*cover(data), PageBreak()]
    story += contents(_toc_entries(data, fixed), fixed["contents"])
    story += [PageBreak(), *agenda_part(data, fixed["agenda"])]
    for index, pack_item in enumerate(data.items):
        # Items with something to read start a page, so that page ranges per item
        # stay apart; items with nothing but a title (opening, closing) run on.
        light = index > 0 and is_light(pack_item)
        story += [Spacer(0, 6 * s.mm)] if light else [PageBreak()]
        fields_for = data.meeting.id if data.fillable else None
        story += ItemSection(pack_item, data.today, fields_for).flowables()
        steps.advance()
    story += general_remarks_part(data, fixed["remarks"])
    story += [PageBreak(), *actions_part(data, fixed["actions"])]
    story += [PageBreak(), *timeline_part(data, fixed["timeline"])]
    story += [PageBreak(), *programme_charts(data, fixed["funding"], fixed["indicators"])]
    story += colophon(data, fixed["colophon"])
    return story


def colophon(data: DocumentData, section: Section) -> list[Flowable]:
    """Who made the pack, and how accessible it is: which attachments are not (issue 15)."""
    st = s.styles()
    made = tr("Made with Dordt West Alliantie {version} on {date}.").format(
        version=__version__, date=format_long_date(data.today)
    )
    out: list[Flowable] = [
        Spacer(0, 8 * s.mm),
        *heading(section.title, st.h1, section),
        Paragraph(markup(made), st.body),
    ]
    untagged = {a.info.id for a in data.untagged_attachments}
    if not untagged:
        text = tr(
            "This document is a tagged PDF (PDF/UA-1): headings, lists, tables, the "
            "descriptions of the charts and the reading order are there for screen readers."
        )
        return [*out, Paragraph(markup(text), st.body)]
    text = tr(
        "These attachments have not been made accessible (they are PDFs without tags): a "
        "screen reader says only their name and page number. So this document does not "
        "claim PDF/UA-1; the rest of it is tagged."
    )
    names = [
        tr("Attachment {n} to item {item}: {name}").format(
            n=n, item=pack_item.scheduled.number, name=attachment.info.filename
        )
        for pack_item in data.items
        for n, attachment in enumerate(pack_item.attachments, start=1)
        if attachment.info.id in untagged
    ]
    return [*out, Paragraph(markup(text), st.body), *bullets(names)]


def programme_charts(data: DocumentData, funding: Section, indicators: Section) -> list[Flowable]:
    """The dashboard's funding and indicator charts, the same drawings as its PDF."""
    from dordtwest_desktop.export.dashboard import funding_flowables, indicator_flowables
    from dordtwest_desktop.services.dashboard import funding_series

    st = s.styles()
    return [
        *heading(funding.title, st.h1, funding),
        Spacer(0, 2 * s.mm),
        *funding_flowables(funding_series(data.initiatives), s.FRAME_WIDTH),
        Spacer(0, 8 * s.mm),
        *indicator_flowables(
            data.indicators,
            s.FRAME_WIDTH,
            lead=[
                *_without_break(heading(indicators.title, st.h1, indicators)),
                Spacer(0, 2 * s.mm),
            ],
        ),
    ]


def _without_break(flowables: list[Flowable]) -> list[Flowable]:
    """A heading to keep with what follows it in a KeepTogether (where its own
    CondPageBreak would always break)."""
    return [f for f in flowables if not isinstance(f, CondPageBreak)]


def pack_steps(data: DocumentData) -> int:
    attachments = sum(len(p.attachments) for p in data.items)
    return 2 * len(data.items) + attachments + 4


def build_pack(data: DocumentData, steps: Steps) -> bytes:
    document = tr("Briefing pack")
    decor = Decor(
        document=document,
        meeting=meeting_line(data),
        draft=data.draft,
        show_outline=True,
        on_section=steps.advance,
    )
    story = pack_story(data, steps)
    pdf = render(story, meta_for(data, document), decor, steps)
    return finish_pack(pdf, decor, data, steps)
