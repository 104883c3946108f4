"""Activities: every label, done versus mentioned, the primary choice, and exact evidence spans.

Every sentence here is one we wrote in the style of the releases. Each case gives the text, the
primary activity and the full list of activities (primary first).
"""

from __future__ import annotations

import pytest

from komsos_extract.extractors import activities as act
from tests.conftest import assert_offsets

LABELS = ("komsos", "karya_bakti", "tmmd", "ketahanan_pangan", "kesehatan", "keamanan", "bencana",
          "sosialisasi", "bantuan_sosial", "koordinasi", "upacara", "lainnya")

# --- one story per label ------------------------------------------------------------------------
# (id, text, primary, activities)
EVERY_LABEL = [
    ("komsos",
     "Bhabinkamtibmas Desa Sukamaju Bripka Andi melaksanakan sambang dan silaturahmi ke rumah warga, "
     "Selasa (4/6/2024).", "komsos", ["komsos"]),
    ("komsos-jumat-curhat",
     "Kapolsek Sukamaju menggelar Jumat Curhat di masjid desa dan mendengarkan keluhan warga.",
     "komsos", ["komsos"]),
    ("karya_bakti",
     "Babinsa dan pemuda dusun melaksanakan karya bakti mengeruk saluran air di Dusun Krajan, "
     "Rabu (5/6/2024).", "karya_bakti", ["karya_bakti"]),
    ("karya_bakti-bedah-rumah",
     "Prajurit Kodim 0000/Kota bergotong-royong dalam program bedah rumah milik seorang janda lansia.",
     "karya_bakti", ["karya_bakti"]),
    ("tmmd",
     "Satgas TMMD ke-120 bersama warga bergotong royong menyelesaikan pengecoran jalan desa yang menjadi "
     "sasaran fisik.", "tmmd", ["tmmd"]),
    ("ketahanan_pangan",
     "Babinsa Koramil 07/Tanjung mendampingi petani menanam padi di sawah milik kelompok tani Subur Makmur.",
     "ketahanan_pangan", ["ketahanan_pangan"]),
    ("ketahanan_pangan-pupuk",
     "Babinsa mengawasi penyaluran pupuk bersubsidi di kios pupuk desa agar tepat sasaran kepada petani.",
     "ketahanan_pangan", ["ketahanan_pangan"]),
    ("kesehatan",
     "Babinsa mendampingi kegiatan posyandu dan imunisasi balita di balai desa.",
     "kesehatan", ["kesehatan"]),
    ("kesehatan-donor",
     "Ratusan prajurit Lanud mengikuti donor darah bersama PMI di gedung serbaguna.",
     "kesehatan", ["kesehatan"]),
    ("keamanan",
     "Personel Polsek Kota melaksanakan patroli malam di titik rawan kejahatan.",
     "keamanan", ["keamanan"]),
    ("keamanan-ronda",
     "Babinsa dan Bhabinkamtibmas ikut ronda malam bersama warga di pos kamling RW 03.",
     "keamanan", ["keamanan"]),
    ("bencana",
     "Babinsa membantu evakuasi warga terdampak banjir di Kelurahan Sungai Rengas.",
     "bencana", ["bencana"]),
    ("sosialisasi",
     "Bhabinkamtibmas memberikan penyuluhan tentang bahaya narkoba kepada siswa SMP Negeri 2.",
     "sosialisasi", ["sosialisasi"]),
    ("sosialisasi-wasbang",
     "Danramil memberikan materi wawasan kebangsaan kepada pelajar SMA di aula sekolah.",
     "sosialisasi", ["sosialisasi"]),
    ("bantuan_sosial",
     "Koramil 02/Kota membagikan paket sembako kepada warga kurang mampu di Kelurahan Pasar Baru.",
     "bantuan_sosial", ["bantuan_sosial"]),
    ("koordinasi",
     "Danramil menghadiri rapat koordinasi persiapan musim tanam bersama camat di aula kecamatan.",
     "koordinasi", ["koordinasi"]),
    ("koordinasi-musdes",
     "Babinsa menghadiri musyawarah desa yang membahas rencana anggaran desa tahun depan.",
     "koordinasi", ["koordinasi"]),
    ("upacara",
     "Kodim 0000/Kota menggelar upacara peringatan HUT ke-79 TNI di lapangan Makodim.",
     "upacara", ["upacara"]),
    ("lainnya",
     "Prajurit Kodim menggelar olahraga bersama warga di alun-alun kota setiap Jumat pagi.",
     "lainnya", ["lainnya"]),
    ("lainnya-nothing-done",
     "Babinsa hadir di tengah warga desa binaan.", "lainnya", ["lainnya"]),
]

