"""Civilians in shapes first met in the outside sample JS-JZ (nineteenth session). Every sentence here is
invented in the releases' style; none is taken from an article."""

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    # a regency of three words before the holder's name (not the name of a thing after "Kota")
    ("Bupati melapor di hadapan Wakil Bupati Lima Puluh Kota Ferizal Ridwan, S.Sos pada acara penanaman.",
     ["Ferizal Ridwan"]),
    ("Warga menuju Kota Baru Darmo Karmun.", []),
    # a resident named after the noun of persons and his known place, one word too
    ("Warga Karangkobar Sarwono yang juga anggota Perbakin mengaku senang.", ["Sarwono"]),
    ("Latihan Angkasa Yudha digelar di lapangan.", []),
    ("Warga Karangkobar Sarwono, 55 tahun, mengaku senang.", ["Sarwono"]),
    ("Penduduk Sidorejo Suparmin, 47 tahun, mengatakan jalan rusak.", ["Suparmin"]),
    ("Warga Karangkobar, 55 tahun, mengatakan jalan ini sudah lama rusak.", []),
    ("Korban yang dievakuasi: 2. Ramin, (65) warga RT 17.", ["Ramin"]),
    # (after another noun the capitalised word may open the name: a village's name that is a given name too)
    ("Sertu Sutrisno membantu petani Tejo Wibowo (48) menyiapkan benih padi.", ["Tejo Wibowo"]),
    # a group in brackets after a noun of persons is no person
    ("Kegiatan diikuti remaja (Generasi Muda) dan pelajar (Tunas Bangsa) desa setempat.", []),
    # names in brackets after parents, children, sisters and brothers, a capitalised noun opening the sentence;
    # a name that is some village's too among them (not villages alone)
    ("Babinsa mengunjungi orang tua (Sutarjo dan Ngatini) di rumahnya.", ["Sutarjo", "Ngatini"]),
    ("Kegiatan diikuti ibu-ibu (Darmi, Sumi dan Warsini) di balai desa.", ["Darmi", "Sumi", "Warsini"]),
    ("Dua bersaudara (Anton dan Andi) selamat dari banjir.", ["Anton", "Andi"]),
    ("Pelaku (Andi) sudah diserahkan ke Polsek.", ["Andi"]),
    ("Program Ketahanan Pangan (Ketapang) berjalan. Pelaku (Curanmor) diburu.", []),
    ("Bantuan diberikan kepada warga (Sumberejo, Sri Mulyo dan Tri Mulyo) yang terdampak.", []),
    ("Warga bernama Arif, Sukamaju dan Sukajadi menerima bantuan.", ["Arif"]),
    # a list after "Warga bernama" ends with the item after "dan", before a date
    ("Warga bernama Arif, Dedi dan Santoso, Senin (12/6/2023), menerima bantuan.", ["Arif", "Dedi", "Santoso"]),
    # a police post, its unit with a place of two words, then the holder without rank
    ("Kasat Lantas Polres Bengkulu Selatan Rahmad Hidayat memimpin apel pagi.", ["Rahmad Hidayat"]),
    # a doer's noun capitalised after a verb is no name; a boarding school and the Qur'an are no names
    ("Keluhan yang sama juga disampaikan Pengepul kopi yang ada di Gayo Lues.", []),
    ("Keluhan yang sama juga disampaikan Pendi, warga setempat.", ["Pendi"]),
    ("Sosialisasi bertempat di Dayah Darul Muta'alimin Desa Kruet Lintang.", []),
    ("Rekrutmen bersumber dari kalangan Santri dan Hafiz Al- Qur'an serta lintas agama.", []),
])
def test_batch_js_to_jz_civilians(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected
