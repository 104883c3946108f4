"""What was done: activity labels with scores and the evidence spans that made them.

Cue words per label live in ``data/activities.yaml``. The extractor finds every cue in the text and
notes how each is framed: a purpose, plan, appeal or negation ("agar menjaga kesehatan", "akan
melaksanakan patroli") is a *mention*, not something done; words inside quotation marks are weaker.
The builder then weighs the hits by where they stand (headline, lead, rest of the story), keeps the
labels that have at least one activity word actually done, and picks the primary activity: what the
headline and lead are about.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, field_validator
if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..records import Activity, TextSpan
from ..textutil import caseless_lower, covered_by, first_chars, line_index, literal_prefixes, trie_pattern
from .base import Candidate, CandidateExtractor, doc_text
from .wordhits import is_word_char, word_hits

# --- the lexicon -------------------------------------------------------------------------------


class Cue(BaseModel):
    pattern: str
    weight: float = Field(gt=0)
    act: bool = True

    @field_validator("pattern")
    @classmethod
    def _no_capturing_groups(cls, pattern: str) -> str:
        if re.compile(pattern).groups:
            raise ValueError(f"cue {pattern!r}: use (?:...) groups; capturing groups are reserved")
        return pattern


class ActivityLabel(BaseModel):
    description: str
    cues: list[Cue]
    outranks: list[str] = Field(default_factory=list)
    absorbs: list[str] = Field(default_factory=list)


class ActivityLexicon(BaseModel):
    labels: dict[str, ActivityLabel]
    mention_markers: list[str]
    purpose_markers: list[str]
    doing_verbs: list[str]
    negations: list[str]
    not_negating_after: list[str]
    future_after: list[str]
    talk_words: dict[str, list[str]] = Field(default_factory=dict)
    about_words: list[str] = Field(default_factory=list)


@lru_cache(maxsize=None)
def activity_lexicon() -> ActivityLexicon:
    lex = ActivityLexicon.model_validate(lexicon._load_yaml("activities.yaml"))
    for name, label in lex.labels.items():
        for other in (*label.outranks, *label.absorbs):
            if other not in lex.labels:
                raise ValueError(f"activities.yaml: label {name!r} refers to unknown label {other!r}")
    return lex


def _cue_body(pattern: str) -> str:
    """A cue fragment where a space matches spaces, line breaks or hyphens."""
    return pattern.replace(" ", r"[\s\-–]+")


@dataclass(frozen=True)
class _LabelCues:
    """All cues of one label in one whole-word regex (case-insensitive, or for lower-cased text).
    Where it matches, every cue of the label is tried at that position and the longest wins
    ("patroli blue light" over "patroli"). Regexes are compiled when first used."""

    label: str
    bodies: tuple[str, ...]
    cues: tuple[Cue, ...]
    flags: int
    # Lower-cased first characters of each cue (None: unknown, try it everywhere).
    firsts: tuple[frozenset[str] | None, ...]

    @property
    def body(self) -> str:
        """The label's regex without its leading lookbehind."""
        return "(?:" + "|".join(f"(?:{b})" for b in self.bodies) + r")(?![\w])"

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(r"(?<![\w\-])" + self.body, self.flags)

    @cached_property
    def singles(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rf"(?:{b})(?![\w])", self.flags) for b in self.bodies)

    def longest(self, text: str, start: int) -> tuple[int, int]:
        """(end, cue index) of the longest cue of the label at ``start`` (the later cue on a tie)."""
        ch = text[start].lower() if text[start].isascii() else None
        best = (-1, -1)
        for i, r in enumerate(self.singles):
            first = self.firsts[i]
            if ch is not None and first is not None and ch not in first:
                continue
            hit = r.match(text, start)
            if hit is not None and (hit.end(), i) > best:
                best = (hit.end(), i)
        return best

    def hits(self, text: str):
        """Every hit of the label, scanning the text on its own (what :func:`cue_hits` finds at once)."""
        for m in self.regex.finditer(text):
            end, index = self.longest(text, m.start())
            yield index, self.cues[index], m.start(), end


@lru_cache(maxsize=None)
def _compiled_cues(ignorecase: bool = True) -> tuple[_LabelCues, ...]:
    """The cues of every label, case-insensitive, or (``ignorecase=False``) for lower-cased text: see
    :func:`_lowered`."""
    flags = re.IGNORECASE if ignorecase else 0
    out = []
    for name, label in activity_lexicon().labels.items():
        bodies = tuple(_cue_body(c.pattern) for c in label.cues)
        out.append(_LabelCues(name, bodies, tuple(label.cues), flags, tuple(first_chars(b) for b in bodies)))
    return tuple(out)



