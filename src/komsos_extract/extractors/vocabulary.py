"""The language's own words, from a dictionary of Indonesian roots (PySastrawi's KBBI-based list, read by
:func:`komsos_extract.lexicon.dictionary_words`): a word that is a root under common affixes is a word of
the language ("dengarkan", "perketat"), not a name. People's names and units' names ask it."""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon

_SUFFIXES = ("nya", "kan", "lah", "kah", "pun", "an", "i")
_PREFIXES = (("meng", "k"), ("meny", "s"), ("mem", "p"), ("men", "t"), ("peng", "k"), ("peny", "s"), ("pem", "p"),
             ("pen", "t"), ("meng", ""), ("mem", ""), ("men", ""), ("me", ""), ("peng", ""), ("pem", ""), ("pen", ""),
             ("per", ""), ("pe", ""), ("ber", ""), ("be", ""), ("ter", ""), ("te", ""), ("di", ""), ("ke", ""), ("se", ""),
             ("", ""))


@lru_cache(maxsize=16384)
def affixed_root(key: str, min_root: int = 3) -> bool:
    """A dictionary root under common affixes ("dengarkan", "temui", "penyuluhan"): a word of the
    language, not a name (a nasal prefix's first letter restored: "menanam" from "tanam"); ``min_root``:
    the root's shortest length (a short root under a prefix is as often a name: "Ber-man")."""
    roots = lexicon.dictionary_words()
    for suffix in (*_SUFFIXES, ""):
        if suffix and not key.endswith(suffix):
            continue
        stem = key[:len(key) - len(suffix)] if suffix else key
        for prefix, restore in _PREFIXES:
            if not (prefix or suffix) or not stem.startswith(prefix):
                continue
            root = restore + stem[len(prefix):]
            if prefix in ("me", "pe", "be", "te") and root[:1] not in ("l", "m", "n", "r", "w", "y"):
                continue  # (before other letters these prefixes take a nasal: "meakili" is no "me-akil-i")
            if len(root) >= min_root and root in roots:
                return True
            if prefix in ("se", "di", "ke", "memper", "mem") and any(  # two prefixes: "seperjuangan", "diperbaiki"
                    root.startswith(p2) and len(root) - len(p2) >= min_root and root[len(p2):] in roots for p2 in ("per", "ber", "ter")):
                return True
    return False


def language_word(key: str) -> bool:
    """A word of the language: a dictionary root, or one under common affixes (case-folded ``key``)."""
    return key in lexicon.dictionary_words() or affixed_root(key)


def verb_over_root(key: str) -> bool:
    """A verb made from a dictionary root of four letters or more and no root itself ("peringati",
    "perketat", "berbaur"; a short root under a prefix is as often a name: "Ber-man")."""
    return key.startswith(_VERB_PREFIXES) and key not in lexicon.dictionary_words() and affixed_root(key, 4)


_VERB_PREFIXES = ("me", "di", "per", "ber", "ter")
