"""Repair of OCR words from the page image: periods Tesseract drops or merges.

Tesseract's LSTM reads glyphs in context, and a small period squeezed between two bold digits
is often lost: « FICHE 1.1.5 » comes out as « 1.15 », confidently (93 %), so the fiche code no
longer matches its summary entry and the whole fiche is lost; an ellipsis « ... » comes out as
one or two dots. The image still holds the evidence: each digit is one blob of ink and each
period a small blob on the baseline. This module counts them in the word's box (connected
components, :func:`scipy.ndimage.label`) and rewrites the word only when the image is
unambiguous:

- a number with separators (``1.15``): its digit blobs must be exactly as many as the digits
  read, every other blob a period or a comma; the digits are Tesseract's, the separators the
  image's, taken only when the image shows more separators than were read;
- a word ending with a run of periods (``associations.)``): the small blobs on the baseline
  after the last letter-sized blob give the number of periods (at most three).

- a word glued to a following « : ; ! ? » (« GACdG: »): when the image shows the space French
  typography puts there, the mark becomes a word of its own (« GACdG : »);
- an amount whose thousands space Tesseract dropped (« 5000 » for « 5 000 »): when the gap
  before the last three digit blobs is a word space (a third of the digit height and 2.5
  times any other gap between its digits), the space is put back (« 15000 » printed without
  one stays as read).

- a capital « I » read as « i » at the start of a word (« identifier » for « Identifier »):
  when the first glyph's ink is one unbroken stem as tall as the word's capitals and
  ascenders — an « i » shows the gap under its dot — it is an « I ».

- a « : ; ! ? » Tesseract read as a word of its own but with a box touching the word
  before (which the layout code would glue back): both boxes cut to their ink when the image
  shows the space (:func:`separated_marks`);
- a capitals word after an elided article (« l'ABIC »), or with one glyph read twice in both
  cases (« ABIiC », « ZACSs »): the case each glyph's height shows (:func:`repaired_capitals`);
- accents and capitals checked against the word's x-height (:mod:`sources.ocr_words`:
  « où » → « ou », « Sur » → « sur »), and a lone « À » read unsure whose ink is no taller
  than the letters beside it is « A ».

And from the text alone, where the structure proves it: the code after « FICHE » / « Fiche
action » / « Action » is digits and periods, so letters Tesseract read for digits there
(« L.L.5 », « I.2.l », « 1.O.3 ») are the digits they look like; so are those of a section
number alone on its line (« L.2 » over « Objectif stratégique »); a chemical formula with a
digit read as a letter (« COZ », « C02 ») is the formula (:data:`FORMULAS`), unless a French
word.

Eighteenth pass, from the ink again: two words read apart whose boxes touch keep the space
the ink shows (« GES » « à », which the layout code would join into « GESà »,
:func:`separated_words`), as does an acronym read with « à » glued (:func:`glued_a`); a
comma printed after a space (« E+C , ») is parted like « : » with a stricter gap; an
accented capital of a capitals word no taller than its plain capitals is plain (« PCAËT »),
and a glyph read twice accents aside (« PLUÏiHD ») is one glyph.

A blob that fits no class (a broken glyph, a speck, letters touching) leaves the word as read.
Works on the image Tesseract was fed (grey or thresholded, straightened), boxes in PDF points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sources import ocr_words
from sources.ocr_header_labels import repaired_header_labels
from sources.ocr_lexicon import relettered_words

# blobs smaller than this share of the tallest glyph's height squared are specks; a period
# of a 200 dpi scan, blurred by JPEG, keeps ~0.009 of it (0.01 dropped the first dot of « ..) »)
_SPECK_AREA = 0.007
_NUMBER_RE = re.compile(r"\d[\d.,]*\d")
# a word starting with « i », or with « i » after an elided article (« l'industrie »)
_SMALL_I_RE = re.compile(r"(?P<elided>(?:[cdjlmnstCDJLMNST]|[qQ]u)['’])?i[a-zà-öø-ÿ]{3,}")
_PLAIN_AMOUNT_RE = re.compile(r"\d{4,6}")
# a word starting with a capital « I » followed by small letters, or after an elided article
# (« d'Informations »): a photocopy's « i » whose dot nearly touches its stem is read « I »
_CAPITAL_I_RE = re.compile(r"(?P<elided>(?:[cdjlmnstCDJLMNST]|[qQ]u)['’])?I[a-zà-öø-ÿ]+")
# « il », « ils »: too short for the « i » rule's three letters; their « I » is checked only
# when Tesseract was unsure (read surely, « il » is one: its dot stands apart on the scan)
_SMALL_IL_RE = re.compile(r"ils?")
_SURE_IL_CONF = 90.0
_HEADING_WORDS = frozenset({"fiche", "fiche-action", "action"})
_CODE_LIKE_RE = re.compile(r"[0-9IlL|!iOo]{1,2}(?:[.,][0-9IlL|!iOo]{1,2}){1,3}[.:]?")
_DIGIT_LOOKALIKES = str.maketrans(
    {"I": "1", "l": "1", "L": "1", "|": "1", "!": "1", "i": "1", "O": "0", "o": "0"}
)
_SPACED_PUNCT_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9)»]{2,}[:;!?]|[A-Za-zÀ-ÖØ-öø-ÿ0-9)»+]{2,},")
_TRAILING_DOTS_RE = re.compile(
    r"(?P<head>.*[A-Za-zÀ-ÖØ-öø-ÿ])(?P<dots>\.{1,3})(?P<tail>[)»\"']?[.,;:]?)"
)
# an ellipsis printed as a word of its own (« convention, ...) ») read « .) »
_DOTS_WORD_RE = re.compile(r"(?P<head>)(?P<dots>\.{1,2})(?P<tail>[)»\"'])")


@dataclass(frozen=True)
class Blob:
    """One connected component of ink in a word's box (pixels, crop coordinates)."""

    x0: int
    x1: int
    top: int
    bottom: int
    area: int

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.x1 - self.x0


