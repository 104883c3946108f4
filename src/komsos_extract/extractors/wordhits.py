"""Where the cue words of the people scanners stand in a text, found in one pass per text.

The rank, role, honorific and civilian scanners each used to run a long alternation over the whole
text: a regex engine tries such a pattern at every character, so a dozen of them cost a dozen full
passes. Every one of those patterns starts its match on a whole word (a look-behind rules out a word
character before it) whose first run of word characters is one of a known set ("serka" for "Serka",
"Sersan Kepala"; "kepala" for "Kepala Desa"). :class:`WordHits` reads the words of the text once;
a scanner asks where its first words stand and tries its own pattern only there
(:func:`komsos_extract.textutil.matches_at`), which finds exactly what ``finditer`` over the whole text finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..textutil import caseless_lower, literal_starts

_RUN = re.compile(r"\w+")


def first_runs(phrases: Iterable[str]) -> frozenset[str] | None:
    """The lower-cased first run of word characters of each phrase ("Ps. Danramil" -> "ps"); None
    when a phrase does not open with a word character or holds a character beyond ASCII (its cue
    could then be written in ways this index does not see, and the caller scans in full)."""
    out: set[str] = set()
    for phrase in phrases:
        m = _RUN.match(phrase)
        key = m.group().lower() if m is not None else ""
        if not (key.isascii() and key.isalpha()):
            return None
        out.add(key)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _whole_word(word: str, not_after: str = "") -> re.Pattern[str]:
    """``word`` as a whole word, not right after one of ``not_after`` either. The pattern opens with
    the word itself (the look-behind comes after it), so the regex engine jumps from one occurrence
    of the word to the next."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![\w{re.escape(not_after)}]{w})(?!\w)")


# Every byte but "a".."z" to a blank (see :func:`_letter_runs`).
_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _letter_runs(low: str) -> frozenset[str]:
    """The runs of lower-case ASCII letters of ``low`` (``re.findall("[a-z]+", low)``) as a set: the
    text's bytes with every one but a lower-case ASCII letter blanked (a character beyond ASCII is
    one "?" byte), split at the blanks, all in C rather than a regex match object per run."""
    return frozenset(low.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split())


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


def whole_word_starts(text: str, word: str, not_after: str = "") -> list[int]:
    """The starts of ``word`` in ``text`` as a whole word, not right after a word character nor one
    of ``not_after``: what ``_whole_word(word, not_after)`` finds with ``finditer``, with
    ``str.find`` jumping between occurrences (a cue word stands a few times in a text; a regex scan
    costs its set-up on every word asked). A word found mostly inside other words falls back to
    the regex."""
    out: list[int] = []
    n = len(word)
    size = len(text)
    misses = 0
    i = text.find(word)
    while i >= 0:
        end = i + n
        if ((i == 0 or not (is_word_char(text[i - 1]) or text[i - 1] in not_after))
                and (end == size or not is_word_char(text[end]))):
            out.append(i)
            i = text.find(word, end)
        else:
            misses += 1
            if misses > 16 and misses > 2 * len(out):
                out.extend(m.start() for m in _whole_word(word, not_after).finditer(text, i + 1))
                break
            i = text.find(word, i + 1)
    return out


class WordHits:
    """The runs of word characters of one text, lower-cased (see :func:`caseless_lower`), with
    where they start, looked up by word. ``exact`` is False for a text whose letters do not lower
    case one for one (then every question answers None and the caller scans the text in full)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = caseless_lower(text)
        self.exact = self.low is not None
        # The runs of lower-case ASCII letters: a whole word of ASCII letters is one of them (more
        # runs than words: the lookup below checks that a run is a whole word).
        self.words: frozenset[str] = _letter_runs(self.low) if self.low is not None else frozenset()
        self._starts: dict[str, list[int]] = {}

    def starts(self, keys: frozenset[str] | None) -> list[int] | None:
        """Sorted starts of the whole words of the text (lower-cased) that are in ``keys`` (words of
        lower-case ASCII letters, see :func:`first_runs`); None when this text (or ``keys``) cannot
        be read that way."""
        if not self.exact or keys is None:
            return None
        found = keys.intersection(self.words) if len(keys) < len(self.words) else self.words.intersection(keys)
        if not found:
            return []
        out: list[int] = []
        for word in found:
            out.extend(self._word_starts(word))
        out.sort()
        return out

    def _word_starts(self, word: str) -> list[int]:
        got = self._starts.get(word)
        if got is None:
            got = self._starts[word] = whole_word_starts(self.low, word)
        return got

    def substring_starts(self, literals: Iterable[str]) -> list[int] | None:
        """Sorted starts of every occurrence of the lower-case ``literals`` anywhere in the
        lower-cased text (inside words too); None when the text cannot be read that way."""
        if not self.exact:
            return None
        return literal_starts(self.low, literals)


@lru_cache(maxsize=4)
def word_hits(text: str) -> WordHits:
    """The index of ``text``, shared by the scanners and the builder that read the same text."""
    return WordHits(text)


def back_over(text: str, pos: int, chars: str) -> int:
    """The start of the run of ``chars`` that ends at ``pos``."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos
