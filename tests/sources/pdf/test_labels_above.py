"""A grid's column labels printed above it, out of line with its columns (a DataTables
header measured while its tab was hidden: sources.pdf.labels_above), named in order; and a
drawn row whose text starts under its cells' top padding is level with geometry's row
(sources.pdf.pages._level_rows)."""

from __future__ import annotations

from typing import Any

from sources.pdf.labels_above import labels_above
from sources.pdf.pages import _level_rows


class _Page:
    """The words a pdfplumber page would give (x0, x1, top, text), 9 pt high."""

    def __init__(self, words: list[tuple[float, float, float, str]]) -> None:
        self.words = [
            {"x0": x0, "x1": x1, "top": top, "bottom": top + 9.0, "text": text}
            for x0, x1, top, text in words
        ]

    def extract_words(self, **_: Any) -> list[dict[str, Any]]:
        return self.words


# the labels squashed at the left (x 41 … 390), two of them on two lines, sort arrows beside
SQUASHED = [
    (248, 290, 647, "Ressources"), (390, 436, 647, "Partenaires"),
    (72, 79, 650, "▲"), (72, 79, 656, "▼"),
    (41, 67, 657, "Etape"), (94, 138, 657, "Descriptif"), (165, 221, 657, "Planification"),
    (248, 252, 657, "à"), (255, 298, 657, "mobiliser"), (329, 363, 657, "Porteur"),
    (390, 436, 657, "envisagés"),
]  # fmt: skip
GRID = (33.7, 684.0, 561.7, 807.7)
BOUNDS = [33.7, 110.2, 199.5, 299.2, 395.2, 468.0, 561.7]  # its columns


def test_labels_squashed_at_the_left_name_the_grids_columns_in_order() -> None:
    found = labels_above(_Page(SQUASHED), GRID, 6, BOUNDS)
    assert found is not None
    keys, labels, top = found
    assert keys == ["step", "description", "planning", "budget", "owner", "partners"]
    assert labels[3] == "Ressources à mobiliser" and labels[5] == "Partenaires envisagés"
    assert top == 647


def test_no_labels_above_or_not_as_many_as_columns() -> None:
    assert labels_above(_Page(SQUASHED), GRID, 5, BOUNDS[:6]) is None  # a grid of five columns
    far = [(x0, x1, top - 80, text) for x0, x1, top, text in SQUASHED]
    assert labels_above(_Page(far), GRID, 6, BOUNDS) is None  # a paragraph's band, not right above
    text = [(41, 400, 670, "Les actions à développer sont les suivantes")]
    assert labels_above(_Page(text), GRID, 6, BOUNDS) is None


def test_labels_over_their_own_columns_are_left_to_the_other_readers() -> None:
    """A header right above its grid, each label over the column it names (a header table of
    its own, a page's repeated header): no header out of line."""
    starts = [b + 4.0 for b in BOUNDS[:-1]]
    lined = [("Etape", 0), ("Descriptif", 1), ("Planification", 2), ("Ressources", 3),
             ("Porteur", 4), ("Partenaires", 5)]  # fmt: skip
    words = [(starts[k], starts[k] + 40, 657, text) for text, k in lined]
    assert labels_above(_Page(words), GRID, 6, BOUNDS) is None


def test_a_drawn_rows_text_starts_under_its_top_padding() -> None:
    assert _level_rows(410.8, 417.8)  # 8 px of padding: 6 pt, the text's top a little lower
    assert _level_rows(410.8, 409.0)
    assert not _level_rows(410.8, 425.0)  # the next line, no padding
    assert not _level_rows(410.8, 400.0)
