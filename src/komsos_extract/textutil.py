"""Small text helpers shared by the extractors: scanning proper names word by word, page clutter, and
per-text indexes (lines, spans) that keep those questions in log time."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

# One word of a proper name: letters/digits with inner dots, apostrophes and hyphens ("J.B.", "Ba'U",
# "Kab.Bandung", "Al-Ikhlas"). A single line break may sit between two words of a name.
_WORD = re.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*)?([^\W_][\w'’`.\-]*)", re.UNICODE)
# The same without inner dots: a dot may only close the word ("Kec.Jabung" is two words).
_PLAIN_WORD = re.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*)?([^\W_][\w'’`\-]*\.?)")
# Base-form verbs that title-case headlines capitalise: "Bersihkan", "Laksanakan", "Sosialisasikan".
_VERB_LIKE = re.compile(r"^\w{4,}kan$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")

_LINK_LABEL = r"(?:baca|lihat|simak)(?:\s+(?:juga|pula))?\s*:"  # ("Baca: ..." as well as "Baca juga: ...")
# a link's label with nothing after it on its line: the linked headline is on the next line
# (with its colon: a stray "Baca Juga" may stand before the story's own dateline)
LABEL_LINE = re.compile(_LINK_LABEL + r"|(?:berita|artikel)\s+terkait\s*:", re.IGNORECASE)
CLUTTER_LINE = re.compile(
    r"^\s*(?:" + _LINK_LABEL +
    r"|(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|pos\s+terkait)\b)",
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
    inner_dots: bool = True,
    keep_verbs: bool = False,
    digit_ends: bool = False,
    first_any_case: bool = True,
) -> NameScan | None:
    """Read capitalised words from ``pos`` until a stop word, lowercase word, punctuation or a blank line.

    ``stop`` holds case-folded words that end a name; ``allow_first`` (case-folded when a frozenset)
    lets the first word be one of them (e.g. "Kota" right after "Kodim 1306/"), and with ``first_any_case`` it may also be lower
    case, a number or a verb. Place names read differently, with these options:
    ``inner_dots=False``: a word never carries an inner dot ("Kec.Jabung" is two words) and a
    one-letter word with a dot is a person's initial that ends the name ("Desa X H. Ahmad"; "Dusun
    I." is a numeral), where other names keep initials ("J.B."); ``keep_verbs``: words ending in
    "-kan" stay (Nunukan, Sembukan are places, not headline verbs); ``digit_ends``: a number closes
    the name ("Dusun 2 Desa ..."). Returns ``None`` when no word qualifies.
    """
    if not isinstance(allow_first, frozenset):  # a frozenset is a lexicon's, already case-folded
        allow_first = {w.casefold() for w in allow_first}
    word_re = _WORD if inner_dots else _PLAIN_WORD
    words: list[str] = []
    start = end = pos
    i = pos
    while len(words) < max_words:
        m = word_re.match(text, i)
        if not m or "\n\n" in text[i:m.start(1)].replace("\r", ""):
            break
        word = m.group(1)
        ends_sentence = False
        if word.endswith(".") and not (inner_dots and _INITIALS.match(word)):
            word = word.rstrip(".")
            ends_sentence = True
            if not inner_dots and len(word) == 1 and word.isalpha() and word not in "IVX":
                break  # an initial ("H. Ahmad") opens a person's name
        if not word:
            break
        key = word.casefold()
        first_ok = not words and key in allow_first
        if not (first_ok and first_any_case):
            if not first_ok and (key in stop or key.rstrip(".") in stop):
                break
            if not keep_verbs and _VERB_LIKE.match(key):
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
        if ends_sentence or digit_ends and word[:1].isdigit():
            break
        if allow_slash and text.startswith("/", i):
            nxt = word_re.match(text, i + 1)
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
    return bool(CLUTTER_LINE.match(text[start:end])) or linked_after_label(text, start, end)


def linked_after_label(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is a linked headline whose label stands alone on the line before
    ("Baca juga:" / "Peltu Darmo Jadi Pelopor Gotong-Royong")."""
    if start == 0:
        return False
    lo = max(0, start - 40)  # (a label's line is short: a longer one is no label)
    before = text.rfind("\n", lo, start - 1)
    if before < 0 and lo > 0:
        return False
    prev = text[before + 1:start].strip()
    return bool(prev) and bool(LABEL_LINE.fullmatch(prev)) and _is_headline_line(text[start:end])


