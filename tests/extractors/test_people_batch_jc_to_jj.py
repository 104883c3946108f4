"""Civilians in shapes first met in the outside sample JC-JJ (nineteenth session). Every sentence here is
invented in the releases' style; none is taken from an article."""

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    # an age after a comma, with or without the sex before it: victims listed in disaster and crime reports
    ("Korban meninggal dunia yakni Karmun Wenda, 38 tahun, dan Lodra Penggu, 26 tahun.", ["Karmun Wenda", "Lodra Penggu"]),
    ("Adapun korban diketahui: 1) Karmun Wenda, Laki-laki 38 Tahun, pekerjaan penambang, 2) Lodra Penggu, "
     "laki-laki, 27 tahun, pekerjaan penambang.", ["Karmun Wenda", "Lodra Penggu"]),
    # (not a place's time: "Sukamaju, 2 tahun lalu"; "Dusun Krajan, 10 tahun," is a place's age too)
    ("Warga Desa Sukamaju, 2 tahun lalu, pernah dilanda banjir.", []),
    ("Jembatan di Dusun Krajan, 10 tahun, tidak pernah diperbaiki.", []),
    # an acting title alone is no name
    ("Kegiatan dihadiri Pgs. Pasintel Kodim Kapten Inf Darmo Sutejo dan warga.", []),
    # a house's kind is not its owner; an owner after a title is
    ("Babinsa meninjau rumah Jabatan Bupati Sukamaju bersama warga.", []),
    ("Kades bertemu warga di kediaman H Mukmin di desa Sukamaju.", ["Mukmin"]),
    ("Babinsa mendatangi rumah Untung Karmundo Ketua RT bersama warga.", ["Untung Karmundo"]),
    # a firm's form in capitals opens the firm's name, not a craftsman's
    ("Babinsa mengunjungi Bapak Darmo (66), pemilik UD Sinar Jaya yang merupakan pengrajin anyaman.", ["Darmo"]),
    # two capitals after a post's place are the man's initials; after the post alone, a body's code
    ("Hadir dalam kegiatan Camat Sukamaju SF Hariyanto dan Kepala Desa.", ["SF Hariyanto"]),
    ("Hadir Ketua PD Budi Santoso dan warga.", ["Budi Santoso"]),
    ("Hadir perwakilan Satpol PP Budi Santoso dan warga.", ["Budi Santoso"]),
    # names in brackets after a noun of persons (not a programme's or a boat's word, not a contraction, not a
    # writer's credit at the story's end)
    ("Angin merusak dua rumah tetangga (Anastain dan Suryana) di RT 03.", ["Anastain", "Suryana"]),
    ("Bantuan diserahkan kepada warga (Darmo, Sarinem dan Paijo) di RT 03.", ["Darmo", "Sarinem", "Paijo"]),
    ("Bantuan diserahkan kepada warga (Suparman) di RT 03.", ["Suparman"]),
    ("Program penyerapan gabah petani (Sergap) berjalan.", []),
    ("Tim menemukan korban kecelakaan kapal nelayan (Jolorok) di perairan.", []),
    ("Upaya memelihara keamanan dan ketertiban masyarakat (Harkamtibmas) terus dilakukan.", []),
    ("Bantuan diserahkan kepada warga (Sukamaju dan Sukajadi).", []),
    ("Kegiatan berjalan lancar. (Suparman)", []),
    # a body's code before a name with a degree; a place after the code is the body's too
    ("Hadir pula perwakilan Satpol PP Fahriansyah, S.E., dan Ketua Panitia.", ["Fahriansyah"]),
    ("Hadir Kadis Perpustakaan Karmun SH, pejabat BPMPD Dompu M Ali S.Sos serta Lurah.", ["Karmun", "M Ali"]),
    # the Balinese teaching opens with the given name Tri
    ("Warga melaksanakan ajaran Tri Hita Karana dalam kehidupan sehari-hari.", []),
])
def test_batch_jc_to_jj_civilians(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected


def test_a_persons_sex_after_the_comma_is_no_role(extractor):
    record = extractor.extract("Korban atas nama Darsih, perempuan, 45 tahun, warga Dusun Krajan.")
    assert [(p.name, p.role) for p in record.people] == [("Darsih", None)]


def test_a_post_its_unit_and_a_name_without_rank(extractor):
    # the unit's place ends where a known given name follows: Polres Asahan is the unit, the rest its holder
    record = extractor.extract("Kasat Binmas Polres Asahan Budi Karmundo berharap program berjalan lancar.")
    assert [(u.kind, u.name) for u in record.units] == [("Polres", "Asahan")]
    assert [(p.name, p.role) for p in record.people] == [("Budi Karmundo", "Kasat Binmas")]
    # (with his rank he is the unit's officer; a place of three words keeps them all)
    record = extractor.extract("Kasat Binmas Polres Asahan AKP Budi Karmundo berharap program berjalan lancar.")
    assert [(p.rank, p.name) for p in record.personnel] == [("AKP", "Budi Karmundo")] and record.people == []
    record = extractor.extract("Personel Polres Labuhan Batu Selatan hadir bersama warga.")
    assert [(u.kind, u.name) for u in record.units] == [("Polres", "Labuhan Batu Selatan")]
