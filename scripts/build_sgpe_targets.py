"""Store the SGPE regional lever panorama as project reference data.

Usage: ``python scripts/build_sgpe_targets.py [path/to/regional_lever_targets.json]``
(default: ``../shared/realworld/sgpe/regional_lever_targets.json``). Writes
``sources/reference/sgpe_regional_targets.csv`` (origin: MTES-MCT/planification-territoires,
``src/lib/assets/data.json``, MIT licence), so a refresh reads it without the shared folder.
Regions the tool has but INSEE has not (« Région exemple ») are left out and printed.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sources.sgpe_panorama import TARGET_FIELDS, TARGETS_FILE, parse_panorama  # noqa: E402


def main(argv: list[str]) -> int:
    src = (
        Path(argv[1])
        if len(argv) > 1
        else ROOT.parent / "shared/realworld/sgpe/regional_lever_targets.json"
    )
    rows, unknown = parse_panorama(json.loads(src.read_text(encoding="utf-8")))
    out = ROOT / "sources" / "reference" / TARGETS_FILE
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=TARGET_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    k: ("oui" if v else "non") if isinstance(v, bool) else ("" if v is None else v)
                    for k, v in row.items()
                }
            )
    print(f"{len(rows)} lignes écrites dans {out.relative_to(ROOT)}")
    if unknown:
        print("Régions sans code INSEE, non reprises : " + ", ".join(unknown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
