"""OCR fallback for scanned PDFs (Tesseract, French).

The scan is a generated action plan rendered at 200 dpi into an image-only PDF (the sheet with
its ruled implementation table on page 2), so the ground truth is known. Tests that need
Tesseract skip when it is not installed (``scripts/install_system_deps.sh`` installs it); the
hOCR conversion and the "OCR unavailable" path are tested everywhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from sources import ocr
from sources.action_plan import parse_action_plan
from sources.detect import ACTION_PLAN, UNKNOWN_PDF, detect
from sources.errors import InputRejected
from sources.pdf.opening import read_pdf_text
from sources.pdf.pages import iter_pages
from sources.pdf.scans import OCR_UNAVAILABLE_REASON, ocr_scanned_pages
from sources.values import fold
from tests.generators.scans import _scanned_pdf, scanned_plan_pdf

SHA = "fedcba9876543210" * 4

needs_ocr = pytest.mark.skipif(
    not ocr.ocr_available(),
    reason="Tesseract with French data not installed (scripts/install_system_deps.sh)",
)


@cache
def _scan() -> tuple[bytes, object]:
    return scanned_plan_pdf(seed=5, layout="table", dpi=200)


@cache
def _parsed():
    data, spec = _scan()
    return spec, parse_action_plan(data, "plans/scan.pdf", SHA)


# --------------------------------------------------------------------------- with Tesseract


@needs_ocr
def test_scanned_plan_is_detected_as_action_plan() -> None:
    data, _ = _scan()
    found = detect(data, "scan.pdf")
    assert found.kind == ACTION_PLAN, found.reason


@needs_ocr
def test_scanned_plan_actions_and_steps_are_read() -> None:
    spec, doc = _parsed()
    assert doc.n_pages == 2
    assert doc.plan_type == "PCAET"
    assert doc.territory_name == "Communauté de communes du Val de Test"
    assert [a.action_code for a in doc.actions] == [a.code for a in spec.actions()]
    expected = next(a for a in spec.actions() if a.has_body)
    action = next(a for a in doc.actions if a.action_code == expected.code)
    assert action.has_body and action.page == expected.page == 2
    assert fold(action.title) == fold(expected.title)
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    assert len(steps) == len(expected.steps)
    for got, want in zip(steps, expected.steps, strict=True):
        assert fold(got.step) == fold(want.step)
        assert (got.start_year, got.end_year) == (want.start_year, want.end_year)
        assert got.budget_eur == want.budget_eur
        assert got.page == 2
    assert action.total_budget_eur == expected.total_budget_eur
    assert (action.start_year, action.end_year) == (expected.start_year, expected.end_year)
    assert action.indicators == expected.indicators


@needs_ocr
def test_ocr_rows_are_flagged_with_lower_confidence() -> None:
    _, doc = _parsed()
    assert doc.actions and doc.steps
    for record in [*doc.actions, *doc.steps]:
        assert record.extraction == "ocr"
        assert record.ocr_confidence is not None and 0.5 < record.ocr_confidence < 1.0
    warnings = [i for i in doc.issues if "reconnaissance de caractères (OCR)" in i.message]
    assert [i.page for i in warnings] == [1, 2]
    assert all(i.severity == "warning" and "valeurs à vérifier" in i.message for i in warnings)


@needs_ocr
def test_text_pdf_rows_stay_flagged_as_text() -> None:
    import random

    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec

    spec = random_plan_spec(random.Random(5), "Communauté de communes du Val de Test", 2)
    doc = parse_action_plan(build_action_plan_pdf(spec, "table"), "plans/x.pdf", SHA)
    assert {r.extraction for r in [*doc.actions, *doc.steps]} == {"text"}
    assert {r.ocr_confidence for r in [*doc.actions, *doc.steps]} == {None}
    assert not [i for i in doc.issues if "OCR" in i.message]


@needs_ocr
def test_scan_tables_are_read_from_word_geometry() -> None:
    data, _ = _scan()
    texts, scans = read_pdf_text(data)
    assert sorted(scans.pages) == [0, 1]
    pages = list(iter_pages(data, texts, set(), lambda line: False, scans.pages))
    assert all(p.ocr for p in pages)
    tables = [t for p in pages for t in p.tables]
    assert len(tables) == 1 and tables[0].page == 2
    assert {"step", "planning", "budget", "owner"} <= set(tables[0].keys)


@needs_ocr
def test_ocr_page_words_look_like_pdfplumber_words() -> None:
    data, _ = _scan()
    words = ocr.ocr_page_words(data, 1)
    assert len(words) > 100
    for word in words:
        assert word["text"].strip() and word["fontname"] == "OCR" and word["upright"]
        assert 0 <= word["x0"] < word["x1"] <= 596 and 0 <= word["top"] < word["bottom"] <= 842
        assert 4 <= word["size"] <= 20 and word["conf"] >= 0
    texts = " ".join(w["text"] for w in words)
    assert "FICHE 1.1.1" in texts and "Modalités de mise en oeuvre" in texts


@needs_ocr
def test_scanned_picture_without_text_is_rejected_in_french() -> None:
    data = _scanned_pdf()
    with pytest.raises(InputRejected) as info:
        parse_action_plan(data, "plans/photo.pdf", SHA)
    assert info.value.code == "no_text_layer"
    assert "sans couche texte" in info.value.reason
    assert "(OCR) n'a lu aucun texte" in info.value.reason
    found = detect(data, "photo.pdf")
    assert found.kind == UNKNOWN_PDF and found.reason == info.value.reason


@needs_ocr
def test_too_many_scanned_pages_are_rejected() -> None:
    data, _ = _scan()
    with pytest.raises(InputRejected) as info:
        ocr_scanned_pages(data, [0, 1], max_pages=1)
    assert info.value.code == "too_many_scanned_pages"
    assert "version texte" in info.value.reason


@needs_ocr
def test_text_document_with_too_many_picture_pages_keeps_its_text() -> None:
    data, _ = _scan()
    outcome = ocr_scanned_pages(data, [0, 1], max_pages=1, reject_over_limit=False)
    assert sorted(outcome.pages) == [0]
    assert "au-delà des 1 pages" in outcome.unread[1]
    assert any("page 2 scannée" in i.message for i in outcome.issues())


@needs_ocr
def test_mixed_document_only_scanned_page_is_ocr() -> None:
    import io
    import random

    import pypdfium2 as pdfium

    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec
    from tests.generators.scans import scan_pdf

    spec = random_plan_spec(random.Random(5), "Communauté de communes du Val de Test", 2)
    text_pdf = build_action_plan_pdf(spec, "table")  # cover, summary, sheet on page 3
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(text_pdf), [0, 1])
    mixed.import_pages(pdfium.PdfDocument(scan_pdf(text_pdf, [2])))
    out = io.BytesIO()
    mixed.save(out)
    doc = parse_action_plan(out.getvalue(), "plans/mixte.pdf", SHA)
    assert [i.page for i in doc.issues if "(OCR)" in i.message] == [3]
    expected = next(a for a in spec.actions() if a.has_body)
    action = next(a for a in doc.actions if a.action_code == expected.code)
    assert action.extraction == "ocr" and action.page == 3
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    assert [s.budget_eur for s in steps] == [s.budget_eur for s in expected.steps]
    assert {s.extraction for s in steps} == {"ocr"}


# --------------------------------------------------------------------------- everywhere


def test_without_tesseract_a_scan_is_rejected_with_the_reason(monkeypatch) -> None:
    monkeypatch.setenv("COPDIAG_DISABLE_OCR", "1")
    assert not ocr.ocr_available()
    data, _ = _scan()
    with pytest.raises(InputRejected) as info:
        parse_action_plan(data, "plans/scan.pdf", SHA)
    assert info.value.code == "no_text_layer"
    assert info.value.reason == OCR_UNAVAILABLE_REASON
    found = detect(data, "scan.pdf")
    assert found.kind == UNKNOWN_PDF and found.reason == OCR_UNAVAILABLE_REASON


_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 100 200 1000 240; baseline 0 -8; x_size 36; x_descenders 8">
  <span class='ocrx_word' title='bbox 100 202 300 232; x_wconf 95'>Porteur</span>
  <span class='ocrx_word' title='bbox 320 203 360 232; x_wconf 12'>|</span>
  <span class='ocrx_word' title='bbox 380 202 500 232; x_wconf 4'>ADEME</span>
  <span class='ocrx_word' title='bbox 520 202 560 232; x_wconf 18'>~e</span>
  <span class='ocrx_word' title='bbox 600 200 700 240; x_wconf 91'>2026|</span>
 </span>
 <span class='ocr_line' title="bbox 100 300 900 336; baseline 0 -6; x_size 34; x_descenders 7">
  <span class='ocrx_word' title='bbox 100 302 400 330; x_wconf 90'>Partenaires</span>
 </span>
</div></body></html>"""


