"""Accountability regimes (verantwoordingsregimes): which reports a grant asks for, and when.

A regime is data: a name and a list of moments, each with a rule that turns the
grant's period into due dates. `plan()` is the one place that does so; the
service stores what it plans as milestones and keeps them in step.

Periods are often vague ("medio 2023 – medio 2026"). The rules read a vague
period by the days it may cover: a grant runs in every calendar year between
the first possible day of its start and the last possible day of its end, and
"N months after the end" counts from that last day. A date computed from a
vague bound is given to the month ("februari 2027"), one from a day to the day.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date

from dordtwest_desktop.domain.dates import DUTCH_MONTHS, DatePoint, PreciseDate, Precision
from dordtwest_desktop.domain.enums import MomentRule
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

# More than any grant asks for (monthly reports for 20 years): beyond it a typing error.
MAX_MOMENTS = 240
MAX_MONTHS = 120
TITLE_LIMIT = 200


@dataclass(frozen=True)
class Moment:
    """One report moment of a regime; the fields that matter depend on the rule.

    `title` may hold {jaar} (the calendar year a yearly report is about) and
    {nummer} (the count of a recurring report).
    """

    id: uuid.UUID
    title: str
    rule: MomentRule
    months: int = 0  # AFTER_END, EVERY
    day: int = 0  # YEARLY: day and month of the next year
    month: int = 0
    fixed: PreciseDate | None = None  # FIXED


@dataclass(frozen=True)
class Planned:
    """A milestone a regime asks for: `key` identifies it across regenerations."""

    key: str
    title: str
    due: PreciseDate


def check_moment(moment: Moment) -> None:
    """The rules a moment obeys on its own, whatever grant it is applied to."""
    title = moment.title.strip()
    if not title:
        raise ValidationError(tr("The title of a report moment may not be empty."), field="moments")
    if len(title) > TITLE_LIMIT:
        raise ValidationError(
            tr("The title '{title}…' is longer than {limit} characters.").format(
                title=title[:30], limit=TITLE_LIMIT
            ),
            field="moments",
        )
    rule = moment.rule
    if rule in (MomentRule.AFTER_END, MomentRule.EVERY) and not (
        (1 if rule is MomentRule.EVERY else 0) <= moment.months <= MAX_MONTHS
    ):
        raise ValidationError(
            tr("'{title}': the number of months must lie between {low} and {high}.").format(
                title=title, low=1 if rule is MomentRule.EVERY else 0, high=MAX_MONTHS
            ),
            field="moments",
        )
    if rule is MomentRule.YEARLY and not _valid_day(moment.day, moment.month):
        raise ValidationError(
            tr("'{title}' needs a day of the year, for example 15 juli.").format(title=title),
            field="moments",
        )
    if rule is MomentRule.FIXED and moment.fixed is None:
        raise ValidationError(
            tr("'{title}' needs a date, for example 1 maart 2025.").format(title=title),
            field="moments",
        )


def _valid_day(day: int, month: int) -> bool:
    # 29 February exists only in leap years; a yearly deadline must exist every year.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2001, month)[1]


def parse_day_of_year(text: str) -> tuple[int, int]:
    """'15 juli' or '15-7' as (day, month); raises ValidationError in Dutch."""
    words = text.strip().lower().replace("-", " ").split()
    if len(words) == 2 and _number(words[0]):
        day, name = int(words[0]), words[1]
        month = 0
        if _number(name):
            month = int(name)
        elif len(name) >= 3:
            month = next((n for n, m in enumerate(DUTCH_MONTHS, 1) if m.startswith(name)), 0)
        if _valid_day(day, month):
            return day, month
    raise ValidationError(
        tr("'{text}' is not a day of the year; write for example 15 juli.").format(
            text=text.strip()
        ),
        field="moments",
    )


def _number(text: str) -> bool:
    # ASCII digits only: str.isdigit() also takes '¹' and '٣', which int() refuses.
    return text.isascii() and text.isdigit() and len(text) <= 4


def render_day_of_year(day: int, month: int) -> str:
    return f"{day} {DUTCH_MONTHS[month - 1]}" if _valid_day(day, month) else ""


def plan(
    regime: str,
    moments: tuple[Moment, ...],
    start: PreciseDate | None,
    end: PreciseDate | None,
    what: str,
) -> tuple[Planned, ...]:
    """The milestones a regime asks for over a grant period, in date order.

    `regime` and `what` (the funding line) name the places in an error. Raises
    ValidationError when the period does not allow the rules (missing bounds) or
    when a date falls before the grant starts; nothing is planned then.
    """
    planned: list[Planned] = []
    for moment in moments:
        check_moment(moment)
        _need_period(regime, moment, start, end, what)
        planned.extend(_apply(moment, start, end))
        if len(planned) > MAX_MOMENTS:
            raise ValidationError(
                tr(
                    "Regime '{regime}' would give {what} more than {count} report moments; "
                    "check the number of months and the period."
                ).format(regime=regime, what=what, count=MAX_MOMENTS),
                field="regime",
            )
    if start is not None:
        for item in planned:
            if item.due.last_day() < start.first_day():
                raise ValidationError(
                    tr(
                        "Regime '{regime}' puts '{title}' on {due}, before {what} starts "
                        "({start}); correct the regime or the period."
                    ).format(
                        regime=regime,
                        title=item.title,
                        due=item.due.render(),
                        what=what,
                        start=start.render(),
                    ),
                    field="regime",
                )
    return tuple(sorted(planned, key=lambda p: (p.due.sort_key(), p.key)))


def _need_period(
    regime: str,
    moment: Moment,
    start: PreciseDate | None,
    end: PreciseDate | None,
    what: str,
) -> None:
    needs_start = moment.rule in (MomentRule.YEARLY, MomentRule.EVERY)
    needs_end = moment.rule in (MomentRule.YEARLY, MomentRule.EVERY, MomentRule.AFTER_END)
    if (needs_start and start is None) or (needs_end and end is None):
        raise ValidationError(
            tr(
                "Regime '{regime}' needs the spending period of {what} ('{title}' is "
                "counted from it); fill in the period from and until, or choose no regime."
            ).format(regime=regime, what=what, title=moment.title.strip()),
            field="regime",
        )


def _apply(moment: Moment, start: PreciseDate | None, end: PreciseDate | None) -> list[Planned]:
    title = moment.title.strip()
    key = str(moment.id)
    if moment.rule is MomentRule.FIXED:
        assert moment.fixed is not None
        return [Planned(key, title, moment.fixed)]
    assert end is not None
    if moment.rule is MomentRule.AFTER_END:
        return [Planned(key, title, _months_after(end, moment.months))]
    assert start is not None
    if moment.rule is MomentRule.YEARLY:
        years = range(start.first_day().year, end.last_day().year + 1)
        return [
            Planned(
                f"{key}:{year}",
                _fill(title, jaar=year),
                PreciseDate(DatePoint(year + 1, Precision.DAY, moment.month, moment.day)),
            )
            for year in years
        ]
    found: list[Planned] = []
    number = 1
    last = end.last_day()
    while True:
        due = _months_after_start(start, moment.months * number)
        if due.first_day() > last or number > MAX_MOMENTS + 1:  # one over: plan() refuses
            return found
        found.append(Planned(f"{key}:{number}", _fill(title, nummer=number), due))
        number += 1


def _fill(title: str, **values: int) -> str:
    # A user's title is not a format string: replace only the known placeholders.
    for name, value in values.items():
        title = title.replace("{" + name + "}", str(value))
    return title


def _shift(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _months_after(end: PreciseDate, months: int) -> PreciseDate:
    due = _shift(end.last_day(), months)
    if _is_day(end):
        return PreciseDate.of_day(due)
    return PreciseDate(DatePoint(due.year, Precision.MONTH, due.month))


def _months_after_start(start: PreciseDate, months: int) -> PreciseDate:
    due = _shift(start.first_day(), months)
    if _is_day(start):
        return PreciseDate.of_day(due)
    return PreciseDate(DatePoint(due.year, Precision.MONTH, due.month))


def _is_day(value: PreciseDate) -> bool:
    return value.end is None and value.precision is Precision.DAY


@dataclass(frozen=True)
class Template:
    """A regime the app ships; to be checked against the grant's own regulation."""

    id: uuid.UUID
    name: str
    description: str
    moments: tuple[Moment, ...]


