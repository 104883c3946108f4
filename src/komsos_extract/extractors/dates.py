"""Date candidates: we find the spans ourselves, then :func:`normalise` hands each core to dateparser.

Forms: "Selasa (11/01/2022)", "Sabtu, 13 Desember 2025", "(24-02-2020)", "Senin(19/6)",
"jum,at ( 26/01/2024 )", weekdays alone and relative words ("kemarin", "hari ini"). Page-header and
publication timestamps ("SELASA, 23 APRIL 2019 | 03:25 WIB") are marked so the resolver skips them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cached_property, lru_cache

import dateparser
from spacy.tokens import Doc

from .. import lexicon
from ..textutil import in_clutter_line, line_bounds
from .base import Candidate, CandidateExtractor, doc_text

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum\s?(?:'|’|`|,)?\s?at|sabtu|minggu|ahad)"
_DATE_WORD = r"(?:tanggal|tangal|taggal|tgl\.?)"
_NUMERIC = re.compile(
    rf"(?:(?P<wd>\b{_WEEKDAY})\b[ \t\r\n,.]*)?(?:{_DATE_WORD}[ \t]*)?(?P<open>\([ \t]*)?"
    r"(?<![\w/.\-])(?P<d>\d{1,2})[ \t]*(?P<sep>[/.\-])[ \t]*(?P<m>\d{1,2})"
    r"(?:[ \t]*(?P=sep)[ \t]*(?P<y>\d{4}|\d{2}))?(?![\d/])(?P<close>[ \t]*\))?",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"[ \t]*[|,\-–—]?[ \t]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:WIB|WITA|WIT)?", re.I)
_PUBLISHED_BEFORE = re.compile(r"(diterbitkan|dipublikasikan|diposting|posted|published|update[d]?|terbit)\W*$", re.I)
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


class DateExtractor(CandidateExtractor):
    name = "dates"
    labels = ("DATE",)

    @cached_property
    def _lex(self):
        return lexicon.dates()

    @cached_property
    def _textual(self) -> re.Pattern[str]:
        months = "|".join(sorted(self._lex.months, key=len, reverse=True))
        return re.compile(
            rf"(?:(?P<wd>\b{_WEEKDAY})\b[ \t\r\n,.]*)?(?:{_DATE_WORD}[ \t]*)?(?P<open>\([ \t]*)?"
            rf"(?<![\w/.\-])(?P<d>\d{{1,2}})[ \t\-]+(?P<mon>{months})\b\.?(?:[ \t\-,]+(?P<y>\d{{4}}))?(?!\d)"
            r"(?P<close>[ \t]*\))?",
            re.IGNORECASE,
        )

    @cached_property
    def _weekday_alone(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?P<wd>{_WEEKDAY})\b", re.IGNORECASE)

    @cached_property
    def _relative(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(self._lex.relative, key=len, reverse=True))
        return re.compile(rf"\b(?P<rel>{words})\b", re.IGNORECASE)

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        out: list[Candidate] = []
        taken = _Spans()
        for m in self._textual.finditer(text):
            month = self._lex.months.get(m.group("mon").casefold())
            if month is None:  # case-insensitive regex also matches "Januarı" (dotless i)
                continue
            cand = self._make(text, m, "textual", int(m.group("d")), month, m.group("y"))
            if cand:
                out.append(cand)
                taken.add(m.start(), m.end())
        for m in _NUMERIC.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if m.group("sep") == "." and not m.group("y"):
                continue  # "09.00" is a time
            if not (m.group("wd") or m.group("open") or m.group("y")):
                continue
            if self._blocked_before(text, m.start("d")):
                continue
            cand = self._make(text, m, "numeric", int(m.group("d")), int(m.group("m")), m.group("y"))
            if cand:
                out.append(cand)
                taken.add(m.start(), m.end())
        for m in self._weekday_alone.finditer(text):
            if taken.overlaps(m.start(), m.start() + 1):
                continue
            word = m.group("wd")
            if word[:1].islower() and not re.search(r"\b(hari|pada)\s+$", text[max(0, m.start() - 6):m.start()], re.I):
                continue  # "dua minggu" (two weeks), not Sunday
            out.append(self._weak(text, m.start(), m.end(), "weekday", weekday=word))
        for m in self._relative.finditer(text):
            offset = self._lex.relative.get(" ".join(m.group("rel").casefold().split()))
            if offset is not None:
                out.append(self._weak(text, m.start(), m.end(), "relative", offset=offset))
        return out

    def _blocked_before(self, text: str, pos: int) -> bool:
        before = re.findall(r"[\w.]+", text[max(0, pos - 15):pos])
        return bool(before) and before[-1].casefold().rstrip(".") in self._lex.not_date_before

    def _make(self, text, m, form, day, month, year_text) -> Candidate | None:
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        start, end = m.start(), m.end()
        if m.group("open") and not m.group("close"):
            # keep "(" out of the span when it has no partner
            start = m.start("wd") if m.group("wd") else m.start("d")
        if m.group("close") and not m.group("open"):
            end = m.end("close") - 1
            while text[end - 1] in " \t":
                end -= 1
        wd = m.group("wd")
        year = int(year_text) if year_text else None
        weekday_idx = self._weekday_index(wd) if wd else None
        attrs = {
            "form": form,
            "day": day,
            "month": month,
            "year_text": year_text,
            "weekday": wd,
            "weekday_index": weekday_idx,
            "strong": bool(wd or m.group("open")),
            "header": self._is_header(text, start, end),
            "quoted": self._in_quote(text, start),
            "core": f"{day:02d}/{month:02d}/{year_text}" if year is not None else None,
        }
        return Candidate("DATE", start, end, text[start:end], rule=f"date:{form}", attrs=attrs)

    def _weak(self, text, start, end, form, weekday=None, offset=None) -> Candidate:
        attrs = {
            "form": form, "day": None, "month": None, "year_text": None, "weekday": weekday,
            "weekday_index": self._weekday_index(weekday) if weekday else None,
            "strong": False, "header": self._is_header(text, start, end),
            "quoted": self._in_quote(text, start), "core": None, "offset": offset,
        }
        return Candidate("DATE", start, end, text[start:end], rule=f"date:{form}", score=0.3, attrs=attrs)

    def _weekday_index(self, word: str) -> int | None:
        key = re.sub(r"[^a-z]", "", word.casefold())
        return self._lex.weekdays.get(key)

    @staticmethod
    def _is_header(text: str, start: int, end: int) -> bool:
        """Page furniture: a timestamp line, an all-caps date, a 'published' label."""
        if in_clutter_line(text, start):
            return True
        if _TIME_AFTER.match(text, end) and re.match(r"[ \t]*[|\-–—]", text[end:end + 3]):
            return True
        ls, _ = line_bounds(text, start, window=400)  # headers are short lines
        _, le = line_bounds(text, max(start, end - 1), window=400)  # a date may run over a line break
        line = text[ls:le]
        if _PUBLISHED_BEFORE.search(text[ls:start]):
            return True
        rest = (line[: start - ls] + line[end - ls:]).strip(" \t|-–—,.")
        rest = _TIME_AFTER.sub("", rest).strip(" \t|-–—,.")
        if len(rest) < 12:
            return True  # the date stands alone on its line
        span = text[start:end]
        letters = [c for c in span if c.isalpha()]
        return len(letters) >= 6 and all(c.isupper() for c in letters)

    @staticmethod
    def _in_quote(text: str, start: int) -> bool:
        ls, _ = line_bounds(text, start, window=400)
        before = text[ls:start]
        opens = sum(before.count(q) for q in "“") + before.count('"') % 2
        closes = before.count("”")
        return opens > closes


_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}


@lru_cache(maxsize=4096)
def _parse(core: str, base: dt.date | None) -> dt.date | None:
    settings = dict(_SETTINGS)
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(core, languages=["id"], settings=settings)
    return parsed.date() if parsed else None


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
