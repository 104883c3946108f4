"""Small text helpers shared by the extractors: scanning proper names word by word, page clutter."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# One word of a proper name: letters/digits with inner dots, apostrophes and hyphens ("J.B.", "Ba'U",
# "Kab.Bandung", "Al-Ikhlas"). A single line break may sit between two words of a name.
_WORD = re.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*)?([^\W_][\w'’`.\-]*)", re.UNICODE)
# Base-form verbs that title-case headlines capitalise: "Bersihkan", "Laksanakan", "Sosialisasikan".
_VERB_LIKE = re.compile(r"^\w{4,}kan$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")

CLUTTER_LINE = re.compile(
    r"^\s*(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|pos\s+terkait)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameScan:
    start: int
    end: int
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def scan_name(
    text: str,
    pos: int,
    *,
    stop: frozenset[str] | set[str],
    max_words: int = 4,
    allow_first: Iterable[str] = (),
    allow_slash: bool = False,
    allow_digits: bool = False,
) -> NameScan | None:
    """Read capitalised words from ``pos`` until a stop word, lowercase word or punctuation.

    ``stop`` holds case-folded words that end a name; ``allow_first`` lets the first word be one of
    them (e.g. "Kota" right after "Kodim 1306/"). Returns ``None`` when no word qualifies.
    """
    allow_first = {w.casefold() for w in allow_first}
    words: list[str] = []
    start = end = pos
    i = pos
    while len(words) < max_words:
        m = _WORD.match(text, i)
        if not m:
            break
        word = m.group(1)
        if "\n\n" in text[i:m.start(1)] or "\r\n\r\n" in text[i:m.start(1)]:
            break
        ends_sentence = False
        if word.endswith(".") and not _INITIALS.match(word):
            word = word.rstrip(".")
            ends_sentence = True
        if not word:
            break
        key = word.casefold()
        first_ok = not words and key in allow_first
        if not first_ok:
            if key in stop or key.rstrip(".") in stop or _VERB_LIKE.match(key):
                break
            if not is_capitalised(word):
                break
            if word[:1].isdigit() and not allow_digits:
                break
        if not words:
            start = m.start(1)
        words.append(word)
        end = m.start(1) + len(word)
        i = end
        if ends_sentence:
            break
        if allow_slash and text.startswith("/", i):
            nxt = _WORD.match(text, i + 1)
            if nxt and nxt.start(1) == i + 1 and is_capitalised(nxt.group(1)):
                tail = nxt.group(1).rstrip(".")
                words[-1] = f"{words[-1]}/{tail}"
                end = nxt.start(1) + len(tail)
                i = end
    if not words:
        return None
    return NameScan(start, end, tuple(words))


def line_bounds(text: str, pos: int, window: int | None = None) -> tuple[int, int]:
    """Start and end offsets of the line holding ``pos``; with ``window``, looked for at most that
    many characters either way (callers that only care about short lines stay linear on huge ones)."""
    lo = 0 if window is None else max(0, pos - window)
    hi = len(text) if window is None else min(len(text), pos + window)
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    return start, hi if end == -1 else end


def in_clutter_line(text: str, pos: int) -> bool:
    """True when ``pos`` sits on page furniture: a 'Baca Juga' link line, or the block of other
    stories' headlines that pages append after the article."""
    if pos >= trailer_start(text):
        return True
    start, end = line_bounds(text, pos, window=400)  # link lines are short
    return bool(CLUTTER_LINE.match(text[start:end]))


def _is_headline_line(line: str) -> bool:
    """A short line that is not a sentence: no closing punctuation, at most 20 words."""
    s = line.strip()
    return len(s) <= 160 and len(s.split()) <= 20 and not s.endswith((".", "!", "?", "”", '"', ":", ")"))


@lru_cache(maxsize=16)
def trailer_start(text: str) -> int:
    """Offset where a closing run of headline lines (links to other stories) begins, or
    ``len(text)`` when the text has none. Two or more such lines make a run."""
    lines = text.splitlines(keepends=True)
    pos = len(text)
    found = 0
    for line in reversed(lines):
        if not line.strip():
            pos -= len(line)
            continue
        if not _is_headline_line(line):
            break
        pos -= len(line)
        found += 1
    return pos if found >= 2 and pos > 0 else len(text)
