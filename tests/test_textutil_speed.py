"""Shared text helpers made cheaper answer as their plain forms did: run side by side on strings we
wrote and random ones."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract.extractors.activities import _quote_marks
from komsos_extract.extractors.wordhits import whole_word_starts
from komsos_extract.textutil import caseless_lower


def plain_caseless_lower(text: str) -> str | None:
    if not text.isascii():
        for ch in set(text):
            if not ch.isascii() and not (ch.lower() == ch == ch.upper()):
                return None
    return text.lower()


PIECES = ["Baca", "juga", "BACA JUGA", "baca\njuga", "Lihat juga:", "Berita Terkait", "pos terkait", "artikel",
          "terkaitnya", "simak\tjuga", " ", "\n", "\n\n", "\r\n", "\u2028", "\x0b", "\x85", "x", "é", "ſimak juga",
          "\ud800", "“", "”", '"', "İ", "ﬁ", "K", "Desa", ".", "\u00a0"]


@pytest.mark.parametrize("text", ["", "Baca juga", "\nBaca juga: x", "x\n  baca  juga\nlihat\njuga", "é", "ſ x",
                                  "“kata”", "\ud800a", "ﬁ", "Berita terkaitnya\nPos terkait"])
def test_helpers_as_their_plain_forms(text):
    assert caseless_lower(text) == plain_caseless_lower(text)


def test_helpers_as_their_plain_forms_on_random_text():
    rng = random.Random(31)
    seen = set()
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16)))
        expected = plain_caseless_lower(text)
        assert caseless_lower(text) == expected, text
        seen.add(expected is None)
    assert seen == {True, False}


def test_quote_marks_in_order():
    rng = random.Random(32)
    for _ in range(1000):
        text = "".join(rng.choice(["“", "”", '"', "a", " ", "''"]) for _ in range(rng.randint(0, 20)))
        expected = tuple([i for i, c in enumerate(text) if c == q] for q in '“”"')
        assert _quote_marks(text) == expected


WORD_PIECES = ["Darmo", "darmo", "Darmo Karmun", "Karmun", " ", "  ", "\n", ".", ",", "_", "é", "2", "(", "'", "-",
               "Darmo.", "ADarmo", "Darmo_"]


def test_whole_word_starts_of_phrases_as_the_pattern_finds_them():
    rng = random.Random(33)
    kinds = set()
    for _ in range(3000):
        text = "".join(rng.choice(WORD_PIECES) for _ in range(rng.randint(0, 12)))
        phrase = rng.choice(["Darmo", "Darmo Karmun", "Karmun", "mo", "o"])
        before = rng.choice(["", "."])
        lead = r"(?<![\w.])" if before else r"(?<!\w)"
        expected = [m.start() for m in re.finditer(lead + re.escape(phrase) + r"(?!\w)", text)]
        assert whole_word_starts(text, phrase, before) == expected, (text, phrase, before)
        kinds.add(len(expected) > 0)
    assert kinds == {True, False}
