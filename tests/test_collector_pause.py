"""The garbage collector is paused while a long text is read, and always given back as it was."""

import gc

import pytest

from komsos_extract import pipeline
from komsos_extract.pipeline import LONG_TEXT, Extractor, _collector_paused

SENTENCE = "Babinsa Koramil 05/Sukamaju Serda Budi hadir di Desa Sukamaju, Senin (03/01/2022). "


@pytest.mark.parametrize("size, paused", [(LONG_TEXT - 1, False), (LONG_TEXT, True), (10 * LONG_TEXT, True)])
def test_paused_only_for_long_texts(size, paused):
    assert gc.isenabled()
    with _collector_paused(size):
        assert gc.isenabled() is not paused
    assert gc.isenabled()


def test_given_back_after_an_error():
    with pytest.raises(ValueError):
        with _collector_paused(LONG_TEXT):
            raise ValueError("boom")
    assert gc.isenabled()


def test_a_caller_who_disabled_it_keeps_it_disabled():
    gc.disable()
    try:
        with _collector_paused(LONG_TEXT):
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extract_pauses_during_a_long_text_and_restores(monkeypatch):
    seen = []
    real = pipeline.Extractor._process

    def spy(self, text):
        seen.append((len(text), gc.isenabled()))
        return real(self, text)

    monkeypatch.setattr(pipeline.Extractor, "_process", spy)
    extractor = Extractor(max_chars=4 * LONG_TEXT)
    short = extractor.extract(SENTENCE)
    long = extractor.extract(SENTENCE * (LONG_TEXT // len(SENTENCE) + 1))
    assert [enabled for _, enabled in seen] == [True, False]
    assert gc.isenabled()
    assert short.personnel and long.personnel and long.places
