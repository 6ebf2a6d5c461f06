"""A page built from other pages' objects (an imposed sheet's cell, two page runs joined):
what pdfplumber's readers ask of a page, served from the objects it was given.

Shared by :mod:`sources.pdf.imposed` and :mod:`sources.pdf.page_runs` so both kinds read
words and tables exactly as the engine of the page they came from would (PDFium's grouping
when that page was a PDFium page, pdfplumber's otherwise)."""

from __future__ import annotations

from typing import Any

from pdfplumber import utils as plumber_utils
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings


class BuiltPage(Container):
    """Subclasses set ``bbox`` (0, 0, width, height), ``_objects`` and ``pdfium``."""

    bbox: tuple[float, float, float, float]
    pdfium: bool
    _objects: dict[str, list[dict[str, Any]]]

    @property
    def width(self) -> float:
        return self.bbox[2]

    @property
    def height(self) -> float:
        return self.bbox[3]

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return self._objects

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        from sources.pdf.pdfium_page import PdfiumPage

        if self.pdfium:  # PDFium's fast grouping on these characters
            return PdfiumPage.extract_words(self, **kwargs)  # type: ignore[arg-type]
        return plumber_utils.extract_words(self.chars, **kwargs)

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        from sources.pdf.pdfium_page import PdfiumPage

        if self.pdfium:  # cells read as the PDFium page reads them
            return PdfiumPage.find_tables(self, table_settings)  # type: ignore[arg-type]
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]
