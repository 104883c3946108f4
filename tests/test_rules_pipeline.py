"""Without a model the rules run on the text alone: spaCy is not imported, and the records are the
ones the spaCy pipeline gives. The faster glue scans find what the plain scans find."""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from komsos_extract import Extractor
from komsos_extract.extractors.base import TextDoc, candidates
from komsos_extract.textclean import clean

SENTENCES = [
    "Babinsa Koramil 13/Buntu Pane Serda Andi Saputra hadir di Desa Sukamaju, Kecamatan Setia Janji, Selasa (11/01/2022).",
    "Asahan | Kodim 0208/Asahan bersama Polsek Buntu Pane dan Bandar Pulau menggelar kerja bakti di Kab. Asahan.",
    "Danramil 0621-19/Rumpin Kapten Inf Budi Santoso, S.Sos. meninjau Pos Kiwirok Satgas Pamtas Yonif 123/RW.",
    "KAPOLRES BLITAR KOTA AKBP Siti Rahma memimpin apel pagi, Senin 3 Juni 2024, di Mapolres.",
    "Kepala Desa Mekar Jaya, Bapak H. Sulaiman, mengucapkan terima kasih kepada Satbrimob Polda Jatim.",
    "",
    "Baca Juga: Koramil 05/Kota ikut panen raya\n\nKodim 1306/Kota Palu melaksanakan komsos dengan warga.",
    "ſerda Kodim \u212aoramil İstanbul \ud800 \x07 kontrol " + "/" * 40,
]

_CODE = ("import sys; sys.modules['torch'] = None\n"
         "from komsos_extract import extract\n"
         "r = extract('Babinsa Koramil 13/Buntu Pane hadir di Desa Sukamaju, Selasa (11/01/2022). '\n"
         "            'Untuk itu, Darmisah Lubis berharap warga tertib. Menurut Sutarno, kegiatan ini baik.')\n"
         "print(r.units[0].text, r.event_date.value, sorted(m for m in ('spacy', 'thinc', 'numpy', 'dateparser') "
         "if m in sys.modules))")


def test_extract_does_not_import_spacy():
    """The default path reads only the text: importing spaCy (most of a cold start) is not needed."""
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["Koramil", "13/Buntu", "Pane", "2022-01-11", "[]"]


@pytest.fixture(scope="module")
def both():
    from komsos_extract.pipeline import create_nlp

    return Extractor(), Extractor(nlp=create_nlp())


@pytest.mark.parametrize("text", SENTENCES)
def test_rules_alone_give_the_spacy_pipeline_records(both, text):
    rules, spacy_path = both
    assert rules.rules is not None and spacy_path.rules is None
    assert rules.extract(text, published="2024-06-03") == spacy_path.extract(text, published="2024-06-03")


@pytest.mark.parametrize("text", SENTENCES)
def test_rules_alone_give_the_spacy_pipeline_candidates(both, text):
    rules, spacy_path = both
    cleaned = clean(text).text
    key = lambda c: (c.label, c.start, c.end, c.text, c.rule, c.score, repr(c.attrs))  # noqa: E731
    assert ([key(c) for c in candidates(rules.rules(cleaned))]
            == [key(c) for c in candidates(spacy_path.nlp(cleaned))])


def test_setting_a_pipeline_runs_it():
    from komsos_extract.pipeline import create_nlp

    ex = Extractor()
    nlp = create_nlp()
    ex.nlp = nlp
    assert ex.rules is None and ex.nlp is nlp


def test_candidates_of_a_text_doc_in_text_order():
    doc = TextDoc("x")
    assert candidates(doc) == []
    Extractor.add_candidates(doc, [])
    assert candidates(doc, "UNIT") == []


# The old function-word test of textclean, as a regex over the text: the set lookup must agree.
_OLD_ID_WORDS = re.compile(
    r"\b(dan|yang|di|ke|dengan|untuk|dalam|pada|dari|ini|itu|tersebut|warga|kegiatan)\b", re.I)


def _old_not_indonesian(text: str) -> bool:
    words = re.findall(r"\w+", text[:5000])
    return len(words) >= 30 and len(_OLD_ID_WORDS.findall(text[:5000])) < max(2, len(words) // 50)


def test_function_word_count_matches_the_regex_on_random_text():
    rng = random.Random(3)
    words = ("dan DAN Dan yang di ke dengan untuk ſtrange KE \u212ae tersebut warga kegiatan rumah desa the of "
             "and İni ini itu pada dari dalam x1 _di di_ dí").split()
    seps = [" ", "  ", ", ", ".", "-", "_", "\n", "é", "’"]
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(20, 120)))
        expected = _old_not_indonesian(text)
        got = any(w.startswith("text does not look like Indonesian") for w in clean(text).warnings)
        assert got == expected, text


def test_unit_scan_matches_the_case_insensitive_scan():
    from komsos_extract.rules import shared_rules
    from komsos_extract.textutil import caseless_lower

    units = next(c for c in shared_rules().components if c.name == "komsos_units")
    rng = random.Random(11)
    words = ("Kodim Koramil Polsek Polres Kota Satgas Yonif Komando Distrik Militer Pos Ramil Lanal Polda Brimob "
             "Kepolisian Resor Besar (Kodim) Tipe B 0208 13/Buntu Pane Babinsa desa").split()
    seps = [" ", "-", "\n", "", "/", ".", "(", ")", "’", "–", "@", "#", "_", "1", ", "]
    checked = 0
    for _ in range(400):
        text = "".join(rng.choice([w, w.lower(), w.upper()]) + rng.choice(seps)
                       for w in rng.choices(words, k=rng.randint(1, 14)))
        checked += caseless_lower(text) is not None
        assert ([(m.start(), m.end(), m.lastgroup) for m in units._kind_words(text)]
                == [(m.start(), m.end(), m.lastgroup) for m in units._pattern.finditer(text)]), text
    assert checked > 300
