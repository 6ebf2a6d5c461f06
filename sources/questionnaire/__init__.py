"""Read returned pre-diagnostic questionnaires (contract: shared/spec/questionnaire.md).

Files come back from hundreds of authorities, filled in by hand: title rows above the header,
columns renamed, reordered or deleted, answers typed instead of picked, sheets renamed or
hidden, CSV exports. The reader therefore finds everything by content (tolerant header and
label matching through :func:`sources.values.fold`), normalises answers to the canonical
scales, and never drops what it does not understand: unknown answers are kept as text, flagged
and reported as :class:`ParseIssue`. Only a file that is not a questionnaire at all, or cannot
be opened, raises :class:`InputRejected`.

Modules: :mod:`.reader` (entry points), :mod:`.answers` (« Leviers » sheet),
:mod:`.identification`, :mod:`.projects`, :mod:`.lever_lookup`, :mod:`.headers` (tolerant
header matching), :mod:`.scales` (answer scales), :mod:`.cells` (small value parsers);
:mod:`.template` writes the blank workbook, :mod:`.recipients` reads the recipient list.
This package re-exports the reader's public API.
"""

from sources.questionnaire.cells import (
    authority_type_from_name,
    cell_text,
    is_empty_cell,
    normalize_authority_type,
    parse_cost,
    parse_date,
)
from sources.questionnaire.headers import (
    IDENTIFICATION_LABELS,
    LEVER_COLUMNS,
    PROJECT_COLUMNS,
    find_header,
    match_header,
)
from sources.questionnaire.lever_lookup import LeverMatch, resolve_lever
from sources.questionnaire.reader import (
    NOT_A_QUESTIONNAIRE,
    authority_name_from_filename,
    check_questionnaire,
    format_issues_fr,
    looks_like_questionnaire,
    read_questionnaire,
)
from sources.questionnaire.scales import (
    AUTHORITY_TYPES,
    DEPLOYMENT_SCORES,
    FUNDING,
    GUESSED_FLAG,
    MATURITIES,
    PLAIN_YES_FLAG,
    RELEVANCE_SCORES,
    UNKNOWN_FLAG,
    ScaleAnswer,
    normalize_deployment,
    normalize_relevance,
)

__all__ = [
    "AUTHORITY_TYPES",
    "DEPLOYMENT_SCORES",
    "FUNDING",
    "GUESSED_FLAG",
    "IDENTIFICATION_LABELS",
    "LEVER_COLUMNS",
    "MATURITIES",
    "NOT_A_QUESTIONNAIRE",
    "PLAIN_YES_FLAG",
    "PROJECT_COLUMNS",
    "RELEVANCE_SCORES",
    "UNKNOWN_FLAG",
    "LeverMatch",
    "ScaleAnswer",
    "authority_name_from_filename",
    "authority_type_from_name",
    "cell_text",
    "check_questionnaire",
    "find_header",
    "format_issues_fr",
    "is_empty_cell",
    "looks_like_questionnaire",
    "match_header",
    "normalize_authority_type",
    "normalize_deployment",
    "normalize_relevance",
    "parse_cost",
    "parse_date",
    "read_questionnaire",
    "resolve_lever",
]
