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
    ("KERJA BAKTI DI DESA SEI SILAU BARAT KECAMATAN SETIA JANJI KABUPATEN ASAHAN BERJALAN LANCAR.",
     [("desa", "SEI SILAU BARAT", "DESA SEI SILAU BARAT"), ("kecamatan", "SETIA JANJI", "KECAMATAN SETIA JANJI"),
      ("kabupaten", "ASAHAN", "KABUPATEN ASAHAN")]),
]

RT_RW: list[tuple[str, list[P]]] = [
    ("Pos ronda dibangun di RT/RW 01/02 oleh warga.",
     [("rt", "01", "RT/RW 01/02"), ("rw", "02", "RT/RW 01/02")]),
    ("Jalan lingkungan RT 004/RW 05 selesai dicor.", [("rt", "004", "RT 004"), ("rw", "05", "RW 05")]),
    ("Warga RT/02 RW/08 ikut kerja bakti.", [("rt", "02", "RT/02"), ("rw", "08", "RW/08")]),
    ("Warga Rt 02 Rw 08 ikut kerja bakti.", [("rt", "02", "Rt 02"), ("rw", "08", "Rw 08")]),
    ("Sambang ke warung warga di RT 06/03 sore itu.", [("rt", "06", "RT 06/03"), ("rw", "03", "RT 06/03")]),
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
    ("Markas itu ada di Kelurahan Kota Raja, Ende Utara, Kabupaten Ende.",
     [("kelurahan", "Kota Raja", "Kelurahan Kota Raja"), ("kabupaten", "Ende", "Kabupaten Ende")]),
    # not a list: the word after "dan" is a role, a person or a unit
    ("Rapat di Desa Sukamulya dan Babinsa setempat berjalan baik.", [("desa", "Sukamulya", "Desa Sukamulya")]),
    ("Pertemuan di Kelurahan Jebres dan Bapak Lurah membahas banjir.", [("kelurahan", "Jebres", "Kelurahan Jebres")]),
]

BOUNDARIES: list[tuple[str, list[P]]] = [
    # the next level word
    ("Panen di Desa Klumpit Kecamatan Sawahan Kabupaten Madiun berhasil.",
     [("desa", "Klumpit", "Desa Klumpit"), ("kecamatan", "Sawahan", "Kecamatan Sawahan"),
      ("kabupaten", "Madiun", "Kabupaten Madiun")]),
    # punctuation
    ("Warga Desa Tidu, Kecamatan Bukateja (Purbalingga) berkumpul.",
     [("desa", "Tidu", "Desa Tidu"), ("kecamatan", "Bukateja", "Kecamatan Bukateja")]),
    ("Lokasinya di Desa Lampo. Warga menyambut baik.", [("desa", "Lampo", "Desa Lampo")]),
    # verbs, role words, ranks, weekdays, units, honorifics
    ("Desa Maponu melaksanakan posyandu balita.", [("desa", "Maponu", "Desa Maponu")]),
    ("Warga Desa Maponu Babinsa Serda Fadil mendampingi.", [("desa", "Maponu", "Desa Maponu")]),
    ("Di Kelurahan Saigon Serka Andi menyapa warga.", [("kelurahan", "Saigon", "Kelurahan Saigon")]),
    ("Karya bakti di Kabupaten Asahan Selasa (11/1/2022) pagi.", [("kabupaten", "Asahan", "Kabupaten Asahan")]),
    ("Patroli di Kecamatan Cikupa Polsek setempat berjalan aman.", [("kecamatan", "Cikupa", "Kecamatan Cikupa")]),
    ("Kerja bakti di Desa Tanjakan Bapak Warsono ikut hadir.", [("desa", "Tanjakan", "Desa Tanjakan")]),
    # a bare regency or province name after the place: the list knows the shorter name
    ("Sawah di Kecamatan Percut Sei Tuan Deli Serdang mulai ditanami.",
     [("kecamatan", "Percut Sei Tuan", "Kecamatan Percut Sei Tuan")]),
    ("Warga Kabupaten Tangerang Banten mengikuti vaksinasi.", [("kabupaten", "Tangerang", "Kabupaten Tangerang")]),
    # title-case headline: the words after the village are the headline's
    ("Babinsa Bantu Warga Desa Sukamulya Hadapi Musim Banjir\nIsi berita.",
     [("desa", "Sukamulya", "Desa Sukamulya")]),
    # names ending in -kan are places, not verbs
    ("Jalur itu melintasi Kabupaten Nunukan dan Kampung Bulakan.",
     [("kabupaten", "Nunukan", "Kabupaten Nunukan"), ("kampung", "Bulakan", "Kampung Bulakan")]),
    # a capitalised stop word inside a known name; a lowercase continuation written capitalised elsewhere
    ("Posyandu dibuka di Desa Karya Bersama, Kecamatan Pasangkayu.",
     [("desa", "Karya Bersama", "Desa Karya Bersama"), ("kecamatan", "Pasangkayu", "Kecamatan Pasangkayu")]),
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
    # a person's name after a known village (no official name has "Matorin")
    ("Kepala Desa Tidu Matorin menyambut tim.", [("desa", "Tidu", "Desa Tidu")]),
    # an initial opens a person's name; a Roman numeral ends a sentence
    ("Warga Desa Tidu H. Matorin ikut hadir.", [("desa", "Tidu", "Desa Tidu")]),
    ("Posko ada di Dusun II. Warga berjaga.", [("dusun", "II", "Dusun II")]),
    # a word one letter away from a foreign state is still ours ("Sawah" is not "Sabah")
    ("Warga Kampung Sawah RT 003/RW 007 ikut ronda.",
     [("kampung", "Sawah", "Kampung Sawah"), ("rt", "003", "RT 003"), ("rw", "007", "RW 007")]),
]