# --- done versus mentioned ------------------------------------------------------------------------
DONE_VS_MENTIONED = [
    ("health-and-ronda-are-advice",
     "Babinsa melaksanakan komsos dengan warga Desa Sukamaju dan meminta para ketua RT agar menjaga "
     "kesehatan dan mengaktifkan kembali siskamling.", "komsos", ["komsos"]),
    ("call-to-work-later",
     "Dalam kunjungan silaturahmi itu, Babinsa mengajak warga untuk bergotong royong mengeruk selokan "
     "pada hari Minggu mendatang.", "komsos", ["komsos"]),
    ("plan-with-akan",
     "Babinsa berbincang dengan warga di balai desa. Kepala desa menyampaikan bahwa kerja bakti akan "
     "dilaksanakan pekan depan.", "komsos", ["komsos"]),
    ("purpose-undone-by-doing-verb",
     "Babinsa turun ke desa binaan untuk melaksanakan komunikasi sosial dengan warga.", "komsos", ["komsos"]),
    ("topic-is-not-an-activity",
     "Babinsa bersilaturahmi dengan para tokoh agama lalu membahas keamanan serta kesehatan warga.",
     "komsos", ["komsos"]),
    ("quoted-future-plan",
     "Prajurit Koramil melaksanakan kerja bakti membersihkan pasar. “Ke depan kami akan menggelar donor "
     "darah,” kata Danramil.", "karya_bakti", ["karya_bakti"]),
    ("advice-list",
     "Babinsa melaksanakan komsos dengan perangkat desa. Babinsa menyampaikan beberapa langkah yang perlu "
     "dilakukan warga. Pertama, mengaktifkan siskamling di setiap dusun. Kedua, menggelar kerja bakti "
     "membersihkan saluran air.", "komsos", ["komsos"]),
    ("spirit-of-gotong-royong",
     "Semangat gotong royong terlihat saat Babinsa membantu petani memanen padi di sawah.",
     "ketahanan_pangan", ["ketahanan_pangan"]),
    ("routine-statement",
     "Babinsa membantu petani menanam jagung. Babinsa selalu berkoordinasi dengan penyuluh pertanian.",
     "ketahanan_pangan", ["ketahanan_pangan"]),
    ("only-topic-words-fall-back-to-their-label",
     "Suasana jelang pilkades di Desa Sukamaju terpantau kondusif dan keamanan warga tetap terjaga.",
     "keamanan", ["keamanan"]),
    ("market-price-is-not-aid",
     "Babinsa melaksanakan monitoring harga sembako di pasar tradisional Kecamatan Sukamaju.",
     "koordinasi", ["koordinasi"]),
]

# --- the primary activity: headline and lead, and the precedence rules --------------------
PRIMARY = [
    ("headline-decides",
     "Babinsa Dampingi Petani Tanam Jagung di Lahan Warga\n\n"
     "Sukamaju – Babinsa Koramil 03/Sukamaju Serka Anton membantu petani menanam jagung di lahan warga, "
     "Senin (3/6/2024). Di sela kegiatan, Babinsa melaksanakan komsos dengan petani dan bersilaturahmi "
     "dengan ketua kelompok tani.", "ketahanan_pangan", ["ketahanan_pangan", "komsos"]),
    ("karhutla-patrol-is-bencana-first",
     "Babinsa Gelar Patroli Karhutla di Kebun Sawit Warga\n\n"
     "Batang – Babinsa Koramil 01/Batang melaksanakan patroli di lahan perkebunan warga, Kamis "
     "(14/8/2025). Patroli menyusuri kebun sawit untuk mencegah karhutla. Tidak satu pun titik api "
     "ditemukan.", "bencana", ["bencana", "keamanan"]),
    ("tmmd-absorbs-karya-bakti",
     "Satgas TMMD Gotong Royong Bangun Jembatan Desa\n\n"
     "Kota – Personel Satgas TMMD dan warga melaksanakan karya bakti membangun jembatan penghubung "
     "dusun, Kamis (6/6/2024). Warga bergotong royong mengangkut material.", "tmmd", ["tmmd"]),
    ("lead-outweighs-the-rest",
     "Sukamaju – Babinsa Koramil 03/Sukamaju melaksanakan patroli bersama Bhabinkamtibmas di permukiman "
     "warga, Sabtu (8/6/2024). Patroli menyisir titik rawan pencurian. Dalam perjalanan pulang, Babinsa "
     "juga melaksanakan komsos dengan pemuda dan bersilaturahmi dengan tokoh masyarakat di balai "
     "dusun.", "keamanan", ["keamanan", "komsos"]),
    ("one-courtesy-word-at-the-end-is-not-an-activity",
     "Sukamaju – Babinsa Koramil 03/Sukamaju melaksanakan patroli bersama Bhabinkamtibmas di permukiman "
     "warga, Sabtu (8/6/2024). Patroli menyisir titik rawan pencurian dan pos kamling. Patroli berakhir "
     "pukul 02.00 WIB dalam keadaan aman. Warga menyambut baik dan berbincang dengan petugas.",
     "keamanan", ["keamanan"]),
]

