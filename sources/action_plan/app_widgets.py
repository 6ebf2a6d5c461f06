"""A web application's furniture printed inside a steps list: « add » rows and avatars.

A project tool's list view (a roadmap, a task board printed as a list) ends each group with an
action row — « + Ajouter un élément », « + Nouvelle tâche » — and shows each person or body as
a round AVATAR holding its initials before the name (« GA » before « GACdG », « SC » before
« Service Climat »). Neither is content: the action row is no step, the initials are no part of
the owner's name.

* An ADD ROW is a row whose only text, in one cell, is such an action: a « + » (or « ＋ »,
  « ⊕ ») then a verb of creation (ajouter, nouveau/nouvelle, créer, add, new) and at most four
  words; a step named « Ajouter un module » has no « + » and stays.
* A READ-MORE LINK (« … Lire la suite ») cutting a long value, the rest printed after it (a
  print stylesheet showing the collapsed text): the ellipsis and the link are taken out and the
  two parts joined. A value ending with the link (its rest not printed) keeps it: what is
  missing is not hidden.
* An AVATAR is a token of two or three capital letters opening a name cell and equal to the
  initials of the name after it: the first letters of its first two words, or its first two
  (or three) letters for a one-word name. « DDT Gers » or « CC Astarac » stay as they are.
"""

from __future__ import annotations

import re

from sources.values import fold

_ADD_RE = re.compile(r"^\s*[+＋⊕]\s*(\S+)(?:\s+\S+){0,4}\s*$")
_ADD_VERBS = frozenset(
    ("ajouter", "nouveau", "nouvel", "nouvelle", "creer", "add", "new", "inserer", "saisir")
)
_READ_MORE_RE = re.compile(
    r"\s*(?:…|\.\.\.)\s*(?:\[\s*)?(?:lire la suite|lire plus|en savoir plus|voir plus|afficher plus"
    r"|afficher la suite|voir la suite)(?:\s*\])?\s*[›»→>]?\s+(?=\S)",
    re.I,
)
_AVATAR_RE = re.compile(r"^\s*([A-ZÀ-Ý]{2,3})\s+(\S.*)$", re.S)


def is_add_row(cells: dict[str, str | None]) -> bool:
    """``cells`` hold only a web application's « add » action (« + Ajouter un élément »)."""
    texts = [v for v in cells.values() if v and v.strip()]
    if len(texts) != 1:
        return False
    match = _ADD_RE.match(" ".join(texts[0].split()))
    return match is not None and fold(match.group(1)) in _ADD_VERBS


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s'’-]+", name) if w[:1].isalpha()]
    if not words:
        return set()
    out = {words[0][:2].upper(), words[0][:3].upper()}
    if len(words) > 1:
        out.add((words[0][0] + words[1][0]).upper())
    return out


def without_avatar(text: str | None) -> str | None:
    """``text`` (a name cell) without the avatar's initials opening it."""
    if not text:
        return text
    match = _AVATAR_RE.match(text)
    if match is None or match.group(1) not in _initials(match.group(2)):
        return text
    return match.group(2)


def without_read_more(text: str | None) -> str | None:
    """``text`` without the « … Lire la suite » links cutting it, the rest printed after them."""
    if not text or "suite" not in text.lower() and "plus" not in text.lower():
        return text
    return _READ_MORE_RE.sub(" ", text)
