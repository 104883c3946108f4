"""Bare names that the sentence around them marks as persons although no lexicon knows the name:
the object of a word that takes a person and described after a comma, the one whose view is told
("Menurut X, ..."), a name that closes its sentence after a role and its place, and names after
verbs of receiving and after kin words. Sentences are
our own; the names are invented so that no given-name list knows them."""

from __future__ import annotations

import pytest

from komsos_extract import extract
from tests.conftest import assert_offsets

# (sentence, people names)
CASES = [
    # the object of a word that takes a person, described after the comma
    ("Bantuan diberikan kepada Darmisah, warga Desa Sukamaju.", ["Darmisah"]),
    ("Babinsa menyambangi Darmisah Lubis, petani jagung di Desa Sukamaju.", ["Darmisah Lubis"]),
    # ... not after a word that takes a place, nor a known place, nor a body
    ("Kegiatan di Tangerang, warga bergotong royong.", []),
    ("Babinsa mengunjungi Sukamaju, desa binaannya, pagi tadi.", []),
    ("Bantuan diserahkan kepada Dinas Sosial, pihak terkait.", []),
    # the one whose view is told
    ("Menurut Sutarno, kegiatan ini sangat bermanfaat.", ["Sutarno"]),
    ("Menurut Kemenkes, kasus turun.", []),
    ("Kegiatan dibantu Tagana.", []),
    ("Menurut Kapolsek, situasi aman.", []),
    ("Menurut BPBD, banjir mulai surut.", []),
    # a name closing the sentence after a role and its place
    ("Kegiatan dibuka oleh Kepala Desa Mekarjaya, Darmisah. Acara berlangsung meriah.", ["Darmisah"]),
    ("Kegiatan dibuka oleh Bupati Sukamaju, Darmisah Wulan.", ["Darmisah Wulan"]),
    ("Kegiatan dihadiri Kepala Desa Mekarjaya, Karanganyar.", []),
    # after a verb of receiving, and after a kin word
    ("Rombongan disambut Darmisah Lubis di balai desa.", ["Darmisah Lubis"]),
    ("Bantuan diterima Pemerintah Desa Sukamaju.", []),
    ("Bantuan diberikan kepada pasangan suami istri Darmisah dan Sumirem.", ["Darmisah", "Sumirem"]),
    ("Babinsa membantu istri Darmisah memanen padi.", ["Darmisah"]),
    ("Kedatangan Babinsa disambut Kepala Desa Sukamaju.", []),
    # a name opening its sentence after an opening phrase, or after a sentence adverb
    ("Sementara itu, Darmisah, Kepala Desa Sukamaju mengaku berterima kasih.", ["Darmisah"]),
    ("Sementara Darmisah Lubis warga desa Sukamaju menyampaikan terima kasih.", ["Darmisah Lubis"]),
    ("Di Tangerang, warga bergotong royong.", []),
    # Balinese names from their opener, after a long lower-case word too
    ("Kegiatan itu menggantikan I Ketut Darmisa yang sedang sakit.", ["I Ketut Darmisa"]),
    ("Upacara dihadiri I Wayan Sudarma dan Ni Luh Putu Ardani.", ["I Wayan Sudarma", "Ni Luh Putu Ardani"]),
    # two names joined by "dan": the second is a person when the first is; "termasuk" lists persons
    ("Hadir perwakilan perusahaan Wartolo dan Darmisah selaku petugas keamanan.", ["Wartolo", "Darmisah"]),
    ("Para petani, termasuk Sutarno dan Wartolo, telah menerima bantuan.", ["Sutarno", "Wartolo"]),
    ("Bantuan termasuk Bansos dan sembako.", []),
    ("Tamu undangan, termasuk Darmisah Lubis dan Bapak-bapak PKK, ikut makan bersama.", ["Darmisah Lubis"]),
    ("Bantuan diberikan kepada Ibu Darmisah dan Sukamaju.", ["Darmisah"]),
    # no names: compass words, joined place names, programmes spelled out in brackets, lists of roles,
    # posts of the services, the pronoun of respect
    ("Kadus Lembar Barat mengungkapkan keluhan warga.", []),
    ("Hadir perwakilan BBWS Cimanuk-Citarum dan petani.", []),
    ("Hadir Ibu Maria Siti-Aminah dan warga.", ["Maria Siti-Aminah"]),
    ("Kapolres meluncurkan program Sahabat Desa (Sabda). Kerja sama antara Sabda dan Bhabinkamtibmas berjalan.",
     []),
    ("Warga mendukung Tiga Pilar Desa (Kades, Babinsa dan Bhabinkamtibmas) di kampungnya.", []),
    ("Kami minta maaf kepada bapak Tentara.", []),
    ("Kegiatan dihadiri Karo Ops dan Dir Intelkam Polda.", []),
    ("\"Terima kasih,\" ujar Beliau.", []),
    ("Hadir Rudi Hartawan (Ketua BPD Sukamaju dan tokoh masyarakat) dan warga.", ["Rudi Hartawan"]),
    ("Hadir Rifki Maulidan, Raksabumi setempat.", ["Rifki Maulidan"]),
    # a role's own short form in brackets, then its place and the name; a body's contraction in two words
    ("Kepala Desa (Kades) Sukamaju Darmisah mengucapkan terima kasih.", ["Darmisah"]),
    ("Hadir Kepala Dinas Perumahan Kawasan Permukiman dan Lingkungan Hidup (Perkim LH) Darmisah Lubis. "
     "Kapolres juga hadir.", ["Darmisah Lubis"]),
    ("Hadir Kepala Dinas Pekerjaan Umum (Dinas PU) Darmisah dan warga.", ["Darmisah"]),
    # a farmers' group after the name is not part of it; an age right after the name of a place role
    ("Babinsa ikut memanen jagung milik Bapak Darmisah Poktan Makmur di Desa Sukamaju.", ["Darmisah"]),
    ("Kades Sukamaju Darmisah(48) juga menuturkan terima kasih.", ["Darmisah"]),
    # a known place, then an unknown word and a given name: the name starts after the place
    ("Plt. Walikota Pariaman Darmisah Ramli, dalam sambutannya berterima kasih.", ["Darmisah Ramli"]),
    ("Hadir Kepala Kantor Pertanahan Kota Bogor Ahmad Sutrisno dan warga.", ["Ahmad Sutrisno"]),
    # an office's building, a letter's number and a newspaper are nobody
    ("Rapat digelar di Aula Kantor Bupati, Sukamaju Baru, pekan lalu.", []),
    ("Surat Bupati Sukamaju Nomor: 100/12/2024 dibacakan camat.", []),
    ("Pantauan Radar Sukamaju, warga antusias.", []),
    # a title after a village head's role opens the name; a speech word with "-nya" ends one
    ("Rapat dipimpin Kepala Desa H. Darmisah Wibisono dan berjalan tertib.", ["Darmisah Wibisono"]),
    ("Kegiatan di Bandara H. Darmisah Kusuma berlangsung lancar.", []),
    ("Hal itu disampaikan oleh Darmisah Lubis\nLanjutnya, warga diimbau tenang.", ["Darmisah Lubis"]),
    # short titles of ministers, an heir, a role with no place before a two-word name
    ("Kegiatan dihadiri Mensos Darmisah di Jakarta.", ["Darmisah"]),
    ("Mediasi antara Tri Wulandari dengan Ahliwaris Darmisah Kantawiya digelar di balai desa.",
     ["Tri Wulandari", "Darmisah Kantawiya"]),
    ("Guru Agama Sutarno hadir.", ["Sutarno"]),
    # an age written out after a comma; an honorific glued to the name
    ("Petugas bersama Darmisah, berusia 63 tahun, membersihkan kebun.", ["Darmisah"]),
    ("Total 30 peserta, berusia 17 tahun ke atas, ikut.", []),
    ("Kadus Tegal Rejo (Tarjo) hadir. Bapak Tarjo mengajak warga.", ["Tarjo"]),
    ("Hadir Bpk.Wartolo dan Sdr.Darmisah.", ["Wartolo", "Darmisah"]),
    # the subject of a verb of saying, opening its sentence
    ("Untuk itu, Darmisah Lubis berharap masyarakat bekerja sama.", ["Darmisah Lubis"]),
    ("Acara berjalan lancar. Peserta mengatakan senang.", []),
    ("Selain itu, Pemdes berharap warga tertib.", []),
    ("Sementara itu, Kepala Desa mengatakan warga senang.", []),
    # one word after a village role, closed by a comma, that no place is known by: the officer's name
    ("Rapat diikuti Sekretaris Desa Darmisah, para ketua RT dan Ketua BPD Wartolo.", ["Darmisah", "Wartolo"]),
    ("Kepala Desa Mekarjaya, Kecamatan Sukamaju, hadir.", []),
    ("Warga Desa Mekarsari senang. Hadir Kepala Desa Mekarsari, Camat, dan Kapolsek.", []),
    # an age after a village's name drops the village; a compass word stays with its place
    ("Warga Desa Sukamaju Darmisah (52) ikut membantu.", ["Darmisah"]),
    ("Hadir Kepala Desa Sukamaju Darmisah, Kadus Mekarsari Timur Wartolo, dan warga.", ["Darmisah", "Wartolo"]),
    # a degree written with a blank after the comma is no name; a role spelled out before its short form
    ("Kasikesra Kecamatan Purwokerto Barat Darmisah, S Sos, ikut memberi arahan.", ["Darmisah"]),
    ("Hal itu dijelaskan Kepala Bagian Operasional (Kabag Ops) Polres Sukamaju, Kompol Darmono.", []),
    # a Polda's staff written as one word, Kei villages, a headline's clergy line
    ("Rombongan Kapolda terdiri dari Dirbinmas, Karolog dan Karoops.", []),
    ("Pertandingan bola antara Ohoi Sukamaju dan Ohoi Mekarsari berlangsung sportif.", []),
    # a name's abbreviation right after a village head's role opens the name; glued degrees are cut off
    ("Hadir Kepala Desa Moh Darmisah Wijaya dan warga.", ["Moh Darmisah Wijaya"]),
    ("Hadir Bidan Desa Darmisah Wulan, SST.M.Kes dan warga.", ["Darmisah Wulan"]),
    # a village role's holder named before it: the word after the role is the village
    ("\"Kami senang,\" kata Darmisah Nasution, Kades Lumbanraya saat meninjau sawah.", ["Darmisah Nasution"]),
    ("Hadir Camat Sukamaju, Kades Wartolo dan warga.", ["Wartolo"]),
    ("Hadir Kepala Desa Sukamaju Darsono S.Sos, Kasi Pemerintahan Wartolo, dan warga.", ["Darsono", "Wartolo"]),
    ("Di lokasi, Kepala Dusun, Darmisah menjelaskan kronologi banjir.", ["Darmisah"]),
    # "Sementara itu" without its comma opens the sentence; "Adalah X" presents X; more degrees
    ("Sementara itu Darmisah, petani Desa Sukamaju, berharap panen naik.", ["Darmisah"]),
    ("Adalah Darmisah, seorang petani, yang pertama menanam jagung di sana.", ["Darmisah"]),
    ("Penyuluhan disampaikan Ibu Darmisah S.Giz dari Puskesmas.", ["Darmisah"]),
    ("Panen berhasil. Tetapi, harga gabah turun.", []),
    ("Acara dibuka Wakil Gubernur Jawa Timur (Wagub Jatim) Darmisah Wulan.", ["Darmisah Wulan"]),
    # an academic degree after a name marks a person, after a body's or a place's words
    ("Bantuan diserahkan Kepala Bidang Penyuluhan Pertanian Darmisah, S.P., M.Si, kepada petani.", ["Darmisah"]),
    ("Materi disampaikan Kepala SD Negeri 4 Kota Batu, Darmisah, S.Pd.", ["Darmisah"]),
    ("Hadir pula anggota DPR RI Darmisah Wulan, S.T., dan tokoh masyarakat.", ["Darmisah Wulan"]),
    ("Acara dibuka Camat Lembang Selatan Ir. Darmisah Wulan, M.M.", ["Darmisah Wulan"]),
    # ... not a ranked person's, not a body's name that runs on after "dan", not a spaced degree
    ("Hadir Kapolsek AKP Darmo Tua Lubis, S.H, bersama warga.", []),
    ("Hadir Kepala Dinas Pertanian dan Himpunan Tani Sukamaju Darmisah, S.P.", []),
    # (two affairs joined by "dan" are one office's name, and the name follows it)
    ("Hadir Kepala Dinas Pertanian dan Ketahanan Pangan Darmisah, S.P.", ["Darmisah"]),
    ("Penyuluhan oleh Darmisah,S Sos MM dari BNN.", []),
    ("Materi disampaikan oleh S. Pd dari dinas.", []),
    # a village officer's role, one word no gazetteer knows, then a given name: the word opens the name
    ("Kegiatan dihadiri Sekretaris Desa Darmisah Ismail, Ketua RT dan warga.", ["Darmisah Ismail"]),
    ("Kegiatan dihadiri Kepala Desa Sukamaju Ismail dan warga.", ["Ismail"]),
    ("Kades Nangahure Darsih Lubis menyambut rombongan.", ["Darsih Lubis"]),
    ("Kegiatan dihadiri Kepala Dusun Krajan Ismail dan warga.", ["Ismail"]),
    # a known place between a noun and a name is the person's, not the name's
    ("Sementara, salah satu petani Papua Darmisah Lubis mengatakan, panen naik.", ["Darmisah Lubis"]),
    ("Sementara, salah satu petani Papua Yohanis Darmo mengatakan, panen naik.", ["Yohanis Darmo"]),
    ("Hadir Ketua KPU Balikpapan Darmisah Lowo Kencana, Ketua RT dan warga.", ["Darmisah Lowo Kencana"]),
    # an honorific closing a wrapped line: the name goes on on the next one
    ("Babinsa mendampingi petani dalam kegiatan panen padi di lahan seluas satu hektare milik Bpk\n"
     "Darmisah Lubis.\nSerda Tono mengatakan pendampingan berjalan.", ["Darmisah Lubis"]),
    ("Babinsa Bantu Warga Panen Padi\nDarmisah Lubis\nSerda Tono mengatakan pendampingan berjalan.", []),
    # roles and name parts of the regions: KUPT, Wako, the Makassar "Dg."; "Pak Babin" is the Babinsa
    ("Danramil Kapten Inf Budi Lubis, KUPT Darmisah mengatakan, Babinsa turun.", ["Darmisah"]),
    ("Sebelumnya Wako Padang Darmisah Lubis mengukuhkan relawan.", ["Darmisah Lubis"]),
    ("Kelompok tani diketuai oleh Darmo Dg. Sikki, di lahan milik petani.", ["Darmo Dg. Sikki"]),
    ("Hadir juga Pak Babin dan warga.", []),
    # a bare name listed among persons, written like its neighbours
    ("Rumah yang diperbaiki milik Ibu Darsih, Ibu Wartini, Karmun, Bapak Sukiran dan Bapak Lodra.",
     ["Darsih", "Wartini", "Karmun", "Sukiran", "Lodra"]),
    ("Rumah milik Bapak Darmo Lubis (RT 08), Karmun (RT 03), dan Lodra Wiguna (RT 02).",
     ["Darmo Lubis", "Karmun", "Lodra Wiguna"]),
    ("Rumah milik Ibu Darsih Br. Sinaga Dusun III, Jelita Br. Tarigan Dusun VII, Darto Nasution Dusun VIII.",
     ["Darsih Br. Sinaga", "Jelita Br. Tarigan", "Darto Nasution"]),
    ("Hadir Ibu Darsih, Sukamaju, dan Bapak Darmo.", ["Darsih", "Darmo"]),
    ("Hadir Ketua BPD Desa Sukamaju Darmo Lubis, Perangkat dan Staf Kecamatan, serta Ibu Darsih.",
     ["Darmo Lubis", "Darsih"]),
    # a spaced degree is no initial and surname; a couple joined by a hyphen is two persons
    ("Hadir Kades Darsih S. Ip dan warga.", ["Darsih"]),
    ("Sasaran bedah rumah adalah pasangan suami-istri Darmin Lelo-Rofa Nenu. Keduanya masih kuat.",
     ["Darmin Lelo", "Rofa Nenu"]),
    ("Rumah milik Bapak Darsih Abdul-Karim diperbaiki.", ["Darsih Abdul-Karim"]),
    ("Acara dihadiri Muhammad Al-Fatih Ramadhan selaku ketua panitia.", ["Muhammad Al-Fatih Ramadhan"]),
    # the wife of a ranked man, named with his name after hers, is a person of her own
    ("Kegiatan dipimpin Kapolres AKBP Darmo Wiguna, S.I.K., bersama Ketua Bhayangkari Cabang Ny. Rina Darmo "
     "Wiguna, menyapa warga.", ["Rina Darmo Wiguna"]),
    ("Kegiatan dipimpin Kapolres AKBP Darmo Wiguna. Pak Darmo Wiguna menyapa warga.", []),
    ("Kapolsek Iptu Darmo Wiguna hadir. Menurut Bapak M. Darmo Wiguna, situasi aman.", []),
    # pronouns are no names; a headline's verb ends the name; "CS" after a name is his party
    ("Rumah Saya sudah diperbaiki, kata pemilik rumah.", []),
    ("Mbah Darsih Menjadi Saksi Sejarah Peresmian Jalan Hasil TMMD\nWarga berkumpul.", ["Darsih"]),
    ("Sedangkan warga atas nama Darsih CS alamat Dusun Kelor mengklaim tanah tersebut.", ["Darsih"]),
    # roles: Satpol PP heads
    ("Hadir Kasat Pol PP Darmo Wiguna, Kapolsek Iptu Budi dan warga.", ["Darmo Wiguna"]),
    # a resident named after the village, then a verb
    ("Sementara itu salah seorang warga desa Bukit Teratai,Darsih mengatakan jalan rusak.", ["Darsih"]),
    ("Ia adalah warga Desa Sukamaju, Darsih yang rajin.", []),
    # names listed line by line after a colon, each with its part in brackets
    ("Kegiatan melibatkan tim dari berbagai pihak, di antaranya:\nDarmo Wiguna (Penguji Mutu Gabah)\n"
     "Lodra dan Karmun (Tim Inspeksi Lapangan)\nSertu Budi Santoso (Babinsa)\n", ["Darmo Wiguna", "Lodra", "Karmun"]),
    ("Bantuan yang diberikan sebagai berikut:\nBeras (10 karung)\nMinyak Goreng (5 liter)\n", []),
    ("Hasil pemeriksaan:\nTekanan Darah (normal)\nPemenang:\nJuara I Darsih Lubis (SDN 1)\n", []),
    # after "yakni", "yaitu", "adalah" one unknown word is a person only when described after it
    ("Kegiatan yang akan dilaksanakan yakni Ziarah ke Taman Makam Pahlawan.", []),
    ("Ibu Kotanya adalah Ranau.", []),
    ("Pihak yang bertikai yakni Darsih (Pemilik Tanah), dan Lodra (Penggarap).", ["Darsih", "Lodra"]),
    ("Penerima bantuan yakni Darsih Wulan dan Lodra.", ["Darsih Wulan", "Lodra"]),
    # a role's short form in brackets opens no name; a misspelled role is none
    ("Acara dibuka Wakil Gubernur Jawa Tengah (Wagub Jateng) Darmo Wiguna secara resmi.", ["Darmo Wiguna"]),
    ('"Sehat selalu Pak Baninsa." ungkap warga.', []),
    ("Melalui program Ngopi Bareng Pak Babin’ ini, polisi bersilaturahmi.", []),
    # a district head's unknown words are his name (the gazetteer knows every district), a village's not;
    # from a given name on when a short form of the district comes first
    ("Wabup Malteng Darsih Lubis hadir dalam acara.", ["Darsih Lubis"]),
    ("Kapolda didampingi Wabup Lowo Bunar dan Forkopimda pada acara tatap muka.", ["Lowo Bunar"]),
    ("Kapolda didampingi Kades Lowo Bunar dan warga.", []),
    ("Acara dihadiri Bupati Batang Hari dan Kapolres.", []),
    # a name described in brackets, then "dan" and the next; police reports' "Lk." and "Pr."
    ("Pihak hadir: Ujang Darmo (Penerima Kuasa) dan Karmun (Pemilik Tanah).", ["Ujang Darmo", "Karmun"]),
    # ("Lk." is also a neighbourhood in Medan, "Pr" closes a priest's name: neither is an address form)
    ("Warga Lk. Sidorejo Kelurahan Tanjung Sari ikut hadir.", []),
    # the plain words closing a long role phrase, after its body and a known place, are the name
    ("Acara ini dihadiri oleh Kepala BPPD Provinsi NTT Darmo Lowo beserta stafnya.", ["Darmo Lowo"]),
    ("Ketua Poktan Desa Pongok Darmo mengakui peran aktif Babinsa.", ["Darmo"]),
    ("Hadir Ketua Karang Taruna Desa Lowo Bunar dan warga.", []),
    ("Hadir Kepala Urusan Kesejahteraan Rakyat melaksanakan pendataan.", []),
    ("Ketua Pokdarwis Garut Indah mengatakan wisata ramai.", []),
    ("Turut hadir Ketua Pelaksana BPBD Raja Lowobu, dan warga.", ["Raja Lowobu"]),  # (no half name)
    # in an attendee list one word no lexicon knows only adds a mention to someone found otherwise
    ("Hadir antara lain Darsih Wulan, Karmun, Puskesmas dan warga.", ["Darsih Wulan"]),
    ("Hadir antara lain Darsih Wulan dan Bapak Karmun. Hadir pula Karmun dan warga.", ["Darsih Wulan", "Karmun"]),
    # names given as examples of a noun of persons, one word each too; goods given as examples are no one
    ("Warga Dusun Lowobu seperti Darmo Karmun, Lodra dan Wiryo ikut bergotong royong.",
     ["Darmo Karmun", "Lodra", "Wiryo"]),
    ("Beras dibagikan kepada warga, antara lain Karmun, Sutirah dan Lodra.", ["Karmun", "Sutirah", "Lodra"]),
    ("Babinsa menyerahkan perlengkapan ibadah untuk para santri, diantaranya Peci dan Sarung.", []),
    ("Petani menanam sayuran seperti Kangkung dan Bayam.", []),
    # a family named by its head: "keluarga Karmun"; "adalah X, seorang ..." describes a person
    ("Sengketa batas kebun terjadi antara keluarga Darmaji dan keluarga Wartini.", ["Darmaji", "Wartini"]),
    ("Semoga menjadi keluarga Sakinah, Mawaddah dan Warahmah.", []),  # (a wish: no known name after "keluarga")
    ("Desa sasaran adalah Lowobu, salah satu desa terpencil.", []),
    ("Warga yang dilaporkan hilang adalah Karmun, seorang kakek dari Dusun Lowobu.", ["Karmun"]),
    # an age with a description in the same brackets; a noun with "-nya" opening the sentence is no name
    ("Kerugian warga:\n- Karmun (58 tahun, pensiunan guru): Rp14 juta\n", ["Karmun"]),
    ("Hilangnya Darsih Lodra (80) membuat keluarga cemas.", ["Darsih Lodra"]),
    # titles: a priest's Pdt. opens a name (a middle initial inside it), a title before a name in lower
    # case is no name, a comma before the title does not make the name a body's, Romo and Gus address
    ("Kapolres bertemu Pdt. Lodrik Alfonso V Karmundo di gereja.", ["Lodrik Alfonso V Karmundo"]),
    ("Turut hadir Camat Sukamaju, Drs darmo Karmun.", []),
    ("Rombongan disambut pengasuh pondok, KH Lodra Al Karmun, bersama para guru.", ["Lodra Al Karmun"]),
    ("Polisi bersilaturahmi dengan Romo Lodrik Karmundo M.Fil. di pastoran.", ["Lodrik Karmundo"]),
    ("Pengasuh pondok Sukamaju, Ahmad Karmun atau yang akrab disapa Gus Karmun berharap aman. Gus Karmun "
     "menambahkan.", ["Ahmad Karmun"]),
    # a church's saint, a police unit's staff, a conjunction or a verb of work opening a sentence
    ("Kapolres berkunjung ke kediaman Pastor Paroki Santo Yusuf di Jalan Mawar.", []),
    ("Kapolres beserta Ketua Bhayangkari, Pejabat Utama, dan tamu hadir.", []),
    ("Sebab, korban diketahui sering ke sungai.", []),
    ("Bekerja sebagai buruh tani, ayah dua anak ini belum menerima bantuan.", []),
    # after a plain role (no place of its own) the name starts at its first word, not at a later given name
    ("Kapolda berkunjung ke kediaman Pendeta Lodrik Jono di Jalan Jambu.", ["Lodrik Jono"]),
    ("Kapolda berkunjung ke kediaman Tokoh Agama Lodrik Jono di Jalan Jambu.", ["Lodrik Jono"]),
    # after a role's known place, an unknown word and "H." are the name's first word and middle initial
    ("Camat Cibatu Lodrik H. Karmundo dalam sambutannya mengucapkan selamat datang.", ["Lodrik H. Karmundo"]),
    ("Camat Cibatu H. Karmundo dalam sambutannya mengucapkan selamat datang.", ["Karmundo"]),
    # a time adverb opening the sentence is no one described by the noun after the comma
    ("Kemarin, warga Dusun Lowobu menerima bantuan beras.", []),
    ("Kemarin, petani Keltan Sri Rejeki memanen padi bersama Babinsa.", []),
    # a ranked man named before the comma holds his own post: the civilian role after it names its own holder
    ("Danramil Kapten Inf Lodra Karmun, KUPT Darsini mengatakan, Babinsa turun ke sawah.", ["Darsini"]),
    # short forms of roles: a head teacher, clergy; a vice-governor's title with his province is no name
    ("\"Anak-anak harus cinta tanah air,\" ujar Kasek SD Negeri 5 Kota Malang, Darsini, SPd.", ["Darsini"]),
    ("Pengajian diisi Ustadzah Darsini Lodra dan Kyai Karmun Wiryo.", ["Darsini Lodra", "Karmun Wiryo"]),
    ("Acara dibuka Wagub Jateng dan dihadiri Bupati.", []),
    # titles of birth that are common words too open a name: Sasak "Lalu", Malay "Raja"; "Lalu Lintas" is traffic
    ("Dandim bersama Wakil Bupati Lombok Barat Lalu Darmo Wijaya menyerahkan bantuan.", ["Lalu Darmo Wijaya"]),
    ("Korban, Lalu Karmun (42), tenggelam saat hendak kembali ke tepi.", ["Lalu Karmun"]),
    ("Bantuan diterima Bapak Raja Karmundo di rumahnya.", ["Raja Karmundo"]),
    ("Lalu Babinsa membantu warga memanen padi.", []),
    ("Kasat Lalu Lintas memimpin apel bersama warga.", []),
    ("Warga Kabupaten Raja Ampat menerima bantuan.", []),
    # a Balinese name is one word longer; "-nya" words, "Terkait" and a party's part end or make no name
    ("Hadir Perbekel Desa Sukamaju I Putu Gede Lodra Karmun Wiryo dalam acara itu.", ["I Putu Gede Lodra Karmun Wiryo"]),
    ("Babinsa membantu di sawah milik Ibu Darsini Lokasinya bertempat di Desa Sukamaju.", ["Darsini"]),
    ("Pertanyaan dari Bapak Karmun Terkait antrean BBM dijawab Kapolsek.", ["Karmun"]),
    ("Temukan Korban Terakhir, Tim Gabungan Susur Sungai", []),
    # several words that open with a given name and name a known village are the village; groups aid goes to
    ("Bantuan disalurkan ke dua desa, yaitu Sri Mulyo dan Sri Menanti.", []),
    ("Bantuan diserahkan kepada warga seperti Lansia dan Disabilitas.", []),
    # "Lalu" opening a sentence is "then"; a clergyman's title takes the whole name
    ("Lalu Karmun mengatakan bahwa panen tahun ini baik.", []),
    ("Kapolda berkunjung ke kediaman Khatib Lodrik Jono di Jalan Jambu.", ["Lodrik Jono"]),
    ("Bantuan diterima Ibu Siti Aliyah di rumahnya.", ["Siti Aliyah"]),
    # a nickname is one more name of someone named before, not a second person
    ("Rumah milik Mbah Sudarmo diperbaiki. Mbah Sudarmo atau yang akrab disapa Mbah Darmo tidak menyangka. "
     "Mbah Darmo berterima kasih.", ["Sudarmo"]),
    # a thing's word ending the paragraph before names nothing after it; "Jl." still does
    ("Warga memotong besi untuk jembatan.\n\nLodrik (48) Ketua RW 05 Dusun Tempel menyampaikan terima kasih.",
     ["Lodrik"]),
    ("Rumah itu berada di Jl. Ahmad Yani Kelurahan Sukamaju.", []),
    # an acronym joined by a hyphen names bodies; "Tuan Tanah" is a landowner
    ("Kegiatan mempererat kemanunggalan antara TNI-Rakyat di desa.", []),
    ("Sengketa terjadi karena ada dua Tuan Tanah di kampung itu.", []),
    # the place's chain goes on over commas and level words before the holder's name
    ("Kepala Desa Sukamaju, Kecamatan Cepiring, Lodrik Karmundo mengatakan, bantuan tepat sasaran.",
     ["Lodrik Karmundo"]),
    ("Kepala Desa Sukamaju, Kabupaten Kendal Lodrik Karmundo mengatakan, bantuan tepat sasaran.",
     ["Lodrik Karmundo"]),
    ("Tim menemui Ketua RT 02, Desa Sukamaju, Lodrik. Pada pertemuan itu warga senang.", ["Lodrik"]),
    # a Balinese name opens at "I"/"Ni" and a birth-order name, whatever place words run into it
    ("Bendesa Adat Petak Sukamaju I Nyoman Lodrik Karmundo menyampaikan aspirasi.", ["I Nyoman Lodrik Karmundo"]),
    # a known regency after a body's name is the body's, not the name's
    ("Kepala Dinas Perhubungan Ponorogo Lodrik, SH. MH. hadir.", ["Lodrik"]),
    # ... but a given name that is also a village's stays the name's first word
    ("Sambutan disampaikan Camat, kemudian materi dari Dinas Pertanian Slamet Karmundo, S.P., kepada petani.",
     ["Slamet Karmundo"]),
    # a dash inside a route is no dateline: the name after it stays alone
    ("Pengendara di jalur Semarang–Kendal Lodrik (40) mengalami luka ringan.", ["Lodrik"]),
    # an abbreviation's dot is no sentence end: "Prov." still opens the thing's name
    ("Rapat di kantor Prov. Lodrik Karmundo (48) mengatakan siap.", []),
    # after a chain of places written with commas, one more known place is no name
    ("Jumat Curhat digelar di Kantin Kantor Camat Sukamaju, Kabupaten Kendal, Sumut, Jumat pagi.", []),
    # "Ustd." is one more short form of Ustadz, the teacher's address form
    ("Sholawat dibawakan oleh Ustd. Lodrik Karmundo dan sambutan dari pengasuh.", ["Lodrik Karmundo"]),
    # "Semoga" opens a wish, not a name
    ("Panen berjalan baik bersama masyarakat sekitar, Semoga hasil panen melimpah.", []),
    # a quotation closed with an opening quote mark still ends at the speech tag
    ("\u201cJalan yang dicor ini memudahkan anak-anak kami berangkat ke sekolah setiap pagi,\u201c "
     "tutur Lodrik salah seorang pemuda kampung.", ["Lodrik"]),
    # "PNS" before a name in a list of ranked men: a civil servant
    ("Hadir Brigpol I Putu Lodra dan PNS I Ketut Karmundo di balai banjar.", ["I Ketut Karmundo"]),
    # a role head's object in an apposition is no name; a syllable contraction of "Kelompok ..." neither
    ("Rombongan datang bersama AKBP Lodrik, M.M. (Kasubdit Binpolmas sebagai Ketua Rombongan).", []),
    ("Bibit bakau diterima Ketua Kelompok Sadar Wisata (Pokdarwis) di pantai.", []),
    # a credit in brackets keeps its form of address, like the byline that named him
    ("Pewarta: Mas Lodra\n\nBabinsa Serda Darmo membantu warga Desa Sukamaju. (Mas Lodra)\n", []),
    # a contraction in mixed case is no name, even after a form of address ("PAK": a budget change)
    ("Musyawarah membahas PAK APBDes Sukamaju dan rencana kerja tahun depan.", []),
    # the fused head of a dinas is a role, not the first word of a name
    ("Rapat diikuti Sekda Darmo serta Kadispermades Tri Karmundo di ruang pertemuan.", ["Darmo", "Tri Karmundo"]),
    # a credit label with words before its colon
    ("Laporan wartawan sukamajunews.id : Agus Karmundo.\nBabinsa Serda Darmo membantu warga.", []),
    # "bernama" after a place's noun names the place
    ("Prajurit Satgas berjalan kaki menuju kampung bernama Lowobu di tepi sungai.", []),
    ("\"Terima kasih TNI,\" kata warga desa bernama Lodrik Karmundo.", ["Lodrik Karmundo"]),
    # a group's role written with its place's level words: the place follows, not a name
    ("Upacara keagamaan dijaga Pecalang Desa Adat Karmun Lowobu dan anggota Polsek Sukamaju.\n\n"
     "Menurut aturan daerah, Desa Adat di Bali punya tugas menjaga keamanan wilayah Desa Adat sendiri.", []),
    # "Tgk." (Teungku) opens a name like the other titles of its list
    ("Usai kerja bakti, Tgk. Karmundo memimpin doa di meunasah gampong.", ["Karmundo"]),
    # more verbs whose subject opening the sentence is a person
    ("Dalam kesempatan itu, Suparman mengucapkan terima kasih kepada Babinsa.", ["Suparman"]),
    ("Masyarakat Desa Sukamaju mengapresiasi Babinsa. Kelompok Tani Makmur mengucapkan terima kasih.", []),
    # "Sementara" alone opens the sentence, and an adverb may stand between the subject and its verb
    ("Sementara Lodrik Karmundo juga menyampaikan harapan agar panen berikutnya lebih baik.", ["Lodrik Karmundo"]),
    ("Sementara Pemerintah Kabupaten juga menyampaikan dukungan untuk program itu.", []),
    # one word described by a noun of persons is a person, though a village elsewhere has that name,
    # unless this text writes it as a place
    ("Di hari yang sama, Wonokerto, petani cabai, memetik hasil kebunnya.", ["Wonokerto"]),
    ("Panen raya digelar di Desa Wonokerto. Di hari yang sama, Wonokerto, warga setempat, ikut memanen.", []),
    # a name in capitals opens with a known given name; an acronym does not
    ("Hadir Kapolsek Sukamaju IPTU DARMO, Camat Sukamaju diwakili Sekcam AGUS KARMUNDO, S.Sos., dan kepala desa.",
     ["AGUS KARMUNDO"]),
    # "Haji" written out is the title, except after a pilgrimage's words
    ("Lahan yang diolah hari itu adalah milik Haji Karmundo di pinggir desa.", ["Karmundo"]),
    ("Petugas membantu calon jemaah Haji Indonesia di Asrama Haji Sukamaju.", []),
    # a place role's name that the text writes as the place after its level word is the place
    ("Di Kecamatan Johan Pahlawan, kerja bakti dipimpin Camat Johan Pahlawan dan para lurah.", []),
    # more heads: Kaban (Kepala Badan), Hukumtua (Minahasa, one word), Jaro (Baduy)
    ("Hadir Kaban Keuangan Lodrik Karmundo dan Hukumtua Sukamaju Lodra Karmun.", ["Lodrik Karmundo", "Lodra Karmun"]),
    ("Demi kemitraan Polri-Masyarakat, Bhabinkamtibmas rutin menyambangi warga.", []),
    # a post of the services in brackets with no rank written: a person in people ...
    ("Rapat dibuka AKP Darmo Karmun didampingi Lodrik (Babinsa) di balai desa.", ["Lodrik"]),
    # ... but not after the post spelled out, nor for a ranked man named so elsewhere
    ("Dalam sambutannya Komandan\nRayon Militer (Danramil) 07/Sukamaju, Kapten Inf Darmo, berpesan kepada warga.", []),
    ("Babinsa Serda Lodrik Karmundo hadir. Turut hadir Lodrik (Babinsa) dan warga.", []),
    # a place role then a given name that no place is known by: the name, not the village
    ("Kepala Desa Suparman menyebut jalan desa rusak sejak musim hujan.", ["Suparman"]),
    ("Kepala Desa Sukamaju mengatakan bahwa pemerintah desa siap.", []),
    ("Kepala Desa Sri Mulyo mengatakan warga siap.", []),  # (a village whose name opens with a given name)
    ("Vaksinasi ditinjau Kepala Puskesmas Sri Karmundo dan Staff pada pagi hari.", ["Sri Karmundo"]),
    ("Pelatihan diikuti Kader Teknik dari tiap dusun.", []),
    # a village written with its second word in lower case, then the name
    ("Kapolsek bersama Kades Mekar sari Karmundo meninjau lokasi.", ["Karmundo"]),
    ("Camat Sukamaju mengatakan bahwa kegiatan lancar.", []),
    # air bases are named after heroes: their names are no persons of the story
    ("Karya bakti di Pangkalan TNI AU Lodrik Karmundo dilanjutkan dengan kerja bakti.", []),
    ("Prajurit Lanud Lodrik Karmundo membersihkan selokan bersama warga.", []),
    ("\"Kami siap membantu,\" kata Danlanud Lodrik Karmundo kepada warga.", []),
    # a post, its unit, a comma and a name with no rank: the record's people hold him
    ("Plh Danramil 05/Sukamaju, Agus Karmundo saat ditemui menyebut situasi kondusif.", ["Agus Karmundo"]),
    # officers named by their grade group, a housing estate
    ("\"Jalan ini selesai bulan depan,\" kata Pamen berkacamata itu kepada wartawan.", []),
    ("Bantuan air bersih dikirim ke Perum Griya Asri dan dua kampung lain.", []),
    # "yang merupakan" describes the person before it
    ("Karmundo yang merupakan tokoh masyarakat setempat mengucapkan terima kasih.", ["Karmundo"]),
    ("Sukamaju yang merupakan salah satu desa binaan Koramil.", []),
    # the fused head of the Kesbangpol office
    ("Materi kebangsaan disampaikan Kakesbangpol Lodrik Karmundo, S.I.P. kepada peserta.", ["Lodrik Karmundo"]),
    # a defence degree written with a blank ("S.T Han") is no one's name
    ("Pengarahan diberikan Mayor Pnb Darmaji, S.T Han, Lettu Kal Lodrik, S.T Han, kepada siswa-siswi SMK.", []),
]


