"""A report that moved every fiche's steps table to an ANNEX, each under the fiche's heading
again (sources.action_plan.parser._steps_annexed): the fiche keeps its fields and takes the
annex entry's steps, the reader saying where it read them; a true duplicate (fields again)
is still reported and left out."""

from __future__ import annotations

from sources.pdf.content import TableRow

KEYS = ("step", "description", "planning", "budget", "owner", "partners")


def _read(later_has_fields: bool) -> tuple[list[tuple[str, str | None, int]], list[str]]:
    from sources.action_plan.parser import _Parser
    from sources.action_plan.sheets import _Field, _Part, _Sheet
    from sources.records import ActionPlanDocument

    parser = _Parser("p.pdf", "a" * 64)
    fiche = _Sheet("1.1.1", 1, "Expérimenter", None, None, None, has_body=True)
    fiche.fields.append(
        _Field("context", 1, None, 120.0, [_Part(1, 120.0, 180.0, 500.0, "Contexte du projet")])
    )
    annex = _Sheet("1.1.1", 9, "Expérimenter", None, None, None, has_body=True)
    annex.rows = [
        TableRow(9, 150.0, dict(zip(KEYS, ["Lancer une phase test", "Les actions.", "2019",
                                          "18000", "GACdG", "CCI"], strict=True))),
        TableRow(9, 300.0, dict(zip(KEYS, ["Définir une stratégie", "Le format.", "2019",
                                          "interne", "GACdG", "CCI"], strict=True))),
    ]  # fmt: skip
    if later_has_fields:
        annex.fields.append(_Field("context", 9, None, 100.0, [_Part(9, 100, 180, 500, "Autre")]))
    parser.sheets += [fiche, annex]
    doc = ActionPlanDocument(None, "PLAN", 9)
    parser.finish(doc)
    steps = [(s.step or "", s.planning_label, s.page) for s in doc.steps]
    return steps, [i.message for i in parser.issues]


def test_the_annexed_steps_table_is_the_fiches() -> None:
    steps, messages = _read(later_has_fields=False)
    assert steps == [("Lancer une phase test", "2019", 9), ("Définir une stratégie", "2019", 9)]
    assert (
        "Fiche 1.1.1 : tableau de mise en œuvre lu en annexe (page 9), rattaché à la fiche"
        in messages
    )
    assert not any("présente deux fois" in m for m in messages)


def test_a_fiche_printed_twice_with_its_fields_stays_a_duplicate() -> None:
    steps, messages = _read(later_has_fields=True)
    assert steps == []
    assert "Fiche 1.1.1 présente deux fois : seule la première est gardée" in messages


def test_a_later_band_of_columns_is_no_annexed_table() -> None:
    """A sheet printed in runs of page columns, unjoined: the later band repeats the heading
    and the step names beside budgets and owners, no description — not the fiche's steps
    table (its values are not moved onto the fiche)."""
    from sources.action_plan.parser import _steps_annexed
    from sources.action_plan.sheets import _Field, _Part, _Sheet

    fiche = _Sheet("1.1.2", 1, "Etendre", None, None, None, has_body=True)
    fiche.fields.append(_Field("context", 1, None, 120.0, [_Part(1, 120.0, 180, 500, "Texte")]))
    band = _Sheet("1.1.2", 3, "Etendre", None, None, None, has_body=True)
    band.rows = [TableRow(3, 150.0, dict(zip(KEYS, ["Animer le réseau", "", "", "12000",
                                                     "Service Eco", "CMA"], strict=True)))]  # fmt: skip
    assert not _steps_annexed(fiche, band)
