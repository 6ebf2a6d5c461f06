"""Fixtures shared by the hand-made deck tests of this folder."""

from __future__ import annotations

import pytest

from sources.pdf.engine import ENGINE_ENV


@pytest.fixture(params=["pdfium", "pdfplumber"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each hand-made deck is read with both PDF engines: they must agree on real decks."""
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return request.param
