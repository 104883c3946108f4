"""The fast scans find exactly what the plain scans they replace find."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract.extractors.activities import _compiled_cues, cue_hits
from komsos_extract.textutil import first_chars


@pytest.mark.parametrize("pattern, expected", [
    ("karya b[h]?akti", {"k"}),
    ("(?:ber)?interaksi", {"b", "i"}),
    ("Komsos|dialog", {"k", "d"}),
    ("jum['’]?at curhat", {"j"}),
    (r"(?:\w+ )?pohon", None),       # a class: unknown
    ("a?", None),                     # may match nothing
    ("’at", None),                    # non-ASCII first character
    ("[0-9]+ orang", set("0123456789")),
])
def test_first_chars(pattern, expected):
    got = first_chars(pattern)
    assert (None if got is None else set(got)) == expected


def _per_label(text):
    return [(g.label, i, s, e) for g in _compiled_cues() for i, _, s, e in g.hits(text)]


SENTENCES = [
    "Babinsa melaksanakan komsos dan kerja bakti bersama warga di Desa Sukamaju.",
    "Patroli-blue light digelar, lalu sambang desa dan silaturahmi ke posyandu.",
    "KOMSOS; Gotong-Royong, panen raya serta ber-interaksi dengan petani.",
    "Kegiatan anjangsana (Anjangsono) di İstanbul ſambang Kerja bakti.",
    "",
    "-komsos -kerja bakti\nkerja\nbakti",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_cue_hits_match_the_per_label_scan(text):
    assert [(g.label, i, s, e) for g, i, _, s, e in cue_hits(text)] == _per_label(text)


def test_cue_hits_match_the_per_label_scan_on_random_text():
    rng = random.Random(7)
    words = "komsos patroli kerja bakti blue light sambang desa posyandu panen raya silaturahmi gotong royong".split()
    seps = [" ", "-", "\n", "", "x", ", ", "–", "’", " “", "é", "ſ"]
    for _ in range(600):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 15)))
        text = "".join(c.upper() if rng.random() < 0.2 else c for c in text)
        assert [(g.label, i, s, e) for g, i, _, s, e in cue_hits(text)] == _per_label(text)


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    guard = re.compile(r"\(\?=\[[^\]]*\]\|\[\^\\x00-\\x7f\]\)")
    plain = guard.sub("", pattern.pattern, count=1)
    plain = re.sub(r"\(\?=[a-z0-9]\)\(\?:", "(?:", plain)  # by_first_char's letter groups
    return re.compile(plain, pattern.flags)


def _guarded_patterns():
    from komsos_extract.extractors import dates, people, ranks, roles
    from komsos_extract.pipeline import shared_nlp

    date = shared_nlp().get_pipe("komsos_dates")
    return {"ranks": ranks._rank_pattern(), "roles": roles._pattern(), "honorifics": people._honorific_pattern(),
            "civil roles": people._civil_role_pattern(), "units": shared_nlp().get_pipe("komsos_units")._pattern,
            "numeric dates": dates._NUMERIC, "textual dates": date._textual, "worded dates": date._worded}


GUARDED = ["ranks", "roles", "honorifics", "civil roles", "units", "numeric dates", "textual dates", "worded dates"]


@pytest.mark.parametrize("name", GUARDED)
def test_first_char_guard_changes_no_match(name):
    pattern = _guarded_patterns()[name]
    plain = _unguarded(pattern)
    assert plain.pattern != pattern.pattern  # the guard is there
    rng = random.Random(11)
    words = ("Serda Kapten Letkol Bripka AKP Danramil Dandim Kapolsek Bapak Ibu Kades Camat Kepala Desa Lurah "
             "Pak Bu H. Hj. Wakil Ketua RT Babinsa Pos Kodim Koramil Polsek Satgas Yonif Senin Jum'at Sabtu "
             "tanggal 12 2/3/2024 (11/01/2022) Desember Mei dua belas kemarin kata ujarnya 2025").split()
    seps = [" ", "-", "\n", "", "/", ".", "(", ")", "’", "–", "é", "ſ", "\u212a", " 13/", "İ", "\u0663", ", "]
    for _ in range(300):
        text = "".join(rng.choice([w, w.lower(), w.upper()]) + rng.choice(seps)
                       for w in rng.choices(words, k=rng.randint(1, 12)))
        assert ([(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]
                == [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)])


@pytest.mark.parametrize("text", [
    *SENTENCES,
    "Kodim 0624/Kab. Bandung\u00a0hadir\t\t di Kec.Cibeber,  Ds. Mekar.\r\n\r\n  ’’Siap,’’ ujarnya.",
    "  \n\u2003 spasi di depan dan di belakang \u200b ",
    "masing-masing warga (RT 03/RW 05) ikut :) ...",
])
def test_the_tokenizer_keeps_the_text(text):
    # extract() hands the text it tokenized to the extractors instead of doc.text: they must agree.
    from komsos_extract.pipeline import shared_nlp

    assert shared_nlp().make_doc(text).text == text


def _data_files():
    from importlib import resources

    return sorted(p.name for p in resources.files("komsos_extract.data").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", _data_files())
def test_the_fast_yaml_loader_reads_the_lexicons_alike(name):
    import yaml

    from komsos_extract import lexicon

    with open(__import__("importlib").resources.files("komsos_extract.data").joinpath(name), encoding="utf-8") as fh:
        expected = yaml.load(fh, Loader=yaml.SafeLoader)
    assert lexicon._load_yaml(name) == expected


@pytest.mark.parametrize("core", ["11/01/2022", "29/02/2024", "29/02/2023", "31/04/2025", "31/12/1999", "01/01/0001",
                                  "01/01/0000", "15/13/2020", "00/05/2020", "05/00/2020", "07/08/9999"])
def test_full_dates_read_without_dateparser_as_dateparser_reads_them(core):
    import dateparser

    from komsos_extract.extractors.dates import _SETTINGS, _parse

    parsed = dateparser.parse(core, languages=["id"], settings=dict(_SETTINGS))
    assert _parse(core, None) == (parsed.date() if parsed else None)


def test_span_overlap_test_agrees_with_the_span_list():
    from komsos_extract.extractors.personnel import _Spans

    rng = random.Random(13)
    for _ in range(300):
        spans = [(s, s + rng.choice([0, 1, 2, 5, 40, 400])) for s in (rng.randint(0, 500) for _ in range(rng.randint(0, 12)))]
        claimed = _Spans(spans)
        for _ in range(20):
            a = rng.randint(0, 520)
            query = (a, a + rng.randint(1, 30))
            assert claimed.overlaps(query) == bool(claimed.overlapping(query))
            assert claimed.overlaps(query) == any(s < query[1] and query[0] < e for s, e in spans)
