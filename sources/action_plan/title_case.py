"""TITLE CASE PRINTED BY A STYLE EFFECT, given back the case the author typed.

Writer's « Casse : Titre » (``fo:text-transform="capitalize"``) and CSS ``text-transform:
capitalize`` print every word of a heading or a label with a capital first letter, and the
PDF's text layer holds those capitals: « Expérimenter Un Projet D'économie Circulaire ».
French never writes so — articles and prepositions (« de », « la », « et », « aux ») stay in
lower case in a title — so a line whose every word opens with a capital, two such little
words among them, was printed through that effect (a line in capitals only, « FICHE 1.1.1 »,
is another effect and is left alone).

The effect only ever raised each word's FIRST letter: the letters after it, an elided word's
second part too (« L'économie », « L'Atlas »), are as typed. A word is given back its lower
case unless the document's own running text (its lines printed without the effect) writes it
with a capital inside a sentence more often than in lower case (« l'Economie Sociale et
Solidaire » in a steps cell keeps « Sociale » and « Solidaire »): after the same words before
it first, the longest run of up to three that tells the cases apart (« Solidaire » after
« Sociale et », « solidaire » after « sociale et »), read over the line ends a sentence goes
on past (a cell wrapped word by word, a summary entry on two lines), then alone. A word the
document never writes elsewhere takes French's default, lower case; the line's first word,
and the first after a colon, keep their capital. Words in capitals (« EES », « CAE ») are
acronyms, kept. A title's next line, just under it in the same type with every word
capitalised, comes through the same effect however few little words it holds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sources.pdf.content import Line

# little words French writes in lower case inside a title
_LITTLE = frozenset(
    "de des du la le les et à au aux un une en pour sur dans par avec ou l d".split()
)
_LEAST_LITTLE = 2  # little words raised to a capital in one line, at least
_LEAST_WORDS = 3  # words in the line, at least
_ELIDED_RE = re.compile(r"^([A-Za-zÀ-ÿ]{1,3})['’](.+)$")
_WORD_RE = re.compile(r"^[^\W\d_]", re.UNICODE)
_SENTENCE_END = (".", "!", "?", ":", "»")
_CONTEXT = 3  # words before a word its case is told after, at most


def _head(token: str) -> str:
    """A token's first word: an elided word's article (« L' » of « L'économie »)."""
    m = _ELIDED_RE.match(token)
    return m.group(1) if m else token.strip("«»()\"',;.:!?")


def title_cased(words: list[str]) -> bool:
    """Is a line's text (its words) printed through a « capitalize » effect?"""
    tokens = [w for w in words if _WORD_RE.match(w)]
    if len(tokens) < _LEAST_WORDS:
        return False
    if not all(w[:1].isupper() for w in tokens):
        return False
    if sum(1 for w in tokens if any(ch.islower() for ch in w)) < _LEAST_WORDS:
        return False  # capitals only: another effect, or acronyms
    little = sum(1 for w in tokens[1:] if _head(w).casefold() in _LITTLE)
    return little >= _LEAST_LITTLE


