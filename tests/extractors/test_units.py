"""Units: every written form, the decoys that must not match, merging and parents.

Each case is a sentence we wrote in the style of the releases and the exact units expected, as
(kind, number, name, text as written). Offsets are checked on every case.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_offsets

U = tuple  # (kind, number, name, text)

CASES: list[tuple[str, list[U]]] = [
    # a title-case headline: the verb and what follows it are no part of the unit's name
    ("Polres Sukamara Perketat Pengamanan Pilkades", [("Polres", None, "Sukamara", "Polres Sukamara")]),
    # --- TNI AL fleet and regional commands, TNI AU operations commands and squadrons
    ("Prajurit Koarmada II membersihkan pantai bersama warga.", [("Koarmada", "II", None, "Koarmada II")]),
    ("Hadir perwakilan Komando Daerah Angkatan Laut (Kodaeral) IV di dermaga.",
     [("Kodaeral", "IV", None, "Komando Daerah Angkatan Laut (Kodaeral) IV")]),
    ("Pesawat dari Skadron Udara 31 mendarat di landasan.", [("Skadron", "31", None, "Skadron Udara 31")]),
    ("Personel Koopsau II membantu warga.", [("Koopsau", "II", None, "Koopsau II")]),
    # --- TNI AD: Kodam
    ("Pangdam meninjau prajurit Kodam I/Bukit Barisan di Medan.",
     [("Kodam", "I", "Bukit Barisan", "Kodam I/Bukit Barisan")]),
    ("Upacara digelar di Makodam oleh jajaran Kodam Jaya kemarin.",
     [("Kodam", None, "Jaya", "Kodam Jaya")]),
    ("Prajurit Kodam XII/Tpr membantu warga perbatasan.",
     [("Kodam", "XII", "Tpr", "Kodam XII/Tpr")]),
    ("Wilayah Kodam Jaya/Jayakarta sedang menggelar lomba.",
     [("Kodam", None, "Jaya/Jayakarta", "Kodam Jaya/Jayakarta")]),
    # --- Korem
    ("Danrem hadir mewakili Korem 071/Wijayakusuma dalam acara itu.",
     [("Korem", "071", "Wijayakusuma", "Korem 071/Wijayakusuma")]),
    ("Anggota Korem 084/BJ ikut donor darah.", [("Korem", "084", "BJ", "Korem 084/BJ")]),
    # --- Kodim
    ("Babinsa Kodim 0208/Asahan turun ke desa.", [("Kodim", "0208", "Asahan", "Kodim 0208/Asahan")]),
    ("Personel Kodim1602/Ende membersihkan pantai.", [("Kodim", "1602", "Ende", "Kodim1602/Ende")]),
    ("Anggota Kodim 0735/ Surakarta hadir.", [("Kodim", "0735", "Surakarta", "Kodim 0735/ Surakarta")]),
    ("Kodim 0624/Kab.Bandung menggelar karya bakti.",
     [("Kodim", "0624", "Kab.Bandung", "Kodim 0624/Kab.Bandung")]),
    ("Jajaran Kodim 0405 Lahat membagikan sembako.", [("Kodim", "0405", "Lahat", "Kodim 0405 Lahat")]),
    ("Komando Distrik Militer (Kodim) 0314/Indragiri Hilir melaksanakan patroli.",
     [("Kodim", "0314", "Indragiri Hilir", "Komando Distrik Militer (Kodim) 0314/Indragiri Hilir")]),
    ("Anggota Kodin 0817/Gresik membantu petani.", [("Kodim", "0817", "Gresik", "Kodin 0817/Gresik")]),
    ("Komandan Kodim 1306/Kota Palu memberi arahan.",
     [("Kodim", "1306", "Kota Palu", "Kodim 1306/Kota Palu")]),
    # --- Koramil, every numbering scheme
    ("Babinsa Koramil 13/Buntu Pane membantu warga.",
     [("Koramil", "13", "Buntu Pane", "Koramil 13/Buntu Pane")]),
    ("Anggota Koramil 0621-19/Rumpin hadir.", [("Koramil", "0621-19", "Rumpin", "Koramil 0621-19/Rumpin")]),
    ("Babinsa Koramil 404-01/Gelumbang menanam jagung.",
     [("Koramil", "404-01", "Gelumbang", "Koramil 404-01/Gelumbang")]),
    ("Babinsa Koramil 0201- 03/MD ikut ronda.", [("Koramil", "0201-03", "MD", "Koramil 0201- 03/MD")]),
    ("Babinsa Koramil 0803/02 Nglames mendampingi petani.",
     [("Koramil", "0803/02", "Nglames", "Koramil 0803/02 Nglames")]),
    ("Anggota Koramil 1015-01 Samuda membersihkan parit.",
     [("Koramil", "1015-01", "Samuda", "Koramil 1015-01 Samuda")]),
    ("Babinsa Koramil Tipe B 0802/05 Kauman menyapa warga.",
     [("Koramil", "0802/05", "Kauman", "Koramil Tipe B 0802/05 Kauman")]),
    # "Ramil" with a number is recorded as written (the gold keeps kind "Ramil").
    ("Personel Ramil 01/Sentani bergotong royong.", [("Ramil", "01", "Sentani", "Ramil 01/Sentani")]),
    ("Babinsa Koramil 417 – 05/Pauh hadir.", [("Koramil", "417–05", "Pauh", "Koramil 417 – 05/Pauh")]),
    ("Babinsa Koramil Sungai Tabuk memantau harga pupuk.",
     [("Koramil", None, "Sungai Tabuk", "Koramil Sungai Tabuk")]),
    ("Babinsa Komando Rayon Militer (Koramil) 1606-05/Mataram berdialog dengan warga.",
     [("Koramil", "1606-05", "Mataram", "Komando Rayon Militer (Koramil) 1606-05/Mataram")]),
    # --- Pos Ramil, battalions, brigades, task forces
    ("Babinsa Pos Ramil Kurik membantu petani.", [("Pos", None, "Kurik", "Pos Ramil Kurik")]),
    ("Personel Satgas Yonif 732/Banau menjaga pos.", [("Yonif", "732", "Banau", "Yonif 732/Banau")]),
    ("Prajurit Yonif Mekanis 202/Tajimalela bekerja bersama warga.",
     [("Yonif", "202", "Tajimalela", "Yonif Mekanis 202/Tajimalela")]),
    ("Prajurit Yonarhanud 16/SBC menggelar bakti sosial.",
     [("Yonarhanud", "16", "SBC", "Yonarhanud 16/SBC")]),
    ("Anggota Brigif 13/Galuh berlatih di lapangan.", [("Brigif", "13", "Galuh", "Brigif 13/Galuh")]),
    ("Prajurit Satgas Pamtas menyisir jalur tikus.", [("Satgas", None, "Pamtas", "Satgas Pamtas")]),
    ("Satgas Tentara Manunggal Membangun Desa (TMMD) membangun jembatan.",
     [("Satgas", None, "TMMD", "Satgas Tentara Manunggal Membangun Desa (TMMD)")]),
    # --- TNI AL and TNI AU
    ("Prajurit Lantamal IV/Tanjungpinang membersihkan pantai.",
     [("Lantamal", "IV", "Tanjungpinang", "Lantamal IV/Tanjungpinang")]),
    ("Personel Lanal Bengkulu menanam mangrove.", [("Lanal", None, "Bengkulu", "Lanal Bengkulu")]),
    ("Pangkalan TNI AL (Lanal) Sabang menggelar baksos.",
     [("Lanal", None, "Sabang", "Pangkalan TNI AL (Lanal) Sabang")]),
    ("Anggota Lanud J.B. Soedirman memberi penyuluhan.",
     [("Lanud", None, "J.B. Soedirman", "Lanud J.B. Soedirman")]),
    ("Prajurit Lanud Rsn ikut senam pagi.", [("Lanud", None, "Rsn", "Lanud Rsn")]),
    # --- Polri
    ("Personel Polda Jatim mengamankan lokasi.", [("Polda", None, "Jatim", "Polda Jatim")]),
    ("Anggota Polres Takalar berpatroli.", [("Polres", None, "Takalar", "Polres Takalar")]),
    ("Personel Polresta Tangerang menjaga TPS.", [("Polresta", None, "Tangerang", "Polresta Tangerang")]),
    ("Personel Polrestabes Medan menggelar razia.", [("Polrestabes", None, "Medan", "Polrestabes Medan")]),
    ("Anggota Polres Metro Bekasi hadir.", [("Polres", None, "Metro Bekasi", "Polres Metro Bekasi")]),
    ("Personel Polsek Kota, Polsek Weleri dan Cepiring menggelar patroli.",
     [("Polsek", None, "Kota", "Polsek Kota"), ("Polsek", None, "Weleri", "Polsek Weleri"),
      ("Polsek", None, "Cepiring", "Cepiring")]),

    # --- the full lexicon: battalions written in two words, detachments, Kostrad, navy, air force, police
    ("Prajurit Yon Arhanud 7/ABC membantu warga mengungsi.",
     [("Yonarhanud", "7", "ABC", "Yon Arhanud 7/ABC")]),
    ("Personel Yonkes 2/Kostrad membuka layanan pengobatan.", [("Yonkes", "2", "Kostrad", "Yonkes 2/Kostrad")]),
    ("Anggota Yon Zipur 9/Kostrad membangun jembatan darurat.",
     [("Yonzipur", "9", "Kostrad", "Yon Zipur 9/Kostrad")]),
    ("Prajurit Yonkav 3/AC menanam pohon.", [("Yonkav", "3", "AC", "Yonkav 3/AC")]),
    ("Personel Denzipur 4/Kostrad memperbaiki jalan.", [("Denzipur", "4", "Kostrad", "Denzipur 4/Kostrad")]),
    ("Anggota Denpom IV/4 Surakarta menertibkan lalu lintas.",
     [("Denpom", "IV/4", "Surakarta", "Denpom IV/4 Surakarta")]),
    ("Siswa Rindam V/Brawijaya mengikuti latihan.", [("Rindam", "V", "Brawijaya", "Rindam V/Brawijaya")]),
    ("Prajurit Divif 2/Kostrad bersiaga.", [("Divif", "2", "Kostrad", "Divif 2/Kostrad")]),
    ("Prajurit Yonif TP 811/Sinar Harapan membantu panen.",
     [("Yonif", "811", "Sinar Harapan", "Yonif TP 811/Sinar Harapan")]),
    ("Personel Posal Tanjung Benoa membersihkan pantai.",
     [("Posal", None, "Tanjung Benoa", "Posal Tanjung Benoa")]),
    ("Anggota Posmat Sungai Liat berpatroli.", [("Posmat", None, "Sungai Liat", "Posmat Sungai Liat")]),
    ("Prajurit Pasmar 3 menggelar bakti sosial.", [("Pasmar", "3", None, "Pasmar 3")]),
    ("Prajurit Yonmarhanlan IV membersihkan pantai.", [("Yonmarhanlan", "IV", None, "Yonmarhanlan IV")]),
    ("Prajurit Yonko 465/Brajamusti menggelar donor darah.",
     [("Yonko", "465", "Brajamusti", "Yonko 465/Brajamusti")]),
    ("Personel Kosek I menggelar donor darah.", [("Kosek", "I", None, "Kosek I")]),
    ("Personel Satrad 213 Tanjung Pinang menyapa warga.",
     [("Satrad", "213", "Tanjung Pinang", "Satrad 213 Tanjung Pinang")]),
    ("Anggota Polsubsektor Kemang berjaga.", [("Polsubsektor", None, "Kemang", "Polsubsektor Kemang")]),
    ("Personel Satbrimob Polda Jateng menyisir lokasi.",
     [("Satbrimob", None, "Polda Jateng", "Satbrimob Polda Jateng"), ("Polda", None, "Jateng", "Polda Jateng")]),
    ("Kapal Ditpolairud Polda Riau mengevakuasi warga.",
     [("Ditpolairud", None, "Polda Riau", "Ditpolairud Polda Riau"), ("Polda", None, "Riau", "Polda Riau")]),
    # --- odd spacing and line breaks, a role word or hyphen before the number
    ("Babinsa Kodim\n0105/Aceh Barat hadir.", [("Kodim", "0105", "Aceh Barat", "Kodim\n0105/Aceh Barat")]),
    ("Komandan Kodim (Dandim) 1412/Kolaka memberi arahan.",
     [("Kodim", "1412", "Kolaka", "Kodim (Dandim) 1412/Kolaka")]),
    ("Anggota Komando Rayon Militer (Koramil)\n0903 Sukamaju hadir.",
     [("Koramil", "0903", "Sukamaju", "Komando Rayon Militer (Koramil)\n0903 Sukamaju")]),
    ("Babinsa Ramil-03/Waena menyapa warga.", [("Ramil", "03", "Waena", "Ramil-03/Waena")]),
    # --- compound names
    ("Personel Polres Blitar Kota berjaga di gereja.", [("Polres", None, "Blitar Kota", "Polres Blitar Kota")]),
    ("Anggota Polres Metro Jakarta Selatan hadir.",
     [("Polres", None, "Metro Jakarta Selatan", "Polres Metro Jakarta Selatan")]),
    ("Prajurit Lanal Tarakan membersihkan pantai.", [("Lanal", None, "Tarakan", "Lanal Tarakan")]),
    # --- task forces with long names and their posts
    ("Prajurit Satgas Pamtas RI-RDTL Yonif 741/GN menyapa warga.",
     [("Satgas", None, "Pamtas RI-RDTL", "Satgas Pamtas RI-RDTL"), ("Yonif", "741", "GN", "Yonif 741/GN")]),
    ("Personel Satgas Pamtas RI–PNG Mobile Tahun 2025 membantu warga.",
     [("Satgas", None, "Pamtas RI–PNG Mobile", "Satgas Pamtas RI–PNG Mobile")]),
    ("Satgas TMMD Reguler ke-121 Kodim 0612/Tasikmalaya membangun jalan.",
     [("Satgas", None, "TMMD", "Satgas TMMD"), ("Kodim", "0612", "Tasikmalaya", "Kodim 0612/Tasikmalaya")]),
    ("Prajurit Satgas Yonarmed 12/Kostrad mengajar di sekolah.",
     [("Yonarmed", "12", "Kostrad", "Yonarmed 12/Kostrad")]),
    ("Polsek Sukamaju Ikut Amankan Pesta Rakyat\nAnggota Polsek Sukamaju berjaga.",
     [("Polsek", None, "Sukamaju", "Polsek Sukamaju")]),
    ("Satgas Pamtas Bagikan Sembako kepada warga.", [("Satgas", None, "Pamtas", "Satgas Pamtas")]),
    ("Prajurit Satgas Pamtas dari Pos Kiwirok mengajar anak-anak.",
     [("Satgas", None, "Pamtas", "Satgas Pamtas"), ("Pos", None, "Kiwirok", "Pos Kiwirok")]),
    # --- stops: ranks, kind words, punctuation
    ("Babinsa Koramil 05/BT Kodim 0204/DS Serma Ahmad Yani membantu warga.",
     [("Koramil", "05", "BT", "Koramil 05/BT"), ("Kodim", "0204", "DS", "Kodim 0204/DS")]),
    ("Pimpinan Kodim 0716/Demak Letkol Inf Budi memimpin apel.",
     [("Kodim", "0716", "Demak", "Kodim 0716/Demak")]),
]

DECOYS = [
    "Skadron pesawat tempur itu hadir.",  # a squadron without its number is no unit written
    "Dandim 1418/Mamuju Letkol Inf Ahmad memberi arahan.",
    "Kapolresta Tangerang menyampaikan imbauan.",
    "Danramil 04/Tigalingga Kapten Inf Budi hadir.",
    "Foto: Pendim 0201/Medan",
    "Sumber (Pendam XII/Tpr)",
    "Acara dihadiri Koorcab Rem 084 PD V Brawijaya.",
    "Ibu-ibu Persit Ranting 3 Koramil 05/Kota ikut senam.",
    "Danpos Ramil Lembar Pelda Budi mengamankan TPS.",
    "Baca Juga: Kodim 0208/Asahan Gelar Donor Darah",
    "Rombongan tiba di Makodim 1602/Ende siang itu.",
    "Pelaksanaan kegiatan di wilayah koramil setempat berjalan lancar.",
    # handles, hashtags, civil task forces, posts outside a task-force story, verbs after the kind
    "Ikuti terus akun @polresbojonegoro dan #PolresBojonegoro untuk info terbaru.",
    "Warga dibantu Satgas Covid-19 Kelurahan Sukamaju saat vaksinasi.",
    "Warga berjaga di Pos Kamling Sukamaju setiap malam.",
    "Paket dikirim lewat Pos Indonesia ke desa itu.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unit_forms(extractor, sentence, expected):
    record = extractor.extract(sentence)
    got = [(u.kind, u.number, u.name, u.text) for u in record.units]
    assert got == expected
    assert_offsets(sentence, record)


@pytest.mark.parametrize("sentence", DECOYS)
def test_decoys_are_not_units(extractor, sentence):
    assert extractor.extract(sentence).units == []


def test_services(extractor):
    text = "Kodim 0101/Aceh Besar, Lanal Sabang, Lanud Sultan Iskandar Muda dan Polres Pidie bersinergi."
    services = {u.kind: u.service for u in extractor.extract(text).units}
    assert services == {"Kodim": "TNI AD", "Lanal": "TNI AL", "Lanud": "TNI AU", "Polres": "Polri"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Personel Lanal Dabo menyapa warga. Danlanal menyebut Lanal Dabo Singkep siap membantu.",
     [("Lanal", None, "Dabo Singkep")]),
    ("Babinsa Koramil 1015-01/Klk hadir. Koramil 1015-01/Kuala Kapuas mendukung program itu.",
     [("Koramil", "1015-01", "Kuala Kapuas")]),
    ("Babinsa Koramil Krayan hadir. Anggota Koramil 0911-06/Krayan berjaga.",
     [("Koramil", "0911-06", "Krayan")]),
    ("Prajurit Kodam Jaya membagikan sembako. Di Kodam Jayakarta kegiatan ini rutin.",
     [("Kodam", None, "Jayakarta")]),
    ("Babinsa Kodim Ponorogo Ikut Panen Raya\nBabinsa Kodim 0802/Ponorogo ikut memanen padi.",
     [("Kodim", "0802", "Ponorogo")]),
])
def test_one_unit_once_under_fullest_name(extractor, text, expected):
    units = extractor.extract(text).units
    assert [(u.kind, u.number, u.name) for u in units] == expected


@pytest.mark.parametrize(("text", "parent"), [
    ("Prajurit Koramil 13/Buntu Pane jajaran Kodim 0208/Asahan menanam pohon.", ("Kodim", "0208", "Asahan")),
    ("Anggota Koramil 0621-19/Rumpin menanam pohon.", ("Kodim", "0621", None)),
    ("Anggota Koramil 404-01/Gelumbang menanam pohon.", ("Kodim", "0404", None)),
    ("Kodim 1011/Kuala Kapuas menerjunkan Koramil 1011-02/Kapuas Hilir.", ("Kodim", "1011", "Kuala Kapuas")),
    ("Kodim 0716/Demak bangga. Babinsa Koramil 12/Mranggen menanam padi.", ("Kodim", "0716", "Demak")),
    ("Anggota Polsek Cikupa Polres Tangerang berpatroli.", ("Polres", None, "Tangerang")),
])
def test_parent(extractor, text, parent):
    child = extractor.extract(text).units
    child = next(u for u in child if u.kind in ("Koramil", "Polsek"))
    assert child.parent is not None
    assert (child.parent.kind, child.parent.number, child.parent.name) == parent


def test_no_parent_when_text_does_not_say(extractor):
    text = "Babinsa Koramil 12/Mranggen hadir bersama Kodim 0716/Demak dan Kodim 0717/Purwodadi."
    koramil = next(u for u in extractor.extract(text).units if u.kind == "Koramil")
    assert koramil.parent is None


def test_related_headlines_at_the_end_are_not_units(extractor):
    text = (
        "Babinsa Koramil 02/Kota menanam padi bersama warga, Senin (3/6/2024).\n"
        "POLSEK BARU GELAR PATROLI MALAM\n"
        "Kodim 0101/Lain Gelar Donor Darah Massal\n"
    )
    assert [(u.kind, u.name) for u in extractor.extract(text).units] == [("Koramil", "Kota")]
