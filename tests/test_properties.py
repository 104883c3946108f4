"""Property tests: extract() never raises, every offset is valid, the output is deterministic and
survives a JSON round trip, over arbitrary Unicode and over shuffled fragments of our own forms."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komsos_extract import ArticleRecord, Extractor
from tests.conftest import assert_offsets

FRAGMENTS = [
    "Babinsa", "Koramil 13/Buntu Pane", "Kodim 0208/Asahan", "Kodim1602/Ende", "0621-19/Rumpin", "Polsek Cikupa",
    "Lanal Dabo", "Serda Wagino", "Kapten Inf Budi, S.H.", "Bripka Sunarto", "Letkol Laut (P) Arif",
    "Desa Sei Silau Tua", "Kecamatan Setia Janji", "Kab. Asahan", "Dsn 2", "RT 004/RW 05", "Kel.", "Kec.",
    "Selasa (11/01/2022)", "Jum'at", "jum,at ( 26/01/2024 )", "(10/11/21)", "13 Desember 2025", "kemarin",
    "|", "-", ",", ".", "\n", "\n\n", "(", ")", "/", "“", "”", "Bapak", "Kepala Desa", "Baca Juga:",
    "komsos", "karya bakti", "posyandu", "patroli", "TMMD", "\ufffd", "\x00", "S.Pd", "Pak", "dan",
]

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_extractor = Extractor()


def _check(text: str) -> None:
    record = _extractor.extract(text)
    assert_offsets(text, record)
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record
    assert _extractor.extract(text) == record


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    _check(text)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.lists(st.sampled_from([" ", "", "  ", "\n"]), max_size=40))
def test_shuffled_fragments(fragments, glue):
    parts = []
    for i, frag in enumerate(fragments):
        parts.append(frag)
        parts.append(glue[i] if i < len(glue) else " ")
    _check("".join(parts))
