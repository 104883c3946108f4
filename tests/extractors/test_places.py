"""Places: every level form, list forms, name boundaries, decoys, linking and the summary location.

Each case is a sentence we wrote in the style of the releases and the places expected, as
(level, name, text as written); the offsets of every place are checked against the sentence.
Village and district names in the linking cases are real (facts from the Kemendagri list), the
sentences around them are ours.
"""

from __future__ import annotations

import json

import pytest

from komsos_extract.evaluate import norm
from komsos_extract.extractors import places as places_module
from komsos_extract.gazetteer import gazetteer, name_key
from tests.conftest import assert_offsets

P = tuple  # (level, name, text)

LEVEL_FORMS: list[tuple[str, list[P]]] = [
    ("Kegiatan serupa digelar di seluruh Provinsi Jawa Tengah pekan ini.",
     [("provinsi", "Jawa Tengah", "Provinsi Jawa Tengah")]),
    ("Tim dari Prov. Kalbar tiba kemarin sore.", [("provinsi", "Kalbar", "Prov. Kalbar")]),
    ("Petani di Kab. Klaten dan Kab Boyolali mulai panen.",
     [("kabupaten", "Klaten", "Kab. Klaten"), ("kabupaten", "Boyolali", "Kab Boyolali")]),
    ("Warga Kabupaten Deli Serdang menyambut tim kesehatan.",
     [("kabupaten", "Deli Serdang", "Kabupaten Deli Serdang")]),
    ("Warga Kota Salatiga menggelar kerja bakti.", [("kota", "Salatiga", "Kota Salatiga")]),
    ("Patroli di Kec.Ngawen dan Kec Cawas berjalan lancar.",
     [("kecamatan", "Ngawen", "Kec.Ngawen"), ("kecamatan", "Cawas", "Kec Cawas")]),
    ("Babinsa Distrik Muara Tami membantu warga menanam jagung.",
     [("distrik", "Muara Tami", "Distrik Muara Tami")]),
    ("Warga Kemantren Mergangsan bergotong royong membersihkan selokan.",
     [("kemantren", "Mergangsan", "Kemantren Mergangsan")]),
    ("Panen raya di Ds. Tegalrejo diikuti petani Ds Sidoharjo.",
     [("desa", "Tegalrejo", "Ds. Tegalrejo"), ("desa", "Sidoharjo", "Ds Sidoharjo")]),
    ("Posko berada di Kel. Karangasem, tidak jauh dari Kel Jebres.",
     [("kelurahan", "Karangasem", "Kel. Karangasem"), ("kelurahan", "Jebres", "Kel Jebres")]),
    ("Kadus Dsn. Krajan dan warga Dusun 3 ikut hadir, juga Dsn 4.",
     [("dusun", "Krajan", "Dsn. Krajan"), ("dusun", "3", "Dusun 3"), ("dusun", "4", "Dsn 4")]),
    ("Pemuda Jorong Koto Tuo, Nagari Balai Gurah ikut membantu.",
     [("jorong", "Koto Tuo", "Jorong Koto Tuo"), ("nagari", "Balai Gurah", "Nagari Balai Gurah")]),
    ("Keuchik Gampong Lamreung menyambut kedatangan tim.",
     [("gampong", "Lamreung", "Gampong Lamreung")]),
    ("Warga Kampung Yoboi dan Kp. Cibeureum ikut membersihkan danau.",
     [("kampung", "Yoboi", "Kampung Yoboi"), ("kampung", "Cibeureum", "Kp. Cibeureum")]),
    ("Kepala Lingkungan III dan warga Lingk. Batu Lantai hadir.",
     [("lingkungan", "III", "Lingkungan III"), ("lingkungan", "Batu Lantai", "Lingk. Batu Lantai")]),
    ("Pecalang Banjar Tengah berjaga di sekitar pura.", [("banjar", "Tengah", "Banjar Tengah")]),
    ("Raja Negeri Hila menerima kunjungan itu.", [("negeri", "Hila", "Negeri Hila")]),
    # lowercase level words still introduce a capitalised name
    ("Warga kecamatan Ngawen dan desa Jiwo hadir.",
     [("kecamatan", "Ngawen", "kecamatan Ngawen"), ("desa", "Jiwo", "desa Jiwo")]),
    # a name broken by a line break, a name with an apostrophe (straight or curly)
    ("Kegiatan dipusatkan di Desa Karang\nAnyar pagi itu.", [("desa", "Karang Anyar", "Desa Karang\nAnyar")]),
    ("Warga Gampong Cot Ba’U berkumpul di meunasah.", [("gampong", "Cot Ba’U", "Gampong Cot Ba’U")]),
    ("Warga Gampong Cot Ba'U berkumpul di meunasah.", [("gampong", "Cot Ba'U", "Gampong Cot Ba'U")]),
    # "Administrasi" belongs to the level words of Jakarta's cities
    ("Warga Kota Administrasi Jakarta Timur dan Kota Adm. Jakarta Utara ikut lomba.",
     [("kota", "Jakarta Timur", "Kota Administrasi Jakarta Timur"),
      ("kota", "Jakarta Utara", "Kota Adm. Jakarta Utara")]),
    # a line in capitals: case cannot end the name, the list does
    ("GOTONG ROYONG DI DESA KEMANTAN DARAT KECAMATAN AIR HANGAT TIMUR KABUPATEN KERINCI DIMULAI PAGI.",
     [("desa", "KEMANTAN DARAT", "DESA KEMANTAN DARAT"),
      ("kecamatan", "AIR HANGAT TIMUR", "KECAMATAN AIR HANGAT TIMUR"), ("kabupaten", "KERINCI", "KABUPATEN KERINCI")]),
]

