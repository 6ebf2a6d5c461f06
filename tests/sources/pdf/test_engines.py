"""PDFium reading (default) and pdfplumber reading (``COPDIAG_PDF_ENGINE=pdfplumber``) give the
same records, field by field, on every PDF the parsers are tested on: producer-made fixtures
(LibreOffice, Chromium; held-out layouts included), the generated layouts of the demo corpus,
the seed renderings and the real TeT fiche.

This is the proof that :mod:`sources.pdf.engine` (PDFium characters and paths fed to pdfplumber's
word grouping and table finder) loses nothing against pdfminer's reading.
"""

from __future__ import annotations

import dataclasses
import os
import random
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.cot import parse_cot
from sources.errors import InputRejected
from sources.pdf.engine import ENGINE_ENV, iter_plumber_pages
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.pdfium_words import _fast_text
from sources.tet_fiche import parse_tet_fiche

PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers"
SHA = "ab" * 32


def _plain(value: Any) -> Any:
    """Records → plain data (dataclasses, tuples, floats rounded to the cent)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if isinstance(value, float):
        return round(value, 2)
    return value


def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Field paths where ``a`` and ``b`` differ (first 20)."""
    out: list[str] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            out += _differences(a.get(key), b.get(key), f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} éléments contre {len(b)}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            out += _differences(x, y, f"{path}[{i}]")
    elif a != b:
        out.append(f"{path}: {a!r} ≠ {b!r}")
    return out[:20]


def _both(
    monkeypatch: pytest.MonkeyPatch, parse: Callable[[bytes, str, str], Any], data: bytes
) -> tuple[Any, Any]:
    def read() -> Any:
        # a document rejected whole (an implausible value) is a result too: same code and reason
        try:
            return _plain(parse(data, "doc.pdf", SHA))
        except InputRejected as exc:
            return {"rejected": exc.code, "reason": exc.reason}

    monkeypatch.setenv(ENGINE_ENV, "pdfplumber")
    reference = read()
    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    fast = read()
    return reference, fast


def _cases() -> list[tuple[str, str, Callable[[], bytes]]]:
    """(id, parser, data factory): built lazily, each test builds its own PDF."""
    cases: list[tuple[str, str, Callable[[], bytes]]] = []
    for path in sorted(PRODUCERS.glob("*.pdf")):
        kind = "cot" if path.name.startswith("cot") else "plan"
        cases.append((f"producer-{path.stem}", kind, path.read_bytes))

    def plan(layout: str, seed: int) -> Callable[[], bytes]:
        def build() -> bytes:
            from demo.action_plan_pdf import build_action_plan_pdf
            from demo.plan_random import random_plan_spec

            spec = random_plan_spec(random.Random(seed), "Communauté de communes du Test", 8)
            return build_action_plan_pdf(spec, layout)

        return build

    def cot(kind: str, layout: str) -> Callable[[], bytes]:
        def build() -> bytes:
            from demo.cot_pdf import build_cot_pdf
            from demo.cot_spec import random_cot_spec

            spec = random_cot_spec(random.Random(11), "Pays du Test", kind)
            return build_cot_pdf(spec, layout)

        return build

    def seed001(layout: str) -> Callable[[], bytes]:
        def build() -> bytes:
            from tests.generators.seed_pdf import seed001_pdf_with_pages

            return seed001_pdf_with_pages(layout)[0]

        return build

    def seed_cot(which: str, layout: str) -> Callable[[], bytes]:
        def build() -> bytes:
            from tests.generators import seed_cot_pdf

            return getattr(seed_cot_pdf, f"{which}_pdf")(layout)

        return build

    from demo.action_plan_pdf import LAYOUTS as PLAN_LAYOUTS
    from demo.cot_pdf import LAYOUTS as COT_LAYOUTS
    from tests.generators.seed_cot_pdf import LAYOUTS as SEED_COT_LAYOUTS
    from tests.generators.seed_pdf import LAYOUTS as SEED_LAYOUTS

    for layout in PLAN_LAYOUTS:
        cases.append((f"plan-{layout}", "plan", plan(layout, 3)))
    for kind in ("cae_eci", "tri"):
        for layout in COT_LAYOUTS:
            cases.append((f"cot-{kind}-{layout}", "cot", cot(kind, layout)))
    for layout in SEED_LAYOUTS:
        cases.append((f"seed001-{layout}", "plan", seed001(layout)))
    for which in ("seed000", "seed003"):
        for layout in SEED_COT_LAYOUTS:
            cases.append((f"{which}-{layout}", "cot", seed_cot(which, layout)))
    return cases


