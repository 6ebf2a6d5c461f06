"""Reportlab helpers shared by the demo and test PDF generators.

Fonts: where DejaVu lives (system package, else matplotlib's copy), for the glyphs (▼ ▶ ★,
French accents) the standard PDF fonts lack. Fiche documents: a doc template that records the
page where each action sheet starts and a canvas that draws the running header/footer once the
page count is known, used by the generated plans (:mod:`demo.action_plan_pdf`) and the seed-001
layouts (``tests/generators/seed_pdf.py``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

DEJAVU_SYSTEM = Path("/usr/share/fonts/truetype/dejavu")


def dejavu_folders() -> list[Path]:
    """Folders that may hold DejaVu TrueType files: the Debian package's, then matplotlib's."""
    folders = [DEJAVU_SYSTEM]
    try:
        import matplotlib

        folders.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        pass
    return folders


def fiche_doc_classes(
    pages: dict[str, int], furniture: Callable[[object, int, int], None]
) -> tuple[type, type]:
    """A doc template recording each fiche's first page, and a canvas that draws the running
    header/footer at save time, once the page count is known (``Page n / N``)."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: object) -> None:  # noqa: N802 - reportlab API
            code = getattr(flowable, "_fiche_code", None)
            if code and code not in pages:
                pages[code] = self.page

    class _Canvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for number, state in enumerate(self._states, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return _Doc, _Canvas


def render_fiche_doc(
    story: list[object],
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    furniture: Callable[[object, int, int], None],
    *,
    title: str,
    author: str,
) -> tuple[bytes, dict[str, int]]:
    """Build ``story`` on one full-page frame (``margins``: left, right, top, bottom); return the
    PDF and the 1-based page where each fiche starts (flowables tagged ``_fiche_code``)."""
    from reportlab.platypus import Frame, PageTemplate

    pages: dict[str, int] = {}
    doc_class, canvas_class = fiche_doc_classes(pages, furniture)
    left, right, top, bottom = margins
    buffer = io.BytesIO()
    doc = doc_class(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        invariant=1,
    )
    width, height = pagesize
    frame = Frame(
        left, bottom, width - left - right, height - top - bottom, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue(), pages