def _is_headline_line(line: str) -> bool:
    """A short line that is not a sentence: no closing punctuation (an ellipsis cuts a linked
    headline short: "Camat Darmo Kunjungi..."), at most 20 words."""
    s = line.strip()
    return (len(s) <= 160 and len(s.split()) <= 20
            and (s.endswith(("...", "…")) or not s.endswith((".", "!", "?", "”", '"', ":", ")"))))


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


# --------------------------------------------------------------------------------------------
# Per-text indexes: questions asked for every match ("on which line?", "page clutter?", "a
# headline?", "is this span inside a place?") answered by a bisect, so a text costs linear time
# however many places it names and however long its lines are.


class LineIndex:
    """The line starts of one text, its clutter lines (in_clutter_line's rule) and which
    lines are title case, each computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self._headline: dict[int, bool] = {}

    def line_no(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the line holding ``pos`` (as line_bounds)."""
        k = self.line_no(pos)
        end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
        return self.starts[k], end

    @cached_property
    def _trailer(self) -> int:
        return trailer_start(self.text)

    @cached_property
    def _clutter_lines(self) -> frozenset[int]:
        ends = [s - 1 for s in self.starts[1:]] + [len(self.text)]
        return frozenset(k for k, (s, e) in enumerate(zip(self.starts, ends))
                         if CLUTTER_LINE.match(self.text[s:e]) or linked_after_label(self.text, s, e))

    def in_clutter(self, pos: int) -> bool:
        """What in_clutter_line says, without rescanning the line."""
        return pos >= self._trailer or self.line_no(pos) in self._clutter_lines

    def is_headline(self, pos: int) -> bool:
        """True where letter case cannot tell a name from the words after it: a title-case line (most
        words capitalised, no closing full stop) or a line in capitals."""
        k = self.line_no(pos)
        if k not in self._headline:
            start, end = self.bounds(pos)
            self._headline[k] = _headline_line(self.text[start:end])
        return self._headline[k]


@lru_cache(maxsize=8)
def line_index(text: str) -> LineIndex:
    """The index of ``text``, shared by the extractors and builders that read the same text."""
    return LineIndex(text)


