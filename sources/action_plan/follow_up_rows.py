"""A steps table's FOLLOW-UP ROWS: a monitoring form sets, under every step's row, one row of
all its cells merged for the follow-up (« Avancement au 31/12 : » and a dotted line to fill
in, « Commentaires : », « État d'avancement : 50 % »). Such a row is no step: left blank it
holds nothing; filled in, its words are a note on the step above.
"""

from __future__ import annotations

import re

from sources.values import fold

# the words a follow-up label opens with (folded)
_FOLLOW_UP_WORDS = (
    "avancement", "etat d avancement", "etat de realisation", "suivi", "point d etape",
    "realise", "realisation", "commentaire", "commentaires", "observation", "observations",
    "remarque", "remarques", "bilan", "mise a jour",
)  # fmt: skip
_LABEL_RE = re.compile(r"^([^:]{3,60}?)\s*:\s*(.*)$", re.S)
_LEADER_RE = re.compile(r"[.…_·\-–—\s]*")  # a dotted / ruled line left to fill in


def follow_up(cells: dict[str, str | None]) -> str | None:
    """The row's follow-up note (« » when left blank) when it is a follow-up row: ONE cell
    holds text (the merged cell), a label opening with a follow-up word and ending with a
    colon; else None."""
    texts = [v for v in cells.values() if v and v.strip()]
    if len(texts) != 1:
        return None
    match = _LABEL_RE.match(" ".join(texts[0].split()))
    if match is None:
        return None
    label, rest = match.groups()
    folded = fold(label).strip()
    if not any(folded == w or folded.startswith(w + " ") for w in _FOLLOW_UP_WORDS):
        return None
    if _LEADER_RE.fullmatch(rest):
        return ""
    return f"{label} : {rest.strip(' .…_')}"
