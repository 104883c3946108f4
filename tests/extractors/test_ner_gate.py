"""The gate a model PER span passes before it names a person: our name rules fix its boundaries,
context words and lexicons veto it. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from komsos_extract.extractors.ner import gate_person

# (sentence, the model's PER span, blocked spans as substrings, expected name or None, strong)
ROWS = [
    ("Turut hadir Hendra Gunawan dan para ketua RT.", "Hendra Gunawan", [], "Hendra Gunawan", True),
    ("Kades Sutrisno menyambut baik kegiatan itu.", "Kades Sutrisno", [], "Sutrisno", True),
    ("Bapak Darsono, S.Pd. mengatakan panen cukup baik.", "Darsono, S.Pd.", [], "Darsono", True),
    ("Hadir I Wayan Sudarta selaku kelian banjar.", "I Wayan Sudarta", [], "I Wayan Sudarta", True),
    # a place glued before the name: the place candidate blocks it, or the gazetteer knows it
    ("Kepala Desa Sukamaju Rudi Hartono hadir.", "Sukamaju Rudi Hartono", ["Desa Sukamaju"], "Rudi Hartono", True),
    ("Kepala Desa Sukamaju hadir.", "Sukamaju", ["Desa Sukamaju"], None, None),
    # units, acronyms, derived words, credits and lower-case vocabulary are not persons
    ("Anggota Koramil Cibadak ikut membantu.", "Koramil Cibadak", ["Koramil Cibadak"], None, None),
    ("Ketua BPD dan warga bergotong royong.", "BPD", [], None, None),
    ("Kegiatan Pembinaan Teritorial digelar di balai desa.", "Pembinaan Teritorial", [], None, None),
    ("Acara Bakti Sosial itu membantu warga yang butuh bakti nyata.", "Bakti Sosial", [], None, None),
    ("Penulis : Andi Saputra", "Andi Saputra", [], None, None),
    ("Pos Rayon Militer Cibadak menggelar apel.", "Rayon Militer", [], None, None),
    ("Komandan Satgas Mobile Tahun ini hadir.", "Mobile Tahun", [], None, None),
    # an airport, a squadron or a campus named after a person, the thing's word up to five words before
    ("Logistik tiba di Bandara Internasional Sultan Aji Muhamad Sulaiman, Sepinggan.", "Muhamad Sulaiman", [], None, None),
    ("Pesawat dari Skuadron Udara 32 Abdulrahman Saleh tiba di Sukamaju.", "Abdulrahman Saleh", [], None, None),
    ("Kegiatan di Kampus UIN Mahmud Yunus Batusangkar berjalan lancar.", "Mahmud Yunus", [], None, None),
    # ("Negeri" of a state's institution is no level word: the institution's name goes on)
    ("Kuliah umum di Universitas Negeri Sultan Ageng Wiryo berjalan lancar.", "Ageng Wiryo", [], None, None),
    # (a level word closes the words before: the place's body, then its head's name)
    ("Majelis Alit Desa Pekraman Marga Ida Bagus Anom menyampaikan pesan.", "Ida Bagus Anom", [], "Ida Bagus Anom", True),
    # in a title-case headline a name is only a mention of someone found in the body
    ("Babinsa Dampingi Hendra Gunawan Panen Jagung\n\nSerda Andi hadir.", "Hendra Gunawan", [],
     "Hendra Gunawan", False),
    # a one-word name that is no known given name, with nothing around it that says "person", only
    # adds a mention to someone found otherwise
    ("Marbun tidak sempat datang karena hujan.", "Marbun", [], "Marbun", False),
    ("Babinsa melaksanakan Binter, salah satunya dengan komsos.", "Binter", [], "Binter", False),
    # ... but the context may say so: degrees, an age, an apposition, a word that introduces a person,
    # a verb of saying before or after it, a civilian role with its place
    ("Sekretaris kecamatan, Marbun, S.STP ikut memantau.", "Marbun", [], "Marbun", True),
    ("Turut mendampingi Sembiring, S. Sos dari kantor camat.", "Sembiring", [], "Sembiring", True),
    ("Lahan milik Kogoya (52) ditanami jagung.", "Kogoya", [], "Kogoya", True),
    ("Tarigan, salah satu petani, mengaku senang.", "Tarigan", [], "Tarigan", True),
    ("Yosias Wenda selaku ketua kelompok tani menerima bibit.", "Yosias Wenda", [], "Yosias Wenda", True),
    # a context alone (no honorific, age or degree) needs a known given or family name as well
    ("Menurut Marbun, jalan itu rusak parah.", "Marbun", [], "Marbun", False),
    ("Menurut Tobar Siregar, jalan itu rusak parah.", "Tobar Siregar", [], "Tobar Siregar", True),
    ("Bantuan diserahkan kepada Kogoya dan keluarganya.", "Kogoya", [], "Kogoya", True),
    ("\u201cKami senang sekali,\u201d ujar Tarigan sambil tersenyum.", "Tarigan", [], "Tarigan", True),
    ("Wenda mengatakan jalan desa sudah diperbaiki.", "Wenda", [], "Wenda", True),
    ("Di kebun itu Kogoya memberikan bibit kepada warga.", "Kogoya", [], "Kogoya", True),
    ("Tim Gabungan melaksanakan patroli malam.", "Tim Gabungan", [], None, None),
    ("Warga ikut kerja bakti Lodrajo membersihkan pasar.", "Lodrajo", [], "Lodrajo", False),
    ("Warga ikut kerja bakti Serentak membersihkan pasar.", "Serentak", [], None, None),  # ("simultaneous")
    # a base's name after its short form in brackets; forest fires written as one word
    ("Pangkalan TNI Angkatan Udara (Lanud) Pangeran Darmo Karmun menggelar acara.", "Darmo Karmun", [], None, None),
    ("Ketika ditanya kesiapan TNI AU menghadapi Karhutla, Darmo menuturkan rencananya.", "Karhutla", [], None, None),
    # sons and daughters of the services
    ("Hadir pengurus FKPPI dan Putra-Putri TNI, Polri di lapangan.", "Putra-Putri", [], None, None),
    ("Menjelang Hari Raya Idul Fitri harga cabai naik.", "Fitri", [], None, None),
    ("Kepala Desa Sukamaju Tobar Kalimpo hadir.", "Tobar Kalimpo", ["Desa Sukamaju"], "Tobar Kalimpo", False),
    # a known given name right before the span belongs to the name; a compass word does not
    ("Pekaseh Desa Sukamaju Ketut Suwitra ikut hadir.", "Suwitra", ["Desa Sukamaju"], "Ketut Suwitra", True),
    ("Linmas Pemecutan Kaler Ketut Suwitra ikut hadir.", "Kaler Ketut Suwitra", [], "Ketut Suwitra", True),
    # a role of several words is skipped whole; a compass word alone is no name
    ("Hadir Pendamping Gizi dan Kader Posyandu.", "Pendamping Gizi", [], None, None),
    ("Dokter Puskesmas Kedaung Wetan ikut hadir.", "Wetan", [], None, None),
    # not persons: a feast or an era, a serviceman without his rank, a degree written with a blank,
    # an organisation after "oleh", a unit's Roman number
    ("Selama bulan Ramadhan warga rajin ke masjid.", "Ramadhan", [], None, None),
    ("Sekolah itu dibangun pada zaman Soeharto dan kini masih dipakai.", "Soeharto", [], None, None),
    ("Acara itu dihadiri Rudi Hartono Babinsa desa setempat.", "Rudi Hartono", [], None, None),
    ("Lurah Sukamaju, Marbun SE. M. Si membuka acara.", "M. Si", [], None, None),
    ("Kegiatan digelar oleh Ikatan Pemuda Tani setempat.", "Ikatan Pemuda Tani", [], None, None),
    ("Anggota Persit PD V Brawijaya ikut hadir.", "V Brawijaya", [], None, None),
    ("Danpos Sukamaju, Letda Inf Andi Saputra, memimpin patroli.", "Sukamaju", [], None, None),
    # a ranked man whose rank the rules did not read: the rank written out, a bracket, a corps, titles
    ("Babinsa Sersan Satu (Sertu) Darmo Wiyono membantu petani.", "Darmo Wiyono", [], None, None),
    ("Dandim Letkol (Inf) Budi Lodrajaya membuka acara.", "Budi Lodrajaya", [], None, None),
    ("Dandim Kol Arm I Gusti Agung Putu Lodra membuka acara.", "Putu Lodra", [], None, None),
    ("Serda Karmun bersama warga dan Budi Lodrajaya menanam padi.", "Budi Lodrajaya", [], "Budi Lodrajaya", True),
    ("Serda Karmun dan Budi Lodrajaya menanam padi.", "Budi Lodrajaya", [], "Budi Lodrajaya", True),
    ("Kegiatan dipimpin Serda Andi. Budi Santoso, warga setempat, hadir.", "Budi Santoso", [], "Budi Santoso", True),
    ("Babinsa mengunjungi rumah Darsono yang sedang sakit.", "Darsono", [], "Darsono", True),
    ("Doa untuk Paus Benediktus XVI dipanjatkan umat.", "Benediktus XVI", [], "Benediktus XVI", True),
    # a school's or a unit's name after its kind or number, a degree with a blank and no dots, words
    # glued by a lost blank, a nickname
    ("Anak-anak mengaji di TPQ Nurul Huda setiap sore.", "Nurul Huda", [], None, None),
    ("Pangdam XIV Hasanuddin meninjau lokasi.", "Hasanuddin", [], None, None),
    ("Penyidik I Subdit IV Ditreskrimum hadir.", "I Subdit IV", [], None, None),
    ("Kasi Kesra Darmo Wiyono, S Sos menjelaskan program.", "S Sos", [], None, None),
    ("Kasi Kesra Karmun, S Sos menjelaskan program.", "Karmun", [], "Karmun", True),
    ("Warga melapor kepada Kepala DesaBudi Lodrajaya kemarin.", "DesaBudi Lodrajaya", [], None, None),
    ("Polisi yang akrab disapa Budi oleh warga itu tersenyum.", "Budi", [], None, None),
    # a verb of saying after a headline name does not make it strong
    ("Warga Desa Sukamaju Wenda Mengatakan Terima Kasih\n\nSerda Andi hadir.", "Wenda", [], "Wenda", False),
    # a name alone on its line under the story, an initial before it: a byline
    ("Kegiatan berjalan lancar.\n\n    M Lodrik Karmundo\n\nArtikel Sebelumnya", "Lodrik Karmundo", [], None, None),
    # a Roman one before an acronym is no Balinese "I": "Tahap I TA 2017"
    ("Desa ini mendapat program TMMD Tahap I TA 2017 dari Kodim.", "I TA", [], None, None),
    # ... while "Ida" opens a name whatever case follows it
    ("Hadir Ida NURHAYATI dalam acara itu.", "Ida NURHAYATI", [], "Ida NURHAYATI", True),
    # a river word inside marks a place: "Sungai Kunyit"
    ("Lembaga Amil Zakat Darmo Sungai Kunyit menyalurkan bantuan.", "Darmo Sungai Kunyit", [], None, None),
    # a trade written capitalised before the name describes him
    ("Perahu dengan Nakhoda Budi ditahan warga.", "Nakhoda Budi", [], "Budi", True),
    # a base, a building or an estate named after someone, there or elsewhere in the text; a photo credit
    ("Upacara digelar di Lanud Darmo Karmun pagi itu.", "Darmo Karmun", [], None, None),
    ("Komandan (Danlanud) Darmo Karmun membuka acara. Lanud Darmo Karmun bersih.", "Darmo Karmun", [], None, None),
    ("Rapat berlangsung di Wisma Budi Lodrajaya, Senin.", "Budi Lodrajaya", [], None, None),
    ("Warga perumahan BTN Darmo Asri berkumpul.", "Darmo Asri", [], None, None),
    ("Bantuan diserahkan kepada warga. (Foto Budi Lodrajaya)", "Budi Lodrajaya", [], None, None),
    # a deputy commander's post no list holds; a rank abbreviated with its vowels left out
    ("Hadir Wadansatgasops Sukamaju Kolonel Inf Darmo.", "Wadansatgasops Sukamaju", [], None, None),
    ("Danramil Kptn Inf Budi Lodrajaya hadir.", "Budi Lodrajaya", [], None, None),
    # a name after an asterisk on the last line is the writer's sign
    ("Kegiatan berjalan lancar.\n*Karmun", "Karmun", [], None, None),
    # an engine's brand, a room, a nickname, a district after its level word, posts and a misspelled role
    ("Api dipadamkan memakai mesin Robin dan air seadanya.", "Robin", [], None, None),
    ("Paparan digelar di Ruang Yudha Markas Korem.", "Yudha Markas", [], None, None),
    ("Remaja itu antara lain Budi alias Otong dan kawannya.", "Otong", [], None, None),
    ("Menara dibangun di Kabupaten Lanny Jaya bersama warga.", "Lanny Jaya", [], None, None),
    ("Hadir Kasiops Korem Mayor Inf Darmo.", "Kasiops", [], None, None),
    ("Sinergi Babinsa dan Babhinkamtibmas terjalin baik.", "Babhinkamtibmas", [], None, None),
    ("Kapolres AKPB Budi Lodrajaya, S.I.K, mengatakan hal itu.", "Budi Lodrajaya", [], None, None),
    # a body's or a thing's name after its word (not someone's house), titles and bodies' words inside,
    # a name referred back to
    ("Kemarin, petani Keltan Sri Rejeki memanen padi.", "Sri Rejeki", [], None, None),
    ("Upacara dipuput oleh Ida Begawan Griya Sukamaju.", "Ida Begawan Griya Sukamaju", [], None, None),
    ("Berita ini dimuat oleh Tri Brata News pagi tadi.", "Tri Brata News", [], None, None),
    ("Seperti dikatakan Budi di awal, narkoba merusak.", "Budi", [], None, None),
    # ... but words of names stay: "Pertiwi", "Dharma" inside a name, a quote credited with "dikatakan"
    ("Hadir Ibu Dewi Pertiwi dalam acara itu.", "Dewi Pertiwi", [], "Dewi Pertiwi", True),
    ("Hadir Saudara Made Dharma Putra dalam acara itu.", "Made Dharma Putra", [], "Made Dharma Putra", True),
    ("Budi Lodrajaya hadir. Hal itu dikatakan Budi Lodrajaya kemarin.", "Budi Lodrajaya", [], "Budi Lodrajaya", True),
    # a Roman one before a section's name; God's name after a Balinese opener; a thing's word a few
    # capitalised words before; the village before a Balinese name is cut off
    ("Hadir Kapolsek dan Kanit I Sat Intelkam dalam apel.", "I Sat Intelkam", [], None, None),
    ("Warga berdoa kepada Ida Sang Hyang Widhi Wasa.", "Ida Sang Hyang Widhi Wasa", [], None, None),
    ("Kerja bakti di Masjid Agung Nurul Fallah bersama warga.", "Nurul Fallah", [], None, None),
    ("Apel di Jalan Raya Syekh Darmo Albantani, Kecamatan Sukamaju.", "Darmo Albantani", [], None, None),
    ("Tokoh masyarakat Jasri I Nyoman Karmun Adnyana menenangkan warga.", "Jasri I Nyoman Karmun", [],
     "I Nyoman Karmun Adnyana", True),
    # (review) a thing's word in the sentence before; Balinese names with a title word, an abbreviated
    # birth-order name or none; "Ida" inside a Javanese name
    ("Apel digelar di Lapangan Sukamaju. Darmo Karmun selaku ketua panitia mengatakan acara lancar.",
     "Darmo Karmun", [], "Darmo Karmun", True),
    ("Hadir I Made Dharma Putra selaku kelian banjar.", "I Made Dharma Putra", [], "I Made Dharma Putra", True),
    ("Hadir Bapak I Wy. Sudarta dalam acara itu.", "I Wy. Sudarta", [], "I Wy. Sudarta", True),
    ("Hadir Ni Sukerti dalam acara itu.", "Ni Sukerti", [], "Ni Sukerti", True),
    ("Hadir Ibu Nur Ida Farida dalam acara itu.", "Nur Ida Farida", [], "Nur Ida Farida", True),
    # (session 15) a hall's name after its word in lower case, a command's headquarters closing it; a
    # street in a list of streets; someone's own house stays his
    ("Pelantikan dilaksanakan di aula Catur Prasetya Mapolda Sukamaju, Senin.", "Prasetya Mapolda Sukamaju", [],
     None, None),
    ("Tim menyemprot di sepanjang jalan Melati, Kenanga, Darsih Karmun, Mawar dan sekitarnya.", "Darsih Karmun", [],
     None, None),
    ("Babinsa mengunjungi rumah Bapak Darmo Karmun di dusun.", "Darmo Karmun", [], "Darmo Karmun", True),
    # a writer's credit after the outlet's web address; a byline opened by stray brackets
    ("Pengamanan berjalan lancar. (Beritasukamaju.com/ Darmo Karmunto)\nSimak berita lain.", "Darmo Karmunto", [],
     None, None),
    ("Kata Lodrik kepada wartawan. Semua lancar.\n[] Darmo Karmunto\n", "Darmo Karmunto", [], None, None),
    ("Hadir Darmo Karmunto (warga/petani) di sawah.", "Darmo Karmunto", [], "Darmo Karmunto", True),
]


@pytest.mark.parametrize("sentence, span, blocked, expected, strong", ROWS)
def test_gate_person(sentence, span, blocked, expected, strong):
    start = sentence.index(span)
    spans = [(sentence.index(b), sentence.index(b) + len(b)) for b in blocked]
    gated = gate_person(sentence, start, start + len(span), spans)
    if expected is None:
        assert gated is None
    else:
        assert gated is not None and gated.name.name == expected and gated.strong is strong
        assert sentence[gated.name.start:gated.name.end] == expected


def test_rules_name_wins_over_model_span():
    """A model span compatible with a name the rules read only adds a mention to it: the rules'
    boundaries stand ("Pendamping Gizi Resti Handayani" tagged whole by the model)."""
    from komsos_extract.extractors.base import Candidate
    from komsos_extract.extractors.personnel import _people_records

    text = "Hadir Pendamping Gizi Resti Handayani bersama warga."
    rule_at = text.index("Resti")
    model_at = text.index("Gizi")
    end = rule_at + len("Resti Handayani")
    rule = Candidate("CIVILIAN", rule_at, end, text[rule_at:end], rule="role", score=1.0,
                     attrs={"name": "Resti Handayani", "honorific": None, "role": "Pendamping Gizi", "source": "role"})
    model = Candidate("CIVILIAN", model_at, end, text[model_at:end], rule="ner", score=0.5,
                      attrs={"name": "Gizi Resti Handayani", "honorific": None, "role": None, "source": "ner"})
    for hits in ([rule, model], [model, rule]):
        people = _people_records(text, hits)
        assert [p.name for p in people] == ["Resti Handayani"]
        assert len(people[0].mentions) == 2


def _civilian(text: str, name: str, source: str):
    from komsos_extract.extractors.base import Candidate

    at = text.index(name)
    return Candidate("CIVILIAN", at, at + len(name), name, rule=source, score=1.0 if source != "ner_weak" else 0.5,
                     attrs={"name": name, "honorific": None, "role": None, "source": source})


LIST_ROWS = [
    # (sentence, a name the rules found, the weak model name, promoted)
    ("Hadir Bapak Budi Santoso, Marbun dan warga lain.", "Budi Santoso", "Marbun", True),
    ("Hadir Kogoya dan Bapak Budi Santoso di balai desa.", "Budi Santoso", "Kogoya", True),
    ("Hadir Bapak Budi Santoso, Marbun serta Wenda.", "Budi Santoso", "Wenda", False),  # not next to a sure name
    ("Bapak Budi Santoso bertemu Marbun di pasar.", "Budi Santoso", "Marbun", False),
]


@pytest.mark.parametrize("sentence, sure, weak, promoted", LIST_ROWS)
def test_weak_model_name_listed_next_to_a_person(sentence, sure, weak, promoted):
    from komsos_extract.extractors.personnel import _listed_with_person

    hits = _listed_with_person(sentence, [_civilian(sentence, sure, "honorific"), _civilian(sentence, weak, "ner_weak")])
    assert (hits[1].attrs["source"] == "ner") is promoted
    assert hits[0].attrs["source"] == "honorific"


@pytest.mark.parametrize("text", [
    "Kegiatan berjalan lancar dan aman.\nRepoter : Bambang Sutejo\n",
    "Kegiatan berjalan lancar. Penulis : Yudin Editor : Irda Publish : Yudin Silahkan baca berita lain.",
])
def test_credit_labels_misspelled_or_of_a_portal(text):
    # a byline's label misspelled ("Repoter") or a portal's "Publish :" credits the name after it
    assert all(gate_person(text, m.start(), m.end()) is None
               for m in re.finditer(r"Bambang Sutejo|(?<=Publish : )Yudin", text))


def test_a_name_after_the_newsrooms_mark_is_its_writer():
    text = "Polres akan terus menjaga keamanan secara profesional. (Red) Darmo Karmun."
    start = text.index("Darmo")
    assert gate_person(text, start, start + len("Darmo Karmun")) is None


def test_red_inside_a_sentence_is_no_credit():
    text = "Ketua RT (Red) Sutrisno menyampaikan terima kasih kepada Babinsa."
    start = text.index("Sutrisno")
    assert gate_person(text, start, start + len("Sutrisno")) is not None
