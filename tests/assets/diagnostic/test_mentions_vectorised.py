"""``text_themes.mentions`` spread with numpy (issue 19) gives EXACTLY the rows of the loop
over answers it replaced: same order (row by row, blockers then needs, fragments in order),
values and types, odd cells (numbers, lists, NaN, blanks) and indexes included."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from assets.diagnostic import text_themes as tt


def _loop_mentions(responses: pd.DataFrame, authority_key: pd.Series) -> pd.DataFrame:
    """The loop over answers as it was written before (the reference)."""
    cols = ["who", "row", "lever_code", "department_code", "kind", "category", "quote"]
    if responses is None or responses.empty:
        return pd.DataFrame(columns=cols)
    index = responses.index.tolist()
    who_all = list(authority_key)
    lever = tt._values(responses, "lever_code")
    dept = tt._values(responses, "department_code")
    texts = (
        (tt._values(responses, "blockers_text"), "frein"),
        (tt._values(responses, "needs_text"), "besoin"),
    )
    rows = []
    for pos in range(len(index)):
        for column, kind in texts:
            if not isinstance(column[pos], str):
                continue
            for category, quote in tt._text_mentions(column[pos]):
                rows.append(
                    (who_all[pos], index[pos], lever[pos], dept[pos], kind, category, quote)
                )
    return pd.DataFrame(rows, columns=cols)


FRAME = pd.DataFrame(
    {
        "lever_code": ["a", "b", "c", "d", "e", "f"],
        "department_code": ["01", None, "02", "03", "04", "01"],
        "blockers_text": [
            "Manque de financement; foncier rare. Recours des riverains",
            None, 3.5, "Manque de financement; foncier rare. Recours des riverains",
            np.nan, "  ",
        ],
        "needs_text": [None, "Appui technique et ingénierie", "Former les élus", "",
                       "formation des agents\nmise en réseau", "Données partagées"],
    },
    index=[10, 3, 7, 8, 9, 2],
)  # fmt: skip
WHO = pd.Series(["x", "y", "z", "x", "w", "v"], index=FRAME.index)


@pytest.mark.parametrize(
    "frame",
    [
        FRAME,
        FRAME.assign(
            blockers_text=pd.Series(
                [["liste"], "Manque de financement", None, "foncier", "x", {"a": 1}],
                index=FRAME.index,
                dtype=object,
            )
        ),  # fmt: skip
        FRAME.drop(columns=["needs_text", "department_code"]),
        FRAME.iloc[[1]],
        FRAME.assign(blockers_text=None, needs_text=None),
        FRAME.set_axis(pd.MultiIndex.from_tuples([(i, str(i)) for i in range(6)])),
        FRAME.set_axis(["r1", "r2", "r3", "r4", "r5", "r6"]),
    ],
)
def test_mentions_equal_the_loop(frame: pd.DataFrame) -> None:
    who = pd.Series(WHO.to_numpy()[: len(frame)], index=frame.index)
    expected = _loop_mentions(frame, who)
    pd.testing.assert_frame_equal(tt.mentions(frame, who), expected, check_exact=True)


def test_mentions_of_a_generated_region_equal_the_loop(tmp_path) -> None:  # noqa: ANN001
    from assets.diagnostic.frames import _answered, _authority_key
    from tests.assets.diagnostic.generated_region import generated_inputs

    responses = generated_inputs(40, 5, tmp_path).responses
    responses = responses[_answered(responses)]
    who = _authority_key(responses)
    expected = _loop_mentions(responses, who)
    assert len(expected) > 100
    pd.testing.assert_frame_equal(tt.mentions(responses, who), expected, check_exact=True)
