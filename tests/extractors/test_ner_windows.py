"""Where the NER model reads (:mod:`komsos_extract.extractors.ner_windows`): only around capitalised
words the rules left unexplained that its gate could make a person; the same token windows whether
the text was tokenized whole (the spaCy pipeline) or line by line (extract()); and extract() with the
model gives the records of the full spaCy pipeline. Sentences are our own."""

from __future__ import annotations

import re

import pytest

from komsos_extract import Extractor
from komsos_extract.extractors.base import candidates
from komsos_extract.extractors.ner_windows import WindowTagger, line_windows, name_hits, token_windows
from komsos_extract.pipeline import create_nlp
from komsos_extract.rules import shared_rules


@pytest.fixture(scope="module")
def with_ner() -> Extractor:
    return Extractor(ner=True)


@pytest.fixture(scope="module")
def full_pipeline() -> Extractor:
    """The model run by the spaCy pipeline on a Doc of the whole text."""
    return Extractor(nlp=create_nlp(ner=True))


def _word_at(text: str, pos: int) -> str:
    return re.match(r"\S+", text[pos:]).group().rstrip(".,")


def _hits(text: str, *, rules: bool = True) -> list[str]:
    found = candidates(shared_rules()(text)) if rules else []
    return [_word_at(text, h) for h in name_hits(text, found)]