def test_short_link_lines_are_page_furniture():
    """"Baca: ..." lines link other stories, like "Baca juga"; their names are nobody in this one."""
    text = ("Warga Desa Sukamaju menerima bantuan dari Babinsa Koramil 05 Serda Lodra.\n\n"
            "Baca: KPK Periksa Gubernur Karmundo, Status Hukum Ditentukan Sore Ini\n\n"
            "Kegiatan berjalan lancar.\n")
    assert [p.name for p in extract(text).people] == []


@pytest.mark.parametrize(("sentence", "people"), CASES, ids=[c[0][:40] for c in CASES])
def test_people_marked_by_the_sentence(sentence, people):
    record = extract(sentence)
    assert [p.name for p in record.people] == people
    assert_offsets(sentence, record)


def test_an_english_address_form_is_nobody():
    """"Mr." addresses a foreigner; alone it is no person's name (the name after it may or may not be
    read), and "MR" after a rank stays the soldier's initials."""
    record = extract("Kegiatan dihadiri Mr. Lodrik dari perusahaan.")
    assert "Mr" not in [p.name for p in record.people]
    record = extract("Babinsa Koramil 12 Serda MR Karmundo dan Praka Lodra melaksanakan Komsos.")
    assert [p.name for p in record.personnel] == ["MR Karmundo", "Lodra"]


