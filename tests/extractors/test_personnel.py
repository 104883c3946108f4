"""Ranked personnel: every rank family, corps forms, name boundaries, degrees, roles, units,
one record per person with all its mentions, and the decoys that are nobody.

Each case is a sentence we wrote in the style of the releases and what must come out of it.
Offsets are checked on every case.
"""

from __future__ import annotations

import pytest

from komsos_extract import lexicon
from komsos_extract.evaluate import evaluate
from tests.conftest import assert_offsets


def _people(record):
    return [(p.rank, p.name) for p in record.personnel]


def _one(extractor, sentence):
    record = extractor.extract(sentence)
    assert_offsets(sentence, record)
    assert len(record.personnel) == 1, record.personnel
    return record.personnel[0]


# --- rank families: (sentence, rank, rank_full, service, name) -----------------------------------
RANKS = [
    # TNI AD, enlisted and NCOs
    ("Prada Rian Saputra membantu warga.", "Prada", "Prajurit Dua", "TNI AD", "Rian Saputra"),
    ("Pratu Yogi menjaga pos.", "Pratu", "Prajurit Satu", "TNI AD", "Yogi"),
    ("Praka Sulistyo mengecek saluran air.", "Praka", "Prajurit Kepala", "TNI AD", "Sulistyo"),
    ("Babinsa kopda Harianto mendampingi petani.", "Kopda", "Kopral Dua", "TNI AD", "Harianto"),
    ("Koptu Darmawan memantau harga.", "Koptu", "Kopral Satu", "TNI AD", "Darmawan"),
    ("Kopka Suratno ikut gotong royong.", "Kopka", "Kopral Kepala", "TNI AD", "Suratno"),
    ("Serda Fajar Nugroho hadir di posyandu.", "Serda", "Sersan Dua", "TNI AD", "Fajar Nugroho"),
    ("SERTU WAHYUDI memantau lahan.", "Sertu", "Sersan Satu", "TNI AD", "WAHYUDI"),
    ("Babinsa SerKa Tarmizi turun ke sawah.", "Serka", "Sersan Kepala", "TNI AD", "Tarmizi"),
    ("Sersan Mayor Hendrik membuka acara.", "Serma", "Sersan Mayor", "TNI AD", "Hendrik"),
    ("Pelda Sukino memberi arahan.", "Pelda", "Pembantu Letnan Dua", "TNI AD", "Sukino"),
    ("Pembantu Letnan Satu Ramlan hadir.", "Peltu", "Pembantu Letnan Satu", "TNI AD", "Ramlan"),
    # TNI AD, officers and generals
    ("Letda Inf Anwar memimpin regu.", "Letda", "Letnan Dua", "TNI AD", "Anwar"),
    ("Letnan Satu Czi Gilang Ramadhan meninjau jembatan.", "Lettu", "Letnan Satu", "TNI AD", "Gilang Ramadhan"),
    ("Kapt. Inf Sumarno memberi sambutan.", "Kapten", "Kapten", "TNI AD", "Sumarno"),
    ("Mayor Arm Doni Saputra membuka acara.", "Mayor", "Mayor", "TNI AD", "Doni Saputra"),
    ("Letnan Kolonel Inf Hendra Wijaya hadir.", "Letkol", "Letnan Kolonel", "TNI AD", "Hendra Wijaya"),
    ("kolonel Inf Teguh Santosa meninjau lokasi.", "Kolonel", "Kolonel", "TNI AD", "Teguh Santosa"),
    ("Brigjen TNI Rahmat Hidayat meresmikan gedung.", "Brigjen", "Brigadir Jenderal", "TNI AD", "Rahmat Hidayat"),
    ("Mayor Jenderal TNI Bambang Sutejo tiba di lokasi.", "Mayjen", "Mayor Jenderal", "TNI AD", "Bambang Sutejo"),
    ("Letjen TNI Arief Kurnia memberi pengarahan.", "Letjen", "Letnan Jenderal", "TNI AD", "Arief Kurnia"),
    ("Jenderal TNI Andri Setiawan menyapa prajurit.", "Jenderal", "Jenderal", "TNI AD", "Andri Setiawan"),
    # TNI AL
    ("Kelasi Satu Rahmat Hidayat membersihkan pantai.", "Kelasi Satu", "Kelasi Satu", "TNI AL", "Rahmat Hidayat"),
    ("Klasi Dua Fadli ikut menanam mangrove.", "Kelasi Dua", "Kelasi Dua", "TNI AL", "Fadli"),
    ("Laksma TNI Yoos Prasetyo membuka lomba.", "Laksma", "Laksamana Pertama", "TNI AL", "Yoos Prasetyo"),
    ("Laksamana Muda TNI Hadi Santoso meninjau kapal.", "Laksda", "Laksamana Muda", "TNI AL", "Hadi Santoso"),
    ("Laksdya TNI Irwan Hakim hadir.", "Laksdya", "Laksamana Madya", "TNI AL", "Irwan Hakim"),
    # TNI AU
    ("Marsma TNI Arif Widianto menyambut tamu.", "Marsma", "Marsekal Pertama", "TNI AU", "Arif Widianto"),
    ("Marsekal Muda TNI Eko Prasetyo meninjau hanggar.", "Marsda", "Marsekal Muda", "TNI AU", "Eko Prasetyo"),
    ("Marsdya TNI Budi Harjono tiba.", "Marsdya", "Marsekal Madya", "TNI AU", "Budi Harjono"),
    # Polri
    ("Bharada Rizky Ananda mengatur lalu lintas.", "Bharada", "Bhayangkara Dua", "Polri", "Rizky Ananda"),
    ("Bharatu Fikri berjaga.", "Bharatu", "Bhayangkara Satu", "Polri", "Fikri"),
    ("Bharaka Yusuf berpatroli.", "Bharaka", "Bhayangkara Kepala", "Polri", "Yusuf"),
    ("Abripda Dimas berjaga di TPS.", "Abripda", "Ajun Brigadir Polisi Dua", "Polri", "Dimas"),
    ("Abriptu Reza membantu warga.", "Abriptu", "Ajun Brigadir Polisi Satu", "Polri", "Reza"),
    ("Abrip Nanda mengamankan lokasi.", "Abrip", "Ajun Brigadir Polisi", "Polri", "Nanda"),
    ("Bripda Salsa menyapa siswa.", "Bripda", "Brigadir Polisi Dua", "Polri", "Salsa"),
    ("Briptu Angga mengawal logistik.", "Briptu", "Brigadir Polisi Satu", "Polri", "Angga"),
    ("Brigadir Hendro menyambangi warga.", "Brigpol", "Brigadir Polisi", "Polri", "Hendro"),
    ("Brigpol Tono berpatroli malam.", "Brigpol", "Brigadir Polisi", "Polri", "Tono"),
    ("Brigadir Polisi Kepala Sujarwo memberi imbauan.", "Bripka", "Brigadir Polisi Kepala", "Polri", "Sujarwo"),
    ("Aipda Ketut Sudarsana menyambangi warga.", "Aipda", "Ajun Inspektur Polisi Dua", "Polri", "Ketut Sudarsana"),
    ("Aiptu Suharyono mengecek lokasi.", "Aiptu", "Ajun Inspektur Polisi Satu", "Polri", "Suharyono"),
    ("Ipda Andre Kurniawan memimpin apel.", "Ipda", "Inspektur Polisi Dua", "Polri", "Andre Kurniawan"),
    ("IPTU Made Wirawan membuka kegiatan.", "Iptu", "Inspektur Polisi Satu", "Polri", "Made Wirawan"),
    ("AKP Dwi Haryanto memimpin patroli.", "AKP", "Ajun Komisaris Polisi", "Polri", "Dwi Haryanto"),
    ("Kompol Suparman menyampaikan pesan.", "Kompol", "Komisaris Polisi", "Polri", "Suparman"),
    ("AKBP Arif Fajar memimpin rapat.", "AKBP", "Ajun Komisaris Besar Polisi", "Polri", "Arif Fajar"),
    ("Kombespol Hendra Gunawan hadir.", "Kombes", "Komisaris Besar Polisi", "Polri", "Hendra Gunawan"),
    ("Brigjen Pol Adi Wibowo meresmikan pos.", "Brigjen", "Brigadir Jenderal Polisi", "Polri", "Adi Wibowo"),
    ("Irjen Pol Rudi Setiawan meninjau lokasi.", "Irjen", "Inspektur Jenderal Polisi", "Polri", "Rudi Setiawan"),
    ("Komjen Pol Agus Salim tiba.", "Komjen", "Komisaris Jenderal Polisi", "Polri", "Agus Salim"),
    ("Jenderal Polisi Bambang Wijaya menyapa warga.", "Jenderal", "Jenderal Polisi", "Polri", "Bambang Wijaya"),
]


