"""Letter-spaced words (a style's character spacing) joined again; ordinary and condensed
text left as it is; the triage reads letter-spaced header labels; a header label cut at its
cell's edge after a whole one is a column of its own (plan_docx_letterspaced reads whole)."""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import text_has_table_header
from sources.pdf.geometry_tables import _split_header_segments
from sources.pdf.tracking import rejoin_tracked

FONT = "ABCDEF+LiberationSans-Bold"


def _chars(x0: float, text: str, *, top: float = 100.0, track: float = 2.0) -> list[dict[str, Any]]:
    """Glyphs 4 pt wide, ``track`` apart, a space glyph 2.4 pt wide between words."""
    out, x = [], x0
    for ch in text:
        width = 2.4 if ch == " " else 4.0
        out.append(
            {"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + 8, "size": 8.5,
             "fontname": FONT, "upright": True}
        )  # fmt: skip
        x += width + track
    return out


def _words(chars: list[dict[str, Any]], x_tolerance: float = 1.9) -> list[dict[str, Any]]:
    """pdfplumber's grouping: a word ends at a blank or a gap wider than ``x_tolerance``."""
    words: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if c["text"].isspace():
            words.append([])
            continue
        last = words[-1][-1] if words and words[-1] else None
        if last and last["top"] == c["top"] and 0 <= c["x0"] - last["x1"] <= x_tolerance:
            words[-1].append(c)
        else:
            words.append([c])
    return [
        {"text": "".join(c["text"] for c in w), "x0": w[0]["x0"], "x1": w[-1]["x1"],
         "top": w[0]["top"], "bottom": w[0]["bottom"], "size": 8.5, "fontname": FONT}
        for w in words if w
    ]  # fmt: skip


def test_letter_spaced_words_are_joined_at_their_spaces_only() -> None:
    chars = _chars(56.0, "Etape") + _chars(140.0, "Ressources à mobiliser")
    words = _words(chars)
    assert [w["text"] for w in words][:5] == ["E", "t", "a", "p", "e"]
    joined = rejoin_tracked(words, chars)
    assert [w["text"] for w in joined] == ["Etape", "Ressources", "à", "mobiliser"]
    assert joined[0]["x0"] == 56.0 and joined[0]["x1"] == 56.0 + 5 * 4.0 + 4 * 2.0


def test_ordinary_and_condensed_text_is_left_alone() -> None:
    plain = _chars(56.0, "a b c d e", track=0.0)  # one-letter words set solid: real words
    words = _words(plain)
    assert rejoin_tracked(words, plain) is words
    condensed = _chars(56.0, "Faire connaître", track=-0.5) + _chars(200.0, "a e i o", track=-0.5)
    words = _words(condensed)
    assert rejoin_tracked(words, condensed) is words


def test_a_short_line_takes_the_spacing_of_its_face_on_the_page() -> None:
    # « ion » alone under « Planificat »: two glyph gaps, measured on the header line above
    chars = _chars(56.0, "Etape Descriptif") + _chars(60.0, "ion", top=112.0)
    words = _words(chars, x_tolerance=1.0)
    joined = rejoin_tracked(words, chars)
    assert [w["text"] for w in joined] == ["Etape", "Descriptif", "ion"]


def test_triage_reads_letter_spaced_header_labels() -> None:
    text = (
        "PCAET Grand Auch\nE t a p e D e s c r i p t i f P l a n i f i c a t\ni o n\n"
        "R e s s o u r c e\ns à\nm o b i l i s e r\nP o r t e u r P a r t e n a i\n"
    )
    assert text_has_table_header(text)
    assert not text_has_table_header("E t a p e D e s c r i p t i f\nle reste du texte")


def test_a_cut_label_start_after_a_whole_label_is_a_column() -> None:
    from sources.pdf.content import Segment

    words = [(419.7, 449.0, "Porteur"), (476.3, 523.8, "Partenai")]
    seg = Segment(419.7, 523.8, "Porteur Partenai", True, words)
    pieces = _split_header_segments([seg])
    assert [(p.text, p.x0) for p in pieces] == [("Porteur", 419.7), ("Partenai", 476.3)]


