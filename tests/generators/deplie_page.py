"""A regional « Territoires engagés » catalogue (a Drupal site) whose steps view TRIMS LONG
DESCRIPTIONS behind a « Lire la suite » link, and whose print stylesheet SHOWS THE HIDDEN
REST BUT LEAVES THE ELLIPSIS AND THE LINK (ninety-fourth held-out set, ``plan_html_deplie``):
every « Descriptif » value longer than :data:`LONGER_THAN` characters is written as its words
up to the last one ending within :data:`KEEP` characters, « … » glued, a space, the link,
then a ``span.trim-rest`` (``display: none`` on screen, inline in print) of the rest.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the « … » and « Lire la suite » are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import (
    ETAPES_CSS,
    ETAPES_WIDTHS,
    br_paragraphs,
    flowing_css,
    steps_table,
)

DESCRIPTION = "Descriptif"
LONGER_THAN = 140  # characters, the paragraphs joined by one space
KEEP = 100  # characters shown before the link

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes a.lire-suite { font-size: 7.5pt; color: #0063CB; text-decoration: underline;
  font-weight: normal; }
table.etapes span.trim-rest { display: none; }
@media print {
  table.etapes span.trim-rest { display: inline; }
}
"""
)


def _words(value: str) -> list[tuple[int, str]]:
    """The value's words, each with the index of its paragraph."""
    return [(k, word) for k, par in enumerate(_paragraphs(value)) for word in par.split()]


def _join(words: list[tuple[int, str]]) -> str:
    """``words`` escaped, a space between two of one paragraph, a ``<br>`` between two
    paragraphs."""
    out = ""
    for i, (k, word) in enumerate(words):
        if i:
            out += "<br>" if k != words[i - 1][0] else " "
        out += _h(word)
    return out


def trimmed(value: str) -> str:
    """A « Descriptif » cell: the value as is when short, else trimmed with the rest after the
    « … Lire la suite » link."""
    if len(" ".join(_paragraphs(value))) <= LONGER_THAN:
        return br_paragraphs(value)
    words = _words(value)
    shown, length = 0, -1
    for _k, word in words:
        if length + 1 + len(word) > KEEP:
            break
        length += 1 + len(word)
        shown += 1
    head, rest = words[:shown], words[shown:]
    gap = "<br>" if rest[0][0] != head[-1][0] else " "
    return (
        _join(head)
        + "<span class='trim-ellipsis'>…</span> "
        + "<a class='lire-suite' href='#'>Lire la suite</a>"
        + f"<span class='trim-rest'>{gap}{_join(rest)}</span>"
    )


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "etapes",
        ETAPES_WIDTHS,
        lambda c, label, v: trimmed(v) if label == DESCRIPTION else br_paragraphs(v),
    )


def plan_html_deplie() -> str:
    """The seed as a catalogue whose long step descriptions print « … Lire la suite » inside
    them."""
    return _flowing_page(_CSS, _kv_fields, _impl)