# An upper-case letter that is a literal in a pattern (not the escape of a class such as ``\W``).
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]|\\\\[A-Z]")


@lru_cache(maxsize=None)
def _cues_lower_case() -> bool:
    return not any(_UPPER_LITERAL.search(c.pattern) for label in activity_lexicon().labels.values() for c in label.cues)


def _lowered(text: str) -> str | None:
    """The text lower-cased when matching the lower-case cues on it is exact (see
    :func:`caseless_lower`), else None."""
    return caseless_lower(text) if _cues_lower_case() else None


@lru_cache(maxsize=None)
def _cue_scan(ignorecase: bool = True) -> re.Pattern[str]:
    """One regex for the single scan of a text: at a word start where any cue matches, one group per
    label records where that label's own regex would end its match there (-1: no match). A cue of
    the label must begin with one of the characters the lookahead allows."""
    groups = _compiled_cues(ignorecase)
    firsts = [f for g in groups for f in g.firsts]
    if any(f is None for f in firsts):
        start = ""
    else:
        chars = "".join(sorted(set().union(*firsts)))
        start = rf"(?=[{re.escape(chars)}]|[^\x00-\x7f])"
    everything = "|".join(f"(?:{_cue_body(c.pattern)})" for g in groups for c in g.cues)
    per_label = "".join(
        rf"(?:(?=(?P<g{gi}>{g.body}))|)" for gi, g in enumerate(groups))
    return re.compile(rf"(?<![\w\-]){start}(?=(?:{everything})(?![\w])){per_label}",
                      re.IGNORECASE if ignorecase else 0)


# The longest literal word start of a cue the index keys on.
_KEY_LEN = 6
# Distinct word starts the index remembers the cues of before it starts afresh.
_MEMO_SIZE = 50_000


_Group = tuple[int, tuple[tuple[int, object], ...]]  # (label number, ((cue index, match method), ...))


@dataclass
class _CueIndex:
    """The cues of every label (for lower-cased text) keyed by the literal letters they begin with
    (see :func:`literal_prefixes`), and one regex that stops only at word starts that begin like a
    cue. Each word start it stops at is looked up once: the cues keyed by its first letters, by
    label in lexicon order, are the only ones that can match there."""

    scan: re.Pattern[str]
    keys: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]
    cues: tuple[tuple[int, int, object], ...]  # (label number, cue index, the cue's match method)
    memo: dict[str, tuple[_Group, ...]] = field(default_factory=dict)

    def at(self, word: str) -> tuple[_Group, ...]:
        """The cues that may match where ``word`` (the next ``_KEY_LEN`` characters) begins."""
        found: set[int] = set()
        for n in self.lengths:
            found.update(self.keys.get(word[:n], ()))
        groups: dict[int, list[tuple[int, object]]] = {}
        for k in sorted(found):
            gi, i, match = self.cues[k]
            groups.setdefault(gi, []).append((i, match))
        if len(self.memo) >= _MEMO_SIZE:
            self.memo.clear()
        got = self.memo[word] = tuple((gi, tuple(cues)) for gi, cues in groups.items())
        return got


@lru_cache(maxsize=None)
def _cue_index() -> _CueIndex | None:
    """The index for lower-cased text, or None when some cue's first letters are not spelled out."""
    if not _cues_lower_case():
        return None
    cues: list[tuple[int, int, object]] = []
    keys: dict[str, list[int]] = {}
    for gi, group in enumerate(_compiled_cues(False)):
        for i, (body, single) in enumerate(zip(group.bodies, group.singles)):
            prefixes = literal_prefixes(body, _KEY_LEN)
            if prefixes is None:
                return None
            for key in prefixes:
                keys.setdefault(key, []).append(len(cues))
            cues.append((gi, i, single.match))
    if not cues:
        return None
    scan = re.compile(r"(?<![\w\-])" + trie_pattern(keys))
    return _CueIndex(scan, {k: tuple(v) for k, v in keys.items()}, tuple(sorted({len(k) for k in keys})),
                     tuple(cues))


def _indexed_hits(text: str, index: _CueIndex, n_labels: int) -> list[list[tuple[int, int, int]]]:
    """Per label, (cue index, start, end) of its hits in lower-cased ``text``: at each word start
    that begins like a cue, the label matches where one of its cues does, its regex would end
    where its first matching cue ends, and the hit is its longest cue (the later on a tie)."""
    found: list[list[tuple[int, int, int]]] = [[] for _ in range(n_labels)]
    resume = [0] * n_labels
    memo, at = index.memo, index.at
    for m in index.scan.finditer(text):
        p = m.start()
        word = text[p:p + _KEY_LEN]
        groups = memo.get(word)
        if groups is None:
            groups = at(word)
        for gi, cues in groups:
            if p < resume[gi]:
                continue  # inside the label's previous match: its regex would not stop here
            stop = -1
            for i, match in cues:
                hit = match(text, p)
                if hit is not None:
                    e = hit.end()
                    if stop < 0:
                        stop = end = e
                        best = i
                    elif e >= end:
                        end, best = e, i
            if stop >= 0:
                found[gi].append((best, p, end))
                resume[gi] = max(stop, p + 1)
    return found


