"""Administrative places written with their level word, linked to Kemendagri codes.

:class:`PlaceExtractor` finds "Desa Kemantan Darat", "Kec. Air Hangat Timur", "Dsn 4", "RT 007/RW 03",
lists that drop the level word ("Lingkungan Terusan, Kerobokan dan Pertukangan"), and decides where
each name ends: at the next level word, punctuation, stop words, verbs and role words, and, for
levels that have codes, at the longest name the Kemendagri list knows when the words after it are
another region's name or a headline's words ("Kecamatan Sungai Raya Kubu Raya").

:func:`build_places` drops places inside unit names ("Kodim 0734/Kota Yogyakarta"), links each place with
:class:`komsos_extract.gazetteer.Linker` using the other places, the units and the dateline as clues,
keeps one place per (level, name), and sums the most specific linked place up as ``location``.
"""

from __future__ import annotations

import heapq
import re
from functools import cached_property, lru_cache
from typing import Literal, TYPE_CHECKING

from pydantic import BaseModel
if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..gazetteer import (
    W_PLACE, W_TEXT, W_UNIT, Clue, Gazetteer, Link, Linker, Mention, Region, gazetteer, name_key, remembered,
    word_key,
)
from ..records import Location, Place, PlaceRef
from ..textutil import (
    _PLAIN_WORD, LineIndex, NameScan, at_words, caseless_lower, covered_by, is_capitalised, line_index, matches_at,
    overlapped_by,
)
from .base import Candidate, CandidateExtractor, doc_text
from .wordhits import first_runs, word_hits

# Runs of two or more words that only whitespace separates, each opening with a character that may
# be a capital (anything but a lower-case ASCII letter): what :func:`writes_capitalised` reads. A word is
# what ``[^\W_][\w'’`\-]*`` reads from the first letter or digit of a chunk of word characters,
# apostrophes and hyphens; a run opens at a chunk's start (the chunk may lead with "_", "'" or "-").
_WORD_CHARS = r"[\w'’`\-]"
_MAYBE_CAP = rf"[^\W_a-z]{_WORD_CHARS}*"
_WRITTEN_RUN = re.compile(rf"(?<!{_WORD_CHARS})[_'’`\-]*({_MAYBE_CAP}(?:\s+{_MAYBE_CAP})+)")
_MAX_WRITTEN = 7  # the longest name _extend asks about: five scanned words and two more
# Questions about one text answered by reading it where the first word stands; after these many, the
# runs of the whole text are indexed once (a long text of many places then stays linear).
_ASKED_BEFORE_INDEX = 8


_MAYBE_CAP_WORD = re.compile(_MAYBE_CAP)
_RUN_PREFIX = "_'’`-"  # what may stand glued before a run's first word


def _in_run(ch: str) -> bool:
    """Whether ``ch`` is one of ``_WORD_CHARS`` (a word's character)."""
    return ch.isalnum() or ch in _RUN_PREFIX