def test_hocr_words_are_converted_to_pdf_points() -> None:
    words = ocr.hocr_words(_HOCR, 72 / 300)
    assert [w["text"] for w in words] == ["Porteur", "ADEME", "2026", "Partenaires"]
    first = words[0]
    assert first["x0"] == pytest.approx(24.0) and first["x1"] == pytest.approx(72.0)
    # top/bottom from the line's baseline (y=232 px) and font height, shared by the line
    assert first["top"] == pytest.approx((232 - 36) * 0.24)
    assert first["bottom"] == pytest.approx((232 + 8) * 0.24)
    assert {w["top"] for w in words[:3]} == {first["top"]}
    # 36 px and 34 px lines are one font: one snapped size
    assert {w["size"] for w in words} == {8.5}
    assert first["fontname"] == "OCR" and first["conf"] == 95


def test_mean_confidence_weights_by_length() -> None:
    words = [{"text": "abcd", "conf": 90.0}, {"text": "ab", "conf": 60.0}]
    assert ocr.mean_confidence(words) == pytest.approx(0.8)
    assert ocr.mean_confidence([]) is None


def test_image_rules_finds_table_borders_not_letters() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (1000, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 900, 102), fill=120)  # grey 3 px rule at y≈101
    draw.line((500, 100, 500, 500), fill=0, width=2)  # column border
    draw.rectangle((100, 300, 900, 340), fill=0)  # dark band: two edges
    for x in range(120, 880, 30):  # "letters": short strokes
        draw.rectangle((x, 200, x + 12, 240), fill=0)
    edges = ocr.image_rules(image, 0.24)
    horizontal = sorted(round(e["top"] / 0.24) for e in edges if e["orientation"] == "h")
    assert horizontal == [102, 300, 341]
    vertical = [e for e in edges if e["orientation"] == "v"]
    assert len(vertical) == 1 and round(vertical[0]["x0"] / 0.24) == 501
    assert round(vertical[0]["bottom"] / 0.24) >= 495


