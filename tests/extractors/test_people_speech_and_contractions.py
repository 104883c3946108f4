"""People marked by the shape of the sentence rather than a role word: the speaker in a speech tag
that closes a quotation, address forms of eastern Indonesia, names set off by commas, bare runs of
known given or family names, and capitalised runs that a contraction in brackets shows to be the
name of a body or a programme. Sentences are our own."""

from __future__ import annotations

import pytest

from komsos_extract import extract
from komsos_extract.extractors.names import short_form_of
from komsos_extract.extractors.people import abbreviates
from tests.conftest import assert_offsets

# (sentence, people names, personnel names)
CASES = [
    # the speaker of a closed quotation is a person
    ("\"Kami senang dibantu bapak-bapak TNI,\" ujar Markus.", ["Markus"], []),
    ("\"Jalan ini sudah lama rusak,\" kata Wartini ketika ditemui di kebunnya.", ["Wartini"], []),
    # ... unless the speaker is a ranked person named by a short form, or a role
    ("Babinsa Serda Nikolaus Wenda hadir. \"Kami siap membantu,\" ujar Niko.", [], ["Nikolaus Wenda"]),
    ("Bhabinkamtibmas Bripka Hermawan Hadi memberi arahan. \"Jauhi narkoba,\" kata Iwan.", [],
     ["Hermawan Hadi"]),
    ("Tokoh adat Yohanes Kogoya menyambut. \"Terima kasih,\" ungkap Yohan.", ["Yohanes Kogoya"], []),
    ("\"Kami siap membantu,\" ujar Danramil.", [], []),
    # a given name that is also a village's name is the speaker, the owner, the one listed
    ("\"Sawah kami kini teraliri air,\" ujar Giyono.", ["Giyono"], []),
    ("Babinsa mendampingi panen cabai milik Giyono di Kampung Lowobu.", ["Giyono"], []),
    ("Musyawarah digelar di antara dua desa, yaitu Sukamaju dan Cibeber.", [], []),
    # Mama / Bapa / Nenek address a person and are not part of the name
    ("Seorang warga Kampung Sagu, Mama Yosina (40), merasa terharu.", ["Yosina"], []),
    ("Babinsa membantu Nenek Sumirah yang tinggal sebatang kara.", ["Sumirah"], []),
    # contractions in brackets: body names are nobody, the name after the contraction is read
    ("Pengukuhan dilakukan Ketua Forum Kemitraan Jawa Tengah (Jateng) Suparno Hadi di aula.",
     ["Suparno Hadi"], []),
    ("Hadir Plt Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) dan Kader Pembangunan Manusia "
     "(KPM) Wartini.", ["Wartini"], []),
    ("Warga menyambut program Kapolres yakni Ngopi ( Ngobrol Penuh Inspirasi ) itu.", [], []),
    ("Babinsa didampingi Istri, meninjau pos ronda.", [], []),
    # a name set off by commas between a title the lexicon need not know and a verb
    ("Tenaga Kesejahteraan Sosial Kecamatan (TKSK) Sukaresmi, Endah Lestari, mengapresiasi polisi.",
     ["Endah Lestari"], []),
    ("Banjir melanda Kecamatan Sukaresmi, Kabupaten Garut, menyebabkan rumah terendam.", [], []),
    ("Kegiatan di Desa Sukamaju, Jawa Barat, berjalan lancar.", [], []),
    # the owner's noun between "milik" and the name; a lower-case house is someone's
    ("Polisi memantau jagung milik petani Rosnani Pasaribu di ladangnya.", ["Rosnani Pasaribu"], []),
    ("Sawah milik warga Sukamaju dipanen bersama.", [], []),
    ("Musyawarah digelar di rumah Sarmin selaku Ketua RT 03.", ["Sarmin"], []),
    ("Babinsa makan siang di Rumah Makan Sederhana Jaya.", [], []),
    # after a plain role (no place of its own) the capitalised words are the name
    ("Hadir Tokoh Masyarakat Warsidi, Kader Posyandu Sukinah serta warga.", ["Warsidi", "Sukinah"], []),
    ("Kegiatan diikuti pengurus Pokdarkamtibmas dan warga.", [], []),
    # after a Haji title a role word is the first name
    ("Upacara dipimpin Bupati Sumbawa, H. Kader Sulaiman selaku inspektur upacara.", ["Kader Sulaiman"], []),
    # a bare run that opens with a known given name or ends with a known family name
    ("Rumah milik Sumiati di Dusun V, Warsini Br. Ginting Dusun VI dan Tumpal Siregar Dusun VII rampung.",
     ["Sumiati", "Warsini Br. Ginting", "Tumpal Siregar"], []),
    ("Hadir dalam kegiatan itu Yance Wenda dan Markus Tabuni dari kampung sebelah.",
     ["Yance Wenda", "Markus Tabuni"], []),
    ("Kegiatan di Masjid Agung Sukamaju diikuti jamaah.", [], []),
    ("Pembangunan Jalan Sisingamangaraja selesai bersama warga.", [], []),
    ("Babinsa Gotong Royong Bersihkan Parit Warga Budi Santoso", [], []),
    ("Babinsa membantu warga memanen padi.\nBudi Santoso\n", [], []),
    # a name opening its sentence, described after the comma; sentence adverbs are nobody
    ("Warsito, anggota kelompok tani yang sedang panen, merasa terbantu.", ["Warsito"], []),
    ("Harapannya, warga semakin rajin. Selanjutnya, warga bergotong royong.", [], []),
    # lower-case "rumah"/"kediaman": someone's house
    ("Rehab rumah Sarmidi Lubis di lokasi yang sama mencapai 70 persen.", ["Sarmidi Lubis"], []),
    ("Kegiatan digelar di rumah Dinas Camat dan rumah Adat Sukamaju.", [], []),
    # a place ends where its level word or its known name says, not at a given name inside it
    ("Kegiatan dihadiri Penyuluh BPP Wonosari Kecamatan Tanjung dan Ketua BPD Hamdani.", ["Hamdani"], []),
    ("Kapolsek berterima kasih pada Kepala Desa Mekar Sari dan warganya. Warga Desa Mekar Sari gembira.", [], []),
    # a wrapped line does not open a sentence; lists of units are no framed names
    ("Hadir Kapolres AKBP Setiawan\nSaputra, Ketua Pengadilan Negeri, dan warga.", [], ["Setiawan"]),
    ("Hadir Kodim 1611/Badung, Makorem 163/Wirasatya, Denkesyah Denpasar, termasuk Polres.", [], []),

    # a known name after a thing's word or a rank with a lower-case corps
    ("Para penerbang berlatih di lapangan tembak udara Budi Santoso di Kecamatan Sukaresmi.", [], []),
    ("Tenda dibongkar di rumah Keluarga Kenari Toluwang pagi tadi.", [], []),
    # names ending like derived words are still names; the speaker's full name is used
    ("Warga mengusulkan dua lansia, yakni Mbah Paiman (70) dan Mbah Sarkan (81).", ["Paiman", "Sarkan"], []),
    ("Tasmin Wiradenta, ketua kelompok ternak, menyambut baik. \"Terima kasih,\" kata Tasmin.",
     ["Tasmin Wiradenta"], []),
    ("Berita ini dimuat oleh Tri Brata News pagi tadi.", [], []),
    # "atas nama"/"A.n.", Ustad, Almarhum, "seorang" appositions, list semicolons
    ("Panitia Ngaben Massal A.n. I Gede Sudarta menyampaikan terima kasih.", ["I Gede Sudarta"], []),
    ("Lomba azan dinilai Ustad Salimin dan Ustad H. Rahmat Hakim.", ["Salimin", "Rahmat Hakim"], []),

    ("Korban:\n1. Ni Made Ayu, seorang pedagang berusia 54 tahun, luka ringan.", ["Ni Made Ayu"], []),
    ("Hadir Plt. Kades Tosale, Rizal; Mantan Kades Lembatoro, Darsum; serta warga.", ["Rizal", "Darsum"], []),
    # a body's name goes on over "dan" to the contraction that closes it
    ("Hadir Sekretaris Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Wulan Safitri dan warga.",
     ["Wulan Safitri"], []),
    ("Hadir Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana (DP2KB) Syafrinal, SKM.", ["Syafrinal"], []),
    ("Polisi berjaga menjelang Pemilihan Kepala Desa (Pilkades) Serentak yang digelar Sabtu.", [], []),
    ("Hadir Ketua GMNI Cabang Tarakan Rina Maulidah.", ["Rina Maulidah"], []),
    # a place the gazetteer does not know, then a known given name; a noble title is no place
    ("Hadir Ketua DPRD Halsel Yohana Latumahina, dan Dandim.", ["Yohana Latumahina"], []),
    ("Hadir Ketua BPD Anak Agung Putu Wirata dan warga.", ["Anak Agung Putu Wirata"], []),
    # acronyms, glued degrees, foster words, derived openers and buildings named after people
    ("Di samping itu, lanjut Bupati, TMMD mempererat kebersamaan warga.", [], []),
    ("Kegiatan di Gedung KH. DR. Idham Chalid berjalan lancar.", [], []),
    ("Sebagai Bapak Asuh, Kapolres menyerahkan bantuan.", [], []),
    ("Kehadiran Pecalang, sebagai penjaga keamanan desa adat, sangat menolong.", [], []),

    # a rank at a line's end names the person on the next line; a name alone with a degree is a byline
    ("Komandan Kodim 0728/Wonogiri Letkol\nHadi Wiratmo, menyampaikan terima kasih.", [],
     ["Hadi Wiratmo"]),

    ("Walinagari Salurkan Beras\nYusri Hardani, S.H\n9 Maret 2022", [], []),
    # a body's code, its place, then the name: after the comma, or read as a name after the code
    ("Sementara itu, Guru Jemaat GKPI Lumbanjulu, Hotman Nainggolan, menyampaikan terima kasih.",
     ["Hotman Nainggolan"], []),
    ("Ketua RT 07 Huntap Baru, Syamsul menyambut gembira kegiatan itu.", ["Syamsul"], []),
    ("Bedah rumah itu didukung Kepala Cabang BRI Tumpak Pardede dan Kodim.", ["Tumpak Pardede"], []),
    ("Kepala Dusun 2 Darsim bersama anggota BPD Wahyudi menjelaskan keadaan warga.", ["Darsim", "Wahyudi"], []),
    ("Para anggota BPD hadir bersama warga.", [], []),
    # the Arabic article inside a name
    ("Diresmikan oleh Bupati Tapin H. Sayed Umar Al Habsyi SH, sekaligus membagikan sembako.",
     ["Sayed Umar Al Habsyi"], []),
]