RT_RW: list[tuple[str, list[P]]] = [
    ("Pos ronda dibangun di RT/RW 01/02 oleh warga.",
     [("rt", "01", "RT/RW 01/02"), ("rw", "02", "RT/RW 01/02")]),
    ("Gang di RT 007/RW 03 selesai dicor.", [("rt", "007", "RT 007"), ("rw", "03", "RW 03")]),
    ("Warga RT/02 RW/08 ikut kerja bakti.", [("rt", "02", "RT/02"), ("rw", "08", "RW/08")]),
    ("Warga Rt 02 Rw 08 ikut kerja bakti.", [("rt", "02", "Rt 02"), ("rw", "08", "Rw 08")]),
    ("Sambang ke warung warga di RT 08/02 sore itu.", [("rt", "08", "RT 08/02"), ("rw", "02", "RT 08/02")]),
    ("Rumah itu ada di RT.03/RW.07 dekat masjid.", [("rt", "03", "RT.03"), ("rw", "07", "RW.07")]),
]

LISTS: list[tuple[str, list[P]]] = [
    ("Babinsa membantu warga di Lingkungan Terusan, Kerobokan dan Pertukangan kemarin.",
     [("lingkungan", "Terusan", "Lingkungan Terusan"), ("lingkungan", "Kerobokan", "Kerobokan"),
      ("lingkungan", "Pertukangan", "Pertukangan")]),
    ("Bantuan disalurkan ke Desa Sukorejo, Sidorejo dan Karangrejo pekan lalu.",
     [("desa", "Sukorejo", "Desa Sukorejo"), ("desa", "Sidorejo", "Sidorejo"), ("desa", "Karangrejo", "Karangrejo")]),
    ("Sosialisasi digelar di Dusun Krajan serta Ngasem bersama perangkat desa.",
     [("dusun", "Krajan", "Dusun Krajan"), ("dusun", "Ngasem", "Ngasem")]),
    # not a list: no closing "dan" (a bare district name and a regency follow)
    ("Pos jaga itu ada di Kelurahan Kota Tinggi, Pekanbaru Kota, Kota Pekanbaru.",
     [("kelurahan", "Kota Tinggi", "Kelurahan Kota Tinggi"), ("kota", "Pekanbaru", "Kota Pekanbaru")]),
    # not a list: the word after "dan" is a role, a person or a unit
    ("Rapat di Desa Sukamulya dan Babinsa setempat berjalan baik.", [("desa", "Sukamulya", "Desa Sukamulya")]),
    ("Pertemuan di Kelurahan Jebres dan Bapak Lurah membahas banjir.", [("kelurahan", "Jebres", "Kelurahan Jebres")]),
]

BOUNDARIES: list[tuple[str, list[P]]] = [
    # the next level word
    ("Tanam jagung di Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri berjalan lancar.",
     [("desa", "Gedong", "Desa Gedong"), ("kecamatan", "Ngadirojo", "Kecamatan Ngadirojo"),
      ("kabupaten", "Wonogiri", "Kabupaten Wonogiri")]),
    # punctuation
    ("Warga Desa Karangsari, Kecamatan Kembaran (Banyumas) berkumpul.",
     [("desa", "Karangsari", "Desa Karangsari"), ("kecamatan", "Kembaran", "Kecamatan Kembaran")]),
    ("Lokasinya di Desa Watuagung. Warga menyambut baik.", [("desa", "Watuagung", "Desa Watuagung")]),
    # verbs, role words, ranks, weekdays, units, honorifics
    ("Desa Sidomulyo melaksanakan penimbangan balita.", [("desa", "Sidomulyo", "Desa Sidomulyo")]),
    ("Warga Desa Sidomulyo Babinsa Serda Yusuf mendampingi.", [("desa", "Sidomulyo", "Desa Sidomulyo")]),
    ("Di Kelurahan Sungai Jawi Serka Budi menyapa warga.", [("kelurahan", "Sungai Jawi", "Kelurahan Sungai Jawi")]),
    ("Karya bakti di Kabupaten Batang Hari Kamis (9/5/2024) pagi.",
     [("kabupaten", "Batang Hari", "Kabupaten Batang Hari")]),
    ("Patroli di Kecamatan Balaraja Polsek setempat berjalan aman.", [("kecamatan", "Balaraja", "Kecamatan Balaraja")]),
    ("Kerja bakti di Desa Pagedangan Bapak Sutarno ikut hadir.", [("desa", "Pagedangan", "Desa Pagedangan")]),
    # a bare regency or province name after the place: the list knows the shorter name
    ("Sawah di Kecamatan Sungai Raya Kubu Raya mulai ditanami.",
     [("kecamatan", "Sungai Raya", "Kecamatan Sungai Raya")]),
    ("Warga Kabupaten Serang Banten mengikuti vaksinasi.", [("kabupaten", "Serang", "Kabupaten Serang")]),
    # title-case headline: the words after the village are the headline's
    ("Babinsa Dampingi Warga Desa Sukamulya Hadapi Musim Kemarau\nIsi berita.",
     [("desa", "Sukamulya", "Desa Sukamulya")]),
    # names ending in -kan are places, not verbs
    ("Jalur itu melintasi Kabupaten Nunukan dan Desa Sembukan.",
     [("kabupaten", "Nunukan", "Kabupaten Nunukan"), ("desa", "Sembukan", "Desa Sembukan")]),
    # a capitalised stop word inside a known name; a lowercase continuation written capitalised elsewhere
    ("Posyandu dibuka di Desa Fajar Bulan, Kecamatan Gunung Sugih.",
     [("desa", "Fajar Bulan", "Desa Fajar Bulan"), ("kecamatan", "Gunung Sugih", "Kecamatan Gunung Sugih")]),
    ("Air di Kecamatan Pagar\nmerbau kurang, kata warga Kecamatan Pagar Merbau.",
     [("kecamatan", "Pagar Merbau", "Kecamatan Pagar Merbau")]),
    # a level word or a stop word inside a known name
    ("Warga Kabupaten Kota Baru menanam mangrove.", [("kabupaten", "Kota Baru", "Kabupaten Kota Baru")]),
    ("Jalan di Kabupaten Lima Puluh Kota diperbaiki.", [("kabupaten", "Lima Puluh Kota", "Kabupaten Lima Puluh Kota")]),
    ("Rapat di Kecamatan Medan Kota, Kota Medan berjalan lancar.",
     [("kecamatan", "Medan Kota", "Kecamatan Medan Kota"), ("kota", "Medan", "Kota Medan")]),
    ("Warga Desa Maju Jaya hadir, bukan warga Desa Binaan.", [("desa", "Maju Jaya", "Desa Maju Jaya")]),
    ("Panen di Desa Sumber Jaya dan Nagari Balai Gurah melimpah.",
     [("desa", "Sumber Jaya", "Desa Sumber Jaya"), ("nagari", "Balai Gurah", "Nagari Balai Gurah")]),
    # a person's name after a known village (no official name has "Sutejo")
    ("Kepala Desa Karangsari Sutejo menyambut tim.", [("desa", "Karangsari", "Desa Karangsari")]),
    # an initial opens a person's name; a Roman numeral ends a sentence
    ("Warga Desa Karangsari H. Sutejo ikut hadir.", [("desa", "Karangsari", "Desa Karangsari")]),
    ("Posko ada di Dusun II. Warga berjaga.", [("dusun", "II", "Dusun II")]),
    # a word one letter away from a foreign state is still ours ("Sawah" is not "Sabah")
    ("Warga Kampung Sawah RT 003/RW 007 ikut ronda.",
     [("kampung", "Sawah", "Kampung Sawah"), ("rt", "003", "RT 003"), ("rw", "007", "RW 007")]),
    # words of official names near foreign ones: "Kemantan" is no typo of "Kelantan", and names the
    # list knows as written are ours
    ("Warga Desa Kemantan Darat menanam cabai.", [("desa", "Kemantan Darat", "Desa Kemantan Darat")]),
    ("Warga Desa Muara Kelantan menanam jagung.", [("desa", "Muara Kelantan", "Desa Muara Kelantan")]),
    ("Panen di Desa Singapura berjalan lancar.", [("desa", "Singapura", "Desa Singapura")]),
    # a foreign name typed with one wrong letter still ends the place's name
    ("Pekerja itu pulang ke Kota Kuching Malaisia pekan lalu.", [("kota", "Kuching", "Kota Kuching")]),
]

