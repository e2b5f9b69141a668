"""A partner overview (partneroverzicht) on paper.

A pure function of `services.partner.PartnerData`, in the house style of the
other documents and tagged like them: what the organisation has to do (open and
overdue actions), what it presents in coming meetings, the decisions that gave
it work, its attendance and the initiatives it is responsible for. With
confidential content every page carries the CONFIDENTIAL mark (an artifact, as in
the briefing pack); without it, what was left out never reached `PartnerData`.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.document import Meta, Steps, render_tagged, write_pdf
from dordtwest_desktop.export.flowables import TocLine, heading
from dordtwest_desktop.export.layout import Decor, Section
from dordtwest_desktop.export.parts import DASH, cell, head_row
from dordtwest_desktop.export.tagging import data_table
from dordtwest_desktop.export.text import markup, one_line, paragraphs
from dordtwest_desktop.i18n import tr, trn
from dordtwest_desktop.services.documents import ORGANISATION, Cancelled, Progress
from dordtwest_desktop.services.partner import PartnerData


def document_name(data: PartnerData) -> str:
    """ "Partneroverzicht Woonkracht10" (title, footer, file metadata)."""
    return tr("Partner overview {organisation}").format(organisation=one_line(data.organisation))


# Rows (actions, coming items, decisions) from which the overview opens with its
# contents: a busy partner's runs to a hundred pages and more, and its attendance and
# initiatives would otherwise sit behind all of them.
CONTENTS_FROM = 40


def _note(text: str) -> Paragraph:
    return Paragraph(markup(text), s.styles().meta)


def _part(key: str, title: str) -> list[Flowable]:
    return [Spacer(0, 3 * s.mm), *heading(title, s.styles().h1, Section(key, title))]


def _secret(title: str, confidential: bool) -> str:
    return f"{title} ({tr('confidential')})" if confidential else title


def _intro(data: PartnerData) -> list[Flowable]:
    st = s.styles()
    out: list[Flowable] = [
        *heading(document_name(data), st.title),
        _note(
            tr("Status of the programme's records on {today}").format(
                today=format_long_date(data.today)
            )
        ),
    ]
    if data.people:
        out.append(_note(tr("People: {names}").format(names=", ".join(data.people))))
    if data.include_confidential:
        text = tr("Contains confidential items: for the organisation's own eyes, do not pass on.")
        out.append(Paragraph(markup(text), st.alert))
    out.append(
        _note(
            tr(
                "Actions, agenda items and initiatives are found by name: their owner, "
                "presenter or responsible names {organisation} or one of its people in full, "
                "whatever the case and accents."
            ).format(organisation=data.organisation)
        )
    )
    if data.is_empty:
        text = tr(
            "There is nothing to show for {organisation}: no open actions, no agenda items "
            "in coming meetings, no decisions that gave it work, no recorded attendance and "
            "no initiatives it is responsible for."
        ).format(organisation=data.organisation)
        out += [Spacer(0, 3 * s.mm), Paragraph(markup(text), st.body)]
    return out


def _actions(data: PartnerData) -> list[Flowable]:
    out = _part("actions", tr("Open actions"))
    if not data.actions:
        return [*out, _note(tr("No open actions."))]
    out.append(
        _note(trn("%n open action(s)", len(data.actions)) + ", " + trn("%n overdue", data.overdue))
    )
    rows: list[list[object]] = [head_row(tr("Action"), tr("Owner"), tr("Due"), tr("From"))]
    for action in data.actions:
        due = action.due.render() if action.due else DASH
        if action.overdue:
            due = tr("{due} (overdue)").format(due=due)
        origin = " – ".join(
            x
            for x in (
                format_long_date(action.meeting_day) if action.meeting_day else "",
                _secret(action.item_title, action.confidential) if action.item_title else "",
            )
            if x
        )
        rows.append([cell(action.description), cell(action.owner), cell(due), cell(origin or DASH)])
    widths = [34 * s.mm, 32 * s.mm]
    first = (s.FRAME_WIDTH - sum(widths)) * 0.55
    return [*out, data_table(rows, [first, *widths, s.FRAME_WIDTH - first - sum(widths)])]


def _coming(data: PartnerData) -> list[Flowable]:
    out = _part("coming", tr("Agenda items in coming meetings"))
    if not data.coming_items:
        return [
            *out,
            _note(tr("No agenda items presented by the organisation in coming meetings.")),
        ]
    rows: list[list[object]] = [head_row(tr("Meeting"), tr("Agenda item"), tr("Presenter"))]
    for item in data.coming_items:
        meeting = format_long_date(item.day)
        if item.meeting_title.strip():
            meeting += f" – {item.meeting_title}"
        rows.append(
            [cell(meeting), cell(_secret(item.title, item.confidential)), cell(item.presenter)]
        )
    widths = [50 * s.mm, 40 * s.mm]
    return [*out, data_table(rows, [widths[0], s.FRAME_WIDTH - sum(widths), widths[1]])]


def _decisions(data: PartnerData) -> list[Flowable]:
    st = s.styles()
    out = _part("decisions", tr("Decisions that gave it work"))
    if not data.decisions:
        return [*out, _note(tr("No decisions with actions for the organisation."))]
    for decision in data.decisions:
        title = f"{format_long_date(decision.day)} – {decision.item_title}"
        out += heading(_secret(title, decision.confidential), st.h3)
        out += [Paragraph(p, st.body) for p in paragraphs(decision.text)]
        outcome = tr("Outcome: {outcome}").format(outcome=label(decision.outcome))
        out.append(Paragraph(f"<b>{markup(outcome)}</b>", st.body))
        out.append(_note(tr("Actions: {actions}").format(actions="; ".join(decision.actions))))
    return out


def _attendance(data: PartnerData) -> list[Flowable]:
    out = _part("attendance", tr("Attendance"))
    if not data.attendance:
        return [
            *out,
            _note(tr("None of its people is on the attendee list of a past Alliantie meeting.")),
        ]
    out.append(_note(tr("The most recent Alliantie meetings its people were invited to.")))
    rows: list[list[object]] = [head_row(tr("Meeting"), tr("Present"), tr("Absent"))]
    for line in data.attendance:
        meeting = format_long_date(line.day)
        if line.meeting_title.strip():
            meeting += f" – {line.meeting_title}"
        rows.append(
            [
                cell(meeting),
                cell(", ".join(line.present) or DASH),
                cell(", ".join(line.absent) or DASH),
            ]
        )
    first = 60 * s.mm
    rest = (s.FRAME_WIDTH - first) / 2
    return [*out, data_table(rows, [first, rest, rest])]


def _initiatives(data: PartnerData) -> list[Flowable]:
    out = _part("initiatives", tr("Initiatives it is responsible for"))
    if not data.initiatives:
        return [*out, _note(tr("No initiatives."))]
    rows: list[list[object]] = [head_row(tr("Initiative"), tr("Status"), tr("Responsible"))]
    for initiative in data.initiatives:
        rows.append(
            [cell(initiative.name), cell(label(initiative.status)), cell(initiative.responsible)]
        )
    widths = [30 * s.mm, 55 * s.mm]
    return [*out, data_table(rows, [s.FRAME_WIDTH - sum(widths), *widths])]


def _contents(data: PartnerData) -> list[Flowable]:
    """Each part with its count and page, for an overview too long to leaf through."""
    st = s.styles()
    parts = [
        ("actions", tr("Open actions"), len(data.actions)),
        ("coming", tr("Agenda items in coming meetings"), len(data.coming_items)),
        ("decisions", tr("Decisions that gave it work"), len(data.decisions)),
        ("attendance", tr("Attendance"), len(data.attendance)),
        ("initiatives", tr("Initiatives it is responsible for"), len(data.initiatives)),
    ]
    out: list[Flowable] = [
        *heading(tr("Contents"), st.h1, Section("contents", tr("Contents"), in_toc=False)),
        Spacer(0, 2 * s.mm),
    ]
    for key, title, count in parts:
        # The key is the part's own heading: its page is filled in when it is laid out.
        out.append(TocLine(Section(key, f"{title} ({count})"), st.toc0))
    return out


def partner_story(data: PartnerData) -> list[Flowable]:
    story = _intro(data)
    if data.is_empty:
        return story
    if len(data.actions) + len(data.coming_items) + len(data.decisions) >= CONTENTS_FROM:
        story += [Spacer(0, 3 * s.mm), *_contents(data)]
    story += _actions(data) + _coming(data) + _decisions(data)
    story += _attendance(data) + _initiatives(data)
    if data.left_out_confidential:
        story += [
            Spacer(0, 3 * s.mm),
            _note(
                trn(
                    "%n confidential agenda item(s), decision(s) or action(s) not included.",
                    data.left_out_confidential,
                )
            ),
        ]
    return story


def partner_meta(data: PartnerData) -> Meta:
    return Meta(
        title=document_name(data),
        author=one_line(data.author or ORGANISATION),
        subject=tr("What {organisation} has to do in the programme, status on {today}").format(
            organisation=one_line(data.organisation), today=format_long_date(data.today)
        ),
        keywords=(one_line(data.organisation), tr("Partner overview")),
    )


def build_partner(
    data: PartnerData,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the overview (`export partner --org NAME`); nothing written on error."""
    steps = Steps(2, progress, cancelled)
    steps.check()
    decor = Decor(
        document=document_name(data),
        meeting=data.organisation,
        confidential=data.include_confidential,
        show_outline=True,
    )
    content = render_tagged(partner_story(data), partner_meta(data), decor, steps)
    steps.check()
    write_pdf(Path(out), content)
    steps.finish()
    return Path(out)