def word_blobs(grey: Any, box: tuple[int, int, int, int]) -> list[Blob]:
    """Ink blobs of one word box (x0, top, x1, bottom in pixels) left to right; blobs whose
    columns overlap by more than half are one glyph (a stroke broken by JPEG noise); specks
    are dropped."""
    import numpy as np
    from scipy import ndimage

    x0, top, x1, bottom = box
    crop = grey[max(0, top) : max(0, bottom), max(0, x0) : max(0, x1)]
    if crop.size == 0:
        return []
    low, high = int(crop.min()), int(crop.max())
    if high - low < 60:  # no contrast: nothing to count
        return []
    labels, count = ndimage.label(crop < (low + high) / 2)
    slices = ndimage.find_objects(labels)
    areas = ndimage.sum_labels(np.ones_like(labels), labels, range(1, count + 1))
    blobs = [
        Blob(sl[1].start, sl[1].stop, sl[0].start, sl[0].stop, int(area))
        for sl, area in zip(slices, areas, strict=True)
        if sl is not None
    ]
    if not blobs:
        return []
    tall = max(b.height for b in blobs)
    blobs = [b for b in blobs if b.area >= max(3, _SPECK_AREA * tall * tall)]
    merged: list[Blob] = []
    for blob in sorted(blobs, key=lambda b: b.x0):
        if merged:
            last = merged[-1]
            overlap = min(last.x1, blob.x1) - max(last.x0, blob.x0)
            if overlap > 0.5 * min(last.width, blob.width):
                merged[-1] = Blob(
                    min(last.x0, blob.x0),
                    max(last.x1, blob.x1),
                    min(last.top, blob.top),
                    max(last.bottom, blob.bottom),
                    last.area + blob.area,
                )
                continue
        merged.append(blob)
    return merged


