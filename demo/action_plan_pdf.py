"""Deterministic renderer of realistic French PCAET action-plan PDFs, in four layouts.

Real action plans come in many shapes (2-column field tables, "Label : valeur" paragraphs,
borderless grids, landscape sheets with tables that run over several pages). The parser must
cope with all of them, so the demo corpus, the tests and the benchmarks are built from specs
(:class:`~demo.plan_spec.PlanSpec`, filled by :mod:`demo.plan_random`) that hold both the raw
labels printed in the PDF (``"2020 et +"``, ``"interne (0,2 ETP)"``) and the values a correct
parser must return; this module only draws them.
"""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from demo.pdf_kit import render_fiche_doc
from demo.plan_random import _acronym, random_plan_spec
from demo.plan_spec import ActionSpec, ObjectiveSpec, PlanSpec, StepSpec

LAYOUTS = ("table", "paragraph", "grid", "landscape")


# --------------------------------------------------------------------------- rendering


def _styles() -> dict[str, object]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9, leading=11.5)
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle(
            "head", parent=base, fontName="Helvetica-Bold", fontSize=8, leading=10
        ),
        "label": ParagraphStyle("label", parent=base, fontName="Helvetica-Bold"),
        "title": ParagraphStyle(
            "title", parent=base, fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=14
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=10),
        "axis": ParagraphStyle(
            "axis",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=8,
            textColor=colors.HexColor("#1b5e20"),
        ),
        "objective": ParagraphStyle(
            "objective",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=6,
        ),
        "fiche": ParagraphStyle(
            "fiche",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=4,
            spaceAfter=6,
            textColor=colors.HexColor("#0d47a1"),
        ),
        "summary": ParagraphStyle(
            "summary",
            parent=base,
            fontName="Helvetica-Oblique",
            fontSize=9.5,
            leading=12,
            leftIndent=12,
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
        ),
    }


