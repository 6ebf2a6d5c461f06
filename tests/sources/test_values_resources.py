"""Planning and resources cells of action-plan implementation tables (``sources.values``)."""

from __future__ import annotations

import pytest

from sources.values import ResourceValue, parse_resources, parse_years


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2019", (2019, 2019, False)),
        ("2020 et +", (2020, None, True)),
        ("2022 et +", (2022, None, True)),
        ("2020 et plus", (2020, None, True)),
        ("à partir de 2023", (2023, None, True)),
        ("A partir de 2023", (2023, None, True)),
        ("2019 - 2020", (2019, 2020, False)),
        ("2020-2021", (2020, 2021, False)),
        ("2020–2021", (2020, 2021, False)),
        ("2021/2022", (2021, 2022, False)),
        ("T2 2024", (2024, 2024, False)),
        ("2024-2026 (3 ans)", (2024, 2026, False)),
        ("2020-22", (2020, 2022, False)),
        ("de 2021 à 2023", (2021, 2023, False)),
        ("2019\n- 2020", (2019, 2020, False)),
        ("", (None, None, False)),
        (None, (None, None, False)),
        ("en continu", (None, None, False)),
        ("1999", (None, None, False)),
        ("2090", (None, None, False)),
    ],
)
def test_parse_years(label: str | None, expected: tuple[int | None, int | None, bool]) -> None:
    assert parse_years(label) == expected


@pytest.mark.parametrize(
    ("label", "budget", "funded", "internal", "etp"),
    [
        ("18000 (financé)", 18000.0, True, False, None),
        ("50 000", 50000.0, None, False, None),
        ("50\u00a0000", 50000.0, None, False, None),
        ("interne", 0.0, None, True, None),
        ("Interne", 0.0, None, True, None),
        ("INTERNE", 0.0, None, True, None),
        ("interne (0,2 ETP)", 0.0, None, True, 0.2),
        ("interne (0,25ETP)", 0.0, None, True, 0.25),
        ("3000 (stagiaire)", 3000.0, None, False, None),
        ("à définir", None, None, False, None),
        ("A définir", None, None, False, None),
        ("NC", None, None, False, None),
        ("", None, None, False, None),
        (None, None, None, False, None),
        ("15 k€", 15000.0, None, False, None),
        ("15k€", 15000.0, None, False, None),
        ("1,5 M€", 1500000.0, None, False, None),
        ("10 000 € HT", 10000.0, None, False, None),
        ("5 000 €/an", 5000.0, None, False, None),
        ("0,5 ETP", None, None, False, 0.5),
        ("5 000 € + 3 000 €", 8000.0, None, False, None),
        ("20 000 € (non financé)", 20000.0, False, False, None),
        ("1 200 000 €", 1200000.0, None, False, None),
    ],
)
def test_parse_resources(
    label: str | None,
    budget: float | None,
    funded: bool | None,
    internal: bool,
    etp: float | None,
) -> None:
    per_year = label is not None and label.endswith("/an")  # issue 22: yearly amount
    assert parse_resources(label) == ResourceValue(budget, funded, internal, etp, per_year)


def test_unknown_is_not_zero() -> None:
    """ "à définir" must stay unknown so totals do not silently understate budgets."""
    assert parse_resources("à définir").budget_eur is None
    assert parse_resources("interne").budget_eur == 0.0