def test_a_page_s_closing_links_cut_short_and_columns_are_nobody():
    """After the story: "Artikel Sebelumnya", a link cut short by an ellipsis, "Author: title" lines."""
    text = ("Warga Desa Sukamaju bergotong royong bersama Babinsa Serda Lodra membangun jalan desa.\n\n"
            "    Artikel Sebelumnya\n\n    Camat Lodrik Karmundo Tinjau Jembatan Putus di Ujung...\n\n"
            "    Artikel Berikutnya\n\n    Rekomendasi\n\n"
            "    Agus Karmun: Catatan tentang Sawah dan Hujan\n    Agus Karmun: Pasar Pagi yang Mulai Sepi\n")
    assert [p.name for p in extract(text).people] == []


def test_a_programme_named_after_the_village_is_no_person():
    text = "Bhabinkamtibmas Kampung Sukamaju aktif sehingga program unggulan yaitu Pelangi Sukamaju dapat terlaksana."
    assert extract(text).people == []
    assert [p.name for p in extract("Rumah milik Agus Karmun di Desa Karmun dibedah.").people] == ["Agus Karmun"]


def test_a_village_cooperative_is_a_body():
    assert extract("Kegiatan diikuti anggota KUD Mina Harta Sukamaju dan nelayan.").people == []
