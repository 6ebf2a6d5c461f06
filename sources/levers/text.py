"""Text keys of the lever classifier: folded, stopword-free, lightly stemmed French words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --------------------------------------------------------------------------- text processing

_STOPWORDS = frozenset(
    """
    a au aux avec c ce ceci cela ces cet cette ceux celle celles celui chez comme d dans de des
    du elle elles en entre et etc eux il ils j je l la le les leur leurs lors lui m ma mais me
    meme mes moi mon n ne ni nos notre nous on ou par pas peu plus pour qu que quel quelle
    quelles quels qui quoi s sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre
    vous y est etre ete sera seront ont avoir peut peuvent doit doivent afin ainsi aussi deja
    encore tres tout tous toute toutes autre autres vers puis donc dont ici cas via selon
    lequel laquelle lesquels lesquelles apres avant pendant depuis chaque plusieurs certains
    certaines notamment egalement ensemble sein travers
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    """.split()
)

# Tried longest first; a suffix is only removed when at least 4 letters remain ("lisible" and
# "lisier" must not meet on "lis").
_SUFFIXES = (
    "issements",
    "issement",
    "ements",
    "ement",
    "ments",
    "ment",
    "ations",
    "ation",
    "atrices",
    "atrice",
    "ateurs",
    "ateur",
    "ances",
    "ance",
    "ences",
    "ence",
    "ismes",
    "isme",
    "istes",
    "iste",
    "ables",
    "able",
    "ibles",
    "ible",
    "iques",
    "ique",
    "ites",
    "ite",
    "ieres",
    "iere",
    "iers",
    "ier",
    "euses",
    "euse",
    "eurs",
    "eur",
    "eux",
    "elles",
    "elle",
    "ees",
    "ee",
    "es",
    "er",
    "e",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light French stem of a folded word: plural then one derivational/inflectional suffix.

    Deliberately crude (no dictionary): it only has to map the lexicon and the text to the same
    key, so ``pistes cyclables`` meets ``piste cyclable`` and ``rénover`` meets ``rénovation``.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith("aux") and len(word) > 4:
        word = word[:-3] + "al"
    elif word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Typographic apostrophes would vanish in ASCII folding and glue "d’un" into one word.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"}
)
_WORD_RE = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    """Same key as :func:`sources.values.fold` for words, several times faster on long bodies."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def tokens(text: str | None) -> list[str]:
    """Folded, stemmed content words of ``text`` (stopwords, elisions, numbers dropped)."""
    if not text:
        return []
    out = []
    for word in _WORD_RE.findall(_fold(text)):
        if len(word) < 2 or word in _STOPWORDS or word.isdigit():
            continue
        out.append(stem(word))
    return out