# --- meetings versus security and visits; a talk versus what it was about --------------------------
TALKS_AND_MEETINGS = [
    ("mediation-is-koordinasi",
     "Babinpotmar Mediasi Sengketa Batas Tambak Warga\n\n"
     "Sukamaju – Babinpotmar Posal Sukamaju memediasi perselisihan dua keluarga nelayan soal batas tambak "
     "di kantor desa, Senin (3/6/2024). Kedua pihak sepakat berdamai.", "koordinasi", ["koordinasi"]),
    ("data-collection-is-koordinasi",
     "Babinsa melaksanakan pendataan wilayah dan memperbarui data penduduk di kantor desa.",
     "koordinasi", ["koordinasi"]),
    ("territorial-puldata",
     "Babinsa Koramil 04/Sukamaju melaksanakan Puldata Teritorial di kantor kelurahan bersama lurah.",
     "koordinasi", ["koordinasi"]),
    ("monitoring-an-activity-is-koordinasi",
     "Babinsa memonitor kegiatan perpisahan siswa PAUD di balai desa bersama kepala desa.",
     "koordinasi", ["koordinasi"]),
    ("monitoring-a-situation-is-keamanan",
     "Babinsa memantau situasi wilayah binaan menjelang pemungutan suara pilkades.",
     "keamanan", ["keamanan"]),
    ("meeting-about-stunting",
     "Babinsa menghadiri rapat koordinasi penanganan stunting di balai desa bersama bidan desa. Rapat "
     "membahas langkah bersama.", "koordinasi", ["koordinasi", "kesehatan"]),
    ("stunting-in-a-headline-is-the-topic",
     "Babinsa Kompak Cegah Stunting\n\n"

     "Sukamaju – Babinsa menghadiri rapat koordinasi penanganan stunting di kantor desa, Rabu "
     "(5/6/2024). Rapat dihadiri bidan desa dan perangkat desa.", "koordinasi", ["koordinasi", "kesehatan"]),
    ("talk-to-cadres-is-sosialisasi",
     "Babinsa menghadiri penyuluhan bagi kader posyandu tentang gizi balita di aula desa.",
     "sosialisasi", ["sosialisasi"]),
    ("talk-about-immunisation",
     "Bhabinkamtibmas mengikuti sosialisasi tentang imunisasi campak bagi orang tua murid di sekolah.",
     "sosialisasi", ["sosialisasi", "kesehatan"]),
    ("a-posyandu-held-is-kesehatan",
     "Babinsa mendampingi pelaksanaan posyandu dan penimbangan berat badan balita di dusun.",
     "kesehatan", ["kesehatan"]),
    ("inauguration-without-ceremony-is-lainnya",
     "Dandim menghadiri peresmian gedung serbaguna desa, Kamis (6/6/2024).", "lainnya", ["lainnya"]),
    ("inauguration-ceremony-is-upacara",
     "Dandim mengikuti upacara peresmian monumen perjuangan di alun-alun kota.", "upacara", ["upacara"]),
]

ALL_CASES = EVERY_LABEL + DONE_VS_MENTIONED + PRIMARY + TALKS_AND_MEETINGS


@pytest.mark.parametrize(("text", "primary", "labels"), [c[1:] for c in ALL_CASES], ids=[c[0] for c in ALL_CASES])
def test_activities(extractor, text, primary, labels):
    record = extractor.extract(text)
    assert record.activity == primary
    assert [a.type for a in record.activities] == labels
    assert_offsets(text, record)