def _classify(blobs: list[Blob]) -> list[str]:
    """Each blob as ``g`` (a glyph: letter, digit, bracket), ``.`` (period), ``,`` (comma) or
    ``?`` (fits no class). Sizes are relative to the tallest blob; the baseline is the median
    bottom of the glyphs."""
    tall = max(b.height for b in blobs)
    glyphs = [b for b in blobs if b.height >= 0.35 * tall]
    bottoms = sorted(b.bottom for b in glyphs)
    baseline = bottoms[len(bottoms) // 2]
    out: list[str] = []
    for blob in blobs:
        small = blob.width <= 0.5 * tall and blob.top >= baseline - 0.4 * tall
        if small and blob.bottom <= baseline + 0.12 * tall and blob.height <= 0.3 * tall:
            out.append(".")
        elif small and blob.bottom > baseline + 0.12 * tall and blob.height <= 0.6 * tall:
            out.append(",")
        elif blob.height >= 0.35 * tall:
            out.append("g")
        else:
            out.append("?")
    return out


def repaired_number(text: str, blobs: list[Blob], alone: bool = False) -> str | None:
    """The number ``text`` with the separators seen on the image, or ``None`` when the image
    does not show exactly its digits (then the word is left as read). ``alone``: the word is
    the only one of its line (a section number « 1.3 » over « Objectif stratégique », read
    « 13 »): a period may be added to two or three digits read without any."""
    if not blobs or not _NUMBER_RE.fullmatch(text):
        return None
    kinds = _classify(blobs)
    digits = [c for c in text if c.isdigit()]
    tall = max(b.height for b in blobs)
    if (
        "?" in kinds
        or kinds.count("g") != len(digits)
        or kinds[0] != "g"
        or kinds[-1] != "g"
        or any(k == "g" and b.height < 0.6 * tall for k, b in zip(kinds, blobs, strict=True))
    ):
        return None
    chars = iter(digits)
    rebuilt = "".join(next(chars) if k == "g" else k for k in kinds)
    if ".." in rebuilt or ",," in rebuilt:
        return None
    separators = sum(c in ".," for c in text)
    if alone and separators == 0 and len(digits) <= 3 and "," not in rebuilt:
        # no amount or year stands alone on a line in a plan; a section number does
        return rebuilt if "." in rebuilt else None
    # only separators Tesseract dropped are added: the ones it read, it read in context
    return rebuilt if sum(c in ".," for c in rebuilt) > separators > 0 else None


def repaired_trailing_dots(text: str, blobs: list[Blob]) -> str | None:
    """A word ending with periods (``associations.)``) with as many periods as the image shows
    after its last glyph (an ellipsis read as one dot), or ``None``."""
    match = _TRAILING_DOTS_RE.fullmatch(text) or _DOTS_WORD_RE.fullmatch(text)
    if match is None or not blobs:
        return None
    alone = not match.group("head")  # « .) »: the ellipsis is the word
    kinds = _classify(blobs)
    tail_chars = len(match.group("tail"))
    # the tail (« ) », « . ») is read from the right end: ')' is a glyph-sized blob, '.' a dot
    tail_kinds = kinds[len(kinds) - tail_chars :] if tail_chars else []
    # a small comma looks like a period: the tail's punctuation is Tesseract's, only its blob
    # count and sizes are checked
    expected_tail = ["." if c in ".,;:" else "g" for c in match.group("tail")]
    if [k.replace(",", ".") for k in tail_kinds] != expected_tail:
        return None
    body = kinds[: len(kinds) - tail_chars]
    dots = 0
    while body and body[-1] == ".":
        body.pop()
        dots += 1
    if (alone and body) or (not alone and (not body or body[-1] != "g")):
        return None
    read = len(match.group("dots"))
    if read == 2 and dots in (1, 3):
        # « .. » is no French punctuation: the image tells a period from an ellipsis
        return match.group("head") + "." * dots + match.group("tail")
    if not read < dots <= 3:
        return None  # only periods Tesseract dropped are added
    return match.group("head") + "." * dots + match.group("tail")


def repaired_heading_codes(words: list[dict[str, Any]]) -> int:
    """Fiche codes with letters read for digits (« FICHE L.L.5 »), in place: the word right
    after « FICHE » / « Action » on its line, shaped like a code (one or two characters
    between periods) and holding a digit or a period, gets the digits its letters look like.
    Returns how many were changed."""
    changed = 0
    for prev in words:
        if prev["text"].strip(":.").casefold() not in _HEADING_WORDS:
            continue
        after = [
            w
            for w in words
            if w is not prev and abs(w["top"] - prev["top"]) <= 2 and w["x0"] >= prev["x1"] - 1
        ]
        if not after:
            continue
        word = min(after, key=lambda w: w["x0"])  # the next word on the line
        text = word["text"]
        if (
            word["x0"] - prev["x1"] >= 2 * (prev["bottom"] - prev["top"])
            or not _CODE_LIKE_RE.fullmatch(text)
            or text.replace(".", "").replace(",", "").isdigit()
        ):
            continue
        word["text"] = text.translate(_DIGIT_LOOKALIKES)
        changed += 1
    return changed


_FICHE = "FICHE"
_FICHE_CODE_RE = re.compile(r"[0-9IlL|!iOo]{1,2}(?:[.,][0-9IlL|!iOo]{1,2}){2,3}[.:]?")


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (letters inserted, dropped or changed)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def repaired_heading_words(words: list[dict[str, Any]]) -> int:
    """« FICHE » misread before its code (« ACHE 1.1.1 »: a bold « FI » read as one « A »
    on a blurred photo), in place: a capitals word opening its line, two letters at most from
    « FICHE », right before a fiche code (digits and at least two periods: a section number
    « 1.2 » or an amount has fewer) becomes « FICHE ». Without it every fiche heading of the
    document is lost and their tables fall outside any fiche. Returns how many were changed."""
    changed = 0
    for word in words:
        text = word["text"]
        if (
            text == _FICHE
            or not 3 <= len(text) <= 7
            or not text.isalpha()
            or not text.isupper()
            or _edits(text, _FICHE) > 2
            or text.casefold() in _known_words()  # « TÂCHE 1.2.3 » is a heading of its own
        ):
            continue
        before, after = _line_neighbours(word, words)
        if before is not None or after is None or not _FICHE_CODE_RE.fullmatch(after["text"]):
            continue
        word["text"] = _FICHE
        changed += 1
    return changed


def repaired_lone_codes(words: list[dict[str, Any]]) -> int:
    """A section number alone on its line with a letter read for a digit (« L.2 » for the
    « 1.2 » over « Objectif stratégique : … »), in place: a code-shaped word (one or two
    characters between periods) holding a real digit, with no other word on its line, gets
    the digits its letters look like. Words without a digit (« I.e. », « l.l ») and codes
    beside other words of their line stay as read. Returns how many were changed."""
    changed = 0
    for word in words:
        text = word["text"]
        if (
            not _CODE_LIKE_RE.fullmatch(text)
            or not any(c.isdigit() for c in text)
            or text.replace(".", "").replace(",", "").isdigit()
        ):
            continue
        if any(
            other is not word
            and other["top"] < word["bottom"]
            and word["top"] < other["bottom"]
            and min(other["bottom"], word["bottom"]) - max(other["top"], word["top"])
            > 0.5 * (word["bottom"] - word["top"])
            for other in words
        ):
            continue  # a word beside it on its line: not a heading number
        word["text"] = text.translate(_DIGIT_LOOKALIKES)
        changed += 1
    return changed


_SLASHED_CODE_RE = re.compile(r"(?P<a>\d{1,2})[/\\](?P<b>\d{1,2})")
_OBJECTIVE_WORD = "objectif"


def repaired_slashed_codes(words: list[dict[str, Any]]) -> int:
    """A section number whose period was read as a slash (« 1/2 » for the « 1.2 » over
    « Objectif stratégique : … », the period lost in a screen's texture), in place: a word
    « d/d » alone on its line, right above a line opening with « Objectif » (the heading it
    numbers), becomes « d.d ». A page number « 1/2 » in a footer has no heading under it and
    stays. Returns how many were changed."""
    changed = 0
    for word in words:
        match = _SLASHED_CODE_RE.fullmatch(word["text"])
        if match is None or not _alone_on_line(word, words):
            continue
        height = word["bottom"] - word["top"]
        below = [
            w
            for w in words
            if w["top"] >= word["bottom"] - 0.2 * height
            and w["top"] - word["bottom"] < 3 * height
            and abs(w["x0"] - word["x0"]) < 2 * height
        ]
        if not below:
            continue
        first = min(below, key=lambda w: (w["top"], w["x0"]))
        if first["text"].strip(":").casefold() != _OBJECTIVE_WORD:
            continue
        word["text"] = f"{match.group('a')}.{match.group('b')}"
        changed += 1
    return changed


def _alone_on_line(word: dict[str, Any], words: list[dict[str, Any]]) -> bool:
    """No other word shares half of ``word``'s height (as :func:`repaired_lone_codes`)."""
    return not any(
        other is not word
        and min(other["bottom"], word["bottom"]) - max(other["top"], word["top"])
        > 0.5 * (word["bottom"] - word["top"])
        for other in words
    )


def _line_neighbours(
    word: dict[str, Any], words: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The words just before and just after ``word`` on its line (tops within 2 pt, gaps
    under two font heights), or ``None``."""
    size = word["bottom"] - word["top"]
    same = [
        w
        for w in words
        if w is not word
        and abs(w["top"] - word["top"]) <= 2
        and max(w["x0"] - word["x1"], word["x0"] - w["x1"]) <= 2 * size
    ]
    before = [w for w in same if w["x1"] <= word["x0"] + 1]
    after = [w for w in same if w["x0"] >= word["x1"] - 1]
    return (
        max(before, key=lambda w: w["x1"]) if before else None,
        min(after, key=lambda w: w["x0"]) if after else None,
    )


_SENTENCE_END = (".", "!", "?")
_II_RE = re.compile(r"II(?P<rest>[a-zà-öø-ÿ]*)")


def repaired_capital_il(words: list[dict[str, Any]]) -> int:
    """« Il » read « II » (two capital stems: « II est néanmoins », « IIs seront ») or « ! »
    (its two stems as one mark: « réglementaire. ! s'agit »), in place. « II » glued to small
    letters is « Il… » when that is a French word (« IIs » → « Ils »; the ordinal « IIe »
    is no such word); « II » alone, and « ! » alone, only when a word in small letters
    follows on the line and the word before it on the line ends a sentence (or there is
    none for « II »): a roman « II » follows a noun (« phase II du projet »), and « ! » is
    never printed after a period. Returns how many were changed."""
    changed = 0
    known = _known_words()
    for word in words:
        text = word["text"]
        match = _II_RE.fullmatch(text)
        if text != "!" and match is None:
            continue
        if match is not None and match.group("rest"):
            if ("il" + match.group("rest")).casefold() in known and match.group("rest") != "e":
                word["text"] = "Il" + match.group("rest")
                changed += 1
            continue
        before, after = _line_neighbours(word, words)
        if after is None or not after["text"][:1].islower():
            continue
        ends = before is not None and before["text"].endswith(_SENTENCE_END)
        if ends or (before is None and text == "II"):
            word["text"] = "Il"
            changed += 1
    return changed


_LETTERS_RE = re.compile(r"(?P<head>[(«\"']?)(?P<word>[A-Za-zÀ-ÖØ-öø-ÿ]+)(?P<tail>[.,;:)»\"']*)")


def _next_line_start(word: dict[str, Any], words: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first word of the line under ``word``'s, in its column, when ``word`` ends its
    line: its left edge within half a font height of where ``word``'s line starts, its top
    0.6 to 1.6 font heights lower."""
    start, size = word, word["bottom"] - word["top"]
    for _ in range(len(words)):
        before, _after = _line_neighbours(start, words)
        if before is None:
            break
        start = before
    below = [
        w
        for w in words
        if word["top"] + 0.6 * size < w["top"] < word["top"] + 1.6 * size
        and abs(w["x0"] - start["x0"]) <= 0.5 * size
    ]
    return min(below, key=lambda w: w["top"]) if below else None


def shifted_spaces(words: list[dict[str, Any]]) -> int:
    """A space read one letter off (« accompagnemen ttechnique » for « accompagnement
    technique », even across a cell's line wrap), in place: two words side by side on a line,
    or ending a line and starting the next one in its column, neither a French word of the
    word list, whose letter at the space moved to the other side makes two French words
    (each written at least twice in the list). Returns how many pairs were changed."""
    known = _known_words()
    changed = 0
    for word in words:
        a = _LETTERS_RE.fullmatch(word["text"])
        if a is None or a.group("tail") or a.group("word").casefold() in known:
            continue
        _, after = _line_neighbours(word, words)
        if after is None:
            after = _next_line_start(word, words)
        if after is None:
            continue
        b = _LETTERS_RE.fullmatch(after["text"])
        if b is None or b.group("head"):
            continue
        left, right = a.group("word"), b.group("word")
        if right.casefold() in known:
            continue
        for new_left, new_right in ((left + right[0], right[1:]), (left[:-1], left[-1] + right)):
            if (
                len(new_left) >= 2
                and len(new_right) >= 2
                and known.get(new_left.casefold(), 0) >= 2
                and known.get(new_right.casefold(), 0) >= 2
            ):
                word["text"] = a.group("head") + new_left
                after["text"] = new_right + b.group("tail")
                changed += 1
                break
    return changed


def repaired_thousands(text: str, blobs: list[Blob]) -> str | None:
    """« 5000 » with the thousands space the image shows (« 5 000 »), or ``None``."""
    if not _PLAIN_AMOUNT_RE.fullmatch(text) or len(blobs) != len(text):
        return None
    if _classify(blobs).count("g") != len(text):
        return None
    tall = max(b.height for b in blobs)
    gaps = [b.x0 - a.x1 for a, b in zip(blobs, blobs[1:], strict=False)]
    cut = len(text) - 4  # gap before the last three digits
    gap = gaps[cut]
    others = max((g for i, g in enumerate(gaps) if i != cut), default=0)
    if gap >= tall / 3 and gap >= 2.5 * max(others, 1):
        return f"{text[: cut + 1]} {text[cut + 1 :]}"
    return None


def _word_threshold(grey: Any, box: tuple[int, int, int, int]) -> float | None:
    """Grey level between the word's ink and its paper (as :func:`word_blobs` cuts blobs)."""
    x0, top, x1, bottom = box
    crop = grey[max(0, top) : max(0, bottom), max(0, x0) : max(0, x1)]
    if crop.size == 0:
        return None
    low, high = int(crop.min()), int(crop.max())
    return (low + high) / 2 if high - low >= 60 else None


def stem_unbroken(grey: Any, box: tuple[int, int, int, int], blob: Blob) -> bool | None:
    """Does the glyph ``blob`` (a stem: « I », « l » or « i ») hold ink on every pixel row
    between its first and last (an « I »), or does a row of paper cut it (the gap under the
    dot of an « i »)? Ink is what is darker than the *word's* mid grey: the stem's own lightest
    pixels are its anti-aliased ends, and a threshold taken on them alone cut a solid stem's
    first row (« Identifier » kept as « identifier »). The outermost row at each end is
    anti-aliasing and not looked at. ``None`` when the word has no contrast."""
    import numpy as np

    threshold = _word_threshold(grey, box)
    if threshold is None or blob.height < 6:
        return None
    x0, top = max(0, box[0]), max(0, box[1])
    crop = grey[top + blob.top + 1 : top + blob.bottom - 1, x0 + blob.x0 : x0 + blob.x1]
    if crop.size == 0:
        return None
    return bool(np.all((crop < threshold).any(axis=1)))


def capital_i(
    grey: Any, box: tuple[int, int, int, int], blobs: list[Blob], index: int = 0, least: int = 3
) -> bool:
    """Is glyph ``index`` of the word in ``box`` (the first letter, or the one after an
    elided « l' ») an « I » (one unbroken stem as tall as the word's tallest glyph) rather
    than the « i » read (a dot over a shorter stem)? ``least``: glyphs the word must show
    after ``index``."""
    if len(blobs) < index + least:
        return False
    first, tall = blobs[index], max(b.height for b in blobs)
    if first.height < 0.85 * tall or first.width > 0.3 * tall:
        return False  # shorter than the capitals (an « i » whose dot merged), or not a stem
    return bool(stem_unbroken(grey, box, first))


def dotted_i(grey: Any, box: tuple[int, int, int, int], blobs: list[Blob], index: int = 0) -> bool:
    """Is glyph ``index`` of the word in ``box`` (read « I ») an « i »: a stem under a dot,
    a row of paper between them? The dot is the top piece, at most 40 % of the glyph's
    height, the stem under the gap at least half of it (a capital's stem broken by a speck
    of paper low down is no dot); the word must show another glyph after it. Ink is what is
    darker than the word's mid grey, as for :func:`stem_unbroken`."""
    import numpy as np

    if len(blobs) < index + 2:
        return False
    first, tall = blobs[index], max(b.height for b in blobs)
    threshold = _word_threshold(grey, box)
    if threshold is None or first.height < 6 or first.width > 0.3 * tall:
        return False
    x0, top = max(0, box[0]), max(0, box[1])
    crop = grey[top + first.top : top + first.bottom, x0 + first.x0 : x0 + first.x1]
    rows = np.flatnonzero((crop < threshold).any(axis=1))
    if rows.size < 2:
        return False
    breaks = np.flatnonzero(np.diff(rows) > 1)
    if breaks.size != 1:
        return False  # one unbroken stem (a capital), or broken more than once (noise)
    dot = rows[breaks[0]] - rows[0] + 1
    stem = rows[-1] - rows[breaks[0] + 1] + 1
    height = rows[-1] - rows[0] + 1
    return bool(dot <= 0.4 * height and stem >= 0.5 * height)


# letters whose small form is x-height tall and shaped like nothing taller (no ascender, no
# descender, no dot): a glyph of one of these read as a capital but only x-height tall is the
# small letter (« AUaT » read « AUAT »)
_X_HEIGHT_SMALL = frozenset("ACEMNORSUVWXZ")
# a word of capitals (« AUAT », « PLUIHD »), or of capitals and small letters (« ABIiC »), at
# least two capitals in all; after a bracket, a quote or an elided article (« l'ABIC »)
_CAPITALS_WORD_RE = re.compile(
    r"(?P<lead>[(«\"']?|(?:[cdjlmnstCDJLMNST]|[qQ]u)['’])"
    r"(?P<body>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{2,})(?P<tail>[.,;:)»\"']{0,2})"
)


# accented capitals of a capitals word, and their plain letter when the ink shows no accent
# (the glyph no taller than the word's other capitals: « PCAËT » read for « PCAET »)
_UNACCENTED_CAPS = {
    **dict.fromkeys("ÀÂÄ", "A"),
    **dict.fromkeys("ÉÈÊË", "E"),
    **dict.fromkeys("ÔÖ", "O"),
    **dict.fromkeys("ÙÛÜ", "U"),
}


_PLAIN_CAPS = frozenset("ABCDEFGHJKLMNOPRSTUVWXYZ")  # no « I », read for stems of « i »


def _capitals_word(text: str) -> bool:
    """A word :func:`repaired_capitals` may change: two capitals or more in its body."""
    match = _CAPITALS_WORD_RE.fullmatch(text)
    return match is not None and sum(c.isupper() for c in match.group("body")) >= 2


def _doubled_glyph(body: str) -> int | None:
    """Where the reading holds one glyph twice, in both cases (« ABIiC », « ZACSs »): the
    index of the first of the two letters, when there is exactly one such pair."""
    base = [_unaccented(c).casefold() for c in body]
    pairs = [
        i
        for i in range(len(body) - 1)
        if body[i] != body[i + 1]
        and base[i] == base[i + 1]
        and body[i].isupper() != body[i + 1].isupper()
    ]
    return pairs[0] if len(pairs) == 1 else None


def _unaccented(char: str) -> str:
    """The letter without its accent (« Ï » → « I »): an « i » whose dot was read as a
    diaeresis and read again as « i » is one glyph read twice (« PLUÏiHD »)."""
    import unicodedata

    return unicodedata.normalize("NFD", char)[0]


def repaired_capitals(
    grey: Any, box: tuple[int, int, int, int], text: str, blobs: list[Blob]
) -> str | None:
    """A word read in capitals (« AUAT », « PLUIHD », « l'ABIC ») with the small letters the
    image shows: a glyph only x-height tall (its top lower than the capitals' by 0.15 of
    their height, its foot on their baseline) is the small form of an x-height letter
    (« a »), and an « I » (« Ï », or « ï » between capitals) whose stem a paper row cuts is an
    « i ». Only when the image has exactly one blob per letter, and at least two glyphs of
    capital height remain; else ``None``. A letter read twice, once in each case (« ABIiC »,
    « ZACSs »), where the image has one glyph fewer than the letters read, is one glyph: the
    case its height shows (« ABiC », « ZACs »), left as read when its height shows neither.
    An accented capital no taller than the others (« PCAËT ») is the plain capital."""
    match = _CAPITALS_WORD_RE.fullmatch(text)
    if match is None or not blobs:
        return None
    body, lead = match.group("body"), match.group("lead")
    if sum(c.isupper() for c in body) < 2:
        return None
    tall = max(x.height for x in blobs)
    glyphs = [b for b in blobs if b.height >= 0.35 * tall]
    if not glyphs:
        return None
    foot = sorted(b.bottom for b in glyphs)[len(glyphs) // 2]
    # an apostrophe or a quote: high above the baseline, no glyph of the word's letters
    glyphs = [b for b in glyphs if b.bottom >= foot - 0.45 * tall]
    lead_glyphs = sum(c.isalpha() or c in "(«" for c in lead)
    tail_glyphs = sum(c in ")»" for c in match.group("tail"))
    letters = glyphs[lead_glyphs : len(glyphs) - tail_glyphs]
    doubled = None
    if len(letters) == len(body) - 1 and len(glyphs) == len(letters) + lead_glyphs + tail_glyphs:
        doubled = _doubled_glyph(body)
        if doubled is None:
            return None
        body = body[:doubled] + body[doubled].upper() + body[doubled + 2 :]
    elif len(glyphs) != len(body) + lead_glyphs + tail_glyphs:
        return None
    caps = [b for c, b in zip(body, letters, strict=True) if c.isupper()]
    tops = sorted(b.top for b in caps)
    bottoms = sorted(b.bottom for b in caps)
    cap_top, baseline = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    cap = baseline - cap_top
    if cap < 8:
        return None
    # the capitals' top measured on plain capitals only (two at least): « ÉTÉ » keeps its accents
    plain = sorted(b.top for c, b in zip(body, letters, strict=True) if c in _PLAIN_CAPS)
    plain_top = plain[len(plain) // 2] if len(plain) >= 2 else None
    out = list(body)
    for i, (char, blob) in enumerate(zip(body, letters, strict=True)):
        on_line = abs(blob.bottom - baseline) <= 0.12 * cap
        low = on_line and blob.top - cap_top >= 0.15 * cap  # x-height tall
        high = on_line and abs(blob.top - cap_top) <= 0.1 * cap  # as tall as the capitals
        stem = char in "IÏÎÍ" or (
            char in "ïîí"
            and 0 < i < len(body) - 1
            and body[i - 1].isupper()
            and body[i + 1].isupper()
        )
        if char in _X_HEIGHT_SMALL and low:
            out[i] = char.lower()
        elif stem and low:
            out[i] = "i"  # a stem x-height tall, its dot lost or read as an accent
        elif stem and on_line and blob.height >= 0.85 * cap:
            # its dot as high as the capitals (a capital's accent sits above them) and a paper
            # row under the dot
            unbroken = stem_unbroken(grey, box, blob) if blob.top >= cap_top - 0.1 * cap else None
            if unbroken is False:
                out[i] = "i"
            elif i == doubled and not (unbroken and high and char == "I"):
                return None  # one glyph read twice, and its height shows neither case
        elif char in _UNACCENTED_CAPS and i != doubled and plain_top is not None:
            if on_line and blob.top >= plain_top - 0.1 * cap:
                out[i] = _UNACCENTED_CAPS[char]  # « PCAËT »: no accent ink over the capitals
        elif i == doubled and not (char in _X_HEIGHT_SMALL and high):
            return None
    if sum(c.isupper() for c in out) < 2 or lead + "".join(out) + match.group("tail") == text:
        return None
    return lead + "".join(out) + match.group("tail")


# chemical formulas of climate and air-quality plans, with a digit Tesseract reads as a letter
# (« COZ », « C02 »): compared after folding the look-alikes below on both sides
FORMULAS = ("CO2", "NO2", "SO2", "N2O", "CH4", "NH3", "O3", "PM10", "PM2,5", "PM2.5", "SF6")
_FORMULA_FOLD = str.maketrans({"0": "O", "Z": "2", "z": "2", "l": "1", "I": "1", "|": "1"})
_FORMULA_RE = re.compile(
    r"(?P<lead>[(«\"']?)(?P<body>[A-Za-z0-9|][A-Za-z0-9|,.]+?)(?P<tail>[.,;:)»\"']{0,2})"
)


def repaired_formula(text: str, known: dict[str, int] | frozenset[str]) -> str | None:
    """The chemical formula a word is a misreading of (« COZ » → « CO2 », « C02 » → « CO2 »),
    or ``None``: the word folded as :data:`_FORMULA_FOLD` equals a formula of
    :data:`FORMULAS` folded the same way, the word is not that formula already, and it is
    not a French word of ``known``. It must hold a capital no digit looks like (« C », « N »,
    « S »...): « 03 » stays a number. Upper-case formulas only: a word with a small letter
    other than the look-alikes is left as read."""
    match = _FORMULA_RE.fullmatch(text)
    if match is None:
        return None
    body = match.group("body")
    if body in FORMULAS or body.casefold() in known:
        return None
    if any(c.islower() and c not in "lz" for c in body):
        return None
    if not any(c.isupper() and c not in "OZI" for c in body):
        return None  # « 03 », « OZ »: a number or a word, no formula's own letter
    folded = body.translate(_FORMULA_FOLD)
    for formula in FORMULAS:
        if formula.translate(_FORMULA_FOLD) == folded and any(c.isdigit() for c in formula):
            return match.group("lead") + formula + match.group("tail")
    return None


# an acronym with « à » glued after it (« GESà travers »): French never ends a word of
# capitals with « à »
_GLUED_A_RE = re.compile(r"[A-Z]{2,}[àÀ]")


def glued_a(text: str, blobs: list[Blob]) -> tuple[int, int] | None:
    """Where an acronym and the « à » Tesseract glued to it (« GESà ») part on the image:
    (end of the acronym, start of « à ») in crop pixels, when the gap before the last glyph
    is a word space (a fifth of the glyph height and twice the word's widest other gap);
    ``None`` otherwise (one blob per letter, the accent joined to its « a », is needed)."""
    if not _GLUED_A_RE.fullmatch(text):
        return None
    tall = max((b.height for b in blobs), default=0)
    glyphs = [b for b in blobs if b.height >= 0.35 * tall]
    if len(glyphs) != len(text) or tall < 6:
        return None
    last, before = glyphs[-1], glyphs[-2]
    gap = last.x0 - before.x1
    other = max((b.x0 - a.x1 for a, b in zip(glyphs[:-2], glyphs[1:-1], strict=True)), default=0)
    if gap >= 0.2 * tall and gap >= 2 * max(other, 1):
        return before.x1, last.x0
    return None


def repair_words(image: Any, words: list[dict[str, Any]], points_per_px: float) -> int:
    """Rewrite, in place, the words whose periods the image contradicts (see the module
    docstring); returns how many were changed. ``image``: the PIL image Tesseract read."""
    import numpy as np

    changed = repaired_heading_words(words) + repaired_heading_codes(words)
    changed += repaired_lone_codes(words)
    changed += repaired_slashed_codes(words)
    for word in words:
        formula = repaired_formula(word["text"], _known_words())
        if formula is not None:  # « t eq COZ évitées »
            word["text"] = formula
            changed += 1
    changed += relettered_words(words, _known_words())  # « gouvemance » → « gouvernance »
    grey_all = None
    if any(w["text"] in _SPACED_MARKS for w in words):
        import numpy as np

        grey_all = np.asarray(image.convert("L"))
        changed += separated_marks(grey_all, words, points_per_px)
    if grey_all is None:
        grey_all = np.asarray(image.convert("L"))
    changed += separated_words(grey_all, words, points_per_px)
    candidates = [
        w
        for w in words
        if _NUMBER_RE.fullmatch(w["text"])
        or _TRAILING_DOTS_RE.fullmatch(w["text"])
        or _DOTS_WORD_RE.fullmatch(w["text"])
        or _capitals_word(w["text"])
        or _SPACED_PUNCT_RE.fullmatch(w["text"])
        or _PLAIN_AMOUNT_RE.fullmatch(w["text"])
        or _SMALL_I_RE.fullmatch(w["text"])
        or _CAPITAL_I_RE.fullmatch(w["text"])
        or _SMALL_IL_RE.fullmatch(w["text"])
        or _GLUED_A_RE.fullmatch(w["text"])
        or ocr_words.needs_check(w)
    ]
    grey = grey_all if grey_all is not None else np.asarray(image.convert("L"))
    changed += _unseen_capital_accents(grey, words, points_per_px)
    if not candidates:
        return changed + _text_repairs(words)
    for word in candidates:
        box = (
            round(word["x0"] / points_per_px) - 2,
            round(word["top"] / points_per_px),
            round(word["x1"] / points_per_px) + 3,
            round(word["bottom"] / points_per_px) + 1,
        )
        if _SPACED_PUNCT_RE.fullmatch(word["text"]) and word["text"][-1] in _SPACED_MARKS:
            # (a comma is inside the box Tesseract gives; beyond it lies the next word's ink)
            # Tesseract's box may stop at the last letter, the mark printed after the space:
            # look up to half a line height further, never into the next word of the line
            reach = word["x1"] + 0.5 * (word["bottom"] - word["top"])
            for other in words:
                if other is not word and abs(other["top"] - word["top"]) < 2:
                    if word["x1"] < other["x0"] < reach:
                        reach = other["x0"] - 0.5
            box = (box[0], box[1], max(box[2], round(reach / points_per_px)), box[3])
        if _DOTS_WORD_RE.fullmatch(word["text"]):
            # a lone « .) »: Tesseract's box often leaves out the first dots, printed before it;
            # look back up to a line height, never into the previous word of the line
            reach = word["x0"] - (word["bottom"] - word["top"])
            for other in words:
                if other is not word and abs(other["top"] - word["top"]) < 2:
                    if reach < other["x1"] < word["x0"]:
                        reach = other["x1"] + 0.5
            box = (min(box[0], round(reach / points_per_px)), box[1], box[2], box[3])
        blobs = word_blobs(grey, box)
        fixed = (
            repaired_number(word["text"], blobs, alone=_alone_on_line(word, words))
            or repaired_trailing_dots(word["text"], blobs)
            or repaired_thousands(word["text"], blobs)
        )
        if fixed is not None:
            word["text"] = fixed
            changed += 1
            continue
        parted = glued_a(word["text"], blobs)
        if parted is not None:  # « GESà travers » read for « GES à travers »: two words
            a = dict(word, text=word["text"][-1], x0=(box[0] + parted[1]) * points_per_px)
            word["text"], word["x1"] = word["text"][:-1], (box[0] + parted[0]) * points_per_px
            word["width"], a["width"] = word["x1"] - word["x0"], a["x1"] - a["x0"]
            words.insert(words.index(word) + 1, a)
            changed += 1
            continue
        if (
            _SMALL_IL_RE.fullmatch(word["text"])
            and word.get("conf", 100.0) < _SURE_IL_CONF
            and len(blobs) == len(word["text"])
            and capital_i(grey, box, blobs, least=2)
        ):  # « Il s'agit » read « il » at 62 %: the stem has no gap under a dot
            word["text"] = "I" + word["text"][1:]
            changed += 1
            continue
        small_i = _SMALL_I_RE.fullmatch(word["text"])
        if small_i:
            elided = small_i.group("elided") or ""
            # « l' » is two blobs (the letter, the apostrophe), « qu' » three
            if capital_i(grey, box, blobs, index=len(elided)):
                word["text"] = elided + "I" + word["text"][len(elided) + 1 :]
                changed += 1
            continue
        # dotted_i (an « I » showing the gap under an i's dot is « i ») is NOT wired: it gained
        # nothing measured and lowercased a sentence's « Il » on turned_pivote_200 (32nd pass)
        small = repaired_capitals(grey, box, word["text"], blobs)
        if small is not None:  # « AUAT » read for « AUaT », « PLUIHD » for « PLUiHD »
            word["text"] = small
            changed += 1
            continue
        letters = ocr_words.unseen_accent(word, blobs, _known_words()) or ocr_words.small_initial(
            word, blobs
        )
        if letters is not None:  # « où » whose ink shows no accent, « Sur » x-height tall
            word["text"] = letters
            changed += 1
            continue
        cut = spaced_punctuation(word["text"], blobs)
        if cut is not None:  # « GACdG: » read for « GACdG : »: two words, as printed
            mark = dict(word, text=word["text"][-1], x0=(box[0] + cut[1]) * points_per_px)
            mark["x1"] = (box[0] + cut[2]) * points_per_px
            word["text"], word["x1"] = word["text"][:-1], (box[0] + cut[0]) * points_per_px
            word["width"] = word["x1"] - word["x0"]
            mark["width"] = mark["x1"] - mark["x0"]
            words.insert(words.index(word) + 1, mark)
            changed += 1
    return changed + _text_repairs(words)


def _text_repairs(words: list[dict[str, Any]]) -> int:
    """Repairs from the words' text and lines, after those from the ink (which set the case
    of capitals words: « IIS Seront » → « IIs seront », then « Ils seront »)."""
    # a code whose period only the ink gave back (« ACHE 1.25 » → « ACHE 1.2.5 ») now shows
    # its heading word
    return (
        repaired_capital_il(words)
        + shifted_spaces(words)
        + repaired_heading_words(words)
        + repaired_header_labels(words)  # « Porteui » among « Etape », « Planification »…
    )


def _known_words() -> dict[str, int]:
    from sources.pdf.cells import french_words

    return french_words()


def spaced_punctuation(text: str, blobs: list[Blob]) -> tuple[int, int, int] | None:
    """French typography puts a space before « : ; ! ? », which Tesseract often glues to the
    word (« GACdG: »); a comma printed after a space (« ou E+C , des cahiers ») is glued
    alike (« E+C, »). When the image shows that space — the gap before the mark's blob at
    least a fifth of the glyph height and twice the word's widest other gap (for a comma two
    fifths) — returns (end
    of the word, start and end of the mark) in crop pixels, else ``None``."""
    if not _SPACED_PUNCT_RE.fullmatch(text) or len(blobs) < 3:
        return None
    tall = max(b.height for b in blobs)
    mark, before = blobs[-1], blobs[-2]
    if mark.width > 0.35 * tall:
        return None
    gap = mark.x0 - before.x1
    other = max((b.x0 - a.x1 for a, b in zip(blobs[:-2], blobs[1:-1], strict=True)), default=0)
    # a comma has no space before it in French: its own side bearing leaves a gap a fifth of
    # the glyph height (« cas, »), so a printed space must be twice that
    share = 0.4 if text.endswith(",") else 0.2
    if gap >= share * tall and gap >= 2 * max(other, 1):
        return before.x1, mark.x0, mark.x1
    return None


_SPACED_MARKS = frozenset(":;!?")


def separated_marks(grey: Any, words: list[dict[str, Any]], points_per_px: float) -> int:
    """A « : ; ! ? » Tesseract read as a word of its own, its box touching the word before
    (« GACdG » 2572-2688 px, « : » 2687-2702 px): the layout code joins touching boxes into
    one word (« GACdG: »), though Tesseract saw the space French typography puts there. When
    the image shows that space (as :func:`spaced_punctuation` measures it on the ink of both
    words), both boxes are cut to their ink, so the gap is kept; a mark printed glued stays
    glued. Returns how many marks were separated."""
    changed = 0
    for mark in words:
        if mark["text"] not in _SPACED_MARKS:
            continue
        size = float(mark.get("size") or (mark["bottom"] - mark["top"]))
        before = [
            w
            for w in words
            if w is not mark
            and w["text"][-1:].isalnum()
            and abs(w["top"] - mark["top"]) < 2
            and w["x0"] < mark["x0"]
            and -0.5 <= mark["x0"] - w["x1"] <= min(1.0, 0.1 * size)
        ]
        if not before:
            continue
        word = max(before, key=lambda w: w["x1"])
        top = round(min(word["top"], mark["top"]) / points_per_px)
        bottom = round(max(word["bottom"], mark["bottom"]) / points_per_px) + 1
        x0 = round(word["x0"] / points_per_px) - 2
        box = (x0, top, round(mark["x1"] / points_per_px) + 2, bottom)
        cut = spaced_punctuation(word["text"] + mark["text"], word_blobs(grey, box))
        if cut is None:
            continue
        word["x1"] = (x0 + cut[0]) * points_per_px
        mark["x0"], mark["x1"] = (x0 + cut[1]) * points_per_px, (x0 + cut[2]) * points_per_px
        word["width"] = word["x1"] - word["x0"]
        mark["width"] = mark["x1"] - mark["x0"]
        changed += 1
    return changed


def word_space(blobs: list[Blob], at: int) -> tuple[int, int] | None:
    """The word space the ink shows around pixel column ``at`` of the crop (where two word
    boxes touch): (end of the ink before, start of the ink after) when the gap there is at
    least a fifth of the glyph height and twice any other gap between glyphs of the crop;
    ``None`` otherwise (letters of one word, or a gap no wider than the others)."""
    if len(blobs) < 3:
        return None
    tall = max(b.height for b in blobs)
    if tall < 6:
        return None
    gaps: list[tuple[int, int]] = []
    reach = blobs[0].x1
    for blob in blobs[1:]:
        if blob.x0 > reach:
            gaps.append((reach, blob.x0))
        reach = max(reach, blob.x1)
    here = [g for g in gaps if g[0] - 2 <= at <= g[1] + 2]
    if len(here) != 1:
        return None
    gap = here[0]
    widest_other = max((b - a for a, b in gaps if (a, b) != gap), default=0)
    if gap[1] - gap[0] >= 0.2 * tall and gap[1] - gap[0] >= 2 * max(widest_other, 1):
        return gap
    return None


def separated_words(grey: Any, words: list[dict[str, Any]], points_per_px: float) -> int:
    """Two words Tesseract read apart whose boxes touch (« GES » ending at 393.12 pt, « à »
    starting there): the layout code joins touching boxes into one word (« GESà »), as a
    text PDF sets small capitals. When the ink shows a word space where they meet
    (:func:`word_space`), both boxes are cut to their ink, so the space is kept; letters
    printed together stay together. Marks « : ; ! ? » are :func:`separated_marks`'.
    Returns how many pairs were separated."""
    changed = 0
    for word in words:
        if word["text"] in _SPACED_MARKS or not word["text"][:1].isalpha():
            continue
        size = float(word.get("size") or (word["bottom"] - word["top"]))
        before = [
            w
            for w in words
            if w is not word
            and w["text"][-1:].isalnum()
            and abs(w["top"] - word["top"]) < 2
            and w["x0"] < word["x0"]
            and -0.5 <= word["x0"] - w["x1"] <= min(1.0, 0.1 * size)
        ]
        if not before:
            continue
        prev = max(before, key=lambda w: w["x1"])
        top = round(min(prev["top"], word["top"]) / points_per_px)
        bottom = round(max(prev["bottom"], word["bottom"]) / points_per_px) + 1
        x0 = round(prev["x0"] / points_per_px) - 2
        box = (x0, top, round(word["x1"] / points_per_px) + 2, bottom)
        at = round((prev["x1"] + word["x0"]) / 2 / points_per_px) - x0
        gap = word_space(word_blobs(grey, box), at)
        if gap is None:
            continue
        prev["x1"], word["x0"] = (x0 + gap[0]) * points_per_px, (x0 + gap[1]) * points_per_px
        prev["width"], word["width"] = prev["x1"] - prev["x0"], word["x1"] - word["x0"]
        changed += 1
    return changed


def _px_box(word: dict[str, Any], points_per_px: float) -> tuple[int, int, int, int]:
    return (
        round(word["x0"] / points_per_px) - 2,
        round(word["top"] / points_per_px),
        round(word["x1"] / points_per_px) + 3,
        round(word["bottom"] / points_per_px) + 1,
    )


def _unseen_capital_accents(grey: Any, words: list[dict[str, Any]], points_per_px: float) -> int:
    """A lone accented capital read unsure whose ink is no taller than the letters of the
    words beside it (:func:`ocr_words.capital_accent_unseen`: « À terme » for « A terme »).
    Their glyphs taller than the capital's own ink by a tenth (ink of the line above taken
    in by a box) are not measured by. Returns how many words were changed."""
    changed = 0
    for word in words:
        text = word["text"]
        if text not in _ACCENTED_CAPITALS or word.get("conf", 100.0) >= ocr_words.UNSURE_CONF:
            continue
        here = _px_box(word, points_per_px)
        blobs = word_blobs(grey, here)
        if len(blobs) != 1:
            continue
        glyph = Blob(blobs[0].x0, blobs[0].x1, here[1] + blobs[0].top, here[1] + blobs[0].bottom, 0)
        size = float(word.get("size") or (word["bottom"] - word["top"]))
        tops = []
        for other in words:
            gap = max(other["x0"] - word["x1"], word["x0"] - other["x1"])
            if other is word or abs(other["top"] - word["top"]) >= 2 or gap > 1.5 * size:
                continue
            box = _px_box(other, points_per_px)
            tops += [
                box[1] + b.top
                for b in _glyphs_on_baseline(word_blobs(grey, box))
                if b.height <= 1.1 * glyph.height
            ]
        if ocr_words.capital_accent_unseen(glyph, float(min(tops)) if tops else None):
            word["text"] = _PLAIN_CAPITALS[text]
            changed += 1
    return changed


_PLAIN_CAPITALS = {"À": "A", "É": "E", "È": "E", "Ê": "E"}
_ACCENTED_CAPITALS = frozenset(_PLAIN_CAPITALS)


def _glyphs_on_baseline(blobs: list[Blob]) -> list[Blob]:
    """Glyph-sized blobs standing on the word's baseline (no apostrophe, no descender)."""
    if not blobs:
        return []
    tall = max(b.height for b in blobs)
    glyphs = [b for b in blobs if b.height >= 0.35 * tall]
    base = sorted(b.bottom for b in glyphs)[len(glyphs) // 2]
    return [b for b in glyphs if abs(b.bottom - base) <= 0.12 * tall]
