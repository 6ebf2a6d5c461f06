"""Cell text: wrapped lines of one cell joined, words cut at a hyphen or at the column edge
rejoined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources

_WRAP_HYPHEN_RE = re.compile(r"(?<=[^\W\d_]-)\s*\n\s*(?=[^\W\d_])")
_HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")
_LETTER_START_RE = re.compile(r"[^\W\d_]")


# short lower-case words that legitimately start a line after a long word alone on its line
_SHORT_WORDS = frozenset(
    "a à y en et le la les de du des un une ou où au aux se ce sa son ses ne il on nos vos "
    "par sur est qui que pas mai oui non lui eux ils via dès bus gaz bas eau air sol mer vie "
    "vue feu lac val net dû due été ans an mon ma mes ton tes nul km ha kw ht ttc etc ter "
    "tri gel vif son ni si car or".split()
)


# a line never starts with these after a break chosen by the producer (Unicode line breaking:
# no break before a closing bracket, a comma or a full stop; French puts a space before « : ; ! ? »
# and « » », so a line may start with those): the word before was cut at the column edge
_NO_BREAK_BEFORE = tuple(",.)]}…")
# an elided article or an opening bracket glued to the long word (« d'actualisatio », « (sciences »)
_GLUED_PREFIX_RE = re.compile(r"^(?:[^\W\d_]['’]|[(\[«])")


# long words of the document being read (its text layer): a word cut at a column edge is
# usually written whole somewhere else in the same document (a field, another table)
_VOCABULARY: ContextVar[frozenset[str]] = ContextVar("document_vocabulary", default=frozenset())
_LONG_WORD_RE = re.compile(r"[^\W\d_]{9,}")
# every word of 3 letters or more of the document (case-folded), short ones too: a word cut
# INSIDE A NARROW CELL (« GA » / « Cd » / « G ») is short, and written whole elsewhere
_WORDS: ContextVar[frozenset[str]] = ContextVar("document_words", default=frozenset())
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_OPENERS = "([{«“‘\"'"  # a bracket or a quote opening a word
_LETTERS_END_RE = re.compile(r"[^\W\d_]+$")
_LETTERS_START_RE = re.compile(r"^[^\W\d_]+")

# A document's own line-end hyphens (:func:`document_hyphenation`). A text layer marks a
# hyphen that ends a line before a letter with U+FFFE and glues the next line's letters to it
# (pdfium: « circu\ufffelaire », the pieces of a word cut in a table cell joined as well), or
# keeps the hyphen and the line break (« circu- » / « laire »).
_LINE_END_HYPHEN_RE = re.compile(
    r"(?<![^\W\d_]-)\b([^\W\d_]+)(?:\ufffe|-[ \t]*\r?\n[ \t]*)([^\W\d_]+)"
)
# a compound written whole on one line (« socio-économiques »): its first part
_INLINE_COMPOUND_RE = re.compile(r"([^\W\d_]+)-(?=[^\W\d_])")
# distinct words the document cuts at a line-end hyphen, the French word list confirming each
# (« terri- » / « toire »), from which on the document HYPHENATES its lines: a word
# processor's automatic hyphenation cuts dozens of words (plan_docx_brisure: 111 confirmed);
# a document that does not hyphenate has the odd compound at a line's end (never confirmed:
# its two parts are words) or a few header labels cut by hand, repeated on every page
# (plan_odt_hyphen: 4)
_HYPHENATING_CUTS = 8


@dataclass(frozen=True)
class Hyphenation:
    """What a document's text layer shows of its line-end hyphens: how many distinct words
    it cuts there that the word list confirms (``cuts``), and the first parts of the
    compounds it writes whole on one line (``compound_heads``, case-folded)."""

    cuts: int = 0
    compound_heads: frozenset[str] = frozenset()

    @property
    def hyphenates(self) -> bool:
        """Does the typesetter hyphenate the document's words (« Coupure de mots »)?"""
        return self.cuts >= _HYPHENATING_CUTS


