"""Bad input gives a valid record with warnings, never an exception."""

from __future__ import annotations

import pytest

from komsos_extract import ArticleRecord
from tests.conftest import assert_offsets


@pytest.mark.parametrize(("text", "warning"), [
    ("", "empty"),
    ("   \n\t  ", "empty"),
    (None, "no text"),
    (b"Babinsa Koramil 13/Buntu Pane hadir.", "bytes"),
    (b"Babinsa \xff\xfe hadir.", "not valid UTF-8"),
    ("The quick brown fox jumps over the lazy dog while the committee discusses the annual budget "
     "for the regional library and the new playground near the old railway station in town.", "Indonesian"),
    ("Babinsa\x00 Koramil 13/Buntu Pane\x07 hadir, Selasa (11/01/2022).", "control characters"),
    ("Babinsa Koramil 13/Buntu Pane hadir \ufffd\ufffd, Selasa (11/01/2022).", "replacement characters"),
])
def test_bad_input_gives_record_with_warning(extractor, text, warning):
    record = extractor.extract(text)
    assert isinstance(record, ArticleRecord)
    assert any(warning in w for w in record.warnings), record.warnings


def test_control_characters_keep_offsets(extractor):
    text = "Babinsa\x00 Koramil 13/Buntu Pane\x07 hadir, Selasa (11/01/2022)."
    record = extractor.extract(text)
    assert [u.name for u in record.units] == ["Buntu Pane"]
    assert_offsets(text, record)


