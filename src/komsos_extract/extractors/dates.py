"""Date candidates: we find the spans ourselves, then :func:`normalise` hands each core to dateparser.

Forms: "Selasa (11/01/2022)", "Sabtu, 13 Desember 2025", "(24-02-2020)", "Senin(19/6)",
"jum,at ( 26/01/2024 )", weekdays alone and relative words ("kemarin", "hari ini"). Page-header and
publication timestamps ("KAMIS, 9 MEI 2019 | 08:10 WIB") are marked so the resolver skips them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..textutil import (
    at_words,
    by_first_char,
    caseless_lower,
    compile_guarded,
    in_clutter_line,
    line_bounds,
    literal_starts,
    matches_at,
)
from .base import Candidate, CandidateExtractor, doc_text
from .wordhits import first_runs, word_hits

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum\s?(?:'|’|`|,)?\s?at|sabtu|minggu|ahad)"
_DATE_WORD = r"(?:tanggal|tangal|taggal|tgl\.?)"
_DATE_WORDS = ("tanggal", "tangal", "taggal", "tgl")  # where _DATE_WORD can begin
# Where a textual or numeric date can begin with its bracket or its digits: "(", or a number of one or
# two digits after no word character, "/", "." or "-" (the patterns' look-behind before the day). The
# regex opens with a character class, which the engine searches for in C (one that opens with a
# look-behind is tried at every position).
_DIGITS_OR_OPEN = re.compile(r"[(\d](?:(?<=\()|(?<![\w/.\-]\d)\d?(?!\d))")
# The whole words a weekday opens with (the first run of word characters of each alternative of
# _WEEKDAY: "jum'at", "jum at" open with "jum"): the weekday scan is tried where they stand only.
_WEEKDAY_FIRST_WORDS = frozenset({"senin", "selasa", "rabu", "kamis", "jum", "jumat", "sabtu", "minggu", "ahad"})
# "12-14 Desember", "12 s.d. 14 Desember", "Senin-Rabu": a range is dated by its first day.
_RANGE = r"(?:-|–|—|s\.?[ \t]?d\.?|s/d|sampai(?:[ \t]+dengan)?|hingga|dan|&)"
_WEEKDAY_PART = rf"(?:(?P<wd>\b{_WEEKDAY})\b(?:[ \t]*{_RANGE}[ \t]*{_WEEKDAY}\b)?[ \t\r\n,.]*)?"
_NUMERIC = compile_guarded(
    rf"{_WEEKDAY_PART}(?:{_DATE_WORD}[ \t]*)?(?P<open>\([ \t]*)?"
    r"(?<![\w/.\-])(?:(?P<from>\d{1,2})[ \t]*(?:-|–|s\.?d\.?|s/d)[ \t]*(?=\d{1,2}[ \t]*/))?"
    r"(?P<d>\d{1,2})[ \t]*(?P<sep>[/.\-])[ \t]*(?P<m>\d{1,2})"
    r"(?:[ \t]*(?P=sep)[ \t]*(?P<y>\d{4}|\d{2}))?(?![\d/])(?P<close>[ \t]*\))?",
    re.IGNORECASE,
)
# A year written after a day and month that the date patterns read without it ("Jumat (24/10) 2025",
# "26 April(2023)", "14 Januari tahun 2025", "(4/6-2020)"). In brackets of its own, after "tahun" or
# glued on by a dash or slash it is a year ("clear"); after a blank or a comma only a written weekday
# that falls in it makes it one ("(24/10) 2000 personel" is a count). Not the first year of a range
# ("2025-2026"), not a number with decimals. Years of this century and the last only.
_YEAR = r"(?:19|20)\d\d(?![\d/]|[.,:\-–]\d)"
_YEAR_AFTER = re.compile(
    rf"[ \t]*\([ \t]*(?P<own>{_YEAR})[ \t]*\)"
    rf"|[ \t]*(?i:tahun)[ \t]+(?P<tahun>{_YEAR})"
    rf"|[ \t]*[\-/][ \t]*(?P<glued>{_YEAR})"
    rf"|[ \t]*,?[ \t]*(?P<bare>{_YEAR})"
)
_CLOSE_AFTER = re.compile(r"[ \t]*\)")
# The place of a dateline on a line of its own before the date, opened by a dash ("– Ubud, "; not a
# byline's "Redaksi, ").
_DATELINE_PLACE = re.compile(r"[ \t]*[\-–—][ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}[ \t]*,[ \t]*")
_TIME_AFTER = re.compile(r"[ \t]*[|,\-–—]?[ \t]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:WIB|WITA|WIT)?", re.I)
_WORD = re.compile(r"[\w'’\-]+")
_WORD_OR_DOT = re.compile(r"[\w.]+")
# Words a speech tag may have between its speech word and the date (speaker, rank, "saat ditemui").
SPEECH_TAG_WORDS = 16
# Where a speech tag cannot reach back past: a quotation mark, a blank line, a sentence end after a
# word (not after "Inf." or "S.H." inside a speaker's title).
_CLAUSE_START = re.compile(r"[“”\"]|\n[ \t]*\n|(?<=[a-z]{4})[.!?](?=\s)")
# A publication label right before a date, with only non-word characters between ("Diposting: ").
_PUBLISHED_WORD = re.compile(r"(?:diterbitkan|dipublikasikan|diposting|posted|published|update[d]?|terbit)\Z", re.I)
# Characters a time ("| 09:00 WIB") is written with: only these can be removed by _TIME_AFTER.
_TIME_CHARS = str.maketrans("", "", " \t|,-–—.:0123456789WIBTAwibta")


def _published_before(chunk: str) -> bool:
    """Whether ``chunk`` ends in a publication label and non-word characters. Looks at its tail only
    (a regex ending in ``\\W*$`` is tried at every position of the chunk: per date, on a text of
    thousands of dates, that was most of the time)."""
    i = len(chunk)
    while i and not (chunk[i - 1].isalnum() or chunk[i - 1] == "_"):
        i -= 1
    return _PUBLISHED_WORD.search(chunk, max(0, i - 16), i) is not None


def _last_visible(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space ("" when there is none), read
    backwards from ``end`` rather than by stripping all the text before it."""
    i = end
    while i and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def _without_times(rest: str) -> str:
    """``rest`` with times removed, or as it is when it has 12 characters no time is written with (it
    stays at least 12 long: the test it is for) — the removal is costly on long lines."""
    if len(rest.translate(_TIME_CHARS)) >= 12:
        return rest
    return _TIME_AFTER.sub("", rest)
