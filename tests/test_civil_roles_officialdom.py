"""Civilian roles of regional government, DPRD, courts, schools, clergy, customary heads, companies
and campuses (data/people.yaml civil_roles): the name after the role is found, the role words and
the places, bodies and things named after them are nobody. Sentences written for these tests in the
style of territorial releases; the names are made up."""

from __future__ import annotations

import pytest

from komsos_extract import extract

# (sentence, name, role): the person is found under that role.
PEOPLE = [
    ("Sekda Kabupaten Garut, Wirandi Lasope, membuka acara tersebut.", "Wirandi Lasope", "Sekda"),
    ("Hadir Sekda Rudi Hartono dan para kepala dinas.", "Rudi Hartono", "Sekda"),
    ("Asisten Pemerintahan dan Kesra Budi Santoso menyampaikan sambutan.", "Budi Santoso",
     "Asisten Pemerintahan dan Kesra"),
    ("Staf Ahli Bupati Bidang Pemerintahan Budi Santoso hadir.", "Budi Santoso",
     "Staf Ahli Bupati Bidang Pemerintahan"),
    ("Kalaksa BPBD Kabupaten Cianjur, Rudi Hartono, meninjau lokasi longsor.", "Rudi Hartono", "Kalaksa BPBD"),
    ("Kadinsos Garut Rudi Hartono menyerahkan bantuan.", "Rudi Hartono", "Kadinsos"),
    ("Kasatpol PP Garut Rudi Hartono memimpin penertiban.", "Rudi Hartono", "Kasatpol PP"),
    ("Wakil Ketua DPRD Garut Rudi Hartono menyerahkan bantuan.", "Rudi Hartono", "Wakil Ketua DPRD Garut"),
    ("Ketua PCNU Garut Wirandi Lasope memberi tausiyah.", "Wirandi Lasope", "Ketua PCNU Garut"),
    ("Jaksa Penuntut Umum Rudi Hartono membacakan tuntutan.", "Rudi Hartono", "Jaksa Penuntut Umum"),
    ("Panitera Pengadilan Agama Garut Rudi Hartono mencatat sidang.", "Rudi Hartono",
     "Panitera Pengadilan Agama Garut"),
    ("Romo Yohanis Wenda memimpin misa.", "Yohanis Wenda", "Romo"),
    ("Bhiksu Liong Tan memimpin doa di vihara.", "Liong Tan", "Bhiksu"),
    ("Pemangku Pura Desa, Made Arsana, memimpin upacara.", "Made Arsana", "Pemangku"),
    ("Ondoafi Kampung Sereh, Yosias Wanimbo, menerima rombongan.", "Yosias Wanimbo", "Ondoafi"),
    ("Tua Adat Desa Wolotopo, Yosef Mbete, memimpin ritual.", "Yosef Mbete", "Tua Adat"),
    ("Mosalaki Desa Wolotopo Yosef Mbete menyambut tamu.", "Yosef Mbete", "Mosalaki"),
    ("Temenggung Rudi Hartono memimpin musyawarah adat.", "Rudi Hartono", "Temenggung"),
    ("Wakil Kepala Sekolah SMAN 1 Garut Siti Aminah mendampingi siswa.", "Siti Aminah", "Wakil Kepala Sekolah"),
    ("Guru SDN 1 Cibatu Siti Aminah mengajar.", "Siti Aminah", "Guru"),
    ("Wali Kelas VI Siti Aminah membagikan rapor.", "Siti Aminah", "Wali Kelas"),
    ("Kepala Madrasah MTsN 2 Garut, Siti Aminah, hadir.", "Siti Aminah", "Kepala Madrasah"),
    ("Rektor Universitas Garut Rudi Hartono memberi kuliah umum.", "Rudi Hartono", "Rektor Universitas Garut"),
    ("Manajer Operasional PT Maju Jaya Rudi Hartono menjelaskan.", "Rudi Hartono",
     "Manajer Operasional PT Maju Jaya"),
    ("Ketua PLN UP3 Garut Rudi Hartono hadir.", "Rudi Hartono", "Ketua PLN UP3 Garut"),
    ("Takmir Masjid Al Ikhlas Rudi Hartono menyambut jamaah.", "Rudi Hartono", "Takmir Masjid Al Ikhlas"),
    ("Korwil Pendidikan Cibatu Rudi Hartono meninjau sekolah.", "Rudi Hartono", "Korwil Pendidikan"),
]

# Role words alone, and places, bodies and things named with them: nobody.
NOBODY = [
    "Kegiatan itu dihadiri Sekda, Asisten I, Kabag Umum dan para Kadis.",
    "Para pemangku kepentingan Kecamatan Cibatu hadir dalam rapat.",
    "Warga berkumpul di Jalan Temenggung Suryo Kelurahan Sukajadi.",
    "Anggota DPRD Kabupaten Garut meninjau jalan rusak.",
    "Kegiatan dihadiri Kepala Suku dan Ondoafi Kampung Sereh.",
    "Bhiksu dan umat berdoa di Vihara Dharma Bhakti.",
    "Kepala PLN UP3 Garut meninjau gardu.",
    "Pemimpin Redaksi dan Redaktur hadir dalam pelatihan.",
    "Jaksa Agung Muda bidang Pidana Umum menyetujui berkas itu.",
    "Dirjen Bina Marga Kementerian PUPR meninjau jalan.",
    "Pecalang Desa Adat Kuta berjaga.",
    "Marbot Masjid Al Ikhlas menyiapkan tempat.",
]

# (sentence, name): a name that holds a word of a role is read whole.
WHOLE = [
    ("Kebun milik Bapak Imam, Rabu (9/10/2024), ditanami jagung.", "Imam"),

    ("Lukman Hakim Saputra menyerahkan bantuan kepada warga.", "Lukman Hakim Saputra"),
]


@pytest.mark.parametrize(("sentence", "name", "role"), PEOPLE)
def test_named_civilian_after_role(sentence, name, role):
    people = {p.name: p for p in extract(sentence).people}
    assert name in people, sorted(people)
    assert people[name].role == role


@pytest.mark.parametrize("sentence", NOBODY)
def test_role_words_alone_are_nobody(sentence):
    assert [p.name for p in extract(sentence).people] == []


@pytest.mark.parametrize(("sentence", "name"), WHOLE)
def test_name_with_role_word_is_whole(sentence, name):
    assert name in [p.name for p in extract(sentence).people]


@pytest.mark.parametrize("sentence", ["Sekda Garut Rudi Hartono hadir.", "Hadir Sekda Rudi Hartono dan warga."])
def test_sekda_is_no_misspelled_rank(sentence):
    assert extract(sentence).personnel == []