DECOYS: list[str] = [
    "Personel Kodim 0735/Surakarta dan Kodim 0734/Kota Yogyakarta hadir dalam upacara.",
    "Walikota Jakarta Timur dan Wali Kota Bekasi meninjau lokasi banjir.",
    "Kegiatan di Desa Binaan itu diikuti warga desa dan perangkat Desa setempat.",
    "Bintara Pembina Desa (Babinsa) hadir bersama Kepala Desa (Kades) dan Pemerintah Kecamatan, Polri.",
    "Dinas Lingkungan Hidup memantau kebersihan Lingkungan Pasar Induk setiap pekan.",
    "Prajurit berjaga di lingkungan Makodim dan Lingkungan Markas sepanjang malam.",
    "Komando Distrik Militer (Kodim) 0410 menggelar apel pagi.",
    "Peresmian Kampung KB dan Kampung Tangguh dihadiri camat.",
    "Siswa Sekolah Dasar Negeri 2 dan pegawai Pengadilan Negeri Medan ikut donor darah.",
    "Produk ini juga diminati di Negeri Jiran dan program Kota Layak Anak berjalan.",
    "Sirene dipasang oleh perangkat desa. Kedua, warga diminta waspada.",
    "Ketua RT dan RW hadir, juga pemilik RTLH 10 unit.",
    "ASAHAN | Babinsa membantu warga memperbaiki jembatan.",
    "Lomba digelar di desa-desa se-Kabupaten/Kota di Jawa Timur.",
    "Warga pulang ke Kampung Halaman setelah Lebaran.",
    # a district named "Kota ..." is not a city, a unit in a role word is no place
    "Camat Kota Juang dan Danramil Kota Juang meninjau pasar.",
    # a head's name after the title, and surroundings kept clean
    "Kepala Desa Suparjo dan Kepala Dusun Wagiman menyambut tim program Lingkungan Bersih.",
]


