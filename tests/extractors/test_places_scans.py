"""The fast place scans find exactly what the plain scans they replace find: level words on the
lower-cased text, RT/RW numbers tried only where they can start, mistyped level words, and the
capitalised names a text writes. Each is run next to a plain version on our own sentences and on
random text."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract.extractors.places import (
    _LONG_WORD, _RTRW, PlaceExtractor, _rtrw_matches, _Written, writes_capitalised,
)
from komsos_extract.textutil import caseless_lower, is_capitalised

SENTENCES = [
    "Babinsa Koramil 05/Sukajaya mengunjungi Desa Sukamaju, Kec. Cibeber, Kab.Cianjur.",
    "Warga RT 007/RW 03 Dusun III dan Kel.Mekarsari, Kecamatan Pagar merbau, Kota Adm. Jakarta Utara.",
    "Kegiatan di kelurahan Talang Jaya; pedesaan, desa-desa dan Kabupaten Administrasi Kepulauan Seribu",
    "KECAMATAN SUKAMAJU KAB BANDUNG RT.RW. 01/02 rt/05 Rw 4",
    "Sosialisasi di lingkungan Makodim, Lingkungan III, Banjar Kaja dan Pekon Sukadamai",
    "Kecamtan Sukajaya, Kelurhan Mekar Sari, Provinsi Jawa Barat (Prov. Jabar)",
    "’Desa Tanjung” (Kp.Baru) _Kp Baru -Desa Baru/Desa Lama 'Desa Ujung",
    "",
]

_WORDS = ("desa kecamatan kec kab kabupaten kota adm administrasi kel kelurahan dusun rt rw kp "
          "pekon lingkungan prov sukamaju jaya baru kecamtan kelurhan 007 03 iii").split()
_SEPS = [" ", ". ", ".", ", ", "/", "-", "\n", "", "'", "’", "_", " (", ") ", "  ", "\t", "é", "ı", ":"]


def _random_texts(seed: int, count: int = 600) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        words = [w.upper() if rng.random() < 0.15 else w.capitalize() if rng.random() < 0.5 else w for w in words]
        out.append("".join(w + rng.choice(_SEPS) for w in words))
    return out


@pytest.fixture(scope="module")
def extractor() -> PlaceExtractor:
    return PlaceExtractor()


def _plain_level_words(ex: PlaceExtractor, text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in ex._level_re.finditer(text):
        g = 1 if m.start(1) >= 0 else 2
        out.append((m.start(), m.end(), m.group(g)))
    return out


def _fast_level_words(ex: PlaceExtractor, text: str) -> list[tuple[int, int, str]] | None:
    lower = caseless_lower(text)
    if lower is None:
        return None
    return [(m.start(), m.end(), text[m.start():m.end() - (lower[m.end() - 1] == ".")])
            for m in ex._level_re_lower.finditer(lower)]


@pytest.mark.parametrize("text", SENTENCES)
def test_level_words_on_lower_case_match_the_plain_scan(extractor, text):
    fast = _fast_level_words(extractor, text)
    assert fast is None or fast == _plain_level_words(extractor, text)


def test_level_words_on_lower_case_match_the_plain_scan_on_random_text(extractor):
    compared = 0
    for text in _random_texts(11):
        fast = _fast_level_words(extractor, text)
        if fast is not None:
            compared += 1
            assert fast == _plain_level_words(extractor, text), text
    assert compared > 200  # the texts without "é" or "ı" (cased letters beyond ASCII)


@pytest.mark.parametrize("text", SENTENCES)
def test_rt_rw_tried_at_openings_match_the_plain_scan(text):
    assert [m.span() for m in _rtrw_matches(text)] == [m.span() for m in _RTRW.finditer(text)]


def test_rt_rw_tried_at_openings_match_the_plain_scan_on_random_text():
    for text in _random_texts(12):
        assert [m.span() for m in _rtrw_matches(text)] == [m.span() for m in _RTRW.finditer(text)], text


_PLAIN_LONG_WORD = re.compile(r"(?<![\w'’\-])[KkPp][a-z]{6,10}(?![\w'’\-])")


@pytest.mark.parametrize("text", SENTENCES + _random_texts(13, 300))
def test_long_word_scan_matches_the_lookbehind_first_scan(text):
    assert [m.span() for m in _LONG_WORD.finditer(text)] == [m.span() for m in _PLAIN_LONG_WORD.finditer(text)]


def _plain_written_names(text: str) -> frozenset[tuple[str, ...]]:
    """Word by word: runs of capitalised words that only whitespace separates, and their parts of
    two to seven words."""
    out: set[tuple[str, ...]] = set()
    run: list[str] = []
    last_end = -1

    def flush() -> None:
        for i in range(len(run)):
            for j in range(i + 2, min(i + 7, len(run)) + 1):
                out.add(tuple(run[i:j]))

    for m in re.finditer(r"[^\W_][\w'’`\-]*", text):
        word = m.group(0)
        joined = last_end >= 0 and m.start() > last_end and text[last_end:m.start()].isspace()
        if not (joined and is_capitalised(word)):
            flush()
            run = []
        if is_capitalised(word):
            run.append(word)
        last_end = m.end()
    flush()
    return frozenset(out)


def _asks(text: str, written: frozenset[tuple[str, ...]], rng: random.Random) -> list[tuple[str, ...]]:
    """Every run the text writes, and runs it may not: its words taken in other orders and lengths."""
    words = [w for run in written for w in run] or ["Paya"]
    asked = list(written) + [tuple(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(40)]
    tokens = text.split()  # words as white space leaves them: glued punctuation, lower case, ...
    near = [tuple(tokens[i:i + k]) for k in (2, 3) for i in range(len(tokens))]
    near += [tuple(w.strip(".,_-'’`") or w for w in ws) for ws in near]
    return asked + near + [run[:-1] + ("x",) for run in written] + [run + run for run in written]


def _answers_as_plain(text: str, rng: random.Random) -> None:
    written = _plain_written_names(text)
    indexed = _Written(text)  # (reads the text itself for the first few questions, then its index)
    for words in _asks(text, written, rng):
        assert writes_capitalised(text, words) == (words in written), (text, words)
        assert (words in indexed) == (words in written), (text, words)


@pytest.mark.parametrize("text", SENTENCES + [
    "Paya Gambar Baru\nDesa Paya Gambar _Paya Gambar, Éric Ávila 2 Sungai Raya",
    "aBc Def Ghi-Jkl `Mno Pqr ǅemal Stu \ufeffVwx Yz 12 34",
    "A B C D E F G H I J K L",
])
def test_written_names_match_the_word_by_word_scan(text):
    _answers_as_plain(text, random.Random(15))


def test_written_names_match_the_word_by_word_scan_on_random_text():
    rng = random.Random(14)
    words = ["Paya", "Gambar", "desa", "Sei", "2", "III", "Éric", "émile", "_x", "-Baru", "Tj.", "O'Neil", "ǅ"]
    seps = [" ", "  ", "\n", "\t", ", ", "-", "", "'", "_", "\u00a0", "\u2028", "."]
    for _ in range(800):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 16)))
        _answers_as_plain(text, rng)


def test_wanted_keys_of_a_long_run_are_the_wanted_keys_of_all_its_parts():
    """A long run keeps only the parts whose key is wanted: the same parts, in the same order, as
    computing every part's key and filtering."""
    from komsos_extract.extractors.places import _keys_of_run, _key_prefixes

    rng = random.Random(11)
    words = ["Kota", "Baru", "Sungai", "Penuh", "Deli", "Serdang", "Tanjung", "Balai", "X", "Pulau", "Banyak"]
    wanted = frozenset({"kotabaru", "sungaipenuh", "deliserdang", "tanjungbalaikota", "pulaubanyakbarat", "x"})
    prefixes = _key_prefixes(wanted)
    for _ in range(500):
        run = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        _, parts = _keys_of_run(run)
        keys, kept = _keys_of_run(run, prefixes)
        expected = tuple(p for p in parts if p[2] in wanted)
        assert tuple(p for p in kept if p[2] in wanted) == expected, run
        assert keys & wanted == frozenset(p[2] for p in expected)


def _plain_level_words_with_slips(ex: PlaceExtractor, text: str) -> list[tuple[int, int, str]]:
    """Every level word, by the case-insensitive regex over the whole text, and the mistyped ones."""
    out = []
    for start, end, form in _plain_level_words(ex, text):
        spec = ex._form_level.get(form.casefold())
        if spec is not None and not (spec.capitalised and not form[:1].isupper()):
            out.append((start, end, form))
    for m in _LONG_WORD.finditer(text):
        if m.group(0) in ex._misspelled_written and ex._misspelled_level(m.group(0)) is not None:
            out.append((m.start(), m.end(), m.group(0)))
    return sorted(out)


@pytest.mark.parametrize("text", SENTENCES)
def test_level_words_read_at_word_starts_match_the_plain_scan(extractor, text):
    assert [w[:3] for w in extractor._level_words(text)] == _plain_level_words_with_slips(extractor, text)


def test_level_words_read_at_word_starts_match_the_plain_scan_on_random_text(extractor):
    for text in _random_texts(17):
        assert [w[:3] for w in extractor._level_words(text)] == _plain_level_words_with_slips(extractor, text), text
