"""Civilians in shapes first met in the outside sample JK-JR (nineteenth session). Every sentence here is
invented in the releases' style; none is taken from an article."""

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    # the dead before a name; a sentence's "likewise" and "if" open no name
    ("Jenazah Karmun (45), korban sambaran petir, dimakamkan hari itu.", ["Karmun"]),
    ("Senada, Bupati Sukamaju H. Abdul Wahid mengharapkan warga tetap waspada.", ["Abdul Wahid"]),
    ("Jalan ini merupakan akses warga untuk melintas,Kalau sudah diperbaiki warga pun lebih nyaman.", []),
    # a pronoun capitalised after the comma of a role is no name
    ("Dihadapan Ketua Tim Wasev, Ia memaparkan progres kondisi terkini.", []),
    ("Ketua Tim Wasev, Darmo Karmun memaparkan progres kondisi terkini.", ["Darmo Karmun"]),
    # an official residence and a prosecutor's post are no names
    ("Rute patroli meliputi Rudis Gubernur, Rudis Walikota dan kantor Terminal.", []),
    ("Hadir pula Wakil Wali Kota, Asdatun Kejaksaan Tinggi dan Dansat Brimob.", []),
    # the others of a list after "warga bernama" (a description after the comma is no second name)
    ("Gedung usaha dikontrak oleh warga bernama Hafid, Alex dan Marinyo Da Gama.", ["Hafid", "Alex", "Marinyo Da Gama"]),
    ("Gedung usaha dikontrak oleh warga bernama Hafid, warga Desa Sukamaju.", ["Hafid"]),
    # who drives, lives in or tills a thing (a body after the verb is none)
    ("Kendaraan yang dikemudikan Yosep berhenti di badan jalan.", ["Yosep"]),
    ("Rumah yang dihuni Darsih (70) roboh diterjang angin.", ["Darsih"]),
    ("Lahan yang digarap Kelompok Tani Maju Jaya ditanami jagung.", []),
    ("Kelebihan yang dimiliki Si-Mokos adalah bisa dilaksanakan di lapangan.", []),
])
def test_batch_jk_to_jr_civilians(extractor, sentence, expected):
    assert [p.name for p in extractor.extract(sentence).people] == expected
