"""Named people without a rank: the clues that mark a name as a person's (honorifics, civilian
roles, ages, appositions), the fullest name with every mention, and the decoys that are nobody
(bylines, farmer groups named after a person, link lines, place names).

Each case is a sentence we wrote in the style of the releases. Offsets are checked on every case.
"""

from __future__ import annotations

import pytest

from komsos_extract import Extractor
from komsos_extract.pipeline import create_nlp
from tests.conftest import assert_offsets

# (sentence, [(name, honorific, role)])
CASES = [
    # honorifics, with a role before or after
    ("Usulan itu dibahas bersama Kadus Dsn 4 Bapak Suparno di pos ronda.", [("Suparno", "Bapak", "Kadus")]),
    ("Sambutan singkat diberikan Tomas Bapak Hasyim sebelum makan siang.", [("Hasyim", "Bapak", "Tomas")]),
    ("Kepala Desa Karangsari Bapak Marjuki membuka musyawarah dusun.", [("Marjuki", "Bapak", "Kepala Desa")]),
    ("Menurut Bapak Darsiman selaku Kuwu Cikalong, jalan itu rusak sejak lama.", [("Darsiman", "Bapak", "Kuwu")]),
    ("Kolam milik Bapak Warsono, salah seorang peternak lele, dikuras bersama.",
     [("Warsono", "Bapak", "peternak lele")]),
    ("Sawah milik Pak Darkim ditanami kedelai.", [("Darkim", "Pak", None)]),
    ("Bidan Desa Ibu Sri Wahyuni menyuntikkan vaksin.", [("Sri Wahyuni", "Ibu", "Bidan Desa")]),
    ("Ibu Hj. Siti Maemunah memimpin pengajian.", [("Siti Maemunah", "Ibu", None)]),
    ("Rumah Bpk. Ahmad Dahlan diperbaiki warga.", [("Ahmad Dahlan", "Bpk", None)]),
    ("Ketua RT 05 Pak Slamet Riyadi ikut kerja bakti.", [("Slamet Riyadi", "Pak", "Ketua RT")]),
    ("Bapak Kades Sukamaju Budi Prasetyo memberi sambutan.", [("Budi Prasetyo", "Bapak", "Kades")]),
    ("Kepala Desa Sukamaju, Bapak Slamet Riyadi, menyambut Babinsa.", [("Slamet Riyadi", "Bapak", "Kepala Desa")]),
    ("Acara dibuka Lurah Sidorejo, Ibu Sri Handayani, di balai warga.", [("Sri Handayani", "Ibu", "Lurah")]),
    # a civilian role, its place or object, then the name
    ("Kepala Desa Mekarjaya, Cecep Ropiudin mengapresiasi kegiatan tersebut.",
     [("Cecep Ropiudin", None, "Kepala Desa")]),
    ("Menurut Kepala Dusun Krajan, Sutarji, warga antusias.", [("Sutarji", None, "Kepala Dusun")]),
    ("Musyawarah dibuka Ketua LPM Zulkarnain, lalu Ketua BPD Hamdani S.Sos dan Kepala Desa Lubuk Jaya, "
     "Darwis S.Ag, menyampaikan usulan.",
     [("Zulkarnain", None, "Ketua LPM"), ("Hamdani", None, "Ketua BPD"), ("Darwis", None, "Kepala Desa")]),
    ("Bola voli dibagikan kepada Ketua Karang Taruna Dusun Tegal, Komang Ariawan, usai apel.",
     [("Komang Ariawan", None, "Ketua Karang Taruna")]),
    ("Data penerima diserahkan Kasi Kesejahteraan Sosial Kecamatan Karanganyar, Dewi Lestari S.E kepada Babinsa.",
     [("Dewi Lestari", None, "Kasi Kesejahteraan Sosial")]),
    ("Bibit dibagikan oleh Kades Sukamaju Agus Riyanto bersama Sekdes Rina Marlina kepada warga.",
     [("Agus Riyanto", None, "Kades"), ("Rina Marlina", None, "Sekdes")]),
    ("Camat Cibatu, Drs. H. Ahmad Sobari, M.Si., meresmikan sumur bor.", [("Ahmad Sobari", None, "Camat")]),
    ("Lomba dibuka Camat Pasirjambu Drs. Paryanto di alun-alun.", [("Paryanto", None, "Camat")]),
    ("Kades Tegallalang I Nyoman Sudiarta menghadiri rapat.", [("I Nyoman Sudiarta", None, "Kades")]),
    ("Ketua RW 02 Sutarno dan Kadus Dsn 4 Karjo ikut ronda.", [("Sutarno", None, "Ketua RW"), ("Karjo", None, "Kadus")]),
    ("Rapat dibuka Presiden Joko Widodo di istana.", [("Joko Widodo", None, "Presiden")]),
    # ages in brackets
    ("Babinsa menolong nelayan bernama Karsono (56) memperbaiki jaring.", [("Karsono", None, "nelayan")]),
    ("Rumah Bapak Sajidin (61), tokoh adat kampung itu, ikut dibenahi.", [("Sajidin", "Bapak", "tokoh adat")]),
    ("Nining (31), seorang kader, membagikan makanan tambahan.", [("Nining", None, "kader")]),
    # appositions after a name and quoted sources
    ("Di los sayur, Sumarni salah seorang penjual tomat mengatakan harga turun.",
     [("Sumarni", None, "penjual tomat")]),
    ("\"Kami senang dibantu,\" ujar Rohman, salah satu tokoh pemuda setempat.", [("Rohman", None, "tokoh pemuda")]),
    ("Karyadi selaku pemilik kolam ikan mengatakan airnya kini jernih.", [("Karyadi", None, "pemilik kolam ikan")]),
    ("\"Jalan kami kini bagus,\" ujar Darsono, warga Desa Sukamaju.", [("Darsono", None, "warga")]),
    ("Sutrisno, Ketua RT 03, mengatakan warga senang.", [("Sutrisno", None, "Ketua RT")]),
    # officials
    ("Hadir Wakil Bupati Karangwangi, Yosef Lado, dan Bapak Bupati Karangwangi Drs. Hendrikus Tena.",
     [("Yosef Lado", None, "Wakil Bupati"), ("Hendrikus Tena", "Bapak", "Bupati")]),
    ("Ibu Ketua TP PKK Kabupaten Banyuasin Hj. Rahmi Lubis membuka lomba.", [("Rahmi Lubis", "Ibu", "Ketua TP PKK")]),
    ("Kepala Puskesmas Sukaresmi, dr. Andi Wijaya, memberi penyuluhan gizi.",
     [("Andi Wijaya", None, "Kepala Puskesmas")]),
    # a group named after a person is not the person; the chairman after it is
    ("Ketua Gapoktan Sri Rejeki, Pak Darmo, menunjukkan gabah kering.", [("Darmo", "Pak", None)]),
    # several people under one role
    ("Patroli melibatkan Linmas Kelurahan Sukajadi, Udin dan Asep.", [("Udin", None, "Linmas"), ("Asep", None, "Linmas")]),
    # several ages in a list
    ("Paket sembako diterima Sumiati (45), Rukmini (50) dan Tarsih (60).",
     [("Sumiati", None, None), ("Rukmini", None, None), ("Tarsih", None, None)]),
    # the role in brackets after the name, degrees between them
    ("Turut hadir Rudi Hartono (Ketua BPD Desa Sukamaju) dan Siti Aminah (Kepala Puskesmas Ciawi).",
     [("Rudi Hartono", None, "Ketua BPD"), ("Siti Aminah", None, "Kepala Puskesmas")]),
    ("Penyuluhan diberikan Yohanes K. Bere, S.Kep., M.Kes (Kepala Puskesmas) kepada ibu hamil.",
     [("Yohanes K. Bere", None, "Kepala Puskesmas")]),
    ("Rapat dihadiri H. Darmono Saputra, SE selaku Bupati Karanganyar.", [("Darmono Saputra", None, "Bupati")]),
    # after a verb that takes a person, with the names listed after it
    ("Kelompok tani yang diketuai Sutrisno itu menyambut baik kegiatan tersebut.", [("Sutrisno", None, None)]),
    ("Kegiatan diikuti Jumadi, Sarmin dan Paijo, anggota kelompok tani Subur.",
     [("Jumadi", None, None), ("Sarmin", None, None), ("Paijo", None, "anggota")]),
    ("Penanaman dipimpin langsung oleh Marlina Sitepu bersama warga.", [("Marlina Sitepu", None, None)]),
    # attendee lists: names among other items, after titles
    ("Hadir dalam kegiatan itu antara lain Dr. Wulan Sari, perwakilan Puskesmas, para guru SDN 3, "
     "Drs. Anton Wibisono dan Yoga Pratama.",
     [("Wulan Sari", None, "perwakilan"), ("Anton Wibisono", None, None), ("Yoga Pratama", None, None)]),
    # a place and a name run together after a role: the gazetteer knows the place
    ("Warga bersama Kepala Desa Sukamaju Wagiman Santoso meninjau lokasi.",
     [("Wagiman Santoso", None, "Kepala Desa")]),
    ("Babinsa didampingi Kadus Krajan Paimin mengecek saluran irigasi.", [("Paimin", None, "Kadus")]),
    ("Warga bersama Kepala Desa Batu Mas Hendrik Sitompul menanam pohon.", [("Hendrik Sitompul", None, "Kepala Desa")]),
    ("Hadir pula Sekdes Simanjuntak dan perangkat desa lainnya.", [("Simanjuntak", None, "Sekdes")]),
    ("Keluhan itu disampaikan Ketua RT Gunawan kepada petugas.", [("Gunawan", None, "Ketua RT")]),
    ("Hadir Ketua DPRD Karanganyar, Heru Sasongko, di lokasi.", [("Heru Sasongko", None, "Ketua DPRD Karanganyar")]),
    # after "milik", "adalah", "antara ... dengan", a Haji or academic title, or a role before brackets
    ("Jagung ditanam di lahan milik Suwarno bersama Babinsa.", [("Suwarno", None, None)]),
    ("Mediasi sengketa batas antara Karto dengan Mulyadi berjalan lancar.",
     [("Karto", None, None), ("Mulyadi", None, None)]),
    ("Penerima bantuan adalah Rukiyah, janda lansia di dusun itu.", [("Rukiyah", None, "janda lansia")]),
    ("H. Sulaiman Effendi mengaku senang jalan desanya diperbaiki.", [("Sulaiman Effendi", None, None)]),
    ("Panen dihadiri Ketua Gapoktan (Suparjo) dan puluhan petani.", [("Suparjo", None, "Ketua Gapoktan")]),
    # a role noun, a comma and the name; a subject apposition closed by a verb
    ("Babinsa mendatangi tokoh masyarakat, Karyono di rumahnya.", [("Karyono", None, "tokoh masyarakat")]),
    ("Sementara itu, Lestiani, warga Kelurahan Sukajadi, mengaku senang dengan kegiatan itu.",
     [("Lestiani", None, "warga")]),
    # numbered victims, each with a comma before the age in brackets
    ("1. Darmo, (50) warga RT 25 RW 04 Desa Sukamaju rumahnya rusak. 2. Lodrik, (65) warga RT 17 Desa Sukamaju.",
     [("Darmo", None, None), ("Lodrik", None, None)]),
    # an age written with a capital "Th"; a name with its age inside brackets after a kin word
    ("Sedangkan Darsih (25 Th) seorang ibu dengan dua orang anak.", [("Darsih", None, None)]),
    ("Rumah milik Darmo (32 th) hancur serta isteri ( Darsih 31 tahun) selamat.",
     [("Darmo", None, None), ("Darsih", None, None)]),
    # a name written in lower case after a form of address, and its capitalised rest
    ("Babinsa membantu Bapak darmono, warga Desa Sukamaju, memanen padi.", [("darmono", "Bapak", "warga")]),
    ("Babinsa membantu Bapak sukirno panen padi di sawah miliknya.", [("sukirno", "Bapak", None)]),
    ("Pendampingan panen di lahan Bpk nur Hadi kelompok tani Desa Sukamaju.", [("nur Hadi", "Bpk", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_people_clues(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert_offsets(sentence, record)
    assert [(c.name, c.honorific, c.role) for c in record.people] == expected
    assert record.personnel == []


# (sentence, names that must not be people)
DECOYS = [
    ("Penulis : Andi Wijaya\nEditor: Budi Santoso", []),
    ("KAMIS, 5 MEI 2022 | LAPORAN: RUDI HARTONO\nBabinsa hadir di desa.", []),
    ("Bantuan pupuk diterima Poktan Hadi Sumarno dan Gapoktan Sri Rejeki.", []),
    ("Baca Juga: Pak Darmo Panen Jagung Bersama Babinsa", []),
    ("Patroli menyisir Desa Bukit Tuan. Situasi aman terkendali.", []),
    ("Ibu Kota Nusantara dibangun. Ibu-ibu PKK, Bapak/Ibu guru serta Ibu Hamil ikut senam.", []),
    ("Tahapan Pemilihan Kepala Desa (Pilkades) dimulai. Kepala Desa Sungai Bela, Kecamatan Pelangiran ikut "
     "memantau.", []),
    ("Kepala Desa Sidomulyo, Kalijambe Tengah, turut hadir.", []),
    ("\"Terima kasih Pak Babinsa,\" ucap warga. Bapak Kapolsek hadir. Pak RT juga ikut.", []),
    ("Bus rombongan berhenti di Masjid Nurul Huda, lalu menuju Bandara H. Kasim Wirya lewat Jalan Ahmad Yani.", []),
    ("Seluruh rangkaian selesai sore hari. (Red)", []),
    ("Rilis ini dikirim oleh penerangan kodim. (PENDIM 1618/TTU)", []),
    # a bare name after a verb of saying is not enough on its own outside a speech tag
    ("Seperti dikatakan Yanto di awal, narkoba merusak masa depan.", []),
    ("Tim (5) bergerak ke lokasi. Pos (2) dijaga ketat.", []),
    ("Ketua BPD Desa Sukamaju hadir bersama Kades Karangsari.", []),
    ("Di Serang, warga menyambut. Di Cilegon, Kepala Desa hadir.", []),
    # bare names need a context that reads as a person, and never an organisation, a place or a role
    ("Turut hadir Forkopimcam Sukaresmi, Dinas Pertanian, BPBD dan Babinsa.", []),
    ("Kegiatan dihadiri Bhabinsa dan Bhabinkamtibmas setempat.", []),
    ("Warga Kelurahan Sukajadi, mengaku senang. Di Tangerang, warga Desa Sukamaju, menyambut baik.", []),
    ("Ketua BPD Desa Suka Maju hadir bersama Kepala Desa Sei Tuan.", []),
    ("Turut hadir warga, Selasa (5/3/2024), di balai desa.", []),
    ("Pos jaga dibangun antara Indonesia-Malaysia. Acara digelar di Villa H. Karsono. Lokasinya yaitu Sukamaju.", []),
    ("Petugas Penyuluh Lapang (PPL) hadir bersama Toga, Tomas dan Toda setempat.", []),
    # a name cut off by the end of the page is nobody
    ("Dalam sambutannya, Bupati H. Rusdi Wija", []),

    # common words, roles and laughter after a form of address; a lower-case piece of a longer name
    ("Posyandu melayani ibu hamil dan balita setiap bulan.", []),
    ("Babinsa bersama pak camat dan bu lurah meninjau lokasi.", []),
    ('"Kami senang," ujar pak hehehe sambil tertawa.', []),
    ('"Matur nuwun Pak sampun dibantu," ucap warga. Babinsa menyapa Pak serda dan Pak boss pemilik toko.', []),
    ("Data Stunting (3 Thn) terakhir menurun; Kelompok 3 Melati (25) anggota menerima bantuan.", []),
    ("SIM pelaku (Berlaku 5 Tahun) ternyata palsu.", []),
    ("Pemilik kebun, Bapak Karmunjaya, senang. Bapak karmun juga hadir.", ["Karmunjaya"]),
]


@pytest.mark.parametrize(("sentence", "expected"), DECOYS, ids=[d[0][:40] for d in DECOYS])
def test_decoys_are_not_people(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert [c.name for c in record.people] == expected


def test_one_person_every_mention(extractor):
    text = ("Bapak Samijo menjemur gabah di halaman. Menurut Bapak Samijo, cuaca cerah membantu. "
            "Pak Samijo lalu mengangkut karung.")
    record = extractor.extract(text)
    assert_offsets(text, record)
    assert len(record.people) == 1
    person = record.people[0]
    assert person.name == "Samijo"
    starts = [k for k in range(len(text)) if text.startswith("Samijo", k)]
    assert [(m.text, m.start) for m in person.mentions] == [("Samijo", k) for k in starts]
    assert len(starts) == 3


def test_fullest_name_wins(extractor):
    text = "Ibu Eni Rahayu (38), kader posyandu, hadir. Bu Eni berharap kegiatan rutin digelar."
    people = extractor.extract(text).people
    assert [(c.name, c.role, len(c.mentions)) for c in people] == [("Eni Rahayu", "kader posyandu", 2)]


def test_names_sharing_an_initial_stay_apart(extractor):
    text = "Warga setempat, Pak Marno (60), gembira. Kepala Kampung Gunung Sari, M. Yusuf, berterima kasih."
    people = extractor.extract(text).people
    assert [c.name for c in people] == ["Marno", "M. Yusuf"]


def test_quote_adds_a_mention_to_a_known_person(extractor):
    text = "Kepala Desa Mekarjaya, Cecep Ropiudin hadir. \"Terima kasih,\" ujar Cecep."
    people = extractor.extract(text).people
    assert [(c.name, [m.text for m in c.mentions]) for c in people] == [("Cecep Ropiudin", ["Cecep Ropiudin", "Cecep"])]


def test_ranked_person_called_pak_is_not_a_civilian(extractor):
    text = "Babinsa Serda Darto bertemu warga. \"Terima kasih, Pak Darto,\" kata warga."
    record = extractor.extract(text)
    assert record.people == []
    assert [m.text for m in record.personnel[0].mentions] == ["Serda Darto", "Darto"]


def test_ner_spans_are_a_candidate_source():
    """The seam for a trained model: PER entities of a pipe placed before ours become people, under
    the same decoy checks as the rules; a span that does not read as a name ("Kuda Lumping") does not."""
    nlp = create_nlp()
    ruler = nlp.add_pipe("entity_ruler", before="komsos_personnel")
    ruler.add_patterns([
        {"label": "PER", "pattern": [{"TEXT": "Sutrisno"}, {"TEXT": "Wibowo"}]},
        {"label": "PER", "pattern": [{"TEXT": "Dimas"}, {"TEXT": "Saputra"}]},
        {"label": "PER", "pattern": [{"TEXT": "Darto"}]},
        {"label": "PER", "pattern": [{"TEXT": "Kuda"}, {"TEXT": "Lumping"}]},
    ])
    text = ("Sutrisno Wibowo memanen padi bersama Babinsa Serda Darto. Kuda Lumping menghibur tamu.\n"
            "Penulis: Dimas Saputra")
    record = Extractor(nlp=nlp).extract(text)
    assert_offsets(text, record)
    assert [c.name for c in record.people] == ["Sutrisno Wibowo"]
    assert [p.name for p in record.personnel] == ["Darto"]


def test_uncle_aunt_and_mother_address_forms(extractor):
    record = extractor.extract('"Kami senang," kata Om Karmun salah seorang nelayan.')
    assert [p.name for p in record.people] == ["Karmun"]


def test_branch_directorates_and_a_place_with_a_lower_case_word_are_no_names(extractor):
    for sentence in ('"Kami siap," ungkap Dirpolairda Sukamaju, Kombespol Darmo Karmun, kemarin.',
                     "Pengurus PIA Ardhya Garini Cab. 12 dan Ketua PPAU Cab. 22 Sukamaju hadir.",
                     "Hadir Wakil Bupati Way kanan, Kapolres Way kanan dan Ketua DPRD."):
        assert extractor.extract(sentence).people == [], sentence


def test_a_post_with_its_unit_then_the_name_without_a_rank(extractor):
    record = extractor.extract("Danrem 151 Binaiya Agus A.P Karmun laksanakan kunjungan kerja.")
    assert [(p.name, p.role) for p in record.people] == [("Agus A.P Karmun", "Danrem")]
    record = extractor.extract("Hadir Dandim 1504/Ambon, Lodrik Karmun, Danyon 734/SNS, Yohanes, dan warga.")
    assert ("Yohanes", "Danyon") in [(p.name, p.role) for p in record.people]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dilanjutkan dengan Kepala jaga IV Lodrik Karmundo menanyakan ijin keramaian.",
     [("Lodrik Karmundo", "Kepala jaga")]),
    ("Hadir Sekretaris RT setempat Darmo Lowobu dan warga.", [("Darmo Lowobu", "Sekretaris RT")]),
    ("Hadir tokoh agama seperti Jro Mangku Wy. Karmun serta warga.", [("Wy. Karmun", "Jro Mangku")]),
    ("Hadir Kepala Desa Sukamaju Abd. Karmun dan warga.", [("Abd. Karmun", "Kepala Desa")]),
    ("Acara dihadiri pelaksana tugas Sekkab Sukamaju Lodrik Karmundo dan Kapolres.", [("Lodrik Karmundo", "Sekkab")]),
    ("Mediasi antara Pihak Pertama Darmo Karmun (64) warga Desa Sukamaju dengan Pihak Kedua Lodrik Lowobu (57).",
     [("Darmo Karmun", "warga"), ("Lodrik Lowobu", None)]),
    ("Kepala Desa Tunggul An. Bapak Darmo Karmun hadir.", [("Darmo Karmun", None)]),
    ("Hadir Kepala Dusun I Darmo Karmun dan Kepala Dusun II I Wayan Lodra.",
     [("Darmo Karmun", "Kepala Dusun"), ("I Wayan Lodra", "Kepala Dusun")]),
])
def test_more_ways_of_writing_a_civilian(extractor, sentence, expected):
    assert [(p.name, p.role) for p in extractor.extract(sentence).people] == expected


def test_a_body_run_into_a_name_before_its_contraction(extractor):
    record = extractor.extract("Darmaji Manggala Agni (MA) menambahkan ucapan terima kasih kepada warga.")
    assert [p.name for p in record.people] == ["Darmaji"]


def test_a_civilian_named_twice_with_one_letter_apart_is_one(extractor):
    record = extractor.extract("Musyawarah dihadiri Kepala Desa Sukamaju, Lodrin Karmundo, dan warga. Kepala Desa "
                               "Sukamaju, Lodron Karmundo, berharap program berjalan.")
    assert [p.name for p in record.people] == ["Lodrin Karmundo"]


def test_a_nickname_with_no_name_before_it_is_the_person(extractor):
    record = extractor.extract("Dukungan datang dari tokoh pemuda setempat yang akrab disapa Bang Karmun.")
    assert [p.name for p in record.people] == ["Karmun"]
    record = extractor.extract("Hadir Bapak Sudarmo Karmun atau yang akrab disapa Mbah Darmo.")
    assert [p.name for p in record.people] == ["Sudarmo Karmun"]


def test_the_air_force_wives_chair_and_a_role_misspelled_twice(extractor):
    record = extractor.extract("Hadir Kapten Pas Darmo Karmun, Ketua PIA Darsih Darmo Karmun Ardhya Garini, dan anak ranting.")
    assert [p.name for p in record.people] == ["Darsih Darmo Karmun"]
    assert extractor.extract("Penyemprotan dilakukan bersama Bhabinkantimas, Kepala Desa dan warga.").people == []


def test_a_bulleted_list_of_other_headlines_and_an_agencys_initials(extractor):
    text = ("- Kepala BP Sukamaju Lepas Peserta Lari 10K\n- Toko Tjap Nyonya Gratis untuk Peserta Lari\n"
            "- Kapolsek Sukamaju Sebar Imbauan Waspada Curanmor\nTNI AU Gelar Baksos\n\n"
            "Lanud Sukamaju bersama Bapak Darmo Karmun menggelar bakti sosial.")
    assert [p.name for p in extractor.extract(text).people] == ["Darmo Karmun"]
    assert extractor.extract("Kegiatan dihadiri Kepala BP Batam Darmo Karmun dan warga.").people == []


def test_two_initials_written_as_one_with_a_dot(extractor):
    record = extractor.extract("Dandim 1502 Masohi, Letkol. Inf. SN. Karmundo sebelumnya menyampaikan program TMMD.")
    assert [p.name for p in record.personnel] == ["SN. Karmundo"]
    record = extractor.extract("Kegiatan dihadiri Ketua RT Darmo di wilayah RW. Kemudian warga bekerja.")
    assert [p.name for p in record.people] == ["Darmo"]


def test_a_capitalised_selaku_after_a_comma_and_a_malay_short_name(extractor):
    text = "Kegiatan berjalan lancar.\nKarmundo, Selaku Kepala Dusun Sukamaju, merespons positif program itu."
    assert [(p.name, p.role) for p in extractor.extract(text).people] == [("Karmundo", "Kepala Dusun")]
    text = "Bripka Darmo bersama perangkat desa yakni Kadus IV Mat Sahri dan warga melaksanakan program."
    assert [(p.name, p.role) for p in extractor.extract(text).people] == [("Mat Sahri", "Kadus")]


def test_a_bare_mention_matches_a_full_word_before_an_initial(extractor):
    record = extractor.extract('Kapendam Kolonel Arh GTH Hasto Karmun hadir. "Kami siap," ujar Hasto.')
    assert record.people == [] and [p.name for p in record.personnel] == ["GTH Hasto Karmun"]


def test_ialah_names_its_object(extractor):
    record = extractor.extract("Polisi yang bertugas mendampingi ialah Asep S sebagai pelaksana patroli.")
    assert [p.name for p in record.people] == ["Asep S"]


def test_a_bare_mention_one_letter_off_a_civilian_named_before(extractor):
    text = ('"Air bersih menipis selama kemarau," kata Kades Sukamaju Lodriky, Senin (25/10/2021).\n\n'
            "Lodrik mengungkapkan, bantuan ini bukan yang pertama.")
    assert [p.name for p in extractor.extract(text).people] == ["Lodriky"]


# Civilians written as releases from sites other than the dev corpus write them (invented sentences)
OTHER_SITES = [
    ("Sementara dari warga diwakili oleh, Darsih, Wartini dan Lodra.", ["Darsih", "Wartini", "Lodra"]),
    ("Upacara dihadiri Wakil Bupati Sukamaju H. Juli Karmundo B., S.H., dan tamu undangan.", ["Juli Karmundo B."]),
    ("Pelatihan ditutup oleh Bupati Sukamaju , HA Lodrik Karmun didampingi Dandim.", ["A Lodrik Karmun"]),
    ("Hadir Ketua DPRD Sukamaju, HM Karmundo FT dan warga.", ["M Karmundo FT"]),
    ("Selanjutnya Ketua RT. 30 Desa Sukamaju, Darmaji mengatakan perlu penyuluhan.", ["Darmaji"]),
    ("Hadir KNPI, Pemuda Panca Marga serta perwakilan Pramuka Saka Bhayangkara, Satkom Wira Waskita.", []),
    ("Merupakan Gubernur Sulawesi pertama dan anggota panitia.", []),
    ("Dan, Lodrik Febri Karmun, S.TTP selaku Camat Sukamaju menjelaskan.", ["Lodrik Febri Karmun"]),
    ("Kegiatan lancar. Sementara itu, Karmun ketua kelompok pengawas masyarakat mengucapkan terima kasih.", ["Karmun"]),
    ("Sementara itu, warga Desa sekitar, Karmundo sangat berterimakasih kepada Kodim.", ["Karmundo"]),
    ("Mengakibatkan satu anak laki-laki Atas Nama Lodrik Angga Karmun Umur 3 Tahun meninggal dunia.",
     ["Lodrik Angga Karmun"]),
    ("Hadir Bupati Sukamaju Darmo Karmun.SE.S.MI, ketua Pengadilan Negeri.", ["Darmo Karmun"]),
    ("Bupati Sukamaju HM Karmundo FT, bersama Wakil Bupati, HL Lodrik Karmun, S.IP langsung turun.",
     ["M Karmundo FT", "L Lodrik Karmun"]),
    ("Sementara itu, Sukamaju warga desa bekerja.", []),
    ("Lahan seluas 20 are milik H Yusuf di Dusun Lendang dipantau Babinsa.", ["Yusuf"]),
    ("Kunjungan ke Kelurahan Sukamaju, Kecamatan Bunguran. Dalam pertemuan dengan komunitas nelayan Sukamaju, "
     "Danlanal menekankan kerja sama.", []),
    ("Kapolres mengimbau agar tokoh adat, Niniak Mamak, Alim Ulama dan Bundo Kanduang, untuk terlibat.", []),
    ("Silaturahmi dengan para Calon Kades, Toga,Toma, dan Toda di Desa Sukamaju.", []),
    ("Kapolres Sukamaju AKBP Darmo Karmun, S.IK, M.IK hadir.", []),
    ("Lahan tersebut diketahui milik, Sadri, Lodra dan warga.", ["Sadri", "Lodra"]),
    ("Sedangkan Pilkades berpatokan pada Perbup No. 79 Tahun 2014.", []),
    ("Ramah tamah dengan para Kepala Suku dan Tokoh masyarakat Asli Papua di Ruang Rapat.", []),
    ("Mempertemukan kedua pihak yang berselisih, yaitu lelaki Darmaji dan lelaki Karmun.", ["Darmaji", "Karmun"]),
    ("Kodim membuka TMMD, Wakil Bupati Sukamaju H.Drs. Lodrik Karmun didampingi Dansatgas.", ["Lodrik Karmun"]),
    ("Mereka disambut Sekertaris Daerah Sukamaju, Ec Lodrik Karmun mewakili Bupati.", ["Lodrik Karmun"]),
    ("Hadir Kepala Puskesmas dr. Lodra Karmun dan warga.", ["Lodra Karmun"]),
    ("Hadir Wakil Direktur RS dr Lodra Karmun dan warga.", ["Lodra Karmun"]),
    ("Acara di Bandara H. Kasim Karmun dihadiri warga.", []),
    ("Dua anaknya merantau ke Jakarta sebagai buruh bangunan.", []),
    ("Menurut Muhammad Alim, panen tahun ini bagus.", ["Muhammad Alim"]),
    ("Seorang petani bernama Toma Sitepu mengatakan panen bagus.", ["Toma Sitepu"]),
    ("Om Swastyastu, Bupati Badung membuka acara.", []),
    ("Lelaki Paruh Baya itu ditemukan warga di sawah.", []),
    ("Hadir Kepala Dusun I WAYAN DARMO dan warga.", ["I WAYAN DARMO"]),
    ("Vaksinasi 61 ekor kambing oleh dokter hewan Darsih dan warga.", ["Darsih"]),
    ("Tak hanya itu personel RSAU dr. Karmun juga membuka pelayanan kesehatan.", []),
    ("Kapal tanpa nama dinakhodai Karmun dengan penumpang 3 orang.", ["Karmun"]),
    ("Upacara dipuput oleh Ida Begawan Griya Sukamaju.", []),
    ("Para prajurit Marinir ini rela menaklukkan medan.", []),
    ("Rilis berita yang diterima Redaksi Sukamaju.Com menyebutkan hal itu.", []),
    # the blank lost after "di": a known given name opens the name ("Dirumah Betang" is a longhouse)
    ("Dirumah Budi warga setempat, Serda Lodrik berbincang soal panen.", ["Budi"]),
    ("Dirumah Betang ini warga berkumpul, kata Serda Lodrik.", []),
    # police reports write "Lk." and "Pr." (laki-laki, perempuan) before a name
    ("Warga salah paham antara Lk. Karmun dan Pr. Darsih dari Dusun Sukamaju, kata Serda Lodrik.",
     ["Karmun", "Darsih"]),
    # the writer and the paper in brackets after the story
    ("Petugas segera menindaklanjuti laporan warga. (Budi Lodrajaya/Sukamaju-3)", []),
    # tribes, a tournament, a country, a noun of persons in a list after a role's short form
    ("Perwakilan suku yakni Suku Lodra, Suku Karmun dan Suku Darmo hadir, kata Serda Lodrik.", []),
    ("Warga mensukseskan Turnamen Camat Cup I di Desa Sukamaju, kata Serda Lodrik.", []),
    ("Nelayan diminta memahami batas laut antara Malaysia dan Indonesia, kata Serda Lodrik.", []),
    ("Hadir dalam kegiatan itu, yakni Camat, Kades, Todat, Pelajar, tokoh masyarakat dan guru.", []),
    # the regional secretary's assistants are numbered: "Asisten I" is no Balinese "I"
    ("Hadir Asisten I Darmo Karmun, Asisten II Budi Lodrajaya dan para camat.", ["Darmo Karmun", "Budi Lodrajaya"]),
    # a word one letter off a rank after a title is a name: "Ferda" (not "Serda")
    ("Ibadah dipimpin Gembala Jemaat Sukamaju, Pdt. Ferda Karmun.", ["Ferda Karmun"]),
    # a board, a newspaper, an electoral district, an estate
    ("Danrem disambut oleh Budi Karmundo Direksi Balai Wilayah Sungai Sukamaju.", ["Budi Karmundo"]),
    ("Kata Letkol Darmo dalam keterangan yang diterima Koran Sukamaju, Selasa.", []),
    ("Hadir anggota DPRD Dapil Sukamaju dan camat Sukamaju Timur.", []),
    ("Hadir pula Bapak Budi Karmun, Manager Sukamaju Estate, dan warga.", ["Budi Karmun"]),
    # a deputy head of a town's police without his rank, a Balinese name after the town
    ("Turut hadir Wakapolresta Sukamaju I Made Lodra Karmun, S.H., S.I.K., serta warga.", ["I Made Lodra Karmun"]),
    # "isteri" is "istri"; Sasak "papuq" (grandparent) is an address form
    ("Berdialog dengan pemilik rumah, Darmo (51) beserta Isteri Karmuni (47) dan anaknya.", ["Darmo", "Karmuni"]),
    ("Rumah yang dibantu antara lain rumah papuq Karmun, warga Dusun Sukamaju.", ["Karmun"]),
    # mass organisations, a palace, a farmers' group written "Pok Tan"
    ("Kami butuh dukungan seperti TNI/Polri, Kepala Kampung, Ormas, Para pemuda, kata Serda Lodrik.", []),
    ("Lanud Sukamaju membersihkan kawasan Puro Sukamaju pada Rabu.", []),
    ("Sawah milik Pok Tan Sumber Rejeki yang dipimpin H. Darmo dipanen.", ["Darmo"]),
    # a village whose name opens with an address word ("Pak Bulu" is a village of Mempawah)
    ("Hadir Kepala Desa Kepayang Darmo, Kepala Desa Pak Bulu Sumadi, serta tokoh masyarakat.", ["Darmo", "Sumadi"]),
    # one of a noun of persons, a few words about them, the name and no comma
    ("Salah satu warga Heri berharap kegiatan seperti ini terus dilaksanakan.", ["Heri"]),
    ("Sementara itu, salah satu korban angin puting beliung Budi Karmun merasa gembira.", ["Budi Karmun"]),
    ("Salah satu warga Sukamaju mengatakan senang.", []),
    # a word of persons that is also a name, told as the speaker ("kata Imam, tokoh ..."); a volunteer
    ("“Kami juga mendapat pelatihan seni,” kata Imam, tokoh Desa Sukamaju.", ["Imam"]),
    ("Hadir dalam acara itu Ibu Welas Relawan Kecamatan Sukamaju dan warga.", ["Welas"]),
    # a province's secretary; a commander's post written as one word no list holds
    ("Hadir Gubernur Darmo, Sekprov Sukamaju Ismail Karmun, dan Kapolda.", ["Darmo", "Ismail Karmun"]),
    ("“Kami hadir,” ujar Dansubkorwil Sukamaju, Mayor Inf Darmo Karmun. Tim tiba.", []),
    # a one-word given name and the role that describes it, in a paragraph closed by the writer's credit
    ("Warga antri air bersih.\nHadir dalam acara tersebut Suwarno Kaur Desa Sukamaju, Ibu Welas Relawan "
     "Kecamatan Sukamaju. Babinsa Desa Sukamaju Serda Joko Karmun.(Pendim 0728/Skm)", ["Suwarno", "Welas"]),
    # "AP" written without a dot is the civil service academy's degree ("A.P" stays two initials)
    ("Hadir Camat Sukamaju Karmundo AP, Dinas Kesbangpol dan warga.", ["Karmundo"]),
    ("Penanggung jawab kegiatan Camat Sukamaju Ibu Darsih K Karmun AP, MH. Kegiatan lancar.", ["Darsih K Karmun"]),
    # a post with its region glued on; a squadron
    ("Kapoldasu Irjen Pol Darmo Karmun membuka apel.", []),
    ("Bantuan diangkut pesawat milik Skadron udara 31 Lanud Sukamaju.", []),
    # Mrs with her husband's one-word name is his wife, not him
    ("Kapolsek Sukamaju, Ipda Karmuni, S.Ip., bersama ibu Ny. Darsih Karmuni, menggelar pembagian sembako.",
     ["Darsih Karmuni"]),
    # "Sementara" alone opens the sentence, a name and a noun of persons follow
    ("Kegiatan lancar. Sementara Lodra Karmun warga desa Sukamaju menyampaikan terima kasih.", ["Lodra Karmun"]),
    # "alias" gives one more name of the same person
    ("Rumah yang dibedah ini milik mbah Karmundo alias Tulus (70) di RT 01, seorang petani.", ["Karmundo"]),
    # a police head of section with the section glued on; a thing's words after "termasuk"
    ("Menurutnya, dirinya didampingi Kabagops dan Kasat Samapta bersama Camat.", []),
    ("Semua alat tersedia di lokasi termasuk Material Mesin Pengaduk atau molen, kata material itu dicek.", []),
    # a place whose name ends with a thing's word ("Tanjung Pura" is a district, no temple)
    ("Pada kegiatan itu, Camat Tanjung Pura Darmo Karmun S.STP, MSP, menjadi inspektur upacara.", ["Darmo Karmun"]),
    # Haji glued to an initial
    ("Apel dihadiri oleh Wakil Bupati Sukamaju, H.M Lodrik Karmun, Wakapolres Sukamaju, Kompol Darmo.",
     ["M Lodrik Karmun"]),
    # "Spd" as some sites write S.Pd; a forum of district leaders; "Unsur" (element of) names no one
    ("Hadir Kepala Kampung, Lodra Karmun Spd., Ketua LPMD, Unsur Kesehatan, Forkopimca Sukamaju.",
     ["Lodra Karmun"]),
    # the flag-raising troop's tasks name pupils; "Tampil sebagai" opens no name
    ("Pasukan dipimpin Penggerek Gilang Surya Karmun, Pengukur Ricky Lodra, serta Pembawa Baki Salma Darsih.",
     ["Gilang Surya Karmun", "Ricky Lodra", "Salma Darsih"]),
    ("Tampil sebagai pembawa baki, Darsih Karmun siswi SMAN 1 Sukamaju.", ["Darsih Karmun"]),
    # a list of village heads by their villages: the last word of a known village ("Mekar Galih") is no name
    ("Penghargaan diterima Kepala Desa Sukamaju, Kepala Desa Mekar Galih, Kepala Desa Cinangka dan camat.", []),
    # (from a review: what the rules above must leave alone) two initials opening a name; a couple in
    # brackets is no credit; a name that opens like a post; a known name before a village's name
    ("Kegiatan dihadiri Bapak AP Sitompul, Ketua RT 05.", ["AP Sitompul"]),
    ("Hadir pasangan pengantin (Darmo Santoso/Dewi Lestari) dan keluarga.", ["Darmo Santoso"]),
    ("Danupoyo, warga Desa Sukamaju, mengatakan panen baik.", ["Danupoyo"]),
    ("Salah seorang petani tembakau Dewi Sri mengatakan panen baik.", ["Dewi Sri"]),
]


@pytest.mark.parametrize(("sentence", "expected"), OTHER_SITES, ids=[s[:40] for s, _ in OTHER_SITES])
def test_civilians_as_other_sites_write_them(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected


# More ways other sites write civilians, each with a decoy that the same rule must leave alone
MORE_SITES = [
    # a degree glued by a dot to a name with an apostrophe; a capitalised adverb after the degrees
    ("Pengecekan dilakukan Camat Sukamaju Ma'ruf.S.T., M.Si Sekaligus menyampaikan himbauan.", ["Ma'ruf"]),
    # a bishop with his diocese and "Mgr." before his name
    ("Rombongan disambut Uskup Sukamaju, Mgr. Lodrik Karmundo, O.F.M. di gereja.", ["Lodrik Karmundo"]),
    # a one-word role alone in brackets after the name
    ("Turut hadir dalam giat Darmo (Kadus), Karmun (Ketua RT) dan warga.", ["Darmo", "Karmun"]),
    ("Semoga lebih baik lagi, ucap Darmo (Geuchik) dalam sambutannya.", ["Darmo"]),
    ("Hadir Penyuluh Pertanian Lapang (PPL) dan warga.", []),
    # a role's contraction of two words in brackets, then the name; a clan name after one word
    ("Pertemuan dihadiri Kepala Sub Bagian Trantib (Kasi Trantib) Karmun Sinaga.", ["Karmun Sinaga"]),
    ("Pertemuan dihadiri Sekretaris Kelurahan (Seklur) Tondo Lubis, dan Babinsa.", ["Tondo Lubis"]),
    # the election supervisor of a subdistrict is a role; election words, bodies and numbers are no names
    ("Hadir Panwascam Lodrik Pardede S.T, serta tokoh masyarakat.", ["Lodrik Pardede"]),
    ("Hadir Ketua LAM, Panwaslu, PPK, Satpol PP, Linmas dan seluruh PPS.", []),
    ("Yang sangat kita harapkan yaitu Pilkada Damai, tanpa ada intervensi.", []),
    ("Polsek siap mengamankan pesta demokrasi Lima (5) Tahunan ini.", []),
    ("Sebanyak 136 Kepala Keluarga Penerima Manfaat dengan masing masing menerima BLT.", []),
    # village heads listed by their villages: known places after the first are places, not names
    ("Hadir Camat, Kepala Desa Sukamaju, Nusa Jaya, Suka Damai, Karangrejo, dan Cinangka.", []),
    # Haji without its dot after another title or before two name words; an initial before a clan name
    ("Upacara dipimpin Camat Sukamaju Drs. H Karmundo M.Si, selaku inspektur upacara.", ["Karmundo"]),
    ("Video conference dengan Wakil Presiden RI, H Dirmo Karmun bersamaan dengan peresmian.", ["Dirmo Karmun"]),
    # a vessel's code after "bernama"; a post's contraction spelled out before it in brackets
    ("Keduanya menaiki kapal pompong 5 GT bernama YGC 01. Kapal itu tenggelam.", []),
    ("Komandan Landasan Udara (Danlanud) Sukamaju, Marsma TNI Karmun meninjau lokasi.", []),
    # a post, its place, a comma and a name with no rank: the holder, when a verb or the sentence's end
    # follows; another place or a rank after the comma is not
    ("Sementara itu, Kapolsek Sukamaju Ilir, Gubrilo menerangkan bahwa wilayah aman.", ["Gubrilo"]),
    ("Acara dihadiri Kapolres Sukamaju, Priyo Utomo Karmun. Warga senang.", ["Priyo Utomo Karmun"]),
    ("Hadir Kapolsek Sukamaju, Karangrejo dan warga.", []),
    # a letter that opens a degree written with a blank ("S STP" for S.STP); a quantifier opens no name
    ("Apel dipimpin oleh Lurah Sukamaju ibu Darsih Yunita S STP, MM dengan diikuti warga.", ["Darsih Yunita"]),
    ("Hadir Camat Sukamaju, Sejumlah anggota DPRD, tokoh masyarakat.", []),
    # an ambassador by his country; more headline verbs; kin after a name
    ("Tadi pagi saya sarapan bersama Bapak Dubes Arab Saudi. Beliau puas.", []),
    ("Serka Tanjung Diskusi Bersama Ketua RT 07 Bahas Aktifkan Pos Ronda", []),
    ("Di rumah Almarhum bapak Victor Karmun Ayah Kandung Joni sang penyelamat bendera.", ["Victor Karmun"]),
    # a province's police post, one unknown word and a verb: the holder; a sub-sector's post is named after
    # a village the gazetteer may not know
    ("Apel digelar di Mapolda Sukamaju. Dalam sambutannya Wakapolda Karmundo menyampaikan bahwa budaya lokal "
     "penting bagi Polda Sukamaju.", ["Karmundo"]),
    ("Dalam kesempatan itu Kapolsubsektor Lantokaru mengajak kepala desa menjaga kamtibmas.", []),
    # the same name written elsewhere with initials inside is the fuller one
    ("Kapolres Sukamaju yang baru, Rickson PM Karmundo, disambut. Rickson Karmundo mengaku senang.",
     ["Rickson PM Karmundo"]),
    # a speaker named before by his rank alone closes the sentence; the next one opens with a villager
    ("Hal itu baik, kata Laksamana. Darsih (40) seorang warga Sukamaju mengaku senang.", ["Darsih"]),
    # an owner's name with his role after it, unmarked; an acting official's title
    ("Babinsa memanen jagung di lahan milik Karmundo Ketua Kelompok Tani Lestari Desa Sukamaju.", ["Karmundo"]),
    ("Upacara turut dihadiri Penjabat Gubernur Sukamaju, Komjen Pol. (Purn) Drs. Darmo Karmun.", []),
    # a post's holder without a rank: a clause goes on after his name, or another official follows in a list
    ("Hal ini perlu dijaga, ujar Kapolres Sukamaju, Agung Ramos Karmun Sinaga saat memimpin rakor.",
     ["Agung Ramos Karmun Sinaga"]),
    ("Hadir Danlanal Sukamaju, Baroyo Eko Karmun, Kapolres Sukamaju, AKBP Darmo.", ["Baroyo Eko Karmun"]),
    ("Hadir Kapolsek Sukamaju, Karang Rejo dan warga.", []),
    # a civilian's undotted H before one word that is no clan name is Haji
    ("Kades bertemu warga di kediaman H Mukmin di desa Sukamaju.", ["Mukmin"]),
    # the body a head's role is of, before "selaku"; a trade after a name; "pimpinan" before a name
    ("Wakil Ketua MPR selaku Ketua Tim, Syarifuddin Karmun meninjau.", ["Syarifuddin Karmun"]),
    ("Hadir Pak Indra Karmun Ketua PPS Sukamaju, Pak Suyadi Security SMPN 16 Sukamaju.", ["Indra Karmun", "Suyadi"]),
    ("Kegiatan melibatkan 3 petugas PPSU pimpinan Darsiah, dan warga setempat.", ["Darsiah"]),
    # a sentence that opens with a name and its degree; a master's degree in public policy
    ("Rombongan tiba di Bandara Sukamaju. Nonce Karmun,A.Md.Par saat memakaikan pakaian adat.", ["Nonce Karmun"]),
    ("Hadir Asisten II SETDA Drs. Hendrik Karmun, M.KP, dan warga.", ["Hendrik Karmun"]),
    # a Moluccan village king with "Negeri" misspelled; a post's place with the rank after a comma
    ("Turut hadir Raja Negri Sukamaju Utara Abd. Kalam Karmun, dan warga.", ["Abd. Kalam Karmun"]),
    ("Tradisi ini penting, ujar Danlanal Lodrikana, Letkol Laut (P) Darmo Karmun.", []),
    # after a role's place and a comma, a name joined to another official by "dan"; a list closed by "dan"
    ("Bedah rumah di Desa Sukamaju. Kepala Desa Sukamaju, Karmundo dan Kepala Dusun Krajan hadir.", ["Karmundo"]),
    ("Rumah tiga calon kepala desa, Harudin, Mujokolo, dan Rosadilo tak begitu ramai.",
     ["Harudin", "Mujokolo", "Rosadilo"]),
    ("Hadir Kepala Desa Sukamaju, Darmo Karmun, Karangrejo dan Sidomulyo.", ["Darmo Karmun"]),
    # a Hindu priest's title; a street named after a title; bodies and a company; a glued "di tempat"
    ("Doa dipimpin Pandita Sukardi Karmun (Hindu) dan warga.", ["Sukardi Karmun"]),
    ("Air merendam badan Jalan Damang Jalang dengan ketinggian 20 cm.", []),
    ("Hadir pengukuhan Pengurus Pokdarkamtibmas se-Kabupaten Sukamaju.", []),
    ("CCTV akan diletakkan di tower milik Telkomsel untuk memonitoring karhutla.", []),
    ("Wilayah aman, ucap Dani Ditempat terpisah Kapolsek hadir.", []),
    # an office's affairs, then the name from the first word that is none; the next official unmarked
    ("Hadir Kabid Perdagangan Faniar Nanda Karmun, Tokoh Masyarakat Pasar Sentral Darmo.",
     ["Faniar Nanda Karmun", "Darmo"]),
    ("Turut hadir Ketua DPRD Sukamaju, M. Tauhid Kapolres AKBP Darmo Karmun SIK.", ["M. Tauhid"]),
    # a boat's master and his crew; a post written as one word
    ("Penahanan perahu nelayan dengan Nahkoda Karmundo dan 2 orang nelayan.", ["Karmundo"]),
    ("Tim terdiri atas Darmo Karmun selaku Deputi Bidang BNPP, Kapoksahli Pangdam Brigjen TNI Lodra.",
     ["Darmo Karmun"]),
    # an affair's word after "yaitu" opens no name; an initial still does after "milik"
    ("Pendekatan dilakukan dengan salah satu metode yaitu Komunikasi Sosial dengan masyarakat.", []),
    ("Panen di lahan milik S. Rajagukguk seluas 2 hektar berjalan baik.", ["S. Rajagukguk"]),
]


def test_an_initial_before_a_clan_name_and_a_corps_in_lower_case_with_its_dot(extractor):
    record = extractor.extract("Bhabinkamtibmas Bripka H Panjaitan Polsek Sukamaju menyambangi warga. "
                               "Kasatgas Humas Kombes pol. Drs. Karmun Lodra, S.H menyampaikan hal itu.")
    assert [(p.rank, p.name) for p in record.personnel] == [("Bripka", "H Panjaitan"), ("Kombes", "Karmun Lodra")]
    assert [p.name for p in extractor.extract("Bhabinkamtibmas Brigpol H Tehutora hadir.").personnel] == ["H Tehutora"]
    assert record.people == []


def test_an_admiral_with_the_rank_misspelled(extractor):
    record = extractor.extract("Kegiatan dikomandoi Danlantamal Laksmana Pertama TNI I Nyoman Karmun bersama warga.")
    assert [(p.rank, p.name) for p in record.personnel] == [("Laksma", "I Nyoman Karmun")]
    assert record.people == []


@pytest.mark.parametrize(("sentence", "expected"), MORE_SITES, ids=[s[:40] for s, _ in MORE_SITES])
def test_civilians_as_more_sites_write_them(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected


def test_a_papuan_customary_heads_title_is_his_role(extractor):
    record = extractor.extract("Bapak Damianus Karmun selaku Ondo Api/Kepala Adat mewakili warga.")
    assert [(p.name, p.role) for p in record.people] == [("Damianus Karmun", "Ondo Api")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a sentence's dot with no blank after the name or its degree
    ("Terima kasih kepada Dandim 0201/BS Kolonel Inf Bambang Karmun.Karena telah membangun rumah.",
     ("Kolonel", "Bambang Karmun")),
    ("Menurut Kapolsek Sukamaju Akp Subagyo SH.Justru posisi Bintara penting.", ("AKP", "Subagyo")),
    # degrees written with blanks and no dots, or not listed before; a company's deputy commander after a name
    ("Danlanal Sukamaju, Letkol Laut (P) Sobarudin M Tr Hanla pimpin langsung.", ("Letkol", "Sobarudin")),
    ("Kapolsek Sukamaju Iptu Rendy Karmun STK,didampingi beberapa personel.", ("Iptu", "Rendy Karmun")),
    ("Dandim Letkol Arm Tri Karmun Subagio M.Int.Rel.,M.M menyampaikan hal itu.", ("Letkol", "Tri Karmun Subagio")),
    ("Patroli dipimpin oleh IPDA Usman Wadanki BKO Brimob Polda Sultra beserta anggota.", ("Ipda", "Usman")),
])
def test_where_a_ranked_name_ends(extractor, sentence, expected):
    assert [(p.rank, p.name) for p in extractor.extract(sentence).personnel] == [expected]


def test_a_ranked_man_called_by_his_name_without_its_opening_syllable(extractor):
    record = extractor.extract("Bhabinkamtibmas Aiptu Suwandi berpatroli. Warga diminta waspada, tutur Pak Wandi.")
    assert [p.name for p in record.personnel] == ["Suwandi"] and record.people == []
    record = extractor.extract("Bhabinkamtibmas Aiptu Suwandi berpatroli bersama Pak Andi warga setempat.")
    assert [p.name for p in record.people] == ["Andi"]


def test_a_bulleted_attendee_list_after_a_colon_is_no_list_of_headlines(extractor):
    text = ("Hadir pula dalam kegiatan ini:\n- Camat Sukamaju Barat, Lindawati, S.Km, M.Kes\n"
            "- Kepala Desa Sukamaju Ilir, Birawijaya\n- Pendamping Desa, Abdul Latif\n"
            "Penyaluran bantuan berjalan lancar.\n")
    assert [(p.name, p.role) for p in extractor.extract(text).people] == [
        ("Lindawati", "Camat"), ("Birawijaya", "Kepala Desa"), ("Abdul Latif", "Pendamping Desa")]
    links = ("Warga senang.\nBaca Juga :\n- Kades Sukamaju Gratiskan Air Bersih, Beri Seragam Sekolah\n"
             "- Serma Darmo Pimpin Karbak Bersihkan Rumput, Saluran Air\n")
    record = extractor.extract(links)
    assert record.people == [] and record.personnel == []


# From the review of this change: what the rules above must leave alone
REVIEW_DECOYS = [
    ("Hadir Kepala Desa Sukamaju, Darmo Karmun, dan Tagana.", ["Darmo Karmun"]),
    ("Rumah tiga calon kepala desa, Harudin, Tatang, dan Rosadilo tak begitu ramai.", ["Harudin", "Tatang", "Rosadilo"]),
    ("Kegiatan dihadiri Kapolsek Budi Karmun, Serka Lodrik dan warga Desa Sukamaju.", ["Budi Karmun"]),
    ("Hadir Direktur Kementerian Pertanian RI Jakarta Darmo Karmun dalam acara itu.", ["Darmo Karmun"]),
    ("Ketua Seksi Keamanan Lingkungan (Manan) mengatakan bahwa ronda berjalan rutin.", ["Manan"]),
    ("Usai meninjau kondisi jalan Kepala Desa Sukamaju Darmo Karmun mengajak warga.", ["Darmo Karmun"]),
    ("Hadir Poktan Sumber Rejeki (Ketua) dan warga.", []),
    ("Hadir Pengurus Masjid Al Ikhlas (Takmir) dan warga.", []),
    ("Korban diketahui bernama DARMO 45 tahun warga Desa Sukamaju.", ["DARMO"]),
    ("Kepala Desa Sukamaju, Karmundo dan  Kepala Dusun Krajan hadir.", ["Karmundo"]),
    ("Dalam sambutannya Kapolda Papbar menyampaikan bahwa situasi aman.", []),
    ("Rumah milik Pak Iran di Desa Sukamaju rusak berat.", ["Iran"]),
    ("Kegiatan dihadiri Kapolres Sukamaju, Tata Karmun saat memimpin apel.", ["Tata Karmun"]),
    # (second review) a district or an affair's second word after an office's affairs stays in the role;
    # the prosecutors' offices are no roles; two blanks before the next official
    ("Hadir Kadis Kesehatan Garut Darmo Karmun dalam acara itu.", ["Darmo Karmun"]),
    ("Kabid Kesehatan Hewan Darmo hadir.", ["Darmo"]),
    ("Tim Kejati Sukamaju Darmo dan Karmun memeriksa berkas.", []),
    ("Ketua DPRD Sukamaju, Lodrik  Kapolres AKBP Karmun.", ["Lodrik"]),
    # (session 14, first batch) a command's Roman number after a post; a Balinese name of six words
    # after a role's place and a comma; a lower-case role between a name and its object; two degrees
    # written without dots; the head of a kapanewon and an Acehnese sea chief with their place
    ("Hal itu diungkap Pangdam I Bukit Barisan dalam amanatnya.", []),
    ("Bantuan diserahkan langsung oleh Pangkogabwilhan I secara simbolis.", []),
    ("Menurut Kapolres I Wayan Karmana kegiatan berjalan lancar.", ["I Wayan Karmana"]),
    ("Camat Sukamaju, I Nyoman Arya Lanang Sukarma Putra, S.STP, M.AP, menghadiri sosialisasi.",
     ["I Nyoman Arya Lanang Sukarma Putra"]),
    ("Senada disampaikan Karmun Lodrik, pengurus Masjid Kampus Hidayatullah Sukamaju, mengatakan hal itu.",
     ["Karmun Lodrik"]),
    ("Hadir pula Syafri, ketua LPMN Karmun, dan warga.", ["Syafri", "Karmun"]),
    ("Hadir Wakil Bupati Yanny Lodrik STh MM dalam rapat itu.", ["Yanny Lodrik"]),
    ("Hadir Kepala Kesbangpol, Panewu Panjatan, Danramil Panjatan dan Kapolsek.", []),
    ("Hadir Panewu Panjatan Karmun Lodrik.", ["Karmun Lodrik"]),
    ("Danlanal Sukamaju mengajak 35 orang Panglima Laot (perangkat hukum adat laut di Aceh) yang ada di sana.", []),
    ("Patroli berjumlah 7 orang yang terdiri atas Pok Pam Depan dua orang, Danpat, Tayanrad, Pok Penyergap dua "
     "orang dan Pok Pam Belakang.", []),
    ("Hadir Pangdam I Bukit Barisan, Gubernur dan Kapolda.", []),
    ("Pangdam dan rombongan menumpang pesawat Susi Air disambut tarian adat.", []),
    # (session 14, second batch) a counted noun pointed back to before "yakni"; a newsroom that received a
    # release; acting titles, the forces' arms, a simultaneous election, the SAR agency, musters; degrees
    # S.Pak and M.Ma; a name in brackets after a place role (not an election's short form nor an acronym
    # spelled out); a lower-case "tokoh" role before one word no place has; "HM." before one word;
    # "als" for alias; a post of the sealift command
    ("Sembilan nelayan tersebut yakni Jenggo (juru mudi), Deki Karmun, Een, Dodi dan Inal.",
     ["Jenggo", "Deki Karmun", "Een", "Dodi", "Inal"]),
    ("Hal itu disampaikan melalui pers rilis Penerangan Kodim 0999/Sukamaju, yang diterima Warta Sukamaju, Selasa.", []),
    ("Rombongan diterima Lodrik Karmun di balai desa.", ["Lodrik Karmun"]),
    ("“Perjalanan bisa mencapai 2 jam karena melawan arus Sungai”, tambah Plh. Danramil.\nKita terus bergerak.", []),
    ("Perintah itu sesuai arahan dari pimpinan TNI Angkatan Udara.\n\nPada kesempatan itu warga hadir.", []),
    ("Polsek berkaitan dengan kontestasi Pemilihan Kuwu Serentak di Kabupaten Sukamaju.", []),
    ("Tim menggunakan perahu karet dan KN 213 milik Basarnas.\nTim SAR gabungan bergerak.", []),
    ("Bupati menjadi Inspektur pada Apel Kaposkamling (Kepala Pos Keamanan Lingkungan) di Mapolres.", []),
    ("Hal diungkapkan Asisten II Setda Agus Lodrik, S.Pak, M. Si selaku Inspektur Upacara.", ["Agus Lodrik"]),
    ("Hadir Danlanal, Kades Sukamaju (Karmun), Ketua Karang Taruna (Lodrik), Ketua Pokmaswas.", ["Karmun", "Lodrik"]),
    ("Hadir Ketua RT (Rukun Tetangga) 05 dalam acara.", []),
    ("Menjelang Pemilihan Gubernur (Pilgubsu) warga berjaga.", []),
    ("Hadir tokoh masyarakat Sukamaju serta warga.", []),
    ("Hadir tokoh masyarakat Dpt. Karmun. S.Sos dalam acara.", []),
    ("Hadir mewakili Wali Kota Sukamaju, HM. Karmun, M.MPd dalam acara.", ["M. Karmun"]),
    ("Lahan yang terbakar antara lain milik Karmun Lodrik als Mamik (51) warga Dusun Sukamaju.", ["Karmun Lodrik"]),
    ("Turut hadir Dansatlinlamil Surabaya selaku Dansatgas.", []),
    # (session 14, third batch) a photo credit misspelled; students; a governor with his province glued
    # on and a province's intelligence head; a nickname's cue; a police unit written as one word; "Prebekel"
    # and a Balinese name before the comma; a man whose name opens like a governor's short form
    ("Warga berkumpul bersama Zulkifli, ketua musik. (Fhoto : Karmun Simatupang). Natuna - Babinsa hadir.",
     ["Zulkifli"]),
    ("Materi yang disampaikan Mahasiswa kuliah kerja nyata diterima warga.", []),
    ("Turut hadir Gubernur Sumut, Wagubsu, Pangdam I BB, Kabinda Sumut, Walikota Medan.", []),
    ("“Anggota brimobnya ada 800 orang personel,” jelas Anis Panggilan Akrabnya Kapolres Sukamaju itu.", []),
    ("Polres Metro Jakarta Barat melalui Satresnarkoba mengambil langkah persuasif.", []),
    ("Hadir pula oleh Prebekel Sukamaju I Ketut Karmana, Nara sumber KKN dari Fakultas Pertanian.",
     ["I Ketut Karmana"]),
    ("Sementara itu, komentar dari kapolsek Sukamaju, Gubril menerangkan bahwa situasi aman.", ["Gubril"]),
    # writers' credits in brackets; a veterinarian's animals; a given name that ends like a possessive
    ("Jalan itu dijadwalkan rampung dalam 21 hari. (Agus Setiawan/JIBI - Solopos)", []),
    ("Program ini menampung curhatan warga secara langsung. (Agus Ditbinmas - Humas Polres Sukamaju/*)", []),
    ("Sapi yang terindikasi PMK dicek langsung oleh dr Hewan Wilayah Sukamaju Dr. Karmun.", ["Karmun"]),
    ("Hadir Kepala Kampung Sukamaju, Sepanya Karmun.", ["Sepanya Karmun"]),
    # (fourth batch) a stand-in's title; a common word before a clan name
    ("Panen ini dihadiri oleh Ps. Kanit Binmas mewakili Kapolsek Sukamaju.", []),
    ("Hadir Bapak Karmun Giat Siregar dan warga.", ["Karmun Giat Siregar"]),
    # (session 14 review) list items with a lower-case role and a place; aid received after a release word;
    # Hajjah in capitals; peoples and faiths after a "tokoh" role; a status in brackets; a nickname that
    # repeats the name; a press officer in the story; a pastor's title; Balinese "Gde"; a veterinarian
    ("Kegiatan dihadiri Kades Sukamaju Darmo, tokoh pemuda Desa Sukamaju Karmun, dan bidan desa Darsih.",
     ["Darmo", "Karmun", "Darsih"]),
    ("Hadir Sekdes Karmun, kader posyandu Dusun Krajan Darsih, dan bidan desa Darmi.", ["Karmun", "Darsih", "Darmi"]),
    ("Dalam rilis yang disampaikan Kodim Sukamaju, bantuan sembako diterima Karmun dan Lodrik, warga Desa Sukajadi.",
     ["Karmun", "Lodrik"]),
    ("Kepada pers, Danramil mengatakan bantuan tersebut diterima Karmun Wijaya.", ["Karmun Wijaya"]),
    ("Bantuan diserahkan langsung oleh Ketua TP PKK Sukamaju HJ. Darsih kepada warga.", ["Darsih"]),
    ("Acara tersebut dihadiri tokoh masyarakat Tionghoa serta tokoh adat Dayak.", []),
    ("Kegiatan dihadiri tokoh agama Muslim dan tokoh pemuda Batak.", []),
    ("Hadir Camat Sukamaju Muslim Karmun dalam acara.", ["Muslim Karmun"]),
    ("Kades Sukamaju (Nonaktif) diperiksa penyidik.", []),
    ("Kepala Desa Sukajadi (Petahana) kembali mencalonkan diri.", []),
    ("Pemilik warung, Lodrik als Mbah Lodrik, mengaku senang.", ["Lodrik"]),
    ("Kegiatan dipandu oleh pembawa acara (Darsih Lestari - Humas Kecamatan Sukamaju) dan berjalan lancar.",
     ["Darsih Lestari"]),
    ("Ibadah syukur dipimpin oleh Ps. Lodrik Manurung dari GBI Sukamaju.", ["Lodrik Manurung"]),
    ("Sambutan Bupati dibacakan oleh Kepala I Gde Karmun Wirawan.", ["I Gde Karmun Wirawan"]),
    ("Kegiatan dilakukan dr Hewan Darsih dari Dinas Peternakan.", ["Darsih"]),
    ("Hadir General Manager PT. Pelindo III Sukamaju dan Camat.", []),
    # (second review) joiners and headline verbs before a clan name; a surname and a Balinese name that are
    # also words of peoples and offices; a list whose next item opens with a lower-case role; a people's
    # name after "tokoh"; initials before "als"; a newsroom before "pada"/"di <town>,"
    ("Kepala Desa Sukamaju Darmo Bersama Sitepu meninjau lokasi banjir di dusun itu.", ["Darmo"]),
    ("Pelatihan itu dibuka Camat Darmo Karmun Beserta Ginting selaku Sekcam.", ["Darmo Karmun", "Ginting"]),
    ("Pedagang asal Medan, Ramesh Das, mengaku senang.", ["Ramesh Das"]),
    ("Kegiatan dihadiri I Ketut Jawa dan Darmo Karmun.", ["I Ketut Jawa", "Darmo Karmun"]),
    ("Hadir Danramil Kapten Inf Darmo, tokoh masyarakat Sukamaju Lodrik Karmun, tokoh pemuda Karmun, dan warga.",
     ["Lodrik Karmun"]),
    ("Acara dihadiri tokoh adat Osing dan tokoh agama Kristiani.", []),
    ("Pelaku DK als Darmo Karmun diamankan tanpa perlawanan.", ["Darmo Karmun"]),
    ("Tersangka berinisial DK als Gembul (35) diamankan.", ["Gembul"]),
    ("Hal itu disampaikan melalui siaran pers yang diterima Warta Sukamaju pada Selasa (6/2).", []),
    ("Hal itu disampaikan melalui keterangan tertulis yang diterima Suara Karmun di Sukamaju, Rabu (7/2).", []),
    # (third review) status words before a name; a misspelled rank that is a village's name after "Desa";
    # an apposition that goes on with another noun phrase; an initial ending a name before "alias"; a
    # one-word recipient after "yang diterima"; the undotted honorary mark; a closing credit with a dash
    ("Sidang itu menghadirkan Bupati Nonaktif Darmo Karmun sebagai saksi.", ["Darmo Karmun"]),
    ("Hadir Ketua BPD Sukamaju (Nonaktif) dalam rapat tersebut.", []),
    ("Kepala Desa Senda Darmo Karmun menyambut kedatangan tim.", ["Darmo Karmun"]),
    ("Lodrik, pengurus Masjid Jami Nurul Huda Sukamaju, tokoh agama setempat, menyampaikan terima kasih.", ["Lodrik"]),
    ("Polisi menangkap Lodrik S alias Kribo (40) di rumahnya.", []),
    ("Dalam rilis Kodim disebutkan, bedah rumah tahap pertama yang diterima Darsih pada Kamis (8/2) selesai.",
     ["Darsih"]),
    ("Acara dibuka Gubernur Sukamaju Dr. HC Karmun Lodrik.", ["Karmun Lodrik"]),
    ("Kegiatan berjalan aman dan lancar. (Darmo Karmun - Humas Polres Sukamaju)", []),
    # an honorary doctorate's mark after the title
    ("Peletakan batu pertama oleh Gubernur Jawa Timur Dr (HC) Karmila Indar Lodrik yang diwakili Kadis PU.",
     ["Karmila Indar Lodrik"]),
    ("Hadir Bupati Dr. H.C. Karmun Lodrik dalam acara.", ["Karmun Lodrik"]),
]


@pytest.mark.parametrize(("sentence", "expected"), REVIEW_DECOYS, ids=[s[:40] for s, _ in REVIEW_DECOYS])
def test_what_the_new_rules_leave_alone(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected


def test_a_stray_dot_before_the_corps_after_a_verb_of_saying_keeps_the_officer(extractor):
    record = extractor.extract("Warga senang, kata Mayor. Inf. Darmo Karmun kepada wartawan.")
    assert [(p.rank, p.name) for p in record.personnel] == [("Mayor", "Darmo Karmun")]


# (session 15, first batch) Hajjah written in capitals; a kin word with its possessive before a name in
# commas; "Bernama" written with a capital after a person's noun only; "Sip" (S.IP) as a degree; a
# lower-case member of a house's committee
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pangdam disambut Ketua DPRD Sukamaju, HJ Darsih Karmun, dan warga.", ["Darsih Karmun"]),
    ("Pangdam disambut Ketua DPRD Sukamaju, HJ. Darsih, dan warga.", ["Darsih"]),
    ("Pangdam disambut Wali Kota Sukamaju HM. Darmo, dan warga.", ["M. Darmo"]),
    ("Kakek Darmo bersama istrinya, Sarinem, tinggal di Jalan Melati.", ["Darmo", "Sarinem"]),
    ("Lahan itu dibelinya dari warga Bernama Karmun seluas 2 Ha.", ["Karmun"]),
    ("Nelayan membuat alat penangkap ikan yang Bernama Sero, di pantai.", []),
    ("Hal senada disampaikan Kepala Distrik Sukamaju, Lodrik Karmun Sip, yang merasa bangga.", ["Lodrik Karmun"]),
    ("Hadir anggota Komisi I DPRD Darmo Karmun, dan Camat Sukamaju.", ["Darmo Karmun"]),
    ("Hadir anggota Komisi I DPRD (mewakili Ketua DPRD), dan Camat.", []),
    # (second batch) streets named after persons in a list; a place pointed at before "yakni"; the Balinese
    # greeting; a deputy head's short form; a prayer house's spelling
    ("Tim menyemprot di sepanjang jalan Melati, KH. A. Lodrik, A. Karmun, Kenanga dan sekitarnya.", []),
    ("Tim menyemprot di jalan Melati, KH. Darmo dan Kenanga.", []),
    ("Salah satu warga RT 18, Jalan Mayor Darmo Karmun, Lodrik, mengaku banjir.", ["Lodrik"]),
    ("Warga Jalan Melati, Pak Darmo, menyampaikan terima kasih.", ["Darmo"]),
    ("Pengungsi ditempatkan di 10 titik. Ke-10 lokasi tersebut yakni Jambur Lau Buah Batu, Gereja Katolik dan Masjid Agung.", []),
    ("Ketua kelompok tani tersebut adalah Darmo Karmun.", ["Darmo Karmun"]),
    ("Om Swastiastu, salam sejahtera bagi kita semua, kata Danramil.", []),
    ("Hal itu disampaikan oleh Waka polres Kompol Darmo.", []),
    ("Kerja bakti di Mushollah Al Rohmah Jalan Sudimoro.", []),
    # (third batch) a ship master's title; a ministry's short form as a word; a TMMD's targets; a substitute;
    # "lapor" as a speech tag; a degree's dot ending the sentence after a led-by cue
    ("Walikota Sukamaju Capt H. Darmo Karmun melakukan koordinasi.", ["Darmo Karmun"]),
    ("Dihadiri Ketua DPRD Kab. Sukamaju Darmo Karmun SH. MH, Kepala Kantor Kemenag.", ["Darmo Karmun"]),
    ("Hasil kegiatan TMMD tersebut adalah Sasaran Fisik berupa bak air.", []),
    ("Bripka Darmo Jadi Guru Pengganti di Pedalaman", []),
    ('"Kegiatan lancar," lapor Darmo kepada Inspektur Upacara.', ["Darmo"]),
    ("Satu pleton yang dikordinir H Darmo Karmun, SH. Dalam keterangannya kegiatan lancar.", ["Darmo Karmun"]),
    ("Kegiatan dipimpin Suparman,SH. Dalam keterangannya lancar.", ["Suparman"]),
    # (review of the three batches) an address before the person it describes is no list of streets; a
    # sentence's dot ends a street list; "Jalan Sehat" is an event; a place after a level word before
    # "adalah"; a committee's Roman number; a place after a kin word
    ("Bertempat di Jl. Melati, Desa Sukamaju, Kades Darmo Karmun membuka acara.", ["Darmo Karmun"]),
    ("Di Jalan Melati, Sukamaju, Darmo Karmun selaku Ketua RT menyambut tamu.", ["Darmo Karmun"]),
    ("Lokasi kejadian di Jalan Kenanga, Desa Sukamaju, Kecamatan Sukajaya, Darsih (40) menjelaskan kronologi.",
     ["Darsih"]),
    ("Hadir dalam kegiatan di Jalan Melati, Camat Darmo Karmun, Kades Lodrik Sitompul, Ketua RT Sarinem dan warga.",
     ["Darmo Karmun", "Lodrik Sitompul", "Sarinem"]),
    ("Penyemprotan dilakukan di Jalan Melati. Hadir Camat Darmo Karmun, Kades Lodrik Sitompul dan warga.",
     ["Darmo Karmun", "Lodrik Sitompul"]),
    ("Usai Jalan Santai, Bupati Sukamaju, Darmo Karmun, menyerahkan hadiah.", ["Darmo Karmun"]),
    ("Kepala desa tersebut adalah Darmo Karmun.", ["Darmo Karmun"]),
    ("Penerima bantuan di lokasi tersebut yaitu Darmo Karmun dan Lodrik.", ["Darmo Karmun", "Lodrik"]),
    ("Ada dua lokasi rawan yakni Tanjung Darmo dan Bukit Karmun.", []),
    ("Hadir pula anggota Komisi I DPRD Sukamaju dalam kegiatan itu.", []),
    ("Hadir anggota Komisi I DPRD Sukamaju Darmo Karmun dalam kegiatan itu.", ["Darmo Karmun"]),
    ("Korban lalu dibawa ke rumah adiknya, Sukamaju, Kecamatan Sukajaya.", []),
    ("Pak Darmo ditemani anaknya, Karmun dan Lodrik, ke sawah.", ["Darmo", "Karmun", "Lodrik"]),
    ("Warga bernama Mako Karmun hadir.", ["Mako Karmun"]),
    ("Korban Bernama Darmo Karmun (45) ditemukan di sungai.", ["Darmo Karmun"]),
    # (second review) a role or a verb after the items is no street list; events and programmes named with
    # "Jalan"; a person's noun before a place noun; a Balinese name after a section's "I"; a kin word's
    # possessive without its comma; a ship master's title after "kapal"
    ("Ditemui di Jl. Kenanga, Darsih, Ketua PKK, mengaku senang.", ["Darsih"]),
    ("Di Jalan Sudirman, Darmo Karmun, Lurah Sukamaju menyambut rombongan.", ["Darmo Karmun"]),
    ("Usai Jalan Gembira, Darmo Karmun, Ketua Panitia, menyerahkan hadiah.", ["Darmo Karmun"]),
    ("Terkait pembangunan Jalan Usaha Tani, Darmo Karmun, Ketua TPK Desa Sukamaju, mengatakan lancar.", ["Darmo Karmun"]),
    ("Di Jalan Melati, Darmo Karmun, Lodrik Sitompul dan Sarinem menerima bantuan sembako.",
     ["Darmo Karmun", "Lodrik Sitompul", "Sarinem"]),
    ("Tim menyemprot di jalan Melati, KH. Darmo dan Kenanga.", []),
    ("Pengelola kawasan wisata itu adalah Darsih.", ["Darsih"]),
    ("Warga sekitar lokasi tersebut, yakni Darmo dan Karmun, mengaku resah.", ["Darmo", "Karmun"]),
    ("Hadir Ketua Seksi I Made Karmun dalam rapat panitia.", ["I Made Karmun"]),
    ("Darmo mudik bersama istrinya Lebaran tahun ini.", []),
    ("Nakhoda kapal Capt. Lodrik Sitompul menyambut rombongan.", ["Lodrik Sitompul"]),
    # (third review) a kin word's possessive without the comma before a name, not before a feast; a street
    # list that is the subject of what is done to streets; a place noun after a clause opener or with a
    # word after it; a house's committee keeps its number before a Balinese name
    ("Darmo mudik bersama istrinya Darsih ke Sukamaju.", ["Darsih"]),
    ("Pak Darmo ditemani anaknya Lodrik Karmun dan Sarinem ke sawah.", ["Darmo", "Lodrik Karmun", "Sarinem"]),
    ("Darmo merayakan bersama putranya Idul Fitri lalu pulang kampung.", []),
    ("Ruas Jalan H. Darmo Karmun, KH. Lodrik Sitompul dan Melati diperbaiki warga.", []),
    ("Sementara itu, lokasi tersebut yakni Bukit Karmun dijadikan pos pantau.", []),
    ("Sedangkan lokasi kedua yaitu Bukit Karmun.", []),
    ("Tim menyambangi kawasan wisata yakni Bukit Karmun.", []),
    ("Hadir Ketua Komisi I Wayan Karmun dalam rapat.", ["Wayan Karmun"]),
    # (fourth review) a feast before a stop; persons after an address doing something; streets that look
    # empty; a person's word two words before the place noun; no name after a body's code and a town
    ("Ia berencana mudik bersama istrinya Lebaran.", []),
    ("Di Jalan Kenanga, Darmo Karmun, Lodrik dan Sarinem bersyukur atas bantuan itu.", ["Darmo Karmun"]),
    ("Ruas Jalan Darmo Karmun, KH. Lodrik, Melati dan Sukamaju tampak lengang.", []),
    ("Ketua RT kawasan itu yakni Darmo membantu.", ["Darmo"]),
    ("Ibu-ibu kawasan itu yakni Darsih dan Ponirah membantu.", ["Darsih", "Ponirah"]),
    ("Babinsa lokasi tersebut yakni Darmo membantu.", ["Darmo"]),
    ("Hadir Kabid Kedaruratan BPBD Waikabubak dan Camat.", []),
    # a nickname after "kerap disapa" is the same man, not after a word that describes him; "dh" is no
    # respelling ("Serda Budhi" and "Budi, petani" are two)
    ("Bupati Sukamaju Fransiskus Darmo yang kerap disapa Bang Sis berharap jalan segera dibangun.", ["Fransiskus Darmo"]),
    ("Sosok yang kerap disapa Abah Darmo ini merupakan tokoh agama di Desa Sukamaju.", ["Darmo"]),
    ("Babinsa yang kerap disapa Pak Darmo oleh warga Desa Sukamaju itu membantu panen.", ["Darmo"]),
    ("Serda Budhi mendampingi petani. Salah satu petani, Budi, mengatakan hasil panen meningkat.", ["Budi"]),
    # examples of a noun of persons told with a relative clause; not when the clause's head is a thing
    ("Remaja yang terlibat di antaranya Tarmiji, Sarmun, Kasimin alias Kasim, dan lainnya.",
     ["Tarmiji", "Sarmun", "Kasimin"]),
    ("Warga yang menerima bantuan di antaranya Darmo, Karmun dan Lodrik.", ["Darmo", "Karmun", "Lodrik"]),
    ("Bantuan yang diterima warga yakni Beras, Minyak Goreng dan Gula.", []),
    ("Kami berterima kasih kepada peserta yang hadir yaitu Kru kapal Sukamaju.", []),
    ("Rapat yang dihadiri perangkat desa antara lain Darmo, Karmun dan Lodrik berjalan lancar.",
     ["Darmo", "Karmun", "Lodrik"]),
    ("Warga yang beternak hewan seperti Sapi Bali, Kambing Etawa dan Ayam Kampung mendapat penyuluhan.", []),
    # a degree split by a comma instead of its dot; a master's of agriculture written with a blank
    ("Hadir Camat Sukamaju Darmo Karmun S, Sos dan warga.", ["Darmo Karmun"]),
    ("Hadir Kepala Desa Sukamaju Darmo Karmun, M. Agr, dan warga.", ["Darmo Karmun"]),
])
def test_batch_fk_to_fr_civilians(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected
