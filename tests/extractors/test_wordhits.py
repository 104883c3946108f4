"""The people scanners that try their patterns only where their cue words stand find exactly what a
scan of the whole text finds: run side by side on sentences we wrote and on random text."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract import Extractor
from komsos_extract.extractors import names, people, roles, wordhits
from komsos_extract.extractors.people import civilian_hits
from komsos_extract.extractors.ranks import find_ranks
from komsos_extract.extractors.roles import find_roles
from komsos_extract.extractors.wordhits import WordHits
from komsos_extract.textutil import at_words, matches_at


@pytest.fixture
def full_scan(monkeypatch):
    """Every scanner reads the whole text, as before the word index (the index answers None)."""

    def scan_everything():
        monkeypatch.setattr(WordHits, "starts", lambda self, keys: None)
        monkeypatch.setattr(WordHits, "substring_starts", lambda self, literals: None)
        wordhits.word_hits.cache_clear()
        roles._roles_of.cache_clear()

    return scan_everything


SENTENCES = [
    "Babinsa Koramil 05/Sukamaju Serka Budi Santoso bersama Bhabinkamtibmas Aipda Rudi hadir.",
    "Danramil 02/Kota Baru Kapten Inf Hendra, S.H. didampingi Kades Sukamaju Agus Riyanto.",
    "Kepala Desa Mekarjaya, Cecep Ropiudin, mengatakan warga senang. Pak Cecep juga hadir.",
    "Turut hadir antara lain Dr. Wulan, perwakilan Puskesmas, Edi dan Rudi Santoso.",
    "Tarsih (52), salah satu petani, ujar Rohman, warga Desa Sukajadi, selaku Ketua RT 03.",
    "Kegiatan dipimpin langsung oleh Hendra dan diikuti Sutrisno. Lahan milik Darino ditanami.",

    "Seorang nelayan bernama Karsono menyampaikan terima kasih kepada Setru Wahyudi.",
    "Lodrik yang merupakan tokoh adat, dan Karmun  yang  merupakan warga, merupakan saksi.",
    "H.Abd.Rahim dan Hj. Siti Aminah (Ketua PKK) hadir; KHAN dan HAMDAN tidak.",
    "PLH Danramil Kapten Czi Anwar, Ps. Kasi Ops, Ka SPKT Ipda Yoyok serta Kanit Reskrim.",
    "SERKA TARMIZI dan serka tarmizi, Letnan Kolonel Arh Dedi, Peltu (Purn) Harun.",
    "Babinsa ſerka Budi, Kapten İwan, Pak ıbrahim, Serda Kurniawan dan Sertu Éko.",
    "",
    "ujar\nBudi ,warga desa Sukamaju , tokoh masyarakat setempat\n\n(Red)",
]

_WORDS = ("Serka Letkol Kapten Serda Sertu Setru Pelda Aipda Danramil Kapolsek Babinsa Bhabinkamtibmas "
          "Komandan Kodim Ka SPKT Kanit PLH Ps. Bapak Pak Bu Ibu Kepala Desa Kades Ketua RT Tomas "
          "warga petani tokoh masyarakat ujar kata ujarnya salah satu selaku sebagai bernama hadir "
          "dihadiri antara lain yakni milik adalah didampingi H. Hj. Dr dr KH Prof Budi Santoso "
          "Sukamaju Wawan Siti Agus Inf Czi (Purn) Koramil 05 Desa Kelurahan masa").split()
_SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " (", ") ", "-", "/", "", " \t", ",\n"]
_ODD = ["ſ", "K", "İ", "ı", "é", "É", "’", "“", "_", "2"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 25))]
        text = "".join(parts)
        if rng.random() < 0.3:
            text = "".join(c.upper() if rng.random() < 0.15 else c.lower() if rng.random() < 0.1 else c
                           for c in text)
        if rng.random() < 0.2:
            k = rng.randrange(len(text) + 1)
            text = text[:k] + rng.choice(_ODD) + text[k:]
        out.append(text)
    return out


def _scans(text: str):
    return find_ranks(text), find_roles(text), civilian_hits(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_indexed_scans_match_full_scans(text, full_scan):
    fast = _scans(text)
    full_scan()
    assert _scans(text) == fast


def test_indexed_scans_match_full_scans_on_random_text(full_scan):
    texts = _random_texts(400, seed=11)
    fast = [_scans(t) for t in texts]
    full_scan()
    assert [_scans(t) for t in texts] == fast


def test_records_match_full_scans(full_scan):
    texts = SENTENCES + _random_texts(60, seed=5)
    ex = Extractor()
    fast = [ex.extract(t).model_dump_json() for t in texts]
    full_scan()
    assert [ex.extract(t).model_dump_json() for t in texts] == fast


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern, windows", [
    (people._AGE, lambda t: people._after_blanks(t, ("(",))),
    (people._APPOSITION, people._apposition_windows),
    (people._comma_apposition(), people._comma_windows),
    (people._LIST_OPEN, lambda t: at_words(wordhits.WordHits(t).substring_starts(
        ("hadir", "dihadiri", "diikuti", "turut", "tampak")))),
    (roles._head_pattern(), lambda t: at_words(WordHits(t).starts(roles._head_first_words()))),
])
def test_windows_hold_every_match(pattern, windows):
    for text in SENTENCES + _random_texts(400, seed=3):
        wordhits.word_hits.cache_clear()
        assert _spans(matches_at(pattern, text, windows(text))) == _spans(pattern.finditer(text)), text


def test_prefix_titles_found_as_before():
    plain = re.compile(rf"(?<![\w.])((?:{'|'.join(people._PREFIX_TITLES)})\.?)(?=[ \t]*[A-Z])")
    for text in SENTENCES + _random_texts(400, seed=9):
        assert _spans(people._PREFIX_TOKEN_FAST.finditer(text)) == _spans(plain.finditer(text))


def test_backward_token_search_as_before():
    for text in SENTENCES + _random_texts(200, seed=4):
        for end in range(len(text) + 1):
            got = people._token_back(text, end)
            want = people._TOKEN_BACK.search(text, max(0, end - 60), end)
            assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), (text, end)


@pytest.mark.parametrize("text, keys, expected", [
    ("Serka Budi, serka Andi dan SERKA", frozenset({"serka"}), [0, 12, 27]),
    ("Kaserka bukan; serkap juga bukan; serka_1 bukan", frozenset({"serka"}), []),
    ("Pak Budi dan Bapak Andi", frozenset({"pak", "bapak"}), [0, 13]),
    ("tanpa kata kunci", frozenset({"serka"}), []),
    ("Kapten İwan", frozenset({"kapten"}), None),  # a cased letter beyond ASCII: scan in full
])
def test_word_starts(text, keys, expected):
    assert WordHits(text).starts(keys) == expected


def _line_bounds_by_slicing(text: str, pos: int, limit: int):
    """short_line_bounds as it was written before it read the text's line index."""
    lo, hi = max(0, pos - limit), min(len(text), pos + limit)
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    end = hi if end == -1 else end
    if start == lo and lo > 0 and text[lo - 1] != "\n":
        return None
    if end == hi and hi < len(text) and text[hi] != "\n":
        return None
    return start, end


def test_short_line_bounds_as_before():
    rng = random.Random(1)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n\r") for _ in range(rng.randint(0, 60)))
        limit = rng.randint(1, 12)
        for pos in range(len(text) + 1):
            assert names.short_line_bounds(text, pos, limit) == _line_bounds_by_slicing(text, pos, limit)
