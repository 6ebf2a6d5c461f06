"""Errors raised by parsers when a whole input must be rejected (quarantined)."""

from __future__ import annotations


class InputRejected(Exception):
    """The file cannot be used at all. ``reason`` is French, for the ingestion report.

    ``code`` is a short stable identifier (``corrupt_pdf``, ``encrypted``, ``not_a_questionnaire``,
    ``no_text_layer``, ``too_large``...) that tests and the UI can rely on.
    """

    def __init__(self, reason: str, code: str = "rejected") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
