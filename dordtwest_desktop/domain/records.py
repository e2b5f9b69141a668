"""The rules every stored record obeys, however it arrives: typed in a form or imported.

One function per table, its keyword arguments named like the table's columns, so
that a service calls it with the fields of the record it is about to store and
the JSON import calls it with each decoded row (`RULES[table](**row)`). Columns a
rule does not look at are ignored. Each rule raises ValidationError with the
field of the form and the column it is about.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from datetime import date, time
from typing import Any

from dordtwest_desktop.domain.agenda import MAX_DURATION_MINUTES
from dordtwest_desktop.domain.attachments import attachment_facts
from dordtwest_desktop.domain.dates import MAX_YEAR, MIN_YEAR, PreciseDate
from dordtwest_desktop.domain.enums import MEETING_BODIES, Body, MomentRule
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.indicators import MAX_ABS_VALUE, NAME_LIMIT
from dordtwest_desktop.domain.money import MAX_CENTS
from dordtwest_desktop.domain.regimes import Moment, check_moment
from dordtwest_desktop.i18n import mark, tr

# Far more records than a programme ever has; the order of records, not a count.
MAX_POSITION = 1_000_000
GOAL_TITLE_LIMIT = 2000


# -- single values -------------------------------------------------------------
def required(text: str, field: str, what: str, column: str | None = None) -> str:
    """Trimmed text that may not be empty; `what` names the field (`mark`ed English).

    `what` is translated only when the text is refused: an import checks some 300,000
    names and titles, and looked each name up in the catalogue (0.15 s at scale).
    """
    value = text.strip()
    if not value:
        raise ValidationError(
            tr("{what} may not be empty.").format(what=tr(what)), field=field, column=column
        )
    return value


def max_length(text: str, limit: int, field: str, what: str, column: str | None = None) -> str:
    if len(text) > limit:
        raise ValidationError(
            tr("{what} is longer than {limit} characters.").format(what=tr(what), limit=limit),
            field=field,
            column=column,
        )
    return text


def amount(cents: int | None, field: str, column: str | None = None) -> int | None:
    """An amount in cents: none, or from zero up to the largest amount the app reads."""
    if cents is not None and cents < 0:
        raise ValidationError(tr("An amount cannot be negative."), field=field, column=column)
    if cents is not None and cents > MAX_CENTS:
        raise ValidationError(
            tr("An amount cannot be larger than {cents} cents.").format(cents=MAX_CENTS),
            field=field,
            column=column,
        )
    return cents


def ordered_period(
    start: PreciseDate | None, end: PreciseDate | None, field: str = "period_end"
) -> None:
    if start is not None and end is not None and end.last_day() < start.first_day():
        raise ValidationError(
            tr("The end of the period ({end}) lies before its start ({start}).").format(
                end=end.render(), start=start.render()
            ),
            field=field,
        )


def number(value: float, field: str, column: str | None = None) -> float:
    """A figure of an indicator: finite and of a size the charts can draw."""
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        raise ValidationError(tr("This number is too large."), field=field, column=column)
    return value


def year(value: int, field: str, column: str | None = None) -> int:
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValidationError(
            tr("{year} is not a plausible year.").format(year=value), field=field, column=column
        )
    return value


def position(value: int) -> int:
    if not 0 <= value <= MAX_POSITION:
        raise ValidationError(
            tr("A position is a number from 0 to {max}.").format(max=MAX_POSITION),
            field="position",
        )
    return value


def duration(minutes: int) -> int:
    if not 0 <= minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            tr("A duration is a number of minutes from 0 to {max}.").format(
                max=MAX_DURATION_MINUTES
            ),
            field="duration",
            column="duration_minutes",
        )
    return minutes


def indicator_name(name: str) -> str:
    text = " ".join(required(name, "name", mark("The name")).split())
    return max_length(text, NAME_LIMIT, "name", mark("The name"))


def no_cycle(
    ident: uuid.UUID, parent: uuid.UUID | None, parent_of: Callable[[uuid.UUID], Any]
) -> None:
    """A goal may not end up nested under itself; `parent_of` looks up a stored parent."""
    seen = {ident}
    while parent is not None:
        if parent in seen:
            raise ValidationError(tr("A goal cannot be nested under itself."), field="parent_id")
        seen.add(parent)
        parent = parent_of(parent)


# -- records, one per table ------------------------------------------------------
def programme(
    *,
    name: str,
    period_start: PreciseDate | None = None,
    period_end: PreciseDate | None = None,
    **_: object,
) -> None:
    required(name, "name", mark("The name"))
    ordered_period(period_start, period_end)


def pillar(*, name: str, position: int, **_: object) -> None:
    required(name, "name", mark("The name"))
    _position(position)


def goal(*, title: str, position: int = 0, **_: object) -> None:
    text = required(title, "title", mark("The title"))
    max_length(text, GOAL_TITLE_LIMIT, "title", mark("The title"))
    _position(position)


def initiative(
    *,
    name: str,
    period_start: PreciseDate | None = None,
    period_end: PreciseDate | None = None,
    position: int = 0,
    **_: object,
) -> None:
    max_length(required(name, "name", mark("The name")), 200, "name", mark("The name"))
    ordered_period(period_start, period_end)
    _position(position)


def component(*, name: str, position: int = 0, **_: object) -> None:
    required(name, "components", mark("The name of a component"), column="name")
    _position(position)


def funding_line(
    *,
    scheme: str = "",
    funder: str = "",
    requested_cents: int | None = None,
    granted_cents: int | None = None,
    period_start: PreciseDate | None = None,
    period_end: PreciseDate | None = None,
    position: int = 0,
    **_: object,
) -> None:
    required(scheme or funder, "scheme", mark("The scheme or the funder"))
    amount(requested_cents, "requested", column="requested_cents")
    amount(granted_cents, "granted", column="granted_cents")
    ordered_period(period_start, period_end)
    _position(position)


def milestone(*, title: str, **_: object) -> None:
    required(title, "title", mark("The title"))


def regime(*, name: str, position: int = 0, **_: object) -> None:
    text = required(name, "name", mark("The name"))
    max_length(text, 200, "name", mark("The name"))
    _position(position)


def regime_moment(
    *,
    title: str,
    rule: MomentRule,
    months: int = 0,
    day: int = 0,
    month: int = 0,
    fixed: PreciseDate | None = None,
    position: int = 0,
    **_: object,
) -> None:
    check_moment(
        Moment(uuid.UUID(int=0), title, rule, months=months, day=day, month=month, fixed=fixed)
    )
    _position(position)


def organisation(*, name: str, **_: object) -> None:
    required(name, "name", mark("The name"))


def person(*, name: str, **_: object) -> None:
    required(name, "name", mark("The name"))


def meeting(
    *,
    day: date | None,
    body: Body,
    body_name: str = "",
    start_time: time | None = None,
    end_time: time | None = None,
    **_: object,
) -> None:
    if day is None:
        raise ValidationError(tr("A meeting needs a date."), field="day")
    year(day.year, "day")
    if body not in MEETING_BODIES:
        # A funder decides on the reports it asked for (milestones), in meetings of its
        # own that the programme does not keep.
        raise ValidationError(
            tr("A funder holds no meetings of the programme: choose another body."),
            field="body",
        )
    if body is Body.OTHER:
        required(body_name, "body_name", mark("The name of the body"))
    if start_time and end_time and end_time <= start_time:
        raise ValidationError(tr("The end time must lie after the start time."), field="end_time")


def attendee(*, position: int = 0, **_: object) -> None:
    _position(position)


def agenda_item(*, title: str, duration_minutes: int = 0, position: int = 0, **_: object) -> None:
    required(title, "title", mark("The title"))
    duration(duration_minutes)
    _position(position)


def decision_point(*, text: str, position: int = 0, **_: object) -> None:
    required(text, "points", mark("The text of a decision point"), column="text")
    _position(position)


def decision(*, text: str, **_: object) -> None:
    required(text, "decision_text", mark("The decision text"), column="text")


def attachment(
    *,
    filename: str,
    content: bytes,
    size: int,
    sha256: str,
    page_count: int,
    position: int = 0,
    **_: object,
) -> None:
    """An attachment's bytes are a PDF fit to attach, and its stored facts are its own."""
    required(filename, "attachment", mark("The file name"), column="filename")
    try:
        facts = attachment_facts(filename, content)
    except ValidationError as error:
        raise ValidationError(error.message, field="attachment", column="content") from error
    stated = {"size": size, "sha256": sha256, "page_count": page_count}
    for column, value in stated.items():
        if getattr(facts, column) != value:
            raise ValidationError(
                tr("'{name}' does not match its recorded {what}.").format(
                    name=filename, what=column
                ),
                field="attachment",
                column=column,
            )
    _position(position)


