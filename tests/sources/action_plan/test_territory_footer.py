"""The territory named on a running footer's line beside the page number (« Grand Auch Cœur
de Gascogne      Page 3 sur 12 », Writer's ``text:page-number`` / ``text:page-count``): the
name without the page number (sources.action_plan.document ``_territory``). Negative cases: a
name without page number, a name holding a hyphen, kept whole."""

from __future__ import annotations

import pytest

from sources.action_plan.document import _territory


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Grand Auch Cœur de Gascogne\tPage 3 sur 12", "Grand Auch Cœur de Gascogne"),
        ("Grand Auch Cœur de Gascogne Page 3", "Grand Auch Cœur de Gascogne"),
        (
            "Communauté de communes du Pays de Fayence 3/12",
            "Communauté de communes du Pays de Fayence",
        ),
        ("Communauté de communes Cœur de Savoie p. 4", "Communauté de communes Cœur de Savoie"),
        ("Grand Auch Cœur de Gascogne", "Grand Auch Cœur de Gascogne"),
        ("Métropole Aix-Marseille-Provence", "Métropole Aix-Marseille-Provence"),
    ],
)
def test_a_page_number_after_the_name_is_no_part_of_it(footer: str, expected: str) -> None:
    assert _territory([footer] * 3) == expected
