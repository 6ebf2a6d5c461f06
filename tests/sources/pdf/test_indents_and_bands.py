"""Rules drawn from the sixty-fourth to sixty-ninth sets' failures (issue 13, forty-fourth
pass), each shown on hand-made cases with negative ones (glyphs drawn twice:
:mod:`tests.sources.pdf.test_shadows`):

1. A label / value grid whose values' FIRST LINES ARE INDENTED (the French « alinéa »: the
   further lines start left of the first) keeps those further lines (sources.action_plan.parser
   ``_kv_indented``).
2. Lines a browser breaks ANYWHERE (``word-break: break-all``): a field label cut inside a
   word (« Objectifs et résultats atten » / « dus ») is still a label
   (sources.action_plan.labels ``_label_prefix_key``), and a value's word cut at its
   column's edge is joined — by the word list, or, in a document that shows several such
   cuts, where neither piece is a word (sources.action_plan.sheets ``_join_parts``,
   ``cuts_at_edges``; sources.pdf.cells ``cut_anywhere``).
3. A cell merged down a steps table's side whose turned text (« FICHE 1.2.1 » bottom to top)
   a page break cuts, drawn on both pages, is no text under the table: the table goes on on
   the next page, its header not repeated (sources.pdf.pages ``_turned_lines``).
4. A stroke inside a ruled cell, short of its rules (a paragraph's dotted bottom border, a
   hand-filling template's « ligne de saisie »), cuts no row (sources.pdf.inset_rules).
5. A progress table whose ▼ axis labels stand in a column of their own, each in a cell merged
   down over its rows and centred in their height, the axis's numbers under an empty label:
   each label goes to its axis's row (sources.cot.referential ``_axis_edge``,
   ``_axis_labels``).
6. A search HIGHLIGHT on part of a word (« <mark>entreprise</mark>s »), padded, cuts no word
   (sources.pdf.marks; PDFium's space at a text object's end is none where the next glyph
   starts in its place: sources.pdf.pdfium_chars).
"""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.labels import _label_prefix_key
from sources.action_plan.parser import _label_lines
from sources.action_plan.sheets import _Field, _join_parts, _Part, _Sheet, cuts_at_edges
from sources.cot.pages import _Word
from sources.cot.referential import _axis_edge, _axis_labels, _RawRow
from sources.pdf.cells import cut_anywhere
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

EDGE = 57.0

# --------------------------------------------------------------------------- 1. alinéa


def _grid(pages: HandPages, first_x: float, next_x: float) -> None:
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 140.0, "Contexte")
    pages.text(first_x, 140.0, "L'agglomération mène une opération test sur le territoire.")
    pages.text(next_x, 152.0, "Une vingtaine d'entreprises représentatives sont auditées par la")
    pages.text(next_x, 164.0, "Chambre du Commerce et de l'Industrie du Gers.")
    pages.text(EDGE, 184.0, "Objectifs et résultats")
    pages.text(first_x, 184.0, "Des démarches d'optimisation énergétique sont menées d'ici")
    pages.text(EDGE, 196.0, "attendus")
    pages.text(next_x, 196.0, "2030.")
    pages.text(EDGE, 216.0, "Indicateurs")
    pages.text(first_x, 216.0, "Nombre d'entreprises engagées")
    pages.c.showPage()


def test_a_grid_whose_values_first_lines_are_indented_keeps_their_further_lines() -> None:
    pages = HandPages()
    _grid(pages, 200.0, 182.0)  # 2em at 9 pt: the first line 18 pt right of the others
    doc = parse_action_plan(pages.save(), "plans/alinea.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context == (
        "L'agglomération mène une opération test sur le territoire. Une vingtaine "
        "d'entreprises représentatives sont auditées par la Chambre du Commerce et de "
        "l'Industrie du Gers."
    )
    assert action.expected_results == (
        "Des démarches d'optimisation énergétique sont menées d'ici 2030."
    )
    assert action.indicators == ["Nombre d'entreprises engagées"]


