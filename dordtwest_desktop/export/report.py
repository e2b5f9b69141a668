"""The progress report for the council (voortgangsrapportage) on paper.

A pure function of `services.report.ReportData`, in the house style of the other
documents and tagged like them: a one-page summary first; then the ambition and
the national goal; per pillar its strategic goal, initiatives, milestones,
funding per funder and indicators; the decisions of the Alliantie; and a closing
note on where the figures come from and what was left out. Nothing here reads the
database: what must not be shown never reached `ReportData`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.domain.enums import Assessment
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.document import Meta, Steps, render_tagged, write_pdf
from dordtwest_desktop.export.flowables import heading
from dordtwest_desktop.export.layout import Decor, Section
from dordtwest_desktop.export.parts import DASH, bullets, cell, head_row, money
from dordtwest_desktop.export.report_tables import (
    LIST_LIMIT,
    funding_table,
    heads,
    indicators_table,
    initiatives_table,
    milestones_table,
    more,
    status_counts,
    total,
)
from dordtwest_desktop.export.tagging import data_table
from dordtwest_desktop.export.text import markup, one_line, paragraphs, shorten
from dordtwest_desktop.i18n import tr, trn
from dordtwest_desktop.services.documents import ORGANISATION, Cancelled, Progress
from dordtwest_desktop.services.report import (
    PillarReport,
    ReportData,
    ReportMeeting,
)

# The summary must stay on one page whatever was typed: names there are shortened.
SUMMARY_NAME_LIMIT = 90
FAVOURABLE = (Assessment.VERY_FAVOURABLE, Assessment.FAVOURABLE)
UNFAVOURABLE = (Assessment.UNFAVOURABLE, Assessment.VERY_UNFAVOURABLE)


def document_name(data: ReportData) -> str:
    """ "Voortgangsrapportage 2024" (title, footer, file metadata)."""
    return tr("Progress report {period}").format(period=data.period.render())


def _note(text: str) -> Paragraph:
    return Paragraph(markup(text), s.styles().meta)


# -- the summary page ------------------------------------------------------------------


def _key_figures(data: ReportData) -> Table:
    funding = [f for p in data.pillars for f in p.funding]
    charts = [c for p in data.pillars for c in p.indicators]

    def count(kinds: Sequence[Assessment]) -> int:
        return sum(c.evaluation is not None and c.evaluation.assessment in kinds for c in charts)

    unset = sum(c.evaluation is not None and c.evaluation.assessment is None for c in charts)
    indicator_text = tr(
        "{favourable} favourable, {average} around the average, {unfavourable} unfavourable"
    ).format(
        favourable=count(FAVOURABLE),
        average=count((Assessment.AVERAGE,)),
        unfavourable=count(UNFAVOURABLE),
    )
    if unset:
        indicator_text += "; " + trn("%n without a set direction", unset)
    decisions = (
        trn("%n decision(s)", data.decisions) + " · " + trn("%n meeting(s)", len(data.meetings))
    )
    if data.left_out_confidential:
        decisions += " · " + trn(
            "%n confidential decision(s) not included", data.left_out_confidential
        )
    rows: list[list[object]] = [
        head_row(tr("Subject"), data.period.render()),
        [cell(tr("Initiatives running")), cell(str(data.total("initiatives")))],
        [cell(tr("Milestones reached")), cell(str(data.total("reached")))],
        [cell(tr("Milestones late")), cell(str(data.total("late")))],
        [
            cell(
                tr("Next milestones (up to {period})").format(
                    period=data.period.following().render()
                )
            ),
            cell(str(data.total("upcoming"))),
        ],
        [
            cell(tr("Funding requested / granted")),
            cell(
                f"{money(total([f.requested_cents for f in funding]))} / "
                f"{money(total([f.granted_cents for f in funding]))}"
            ),
        ],
        [
            cell(tr("Indicators against the Dordrecht average")),
            cell(f"{len(charts)}: {indicator_text}" if charts else tr("no figures")),
        ],
        [cell(tr("Decisions of the Alliantie")), cell(decisions)],
    ]
    first = 70 * s.mm
    return data_table(rows, [first, s.FRAME_WIDTH - first])


def _pillar_figures(data: ReportData) -> Table:
    rows: list[list[object]] = [
        heads(
            (
                tr("Pillar"),
                tr("Initiatives"),
                tr("Reached"),
                tr("Late"),
                tr("Next"),
                tr("Indicators + / −"),
            ),
            5,
        )
    ]
    right = s.styles().cell_right
    for pillar in data.pillars:
        favourable = sum(pillar.assessments(a) for a in FAVOURABLE)
        unfavourable = sum(pillar.assessments(a) for a in UNFAVOURABLE)
        rows.append(
            [
                cell(shorten(pillar.title, SUMMARY_NAME_LIMIT)),
                cell(str(len(pillar.initiatives)), right),
                cell(str(len(pillar.reached)), right),
                cell(str(len(pillar.late)), right),
                cell(str(len(pillar.upcoming)), right),
                cell(f"{favourable} / {unfavourable}" if pillar.indicators else DASH, right),
            ]
        )
    fixed = [24 * s.mm, 18 * s.mm, 18 * s.mm, 18 * s.mm, 30 * s.mm]
    return data_table(rows, [s.FRAME_WIDTH - sum(fixed), *fixed])


def summary_page(data: ReportData) -> list[Flowable]:
    st = s.styles()
    title = document_name(data)
    out: list[Flowable] = [
        *heading(title, st.title),
        Paragraph(markup(shorten(data.programme_name, SUMMARY_NAME_LIMIT)), st.subtitle),
        _note(
            tr(
                "Period {period} ({first} to {last}) · status of the programme's records on {today}"
            ).format(
                period=data.period.render(),
                first=format_long_date(data.period.first),
                last=format_long_date(data.period.last),
                today=format_long_date(data.today),
            )
        ),
    ]
    if data.draft:
        out.append(Paragraph(markup(tr("Draft: this version is not final.")), st.alert))
    out += [
        Spacer(0, 3 * s.mm),
        *heading(tr("Summary"), st.h2, Section("summary", tr("Summary"))),
    ]
    if data.is_empty:
        out.append(
            Paragraph(
                markup(
                    tr(
                        "Nothing has been recorded for {period}: no initiatives, milestones, "
                        "funding, indicator figures or meetings of the Alliantie."
                    ).format(period=data.period.render())
                ),
                st.body,
            )
        )
    out += [
        _key_figures(data),
        Spacer(0, 4 * s.mm),
        *heading(tr("Per pillar"), st.h3),
        _pillar_figures(data),
        Spacer(0, 2 * s.mm),
        Paragraph(
            markup(
                tr(
                    "Late: still planned while its date has passed. Next: planned in this "
                    "period or the one after it. Indicators + / −: favourable and "
                    "unfavourable against the Dordrecht average at the end of the period."
                )
            ),
            st.small,
        ),
        PageBreak(),
    ]
    return out


# -- ambition --------------------------------------------------------------------------


def ambition_part(data: ReportData) -> list[Flowable]:
    st = s.styles()
    title = tr("Ambition and national goal")
    out: list[Flowable] = [*heading(title, st.h1, Section("ambition", title))]
    if data.motto.strip():
        out.append(Paragraph(f"<i>{markup(data.motto)}</i>", st.body))
    out += heading(tr("National goal"), st.h2)
    texts = paragraphs(data.national_goal)
    out += [Paragraph(p, st.body) for p in texts] or [_note(tr("Not recorded."))]
    if data.subgoals:
        out.append(_note(tr("National sub-goals:")))
        out += bullets(list(data.subgoals))
    out += heading(tr("Ambition of Dordt West"), st.h2)
    texts = paragraphs(data.ambition)
    out += [Paragraph(p, st.body) for p in texts] or [_note(tr("Not recorded."))]
    return out


# -- a pillar --------------------------------------------------------------------------


def _block(title: str, content: list[Flowable], empty: str) -> list[Flowable]:
    st = s.styles()
    return [*heading(title, st.h3), *(content or [_note(empty)])]


def _milestones(pillar: PillarReport, data: ReportData) -> list[Flowable]:
    period = data.period.render()
    groups = (
        (tr("Reached"), pillar.reached, tr("No milestone reached in {period}.")),
        (tr("Late"), pillar.late, tr("No milestone is late.")),
        (
            tr("Next"),
            pillar.upcoming,
            tr("No milestone planned in {period} or {next}."),
        ),
    )
    out: list[Flowable] = [*heading(tr("Milestones"), s.styles().h2)]
    for title, lines, empty in groups:
        content: list[Flowable] = (
            [milestones_table(lines[:LIST_LIMIT]), *more(len(lines))] if lines else []
        )
        text = empty.format(period=period, next=data.period.following().render())
        out += _block(title, content, text)
    return out


def pillar_part(pillar: PillarReport, number: int, data: ReportData) -> list[Flowable]:
    st = s.styles()
    period = data.period.render()
    title = (
        tr("Pillar {number}: {name}").format(number=number, name=pillar.title)
        if pillar.pillar is not None
        else pillar.title
    )
    out: list[Flowable] = [*heading(title, st.h1, Section(f"pillar-{number}", title))]
    if pillar.strategic_goals:
        out += heading(tr("Strategic goal"), st.h2)
        for goal in pillar.strategic_goals:
            out.append(Paragraph(f"<b>{markup(goal.title)}</b>", st.body))
            out += [Paragraph(p, st.body) for p in paragraphs(goal.description)]
    elif pillar.pillar is None:
        out.append(
            _note(tr("Initiatives, milestones and indicators that are linked to no pillar."))
        )
    if pillar.is_empty:
        out.append(
            Paragraph(
                markup(
                    tr(
                        "Nothing has been recorded for this pillar for {period}: no initiatives, "
                        "milestones, funding or indicator figures."
                    ).format(period=period)
                ),
                st.body,
            )
        )
        return out
    out += heading(tr("Initiatives"), st.h2)
    if pillar.initiatives:
        out.append(_note(status_counts(pillar.initiatives)))
        out.append(initiatives_table(pillar.initiatives[:LIST_LIMIT]))
        out += more(len(pillar.initiatives))
    else:
        out.append(_note(tr("No initiative runs in {period}.").format(period=period)))
    out += _milestones(pillar, data)
    out += heading(tr("Funding per funder"), st.h2)
    if pillar.funding:
        out.append(funding_table(pillar.funding))
        out.append(
            Paragraph(
                markup(
                    tr(
                        "Whole amounts of the funding lines that run in {period} or whose "
                        "period is not recorded; – : no amount recorded."
                    ).format(period=period)
                ),
                st.small,
            )
        )
    else:
        out.append(_note(tr("No funding recorded for {period}.").format(period=period)))
    out += heading(tr("Indicators against the Dordrecht average"), st.h2)
    if pillar.indicators:
        out.append(indicators_table(pillar.indicators, data.period.year))
    else:
        out.append(_note(tr("No indicators for this pillar.")))
    return out


# -- decisions -------------------------------------------------------------------------


def _meeting_title(meeting: ReportMeeting) -> str:
    day = format_long_date(meeting.day)
    return f"{day} – {meeting.title}" if meeting.title.strip() else day


def decisions_part(data: ReportData) -> list[Flowable]:
    st = s.styles()
    title = tr("Decisions of the Alliantie")
    period = data.period.render()
    out: list[Flowable] = [*heading(title, st.h1, Section("decisions", title))]
    if not data.meetings:
        out.append(
            Paragraph(
                markup(tr("The Alliantie did not meet in {period}.").format(period=period)),
                st.body,
            )
        )
    for meeting in data.meetings:
        out += heading(_meeting_title(meeting), st.h2)
        if not meeting.decisions:
            out.append(_note(tr("No decisions were recorded in this meeting.")))
        for decision in meeting.decisions:
            out += heading(decision.item_title, st.h3)
            out += [Paragraph(p, st.body) for p in paragraphs(decision.text)]
            outcome = tr("Outcome: {outcome}").format(outcome=label(decision.outcome))
            out.append(Paragraph(f"<b>{markup(outcome)}</b>", st.body))
    if data.left_out_confidential:
        out.append(
            _note(
                trn(
                    "%n decision(s) on confidential agenda items not included.",
                    data.left_out_confidential,
                )
            )
        )
    return out


def about_part(data: ReportData) -> list[Flowable]:
    st = s.styles()
    title = tr("About this report")
    text = tr(
        "Everything in this report comes from the programme's records on {today}. "
        "Confidential agenda items, remarks and the names of attendees are not included."
    ).format(today=format_long_date(data.today))
    return [*heading(title, st.h2, Section("about", title)), Paragraph(markup(text), st.small)]


# -- the document ----------------------------------------------------------------------


def report_story(data: ReportData, steps: Steps | None = None) -> list[Flowable]:
    story = [*summary_page(data), *ambition_part(data)]
    for number, pillar in enumerate(data.pillars, start=1):
        story += [Spacer(0, 4 * s.mm), *pillar_part(pillar, number, data)]
        if steps is not None:
            steps.advance()
    story += [Spacer(0, 4 * s.mm), *decisions_part(data), Spacer(0, 4 * s.mm)]
    story += about_part(data)
    return story


def report_meta(data: ReportData) -> Meta:
    name = document_name(data)
    return Meta(
        title=f"{name} {one_line(data.programme_name)}",
        author=one_line(data.author or ORGANISATION),
        subject=tr("Progress of the programme in {period}, status on {today}").format(
            period=data.period.render(), today=format_long_date(data.today)
        ),
        keywords=(one_line(data.programme_name), name),
    )


def report_pdf(data: ReportData, steps: Steps) -> bytes:
    decor = Decor(
        document=document_name(data),
        meeting=data.programme_name,
        draft=data.draft,
        show_outline=True,
    )
    story = report_story(data, steps)
    return render_tagged(story, report_meta(data), decor, steps)


def build_report(
    data: ReportData,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the progress report (`export report --period 2024`); nothing written on error."""
    steps = Steps(len(data.pillars) + 2, progress, cancelled)
    steps.check()
    content = report_pdf(data, steps)
    steps.check()
    write_pdf(Path(out), content)
    steps.finish()
    return Path(out)
