"""A town's page PRINTED AT 70 % (two-hundred-and-twenty-eighth held-out set,
``plan_html_reduction``): ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``) unchanged, printed by a reader who set Chromium's print
dialog « Plus de paramètres › Échelle » to « Personnalisée : 70 % » to save paper:
DevTools' ``Page.printToPDF`` with ``scale`` :data:`SCALE`, the page's ``@page`` A4 and
15 mm margins (``preferCSSPageSize``), backgrounds printed and Chromium's own header and
footer off as the headless command line prints the other pages. The content is laid out on
a width 1/0.7 times the printable width and printed at 0.7: smaller type, longer lines, fewer
pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from tests.generators.devtools_print import _Pipe
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

SCALE = 0.7  # the dialog's « Échelle : Personnalisée 70 % »


def plan_html_reduction() -> str:
    """The seed as the site's page, unchanged: the quirk is the print scale's."""
    return etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: True)


def print_reduced(exe: str, source: Path, target: Path) -> Path:
    """``source`` printed to ``target`` at :data:`SCALE`, its own page size and margins,
    backgrounds printed, no header nor footer."""
    with tempfile.TemporaryDirectory() as profile:
        pipe = _Pipe(exe, profile)
        try:
            target_id = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.call("Target.attachToTarget", {"targetId": target_id, "flatten": True})[
                "sessionId"
            ]
            pipe.call("Page.enable", session=session)
            pipe.call("Page.navigate", {"url": source.resolve().as_uri()}, session)
            pipe.wait(event="Page.loadEventFired")
            result = pipe.call(
                "Page.printToPDF",
                {
                    "printBackground": True,
                    "displayHeaderFooter": False,
                    "preferCSSPageSize": True,
                    "scale": SCALE,
                },
                session,
            )
        finally:
            pipe.close()
    target.write_bytes(base64.b64decode(result["data"]))
    return target


__all__ = ["SCALE", "plan_html_reduction", "print_reduced"]
