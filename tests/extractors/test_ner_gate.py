"""The gate a model PER span passes before it names a person: our name rules fix its boundaries,
context words and lexicons veto it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from komsos_extract.extractors.ner import gate_person

# (sentence, the model's PER span, blocked spans as substrings, expected name or None, strong)
ROWS = [
    ("Turut hadir Hendra Gunawan dan para ketua RT.", "Hendra Gunawan", [], "Hendra Gunawan", True),
    ("Kades Sutrisno menyambut baik kegiatan itu.", "Kades Sutrisno", [], "Sutrisno", True),
    ("Bapak Darsono, S.Pd. mengatakan panen cukup baik.", "Darsono, S.Pd.", [], "Darsono", True),
    ("Hadir I Wayan Sudarta selaku kelian banjar.", "I Wayan Sudarta", [], "I Wayan Sudarta", True),
    # a place glued before the name: the place candidate blocks it, or the gazetteer knows it
    ("Kepala Desa Sukamaju Rudi Hartono hadir.", "Sukamaju Rudi Hartono", ["Desa Sukamaju"], "Rudi Hartono", True),
    ("Kepala Desa Sukamaju hadir.", "Sukamaju", ["Desa Sukamaju"], None, None),
    # units, acronyms, derived words, credits and lower-case vocabulary are not persons
    ("Anggota Koramil Cibadak ikut membantu.", "Koramil Cibadak", ["Koramil Cibadak"], None, None),
    ("Ketua BPD dan warga bergotong royong.", "BPD", [], None, None),
    ("Kegiatan Pembinaan Teritorial digelar di balai desa.", "Pembinaan Teritorial", [], None, None),
    ("Acara Bakti Sosial itu membantu warga yang butuh bakti nyata.", "Bakti Sosial", [], None, None),
    ("Penulis : Andi Saputra", "Andi Saputra", [], None, None),
    ("Pos Rayon Militer Cibadak menggelar apel.", "Rayon Militer", [], None, None),
    ("Komandan Satgas Mobile Tahun ini hadir.", "Mobile Tahun", [], None, None),
    # in a title-case headline a name is only a mention of someone found in the body
    ("Babinsa Dampingi Hendra Gunawan Panen Jagung\n\nSerda Andi hadir.", "Hendra Gunawan", [],
     "Hendra Gunawan", False),
    # a one-word name that is no known given name only adds a mention to someone found otherwise
    ("Menurut Marbun, jalan itu rusak parah.", "Marbun", [], "Marbun", False),
]


@pytest.mark.parametrize("sentence, span, blocked, expected, strong", ROWS)
def test_gate_person(sentence, span, blocked, expected, strong):
    start = sentence.index(span)
    spans = [(sentence.index(b), sentence.index(b) + len(b)) for b in blocked]
    gated = gate_person(sentence, start, start + len(span), spans)
    if expected is None:
        assert gated is None
    else:
        assert gated is not None and gated.name.name == expected and gated.strong is strong
        assert sentence[gated.name.start:gated.name.end] == expected
