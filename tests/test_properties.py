"""Property tests: extract() never raises, every offset is valid, the output is deterministic and
survives a JSON round trip, over arbitrary Unicode and over shuffled fragments of our own forms."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komsos_extract import ArticleRecord, Extractor
from komsos_extract.records import iter_spans
from komsos_extract.synthetic import generate
from tests.conftest import assert_offsets

FRAGMENTS = [
    "Babinsa", "Koramil 13/Buntu Pane", "Kodim 0208/Asahan", "Kodim1602/Ende", "0621-19/Rumpin", "Polsek Cikupa",
    "Lanal Dabo", "Serda Sarnubi", "Kapten Inf Budi, S.H.", "Bripka Sunarto", "Letkol Laut (P) Arif",
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


# Mutated articles: a generated press release with hostile characters put where hypothesis chooses
# (the small, CI-sized version of benchmarks/fuzz.py).
HOSTILE = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\u200b", "\u200c", "\u200d",
    "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\u00a0", "\u3000", "\t", "\r\n",
    "\ud800", "\ufffd", "ı", "İ", "а", "Ο", "١", "２", "<p>", "</div>", "&nbsp;", "9" * 60, "/" * 40,
    "Desa", "Kec.", "Koramil 13/", " ", "\n\n",
]
# Fields whose spans may still hold the cleaned text rather than the caller's: none any more (places
# were the last, see tests/test_mutated_offsets.py); keep the hook for a field under repair.
PENDING_FIELDS: set[str] = set()

_articles = st.integers(min_value=0, max_value=10_000).map(
    lambda seed: next(generate(1, seed=seed, min_chars=200, max_chars=1500)).text)


# Characters a feed puts where a space was (a line separator, a NUL from a broken export, ...).
SEPARATORS = ["\x00", "\x0b", "\x0c", "\x1f", "\x85", "\u2028", "\u2029", "\u00a0", "\u200b", "\u3000", "\t"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_articles, st.lists(st.tuples(st.floats(0, 1), st.sampled_from(HOSTILE), st.integers(1, 3)), max_size=8),
       st.sampled_from(SEPARATORS), st.floats(0, 1), st.randoms(use_true_random=False), st.floats(0.2, 1.0))
def test_mutated_articles(article, insertions, sep, rate, rng, keep):
    # Each space becomes ``sep`` with probability ``rate``; then hostile pieces go in; then a cut.
    text = "".join(sep if ch == " " and rng.random() < rate else ch for ch in article)
    for where, piece, times in insertions:
        p = int(where * len(text))
        text = text[:p] + piece * times + text[p:]
    text = text[: max(1, int(len(text) * keep))]
    record = _extractor.extract(text)
    assert not any(w.startswith("extraction failed") for w in record.warnings), record.warnings
    for field, span in iter_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), (field, span)
        if field.split(".")[0] not in PENDING_FIELDS:
            assert text[span["start"]:span["end"]] == span["text"], (field, span)
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record
