"""The lean tokenizer gives the tokens of spaCy's blank("id") plus our abbreviations."""

from __future__ import annotations

import pytest
import spacy

from komsos_extract.pipeline import create_nlp
from komsos_extract.synthetic import generate
from komsos_extract.tokenizer import abbreviations


@pytest.fixture(scope="module")
def reference():
    nlp = spacy.blank("id")
    for abbr in abbreviations():
        for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp.tokenizer


@pytest.fixture(scope="module")
def lean():
    return create_nlp().tokenizer


SENTENCES = [
    "Babinsa Koramil 0621-19/Rumpin Serda A. Manurung, S.H., hadir di Kec. Setia Janji Kab. Asahan.",
    "Masing-masing warga bergotong-royong; ibu-ibu PKK menyiapkan makanan :) dll.",
    "Kodim1602/Ende, Jum'at (26/01/2024) pukul 09.00 WIB, suhu 30°C. Lihat https://contoh.id/berita?id=1.",
    "Ds. Sukamaju Dsn. Krajan RT 004/RW 05 Jl. Merdeka No. 12 Bpk. Ahmad Prov. Riau Lingk. Wala Kel. Saigon.",
    "“Kami siap,” ujar Kapten Inf Budi (43) - Danramil 404-01/Gelumbang.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_tokens_as_blank_indonesian(reference, lean, text):
    assert [t.text for t in lean(text)] == [t.text for t in reference(text)]


def test_same_tokens_on_generated_articles(reference, lean):
    for art in generate(30, seed=2, max_chars=3000):
        assert [t.text for t in lean(art.text)] == [t.text for t in reference(art.text)]


def test_same_tokens_on_dev_corpus(reference, lean, dev_corpus):
    for path in sorted((dev_corpus / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [t.text for t in lean(text)] == [t.text for t in reference(text)], path.name


def test_abbreviations_stay_one_token(lean):
    assert [t.text for t in lean("di Kec. Setia Janji, kab. Asahan")] == ["di", "Kec.", "Setia", "Janji", ",", "kab.", "Asahan"]