# --------------------------------------------------------------------------- skewed scans


def test_skew_angle_straightens_a_tilted_page() -> None:
    from PIL import Image, ImageDraw

    from sources.ocr import deskew, skew_angle

    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    for row in range(30):  # text-like lines of ink blobs
        y = 120 + row * 45
        for col in range(12):
            x = 100 + col * 85 + (row * 7) % 20
            draw.rectangle((x, y, x + 60, y + 14), fill=20)
    for angle in (2.0, -1.5, 3.5):
        tilted = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        found = skew_angle(tilted)
        assert abs(found + angle) <= 0.15, (angle, found)
        straight, applied = deskew(tilted)
        assert abs(applied + angle) <= 0.15
        assert straight.size == tilted.size
    assert deskew(page)[1] == 0.0  # a straight page is left untouched


@needs_ocr
def test_skewed_scan_is_read_like_a_straight_one() -> None:
    """A sheet laid 1.5° askew on the glass: without deskewing, no step was read (words of a
    row drift from line to line); straightened first, every step, year and budget is right."""
    data, spec = scanned_plan_pdf(seed=5, layout="table", dpi=200, skew_deg=1.5)
    doc = parse_action_plan(data, "plans/scan_penche.pdf", SHA)
    assert [a.action_code for a in doc.actions] == [a.code for a in spec.actions()]
    expected = next(a for a in spec.actions() if a.has_body)
    action = next(a for a in doc.actions if a.action_code == expected.code)
    assert fold(action.title) == fold(expected.title)
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    assert [fold(s.step) for s in steps] == [fold(w.step) for w in expected.steps]
    for got, want in zip(steps, expected.steps, strict=True):
        assert (got.start_year, got.end_year, got.budget_eur) == (
            want.start_year,
            want.end_year,
            want.budget_eur,
        )
    assert action.indicators == expected.indicators


