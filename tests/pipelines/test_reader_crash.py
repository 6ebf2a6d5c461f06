"""A reader bug (an exception no parser meant to raise) quarantines its file with a French
reason naming the error; it never stops the region's run (the thirtieth pass met one: a
``StopIteration`` in the glyph-collision cut, since fixed)."""

from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).resolve().parents[1] / "fixtures" / "producers" / "plan_docx_grid.pdf"


def test_a_reader_crash_quarantines_the_file_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sources.action_plan as action_plan
    from assets.ingestion.ingest_file import parse_inbox_file

    def crashing(data: bytes, name: str, sha: str) -> None:
        raise RuntimeError("generator raised StopIteration")

    monkeypatch.setattr(action_plan, "parse_action_plan", crashing)
    path = tmp_path / "plan.pdf"
    path.write_bytes(PLAN.read_bytes())
    outcome = parse_inbox_file(str(path), "plans/plan.pdf", "76", "", None, None)
    assert outcome.status == "quarantined"
    assert outcome.reason == (
        "erreur inattendue pendant la lecture : RuntimeError: generator raised StopIteration"
    )
    assert outcome.source_file == "plans/plan.pdf"
    assert len(outcome.source_sha256) == 64
