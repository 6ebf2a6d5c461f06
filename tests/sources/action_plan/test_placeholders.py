"""Content-control placeholders of a form template (sources.action_plan.placeholders): Word's
grey « Cliquez ou appuyez ici pour entrer du texte. » in a control left empty is an EMPTY
value, a pre-drawn step row showing it in every cell is no step. Rows and fields built by
hand; each rule has a case that must NOT be read so (real text is never dropped)."""

from __future__ import annotations

from sources.action_plan.parser import _Parser
from sources.action_plan.placeholders import (
    Tally,
    is_placeholder,
    strip_placeholders,
    unfilled_row,
)
from sources.action_plan.sheets import _Field, _Part, _Sheet
from sources.pdf.content import TableBlock, TableRow
from sources.records import ActionPlanDocument

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
PROMPT = "Cliquez ou appuyez ici pour entrer du texte."


def _row(*values: str | None, page: int = 1, top: float = 300.0) -> TableRow:
    return TableRow(page, top, dict(zip(KEYS, values, strict=True)))


def _filled(name: str, owner: str | None = "GACdG", partners: str | None = "CCI") -> TableRow:
    return _row(name, "Texte.", "2019", "5 000 €", owner, partners)


def test_the_standard_prompts_are_placeholders_however_printed() -> None:
    """Word 2013+, Word 2010 and LibreOffice prompts, French and English, wrapped over
    lines, with or without the final stop, in another case."""
    assert is_placeholder(PROMPT)
    assert is_placeholder("Cliquez ou\nappuyez ici pour\nentrer du texte")
    assert is_placeholder("Cliquez ici pour taper du texte.")
    assert is_placeholder("Choisissez un élément.")
    assert is_placeholder("CLICK OR TAP HERE TO ENTER TEXT.")
    assert is_placeholder("Click here to enter text")
    assert is_placeholder("Click or tap to enter a date.")


def test_text_merely_holding_a_prompt_is_no_placeholder() -> None:
    """A value around the prompt's words, another sentence, or nothing: kept as written."""
    assert not is_placeholder(None)
    assert not is_placeholder("")
    assert not is_placeholder("GACdG Cliquez ou appuyez ici pour entrer du texte.")
    assert not is_placeholder("Cliquez ici pour plus d'informations.")
    assert not is_placeholder("Choisissez un élément de la liste des partenaires.")
    assert not is_placeholder("Décrivez chaque étape de l'action.")


def test_a_prompt_filling_whole_lines_is_taken_out_of_a_longer_value() -> None:
    """A description of two paragraphs, the second an empty control (its prompt wrapped over
    three lines), or two empty controls: the prompts go, the text stays; a prompt inside a
    line of text, or a line holding only part of one, stays."""
    text = "Lancer l'étude.\nCliquez ou\nappuyez ici pour\nentrer du texte.\nPuis la diffuser."
    assert strip_placeholders(text) == ("Lancer l'étude.\nPuis la diffuser.", 1)
    assert strip_placeholders(f"{PROMPT}\n{PROMPT}") == (None, 2)
    assert strip_placeholders(PROMPT) == (None, 1)
    kept = "Voir : Cliquez ou appuyez ici pour entrer du texte.\nCliquez ou appuyez"
    assert strip_placeholders(kept) == (kept, 0)
    assert strip_placeholders("GACdG") == ("GACdG", 0)
    assert strip_placeholders(None) == (None, 0)


def test_a_row_is_unfilled_only_when_every_text_in_it_is_a_prompt() -> None:
    """Every cell the prompt (or empty): unfilled. One real cell, no text at all (a wrapped
    line, the rest of a cut row) or a group row: not for this rule."""
    assert unfilled_row(_row(PROMPT, PROMPT, PROMPT, PROMPT, PROMPT, PROMPT))
    assert unfilled_row(_row(PROMPT, "", None, PROMPT, PROMPT, ""))
    assert unfilled_row(_row(PROMPT, f"{PROMPT}\n{PROMPT}", PROMPT, PROMPT, PROMPT, PROMPT))
    assert not unfilled_row(_row(PROMPT, PROMPT, "2019", PROMPT, PROMPT, PROMPT))
    assert not unfilled_row(_row("", "", None, "", "", ""))
    assert not unfilled_row(TableRow(1, 10.0, {"planning": PROMPT}, group=True))


