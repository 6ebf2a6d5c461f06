"""COT deck parser against generated decks whose ground truth is known (demo.cot_pdf).

"ruled" and "boxes" decks are checked figure by figure; the "alt" layout (other column order,
split "%" words, an ``Objectif | Cible`` list) is held out: the parser was not tuned on it.
"""

from __future__ import annotations

import io
import random
from functools import cache
from pathlib import Path

import pytest

from demo.cot_pdf import build_cot_pdf
from demo.cot_spec import CotSpec, random_cot_spec
from sources.cot import looks_like_cot, parse_cot
from sources.errors import InputRejected
from sources.records import CotDocument
from sources.values import fold

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
TERRITORIES = {"cae_eci": "Communauté de communes des Trois Rivières", "tri": "Pays du Calaisis"}


@cache
def _deck(kind: str, layout: str, seed: int = 11) -> tuple[CotSpec, CotDocument]:
    spec = random_cot_spec(random.Random(seed), TERRITORIES[kind], kind)
    data = build_cot_pdf(spec, layout)
    return spec, parse_cot(data, f"contrats/{kind}-{layout}.pdf", "f" * 64)


def _approx(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) < 1e-6


# --------------------------------------------------------------------------- CAE / ECI decks


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_referential_rows_exact(layout: str) -> None:
    spec, doc = _deck("cae_eci", layout)
    expected = [
        (
            r.referential,
            r.level,
            r.code,
            r.label,
            r.parent_label,
            r.points_remaining,
            r.pct_done,
            r.pct_programmed,
            r.page,
        )
        for r in spec.cae_rows + spec.eci_rows
    ]
    got = [
        (
            r.referential,
            r.level,
            r.code,
            r.label,
            r.parent_label,
            r.points_remaining,
            r.pct_done,
            r.pct_programmed,
            r.page,
        )
        for r in doc.referential_scores
    ]
    assert got == expected
    # the CAE table spans two slides: sub-axes on the second one keep their parent axis
    assert len({r.page for r in doc.referential_scores if r.referential == "CAE"}) >= 2
    # truncated ECI labels are kept verbatim with their "..."
    assert any(r.label.endswith("...") for r in doc.referential_scores if r.referential == "ECI")
    assert all(r.source_sha256 == "f" * 64 for r in doc.referential_scores)


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_audit_scores_and_targets(layout: str) -> None:
    spec, doc = _deck("cae_eci", layout)
    got = {a.referential: a for a in doc.audit_scores}
    assert set(got) == {"CAE", "ECI"}
    for audit in spec.audits:
        record = got[audit.referential]
        assert _approx(record.score_pct, audit.score_pct)
        assert record.stars == audit.stars
        assert _approx(record.target_increase_pct, audit.target_increase_pct)
        assert _approx(record.target_score_pct, audit.target_score_pct)
        assert record.page == audit.page


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_orientations_and_objectives(layout: str) -> None:
    spec, doc = _deck("cae_eci", layout)
    expected = [
        (o.no, fold(o.label), obj.code, fold(obj.label), obj.page)
        for o in spec.orientations
        for obj in o.objectives
    ]
    got = [
        (
            o.orientation_no,
            fold(o.orientation_label),
            o.objective_code,
            fold(o.objective_label),
            o.page,
        )
        for o in doc.objectives
    ]
    assert got == expected
    # bold fragments are merged back into plain text
    assert all("  " not in (o.objective_label or "") for o in doc.objectives)


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_cae_eci_document_fields(layout: str) -> None:
    spec, doc = _deck("cae_eci", layout)
    assert fold(doc.territory_name) == fold(spec.territory_name)
    assert doc.contract_type == "COT"
    assert (doc.period_start, doc.period_end) == (spec.period_start, spec.period_end)
    assert doc.amount_eur == spec.amount_eur
    assert doc.targets == []  # the score-target slide is not a list of contract targets


# --------------------------------------------------------------------------- COT TRI decks


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_contract_targets_exact(layout: str) -> None:
    spec, doc = _deck("tri", layout)
    expected = [
        (fold(t.domain), fold(t.label), t.value, t.unit, t.priority, t.page) for t in spec.targets
    ]
    got = [
        (fold(t.domain), fold(t.label), t.target_value, t.unit, t.priority, t.page)
        for t in doc.targets
    ]
    assert got == expected
    assert sum(t.priority for t in doc.targets) == 3
    for target in doc.targets:
        assert target.contract_type == "COT TRI"
        assert (target.period_start, target.period_end) == (spec.period_start, spec.period_end)
        assert target.lever_code is None
        assert target.source_file == f"contrats/tri-{layout}.pdf"


@pytest.mark.parametrize("layout", ["ruled", "boxes"])
def test_tri_document_fields(layout: str) -> None:
    spec, doc = _deck("tri", layout)
    assert fold(doc.territory_name) == fold(spec.territory_name)
    assert doc.contract_type == "COT TRI"
    assert doc.amount_eur == spec.amount_eur  # the 3-year total, not the first instalment
    assert doc.referential_scores == [] and doc.audit_scores == [] and doc.objectives == []