def _headline_line(line: str) -> bool:
    line = line.strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words:
        return False
    if sum(w.isupper() for w in words) >= 0.7 * len(words):
        return True
    if line.endswith(".") or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _starts_and_reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Span starts in order, and for each the furthest end of it and every span before it."""
    spans = sorted(spans)
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


def covered_by(spans: list[tuple[int, int]]):
    """A test "is (s, e) inside one of these spans?" in log time (texts may hold thousands)."""
    starts, reach = _starts_and_reach(spans)

    def inside(s: int, e: int) -> bool:
        k = bisect_right(starts, s) - 1
        return k >= 0 and reach[k] >= e

    return inside


def overlapped_by(spans: list[tuple[int, int]]):
    """A test "does (s, e) overlap one of these spans?" in log time."""
    starts, reach = _starts_and_reach(spans)

    def overlaps(s: int, e: int) -> bool:
        k = bisect_left(starts, e) - 1
        return k >= 0 and reach[k] > s

    return overlaps

# --- first characters of a pattern (to skip positions where it cannot start) ----------------------

@lru_cache(maxsize=4096)
def first_chars(pattern: str) -> frozenset[str] | None:
    """The lower-cased ASCII characters a match of ``pattern`` (compiled case-insensitively) can start
    with, besides any non-ASCII character (``\\d`` reads Unicode digits too); None when that is not
    known (a class such as ``\\w``, a non-ASCII literal, a pattern that may match the empty string).
    Assertions (``\\b``, lookarounds) read no character. A scanner that tries the pattern only at
    positions holding one of these characters or a non-ASCII one finds exactly what a full scan finds."""
    from re import _constants as c, _parser

    def first(seq) -> tuple[set[str], bool] | None:
        out: set[str] = set()
        for op, av in seq:
            if op is c.LITERAL:
                out.add(chr(av))
                return out, False
            if op is c.IN:
                for o, a in av:
                    if o is c.LITERAL:
                        out.add(chr(a))
                    elif o is c.RANGE and a[1] - a[0] < 128:
                        out.update(chr(x) for x in range(a[0], a[1] + 1))
                    elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                        out.update("0123456789")
                    else:
                        return None
                return out, False
            if op is c.BRANCH:
                nullable = False
                for alt in av[1]:
                    got = first(alt)
                    if got is None:
                        return None
                    out |= got[0]
                    nullable = nullable or got[1]
                if not nullable:
                    return out, False
            elif op is c.SUBPATTERN:
                if av[1] or av[2]:
                    return None
                got = first(av[3])
                if got is None:
                    return None
                out |= got[0]
                if not got[1]:
                    return out, False
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: the first character read is still to come
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                got = first(av[2])
                if got is None:
                    return None
                out |= got[0]
                if av[0] > 0 and not got[1]:
                    return out, False
            else:
                return None
        return out, True

    try:
        got = first(_parser.parse(pattern, 0))
    except Exception:
        return None
    if got is None or got[1] or not got[0] or not all(ch.isascii() for ch in got[0]):
        return None
    return frozenset(ch.lower() for ch in got[0])


@lru_cache(maxsize=4096)
def literal_prefixes(pattern: str, max_len: int = 6, max_count: int = 64) -> frozenset[str] | None:
    """Literal strings (at most ``max_len`` long) one of which begins every match of ``pattern``
    compiled case-sensitively: ``"(?:ber)?tatap muka"`` gives ``{"bertat", "tatap"}``. A prefix stops
    where the pattern stops spelling out its characters (a class such as ``\\s`` or ``\\w``, a long
    repeat). None when some match may begin with such a character or be empty. A scanner that
    tries the pattern only where one of these strings begins finds exactly what a full scan finds."""
    from re import _constants as c, _parser

    def extend(seq, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
        # A state is (prefix so far, still growing); a stopped prefix is kept as it is.
        for op, av in seq:
            live = {p for p, growing in states if growing}
            if not live:
                break
            stopped = {s for s in states if not s[1]}
            new: set[tuple[str, bool]] | None
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: reads no character
            if op is c.LITERAL:
                new = {(p + chr(av), True) for p in live}
            elif op is c.IN:
                chars: list[str] | None = []
                for o, a in av:
                    if o is c.LITERAL:
                        chars.append(chr(a))
                    elif o is c.RANGE and a[1] - a[0] < 16:
                        chars.extend(chr(x) for x in range(a[0], a[1] + 1))
                    else:
                        chars = None
                        break
                new = None if chars is None else {(p + ch, True) for p in live for ch in chars}
            elif op is c.BRANCH:
                new = set()
                for alt in av[1]:
                    new |= extend(alt, {(p, True) for p in live})
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                new = extend(av[3], {(p, True) for p in live})
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                # Up to three repeats spelled out; a prefix of more repeats stops after three.
                low, high, item = av
                reps = [{(p, True) for p in live}]
                for _ in range(min(high, 3)):
                    reps.append(extend(item, reps[-1]))
                new = set().union(*reps[low:])
                if high > 3:
                    new |= {(p, False) for p, _ in reps[-1]}
            else:
                new = None
            if new is None or len(new) > max_count:
                new = {(p, False) for p in live}
            states = stopped | {(p[:max_len], growing and len(p) < max_len) for p, growing in new}
        return states

    try:
        parsed = _parser.parse(pattern, 0)
    except Exception:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = {p for p, _ in extend(parsed, {("", True)})}
    if not found or "" in found:
        return None
    return frozenset(found)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex that matches, where one of ``words`` begins, the shortest such word: an alternation
    regrouped letter by letter, so the engine reads a position once instead of trying every word."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node.clear()
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie) if trie else "(?!)"


@lru_cache(maxsize=8)
def caseless_lower(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive regex of lower-case ASCII words finds on it exactly what
    the same regex, case-insensitive, finds on ``text`` (and at the same offsets): every character
    beyond ASCII is caseless (quotation marks, dashes), so no special folding ("ſ" for "s", the
    Kelvin sign for "k") applies. None otherwise. Case-sensitive alternations run several times
    faster: the regex engine skips an alternative by its first letter only when case does not matter."""
    if not text.isascii():
        for ch in set(beyond_ascii(text)):  # (a set of every character of a long text cost more)
            if not (ch.lower() == ch == ch.upper()):
                return None
    return text.lower()


