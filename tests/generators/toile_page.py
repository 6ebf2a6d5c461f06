"""The plan's .odt PUBLISHED AS LIBREOFFICE WRITER'S HTML EXPORT (hundred-and-fifty-third
held-out set, ``plan_html_toile``): ``plan_odt_twotier``'s document, unchanged, saved by
LibreOffice 7.4 as « Document HTML (Writer) » (``soffice --convert-to html``, no option), as
a municipality publishes on its site the plan it typed in Writer; the page is the export as
it stands, no CSS nor markup added, for headless Chromium to print. By the export's own
rules: the page layout an ``@page`` rule, the running page header a block at the top of the
body (printed once), paragraphs ``<p>`` with ``<font>`` tags, tables ``cellspacing="0"``
with ``<col width>`` in CSS pixels and repeated header rows in a ``<thead>``, and EVERY CELL
ITS OWN ``border`` BOX, so two neighbours' borders touch and every inner rule prints as two
lines.

Only the layout comes from here (through the two producers): every value is the seed's.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def plan_html_toile() -> str:
    """The HTML page LibreOffice Writer exports from ``plan_odt_twotier``'s .odt."""
    from tests.generators.plan_odt import plan_odt
    from tests.generators.producer_corpus import convert_office

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = plan_odt("twotier", work / "plan_odt_twotier.odt")
        convert_office(source, work, "html")
        return (work / f"{source.stem}.html").read_text(encoding="utf-8")