_NS = uuid.UUID("5b0e8a52-1f55-4c44-9d55-7f3f3c4a0d17")


def _tid(key: str) -> uuid.UUID:
    # Fixed identities: the same template in every database, so copies and merges match.
    return uuid.uuid5(_NS, key)


# Dutch data, not UI text: stored once in the database, where the user may edit it.
TEMPLATES: tuple[Template, ...] = (
    Template(
        _tid("sisa"),
        "SiSa",
        "Single information, single audit: per kalenderjaar waarin de uitkering loopt de "
        "verantwoording via de jaarrekening, bij CBS uiterlijk 15 juli van het jaar erna "
        "(Regeling informatieverstrekking sisa). Sjabloon: controleer tegen de regeling "
        "van de uitkering.",
        (Moment(_tid("sisa/0"), "SiSa-verantwoording {jaar}", MomentRule.YEARLY, day=15, month=7),),
    ),
    Template(
        _tid("eindverantwoording"),
        "Eindverantwoording",
        "Eén verantwoording een aantal maanden na afloop van de periode, daarna de "
        "vaststelling door de financier. Sjabloon: controleer de termijnen tegen de "
        "regeling van de uitkering.",
        (
            Moment(_tid("eind/0"), "Eindverantwoording", MomentRule.AFTER_END, months=6),
            Moment(_tid("eind/1"), "Vaststelling", MomentRule.AFTER_END, months=12),
        ),
    ),
    Template(
        _tid("voortgang"),
        "Voortgangsrapportage",
        "Elke zes maanden vanaf het begin van de periode een voortgangsrapportage. "
        "Sjabloon: controleer de frequentie tegen de regeling van de uitkering.",
        (Moment(_tid("voortgang/0"), "Voortgangsrapportage {nummer}", MomentRule.EVERY, months=6),),
    ),
    Template(
        _tid("eigen"),
        "Eigen",
        "Momenten met een datum die u zelf invult (regel 'op een datum'). Sjabloon: "
        "maak er een kopie van per uitkering.",
        (),
    ),
)