def cue_hits(text: str) -> list[tuple[_LabelCues, int, Cue, int, int]]:
    """Every cue hit of every label in one regex pass: the scan stops only at word starts where some
    cue matches and says which labels match there. Finds exactly what scanning the text once per
    label finds (a label's next match starts after its previous one), label by label in lexicon order.
    Lower-cased text is read through :func:`_cue_index`."""
    lowered = _lowered(text)
    indexed = _cue_index() if lowered is not None else None
    groups = _compiled_cues()
    found = (_indexed_hits(lowered, indexed, len(groups)) if indexed is not None
             else _scanned_hits(text, lowered))
    return [(groups[gi], index, groups[gi].cues[index], start, end)
            for gi in range(len(groups)) for index, start, end in found[gi]]


def _scanned_hits(text: str, lowered: str | None) -> list[list[tuple[int, int, int]]]:
    """Per label, (cue index, start, end) of its hits, by the single-regex scan (one lookahead group
    per label): the way when the cue index cannot be used."""
    fold = lowered is None
    groups, scan = _compiled_cues(fold), _cue_scan(fold)
    text = text if fold else lowered
    found: list[list[tuple[int, int, int]]] = [[] for _ in groups]
    resume = [0] * len(groups)
    for m in scan.finditer(text):
        p = m.start()
        for gi, (_, stop) in enumerate(m.regs[1:]):
            if stop >= 0 and p >= resume[gi]:
                end, index = groups[gi].longest(text, p)
                found[gi].append((index, p, end))
                resume[gi] = max(stop, p + 1)
    return found


def _phrase_alternation(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=None)
def _framing_patterns() -> tuple[re.Pattern[str], ...]:
    lex = activity_lexicon()
    word = lambda phrases: re.compile(rf"(?<!\w)(?:{_phrase_alternation(phrases)})(?!\w)", re.IGNORECASE)  # noqa: E731
    negation = re.compile(
        rf"(?<!\w)(?:{_phrase_alternation(lex.negations)})(?!\w)(?!\s+(?:{_phrase_alternation(lex.not_negating_after)})(?!\w))",
        re.IGNORECASE,
    )
    return (word(lex.mention_markers), word(lex.purpose_markers), word(lex.doing_verbs), negation,
            word(lex.future_after))


_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


@lru_cache(maxsize=None)
def _framing_firsts() -> tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
    """The lower-cased first words of the phrases the framing regexes look for: before a cue
    (negations, mention and purpose markers), doing verbs, future words. A regex can match a
    clause only if one of them is a whole word there; None when some phrase does not begin with a
    plain ASCII word (then the regex always runs)."""
    lex = activity_lexicon()

    def firsts(*lists: list[str]) -> frozenset[str] | None:
        words = [(p.split() or [""])[0] for phrases in lists for p in phrases]
        if not all(_ASCII_WORD.fullmatch(w) for w in words):
            return None
        return frozenset(w.lower() for w in words)

    return (firsts(lex.negations, lex.mention_markers, lex.purpose_markers), firsts(lex.doing_verbs),
            firsts(lex.future_after))


def _word_runs(words: list[str] | str) -> frozenset[str] | None:
    """The lower-cased letter-and-digit runs of some words, or None when they are not all ASCII (a
    case-insensitive regex may then match letters that lower-casing does not give)."""
    joined = words if isinstance(words, str) else " ".join(words)
    if not joined.isascii():
        return None
    return frozenset(joined.lower().replace("-", " ").replace("'", " ").split())


def _may_match(runs: frozenset[str] | None, firsts: frozenset[str] | None) -> bool:
    """False when no phrase beginning with one of ``firsts`` can match words with these ``runs``."""
    return runs is None or firsts is None or not firsts.isdisjoint(runs)


# --- sentences, headline and lead ------------------------------------------------------------------