@pytest.mark.parametrize(("sentence", "people", "personnel"), CASES, ids=[c[0][:40] for c in CASES])
def test_people_by_sentence_shape(sentence, people, personnel):
    record = extract(sentence)
    assert [p.name for p in record.people] == people
    assert [p.name for p in record.personnel] == personnel
    assert_offsets(sentence, record)


@pytest.mark.parametrize(("short", "words", "expected"), [
    ("Sulsel", "Ketua Forum Sulawesi Selatan", True),
    ("Kesbangpol", "Badan Kesatuan Bangsa dan Politik", True),
    ("KPM", "Kader Pembangunan Manusia", True),
    ("Sutrisno", "Ketua RT", False),
    ("Budi", "Ketua Gapoktan Maju", False),
    ("Wartini", "Kader Pembangunan Manusia", False),
])
def test_contractions(short, words, expected):
    assert abbreviates(short, words.split()) is expected


@pytest.mark.parametrize(("short", "name", "expected"), [
    ("Niko", "Nikodemus Wenda", True), ("Iwan", "Hermawan", True), ("Yanto", "Budi Haryanto", True),
    ("Budi", "Haryanto", False), ("Andi", "Andi Wijaya", False), ("Ani", "Handayani Putri", False),

])
def test_short_forms(short, name, expected):
    assert short_form_of(short, name) is expected


def test_model_names_alone_on_a_line_are_bylines():
    from komsos_extract.extractors.ner import gate_person

    text = "Babinsa membantu warga memanen padi di sawah.\nJauhar Fitriadi\n"
    start = text.index("Jauhar")
    assert gate_person(text, start, start + len("Jauhar Fitriadi")) is None
    text = "Babinsa membantu Jauhar Fitriadi memanen padi di sawah."
    start = text.index("Jauhar")
    assert gate_person(text, start, start + len("Jauhar Fitriadi")) is not None