def test_threshold_only_where_the_paper_is_not_clean() -> None:
    """Thresholding is decided per page: a clean white scan is left to Tesseract's own global
    threshold; an unevenly lit one (lid open, phone photo) is binarised (Sauvola)."""
    import numpy as np
    from PIL import Image

    from tests.generators.scans import _uneven_light

    page = Image.new("L", (600, 800), 255)
    page.paste(0, (100, 100, 500, 110))  # a rule, some ink
    assert not ocr.needs_binarize(page)
    dim = _uneven_light(page, 0)
    assert ocr.needs_binarize(dim)
    flat = np.asarray(ocr.binarize(dim, 0.36))
    assert set(np.unique(flat)) <= {0, 255}
    assert flat[105, 300] == 0  # the rule stays ink even in the dark part of the page
    assert (flat[700:790, 500:590] == 255).mean() > 0.98  # the shaded paper becomes white


@needs_ocr
def test_unevenly_lit_scan_is_read_after_thresholding(monkeypatch) -> None:
    """Measured by scripts/measure_ocr.py: without thresholding 3 of 18 fields of this scan
    were right (the dark corner swallowed the table); thresholded, all of them."""
    monkeypatch.setenv(ocr.BINARIZE_ENV, "auto")
    data, spec = scanned_plan_pdf(seed=5, layout="table", dpi=200, uneven=True)
    doc = parse_action_plan(data, "plans/scan_sombre.pdf", SHA)
    expected = next(a for a in spec.actions() if a.has_body)
    action = next(a for a in doc.actions if a.action_code == expected.code)
    assert fold(action.title) == fold(expected.title)
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    assert [fold(s.step) for s in steps] == [fold(w.step) for w in expected.steps]
    for got, want in zip(steps, expected.steps, strict=True):
        assert (got.start_year, got.end_year, got.budget_eur, fold(got.owner)) == (
            want.start_year,
            want.end_year,
            want.budget_eur,
            fold(want.owner),
        )


# --------------------------------------------------------------------------- periods and garbled lines

_BOLD_SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"