@pytest.mark.parametrize(("sentence", "rank", "full", "service", "name"), RANKS, ids=[r[0][:30] for r in RANKS])
def test_rank_families(extractor, sentence, rank, full, service, name):
    p = _one(extractor, sentence)
    assert (p.rank, p.rank_full, p.service, p.name) == (rank, full, service, name)


# --- corps: (sentence, corps, service, name, mention text) ---------------------------------------
CORPS = [
    ("Kapten Inf Suyatno hadir.", "Inf", "TNI AD", "Suyatno", "Kapten Inf Suyatno"),
    ("Kapten Inf. Suyatno hadir.", "Inf", "TNI AD", "Suyatno", "Kapten Inf. Suyatno"),
    ("Kapten (Inf) Suyatno hadir.", "Inf", "TNI AD", "Suyatno", "Kapten (Inf) Suyatno"),
    ("Kapten Infanteri Suyatno hadir.", "Infanteri", "TNI AD", "Suyatno", "Kapten Infanteri Suyatno"),
    ("Mayor Kav Heri Susanto hadir.", "Kav", "TNI AD", "Heri Susanto", "Mayor Kav Heri Susanto"),
    ("Kapten Arh Tarjo hadir.", "Arh", "TNI AD", "Tarjo", "Kapten Arh Tarjo"),
    ("Lettu Czi Andri hadir.", "Czi", "TNI AD", "Andri", "Lettu Czi Andri"),
    ("Mayor Cba Santoso hadir.", "Cba", "TNI AD", "Santoso", "Mayor Cba Santoso"),
    ("Kapten Cku (K) Sri Lestari hadir.", "Cku (K)", "TNI AD", "Sri Lestari", "Kapten Cku (K) Sri Lestari"),
    ("kata Danramil Kapten Cku\n(k) Rina Marpaung, Senin.", "Cku (k)", "TNI AD", "Rina Marpaung",
     "Kapten Cku\n(k) Rina Marpaung"),
    ("Letkol Laut (P) Hendra Gunawan hadir.", "Laut (P)", "TNI AL", "Hendra Gunawan", "Letkol Laut (P) Hendra Gunawan"),
    ("Mayor Laut (T) Dedi Irawan hadir.", "Laut (T)", "TNI AL", "Dedi Irawan", "Mayor Laut (T) Dedi Irawan"),
    ("Kolonel Mar Andi Kusuma hadir.", "Mar", "TNI AL", "Andi Kusuma", "Kolonel Mar Andi Kusuma"),
    ("Serka Marinir Budi hadir.", "Marinir", "TNI AL", "Budi", "Serka Marinir Budi"),
    ("Mayjen TNI (Mar) Endi Supardi hadir.", "TNI (Mar)", "TNI AL", "Endi Supardi", "Mayjen TNI (Mar) Endi Supardi"),
    ("Letkol Pnb Rudi Hartono hadir.", "Pnb", "TNI AU", "Rudi Hartono", "Letkol Pnb Rudi Hartono"),
    ("Mayor Tek Sugiarto hadir.", "Tek", "TNI AU", "Sugiarto", "Mayor Tek Sugiarto"),
    ("Kapten Kes Ratna Dewi hadir.", "Kes", "TNI AU", "Ratna Dewi", "Kapten Kes Ratna Dewi"),
    ("Kapten Adm Joko hadir.", "Adm", "TNI AU", "Joko", "Kapten Adm Joko"),
    ("Kombes Pol Dedi Kusuma hadir.", "Pol", "Polri", "Dedi Kusuma", "Kombes Pol Dedi Kusuma"),
    ("Brigjen TNI Agus Salim hadir.", "TNI", "TNI AD", "Agus Salim", "Brigjen TNI Agus Salim"),
    ("Serda Joko hadir.", None, "TNI AD", "Joko", "Serda Joko"),
]


