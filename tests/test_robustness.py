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
