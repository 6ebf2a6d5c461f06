"""Steps-table header labels misread on a scan (thirty-second pass, a photocopy with spread
toner: « Desciiptit », « Porteui », « Resources »), put back from their header band; the
same near misses in body text are left as read. Hand-made words, no Tesseract."""

from __future__ import annotations

import pytest

from sources.ocr_header_labels import nearest_label, repaired_header_labels
from sources.pdf.columns import column_key, is_header


def _line(*texts: str, top: float = 100.0, size: float = 9.0) -> list[dict]:
    """Words of one printed line, 30 pt apart, 5 pt per character."""
    words, x = [], 40.0
    for text in texts:
        width = 5.0 * len(text)
        words.append({"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + size})
        x += width + 30.0
    return words


@pytest.mark.parametrize(
    ("read", "label"),
    [
        ("Desciiptit", "descriptif"),  # two letters misread in ten
        ("Porteui", "porteur"),
        ("Resources", "ressources"),  # a letter dropped
        ("Planificatlon", "planification"),
    ],
)
def test_near_misses_of_one_word_labels(read: str, label: str) -> None:
    assert nearest_label(read) is not None
    assert nearest_label(read)[0] == label


@pytest.mark.parametrize(
    "read", ["Partenaires", "envisages", "mobiliser", "Pilote", "GACdG", "2019"]
)
def test_exact_labels_and_other_words_are_no_near_miss(read: str) -> None:
    assert nearest_label(read) is None


def test_a_two_line_header_band_gets_its_labels_back() -> None:
    """« Ressources / à mobiliser » and « Partenaires / envisagés » on two lines over the
    band's one-line labels: every column named again, the header found."""
    top = _line("Resources", "Partenaires", top=543.6)
    top[0]["x0"], top[0]["x1"] = 357.6, 407.5
    top[1]["x0"], top[1]["x1"] = 488.4, 540.0
    band = _line("Etape", "Desciiptit", "Planification", "à", "mobiliser", "Porteui", top=555.6)
    words = top + band
    assert repaired_header_labels(words) == 3
    texts = [w["text"] for w in words]
    assert texts == [
        "Ressources", "Partenaires", "Etape", "Descriptif", "Planification", "à", "mobiliser",
        "Porteur",
    ]  # fmt: skip
    keys = [column_key(t) for t in ("Etape", "Descriptif", "Planification", "Ressources")]
    assert is_header(keys + [column_key("Porteur")])


def test_a_near_miss_in_body_text_is_left_as_read() -> None:
    """« Porter » in a sentence two lines under the header names no column: as read; and on
    a line of its own with one label beside it, no header band either."""
    header = _line("Etape", "Descriptif", "Planification", top=100.0)
    body = _line("Porter", "le", "projet", top=130.0)
    assert repaired_header_labels(header + body) == 0
    assert body[0]["text"] == "Porter"
    lone = _line("Porteui", "Partenaires", top=300.0)
    assert repaired_header_labels(lone) == 0
    assert lone[0]["text"] == "Porteui"


def test_a_misread_start_of_a_label_broken_in_a_narrow_cell() -> None:
    """« Planificatio » over « n » (a narrow column of a landscape Gantt table) read
    « Ptanificati » on a compact scan: a near miss of the label's start, in its header band
    (« Etape », « Descriptif », « Porteur » beside it), is the label; the planning column is
    found again. A short start (« Planifier », a French verb) is no near miss."""
    assert nearest_label("Ptanificati") == ("planification", "planning")
    assert nearest_label("Partenaircs") == ("partenaires", "partners")
    assert nearest_label("Planifier") is None
    assert nearest_label("Ptanif") is None  # under eight letters: too short a start
    band = _line("Etape", "Descriptif", "Ptanificati", "Ressources", "Porteur", top=285.4)
    assert repaired_header_labels(band) == 1
    assert band[2]["text"] == "Planification"
    assert column_key(band[2]["text"] + " n") == "planning"
    # in body text (no two other labels beside it) the same word is left as read
    body = _line("Ptanificati", "des", "actions", top=400.0)
    assert repaired_header_labels(body) == 0