def test_a_grid_without_indents_reads_as_before() -> None:
    pages = HandPages()
    _grid(pages, 182.0, 182.0)
    doc = parse_action_plan(pages.save(), "plans/plain.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context is not None and action.context.endswith("Industrie du Gers.")
    assert action.expected_results is not None and action.expected_results.endswith("2030.")


# --------------------------------------------------------------------------- 2. break-all


def test_a_label_cut_inside_a_word_is_still_a_label() -> None:
    assert _label_prefix_key("Objectifs et résultats atten", cut=True) == "expected_results"
    assert _label_prefix_key("Liens avec les objectifs ré", cut=True) == "regulatory_links"
    assert _label_prefix_key("Objectifs et résultats atten") is None  # only where asked
    assert _label_prefix_key("Contex", cut=True) is None  # too short to tell
    assert _label_lines("Objectifs et résultats atten", "dus") == "Objectifs et résultats attendus"
    assert _label_lines("Liens avec les", "objectifs") == "Liens avec les objectifs"
    assert _label_lines("Contexte", "dus") is None


def _parts(*lines: tuple[float, str]) -> list[_Part]:
    return [_Part(1, 100.0 + 10 * k, 160.0, x1, text) for k, (x1, text) in enumerate(lines)]


def test_a_word_cut_at_the_column_edge_is_joined() -> None:
    rights = {1: 548.0}
    parts = _parts(
        (547.0, "Une vingtaine d'e"),
        (546.0, "ntreprises sont auditées pour que leurs déchets soient un"),
        (547.5, "marqueur de la richesse fa"),
        (300.0, "unistique du territoire."),
    )
    joined = "Une vingtaine d'entreprises sont auditées pour que leurs déchets soient un marqueur"
    # the word list knows « entreprises »; « fa » / « unistique » only where lines are broken
    # anywhere; « un » / « marqueur » are two words
    assert _join_parts(parts, rights) == f"{joined} de la richesse fa unistique du territoire."
    assert _join_parts(parts, rights, anywhere=True) == (
        f"{joined} de la richesse faunistique du territoire."
    )
    # negative: the line before short of the column's edge (a normal wrap)
    short = _parts((500.0, "Une vingtaine d'e"), (300.0, "ntreprises sont auditées."))
    assert _join_parts(short, rights) == "Une vingtaine d'e ntreprises sont auditées."
    # a comma the author set off by a space, alone at the next line's start: no cut
    comma = _parts((547.0, "identifier des critères pertinents"), (300.0, ", hiérarchiser ces"))
    assert _join_parts(comma, rights) == "identifier des critères pertinents , hiérarchiser ces"
    assert cut_anywhere("de la richesse fa", "unistique du")
    assert not cut_anywhere("déchets soient un", "marqueur de")  # « un »: a word
    assert not cut_anywhere("la richesse fa", "une idée")  # « une »: a word
    assert not cut_anywhere("la richesse fa", "Unistique")  # a capital starts a word


def test_a_document_is_told_to_break_words_anywhere_by_several_cuts() -> None:
    cut = _Field(
        "context", 1, None, 100.0, _parts((547.0, "Une vingtaine d'e"), (300.0, "ntreprises."))
    )
    plain = _Field(
        "context", 1, None, 100.0, _parts((547.0, "Une vingtaine"), (300.0, "de communes."))
    )
    sheet = _Sheet("1.1.1", 1, "Expérimenter", None, None, None, fields=[cut, plain])
    assert cuts_at_edges([sheet]) == 1


# --------------------------------------------------------------------------- 3. turned band


def _cut_table(under: str) -> bytes:
    pages = HandPages()
    pages.fiche_head(EDGE)
    filler = "Les entreprises du territoire sont auditées par la chambre consulaire."
    for k in range(30):
        pages.text(EDGE, 150.0 + 18 * k, filler)
    first = ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")
    bottom = pages.steps_table(700.0, [first])
    if under == "turned":  # the band's text, turned, run past the last row
        pages.c.saveState()
        pages.c.translate(EDGE - 4.0, HEIGHT - bottom - 50.0)
        pages.c.rotate(90)
        pages.c.setFont("Helvetica-Bold", 8.0)
        pages.c.drawString(0, 0, "FICHE 1.1.1")
        pages.c.restoreState()
    else:  # a caption under the table: it shuts the table
        pages.text(EDGE, bottom + 20.0, "Source : service économie, 2019")
    pages.c.showPage()
    rows = [
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
        ("Suivre", "Réunir le comité.", "2021", "2000", "GACdG", "CCI"),
    ]
    pages.body_rows(60.0, rows)
    pages.c.showPage()
    return pages.save()


def test_a_table_whose_turned_side_cell_runs_past_the_page_goes_on() -> None:
    doc = parse_action_plan(_cut_table("turned"), "plans/bande.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.page) for s in doc.steps] == [
        ("Lancer un test", "2019", 1),
        ("Définir", "2020", 2),
        ("Suivre", "2021", 2),
    ]


def test_an_upright_line_under_the_table_still_shuts_it() -> None:
    doc = parse_action_plan(_cut_table("caption"), "plans/source.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Lancer un test"]


# --------------------------------------------------------------------------- 4. inset strokes


def _table_with_strokes(inset: float) -> bytes:
    """A steps table whose first row's planning cell holds two paragraphs (« 2019 » /
    « - 2020 »), a stroke under the first ``inset`` pt short of the cell's rules."""
    pages = HandPages()
    pages.fiche_head(EDGE)
    top = 150.0
    tops = [top, top + 16.0, top + 16.0 + 30.0, top + 16.0 + 48.0]
    pages.c.setLineWidth(0.5)
    for y in tops:
        pages.c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        pages.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(
        BOUNDS,
        ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires"),
        strict=False,
    ):
        pages.text(x + 3.0, top + 4.0, label, bold=True)
    first = ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")
    for x, cell in zip(BOUNDS, first, strict=False):
        pages.text(x + 3.0, tops[1] + 4.0, cell, size=8.0)
    pages.text(BOUNDS[2] + 3.0, tops[1] + 16.0, "- 2020", size=8.0)
    pages.c.setDash(0.5, 1)  # the paragraph's dotted bottom border
    pages.c.line(
        BOUNDS[2] + inset, HEIGHT - tops[1] - 14.0, BOUNDS[3] - inset, HEIGHT - tops[1] - 14.0
    )
    pages.c.setDash()
    second = ("Définir", "Choisir les filières.", "2021", "5000", "GACdG", "")
    for x, cell in zip(BOUNDS, second, strict=False):
        pages.text(x + 3.0, tops[2] + 4.0, cell, size=8.0)
    pages.c.showPage()
    return pages.save()


def test_a_stroke_short_of_its_cells_rules_cuts_no_row() -> None:
    doc = parse_action_plan(_table_with_strokes(3.0), "plans/pointilles.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.start_year, s.end_year) for s in doc.steps] == [
        ("Lancer un test", "2019 - 2020", 2019, 2020),
        ("Définir", "2021", 2021, 2021),
    ]


def test_a_stroke_from_rule_to_rule_still_cuts_the_cell() -> None:
    doc = parse_action_plan(_table_with_strokes(0.0), "plans/regle.pdf", "0" * 64)
    assert [s.planning_label for s in doc.steps][-1] == "2021"
    assert "2019 - 2020" not in [s.planning_label for s in doc.steps]


# --------------------------------------------------------------------------- 5. axis column


def _words(x: float, top: float, text: str) -> list[_Word]:
    out, at = [], x
    for piece in text.split():
        out.append(_Word(piece, at, at + 4.0 * len(piece), top, top + 7.5, 7.5, False))
        at += 4.0 * len(piece) + 3.0
    return out


def _row(top: float, label: list[_Word], *numbers: str) -> _RawRow:
    keys = ("points_remaining", "pct_done", "pct_programmed")
    return _RawRow(label, dict(zip(keys, numbers, strict=False)), top, top + 7.5)


def test_axis_labels_in_a_column_of_their_own_go_to_their_rows() -> None:
    # ▼ Planification territoriale centred over its axis row and two ▶ rows: read on a ▶
    # row's line; its own row: numbers under an empty label
    rows = [
        _row(60.0, [], "58,7", "27 %", "16,4 %"),
        _row(
            72.0,
            _words(18.0, 72.0, "▼ Planification territoriale") + _words(157.0, 72.0, "▶ Stratégie"),
            "18,9",
            "37 %",
            "16,9 %",
        ),
        _row(84.0, _words(157.0, 84.0, "▶ Urbanisme"), "15,9", "22,2 %", "12,4 %"),
        _row(96.0, [], "50,7", "14,1 %", "11,8 %"),
        _row(108.0, _words(157.0, 108.0, "▶ Suivi"), "20,7", "13,8 %", "17,7 %"),
        _RawRow(_words(18.0, 103.0, "▼ Patrimoine"), {}, 103.0, 110.5),
    ]
    edge = _axis_edge(rows)
    assert edge == 152.0
    column = [w for r in rows for w in r.label_words if w.x1 <= edge]
    for r in rows:
        r.label_words = [w for w in r.label_words if w.x1 > edge]
    labelled = _axis_labels(rows, column)
    assert labelled is not None
    assert [
        (" ".join(w.text for w in r.label_words), r.cells["points_remaining"])
        for r in labelled
        if r.cells
    ] == [
        ("▼ Planification territoriale", "58,7"),
        ("▶ Stratégie", "18,9"),
        ("▶ Urbanisme", "15,9"),
        ("▼ Patrimoine", "50,7"),
        ("▶ Suivi", "20,7"),
    ]


def test_a_plain_table_has_no_axis_column() -> None:
    # ▼ labels running past the ▶ labels' start: no axis column, even with a row unlabelled
    rows = [
        _row(60.0, _words(18.0, 60.0, "▼ Planification territoriale"), "58,7", "27 %", "1 %"),
        _row(72.0, _words(30.0, 72.0, "▶ Stratégie globale"), "18,9", "37 %", "16,9 %"),
        _row(84.0, [], "50,7", "14,1 %", "11,8 %"),
    ]
    assert _axis_edge(rows) is None
    rows.pop()  # every row labelled: no axis column either
    assert _axis_edge(rows) is None


# --------------------------------------------------------------------------- 6. highlights


def _marked_line(pad: float, left: float | None = None) -> bytes:
    """« une vingtaine d'entreprises » with « entreprise » highlighted, ``pad`` pt of padding
    right of it (``left`` left of it, else ``pad``; its « s » set after the padding, as a
    browser sets it)."""
    pages = HandPages()
    pages.fiche_head(EDGE)
    size = 9.0
    x = pages.text(EDGE + 80.0, 150.0, "Une vingtaine d'", size=size)
    word = pages.c.stringWidth("entreprise", "Helvetica", size)
    pages.c.setFillColorRGB(0.99, 0.97, 0.89)
    before = pad if left is None else left
    box = word + before + pad
    pages.c.rect(x, HEIGHT - 150.0 - size - 2.0, box, size + 4.0, stroke=0, fill=1)
    pages.c.setFillColorRGB(0, 0, 0)
    x = pages.text(x + before, 150.0, "entreprise", size=size)
    pages.text(x + pad, 150.0, "s auditées par la chambre.", size=size)
    pages.text(EDGE, 150.0, "Contexte")
    pages.c.showPage()
    return pages.save()


def test_a_highlight_on_part_of_a_word_cuts_no_word() -> None:
    doc = parse_action_plan(_marked_line(2.5), "plans/surligne.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context == "Une vingtaine d'entreprises auditées par la chambre."


def test_a_box_with_more_room_than_a_highlight_keeps_its_words_apart() -> None:
    # a box with 6 pt of room left of its word: no highlight, the gap after it a word break
    doc = parse_action_plan(_marked_line(2.5, left=6.0), "plans/etiquette.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context is not None and "entreprise s" in action.context