@pytest.mark.parametrize(("sentence", "corps", "service", "name", "mention"), CORPS, ids=[c[0][:30] for c in CORPS])
def test_corps_forms(extractor, sentence, corps, service, name, mention):
    p = _one(extractor, sentence)
    assert (p.corps, p.service, p.name) == (corps, service, name)
    assert [m.text for m in p.mentions] == [mention]


# --- where a name ends: (sentence, name, mention text) --------------------------------------------
NAMES = [
    ("Praka A. Manurung membantu warga.", "A. Manurung", "Praka A. Manurung"),
    ("Serda M.Lingga membantu warga.", "M.Lingga", "Serda M.Lingga"),
    ("Sertu N. G. Manafe membantu warga.", "N. G. Manafe", "Sertu N. G. Manafe"),
    ("Pratu R. Simatupang, memimpin patroli.", "R. Simatupang", "Pratu R. Simatupang"),
    ("Serda Hasan M.A, melakukan pendampingan.", "Hasan M.A", "Serda Hasan M.A"),
    ("Kopda Muh. Ridwan membantu panen.", "Muh. Ridwan", "Kopda Muh. Ridwan"),
    ("Iptu I Gusti Ngurah Rai membuka acara.", "I Gusti Ngurah Rai", "Iptu I Gusti Ngurah Rai"),
    ("Mayor Inf La Ode Harun hadir.", "La Ode Harun", "Mayor Inf La Ode Harun"),
    # a line break inside a wrapped body line
    ("Pada pagi itu di lahan sawah milik warga hadir pula Babinsa Serka Yohanes\nKurniawan bersama warga.",
     "Yohanes Kurniawan", "Serka Yohanes\nKurniawan"),
    # ... but not out of a headline into the next line
    ("Kunjungi Warga Binaan, Babinsa Serda Ali Akbar\nSambas | Babinsa turun ke desa binaan.",
     "Ali Akbar", "Serda Ali Akbar"),
    # stops: comma, verb, role word, unit word, place word, preposition
    ("Serda Tarmuji, Babinsa desa itu, hadir.", "Tarmuji", "Serda Tarmuji"),
    ("Serda Tarmuji turun ke sawah.", "Tarmuji", "Serda Tarmuji"),
    ("Serda Tarmuji Babinsa Koramil 13/Buntu Pane hadir.", "Tarmuji", "Serda Tarmuji"),
    ("Serda Tarmuji Desa Sukamaju hadir.", "Tarmuji", "Serda Tarmuji"),
    ("Serda Tarmuji dan warga menanam padi.", "Tarmuji", "Serda Tarmuji"),
    ("Serda Tarmuji Selaku Babinsa hadir.", "Tarmuji", "Serda Tarmuji"),
    ("Babinsa Serka Sudarto Bergerak Cepat Bantu Korban Banjir", "Sudarto", "Serka Sudarto"),
    ("Babinsa Serka Sudarto Sosialisasikan Bahaya Narkoba", "Sudarto", "Serka Sudarto"),
    ("Kapolsek Ciputat Kompol Hendra Utama. Kegiatan berjalan lancar.", "Hendra Utama", "Kompol Hendra Utama"),
    ("Babinsa Peltu (Purn) Harun hadir.", "Harun", "Peltu (Purn) Harun"),
]