LEAD_SENTENCES = 2
LEAD_MIN_WORDS = 5
# A headline line has this many words (a subtitle may be long).
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
# A line this long is story text even when it ends without a full stop (a dateline paragraph ending
# in its date).
STORY_LINE_WORDS = 20
# A short line (date stamp, section name, "ilustrasi") is its own sentence even without a full stop.
SHORT_LINE_WORDS = 8

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“(]?[A-Z0-9])|\n[ \t]*\n")
# The same cuts found from the stop itself (group 1 follows it): a regex that starts with a character
# class skips ahead to the next stop or line break instead of looking behind at every position.
_SENTENCE_END_SCAN = re.compile(r"[.!?]([\"”’]?\s+)(?=[\"“(]?[A-Z0-9])|\n[ \t]*\n")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]{1,3}|(?:[A-Za-z]\.)+[A-Za-z]?|[A-Z][a-z]{0,3})\.$")


# One line of ``str.splitlines(keepends=True)``, read where it is needed instead of all at once.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]|\Z)")


def _sentence_end_cuts(text: str, start: int) -> Iterator[tuple[int, int]]:
    """What ``_SENTENCE_END.finditer(text, start)`` finds (its look-behind may read the stop just
    before ``start``), less the stops after abbreviations, as (start, end) cuts."""
    scan_from = start - 1 if start > 0 and text[start - 1] in ".!?" else start
    for m in _SENTENCE_END_SCAN.finditer(text, scan_from):
        cut = m.start(1)
        if cut < 0:  # a blank line
            yield m.start(), m.end()
            continue
        before = text[max(start, cut - 12):cut]
        if "\n" not in m.group(1) and _ABBREVIATION.search(before):
            continue
        yield cut, m.end()


def _line_ends(text: str, start: int) -> Iterator[tuple[int, bool]]:
    """Where each line from ``start`` ends (before its line break), and whether it is a short line."""
    for m in _LINE.finditer(text, start):
        line = m.group(0)
        # split(None, n) stops after n + 1 words: a long paragraph is not split whole.
        short = bool(line.strip()) and len(line.split(None, SHORT_LINE_WORDS)) <= SHORT_LINE_WORDS
        yield m.start() + len(line.rstrip("\r\n")), short


