"""``copdiag template`` and ``copdiag check`` as a steward uses them."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from pipelines.cli import main


def test_template_then_check(tmp_path, capsys) -> None:
    out = tmp_path / "questionnaire.xlsx"
    assert main(["template", str(out)]) == 0
    wb = load_workbook(out)
    assert {"Identification", "Leviers", "Projets"} <= set(wb.sheetnames)
    code = main(["check", str(out)])
    text = capsys.readouterr().out
    assert "questionnaire.xlsx" in text
    assert code in (0, 1)


def test_check_rejects_a_non_questionnaire_in_french(tmp_path, capsys) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Poste", "Montant"])
    wb.active.append(["Voirie", 1200])
    buffer = io.BytesIO()
    wb.save(buffer)
    path = tmp_path / "budget.xlsx"
    path.write_bytes(buffer.getvalue())
    assert main(["check", str(path)]) == 1
    assert "refusé" in capsys.readouterr().out


def test_check_reports_a_missing_file(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path / "absent.xlsx")]) == 1
    assert "introuvable" in capsys.readouterr().err