def _p(text: str, style: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def _esc(text: str) -> str:
    return escape(text)


def _lines_markup(items: list[str], run_on: bool) -> str:
    return " ".join(_esc(i) for i in items) if run_on else "<br/>".join(_esc(i) for i in items)


def _fields(action: ActionSpec) -> list[tuple[str, str]]:
    """(label, markup) of the descriptive fields, in the usual order."""
    return [
        ("Contexte", _esc(action.context)),
        ("Objectifs et résultats attendus", _esc(action.expected_results)),
        ("Indicateurs", _lines_markup(action.indicators, action.indicators_run_on)),
        ("Publics cibles", _esc(", ".join(action.target_audiences))),
        ("Prise en compte de l'EES", ""),
        (
            "Liens avec les objectifs réglementaires",
            _lines_markup(action.regulatory_links, action.links_run_on),
        ),
    ]


_COLUMNS = {
    "step": "Etape",
    "description": "Descriptif",
    "planning": "Planification",
    "budget": "Ressources à mobiliser",
    "owner": "Porteur",
    "partners": "Partenaires envisagés",
}


def _step_value(step: StepSpec, key: str, index: int) -> str:
    return {
        "no": str(index + 1),
        "step": step.step,
        "description": step.description,
        "planning": step.planning_label,
        "budget": step.budget_label,
        "owner": step.owner_label,
        "partners": step.partners_label,
    }[key]


class _Builder:
    """Renders one spec in one layout; records the page where each sheet starts."""

    def __init__(self, spec: PlanSpec, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"layout inconnu : {layout} (attendu : {', '.join(LAYOUTS)})")
        self.spec, self.layout = spec, layout
        self.st = _styles()
        self.acro = _acronym(spec.territory_name)

    # ------------------------------------------------------------------ page furniture
    def _furniture(self, canvas: object, page: int, total: int) -> None:
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        spec = self.spec
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 7.5)  # type: ignore[attr-defined]
        canvas.setFillGray(0.35)  # type: ignore[attr-defined]
        header, footer = {
            "table": (f"PCAET {spec.territory_name} – Programme d'actions", str(page)),
            "paragraph": (
                f"Plan Climat Air Énergie Territorial {spec.period[0]}-{spec.period[1]}",
                f"{spec.short_name} – Plan climat – page {page}",
            ),
            "grid": (f"{self.acro} | PCAET | Fiches actions", f"{page} / {total}"),
            "landscape": (
                f"{spec.territory_name} · Plan Climat Air Énergie Territorial",
                f"Page {page}/{total}",
            ),
        }[self.layout]
        if page > 1:
            canvas.drawString(40, height - 28, header)  # type: ignore[attr-defined]
            canvas.line(40, height - 32, width - 40, height - 32)  # type: ignore[attr-defined]
        canvas.drawRightString(width - 40, 22, footer)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ blocks
    def _fiche_heading(self, action: ActionSpec) -> list[object]:
        st = self.st
        code, title = action.code, _esc(action.title)
        if self.layout == "table":
            out = [_p(f"FICHE {code} Objectif opérationnel : {title}", st["fiche"])]
        elif self.layout == "paragraph":
            out = [_p(f"Fiche action n° {code} – {title}", st["fiche"])]
        elif self.layout == "grid":
            out = [
                _p(f"ACTION {code}", st["fiche"]),
                _p(f"Objectif opérationnel : {title}", st["section"]),
            ]
        else:
            out = [_p(f"FICHE ACTION {code} : {title}", st["fiche"])]
        out[0]._fiche_code = code  # type: ignore[attr-defined]
        return out

    def _fields_block(self, action: ActionSpec) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        st = self.st
        fields = _fields(action)
        if self.layout in ("table", "grid"):
            rows = [
                [_p(_esc(label), st["label"]), _p(value, st["base"])] for label, value in fields
            ]
            width = self._frame_width()
            table = Table(rows, colWidths=[0.26 * width, 0.74 * width])
            if self.layout == "table":
                style = [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                    ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                    ("VALIGN", (1, 0), (1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f0e8")),
                ]
            else:
                style = [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3ecf7")),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                ]
            table.setStyle(TableStyle(style))
            return [table, Spacer(1, 8)]
        out: list[object] = []
        for label, value in fields:
            if self.layout == "paragraph":
                if label == "Indicateurs" and not action.indicators_run_on:
                    out.append(_p("<b>Indicateurs de suivi :</b>", st["base"]))
                    out += [_p(f"• {_esc(i)}", st["base"]) for i in action.indicators]
                else:
                    out.append(_p(f"<b>{_esc(label)} :</b> {value}", st["base"]))
                out.append(Spacer(1, 4))
            else:  # landscape: label on its own line, value below
                out.append(_p(_esc(label), st["label"]))
                if value:
                    out.append(_p(value, st["base"]))
                out.append(Spacer(1, 5))
        return out

    def _frame_width(self) -> float:
        return self.pagesize[0] - 80

    def _steps_table(self, action: ActionSpec) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        st = self.st
        width = self._frame_width()
        if self.layout == "table":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = [_COLUMNS[k] for k in keys]
            ratios = [0.19, 0.26, 0.11, 0.13, 0.14, 0.17]
        elif self.layout == "paragraph":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = ["Étape", "Description", "Calendrier", "Moyens", "Pilote", "Partenaires"]
            ratios = [0.17, 0.29, 0.11, 0.13, 0.14, 0.16]
        elif self.layout == "grid":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = [
                "Etapes",
                "Descriptif de l'étape",
                "Echéance",
                "Budget",
                "Porteur",
                "Partenaires envisagés",
            ]
            ratios = [0.19, 0.26, 0.11, 0.13, 0.14, 0.17]
        else:
            keys = ["no", "step", "owner", "planning", "budget", "partners", "description"]
            heads = [
                "N°",
                "Etape",
                "Porteur",
                "Planification",
                "Ressources à mobiliser",
                "Partenaires envisagés",
                "Descriptif",
            ]
            ratios = [0.04, 0.16, 0.12, 0.1, 0.12, 0.16, 0.30]
        steps = action.steps
        if self.layout in ("paragraph", "landscape"):
            # a blank "Pilote"/"Porteur" cell means "same as above" (merged look)
            for i, step in enumerate(steps):
                step.owner_label = "" if i and steps[i - 1].owner == step.owner else step.owner
        rows = [[_p(_esc(h), st["head"]) for h in heads]]
        rows += [
            [_p(_esc(_step_value(s, k, i)), st["cell"]) for k in keys] for i, s in enumerate(steps)
        ]
        style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        repeat = 1
        split_in_row = 0
        if self.layout == "table":
            style += [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c8e6c9")),
            ]
            owner_col = keys.index("owner")
            i = 0
            while i < len(steps):  # merge equal consecutive owners (2 rows max: page breaks)
                if i + 1 < len(steps) and steps[i + 1].owner == steps[i].owner:
                    style.append(("SPAN", (owner_col, i + 1), (owner_col, i + 2)))
                    steps[i + 1].owner_label = ""
                    rows[i + 2][owner_col] = ""
                    i += 2
                else:
                    i += 1
        elif self.layout == "paragraph":
            style += [
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eeeeee")]),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#bbdefb")),
            ]
        elif self.layout == "grid":
            style += [
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
            split_in_row = 1
        else:
            style += [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ffe0b2")),
            ]
            repeat = 0
        table = Table(
            rows, colWidths=[r * width for r in ratios], repeatRows=repeat, splitInRow=split_in_row
        )
        table.setStyle(TableStyle(style))
        title = {"paragraph": "Mise en œuvre", "grid": "Modalités de mise en œuvre"}.get(
            self.layout, "Modalités de mise en oeuvre"
        )
        return [_p(title, st["section"]), table, Spacer(1, 12)]

    def _objective_heading(self, objective: ObjectiveSpec) -> list[object]:
        st = self.st
        label = _esc(objective.label)
        if self.layout == "paragraph":
            return [_p(f"Objectif stratégique {objective.printed_code} : {label}", st["objective"])]
        if self.layout == "grid":
            return [
                _p(objective.printed_code, st["objective"]),
                _p(f"Objectif stratégique : {label}", st["objective"]),
            ]
        return [_p(f"{objective.printed_code} Objectif stratégique : {label}", st["objective"])]

    def _summary(self, objective: ObjectiveSpec) -> list[object]:
        st = self.st
        out = []
        for action in objective.actions:
            sep = {"paragraph": " : ", "landscape": " – "}.get(self.layout, " ")
            word = "ACTION" if self.layout == "grid" else "FICHE"
            out.append(_p(f"{word} {action.code}{sep}{_esc(action.title)}", st["summary"]))
        return out

    def story(self) -> list[object]:
        from reportlab.platypus import CondPageBreak, PageBreak, Spacer

        st, spec = self.st, self.spec
        story: list[object] = [
            Spacer(1, 120),
            _p("Plan Climat Air Énergie Territorial", st["title"]),
            _p(_esc(spec.territory_name), st["subtitle"]),
            _p(f"Programme d'actions {spec.period[0]} – {spec.period[1]}", st["subtitle"]),
            PageBreak(),
        ]
        for axis in spec.axes:
            story.append(_p(_esc(f"Axe {axis.number} : {axis.label}"), st["axis"]))
            for objective in axis.objectives:
                story += self._objective_heading(objective)
                story.append(_p("Enjeux stratégiques", st["section"]))
                story.append(_p(_esc(objective.stakes), st["base"]))
                story.append(Spacer(1, 6))
                story += self._summary(objective)
                story.append(Spacer(1, 10))
                for action in objective.actions:
                    if not action.has_body:
                        continue
                    if self.layout in ("landscape", "table"):
                        story.append(PageBreak())
                    else:
                        story.append(CondPageBreak(220))
                    story += self._fiche_heading(action)
                    story += self._fields_block(action)
                    story += self._steps_table(action)
            story.append(PageBreak())
        return story

    def build(self) -> bytes:
        from reportlab.lib.pagesizes import A4, landscape

        self.pagesize = landscape(A4) if self.layout == "landscape" else A4
        data, pages = render_fiche_doc(
            self.story(),
            self.pagesize,
            (40, 40, 48, 44),
            self._furniture,
            title=f"PCAET {self.spec.territory_name}",
            author="copdiag demo",
        )
        for action in self.spec.actions():
            action.page = pages.get(action.code)
        return data


def build_action_plan_pdf(spec: PlanSpec, layout: str) -> bytes:
    """Render ``spec`` as a PDF in ``layout`` (one of :data:`LAYOUTS`).

    Side effect: sets ``action.page`` (1-based page where each sheet starts) and, for layouts
    that print a blank owner on "same as above" rows, ``step.owner_label``. Deterministic:
    same spec and layout → same bytes.
    """
    return _Builder(spec, layout).build()


def build_large_plan_pdf(n_pages: int, seed: int) -> bytes:
    """A plan of at least about ``n_pages`` pages (benchmarks), "table" layout."""
    rng = random.Random(seed)
    n_actions = max(4, int(n_pages / 1.9))
    data = b""
    for _ in range(4):
        spec = random_plan_spec(
            random.Random(rng.random()), "Communauté de communes du Grand Bench", n_actions
        )
        data = build_action_plan_pdf(spec, "table")
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        if pages >= n_pages:
            break
        n_actions = int(n_actions * n_pages / max(pages, 1)) + 2
    return data