# (sentence, a civilian with a known given or family name that the rules miss): the model reads
# around it and the person comes out.
KEPT = [
    ("Usai panen, Darsono dan warga mengatakan hasil jagung cukup baik.", "Darsono"),
    ("Dalam rapat itu Simanjuntak menyampaikan bahwa harga pupuk naik.", "Simanjuntak"),
    ("Warga Desa Mekarjaya, Darmaji dan Wartini, menerima bantuan beras.", "Wartini"),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_window_choice_keeps_a_known_name_the_rules_miss(text, name, with_ner):
    assert name not in [p.name for p in Extractor(ner=False).extract(text).people]
    assert name in _hits(text)
    assert name in [p.name for p in with_ner.extract(text).people]


# Texts where the model has nothing to read: no hit, so no tokenizing and no model call.
SKIPPED = [
    "Kegiatan berjalan lancar dan aman.",  # a capitalised first word, nothing else
    "Babinsa Koramil 05/Cibadak Serda Andi membantu warga Desa Sukamaju.",  # all read by the rules
    "Rapat Koordinasi Ketahanan Pangan digelar di Aula Kecamatan.",  # no name, no clue
    "Babinsa Bantu Petani Panen Jagung Bersama Darsono Di Sawah",  # a headline: the gate makes no person
    "Turut hadir bapak Tarendi dalam acara itu.",  # the rules read the name after the honorific
    "Warga Jakarta dan Bogor hadir dalam Lomba Desa.",
    # known names in a run whose every reading the gate drops: a thing named after a person
    "Jamaah salat berjamaah di Masjid Nurul Hikmah setiap Jumat sore.",
    "Kegiatan dipusatkan di Jalan Sutomo Harjo No 12 sejak pagi.",
    "Bantuan diserahkan di Wisma Darsih kemarin.",
    "Acara digelar di Lapangan Hartono Sukamaju dan diikuti warga.",
]


class _NoCall:
    """A model pipe that must not be called."""

    def pipe(self, docs):
        raise AssertionError("the model was called")

    def make_doc(self, text):
        raise AssertionError("the text was tokenized")


@pytest.mark.parametrize("text", SKIPPED)
def test_window_choice_skips_text_with_nothing_to_tag(text, with_ner):
    assert _hits(text) == []
    tagger = WindowTagger(with_ner.nlp)
    tagger.pipe, tagger.tokenize = _NoCall(), _NoCall().make_doc
    assert tagger.find(text, candidates(shared_rules()(text))) == []


# (text, hits with no rule candidates at all): the clues of the gate, read on the plain text. A run
# of unknown capitalised words needs a degree, an age or an honorific by it.
CLUES = [
    ("lalu Tarendi Kamesa hadir di sana.", []),
    ("lalu Darmaji hadir di sana.", ["Darmaji"]),  # a known given name
    ("lalu Tarendi Simanjuntak hadir di sana.", ["Tarendi", "Simanjuntak"]),  # a known family name
    ("lalu Tarendi Kamesa, S.Pd hadir di sana.", ["Tarendi", "Kamesa"]),  # a degree after a comma
    ("lalu Tarendi Kamesa S.Sos hadir di sana.", ["Tarendi", "Kamesa"]),  # a degree in the run (not a hit)
    ("lalu Tarendi Kamesa, S. Sos hadir.", ["Tarendi", "Kamesa"]),  # a degree written with a blank
    ("lalu Tarendi Kamesa (45) hadir di sana.", ["Tarendi", "Kamesa"]),  # an age
    ("lalu Tarendi Kamesa ( 45 tahun ) hadir.", ["Tarendi", "Kamesa"]),
    ("lalu bapak Tarendi Kamesa hadir di sana.", ["Tarendi", "Kamesa"]),  # a lower-case honorific before
    ("lalu Bapak Tarendi hadir di sana.", ["Tarendi"]),  # an honorific in the run (not a hit itself)
    ("lalu Dilanjutkan Kamesa, S.Pd hadir.", ["Kamesa"]),  # common and role words are no name words
    ("lalu Camat Sukamaju Kamesa (45) hadir.", ["Kamesa"]),  # (nor are place names)
]


@pytest.mark.parametrize("text, expected", CLUES)
def test_window_choice_reads_the_gates_clues(text, expected):
    assert _hits(text, rules=False) == expected


# Texts of several lines (blank lines, indents, CR LF, a double blank inside a line): every
# capitalised word taken as a hit, so that windows are cut all over them.
LINES = [
    "SUKAMAJU | Babinsa Koramil 05/Cibadak Serda Andi Saputra membantu warga.\nUsai panen, Darsono "
    "mengatakan hasil jagung baik. Hadir pula Kepala Desa Rudi Hartono dan Tarendi Kamesa, S.Pd.",
    "Dalam rapat itu Simanjuntak bicara.\n\n  Salah satu peserta, Tarendi Kamesa (45) senang.\n\t Turut "
    "hadir bapak Darmaji.\r\nMenurut Wartini,  bantuan itu berarti. Ia berterima kasih.\n",
    "  Budi\nAndi \n\nSari Dewi Maharani Puspita Kamesa Tarendi Darmaji Wartini",
]


@pytest.mark.parametrize("text", LINES)
def test_line_windows_are_the_windows_of_the_whole_text(text, with_ner):
    nlp = with_ner.nlp
    hits = [m.start() for m in re.finditer(r"(?<!\w)[A-Z]", text)]

    def tokens(offset, span):
        return offset + span.start_char, [(t.text, t.whitespace_) for t in span]

    whole = [tokens(0, span) for span in token_windows(nlp.make_doc(text), hits)]
    lines = [tokens(offset, span) for offset, span in line_windows(text, hits, nlp.make_doc)]
    assert lines and lines == whole


# Articles of our own in the genre: extract() with the model (rules on the text, only the lines
# with hits tokenized) and the full spaCy pipeline give the same records.
ARTICLES = [
    "SUKAMAJU | Babinsa Koramil 05/Cibadak Serda Andi Saputra membantu warga panen jagung di Desa "
    "Sukamaju, Selasa (12/03/2024).\nUsai panen, Darsono mengatakan hasil jagung tahun ini cukup baik.\n"
    "Hadir pula Kepala Desa Sukamaju Rudi Hartono dan Tarendi Kamesa, S.Pd.",
    "Dalam rapat itu Simanjuntak menyampaikan bahwa harga pupuk naik.\nSalah satu peserta, Tarendi Kamesa "
    "(45) mengaku senang.\n\n  Turut hadir bapak Darmaji dan ibu Wartini.",
    "Warga Desa Mekarjaya, Darmaji dan Wartini, menerima bantuan beras.\r\nMenurut Wartini, bantuan itu "
    "sangat berarti.  Ia berterima kasih kepada Pemerintah Desa.",
    "Babinsa Bantu Petani Panen Jagung Bersama Darsono Di Sawah\nKegiatan berjalan lancar dan aman.",
    "",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_extract_with_the_model_gives_the_full_pipelines_records(text, with_ner, full_pipeline):
    assert with_ner.extract(text, doc_id="x") == full_pipeline.extract(text, doc_id="x")
