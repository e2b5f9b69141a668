"""The decision list (besluitenlijst): the page that goes to the council.

Who attended and who sent apologies, per decided item the decision and its
outcome, then the actions. Confidential items never reach this document: the
services layer leaves them out before it is built.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from dordtwest_desktop.domain.enums import Attendance, AttendeeRole
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.agenda import draft_note, left_out_note
from dordtwest_desktop.export.document import Steps, meeting_line, meta_for, render_tagged
from dordtwest_desktop.export.flowables import heading
from dordtwest_desktop.export.layout import Decor
from dordtwest_desktop.export.parts import action_table, bullets, meeting_details
from dordtwest_desktop.export.text import markup, paragraphs
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.documents import DocumentData
from dordtwest_desktop.services.dto import AttendeeDTO


def _attendee(attendee: AttendeeDTO) -> str:
    text = attendee.name
    if attendee.organisation.strip():
        text += f" ({attendee.organisation.strip()})"
    if attendee.role is not AttendeeRole.MEMBER:
        text += f", {label(attendee.role)}"
    return text


def attendance(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    out: list[Flowable] = []
    groups = (
        (tr("Present"), Attendance.PRESENT),
        (tr("Absent with apologies"), Attendance.EXCUSED),
    )
    for title, kind in groups:
        people = [_attendee(a) for a in data.attendees if a.attendance is kind]
        if people:
            out += [*heading(title, st.h2), *bullets(people)]
    if not out:
        out = [Paragraph(markup(tr("No attendance has been recorded.")), st.body)]
    return out


def decisions(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    out: list[Flowable] = []
    for pack_item in data.items:
        decision = pack_item.decision
        if decision is None:
            continue
        title = f"{pack_item.scheduled.number}. {pack_item.item.title}"
        out += heading(title, st.h3)
        out += [Paragraph(p, st.body) for p in paragraphs(decision.text)]
        outcome = tr("Outcome: {outcome}").format(outcome=label(decision.outcome))
        out.append(Paragraph(f"<b>{markup(outcome)}</b>", st.body))
    if not out:
        out = [Paragraph(markup(tr("No decisions were recorded in this meeting.")), st.body)]
    return out


def actions(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    out: list[Flowable] = []
    if data.meeting_actions:
        out.append(action_table(data.meeting_actions, data.today))
    else:
        out.append(Paragraph(markup(tr("No actions arose from this meeting.")), st.body))
    if data.carried_actions:
        out += heading(tr("Open actions from earlier meetings"), st.h2)
        out.append(action_table(data.carried_actions, data.today))
    return out


def decisions_story(data: DocumentData) -> list[Flowable]:
    st = s.styles()
    return [
        Paragraph(markup(tr("Decision list")), st.title),
        Paragraph(markup(data.meeting.body_label), st.subtitle),
        *draft_note(data),
        Spacer(0, 3 * s.mm),
        meeting_details(data),
        Spacer(0, 4 * s.mm),
        *heading(tr("Attendance"), st.h1),
        *attendance(data),
        Spacer(0, 4 * s.mm),
        *heading(tr("Decisions"), st.h1),
        *decisions(data),
        *left_out_note(data),
        Spacer(0, 4 * s.mm),
        *heading(tr("Actions"), st.h1),
        *actions(data),
    ]


def build_decisions(data: DocumentData, steps: Steps) -> bytes:
    document = tr("Decision list")
    decor = Decor(document=document, meeting=meeting_line(data), draft=data.draft)
    story = decisions_story(data)
    steps.advance()
    pdf = render_tagged(story, meta_for(data, document), decor, steps)
    steps.advance()
    return pdf