class _Spans:
    """Non-overlapping spans kept sorted, so "does this overlap one?" costs log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.ends[i] > start


_CONTEXT_KEYS = frozenset({"header", "quoted", "speech", "background"})


class _DateAttrs(dict):
    """A date candidate's attributes, of which the four that read the text around it (header,
    quoted, speech, background) are worked out when first read: the resolver reads them only until
    it has the event's date, and a text of thousands of dates need not pay for each one."""

    __slots__ = ("_context",)

    def __init__(self, context: tuple, values: dict) -> None:
        super().__init__(values)
        self._context = context  # (extractor, text, start, end, story_form), until resolved

    def _resolve(self) -> None:
        if self._context is not None:
            extractor, text, start, end, story_form = self._context
            self._context = None
            self.update(header=extractor._is_header(text, start, end, story_form=story_form),
                        quoted=extractor._in_quote(text, start), speech=extractor._after_speech(text, start),
                        background=extractor._background(text, start))

    def __missing__(self, key: str):
        if key in _CONTEXT_KEYS and self._context is not None:
            self._resolve()
            return self[key]
        raise KeyError(key)

    def get(self, key, default=None):
        if key in _CONTEXT_KEYS:
            self._resolve()
        return dict.get(self, key, default)

    def __contains__(self, key) -> bool:
        return key in _CONTEXT_KEYS and self._context is not None or dict.__contains__(self, key)

    def __iter__(self):
        self._resolve()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._resolve()
        return dict.__len__(self)

    def __eq__(self, other) -> bool:
        self._resolve()
        if isinstance(other, _DateAttrs):
            other._resolve()
        return dict.__eq__(self, other)

    __hash__ = None

    def __repr__(self) -> str:
        self._resolve()
        return dict.__repr__(self)

    def keys(self):
        self._resolve()
        return dict.keys(self)

    def values(self):
        self._resolve()
        return dict.values(self)

    def items(self):
        self._resolve()
        return dict.items(self)

    def copy(self) -> dict:
        self._resolve()
        return dict(dict.items(self))


