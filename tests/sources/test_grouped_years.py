"""YEARS PRINTED WITH A THOUSANDS SEPARATOR (a sheet's « # ##0 » number format on years typed
as numbers: « 2 019 »): a planning cell's years made whole (sources.values.grouped_years), so
that they read as years; an amount, a number that is no year, stay as printed."""

from __future__ import annotations

from sources.values import grouped_years, parse_years


def test_grouped_years_are_made_whole() -> None:
    assert grouped_years("2 019") == "2019"
    assert grouped_years("2\u00a0020 et +") == "2020 et +"
    assert grouped_years("2 019 - 2 020") == "2019 - 2020"
    assert parse_years(grouped_years("2 021")) == parse_years("2021")


def test_other_numbers_stay() -> None:
    assert grouped_years("5 000") == "5 000"  # no year
    assert grouped_years("12 019") == "12 019"
    assert grouped_years("2019") == "2019"
    assert grouped_years(None) is None
