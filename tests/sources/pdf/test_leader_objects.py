"""Dot leaders drawn as text objects of their own (sources.pdf.leader_objects): the leader is
cut from the words it follows, so a sentence's own full stop stays when the leader goes, on
pages drawn with reportlab (each ``drawString`` its own text object, as Writer draws a tab's
dot fill)."""

from __future__ import annotations

import io

import pytest

from sources.pdf.engine import ENGINE_ENV, iter_plumber_pages


def _page(leaders: int = 3) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, 842.0))
    c.setFont("Helvetica", 10)

    def filled(x: float, y: float, text: str, dots: int) -> None:
        c.drawString(x, y, text)
        c.drawString(x + c.stringWidth(text, "Helvetica", 10), y, "." * dots)

    filled(60, 800, "l'ampleur du soutien.", 12)  # the sentence's stop, then the leader
    filled(60, 780, "18000 (financé)", 1)  # one dot of leader
    for k in range(leaders - 1):
        filled(60, 760 - 20 * k, f"Valeur {k}", 8)
    c.drawString(60, 600, "Fin de phrase.")  # a full stop of the words' own object
    c.drawString(60, 580, "Voir aussi")
    c.drawString(60 + c.stringWidth("Voir aussi", "Helvetica", 10) + 3, 580, "...")  # apart
    c.showPage()
    c.save()
    return buffer.getvalue()


def _lines(data: bytes) -> list[str]:
    page = next(iter_plumber_pages(data, max_pages=1))
    try:
        rows: dict[int, list[dict]] = {}
        for word in page.extract_words():
            rows.setdefault(round(word["top"]), []).append(word)
        return [
            " ".join(w["text"] for w in sorted(rows[k], key=lambda w: w["x0"]))
            for k in sorted(rows)
        ]
    finally:
        page.close()


def test_a_leader_object_is_a_word_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The leader is cut from the words it follows (a blank between), so a cell's value
    keeps its own full stop and loses the leader, one dot or many."""
    from sources.pdf.cells import without_leaders

    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    lines = _lines(_page())
    assert lines[:2] == ["l'ampleur du soutien. ............", "18000 (financé) ."]
    assert [without_leaders(line) for line in lines[:4]] == [
        "l'ampleur du soutien.",
        "18000 (financé)",
        "Valeur 0",
        "Valeur 1",
    ]
    assert lines[4:] == ["Fin de phrase.", "Voir aussi ..."]
    # three dots set apart end a value as a leader; glued to a word they are its text
    assert without_leaders("participatives) ...") == "participatives)"
    assert without_leaders("(collectivité, associations...)") == "(collectivité, associations...)"


def test_without_leaders_on_the_page_a_dot_object_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two long dot-only objects only: no page of leaders, every dot kept."""
    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    lines = _lines(_page(leaders=2))
    assert lines[0] == "l'ampleur du soutien............."
    assert lines[1] == "18000 (financé)."
