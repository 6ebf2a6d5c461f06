"""The two real COT decks of the seed set, redrawn as 16:9 PDF slides in unseen layouts.

``seed000_pdf`` (:mod:`tests.generators.seed000_deck`) renders the CAE/ECI deck of the CCPAL
(seed ``000_b0dfb06d3e574f69``) and ``seed003_pdf`` (:mod:`tests.generators.seed003_deck`) the
COT TRI steering-committee deck of the Pays du Calaisis (seed
``003_73ea452fe6ac6326``). The content (labels, figures, typos, truncated labels with "...")
is the seeds' own, copied verbatim; only the drawing differs from :mod:`demo.cot_pdf`:

* ``"powerpoint_export"`` (720 × 405 pt, PowerPoint 16:9): coloured title bar; tables with a
  coloured header row and alternating row fills but no ruling line, ▼/▶ markers drawn as
  separate glyphs in a symbol font, numbers and numeric headers right-aligned, long labels
  wrapped inside their cell; objectives as bullet lists with bold fragments; contractual
  objectives as rows with a coloured domain box on the left, the icon alt-text ``re03`` on the
  right and priority objectives in colour (not bold).
* ``"keynote"`` (1920 × 1080 pt, everything scaled ×8/3): big title without bar, a footer
  (logo text and slide number) on every slide, two-line numeric headers, ▼/▶ drawn as
  shapes (no text), the CAE and ECI tables split over two slides; audit scores as big figures
  in boxes with their label below ("23,3 %" over "Score"); score targets as two cards side by
  side; orientations and objectives as cards in a grid (code big above its label);
  contractual objectives as cards (domain on top, figure big, unit and label small below, a
  "PRIORITAIRE" badge on priority cards).

The ground truth is not produced here: tests rebuild it from the seed texts themselves. Both
decks draw on the slide canvas of :mod:`tests.generators.seed_slides`; their content is in
``seed000_content`` / ``seed003_content``.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed000_deck import seed000_pdf
from tests.generators.seed003_deck import seed003_pdf
from tests.generators.seed_slides import LAYOUTS

__all__ = ["LAYOUTS", "seed000_pdf", "seed003_pdf"]


def main() -> None:  # pragma: no cover - manual inspection helper
    """Write every (seed, layout) deck in ``/tmp/seed_cot`` for eyeballing."""
    out = Path("/tmp/seed_cot")
    out.mkdir(exist_ok=True)
    for layout in LAYOUTS:
        (out / f"seed000_{layout}.pdf").write_bytes(seed000_pdf(layout))
        (out / f"seed003_{layout}.pdf").write_bytes(seed003_pdf(layout))


if __name__ == "__main__":  # pragma: no cover
    main()
