"""Offsets hold on mutated text: every span of every field is the exact slice of the caller's text
(``text[start:end] == span.text``) when control characters, line separators, zero-width and bidi
marks or no-break spaces sit inside the names and numbers extract() reads. Cleaning reads such
characters as spaces; spans must still show what the caller passed, and names the normalised form."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komsos_extract import Extractor
from komsos_extract.records import iter_spans
from tests.conftest import assert_offsets

# Article-shaped sentences written for these tests: every field has something to find.
SENTENCES = [
    "Babinsa Koramil 05/Sukajaya Serda Budi Santoso melaksanakan komsos di Dusun Krajan 2, Desa Suka "
    "Maju, Kecamatan Sukajaya, Kabupaten Bogor, Selasa (11/01/2022).",
    "Kapolsek Cikupa AKP Rahmat Hidayat bersama Kepala Desa Sindang Jaya Bapak Ahmad Fauzi meninjau "
    "Kampung Cibadak RT 02/RW 05, Kelurahan Talang, Kec. Cikupa, Senin 4 Maret 2024.",
    "Danramil 13/Buntu Pane Kapten Inf Sutrisno menghadiri musyawarah di Nagari Koto Baru, Jorong III, "
    "Kabupaten Agam, Provinsi Sumatera Barat, Rabu (20/09/2023).",
]

# What a hostile or careless source puts into text.
MUTATIONS = ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\u200b", "\u200c",
             "\u200d", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\xa0", "\t", "\r"]

_extractor = Extractor()


def _spans(record) -> int:
    return sum(1 for _ in iter_spans(record))


def _mutated(sentence: str, char: str, how: str) -> str:
    if how == "for spaces":
        return sentence.replace(" ", char)
    if how == "after spaces":
        return sentence.replace(" ", " " + char)
    return "".join(ch + char if ch.isalnum() and i % 3 == 0 else ch for i, ch in enumerate(sentence))


@pytest.mark.parametrize("char", MUTATIONS, ids=[f"U+{ord(c):04X}" for c in MUTATIONS])
@pytest.mark.parametrize("how", ["for spaces", "after spaces", "inside words"])
@pytest.mark.parametrize("sentence", SENTENCES, ids=["dusun", "kampung-rt", "nagari"])
def test_every_span_is_the_callers_slice(sentence, char, how):
    text = _mutated(sentence, char, how)
    record = _extractor.extract(text)
    assert_offsets(text, record)


@pytest.mark.parametrize("text, level, name", [
    ("Dusun\x00P", "dusun", "P"),
    ("Warga Desa\u2028Suka Maju hadir.", "desa", "Suka Maju"),
    ("Warga Desa\x85Suka Maju hadir.", "desa", "Suka Maju"),
    ("Warga Dusun\x1b4 berkumpul.", "dusun", "4"),
])
def test_place_span_is_raw_and_name_is_clean(text, level, name):
    record = _extractor.extract(text)
    place = next(p for p in record.places if p.level == level)
    assert place.name == name
    assert place.text == text[place.start:place.end]


def test_mutations_keep_spans_to_check():
    """The table above checks something: the clean sentences yield spans in several fields."""
    records = [_extractor.extract(sentence) for sentence in SENTENCES]
    for record in records:
        assert record.places and record.personnel and record.event_date
        assert _spans(record) >= 6
    assert any(record.units for record in records)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SENTENCES),
       st.lists(st.tuples(st.integers(min_value=0, max_value=400), st.sampled_from(MUTATIONS)), max_size=12))
def test_random_mutations_keep_offsets(sentence, edits):
    text = sentence
    for pos, char in sorted(edits, reverse=True):
        pos = min(pos, len(text))
        text = text[:pos] + char + text[pos:]
    assert_offsets(text, _extractor.extract(text))
