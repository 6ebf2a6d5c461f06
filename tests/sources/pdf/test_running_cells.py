"""A running header set as a table (plan_docx_cartouche reads whole with it): its cells' texts
recur on every page, the lines joining level cells do not; a wrapped steps header's second
line (« à mobiliser | envisagés ») is never taken for such furniture."""

from __future__ import annotations

from sources.pdf.columns import label_words_only


def test_wrapped_header_label_tails_are_label_words() -> None:
    assert label_words_only("à mobiliser")
    assert label_words_only("envisagés")
    assert label_words_only("Ressources")
    assert label_words_only("Budget prévisionnel")


def test_running_header_cells_are_no_label_words() -> None:
    assert not label_words_only("Grand Auch Cœur de")
    assert not label_words_only("Réf. : PCAET-PA-2024")
    assert not label_words_only("Page 3 / 21")
    assert not label_words_only("")