def _cuts(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Sentence-end cuts and the ends of short lines, in order, each line read only once the cuts
    before it are used."""
    lines = _line_ends(text, start)
    line = next(lines, None)
    for cut in _sentence_end_cuts(text, start):
        while line is not None and line[0] <= cut[0]:
            if line[1]:
                yield line[0], line[0]
            line = next(lines, None)
        yield cut
    while line is not None:
        if line[1]:
            yield line[0], line[0]
        line = next(lines, None)


def iter_sentences(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """:func:`sentences` one at a time, reading the text only as far as the caller goes (the lead
    needs the first few sentences of a long page)."""
    pos = start
    for cut_start, cut_end in _cuts(text, start):
        if cut_start < pos:
            continue
        if text[pos:cut_start].strip():
            yield pos, cut_start
        pos = cut_end
    if text[pos:].strip():
        yield pos, len(text)


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Rough sentence spans from ``start``: full stops before a capital (not after short abbreviations
    such as "Kec." or "S.H."), blank lines, and the ends of short header lines."""
    return list(iter_sentences(text, start))


@dataclass(frozen=True)
class Zones:
    """Where the headline lines and the lead sit in the text."""

    titles: tuple[tuple[int, int], ...]
    lead: tuple[int, int] | None

    @cached_property
    def _in_title(self):
        return covered_by(list(self.titles))

    def of(self, pos: int) -> str:
        if self._in_title(pos, pos + 1):
            return "title"
        if self.lead and self.lead[0] <= pos < self.lead[1]:
            return "lead"
        return "body"


def _opens_story(sentence: str) -> bool:
    """A real sentence of the story, not a header line (date stamp, byline, section name)."""
    words = sentence.split()
    return len(words) >= LEAD_MIN_WORDS and (sentence.rstrip().endswith((".", "!", "?", '"', "”", ")"))
                                             or len(words) >= STORY_LINE_WORDS)


def _headline_lines(text: str, end: int) -> list[tuple[int, int]]:
    """Headline-like lines before ``end``: a few words, no closing full stop. Pages put the headline,
    a repeated headline, a bylined headline or a subtitle there; dates and section names carry no cues."""
    out = []
    pos = 0
    lines = line_index(text)
    for line in text[:end].splitlines(keepends=True):
        stripped = line.strip()
        words = stripped.split()
        if (HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS and not stripped.endswith((".", ":"))
                and not lines.in_clutter(pos)):
            start = pos + line.index(stripped)
            out.append((start, start + len(stripped)))
        pos += len(line)
    return out


def find_zones(text: str, title: tuple[int, int] | None) -> Zones:
    """The headline (the detected title line and any other headline-like line above the story) and
    the lead: the first sentences of the story."""
    after = title[1] if title else 0
    lines = line_index(text)
    lead_sents: list[tuple[int, int]] = []
    for s, e in iter_sentences(text, after):
        if lines.in_clutter(s) or not (lead_sents or _opens_story(text[s:e])):
            continue
        lead_sents.append((s, e))
        if len(lead_sents) == LEAD_SENTENCES:
            break
    lead = (lead_sents[0][0], lead_sents[-1][1]) if lead_sents else None
    story_start = lead[0] if lead else len(text)
    titles = set(_headline_lines(text, story_start))
    if title and title[0] < story_start:
        titles.add(title)
    return Zones(tuple(sorted(titles)), lead)


# --- how a cue is framed ---------------------------------------------------------------------------

# How far back (in words, within the clause) a marker makes a cue a mention; negations only right before;
# future words only right after ("kerja bakti akan dilaksanakan").
MARKER_WINDOW = 6
NEGATION_WINDOW = 2
FUTURE_WINDOW = 2
DOING_WINDOW = 2
# How far back (in words, within the clause) a talk or meeting word makes a cue its subject.
SUBJECT_WINDOW = 5
# Words before a cue that any of these tests reads.
WORDS_KEPT = max(MARKER_WINDOW, NEGATION_WINDOW, DOING_WINDOW + 1, SUBJECT_WINDOW)
_CLAUSE_BREAK = re.compile(r"[.;:!?,\n“”\"]")
_WORDS = re.compile(r"[\w'’\-]+")
# How far (in characters) a clause is read before and after a cue.
CLAUSE_REACH = 200


# Characters read first around a cue: most clauses show the few words wanted within them.
_NEAR = 64


def _clause_after(text: str, pos: int, max_words: int) -> str:
    """The first ``max_words`` words after ``pos`` that are in the same clause."""
    near = pos + _NEAR
    brk = _CLAUSE_BREAK.search(text, pos, near)
    if brk is None:
        words = _WORDS.findall(text, pos, near)
        if len(words) > max_words:  # the words kept end before the last one, which may be cut
            return " ".join(words[:max_words])
        brk = _CLAUSE_BREAK.search(text, near, pos + CLAUSE_REACH)
    return " ".join(_WORDS.findall(text, pos, brk.start() if brk else pos + CLAUSE_REACH)[:max_words])


# Everything up to the last clause break of a stretch of text.
_LAST_BREAK = re.compile(r"(?s:.*)" + _CLAUSE_BREAK.pattern)


def _all_words_before(text: str, pos: int) -> list[str]:
    """The words before ``pos`` in the same clause, within ``CLAUSE_REACH`` characters."""
    start = max(0, pos - CLAUSE_REACH)
    brk = _LAST_BREAK.match(text, start, pos)
    return _WORDS.findall(text, brk.end() if brk else start, pos)


def _words_before(text: str, pos: int) -> list[str]:
    """The last ``WORDS_KEPT`` words of :func:`_all_words_before`, read from the few characters
    before ``pos`` when they hold them: found once per cue and read by every framing test."""
    near = max(0, pos - _NEAR)
    brk = _LAST_BREAK.match(text, near, pos)
    if brk is not None:
        return _WORDS.findall(text, brk.end(), pos)[-WORDS_KEPT:]
    words = _WORDS.findall(text, near, pos)
    if len(words) > WORDS_KEPT:  # the words kept start after the first one, which may be cut
        return words[-WORDS_KEPT:]
    return _all_words_before(text, pos)[-WORDS_KEPT:]


def framing(text: str, start: int, end: int | None = None) -> tuple[str | None, bool]:
    """How the clause frames the cue at ``start``: the purpose, plan, appeal or negation word that
    makes it a mention (``None`` when the clause reports it as done), and whether that word negates."""
    if end is None:
        m = _WORDS.match(text, start)
        end = m.end() if m else start
    words = _words_before(text, start)
    return _framing(text, end, words, _word_runs(words))


def _framing(text: str, end: int, words: list[str], runs: frozenset[str] | None,
             future_possible: bool = True) -> tuple[str | None, bool]:
    """:func:`framing` of a cue ending at ``end`` with ``words`` (see :func:`_words_before`) before it
    in its clause, whose :func:`_word_runs` are ``runs``. ``future_possible`` False: the text holds
    no future word (see :func:`_may_say_future`), and the words after the cue are not read."""
    mention, purpose, doing, negation, future = _framing_patterns()
    before_firsts, _, future_firsts = _framing_firsts()
    if _may_match(runs, before_firsts):
        near = " ".join(words[-NEGATION_WINDOW:])
        neg = negation.search(near + " ")
        if neg is not None:
            return neg.group(0), True
        before = " ".join(words[-MARKER_WINDOW:])
        m = None
        for m in mention.finditer(before):
            pass
        if m is not None:
            return m.group(0), False
        last_purpose = None
        for last_purpose in purpose.finditer(before):
            pass
        if last_purpose is not None and not doing.search(before, last_purpose.end()):
            return last_purpose.group(0), False
    if not future_possible:
        return None, False
    after = _clause_after(text, end, FUTURE_WINDOW)
    if _may_match(_word_runs(after), future_firsts):
        later = future.search(after)
        if later is not None:
            return later.group(0), False
    return None, False




@lru_cache(maxsize=None)
def _talk_index() -> tuple[dict[str, str], frozenset[str]]:
    lex = activity_lexicon()
    talk = {w.casefold(): label for label, words in lex.talk_words.items() for w in words}
    return talk, frozenset(w.casefold() for w in lex.about_words)


def _may_say_future(text: str) -> bool:
    """False when no future phrase can match anywhere in ``text``: their first words are plain
    letters, and none of them is a run of letters of the lower-cased text (a phrase that matches
    stands between characters that are no word characters, so its first word is such a run).
    True when that cannot be told; most texts with no "akan" then skip reading after each cue."""
    firsts = _framing_firsts()[2]
    if firsts is None or not all(w.isalpha() for w in firsts):
        return True
    hits = word_hits(text)
    return not (hits.exact and hits.words.isdisjoint(firsts))


def _subject_of_talk(words: list[str], label: str) -> bool:
    """True when the cue after ``words`` (see :func:`_words_before`) is what a talk or meeting of
    another label was about ("rapat koordinasi penanganan stunting", "penyuluhan tentang posyandu")."""
    talk, about = _talk_index()
    for word in words[-SUBJECT_WINDOW:]:
        word = word.casefold()
        if word in about or talk.get(word, label) != label:
            return True
    return False


def _said_done(words: list[str], runs: frozenset[str] | None) -> bool:
    """True when a doing verb stands right before the cue ("melaksanakan kegiatan patroli")."""
    if not _may_match(runs, _framing_firsts()[1]):
        return False
    return bool(_framing_patterns()[2].search(" ".join(words[-(DOING_WINDOW + 1):])))


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Offsets of the opening, closing and straight quotation marks of a text, found once."""
    return _offsets(text, "“"), _offsets(text, "”"), _offsets(text, '"')


def _offsets(text: str, ch: str) -> list[int]:
    """Every offset of ``ch`` in ``text``, in order (``str.find`` jumps between them in C)."""
    out = []
    i = text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


def in_quote(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside quotation marks opened on its own paragraph line: the last curly
    mark before it on the line opens, or an odd number of straight marks stand before it there."""
    return _quote_test(text)(pos)


def _never(pos: int) -> bool:
    return False


def _quote_test(text: str):
    """:func:`in_quote` for one text, its marks and lines looked up once."""
    opens, closes, straight = _quote_marks(text)
    if not (opens or closes or straight):
        return _never
    bounds = line_index(text).bounds

    def quoted(pos: int) -> bool:
        line_start = bounds(pos)[0]

        def last(marks: list[int]) -> int:
            k = bisect_left(marks, pos) - 1
            return marks[k] if k >= 0 and marks[k] >= line_start else -1

        if last(opens) > last(closes):
            return True
        return (bisect_left(straight, pos) - bisect_left(straight, line_start)) % 2 == 1

    return quoted


# Sentences a numbered point may run on for before the next point starts.
ENUMERATION_GAP = 2
_ENUMERATION_WORDS = ("pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "terakhir")
_ENUMERATION = re.compile(rf"^\W*(?:{'|'.join(_ENUMERATION_WORDS)})\b", re.IGNORECASE)


# Where _LINE ends a line.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _may_open_a_point(text: str, lowered: str) -> bool:
    """False when no sentence of ``text`` (as :func:`sentences` cuts it) can open with a numbered
    point's word (``_ENUMERATION``), told without cutting the text into sentences. Such a word is a
    whole word (found on ``lowered``, :func:`caseless_lower` of the text) with only non-word
    characters between it and its sentence's start, and a sentence starts at the text's start,
    after a line break (a blank line, a short line's end), or after a full stop and white space
    before a capital: so the word is written with an ASCII capital, or the non-word characters
    before it hold a line break or reach the text's start ("Kedua, ..." opening a line; not "kedua
    belah pihak")."""
    size = len(lowered)
    for word in _ENUMERATION_WORDS:
        i = lowered.find(word)
        while i >= 0:
            j = i + len(word)
            if (not i or not is_word_char(lowered[i - 1])) and (j == size or not is_word_char(lowered[j])):
                if "A" <= text[i] <= "Z":
                    return True
                q = i
                while q and not is_word_char(text[q - 1]):
                    q -= 1
                if not q or not _LINE_BREAKS.isdisjoint(text[q:i]):
                    return True
            i = lowered.find(word, i + 1)
    return False


def advice_lists(text: str) -> list[tuple[int, int]]:
    """Spans of numbered points ("Pertama, ... Kedua, ...") that follow a sentence of advice ("hal yang
    perlu dilakukan warga"): what the points name is recommended, not done. A point may run on for
    a sentence or two before the next one starts."""
    lowered = caseless_lower(text)
    if lowered is not None and not _may_open_a_point(text, lowered):
        return []  # no numbered point: no need to split the text
    mention = _framing_patterns()[0]
    sents = sentences(text)
    items = [i for i, (s, e) in enumerate(sents) if _ENUMERATION.match(text[s:e])]
    runs: list[list[int]] = []
    for i in items:
        if runs and i - runs[-1][-1] <= ENUMERATION_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        first, last = run[0], run[-1]
        if first == 0 or not mention.search(text[sents[first - 1][0]:sents[first - 1][1]]):
            continue
        end = sents[min(last + ENUMERATION_GAP, len(sents) - 1)][1] if len(run) > 1 else sents[last][1]
        spans.append((sents[first][0], end))
    return spans


# --- finding cues ---------------------------------------------------------------------------------

@dataclass
class _Hit:
    label: str
    index: int
    cue: Cue
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: _Hit) -> bool:
        return self.start < other.end and other.start < self.end


_ACRONYM_GAP = re.compile(r"\s*\(\s*$")


def _resolve_overlaps(hits: list[_Hit], text: str) -> list[_Hit]:
    """Longer hits win over shorter ones they overlap; hits of one label never overlap; an acronym in
    brackets right after its spelled-out form ("komunikasi sosial (Komsos)") is the same mention.

    When some hits overlap, :func:`_longest_first` takes them longest first, by start within a
    length: a hit is dropped when it overlaps a longer kept hit (marked in ``taken``, one byte per
    character) or the last kept hit of its label and length. Each hit costs its own length, so the
    whole text costs linear time."""
    kept = sorted(hits, key=lambda h: (h.start, -h.length))
    if any(a.end > b.start for a, b in zip(kept, kept[1:])):
        kept = _longest_first(hits, len(text))
    out: list[_Hit] = []
    last_of_label: dict[str, _Hit] = {}
    for hit in kept:
        prev = last_of_label.get(hit.label)
        if prev is not None and text[hit.end:hit.end + 1] == ")" and _ACRONYM_GAP.match(text[prev.end:hit.start]):
            continue
        out.append(hit)
        last_of_label[hit.label] = hit
    return out


def _longest_first(hits: list[_Hit], size: int) -> list[_Hit]:
    """The hits :func:`_resolve_overlaps` keeps before it looks for acronyms, in text order (the
    longer first at one start): only needed when some hits overlap."""
    taken = bytearray(size)
    kept: list[_Hit] = []
    by_length: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_length.setdefault(hit.length, []).append(hit)
    for length in sorted(by_length, reverse=True):
        last_of_label: dict[str, _Hit] = {}
        now = []
        for hit in sorted(by_length[length], key=lambda h: h.start):
            if taken.find(1, hit.start, hit.end) != -1:
                continue
            prev = last_of_label.get(hit.label)
            if prev is not None and prev.overlaps(hit):
                continue
            last_of_label[hit.label] = hit
            now.append(hit)
        for hit in now:
            taken[hit.start:hit.end] = b"\x01" * hit.length
        kept.extend(now)
    kept.sort(key=lambda h: h.start)
    return kept


class ActivityExtractor(CandidateExtractor):
    """Finds activity cue words and how each is framed (done, mentioned, negated, quoted)."""

    name = "activities"
    labels = ("ACTIVITY",)

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        in_clutter = line_index(text).in_clutter
        hits = [
            _Hit(group.label, index, cue, start, end)
            for group, index, cue, start, end in cue_hits(text)
            if not in_clutter(start)
        ]
        if not hits:
            return []
        in_advice = covered_by(advice_lists(text))
        quoted = _quote_test(text)
        future_possible = _may_say_future(text)
        out = []
        for hit in _resolve_overlaps(hits, text):
            start, end = hit.start, hit.end
            words = _words_before(text, start)
            runs = _word_runs(words)
            marker, negated = _framing(text, end, words, runs, future_possible)
            if marker is None and in_advice(start, start + 1):
                marker = "advice list"
            out.append(Candidate(
                "ACTIVITY", start, end, text[start:end],
                rule=f"activity:{hit.label}:{hit.index}", score=hit.cue.weight,
                attrs={"type": hit.label, "act": hit.cue.act, "mention": marker, "negated": negated,
                       "quoted": quoted(start), "doing": _said_done(words, runs),
                       "subject": _subject_of_talk(words, hit.label)},
            ))
        return out


# --- turning hits into labels ----------------------------------------------------------------------

# The headline and the lead say what the story is about; quoted speech mixes reports with plans.
ZONE_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 1.0}
QUOTED_FACTOR = 0.75
# "melaksanakan/melakukan/menggelar X" reports X as done in so many words.
DOING_FACTOR = 1.5
# A label counts as done with at least one activity word done and this much weighted evidence.
MIN_SCORE = 3.0
# A label that outranks the top-scoring one becomes primary when it has this share of its score.
OUTRANK_SHARE = 0.5
MAX_EVIDENCE = 8
# The share of its weight a cue keeps towards the primary label when it is what a talk was about.
SUBJECT_FACTOR = 0.25
FALLBACK_LABEL = "lainnya"
# Weighted words a story needs before its best label is used when no activity word was done.
FALLBACK_MIN = 2.0