def test_one_megabyte_text_is_cut_with_warning(extractor):
    chunk = "Babinsa Koramil 13/Buntu Pane membantu warga menanam padi di sawah, Selasa (11/01/2022). "
    text = chunk * (1_000_000 // len(chunk) + 1)
    record = extractor.extract(text)
    assert len(text) > 1_000_000
    assert any("only the first" in w for w in record.warnings)
    assert record.units and record.event_date is not None
    assert_offsets(text, record)


def test_max_chars_is_configurable():
    from komsos_extract import Extractor

    record = Extractor(max_chars=20).extract("Babinsa hadir di desa. Koramil 13/Buntu Pane juga hadir.")
    assert record.units == []
    assert any("first 20" in w for w in record.warnings)


def test_bad_published_is_a_warning(extractor):
    record = extractor.extract("Babinsa hadir Senin(19/6).", published="kemarin sore")
    assert record.published is None
    assert any("published" in w for w in record.warnings)


@pytest.mark.parametrize("text", [
    "Babinsa hadir pada 12 Januarı 2024 di desa.",       # dotless i: regex matches, lexicon key does not
    "Serda Andı Wijaya dan İptu Budi hadir di Desa İndah.",
    "Serda Andi\ud800 hadir di Desa Sukamaju, Senin (3/6/2024).",  # lone surrogate
    "/" * 50_000,
])
def test_odd_unicode_and_hostile_text_never_raise(extractor, text):
    record = extractor.extract(text)
    assert not any(w.startswith("extraction failed") for w in record.warnings), record.warnings


def test_overflowing_relative_date_is_a_warning(extractor):
    record = extractor.extract("Babinsa meninjau lokasi longsor kemarin bersama warga.", published="0001-01-01")
    assert record.event_date.value is None and record.warnings


def test_text_past_the_limit_is_not_read(extractor):
    from komsos_extract import Extractor

    text = "Babinsa hadir di desa binaan. " * 10 + "Serka Andi Wijaya dan Kepala Desa Sukamaju, Bapak Darto, hadir."
    record = Extractor(max_chars=300).extract(text)
    assert record.personnel == [] and record.people == []
    assert all(p.end <= 300 for p in record.places)


def test_extract_many_keeps_order_and_metadata(extractor):
    records = list(extractor.extract_many([
        ("Babinsa Koramil 13/Buntu Pane hadir.", {"doc_id": "a"}),
        ("", {"doc_id": "b", "source": "x"}),
    ]))
    assert [r.doc_id for r in records] == ["a", "b"]
    assert records[0].units and records[1].source == "x"


class _Unprintable:
    """An object whose str() and repr() both fail."""

    def __str__(self):
        raise RuntimeError("no text here")

    __repr__ = __str__


class _Text(str):
    """A str subclass, as numpy.str_ or a user's tagged string."""


_SENTENCE = "Babinsa Koramil 13/Buntu Pane hadir di Desa Sukamaju, Selasa (11/01/2022)."


@pytest.mark.parametrize(("text", "kwargs", "warning"), [
    (10**5000, {}, "could not be read as text"),
    (_Unprintable(), {}, "could not be read as text"),
    (_SENTENCE, {"source": 123}, "source given as int"),
    (_SENTENCE, {"doc_id": 5}, "doc_id given as int"),
    (_SENTENCE, {"doc_id": 10**5000}, "doc_id given as int could not"),
    (_SENTENCE, {"source": _Unprintable(), "doc_id": _Unprintable()}, "source given as _Unprintable"),
    (_SENTENCE, {"published": _Unprintable()}, "published date <_Unprintable>"),
    (_SENTENCE, {"published": 10**5000}, "published date <int>"),
    (_SENTENCE, {"published": 12.5}, "published date 12.5"),
    (_SENTENCE, {"published": object()}, "published date <object"),
    (_SENTENCE, {"published": [2024, 1, 2]}, "published date [2024, 1, 2]"),
    (memoryview(_SENTENCE.encode()), {}, "bytes"),
], ids=["huge-int", "unprintable", "int-source", "int-doc-id", "huge-int-doc-id", "unprintable-meta",
        "unprintable-published", "huge-int-published", "float-published", "object-published", "list-published",
        "memoryview"])
def test_odd_arguments_give_a_record_with_a_warning(text, kwargs, warning):
    from komsos_extract import extract

    record = extract(text, **kwargs)
    assert isinstance(record, ArticleRecord) and isinstance(record.doc_id, str)
    assert not any(w.startswith("extraction failed") for w in record.warnings), record.warnings
    assert any(warning in w for w in record.warnings), record.warnings
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record


def test_str_subclass_is_read_as_text(extractor):
    plain = extractor.extract(_SENTENCE)
    sub = extractor.extract(_Text(_SENTENCE), source=_Text("feed"), doc_id=_Text("a1"))
    assert [u.text for u in sub.units] == ["Koramil 13/Buntu Pane"]
    assert sub.units == plain.units and sub.event_date == plain.event_date and sub.warnings == plain.warnings
    assert type(sub.doc_id) is str and sub.doc_id == "a1" and type(sub.source) is str
    assert_offsets(_Text(_SENTENCE), sub)


def test_numpy_str_is_read_as_text(extractor):
    np = pytest.importorskip("numpy")
    record = extractor.extract(np.str_(_SENTENCE))
    assert [u.text for u in record.units] == ["Koramil 13/Buntu Pane"]


@pytest.mark.parametrize(("published", "expected"), [
    ("2024-06-20", "2024-06-20"),
    (_Text("2024-06-20"), "2024-06-20"),
    ("2024-06-20T08:00:00+07:00", "2024-06-20"),
    ("   ", None),
])
def test_published_forms(extractor, published, expected):
    record = extractor.extract(_SENTENCE, published=published)
    assert (record.published.isoformat() if record.published else None) == expected
    assert not any("published" in w for w in record.warnings)


def test_pandas_and_numpy_dates(extractor):
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert extractor.extract(_SENTENCE, published=pd.Timestamp("2024-05-06")).published.isoformat() == "2024-05-06"
    assert extractor.extract(_SENTENCE, published=np.datetime64("2024-05-06")).published.isoformat() == "2024-05-06"
    record = extractor.extract(_SENTENCE, published=pd.NaT)
    assert record.published is None and record.units
    assert any("published date NaT" in w for w in record.warnings)


def test_max_chars_above_spacy_max_length_is_read():
    """spaCy refuses texts over ``nlp.max_length`` (1M by default); a raised max_chars must not fail."""
    from komsos_extract import Extractor
    from komsos_extract.pipeline import create_nlp

    nlp = create_nlp()
    nlp.max_length = 100  # stands in for spaCy's 1M, without a 1M-character test
    text = "Warga desa berkumpul di balai desa untuk kerja bakti bersama. " * 4 + _SENTENCE
    record = Extractor(max_chars=1000, nlp=nlp).extract(text)
    assert not any(w.startswith("extraction failed") for w in record.warnings), record.warnings
    assert [u.text for u in record.units] == ["Koramil 13/Buntu Pane"]


def test_vocabulary_stops_growing_on_new_words(monkeypatch):
    """Past the growth limit each text runs in a spaCy memory zone: its new words are forgotten,
    the record is the same as without the zone, and the string store stays the same size."""
    import random
    import string

    from komsos_extract import Extractor, pipeline

    ex = Extractor(nlp=pipeline.create_nlp())
    rng = random.Random(7)

    def text() -> str:
        words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9)) for _ in range(40)]
        return _SENTENCE + " Serda " + words[0].capitalize() + " " + " ".join(words) + "."

    texts = [text() for _ in range(30)]
    outside = [ex.extract(t) for t in texts[:10]]
    grown = len(ex.nlp.vocab.strings)
    monkeypatch.setattr(pipeline, "VOCAB_GROWTH_LIMIT", -1)
    inside = [ex.extract(t) for t in texts[:10]]
    assert inside == outside
    for t in texts[10:]:
        record = ex.extract(t)
        assert record.units and record.personnel and not any("failed" in w for w in record.warnings)
    assert len(ex.nlp.vocab.strings) == grown


def test_place_named_in_another_script_under_a_linked_regency(extractor):
    """A district written in Cyrillic look-alikes under a regency the index links has no key to
    compare spellings with: no place link, no failure (found by benchmarks/fuzz.py)."""
    text = "Kbupaten Mrowali Kec \u0406\u0405"
    record = extractor.extract(text)
    assert not any(w.startswith("extraction failed") for w in record.warnings), record.warnings
    assert all(p.code is None for p in record.places if p.level == "kecamatan")