def _bold_serif_font(size: int, exact: bool = False) -> object:
    """Liberation Serif Bold (Times metrics, what the scans print; `make setup` installs
    fonts-liberation) when the system has it, else the DejaVu Serif Bold matplotlib (a
    dependency) ships, so the blob tests run on any machine. ``exact``: tests whose gaps are
    measured for Times metrics skip without it."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(_BOLD_SERIF, size)
    except OSError:
        if exact:
            pytest.skip("police Liberation Serif absente (paquet fonts-liberation)")
        import matplotlib

        fallback = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSerif-Bold.ttf"
        return ImageFont.truetype(str(fallback), size)


def _word_image(
    printed: str, read: str, ppp: float = 0.24, exact_font: bool = False
) -> tuple[object, dict]:
    """A word printed in bold serif at ~10 pt / 300 dpi, and the word dict Tesseract gave."""
    from PIL import Image, ImageDraw

    font = _bold_serif_font(44, exact_font)
    image = Image.new("L", (900, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), printed, font=font, fill=0)
    x0, top, x1, bottom = draw.textbbox((40, 30), printed, font=font)
    word = {"text": read, "x0": x0 * ppp, "x1": x1 * ppp, "top": (top - 4) * ppp}
    word["bottom"] = (bottom + 6) * ppp
    return image, word


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("1.1.5", "1.15"),  # fiche code: the period squeezed between bold digits
        ("12.3.4", "12.34"),
        ("associations...)", "associations.)"),  # ellipsis read as one period
        ("économie...).", "économie..)."),
        ("ZA...).", "ZA.)."),
        ("solaires...),", "solaires..),"),  # a small comma after the ellipsis
    ],
)
def test_periods_tesseract_dropped_are_restored_from_the_ink(printed: str, read: str) -> None:
    from sources.ocr_repair import repair_words

    image, word = _word_image(printed, read)
    assert repair_words(image, [word], 0.24) == 1
    assert word["text"] == printed


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("1.1.5", "1.1.5"),  # read right: untouched
        ("2021", "2021"),  # no separator read: none invented
        ("0,25", "0,25"),
        ("1.15", "1.15"),  # a real decimal stays a decimal
        ("1.1.5", "1.1"),  # blobs and digits disagree: the reading stays
        ("a.b", "a.b"),  # not a number nor a word ending with periods
    ],
)
def test_words_the_ink_agrees_with_are_left_as_read(printed: str, read: str) -> None:
    from sources.ocr_repair import repair_words

    image, word = _word_image(printed, read)
    assert repair_words(image, [word], 0.24) == 0
    assert word["text"] == read


_PAGE_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 200 400 1500 440; baseline 0 -8; x_size 30; x_descenders 8">
  <span class='ocrx_word' title='bbox 200 402 400 432; x_wconf 95'>Modalités</span>
 </span>
 <span class='ocr_line' title="bbox 200 700 2200 760; baseline 0 -10; x_size 30; x_descenders 8">
  <span class='ocrx_word' title='bbox 200 715 300 745; x_wconf 95'>Etape</span>
  <span class='ocrx_word' title='bbox 1500 700 1600 730; x_wconf 0'>Ress</span>
  <span class='ocrx_word' title='bbox 1900 702 2000 732; x_wconf 1'>DATES</span>
 </span>
 <span class='ocr_line' title="bbox 1500 735 2100 762; baseline 0 -5; x_size 28; x_descenders 7">
  <span class='ocrx_word' title='bbox 1500 735 1650 762; x_wconf 93'>mobiliser</span>
 </span>
</div></body></html>"""


def _crop_hocr(words: list[tuple[str, tuple[int, int, int, int], int]]) -> str:
    """hOCR of a crop in sparse mode: one line per fragment (crop coordinates)."""
    lines = "".join(
        f"<span class='ocr_line' title='bbox {x0} {y0} {x1} {y1}; baseline 0 -4; x_size 26'>"
        f"<span class='ocrx_word' title='bbox {x0} {y0} {x1} {y1}; x_wconf {conf}'>{text}</span>"
        "</span>"
        for text, (x0, y0, x1, y1), conf in words
    )
    return (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body>"
        f"<div class='ocr_page' title='bbox 0 0 1000 100'>{lines}</div></body></html>"
    )


