"""A TRANSPOSED steps grid on a scanned page (steps as columns, the labels down its first
column) read from the rules seen on the image and the OCR words
(:mod:`sources.pdf.scan_grids`); a grid the usual way round is left to the geometry reader.
Hand-made rules (broken in pieces, as a scan's are) and words."""

from __future__ import annotations

from typing import Any

from sources.pdf.scan_grids import grids_of, transposed_scan_tables

XS = [34.0, 132.0, 357.0, 582.0, 807.0]  # label column, three steps
YS = [344.0, 359.0, 391.0, 405.0, 429.0, 443.0, 457.0]


def _rules(xs: list[float], ys: list[float]) -> list[dict[str, Any]]:
    """The grid's rules as a scan gives them: each vertical broken where it crosses the
    first row (a filled row), each horizontal in three overlapping pieces."""
    rules: list[dict[str, Any]] = []
    for n, x in enumerate(xs):
        first = ys[1] + 0.5 if 0 < n < len(xs) - 1 else ys[0]
        for top, bottom in ((first, 400.0), (401.5, ys[-1])):
            rules.append(
                {"orientation": "v", "x0": x + 0.3 * n, "x1": x, "top": top, "bottom": bottom}
            )
    for y in ys:
        third = (xs[-1] - xs[0]) / 3
        for k in range(3):
            a = xs[0] + k * third - 4
            rules.append({"orientation": "h", "x0": a, "x1": a + third + 2, "top": y, "bottom": y})
    return rules


def _words(rows: list[list[str]], xs: list[float], ys: list[float]) -> list[dict[str, Any]]:
    words = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            x = xs[c] + 3
            for n, line in enumerate(text.split("\n")):
                top = ys[r] + 2 + 9 * n
                for word in line.split():
                    width = 4.2 * len(word)
                    words.append(
                        {
                            "text": word,
                            "x0": x,
                            "x1": x + width,
                            "top": top,
                            "bottom": top + 8,
                            "size": 8.0,
                            "upright": True,
                            "fontname": "OCR",
                            "conf": 90,
                        }
                    )
                    x += width + 2.5
                x = xs[c] + 3
    return words


TRANSPOSED = [
    ["Etape", "Créer cet observatoire", "Réaliser une première version", "Actualiser les données"],
    [
        "Descriptif",
        "Définir les besoins des services\net des données nécessaires.",
        "Mise en oeuvre de la première\nversion de l'observatoire.",
        "Mettre à jour des données.",
    ],
    ["Planification", "2020", "2020", "2021 et +"],
    ["Ressources à\nmobiliser", "interne (0,1 ETP)", "3000", "interne"],
    ["Porteur", "GACdG", "GACdG", "GACdG"],
    ["Partenaires envisagés", "", "université", ""],
]


def test_a_transposed_grid_is_read_one_step_a_column() -> None:
    rules = _rules(XS, YS)
    # each column rule at its pieces' middle position, every row rule though in pieces
    assert grids_of(rules) == [([34.0, 132.3, 357.6, 582.9, 808.2], YS)]
    blocks = transposed_scan_tables(rules, _words(TRANSPOSED, XS, YS), 3)
    assert len(blocks) == 1 and blocks[0].transposed
    rows = [r.cells for r in blocks[0].rows]
    assert [r["step"] for r in rows] == [
        "Créer cet observatoire",
        "Réaliser une première version",
        "Actualiser les données",
    ]
    assert rows[0]["description"] == (
        "Définir les besoins des services et des données nécessaires."
    )
    assert [r["planning"] for r in rows] == ["2020", "2020", "2021 et +"]
    assert [r["budget"] for r in rows] == ["interne (0,1 ETP)", "3000", "interne"]
    assert [r["partners"] for r in rows] == ["", "université", ""]
    assert blocks[0].top == YS[0] and blocks[0].bottom == YS[-1]


def test_a_grid_the_usual_way_round_is_no_transposed_grid() -> None:
    usual = [list(col) for col in zip(*TRANSPOSED[:4], strict=True)]
    xs = [34.0, 200.0, 400.0, 600.0, 807.0]
    ys = [344.0, 359.0, 391.0, 405.0, 429.0]
    assert transposed_scan_tables(_rules(xs, ys), _words(usual, xs, ys), 3) == []
    # too few column rules (a two-column fields grid): no grid at all
    assert grids_of(_rules([34.0, 200.0, 807.0], ys)) == []