PARSERS: dict[str, Callable[[bytes, str, str], Any]] = {
    "plan": parse_action_plan,
    "cot": parse_cot,
    "fiche": parse_tet_fiche,
}
CASES = _cases()
# held-out producer layouts whose two engines disagree (only that they differ is printed, not
# where; see tests/sources/pdf/test_producers.py). plan_html_sidebar, listed here at its first
# measure (fifth set), reads the same with both engines since the sixth pass (sidebar left out)
# (plan_html_multicol, twenty-second set, until it was moved to the tuned part);
# plan_ods_sheets (twenty-seventh set, Calc's print, first measure in the twenty-eighth pass;
# tuned since the twenty-ninth pass, read alike by both engines since that pass's sheet-grid
# rules: a spreadsheet's grid read from its steps header, the sheet name as page furniture)
# plan_ods_headers (thirty-first set, Calc with row numbers and column letters printed, first
# measure in the thirty-second pass; tuned since the thirty-third); plan_html_cookies
# (thirty-second set, a fixed top bar and cookie banner printed over the content, first
# measure in the thirty-third pass; tuned since the thirty-fourth); plan_html_editform
# (thirty-ninth set, a web application's edit form printed, first measure in the thirty-ninth
# pass; tuned and read alike by both engines since that pass's add-row button rule);
# plan_docx_letterspaced (fortieth set, Writer with letter-spaced labels, first measure in the
# thirty-ninth pass; tuned and read alike by both engines since the fortieth pass: PDFium's
# spaces between the letters of one text object are none of its text)
# plan_html_wordhtml (forty-fifth set, Word's « Page Web, filtrée » export printed by
# Chromium, first measure in the forty-first pass; tuned and read alike by both engines since
# that pass: spaces set as text objects of their own, which PDFium drops, are put back)
# plan_xlsx_titlerows (fifty-fourth set, Calc's print of an .xlsx with print-title rows,
# engines differing at its first measure in the forty-second pass; tuned since the same pass)
# plan_html_surligne (sixty-fourth set, a site's search marks printed inside words, engines
# differing at its first measure in the forty-third pass; moved to the tuned part in the same
# pass, its failures not fixed yet: still listed here until both engines read it alike)
# plan_html_embossed and plan_html_ombre (sixty-eighth and sixty-ninth sets, a theme's white
# text shadow: every text drawn twice; engines differing at their first measure in the
# forty-fourth pass; tuned since the same pass, read alike since the same pass's shadow rule)
# (plan_html_surligne read alike since the forty-fourth pass: PDFium's space at a text
# object's end is none where the next glyph starts in its place)
# plan_xlsx_glose (seventy-eighth set, a sheet's cell notes printed over its cells, engines
# differing at its first measure in the forty-fifth pass; tuned since the same pass, read
# alike since the same pass's note rule, sources.pdf.note_boxes)
# (plan_html_taches, eighty-fourth set, first measure in the forty-fifth pass)
# plan_xlsx_voyants (ninety-third set, a data bar and an icon set in a sheet's cells; engines
# differing at its first measure in the forty-sixth pass; tuned since the same pass, read
# alike since the same pass's rule, sources.pdf.gradient_slices)
# plan_docx_confidentiel (ninety-seventh set, line numbers beside every field line and a
# banner on every page; engines differing at its first measure in the forty-sixth pass; tuned
# since the forty-seventh pass, read alike since the same pass's line-number rule: numbers in
# another typeface, empty lines numbered too)
# plan_html_justifie, plan_xlsx_recopie (hundred-and-first and hundred-and-second sets) and
# plan_html_accents (hundred-and-third): engines differing at their first measure in the
# forty-seventh pass (plan_xlsx_recopie read alike since the same pass's typed-rule rule,
# sources.pdf.typed_rules, plan_html_justifie since its soft-hyphen rules,
# sources.pdf.phantom_spaces and sources.values.soft_joined)
# plan_html_brut and plan_html_incipit (hundred-and-sixth and hundred-and-seventh sets):
# engines differing at their first measure in the forty-seventh pass (tuned, with plan_html_surplomb,
# since the forty-eighth pass; kept here until read alike)
# (plan_html_accents read alike since the same pass's third round: a blank running past a
# glyph gap still parts two words, sources.pdf.tracking)
# (plan_html_surplomb, hundred-and-eleventh set, differing at its first measure in the
# forty-seventh pass, read alike since the forty-eighth: an overflow interleaved with the
# glyphs it is printed over, sources.pdf.cell_overflow._interleaved)
# (plan_html_ligature, 113th set, differing at its first measure in the forty-eighth pass,
# read alike since the same pass: icon names printed as words, sources.pdf.icon_names)
# (plan_html_brut read alike since the forty-eighth pass: Markdown pipe tables typed as text,
# sources.pdf.pipe_tables)
# (plan_html_incipit read exactly by PDFium since the forty-eighth pass — a small-capitals
# lead-in line is one line, sources.pdf.lines._small_capitals —; pdfminer reads those small
# capitals as capitals, « LES ACTIONS À DÉVELOPPER »: still differing)
HELD_OUT_ENGINES_DIFFER: set[str] = {
    # plan_xlsx_treuil (two-hundred-and-fifty-second set): apart at its first measure,
    # sixty-ninth pass; held out until the next pass's start
    "producer-plan_xlsx_treuil",
    # (cot000_pptxfaucille, the two-hundred-and-thirty-second set: apart at its first measure,
    # sixty-seventh pass; alike since the same pass's second round — a soft hyphen drawn at the
    # next glyph's place is no character in either engine, sources.pdf.phantom_spaces,
    # sources.pdf.pdfium_chars)
    # (cot000_pptxcascade and plan_html_virage, the two-hundred-and-seventeenth and -sixteenth
    # sets: apart at their first measure, 64th pass; tuned since the 65th and alike since the
    # same pass — a handout's tables kept to their own slide, sources.cot.slide_panes; blended
    # white headings kept through PDFium, sources.pdf.unseen_text)
    # two-hundred-and-seventh set: apart at its first measure (63rd pass), tuned since the 64th
    # (plan_html_respiration alike since the same pass — no space PDFium puts under a
    # letter-spaced glyph, sources.pdf.pdfium_chars._runs_under —: seen passing in its CI run)
    "producer-plan_xlsx_silhouette",
    # plan_xlsx_tapi (two-hundred-and-first set): apart at its first measure (62nd pass), tuned
    # since the 63rd and read exactly through PDFium since the same pass (white glyphs on white
    # paper set aside by their text render mode, which PDFium gives); pdfminer does not say how
    # a glyph is painted, so its reading keeps the white fiche codes: still differing
    "producer-plan_xlsx_tapi",
    # (plan_html_serrage, the same set: apart at its first measure, read alike and exactly by
    # both engines since the 63rd pass — a tight tracking's dropped spaces put back)
    # plan_html_souffle (hundred-and-ninety-fifth set): apart at its first measure (61st
    # pass), tuned since the 62nd and read exactly through PDFium since the same pass; through
    # pdfminer, whose boxes of the letter-spaced glyphs mostly take in the spacing, a few short
    # words stay in letters (« e t », « u n »)
    "producer-plan_html_souffle",
    # (plan_html_reglure, hundred-and-eighty-ninth set: apart at its first measure, 60th
    # pass; alike since the 61st, its Seyès pattern layers read as paper by both engines)
    # (producer-plan_html_pourtour, hundred-and-eighty-fifth set: apart at its first measure in
    # the 59th pass, tuned since the 60th and alike since the same pass, its stroked copies
    # told by their baselines, sources.pdf.shadows)
    # (producer-plan_html_taches: alike since the 54th pass, read exactly by both)
    "producer-plan_html_incipit",
    "producer-cot000_pptxplonge",  # hundred-and-twenty-eighth set, first measure (fiftieth pass)
    # (producer-plan_odt_lettrine, hundred-and-forty-third set, apart at its first measure in
    # the 52nd pass: alike since the 56th, a one-glyph drop cap set apart from its word,
    # sources.pdf.pdfium_chars._set_apart)
    # (producer-plan_odt_nappe, hundred-and-sixty-fourth set: apart at its first measure in the
    # 55th pass; alike since the 64th, seen passing in that pass's CI run)
    "producer-plan_odt_penombre",  # 170th set, first measure (56th pass); tuned since the 57th
    # plan_odt_picots (hundred-and-sixty-first set, tuned): apart since the 56th pass — its
    # dot leaders are text objects of their own, which PDFium tells and pdfminer does not
    # (sources.pdf.leader_objects): PDFium reads it exactly, pdfminer keeps the leaders' dots
    "producer-plan_odt_picots",
    # plan_html_dephase (hundred-and-seventy-second set, tuned since the 58th pass): apart since
    # that pass — read exactly through PDFium; through pdfminer the last row of a table a page
    # break cuts has no cell boxes (the grid ends a row early), so the squashed labels' places
    # are used for it (sources.pdf.labels_above names the drawn grid's columns only)
    "producer-plan_html_dephase",
    # (producer-cot000_pptxsoldes, hundred-and-eightieth set, apart at its first measure in the
    # 58th pass: alike since the 59th, read exactly by both — its double underlines no strike)
    # (producer-cot000_pptxrabat, hundred-and-sixty-second set, apart at its first measure in
    # the 55th pass: alike since the same pass, read exactly by both)
    # (producer-plan_docx_chapeau, hundred-and-fifty-first set, apart at its first measure in
    # the 53rd pass: alike since the 54th, a capital set a little apart after a small letter
    # starting a word, sources.pdf.glyph_gaps._case_break)
    # (producer-cot000_pptxmarelle, hundred-and-fifty-second set, apart at its first measure
    # in the 53rd pass: alike since the 54th, read exactly by both)
}


