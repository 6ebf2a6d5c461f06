"""Audit scores and score targets, read from sentences segmented per referential mention."""

from __future__ import annotations

import re

from sources.cot.pages import _Page
from sources.cot.reading import _reading_text
from sources.cot.text import _NUM, _num
from sources.records import AuditScoreRecord
from sources.values import fold, one_line

_MENTION_RE = re.compile(
    r"(?P<cae>climat[\s\-]*air[\s\-]*[ée]nergie|\bCAE\b|cit[ée]rgie)|"
    r"(?P<eci>[ée]conomie\s+circulaire|\bEci\b|\bECI\b)",
    re.I,
)
_WORD_NUMBERS = {
    "zero": 0,
    "aucune": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}


def _stars(segment: str) -> int | None:
    match = re.search(
        r"(\d|z[ée]ro|aucune|une?|deux|trois|quatre|cinq)\s*(?:★|[ée]toiles?)", segment, re.I
    )
    if match:
        token = fold(match.group(1))
        return int(token) if token.isdigit() else _WORD_NUMBERS.get(token)
    count = segment.count("★")
    return count or None


def _parse_audits(
    pages: list[_Page],
    used: set[tuple[int, int]],
    territory: str | None,
    source_file: str,
    sha: str,
) -> list[AuditScoreRecord]:
    found: dict[str, AuditScoreRecord] = {}
    for page in pages:
        text = one_line(_reading_text(page, used)) or ""
        if not re.search(r"score|note|audit|[ée]toile|★", text, re.I):
            continue
        # a segment runs from a mention to the next mention of the OTHER referential: a slide
        # may name its referential again ("objectifs CAE" in a bullet) between the score and
        # its stars
        runs: list[list[re.Match[str]]] = []
        for mention in _MENTION_RE.finditer(text):
            if runs and bool(runs[-1][0].group("cae")) == bool(mention.group("cae")):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        for position, run in enumerate(runs):
            end = runs[position + 1][0].start() if position + 1 < len(runs) else len(text)
            segment = text[run[0].end() : end]
            referential = "CAE" if run[0].group("cae") else "ECI"
            score = re.search(rf"(?:score|note)\D{{0,40}}?({_NUM})\s*%", segment, re.I)
            for mention in run if score is None else ():
                score = re.match(rf"^\W{{0,4}}[:=]\s*({_NUM})\s*%", text[mention.end() : end])
                if score:
                    break
            increase = re.search(rf"\+\s*({_NUM})\s*(?:%|points?\b|pts\b)", segment, re.I)
            target = re.search(
                rf"soit\s+(?:une?\s+(?:note|score)\s+(?:de\s+)?|un\s+objectif\s+de\s+)?"
                rf"({_NUM})\s*%",
                segment,
                re.I,
            )
            stars = _stars(segment) if score else None
            if not (score or increase or target):
                continue
            record = found.get(referential)
            if record is None:
                record = AuditScoreRecord(
                    territory, referential, None, None, None, None, source_file, sha, page.no
                )
                found[referential] = record
            if score and record.score_pct is None:
                record.score_pct = _num(score.group(1))
                record.page = page.no if record.stars is None else record.page
            if stars is not None and record.stars is None:
                record.stars = stars
            if increase and record.target_increase_pct is None:
                record.target_increase_pct = _num(increase.group(1))
            if target and record.target_score_pct is None:
                record.target_score_pct = _num(target.group(1))
    return [found[key] for key in ("CAE", "ECI") if key in found]
