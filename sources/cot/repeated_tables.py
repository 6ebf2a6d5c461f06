"""A referential's progress table printed TWICE in one deck: only the first (or the whole) is kept.

A deck may show, after a referential's progress table, the same table again for another date
(« Pour mémoire — état des lieux 2022 »: the same rows, other figures), or paste one table on
two slides. Reading both would give every axis and sub-axis twice, with two sets of figures
for one contract. The first table (the deck's current state, the one the slides discuss) is
kept; a later table of the same referential whose row labels are mostly (:data:`SHARE`) those
of an earlier one is dropped, with a warning naming the pages when its figures differ. A
table going on on a « (suite) » slide holds other rows: it is never a repeat. A table shown in
PARTS first (a build imitated by copies of its slide: its first axes, then more, then all of
them, the same figures) is kept whole: each part whose rows a later table holds with the same
figures gives way to it, silently (nothing differs).
"""

from __future__ import annotations

from collections import defaultdict

from sources.records import ParseIssue, ReferentialScoreRecord
from sources.values import fold

SHARE = 0.8


def first_tables_only(
    scores: list[ReferentialScoreRecord],
) -> tuple[list[ReferentialScoreRecord], list[ParseIssue]]:
    """``scores`` without the rows of a repeated table, and a warning per table dropped."""
    by_table: dict[tuple[str, int], list[ReferentialScoreRecord]] = defaultdict(list)
    for record in scores:
        by_table[(record.referential, record.page)].append(record)
    kept_labels: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    dropped: set[tuple[str, int]] = set()
    issues: list[ParseIssue] = []
    figures = {
        key: {fold(r.label): (r.points_remaining, r.pct_done, r.pct_programmed) for r in rows}
        for key, rows in by_table.items()
    }
    for (referential, page), rows in sorted(by_table.items(), key=lambda item: item[0][1]):
        labels = {fold(r.label) for r in rows}
        mine = figures[(referential, page)]
        # a build: the table shown in part on the slides before, the same figures: those parts
        # give way to the whole table
        parts = [
            (p, seen)
            for p, seen in kept_labels[referential]
            if seen < labels and all(figures[(referential, p)][k] == mine[k] for k in seen)
        ]
        for part in parts:
            kept_labels[referential].remove(part)
            dropped.add((referential, part[0]))
        earlier = next(
            (
                (p, seen)
                for p, seen in kept_labels[referential]
                if labels and len(labels & seen) >= SHARE * len(labels)
            ),
            None,
        )
        if earlier is None:
            kept_labels[referential].append((page, labels))
            continue
        dropped.add((referential, page))
        first = {
            fold(r.label): (r.points_remaining, r.pct_done, r.pct_programmed)
            for r in scores
            if r.referential == referential and r.page == earlier[0]
        }
        if any(
            first.get(fold(r.label)) != (r.points_remaining, r.pct_done, r.pct_programmed)
            for r in rows
        ):
            issues.append(
                ParseIssue(
                    "warning",
                    f"Tableau d'avancement du référentiel {referential} présent deux fois "
                    f"(pages {earlier[0]} et {page}, chiffres différents : une autre date ou "
                    "une autre version) : seul le premier est gardé",
                    page=page,
                )
            )
    return [r for r in scores if (r.referential, r.page) not in dropped], issues
