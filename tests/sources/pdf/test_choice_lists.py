"""A dropdown's source list typed beside a sheet's tables (sources.pdf.choice_lists): a
one-column ruled list headed by a column label, past a spacer column right of the plan's
grids, running down beside rows of several of them, is set aside with its caption; a table's
last column standing apart behind a spacer column (its grid ruled alongside from top to
bottom), a column of cells each ruled on its own (no gutter) and a one-column box headed by
anything but a column label stay."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sources.pdf.choice_lists import choice_list_objects

FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_xlsx_vivier.pdf"


def _h(y: float, x0: float, x1: float) -> dict[str, Any]:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}


def _v(x: float, top: float, bottom: float) -> dict[str, Any]:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


def _word(text: str, x: float, top: float, size: float = 4.0) -> list[dict[str, Any]]:
    out = []
    for k, ch in enumerate(text):
        out.append(
            {
                "text": ch,
                "x0": x + 2.0 * k,
                "x1": x + 2.0 * k + 1.9,
                "top": top,
                "bottom": top + size,
                "size": size,
            }
        )
    return out


def _page(
    label: str, ruled_alongside: bool, right: float = 400.0
) -> tuple[Any, list[dict[str, Any]]]:
    """A steps grid (100 → 150) then a fields grid (170 → 220), x 40 → ``right``, and a list
    at x 406 → 500 from 100 down to 200 (the caption « Listes » over it)."""
    lines: list[dict[str, Any]] = []
    for top, bottom, ys, xs in (
        (100.0, 150.0, (100.0, 112.0, 150.0), (40.0, 100.0, 250.0, right)),
        (170.0, 220.0, (170.0, 195.0, 220.0), (40.0, 100.0, right)),
    ):
        # each cell ruled on its own (a word processor's or a browser's cell borders)
        lines += [_h(y, a, b) for y in ys for a, b in zip(xs, xs[1:], strict=False)]
        lines += [_v(x, top, bottom) for x in xs]
    if ruled_alongside:
        lines.append(_v(right, 100.0, 220.0))
    ys = (100.0, 112.0, 150.0, 170.0, 185.0, 200.0)
    box = [_h(y, 406.0, 500.0) for y in ys] + [_v(406.0, 100.0, 200.0), _v(500.0, 100.0, 200.0)]
    chars = _word("Etape", 42.0, 102.0) + _word("Planification", 102.0, 102.0)
    chars += _word("Lancer", 42.0, 114.0) + _word("2019", 102.0, 114.0)
    chars += _word("Contexte", 42.0, 172.0) + _word("Texte", 102.0, 172.0)
    mine = _word("Listes", 408.0, 95.0) + _word(label, 408.0, 102.0)
    for text, top in (("2019", 114.0), ("2020", 152.0), ("2021", 172.0), ("2022", 187.0)):
        mine += _word(text, 408.0, top)
    chars += mine
    everything = lines + box
    page = SimpleNamespace(edges=everything, lines=everything, rects=[], curves=[], chars=chars)
    return page, mine + box


def test_a_list_beside_the_plan_is_set_aside_with_its_caption() -> None:
    page, list_objects = _page("Planification", ruled_alongside=False)
    assert choice_list_objects(page) == {id(o) for o in list_objects}


def test_a_column_standing_apart_and_a_box_of_other_text_stay() -> None:
    page, _ = _page("Planification", ruled_alongside=True)  # one table, a spacer column
    assert choice_list_objects(page) == set()
    page, _ = _page("Remarques", ruled_alongside=False)  # no table's column label
    assert choice_list_objects(page) == set()
    # no gutter: a column of a row of cells each ruled on its own (its rules start where
    # the column before it ends), though the grid's side is broken where the fields start
    page, _ = _page("Planification", ruled_alongside=False, right=406.0)
    assert choice_list_objects(page) == set()


def test_the_printed_lists_and_nothing_else() -> None:
    import pdfplumber

    with pdfplumber.open(FIXTURE) as pdf:
        page = pdf.pages[0]
        drop = choice_list_objects(page)
        text = "".join(c["text"] for c in page.chars if id(c) in drop and c["text"].strip())
        kept = [c for c in page.chars if id(c) not in drop and c["text"].strip()]
        assert text.startswith("Listesdechoix—nepaseffacerPlanification201920202020et+")
        assert "PorteurGACdGopérateur" in text and text.endswith("2019-2020")
        assert max(c["x1"] for c in kept) < 442.3  # every glyph left: the plan's
        assert min(c["x0"] for c in page.chars if id(c) in drop) > 448.0
        assert all(choice_list_objects(p) == set() for p in pdf.pages[1:])
