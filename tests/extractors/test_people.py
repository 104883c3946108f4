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
    ("Babinsa berdialog dengan Kadus Dsn 3 Bapak Suparno dan warga.", [("Suparno", "Bapak", "Kadus")]),
    ("Tomas Bapak Hasyim menyambut baik kegiatan itu.", [("Hasyim", "Bapak", "Tomas")]),
    ("Hadir Kepala Desa Karangsari Bapak Marjuki beserta perangkat desa.", [("Marjuki", "Bapak", "Kepala Desa")]),
    ("Bapak Sulaeman selaku Kades Sukaraja berterima kasih.", [("Sulaeman", "Bapak", "Kades")]),
    ("Babinsa menemui Bapak Warsono salah satu petani di dusun itu.", [("Warsono", "Bapak", "petani")]),
    ("Lahan milik Pak Darmin ditanami jagung.", [("Darmin", "Pak", None)]),
    ("Bidan Desa Ibu Sri Wahyuni memeriksa balita.", [("Sri Wahyuni", "Ibu", "Bidan Desa")]),
    ("Ibu Hj. Siti Maemunah memimpin pengajian.", [("Siti Maemunah", "Ibu", None)]),
    ("Rumah Bpk. Ahmad Dahlan diperbaiki warga.", [("Ahmad Dahlan", "Bpk", None)]),
    ("Ketua RT 05 Pak Slamet Riyadi ikut kerja bakti.", [("Slamet Riyadi", "Pak", "Ketua RT")]),
    ("Bapak Kades Sukamaju Budi Prasetyo memberi sambutan.", [("Budi Prasetyo", "Bapak", "Kades")]),
    # a civilian role, its place or object, then the name
    ("Kepala Desa Mekarjaya, Cecep Ropiudin mengapresiasi kegiatan tersebut.",
     [("Cecep Ropiudin", None, "Kepala Desa")]),
    ("Menurut Kepala Dusun Krajan, Sutarji, warga antusias.", [("Sutarji", None, "Kepala Dusun")]),
    ("Rapat dihadiri Kepala Desa Teluk Pinang, Darwis S.Ag, Ketua BPD Hamdani S.Pd, dan Ketua LPM Zulkarnain, "
     "serta warga.",
     [("Darwis", None, "Kepala Desa"), ("Hamdani", None, "Ketua BPD"), ("Zulkarnain", None, "Ketua LPM")]),
    ("Ketua Karang Taruna Dusun Tegal, Komang Ariawan, menilai kegiatan itu penting.",
     [("Komang Ariawan", None, "Ketua Karang Taruna")]),
    ("Hadir Kasi Kesejahteraan Sosial Kecamatan Karanganyar, Dewi Lestari S.E dan warga.",
     [("Dewi Lestari", None, "Kasi Kesejahteraan Sosial")]),
    ("Kegiatan dihadiri Kades Sukamaju Budi Santoso, Sekdes Rina Marlina dan perangkat desa.",
     [("Budi Santoso", None, "Kades"), ("Rina Marlina", None, "Sekdes")]),
    ("Camat Jatiasih, Drs. H. Ahmad Sobari, M.Si., membuka acara.", [("Ahmad Sobari", None, "Camat")]),
    ("Rapat dipimpin Camat Mranggen Drs. Wiyono di aula kecamatan.", [("Wiyono", None, "Camat")]),
    ("Kades Tegallalang I Nyoman Sudiarta menghadiri rapat.", [("I Nyoman Sudiarta", None, "Kades")]),
    ("Ketua RW 02 Sutarno dan Kadus Dsn 2 Karjo ikut ronda.", [("Sutarno", None, "Ketua RW"), ("Karjo", None, "Kadus")]),
    ("Rapat dibuka Presiden Joko Widodo di istana.", [("Joko Widodo", None, "Presiden")]),
    # ages in brackets
    ("Babinsa menolong petani bernama Karsono (56) memetik cabai.", [("Karsono", None, "petani")]),
    ("Bapak Sajidin (61), tokoh masyarakat Dusun Krajan, berterima kasih.",
     [("Sajidin", "Bapak", "tokoh masyarakat")]),
    ("Lusi (24), salah seorang pemudi kampung itu, ikut setuju.", [("Lusi", None, "pemudi")]),
    # appositions after a name and quoted sources
    ("Sementara itu, Sumarni salah seorang pedagang pasar mengatakan pasar kini bersih.",
     [("Sumarni", None, "pedagang pasar")]),
    ("\"Kami senang dibantu,\" ujar Wawan, salah satu tokoh pemuda setempat.", [("Wawan", None, "tokoh pemuda")]),
    ("Sementara, Mujiono selaku pemilik kebun jagung berterima kasih kepada Babinsa.",
     [("Mujiono", None, "pemilik kebun jagung")]),
    ("\"Jalan kami kini bagus,\" ujar Darsono, warga Desa Sukamaju.", [("Darsono", None, "warga")]),
    ("Sutrisno, Ketua RT 03, mengatakan warga senang.", [("Sutrisno", None, "Ketua RT")]),
    # officials
    ("Hadir Wakil Bupati Ende, Erikos Rede, dan Bapak Bupati Ende Drs. Djafar Achmad.",
     [("Erikos Rede", None, "Wakil Bupati"), ("Djafar Achmad", "Bapak", "Bupati")]),
    ("Ibu Ketua TP PKK Kabupaten Asahan Hj. Rahmi Lubis membuka acara.", [("Rahmi Lubis", "Ibu", "Ketua TP PKK")]),
    ("Kepala Puskesmas Sarjo, dr. Andi Wijaya, memberi penyuluhan.", [("Andi Wijaya", None, "Kepala Puskesmas")]),
    # a group named after a person is not the person; the chairman after it is
    ("Ketua Gapoktan Sri Rejeki, Pak Darmo, memanen padi.", [("Darmo", "Pak", None)]),
    # several people under one role
    ("Patroli melibatkan Linmas Kelurahan Sukajadi, Udin dan Asep.", [("Udin", None, "Linmas"), ("Asep", None, "Linmas")]),
    # several ages in a list
    ("Paket sembako diterima Sumiati (45), Rukmini (50) dan Tarsih (60).",
     [("Sumiati", None, None), ("Rukmini", None, None), ("Tarsih", None, None)]),
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
    ("Babinsa mendampingi Kelompok Tani (Poktan) Sri Rejeki dan Poktan Budi Santoso.", []),
    ("Baca Juga: Pak Darmo Panen Jagung Bersama Babinsa", []),
    ("Patroli menyisir Desa Bukit Tuan. Situasi aman terkendali.", []),
    ("Ibu Kota Nusantara dibangun. Ibu-ibu PKK hadir bersama Bapak/Ibu guru dan Ibu Hamil.", []),
    ("Pemilihan Kepala Desa (Pilkades) digelar. Kepala Desa Teluk Pinang, Kecamatan Gaung ikut hadir.", []),
    ("Kepala Desa Sidomulyo, Kalijambe Tengah, turut hadir.", []),
    ("\"Terima kasih Pak Babinsa,\" ucap warga. Bapak Kapolsek hadir. Pak RT juga ikut.", []),
    ("Rombongan mendarat di Bandara H. Asan Hanafiah lalu menuju Masjid Al-Falah di Jalan Ahmad Yani.", []),
    ("Kegiatan berjalan lancar dan aman. (Red)", []),
    ("Rilis ini dikirim oleh penerangan kodim. (PENDIM 1618/TTU)", []),
    # a bare name after a verb of saying is not enough on its own
    ("\"Narkoba merusak masa depan,\" tutur Yanto.", []),
    ("Tim (5) bergerak ke lokasi. Pos (2) dijaga ketat.", []),
    ("Ketua BPD Desa Sukamaju hadir bersama Kades Karangsari.", []),
    ("Di Tangerang, warga menyambut. Di Bekasi, Kepala Desa hadir.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DECOYS, ids=[d[0][:40] for d in DECOYS])
def test_decoys_are_not_people(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert [c.name for c in record.people] == expected


def test_one_person_every_mention(extractor):
    text = ("Babinsa membantu Bapak Warsidi merawat jagung. Menurut Bapak Warsidi, hasil panen naik. "
            "Pak Warsidi juga menanam cabai.")
    record = extractor.extract(text)
    assert_offsets(text, record)
    assert len(record.people) == 1
    person = record.people[0]
    assert person.name == "Warsidi"
    assert [(m.text, m.start) for m in person.mentions] == [
        ("Warsidi", text.index("Warsidi")), ("Warsidi", text.index("Warsidi", 30)),
        ("Warsidi", text.rindex("Warsidi"))]


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
    the same decoy checks as the rules; a span that does not read as a name ("Tarian Daerah") does not."""
    nlp = create_nlp()
    ruler = nlp.add_pipe("entity_ruler", before="komsos_personnel")
    ruler.add_patterns([
        {"label": "PER", "pattern": [{"TEXT": "Sutrisno"}, {"TEXT": "Wibowo"}]},
        {"label": "PER", "pattern": [{"TEXT": "Dimas"}, {"TEXT": "Saputra"}]},
        {"label": "PER", "pattern": [{"TEXT": "Darto"}]},
        {"label": "PER", "pattern": [{"TEXT": "Tarian"}, {"TEXT": "Daerah"}]},
    ])
    text = ("Sutrisno Wibowo memanen padi bersama Babinsa Serda Darto. Tarian Daerah menyambut tamu.\n"
            "Penulis: Dimas Saputra")
    record = Extractor(nlp=nlp).extract(text)
    assert_offsets(text, record)
    assert [c.name for c in record.people] == ["Sutrisno Wibowo"]
    assert [p.name for p in record.personnel] == ["Darto"]
