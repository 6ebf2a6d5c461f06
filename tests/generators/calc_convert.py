"""Workbooks as LibreOffice Calc saves them: .ods twins (and Calc-saved .xlsx) of demo files.

Communes answering with LibreOffice open the template in Calc and save it in Calc's own format.
This module converts demo workbooks with LibreOffice headless (``soffice --convert-to``), the
same code path as *Fichier > Enregistrer sous*, so tests read files Calc really wrote. The
committed fixtures under ``tests/fixtures/ods/`` were made by :func:`write_fixtures`; tests use
them so CI does not need LibreOffice (``scripts/install_system_deps.sh`` installs
``libreoffice-calc-nogui`` where it can).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

# LibreOffice export filters: ODS, and OOXML as Calc writes it
FILTERS = {"ods": "ods", "fods": "fods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ods"


def soffice() -> str | None:
    """Path of LibreOffice's ``soffice`` when Calc can run headless here, else ``None``."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        return None
    # the core package alone cannot load spreadsheets: Calc's own library must be there
    libdirs = [Path("/usr/lib/libreoffice/program"), Path(path).resolve().parent]
    if not any(d.is_dir() and any(d.glob("libsclo.so*")) for d in libdirs):
        return None
    return path


def convert(files: dict[str, bytes], target: str = "ods", timeout: int = 240) -> dict[str, bytes]:
    """Convert workbooks with LibreOffice headless, all in one call (``name`` → converted bytes).

    Raises ``RuntimeError`` with the reason when LibreOffice is missing or a file fails.
    """
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice Calc absent (paquet libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory(prefix="copdiag-calc-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        (root / "out").mkdir()
        for name, payload in files.items():
            (root / "in" / name).write_bytes(payload)
        command = [
            binary,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{root / 'profile'}",
            "--convert-to",
            FILTERS[target],
            "--outdir",
            str(root / "out"),
            *[str(root / "in" / name) for name in files],
        ]
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        out: dict[str, bytes] = {}
        for name in files:
            produced = root / "out" / f"{Path(name).stem}.{target}"
            if not produced.is_file():
                raise RuntimeError(
                    f"LibreOffice n'a pas converti {name} : {done.stderr.decode(errors='replace')}"
                )
            out[name] = produced.read_bytes()
        return out


def questionnaire_cases() -> dict[str, bytes]:
    """Every workbook questionnaire of the demo corpus (all layout variants), plus the cases
    only tests build (formula saved without value, projects sheet), named ``<case>.xlsx``.
    """
    from demo.authorities import generate_recipients, write_recipients_xlsx
    from demo.questionnaire_spec import Messiness
    from demo.questionnaire_writer import write_questionnaire
    from demo.questionnaires import generate_questionnaires

    rng = random.Random(2121)
    recipients = generate_recipients(rng, "32", 40)
    files = generate_questionnaires(rng, "32", recipients, 18)
    cases: dict[str, bytes] = {}
    for index, (name, payload) in enumerate(files):
        if name.endswith(".csv"):
            continue  # a CSV has no office-suite twin
        cases[f"q{index:02d}.{name.rsplit('.', 1)[-1]}"] = payload
    from demo.questionnaires import _spec_for

    spec = _spec_for(
        random.Random(5),
        "32",
        recipients[0],
        Messiness(formula_without_value=True, title_rows=2),
        dt.date(2024, 4, 2),
    )
    cases["formule_sans_valeur.xlsx"] = write_questionnaire(spec)
    # layouts the reader's own tests try and the demo corpus does not
    for name, messiness in (
        ("feuille_questionnaire", Messiness(lever_sheet_name="Questionnaire", empty_code=True)),
        (
            "tout_change",
            Messiness(reorder=True, relabel=True, drop_code=True, extra_columns=True, title_rows=2),
        ),
    ):
        other = _spec_for(random.Random(name), "32", recipients[1], messiness, dt.date(2024, 5, 6))
        cases[f"{name}.xlsx"] = write_questionnaire(other)
    cases["destinataires.xlsx"] = write_recipients_xlsx(recipients)
    return cases


def write_fixtures(directory: Path = FIXTURES) -> list[Path]:
    """(Re)make the committed .ods twins, three Calc-saved .xlsx and a flat .fods (needs LibreOffice)."""
    cases = questionnaire_cases()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, payload in convert(cases, "ods").items():
        path = directory / f"{Path(name).stem}.ods"
        path.write_bytes(payload)
        written.append(path)
    calc_saved = {k: v for k, v in cases.items() if k in ("q00.xlsx", "q02.xlsx", "q09.xlsx")}
    for name, payload in convert(calc_saved, "xlsx").items():
        path = directory / f"{Path(name).stem}.calc.xlsx"
        path.write_bytes(payload)
        written.append(path)
    for name, payload in convert({"q02.xlsx": cases["q02.xlsx"]}, "fods").items():
        path = directory / f"{Path(name).stem}.fods"
        path.write_bytes(payload)
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_fixtures():
        print(written_path)
