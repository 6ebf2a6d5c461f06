"""A fiche action exported to PDF by Territoires en Transitions (TeT) → one action.

The export is drawn by react-pdf: a banner « Territoires en transitions », the title in the
largest font of page 1, status/priority badges, « Début : » / « Fin prévisionnelle : » dates,
labelled sections (« Description de l'action : », « ACTEURS DU PROJET : », « BUDGET »…). Read:
title, description, objectives, dates, structures pilotes (owners) and partners (organisations),
status and priority, the budget (investment + operating table by year) and the funders.

People (« Personnes Pilotes », « Élus Référents », « Modifiée le … par X », « Créée le … par
X », « Ajouté le … par X ») go to private :class:`PersonRecord` rows only; the trailing pages
listing linked fiches (other people's names, statuses) are not read.

The layout is TeT's React-PDF template (``packages/pdf-components``): actor lists are rows of
badges (one item per badge, separated by a wide gap, never by commas), budgets are either two
badges « Montant prévisionnel » / « ETP prévisionnel » (a budget spread over the whole plan) or
a five-column table (Année, Montant prévisionnel, Montant dépensé, ETP prévisionnel, ETP réel)
in both the investment and the operating section, funders are name + amount badge pairs, and
every page repeats a header (banner, « Page n/N », the fiche title) that is not content. These
rules were checked on renders of that template (``tests/fixtures/tet_fiche_renders``).

Also here: :func:`referential_description_reason`, which recognises a referential
*description* (ADEME CAE/ECI programme: measures, no scores) so that it is quarantined with a
reason saying what it is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from sources.errors import InputRejected
from sources.records import (
    ActionPlanDocument,
    ActionRecord,
    FunderRecord,
    ParseIssue,
    PersonRecord,
    StepRecord,
)
from sources.values import fold, normalize_text, one_line, parse_french_number, split_list

PLAN_TYPE = "Fiche action (Territoires en Transitions)"
_STATUSES = (
    "a venir", "en cours", "realise", "en pause", "abandonne", "a discuter", "bloque",
    "en retard", "non commence",
)  # fmt: skip
_PRIORITIES = ("eleve", "moyen", "bas")
# Section headings that end a free-text field
_SECTIONS = (
    "Description de l'action", "Instances de gouvernance", "ACTEURS DU PROJET",
    "Personnes Pilotes", "Directions ou Services Pilotes", "Structures Pilotes",
    "Élus Référents", "Partenaires", "Cibles", "Participation Citoyenne", "INDICATEURS LIÉS",
    "OBJECTIFS", "EFFETS ATTENDUS", "INDICATEURS ASSOCIÉS", "NOTES", "BUDGET",
    "MOYENS HUMAINS ET TECHNIQUES", "BUDGET D'INVESTISSEMENT", "BUDGET D’INVESTISSEMENT",
    "BUDGET DE FONCTIONNEMENT", "FINANCEURS", "FINANCEMENTS", "MESURES DES RÉFÉRENTIELS LIÉES",
    "DOCUMENTS", "FICHES LIÉES", "ACTIONS LIÉES",
)  # fmt: skip
_DATE_RE = r"(\d{2})/(\d{2})/(\d{4})"
_EMPTY_PLACEHOLDERS = ("non renseigne", "non renseignes")
_EUR_RE = r"(\d[\d\s\u00a0\u202f.,]*)\s*€"
_BY_RE = re.compile(
    r"(?:Modifiée|Créée|Ajouté|Ajoutée|Exporté|Exportée)\s+le\s+[\d/]+(?:\s+\w+\.?\s+\d{4})?"
    r"\s+par\s+(.+?)(?=\s+(?:Modifiée|Créée|Début|Fin|Ajouté)\b|$)",
    re.M,
)


def looks_like_tet_fiche(text: str) -> bool:
    """First-pages text of a TeT fiche PDF export."""
    folded = fold(text)
    return "territoires en transitions" in folded and (
        "description de l action" in folded or "acteurs du projet" in folded
    )


def referential_description_reason(text: str) -> str | None:
    """French reason when ``text`` is a referential description (measures, no scores)."""
    folded = fold(text)
    named = any(
        marker in folded
        for marker in (
            "territoire engage transition ecologique", "referentiel climat air energie",
            "referentiel economie circulaire", "programme territoire engage", "referentiel cae",
        )
    )  # fmt: skip
    measures = len(re.findall(r"(?m)^\s*\d\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+\S", text))
    scored = any(
        marker in folded
        for marker in ("points realises", "% realise", "score", "points programmes", "audite")
    )
    if named and measures >= 5 and not scored:
        return (
            "référentiel ADEME sans scores (description des mesures du programme Territoire "
            "Engagé Transition Écologique) : ni un plan d'actions, ni une évaluation de la "
            "collectivité"
        )
    return None


# Repeated page header of the template (banner, pagination); the fixed title line is matched
# against the fiche title
_HEADER_LINES = (
    "territoires en transitions",
    "accompagner la transition ecologique des collectivites",
)
_ACTOR_LABELS = (
    "Personnes Pilotes", "Directions ou Services Pilotes", "Structures Pilotes", "Élus Référents",
    "Partenaires", "Cibles", "Participation Citoyenne",
)  # fmt: skip
# The « Moyens » block, in the template's order: each label ends the previous section
_INVEST, _OPERATING, _FUNDERS, _FUNDINGS = (
    "budget d investissement", "budget de fonctionnement", "financeurs", "financements",
)  # fmt: skip
# « 12 500 € HT »; its digit groups glued (« 12500 € », a narrow space a font lacked and the
# PDF does not hold) or set apart by a no-break, narrow or thin space read the same
_AMOUNT_BADGE = (
    r"(?:(?<![\d,])(?P<amount>(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*|\d{4,})(?:,\d+)?)"
    r"\s*€(?:\s*HT)?"
    r"|Non renseigné)(?=\s|$)"
)
_FUNDER_RE = re.compile(r"(?P<name>\S.*?)\s+" + _AMOUNT_BADGE)
# an amount badge with no name badge before it: its name was left on the previous page
_NAMELESS_RE = re.compile(r"\s*" + _AMOUNT_BADGE)
# a badge holding an amount and nothing else
_AMOUNT_ONLY_RE = re.compile(_AMOUNT_BADGE)
_BADGE_TEXT_MAX = 7.5  # badges are drawn in text-[0.6rem] (7,2 pt); paragraphs and cells larger


def _is_bold(word: dict[str, Any]) -> bool:
    """A word in the template's bold face; a word without font information is not judged."""
    name = word.get("fontname")
    return name is None or "bold" in str(name).lower()