def test_garbled_header_band_is_read_again_in_sparse_mode() -> None:
    """A header row whose cells hold two lines: Tesseract's page layout garbled it (« Ress »
    0 %, « DATES » 1 % for « Partenaires »); the band alone, read in sparse mode, replaces it;
    the rest of the page is kept as read."""
    from PIL import Image

    from sources.ocr_reread import REREAD_PSM, reread_garbled_lines

    calls: list[tuple[tuple[int, int], int]] = []
    # the band spans y 700-762; margin (762-700)//3 = 20: crop origin (180, 680)
    sparse = _crop_hocr(
        [
            ("Etape", (20, 35, 120, 65), 95),
            ("Ressources", (1320, 20, 1500, 50), 96),
            ("à", (1505, 20, 1520, 50), 96),
            ("Partenaires", (1720, 22, 1900, 52), 96),
            ("mobiliser", (1320, 55, 1470, 82), 95),
            ("x", (1321, 36, 1325, 40), 70),  # the grave of « à » read apart: a speck
        ]
    )

    def read(crop: object, psm: int) -> str:
        calls.append((crop.size, psm))
        return sparse

    image = Image.new("L", (2480, 3508), 255)
    out = reread_garbled_lines(image, _PAGE_HOCR, read)
    assert calls == [((2200 + 20 - 180, 782 - 680), REREAD_PSM)]
    words = ocr.hocr_words(out, 1.0)
    texts = [w["text"] for w in words]
    assert texts == ["Modalités", "Ressources", "à", "Partenaires", "Etape", "mobiliser"]
    ressources = words[1]
    assert (ressources["x0"], ressources["x1"]) == (1500, 1680)  # back in page coordinates


def test_band_read_no_better_keeps_the_first_reading() -> None:
    from PIL import Image

    from sources.ocr_reread import reread_garbled_lines

    worse = _crop_hocr([("Ress", (1320, 20, 1420, 50), 10), ("DAT", (1720, 22, 1800, 52), 5)])
    image = Image.new("L", (2480, 3508), 255)
    assert reread_garbled_lines(image, _PAGE_HOCR, lambda crop, psm: worse) == _PAGE_HOCR
    clean = _PAGE_HOCR.replace("x_wconf 0", "x_wconf 90").replace("x_wconf 1'", "x_wconf 91'")
    assert reread_garbled_lines(image, clean, lambda crop, psm: pytest.fail("read")) == clean


@needs_ocr
def test_scanned_producer_page_keeps_fiche_code_and_header() -> None:
    """Page 3 of the Chromium-printed plan (seed 001), scanned at 200 dpi: Tesseract alone read
    « FICHE 1.15 » (the fiche was lost) and garbled the two-line header cells (« DATES » for
    « Partenaires envisagés », taken for a second planning column): fiche 1.1.4's steps came out
    with their partners in the planning cell. Period restored from the ink and header band read
    again: both fiches found, every cell of 1.1.4's steps as in the seed."""
    from tests.generators.scans import scan_pdf
    from tests.sources.action_plan.test_action_plan_seed001 import _split_partners, seed_fiches
    from tests.sources.pdf.test_producers import PRODUCERS

    data = scan_pdf((PRODUCERS / "plan_html_plain.pdf").read_bytes(), [2], dpi=200)
    doc = parse_action_plan(data, "plans/plan_scanne.pdf", SHA)
    assert [a.action_code for a in doc.actions] == ["1.1.4", "1.1.5"]
    fiche = next(f for f in seed_fiches() if f.code == "1.1.4")
    action = doc.actions[0]
    assert action.title == fiche.title
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    got = [(s.step, s.planning_label, s.budget_label, s.owner, s.partners) for s in steps]
    want = [
        (w.step, w.planning, w.resources, w.owner, _split_partners(w.partners)) for w in fiche.steps
    ]
    assert got == want
    assert [(s.start_year, s.open_ended, s.budget_eur, s.etp) for s in steps] == [
        (2020, True, 0.0, 0.2),
        (2020, True, 5000.0, None),
    ]