def test_the_tally_counts_and_names_what_it_read_as_empty() -> None:
    tally = Tally()
    assert tally.value("GACdG") == "GACdG"
    assert tally.value("Choisissez un\nélément.") is None
    assert tally.drop_unfilled([_filled("Lancer"), _row(*[PROMPT] * 6)]) == [_filled("Lancer")]
    cells: dict[str, str | None] = {
        "step": "Lancer",
        "description": f"Texte.\n{PROMPT}",
        "owner": PROMPT,
        "partners": None,
    }
    assert tally.blank(cells) == {"owner"}
    assert cells == {"step": "Lancer", "description": "Texte.", "owner": "", "partners": None}
    assert (tally.rows, tally.values, tally.text) == (1, 3, "Choisissez un élément.")
    assert tally.note("1.1.1") == (
        "Fiche 1.1.1 : texte d'exemple du modèle (« Choisissez un élément. ») laissé en "
        "place, jamais lu comme une valeur : 3 contrôle(s) de contenu lu(s) comme vide(s) ; "
        "1 ligne(s) d'étape du modèle non remplie(s) ignorée(s)"
    )
    assert Tally().note("1.1.1") is None


def _parse(rows: list[TableRow], fields: list[_Field] | None = None) -> tuple:
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.2.2", 1, "Titre", None, None, None, has_body=True)
    sheet.fields = fields or []
    parser.sheet = sheet
    parser.sheets.append(sheet)
    parser.table(TableBlock(1, 290.0, 700.0, KEYS, True, rows, rows_ruled=True))
    doc = ActionPlanDocument(None, "PLAN", 1)
    parser.finish(doc)
    return doc, parser


def test_a_form_templates_unused_rows_and_empty_controls_are_read_empty() -> None:
    """Two steps filled in, a partners control and an owner control left showing the prompt,
    then two pre-drawn rows left unused: two steps, empty where the prompt was (an owner
    written empty never takes the owner above), no prompt among the fiche's owners or
    partners, and one info naming what was read as empty."""
    rows = [
        _filled("Créer cet observatoire", partners=PROMPT),
        _filled("Actualiser les données", owner=PROMPT, partners="université"),
        _row(*[PROMPT] * 6, top=400.0),
        _row(*["Cliquez ou\nappuyez ici pour\nentrer du texte."] * 6, top=450.0),
    ]
    doc, parser = _parse(rows)
    assert [(s.step, s.owner, s.partners) for s in doc.steps] == [
        ("Créer cet observatoire", "GACdG", []),
        ("Actualiser les données", None, ["université"]),
    ]
    assert (doc.actions[0].owners, doc.actions[0].partners) == (["GACdG"], ["université"])
    notes = [i for i in parser.issues if "texte d'exemple" in i.message]
    assert [(i.severity, i.page) for i in notes] == [("info", 1)]
    assert "2 ligne(s) d'étape" in notes[0].message
    assert "2 contrôle(s) de contenu lu(s) comme vide(s)" in notes[0].message


def test_a_field_showing_the_prompt_is_empty_a_real_value_is_kept() -> None:
    """« Contexte » left showing the prompt: no context; « Objectifs » holding text: kept."""

    def field(key: str, text: str) -> _Field:
        return _Field(key, 1, None, 100.0, [_Part(1, 100.0, 150.0, 500.0, text)])

    fields = [field("context", PROMPT), field("expected_results", "Réduire les déchets.")]
    doc, parser = _parse([_filled("Lancer")], fields)
    assert doc.actions[0].context is None
    assert doc.actions[0].expected_results == "Réduire les déchets."
    assert any("1 contrôle(s) de contenu lu(s)" in i.message for i in parser.issues)


def test_a_table_without_prompt_is_read_as_before_and_nothing_is_said() -> None:
    """No prompt anywhere: the blank owner takes the owner above (merged look), no info."""
    doc, parser = _parse([_filled("Lancer"), _filled("Définir", owner="")])
    assert [s.owner for s in doc.steps] == ["GACdG", "GACdG"]
    assert not [i for i in parser.issues if "texte d'exemple" in i.message]


def test_a_templates_not_filled_in_marker_is_an_empty_value() -> None:
    """« Non renseigné » printed by a site's template in every empty value (italic grey), or
    « À renseigner »: empty, the row whose every cell shows it no step; « Non renseigné par
    le porteur » (a sentence) and a value holding it among other text stay as written."""
    assert is_placeholder("Non renseigné") and is_placeholder("NON RENSEIGNÉE")
    assert is_placeholder("Non\nrenseigné") and is_placeholder("À renseigner")
    assert not is_placeholder("Non renseigné par le porteur")
    assert strip_placeholders("GACdG\nNon renseigné") == ("GACdG", 1)
    tally = Tally()
    assert tally.value("Non renseigné") is None
    assert (
        tally.drop_unfilled([_row("Non renseigné", None, "Non renseigné", None, None, None)]) == []
    )
    assert tally.note("1.2.2") == (
        "Fiche 1.2.2 : texte d'exemple du modèle (« Non renseigné ») laissé en place, jamais lu "
        "comme une valeur : 1 valeur(s) marquée(s) « Non renseigné » lue(s) comme vide(s) ; "
        "1 ligne(s) d'étape du modèle non remplie(s) ignorée(s)"
    )