# Issue 11 item 7: local levels, names with a lower-case or numbered word, mistyped level words.
# Village and district names are real (facts), the sentences ours.
LOCAL_LEVELS: list[tuple[str, list[P]]] = [
    ("Pangulu Nagori Dolok Huluan menerima bantuan bibit jagung.",
     [("nagori", "Dolok Huluan", "Nagori Dolok Huluan")]),
    ("Babinsa menyisir Huta III Nagori Bah Joga, Kecamatan Raya.",
     [("huta", "III", "Huta III"), ("nagori", "Bah Joga", "Nagori Bah Joga"),
      ("kecamatan", "Raya", "Kecamatan Raya")]),
    ("Warga Huta Lumban Tonga ikut bergotong royong.", [("huta", "Lumban Tonga", "Huta Lumban Tonga")]),
    ("Babinsa hadir di Korong Pasa Dama, Nagari Kapalo Hilalang.",
     [("korong", "Pasa Dama", "Korong Pasa Dama"), ("nagari", "Kapalo Hilalang", "Nagari Kapalo Hilalang")]),
    ("Warga Padukuhan Ngampon, Kalurahan Sumberagung, Kapanewon Moyudan menanam cabai.",
     [("padukuhan", "Ngampon", "Padukuhan Ngampon"), ("kelurahan", "Sumberagung", "Kalurahan Sumberagung"),
      ("kapanewon", "Moyudan", "Kapanewon Moyudan")]),
    ("Kerja bakti di Dukuh Sambirejo diikuti seluruh warga.", [("dukuh", "Sambirejo", "Dukuh Sambirejo")]),
    ("Peratin Pekon Sukamaju menyambut tim kesehatan.", [("pekon", "Sukamaju", "Pekon Sukamaju")]),
    ("Warga Lembang Sillanan gotong royong memperbaiki jalan.",
     [("lembang", "Sillanan", "Lembang Sillanan")]),
    ("Penghulu Kepenghuluan Bagan Jawa hadir dalam rapat.",
     [("kepenghuluan", "Bagan Jawa", "Kepenghuluan Bagan Jawa")]),
    ("Warga Negeri Hative Besar, Kecamatan Teluk Ambon, ikut membersihkan pantai.",
     [("negeri", "Hative Besar", "Negeri Hative Besar"), ("kecamatan", "Teluk Ambon", "Kecamatan Teluk Ambon")]),
    ("Klian Banjar Tengah dan warga Distrik Abepura hadir.",
     [("banjar", "Tengah", "Banjar Tengah"), ("distrik", "Abepura", "Distrik Abepura")]),
    # a name that is itself a level word: the list has it and no other name follows it
    ("Petani di Kabupaten Banjar, Kalimantan Selatan, mulai panen.", [("kabupaten", "Banjar", "Kabupaten Banjar")]),
    ("Warga Kota Banjar dan Kecamatan Lembang Kabupaten Bandung Barat hadir.",
     [("kota", "Banjar", "Kota Banjar"), ("kecamatan", "Lembang", "Kecamatan Lembang"),
      ("kabupaten", "Bandung Barat", "Kabupaten Bandung Barat")]),
    # a numbered part, then the village's name
    ("Pemuda Huta II Silou ikut membantu.", [("huta", "II", "Huta II")]),
    # mistyped long level words (a letter missing, added, changed, or two swapped)
    ("Warga Kecamtan Wonosari dan Kelurhan Sukaramai hadir.",
     [("kecamatan", "Wonosari", "Kecamtan Wonosari"), ("kelurahan", "Sukaramai", "Kelurhan Sukaramai")]),
    ("Bantuan tiba di Kabupatn Bogor dan Kabupaetn Klaten.",
     [("kabupaten", "Bogor", "Kabupatn Bogor"), ("kabupaten", "Klaten", "Kabupaetn Klaten")]),
    ("Rapat di Provinsii Jawa Tengah dan kecamatam Ngawen.",
     [("provinsi", "Jawa Tengah", "Provinsii Jawa Tengah"), ("kecamatan", "Ngawen", "kecamatam Ngawen")]),
]

LOWER_AND_NUMBERED: list[tuple[str, list[P]]] = [
    # a lower-case last word the list knows with the name, before punctuation or a level word
    ("Babinsa mengunjungi warga Desa Durin tonggal, Kecamatan Pancur Batu.",
     [("desa", "Durin tonggal", "Desa Durin tonggal"), ("kecamatan", "Pancur Batu", "Kecamatan Pancur Batu")]),
    ("Posko dibuka di Desa Pematang johar Kecamatan Labuhan Deli.",
     [("desa", "Pematang johar", "Desa Pematang johar"), ("kecamatan", "Labuhan Deli", "Kecamatan Labuhan Deli")]),
    # ... but not before more words of the sentence
    ("Warga Desa Pematang johar yang terdampak banjir dibantu.", [("desa", "Pematang", "Desa Pematang")]),
    # a position word after the name of a village's part, where the name ends
    ("Babinsa di Dusun Krajan timur, Desa Kalibaru.",
     [("dusun", "Krajan timur", "Dusun Krajan timur"), ("desa", "Kalibaru", "Desa Kalibaru")]),
    ("Warga Dusun Sumberjo lor Desa Sumberagung hadir.",
     [("dusun", "Sumberjo lor", "Dusun Sumberjo lor"), ("desa", "Sumberagung", "Desa Sumberagung")]),
    ("Babinsa di Dusun Krajan timur laut Desa Kalibaru.",
     [("dusun", "Krajan", "Dusun Krajan"), ("desa", "Kalibaru", "Desa Kalibaru")]),
    # numbered names
    ("Warga Dusun Krajan 2 dan Dusun Krajan II hadir.",
     [("dusun", "Krajan 2", "Dusun Krajan 2"), ("dusun", "Krajan II", "Dusun Krajan II")]),
    ("Kegiatan di Lingkungan Pasar 3, Kelurahan Lubuk Pakam.",
     [("lingkungan", "Pasar 3", "Lingkungan Pasar 3"), ("kelurahan", "Lubuk Pakam", "Kelurahan Lubuk Pakam")]),
]

PROGRAMME_NAMES: list[str] = [
    "Peluncuran Kampung Restorative Justice dihadiri Forkopimcam.",
    "Kampung Pancasila dan Kampung KB diresmikan bupati.",
    "Program Desa Tangguh Bencana dan Kampung Tangguh Narkoba terus digalakkan.",
    "Pencanangan Desa Bersinar dan Desa Anti Korupsi berlangsung meriah.",
    "Kampung Moderasi Beragama menjadi contoh, begitu juga Kampung Iklim.",
    "Desa Digital dan Desa Inovasi mendapat penghargaan, Kampung Bahari Nusantara juga.",
    "Launching Kampung Sehat, Kampung Bebas Narkoba dan Kampung Siaga Covid digelar serentak.",
    "Lomba Desa Sadar Hukum dan Kampung Berseri diikuti puluhan peserta.",
]