NO_HYPHENATION = Hyphenation()  # a document that shows no line-end cut
_HYPHENATION: ContextVar[Hyphenation] = ContextVar("document_hyphenation", default=NO_HYPHENATION)


def document_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Words of 9 letters or more in ``texts`` (case-folded)."""
    return frozenset(w.casefold() for text in texts for w in _LONG_WORD_RE.findall(text))


def document_words(texts: Iterable[str]) -> frozenset[str]:
    """Words of 3 letters or more in ``texts`` (case-folded)."""
    return frozenset(w.casefold() for text in texts for w in _WORD_RE.findall(text))


def document_hyphenation(texts: Iterable[str]) -> Hyphenation:
    """The line-end hyphens of ``texts`` (a document's pages as its text layer reads them),
    see :class:`Hyphenation`: a cut is confirmed as in :func:`hyphenation_cut` by the word
    list alone (the joined word known twice, its pieces not two words)."""
    words = french_words()
    cuts: set[str] = set()
    heads: set[str] = set()
    for text in texts:
        for first, rest in _LINE_END_HYPHEN_RE.findall(text):
            joined = (first + rest).casefold()
            if rest.islower() and _listed_cut(first.casefold(), rest, joined, words):
                cuts.add(joined)
        heads.update(h.casefold() for h in _INLINE_COMPOUND_RE.findall(text.replace("\ufffe", " ")))
    return Hyphenation(len(cuts), frozenset(heads))


def _listed_cut(first: str, rest: str, joined: str, words: dict[str, int]) -> bool:
    """Do the French word list's counts make « first » + « rest » one word cut at a hyphen:
    two words each (« éco » / « responsables », « bien » / « être ») are a compound, even
    when the list also knows them glued (« écoresponsables »); else the joined word is known
    twice, or once where neither piece is a word (« opéra » / « teur »)."""
    if words.get(first, 0) >= 2 and words.get(rest, 0) >= 2:
        return False
    return words.get(joined, 0) >= (1 if words.get(first, 0) == words.get(rest, 0) == 0 else 2)


@cache
def french_words() -> dict[str, int]:
    """Case-folded French words of the planning domain → occurrences, read from third-party
    texts (PCAET action titles, SGPE levers, TeT referential and plans) by
    ``scripts/build_french_words.py``: tells a word cut at a column edge (« communicati »)
    from a word (« communication »)."""
    text = resources.files("sources").joinpath("reference", "french_words.csv").read_text("utf-8")
    rows = (line.rpartition(",") for line in text.splitlines()[1:])  # word,count (no quotes)
    return {word: int(count) for word, _, count in rows if word}


Edge = bool | None | Callable[[], bool | None]


def _lexicon_join(word: str, fragment: str, at_edge: Edge) -> bool:
    """Is « word » + « fragment » one word cut at the column edge, by the word list?

    The joined word must be written at least twice in the list (a word seen once may be two
    words glued by a text layer: « territoireet »). Then the first part is no known word
    (« communicati », « compréhensi »); or the geometry shows the cut (``at_edge``: the first
    part ends at the cell's right edge and the next line starts at its left edge) and the
    joined word is at least as frequent as the first part (« professionnel » / « les » →
    « professionnelles », but never « environnement » / « aux » nor « résidentiel » / « les »,
    whose first part is far more frequent: more likely two words). ``at_edge`` False (the
    line stopped short of the edge: a normal wrap) never joins; None (no geometry) joins on
    the word list only; a callable is asked only when the word list leaves a doubt."""
    words = french_words()
    joined = words.get((word + fragment).casefold(), 0)
    if joined < 2:
        return False
    if callable(at_edge):
        at_edge = at_edge()
    first = words.get(word.casefold(), 0)
    if at_edge is False:
        # a line stopped short of the edge is a normal wrap, unless neither piece is a word
        # (« professi » / « onnelles »: a word broken at an invisible break opportunity, a
        # zero width space a CMS put in long words)
        return first == 0 and words.get(fragment.casefold(), 0) == 0
    return first == 0 or (at_edge is True and joined >= first)


@contextmanager
def vocabulary(
    words: frozenset[str],
    whole: frozenset[str] = frozenset(),
    hyphenation: Hyphenation = NO_HYPHENATION,
) -> Iterator[None]:
    """Cells read inside this block may rejoin a cut word written whole in ``words`` (long
    words), or in ``whole`` (every word: :func:`_narrow_cut`), or cut at a line-end hyphen
    in a document that hyphenates (``hyphenation``: :func:`hyphenation_cut`)."""
    token = _VOCABULARY.set(words)
    token_whole = _WORDS.set(whole)
    token_hyphenation = _HYPHENATION.set(hyphenation)
    try:
        yield
    finally:
        _HYPHENATION.reset(token_hyphenation)
        _WORDS.reset(token_whole)
        _VOCABULARY.reset(token)


def _known_join(joined: str, first: str) -> bool:
    """Is ``joined`` a word whose first piece ``first`` is not a more frequent word: known to
    the word list (at least twice) and at least as frequent there as ``first`` (« commun » /
    « es » → « communes », never « environnement » / « aux »), or written whole in the
    document while ``first`` is no word of the list (« GA » + « Cd » + « G » → « GACdG »)."""
    words = french_words()
    key = joined.casefold()
    count = words.get(key, 0)
    first_count = words.get(first.casefold(), 0)
    if count >= 2:
        return count >= first_count
    return first_count < 2 and (key in _WORDS.get() or count == 1)


# an acronym with small letters inside (« GACdG », « PLUi ») cut after a small letter
_CUT_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*[a-z]$")


def _cut_join(joined: str, first: str) -> bool:
    """:func:`_known_join`, or a word of the list (twice at least) whose last piece is no
    word at all (« commun » + « ales » → « communales »: « commun » is the more frequent
    word, but « ales » stands for nothing alone), or a word of the list whose last piece is
    one letter that is no word (« chambre » + « s »), or an acronym cut after a small letter
    and going on with capitals (« CGACd » + « G »). Asked only where the geometry then
    tells the line before reached the cell's edge."""
    if _known_join(joined, first):
        return True
    words = french_words()
    rest = joined[len(first) :].casefold()
    if _CUT_ACRONYM_RE.match(first) and joined[len(first) :].isupper() and len(rest) <= 3:
        return words.get(first.casefold(), 0) == 0  # « CGACd » / « G »: an acronym ends
        # in a capital, one cut after a small letter goes on with the next piece
    if len(rest) == 1:  # « chambre » / « s »: a lone letter that is no French word, whose
        # join the list knows (a plural, « eau » / « x »)
        return rest not in _SHORT_WORDS and rest.isalpha() and words.get(joined.casefold(), 0) >= 1
    return words.get(joined.casefold(), 0) >= 2 and words.get(rest, 0) == 0


def _narrow_cut(parts: list[str], index: int, edge: Callable[[int], bool | None]) -> int:
    """How many line breaks from ``index`` on are cuts INSIDE one word of a narrow cell (0:
    none). A browser told to break words (``word-break: break-word``) cuts a word wider than
    its column anywhere, over as many lines as it needs, and nothing marks the cuts: the
    pieces (« GA » / « Cd » / « G », « opé » / « rate » / « ur », « (0,25E » / « TP) ») are
    rejoined when every line but the last reached the cell's right edge and the next starts
    at its left edge (``edge``), the lines between hold one piece each, and the joined
    letters make a word (:func:`_known_join`). The longest such run wins."""
    first = _LETTERS_END_RE.search(parts[index - 1])
    if first is None:
        return 0
    joined = first.group(0)
    runs: list[int] = []  # candidate runs whose letters make a word, shortest first
    for end in range(index, len(parts)):
        part = parts[end]
        head = _LETTERS_START_RE.match(part)
        if head is None or part[head.end() : head.end() + 1] in ("'", "’"):
            break  # an elided word (« s'appuie ») is no piece of a cut word
        if _cut_join(joined + head.group(0), first.group(0)):
            runs.append(end - index + 1)
        if head.group(0) != part:
            break  # the piece goes on with other characters: the word ends on this line
        joined += part
    # the geometry, dearer, is asked last, for the longest run first
    for run in reversed(runs):
        if all(edge(k) is True for k in range(index, index + run)):
            return run
    return 1 if _short_end(parts[index - 1], parts[index]) and edge(index) is True else 0


def _short_end(previous: str, part: str) -> bool:
    """« (stagiai » alone on its line + « re) »: the line before holds one piece that is no
    word of the list (a normal wrap leaves whole words on their lines), the next starts with
    the word's last 1–3 lower-case letters, no short French word (« et », « les »), then a
    space, punctuation or nothing."""
    words = previous.split()
    if len(words) != 1:
        return False
    piece = _GLUED_PREFIX_RE.sub("", words[0])
    head = part.split(" ", 1)[0].rstrip(".,;:)»")
    return (
        len(piece) >= 3
        and piece.isalpha()
        and french_words().get(piece.casefold(), 0) < 2
        and 1 <= len(head) <= 3
        and head.isalpha()
        and head.islower()
        and head not in _SHORT_WORDS
    )


def _cut_word(previous: str, part: str, at_edge: Edge = None) -> bool:
    """« accompagnemen » alone on its line + « t sera… »: a word wider than its column, cut
    by the word processor WITHOUT a hyphen. The line before holds that one long word only
    (maybe after « d' » or « ( »), and the next starts with a 1–3 letter lower-case fragment
    that is no French word, or with a lower-case fragment that makes with it a word the
    document writes whole elsewhere (:func:`vocabulary`) or the French word list knows
    (:func:`_lexicon_join`; ``at_edge``: the line before reached the cell's right edge and this
    one starts at its left edge, None when the reader has no geometry). Or the next line starts
    with punctuation no line break can come before (« participatives » / « ) »,
    « associations.. » / « .) »), right after a letter, digit, period or bracket."""
    last = previous.rstrip()[-1:]
    if part.startswith(_NO_BREAK_BEFORE) and last and (last.isalnum() or last in ".)"):
        return True
    words = previous.split()
    word = _GLUED_PREFIX_RE.sub("", words[-1]) if words else ""
    if len(word) < 8 or not word.isalpha():
        return False
    head = part.split(" ", 1)[0]
    fragment = head.rstrip(".,;:)»")
    if not (fragment.isalpha() and fragment.islower()):
        return False
    if len(words) == 1 and 1 <= len(fragment) <= 3 and fragment not in _SHORT_WORDS:
        # unless the word list knows the fragment as a word and not the two glued
        # (« démarche » / « vis à vis »: a normal wrap, not « démarchevis »)
        lexicon = french_words()
        joined = (word + fragment).casefold()
        if not (
            lexicon.get(fragment.casefold(), 0) >= 2
            and joined not in lexicon
            and joined not in _VOCABULARY.get()
        ):
            return True
    # « service communicati » / « on », « professionnel » / « les »: the fragment is a word,
    # longer than 3 letters or after other words, so only the document writing the whole word
    # elsewhere, or the word list with the line's geometry, tells (Writer cuts a word too wide
    # for its column at the edge, even after other words on the line)
    if (word + fragment).casefold() in _VOCABULARY.get():
        return True
    return _lexicon_join(word, fragment, at_edge)


def cut_anywhere(previous: str, part: str) -> bool:
    """In a document whose lines a browser breaks anywhere (``word-break: break-all``: lines
    reaching the column's edge cut inside words, many of them known), a line at the edge
    ending on letters that are no word of the list and the next starting with 2 lower-case
    letters or more that are none either (« richesse fa » / « unistique », « déli » / « cat »;
    never « un » / « marqueur », a word each) is one word cut,
    even where the list does not know the whole word (the document's own words are no help:
    its text holds the pieces). The caller checks the geometry and that the document breaks
    lines so."""
    tail = _LETTERS_END_RE.search(previous)
    head = _LETTERS_START_RE.match(part)
    if tail is None or head is None or not head.group(0).islower() or len(head.group(0)) < 2:
        return False
    if part[head.end() : head.end() + 1] in ("'", "’", "-"):
        return False  # « l'… », « bien-être »: a word of its own
    words = french_words()
    return words.get(head.group(0), 0) == 0 and words.get(tail.group(0).casefold(), 0) == 0


def _cut_at_hyphen(text: str, part: str) -> bool:
    """Does ``text`` end in a hyphen where a line was broken INSIDE a word or a number:
    between two letters (« éco- » / « responsables ») or two digits (« 2020- » / « 2021 »: a
    range of years too wide for a narrow column, broken after its hyphen). A hyphen set off
    by a space (« 2019 - » / « 2020 ») is no such cut."""
    if text[-1:] != "-" or not part:
        return False
    before = text[-2:-1]
    return (before.isalpha() and part[0].isalpha()) or (before.isdigit() and part[0].isdigit())


def _cut_at_slash(text: str, part: str) -> bool:
    """Does ``text`` end in a slash glued to the word before it where a line was broken
    INSIDE « word/word » (« Créer/ » / « Utiliser », « formation/ » / « information »)?
    Unicode line breaking lets a line break after a solidus, so a producer wraps alternatives
    written without spaces there, as after a compound's hyphen: the two lines join with no
    space. A slash set off by a space (« AFB / » / « ARB ») is no such cut."""
    if text[-1:] != "/" or not part:
        return False
    return text[-2:-1].isalnum() and part[0].isalnum()


def hyphenation_cut(text: str, part: str) -> bool:
    """Does ``text`` end in a hyphen the typesetter printed where it cut ONE WORD at a line's
    end (« Planifi- » / « cation », « circu- » / « laire »), not a compound's own hyphen
    (« éco- » / « responsables », « bien- » / « être »)? Word processors hyphenate long
    words of justified text at its optional hyphens (or by their dictionary) and print a
    plain « - » there, the same character as a compound's. The line goes on with lower-case
    letters, and the two pieces joined without the hyphen make a word: one the French word
    list knows (at least twice) while the two pieces are not both words of it, or one the
    document writes whole elsewhere. A piece after another hyphen (« climat-air- ») is a
    compound's part.

    In a document that HYPHENATES (:class:`Hyphenation`: its text layer shows many line-end
    cuts the list confirms), words the domain's list lacks are cut too (« varia- » /
    « bles », « scien- » / « ces », « satis- » / « fait »): there the first piece, of 2
    letters or more, is no word of the list nor the first part of a compound the document
    writes whole on one line (a compound's first part is a word or a prefix the list holds:
    « éco », « socio », « bien », « multi »), and the next of 2 letters or more."""
    if not _cut_at_hyphen(text, part):
        return False
    tail = _LETTERS_END_RE.search(text[:-1])
    head = _LETTERS_START_RE.match(part)
    if tail is None or head is None or not head.group(0).islower():
        return False
    if tail.start() > 0 and text[tail.start() - 1] == "-":
        return False
    first, rest = tail.group(0).casefold(), head.group(0)
    joined = first + rest
    if joined in _VOCABULARY.get() or joined in _WORDS.get():
        return True  # the document writes the word whole elsewhere
    words = french_words()
    if _listed_cut(first, rest, joined, words):
        return True
    hyphenation = _HYPHENATION.get()
    return (
        hyphenation.hyphenates
        and len(first) >= 2  # hyphenation leaves 2 letters at least each side
        and len(rest) >= 2
        and words.get(first, 0) == 0
        and first not in hyphenation.compound_heads
    )


def join_wrapped(
    parts: list[str], edges: Sequence[bool] | Callable[[int], bool | None] | None = None
) -> str:
    """Join the wrapped lines of one cell: a space, except after a word or a number range cut
    at its hyphen at the end of a line (« éco- » + « responsables » → « éco-responsables »,
    « 2020- » + « 2021 » → « 2020-2021 »), after a slash glued to its word (« Créer/ » +
    « Utiliser » → « Créer/Utiliser », :func:`_cut_at_slash`) or cut without a
    hyphen because it was wider than its column (« accompagnemen » + « t »). ``edges`` (one
    per part, or a function of the part's index asked only when needed, from a reader that
    has the lines' geometry): the part starts at the cell's left edge, and the part before it
    reached the cell's right edge."""
    out = ""
    previous = ""
    glued_until = 0  # line breaks before this index are cuts inside a word (:func:`_narrow_cut`)
    for index, part in enumerate(parts):
        if out and index >= glued_until and edges is not None and not _cut_at_hyphen(out, part):
            ask = edges if callable(edges) else edges.__getitem__
            run = _narrow_cut(parts, index, ask)
            if run:
                glued_until = index + run
        if out and (index < glued_until or _cut_at_slash(out, part)):
            pass  # a word cut inside a narrow cell, or « word/word » wrapped after its slash
        elif out and hyphenation_cut(out, part):
            out = out[:-1]  # the typesetter's hyphen: the word made whole
        elif out and not _cut_at_hyphen(out, part):
            if callable(edges):
                at_edge: Edge = partial(edges, index)
            else:
                at_edge = None if edges is None else edges[index]
            if not _cut_word(previous, part, at_edge):
                out += " "
        out += part
        previous = part
    return out


# a word's last letters alone at the top of the next page: one letter (no French word), or
# 2–3 before punctuation (« es » alone may be the verb)
_PAGE_CUT_END_RE = re.compile(r"^(?:[^\W\d_](?:[\s,;.)]|$)|[^\W\d_]{2,3}[,;.)])")


def join_page_cut(top: str, rest: str) -> str:
    """A cell of a row cut by a page break: its part on the page before, then ``rest``. As
    :func:`join_wrapped`, except for a word cut INSIDE a narrow cell right at the break
    (« GACd » at the page's foot, « G » on the next page; no geometry across the pages): the
    two pieces glued when neither is a word of the list and their join is a word the
    document writes whole."""
    first = _LETTERS_END_RE.search(top)
    head = _LETTERS_START_RE.match(rest)
    if first is not None and head is not None and " " not in first.group(0):
        # (the word opened by a bracket or a quote, « (so » at the line's end: « (sobriété »)
        last_token = top.split()[-1].lstrip(_OPENERS) if top.split() else ""
        fragment = head.group(0)
        words = french_words()
        joined = (first.group(0) + fragment).casefold()
        # (the word's last piece after a hyphen, « éco-responsable » at the foot)
        if last_token.rpartition("-")[2] == first.group(0) and (
            (
                words.get(fragment.casefold(), 0) < 2
                and words.get(joined, 0) < 2
                and _known_join(first.group(0) + fragment, first.group(0))
            )
            # a piece that is no word at all, whose join the list knows (« architect » at
            # the foot, « es, » on the next page)
            or (words.get(first.group(0).casefold(), 0) == 0 and words.get(joined, 0) >= 1)
            # an ending of 1–3 letters alone before punctuation, which is no short French
            # word, making a word the list knows better than the first piece (« commun » at
            # the foot, « es, » on the next page: « communes »)
            or (
                _PAGE_CUT_END_RE.match(rest) is not None
                and fragment.islower()
                and fragment not in _SHORT_WORDS
                and words.get(joined, 0) >= (1 if len(fragment) == 1 else 2)
                and (len(fragment) == 1 or _known_join(first.group(0) + fragment, first.group(0)))
            )
            # an ending of 4 letters or more that is no word of the list, making a word the
            # list knows or the document writes whole (« profession » at the foot of a narrow
            # cell, « nelles du bâtiment » on the next page: Writer cuts a word wider than
            # its column with no hyphen)
            or (
                fragment.islower()
                and len(fragment) >= 4
                and words.get(fragment.casefold(), 0) == 0
                and (words.get(joined, 0) >= 2 or joined in _WORDS.get())
            )
        ):
            return top + rest
    return join_wrapped([top, rest])


# a tab's dot leader ending a cell's line: four dots or more (« … » counting three), a single
# space allowed between them, up to the line's end
_TRAILING_LEADER_RE = re.compile(r"\s*[.·…](?:\s?[.·…])+\s*$")
_LEADER_DOTS = 4
# a short leader set apart from its words (:mod:`sources.pdf.leader_objects`): one to three
# dots after a blank ending a line — no French sentence ends so
_SHORT_LEADER_RE = re.compile(r"(?<=\S)\s+\.{1,3}\s*$")


def without_leaders(text: str) -> str:
    """``text`` with the dot leader ending any of its lines taken off (a form template's
    paragraphs each ended by a tab to the cell's edge filled with dots: « 2019………… »; an
    empty value printed as a dotted line), the line's text kept. Three dots (« associations...
    ») are text."""
    out = []
    for line in text.split("\n"):
        match = _TRAILING_LEADER_RE.search(line)
        if match is not None:
            run = match.group().replace(" ", "").strip()
            if len(run) + 2 * run.count("…") >= _LEADER_DOTS:
                own = match.group()[:1] == "." and match.group()[1:2].isspace()
                # a full stop glued to its word, then the leader set apart: the sentence's
                line = line[: match.start() + (1 if own else 0)]
        line = _SHORT_LEADER_RE.sub("", line)
        out.append(line)
    return "\n".join(out)


def _clean_cell(value: object, edges: Callable[[int], bool | None] | None = None) -> str | None:
    """A grid cell's text, its wrapped lines joined; ``edges`` as in :func:`join_wrapped`, by
    the index of the cell's non-empty text lines (a line joined to the one above at a hyphen,
    « éco- » / « responsa » / « bles », asked by the index of its printed first line)."""
    if value is None:
        return None
    raw = without_leaders(str(value))
    text = _WRAP_HYPHEN_RE.sub("", raw)
    if text != raw:  # the typesetter's hyphens taken off (:func:`hyphenation_cut`)
        text = _HYPHEN_BREAK_RE.sub(_hyphen_break, raw)
    if not text.strip():
        return ""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if edges is not None and text != raw:
        edges = _printed_edges(raw, len(lines), edges)
    return " ".join(join_wrapped(lines, edges).split())


# a hyphen ending a cell's line after a letter, the next line starting with a letter
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")


def _hyphen_break(match: re.Match[str]) -> str:
    """A cell's line break after a hyphen: gone, and the hyphen too where the typesetter
    printed it to cut one word (:func:`hyphenation_cut`)."""
    text = match.string
    # a word cut twice (« ag- » / « glomé- » / « ration »): judged on its whole pieces
    before = _HYPHEN_BREAK_RE.sub("", text[: match.start()]) + "-"
    after = _HYPHEN_BREAK_RE.sub("", text[match.end() :])
    return "" if hyphenation_cut(before, after) else "-"


def _printed_edges(
    raw: str, count: int, edges: Callable[[int], bool | None]
) -> Callable[[int], bool | None] | None:
    """``edges`` asked by the index of each joined line's first printed line (the printed
    lines a hyphen joined count once); None when the lines do not match ``count``."""
    printed = [ln.strip() for ln in raw.split("\n") if ln.strip()]
    starts = [
        i
        for i, line in enumerate(printed)
        if not (i and _HYPHEN_END_RE.search(printed[i - 1]) and _LETTER_START_RE.match(line))
    ]
    if len(starts) != count:
        return None
    return lambda k: edges(starts[k]) if 0 <= k < count else None