@pytest.mark.parametrize(("sentence", "name", "mention"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_name_boundaries(extractor, sentence, name, mention):
    p = _one(extractor, sentence)
    assert p.name == name
    assert p.mentions[0].text == mention


# --- degrees and Haji / academic prefixes are not part of the name --------------------------------
DEGREES = [
    ("Kompol Yudi Pranata, S.I.K., M.H., menyampaikan imbauan.", "Yudi Pranata"),
    ("Aipda Joko Susilo S.H. Dalam sambutannya ia mengajak warga tertib.", "Joko Susilo"),
    ("Kapten Cku Rina Marpaung SE, mengatakan.", "Rina Marpaung"),
    ("Kapten Arh Sigit Prakoso, ST saat ditemui mengatakan.", "Sigit Prakoso"),
    ("Letkol Inf Dedi Kurnia, S.E., M.Han melalui Danramil hadir.", "Dedi Kurnia"),
    ("Iptu Budi Santoso, SH., M.I.Kom., menegaskan hal itu.", "Budi Santoso"),
    ("AKBP Rahmat Hidayat, S.IP. MM. M.I.Pol membuka acara.", "Rahmat Hidayat"),
    ("Serda Rina Wulandari, A.Md, Keb memeriksa balita.", "Rina Wulandari"),
    ("Serka Ahmad Fauzi S.Pd hadir.", "Ahmad Fauzi"),
    ("Serma Yusuf Hamid S.Ag memimpin doa.", "Yusuf Hamid"),
    ("Aiptu H.Abd.Rahim Lewa bersama anggota berpatroli.", "Abd.Rahim Lewa"),
    ("Kopda H. Ahmad Yani membantu warga.", "Ahmad Yani"),
    ("Serda Hj. Siti Aminah membantu bidan.", "Siti Aminah"),
    ("Kapten Ckm dr. Rudi Hartono memeriksa warga.", "Rudi Hartono"),
]


@pytest.mark.parametrize(("sentence", "name"), DEGREES, ids=[d[1] for d in DEGREES])
def test_degrees_and_titles_are_removed(extractor, sentence, name):
    assert _one(extractor, sentence).name == name


# --- roles and units: (sentence, name, role, unit (kind, number, name) or None) ------------------
ROLES = [
    ("Babinsa Koramil 09/Air Batu jajaran Kodim 0208/Asahan Serda Jumadi hadir di sawah.",
     "Jumadi", "Babinsa", ("Koramil", "09", "Air Batu")),
    ("Bintara Pembina Desa (Babinsa) Koramil 07/Tanah Jawa Sertu Ramli membantu warga.",
     "Ramli", "Babinsa", ("Koramil", "07", "Tanah Jawa")),
    ("Babinsa Desa Sukamaju, Serka Andi Mulya, hadir.", "Andi Mulya", "Babinsa", None),
    ("Babinsa Desa Tegalrejo Koramil 0801/02 Ngadirojo, Serka Budiono, turun ke sawah.",
     "Budiono", "Babinsa", ("Koramil", "0801/02", "Ngadirojo")),
    ("Anggota Koramil 0621-19/Rumpin hadir. Danramil 0621-19/Rumpin, Kapten Inf Mulyadi mengapresiasi.",
     "Mulyadi", "Danramil", ("Koramil", "0621-19", "Rumpin")),
    ("Di Koramil 2104/Anggrek, Kapten Inf Muhayat selaku Danramil memimpin apel.",
     "Muhayat", "Danramil", ("Koramil", "2104", "Anggrek")),
    ("Serka Sukri, sebagai Babinsa Koramil 03/Tellu Limpoe mengajak warga.",
     "Sukri", "Babinsa", ("Koramil", "03", "Tellu Limpoe")),
    ("Serma Gede Artawan, Babinsa Komando Rayon Militer (Koramil) 1611-03/Kuta, memberi imbauan.",
     "Gede Artawan", "Babinsa", ("Koramil", "1611-03", "Kuta")),
    ("Serma Mursid dari Koramil 05/Percut membantu petani.", "Mursid", None, ("Koramil", "05", "Percut")),
    ("Bripka Suryadi, selaku anggota Bhabinkamtibmas Polres Kampar menggelar sosialisasi.",
     "Suryadi", "Bhabinkamtibmas", ("Polres", None, "Kampar")),
    ("Peltu Wagiman anggota Babinpotdirga berharap warga paham.", "Wagiman", "Babinpotdirga", None),
    ("Komandan Kodim 1303/Banggai Letkol Inf Ari Susanto memberi arahan.",
     "Ari Susanto", "Dandim", ("Kodim", "1303", "Banggai")),
    ("Komandan Lanal (Danlanal) Sabang, Kolonel Laut (P) Hendro Wibisono mengatakan pihaknya siap.",
     "Hendro Wibisono", "Danlanal", None),
    ("Komandan Pos (Danpos) Rayon Militer (Ramil) Sekotong Pelda Wayan Sudarsa mengatakan siap.",
     "Wayan Sudarsa", "Danpos Ramil", None),
    ("Kepala Kepolisian Sektor (Kapolsek) Gerung IPTU Made Suarta, SH., menekankan pengamanan.",
     "Made Suarta", "Kapolsek", None),
    ("PLH Danramil 05/Kuala peltu Zulkifli Amri menyampaikan pesan.", "Zulkifli Amri", "PLH Danramil", None),
    ("Hadir Ps. Kadispotdirga Lanud Sultan Hasanuddin Kapten Kes Edi Susanto.",
     "Edi Susanto", "Ps. Kadispotdirga", ("Lanud", None, "Sultan Hasanuddin")),
    ("Patroli dipimpin Ka SPKT Aiptu Hasanudin bersama anggota.", "Hasanudin", "Ka SPKT", None),
    ("Kanit Binmas Aipda Joko Pramono hadir di desa.", "Joko Pramono", "Kanit Binmas", None),
    ("Komandan SSK Satgas TMMD ke-110 Kodim 0610/Sumedang Lettu Inf Darmawan memimpin.",
     "Darmawan", "Komandan SSK", ("Satgas", None, "TMMD")),
    ("Personel Polsek Balaraja siaga. Kapolsek Balaraja, Kompol Heru Santoso menyampaikan imbauan.",
     "Heru Santoso", "Kapolsek", ("Polsek", None, "Balaraja")),
    ("Danrem 081/Dhirotsaha Jaya, Brigjen TNI Deni Kurniawan berdiri di depan.",
     "Deni Kurniawan", "Danrem", None),
    # the role written before belongs to someone else: no role
    ("Danramil 02/Susoh yang diwakili Serka Budi hadir dalam acara.", "Budi", None, None),
]


@pytest.mark.parametrize(("sentence", "name", "role", "unit"), ROLES, ids=[r[0][:40] for r in ROLES])
def test_roles_and_units(extractor, sentence, name, role, unit):
    p = _one(extractor, sentence)
    assert (p.name, p.role) == (name, role)
    assert (None if p.unit is None else (p.unit.kind, p.unit.number, p.unit.name)) == unit


def test_roles_in_a_list_go_to_their_own_person(extractor):
    text = ("Rapat dihadiri Kepala Desa Teluk Pinang, Babinsa Teluk Pinang Sertu Rahmat Hadi, "
            "Bhabinkamtibmas Bripka Syamsul, serta Ketua RT setempat.")
    record = extractor.extract(text)
    assert [(p.name, p.role, p.service) for p in record.personnel] == [
        ("Rahmat Hadi", "Babinsa", "TNI AD"), ("Syamsul", "Bhabinkamtibmas", "Polri")]


def test_commander_and_subordinate(extractor):
    text = ("Komandan Kodim 1710/Mimika Letkol Inf Budi Santoso, S.E., M.Han melalui Danramil "
            "1710-01/Mimika Mayor Inf La Ode Rahim menyebut, Babinsa Koptu Yohanes Kambu menolong petani.")
    got = [(p.rank, p.name, p.role) for p in extractor.extract(text).personnel]
    assert got == [("Letkol", "Budi Santoso", "Dandim"), ("Mayor", "La Ode Rahim", "Danramil"),
                   ("Koptu", "Yohanes Kambu", "Babinsa")]


def test_same_name_in_two_services_is_two_people(extractor):
    text = "Brigadir Budi dan Serda Budi berpatroli bersama. Serma Budi menyusul."
    got = [(p.rank, p.name, p.service) for p in extractor.extract(text).personnel]
    assert got == [("Brigpol", "Budi", "Polri"), ("Serda", "Budi", "TNI AD")]


def test_service_from_the_story_units(extractor):
    text = "Lanud Adi Soemarmo menggelar bakti sosial. Serma Bambang menyerahkan paket sembako."
    p = _one(extractor, text)
    assert p.service == "TNI AU"


# --- one person, all mentions: (text, [(name, [mention texts])]) --------------------------------
COREF = [
    ("Babinsa Desa Sukamaju, Serka Andi Mulya, hadir. Serka Andi menyampaikan pesan. "
     "\"Terima kasih,\" kata Pak Andi.",
     [("Andi Mulya", ["Serka Andi Mulya", "Serka Andi", "Andi"])]),
    ("Bhabinkamtibmas Bripka Andika Yuda P mengajak warga. Bripka Andika Yuda Pratama mengatakan situasi aman.",
     [("Andika Yuda Pratama", ["Bripka Andika Yuda P", "Bripka Andika Yuda Pratama"])]),
    ("Babinsa Pratu R. Simatupang memimpin patroli. Pratu Simatupang juga mengajak warga.",
     [("R. Simatupang", ["Pratu R. Simatupang", "Pratu Simatupang"])]),
    ("Letnan Kolonel Arm Hadi Purnomo hadir. Menurut Letkol Arm Hadi Purnomo, patroli rutin.",
     [("Hadi Purnomo", ["Letnan Kolonel Arm Hadi Purnomo", "Letkol Arm Hadi Purnomo"])]),
    ("Mayor Laut (P) Yudi Hartanto hadir. Yudi menjelaskan patroli itu rutin.",
     [("Yudi Hartanto", ["Mayor Laut (P) Yudi Hartanto", "Yudi"])]),
    ("Babinsa Koptu Markus Wanggai hadir. Menurut Babinsa Koptu M",
     [("Markus Wanggai", ["Koptu Markus Wanggai", "Koptu M"])]),
    # two people who share a word stay two people
    ("Serda Budi Santoso dan Serda Budi Hartono hadir. Serda Budi Santoso memimpin.",
     [("Budi Santoso", ["Serda Budi Santoso", "Serda Budi Santoso"]),
      ("Budi Hartono", ["Serda Budi Hartono"])]),
    # a headline verb never becomes part of the name
    ("Babinsa Serka Karyono Bergerak Bantu Korban Angin Puting Beliung\nCIREBON - Babinsa Serka Karyono turun ke desa.",
     [("Karyono", ["Serka Karyono", "Serka Karyono"])]),
]


@pytest.mark.parametrize(("text", "expected"), COREF, ids=[c[1][0][0] for c in COREF])
def test_one_person_all_mentions(extractor, text, expected):
    record = extractor.extract(text)
    assert_offsets(text, record)
    assert [(p.name, [m.text for m in p.mentions]) for p in record.personnel] == expected


# --- decoys: no ranked person --------------------------------------------------------------------
DECOYS = [
    "Jalan Jenderal Sudirman ditutup sementara.",
    "Mahasiswa Universitas Jenderal Soedirman ikut membantu.",
    "Toko di Jl. Kapten Tendean ramai pembeli.",
    "Kapten tim voli desa menerima piala.",
    "Mayoritas warga bekerja sebagai petani.",
    "Babinsa dan Bhabinkamtibmas hadir bersama Kapolsek dan Danramil.",
    "Baca Juga: Serda Budi Bantu Petani Panen Padi",
    "Dirjen dan Direktur Jenderal Bina Marga meninjau jalan.",
    "KRI Laksamana Malahayati bersandar di dermaga.",
    "Petani menanam kol dan kentang di lereng bukit.",
]


@pytest.mark.parametrize("sentence", DECOYS)
def test_decoys_are_not_personnel(extractor, sentence):
    assert extractor.extract(sentence).personnel == []


def test_related_headlines_at_the_end_are_not_personnel(extractor):
    text = ("Babinsa Serda Joko membantu panen, Senin (3/6/2024).\n"
            "Babinsa Serka Budi Bantu Warga Perbaiki Rumah\n"
            "Kapolsek Ponggok AKP Surya Gelar Patroli Malam\n")
    assert _people(extractor.extract(text)) == [("Serda", "Joko")]


def test_closing_sentence_case_line_is_still_story(extractor):
    text = ("Babinsa Serda Joko membantu panen, Senin (3/6/2024).\n"
            "Peltu Wagiman anggota Babinpotdirga berharap warga paham aturan itu.***\n"
            "Lebih baru Lebih lama\n")
    assert ("Peltu", "Wagiman") in _people(extractor.extract(text))


# --- lexicons other extractors rely on -----------------------------------------------------------
def test_rank_and_role_words_stop_unit_names():
    assert {"serda", "kapten", "letnan", "bripka", "akbp", "kombes"} <= lexicon.ranks().words()
    assert {"babinsa", "danramil", "bhabinkamtibmas", "komandan", "pendim"} <= lexicon.roles().words()


def test_every_rank_lists_known_services():
    for entry in lexicon.ranks().ranks:
        assert entry.services, entry


# --- the seed article and the dev corpus ---------------------------------------------------------
def test_seed_personnel_and_people(extractor, seed_text):
    record = extractor.extract(seed_text)
    assert_offsets(seed_text, record)
    assert len(record.personnel) == 1
    p = record.personnel[0]
    assert (p.rank, p.name, p.role, p.service, p.corps) == ("Serda", "Jasem", "Babinsa", "TNI AD", None)
    assert (p.unit.kind, p.unit.number, p.unit.name) == ("Koramil", "13", "Buntu Pane")
    assert len(p.mentions) >= 3 and all(m.text == "Serda Jasem" for m in p.mentions)
    assert [(c.name, c.role) for c in record.people] == [("Faisal", "Kadus"), ("Rahmad", "Tomas")]


@pytest.fixture(scope="module")
def dev_report(extractor, dev_corpus):
    return evaluate(dev_corpus / "gold", dev_corpus / "articles", extractor.extract)


def test_dev_personnel_f1(dev_report):
    assert dev_report.fields["personnel"].f1 >= 0.93, dev_report.table()


def test_dev_people_f1(dev_report):
    assert dev_report.fields["people"].f1 >= 0.85, dev_report.table()