def _is_badge_text(words: list[dict[str, Any]]) -> bool:
    """Words drawn as badge text (text-[0.6rem], 7,2 pt), smaller than any paragraph."""
    return bool(words) and all(float(w.get("size") or 99) <= _BADGE_TEXT_MAX for w in words)


def _badge_words(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words of a row that may be badge text: a word of paragraph size is not.

    A word without size information is not judged (kept).
    """
    return [w for w in words if w.get("size") is None or float(w["size"]) <= _BADGE_TEXT_MAX]


@dataclass
class _Line:
    """Words of one visual line (same page, tops within a few points), left to right."""

    page: int
    top: float
    words: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def starts_with(self, label: str, colon: bool = False) -> int:
        """Number of words making ``label`` (+ its « : ») at the line start, else 0.

        With ``colon``, the label must be followed by « : » as the template prints its labels
        (a sentence starting with the same word is not a label).
        """
        target = fold(label)
        for n in range(1, min(len(self.words), 8) + 1):
            head = fold(" ".join(w["text"] for w in self.words[:n]))
            if head == target:
                has_colon = self.words[n - 1]["text"].endswith(":") or (
                    n < len(self.words) and self.words[n]["text"] == ":"
                )
                if colon and not has_colon:
                    return 0
                return n + 1 if has_colon and not self.words[n - 1]["text"].endswith(":") else n
            if len(head) > len(target):
                return 0
        return 0

    def label(self, label: str) -> int:
        """Words of « label : » when this line opens with the template's own label, else 0.

        The template sets its section labels in bold (« OBJECTIFS : », « FINANCEURS : »,
        « BUDGET D’INVESTISSEMENT : »); a paragraph line of the user's text that starts with the
        same words is in the regular face and is no label.
        """
        n = self.starts_with(label, colon=True)
        return n if n and all(_is_bold(w) for w in self.words[:n] if w["text"] != ":") else 0


_MAX_PAGES = 300  # an export of a whole plan holds one fiche after another
# The standard PDF fonts (not embedded): react-pdf draws in Helvetica every character that no
# font of the text's family has a glyph for (``fontSubstitution`` falls back to the last font of
# the stack, Helvetica); TeT registers Marianne for every weight and style it uses
_STANDARD_FONTS = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def _is_fallback_glyph(char: dict[str, Any]) -> bool:
    """A character drawn in a standard PDF font (no subset tag): react-pdf's substitute."""
    name = str(char.get("fontname") or "")
    return "+" not in name and name.startswith(_STANDARD_FONTS)


def _substituted(chars: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The characters of a page without react-pdf's substitutes; None when it drew none.

    A character missing from the template's font (Marianne: emoji, « ₂ », « ➜ », a combining
    accent…) is drawn by react-pdf in Helvetica with a WinAnsi encoding of one byte a UTF-16
    code unit: the text layer holds stray Latin-1 characters in its place (🚲 → « =² », ☀ → a
    NUL, U+0301 → (cid:1)), set over the next characters (their layout gave it no width). They
    are not what was written, and they break the gaps between badges: they are left out. A page
    set in the standard fonts for most of its text (no font registered) is read as it is. A lone
    one standing for a space (``_stands_for_a_space``) is read as a space.
    """
    dropped = sum(1 for char in chars if _is_fallback_glyph(char))
    if not dropped or 2 * dropped >= len(chars):
        return None
    kept: list[dict[str, Any]] = []
    for index, char in enumerate(chars):
        if not _is_fallback_glyph(char):
            kept.append(char)
        elif _stands_for_a_space(chars, index) and kept:
            # the layout gave it no width: a space of none, just before the next character
            prev, after = kept[-1], chars[index + 1]
            x = max(prev["x0"], min(prev["x1"], after["x0"]) - 0.001)
            kept.append({**prev, "text": " ", "x0": x, "x1": x, "width": 0.0, "adv": 0.0})
    return kept


# What react-pdf's fallback draws for a space Marianne may lack, the low byte of its UTF-16
# code: U+202F (narrow no-break space, French typography's « 12 500 € », « ; », « « … » »)
# → « / », U+2009 (thin space) → byte 9, U+200A (hair space) → byte 10, U+205F → « _ ». Bytes
# 0–8 are left out: they are also the combining accents U+0300–U+0308 (« Re´seau »).
_SPACE_STAND_INS = frozenset({"/", "_", "\t", "(cid:9)", "\n", "(cid:10)"})
# Bytes 9 and 10 are also the combining hook and ring above (U+0309, U+030A), which follow the
# letter they sit on: after a letter they stand for a space only before a sign French
# typography sets a space before (« désimperméabilisés ! », « été ; », « Anjou » »)
_ACCENT_BYTES = frozenset({"\t", "(cid:9)", "\n", "(cid:10)"})
_SPACED_BEFORE = frozenset("!?;:»")


def _stands_for_a_space(chars: list[dict[str, Any]], index: int) -> bool:
    """A lone substitute glyph (an emoji gives two) of a space's code between two characters of
    its line, neither a space nor a substitute nor both letters (where a combining mark of the
    same byte sits): « 1/500 », « HT/; », « «/Soleil », « Anjou/» »; a byte of a combining
    mark's code after a letter only before « ! ? ; : » »."""
    if chars[index]["text"] not in _SPACE_STAND_INS or not 0 < index < len(chars) - 1:
        return False
    prev, char, after = chars[index - 1], chars[index], chars[index + 1]
    if prev["text"].isalpha() and after["text"].isalpha():
        return False
    if (
        char["text"] in _ACCENT_BYTES
        and prev["text"].isalpha()
        and after["text"] not in _SPACED_BEFORE
    ):
        return False
    return all(
        not _is_fallback_glyph(c)
        and not c["text"].isspace()
        and abs(c.get("top", 0.0) - char.get("top", 0.0)) < 0.5 * (char.get("size") or 1.0)
        for c in (prev, after)
    )


def _page_texts(data: bytes) -> tuple[list[str], list[str | None], list[_Line], list[int]]:
    """Text of each page, each page's fiche title (words in page 1's largest font), the lines,
    and the pages where characters drawn by react-pdf's substitute font were left out.

    The title font is used for nothing else: a page holding words of that size starts a fiche
    (an export of several fiches gives each its own page run).
    """
    from pdfplumber import utils as plumber_utils

    from sources.pdf.engine import iter_plumber_pages

    texts: list[str] = []
    titles: list[str | None] = []
    lines: list[_Line] = []
    substituted: list[int] = []
    biggest = None
    reader = iter_plumber_pages(data, max_pages=_MAX_PAGES)  # PDFium, pdfplumber fallback
    try:
        for index, page in enumerate(reader):
            try:
                kept = _substituted(page.chars)
                if kept is None:
                    texts.append(page.extract_text() or "")
                    words = page.extract_words(extra_attrs=["size", "fontname"])
                else:  # the page's own text and words, as the engine builds them, without them
                    substituted.append(index + 1)
                    layout = {"layout_width": page.width, "layout_height": page.height}
                    textmap = plumber_utils.chars_to_textmap(kept, layout_bbox=page.bbox, **layout)
                    texts.append(textmap.as_string or "")
                    words = plumber_utils.extract_words(kept, extra_attrs=["size", "fontname"])
                if index == 0 and words:
                    biggest = max(w["size"] for w in words)
                big = [w["text"] for w in words if biggest and w["size"] >= biggest - 0.5]
                titles.append(" ".join(big) or None)
                lines.extend(_group_lines(words, index + 1))
            finally:
                page.close()
    except Exception as exc:  # noqa: BLE001 - any reader failure means an unusable file
        raise InputRejected("PDF illisible ou tronqué", "corrupt") from exc
    finally:
        reader.close()
    return texts, titles, lines, substituted


def _group_lines(words: list[dict[str, Any]], page: int) -> list[_Line]:
    """Words → lines: a badge and its row label differ by a point or two in ``top``."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) <= 3:
            lines[-1].words.append(word)
        else:
            lines.append(_Line(page, word["top"], [word]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def _is_page_header(line_text: str, title_key: str) -> bool:
    """Banner, « Page n/N », or a piece of the fixed title line repeated on every page.

    The title line is small italic text whose digits do not always extract (« (cid:0).1 … »):
    a line is taken for it when most of its words are words of the title.
    """
    key = fold(line_text)
    if not key or key in _HEADER_LINES or re.fullmatch(r"page \d+ \d+", key):
        return True
    if not title_key or len(key) <= 2:
        return False
    if key in title_key:
        return True
    words, title_words = key.split(), set(title_key.split())
    return len(words) >= 2 and sum(w in title_words for w in words) >= 0.7 * len(words)


def _strip_headers(page_text: str, title_key: str) -> str:
    """Page text without its repeated header lines (they would cut a text crossing pages)."""
    lines = page_text.splitlines()
    start = 0
    while start < min(len(lines), 8) and _is_page_header(lines[start], title_key):
        start += 1
    return "\n".join(lines[start:])


def _content_lines(lines: list[_Line], title_key: str) -> list[_Line]:
    """Visual lines without each page's leading header lines."""
    kept: list[_Line] = []
    page, leading = 0, 0
    for line in lines:
        if line.page != page:
            page, leading = line.page, 0
        if leading < 8 and _is_page_header(line.text, title_key):
            leading += 1
            continue
        leading = 8
        kept.append(line)
    return kept


def _split_badges(words: list[dict[str, Any]]) -> list[str]:
    """Items of a badge row: a gap much wider than a space separates two badges."""
    items: list[list[str]] = []
    previous = None
    for word in words:
        gap_limit = max(4.0, 0.6 * float(word.get("size") or 8))
        if previous is None or word["x0"] - previous["x1"] > gap_limit:
            items.append([])
        items[-1].append(word["text"])
        previous = word
    return [item for item in (one_line(" ".join(ws)) for ws in items) if item]


_ACTORS_CARD = "ACTEURS DU PROJET"
_ICON_INDENT = 6.0  # an actor label follows its 8 px icon: set right of the card's title


def _actor_rows(lines: list[_Line]) -> set[int]:
    """Indexes of the rows of the actors card that open with one of its labels.

    The card (« ACTEURS DU PROJET : » in bold, never split across pages) draws each list as a
    row: an icon, then « Label : » in the regular face, then the badges. A row label is
    therefore a line of the card's page, below its bold title and above the next bold label,
    set right of the title by the icon. The same words at the start of a paragraph (a
    description line « Structures pilotes : la ville… », an objectives line « Partenaires : … »)
    are the user's text, not a list.
    """
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if not line.label(_ACTORS_CARD):
            continue
        for offset, row in enumerate(lines[index + 1 :], start=index + 1):
            if row.page != line.page or any(
                row.label(h) for h in _SECTIONS if h not in _ACTOR_LABELS
            ):
                break
            if row.words[0]["x0"] >= line.words[0]["x0"] + _ICON_INDENT and any(
                row.starts_with(label, colon=True) for label in _ACTOR_LABELS
            ):
                rows.add(offset)
    return rows


def _look_alikes(lines: list[_Line], actor_rows: set[int]) -> set[str]:
    """Folded text of lines that open with a section label's words but are not the label.

    A label of the template is bold (or a row label of the actors card, :func:`_actor_rows`);
    a paragraph line starting with the same words (« FINANCEURS : Agence de l'eau… ») is text.
    """
    found: set[str] = set()
    for index, line in enumerate(lines):
        for heading in _SECTIONS:
            if not line.starts_with(heading):
                continue
            if heading in _ACTOR_LABELS:
                real = index in actor_rows
            else:
                skip = line.starts_with(heading)
                real = all(_is_bold(w) for w in line.words[:skip] if w["text"] != ":")
            if not real:
                found.add(fold(line.text))
            break
    return found


def _badge_list(
    lines: list[_Line], label: str, actor_rows: set[int] | None = None
) -> list[str] | None:
    """Badges after « label : » in the actors card, wrapped rows included; None if absent.

    With ``actor_rows`` (:func:`_actor_rows`), only a row of the actors card is the list: a
    paragraph line opening with the label's words gives nothing (an empty list, not None).
    A list is badges (7,2 pt): a wrapped row holds badge text only, and text of paragraph size
    in or under the row (the citizen-participation comment, set beside its row and centred on
    it, may reach the row above) is no badge.
    """
    seen = False
    for index, line in enumerate(lines):
        skip = line.starts_with(label, colon=True)
        if not skip:
            continue
        seen = True
        if actor_rows is not None and index not in actor_rows:
            continue
        items = _split_badges(_badge_words(line.words[skip:]))
        previous = line
        for following in lines[index + 1 :]:
            if (
                following.page != line.page
                or following.top - previous.top > 26
                or any(following.starts_with(other) for other in _ACTOR_LABELS)
                or any(following.starts_with(heading) for heading in _SECTIONS)
                or len(_badge_words(following.words)) < len(following.words)
            ):
                break
            items.extend(_split_badges(following.words))  # a wrapped row starts a new badge
            previous = following
        return items
    return [] if seen else None


def _line_at(text: str, position: int) -> str:
    """Folded text of the line of ``text`` holding ``position``."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return fold(text[begin : end if end >= 0 else len(text)])


def _section(text: str, label: str, look_alikes: set[str] | frozenset = frozenset()) -> str | None:
    """Text after ``label :`` up to the next known section heading.

    Lines in ``look_alikes`` (:func:`_look_alikes`: the user's text opening with a label's
    words) neither open nor end a section.
    """
    start = next(
        (
            m
            for m in re.finditer(re.escape(label) + r"\s*:?", text)
            if _line_at(text, m.start()) not in look_alikes
        ),
        None,
    )
    if not start:
        return None
    rest = text[start.end() :]
    ends = [
        next(
            (
                m.start()
                for m in re.finditer(r"(?m)^\s*" + re.escape(heading) + r"\b", rest)
                if _line_at(rest, m.end()) not in look_alikes
            ),
            None,
        )
        for heading in _SECTIONS
        if heading != label
    ]
    ends = [end for end in ends if end is not None]
    body = normalize_text(rest[: min(ends)] if ends else rest)
    # the template prints « Non renseigné » (description) or « Non renseignés » (objectives)
    # in place of an empty field: nothing was written there
    return None if body is None or fold(body) in _EMPTY_PLACEHOLDERS else body


def _inline(text: str, label: str) -> str | None:
    match = re.search(r"(?m)^\s*" + re.escape(label) + r"\s*:\s*(.*)$", text)
    return one_line(match.group(1)) if match else None


def _euros(raw: str | None) -> float | None:
    return parse_french_number(raw) if raw else None


def parse_tet_fiche(data: bytes, source_file: str, sha256: str) -> ActionPlanDocument:
    """The fiche(s) → one :class:`ActionRecord` each, budget lines as steps, funders, people.

    TeT exports one fiche, or several one after another (each starting on a new page with its
    title in the title font): every fiche becomes an action.
    """
    pages, titles, lines, substituted = _page_texts(data)
    raw_text = "\n".join(pages)
    if not looks_like_tet_fiche(raw_text):
        raise InputRejected(
            "PDF qui n'est pas une fiche action Territoires en Transitions", "empty"
        )
    doc = ActionPlanDocument(None, PLAN_TYPE, len(pages))
    if substituted:
        doc.issues.append(
            ParseIssue(
                "warning",
                "caractères absents de la police de TeT (emoji, symboles, accents combinants) "
                "remplacés à l'export par des signes parasites, non lus : le texte publié ne "
                "les contient pas (page(s) " + ", ".join(map(str, substituted)) + ")",
            )
        )
    starts = [i for i, title in enumerate(titles) if title] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(pages)
        _read_fiche(
            doc, pages[start:stop], titles[start], [ln for ln in lines if start < ln.page <= stop],
            start, source_file, sha256,
        )  # fmt: skip
    declared = re.findall(r"(?m)^\s*Page \d+\s*/\s*(\d+)\s*$", pages[-1]) if pages else []
    if declared and int(declared[-1]) > len(pages):
        doc.issues.append(
            ParseIssue(
                "warning",
                f"export de {declared[-1]} pages : seules les {len(pages)} premières sont lues",
            )
        )
    return doc


def _read_fiche(
    doc: ActionPlanDocument,
    pages: list[str],
    title_line: str | None,
    lines: list[_Line],
    offset: int,
    source_file: str,
    sha256: str,
) -> None:
    """One fiche (its run of pages, ``offset`` pages into the file) → action, steps, people."""
    code, title = None, one_line(title_line)
    title_key = fold(title)
    if title:
        match = re.match(r"^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+(.*)$", title)
        if match:
            code, title = match.group(1), match.group(2)
    if not title:
        raise InputRejected("fiche action Territoires en Transitions sans titre lisible", "empty")
    action_id = f"{sha256[:12]}:{code or 'fiche'}"
    if any(a.action_id == action_id for a in doc.actions):  # same code twice in one export
        action_id = f"{action_id}#{len(doc.actions) + 1}"
    text = "\n".join(_strip_headers(page, title_key) for page in pages)
    lines = _content_lines(lines, title_key)
    first = pages[0] if pages else ""
    info, top_badges = _header_rows(lines, offset + 1)
    start = re.search(r"Début\s*:\s*" + _DATE_RE, info)
    end = re.search(r"Fin\s+(?:prévisionnelle\s*)?:\s*" + _DATE_RE, info)
    status, priority = _badges(first if top_badges is None else top_badges)
    actor_rows = _actor_rows(lines)
    look_alikes = _look_alikes(lines, actor_rows)
    description = _section(text, "Description de l'action", look_alikes)
    objectives = _section(text, "OBJECTIFS", look_alikes)

    def listed(label: str) -> list[str]:
        badges = _badge_list(lines, label, actor_rows)
        return badges if badges is not None else split_list(_inline(text, label))

    owners = listed("Structures Pilotes")
    partners = listed("Partenaires")
    # people: one private row per badge (a badge holds one name)
    for role, label in (
        ("personne_pilote", "Personnes Pilotes"),
        ("elu_referent", "Élus Référents"),
        ("service_pilote", "Directions ou Services Pilotes"),
    ):
        page_no = next((ln.page for ln in lines if ln.starts_with(label, colon=True)), offset + 1)
        for name in listed(label):
            doc.people.append(
                PersonRecord(role, name, action_id, source_file, sha256, page=page_no)
            )
    for number, page in enumerate(pages, start=offset + 1):
        for match in re.finditer(r"(?m)Export[ée]e?\s+par\s*:\s*(.+?)\s*$", page):
            doc.people.append(
                PersonRecord("export", match.group(1), action_id, source_file, sha256, page=number)
            )
        for match in _BY_RE.finditer(page):
            name = one_line(match.group(1))
            if name:
                doc.people.append(
                    PersonRecord("auteur", name, action_id, source_file, sha256, page=number)
                )
    total, total_etp, steps = _budget(lines, action_id, source_file, sha256, doc)
    doc.steps.extend(steps)
    doc.actions.append(
        ActionRecord(
            action_id=action_id,
            plan_type=PLAN_TYPE,
            territory_name=owners[0] if owners else None,
            axis=None,
            strategic_objective_code=None,
            strategic_objective=None,
            action_code=code or "fiche",
            title=title,
            context=description,
            expected_results=objectives,
            indicators=[],
            target_audiences=listed("Cibles"),
            regulatory_links=[],
            total_budget_eur=total,
            total_etp=total_etp,
            start_year=int(start.group(3)) if start else None,
            end_year=int(end.group(3)) if end else None,
            owners=owners,
            partners=partners,
            source_file=source_file,
            source_sha256=sha256,
            page=offset + 1,
            action_status=status,
            action_priority=priority,
        )
    )


_INFO_TEXT_MAX = 6.5  # the info row (« Créée le … Début : … ») is set in 5,4 pt, text in 7,8 pt


def _header_rows(lines: list[_Line], page: int) -> tuple[str, str | None]:
    """Text of the info row(s) and of the badge rows above the title, on the fiche's first page.

    The template prints the dates in its info row, in small text under the title, and the
    status and priority as bold badges above the title. A paragraph of the user's text
    (« Début : 01/09/2025 – Fin prévisionnelle : … », a line « En cours de réflexion ») is set
    in the paragraph size and below the title: it gives no date, status nor priority. The badge
    text is None when the title cannot be placed (no line of page 1 in a larger font).
    """
    first = [ln for ln in lines if ln.page == page]
    info = "\n".join(
        ln.text
        for ln in first
        if all(float(w.get("size") or 99) < _INFO_TEXT_MAX for w in ln.words)
    )
    sizes = [float(w.get("size") or 0) for ln in first for w in ln.words]
    if not sizes or max(sizes) <= 10:
        return info, None
    title_top = min(
        ln.top
        for ln in first
        if any(float(w.get("size") or 0) >= max(sizes) - 0.5 for w in ln.words)
    )
    badges = "\n".join(
        ln.text
        for ln in first
        if ln.top < title_top and _is_badge_text(ln.words) and all(_is_bold(w) for w in ln.words)
    )
    return info, badges


def _badges(first_page: str) -> tuple[str | None, str | None]:
    """Status and priority badges (« À VENIR ÉLEVÉ ») near the top of page 1, as written.

    Either badge may be missing (the template draws each only when set): a line holding a
    priority word alone is the priority of a fiche without status.
    """
    for line in first_page.splitlines()[:12]:
        words = line.split()
        folded = [fold(w) for w in words]
        for status in _STATUSES:
            n = len(status.split())
            if " ".join(folded[:n]) == status:
                priority = None
                if len(words) > n and folded[n] in _PRIORITIES:
                    priority = words[n].capitalize()
                return " ".join(words[:n]).capitalize(), priority
        if len(words) == 1 and folded[0] in _PRIORITIES:
            return None, words[0].capitalize()
    return None, None


def _moyens_sections(lines: list[_Line]) -> dict[str, list[_Line]]:
    """The four labelled parts of the « Moyens » block: label line first, up to the next one."""
    labels = (_INVEST, _OPERATING, _FUNDERS, _FUNDINGS)
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        for label in labels:
            if label not in found and line.label(label):
                found[label] = index
    parts: dict[str, list[_Line]] = {}
    for label, index in found.items():
        after = [i for i in found.values() if i > index]
        stop = min(after) if after else index + 1  # the last part is one paragraph
        parts[label] = lines[index:stop]
    if _FUNDERS in found:
        left = _left_behind(lines, found[_FUNDERS])
        if left:  # name badges at the foot of the page before: not part of the block above
            for label, part in parts.items():
                if label != _FUNDERS:
                    parts[label] = [ln for ln in part if all(ln is not o for o in left)]
            parts[_FUNDERS] = left + parts[_FUNDERS]
    return parts


def _left_behind(lines: list[_Line], label_index: int) -> list[_Line]:
    """Funder name badges a page break left at the foot of the page before the label.

    The funders row is a wrapping row of « FINANCEURS : » and name + amount badge pairs. When a
    page break falls inside it, react-pdf moves what does not fit to the next page piece by
    piece: the name halves of the first pairs (short badge text) can stay at the foot of the
    page while the label and their amount halves open the next one. The block then starts with
    amounts that have no name — the only case these lines are taken, as many names as such
    amounts, from the badge-sized lines ending the page before.
    """
    label = lines[label_index]
    if label_index == 0 or lines[label_index - 1].page >= label.page:
        return []
    rest = " ".join(w["text"] for w in label.words[label.starts_with(_FUNDERS) :])
    nameless = 0
    while match := _NAMELESS_RE.match(rest):
        nameless, rest = nameless + 1, rest[match.end() :]
    if not nameless:
        return []
    page = lines[label_index - 1].page
    left: list[_Line] = []
    names = 0
    for line in reversed(lines[:label_index]):
        if names >= nameless or line.page != page:
            break
        if any(float(w.get("size") or 99) > _BADGE_TEXT_MAX for w in line.words) or re.search(
            _AMOUNT_BADGE, line.text
        ):
            break
        left.insert(0, line)
        names += len(_split_badges(line.words))
    return left if names == nameless else []


def _after_label(part: list[_Line], label: str) -> str:
    """Text of a section without its label."""
    skip = part[0].starts_with(label)
    texts = [" ".join(w["text"] for w in part[0].words[skip:])] + [ln.text for ln in part[1:]]
    return one_line(" ".join(texts)) or ""


def _spread_budget(text: str) -> tuple[float | None, float | None]:
    """« Montant prévisionnel X € » / « ETP prévisionnel N ETP » badges (no year)."""
    amount = re.search(r"Montant prévisionnel\s+" + _EUR_RE, text)
    etp = re.search(r"ETP prévisionnel\s+(\d+(?:[.,]\d+)?)\s*ETP", text)
    return (
        _euros(amount.group(1)) if amount else None,
        parse_french_number(etp.group(1)) if etp else None,
    )


def _table_rows(part: list[_Line]) -> list[tuple[int, float | None, float | None]] | None:
    """Rows (year, planned €, planned ETP) of a budget table; None when there is no table.

    Columns are five equal cells: the header's « ANNÉE » centre and « ETP RÉEL » centre give
    the first and last column, words are placed in the nearest column by their centre.
    """
    header = next(
        (i for i, ln in enumerate(part) if {"annee", "reel"} <= set(fold(ln.text).split())), None
    )
    if header is None:
        return None
    head = part[header].words
    first = next(w for w in head if fold(w["text"]) == "annee")
    last = [w for w in head if fold(w["text"]) == "reel"][-1]
    before = head[head.index(last) - 1] if head.index(last) > 0 else last
    last_start = before if fold(before["text"]) == "etp" else last  # « ETP » may wrap above
    c_first = (first["x0"] + first["x1"]) / 2
    c_last = (last_start["x0"] + last["x1"]) / 2
    width = (c_last - c_first) / 4 if c_last > c_first else 0
    rows: list[tuple[int, float | None, float | None]] = []
    for line in part[header + 1 :]:
        cells: list[list[str]] = [[] for _ in range(5)]
        for word in line.words:
            centre = (word["x0"] + word["x1"]) / 2
            column = round((centre - c_first) / width) if width else 0
            cells[min(max(column, 0), 4)].append(word["text"])
        year_cell = " ".join(cells[0])
        if fold(year_cell) == "total":
            break
        if not re.fullmatch(r"(?:19|20)\d\d", year_cell):
            continue
        planned = " ".join(cells[1]).replace("HT", "")
        etp = " ".join(cells[3]).replace("ETP", "")
        rows.append(
            (int(year_cell), _euros(planned if "€" in planned else None), parse_french_number(etp))
        )
    return rows


def _budget(
    lines: list[_Line],
    action_id: str,
    source_file: str,
    sha: str,
    doc: ActionPlanDocument,
) -> tuple[float | None, float | None, list[StepRecord]]:
    """Planned investment + operating budget (badges or yearly table); one step per line."""
    parts = _moyens_sections(lines)
    steps: list[StepRecord] = []
    totals: list[float] = []
    etps: list[float] = []
    unread = False
    page_of_budget = parts[_INVEST][0].page if _INVEST in parts else None

    def step(
        label: str, year: int | None, amount: float | None, etp: float | None, page: int
    ) -> None:
        steps.append(
            StepRecord(
                action_id=action_id, step_no=len(steps) + 1, step=label, description=None,
                planning_label=None if year is None else str(year), start_year=year,
                end_year=year, open_ended=False,
                budget_label=None if amount is None else f"{amount:,.0f} € HT".replace(",", " "),
                budget_eur=amount, funded=None, internal=False, etp=etp, owner=None,
                partners=[], source_file=source_file, source_sha256=sha, page=page,
            )
        )  # fmt: skip

    for key, label in (
        (_INVEST, "Budget d'investissement (prévisionnel)"),
        (_OPERATING, "Budget de fonctionnement (prévisionnel)"),
    ):
        part = parts.get(key)
        if not part:
            continue
        body = _after_label(part, key)
        if not body or fold(body).startswith("non renseigne"):
            continue
        rows = _table_rows(part)
        if rows is None:
            amount, etp = _spread_budget(body)
            rows = [(None, amount, etp)] if amount is not None or etp is not None else []
        if not rows:
            unread = True
        for year, amount, etp in rows:
            if amount:
                step(label, year, amount, etp, part[0].page)
                totals.append(amount)
            if etp:  # a planned 0 ETP plans no one, as a 0 € row plans no budget line
                etps.append(etp)
    for number, (name, amount, raw, page) in enumerate(_funders(parts.get(_FUNDERS)), start=1):
        doc.funders.append(
            FunderRecord(action_id, number, name, amount, raw, source_file, sha, page=page)
        )
    if unread and not totals:
        doc.issues.append(
            ParseIssue(
                "warning", "section BUDGET sans montant prévisionnel lisible", page=page_of_budget
            )
        )
    return _sum_rounded(totals), _sum_rounded(etps), steps


def _funders(part: list[_Line] | None) -> list[tuple[str, float | None, str, int]]:
    """(name, amount, badge text, page) of each funder badge pair, in the template's order.

    Name badges a page break left above the label (:func:`_left_behind`) are paired, in order,
    with the amounts that open the label's row. A pair is two badges: the amount badge holds
    an amount (« 60 000 € HT ») or « Non renseigné » and nothing else, so a name badge may hold
    figures, « € » or « HT » of its own (« Prime « 100 € par vélo » de l’État »). Where the row
    does not split into badges (no amount badge alone), its text is read pair by pair.
    """
    if not part:
        return []
    at = next(i for i, ln in enumerate(part) if ln.label(_FUNDERS))
    left = [item for line in part[:at] for item in _split_badges(line.words)]
    badges = _split_badges(part[at].words[part[at].starts_with(_FUNDERS) :])
    badges += [item for line in part[at + 1 :] for item in _split_badges(line.words)]
    if any(_AMOUNT_ONLY_RE.fullmatch(badge) for badge in badges):
        return _funder_badges(left, badges, part[0].page, part[at].page)
    body = _after_label(part[at:], _FUNDERS)
    found: list[tuple[str, float | None, str, int]] = []
    for name in left:
        match = _NAMELESS_RE.match(body)
        if not match:
            break
        body = body[match.end() :]
        amount = _euros(match.group("amount"))
        found.append((name, amount, one_line(f"{name} {match.group(0)}"), part[0].page))
    for match in _FUNDER_RE.finditer(body):
        name = one_line(re.sub(r"^(?:HT\s+)+", "", match.group("name")))
        found.append((name, _euros(match.group("amount")), one_line(match.group(0)), part[at].page))
    return found


def _funder_badges(
    left: list[str], badges: list[str], left_page: int, page: int
) -> list[tuple[str, float | None, str, int]]:
    """Funder pairs from the row's badges: the name badges before each amount badge."""
    found: list[tuple[str, float | None, str, int]] = []
    names: list[str] = []
    for badge in badges:
        amount = _AMOUNT_ONLY_RE.fullmatch(badge)
        if not amount:
            if badge != "HT" or names:  # « HT » of an amount badge wrapped alone
                names.append(badge)
            continue
        value = _euros(amount.group("amount"))
        if left and not names:  # a name a page break left on the page before
            name = left.pop(0)
            found.append((name, value, one_line(f"{name} {badge}"), left_page))
        elif names:
            name = one_line(re.sub(r"^(?:HT\s+)+", "", " ".join(names)))
            found.append((name, value, one_line(f"{name} {badge}"), page))
        names = []
    return found


def _sum_rounded(values: list[float]) -> float | None:
    """Sum of printed figures as TeT totals them: rounded to the hundredth (``sumRoundedTo``).

    The template's table totals are ``sumRoundedTo(values, 2)`` (``number.utils.ts``), amounts
    in euros and ETP alike; a plain float sum adds binary noise to figures printed in decimals
    (0,2 + 0,1 + 0,1 + 0,15 + 0,15 ETP → 0,7000000000000001).
    """
    return round(math.fsum(values), 2) if values else None
