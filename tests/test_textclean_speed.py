"""The cheap tests of :mod:`komsos_extract.textclean` decide as the plain regexes they replace, on
strings we wrote and random ones: the language check counts the same words and function words, and
the punctuation-run test never says no where the regex finds a run."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract import textclean
from komsos_extract.textclean import _looks_indonesian, _may_hold_punct_run, clean

PLAIN_WORD = re.compile(r"\w+")
PLAIN_ID_WORD = re.compile("|".join(textclean._ID_WORD_LIST), re.I)
PLAIN_PUNCT_RUN = re.compile(r"([^\w\s])\1{31,}")


def plain_looks_indonesian(chunk: str) -> bool:
    """The check as first written: every ``\\w+`` run, then its function words counted."""
    words = PLAIN_WORD.findall(chunk)
    if len(words) < 30:
        return True
    found = sum(1 for w in words if (w.lower() in textclean._ID_WORDS if w.isascii() else PLAIN_ID_WORD.fullmatch(w)))
    return found >= max(2, len(words) // 50)


PIECES = ["dan", "DAN", "yang", "Di", "ke", "warga", "kegiatan", "the", "of", "and", "desa", "x", "12", "_", "dan_",
          " ", " ", "\n", ",", ".", "“", "”", "é", "ſ", "İ", "\ufffd", "\ud800", "٣", "-", "’", "tersebut", "ini"]


@pytest.mark.parametrize("chunk", [
    "", "dan " * 29, "dan " * 30, "the " * 60 + "dan yang", "the " * 200 + "dan " * 3, "the " * 200 + "dan " * 4,
    "Warga “desa” dan kegiatan yang ada di sana " * 10, "café dan " * 40, "ſtop di " * 40, "x\ud800y " * 40,
])
def test_language_check_as_the_plain_count(chunk):
    assert _looks_indonesian(chunk) == plain_looks_indonesian(chunk)


def test_language_check_on_random_text():
    rng = random.Random(21)
    foreign = [p for p in PIECES if p.lower() not in textclean._ID_WORDS]
    seen = set()
    for n in range(3000):
        pieces = PIECES if n % 2 else [p for p in PIECES if p not in ("é", "ſ", "İ", "٣")]
        if n % 3 == 0:  # mostly other words: the check may fail
            pieces = foreign * 20 + pieces
        chunk = "".join(rng.choice(pieces) for _ in range(rng.randint(20, 400)))
        expected = plain_looks_indonesian(chunk)
        assert _looks_indonesian(chunk) == expected, chunk
        seen.add(expected)
    assert seen == {True, False}


def test_punctuation_run_test_never_misses_a_run():
    rng = random.Random(22)
    pieces = ["/", "//////", "-" * 20, "=" * 33, "a", " ", "\n", "_" * 40, "." * 31, "“" * 17, "x" * 50]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if PLAIN_PUNCT_RUN.search(text):
            assert _may_hold_punct_run(text), text


@pytest.mark.parametrize("text", ["a" + "/" * 32, "/" * 31 + " ok", "é" * 40 + " dan", "-" * 64, "x" * 100])
def test_clean_warns_as_before(text):
    got = clean(text).warnings
    assert ("long runs of a repeated punctuation" in " ".join(got)) == bool(PLAIN_PUNCT_RUN.search(text))