DECOYS: list[str] = [
    "Personel Kodim 0208/Asahan dan Kodim 1306/Kota Palu hadir dalam upacara.",
    "Walikota Jakarta Timur dan Wali Kota Bekasi meninjau lokasi banjir.",
    "Kegiatan di Desa Binaan itu diikuti warga desa dan perangkat Desa setempat.",
    "Bintara Pembina Desa (Babinsa) hadir bersama Kepala Desa (Kades) dan Pemerintah Kecamatan, Polri.",
    "Dinas Lingkungan Hidup mengajak warga menjaga kebersihan Lingkungan Pasar Induk.",
    "Prajurit berjaga di lingkungan Makodim dan Lingkungan Markas sepanjang malam.",
    "Komando Distrik Militer (Kodim) 0410 menggelar apel pagi.",
    "Peresmian Kampung KB dan Kampung Tangguh dihadiri camat.",
    "Siswa Sekolah Dasar Negeri 2 dan pegawai Pengadilan Negeri Medan ikut donor darah.",
    "Produk ini juga diminati di Negeri Jiran dan program Kota Layak Anak berjalan.",
    "Kentongan disiapkan pemerintah desa. Pertama, warga diminta siaga.",
    "Ketua RT dan RW hadir, juga pemilik RTLH 10 unit.",
    "ASAHAN | Babinsa membantu warga memperbaiki jembatan.",
    "Lomba digelar di desa-desa se-Kabupaten/Kota di Jawa Timur.",
    "Warga pulang ke Kampung Halaman setelah Lebaran.",
    # a district named "Kota ..." is not a city, a unit in a role word is no place
    "Camat Kota Juang dan Danramil Kota Juang meninjau pasar.",
    # a head's name after the title, and surroundings kept clean
    "Kepala Desa Suparjo dan Kepala Dusun Wagiman menyambut tim program Lingkungan Bersih.",
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


def test_once_per_level_and_name(extractor):
    text = ("Babinsa Desa Lampo hadir. Warga Desa Lampo dan perangkat desa Lampo bekerja bersama "
            "di Dusun 1 Desa Lampo.")
    record = extractor.extract(text)
    keys = [(p.level, norm(p.name)) for p in record.places]
    assert sorted(keys) == [("desa", "lampo"), ("dusun", "1")]
    lampo = next(p for p in record.places if p.level == "desa")
    assert (lampo.start, lampo.text) == (text.index("Desa Lampo"), "Desa Lampo")


def test_name_cut_off_by_the_page_end(extractor):
    text = "Produksi beras di Kabupaten Deli Serdang naik. Rombongan lalu ke Kabupaten Delise"
    assert _places(extractor.extract(text)) == {("kabupaten", "Deli Serdang", "Kabupaten Deli Serdang")}


# --- linking


def _by_name(record):
    return {p.name: p for p in record.places}


LINKS: list[tuple[str, str, str, str | None]] = [
    # (sentence, level, name, expected code): homonyms decided by the rest of the text
    ("Panen di Desa Klumpit Kecamatan Sawahan Kabupaten Madiun berhasil.", "desa", "Klumpit", "35.19.14.2013"),
    ("Panen di Desa Klumpit Kecamatan Sawahan Kabupaten Madiun berhasil.", "kecamatan", "Sawahan", "35.19.14"),
    ("Jalan di Kelurahan Jatisari, Kecamatan Jatiasih selesai dicor.", "kelurahan", "Jatisari", "32.75.09.1006"),
    ("Tanam padi di Desa Ngemplak, Kecamatan Karangnongko, Kabupaten Klaten.", "desa", "Ngemplak",
     "33.10.10.2014"),
    ("Warga Kecamatan Ngawen, Kabupaten Klaten ikut lomba.", "kecamatan", "Ngawen", "33.10.22"),
    # the district and regency from the unit names
    ("Babinsa Koramil 12/Mranggen Kodim 0716/Demak membantu petani Desa Ngemplak.", "desa", "Ngemplak",
     "33.21.01.2013"),
    # the dateline, written as a regency's short form
    ("ABDYA - Babinsa menjemur jagung bersama warga di Desa Baru Kecamatan Jeumpa.", "desa", "Baru",
     "11.12.08.2001"),
    ("ABDYA - Babinsa menjemur jagung bersama warga di Desa Baru Kecamatan Jeumpa.", "kecamatan", "Jeumpa",
     "11.12.08"),
    # spelling variants: spacing, Sei/Sungai, regency short forms and spacing
    ("Babinsa hadir di Desa Paya Bakal bersama petani.", "desa", "Paya Bakal", "16.03.06.2022"),
    ("Patroli di Desa Sungai Asam, Kecamatan Kapuas Hilir.", "desa", "Sungai Asam", "62.03.02.2007"),
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
    # the chain contradicts the only district of that name; the village's regency still holds
    ("Makodim di Kelurahan Selat Tengah, Kec. Kapuas, Kab. Kapuas.", "kecamatan", "Kapuas", None),
    ("Makodim di Kelurahan Selat Tengah, Kec. Kapuas, Kab. Kapuas.", "kabupaten", "Kapuas", "62.03"),
    ("Makodim di Kelurahan Selat Tengah, Kec. Kapuas, Kab. Kapuas.", "kelurahan", "Selat Tengah",
     "62.03.01.1008"),
    # a real district of the regency that lacks the village: no code rather than the wrong namesake
    ("Warga Desa Mekarsari, Kecamatan Cikarang Selatan, Kabupaten Bekasi hadir.", "desa", "Mekarsari", None),
    # foreign places stay unlinked
    ("Jalur menuju Kampung Ba Kelalan Sarawak Malaysia ditempuh lima jam.", "kampung", "Ba Kelalan", None),
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
    record = extractor.extract("Jalur menuju Kampung Ba Kelalan Sarawak Malaysia dan Kota Lawas Sarawat Malaysia.")
    assert _places(record) == {("kampung", "Ba Kelalan", "Kampung Ba Kelalan"), ("kota", "Lawas", "Kota Lawas")}
    assert all(p.code is None for p in record.places)
    assert not any("Kelalan" in w or "Lawas" in w for w in record.warnings)


def test_close_spelling_linked_with_a_note(extractor):
    text = "Patroli di Desa Pasir Mas, Kecamatan Batang Tuaka, Kabupaten Indragiri Hilir."
    record = extractor.extract(text)
    assert _by_name(record)["Pasir Mas"].code == "14.04.11.2012"
    assert any("Pasir Emas" in w for w in record.warnings)


def test_parents_and_location(extractor):
    text = "Kerja bakti di Dusun 2 Desa Klumpit Kecamatan Sawahan Kabupaten Madiun, Senin (4/3/2024)."
    record = extractor.extract(text)
    places = _by_name(record)
    assert [(r.level, r.name, r.code) for r in places["Klumpit"].parents] == [
        ("kecamatan", "Sawahan", "35.19.14"), ("kabupaten", "Madiun", "35.19"), ("provinsi", "Jawa Timur", "35")]
    # a part of a village takes the village's chain
    assert [r.code for r in places["2"].parents] == ["35.19.14.2013", "35.19.14", "35.19", "35"]
    loc = record.location
    assert (loc.desa, loc.desa_code, loc.kecamatan_code, loc.kabupaten, loc.provinsi_code) == (
        "Klumpit", "35.19.14.2013", "35.19.14", "Kabupaten Madiun", "35")


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


def test_dev_corpus_villages_linked_and_right(extractor, dev_corpus):
    """Of the desa/kelurahan in gold whose article names their district or regency, at least 90% get
    a code, and every code lies in a regency the gold names (or its district, when no regency is)."""
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
            if not ok:
                wrong.append((gold_file.stem, p["name"], place.code))
    assert total >= 20
    assert linked / total >= 0.9, (linked, total)
    assert wrong == []
