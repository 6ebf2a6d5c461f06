"""A reportlab canvas for hand-drawn multi-page plans: tops measured from the page's top
edge, and a running header and page number on each page (what page-break rules must skip)."""

from __future__ import annotations

from typing import Any

HEIGHT = 842.0


class RunningPages:
    """Writes text by its top; ``start`` opens a page with the running header and number."""

    def __init__(self, canvas: Any, edge: float, total: int | None = None) -> None:
        self.c = canvas
        self.edge = edge
        self.total = total
        self.number = 0

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = 8.5) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, HEIGHT - top - size, s)

    def start(self) -> None:
        self.number += 1
        header = "Plan Climat Air Énergie Territorial — Programme d'actions"
        self.text(self.edge, 28.0, header, size=7.5)
        of = f" / {self.total}" if self.total else ""
        self.text(self.edge, 810.0, f"Page {self.number}{of}", size=7.5)

    def end(self) -> None:
        self.c.showPage()