@dataclass
class LabelScore:
    """Weighted evidence for one label: activity words reported as done, and topic words."""

    label: str
    done: float = 0.0
    topic: float = 0.0
    subject: float = 0.0
    evidence: list[Candidate] = field(default_factory=list)
    topic_evidence: list[Candidate] = field(default_factory=list)

    @property
    def total(self) -> float:
        """Evidence for the primary label: what a talk was about weighs less than the talk."""
        return self.done - (1.0 - SUBJECT_FACTOR) * self.subject + self.topic


def score_labels(cands: list[Candidate], zones: Zones) -> dict[str, LabelScore]:
    """Weighted evidence per label. Activity words count when reported as done; topic words say what
    the story is about even inside a purpose clause, but never when negated."""
    scores: dict[str, LabelScore] = {}
    for c in cands:
        act = c.attrs["act"]
        if c.attrs["negated"] or (c.attrs["mention"] and act):
            continue
        label = c.attrs["type"]
        s = scores.setdefault(label, LabelScore(label))
        weight = c.score * ZONE_WEIGHT[zones.of(c.start)]
        if c.attrs["quoted"]:
            weight *= QUOTED_FACTOR
        if c.attrs.get("doing"):
            weight *= DOING_FACTOR
        if act:
            s.done += weight
            s.evidence.append(c)
            if c.attrs.get("subject"):
                s.subject += weight
        else:
            s.topic += weight
            s.topic_evidence.append(c)
    return scores