_ASCII_BYTES = bytes(range(128))


def beyond_ascii(text: str) -> str:
    """The characters of ``text`` beyond ASCII, in order: its UTF-8 bytes with the ASCII ones dropped
    (one pass in C, where a test of every character in Python cost more than what it guards)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def first_char_guard(pattern: str) -> str:
    """A lookahead to put before a case-insensitive ``pattern`` (a long alternation of words): it
    fails at once where no alternative can start, instead of the regex engine trying each of them at
    every position. Empty when the first characters are not known (see :func:`first_chars`)."""
    chars = first_chars(pattern)
    if chars is None:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]|[^\\x00-\\x7f])"


def compile_guarded(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` (case-insensitive) behind its :func:`first_char_guard`."""
    if not flags & re.IGNORECASE:
        raise ValueError("the guard holds lower-case letters: compile the pattern case-insensitively")
    return re.compile(first_char_guard(pattern) + pattern, flags)


def by_first_char(alternatives: list[str]) -> str:
    """``"|".join(alternatives)`` regrouped by first letter for a case-insensitive regex:
    ``(?=k)(?:k-words)|(?=p)(?:p-words)|...``. The engine then tries only the words that can start
    where it stands, in their given order, so the regex matches exactly what the plain alternation
    matches. Falls back to the plain alternation when an alternative's first letter is not one
    known ASCII letter (see :func:`first_chars`)."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        chars = first_chars(alt)
        if chars is None or len(chars) != 1:
            return "|".join(alternatives)
        groups.setdefault(next(iter(chars)), []).append(alt)
    return "|".join(f"(?={re.escape(ch)})(?:{'|'.join(alts)})" for ch, alts in groups.items())


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted starts of every occurrence of the ``literals`` in ``text``, case as written."""
    out: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    return sorted(out)


def matches_at(pattern: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]] | None) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` yields, trying the pattern only at positions inside
    ``windows`` (``(first, last)`` positions a match may start at, sorted by ``first``). Exact when
    every match the pattern can have starts inside a window and no match is empty. ``None`` for
    windows scans the whole text."""
    if windows is None:
        yield from pattern.finditer(text)
        return
    pos = 0  # where the scan stands: matches never overlap
    match = pattern.match
    for lo, hi in windows:
        s = lo if lo > pos else pos
        while s <= hi:
            m = match(text, s)
            if m is None:
                s += 1
                continue
            yield m
            pos = s = m.end() if m.end() > s else s + 1


def at_words(starts: list[int] | None) -> list[tuple[int, int]] | None:
    """Windows of one position each, at the given word starts."""
    return None if starts is None else [(s, s) for s in starts]
