"""The dictionary of Indonesian roots under common affixes: words of the language, not names."""

from __future__ import annotations

import pytest

from komsos_extract.extractors.vocabulary import affixed_root


@pytest.mark.parametrize("word", ["dengarkan", "perketat", "penyuluhan", "menanam", "seperjuangan", "diperbaiki", "ataupun"])
def test_affixed_words_are_words_of_the_language(word):
    assert affixed_root(word)


@pytest.mark.parametrize("word", ["zoryan", "meakili", "hindom", "darmono"])
def test_names_are_not(word):
    assert not affixed_root(word)


def test_a_short_root_counts_only_when_allowed():
    assert affixed_root("berman")  # "ber" + "man"
    assert not affixed_root("berman", min_root=4)
