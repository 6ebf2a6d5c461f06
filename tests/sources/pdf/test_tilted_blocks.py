"""Notes turned a degree or two (sources.pdf.tilted_blocks): their glyphs set straight about
each note's centre. Glyph dicts are built by hand as pdfminer boxes them (the box holding the
turned glyph's four corners)."""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

from sources.pdf.tilted_blocks import straighten_tilted

HEIGHT = 842.0
SIZE = 8.5  # the font size (the scale 1)
DESCENT = -0.2 * SIZE
ADV = 5.0  # every glyph's advance


def _glyphs(text: str, x: float, base: float, turn: float) -> list[dict[str, Any]]:
    """Glyphs of ``text`` starting at (x, base) (PDF space) along a line turned ``turn``°."""
    rad = math.radians(turn)
    cos, sin = math.cos(rad), math.sin(rad)
    out = []
    for k, ch in enumerate(text):
        e, f = x + k * ADV * cos, base + k * ADV * sin
        corners = [
            (e + u * cos - v * sin, f + u * sin + v * cos)
            for u in (0.0, ADV)
            for v in (DESCENT, DESCENT + SIZE)
        ]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        out.append(
            {
                "text": ch,
                "x0": min(xs),
                "x1": max(xs),
                "y0": min(ys),
                "y1": max(ys),
                "top": HEIGHT - max(ys),
                "bottom": HEIGHT - min(ys),
                "adv": ADV,
                "size": max(ys) - min(ys),
                "upright": True,
                "matrix": (cos, sin, -sin, cos, e, f),
            }
        )
    return out


def _note(x: float, base: float, turn: float, lines: list[str]) -> list[list[dict[str, Any]]]:
    """A note's lines 10.5 pt apart, the whole note turned about its first line's start."""
    rad = math.radians(turn)
    return [
        _glyphs(t, x + 10.5 * k * math.sin(rad), base - 10.5 * k * math.cos(rad), turn)
        for k, t in enumerate(lines)
    ]


def test_turned_notes_are_set_straight() -> None:
    left = _note(56.0, 700.0, -2.0, ["Lancer une phase test", "Les actions a developper"])
    right = _note(227.0, 700.0, 1.5, ["Definir une strategie", "sur la base du potentiel"])
    chars = [c for line in left + right for c in line]
    straighten_tilted(SimpleNamespace(chars=chars))
    for note in (left, right):
        starts = {round(line[0]["x0"], 2) for line in note}
        assert len(starts) == 1  # every line starts at the note's edge
        for line in note:
            assert len({round(c["top"], 2) for c in line}) == 1  # one line, one top
            assert all(abs(c["bottom"] - c["top"] - SIZE) < 0.01 for c in line)
            assert all(c["matrix"][1] == 0.0 for c in line)
            # the glyphs one advance apart, in order
            assert all(abs(b["x0"] - a["x1"]) < 0.01 for a, b in zip(line, line[1:], strict=False))
        assert abs(note[1][0]["top"] - note[0][0]["top"] - 10.5) < 0.01
    # each note stays where it stands
    assert abs(left[0][0]["x0"] - 56.0) < 3 and abs(right[0][0]["x0"] - 227.0) < 3


def test_upright_and_strongly_turned_glyphs_are_left() -> None:
    upright = _glyphs("Contexte du projet de territoire", 43.0, 500.0, 0.0)
    slanted = _glyphs("Planification du projet", 100.0, 300.0, 45.0)
    before = [dict(c) for c in upright + slanted]
    straighten_tilted(SimpleNamespace(chars=upright + slanted))
    assert upright + slanted == before
