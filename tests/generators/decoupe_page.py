"""An intercommunal site whose « fiches détachables » theme FRAMES EACH FICHE AS A CUT-OUT
COUPON (hundred-and-eighty-seventh held-out set, ``plan_html_decoupe``): each fiche, from
its first ``<h3>`` heading line to the end of its steps table (up to the next axis,
objective, section or fiche heading), wrapped in one ``div.coupon`` (:func:`_coupons`) with
a DASHED border (:data:`DASH`), and a « ✂ » (:data:`SCISSORS`) sitting on the dashed top
edge at its left, a ``::before`` pseudo-element on a white background (:data:`_CSS`); the
coupon sliced by the page breaks it runs over.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``, each value's paragraphs one a line). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

DASH = "1.5px dashed #555555"
SCISSORS = "\u2702"  # « ✂ », not in the seed

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.coupon {{ position: relative; border: {DASH}; padding: 10px 12px; margin: 16px 0; }}
div.coupon::before {{ content: "{SCISSORS}"; position: absolute; top: -9px; left: 14px;
  font-size: 13pt; line-height: 1; color: #555555; background: #FFFFFF; padding: 0 3px; }}
"""
)


def _coupons(html: str) -> str:
    """``html`` with each fiche — from the first of its ``<h3>`` heading lines to the next
    fiche's, the next ``<h1>`` / ``<h2>`` or the body's end — inside one ``div.coupon``."""
    out: list[str] = []
    open_ = False
    previous = ""
    for line in html.split("\n"):
        if line.startswith("<h3>") and not previous.startswith("<h3>"):
            if open_:
                out.append("</div>")
            out.append("<div class='coupon'>")
            open_ = True
        elif open_ and line.startswith(("<h1>", "<h2>", "</body>")):
            out.append("</div>")
            open_ = False
        out.append(line)
        previous = line
    return "\n".join(out)


def plan_html_decoupe() -> str:
    """The seed as the site's page, each fiche framed as a dashed cut-out coupon."""
    return _coupons(etapes_page(_CSS, br_paragraphs, lambda column: False))


__all__ = ["DASH", "SCISSORS", "plan_html_decoupe"]