class CaseVocabulary:
    """How a document's running text writes its words inside sentences: with a capital or in
    lower case, alone and after the words before (counts over the lines holding a word in lower
    case: a line of capitalised words only may itself come through the effect).

    The words before say more than the word alone: « l'économie sociale et solidaire » in a
    paragraph, « l'Economie Sociale et Solidaire » in a cell, « Solidaire » after « Sociale
    et » and « solidaire » after « sociale et »; so a word is counted after each of its one to
    ``_CONTEXT`` words before as written (an elided article's case left out: « L'Atlas »
    opens a line, « l'Atlas » does not), and the longest that tells the two cases apart
    decides. A sentence goes on over a line's end: a line not ending one (no full stop, no
    colon) is followed by its next words, in a paragraph as in a cell wrapped in a narrow
    column (« l'Economie » / « Sociale et » / « Solidaire »), so the words across the line's
    end are counted after the line above's, a lone « Solidaire » line's too — a line's first
    word is otherwise never known to be inside a sentence. Only after them: a line's first
    word counted alone could still open a cell or a heading."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.capital: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        # (words before, word) as written, one to _CONTEXT words before
        self.after: Counter[tuple[tuple[str, ...], str]] = Counter()
        for text in texts:
            flow: list[str] = []  # the line above's words, when its sentence goes on
            for raw in text.splitlines():
                words = raw.split()
                if not words or title_cased(words):
                    flow = []
                    continue
                goes_on = bool(flow)  # the sentence of the line above goes on here
                if goes_on:
                    self._after(flow, words[0])
                running_line = any(w[:1].islower() for w in words)
                seen = [*flow, *(_context(w) for w in words)]  # the sentence's words so far
                # (a line of capitalised words only goes on a sentence, never opens one)
                ends = words[-1].endswith(_SENTENCE_END)
                flow = seen[-_CONTEXT:] if (running_line or goes_on) and not ends else []
                if not running_line:
                    continue  # (its words alone: maybe a title's)
                running = False  # a word in lower case met on the line: running text
                for i, (before, word) in enumerate(zip(words, words[1:], strict=False)):
                    running = running or before[:1].islower()
                    core = _core(word)
                    if not core or not _WORD_RE.match(core):
                        continue
                    if core[:1].islower():
                        self.lower[core] += 1
                    elif (
                        not running
                        or before.endswith(_SENTENCE_END)
                        or not any(c.islower() for c in core)
                    ):
                        continue  # (a capital before any lower-case word: maybe a title's)
                    else:
                        self.capital[core] += 1
                    self._after(seen[: len(seen) - len(words) + i + 1], word)

    def _after(self, before: list[str], word: str) -> None:
        """Count ``word`` after each of its last one to ``_CONTEXT`` words ``before``."""
        core = _core(word)
        if not core or not _WORD_RE.match(core) or not any(c.islower() for c in core):
            return
        for k in range(1, min(_CONTEXT, len(before)) + 1):
            self.after[(tuple(before[-k:]), core)] += 1

    def restore(self, words: list[str], first: bool = True, above: Sequence[str] = ()) -> list[str]:
        """``words`` given back the case typed before the effect (see the module); ``first``:
        they open the text (a title's next line does not, ``above`` its line's words as given
        back)."""
        out: list[str] = []
        keep = first  # the text's first word (after codes and capitals), or a colon's next
        for word in words:
            core = _core(word)
            # a word (« À » one letter) not in capitals only (« EES », an acronym)
            mixed = bool(_WORD_RE.match(word)) and (
                len(core) == 1 or core != core.upper() or bool(_ELIDED_RE.match(core))
            )  # (« L'EES »: the article is a word)
            before = [_context(w) for w in [*above, *out][-_CONTEXT:]]
            out.append(word if keep or not mixed else self._word(word, before))
            if mixed:
                keep = False
            if word.endswith((":", ".", "!", "?")):
                keep = True
        return out

    def _word(self, word: str, before: list[str]) -> str:
        if not _WORD_RE.match(word) or not word[:1].isupper():
            return word
        m = _ELIDED_RE.match(word)
        if m:  # « L'Atlas »: the article lowered, the rest as typed
            return m.group(1)[0].lower() + word[1:]
        core = _core(word)
        lowered = core[0].lower() + core[1:]
        # after the same words, the most first: « l'Economie Sociale et Solidaire » written
        # so in a cell, « l'économie sociale et solidaire » elsewhere; else the word alone
        for k in range(min(_CONTEXT, len(before)), 0, -1):
            context = tuple(before[-k:])
            capital, lower = self.after[(context, core)], self.after[(context, lowered)]
            if capital != lower:
                break
        else:
            capital, lower = self.capital[core], self.lower[lowered]
        return word if capital > lower else word.replace(core, lowered, 1)


def _context(word: str) -> str:
    """A word as the words before another are compared: its core, an elided article (« L' »
    of « L'Atlas », a line's first word) in lower case."""
    core = _core(word)
    return core[0].lower() + core[1:] if _ELIDED_RE.match(core) else core


def _core(word: str) -> str:
    return word.strip("«»()\"',;.!?")


def restore_title_case(lines: list[Line], vocabulary: CaseVocabulary) -> list[Line]:
    """``lines`` with those printed through a « capitalize » effect given back their case; a
    title's next line (just under it, as large, every word capitalised) with them, however
    few its little words (« Auprès Des Entreprises »)."""
    out: list[Line] = []
    above: Line | None = None  # the last line read as printed through the effect
    given: list[str] = []  # its words, given back their case
    for line in lines:
        words = [w for s in line.segments for w in s.text.split()]
        goes_on = above is not None and _goes_on(above, line, words)
        if not (goes_on or title_cased(words)):
            out.append(line)
            above = None
            continue
        given = vocabulary.restore(words, first=not goes_on, above=given if goes_on else [])
        restored = iter(given)
        segments = [
            replace(s, text=" ".join(next(restored) for _ in s.text.split())) for s in line.segments
        ]
        out.append(replace(line, segments=segments))
        above = line
    return out


def _goes_on(above: Line, line: Line, words: list[str]) -> bool:
    """Is ``line`` the next line of the title ``above``: on the same page just under it, in
    the same type, every word of it capitalised?"""
    tokens = [w for w in words if _WORD_RE.match(w)]
    return (
        line.page == above.page
        and abs(line.size - above.size) <= 0.5
        and line.bold == above.bold
        and 0 <= line.top - above.bottom <= 0.8 * above.size
        and bool(tokens)
        and all(w[:1].isupper() for w in tokens)
    )
