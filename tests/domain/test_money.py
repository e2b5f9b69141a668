from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.money import (
    MAX_CENTS,
    format_money,
    format_money_short,
    parse_money,
)

EURO = 100


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("4300000", 4_300_000 * EURO),
        ("4.300.000", 4_300_000 * EURO),
        ("€ 4.300.000", 4_300_000 * EURO),
        ("€4.300.000,00", 4_300_000 * EURO),
        ("4.300.000,50", 4_300_000 * EURO + 50),
        ("1234,5", 1234 * EURO + 50),
        ("1234,05", 1234 * EURO + 5),
        ("0,01", 1),
        ("0", 0),
        ("1.234", 1234 * EURO),
        ("€ 500,-", 500 * EURO),
        ("500,--", 500 * EURO),
        ("4,3 miljoen", 4_300_000 * EURO),
        ("4,3 mln", 4_300_000 * EURO),
        ("4,3 mln.", 4_300_000 * EURO),
        ("4,3mln", 4_300_000 * EURO),
        ("4,3 Miljoen", 4_300_000 * EURO),
        ("17,4 miljoen euro", 17_400_000 * EURO),
        ("€ 17,4 miljoen", 17_400_000 * EURO),
        ("€ 1 miljard", 1_000_000_000 * EURO),
        ("1,25 mld", 1_250_000_000 * EURO),
        ("2 ton", 200_000 * EURO),
        ("2,5 ton", 250_000 * EURO),
        ("1.5 miljoen", 1_500_000 * EURO),
        ("1.25 miljoen", 1_250_000 * EURO),
        ("1.250 miljoen", 1_250_000_000 * EURO),
        ("1.234,56 miljoen", 1_234_560_000 * EURO),
        ("1,2345 miljoen", 1_234_500 * EURO),
        ("1,23456789 miljoen", 123_456_789),
        ("EUR 500", 500 * EURO),
        ("eur 500", 500 * EURO),
        ("500 euro", 500 * EURO),
        ("500 EUR", 500 * EURO),
        ("  € 500  ", 500 * EURO),
        ("€ 100.000.000.000", MAX_CENTS),
        ("100 miljard", MAX_CENTS),
        ("-0", 0),
    ],
)
def test_parse_examples(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "-",
        "€",
        "euro",
        "vier miljoen",
        "miljoen",
        "4 miljoen en een beetje",
        "1.5",
        "12.50",
        "1.2345",
        "1.23.456",
        "1.2345 miljoen",
        "4,- miljoen",
        "4,3,2",
        "4 300 000",
        "4,3 mln euro extra",
        "0x10",
        "1e6",
        "½",
        "\u0661\u0662",
    ],
)
def test_non_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    message = caught.value.message
    assert f"'{text.strip()}'" in message
    assert "4.000.000" in message
    assert "4,3 miljoen" in message


@pytest.mark.parametrize("text", ["1,234", "1234,567", "4.300.000,001", "1,500"])
def test_more_than_two_decimals_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    assert f"'{text}'" in caught.value.message
    assert "1.234,50" in caught.value.message


@pytest.mark.parametrize(
    "text", ["1,234567891 miljoen", "0,00000001 ton", "1,000000000001 miljard"]
)
def test_fractions_of_a_cent_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    assert f"'{text}'" in caught.value.message


@pytest.mark.parametrize("text", ["-5", "-€ 5", "€ -5", "- 4,3 miljoen", "\u22124.300.000"])
def test_negative_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    assert f"'{text}'" in caught.value.message


@pytest.mark.parametrize(
    "text",
    ["€ 100.000.000.000,01", "100.000.000.001", "101 miljard", "99999999999999999999999999"],
)
def test_amounts_above_the_maximum_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    assert f"'{text}'" in caught.value.message
    assert "100.000.000.000" in caught.value.message