def test_units_are_normalised() -> None:
    for seed in range(4):
        spec, doc = _deck("tri", "boxes", seed)
        assert [t.unit for t in doc.targets] == [t.unit for t in spec.targets]
        assert {"km", "%", "réseau", "contrat", "hectares"} & {t.unit for t in doc.targets}


# --------------------------------------------------------------------------- held-out layout


def test_held_out_alt_cae_eci() -> None:
    spec, doc = _deck("cae_eci", "alt", 5)
    expected = [
        (
            r.referential,
            r.level,
            r.code,
            r.label,
            r.parent_label,
            r.points_remaining,
            r.pct_done,
            r.pct_programmed,
        )
        for r in spec.cae_rows + spec.eci_rows
    ]
    got = [
        (
            r.referential,
            r.level,
            r.code,
            r.label,
            r.parent_label,
            r.points_remaining,
            r.pct_done,
            r.pct_programmed,
        )
        for r in doc.referential_scores
    ]
    assert got == expected
    audits = {
        a.referential: (a.score_pct, a.stars, a.target_increase_pct, a.target_score_pct)
        for a in doc.audit_scores
    }
    assert audits == {
        a.referential: (a.score_pct, a.stars, a.target_increase_pct, a.target_score_pct)
        for a in spec.audits
    }
    assert [(o.objective_code, fold(o.objective_label)) for o in doc.objectives] == [
        (obj.code, fold(obj.label)) for o in spec.orientations for obj in o.objectives
    ]


def test_held_out_alt_tri() -> None:
    spec, doc = _deck("tri", "alt", 5)
    assert len(doc.targets) == len(spec.targets)
    for got, exp in zip(doc.targets, spec.targets, strict=True):
        assert fold(got.domain) == fold(exp.domain)
        assert fold(exp.rest) in fold(got.label)
        assert (got.target_value, got.unit, got.priority) == (exp.value, exp.unit, exp.priority)
    assert (doc.period_start, doc.period_end) == (spec.period_start, spec.period_end)


def test_generator_varies_decks() -> None:
    specs = [random_cot_spec(random.Random(seed), "X", "tri") for seed in range(6)]
    assert len({len(s.targets) for s in specs}) > 1
    specs = [random_cot_spec(random.Random(seed), "X", "cae_eci") for seed in range(6)]
    assert len({len(s.cae_rows) for s in specs}) > 1
    same = random_cot_spec(random.Random(3), "X", "tri")
    assert same == random_cot_spec(random.Random(3), "X", "tri")


# --------------------------------------------------------------------------- detection, rejection


@pytest.mark.skipif(not SEEDS.exists(), reason="seed documents not available")
def test_looks_like_cot_on_seed_texts() -> None:
    cot_cae = (SEEDS / "000_b0dfb06d3e574f69.txt").read_text(encoding="utf-8")
    cot_tri = (SEEDS / "003_73ea452fe6ac6326.txt").read_text(encoding="utf-8")
    plan = (SEEDS / "001_809f173e562b92b5.txt").read_text(encoding="utf-8")
    assert looks_like_cot(cot_cae) >= 0.5
    assert looks_like_cot(cot_tri) >= 0.5
    assert looks_like_cot(plan) < 0.3
    assert looks_like_cot("") == 0.0


def test_looks_like_cot_on_generated_pdf_head() -> None:
    from sources.detect import pdf_head_text

    for kind in ("cae_eci", "tri"):
        spec = random_cot_spec(random.Random(1), "Pays de Test", kind)
        assert looks_like_cot(pdf_head_text(build_cot_pdf(spec, "boxes"))) >= 0.5
    fiche = "FICHE 1.1.1 Rénovation\nModalités de mise en oeuvre\nEtape Descriptif Porteur"
    assert looks_like_cot(fiche) < 0.3


def _blank_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.rect(50, 50, 200, 200, fill=1)
    c.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="o"))
    c.drawString(100, 100, "Contrat d'objectif territorial")
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (b"not a pdf at all", "corrupt_pdf"),
        (b"%PDF-1.4\n garbage garbage", "corrupt_pdf"),
        (b"", "corrupt_pdf"),
    ],
)
def test_rejects_corrupt_bytes(payload: bytes, code: str) -> None:
    with pytest.raises(InputRejected) as info:
        parse_cot(payload, "x.pdf", "0" * 64)
    assert info.value.code == code
    assert info.value.reason  # French reason for the ingestion report


def test_rejects_truncated_encrypted_and_image_only() -> None:
    spec = random_cot_spec(random.Random(2), "Pays de Test", "tri")
    data = build_cot_pdf(spec, "ruled")
    with pytest.raises(InputRejected) as info:
        parse_cot(data[: len(data) // 3], "x.pdf", "0" * 64)
    assert info.value.code == "corrupt_pdf"
    with pytest.raises(InputRejected) as info:
        parse_cot(_encrypted_pdf(), "x.pdf", "0" * 64)
    assert info.value.code == "encrypted"
    with pytest.raises(InputRejected) as info:
        parse_cot(_blank_pdf(), "x.pdf", "0" * 64)
    assert info.value.code == "no_text_layer"
    assert "texte" in info.value.reason
