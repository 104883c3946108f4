"""The given-name lexicon: facts of Indonesian naming, without words that are also stop, level, role,
rank or common words, or frequent words of official place names (a given name opens a person)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from komsos_extract import extract, lexicon
from komsos_extract.extractors.people import name_stop
from komsos_extract.gazetteer import gazetteer, name_key, name_words

# Given names that stand in ten or more official village names and are kept all the same: as a
# capitalised word of running text they open a personal name (birth-order and Javanese names).
VILLAGE_WORDS_KEPT = {"sri", "tri", "dwi", "adi", "budi", "maria", "toto", "basuki"}
VILLAGE_LIMIT = 10


def _people_words() -> set[str]:
    lex = lexicon.people()
    roles = lex.civil_roles
    words = [*lex.honorifics, *lex.weak_honorifics, *lex.name_prefixes, *lex.not_names, *lex.org_prefixes,
             *lex.credit_labels, *lex.name_stop, *lex.place_words,
             *roles.place, *roles.head, *roles.plain, *roles.nouns]
    # (a role's number is no word: "Asisten I")
    return {w.rstrip(".").casefold() for form in words for w in form.split() if not _ROMAN.fullmatch(w)}


_ROMAN = re.compile(r"[IVX]+")


def _rank_words() -> set[str]:
    return {w.rstrip(".").casefold() for e in lexicon.ranks().ranks for form in e.forms() for w in form.split()}


def _role_words() -> set[str]:
    return {w.casefold() for r in lexicon.roles().roles for form in (*r.forms, *r.long) for w in form.split()}


WORD_SETS = [
    ("stop words", lexicon.stopwords),
    ("level words", lexicon.level_words),
    ("civil roles, honorifics, not-names and name stops", _people_words),
    ("rank words", _rank_words),
    ("role words", _role_words),
    ("unit kind words", lambda: lexicon.units().kind_words()),
    ("words that end a name", name_stop),
]


def test_given_names_list_is_large_and_case_folded_once():
    given = lexicon.given_names()
    assert len(given) > 1500
    assert all(n == n.casefold() and " " not in n for n in given)


@pytest.mark.parametrize("label,words", WORD_SETS, ids=[w[0] for w in WORD_SETS])
def test_no_given_name_is_a_lexicon_word(label, words):
    assert sorted(lexicon.given_names() & set(words())) == []


def test_no_given_name_is_a_province_regency_or_city():
    gaz = gazetteer()
    clashes = [n for n in lexicon.given_names()
               if any(p.level in ("kabupaten", "kota", "provinsi") for p in gaz.find(name_key(n)))]
    assert clashes == []


@lru_cache(maxsize=1)
def _village_word_counts() -> Counter:
    counts: Counter = Counter()
    for region in gazetteer().regions(4):
        counts.update(set(name_words(region.name)))
    return counts


def test_given_names_are_rare_in_village_names():
    counts = _village_word_counts()
    assert counts["jaya"] > 100  # the count is real: a word of place names is frequent
    frequent = sorted(n for n in lexicon.given_names()
                      if counts[n] >= VILLAGE_LIMIT and n not in VILLAGE_WORDS_KEPT)
    assert frequent == []


@lru_cache(maxsize=1)
def _lists() -> dict:
    path = Path(lexicon.__file__).parent / "data" / "given_names.yaml"
    return {"text": path.read_text(encoding="utf-8"), **yaml.safe_load(path.read_text(encoding="utf-8"))}


def test_derived_names_are_new_unique_and_sorted():
    hand = {n.casefold() for n in _lists()["names"]}
    derived = [n.casefold() for n in _lists()["derived"].split()]
    assert len(derived) > 500
    assert derived == sorted(set(derived)) and not set(derived) & hand
    assert set(derived) <= lexicon.given_names()


def test_derived_section_says_source_licence_date_and_command():
    text = _lists()["text"]
    section = text[text.index("# Derived from real names"):]
    for fact in ("ginanjarfm/pemilu2024-dapil", "MIT licence", "Built 20", "python scripts/build_given_names.py"):
        assert fact in section


def _spacy_words() -> set[str]:
    from spacy.lang.id.stop_words import STOP_WORDS
    from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    words = {w.casefold() for w in STOP_WORDS}
    for exc in TOKENIZER_EXCEPTIONS:
        words.update(re.split(r"[-\s]", exc.casefold()))
    return words


def _yaml_words() -> set[str]:
    """Every word of the entries (keys and values) of our other lexicon files, not the name lists."""
    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield from strings(key)
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)

    words: set[str] = set()
    for path in (Path(lexicon.__file__).parent / "data").glob("*.yaml"):
        if path.name not in {"given_names.yaml", "family_names.yaml", "synthetic.yaml", "ner_synth.yaml"}:
            for text in strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
                words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
    return words


# The derived names pass stricter filters than the hand-written ones: no word of any other lexicon
# file, no family name, no common word spaCy knows, no frequent village-name word
# with no exception, none of the short words that collide with common words unless frequent.
def test_derived_names_are_no_lexicon_or_common_words_and_rare_in_village_names():
    derived = {n.casefold() for n in _lists()["derived"].split()}
    assert sorted(derived & (_yaml_words() | _spacy_words() | lexicon.family_names())) == []
    counts = _village_word_counts()
    assert sorted(n for n in derived if counts[n] >= VILLAGE_LIMIT) == []
    assert all(len(n) >= 3 and n.isalpha() for n in derived)


@pytest.mark.parametrize("word", ["agung", "sari", "putra", "jaya", "indah", "lestari", "rahayu", "surya",
                                  "pratama", "kartika", "chandra", "sultan", "ramadhan", "raja", "lalu"])
def test_common_and_place_words_are_no_given_names(word):
    assert word not in lexicon.given_names()


# Sentences written for these tests. Names that open with a given name are read where nothing else
# marks them (a bare pair joined by "dan", a list after a role); words of names of things that are
# also given names elsewhere ("Sultan", "Anak", "Lestari") open no person; a person between commas
# is still found when the first word is no longer listed ("Agung").
ROWS = [
    ("Hadir Ketua Kelompok Tani Sekar Arum, Sumarsih dan Oktovianus Bere dalam kegiatan itu.",
     ["Sumarsih", "Oktovianus Bere"]),
    ("Yosina Tefa dan Marthen Nalle ikut menanam jagung bersama Babinsa.", ["Yosina Tefa", "Marthen Nalle"]),
    ("Pemilik lahan, Ngatiyem Rahayu dan Suparjo Wiyono, menyambut baik kegiatan itu.",
     ["Ngatiyem Rahayu", "Suparjo Wiyono"]),
    ("Selain itu Fathorrahman Hosnan dan Nurhasanah Lubis ikut membersihkan saluran.",
     ["Fathorrahman Hosnan", "Nurhasanah Lubis"]),
    ("Dalam kegiatan itu Yance Ndolu dan Dominggus Tefa membantu menanam.", ["Yance Ndolu", "Dominggus Tefa"]),
    ("Warga yang hadir antara lain Euis Kurniasih dan Jajang Sukmana.", ["Euis Kurniasih", "Jajang Sukmana"]),
    ("Kepala Dusun Krajan Sumarsih Wulandari hadir dalam kegiatan posyandu.", ["Sumarsih Wulandari"]),
    ("Kegiatan itu didukung Sultan Agung Group dan warga sekitar.", []),
    ("Anak Yatim menerima santunan dari Koramil.", []),
    ("Lestari Alam Desa Sukamaju menjadi tema kegiatan.", []),
    ("Menyambut Bulan Suci Ramadhan Penuh Berkah, warga Desa Sukamaju menggelar kerja bakti.", []),
    ("Hadir Tokoh Pemuda, Agung Santoso, dalam kegiatan itu.", ["Agung Santoso"]),
    # given names of the derived list (counted in real names), in the same places
    ("Kepala Dusun Krajan Ririn Wulandari hadir dalam kegiatan posyandu.", ["Ririn Wulandari"]),
    ("Yulita Tefa dan Andarias Nalle ikut menanam jagung bersama Babinsa.", ["Yulita Tefa", "Andarias Nalle"]),
    ("Selain itu Taufan Hosnan dan Karmila Lubis ikut membersihkan saluran.", ["Taufan Hosnan", "Karmila Lubis"]),
    ("Hadir Ketua Kelompok Tani Sekar Arum, Ririn dan Yusak Bere dalam kegiatan itu.", ["Ririn", "Yusak Bere"]),
    ("Dalam kegiatan itu Pius Ndolu dan Yosafat Tefa membantu menanam.", ["Pius Ndolu", "Yosafat Tefa"]),
]


@pytest.mark.parametrize("text,names", ROWS)
def test_people_read_with_given_names(text, names):
    assert [p.name for p in extract(text).people] == names


def test_a_final_i_written_y_counts_as_the_same_given_name():
    from komsos_extract import lexicon

    names = lexicon.given_names()
    assert "rudi" in names and "rudy" in names
    assert "budi" in names and "budy" in names