def test_very_long_input_is_refused_cleanly() -> None:
    # Longer than Python's int() digit limit: must still be a ValidationError.
    with pytest.raises(ValidationError):
        parse_money("1" * 5000)
    assert parse_money("0" * 5000 + "5") == 5 * EURO


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "€ 0"),
        (5, "€ 0,05"),
        (50, "€ 0,50"),
        (500 * EURO, "€ 500"),
        (1234 * EURO + 50, "€ 1.234,50"),
        (17_400_000 * EURO, "€ 17.400.000"),
        (MAX_CENTS, "€ 100.000.000.000"),
        (-5 * EURO, "-€ 5"),
        (-(5 * EURO + 25), "-€ 5,25"),
    ],
)
def test_format_money(cents: int, text: str) -> None:
    assert format_money(cents) == text


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "€ 0"),
        (999_999 * EURO, "€ 999.999"),
        (1_000_000 * EURO, "€ 1 miljoen"),
        (4_300_000 * EURO, "€ 4,3 miljoen"),
        (17_400_000 * EURO, "€ 17,4 miljoen"),
        (1_250_000 * EURO, "€ 1,25 miljoen"),
        (1_010_000 * EURO, "€ 1,01 miljoen"),
        (4_312_345 * EURO, "€ 4.312.345"),
        (1_255_000 * EURO, "€ 1.255.000"),
        (4_300_000 * EURO + 1, "€ 4.300.000,01"),
        (1_000_000_000 * EURO, "€ 1 miljard"),
        (1_250_000_000 * EURO, "€ 1,25 miljard"),
        (1_234_560_000 * EURO, "€ 1.234,56 miljoen"),
        (MAX_CENTS, "€ 100 miljard"),
        (-4_300_000 * EURO, "-€ 4,3 miljoen"),
        (-4_312_345 * EURO, "-€ 4.312.345"),
    ],
)
def test_format_money_short(cents: int, text: str) -> None:
    assert format_money_short(cents) == text


def test_no_non_breaking_space() -> None:
    assert "\u00a0" not in format_money(4_300_000 * EURO)
    assert "\u00a0" not in format_money_short(4_300_000 * EURO)


# --- properties ----------------------------------------------------------------------------

cents_in_range = st.integers(0, MAX_CENTS)
# Round numbers are where the short form kicks in; plain integers rarely hit them.
round_cents = st.builds(
    lambda units, scale: min(units * scale, MAX_CENTS),
    st.integers(0, 10_000),
    st.sampled_from([10**k for k in range(13)]),
)
amounts = cents_in_range | round_cents


@given(amounts)
def test_format_money_round_trips(cents: int) -> None:
    assert parse_money(format_money(cents)) == cents


@given(amounts)
def test_format_money_short_round_trips(cents: int) -> None:
    assert parse_money(format_money_short(cents)) == cents


@given(amounts)
def test_short_form_is_exact_or_the_full_form(cents: int) -> None:
    short = format_money_short(cents)
    if short != format_money(cents):
        assert cents >= 1_000_000 * EURO
        assert short.endswith((" miljoen", " miljard"))
        number = short.removeprefix("€ ").rsplit(" ", 1)[0]
        decimals = number.split(",")[1] if "," in number else ""
        assert len(decimals) <= 2
        assert not decimals.endswith("0")


@given(st.integers(1, MAX_CENTS))
def test_negative_formatting_mirrors_positive(cents: int) -> None:
    assert format_money(-cents) == "-" + format_money(cents)
    assert format_money_short(-cents) == "-" + format_money_short(cents)


def _check_parse_or_validation_error(text: str) -> None:
    try:
        cents = parse_money(text)
    except ValidationError as error:
        assert error.message
        return
    assert isinstance(cents, int)
    assert 0 <= cents <= MAX_CENTS


@given(st.text())
def test_arbitrary_text_parses_or_raises_validation_error(text: str) -> None:
    _check_parse_or_validation_error(text)


_TOKENS = [
    "€",
    "eur",
    "euro",
    "EUR.",
    "miljoen",
    "mln.",
    "miljard",
    "ton",
    "duizend",
    "-",
    "\u2212",
    ",",
    ".",
    ",-",
    " ",
    "0",
    "1",
    "25",
    "300",
    "000",
    "99999999",
]


@given(st.lists(st.sampled_from(_TOKENS), max_size=10).map("".join))
def test_amount_like_text_parses_or_raises_validation_error(text: str) -> None:
    _check_parse_or_validation_error(text)
