"""The date scans that are tried only where their opening words stand (weekdays, relative words, number
words, from the index of the text's words) or where a number or bracket opens find exactly what the
scans of the whole text find: side by side on sentences we wrote and on random text."""

from __future__ import annotations

import random

import pytest

from komsos_extract.extractors import wordhits
from komsos_extract.extractors.base import TextDoc
from komsos_extract.extractors.dates import DateExtractor
from komsos_extract.extractors.wordhits import WordHits
from komsos_extract.textutil import at_words, matches_at

SENTENCES = [
    "Pada hari Senin (11/01/2022) Babinsa melaksanakan komsos, kemarin malam juga.",
    "Jum'at, 13 Desember 2025 dan jum at (26/01/2024) serta JUMAT 2 Mei.",
    "Sabtu, dua belas Desember dua ribu dua puluh lima, hari ini dan tadi malam.",
    "Senin-Rabu (19/6), tgl. 12-14 Desember, tanggal(24-02-2020) pukul 09.00 WIB.",
    "dua minggu lalu; seninnya; 2senin; senin2; (12(3 (( 12.30 ) Minggu pagi ini.",
    "Kamis, 9 MEI 2019 | 08:10 WIB\nRabu, (27/1/2021) sore ini di İstanbul",
    "",
]
PIECES = ["Senin", "selasa", "RABU", "kamis", "Jum", "jum'at", "Jum'at", "JUM AT", "jum ’at", "Jum`at", "Sabtu",
          "minggu", "Ahad", "hari", "ini", "kemarin", "malam", "tadi", "pagi", "dua", "belas", "puluh", "sebelas", "satu", "ribu",
          "Desember", "mei", "bulan", "tanggal", "tgl.", "12", "2025", "/", "-", "(", ")", "((", " ", " ",
          ", ", ".", "\n", "_", "x", "é", "ſ", "“", "9"]


def _found(text: str) -> list[tuple]:
    return [(c.start, c.end, c.text, c.rule, c.score, dict(c.attrs)) for c in DateExtractor().find(TextDoc(text))]


def _both(text: str, monkeypatch) -> tuple[list, list]:
    wordhits.word_hits.cache_clear()
    fast = _found(text)
    with monkeypatch.context() as m:
        m.setattr(WordHits, "starts", lambda self, keys: None)
        wordhits.word_hits.cache_clear()
        full = _found(text)
    wordhits.word_hits.cache_clear()
    return fast, full


@pytest.mark.parametrize("text", SENTENCES)
def test_word_started_date_scans_find_what_the_full_scans_find(text, monkeypatch):
    fast, full = _both(text, monkeypatch)
    assert fast == full


def test_word_started_date_scans_on_random_text(monkeypatch):
    rng = random.Random(11)
    exact = [p for p in PIECES if p not in ("é", "ſ")]  # texts lower-cased exactly use the index
    for n in range(600):
        text = "".join(rng.choice(exact if n % 3 else PIECES) for _ in range(rng.randint(1, 30)))
        fast, full = _both(text, monkeypatch)
        assert fast == full, text


def test_textual_and_numeric_dates_tried_at_their_starts_as_the_full_scans():
    """The scans tried only at :meth:`DateExtractor._starts` (brackets, days' digits, weekdays, date
    words) find what they find over every position of the text."""
    extractor = DateExtractor()
    rng = random.Random(12)
    pieces = ["1", "23", "123", "(", "((", "(4", " ", "x", "/", ".", "-", "٣", ")", "\n", "Senin", "tgl", "tanggal",
              " Mei ", " desember 2025", "s.d.", " 2024", "12/3", "9.00", "xtanggal", "_"]
    checked = 0
    for _ in range(4000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))).lower()
        weekdays = list(extractor._lower_scans[2].finditer(low))
        starts = DateExtractor._starts(low, weekdays)
        for which in (0, 1):
            scan = extractor._lower_scans[which]
            expected = [m.span() for m in scan.finditer(low)]
            assert [m.span() for m in matches_at(scan, low, at_words(starts))] == expected, low
            checked += bool(expected)
    assert checked > 500


def test_weekday_first_words_follow_the_weekday_pattern():
    """_WEEKDAY_FIRST_WORDS is a hand-kept copy of the words _WEEKDAY opens with: every top-level
    alternative of the pattern, and every spelling it matches, opens with one of them."""
    import re

    from komsos_extract.extractors.dates import _WEEKDAY, _WEEKDAY_FIRST_WORDS

    body, depth, alternatives, current = _WEEKDAY[3:-1], 0, [], ""
    for ch in body:  # split "(?:a|b(?:c|d)|e)" at its top-level bars
        depth += ch == "(" and 1 or ch == ")" and -1 or 0
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    alternatives.append(current)
    for alternative in alternatives:
        assert re.match(r"[a-z]+", alternative).group() in _WEEKDAY_FIRST_WORDS, alternative
    for written in ("Senin", "selasa", "RABU", "Kamis", "Jumat", "Jum'at", "Jum at", "jum’at", "Sabtu", "Minggu", "Ahad"):
        assert re.fullmatch(_WEEKDAY, written, re.IGNORECASE)
        assert re.match(r"\w+", written.casefold()).group() in _WEEKDAY_FIRST_WORDS
