"""A web application's furniture in a steps list (sources.action_plan.app_widgets): the
« + Ajouter un élément » row closing a group is no step, and the avatar initials before an
owner (« GA » before « GACdG ») are no part of the name. Negative: a step named « Ajouter un
module » (no « + ») stays, and « DDT Gers » keeps its « DDT ». Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.app_widgets import is_add_row, without_avatar
from tests.sources.pdf.hand_pages import one_fiche_plan

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GA GACdG", "CCI"),
    ("Ajouter un module", "Former", "2020", "interne", "DDT Gers", "ADEME"),
    ("+ Ajouter un élément", "", "", "", "", ""),
)


def _plan() -> bytes:
    return one_fiche_plan(ROWS)


def test_add_rows_and_avatars_are_no_content() -> None:
    doc = parse_action_plan(_plan(), "plans/feuille_de_route.pdf", "0" * 64)
    assert [(s.step, s.owner) for s in doc.steps] == [
        ("Lancer un test", "GACdG"),
        ("Ajouter un module", "DDT Gers"),
    ]


def test_add_row_and_avatar_rules() -> None:
    assert is_add_row({"step": "+ Ajouter un élément", "description": ""})
    assert is_add_row({"step": "＋ Nouvelle tâche"})
    assert not is_add_row({"step": "Ajouter un module"})
    assert not is_add_row({"step": "+ Ajouter un élément", "planning": "2020"})
    assert without_avatar("SC Service Climat") == "Service Climat"
    assert without_avatar("GA GACdG") == "GACdG"
    assert without_avatar("CC Astarac") == "CC Astarac"
    assert without_avatar("DDT Gers") == "DDT Gers"