def _places(record):
    return {(p.level, p.name, p.text) for p in record.places}


@pytest.mark.parametrize("sentence,expected", LEVEL_FORMS + RT_RW + LISTS + BOUNDARIES)
def test_places_found(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert _places(record) == set(expected)
    assert_offsets(sentence, record)
    for place in record.places:
        assert place.start == sentence.index(place.text)


@pytest.mark.parametrize("sentence", DECOYS)
def test_not_places(extractor, sentence):
    assert extractor.extract(sentence).places == []


@pytest.mark.parametrize("sentence,expected", LOCAL_LEVELS + LOWER_AND_NUMBERED)
def test_local_levels_and_name_shapes(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert _places(record) == set(expected)
    assert_offsets(sentence, record)


@pytest.mark.parametrize("sentence", PROGRAMME_NAMES)
def test_programme_names_are_not_places(extractor, sentence):
    assert extractor.extract(sentence).places == []


def test_programme_name_beside_a_real_place(extractor):
    record = extractor.extract("Kampung Pancasila di Desa Sukamaju, Kecamatan Cibungbulang diresmikan.")
    assert _places(record) == {("desa", "Sukamaju", "Desa Sukamaju"),
                               ("kecamatan", "Cibungbulang", "Kecamatan Cibungbulang")}


@pytest.mark.parametrize("a,b,expected", [
    ("kecamtan", "kecamatan", True), ("kecamaatan", "kecamatan", True), ("kecamatna", "kecamatan", True),
    ("kelurahon", "kelurahan", True), ("kecamatan", "kecamatan", False), ("kecamat", "kecamatan", False),
    ("kceamatan", "kecamatan", True), ("kcematan", "kecamatan", False), ("kabupaten", "kecamatan", False),
])
def test_one_edit_apart(a, b, expected):
    assert places_module.one_edit_apart(a, b) is expected
    assert places_module.one_edit_apart(b, a) is expected


@pytest.mark.parametrize("sentence,expected", [
    # correct level words are read once; long words that merely look alike are no level words
    ("Warga Kelurahan Karang Anyar dan Kecamatan Kebumen hadir.",
     [("kelurahan", "Karang Anyar", "Kelurahan Karang Anyar"), ("kecamatan", "Kebumen", "Kecamatan Kebumen")]),
    ("Materi Kampanye Kepatuhan Pajak dan Kecakapan Hidup dibahas.", []),
    ("Kabupaten Kebumen, Kabupaten Klaten dan Provinsi Jawa Tengah mendukung.",
     [("kabupaten", "Kebumen", "Kabupaten Kebumen"), ("kabupaten", "Klaten", "Kabupaten Klaten"),
      ("provinsi", "Jawa Tengah", "Provinsi Jawa Tengah")]),
])
def test_mistyped_level_words_need_a_real_slip(extractor, sentence, expected):
    assert _places(extractor.extract(sentence)) == set(expected)


def test_once_per_level_and_name(extractor):
    text = ("Babinsa Desa Watuagung hadir. Warga Desa Watuagung dan perangkat desa Watuagung menanam "
            "bibit di Dusun 4 Desa Watuagung.")
    record = extractor.extract(text)
    keys = [(p.level, norm(p.name)) for p in record.places]
    assert sorted(keys) == [("desa", "watuagung"), ("dusun", "4")]
    village = next(p for p in record.places if p.level == "desa")
    assert (village.start, village.text) == (text.index("Desa Watuagung"), "Desa Watuagung")


def test_name_cut_off_by_the_page_end(extractor):
    """A regency must be in the list, so a name the page cut short is no place."""
    text = "Panen padi di Kabupaten Lamongan meningkat. Rombongan lalu bergerak ke Kabupaten Lamon"
    assert _places(extractor.extract(text)) == {("kabupaten", "Lamongan", "Kabupaten Lamongan")}


@pytest.mark.parametrize("text", [
    "Warga Desa Sukamaju Kecamatan Cıkupa ikut ronda.",
    "Warga Dıstrik Sentani dan DİSTRİK Sentani ikut ronda.",
    "Tim tiba di PROVİNSİ Banten dan Kelurahan Pelem.",
])
def test_dotted_and_dotless_i_do_not_break_extraction(extractor, text):
    """Case-insensitive matching finds level words spelled with Turkish ı/İ, whose casefold is
    no key of ours: they are skipped, and the rest of the text is still read."""
    record = extractor.extract(text)
    assert not any("failed" in w for w in record.warnings)
    assert_offsets(text, record)
    if "Sukamaju" in text:
        assert ("desa", "Sukamaju") in {(p.level, p.name) for p in record.places}
    if "Pelem" in text:
        assert ("kelurahan", "Pelem") in {(p.level, p.name) for p in record.places}


# --- linking


def _by_name(record):
    return {p.name: p for p in record.places}


LINKS: list[tuple[str, str, str, str | None]] = [
    # (sentence, level, name, expected code): homonyms decided by the rest of the text
    ("Tanam jagung di Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri.", "desa", "Gedong", "33.12.13.2003"),
    ("Tanam jagung di Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri.", "kecamatan", "Ngadirojo",
     "33.12.13"),
    ("Saluran di Kelurahan Pelem, Kecamatan Jatisrono selesai dikeruk.", "kelurahan", "Pelem", "33.12.20.1009"),
    ("Tanam padi di Desa Ngemplak, Kecamatan Karangnongko, Kabupaten Klaten.", "desa", "Ngemplak",
     "33.10.10.2014"),
    ("Warga Kecamatan Ngawen, Kabupaten Klaten ikut lomba.", "kecamatan", "Ngawen", "33.10.22"),
    # the district and the city from the unit names
    ("Babinsa Koramil 02/Sidorejo Kodim 0714/Salatiga membantu warga Kelurahan Bugel membersihkan selokan.",
     "kelurahan", "Bugel", "33.73.01.1004"),
    # the dateline, written as a regency's short form
    ("LAMTIM - Babinsa menjemur gabah bersama petani di Desa Adirejo Kecamatan Jabung.", "desa", "Adirejo",
     "18.07.03.2003"),
    ("LAMTIM - Babinsa menjemur gabah bersama petani di Desa Adirejo Kecamatan Jabung.", "kecamatan", "Jabung",
     "18.07.03"),
    # spelling variants: spacing, Sei/Sungai, regency short forms and spacing
    ("Babinsa hadir di Desa Paya Bakal bersama petani.", "desa", "Paya Bakal", "16.03.06.2022"),
    ("Patroli di Desa Sungai Lumut, Kecamatan Panai Hilir.", "desa", "Sungai Lumut", "12.10.19.2003"),
    ("Produksi beras di Kabupaten Deliserdang meningkat.", "kabupaten", "Deliserdang", "12.07"),
    ("Patroli karhutla di Kabupaten Inhil terus berjalan.", "kabupaten", "Inhil", "14.04"),
    ("Parit di Kabupaten Sidrap dibersihkan warga.", "kabupaten", "Sidrap", "73.14"),
    # kota and kabupaten of one name
    ("Warga Kota Bekasi membersihkan kali.", "kota", "Bekasi", "32.75"),
    ("Warga Kabupaten Bekasi membersihkan kali.", "kabupaten", "Bekasi", "32.16"),
    # a typing error in a regency's name
    ("Patroli di Kabupaten Indragri Hilir terus berjalan.", "kabupaten", "Indragri Hilir", "14.04"),
    # not enough context: no code
    ("Babinsa membantu warga Desa Sukamulya memperbaiki jalan.", "desa", "Sukamulya", None),
    ("Warga Kecamatan Ngawen ikut lomba.", "kecamatan", "Ngawen", None),
    # the chain names a district its regency lacks (Rantauprapat is a kelurahan, not a district):
    # the writer's slip, which the regency outweighs; the village keeps its code
    ("Bazar murah digelar di Kelurahan Binaraga, Kecamatan Rantauprapat, Kabupaten Labuhanbatu.",
     "kelurahan", "Binaraga", "12.10.01.1007"),
    ("Bazar murah digelar di Kelurahan Binaraga, Kecamatan Rantauprapat, Kabupaten Labuhanbatu.",
     "kabupaten", "Labuhanbatu", "12.10"),
    ("Bazar murah digelar di Kelurahan Binaraga, Kecamatan Rantauprapat, Kabupaten Labuhanbatu.",
     "kecamatan", "Rantauprapat", None),
    # ... but a real district of that regency which lacks the village is a hard no
    ("Warga Kelurahan Binaraga, Kecamatan Bilah Hulu, Kabupaten Labuhanbatu ikut senam.",
     "kelurahan", "Binaraga", None),
    ("Warga Desa Mekarsari, Kecamatan Cikarang Selatan, Kabupaten Bekasi hadir.", "desa", "Mekarsari", None),
    # a kampung followed by a village in its run is a hamlet of that village, without a code ...
    ("Babinsa menyambangi warga Kampung Cibadak RT 02/05, Desa Pasir Nangka, Kecamatan Tigaraksa.",
     "kampung", "Cibadak", None),
    # ... and a kampung before a district is a village (Papua)
    ("Warga Kampung Yobeh, Distrik Sentani ikut kerja bakti.", "kampung", "Yobeh", "91.03.01.2005"),
    # foreign places stay unlinked
    ("Jalur menuju Kampung Bario Sarawak Malaysia ditempuh lima jam.", "kampung", "Bario", None),
]


@pytest.mark.parametrize("sentence,level,name,code", LINKS)
def test_linking(extractor, sentence, level, name, code):
    record = extractor.extract(sentence)
    place = next(p for p in record.places if (p.level, p.name) == (level, name))
    assert place.code == code
    assert_offsets(sentence, record)


def test_unlinked_place_says_why(extractor):
    record = extractor.extract("Babinsa membantu warga Desa Sukamulya memperbaiki jalan.")
    assert any("Sukamulya" in w and "does not say which" in w for w in record.warnings)


def test_foreign_place_is_not_a_warning(extractor):
    record = extractor.extract("Jalur menuju Kampung Bario Sarawak Malaysia dan Kota Miri Sarawik Malaysia.")
    assert _places(record) == {("kampung", "Bario", "Kampung Bario"), ("kota", "Miri", "Kota Miri")}
    assert all(p.code is None for p in record.places)
    assert not any("Bario" in w or "Miri" in w for w in record.warnings)


def test_close_spelling_linked_with_a_note(extractor):
    text = "Patroli di Desa Kematan Darat, Kecamatan Air Hangat Timur, Kabupaten Kerinci."
    record = extractor.extract(text)
    assert _by_name(record)["Kematan Darat"].code == "15.01.11.2003"
    assert any("Kemantan Darat" in w for w in record.warnings)


def test_district_slip_is_a_note_not_a_veto(extractor):
    record = extractor.extract(
        "Bazar murah digelar di Kelurahan Binaraga, Kecamatan Rantauprapat, Kabupaten Labuhanbatu.")
    assert any("Binaraga: linked to 12.10.01.1007" in w and "Rantau Utara" in w for w in record.warnings)


def test_kampung_before_a_village_is_its_hamlet(extractor):
    text = "Babinsa menyambangi warga Kampung Cibadak RT 02/05, Desa Pasir Nangka, Kecamatan Tigaraksa."
    record = extractor.extract(text)
    hamlet = _by_name(record)["Cibadak"]
    assert [(r.level, r.code) for r in hamlet.parents][:2] == [("desa", "36.03.03.2004"), ("kecamatan", "36.03.03")]
    # a hamlet is not looked up among the villages of that name elsewhere
    assert not any("Cibadak" in w for w in record.warnings)


def test_parents_and_location(extractor):
    text = "Kerja bakti di Dusun 3 Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri, Rabu (6/3/2024)."
    record = extractor.extract(text)
    places = _by_name(record)
    assert [(r.level, r.name, r.code) for r in places["Gedong"].parents] == [
        ("kecamatan", "Ngadirojo", "33.12.13"), ("kabupaten", "Wonogiri", "33.12"),
        ("provinsi", "Jawa Tengah", "33")]
    # a part of a village takes the village's chain
    assert [r.code for r in places["3"].parents] == ["33.12.13.2003", "33.12.13", "33.12", "33"]
    loc = record.location
    assert (loc.desa, loc.desa_code, loc.kecamatan_code, loc.kabupaten, loc.provinsi_code) == (
        "Gedong", "33.12.13.2003", "33.12.13", "Kabupaten Wonogiri", "33")


def test_every_name_is_linked_however_often_others_repeat(extractor):
    """Repeats of a place share the link of its first mention, so a name first written after many
    mentions of others still gets its code."""
    text = ("Warga Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri menanam jagung. " * 30
            + "Saluran di Kelurahan Pelem, Kecamatan Jatisrono selesai dikeruk.")
    record = extractor.extract(text)
    codes = {p.name: p.code for p in record.places}
    assert codes == {"Gedong": "33.12.13.2003", "Ngadirojo": "33.12.13", "Wonogiri": "33.12",
                     "Pelem": "33.12.20.1009", "Jatisrono": "33.12.20"}


def test_names_beyond_the_linking_cap_say_why(extractor, monkeypatch):
    """Past the cap, first mentions of names come before repeats in new runs; the rest are unlinked
    with one warning."""
    monkeypatch.setattr(places_module, "MAX_LINKED_MENTIONS", 3)
    text = ("Warga Desa Gedong Kecamatan Ngadirojo Kabupaten Wonogiri hadir. Lalu ke Desa Gedong, "
            "Kabupaten Wonogiri. Saluran di Kelurahan Pelem, Kecamatan Jatisrono dikeruk.")
    record = extractor.extract(text)
    codes = {p.name: p.code for p in record.places}
    assert codes == {"Gedong": "33.12.13.2003", "Ngadirojo": "33.12.13", "Wonogiri": "33.12",
                     "Pelem": None, "Jatisrono": None}
    assert sum("more than 3 distinct places" in w for w in record.warnings) == 1


def test_no_location_without_a_linked_place(extractor):
    record = extractor.extract("Babinsa membantu warga Desa Sukamulya memperbaiki jalan.")
    assert record.location is None


def test_town_written_as_kota_sits_in_its_regency(extractor):
    record = extractor.extract("Rombongan tiba di Kota Merauke sore hari.")
    place = _by_name(record)["Merauke"]
    assert place.code is None
    assert [r.code for r in place.parents] == ["93.01", "93"]


# --- the seed article and the dev corpus


def test_seed_places(extractor, seed_text):
    record = extractor.extract(seed_text)
    assert {(p.level, p.name) for p in record.places} == {
        ("kabupaten", "Asahan"), ("desa", "Sei Silau Tua"), ("dusun", "2"), ("kecamatan", "Setia Janji")}
    desa = _by_name(record)["Sei Silau Tua"]
    assert desa.code == "12.09.27.2002"
    assert [(r.name, r.code) for r in desa.parents] == [
        ("Setia Janji", "12.09.27"), ("Asahan", "12.09"), ("Sumatera Utara", "12")]
    assert record.location.desa_code == "12.09.27.2002"
    assert_offsets(seed_text, record)


def _named_area_has_village(gaz, name: str, regencies: set, districts: set) -> bool:
    for village in gaz.find(name_key(name)):
        chain = gaz.ancestors(village)
        tier, named = (2, regencies) if regencies else (3, districts)
        if any(gaz.keys_of(a) & named for a in chain if a.tier == tier):
            return True
    return False


def test_dev_corpus_villages_linked_and_right(extractor, dev_corpus):
    """Of the desa/kelurahan in gold whose article names their district or regency, at least 90% get
    a code, and every code lies in a regency the gold names (or its district, when no regency is)
    whenever the gazetteer has a village of that name there (a story may name a village of another
    regency as well as its own, as one dev article does)."""
    gaz = gazetteer()
    total = linked = 0
    wrong = []
    for gold_file in sorted((dev_corpus / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        context = {p["level"]: set() for p in gold["places"]}
        for p in gold["places"]:
            context[p["level"]].add(name_key(p["name"]))
        regencies = context.get("kabupaten", set()) | context.get("kota", set())
        districts = context.get("kecamatan", set()) | context.get("distrik", set())
        if not (regencies or districts):
            continue
        text = (dev_corpus / "articles" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        record = extractor.extract(text)
        found = {(p.level, norm(p.name)): p for p in record.places}
        for p in gold["places"]:
            if p["level"] not in ("desa", "kelurahan"):
                continue
            total += 1
            place = found.get((p["level"], norm(p["name"])))
            if place is None or place.code is None:
                continue
            linked += 1
            region = gaz.region(place.code)
            chain = gaz.ancestors(region)
            regency_keys = set().union(*(gaz.keys_of(a) for a in chain if a.tier == 2))
            district_keys = set().union(*(gaz.keys_of(a) for a in chain if a.tier == 3))
            ok = bool(regency_keys & regencies) if regencies else bool(district_keys & districts)
            if not ok and _named_area_has_village(gaz, p["name"], regencies, districts):
                wrong.append((gold_file.stem, p["name"], place.code))
    assert total >= 20
    assert linked / total >= 0.9, (linked, total)
    assert wrong == []


@pytest.mark.parametrize("word", ["kecamatan", "provinsi"])
def test_one_edit_variants_agree_with_one_edit_apart(word):
    variants = places_module.one_edit_variants(word)
    assert word not in variants and len(variants) > 400
    assert all(places_module.one_edit_apart(v, word) for v in variants)
    near = [word[1:], word + "x", word[:2] + word[3] + word[2] + word[4:], "x" + word[1:]]
    assert all(v in variants for v in near)


# --------------------------------------------------------------------------------------------
# Written-out scanners and indexes read exactly what the general ones they replace read.

SCAN_TEXTS = [
    "Desa Sumber Jaya Kecamatan Cikupa",
    "Dusun II. Desa Karang Anyar",
    "Desa X H. Ahmad hadir",
    "Dusun I. warga",
    "Kec.Jabung, Kab. Malang",
    "Desa Sungai Raya\nKubu Raya hadir",
    "Desa Sungai\n\nRaya",
    "Dusun 4 Desa Tanjung",
    "Desa Kota Raja dan Desa Ba'U serta Al-Ikhlas",
    "DESA KEMANTAN DARAT KECAMATAN",
    "Desa Nunukan Sembukan Bersihkan Laksanakan",
    "Desa éAgung Ärzte İstanbul ſambang",
]


def _scan_pairs():
    lex = places_module.PlaceExtractor()
    stop = lex._stop
    for allow_first, allow_digits, max_words in [(frozenset(), False, 5), (stop, True, 5),
                                                 (lex._part_openers, True, 3), (frozenset({"kota"}), False, 2)]:
        yield stop, allow_first, allow_digits, max_words


def _both_scans(text):
    from komsos_extract.textutil import scan_name

    for stop, allow_first, allow_digits, max_words in _scan_pairs():
        for pos in range(len(text) + 1):
            fast = places_module.scan_place_name(text, pos, stop=stop, max_words=max_words,
                                                 allow_first=allow_first, allow_digits=allow_digits)
            plain = scan_name(text, pos, stop=stop, max_words=max_words, allow_first=allow_first,
                              allow_digits=allow_digits, inner_dots=False, keep_verbs=True, digit_ends=True,
                              first_any_case=False)
            assert fast == plain, (text, pos)


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_scan_place_name_reads_as_scan_name(text):
    _both_scans(text)


def test_scan_place_name_reads_as_scan_name_on_random_text():
    import random

    rng = random.Random(5)
    words = "Desa desa Sumber jaya Kec. Kota 12 II. I. H. Ahmad Nunukan Ba'U Al-Ikhlas x. ÄRZTE İs".split()
    seps = [" ", "  ", "\n", "\r\n", "\n\n", ", ", ".", "-", "\t", "", "    "]
    for _ in range(300):
        _both_scans("".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8))))


@pytest.mark.parametrize("words", [
    ["Malaysia"], ["Malaisia", "Timur"], ["Kemantan", "Darat"], ["Muara", "Kelantan"], ["Singapura"],
    ["Sukamaju"], ["Timor", "Leste"], ["Timor", "Lesta"], ["Brunei", "Darussalam"], ["Filipina"], ["Filipino"],
    ["Papua", "Nugini"], ["Thailand"], ["Thailant"], ["Xhailand"], ["Thailanda"], [],
])
def test_foreign_at_reads_as_a_scan_of_every_name(words):
    """The half-word index finds what comparing each word with every foreign name finds."""
    gaz = gazetteer()

    def plain(words):
        folded = [w.casefold() for w in words]
        for i in range(len(folded)):
            for name in places_module._foreign_words():
                if len(name[0]) != len(folded[i]) or len(name) > len(folded) - i:
                    continue
                if all(w == f or (places_module._one_typo_apart(w, f) and not gaz.has_word(w))
                       for w, f in zip(folded[i:], name)):
                    if not any(gaz.find(name_key(" ".join(words[:j]))) for j in range(i + len(name), len(words) + 1)):
                        return i
        return None

    assert places_module.foreign_at(words, gaz) == plain(words)
    for name in places_module._foreign_words():  # every foreign name, and each one letter off
        written = [w.capitalize() for w in name]
        assert places_module.foreign_at(["Desa", *written], gaz) == plain(["Desa", *written])
        slip = [written[0][:-2] + "q" + written[0][-1], *written[1:]]
        assert places_module.foreign_at(slip, gaz) == plain(slip)


def test_a_place_named_by_a_word_that_ends_personal_names(extractor):
    # "Seluas" ends a personal name ("Darmo Seluas 1/4 Hektar") but names a kecamatan in Bengkayang
    text = "Babinsa membantu warga Desa Sentangau Jaya Kecamatan Seluas Kabupaten Bengkayang."
    assert ("kecamatan", "Seluas") in [(p.level, p.name) for p in extractor.extract(text).places]
