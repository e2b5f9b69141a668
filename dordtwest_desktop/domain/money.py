"""Amounts of money in euro cents, read and written the Dutch way.

Amounts are always integers of cents: floats cannot hold 0.10 exactly and
funding totals must add up to the cent.

Writing: `format_money` gives the full amount with a thousands dot and, only when
there are cents, a decimal comma ("€ 17.400.000", "€ 1.234,50", "€ 0,05").
`format_money_short` gives "€ 4,3 miljoen" or "€ 1,25 miljard" when that is
exact with at most two decimals, and the full form otherwise, so a short amount
never hides a rounding. Negative amounts (differences, never input) are written
with the sign before the euro sign: "-€ 5", "-€ 4,3 miljoen". A normal space
separates the euro sign from the number.

Reading: `parse_money` accepts what people type in Dutch documents: "4.300.000",
"€4.300.000,00", "1234,5", "€ 500,-", "4,3 miljoen", "4,3 mln.", "2 ton",
"€ 1 miljard", "EUR 500", "500 euro". A dot followed by three digits is a
thousands separator ("1.234" is 1234 euro); a dot followed by one or two digits
is only read as a decimal point before a unit word ("1.5 miljoen"), because
without one "12.50" could be either notation. More than two decimals ("1,234")
is refused, as are negative amounts and amounts above `MAX_CENTS`.
"""

from __future__ import annotations

import re

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

__all__ = ["MAX_CENTS", "format_money", "format_money_short", "parse_money"]

# 100 billion euro: far above any programme budget, far below float or database limits.
MAX_CENTS = 10**13

_CENTS_PER_EURO = 100
_MILLION = 10**6 * _CENTS_PER_EURO
_BILLION = 10**9 * _CENTS_PER_EURO

_UNITS: dict[str, int] = {
    "duizend": 10**3 * _CENTS_PER_EURO,
    "ton": 10**5 * _CENTS_PER_EURO,
    "miljoen": _MILLION,
    "mln": _MILLION,
    "mio": _MILLION,
    "miljard": _BILLION,
    "mld": _BILLION,
    "mrd": _BILLION,
}

_CURRENCY = r"(?:€|eur|euro)"
_RE_AMOUNT = re.compile(
    r"(?:" + _CURRENCY + r"\s*)?"
    r"(?P<sign>-\s*)?"
    r"(?:" + _CURRENCY + r"\s*)?"
    r"(?P<number>[0-9][0-9.,]*(?:,-{1,2})?)"
    r"(?:\s*(?P<unit>" + "|".join(_UNITS) + r"))?"
    r"(?:\s*" + _CURRENCY + r")?"
)
# Whole part: plain digits, or Dutch thousands groups of exactly three digits.
_WHOLE = r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)"
_RE_COMMA_DECIMAL = re.compile(_WHOLE + r"(?:,(?P<fraction>[0-9]+|-{1,2}))?")
_RE_DOT_DECIMAL = re.compile(r"(?P<whole>[0-9]+)\.(?P<fraction>[0-9]{1,2})")

# Beyond these lengths the value is certainly too large, and int() on very long digit
# strings is slow or refused by Python's conversion limit.
_MAX_WHOLE_DIGITS = 16
# Cents in the largest unit are 10**11, so a fraction with more significant digits than
# that can never come out as whole cents.
_MAX_FRACTION_DIGITS = 11


def _not_an_amount(text: str) -> ValidationError:
    return ValidationError(
        tr("Amount '{text}' is not an amount; write for example 4.000.000 or 4,3 miljoen.").format(
            text=text
        )
    )


def _too_precise(text: str) -> ValidationError:
    return ValidationError(
        tr(
            "Amount '{text}' has more than two decimals; write for example 1.234,50 or 1234."
        ).format(text=text)
    )


def _fraction_of_cent(text: str) -> ValidationError:
    return ValidationError(
        tr("Amount '{text}' does not come to whole cents; write for example 4,35 miljoen.").format(
            text=text
        )
    )


