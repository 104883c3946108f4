"""Civilian roles, address forms, name particles, degrees and rank abbreviations of data/people.yaml
and data/ranks.yaml: village government (Permendagri 84/2015 perangkat desa), village cadres and
companions, regional and customary heads, police shorthand. Sentences written for these tests in the
style of territorial releases; the names are made up."""

from __future__ import annotations

import pytest

from komsos_extract import extract, lexicon
from komsos_extract.extractors.names import is_degree

# (sentence, name, honorific, role): the person is found under that role, the role word is not.
PEOPLE = [
    # regional and customary heads written with their place
    ("Hadir pula Kepala Distrik Mandobo, Yosias Wanimbo, yang memandu tim.",
     "Yosias Wanimbo", None, "Kepala Distrik"),
    ("Raja Negeri Hative Besar, Jefri Latuheru, menyambut kedatangan prajurit.",
     "Jefri Latuheru", None, "Raja Negeri"),
    ("Hukum Tua Desa Kolongan, Jefri Rumengan, menyambut tim.", "Jefri Rumengan", None, "Hukum Tua"),
    ("Hadir Pambakal Desa Sungai Rangas, Lamada Pattola, dan warga.", "Lamada Pattola", None, "Pambakal"),
    ("Hadir Datuk Penghulu Kepenghuluan Bagan Jawa, Lamada Pattola, dan warga.",
     "Lamada Pattola", None, "Datuk Penghulu"),
    ("Hadir Imum Mukim Lamteuba, Tgk. Ridwan Abbas, dan para keuchik.", "Ridwan Abbas", None, "Imum Mukim"),
    ("Rapat dihadiri Bendesa Adat Tegallalang, Wayan Sukerta, dan para prajuru.",
     "Wayan Sukerta", None, "Bendesa Adat"),
    ("Turut hadir Kelian Dinas Banjar Kelod Made Arsana dan warga.", "Made Arsana", None, "Kelian Dinas"),
    ("Pekaseh Subak Sungsang, Nyoman Rediasa, menjelaskan jadwal tanam.", "Nyoman Rediasa", None, "Pekaseh"),
    # perangkat desa and kecamatan sections
    ("Kaur Keuangan Desa Mekarjaya, Rusdi Hamzah, menyerahkan laporan.", "Rusdi Hamzah", None, "Kaur Keuangan"),
    ("Kepala Urusan Umum dan Perencanaan Desa Mekarjaya, Rusdi Hamzah, mencatat usulan.",
     "Rusdi Hamzah", None, "Kepala Urusan Umum dan Perencanaan"),
    ("Kasi Kesos Kecamatan Cibatu Wirandi, S.Sos, mewakili camat.", "Wirandi", None, "Kasi Kesos"),
    ("Satlinmas Desa Sukaraja Darsono Prawiro ikut berjaga.", "Darsono Prawiro", None, "Satlinmas"),
    # cadres, companions, field and health officers
    ("Hadir Kader Pembangunan Manusia Desa Sukaraja, Lamada Pattola, dan kader posyandu.",
     "Lamada Pattola", None, "Kader Pembangunan Manusia"),
    ("Pendamping Lokal Desa Kecamatan Cibatu, Lamada Pattola, memaparkan program.",
     "Lamada Pattola", None, "Pendamping Lokal Desa"),
    ("Kegiatan itu didampingi Bidan Koordinator Puskesmas Cibatu, Lamada Pattola, dan kader.",
     "Lamada Pattola", None, "Bidan Koordinator"),
    ("Hadir pula Kepala Pustu Sukaraja, Lamada Pattola, dan perangkat desa.", "Lamada Pattola", None, "Kepala Pustu"),
    ("Rapat juga dihadiri perwakilan BPD Lamada Pattola dan tokoh pemuda.", "Lamada Pattola", None, "perwakilan"),
    # address forms, particles, degrees
    ("Keduanya yakni Lel. Darto Lasimu dan Lel. Yunus Wambrauw sepakat berdamai.", "Darto Lasimu", "Lel", None),
    ("Keduanya yakni Lel. Darto Lasimu dan Lel. Yunus Wambrauw sepakat berdamai.", "Yunus Wambrauw", "Lel", None),
    ("Bantuan diserahkan kepada Ibu Rosmita boru Simanjuntak (52), warga Dusun III.",
     "Rosmita boru Simanjuntak", "Ibu", "warga"),
    ("Bantuan diserahkan kepada Ibu Marulak br Sinaga, warga Dusun II.", "Marulak br Sinaga", "Ibu", "warga"),
    ("Camat Cibatu Wirandi Lasope, S.STP, memberi sambutan.", "Wirandi Lasope", None, "Camat"),
    ("Hadir Sekdes Sukaraja Sudirman, S.Tr.IP, dan warga.", "Sudirman", None, "Sekdes"),
    ("Hadir Pdt. Yohanis Wenda selaku tokoh agama.", "Yohanis Wenda", None, "tokoh agama"),
]

# Role words and village acronyms with no name after them: nobody.
NOBODY = [
    "Kegiatan dihadiri PLD, Kaur Umum, Bidan Desa, KPM dan kader posyandu.",

    "Para Kelian Adat se-Desa Sukawati hadir dalam rapat.",
    "Satlinmas dan perwakilan BPD ikut membantu warga.",
    "Kasi Pemerintahan Kecamatan Cibatu menghadiri kegiatan itu.",
    "Babinsa bersama Pemilik Rumah dan Kepala Distrik meninjau lokasi.",
]

# (sentence, rank, name): a rank abbreviation makes the person personnel, not a civilian.
RANKED = [
    ("Kapolres, KBP Andreas Simatupang, memimpin apel.", "Kombes", "Andreas Simatupang"),
    ("Apel dipimpin KBP Dr. Yohanes Ruma selaku Kapolresta.", "Kombes", "Yohanes Ruma"),
]

# (token, is a degree)
DEGREES = [("S.STP", True), ("S.Tr.IP", True), ("S.Keb", True), ("S.Kep.Ns", True), ("M.Kep", True),
           ("S.Pd.SD", True), ("S.A.B", True), ("S.Adm.", True), ("M.Adm", True), ("Strip", False),
           ("S.Pak", True), ("M.Ma", True), ("M.MPd", True), ("S.St.Pi", True), ("STh", True), ("Sth", False)]


@pytest.mark.parametrize(("sentence", "name", "honorific", "role"), PEOPLE)
def test_named_civilian_after_role(sentence, name, honorific, role):
    people = {p.name: p for p in extract(sentence).people}
    assert name in people, sorted(people)
    assert people[name].honorific == honorific
    assert people[name].role == role


@pytest.mark.parametrize("sentence", NOBODY)
def test_role_words_alone_are_nobody(sentence):
    assert [p.name for p in extract(sentence).people] == []


@pytest.mark.parametrize(("sentence", "rank", "name"), RANKED)
def test_rank_abbreviation(sentence, rank, name):
    record = extract(sentence)
    assert [(p.rank, p.name) for p in record.personnel] == [(rank, name)]
    assert name not in [p.name for p in record.people]


@pytest.mark.parametrize(("token", "expected"), DEGREES)
def test_degree_shapes(token, expected):
    assert is_degree(token) is expected


def test_clergy_titles_are_plain_roles():
    """The clergy whose title takes the whole name after it (people._CLERGY) are plain roles of the lexicon."""
    from komsos_extract.extractors.people import _CLERGY

    plain = {r.casefold() for r in lexicon.people().civil_roles.plain}
    assert sorted(_CLERGY - plain) == []
