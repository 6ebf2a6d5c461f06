"""ICON NAMES PRINTED AS WORDS: a site marks its values with an icon font written as
ligatures (Google's Material Icons: ``<span class="material-icons">event</span>``, the icon's
NAME as the span's text); when the font does not load, the browser prints the names
themselves — « label », « event », « euro », « person », « groups » — as words in its default
serif, at the icon's size, glued before each value (« event 2019 », « person GACdG »).

Told by typography and repetition, never by a list of names: runs of lower-case letters (and
« _ ») set in ANOTHER FONT FAMILY than the page's body text and at least half as big again,
each the same word at least twice on the page. Their characters are set aside before the
page is read. A heading in another face is capitalised, longer, or said once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sources.pdf.watermark import without_objects

_BIGGER = 1.5  # times the body text's size
_NAME_RE = re.compile(r"^[a-z_]{3,}$")
_LEAST = 8  # big lower-case glyphs on the page before the runs are looked at
_TOUCH = 0.3  # of the size: the widest gap inside a name
_SPACE = 0.6  # of the size: the widest blank between two words of one big line


def _family(fontname: object) -> str:
    name = str(fontname or "")
    name = name.split("+", 1)[1] if "+" in name else name
    return re.split(r"[-,]", name, maxsplit=1)[0].casefold()


def icon_name_chars(page: Any) -> set[int]:
    """``id`` of the characters of the icon names printed on ``page`` (empty when none)."""
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    if len(chars) < 20:
        return set()
    # the body text: the commonest size of the regular (not bold) glyphs
    regular = [c for c in chars if "bold" not in str(c.get("fontname", "")).casefold()] or chars
    body = Counter(round(float(c.get("size") or 0.0), 1) for c in regular).most_common(1)[0][0]
    big = [c for c in chars if float(c.get("size") or 0.0) >= _BIGGER * body]
    if sum(str(c["text"]).islower() for c in big) < _LEAST:
        return set()
    families = Counter(
        _family(c.get("fontname")) for c in chars if abs(float(c.get("size") or 0.0) - body) < 0.5
    )
    main = families.most_common(1)[0][0] if families else ""
    runs: list[list[dict[str, Any]]] = []
    for c in big:
        if _family(c.get("fontname")) == main:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.get("fontname") == c.get("fontname")
            and abs(float(last["top"]) - float(c["top"])) <= 0.5
            and -0.5 <= float(c["x0"]) - float(last["x1"]) <= _TOUCH * float(c["size"])
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    names = [
        ("".join(str(c["text"]) for c in run), run)
        for k, run in enumerate(runs)
        if not _among_big(
            run, runs[k - 1] if k else None, runs[k + 1] if k + 1 < len(runs) else None
        )
    ]
    counts = Counter(text for text, _ in names if _NAME_RE.match(text))
    return {id(c) for text, run in names if counts.get(text, 0) >= 2 for c in run}


def _among_big(
    run: list[dict[str, Any]],
    before: list[dict[str, Any]] | None,
    after: list[dict[str, Any]] | None,
) -> bool:
    """Is the run a word among other big words of its line (a title's), not an icon standing
    before smaller text?"""
    size = float(run[0]["size"])
    top = float(run[0]["top"])
    for other in (before, after):
        if other is None or abs(float(other[0]["top"]) - top) > 0.5:
            continue
        gap = (
            float(run[0]["x0"]) - float(other[-1]["x1"])
            if other is before
            else float(other[0]["x0"]) - float(run[-1]["x1"])
        )
        if 0.0 <= gap <= _SPACE * size:  # one blank apart: words of one line
            return True
    return False


def without_icon_names(page: Any) -> Any:
    """The page without the icon names printed as words (the page itself when none)."""
    return without_objects(page, icon_name_chars(page))