def test_every_label_has_a_case():
    covered = {c[2] for c in EVERY_LABEL}
    assert covered == set(LABELS) == set(act.activity_lexicon().labels)


def test_scores_are_between_zero_and_one_and_ordered(extractor):
    text = PRIMARY[0][1]
    record = extractor.extract(text)
    scores = [a.score for a in record.activities]
    assert all(0 < s <= 1 for s in scores)
    assert scores[0] > scores[1]


# --- exact evidence spans -----------------------------------------------------------------------
# (text, {label: [(evidence text, occurrence in the text)]}) in the order the evidence is given.
EVIDENCE = [
    ("Babinsa melaksanakan komunikasi sosial (komsos) dengan warga dan mengingatkan warga agar "
     "mengikuti posyandu.",
     {"komsos": [("komunikasi sosial", 0)]}),
    ("Babinsa Bantu Petani Tanam Padi\n\nBabinsa membantu petani menanam padi dan memberikan pupuk.",
     {"ketahanan_pangan": [("Bantu Petani", 0), ("Tanam", 0), ("membantu petani", 0), ("menanam", 0),
                           ("pupuk", 0)]}),
    ("Polsek menggelar patroli blue light. Patroli menyisir titik rawan.",
     {"keamanan": [("patroli blue light", 0), ("Patroli", 0)]}),
    ("Kepala desa menyampaikan bahwa kerja bakti akan dilaksanakan pekan depan. Hari ini Babinsa "
     "melaksanakan sambang ke rumah warga.",
     {"komsos": [("sambang", 0)]}),
]