def _zebra_page(label_grid: bool = False) -> tuple[object, list[dict]]:
    """A 300 dpi page: a table of 6 columns whose odd rows are filled light grey (no rule),
    and one filled label/value row; words as OCR boxes (points)."""
    from PIL import Image, ImageDraw

    ppp = 0.24
    image = Image.new("L", (2480, 3508), 254)
    draw = ImageDraw.Draw(image)
    words: list[dict] = []
    columns = [(200, 560), (600, 1300), (1340, 1500), (1540, 1750), (1790, 1990), (2030, 2280)]
    for row in range(4):
        top = 1000 + row * 200
        if row % 2 == 0:
            draw.rectangle((200, top, 2280, top + 199), fill=238)
        for x0, _x1 in columns:  # one word per cell, ink drawn as a block
            draw.rectangle((x0 + 10, top + 20, x0 + 110, top + 50), fill=30)
            words.append(
                {"text": "mot", "x0": (x0 + 10) * ppp, "x1": (x0 + 110) * ppp}
                | {"top": (top + 20) * ppp, "bottom": (top + 50) * ppp}
            )
    if label_grid:  # « Contexte » + a paragraph in a filled band: two columns only
        draw.rectangle((200, 2200, 2280, 2400), fill=238)
        for x0, x1 in ((220, 500), (700, 2200)):
            for x in range(x0, x1, 130):  # words of ink, spaces of paper
                draw.rectangle((x, 2230, min(x + 100, x1), 2260), fill=30)
            words.append({"text": "texte", "x0": x0 * ppp, "x1": x1 * ppp} | {"top": 2230 * ppp})
            words[-1]["bottom"] = 2260 * ppp
    return image, words


def test_light_row_fills_give_table_row_edges() -> None:
    """A zebra table without rules: no ink rule on the image, but each filled row gives its
    top and bottom as edges (in pieces narrower than the page-wide rules that cut field
    bands); a filled label/value band gives none; ink rules are not doubled."""
    from sources.ocr_fills import fill_edges

    image, words = _zebra_page(label_grid=True)
    assert ocr.image_rules(image, 0.24) == []
    edges = fill_edges(image, 0.24, words)
    tops = sorted({round(e["top"] / 0.24) for e in edges})
    assert tops == [1000, 1200, 1400, 1600]
    for top in tops:
        pieces = sorted((e["x0"], e["x1"]) for e in edges if round(e["top"] / 0.24) == top)
        assert pieces[0][0] == pytest.approx(200 * 0.24, abs=1.5)
        assert pieces[-1][1] == pytest.approx(2280 * 0.24, abs=1.5)
        assert all(b - a < 0.4 * 2480 * 0.24 for a, b in pieces)
        assert all(abs(b[0] - a[1]) < 0.01 for a, b in zip(pieces, pieces[1:], strict=False))
    # without the words, the label/value band counts too
    assert len({round(e["top"] / 0.24) for e in fill_edges(image, 0.24)}) == 6


@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("GACdG :", "GACdG:", ["GACdG", ":"]),  # the space French puts before a colon
        ("Contexte :", "Contexte:", ["Contexte", ":"]),
        ("GACdG:", "GACdG:", ["GACdG:"]),  # printed glued: left glued
        ("note;", "note;", ["note;"]),
    ],
)
def test_space_before_a_colon_is_kept_when_printed(printed, read, expected) -> None:
    """Tesseract glues « : » to the word before it (« GACdG: » for « GACdG : », an owner name
    that then matches no other spelling); the gap on the image decides, and the word's box
    may stop at its last letter, so the mark is looked for up to the next word."""
    from sources.ocr_repair import repair_words

    image, word = _word_image(printed, read, exact_font=True)
    letters = _bold_serif_font(44, exact=True).getbbox(read.rstrip(":;"))[2]
    word["x1"] = (40 + letters) * 0.24  # Tesseract's box ends at the last letter
    words = [word]
    repair_words(image, words, 0.24)
    assert [w["text"] for w in words] == expected
    assert all(w["x0"] < w["x1"] for w in words)