# Reading a PDF through pdfminer costs about 7 s a plan, so comparing the two engines on all of
# the ~590 producer fixtures took some 70 minutes of the CI's 80. `make test` compares them on a
# stated sample: every generated and seed layout, every held-out fixture, every fixture whose
# engines differed, and one in four of the others chosen by a stable hash of the name (the same
# ones on every run, whatever the machine). `make test-engines` (COPDIAG_ENGINES_ALL=1) compares
# them on every fixture.
ENGINES_ALL_ENV = "COPDIAG_ENGINES_ALL"
SAMPLE_ONE_IN = 4


def _sampled(case_id: str, held_out: frozenset[str]) -> bool:
    """Whether ``make test`` compares the engines on this case (see above)."""
    if not case_id.startswith("producer-") or case_id in HELD_OUT_ENGINES_DIFFER:
        return True
    name = case_id.removeprefix("producer-")
    return name in held_out or zlib.crc32(name.encode()) % SAMPLE_ONE_IN == 0


def _params() -> list[Any]:
    from tests.sources.pdf.test_producers import HELD_OUT

    xfail = pytest.mark.xfail(
        reason="moteurs en désaccord à la première mesure (jeu réservé) / held-out first measure",
        strict=False,
    )
    skip = pytest.mark.skip(
        reason="hors de l'échantillon de `make test` : comparaison complète par `make test-engines`"
    )
    every = os.environ.get(ENGINES_ALL_ENV) == "1"
    held_out = frozenset(HELD_OUT)
    params = []
    for i, k, f in CASES:
        marks = [xfail] if i in HELD_OUT_ENGINES_DIFFER else []
        if not every and not _sampled(i, held_out):
            marks.append(skip)
        params.append(pytest.param(k, f, id=i, marks=marks))
    return params


