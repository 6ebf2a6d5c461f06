"""Store a French word list with frequencies as project reference data.

Usage: ``python scripts/build_french_words.py [path/to/shared/realworld]`` (default:
``$COPDIAG_SHARED/realworld`` or ``../shared/realworld`` beside the clone). Writes ``sources/reference/french_words.csv`` (``word,count``,
case-folded), read by :mod:`sources.pdf.cells` to tell a word that a word processor cut at a
narrow column's edge (« communicati » / « on ») from two real words (« de » / « la »).

Sources, all third-party material of the planning domain (see ``realworld/README.md`` for
origins and licences): the 5 178 PCAET action titles of ADEME's open data (Licence Ouverte
2.0), the SGPE lever list and regional panorama comments, the data.gouv « Projets de
collectivités » schema and example, the Territoires en Transitions templates, exports, real
plans and the CAE referential (MIT). The seed documents of ``tests/fixtures/seeds`` are left
out on purpose: they are the ground truth the producer corpus is scored against, and a word
list read from them would hand the reader the answers.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "sources" / "reference" / "french_words.csv"
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a word cut at a line end by a hyphen in a PDF text layer (« communica- » / « tion »)
SOFT_BREAK_RE = re.compile(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])")


def _csv_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            yield from row


def _json_texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_texts(item)


def _xlsx_texts(path: Path) -> Iterator[str]:
    """Shared strings of a workbook (every text cell), no spreadsheet library needed."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith("sharedStrings.xml") or name == "content.xml":
                xml = archive.read(name).decode("utf-8")
                yield from re.findall(r">([^<>]+)<", xml)


def _pdf_texts(path: Path) -> Iterator[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            yield SOFT_BREAK_RE.sub("", textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()


def texts(realworld: Path) -> Iterator[str]:
    for path in sorted(realworld.rglob("*")):
        if path.suffix == ".csv":
            yield from _csv_texts(path)
        elif path.suffix == ".json":
            yield from _json_texts(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix in (".xlsx", ".ods"):
            yield from _xlsx_texts(path)
        elif path.suffix == ".pdf":
            yield from _pdf_texts(path)


def count_words(realworld: Path) -> Counter[str]:
    """Case-folded words of 2+ letters (elided articles cut off: « l'énergie » → « énergie »)."""
    counts: Counter[str] = Counter()
    for text in texts(realworld):
        for word in WORD_RE.findall(text):
            word = re.sub(r"^[^\W\d_]['’]", "", word).casefold().replace("’", "'")
            if len(word) >= 2 and "'" not in word:
                counts[word] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(os.environ.get("COPDIAG_SHARED", ROOT.parent / "shared"))
    realworld = Path(args[0]) if args else shared / "realworld"
    if not realworld.is_dir():
        print(f"dossier introuvable : {realworld}")
        return 1
    counts = count_words(realworld)
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["word", "count"])
        for word in sorted(counts):
            writer.writerow([word, counts[word]])
    print(f"{len(counts)} mots, {sum(counts.values())} occurrences → {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
