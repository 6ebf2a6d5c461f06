"""Writers of the published diagnostic: CSV, Parquet, XLSX, datapackage.json, synthèse HTML.

Contract: ``shared/spec/published_tables.md``. Choices made here, for French spreadsheet users
and for machines at the same time:

- CSV: UTF-8 with BOM, ``;`` separator, ``,`` decimal mark (what a French Excel opens
  correctly by double-click), ISO dates, booleans ``oui``/``non``, lists ``;``-joined inside a
  quoted cell. ``datapackage.json`` declares all of it (``decimalChar``, ``trueValues``…) so
  Frictionless tools read the same values back.
- Parquet keeps real types: lists are list columns, booleans are booleans, no neutralisation.
- A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'`` in CSV and
  XLSX so no spreadsheet evaluates it.
- Personal-data columns are dropped, and one policy (:mod:`assets.personal_data`) masks
  e-mails, phone numbers and person names in every text cell of every table (file names
  included); what was masked is counted per table and column, and the region is published.
- Atomic: everything is written to a hidden sibling folder, then swapped in by renames; on any
  error the previous publication is left as it was.
"""

import dataclasses
import datetime as dt
import os
import re
import shutil
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from assets.personal_data import PersonalDataPolicy
from assets.publication import cache as pc
from assets.publication import csv_blocks, sheet_blocks
from assets.publication.tables import published_table
from assets.publication.workbook_splice import SHEETS_KEY, write_workbook
from assets.publication.writers import (
    datapackage_descriptor,
    write_csv,
    write_datapackage,
    write_html,
    write_parquet,
    write_xlsx,
)

__all__ = ["PersonalDataError", "PublicationResult", "prepare_and_mask", "publish"]

_SAFE_NAME_RE = re.compile(r"^[0-9A-Za-z_-]{1,20}$")
_TABLE_NAME_RE = re.compile(r"^[a-z0-9_]{1,60}$")


class PersonalDataError(ValueError):
    """Kept for compatibility: personal data is now masked (never blocks the publication)."""


