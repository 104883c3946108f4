"""The family-name lexicon: facts of naming, not words that are also places or common nouns."""

from __future__ import annotations

from komsos_extract import lexicon
from komsos_extract.gazetteer import gazetteer, name_key


def test_family_names_are_not_given_names_or_stop_words():
    family = lexicon.family_names()
    assert len(family) > 150
    assert not family & lexicon.stopwords()
    assert not family & lexicon.level_words()


def test_family_names_are_no_regency_or_province():
    gaz = gazetteer()
    clashes = [n for n in lexicon.family_names()
               if any(p.level in ("kabupaten", "kota", "provinsi") for p in gaz.find(name_key(n)))]
    assert clashes == []
