"""Values beside RUN-IN FLOATED LABELS: each value given to its label by the float's geometry.

A « compact » definition list — a web theme's ``dt { float: left; clear: left; width: … }``
and its ``dd`` flowing beside it, every ``dd`` a block with a bottom margin — prints each label
at the left and its value's lines at its right only as far down as the label goes. Two things
follow from how a browser places floats, and both break reading the value column in reading
order (each value line to the last label above it):

* a label TALLER THAN ITS VALUE (« Objectifs et » / « résultats attendus » beside a one-line
  value) pushes the next label down (``clear: left``: under the previous float), while the
  next value, in the normal flow, starts right after the one before: it stands ABOVE its own
  label, beside the tail of the label before;
* an EMPTY value takes no room: the next value starts where the empty one stood, level with
  the empty value's label, and its own label is pushed under that one.

What the browser keeps is this: a label is placed where the flow stands when it is met — at
the top of its value, or lower when the label before still reaches there, never higher — and
the flow goes on after its value's last line and the value's margin. So a value's first line
stands level with its label or above it, and THE NEXT LABEL STANDS A PARAGRAPH STEP (the line
pitch and the margin) UNDER THE VALUE'S LAST LINE AT LEAST. A value whose last line stands
closer over the next label than that — the next label right under it at one line's pitch, or
beside it — is the next label's, not the one it stands beside.

The values' paragraphs are told by the step between value lines: the line pitch inside a value,
a pitch and a margin between two values (a margin, narrower than a line: no empty line). The
rule applies to a grid only where a label STANDS STACKED RIGHT UNDER THE ONE BEFORE (one line
pitch under its last line, or at the next page's top: where ``clear`` puts it) and reading
order gives the label before a value closer over it than a paragraph step; everywhere else
(labels level with their values in table rows, a rule between rows) reading order stands.
"""

from __future__ import annotations

from collections.abc import Sequence

Where = tuple[int, float]  # page, top

_BREAK = 0.2  # font sizes: a step this much wider than the line pitch opens a new paragraph
_MARGIN = 0.8  # line pitches: a paragraph gap this wide at most (a margin, no empty line)
_LEVEL = 1.0  # pt: two tops this close stand level (a label's top and its value's)


def floated_owners(
    labels: Sequence[tuple[Where, Where]], lines: Sequence[Where], size: float
) -> list[int] | None:
    """For each value line (``lines``: page and top, in reading order) the index of its label
    among ``labels`` (each its first and last line's page and top, in order) when the labels
    are run-in floats whose values reading order misplaces (module docstring), else None.
    ``size``: the values' type size."""
    if len(labels) < 2 or not lines:
        return None
    order = sorted(range(len(lines)), key=lambda k: lines[k])
    steps = [
        b[1] - a[1]
        for a, b in zip([lines[k] for k in order], [lines[k] for k in order[1:]], strict=False)
        if a[0] == b[0] and b[1] - a[1] > 0.5 * size
    ]
    if not steps:
        return None
    pitch = min(steps)
    breaks = [s for s in steps if s > pitch + _BREAK * size]
    if not breaks or min(breaks) - pitch >= _MARGIN * pitch:
        return None  # no values apart, or apart by an empty line: not block margins
    gap = min(breaks) - pitch
    step, tol = pitch + gap, gap / 2

    def before(a: Where, b: Where) -> bool:
        """``a`` stands over ``b`` or level with it."""
        return a[0] < b[0] or (a[0] == b[0] and a[1] <= b[1] + tol)

    def stacked(upper: tuple[Where, Where], lower: tuple[Where, Where]) -> bool:
        """``lower`` stands right under ``upper``'s last line (where ``clear`` puts it)."""
        end, top = upper[1], lower[0]
        return top[0] > end[0] or (top[0] == end[0] and abs(top[1] - end[1] - pitch) <= tol)

    def closer(end: Where, label: Where) -> bool:
        """A value whose last line is ``end`` stands closer over ``label`` than a paragraph
        step: the flow after it could not have put the label there."""
        return end[0] == label[0] and end[1] + step > label[1] + tol

    # the value lines in paragraphs; a page's first value line goes on the paragraph before
    # when that ran down to the grid's last line on its page (a value cut by the page break)
    paragraphs: list[list[int]] = []
    for n, k in enumerate(order):
        where = lines[k]
        if n:
            prev = lines[order[n - 1]]
            if prev[0] == where[0]:
                if where[1] - prev[1] <= pitch + _BREAK * size:
                    paragraphs[-1].append(k)
                    continue
            else:
                lowest = max((e[1] for _, e in labels if e[0] == prev[0]), default=float("-inf"))
                if prev[1] >= lowest - _LEVEL:
                    paragraphs[-1].append(k)
                    continue
        paragraphs.append([k])

    # reading order's owners: each line the last label over it
    def reading(where: Where) -> int | None:
        over = [i for i, (top, _) in enumerate(labels) if before(top, where)]
        return over[-1] if over else None

    # the float's evidence: a label TALLER than one line with its value ending closer over the
    # next label, stacked under it — an empty value alone (one-line labels) looks the same as a
    # plain label/value grid whose two values no margin parts, where reading order is right
    misplaced = False
    for i in range(len(labels) - 1):
        own = [lines[k] for k in order if reading(lines[k]) == i]
        tall = labels[i][1] != labels[i][0]
        if own and tall and closer(own[-1], labels[i + 1][0]) and stacked(labels[i], labels[i + 1]):
            misplaced = True
    if not misplaced:
        return None

    # the float's owners: each label takes the paragraphs from the next one while its first
    # starts level with the label or above and the next label stands a step under each
    owners: list[int | None] = [None] * len(lines)
    j = 0
    for i, (top, _) in enumerate(labels):
        following = labels[i + 1][0] if i + 1 < len(labels) else None
        taken = 0
        while j < len(paragraphs):
            paragraph = paragraphs[j]
            if not taken and not before(lines[paragraph[0]], top):
                break  # the value starts under the label: the label's is empty
            if following is not None and (
                closer(lines[paragraph[-1]], following)
                or not before(lines[paragraph[-1]], following)
            ):
                break
            for k in paragraph:
                owners[k] = i
            j, taken = j + 1, taken + 1
    if j < len(paragraphs):
        return None  # a paragraph no label could take: not floated labels
    return [o for o in owners if o is not None]