@dataclass
class PublicationResult:
    """What was published, for the asset metadata."""

    region_code: str
    path: Path
    files: list[str]
    row_counts: dict[str, int]
    published_at: str
    dropped_columns: dict[str, list[str]] = field(default_factory=dict)
    masked: list[dict[str, object]] = field(default_factory=list)
    # Files linked unchanged from the previous publication (same table content hash).
    carried_over: list[str] = field(default_factory=list)
    # Tables whose workbook sheet was copied from the previous workbook (the others written).
    carried_sheets: list[str] = field(default_factory=list)
    # Content hash of every published table (assets.publication.cache.table_content_hash).
    hashes: dict[str, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------- publish


def prepare_and_mask(
    tables: Mapping[str, pd.DataFrame], policy: PersonalDataPolicy
) -> tuple[dict[str, pd.DataFrame], dict[str, list[str]]]:
    """Tables exactly as published (:func:`published_table`), masked by ``policy`` after it
    learnt the names they introduce; returns them and the personal columns dropped.

    Names a civility or a label introduces anywhere are masked everywhere, so every table is
    read for names before any is masked. One pass: preparing and masking the answers of a
    large region twice cost seconds at each refresh.
    """
    prepared: dict[str, pd.DataFrame] = {}
    dropped: dict[str, list[str]] = {}
    for name, df in tables.items():
        prepared[name], cols = published_table(name, df)
        if cols:
            dropped[name] = cols
    policy.learn_names(prepared.values())
    version = policy.version
    masked = {name: policy.mask_frame(name, df) for name, df in prepared.items()}
    if policy.version != version:  # a name first met while masking: applied everywhere
        masked = {name: policy.mask_frame(name, df) for name, df in masked.items()}
    return masked, dropped


def _to_plain(config: object) -> dict[str, Any] | None:
    if config is None:
        return None
    if dataclasses.is_dataclass(config) and not isinstance(config, type):
        return dataclasses.asdict(config)
    if hasattr(config, "to_dict"):
        return dict(config.to_dict())
    return dict(config)  # type: ignore[call-overload]


def publish(
    tables: Mapping[str, pd.DataFrame],
    out_dir: Path | str,
    region_code: str,
    *,
    descriptions: Mapping[str, str] | None = None,
    config: Mapping[str, Any] | Any | None = None,
    figures: Mapping[str, bytes | str] | None = None,
    synthesis_html: str | None = None,
    region_name: str | None = None,
    policy: PersonalDataPolicy | None = None,
    now: dt.datetime | None = None,
    ready: Collection[str] = (),
    content_hashes: Mapping[str, str] | None = None,
    derived: dict[str, Any] | None = None,
) -> PublicationResult:
    """Publish ``tables`` into ``out_dir/<region_code>/``, atomically.

    Files: ``<table>.csv`` and ``<table>.parquet`` per table, ``diagnostic_<region>.xlsx``,
    ``datapackage.json``, ``synthese.html`` (``synthesis_html`` when given, else built from the
    tables by :func:`assets.publication.synthesis.page.build_synthesis_html`), ``figures/<name>`` for each
    extra figure. Every table goes through ``policy`` (default: e-mails, phones and
    civility/label names; pass one with the names known privately): what was masked is in
    ``PublicationResult.masked``.

    ``ready``: names of tables the caller already passed through :func:`prepare_and_mask`
    with this ``policy`` (the publication asset does, to build the synthesis from the
    published values); they are not prepared nor masked twice, unless the other tables teach
    the policy new names.

    ``content_hashes``: the content hash of ready tables whose frame is the one the caller
    published before (:mod:`assets.publication.incremental`): not hashed again.
    ``derived``: texts made from tables, kept between publications by the caller (key → value;
    read and filled here: the ``projets.csv`` text but for its time).
    """
    if not _SAFE_NAME_RE.match(str(region_code)):
        raise ValueError(f"Code région invalide pour un nom de dossier : {region_code!r}")
    region_code = str(region_code)
    out_dir = Path(out_dir)
    descriptions = dict(descriptions or {})
    plain_config = _to_plain(config)
    published_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    policy = policy if policy is not None else PersonalDataPolicy()

    for name in tables:
        if not _TABLE_NAME_RE.match(name):
            raise ValueError(f"Nom de table invalide : {name!r}")
    ready = set(ready) & set(tables)
    version = policy.version
    todo, dropped = prepare_and_mask(
        {name: df for name, df in tables.items() if name not in ready}, policy
    )
    relearnt = policy.version != version  # a name first seen here: mask the ready ones again
    prepared: dict[str, pd.DataFrame] = {}
    for name, df in tables.items():
        if name not in ready:
            prepared[name] = todo[name]
        else:
            prepared[name] = policy.mask_frame(name, df) if relearnt else df

    out_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:12]
    tmp = out_dir / f".{region_code}.tmp-{token}"
    final = out_dir / region_code
    tmp.mkdir()
    files: list[str] = []
    # Changed-table-only writing (assets.publication.cache): unchanged tables keep their files.
    previous = pc.previous_manifest(final)
    hashes: dict[str, str] = {}
    file_shas: dict[str, str] = {}
    carried: list[str] = []
    try:
        for name, df in prepared.items():
            names = [f"{name}.csv", f"{name}.parquet"]
            known = (content_hashes or {}).get(name) if name in ready and not relearnt else None
            hashes[name] = known or pc.table_content_hash(df)
            kept = pc.carry_over(previous, name, hashes[name], final, tmp, names)
            if kept is None:
                write_csv(name, df, tmp / names[0], blocks=derived)
                write_parquet(name, df, tmp / names[1])
                kept = {n: pc.file_sha256(tmp / n) for n in names}
            else:
                carried += names
                if derived is not None:
                    csv_blocks.keep(name, df, tmp / names[0], derived)
            file_shas.update(kept)
            files += names
        xlsx_name = f"diagnostic_{region_code}.xlsx"
        book_key = f"workbook:{xlsx_name}"
        hashes[book_key] = pc.workbook_hash(hashes, descriptions, plain_config)
        kept = pc.carry_over(previous, book_key, hashes[book_key], final, tmp, [xlsx_name])
        if kept is None:
            # Only the sheets of changed tables are written (assets.publication.workbook_splice).
            layout, carried_sheets = write_workbook(
                prepared, tmp / xlsx_name, previous=previous, previous_book=final / xlsx_name,
                hashes=hashes, region_code=region_code, descriptions=descriptions,
                config=plain_config, published_at=published_at, writer=write_xlsx,
                blocks=derived,
            )  # fmt: skip
            kept = {xlsx_name: pc.file_sha256(tmp / xlsx_name)}
        else:
            carried.append(xlsx_name)
            layout = previous.get(SHEETS_KEY, {}).get(xlsx_name)
            if derived is not None:  # the row blocks of its large sheets stay kept
                for name, df in prepared.items():
                    if len(df) >= sheet_blocks.MIN_ROWS:
                        sheet_blocks.keep(name, derived)
            carried_sheets = list(prepared)
        sheets = {xlsx_name: layout} if layout else {}
        file_shas.update(kept)
        files.append(xlsx_name)
        descriptor = datapackage_descriptor(
            region_code, prepared, descriptions, plain_config, published_at,
            hashes=hashes, cache=derived,
        )  # fmt: skip
        if "exemplary_projects" in prepared or "cop_action_candidates" in prepared:
            from assets.publication.projets import (
                ROWS_MEMO_KEY,
                projets_csv_rows_template,
                projets_csv_text,
                projets_resource,
            )

            # The text but for its time depends on the two tables alone: kept by the caller.
            key = "projets:" + pc.workbook_hash(
                {n: hashes[n] for n in ("exemplary_projects", "cop_action_candidates") if n in hashes},
                {}, region_code,
            )  # fmt: skip
            template = derived.get(key) if derived is not None else None
            if not isinstance(template, str):
                # Each row's line kept from the last run (a few rows change at a time).
                memo = derived.get(ROWS_MEMO_KEY) if derived is not None else None
                template, memo = projets_csv_rows_template(
                    region_code,
                    prepared.get("exemplary_projects"),
                    prepared.get("cop_action_candidates"),
                    memo if isinstance(memo, dict) else None,
                )
                if derived is not None:
                    derived[key] = template
                    derived[ROWS_MEMO_KEY] = memo
            elif getattr(derived, "keep", None) is not None:
                derived.keep([ROWS_MEMO_KEY])  # type: ignore[union-attr] - kept for the next change
            with (tmp / "projets.csv").open("w", encoding="utf-8", newline="") as handle:
                handle.write(projets_csv_text(template, published_at))
            files.append("projets.csv")
            descriptor["resources"].append(projets_resource())
        descriptor[pc.MANIFEST_KEY] = {
            "writer": pc.WRITER_VERSION, "hashes": hashes, "files": file_shas,
            SHEETS_KEY: sheets,
        }  # fmt: skip
        write_datapackage(descriptor, tmp / "datapackage.json")
        files.append("datapackage.json")
        if synthesis_html is None:
            from assets.publication.synthesis.page import build_synthesis_html

            try:
                previous_html = (final / "synthese.html").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                previous_html = None
            synthesis_html = build_synthesis_html(
                region_name or f"Région {region_code}", region_code, prepared, plain_config,
                previous_html=previous_html,
            )  # fmt: skip
        write_html(synthesis_html, tmp / "synthese.html")
        files.append("synthese.html")
        for fig_name, content in (figures or {}).items():
            safe = re.sub(r"[^0-9A-Za-z_.-]", "_", Path(fig_name).name)
            (tmp / "figures").mkdir(exist_ok=True)
            target = tmp / "figures" / safe
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8")
            else:
                target.write_bytes(content)
            files.append(f"figures/{safe}")
        _swap(tmp, final, out_dir / f".{region_code}.old-{token}")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return PublicationResult(
        region_code=region_code,
        path=final,
        files=files,
        row_counts={name: len(df) for name, df in prepared.items()},
        published_at=published_at,
        dropped_columns=dropped,
        masked=policy.summary(),
        carried_over=carried,
        carried_sheets=carried_sheets,
        hashes={name: hashes[name] for name in prepared},
    )


def _swap(
    tmp: Path, final: Path, backup: Path, replace: Callable[[Path, Path], None] = os.replace
) -> None:
    """Move the new folder in place; the old one is restored if the second rename fails.

    Two renames on the same file system: the only moment ``final`` is absent is between them
    (microseconds); readers never see a half-written publication.
    """
    had_previous = final.exists()
    if had_previous:
        replace(final, backup)
    try:
        replace(tmp, final)
    except BaseException:
        if had_previous:
            replace(backup, final)
        raise
    if had_previous:
        shutil.rmtree(backup, ignore_errors=True)
