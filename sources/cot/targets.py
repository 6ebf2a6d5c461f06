"""Quantified contractual objectives (figure, unit, domain, priority) built from text blocks.

A big figure is attached to the nearest block below/right of it, domain captions
(upper-case blocks) are matched one-to-one to the nearest item (using the drawn boxes when
there are some), priority comes from in-text flags, bold styling announced by a
"prioritaires" legend, or "objectif prioritaire" zoom slides.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from sources.cot.pages import _Block, _join_words, _Page, _Seg, _Word
from sources.cot.reading import _blocks, _is_caption, _reading_text
from sources.cot.text import _NUM, _NUM_RE, _clean_label
from sources.records import ParseIssue
from sources.values import fold, parse_french_number

_UNIT_MAP = {
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometre": "km",
    "ha": "hectares",
    "hectare": "hectares",
    "hectares": "hectares",
    "%": "%",
    "pourcent": "%",
    "pourcents": "%",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "mw": "MW",
    "kw": "kW",
    "kwc": "kWc",
    "mwc": "MWc",
    "gw": "GW",
    "t": "tonnes",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "teqco2": "teqCO2",
    "tco2": "tCO2",
    "tco2e": "tCO2e",
    "m2": "m²",
    "m²": "m²",
    "reseau": "réseau",
    "reseaux": "réseaux",
}
_TIME_UNITS = {"an", "ans", "annee", "annees", "mois", "jours", "semaines"}
_ORDINALS = {"e", "er", "ere", "re", "eme", "nd", "nde", "ieme"}
_STOP = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "un",
    "une",
    "et",
    "ou",
    "en",
    "a",
    "au",
    "aux",
    "par",
    "pour",
    "sur",
    "avec",
    "dans",
    "avoir",
    "ete",
    "mis",
    "mise",
}


def _unit(word: str) -> str:
    token = word.strip(" .,;:()")
    key = fold(token).replace(" ", "")
    if token == "%":
        return "%"
    if key in _UNIT_MAP:
        return _UNIT_MAP[key]
    return token.lower()


_RANK_RE = re.compile(r"(?:\bn\s?[°º]|\bnum[ée]ro|#)\s*$", re.I)


def _repeats_figure(number: _Block, block: _Block) -> bool:
    """A big figure that the sentence under it already states ("1500" over "1500
    rénovations…") displays that sentence's figure: it is neither a prefix nor a target."""
    figure = number.segs[0].text.strip()
    value = parse_french_number(figure.rstrip("% ").strip())
    if value is None:
        return False
    for match in _NUM_RE.finditer(block.text.replace("’", "'")):
        if parse_french_number(match.group(0)) != value:
            continue
        after = block.text[match.end() :].lstrip()
        if not figure.endswith("%") or after.startswith("%") or fold(after).startswith("pour"):
            return True
    return False


def _quantity(text: str) -> tuple[float | None, str | None]:
    """First quantity of a target label: a number and the unit word after it, or an
    "un/une <noun>" object ("Mise en œuvre d'un REseau…" → 1 réseau) when that comes first."""
    clean = text.replace("’", "'")
    number = None
    pattern = rf"(?<![\w/.,-])((?:(?<!\S)[-−+]\s?)?(?:{_NUM}))(?:\s*(%|[^\W\d_][\w²'’-]*))?"
    for match in re.finditer(pattern, clean):
        raw_unit = match.group(2)
        value = parse_french_number(match.group(1))
        if value is None:
            continue
        if raw_unit and fold(raw_unit) in _TIME_UNITS | _ORDINALS:
            continue  # "3 ans", "1ère année": durations and ranks are not quantities
        if raw_unit is None and 1990 <= value <= 2100:
            continue
        if _RANK_RE.search(clean[: match.start()]):
            continue  # "Objectif contractuel n° 3": a numbering, not a quantity
        number = (match.start(), value, raw_unit)
        break
    article = re.search(r"(?:^|\s|d')(?:un|une)\s+([^\W\d_][\w-]*)", clean, re.I)
    if article and (number is None or article.start() < number[0]):
        return 1.0, _unit(article.group(1))
    if number is None:
        return None, None
    _, value, raw_unit = number
    unit = _unit(raw_unit) if raw_unit else None
    if unit and unit.startswith(("d'", "l'")):
        unit = None
    return value, unit


def _dominant_color(words: list[_Word]) -> tuple[float, ...] | None:
    """The colour of at least 60 % of ``words`` (None when mixed or unknown)."""
    colors = Counter(w.color for w in words if w.color is not None)
    if not colors:
        return None
    color, count = colors.most_common(1)[0]
    return color if count >= 0.6 * len(words) else None


def _priority_color(page: _Page) -> tuple[float, ...] | None:
    """Colour of a "prioritaire(s)" legend word when it differs from the slide's usual text
    colour: slides often announce "(ET PRIORITAIRES)" in red and draw priority items in red."""
    letters = [w for w in page.words if any(ch.isalpha() for ch in w.text)]
    usual = Counter(w.color for w in letters if w.color is not None)
    if not usual:
        return None
    common = usual.most_common(1)[0][0]
    for word in letters:
        if fold(word.text).startswith("prioritaire") and word.color not in (None, common):
            return word.color
    return None


def _rect_of(page: _Page, block: _Block) -> tuple[float, float, float, float]:
    """The drawn box enclosing a block (slides draw one box per objective), else its bbox."""
    cx, cy = (block.x0 + block.x1) / 2, (block.top + block.bottom) / 2
    inside = [
        r
        for r in page.rects
        if r[0] - 1 <= cx <= r[2] + 1
        and r[1] - 1 <= cy <= r[3] + 1
        and (r[2] - r[0]) < 0.6 * page.width
        and (r[3] - r[1]) < 0.6 * page.height
    ]
    if inside:
        x0, top, x1, bottom = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
        return min(x0, block.x0), min(top, block.top), max(x1, block.x1), max(bottom, block.bottom)
    return block.x0, block.top, block.x1, block.bottom


def _gap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Distance between two boxes. A caption level with an item (same band, seed 003 layout)
    counts its horizontal gap at a quarter: slides put captions far right of the text."""
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    if dy == 0.0:
        return 0.25 * dx
    if dx == 0.0:
        return dy
    return math.hypot(dx, dy)


@dataclass
class _Item:
    label: str
    value: float | None
    unit: str | None
    page: int
    bold: bool
    priority: bool
    domain: str | None = None
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    color: tuple[float, ...] | None = None  # dominant colour of the label's words


_PRIO_RE = re.compile(r"\(?\s*(?:objectif\s+)?prioritaire\s*\)?|★", re.I)


_BADGE_RE = re.compile(r"^\s*(?:objectif\s+)?prioritaire\b|\bprioritaire\s*$|^\s*★|★\s*$", re.I)


def _strip_priority(label: str) -> tuple[str, bool]:
    cleaned = _PRIO_RE.sub(" ", label)
    return _clean_label(cleaned), cleaned != label


def _items_from_boxes(page: _Page, title_bottom: float) -> list[_Item]:
    segs = [
        s
        for s in page.segments()
        if s.top > title_bottom
        and not re.fullmatch(r"(20\d\d)\s*[-/–]\s*(20\d\d)", s.text.strip())
        and not re.search(r"objectifs\s+(contractuels|quantifi|chiffr)", fold(s.text))
    ]
    if not segs:
        return []
    body = statistics.median(s.size for s in segs)
    blocks = _blocks(segs, body)
    numbers = [b for b in blocks if b.kind == "number"]
    texts = [b for b in blocks if b.kind == "text"]
    captions = [b for b in blocks if b.kind == "caption"]
    for number in numbers:  # big figure → the closest text block below or to its right
        best: tuple[float, _Block] | None = None
        for block in texts:
            below = (
                block.top >= number.bottom - 2
                and block.x0 < number.x1 + number.size
                and block.x1 > number.x0
            )
            right = (
                block.x0 >= number.x1 - 2
                and block.top < number.bottom
                and block.bottom > number.top
            )
            if not (below or right):
                continue
            distance = (block.top - number.bottom) if below else (block.x0 - number.x1)
            if distance <= 3 * number.size and (best is None or distance < best[0]):
                best = (distance, block)
        if best is not None and _repeats_figure(number, best[1]):
            continue
        if best is not None and not best[1].extra:
            best[1].extra.append(number.segs[0])
        else:
            texts.append(_Block([], "text", [number.segs[0]]))
    items: list[_Item] = []
    for block in texts:
        raw = block.text
        raw = re.sub(r"^[•▪●■◦*\-–]\s+", "", raw)
        label, flagged = _strip_priority(raw)
        value, unit = _quantity(label)
        if value is None or len(label) < 8:
            continue
        words = [w for s in block.segs for w in s.words if any(c.isalpha() for c in w.text)]
        bold = bool(words) and sum(w.bold for w in words) > 0.6 * len(words)
        item = _Item(label, value, unit, page.no, bold, flagged, box=_rect_of(page, block))
        item.color = _dominant_color(words)
        items.append(item)
    # priority badges ("PRIORITAIRE", "★" in a corner of a card) flag their item and are
    # not domain captions
    badges = [
        b
        for b in captions + [b for b in texts if not b.extra]
        if _strip_priority(b.text) == ("", True)
    ]
    for badge in badges:
        box = (badge.x0, badge.top, badge.x1, badge.bottom)
        near = [(_gap(item.box, box), i) for i, item in enumerate(items)]
        if near and min(near)[0] <= 2 * badge.size:
            items[min(near)[1]].priority = True
        elif len(items) == 1:  # a slide given to one objective: its badge is that one's
            items[0].priority = True
    captions = [c for c in captions if c not in badges]
    # captions ↔ items, one-to-one, closest pairs first
    pairs = sorted(
        (_gap(item.box, (c.x0, c.top, c.x1, c.bottom)), i, j)
        for i, item in enumerate(items)
        for j, c in enumerate(captions)
    )
    done_items: set[int] = set()
    done_caps: set[int] = set()
    for distance, i, j in pairs:
        if i in done_items or j in done_caps or distance > 0.2 * page.width:
            continue
        # a badge stacked on the caption ("PRIORITAIRE" over the domain) is read with it
        domain, badge = re.subn(_BADGE_RE, " ", captions[j].text)
        items[i].domain = _clean_label(domain)
        items[i].priority = items[i].priority or badge > 0
        done_items.add(i)
        done_caps.add(j)
    if captions and len(done_items) >= 2:  # uncaptioned figures: dates, footnotes
        items = [it for it in items if it.domain is not None]
    return _reading_order(items)


def _reading_order(items: list[_Item]) -> list[_Item]:
    """Rows of boxes (a box joins a row when it overlaps the row's first box vertically by
    half the smaller height, whatever the slide scale), then left to right."""
    rows: list[list[_Item]] = []
    for item in sorted(items, key=lambda it: (it.box[1], it.box[0])):
        if rows:
            first = rows[-1][0].box
            overlap = min(first[3], item.box[3]) - max(first[1], item.box[1])
            smaller = min(first[3] - first[1], item.box[3] - item.box[1])
            if overlap >= 0.5 * max(smaller, 1.0):
                rows[-1].append(item)
                continue
        rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda it: it.box[0])]


def _items_from_list(page: _Page, title_bottom: float) -> list[_Item] | None:
    """``Objectif | Cible`` lists: column x from the header, domain rows in between."""
    header_index = None
    for index, line in enumerate(page.lines):
        folded = [fold(w.text) for w in line]
        if (
            any(f.startswith("objectif") for f in folded)
            and any(f.startswith(("cible", "valeur")) for f in folded)
            and len(line) <= 8
        ):
            header_index = index
            break
    if header_index is None:
        return None
    header = page.lines[header_index]
    obj_x = next(w.x0 for w in header if fold(w.text).startswith("objectif"))
    cib_x = next(w.x0 for w in header if fold(w.text).startswith(("cible", "valeur")))
    dom = next((w.x0 for w in header if fold(w.text).startswith("domaine")), None)
    split = cib_x - 10 if cib_x > obj_x else obj_x - 10
    items: list[_Item] = []
    domain: str | None = None
    last_bottom = max(w.bottom for w in header)
    for line in page.lines[header_index + 1 :]:
        size = statistics.median(w.size for w in line)
        if min(w.top for w in line) - last_bottom > 4 * size:
            break
        left = [w for w in line if (w.x0 < split) == (cib_x > obj_x)]
        right = [w for w in line if w not in left]
        obj_words, cib_words = left, right
        domain_words: list[_Word] = []
        if dom is not None:
            lo = min(obj_x, dom)
            domain_words = [
                w for w in obj_words if (w.x0 < obj_x - 5) == (dom < obj_x) and w.x0 >= lo - 5
            ]
            obj_words = [w for w in obj_words if w not in domain_words]
        cible = _join_words(cib_words)
        text = _join_words(obj_words)
        if domain_words:
            domain = _clean_label(_join_words(domain_words))
        if cible and _NUM_RE.search(cible):
            value, unit = _quantity(cible)
            label, flagged = _strip_priority(text)
            if unit is None:
                unit = _quantity(label)[1]
            words = [w for w in obj_words if any(c.isalpha() for c in w.text)]
            bold = bool(words) and sum(w.bold for w in words) > 0.6 * len(words)
            items.append(_Item(label, value, unit, page.no, bold, flagged, domain))
            items[-1].color = _dominant_color(words)
        elif text:
            is_heading = all(w.bold for w in obj_words) or _is_caption(_Seg(obj_words))
            if is_heading and not _continues(items, obj_words):
                domain = _clean_label(text)  # group row: the domain of the next objectives
            elif items:
                label, flagged = _strip_priority(items[-1].label + " " + text)
                items[-1].label = label
                items[-1].priority = items[-1].priority or flagged
        last_bottom = max(w.bottom for w in line)
    return items


def _continues(items: list[_Item], words: list[_Word]) -> bool:
    """A non-bold line right under an item continues its label."""
    return bool(items) and not all(w.bold for w in words) and not _is_caption(_Seg(words))


def _title_bottom(page: _Page) -> float:
    """Bottom of the slide title: the largest text in the top fifth of the page."""
    top_lines = [line for line in page.lines if line[0].top < 0.2 * page.height]
    if not top_lines:
        return 0.0
    biggest = max(max(w.size for w in line) for line in top_lines)
    return max(
        max(w.bottom for w in line)
        for line in top_lines
        if max(w.size for w in line) >= 0.8 * biggest
    )


def _zoom_priorities(pages: list[_Page], target_pages: set[int], items: list[_Item]) -> None:
    """Zoom slides "OBJECTIF CONTRACTUEL PRIORITAIRE" restate a target: flag the best match."""

    def tokens(text: str) -> set[str]:
        return {t for t in fold(text).split() if t not in _STOP and len(t) > 1}

    for page in pages:
        if page.no in target_pages:
            continue
        flat = fold(_reading_text(page))  # "OBJECTIF / CONTRACTUEL / PRIORITAIRE" boxes
        if not re.search(r"objectif (contractuel )?prioritaire(?!s)", flat):
            continue
        segs = page.segments()
        body = statistics.median(s.size for s in segs) if segs else 10.0
        best: tuple[float, int] | None = None
        for block in _blocks(segs, body):
            # the "OBJECTIF CONTRACTUEL PRIORITAIRE" header may share its box with the target
            words = tokens(
                re.sub(r"objectifs?\s+(?:contractuels?\s+)?prioritaires?", " ", fold(block.text))
            )
            if len(words) < 3 or "prioritaire" in words:
                continue
            for index, item in enumerate(items):
                theirs = tokens(item.label)
                if not theirs:
                    continue
                score = len(words & theirs) / min(len(words), len(theirs))
                if score >= 0.5 and (best is None or score > best[0]):
                    best = (score, index)
        if best is not None:
            items[best[1]].priority = True


_TARGET_TITLE = (
    r"objectifs? (contractuels?|quantifies?|chiffres?|du contrat|operationnels?|cibles?)"
    r"|engagements? (quantifies?|chiffres?|contractuels?)|indicateurs? (cibles?|de resultat)"
    r"|valeurs? cibles?|cibles? (a atteindre|chiffrees?)"
)


def _parse_targets(pages: list[_Page], issues: list[ParseIssue]) -> list[_Item]:
    items: list[_Item] = []
    target_pages: set[int] = set()
    target_titles: set[str] = set()
    empty: list[tuple[int, str]] = []  # target-titled slides without any figure
    for page in pages:
        bottom = _title_bottom(page)
        title = fold(" ".join(_join_words(line) for line in page.lines if line[0].top < bottom))
        if not re.search(_TARGET_TITLE, title) or re.search(
            r"ordre du jour|sommaire|zoom|pilotage|audit|score|orientation", title
        ):
            continue
        found = _items_from_list(page, bottom)
        if found is None:
            found = _items_from_boxes(page, bottom)
            bold = [it.bold for it in found]
            if re.search(r"prioritaire", fold(page.text)) and any(bold) and not all(bold):
                for item in found:
                    item.priority = item.priority or item.bold
        flag = _priority_color(page)
        coloured = [it.color == flag for it in found]
        if flag is not None and any(coloured) and not all(coloured):
            for item, same in zip(found, coloured, strict=True):
                item.priority = item.priority or same
        if found:
            target_pages.add(page.no)
            target_titles.add(title)
            items.extend(found)
        elif re.search(r"objectifs? (contractuels?|quantifies?|chiffres?)", title):
            empty.append((page.no, title))
    # A slide of the same title that lists no figure (its title bar and legend only) opens
    # objectives spread one per following slide: nothing is missing from it.
    for page_no, title in empty:
        if title not in target_titles:
            issues.append(
                ParseIssue(
                    "warning",
                    "page d'objectifs contractuels sans objectif chiffré reconnu",
                    page=page_no,
                )
            )
    # When a slide pairs its objectives with domain captions, another slide of the same
    # title whose figures have no domain at all explains the contract (funding rules,
    # thresholds "60 % de chaque objectif"), it does not list objectives.
    # Slides may also hold one captioned objective each (one objective per slide): what
    # counts is that the deck captions at least two objectives.
    captioned = Counter(it.page for it in items if it.domain)
    if sum(captioned.values()) >= 2:
        for page_no in sorted({it.page for it in items} - set(captioned)):
            issues.append(
                ParseIssue(
                    "info",
                    "chiffres sans domaine ignorés : page explicative, pas une liste "
                    "d'objectifs contractuels",
                    page=page_no,
                )
            )
            target_pages.discard(page_no)
        items = [it for it in items if it.page in captioned]
    if items:
        _zoom_priorities(pages, target_pages, items)
    return items
