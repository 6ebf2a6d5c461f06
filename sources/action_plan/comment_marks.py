"""Review-comment anchors and note calls left in a plan's values: « [SC1] », « GACdG² ».

Word saving a reviewed document « as web page » (or printing it with its comments shown in the
text) writes each comment's anchor as its author's initials and number in brackets, glued to
the text it comments (« 2019[SC2] », « 18000 (financé) [SC1] »), the comments themselves listed
at the document's end. The anchor is no part of the value: read as one, « interne (0,2
ETP)[SC5] » would become a budget of 5 €. Anchors are taken off every value; how many were,
and the first, are counted for an information issue.

A footnote's or a printed link's CALL — a small number raised above the baseline, glued to
the word it follows, kept as superscript digits by :func:`sources.pdf.footnotes.mark_calls`
(« Définir une stratégie⁴ », « GACdG⁵ »: a site's print stylesheet numbering its links) — is
no part of a value either: taken off too, counted apart. A unit's exponent (« m² », « km² »,
« m³ ») stays.
"""

from __future__ import annotations

import re

# the initials (1–4 capitals) and the comment's number, in square brackets
_MARK_RE = re.compile(r"\s?\[[A-ZÀ-Ý]{1,4}\d{1,3}\]")
# superscript digits glued to a word's end, not a metre unit's exponent
_CALL_RE = re.compile(
    r"(?:(?<=[^\W_⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=[)\]]))(?<![^\W\d]m)(?<!\bm)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?=[\s,.;:)]|$)"
)


class CommentMarks:
    """Takes comment anchors off values, counting them (per document)."""

    def __init__(self) -> None:
        self.count = 0
        self.first: str | None = None
        self.calls = 0

    def clean(self, value: str | None) -> str | None:
        """``value`` without its comment anchors (None stays None)."""
        if not value:
            return value
        if any(c in value for c in "⁰¹²³⁴⁵⁶⁷⁸⁹"):
            calls = _CALL_RE.findall(value)
            if calls:
                self.calls += len(calls)
                value = _CALL_RE.sub("", value)
        if "[" not in value:
            return value
        found = _MARK_RE.findall(value)
        if not found:
            return value
        self.count += len(found)
        self.first = self.first or found[0].strip()
        return _MARK_RE.sub("", value).strip()

    def cells(self, cells: dict[str, str | None]) -> dict[str, str | None]:
        return {k: self.clean(v) for k, v in cells.items()}

    def message(self) -> str | None:
        """The information issue's French text, or None when nothing was taken off."""
        parts = []
        if self.count:
            parts.append(
                f"{self.count} renvoi(s) de commentaire de relecture (« {self.first} »…) "
                "retiré(s) des valeurs : les commentaires ne sont pas des données du plan"
            )
        if self.calls:
            parts.append(
                f"{self.calls} appel(s) de note ou de lien en exposant retiré(s) des valeurs"
            )
        return " ; ".join(parts) or None
