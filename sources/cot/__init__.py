"""Read COT (contrat d'objectif territorial) slide decks from PDF.

A COT deck is a slideshow exported to PDF: text sits in boxes, tables are often drawn without
ruling lines, figures are big and their labels sit beside them. Reading order alone therefore
mixes things up; this parser works on word geometry (pdfplumber words with font name and size):

* progress tables of the CAE / ECI referentials are found from the x positions of their three
  numeric column headers (``Points restants``, ``% Réalisé``, ``% Programmé``, any order), rows
  are lines, and axis / sub-axis levels come from ▼/▶ markers, else bold, else indentation;
* audit scores and score targets are read from sentences segmented per referential mention,
  in block reading order (side-by-side cards are not interleaved; a big figure is read with
  the short label under it, "23,3 %" over "Score");
* strategic orientations and their numbered objectives are rebuilt from text segments;
* quantified contractual objectives are built from text blocks: a big figure is attached to the
  nearest block below/right of it, domain captions (upper-case blocks) are matched one-to-one
  to the nearest item (using the drawn boxes when there are some), priority comes from in-text
  flags, bold styling announced by a "prioritaires" legend, or "objectif prioritaire" zoom slides.

Modules, by what they read: :mod:`~sources.cot.pages` (slide words, segments, blocks, OCR),
:mod:`~sources.cot.detection` (is it a COT deck?), :mod:`~sources.cot.contract` (territory,
contract type, period, amount), :mod:`~sources.cot.referential` (CAE / ECI progress tables),
:mod:`~sources.cot.reading` (block reading order), :mod:`~sources.cot.audits` (audit scores),
:mod:`~sources.cot.orientations`, :mod:`~sources.cot.targets` (quantified contractual
objectives), :mod:`~sources.cot.text` (shared number/label helpers) and
:mod:`~sources.cot.deck` (entry point, :func:`parse_cot`).
"""

from sources.cot.deck import parse_cot
from sources.cot.detection import looks_like_cot

__all__ = ["looks_like_cot", "parse_cot"]