def annotation(
    *,
    text: str,
    author: str,
    item_id: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    **_: object,
) -> None:
    required(text, "annotation", mark("The remark"), column="text")
    required(author, "author", mark("The author"))
    if item_id is None and meeting_id is None:
        raise ValidationError(
            tr("A remark belongs to an agenda item or to the meeting."),
            field="annotation",
            column="item_id",
        )


def action(*, description: str, **_: object) -> None:
    required(description, "description", mark("The description"))


def indicator(
    *,
    name: str,
    unit: str = "",
    source: str = "",
    target: float | None = None,
    position: int = 0,
    **_: object,
) -> None:
    indicator_name(name)
    max_length(unit.strip(), 100, "unit", mark("The unit"))
    max_length(source.strip(), 200, "source", mark("The source"))
    if target is not None:
        number(target, "target")
    _position(position)


def indicator_value(
    *,
    year: int,
    dordt_west: float,
    dordrecht: float,
    netherlands: float | None = None,
    **_: object,
) -> None:
    _year(year, "values", column="year")
    number(dordt_west, "values", column="dordt_west")
    number(dordrecht, "values", column="dordrecht")
    if netherlands is not None:
        number(netherlands, "values", column="netherlands")


_position = position
_year = year

# The rule of each table, by table name; tables without one (links) have none.
RULES: dict[str, Callable[..., None]] = {
    "programme": programme,
    "pillar": pillar,
    "goal": goal,
    "initiative": initiative,
    "component": component,
    "funding_line": funding_line,
    "milestone": milestone,
    "regime": regime,
    "regime_moment": regime_moment,
    "organisation": organisation,
    "person": person,
    "meeting": meeting,
    "attendee": attendee,
    "agenda_item": agenda_item,
    "decision_point": decision_point,
    "decision": decision,
    "attachment": attachment,
    "annotation": annotation,
    "action": action,
    "indicator": indicator,
    "indicator_value": indicator_value,
}