def writes_capitalised(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` writes ``words`` (two to seven) capitalised one after another in a run of
    words that only white space separates: "does the text write 'Paya Gambar' somewhere?".

    The runs are those of ``_WRITTEN_RUN`` and their parts of capitalised words, read where the
    first word stands (``str.find``) instead of from every run of the text: each word a whole
    word of the run (a ``_MAYBE_CAP`` word, ending at white space or at the run's end), the first
    one at the run's start (after no word character, or after "-", "'" or "_" that follow none) or
    after white space."""
    n = len(words)
    if not 2 <= n <= _MAX_WRITTEN:
        return False
    for word in words:
        if not is_capitalised(word) or _MAYBE_CAP_WORD.fullmatch(word) is None:
            return False
    first = words[0]
    size = len(text)
    i = text.find(first)
    while i >= 0:
        k = i
        while k and text[k - 1] in _RUN_PREFIX:
            k -= 1
        if not k or not _in_run(text[k - 1]):
            j = i + len(first)
            for word in words[1:]:
                if j >= size or not text[j].isspace():
                    break
                while j < size and text[j].isspace():
                    j += 1
                if not text.startswith(word, j):
                    break
                j += len(word)
            else:
                if j == size or not _in_run(text[j]):
                    return True
        i = text.find(first, i + 1)
    return False


class _Written:
    """:func:`writes_capitalised` for one text: the first few questions read the text where their
    first word stands; later ones look up the set of every run of two to seven capitalised words
    (one scan of the text, made once; a set lookup per question keeps many questions linear)."""

    __slots__ = ("_text", "_asked", "_runs")

    def __init__(self, text: str) -> None:
        self._text = text
        self._asked = 0
        self._runs: frozenset[tuple[str, ...]] | None = None

    def __contains__(self, words: tuple[str, ...]) -> bool:
        if self._runs is None:
            self._asked += 1
            if self._asked <= _ASKED_BEFORE_INDEX:
                return writes_capitalised(self._text, words)
            self._runs = _written_runs(self._text)
        return 2 <= len(words) <= _MAX_WRITTEN and words in self._runs


def _written_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of two to seven capitalised words of ``text`` that only white space separates."""
    out: set[tuple[str, ...]] = set()

    def add(run: list[str]) -> None:
        for i in range(len(run) - 1):
            for j in range(i + 2, min(i + _MAX_WRITTEN, len(run)) + 1):
                out.add(tuple(run[i:j]))

    for m in _WRITTEN_RUN.finditer(text):
        run: list[str] = []
        for word in m.group(1).split():
            if is_capitalised(word):
                run.append(word)
            else:
                add(run)
                run = []
        add(run)
    return frozenset(out)


@lru_cache(maxsize=8)
def _written(text: str) -> _Written:
    return _Written(text)


# --------------------------------------------------------------------------------------------
# Lexicon (data/places.yaml)


class LevelSpec(BaseModel):
    level: str
    forms: list[str]
    abbr: list[str] = []
    tier: int | None = None
    digits: bool = False
    known: Literal["tier", "any"] | None = None
    capitalised: bool = False


class PlaceLexicon(BaseModel):
    levels: list[LevelSpec]
    part_when_followed: list[str]
    not_after: dict[str, list[str]]
    not_names: list[str]
    not_names_by_level: dict[str, list[str]]
    part_name_openers: list[str]
    head_titles: list[str]
    stops: list[str]
    foreign: list[str]
    misspelled: list[str] = []
    lower_name_words: list[str] = []

    def form_words(self) -> set[str]:
        return {f.casefold() for s in self.levels for f in s.forms + s.abbr}


@lru_cache(maxsize=None)
def place_lexicon() -> PlaceLexicon:
    return PlaceLexicon.model_validate(lexicon._load_yaml("places.yaml"))


# Sub-village levels, finest first: what may sit inside what when a run of places is written.
_PART_RANK = {"rt": 7, "rw": 6, "dusun": 5, "jorong": 5, "lingkungan": 5, "banjar": 5, "kampung": 5}

_NUM = r"(\d{1,3})(?![\d])"
_RTRW = re.compile(
    r"(?<![\w])(?:"
    # "RT/RW 01/02", "RT.RW. 01/02"
    rf"(?P<both>(?:RT|Rt|rt)[ \t.]*/?[ \t.]*(?:RW|Rw|rw)[ \t.:]*{_NUM}[ \t]*/[ \t]*(\d{{1,3}})(?!\d))"
    # "RT 08/02" (RT then RW, both numbers after one RT)
    rf"|(?P<pair>(?:RT|Rt|rt)[ \t.:]*{_NUM}[ \t]*/[ \t]*(\d{{1,3}})(?![\d/]))"
    # "RT 007", "RT/02", "Rt.02"
    rf"|(?P<rt>(?:RT|Rt|rt)[ \t.:]*/?[ \t]*{_NUM})"
    rf"|(?P<rw>(?:RW|Rw|rw)[ \t.:]*/?[ \t]*{_NUM})"
    r")"
)
# Where an _RTRW match can start ("RT", "Rt", "rt", "RW", ...): a regex that opens with a character
# class is searched for in C, one that opens with a lookbehind is tried at every position.
_RTRW_OPENING = re.compile(r"[Rr](?<![\w].)[TtWw]")  # (not inside a word: _RTRW's look-behind)


def _rtrw_matches(text: str):
    """What ``_RTRW.finditer(text)`` yields, trying the regex only where a match can start."""
    return matches_at(_RTRW, text, at_words([hit.start() for hit in _RTRW_OPENING.finditer(text)]))


_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+|[ \t]*&[ \t]*")
_NEXT_WORD = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?([A-Za-z][a-z'’\-]*|\d{1,2})(?![\w'’])")
# What may follow the last word of a name: punctuation, a line break, the end, or a word (a level word?).
_AFTER_NAME = re.compile(r"[ \t]*(?:[,.;:!?)\]\r\n]|$|([A-Za-z]+)(?![\w'’]))")
_CAP_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")
_CAP_WORD = re.compile(r"\S+")  # a word of a _CAP_RUN match
# What may sit between two places of one run: commas, dashes, at most one bare name ("Kelurahan
# Kota Tinggi, Pekanbaru Kota, Kota Pekanbaru"; "Kabupaten Kutai Kartanegara (Kukar)"), and words that
# say the next place holds the one before ("Dusun Krajan di Desa X", "Desa X yang terletak di Kecamatan Y").
_CHAIN_GAP = re.compile(
    r"^[\s,/]*(?:[-–—][\s]*)?(?:\(?[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,3}\)?[\s,]*(?:[-–—][\s]*)?)?"
    r"(?:(?:yang[ \t]+(?:ada|berada|terletak)[ \t]+)?(?:di|dalam)[ \t]+(?:wilayah[ \t]+)?)?$"
)


def scan_place_name(text: str, pos: int, *, stop: frozenset[str], max_words: int,
                    allow_first: frozenset[str] = frozenset(), allow_digits: bool = False) -> NameScan | None:
    """:func:`textutil.scan_name` as place names need it: no inner dots and initials end the name,
    "-kan" words kept, a number closes the name, ``allow_first`` lifts only the stop-word check.

    The same reading as ``scan_name(..., inner_dots=False, keep_verbs=True, digit_ends=True,
    first_any_case=False)``, written out for these options (every level word of a text reads one
    name; tests/extractors/test_places.py runs both on the same texts)."""
    words: list[str] = []
    start = end = i = pos
    match = _PLAIN_WORD.match
    while len(words) < max_words:
        m = match(text, i)
        if m is None:
            break  # (one line break at most sits between two words: never a blank line)
        word = m.group(1)
        ends_sentence = word[-1] == "."
        if ends_sentence:
            word = word[:-1]  # the word holds one closing dot at most
            if len(word) == 1 and word.isalpha() and word not in "IVX":
                break  # an initial ("H. Ahmad") opens a person's name
        key = word.casefold()
        if (words or key not in allow_first) and key in stop:
            break
        head = word[:1]
        if head.isdigit():
            if not allow_digits:
                break
            ends_sentence = True  # a number closes the name
        elif not head.isupper():
            break
        at = m.start(1)
        if not words:
            start = at
        words.append(word)
        end = i = at + len(word)
        if ends_sentence:
            break
    if not words:
        return None
    return NameScan(start, end, tuple(words))


_ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())
# Words that may be a long level word mistyped: seven to eleven letters opening like one.
# (The lookbehind stands after the first letter, so the regex opens with a class searched for in C.)
_LONG_WORD = re.compile(r"[KkPp](?<![\w'’\-].)[a-z]{6,10}(?![\w'’\-])")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter missing, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def one_edit_variants(word: str) -> set[str]:
    """The lower-case words :func:`one_edit_apart` from ``word`` (letters a-z)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    out |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    out.discard(word)
    return out


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=None)
def _foreign_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.casefold() for w in re.split(r"[\s\-]+", f)) for f in place_lexicon().foreign)


@lru_cache(maxsize=None)
def _foreign_by_half() -> dict[tuple[int, int, str], tuple[tuple[str, ...], ...]]:
    """Foreign names by the halves of their first word ((length, 0, first half) and (length, 1,
    second half)), for first words long enough to be mistyped: a word one letter off such a word
    has its length and shares one half with it, so two lookups find the names it may be."""
    out: dict[tuple[int, int, str], list[tuple[str, ...]]] = {}
    for name in _foreign_words():
        first = name[0]
        if len(first) >= 7:
            half = len(first) // 2
            out.setdefault((len(first), 0, first[:half]), []).append(name)
            out.setdefault((len(first), 1, first[half:]), []).append(name)
    return {k: tuple(names) for k, names in out.items()}


@lru_cache(maxsize=None)
def _foreign_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in _foreign_words():
        out.setdefault(name[0], []).append(name)
    return {k: tuple(names) for k, names in out.items()}


def _foreign_names_near(word: str) -> list[tuple[str, ...]]:
    """The foreign names whose first word is ``word`` or may be one typing error away from it (a
    superset of those :func:`_one_typo_apart` accepts), each once, in lexicon order."""
    names = list(_foreign_by_first().get(word, ()))
    if len(word) >= 7:
        half = len(word) // 2
        by_half = _foreign_by_half()
        for name in by_half.get((len(word), 0, word[:half]), ()) + by_half.get((len(word), 1, word[half:]), ()):
            if name not in names:
                names.append(name)
    return names


def _one_typo_apart(a: str, b: str) -> bool:
    """One letter typed wrong in a word of seven letters or more ("Malaisia" for "Malaysia")."""
    return len(a) >= 7 and len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def foreign_at(words: list[str] | tuple[str, ...], gaz: Gazetteer) -> int | None:
    """:func:`_foreign_at`, remembered by the words for the process's gazetteer (a text names its
    places again and again, and texts share their regions' names)."""
    if gaz is gazetteer():
        return _foreign_at_remembered(tuple(words))
    return _foreign_at(tuple(words), gaz)


@remembered(maxsize=16_384)
def _foreign_at_remembered(words: tuple[str, ...]) -> int | None:
    return _foreign_at(words, gazetteer())


def _foreign_at(words: tuple[str, ...], gaz: Gazetteer) -> int | None:
    """Index of the first word that begins the name of a foreign country or state, or None.

    Writers misspell the names of neighbouring states as often as their own, so a word one typing
    error away from a long foreign name counts as that name, unless some official Indonesian name
    uses the word ("Kemantan" villages in Kerinci are not "Kelantan"). A name that the Kemendagri
    list knows as written is Indonesian even with a foreign word in it ("Desa Muara Kelantan",
    "Desa Singapura")."""
    folded = [w.casefold() for w in words]
    for i in range(len(folded)):
        # a foreign name's first word, or one letter off a long one
        for name in _foreign_names_near(folded[i]):
            if len(name) > len(folded) - i:
                continue
            if all(w == f or (_one_typo_apart(w, f) and not gaz.has_word(w))
                   for w, f in zip(folded[i:], name)):
                if not any(gaz.find(name_key(" ".join(words[:j])))
                           for j in range(i + len(name), len(words) + 1)):
                    return i
    return None


# --------------------------------------------------------------------------------------------
# Finding places


class PlaceExtractor(CandidateExtractor):
    name = "places"
    labels = ("PLACE",)

    @cached_property
    def _lex(self) -> PlaceLexicon:
        return place_lexicon()

    @cached_property
    def _gaz(self) -> Gazetteer:
        return gazetteer()

    @cached_property
    def _level_re(self) -> re.Pattern[str]:
        def alternation(forms) -> str:
            return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

        words = alternation({f for s in self._lex.levels for f in s.forms})
        abbrs = alternation({f for s in self._lex.levels for f in s.abbr})
        # An abbreviation may take a dot, and then a name may follow at once ("Kec.Kapuas"); a word
        # must end where it ends, and a dot after it ends the sentence.
        return re.compile(rf"(?<![\w/.\-'’])(?:({abbrs})(?:\.|(?![\w'’]))|({words})(?![\w'’.]))", re.IGNORECASE)

    @cached_property
    def _level_re_lower(self) -> re.Pattern[str]:
        """The same words in lower case, matched case-sensitively on :func:`caseless_lower` of a text
        (the same matches at the same offsets), grouped by first letter with the lookbehind after
        that letter: a regex that opens with a literal is searched for in C, one that opens with a
        lookbehind is tried at every position. The match holds no groups: the form is the match
        without an abbreviation's dot."""
        abbrs = sorted({f.lower() for s in self._lex.levels for f in s.abbr}, key=len, reverse=True)
        words = sorted({f.lower() for s in self._lex.levels for f in s.forms}, key=len, reverse=True)
        branches = []
        for letter in dict.fromkeys(f[0] for f in abbrs + words):
            rests_a = "|".join(re.escape(f[1:]) for f in abbrs if f[0] == letter)
            rests_w = "|".join(re.escape(f[1:]) for f in words if f[0] == letter)
            parts = ([rf"(?:{rests_a})(?:\.|(?![\w'’]))"] if rests_a else []) + (
                [rf"(?:{rests_w})(?![\w'’.])"] if rests_w else [])
            branches.append(rf"{re.escape(letter)}(?<![\w/.\-'’].)(?:{'|'.join(parts)})")
        return re.compile("|".join(branches))

    @cached_property
    def _form_level(self) -> dict[str, LevelSpec]:
        return {f.casefold(): s for s in self._lex.levels for f in s.forms + s.abbr}

    @cached_property
    def _stop(self) -> frozenset[str]:
        kind_words = lexicon.units().kind_words()
        return frozenset(
            lexicon.stopwords() | self._lex.form_words() | lexicon.ranks().words() | lexicon.roles().words()
            | kind_words | {w.casefold() for w in self._lex.stops}
        )

    @cached_property
    def _not_names(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.not_names)

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        lines = line_index(text)
        found: list[Candidate] = []
        taken_until = -1
        in_clutter, after_decoy, read_place = lines.in_clutter, self._after_decoy, self._read_place
        rules = self._rules
        for m_start, m_end, form, spec in self._level_words(text):
            if m_start < taken_until or in_clutter(m_start) or after_decoy(text, m_start, spec.level):
                continue
            place = read_place(text, lines, m_end, spec, m_start)
            if place is None:
                continue
            start, end, words, foreign = place
            rule = rules.get((spec.level, form))
            if rule is None:
                if len(rules) >= 1024:  # forms as written: a few dozen, unless a text mixes cases at will
                    rules.clear()
                rule = rules[spec.level, form] = f"place:{spec.level}:{form.casefold()}"
            found.append(self._candidate(text, start, end, spec, " ".join(words), foreign, rule=rule))
            taken_until = end
            if not foreign:
                found.extend(self._list_members(text, end, spec))
                if found[-1].end > taken_until:
                    taken_until = found[-1].end
        found.extend(self._rt_rw(text, lines))
        return sorted(found, key=lambda c: c.start)

    @cached_property
    def _rules(self) -> dict[tuple[str, str], str]:
        """The rule id of each (level, form as written), made once."""
        return {}

    def _level_words(self, text: str):
        """(start, end, form, spec) of every level word, in text order: the lexicon's forms, and long
        ones mistyped by a letter ("Kecamtan Sukajaya")."""
        form_level = self._form_level

        def written():
            lower = caseless_lower(text)
            if lower is None:
                for m in self._level_re.finditer(text):
                    form = m.group(1 if m.start(1) >= 0 else 2)
                    # The regex matches case-insensitively, and so finds "Dıstrik" (dotless ı), whose
                    # casefold is no key of ours: such a word is no level word.
                    spec = form_level.get(form.casefold())
                    if spec is None or spec.capitalised and not form[:1].isupper():
                        continue
                    yield m.start(), m.end(), form, spec
                return
            # only where a level word's first word stands as a whole word (the index of the text's
            # words is shared with the people scanners), else the whole text
            for m in matches_at(self._level_re_lower, lower, at_words(hits.starts(self._level_first_runs))):
                start, end = m.span()
                form = text[start:end - 1] if lower[end - 1] == "." else text[start:end]
                spec = form_level.get(form.casefold())
                if spec is None or spec.capitalised and not form[:1].isupper():
                    continue
                yield start, end, form, spec

        def mistyped():
            for m in _LONG_WORD.finditer(text):
                if m.group(0) in slips:
                    yield m.start(), m.end(), m.group(0), self._misspelled_level(m.group(0))

        hits = word_hits(text)
        if hits.exact and hits.words.isdisjoint(self._misspelled_lower):
            return written()  # most texts: no word of theirs is a slip (a set test), nothing to merge
        slips = {w for w in set(_LONG_WORD.findall(text)) & self._misspelled_written
                 if self._misspelled_level(w) is not None}
        if not slips:
            return written()
        return heapq.merge(written(), mistyped(), key=lambda x: x[0])

    @cached_property
    def _misspelled_forms(self) -> dict[str, LevelSpec]:
        """Every lower-case word one edit away from a long level word, and that level (a few
        thousand words, so that a text's words are looked up, not compared)."""
        out: dict[str, LevelSpec] = {}
        for word in self._lex.misspelled:
            form = word.casefold()
            for slip in one_edit_variants(form):
                if slip not in self._form_level:
                    out.setdefault(slip, self._form_level[form])
        return out

    @cached_property
    def _misspelled_lower(self) -> frozenset[str]:
        return frozenset(self._misspelled_forms)

    @cached_property
    def _level_first_runs(self) -> frozenset[str] | None:
        """The first words of the level words, lower-cased (None when some form is not plain ASCII)."""
        return first_runs(f for s in self._lex.levels for f in s.forms + s.abbr)

    @cached_property
    def _misspelled_written(self) -> frozenset[str]:
        return frozenset(self._misspelled_forms) | frozenset(map(_cap, self._misspelled_forms))

    def _misspelled_level(self, word: str) -> LevelSpec | None:
        spec = self._misspelled_forms.get(word.casefold())
        # a word of some official place name is that name, not a slip
        return None if spec is None or self._gaz.has_word(word.casefold()) else spec

    def _candidate(self, text, start, end, spec, name, foreign, rule) -> Candidate:
        return Candidate(
            label="PLACE", start=start, end=end, text=text[start:end], rule=rule,
            attrs={"level": spec.level, "name": name, "tier": spec.tier, "foreign": foreign},
        )

    def _after_title(self, text: str, start: int) -> bool:
        before = text[max(0, start - 20):start].split()
        return bool(before) and before[-1].strip("(),.:;").casefold() in self._head_titles

    @cached_property
    def _head_titles(self) -> frozenset[str]:
        return frozenset(self._lex.head_titles)

    @cached_property
    def _decoys(self) -> dict[str, frozenset[str]]:
        """Per level, the words before a level word that make it no place (``not_after``)."""
        shared = set(self._lex.not_after.get("any", ()))
        return {spec.level: frozenset(set(self._lex.not_after.get(spec.level, ())) | shared)
                for spec in self._lex.levels}

    @cached_property
    def _decoy_last_words(self) -> dict[str, frozenset[str]]:
        """Per level, the last words of its decoys: a level word whose previous word is none of
        them follows no decoy (one set test for most level words)."""
        return {level: frozenset(d.split(" ")[-1] for d in decoys) for level, decoys in self._decoys.items()}

    def _after_decoy(self, text: str, start: int, level: str) -> bool:
        before = text[max(0, start - 40):start].split()[-2:]
        if not before or before[-1].strip("(),.:;\"“”").casefold() not in self._decoy_last_words[level]:
            return False
        decoys = self._decoys[level]
        before = [w.strip("(),.:;\"“”").casefold() for w in before]
        return any(" ".join(before[i:]) in decoys for i in range(len(before)))

    def _read_place(self, text: str, lines: LineIndex, pos: int, spec: LevelSpec,
                    start: int) -> tuple[int, int, list[str], bool] | None:
        """(start, end, words, foreign) of the place whose level word spans ``start``-``pos``, or None."""
        tier = spec.tier
        stop = self._stop
        scan = scan_place_name(text, pos, stop=stop, max_words=5, allow_first=stop if tier else self._part_openers,
                               allow_digits=spec.digits)
        if scan is None:
            return None
        words = list(scan.words)
        first = words[0]
        if self._not_a_name(first, spec) and not (tier and self._opener_ok(words, tier)):
            return None
        if (first.casefold() in stop and not self._opener_ok(words, tier)
                and not self._lone_level_name(text, scan.end, words, tier)):
            return None
        if self._after_title(text, start) and not first[:1].isdigit() and not self._gaz.has_word(first):
            return None  # "Kepala Desa Ahmad": the head's name, not the village's
        if spec.digits and first in _ROMAN_NUMERALS:
            words = words[:1]  # "Huta II Silou": a numbered part, then the village's name
        foreign = False
        cut = foreign_at(scan.words if len(words) == len(scan.words) else words, self._gaz)
        if cut is not None:
            if cut == 0:
                return None
            words, foreign = words[:cut], True
        if tier and not foreign:
            words = self._fit_to_gazetteer(lines, start, words, tier)
        # every cut keeps a prefix of the words read: all of them end where the scan ended
        end = scan.end if len(words) == len(scan.words) else self._end_of(text, scan.start, words)
        if tier and not foreign or spec.digits:
            words, end = self._extend(text, end, words, tier)
        if spec.known and not foreign and not self._known(words, spec):
            return None
        return start, end, words, foreign

    def _not_a_name(self, first_word: str, spec: LevelSpec) -> bool:
        word = first_word.casefold()
        return word in self._not_names or word in self._not_names_by_level.get(spec.level, ())

    @cached_property
    def _not_names_by_level(self) -> dict[str, frozenset[str]]:
        return {level: frozenset(words) for level, words in self._lex.not_names_by_level.items()}

    def _known(self, words: list[str], spec: LevelSpec) -> bool:
        """Whether the list has the name at this level (known: tier) or at any level (known: any).
        A "Kota" whose name is known only with the word Kota ("Camat Kota Juang": the district Kota
        Juang) is that district's name, not a city."""
        key = name_key(" ".join(words))
        if spec.known == "tier":
            return bool(self._gaz.find(key, spec.tier) or self._gaz.close(key, spec.tier))
        if self._gaz.find(key, spec.tier):
            return True
        if self._gaz.find(name_key(" ".join([spec.level, *words]))):
            return False
        return bool(self._gaz.find(key))

    @cached_property
    def _part_openers(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.part_name_openers)

    def _opener_ok(self, words: list[str], tier: int | None) -> bool:
        """A name that opens with a stop word ("Kelurahan Kota Raja", "Desa Sumber Jaya", "Nagari
        Balai Gurah") counts when the Kemendagri list has it at this level; for parts of a village,
        which the list lacks, when the word is a usual opener of names and more words follow."""
        if len(words) < 2:
            return False
        if not tier:
            return words[0].casefold() in self._part_openers
        return any(self._gaz.known(name_key(" ".join(words[:j])), tier) for j in range(2, len(words) + 1))

    def _lone_level_name(self, text: str, end: int, words: list[str], tier: int | None) -> bool:
        """A region named by one level word ("Kabupaten Banjar", "Kota Banjar", "Kecamatan Lembang"):
        the list has it at this level and no name follows it, as one would a level word."""
        if not tier or len(words) != 1 or words[0].casefold() not in self._form_words:
            return False
        if not self._gaz.known(name_key(words[0]), tier):
            return False
        nxt = _NEXT_WORD.match(text, end)
        return nxt is None or not is_capitalised(nxt.group(1)) or nxt.group(1).casefold() in self._stop

    def _fit_to_gazetteer(self, lines: LineIndex, start: int, words: list[str], tier: int) -> list[str]:
        """Cut a name to the longest prefix the list knows at this level when the words after it are
        another region's name ("Sungai Raya Kubu Raya"), a headline's ("Sukamulya Hadapi Musim ..."),
        or begin with a word no official name has ("Kepala Desa Karangsari Sutejo": a person)."""
        gaz = self._gaz
        if len(words) == 1 or gaz.known(name_key(" ".join(words)), tier):
            return words  # (a one-word name has nothing to cut)
        for j in range(len(words) - 1, 0, -1):
            inner = gaz.find(name_key(" ".join(words[:j])), tier)
            if not inner:
                continue
            # The rest names a region that holds the shorter name: "Sungai Raya" lies in Kubu Raya.
            rest = words[j:]
            outer = [r for k in range(1, min(3, len(rest)) + 1) for r in gaz.find(name_key(" ".join(rest[:k])))
                     if r.tier < tier]
            if any(i.is_within(o) for i in inner for o in outer) or lines.is_headline(start):
                return words[:j]
            if not gaz.has_word(rest[0]):
                return words[:j]
            break
        return words

    @staticmethod
    def _end_of(text: str, name_start: int, words: list[str]) -> int:
        """End offset of ``words`` read from ``name_start`` (words may be split by spaces or a line break)."""
        pos = name_start
        for i, word in enumerate(words):
            if i:
                pos = text.index(word, pos)
            pos += len(word)
        return pos

    def _extend(self, text: str, end: int, words: list[str], tier: int | None) -> tuple[list[str], int]:
        """Take words that continue the name although the scan stopped there: lowercase ones
        ("Kecamatan Pagar merbau", "Desa Kemantan darat") when the text writes the longer name
        capitalised elsewhere or the list knows only the longer one; capitalised stop words ("Desa
        Fajar Bulan") when the list knows the longer name."""
        pos, extra = end, []
        gaz = self._gaz
        for _ in range(2):
            m = _NEXT_WORD.match(text, pos)
            if not m:
                break
            word = m.group(1)
            lower = word[:1].islower()
            if lower and word in self._stop:
                break
            extra.append(word)
            longer = words + [_cap(w) for w in extra]
            known_longer = tier is not None and gaz.known(name_key(" ".join(longer)), tier)
            if lower:
                # each test only when the cheaper ones before it fail; the set of the text's
                # capitalised names last
                closes = self._closes_name(text, m.end(1))
                if (known_longer and (closes or not gaz.known(name_key(" ".join(words)), tier))
                        or tier is None and closes and all(w in self._lower_name_words for w in extra)
                        or tuple(longer) in _written(text)):
                    return words + extra, m.end(1)
            elif known_longer:
                return words + extra, m.end(1)
            pos = m.end(1)
        return words, end

    @cached_property
    def _form_words(self) -> frozenset[str]:
        return frozenset(self._lex.form_words())

    @cached_property
    def _lower_name_words(self) -> frozenset[str]:
        return frozenset(self._lex.lower_name_words)

    def _closes_name(self, text: str, pos: int) -> bool:
        """Whether a name may end at ``pos``: punctuation, a line break or the end follows, or a level
        word ("Desa Durin tonggal, Kecamatan ..."; "Dusun Krajan timur Desa ...")."""
        m = _AFTER_NAME.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        return word is None or word.casefold() in self._form_words

    def _list_members(self, text: str, pos: int, spec: LevelSpec) -> list[Candidate]:
        """Places listed after one with the level word dropped, closed by "dan"/"serta"/"&":
        "Lingkungan Terusan, Kerobokan dan Pertukangan"."""
        out: list[Candidate] = []
        closed = False
        while True:
            sep = _LIST_SEP.match(text, pos)
            if not sep:
                break
            scan = scan_place_name(text, sep.end(), stop=self._stop, max_words=3, allow_digits=spec.digits)
            if scan is None or scan.start != sep.end():
                break
            after = text[scan.end:scan.end + 1]
            if after and (after.isalnum() or after in "/("):
                break
            words = list(scan.words)
            if self._not_a_name(words[0], spec) or foreign_at(words, self._gaz) is not None:
                break
            if spec.tier and not self._gaz.known(name_key(" ".join(words)), spec.tier):
                break
            out.append(self._candidate(text, scan.start, scan.end, spec, scan.text, False,
                                       rule=f"place:{spec.level}:list_member"))
            pos = scan.end
            if re.search(r"dan|serta|&", sep.group(0)):
                closed = True
                break
        return out if closed else []

    def _rt_rw(self, text: str, lines: LineIndex) -> list[Candidate]:
        out = []
        for m in _rtrw_matches(text):
            if lines.in_clutter(m.start()):
                continue
            if m.group("both") or m.group("pair"):
                g = m.lastgroup
                nums = [n for n in m.groups() if n is not None and n.isdigit()]
                for level, number in zip(("rt", "rw"), nums[-2:]):
                    out.append(self._number_place(text, m.start(g), m.end(g), level, number, f"place:{level}:{g}"))
            else:
                g = m.lastgroup
                number = re.search(r"\d+", m.group(g)).group(0)
                out.append(self._number_place(text, m.start(g), m.end(g), g, number, f"place:{g}:single"))
        return out

    @staticmethod
    def _number_place(text, start, end, level, number, rule) -> Candidate:
        return Candidate(label="PLACE", start=start, end=end, text=text[start:end], rule=rule,
                         attrs={"level": level, "name": number, "tier": None, "foreign": False})


# --------------------------------------------------------------------------------------------
# Building the record fields


class _Mentions:
    """The PLACE candidates of a text in text order, as columns indexed by mention: level, name,
    whether foreign, the run of places (``chain``) each sits in, and, once :func:`_mentions` has
    settled which are parts of a village, their ``tier`` (None for parts and foreign places) and
    ``rank`` (containment order inside a run: finer places rank higher). Columns rather than one
    object per mention: a text of many places is read many times while linking and grouping, and
    holds no object per mention for the garbage collector to walk."""

    __slots__ = ("cands", "level", "name", "foreign", "chain", "part", "tier", "rank", "_keys")

    def __init__(self, cands: list[Candidate], chains: list[int]) -> None:
        attrs = [c.attrs for c in cands]
        self.cands = cands
        self.level: list[str] = [a["level"] for a in attrs]
        self.name: list[str] = [a["name"] for a in attrs]
        self.foreign: list[bool] = [a["foreign"] for a in attrs]
        self.chain = chains
        self.part: list[bool] = [a["tier"] is None for a in attrs]
        self.tier: list[int | None] = [None if a["tier"] is None or a["foreign"] else a["tier"] for a in attrs]
        self.rank: list[int] = [_PART_RANK.get(a["level"], 5) if a["tier"] is None else a["tier"] or 5 for a in attrs]
        self._keys: list[str | None] = [None] * len(cands)

    def __len__(self) -> int:
        return len(self.cands)

    def make_part(self, i: int) -> None:
        """Mention ``i`` is a part of a village after all."""
        self.part[i] = True
        self.tier[i] = None
        self.rank[i] = _PART_RANK.get(self.level[i], 5)

    def key(self, i: int) -> str:
        """``name_key`` of mention ``i``'s name, computed once."""
        key = self._keys[i]
        if key is None:
            key = self._keys[i] = name_key(self.name[i])
        return key


_NON_WORD = re.compile(r"[\W_]+")


@remembered(maxsize=4096)
def _norm(s: str) -> str:
    folded = s.casefold()
    if folded.isalpha():  # one word of letters: nothing to replace or split
        return folded
    return " ".join(_NON_WORD.sub(" ", folded).split())


def _mentions(ctx) -> _Mentions:
    in_unit = overlapped_by([(u.start, u.end) for u in ctx.candidates("UNIT")])
    cands = [c for c in ctx.candidates("PLACE") if not in_unit(c.start, c.end)]
    cands.sort(key=lambda c: c.start)
    lex = place_lexicon()
    text = ctx.text
    chains: list[int] = []
    chain = 0
    gap = _CHAIN_GAP.match
    for i, c in enumerate(cands):
        if i and not gap(text[cands[i - 1].end:c.start]):
            chain += 1
        chains.append(chain)
    out = _Mentions(cands, chains)
    # A village lies in no other village: a level word that names both villages and hamlets
    # ("Kampung": a desa in Papua, a hamlet in Banten) names a hamlet when a desa or kelurahan
    # follows it in the same run ("Kampung Cilame RT 02, Desa Pasir Nangka"). Read backwards, one pass.
    village_after = False
    part_when_followed = lex.part_when_followed
    for i in range(len(out) - 1, -1, -1):
        if i + 1 < len(out) and chains[i + 1] != chains[i]:
            village_after = False
        if out.level[i] in part_when_followed:
            if village_after and not out.part[i]:
                out.make_part(i)
        elif cands[i].attrs["tier"] == 4:
            village_after = True
    return out


def _mention_keys(ms: _Mentions, i: int) -> tuple[str, ...]:
    keys = [ms.key(i)]
    # "Gampong Baro", "Kampung Baru", "Nagari Koto Baru": some official names keep the level word.
    if ms.level[i] in ("kampung", "gampong", "nagari", "negeri", "desa", "kota"):
        keys.append(name_key(f"{ms.level[i]} {ms.name[i]}"))
    return tuple(k for k in keys if k)


_ONE_TIER = {tier: frozenset({tier}) for tier in (1, 2, 3, 4)}
_ONE_LEVEL = {level: frozenset({level}) for level in ("kabupaten", "kota")}  # a place clue's levels, when bound


def _clues(ctx, mentions: _Mentions, wanted: frozenset[str]) -> list[Clue]:
    clues: list[Clue] = []
    for i, tier in enumerate(mentions.tier):
        if tier is None or tier > 3:
            continue
        levels = _ONE_LEVEL.get(mentions.level[i])
        key = mentions.key(i)
        for key in (key,) if key else _mention_keys(mentions, i)[:1]:
            clues.append(Clue(key, _ONE_TIER[tier], W_PLACE, levels=levels, chain=mentions.chain[i], source="place"))
    for unit in ctx.fields.get("units") or []:
        if not unit.name or "/" in unit.name:
            continue
        tiers = {"Kodim": {2}, "Polres": {2}, "Polresta": {2}, "Polrestabes": {2},
                 "Koramil": {3}, "Polsek": {3}, "Pos": {3}}.get(unit.kind)
        if tiers:
            name, levels = _strip_level(unit.name)
            clues.append(Clue(name_key(name), frozenset(tiers), W_UNIT, levels=levels, source="unit"))
    dateline = ctx.fields.get("dateline")
    if dateline:
        name, levels = _strip_level(dateline)
        clues.append(Clue(name_key(name), frozenset({1, 2, 3}), W_UNIT, levels=levels, source="dateline"))
    clues.extend(_text_clues(doc_text(ctx.doc), mentions, wanted))
    return clues


_LEVEL_PREFIX = re.compile(r"^(Kota|Kab(?:upaten)?)\b\.?\s*(.+)$", re.IGNORECASE)


def _strip_level(name: str) -> tuple[str, frozenset[str] | None]:
    """ "Kota Yogyakarta" -> ("Yogyakarta", {"kota"}); "Kab.Bandung" -> ("Bandung", {"kabupaten"})."""
    m = _LEVEL_PREFIX.match(name)
    if not m:
        return name, None
    return m.group(2), frozenset({"kota" if m.group(1).casefold() == "kota" else "kabupaten"})


_REMEMBERED_RUN = 80  # characters


# Each answer holds a dozen keys: 2,048 of them fill within the first thousand or so articles of a
# run and stay a megabyte or two, where a larger cache went on growing the process for ten thousand.
@remembered(maxsize=2048)
def _short_run_keys(run: str) -> tuple[frozenset[str], tuple[tuple[int, int, str], ...]]:
    """The keys of a run of capitalised words and of its parts of up to four words. Runs recur from
    text to text ("Babinsa Koramil", a regency's name), so short ones are remembered as written."""
    return _keys_of_run(run)


def _keys_of_run(run: str, prefixes: frozenset[str] | None = None
                 ) -> tuple[frozenset[str], tuple[tuple[int, int, str], ...]]:
    """The keys of a run's parts of up to four words, as (first word, end word, key). With
    ``prefixes``, only keys that are, or begin, a wanted key: a key grows by whole words, so one that
    begins no wanted key has no wanted key after it (a text-long run of capitalised words costs a set
    test per word instead of four joined keys)."""
    word_keys = [word_key(w) for w in run.split()]
    out = []
    for i in range(len(word_keys)):
        key = ""
        for j in range(i + 1, min(i + 4, len(word_keys)) + 1):
            first, later = word_keys[j - 1]
            key += later if key else first
            if prefixes is not None and key not in prefixes:
                break
            out.append((i, j, key))
    return frozenset(k for _, _, k in out), tuple(out)


def _key_prefixes(wanted: frozenset[str]) -> frozenset[str]:
    return frozenset(k[:n] for k in wanted for n in range(1, len(k) + 1))


def _text_clues(text: str, mentions: _Mentions, wanted: frozenset[str]) -> list[Clue]:
    """Region names written without a level word ("Kelurahan Kota Tinggi, Pekanbaru Kota", "NTB"): runs
    of capitalised words outside the places themselves, and their parts of up to four words.

    The linker reads a clue only through the key of an ancestor of some candidate (``wanted``), so
    only sub-runs with such keys become clues; a run's keys (:func:`_keys_of_run`, remembered for
    short runs) are joined from its words' cached keys, and a run none of whose keys is wanted costs one set test. A text of n
    capitalised words thus costs O(n) however few of them name regions."""
    if not wanted:
        return []
    # Offsets, the clutter test and the place test are asked only of runs with a wanted key.
    inside_place = lines = None
    keys: set[str] = set()
    whole: set[str] = set()
    prefixes: frozenset[str] | None = None
    isdisjoint = wanted.isdisjoint
    remembered_keys = _short_run_keys.peek  # (a hundred runs a text: no call per run)
    for run in _CAP_RUN.finditer(text):
        written = run.group()
        if len(written) <= _REMEMBERED_RUN:
            got = remembered_keys(written)
            run_keys, sub_runs = got if got is not None else _short_run_keys(written)
        else:  # only the wanted keys of a long run (the prefixes of the wanted keys built once)
            if prefixes is None:
                prefixes = _key_prefixes(wanted)
            run_keys, sub_runs = _keys_of_run(written, prefixes)
        if isdisjoint(run_keys):
            continue
        if inside_place is None:
            inside_place = covered_by([(c.start, c.end) for c in mentions.cands])
            lines = line_index(text)
        base = run.start()
        if lines.in_clutter(base):
            continue
        spans = [(base + w.start(), base + w.end()) for w in _CAP_WORD.finditer(run.group(0))]
        n = len(spans)
        for i, j, key in sub_runs:
            if key in wanted and not inside_place(spans[i][0], spans[j - 1][1]):
                (whole if i == 0 and j == n else keys).add(key)
    out = [Clue(k, frozenset({1, 2, 3}), W_TEXT, source="text", aliases=False) for k in keys - whole]
    out += [Clue(k, frozenset({1, 2, 3}), W_TEXT, source="text") for k in whole]
    return out


# How far ahead in its run the places holding an unlinked place are looked for: a run names each
# level at most once or twice (RT, RW, dusun, desa, kecamatan, kabupaten, provinsi), and a list of
# villages before their district is short; the bound keeps a text-long run linear.
PARENT_LOOKAHEAD = 12


def _parents(i: int, mentions: _Mentions, links: list[Link], gaz: Gazetteer) -> list[tuple[str, str, str | None]]:
    """Official chain of a linked place; otherwise the places written after it in its run, each
    containing the one before, completed by the first linked one's chain. As (level, name, code):
    a group of mentions compares several chains and keeps one, made a PlaceRef only then."""
    link = links[i]
    if link.region is not None:
        return [_ref_key(a) for a in gaz.ancestors(link.region)]
    out: list[tuple[str, str, str | None]] = []
    rank = mentions.rank[i]
    if mentions.level[i] == "kota" and mentions.tier[i] == 2:
        kab = [r for r in gaz.find(mentions.key(i), 2) if r.level == "kabupaten"]
        if len(kab) == 1:
            return [_ref_key(kab[0])] + [_ref_key(a) for a in gaz.ancestors(kab[0])]
    chains, foreign, ranks = mentions.chain, mentions.foreign, mentions.rank
    chain = chains[i]
    for j in range(i + 1, min(i + 1 + PARENT_LOOKAHEAD, len(mentions))):
        if chains[j] != chain:
            break
        if foreign[j] or ranks[j] >= rank:
            continue
        region = links[j].region
        if region is not None:
            return out + [_ref_key(region)] + [_ref_key(a) for a in gaz.ancestors(region)]
        out.append((mentions.level[j], mentions.name[j], None))
        rank = ranks[j]
    return out


def _ref_key(region: Region) -> tuple[str, str, str | None]:
    """What :meth:`Region.ref` holds, as a tuple."""
    return (region.level, region.short_name, region.code)


_LOCATION_FIELDS = {1: "provinsi", 2: "kabupaten", 3: "kecamatan"}


def _location(region: Region, gaz: Gazetteer) -> Location:
    values: dict[str, str] = {}
    for r in [region, *gaz.ancestors(region)]:
        level = _LOCATION_FIELDS.get(r.tier, "desa")
        values[level], values[f"{level}_code"] = r.name, r.code
    return Location(**values)


# Linking compares every mention with the text's other places, so a text's mentions are linked
# once per (level, name, run of places it sits in) and repeats share that link; a real release
# names a few dozen places at most, and beyond this many distinct ones (hostile input) the rest go
# unlinked, which keeps the time linear.
MAX_LINKED_MENTIONS = 60


def _link(ctx, mentions: _Mentions, gaz: Gazetteer) -> list[Link]:
    """A link (or the reason there is none) for every mention; parts of villages get none.

    Mentions of one name in runs that name the same other places ("Desa A, Kecamatan B" written
    twice) would link alike, so only the first is linked and the rest share its link. Under the cap,
    the first mention of every (level, name) comes before a name's later runs; a mention left out
    shares the link of its name's first mention."""
    linkable = [i for i, tier in enumerate(mentions.tier) if tier is not None]
    levels, chains = mentions.level, mentions.chain
    name_of = {i: (levels[i], mentions.key(i)) for i in linkable}
    runs: dict[int, set[tuple[str, str]]] = {}
    for i in linkable:
        runs.setdefault(chains[i], set()).add(name_of[i])
    # runs naming the same places share a number (keys of plain strings and numbers, which the
    # garbage collector stops tracking)
    numbers: dict[frozenset[tuple[str, str]], int] = {}
    signature = {chain: numbers.setdefault(frozenset(names), len(numbers)) for chain, names in runs.items()}
    del runs, numbers
    first_of_name: dict[tuple[str, str], int] = {}
    first_in_context: dict[tuple, int] = {}
    for i in linkable:
        first_of_name.setdefault(name_of[i], i)
        first_in_context.setdefault((*name_of[i], signature[chains[i]]), i)
    firsts = set(first_of_name.values())
    by_priority = sorted(firsts) + sorted(set(first_in_context.values()) - firsts)
    chosen = sorted(by_priority[:MAX_LINKED_MENTIONS])
    link_input = [Mention(level=levels[i], name=mentions.name[i], keys=_mention_keys(mentions, i),
                          tier=mentions.tier[i], chain=chains[i]) for i in chosen]
    unlinked = Link(None)  # shared by the mentions left unlinked (links are only read)
    links = [unlinked] * len(mentions)
    linker = Linker(gaz)
    wanted = frozenset().union(*map(linker.ancestor_keys, link_input))
    clues = list(dict.fromkeys(_clues(ctx, mentions, wanted)))  # the same clue repeated says nothing more
    for i, link in zip(chosen, linker.link(link_input, clues)):
        links[i] = link
    if len(chosen) == len(linkable):
        return links  # every linkable mention linked on its own (most texts)
    linked = set(chosen)
    too_many = Link(None, reason=f"the text names more than {MAX_LINKED_MENTIONS} distinct places; "
                                 f"the later ones are not linked")
    for i in linkable:
        if i in linked:
            continue
        same = first_in_context[(*name_of[i], signature[chains[i]])]
        if same not in linked:
            same = first_of_name[name_of[i]]
        links[i] = links[same] if same in linked else too_many
    return links


def _ref(refs: dict[tuple[str, str, str | None], PlaceRef], key: tuple[str, str, str | None]) -> PlaceRef:
    ref = refs.get(key)
    if ref is None:
        ref = refs[key] = PlaceRef(level=key[0], name=key[1], code=key[2])
    return ref


def _groups(mentions: _Mentions) -> list[list[int]]:
    """Mentions grouped by (level, name), in order of first mention."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (level, name) in enumerate(zip(mentions.level, mentions.name)):
        groups.setdefault((level, _norm(name)), []).append(i)
    return list(groups.values())


def build_places(ctx) -> dict:
    """Fields ``places`` and ``location`` from PLACE candidates.

    One place per (level, name): the first mention written in capitals carries the span, a linked
    mention lends its code. ``location`` is the most specific linked place (the first of equals) with
    its chain; kabupaten/kota there keep their official prefix ("Kabupaten Kerinci", "Kota Salatiga")."""
    mentions = _mentions(ctx)
    if not mentions:
        return {"places": [], "location": None}
    gaz = gazetteer()
    links = _link(ctx, mentions, gaz)
    places: list[Place] = []
    most_specific: Region | None = None
    said = set(ctx.warnings)
    text = ctx.text
    # One PlaceRef per (level, name, code): the places of a run share their parents (records are
    # read, not edited in place), which keeps a text of many places from holding a copy per place.
    refs: dict[tuple[str, str, str | None], PlaceRef] = {}
    for idxs in _groups(mentions):
        shown = linked = idxs[0]
        if len(idxs) > 1:
            shown = next((i for i in idxs if all(is_capitalised(w) for w in mentions.name[i].split())), idxs[0])
            linked = next((i for i in idxs if links[i].region is not None), None)
        elif links[linked].region is None:
            linked = None
        if linked is not None:
            parents = _parents(linked, mentions, links, gaz)
        elif len(idxs) == 1:
            parents = _parents(idxs[0], mentions, links, gaz)
        else:
            parents = max((_parents(i, mentions, links, gaz) for i in idxs), key=len)
        link = links[linked if linked is not None else shown]
        region = link.region
        c = mentions.cands[shown]
        # The span is the caller's text (a candidate holds the cleaned text, where control characters
        # and line separators read as spaces); the name is the normalised form.
        places.append(Place(level=mentions.level[shown], name=mentions.name[shown],
                            code=region.code if region else None, text=text[c.start:c.end], start=c.start, end=c.end,
                            parents=[_ref(refs, p) for p in parents]))
        if link.note or link.reason:
            for message in (link.note, link.reason):
                if message and message not in said:
                    said.add(message)
                    ctx.warnings.append(message)
        if region is not None and (most_specific is None or region.tier > most_specific.tier):
            most_specific = region
    places.sort(key=lambda p: p.start)
    return {"places": places, "location": _location(most_specific, gaz) if most_specific else None}
