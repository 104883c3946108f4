"""The cheap date-context tests decide exactly as the plain regexes they replace (on our own strings
and random ones): only their cost on texts with thousands of dates changed."""

from __future__ import annotations

import random
import re
from functools import lru_cache

import pytest

from komsos_extract.extractors.dates import _TIME_AFTER, DateExtractor, _published_before, _without_times

PLAIN_PUBLISHED = re.compile(r"(diterbitkan|dipublikasikan|diposting|posted|published|update[d]?|terbit)\W*$", re.I)
PIECES = ["Diposting", "diterbitkan", "UPDATED", "terbit", "Published", " ", ": ", "\n", "|", "x", "_", "é",
          "12", "/", "ſ", "—", "kata", "Senin", "\u200b", "posted_", "Update", "(", "  \t"]


def _random(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, n)))


@pytest.mark.parametrize("chunk", ["Diposting: ", "Terbit | ", "Senin, ", "Updated\n", "updatedd ", "_terbit ",
                                   "", "diterbitkan_ ", "xposted", "Diposting:\n"])
def test_publication_label_before_a_date(chunk):
    assert _published_before(chunk) == bool(PLAIN_PUBLISHED.search(chunk))


def test_publication_label_on_random_text():
    rng = random.Random(3)
    for _ in range(3000):
        chunk = _random(rng, 12)
        assert _published_before(chunk) == bool(PLAIN_PUBLISHED.search(chunk)), chunk


def test_time_removal_shortcut_keeps_the_alone_test():
    rng = random.Random(4)
    pieces = ["09:00", " WIB", " | ", "12.30", "-", "Wita", ", ", "Senin", "a", " ", "7", "T", "ok", "—"]
    for _ in range(3000):
        rest = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        fast = _without_times(rest).strip(" \t|-–—,.")
        plain = _TIME_AFTER.sub("", rest).strip(" \t|-–—,.")
        assert (len(fast) < 12) == (len(plain) < 12), rest


def test_speech_word_scan_matches_the_plain_alternation():
    extractor = DateExtractor()
    words = "|".join(sorted(extractor._lex.speech_words, key=len, reverse=True))
    plain = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    rng = random.Random(5)
    pieces = ["kata", "Katanya", "UJAR", "menjelaskan", "ſebut", "sebutnya", " ", ",", "x", "é", "\n", "pesan", "K"]
    for _ in range(3000):
        chunk = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        found = extractor._speech_rx.search(chunk)
        expected = plain.search(chunk)
        assert (found and found.span()) == (expected and expected.span()), chunk


def test_lower_cased_scans_find_what_the_case_insensitive_ones_find():
    """The date scans run on the lower-cased text when that is exact: same candidates, same spans and
    the weekday in its own case, as when they run case-insensitively on the text itself."""
    from komsos_extract.extractors import dates as module

    extractor = DateExtractor()
    rng = random.Random(6)
    pieces = ["Senin", "SELASA", "jum'at", "Kamis,", " (", ")", " 12/01/2022", "3 Januari 2024", "4-5 MEI 2023",
              " kemarin", "Hari ini", " tgl. ", " 7.30", "/", " ", "\n", "dua belas Desember 2025", "Minggu",
              "((", "xtanggal", "1(2", "\u0661\u0662/\u0660\u0661/\u0662\u0660\u0662\u0662", "12 - 14/01/2022",
              "Senin-Rabu (", "jum at", "Sabtu, tanggal", "2024)", "-", ".", "31", "(Senin"]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        fast = [(c.start, c.end, c.text, c.attrs["weekday"]) for c in extractor.find(_doc(text))]
        original = module.caseless_lower
        module.caseless_lower = lambda _text: None  # force the case-insensitive scans
        try:
            plain = [(c.start, c.end, c.text, c.attrs["weekday"]) for c in extractor.find(_doc(text))]
        finally:
            module.caseless_lower = original
        assert fast == plain, text


@lru_cache(maxsize=1)
def _blank():
    import spacy

    return spacy.blank("id")


def _doc(text: str):
    from komsos_extract.extractors.base import set_doc_text

    doc = _blank().make_doc(text)
    set_doc_text(doc, text)
    return doc


def test_worded_date_hints_tried_at_their_words_find_what_a_full_scan_finds():
    extractor = DateExtractor()
    rng = random.Random(8)
    pieces = ["dua", "Belas", "puluh", " ", "\t", "bulan ", "Desember", "mei", "x", "sepuluh", "seribu", "satuan",
              "DUA ", "januari", ",", "\n", "tiga", "lima"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        fast = [m.span() for m in extractor._hints(text, text.lower())]
        assert fast == [m.span() for m in extractor._worded_hint.finditer(text)], text


def _event_date_by_full_reading(cands, published):
    """The event date as the resolver chose it when every candidate's context was read up front."""
    from komsos_extract.extractors.dates import normalise

    body = [c for c in cands if not c.attrs["header"]]
    if not body:
        return None
    dated = [c for c in body if c.attrs["day"] is not None]

    def rank(c):
        aside = c.attrs.get("speech", False) or c.attrs.get("background", False)
        return (c.attrs["quoted"], not c.attrs["strong"], aside, c.start)

    if dated:
        chosen = min(dated, key=rank)
    else:
        relative = [c for c in body if c.attrs["form"] == "relative"]
        weekdays = [c for c in body if c.attrs["form"] == "weekday"]
        chosen = min(relative if published and relative else weekdays or body, key=rank)
    return chosen.start, normalise(chosen, published)[0]


def test_event_date_read_lazily_is_the_one_a_full_reading_chooses():
    """Date candidates read the text around them only when the resolver asks; the event date is the
    same as when every candidate's context is read first."""
    import datetime as dt

    from komsos_extract.resolve import resolve_event_date

    extractor = DateExtractor()
    rng = random.Random(9)
    pieces = ["Senin (12/01/2022)", " kata Danramil, Selasa (13/01/2022)", " “Rabu 14/01/2022”", "\nKAMIS, 15 JANUARI 2022 | 09:00 WIB\n",
              " banjir yang terjadi pada 3/1/2022", " Diposting: 16/01/2022\n", " kemarin", " Jumat", " warga hadir.", "\n",
              " 17 Januari 2022", ",", " (18/1)", " ujarnya", "\"", " Sabtu,\n(19/01/2022)\n"]
    published = dt.date(2022, 1, 20)
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        lazy = sorted(extractor.find(_doc(text)), key=lambda c: (c.start, -c.end))
        eager = sorted(extractor.find(_doc(text)), key=lambda c: (c.start, -c.end))
        for c in eager:
            c.attrs["header"]  # read every context up front
        event, _ = resolve_event_date(lazy, text, published)
        expected = _event_date_by_full_reading(eager, published)
        assert (None if event is None else (event.start, event.value)) == expected, text
