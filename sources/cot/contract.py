"""Document-level fields of a COT deck: territory, contract type, period, amount."""

from __future__ import annotations

import re
from collections import Counter

from sources.cot.pages import _Page
from sources.cot.text import _NUM, _smart_case
from sources.values import fold, one_line, parse_french_number

_TERRITORY_RE = re.compile(
    r"\b((?:Communaut[ée]|COMMUNAUT[ÉE]) (?:de communes|d'agglom[ée]ration|urbaine|DE COMMUNES|"
    r"D'AGGLOM[ÉE]RATION|URBAINE)|M[ée]tropole|M[ÉE]TROPOLE|Pays|PAYS|PETR|"
    r"P[ôo]le d'[ée]quilibre territorial(?: et rural)?|Syndicat [Mm]ixte|SYNDICAT MIXTE|"
    r"Parc [Nn]aturel [Rr][ée]gional|PARC NATUREL R[ÉE]GIONAL)\b([^\n]{2,80})"
)


def _territory(pages: list[_Page]) -> str | None:
    for scope in (pages[:2], pages):
        for page in scope:
            for line in page.text.split("\n"):
                line = one_line(line) or ""
                match = _TERRITORY_RE.search(line)
                if not match:
                    continue
                name = match.group(1) + match.group(2)
                name = re.split(r"\s+[-–:(]\s*|\s*[,;(]|\s+\d", name)[0].strip(" .'")
                if len(name.split()) >= 2:
                    return _smart_case(name)
    text = "\n".join(p.text for p in pages)
    acronyms = Counter(re.findall(r"\b(C[CAU][A-Z]{2,6})\b", text))
    if acronyms:
        return acronyms.most_common(1)[0][0]
    return None


_CONTRACT_RE = re.compile(r"\bCOT\s*[-–]?\s*(TRI|ENR|EnR|Climat|CLIMAT|Chaleur|CHALEUR|CAE)\b")


def _contract_type(pages: list[_Page]) -> str:
    for scope in (pages[:2], pages):
        found = Counter(m.group(1).upper() for p in scope for m in _CONTRACT_RE.finditer(p.text))
        if found:
            kind = found.most_common(1)[0][0]
            return {"CLIMAT": "COT Climat", "CHALEUR": "COT Chaleur"}.get(kind, f"COT {kind}")
    text = fold("\n".join(p.text for p in pages[:3]))
    if "troisieme revolution industrielle" in text:
        return "COT TRI"
    return "COT"


def _period(text: str) -> tuple[int | None, int | None]:
    one = " ".join(text.split())
    patterns = [
        r"p[ée]riode du (?:COT|contrat)\s*:?\s*(20\d\d)\s*[-–/à]+\s*(20\d\d)",
        r"\d{1,2}/\d{1,2}/(20\d\d)\s*[-–à]+\s*(?:au\s*)?\d{1,2}/\d{1,2}/(20\d\d)",
        r"(?:du|de)\s+\d{0,2}\s*\w*\s*(20\d\d)\s+(?:au|à)\s+\d{0,2}\s*\w*\s*(20\d\d)",
    ]
    for pattern in patterns:
        match = re.search(pattern, one, re.I)
        if match:
            start, end = int(match.group(1)), int(match.group(2))
            if 0 <= end - start <= 8:
                return start, end
    pairs = Counter(
        (int(a), int(b))
        for a, b in re.findall(r"(?<!\d)(20\d\d)\s*[-–/]\s*(20\d\d)(?!\d)", one)
        if 1 <= int(b) - int(a) <= 8
    )
    if pairs:
        return pairs.most_common(1)[0][0]
    return None, None


def _amount(text: str) -> float | None:
    one = " ".join(text.split())
    amounts: list[tuple[bool, float]] = []
    for match in re.finditer(rf"({_NUM})\s*(?:€|euros?\b|EUR\b|k€|M€)", one):
        value = parse_french_number(match.group(1))
        if value is None:
            continue
        unit = one[match.end(1) : match.end()].strip()
        value *= 1000 if unit == "k€" else 1_000_000 if unit == "M€" else 1
        before = fold(one[max(0, match.start() - 40) : match.start()])
        after = fold(one[match.end() : match.end() + 20])
        total = bool(re.search(r"\bsoit\b|\btotal|montant global|enveloppe", before)) or bool(
            re.search(r"^sur \d+ ans|^au total", after)
        )
        if value >= 1000:
            amounts.append((total, value))
    if not amounts:
        return None
    totals = [v for t, v in amounts if t]
    return max(totals) if totals else max(v for _, v in amounts)