def test_a_space_wider_than_its_gap_still_parts_two_words() -> None:
    """A web font cut to ASCII: every accented letter drawn in the fallback font, its words'
    accented letters that font's only glyphs on the line, a word's space in that font too —
    PDFium gives it its font's width, running under the next glyph. The gaps between the
    fallback font's glyphs look like a letter spacing; the space still parts « activité » and
    « économique »."""
    chars = []
    x = 100.0
    for word in ("é", "é", "è", "é"):  # four words ending / starting with the fallback glyph
        chars.append({"text": word, "x0": x, "x1": x + 5.0, "top": 100.0, "bottom": 108.0,
                      "size": 8.5, "fontname": "Fallback", "upright": True})  # fmt: skip
        chars.append({"text": " ", "x0": x + 5.0, "x1": x + 8.3, "top": 100.0, "bottom": 108.0,
                      "size": 8.5, "fontname": "Fallback", "upright": True})  # fmt: skip
        x += 7.1  # the next glyph 2.1 pt on: under the space's 3.3 pt
    words = [
        {"text": c["text"], "x0": c["x0"], "x1": c["x1"], "top": c["top"], "size": 8.5,
         "fontname": "Fallback"}
        for c in chars
        if not c["text"].isspace()
    ]  # fmt: skip
    # elsewhere on the page the fallback font's glyphs stand 2.1 pt apart with no blank
    # between them (« éè » in one word): the face's spacing on the page
    others = [
        {"text": ch, "x0": 300.0 + 7.1 * k, "x1": 305.0 + 7.1 * k, "top": 200.0, "bottom": 208.0,
         "size": 8.5, "fontname": "Fallback", "upright": True}
        for k, ch in enumerate("éèêë")
    ]  # fmt: skip
    assert [w["text"] for w in rejoin_tracked(words, chars + others)] == ["é", "é", "è", "é"]


def _chromium_spaced(x0: float, text: str, top: float) -> list[dict[str, Any]]:
    """CSS letter-spacing as Chromium prints it and PDFium reads it: glyphs 5 pt wide 2.28 pt
    apart, each followed by a blank 3.17 pt wide (its font's space) running on under the next
    glyph; a word's space the same blank, the next word 7.73 pt on."""
    out, x = [], x0
    for ch in text:
        if ch == " ":
            x += 7.73 - 2.28
            continue
        for t, a, b in ((ch, x, x + 5.0), (" ", x + 5.0, x + 8.17)):
            out.append(
                {"text": t, "x0": a, "x1": b, "top": top, "bottom": top + 11, "size": 11.4,
                 "fontname": FONT, "upright": True}
            )  # fmt: skip
        x += 5.0 + 2.28
    return out


def test_a_blank_after_every_glyph_parts_nothing() -> None:
    """plan_html_souffle's headings: « F I C H E 1 . 1 . 2 » is « FICHE », « 1.1.2 »; a short
    line of the same face (« Axe 1 ») reads by the face's other lines."""
    chars = _chromium_spaced(43.0, "FICHE 1.1.2", 100.0) + _chromium_spaced(43.0, "Axe 1", 150.0)
    words = [{**w, "size": 11.4} for w in _words(chars)]
    assert [w["text"] for w in words][:5] == ["F", "I", "C", "H", "E"]
    joined = rejoin_tracked(words, chars)
    assert [w["text"] for w in joined] == ["FICHE", "1.1.2", "Axe", "1"]
    assert joined[0]["x0"] == 43.0 and round(joined[0]["x1"], 2) == round(43.0 + 4 * 7.28 + 5.0, 2)
    # the same glyphs with spaces that fill their gaps (ordinary text): words stay apart
    for c in chars:
        if c["text"] == " ":
            c["x1"] = c["x0"] + 2.28
    assert [w["text"] for w in rejoin_tracked(words, chars)][:5] == ["F", "I", "C", "H", "E"]