def choose(scores: dict[str, LabelScore]) -> tuple[str | None, list[LabelScore]]:
    """The primary label and every label done, primary first. A label is done when its activity words
    carry ``MIN_SCORE``; the primary is the done label with the most evidence, activity and topic words
    together, unless a label that outranks it comes close."""
    lex = activity_lexicon()
    done = {k: s for k, s in scores.items() if s.done >= MIN_SCORE}
    for label in list(done):
        for absorbed in lex.labels[label].absorbs:
            done.pop(absorbed, None)
    if not done:
        return None, []
    ranked = sorted(done.values(), key=lambda s: -s.total)
    primary = ranked[0]
    for s in ranked[1:]:
        if primary.label in lex.labels[s.label].outranks and s.total >= OUTRANK_SHARE * primary.total:
            primary = s
            break
    return primary.label, [primary, *(s for s in ranked if s is not primary)]


def fallback(scores: dict[str, LabelScore]) -> LabelScore:
    """With no activity word done, the label whose words the story leans on most, or ``lainnya``."""
    best = max(scores.values(), key=lambda s: s.total, default=None)
    if best is None or best.total < FALLBACK_MIN:
        return LabelScore(FALLBACK_LABEL)
    return LabelScore(best.label, topic=best.total, evidence=best.evidence + best.topic_evidence)


def confidence(score: float) -> float:
    """Weighted evidence squashed into 0..1 for the record."""
    return round(1.0 - math.exp(-score / 6.0), 3)


def build_activities(ctx) -> dict:
    """Fields ``activity`` and ``activities`` from ACTIVITY candidates."""
    titles = ctx.candidates("TITLE")
    zones = find_zones(ctx.text, (titles[0].start, titles[0].end) if titles else None)
    scores = score_labels(ctx.candidates("ACTIVITY"), zones)
    primary, done = choose(scores)
    if primary is None:
        best = fallback(scores)
        primary, done = best.label, [best]
    activities = [
        Activity(
            type=s.label, score=confidence(s.total),
            evidence=[TextSpan(text=ctx.text[c.start:c.end], start=c.start, end=c.end)
                      for c in sorted(s.evidence, key=lambda c: c.start)[:MAX_EVIDENCE]],
        )
        for s in done
    ]
    return {"activity": primary, "activities": activities}
