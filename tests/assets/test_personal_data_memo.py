"""The persistent masking memo (issue 19): masking with a memo kept from an earlier run gives
the cells and counts a masking from scratch gives, when names are added or removed between the
runs, and when a text learns a name while it is masked."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from assets.personal_data import PersonalDataPolicy

BASE = [
    "Projet suivi par Jean Dupont",
    "Réunion avec M. Paul Martin le 3 mars",
    "Paul Martin présentera le bilan",
    "Bilan présenté par Claire MARTIN, puis discussion",
    "contact : agent@mairie.fr ou 06 12 34 56 78",
    "Échange avec claire martin sur la mobilité",
    "Élodie Lefèvre-Durand suit le dossier",
    "Le dossier de Jean-Pierre Durand avance",
    "jean.dupont@ville.fr a répondu",
    "Rien de personnel ici, seulement la mobilité douce",
    "Pilote : Montpellier Méditerranée Métropole",
    "Mme Zoé Éluard puis zoe eluard encore",
    "Durand, Jean-Pierre a signé",
    "Paul Martin1 et Paul Martinez",
    "Oui",
]


def _frames(extra: list[str]) -> dict[str, pd.DataFrame]:
    rng = random.Random(7)
    texts = BASE + extra
    rows = [rng.choice(texts) for _ in range(300)] + texts
    return {
        "answers": pd.DataFrame({"text": rows, "n": range(len(rows))}),
        "actions": pd.DataFrame({"title": list(reversed(rows)), "tags": [[t] for t in rows]}),
    }


def _run(known: list[str], extra: list[str], memo_path=None) -> tuple[dict, list, bool]:
    """What the publication asset does: learn, mask (twice), keep the memo."""
    policy = PersonalDataPolicy(known)
    if memo_path is not None:
        policy.load_memo(memo_path)
    frames = _frames(extra)
    policy.learn_names(frames.values())
    masked = {name: policy.mask_frame(name, df) for name, df in frames.items()}
    policy.learn_names(masked.values())
    again = {name: policy.mask_frame(name, df) for name, df in masked.items()}
    written = policy.save_memo(memo_path) if memo_path is not None else False
    cells = {name: df.to_dict("list") for name, df in again.items()}
    return cells, policy.summary(), written


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((["Claire Martin"], []), (["Claire Martin", "Paul Durand"], ["Réponse de Paul Durand"])),
        ((["Claire Martin", "Paul Durand"], ["Réponse de Paul Durand"]), (["Claire Martin"], [])),
        (([], []), (["Jean Pierre Durand", "Nom Masqué"], ["Contact : Zoé Éluard"])),
        # « M. Ab Cd » is too short to be searched before masking: learnt while masked
        ((["Ab Cd"], ["M. Ab Cd", "ab cd"]), ([], ["M. Ab Cd", "Ab Cd", "ab cd"])),
        ((["Élodie Lefèvre"], ["M. Xavier Roux a appelé"]), ([], ["xavier roux, encore"])),
    ],
)
def test_memo_equals_from_scratch(tmp_path, monkeypatch, first, second) -> None:
    monkeypatch.delenv("COPDIAG_MASK_MEMO", raising=False)
    memo = tmp_path / "memo.bin"
    assert _run(*first, memo_path=memo)[:2] == _run(*first)[:2]
    assert memo.is_file()
    with_memo = _run(*second, memo_path=memo)
    assert with_memo[:2] == _run(*second)[:2]
    # nothing changed: same result again, the memo is not rewritten (unless a name is learnt
    # while masking: then the names change within every run)
    again = _run(*second, memo_path=memo)
    assert again[:2] == with_memo[:2]
    assert again[2] is ("M. Ab Cd" in second[1])


def test_memo_is_used_and_unreadable_memo_is_ignored(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("COPDIAG_MASK_MEMO", raising=False)
    memo = tmp_path / "memo.bin"
    _run(["Claire Martin"], [], memo)
    calls = []
    original = PersonalDataPolicy._mask

    def counting(self, text):
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(PersonalDataPolicy, "_mask", counting)
    _run(["Claire Martin"], [], memo)
    assert calls == []  # every text from the memo
    _run(["Claire Martin", "Paul Durand"], [], memo)
    # only texts holding a word of the new name
    assert calls and all("durand" in t.lower() or "paul" in t.lower() for t in calls)
    assert not any("Rien de personnel" in t for t in calls)
    memo.write_bytes(b"not a memo")
    calls.clear()
    assert _run(["Claire Martin"], [], memo)[:2] == _run(["Claire Martin"], [])[:2]
    assert calls
    monkeypatch.setenv("COPDIAG_MASK_MEMO", "off")
    memo.unlink()
    assert _run(["Claire Martin"], [], memo)[2] is False
    assert not memo.exists()


def test_list_column_masking_equals_row_by_row() -> None:
    """Lists are masked text by text over the whole column (each distinct text once): the
    same cells and counts as mask_value cell by cell, names learnt on the way included."""
    cells = [
        ["Réunion avec M. Paul Martin", "Oui"],
        None,
        ("Paul Martin viendra", 3, None),
        "Contact : agent@mairie.fr",
        [],
        ["Paul Martin viendra", "Paul Martin viendra"],
        float("nan"),
        ["06 12 34 56 78"],
    ]
    frame = pd.DataFrame({"tags": cells})
    fast = PersonalDataPolicy(["Claire Martin"])
    masked = fast.mask_frame("t", frame)["tags"].tolist()
    slow = PersonalDataPolicy(["Claire Martin"])
    expected = [slow.mask_value(v, ("t", "tags")) for v in cells]
    assert masked[:6] == expected[:6] and masked[7] == expected[7]
    assert masked[6] != masked[6]  # NaN kept
    assert masked[5] == ["[nom masqué] viendra"] * 2
    assert fast.summary() == slow.summary()