def _too_large(text: str) -> ValidationError:
    return ValidationError(
        tr("Amount '{text}' is too large; the maximum is {maximum}.").format(
            text=text, maximum=format_money(MAX_CENTS)
        )
    )


def _negative(text: str) -> ValidationError:
    return ValidationError(
        tr("Amount '{text}' is negative; an amount cannot be less than zero.").format(text=text)
    )


def parse_money(text: str) -> int:
    """The amount in cents; raises ValidationError with a Dutch message."""
    shown = text.strip()
    # "mln." and "EUR." read like "mln" and "eur"; the unicode minus comes from word processors.
    normalised = re.sub(r"(?<=[a-z])\.", "", text.lower().replace("\u2212", "-"))
    normalised = " ".join(normalised.split())
    m = _RE_AMOUNT.fullmatch(normalised)
    if not m:
        raise _not_an_amount(shown)
    unit: str | None = m["unit"]
    unit_cents = _UNITS[unit] if unit else _CENTS_PER_EURO
    number: str = m["number"]

    whole: str
    fraction: str
    decimal = _RE_COMMA_DECIMAL.fullmatch(number)
    if decimal:
        whole = decimal["whole"].replace(".", "")
        fraction = decimal["fraction"] or ""
        if fraction.startswith("-"):
            # "€ 500,-" is the Dutch way to say "whole euros"; with a unit it is nonsense.
            if unit:
                raise _not_an_amount(shown)
            fraction = ""
    else:
        decimal = _RE_DOT_DECIMAL.fullmatch(number)
        if not decimal or not unit:
            raise _not_an_amount(shown)
        whole, fraction = decimal["whole"], decimal["fraction"]

    if not unit and len(fraction) > 2:
        # Checked on the digits as typed: "1,500" is more likely a mistyped 1500 than 1,50.
        raise _too_precise(shown)
    whole = whole.lstrip("0")
    fraction = fraction.rstrip("0")
    if len(whole) > _MAX_WHOLE_DIGITS:
        raise _too_large(shown)
    if len(fraction) > _MAX_FRACTION_DIGITS:
        raise _fraction_of_cent(shown)

    scale = 10 ** len(fraction)
    scaled = int(whole + fraction or "0") * unit_cents
    if scaled % scale:
        raise _fraction_of_cent(shown)
    cents: int = scaled // scale
    if m["sign"] and cents:
        raise _negative(shown)
    if cents > MAX_CENTS:
        raise _too_large(shown)
    return cents


def _group_thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _sign(cents: int) -> str:
    return "-" if cents < 0 else ""


def format_money(cents: int) -> str:
    """The full amount: "€ 17.400.000", "€ 1.234,50", "-€ 5"."""
    euros, rest = divmod(abs(cents), _CENTS_PER_EURO)
    text = _group_thousands(euros)
    if rest:
        text += f",{rest:02d}"
    return f"{_sign(cents)}€ {text}"


def _in_unit(cents: int, unit_cents: int) -> str | None:
    # Two decimals of the unit at most, and only when exact: a short form that rounds
    # would make a budget table disagree with its own total.
    hundredths, rest = divmod(cents, unit_cents // 100)
    if rest:
        return None
    whole, decimals = divmod(hundredths, 100)
    text = _group_thousands(whole)
    if decimals:
        text += "," + f"{decimals:02d}".rstrip("0")
    return text


def format_money_short(cents: int) -> str:
    """The short form when exact ("€ 4,3 miljoen", "€ 1,25 miljard"), else format_money."""
    magnitude = abs(cents)
    for unit_cents, word in ((_BILLION, "miljard"), (_MILLION, "miljoen")):
        if magnitude >= unit_cents:
            number = _in_unit(magnitude, unit_cents)
            if number is not None:
                return f"{_sign(cents)}€ {number} {word}"
    return format_money(cents)