class _Read:
    """A match made on the lower-cased text, read back on the caller's text: same offsets, groups in
    their own case ("Selasa" stays "Selasa" in the record)."""

    __slots__ = ("m", "text", "re")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m, self.text, self.re = m, text, m.re

    def group(self, name: str) -> str | None:
        start, end = self.m.span(name)
        return None if start < 0 else self.text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self.m.re.groupindex}

    def start(self, name: str | int = 0) -> int:
        return self.m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self.m.end(name)


def _case_sensitive(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE: for the lower-cased text, where it finds the same (the patterns are
    lower case) and runs about twice as fast."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


class DateExtractor(CandidateExtractor):
    name = "dates"
    labels = ("DATE",)

    @cached_property
    def _lex(self):
        return lexicon.dates()

    @cached_property
    def _textual(self) -> re.Pattern[str]:
        months = "|".join(sorted(self._lex.months, key=len, reverse=True))
        return compile_guarded(
            rf"{_WEEKDAY_PART}(?:{_DATE_WORD}[ \t]*)?(?P<open>\([ \t]*)?"
            rf"(?<![\w/.\-])(?P<d>\d{{1,2}})(?:[ \t]*{_RANGE}[ \t]*\d{{1,2}}(?=[ \t\-]+(?:{months})\b))?"
            rf"[ \t\-]+(?P<mon>{months})\b\.?"
            rf"(?:[ \t\-,]+(?P<y>\d{{4}})|[ \t]*{_RANGE}[ \t]*\d{{1,2}}[ \t\-]+(?P<mon2>{months})\b\.?[ \t\-,]+(?P<y2>\d{{4}}))?"
            r"(?!\d)(?P<close>[ \t]*\))?",
            re.IGNORECASE,
        )

    @cached_property
    def _worded(self) -> re.Pattern[str]:
        """Days (and years) written as words: "Sabtu, dua belas Desember 2025"."""
        longest: dict[int, int] = {}
        for name, number in self._lex.months.items():
            longest[number] = max(longest.get(number, 0), len(name))
        # Month names in full only ("Mei", "Desember", "Nopember"): "dua Des" is too loose to read.
        months = "|".join(m for m, n in self._lex.months.items() if len(m) == longest[n])
        word = "|".join(sorted(self._lex.number_words, key=len, reverse=True))
        day = rf"(?:{word})(?:[ \t]+(?:{word}|belas|puluh))*"
        year = rf"\d{{4}}|(?:{word})(?:[ \t]+(?:{word}|belas|puluh|ratus|ribu))*"
        return compile_guarded(
            rf"{_WEEKDAY_PART}(?:{_DATE_WORD}[ \t]*)?(?<!\w)(?P<dw>{day})[ \t]+(?:bulan[ \t]+)?(?P<mon>{months})\b"
            rf"[ \t,]+(?:tahun[ \t]+)?(?P<y>{year})(?!\w)",
            re.IGNORECASE,
        )

    @cached_property
    def _worded_hint(self) -> re.Pattern[str]:
        """A number word before a month name: where :attr:`_worded` is worth trying (it is slow to
        try at every position of a long text)."""
        word = "|".join(sorted(self._lex.number_words, key=len, reverse=True))
        months = "|".join(sorted(self._lex.months, key=len, reverse=True))
        return compile_guarded(rf"(?<!\w)(?:{word}|belas|puluh)[ \t]+(?:bulan[ \t]+)?(?:{months})\b")

    def _hints(self, text: str, low: str | None):
        """Matches of :attr:`_worded_hint`. On the lower-cased text it is tried only where one of its
        opening words stands (found with ``str.find``): the same matches as ``finditer``."""
        if low is None:
            yield from self._worded_hint.finditer(text)
            return
        # (a hint's opening word is a whole word: blanks follow it; see :meth:`_word_starts`)
        starts = self._word_starts(text, self._hint_first_words)
        if starts is None:
            starts = literal_starts(low, self._hint_words)
        yield from matches_at(self._worded_hint, text, at_words(starts))

    @cached_property
    def _hint_words(self) -> tuple[str, ...]:
        return (*self._lex.number_words, "belas", "puluh")

    @cached_property
    def _hint_first_words(self) -> frozenset[str] | None:
        return first_runs(self._hint_words)

    @cached_property
    def _relative_first_words(self) -> frozenset[str] | None:
        return first_runs(self._lex.relative)

    @staticmethod
    def _word_starts(text: str, words: frozenset[str] | None) -> list[int] | None:
        """Where the whole words ``words`` (see :func:`.wordhits.first_runs`) stand in the lower-cased
        ``text``, from the index of its words that the people scanners share (None when the text or
        the words cannot be read that way). A pattern that opens with ``\\b`` or ``(?<!\\w)`` and
        one of these words, then a character that is no word character, can match only there."""
        return word_hits(text).starts(words)

    def _worded_matches(self, text: str, low: str | None = None):
        pos = 0
        for hint in self._hints(text, low):
            if hint.start() < pos:
                continue
            # the day may have several words and a weekday before it: start a little earlier
            m = self._worded.search(text, max(pos, hint.start() - 60), hint.end() + 80)
            if m is not None and m.end() > pos:
                pos = m.end()
                yield m

    def _number(self, words: str) -> int | None:
        """A number written in words ("dua puluh lima", "dua ribu dua puluh lima"), or None."""
        digits = self._lex.number_words
        total, pending = 0, None
        for w in words.casefold().split():
            if w in digits:
                if pending is not None:
                    total += pending
                pending = digits[w]
            elif pending is None:
                return None
            elif w == "belas":
                total, pending = total + pending + 10, None
            elif w == "puluh":
                total, pending = total + pending * 10, None
            elif w == "ratus":
                total, pending = total + pending * 100, None
            elif w == "ribu":
                total, pending = (total + pending) * 1000, None
            else:
                return None
        return total + (pending or 0)

    @cached_property
    def _weekday_alone(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?P<wd>{_WEEKDAY})\b", re.IGNORECASE)

    @cached_property
    def _relative(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(self._lex.relative, key=len, reverse=True))
        return re.compile(rf"\b(?P<rel>{words})\b", re.IGNORECASE)

    @cached_property
    def _lower_scans(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_case_sensitive(rx) for rx in (self._textual, _NUMERIC, self._weekday_alone, self._relative))

    def _scan(self, which: int, text: str, low: str | None, starts: list[int] | None = None):
        """Matches of scan ``which`` (textual, numeric, weekday, relative) on ``text``: on its
        lower-cased form when that is exact (see :func:`caseless_lower`), else case-insensitively.
        With ``starts`` (every position where a match may begin, sorted), the pattern is tried there
        only, which finds what ``finditer`` finds: the leftmost match, then the next one after it."""
        if low is None:
            rx = (self._textual, _NUMERIC, self._weekday_alone, self._relative)[which]
            yield from rx.finditer(text)
            return
        for m in matches_at(self._lower_scans[which], low, at_words(starts)):
            yield _Read(m, text)

    @staticmethod
    def _starts(low: str, weekdays: list) -> list[int]:
        """Where a textual or numeric date may begin on the lower-cased text: a day's first digit,
        "(", a date word ("tanggal", "tgl"), a weekday. Both patterns can begin nowhere else, so
        trying them only here (a dozen places per article) replaces a scan of every position."""
        starts = [m.start() for m in _DIGITS_OR_OPEN.finditer(low)]
        starts += [m.start() for m in weekdays]
        starts += literal_starts(low, _DATE_WORDS)
        return sorted(set(starts))

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        low = caseless_lower(text)
        weekdays = list(self._scan(2, text, low, self._word_starts(text, _WEEKDAY_FIRST_WORDS) if low else None))
        starts = None if low is None else self._starts(low, weekdays)
        out: list[Candidate] = []
        taken = _Spans()
        for m in self._scan(0, text, low, starts):
            month = self._lex.months.get(m.group("mon").casefold())
            if month is None:  # case-insensitive regex also matches "Januarı" (dotless i)
                continue
            year = m.group("y")
            if year is None and m.group("y2"):
                # "30 November - 2 Desember 2025": the first day takes the year of the second, one less
                # when the range runs over the new year.
                month2 = self._lex.months.get(m.group("mon2").casefold(), month)
                year = str(int(m.group("y2")) - (month > month2))
            cand = self._make(text, m, "textual", int(m.group("d")), month, year)
            if cand:
                out.append(cand)
                taken.add(m.start(), m.end())
        for m in self._worded_matches(text, low):
            day = self._number(m.group("dw"))
            year = m.group("y")
            year = year if year.isdigit() else self._number(year)
            month = self._lex.months.get(m.group("mon").casefold())
            if day is None or year is None or month is None or not 1900 <= int(year) <= 2100:
                continue
            cand = self._make(text, m, "worded", day, month, str(year))
            if cand:
                out.append(cand)
                taken.add(m.start(), m.end())
        for m in self._scan(1, text, low, starts):
            if taken.overlaps(m.start(), m.end()):
                continue
            if m.group("sep") == "." and not m.group("y"):
                continue  # "09.00" is a time
            if not (m.group("wd") or m.group("open") or m.group("y")):
                continue
            if self._blocked_before(text, m.start("d")):
                continue
            day = int(m.group("from") or m.group("d"))
            cand = self._make(text, m, "numeric", day, int(m.group("m")), m.group("y"))
            if cand:
                out.append(cand)
                taken.add(m.start(), m.end())
        for m in weekdays:
            if taken.overlaps(m.start(), m.start() + 1):
                continue
            word = m.group("wd")
            if word[:1].islower() and not re.search(r"\b(hari|pada)\s+$", text[max(0, m.start() - 6):m.start()], re.I):
                continue  # "dua minggu" (two weeks), not Sunday
            out.append(self._weak(text, m.start(), m.end(), "weekday", weekday=word))
        for m in self._scan(3, text, low, self._word_starts(text, self._relative_first_words) if low else None):
            offset = self._lex.relative.get(" ".join(m.group("rel").casefold().split()))
            if offset is not None:
                out.append(self._weak(text, m.start(), m.end(), "relative", offset=offset))
        return out

    def _blocked_before(self, text: str, pos: int) -> bool:
        before = _WORD_OR_DOT.findall(text[max(0, pos - 15):pos])
        return bool(before) and before[-1].casefold().rstrip(".") in self._lex.not_date_before

    def _make(self, text, m, form, day, month, year_text) -> Candidate | None:
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        start, end = m.start(), m.end()
        names = m.re.groupindex
        # "open" and "close" match a bracket when they match at all
        opened = "open" in names and m.start("open") >= 0
        closed = "close" in names and m.start("close") >= 0
        wd = m.group("wd")
        weekday_idx = self._weekday_index(wd) if wd else None
        if year_text is None and (opened or not closed):
            late = _YEAR_AFTER.match(text, end)  # "Jumat (24/10) 2025", "26 April(2023)", "(4/6-2020)"
            late_year = late.group(late.lastgroup) if late is not None else None
            # (after a blank or a comma only with a weekday; with a weekday only a year it falls in)
            if late_year and (weekday_idx is not None or late.lastgroup != "bare") and (
                    weekday_idx is None or _weekday_of(int(late_year), month, day) == weekday_idx):
                year_text, end = late_year, late.end()
                if opened and not closed:  # "(4/6-2020)": the bracket opened before the day closes now
                    close = _CLOSE_AFTER.match(text, end)
                    if close is not None:
                        end, closed = close.end(), True
        if opened and not closed:
            # keep "(" out of the span when it has no partner
            start = m.start("wd") if m.group("wd") else m.start("d")
        if closed and not opened:
            end = m.end("close") - 1
            while text[end - 1] in " \t":
                end -= 1
        year = int(year_text) if year_text else None
        attrs = _DateAttrs((self, text, start, end, bool(wd and opened and closed)), {
            "form": form,
            "day": day,
            "month": month,
            "year_text": year_text,
            "weekday": wd,
            "weekday_index": weekday_idx,
            "strong": bool(wd or opened),
            "core": f"{day:02d}/{month:02d}/{year_text}" if year is not None else None,
        })
        return Candidate("DATE", start, end, text[start:end], rule=f"date:{form}", attrs=attrs)

    def _weak(self, text, start, end, form, weekday=None, offset=None) -> Candidate:
        attrs = _DateAttrs((self, text, start, end, False), {
            "form": form, "day": None, "month": None, "year_text": None, "weekday": weekday,
            "weekday_index": self._weekday_index(weekday) if weekday else None,
            "strong": False, "core": None, "offset": offset,
        })
        return Candidate("DATE", start, end, text[start:end], rule=f"date:{form}", score=0.3, attrs=attrs)

    def _weekday_index(self, word: str) -> int | None:
        key = re.sub(r"[^a-z]", "", word.casefold())
        return self._lex.weekdays.get(key)

    @staticmethod
    def _is_header(text: str, start: int, end: int, story_form: bool = False) -> bool:
        """Page furniture: a timestamp line, an all-caps date, a 'published' label, a date alone on its
        line. A date alone on its line is still the story's when the sentence before runs on into it
        (the line before ends in a comma), or when it has the press-release form "Rabu, (27/1/2021)"
        and follows a sentence of the story (a stamp above the story stays furniture)."""
        if in_clutter_line(text, start):
            return True
        if _TIME_AFTER.match(text, end) and re.match(r"[ \t]*[|\-–—]", text[end:end + 3]):
            return True
        ls, _ = line_bounds(text, start, window=400)  # headers are short lines
        _, le = line_bounds(text, max(start, end - 1), window=400)  # a date may run over a line break
        if _published_before(text[ls:start]):
            return True
        # Alone on its line? Characters no time is written with stay in what is left of the line
        # once times are removed: a dozen of them next to the date settle it without reading the
        # whole line (on a long line of dates, that reading was most of the time).
        near = text[max(ls, start - 40):start] + text[end:min(le, end + 40)]
        if len(near.translate(_TIME_CHARS)) < 12:
            line = text[ls:le]
            rest = (line[: start - ls] + line[end - ls:]).strip(" \t|-–—,.")
            rest = _without_times(rest).strip(" \t|-–—,.")
            if len(rest) < 12:  # the date stands alone on its line
                if story_form and _DATELINE_PLACE.fullmatch(text, ls, start):
                    return False  # a dateline of its own: "– Ubud, Kamis (2/10/2025)"
                last = _last_visible(text, ls)
                return not (last == "," or (story_form and last in (".", "!", "?", '"', "”")))
        span = text[start:end]
        letters = [c for c in span if c.isalpha()]
        return len(letters) >= 6 and all(c.isupper() for c in letters)

    def _after_speech(self, text: str, start: int) -> bool:
        """True when the date closes a speech tag ("kata Danramil Kapten Inf Budi, Senin (4/5/2019)"):
        walking back within the clause, only the speaker's capitalised name and rank and a few linking
        words ("saat ditemui di sela kegiatan") stand between a speech word and the date."""
        chunk = text[max(0, start - 160):start]
        if not self._speech_rx.search(chunk):
            return False
        cuts = list(_CLAUSE_START.finditer(chunk))
        if cuts:
            chunk = chunk[cuts[-1].end():]
        for word in reversed(_WORD.findall(chunk)[-SPEECH_TAG_WORDS:]):
            low = word.casefold()
            if low in self._speech_words:
                return True
            if word[:1].isupper() or not any(c.islower() for c in word) or len(word) == 1 or low in self._speech_gap:
                continue
            return False
        return False

    def _background(self, text: str, start: int) -> bool:
        """True when an incident verb ("terjadi", "melanda", "sejak") dates something other than the
        activity: "banjir yang terjadi pada Selasa (27/5/2025)"."""
        words = _WORD.findall(text[max(0, start - 40):start])[-3:]
        words = [w.casefold() for w in words]
        while words and words[-1] in ("pada", "hari", "tanggal"):
            words.pop()
        return bool(words) and words[-1] in self._background_words

    @cached_property
    def _background_words(self) -> frozenset[str]:
        return frozenset(self._lex.background_before)

    @cached_property
    def _speech_rx(self) -> re.Pattern[str]:
        words = by_first_char(sorted(self._lex.speech_words, key=len, reverse=True))
        return compile_guarded(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    @cached_property
    def _speech_words(self) -> frozenset[str]:
        return frozenset(self._lex.speech_words)

    @cached_property
    def _speech_gap(self) -> frozenset[str]:
        return frozenset(self._lex.speech_gap_words)

    @staticmethod
    def _in_quote(text: str, start: int) -> bool:
        ls, _ = line_bounds(text, start, window=400)
        before = text[ls:start]
        opens = sum(before.count(q) for q in "“") + before.count('"') % 2
        closes = before.count("”")
        return opens > closes


_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}


_FULL_CORE = re.compile(r"(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/([0-9]{4})")


@lru_cache(maxsize=4096)
def _parse(core: str, base: dt.date | None) -> dt.date | None:
    full = _FULL_CORE.fullmatch(core)
    if full is not None:
        # Day, month and a four-digit year: the calendar date itself, as dateparser reads it (an
        # impossible day is no date), without loading dateparser (a second at the first call).
        try:
            return dt.date(int(full.group(3)), int(full.group(2)), int(full.group(1)))
        except ValueError:
            return None
    import dateparser  # only for two-digit years and years taken from the published date

    settings = dict(_SETTINGS)
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(core, languages=["id"], settings=settings)
    return parsed.date() if parsed else None


# The earliest year of the news: an older year in a story is history ("Sumpah Pemuda 28 Oktober 1928"),
# never the event's nor one to lend a date written without its year.
EARLIEST_STORY_YEAR = 1990


def is_history(cand: Candidate) -> bool:
    """A date of history, not of the news: "29 Juli 1947", "28 Oktober 1928"."""
    year = cand.attrs.get("year_text")
    return bool(year) and len(year) == 4 and int(year) < EARLIEST_STORY_YEAR


def year_from_the_text(cand: Candidate, cands: list[Candidate]) -> tuple[int, str] | None:
    """The year of a day and month written without one ("Rabu (11/03)"), when the story writes the same
    day and month with a year elsewhere ("Rabu (11/03/2020)"), and that date. None when no such date, or
    dates of several years, give it. (The weekday alone is not enough: "Minggu (14/07)" in a story
    dated "Senin (15/07/2024)" stays open in our gold, as it may be a Sunday of another year.)"""
    a = cand.attrs
    years: dict[int, str] = {}
    for c in cands:
        year_text = c.attrs.get("year_text")
        if (c.attrs.get("core") is None or not year_text or len(year_text) != 4 or is_history(c)
                or (c.attrs["day"], c.attrs["month"]) != (a["day"], a["month"])):
            continue
        if _weekday_of(int(year_text), a["month"], a["day"]) is not None:  # (not "31 April 2024")
            years.setdefault(int(year_text), c.text)
    return next(iter(years.items())) if len(years) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:  # 29 February of a common year, 31 April
        return None


def normalise(cand: Candidate, published: dt.date | None) -> tuple[dt.date | None, str, list[str]]:
    """The date a candidate stands for, its precision and any warnings."""
    a = cand.attrs
    warnings: list[str] = []
    if a["form"] == "relative":
        if published is None:
            return None, "unknown", [f"event date '{cand.text}' is relative and no published date was given"]
        try:
            value = published + dt.timedelta(days=a["offset"])
        except OverflowError:
            return None, "unknown", [f"event date '{cand.text}' cannot be resolved against {published}"]
        return value, "day_year_from_published", [
            f"event date '{cand.text}' resolved against the published date"]
    if a["form"] == "weekday" or a["day"] is None:
        return None, "unknown", [f"event date gives only the weekday '{cand.text}'"]
    if a["core"] is not None:
        value = _parse(a["core"], None)
        if value is None:
            return None, "unknown", [f"event date '{cand.text}' is not a valid date"]
        return value, "day", warnings
    if published is None:
        return None, "unknown", [f"event date '{cand.text}' has no year and no published date was given"]
    value = _parse(f"{a['day']:02d}/{a['month']:02d}", published)
    if value is None:
        return None, "unknown", [f"event date '{cand.text}' is not a valid date"]
    return value, "day_year_from_published", [f"year of event date '{cand.text}' taken from the published date"]