def _span(text: str, phrase: str, occurrence: int) -> tuple[str, int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return phrase, start, start + len(phrase)


@pytest.mark.parametrize(("text", "expected"), EVIDENCE, ids=[next(iter(e[1])) for e in EVIDENCE])
def test_evidence_spans(extractor, text, expected):
    record = extractor.extract(text)
    got = {a.type: [(e.text, e.start, e.end) for e in a.evidence] for a in record.activities}
    want = {label: [_span(text, p, n) for p, n in spans] for label, spans in expected.items()}
    assert got == want


# --- how a cue is framed ------------------------------------------------------------------------
# (sentence, cue, marker that makes it a mention or None when done, negated)
FRAMING = [
    ("Babinsa mengingatkan warga agar menjaga kesehatan.", "kesehatan", "agar", False),
    ("Babinsa turun ke desa untuk melaksanakan komsos.", "komsos", None, False),
    ("Kegiatan ini bertujuan untuk meningkatkan komunikasi sosial.", "komunikasi sosial", "untuk", False),
    ("Rencananya posyandu akan digelar bulan depan.", "posyandu", "Rencananya", False),
    ("Kami akan melaksanakan patroli malam ini.", "patroli", "akan", False),
    ("Selama patroli tidak ditemukan titik api.", "titik api", "tidak", True),
    ("Babinsa tidak hanya melakukan patroli, tetapi juga ronda.", "patroli", None, False),
    ("Babinsa melaksanakan patroli, lalu mengimbau warga.", "patroli", None, False),
    ("Warga, agar tidak lupa, kemudian ikut ronda malam.", "ronda", None, False),
    ("Kerja bakti akan dilaksanakan pekan depan.", "Kerja bakti", "akan", False),
    ("Kerja bakti kemarin diikuti warga, dan akan diulang.", "Kerja bakti", None, False),
]


@pytest.mark.parametrize(("sentence", "cue", "marker", "negated"), FRAMING, ids=[f"{f[1]}:{f[2]}" for f in FRAMING])
def test_framing(sentence, cue, marker, negated):
    assert act.framing(sentence, sentence.index(cue)) == (marker, negated)


def test_quotes():
    text = "Danramil berkata, “Tiap malam kami patroli.” Sesudahnya Babinsa ikut ronda."
    assert act.in_quote(text, text.index("patroli"))
    assert not act.in_quote(text, text.index("ronda"))


def test_quotes_are_read_per_line():
    text = ('Camat berkata, "Besok kerja bakti." Warga lalu ronda.\n'
            '“Kami siap patroli\nBabinsa menanam padi. Kata Danramil, "posyandu jalan terus')
    assert act.in_quote(text, text.index("kerja bakti"))
    assert not act.in_quote(text, text.index("ronda"))
    assert act.in_quote(text, text.index("patroli"))
    assert not act.in_quote(text, text.index("menanam"))  # the quote opened on the line before
    assert act.in_quote(text, text.index("posyandu"))


def _hits(*spans):
    return [act._Hit(label, 0, None, start, end) for label, start, end in spans]


def test_overlapping_cues():
    """The longer hit wins; equal hits of two labels both stand; of one label, the first stands."""
    text = "x" * 40
    kept = act._resolve_overlaps(_hits(("a", 0, 10), ("b", 2, 6), ("b", 12, 16), ("c", 12, 16),
                                       ("a", 20, 25), ("a", 22, 27), ("b", 30, 34)), text)
    assert [(h.label, h.start, h.end) for h in kept] == [
        ("a", 0, 10), ("b", 12, 16), ("c", 12, 16), ("a", 20, 25), ("b", 30, 34)]


def test_acronym_after_its_spelled_out_form_is_one_mention():
    text = "melaksanakan komunikasi sosial (Komsos) dengan warga"
    start, short = text.index("komunikasi"), text.index("Komsos")
    kept = act._resolve_overlaps(_hits(("komsos", start, start + len("komunikasi sosial")),
                                       ("komsos", short, short + len("Komsos"))), text)
    assert [(h.start, h.end) for h in kept] == [(start, start + len("komunikasi sosial"))]


def test_advice_list_needs_an_advice_opener():
    advice = ("Babinsa menyampaikan langkah yang perlu dilakukan. Pertama, ronda malam. Kedua, kerja bakti. "
              "Cerita lain.")
    report = "Babinsa melaksanakan dua kegiatan. Pertama, ronda malam. Kedua, kerja bakti."
    (start, end), = act.advice_lists(advice)
    assert advice[start:end].startswith("Pertama") and "kerja bakti" in advice[start:end]
    assert act.advice_lists(report) == []


def test_zones_headline_lines_then_a_two_sentence_lead():
    text = ("Babinsa Bantu Petani Tanam Padi\nSelasa, 4 Juni 2024 | 10:00 WIB\nBaca Juga: Warga Gelar Kerja Bakti\n\n"
            "Kota – Babinsa membantu petani menanam padi di sawah warga pada pagi hari. Kegiatan berlangsung "
            "sejak pukul tujuh pagi sampai siang. Warga menyambut baik kehadiran Babinsa di sawah.")
    zones = act.find_zones(text, (0, len("Babinsa Bantu Petani Tanam Padi")))
    assert zones.of(0) == "title"
    assert zones.of(text.index("Selasa")) == "title"  # a header line above the story; it holds no cue
    assert zones.of(text.index("Baca Juga")) == "body"
    assert zones.of(text.index("Kota")) == "lead"
    assert zones.of(text.index("sejak")) == "lead"
    assert zones.of(text.index("Warga menyambut")) == "body"


def test_zones_without_a_detected_title():
    text = ("Cegah Kriminalitas, Polsek Kota Gelar Patroli Malam\n\nKota – Personel Polsek Kota menggelar "
            "patroli malam di titik rawan. Patroli dipimpin Kapolsek.")
    zones = act.find_zones(text, None)
    assert zones.of(text.index("Gelar Patroli")) == "title"
    assert zones.of(text.index("Patroli dipimpin")) == "lead"


def test_cue_patterns_may_not_capture():
    with pytest.raises(ValueError, match="capturing"):
        act.Cue(pattern="(patroli|ronda)", weight=1)
    assert act.Cue(pattern="(?:patroli|ronda)", weight=1).act


def test_unknown_label_reference_is_rejected(monkeypatch):
    data = act.lexicon._load_yaml("activities.yaml")
    data["labels"]["tmmd"]["absorbs"] = ["no_such_label"]
    monkeypatch.setattr(act.lexicon, "_load_yaml", lambda name: data)
    act.activity_lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="no_such_label"):
            act.activity_lexicon()
    finally:
        monkeypatch.undo()
        act.activity_lexicon.cache_clear()


# --- the seed and the dev corpus ----------------------------------------------------------------

def test_seed_is_komsos_only(extractor, seed_text):
    record = extractor.extract(seed_text)
    assert record.activity == "komsos"
    assert [a.type for a in record.activities] == ["komsos"]
    assert record.activities[0].evidence
    assert_offsets(seed_text, record)