@pytest.mark.parametrize(("kind", "factory"), _params())
def test_same_records_with_both_engines(
    monkeypatch: pytest.MonkeyPatch, kind: str, factory: Callable[[], bytes]
) -> None:
    reference, fast = _both(monkeypatch, PARSERS[kind], factory())
    assert _differences(reference, fast) == []


def test_tet_fiche_same_with_both_engines(
    monkeypatch: pytest.MonkeyPatch, realworld_dir: Path
) -> None:
    data = (realworld_dir / "tet" / "golden-baseline-fiche-81152.pdf").read_bytes()
    reference, fast = _both(monkeypatch, parse_tet_fiche, data)
    assert _differences(reference, fast) == []


def test_pdfium_pages_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default engine really reads through PDFium (no silent pdfplumber fallback)."""
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    data = (PRODUCERS / "plan_docx_grid.pdf").read_bytes()
    pages = list(iter_plumber_pages(data))
    assert pages and all(isinstance(p, PdfiumPage) for p in pages)
    first = pages[0]
    assert first.width == pytest.approx(595.3, abs=0.5)
    words = first.extract_words()
    assert any(w["text"] == "PCAET" for w in words)
    for page in pages:
        page.close()


def _reportlab_pdf(draw: Callable[[Any], None], rotation: int = 0) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    if rotation:
        c.setPageRotation(rotation)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _words(page: Any) -> list[tuple[str, float, float, float, float, bool]]:
    return [
        (
            w["text"],
            round(w["x0"], 1),
            round(w["x1"], 1),
            round(w["top"], 1),
            round(w["bottom"], 1),
            "Bold" in w["fontname"],
        )
        for w in page.extract_words(x_tolerance=2, y_tolerance=2, extra_attrs=["fontname"])
    ]


def test_words_rules_and_fills_match_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page, every primitive the parsers read: words (bold or not), a ruled grid (lines and
    stroked rectangles), a filled band; PDFium and pdfplumber agree to 0.1 pt."""

    def draw(c: Any) -> None:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 770, "Étape Descriptif Planification")
        c.setFont("Helvetica", 10)
        c.drawString(72, 750, "Réunir les acteurs : 12 000 euros")
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(60, 700, 400, 20, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.line(60, 690, 460, 690)
        c.rect(60, 600, 200, 80, stroke=1, fill=0)
        c.line(160, 600, 160, 680)

    data = _reportlab_pdf(draw)
    monkeypatch.setenv(ENGINE_ENV, "pdfplumber")
    (ref,) = list(iter_plumber_pages(data))
    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    (fast,) = list(iter_plumber_pages(data))
    assert isinstance(fast, PdfiumPage)
    assert [w[0] for w in _words(fast)] == [w[0] for w in _words(ref)]
    for a, b in zip(_words(fast), _words(ref), strict=True):
        assert a[5] == b[5] and all(abs(x - y) <= 0.15 for x, y in zip(a[1:5], b[1:5], strict=True))

    def edges(page: Any) -> list[tuple[str, float, float, float, float]]:
        return sorted(
            (e["orientation"], round(e["x0"]), round(e["x1"]), round(e["top"]), round(e["bottom"]))
            for e in page.edges
        )

    assert edges(fast) == edges(ref)
    assert len(fast.edges) == 1 + 4 + 1 + 4  # line, filled band (4 edges), line, box (4 edges)
    filled = [(round(r["x0"]), round(r["top"])) for r in fast.rects if r["fill"]]
    assert filled == [(round(r["x0"]), round(r["top"])) for r in ref.rects if r["fill"]]
    assert filled == [(60, 122)]
    ref.close()
    fast.close()


def test_rotated_page_and_rotated_text_read_by_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    """/Rotate pages and rotated text are outside what the PDFium reading reproduces: those pages
    (and only those) come from pdfplumber."""
    monkeypatch.delenv(ENGINE_ENV, raising=False)

    def text(c: Any) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(72, 700, "Plan climat")

    def rotated_text(c: Any) -> None:
        text(c)
        c.saveState()
        c.translate(300, 300)
        c.rotate(90)
        c.drawString(0, 0, "Vertical")
        c.restoreState()

    (plain,) = list(iter_plumber_pages(_reportlab_pdf(text)))
    (turned,) = list(iter_plumber_pages(_reportlab_pdf(text, rotation=90)))
    (sideways,) = list(iter_plumber_pages(_reportlab_pdf(rotated_text)))
    assert isinstance(plain, PdfiumPage)
    assert not isinstance(turned, PdfiumPage)
    assert not isinstance(sideways, PdfiumPage)
    assert "Plan climat" in sideways.extract_text()  # pdfminer reads it (vertical text reversed)
    for page in (plain, turned, sideways):
        page.close()


def test_corrupt_and_encrypted_rejected_in_french() -> None:
    from sources.errors import InputRejected

    with pytest.raises(InputRejected) as caught:
        list(iter_plumber_pages(b"%PDF-1.4\n garbage"))
    assert caught.value.code == "corrupt_pdf"
    assert "illisible" in caught.value.reason


@pytest.mark.parametrize("name", ["plan_html_zebra", "plan_docx_grid", "cot000_pptx"])
def test_fast_word_grouping_is_pdfplumbers(name: str) -> None:
    """The fast word grouping and cell text of :class:`PdfiumPage` give exactly the dicts and
    strings of pdfplumber's ``WordExtractor`` / ``extract_text`` on the same characters."""
    import random

    from pdfplumber import utils

    rng = random.Random(1)
    settings: list[dict[str, Any]] = [
        {},
        {
            "x_tolerance": 2,
            "y_tolerance": 2,
            "keep_blank_chars": False,
            "use_text_flow": False,
            "extra_attrs": ["size", "fontname"],
        },
        {
            "extra_attrs": ["fontname", "size", "non_stroking_color"],
            "x_tolerance": 1.5,
            "y_tolerance": 2,
        },
    ]
    compared = 0
    for page in iter_plumber_pages((PRODUCERS / f"{name}.pdf").read_bytes()):
        for kwargs in settings:
            assert page.extract_words(**kwargs) == utils.extract_words(page.chars, **kwargs)
            compared += 1
        chars = page.chars
        for _ in range(5):
            start = rng.randrange(max(1, len(chars)))
            cell = chars[start : start + rng.randrange(1, 150)]
            if cell:
                assert _fast_text(cell) == utils.extract_text(cell)
        page.close()
    assert compared >= 30


def test_ci_sample_is_the_stated_one() -> None:
    """`make test` compares the engines on every held-out fixture, every fixture whose engines
    differed and every generated layout, plus about one tuned fixture in four."""
    from tests.sources.pdf.test_producers import HELD_OUT

    ids = [i for i, _, _ in CASES]
    held_out = frozenset(HELD_OUT)
    assert all(_sampled(i, held_out) for i in ids if not i.startswith("producer-"))
    assert all(_sampled(f"producer-{name}", held_out) for name in HELD_OUT)
    assert all(_sampled(i, held_out) for i in HELD_OUT_ENGINES_DIFFER)
    assert HELD_OUT_ENGINES_DIFFER <= set(ids)
    tuned = [i for i in ids if i.startswith("producer-") and i[9:] not in held_out]
    share = sum(_sampled(i, frozenset()) for i in tuned) / len(tuned)
    assert 0.2 < share < 0.35
    # the same names on every run: a stable hash, not Python's salted one
    assert _sampled("producer-plan_docx_grid", frozenset()) is (
        zlib.crc32(b"plan_docx_grid") % SAMPLE_ONE_IN == 0
    )


def test_test_scheduling_names_real_files() -> None:
    """The files tests/conftest.py hands out first, and the one it spreads, exist."""
    from tests.conftest import REPO_ROOT, SLOW_FILES, SPREAD_FILE

    for name in (*SLOW_FILES, SPREAD_FILE):
        assert (REPO_ROOT / name).is_file(), name
