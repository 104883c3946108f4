"""Named civilians after a civilian role, in the ways releases write the role phrase: a verb right
after "Role Place, Name", a spelled-out role with its acronym in brackets, degrees glued to the name,
a plain role that ends in a level word ("Bidan Desa"), long Balinese names and Batak "boru".

Each row is a sentence we wrote in the style of the releases, with the people it names
([(name, role)]); the decoy rows name nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_offsets

# (sentence, [(name, role)])
CASES = [
    # a word that no dictionary, gazetteer or name list knows, after a role's known district, is the
    # name (words of the dictionary are not: see the decoys)
    ("Hadir Kepala Bulog Kolaka Zoryan, sejumlah anggota dewan dan tokoh masyarakat.",
     [("Zoryan", "Kepala Bulog Kolaka")]),
    ("Tampak pula Kepala Dinas Pertanian Sumbar Hendrap. Acara ini berlangsung meriah.",
     [("Hendrap", "Kepala Dinas Pertanian Sumbar")]),
    ("Kepala Bagian Pemerintahan dan Kesra, Zoryan Hindom dalam kesempatan itu menyampaikan pesan.",
     [("Zoryan Hindom", "Kepala Bagian Pemerintahan dan Kesra")]),
    # (after a body's code a town no list knows may come first: it is no name)
    ("Kepala Kantor SAR Timika Darmo Hidayat memimpin pencarian.", [("Darmo Hidayat", "Kepala Kantor SAR Timika")]),
    # given names that are dictionary words too stay names
    ("Lurah Teguh menyampaikan terima kasih kepada Babinsa.", [("Teguh", "Lurah")]),
    ("Hadir Bidan Desa Sri Rejeki Wartini di posyandu.", [("Wartini", "Bidan Desa")]),
    ("Kegiatan dihadiri Ayat Sudrajat selaku tokoh masyarakat.", [("Ayat Sudrajat", "tokoh masyarakat")]),
    # a short name in brackets made of the man's own names is his nickname, not a body's contraction
    ("Sesuai arahan Presiden Darmo Wibowo (Darwo) agar TNI dan Polri membantu warga.",
     [("Darmo Wibowo", "Presiden")]),
    # doctors written in capitals, glued or not, in a list of examples; a clergyman's one-word name
    ("Pemateri antara lain DR. Darmo Karmun, DR.Lodrik Wiryo dan warga.", [("Darmo Karmun", None), ("Lodrik Wiryo", None)]),
    ("Ibadah dipimpin oleh Pendeta Mahardika. Kehadiran personel disambut jemaat.", [("Mahardika", "Pendeta")]),
    # the rest of a list after its last person found, every item a bare name, the last joined by "dan"
    ("Hadir warga adat Yunus Luat, Hendra Firdaus, Kiyin, Berlan, Joel Sakai dan Jalung Biling. Kapolda hadir.",
     [("Yunus Luat", None), ("Hendra Firdaus", None), ("Kiyin", None), ("Berlan", None), ("Joel Sakai", None),
      ("Jalung Biling", None)]),
    # (not a list's rest of places)
    ("Bantuan dibagikan kepada Hendra Firdaus di Sukamaju, Karangrejo, Tanjung Harapan dan Mekar Jaya. Kapolda hadir.",
     [("Hendra Firdaus", None)]),
    # ages after numbered items, dates and neighbourhoods stay ages; a protest's coordinator is a role
    ("Korban: 1) Darmo (45), 2) Sutarji (50), 3) Wartini (38).", [("Darmo", None), ("Sutarji", None), ("Wartini", None)]),
    ("Pada Sabtu (12/4/2025) Darmo (45) ditemukan di kebun.", [("Darmo", None)]),
    ('"Aksi berjalan damai," kata Korlap Yosep Kambu.', [("Yosep Kambu", "Korlap")]),
    # brands in a list after a person are no persons
    ("Kegiatan didukung oleh Darmo Hidayat, Shopee, Tokopedia dan Grab.", [("Darmo Hidayat", None)]),
    # a capitalised noun of persons opening the sentence, the name set off by commas, then a verb
    ("Warga lain, Masrani, menanyakan soal lampu jalan.", [("Masrani", "Warga lain")]),
    # after a Haji title a weak form of address is a name word ("Umi", a woman's name)
    ("Pengajian dipimpin Ibu Hj. Umi Kulsum di masjid.", [("Umi Kulsum", None)]),
    # the Minang customary title inside a name (Dt. = Datuk) keeps the name whole
    ("Hadir tokoh adat Zulkifli Dt. Rajo Lelo dan warga.", [("Zulkifli Dt. Rajo Lelo", "tokoh adat")]),
    ("Hadir Ketua KAN Darmo Dt. Bandaro Kuniang dalam rapat.", [("Darmo Dt. Bandaro Kuniang", "Ketua KAN")]),
    ("Sirih diserahkan Hasan Basri Dt. Rajo Alam kepada tamu.", [("Hasan Basri Dt. Rajo Alam", None)]),
    # the noun after a comma is the role, the clause that goes on after it (an adverb, a verb) is not; after
    # "Menurut X," the words after the comma are the view told, unless another comma closes them
    ("Menurut Darsono, warga sangat terbantu dengan kegiatan itu.", [("Darsono", None)]),
    ("Menurut Darsono, warga Desa Sukamaju, kegiatan itu sangat membantu.", [("Darsono", "warga")]),
    ("Hadir pula Wartini, petani padi menuturkan hasil panennya.", [("Wartini", "petani padi")]),
    ("Darsono, warga berusia 70 tahun, menerima bantuan.", [("Darsono", "warga")]),
    # a Karo clan name that is a headline verb too ("Bangun") closes a name when no capitalised word follows
    ("Sementara itu, Ngatimin Bangun (65) warga Kecamatan Sukamaju mengucapkan terima kasih.",
     [("Ngatimin Bangun", "warga")]),
    # a list's last item before the clause goes on in lower case ("... dan Dahlan mengenai ...")
    ("Selanjutnya saran dari Sumarni Lahamu, Irfan Ambo, Suparman dan Dahlan mengenai kerukunan warga.",
     [("Sumarni Lahamu", None), ("Irfan Ambo", None), ("Suparman", None), ("Dahlan", None)]),
    # a church elder's title (Pnt., Penatua); a humanities degree written without dots (SHum)
    ("Acara ditutup dengan doa oleh Pnt. Riswan Wowor, tanda harapan bersama.", [("Riswan Wowor", None)]),
    ("Ketua DPH LAM Sukamaju Syafruddin SHum dan Ketua Karang Taruna Sukamaju Bustami hadir.",
     [("Syafruddin", "Ketua DPH LAM Sukamaju"), ("Bustami", "Ketua Karang Taruna Sukamaju")]),
    # after a clergyman's title the "H." between his names is an initial, no Haji title
    ("Pastor Paroki Sukamaju, Pater Karolus H. Wewo, menyampaikan bahwa kegiatan ini baik.",
     [("Karolus H. Wewo", "Pater")]),
    # a name among those present, described after its comma by a capitalised post and its place
    ("Hadir dalam kegiatan tersebut Arjudin, Camat Mandor, Danramil Mandor dan warga.", [("Arjudin", "Camat")]),
    # the Sasak noble's title "Lalu" opens the name after a body's acronym
    ("Mediasi disaksikan oleh Anggota DPRD Provinsi NTB Lalu Darmo Wijaya, Kepala Desa Sukamaju Karmun Hadi dan warga.",
     [("Lalu Darmo Wijaya", "Anggota DPRD"), ("Karmun Hadi", "Kepala Desa")]),
    # after "atas nama" a one-word name is a person, also where some village bears it
    ("Satu korban lagi yang belum ditemukan atas nama Madi.", [("Madi", None)]),
    # the Malay title "Wan" opens the name after a post; the name shortened in speech is the same man
    ("Hadir Kaban Kesbangpol Wan Darmizal. Wan Dar mengatakan situasi aman.", [("Wan Darmizal", "Kaban Kesbangpol")]),
    # (but a name written apart in one place and joined in another is no short form of it)
    ("Hadir Asisten 1 Setda Sukamaju Fransiskus M. Adi Lalo, S.Sos. Fransiskus M. Adilalo mengatakan batas jelas.",
     [("Fransiskus M. Adi Lalo", "Asisten 1 Setda Sukamaju"), ("Fransiskus M. Adilalo", None)]),
    # a given name read as the end of the role's object is the name's first word where another mention
    # opens with it ("Guntur" is a town too)
    ('Ketua Umum Intani Guntur Subagja Mahardika mengapresiasi TNI AL. "Terima kasih," ujar Guntur S Mahardika.',
     [("Guntur Subagja Mahardika", "Ketua Umum Intani")]),
    # a Balinese birth-order name inside a role's object opens the name (the subak's name stands before it)
    ("Kegiatan dipimpin Kelian Subak Sampalan Baler Margi Nengah Sukirta, Kelian Subak Dawan Wayan Sumerta dan warga.",
     [("Nengah Sukirta", "Kelian Subak"), ("Wayan Sumerta", "Kelian Subak")]),
    # an election commission's division heads (Kordiv, Koordinator Divisi)
    ("Hadir Kordiv Hukum dan Pengawasan Saiful Kabau S.H, Kordiv Teknis Penyelenggaraan Faisal Amin Mamulaty.",
     [("Saiful Kabau", "Kordiv Hukum dan Pengawasan"), ("Faisal Amin Mamulaty", "Kordiv Teknis Penyelenggaraan")]),
    # "beridentitas" names a person as "bernama" does
    ("Teriakan berasal dari seorang anak perempuan beridentitas Herawati, anak korban.", [("Herawati", "perempuan")]),
    # an entourage joined to a person is nobody
    ("Hadir Ketua Umum PIA Ibu Yuyu Sutisna dan Rombongan dalam kunjungan itu.", [("Yuyu Sutisna", "Ketua Umum PIA")]),
    # two acronyms joined by a hyphen are one body's name before its village and the chair's name
    ("Hadir Ketua TP-PKK Manggalung Nurfa dan jajaran.", [("Nurfa", "Ketua TP-PKK Manggalung")]),
    # a word of measure ends a name ("Seluas 1/4 Hektar"); Lombok's Tuan Guru Haji (TGH.) opens one
    ("Panen padi di lahan milik Bapak Wahyu Sugiarto Seluas 1/4 Hektar di dusun itu.", [("Wahyu Sugiarto", None)]),
    ("Hal senada disampaikan oleh Pimpinan Ponpes Al Islahuddin Kediri TGH. Muklis Ibrahim, mengapresiasi kegiatan itu.",
     [("Muklis Ibrahim", "Pimpinan Ponpes Al Islahuddin Kediri")]),
    # "Kata Darsih, ..." opening a sentence tells whose view it is, as "Menurut Darsih, ..." does
    ("Patroli akan digencarkan. Kata Gatot, patroli tiga pilar akan digencarkan.", [("Gatot", None)]),
    # Javanese "Ki" before a puppeteer's name; the Papuan family name "Mayor" is no rank before a comma
    ("Pertunjukan wayang kulit dengan dalang Ki Suharno dari Banjarnegara membawakan cerita.", [("Suharno", None)]),
    ("Sekda Kabupaten Jayawijaya Tony Mayor, S.Pd., menambahkan terima kasih.", [("Tony Mayor", "Sekda")]),
    # a Balinese "I" and birth-order name open a name after any capitalised word
    ("Hadir Panitia I Nyoman Sudarma . Kegiatan berjalan lancar.", [("I Nyoman Sudarma", None)]),
    # a resident written with "warga" and his hamlet and no comma
    ("Sugeng warga Dusun Srijaya Mulya yang rumahnya dekat lokasi mengucapkan terima kasih.", [("Sugeng", "warga")]),
    # a post of the services held with no rank, after "selaku" (not a unit's place after its code)
    ("Hadir kepala desa, BPD, Karna Suwanda selaku Babinsa, Babinkamtibmas dan Muspika.", [("Karna Suwanda", "Babinsa")]),
    # an initial inside a name no list knows, after a post with no rank
    ("Kapolres Sunhot P Silalahi diwakilkan oleh Kasat Binmas meninjau lokasi.", [("Sunhot P Silalahi", "Kapolres")]),
    # (review) "Bangun" inside a three-part Karo name; before a verb it closes the name, before the verb's
    # object it is the verb; "Wan"/"Tengku" right after a level word may be the village's first word
    ("Kepala Dusun Suka Jaya Ngukur Bangun Sebayang menyambut Babinsa.", [("Ngukur Bangun Sebayang", "Kepala Dusun")]),
    ("Ny. Tiurma Bangun mengaku baru pertama kali mengikuti penyuluhan.", [("Tiurma Bangun", None)]),
    ("Pak Mahmud Bangun rumah baru di atas tanah warisan orang tuanya.", [("Mahmud", None)]),
    ("Penghulu Kampung Tengku Rahmat membuka acara.", [("Rahmat", "Penghulu")]),
    ("Ketua Lembaga Adat Kampung Wan Syukri menerima rombongan.", [("Syukri", "Ketua Lembaga Adat")]),
    # a church's and Lombok's titles open a name on their own, as "Dr." does; a one-word resident no list knows
    ("Rombongan TGH. Hasbullah Juaidi tiba di lokasi.", [("Hasbullah Juaidi", None)]),
    ("Sym. Maria Pangemanan membacakan doa syafaat.", [("Maria Pangemanan", None)]),
    ("Suherman warga Kelurahan Pasir Gede bersama istrinya menerima bantuan.", [("Suherman", "warga")]),
    # a known name after "Hadir" opening a sentence; after "milik" the thing's owner, not the thing's name
    ("Hadir Wayan Regeg dan warga.", [("Wayan Regeg", None)]),
    ("Rumah milik tetangganya Wayan Regeg juga rusak di bagian dinding.", [("Wayan Regeg", None)]),
    # a name word that is a stop word too closes a name read back from an age ("Antara", "Bangun")
    ("Salah satu joki Kadek Dwi Antara (24) asal desa Kaliakah mengaku senang.", [("Kadek Dwi Antara", None)]),
    ("Sementara itu Ngapuli Bangun (65) asal Kecamatan Sukamaju mengaku senang.", [("Ngapuli Bangun", None)]),
    # (second review) a long description after "Menurut X," closed by a comma is X's role; a form of address
    # after "Menurut"; "(red)" inside a sentence is no credit
    ("Menurut Haryanto, Ketua Kelompok Tani Maju Jaya yang juga tokoh masyarakat setempat, panen tahun ini bagus.",
     [("Haryanto", "Ketua Kelompok Tani Maju Jaya")]),
    ("Menurut Darsono, warga sangat terbantu, dan mereka senang.", [("Darsono", None)]),
    ("Menurut Mamiq Hasbi, kegiatan itu baik.", [("Hasbi", None)]),
    # regional forms of address and village posts: Nyai, Acil; a Gayo village's head (Reje Kampung)
    ("Pengajian dipimpin Nyai Hj. Darsih Karmun di pondok pesantren.", [("Darsih Karmun", None)]),
    ("Pengajian dipimpin Nyai Hj. Umi Kulsum di pondok pesantren.", [("Umi Kulsum", None)]),
    ("Hadir Reje Kampung Sukamaju Aman Darmo dalam musyawarah.", [("Aman Darmo", "Reje Kampung")]),
    # a post without a rank, then two words no list knows: the holder's name
    ("Program yang digagas oleh Kapolri Zoryan Hidayat mulai tingkat Polda.", [("Zoryan Hidayat", "Kapolri")]),
    # a ceremony's tasks: the readers and the commander; a task several share names all of them
    ("Pembaca Pembukaan UUD 1945 Darsih Angraini, Pembaca Pancasila Lodrik Karmun.",
     [("Darsih Angraini", "Pembaca Pembukaan UUD 1945"), ("Lodrik Karmun", "Pembaca Pancasila")]),
    ("Bertindak sebagai Komandan Upacara Darmo Karmun dari Satpol PP.", [("Darmo Karmun", "Komandan Upacara")]),
    ("Pengerek Bendera Darmo Hidayat, Lodrik Eka Putra dan Karmun Saldi, lalu pembacaan doa.",
     [("Darmo Hidayat", "Pengerek Bendera"), ("Lodrik Eka Putra", "Pengerek Bendera"),
      ("Karmun Saldi", "Pengerek Bendera")]),
    # the text writes the words before the given name as a village's: they are no name
    ("Hadir Ketua Kelompok Sadar Wisata Desa Batu Belubang Sarjono, warga dan pemuda Desa Batu Belubang.",
     [("Sarjono", "Ketua Kelompok Sadar Wisata")]),
    # "Role Place, Name" then a verb or clause word: the name is the subject
    ("Kepala Puskesmas Karangrejo, Wartono memimpin tim vaksinasi keliling.", [("Wartono", "Kepala Puskesmas")]),
    ("Perjalanan dipandu kepala Distrik Wamena, Yopi Wenda selaku penunjuk jalan.", [("Yopi Wenda", "kepala Distrik")]),
    ("Sementara, Pemilik Rumah, Darkim Tarigan menyampaikan terima kasih.", [("Darkim Tarigan", "Pemilik Rumah")]),
    ("Apel dipimpin Kepala Desa Sukamaju, Tarmuji itu berjalan tertib.", [("Tarmuji", "Kepala Desa")]),
    ("Dijelaskan Kades Sukamaju, Tarmuji bahwa apel digelar tiap pekan.", [("Tarmuji", "Kades")]),
    # a degree glued after the comma belongs to the name before it; a known place opens the tail
    ("Hadir juga Camat Karangrejo Wartono Hadi,S.E, Danramil dan Kapolsek.", [("Wartono Hadi", "Camat")]),
    ("Hadir juga Camat Karangrejo Wartono Hadi, S.E., Danramil dan Kapolsek.", [("Wartono Hadi", "Camat")]),
    # a plain role: the capitalised words before the degrees are the name
    ("Babinsa ditemani Bidan Wartini Kemala, A.Md.Keb., dan kader posyandu.", [("Wartini Kemala", "Bidan")]),
    ("Hadir Pendamping Gizi Surtini Manggala, Amd.Gz. di posyandu.", [("Surtini Manggala", "Pendamping Gizi")]),
    # a plain role that ends in a level word: the word is the role's, not a place's
    ("Babinsa ditemani Bidan Desa Ratna Kemala, A.Md.Keb. saat posyandu.", [("Ratna Kemala", "Bidan Desa")]),
    ("Hadir Pendamping Lokal Desa Agus Wartono, S.S. yang bertugas di desa itu.",
     [("Agus Wartono", "Pendamping Lokal Desa")]),
    ("Hadir Pendamping Desa Agus Wartono yang bertugas di desa itu.", [("Agus Wartono", "Pendamping Desa")]),
    # a spelled-out role with its acronym in brackets, then the name
    ("Turut hadir Kader Pembangunan Manusia (KPM) Wartini, bidan dan kader posyandu.",
     [("Wartini", "Kader Pembangunan Manusia")]),
    ("Hadir Penyuluh Pertanian Lapangan (PPL) Sulastri Ningsih, S.P. bersama petani.",
     [("Sulastri Ningsih", "Penyuluh Pertanian Lapangan")]),
    ("Hadir Ketua Karang Taruna (KT) Sukamaju, Budi Santoso dan pemuda.", [("Budi Santoso", "Ketua Karang Taruna")]),
    # a name read back from its apposition or age: a Balinese opener past four words, a Batak "boru"/"br"
    ("Penyuluhan dibantu Ni Kadek Ayu Sri Lestari, kader kesehatan setempat.",
     [("Ni Kadek Ayu Sri Lestari", "kader kesehatan")]),
    ("Penyuluhan dibantu I Gusti Ngurah Putu Wirawan, tokoh masyarakat setempat.",
     [("I Gusti Ngurah Putu Wirawan", "tokoh masyarakat")]),
    ("Bantuan diterima Tiurma boru Simanjuntak (70), warga Desa Sukamaju.", [("Tiurma boru Simanjuntak", "warga")]),
    ("Kali ini Rosmawati br Sitompul, salah satu warga penerima bantuan, ikut bekerja.",
     [("Rosmawati br Sitompul", "warga penerima bantuan")]),
    # two affairs joined by "dan" inside one office's name; the district, then the name
    ("Kepala Dinas Kelautan dan Perikanan Darmo Karmun hadir dalam kegiatan itu.",
     [("Darmo Karmun", "Kepala Dinas Kelautan dan Perikanan")]),
    ("Hadir Kepala Bidang Pemerintahan dan Kesra, Darmo Karmun, bersama warga.",
     [("Darmo Karmun", "Kepala Bidang Pemerintahan dan Kesra")]),
    ("Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Pesawaran Anca Sri Wulandari mengatakan hal itu.",
     [("Anca Sri Wulandari", "Kepala Dinas Pendidikan dan Kebudayaan")]),
    # no place follows "RI": an unknown word after it opens the name
    ("Hadir Direktur Pupuk Kementerian RI Geloni Merry Karmun, para asisten dan warga.",
     [("Geloni Merry Karmun", "Direktur Pupuk Kementerian RI")]),
    # the secretary's common misspelling and an activist are roles; "Th.", a shortened baptismal name,
    # stands inside a name after the given name and opens none
    ("Sekertaris BPBD Kabupaten Halmahera Utara Lodrik Hetaria mengatakan bantuan sudah disalurkan.",
     [("Lodrik Hetaria", "Sekertaris BPBD")]),
    ("Hadir Ketua LSM Peduli Rohul, Darmo Purba, Aktifis Rohul, Karmun Siregar, Lasimo.",
     [("Darmo Purba", "Ketua LSM Peduli Rohul"), ("Karmun Siregar", "Aktifis Rohul")]),
    ("Rombongan disambut Bupati Sukamaju Benediktus Th. Lasamahu, ST dan warga.",
     [("Benediktus Th. Lasamahu", "Bupati")]),
    # a year word after an age in brackets and "Umr" (umur) after a name are no name words
    ("Rumah milik Bapak Lasiman (38) Tahun, salah satu warga binaannya, terbakar.", [("Lasiman", None)]),
    ("Korban bernama Lodra Kamesa Umr 49 tahun ditemukan warga.", [("Lodra Kamesa", None)]),
    # a figure ("Tokoh") of a named body, then the name
    ("Hadir Ketua Ranting PSHT Sarmin, Tokoh PSHT Yudi, Tokoh Pagar Nusa Bambang dan warga.",
     [("Sarmin", "Ketua Ranting PSHT"), ("Yudi", "Tokoh PSHT"), ("Bambang", "Tokoh Pagar Nusa")]),
    # a name of two words holding a known name word, with a degree after it, is a person without a role
    ("Hadir Lodrik Syaifuddin, S.T. dan warga desa.", [("Lodrik Syaifuddin", None)]),
    # the doer after "oleh" (any passive verb) when a word of the name is a known name
    ("Lahan itu digarap oleh Maskur yang membelinya dari warga.", [("Maskur", None)]),
    ("Kios pupuk yang dikelola oleh Lodrik Syaifuddin menjadi titik distribusi.", [("Lodrik Syaifuddin", None)]),
    # the items of a list before its first person found, back to the lower-case words opening it
    ("Turut hadir petani lainnya Karna, Oyo Sunaryo dan Didin.", [("Karna", None), ("Oyo Sunaryo", None), ("Didin", None)]),
    ("Babinsa berdialog dengan anggotanya Kasimun, Warsidi, Parmin dan Bu Tuminah.",
     [("Kasimun", None), ("Warsidi", None), ("Parmin", None), ("Tuminah", None)]),
    # (after a capitalised word the item before the person may end a place's name)
    ("Warga Desa Sukamaju, Karangrejo dan Bapak Darmo hadir dalam rapat.", [("Darmo", None)]),
    # a name written in capitals right after a role and its place
    ("Kepala Desa Bangga RUSDIN LAMASITUDJU mengatakan sedikitnya 38 rumah terendam.",
     [("RUSDIN LAMASITUDJU", "Kepala Desa")]),
    ("Hadir Kades Posek MASMIN, Kades Busung DARMANTO, dan warga.", [("MASMIN", "Kades"), ("DARMANTO", "Kades")]),
    # a wives' body's chair: her own given name before her husband's name
    ("Hadir Ketua Bhayangkari Daerah Maluku Vitri Dadang Hartanto dalam acara itu.",
     [("Vitri Dadang Hartanto", "Ketua Bhayangkari Daerah Maluku")]),
    ("Hadir Ketua Bhayangkari Cabang Sukamaju Dadang Hartanto dalam acara itu.",
     [("Dadang Hartanto", "Ketua Bhayangkari Cabang Sukamaju")]),
    # a known place after a word of origin is no part of the name read back from an age
    ("Korban adalah seorang masyarakat asli Kiwirok Yosepa Taplo (50) ibu rumah tangga.", [("Yosepa Taplo", "ibu rumah tangga")]),
    ("Bantuan diberikan kepada warga Sri Rejeki (40) di dusun itu.", [("Sri Rejeki", None)]),
    ("Menurut laporan dari situs berita.com, Karmun selaku Kades Sukamaju berterima kasih.", [("Karmun", "Kades")]),
    ("Hadir perwakilan Jasindo, Askrindo dan Bapak Sutrisno.", [("Sutrisno", None)]),
    ("Bapak Ansor, warga Desa Sukamaju, hadir.", [("Ansor", "warga")]),
    ("Tim patroli yang terdiri dari Robiansah, Jon Sutrisno, dan Febri H melakukan pemantauan.",
     [("Robiansah", None), ("Jon Sutrisno", None), ("Febri H", None)]),
    ("Kepala Sekolah Th. Sri Wahyuni, S.Pd menyambut tamu.", [("Sri Wahyuni", "Kepala Sekolah")]),
    ("Ketua GP Ansor Sukamaju Karjo menyampaikan terima kasih.", [("Karjo", "Ketua GP Ansor Sukamaju")]),
    ("Warga lainnya Paijo, Tukiyem dan Darmo (80) menerima bantuan.", [("Paijo", None), ("Tukiyem", None), ("Darmo", None)]),
    ("Ketua BPD Sukamaju KARJO mengatakan hal itu.", [("KARJO", "Ketua BPD Sukamaju")]),
    # a rare given name that is also a village's is no part of the name after a role ("Oni": a village)
    ("Kades Oni Markus Kogoya menerima bantuan beras dari Satgas Pamtas.", [("Markus Kogoya", "Kades")]),
    # "Tokoh" before words of praise is a role; lists opened by "tersangka", "buruh tani lainnya"
    ("Tokoh Inspiratif Desa Sukamaju Darmo Wiyono menerima penghargaan.", [("Darmo Wiyono", "Tokoh Inspiratif")]),
    ("Kedua tersangka Paijo, Tukiyem dan Darmo (40) diamankan.", [("Paijo", None), ("Tukiyem", None), ("Darmo", None)]),
    ("Buruh tani lainnya Paijo, Tukiyem dan Darmo (80) menerima bantuan.",
     [("Paijo", None), ("Tukiyem", None), ("Darmo", None)]),
    # the regional secretariat's assistants numbered in Arabic digits
    ("Hadir Asisten 1 Pemkab Sumba Barat Daya Yoakim M. Kaleka, S.Sos dalam rapat.",
     [("Yoakim M. Kaleka", "Asisten 1 Pemkab Sumba Barat Daya")]),
]

# sentences that name nobody
DECOYS = [
    "Tema kegiatan: Kita Tidak Pernah Mewarisi Alam Ini Dari Nenek Moyang Kita.",
    "Perjalanan antara Sukamaju dan Karangrejo lancar.",
    "Hadir Sukamaju Jaya dan warga.",
    # (review) "Kata" before a proverb or a key word; a newspaper among those present
    "Kata Pepatah, bersatu kita teguh, ucap Danramil dalam sambutannya.",
    "Kata Kunci Ketahanan Pangan adalah kerja sama, ujar Dandim.",
    "Hadir dalam kegiatan tersebut Pontianak Post, Kepala Biro, dan wartawan lainnya.",
    "Sesuai surat perintah Danramil 05/Lubuk Alung sebagai Babinsa di desa itu.",
    "Kepala Desa Sukamaju warga Desa Sukajadi hadir.",
    # a sentence adverb opening a sentence; a synod's office
    "Alhasil, masyarakat Intan Jaya yang tinggal di kampung merasa senang.",
    "Pangdam melakukan silaturahmi ke Kantor Sinode GPM di Ambon.",
    # a rice variety, subak societies, a feast, a sentence opened by "Seperti"
    "Lahan ditanami padi jenis Sri Begaluh dan Ciherang.",
    "Petani tergabung dalam Subak Sampalan, Subak Pesinggahan, Subak Dawan dan Subak Telaga.",
    "Rumah ini juga dikhususkan untuk Pesta Adat yaitu Pesta Gawai dan upacara lain.",
    "Bhabinkamtibmas mengantisipasi gangguan selama bulan Ramadan 1444 H. Seperti mencegah terjadinya perang sarung.",
    "Bantuan diserahkan atas nama Pemerintah Kabupaten Sukamaju.",
    # a headline's verb that is a Karo clan name too; a mall; a water police unit's base; bodies in a list
    # with a post after a comma
    "Babinsa Koramil 05 Bangun Jembatan Bersama Warga",
    "Pos pengamanan didirikan di depan Diana Mall dan Pasar Sentral.",
    "Mereka dibantu Marnit Lembata, Marnit Sikka, dan Tim SAR Ditpolairud.",
    "Hadir Tim Lanal, Tim BNPP dan Pushidrosal, Kabid PSDKP, Camat beserta unsur Muspika.",
    # mass organisations, a commission's division, a unit's words written apart, a sports event
    "Ketua ormas yang hadir antara lain LPKR, Banser Ansor, GRIB, dan Tagana.",
    "Hadir Komisioner KIP Divisi Hukum, para Ketua P2K Gampong dan personel.",
    "Sumatera Selatan menjadi tuan rumah Asian Games pada tahun itu.",
    "Kegiatan dihadiri Tokoh NU Sukamaju dan warga.",
    # (a story's character after "Tokoh"; capitals after a body's head; a thing's name after "oleh"; a
    # credit's words inside a sentence; bodies and brands before a person when no noun of persons opens the list)
    "Anak-anak menyukai Tokoh Kartun Upin Ipin.",
    "Ketua Koperasi Sukamaju KOPWAN hadir dalam rapat.",
    "Kepala Sekolah SD Negeri Sukamaju MUHAMMADIYAH hadir.",
    # ("Th." for "tahun" before a year is no name)
    "Ketua Panitia Pilkades Serentak Th. 2025 menyampaikan persiapan pemungutan suara.",
    "Bendahara Desa Sukamaju Th. Anggaran 2024 menyampaikan laporan.",
    # (the customs' office: "Cukai" is no name)
    "Hadir Kepala Bea Cukai dan Kepala Dinas Perhubungan dalam rapat.",
    "Lagu dibawakan oleh Paduan Suara Gita Dewi.",
    "Hadir Kepala Sekolah SMK Negeri Pemalang Harapan Bangsa, S.Pd dalam rapat.",
    # (capitals after a role are a body's code, a level, a number or a line written in capitals)
    "Hadir Ketua GAPOKTAN MAKMUR dan warga desa.",
    "Hadir Ketua Paguyuban Angkatan XLIII, dan warga desa.",
    "KEPALA DESA SUKAMAJU MENGHADIRI RAPAT DI BALAI DESA.",
    # Yogyakarta's level words (padukuhan, kalurahan, kapanewon) open places, not names
    "Polisi RW untuk Padukuhan Jetis, Kalurahan Sardonoharjo, Kapanewon Ngaglik, menggelar pertemuan.",
    # (after "oleh" a body, a post or a programme: no known name word)
    "Kegiatan diawasi oleh Direktorat Binmas Poldasu setiap bulan.",
    "Sosialisasi dibawakan oleh Sipandu Beradat di balai desa.",
    # (a body's or a campus's name before a degree-like word holds no name word)
    "Hadir Dinas Pertanian Sukamaju, S.T. dan warga.",
    "Kegiatan diikuti Universitas Sukamaju, S.H. dan warga.",
    # a news network's credit line: the label, the site's address, a comma, the reporter
    "Laporan wartawan Beritasukamaju.com, Darmo Karmun\nSUKAMAJU - Warga bergotong royong.",
    # another place after the comma, joined by a conjunction or a preposition, or a known place
    "Babinsa bertemu Kepala Desa Sukamaju, Karangrejo dan warga di balai desa.",
    "Hadir Kepala Desa Sukamaju, Karangrejo serta Sidomulyo di balai desa.",
    "Camat Sukamaju, Karangrejo memimpin rapat koordinasi.",
    # a plain role with no name after it: no name is guessed
    "Hadir Bidan Desa Karangrejo dan kader posyandu.",
    "Hadir Bidan Desa dan Pendamping Desa Sukamaju dalam kegiatan itu.",
    # a known place after the codes or the acronym is the place, not a name
    "Hadir Penyuluh Pertanian Lapangan (PPL) Sukamaju dan petani.",
    "Hadir Kader Pembangunan Manusia (KPM) dan kader posyandu.",
    "Rapat dibuka Ketua BPD Karangrejo dan dihadiri warga.",
    # "dan" between an office and another body ends the office's name
    "Hadir Kepala Dinas Kesehatan dan Dinas Sosial Sukamaju dalam kegiatan itu.",
    # a body's contraction in brackets that borrows syllables from inside its words is no name
    "Ketua Tim Pengawasan dan Evaluasi (Wasev) meninjau lokasi bersama warga.",
    # dictionary words after a role's district: the body's branch, no name
    # the flag's colours close the task's name; a letter and a Roman number are no name
    "Pengibar Bendera Merah Putih dari siswa SMA tampil memukau.",
    "Ketua PIA AG D.III Koopsau III hadir bersama ibu-ibu pengurus.",
    # a verb with its affixes is no name word; units and agencies after a post or a comma are no names
    "Kapolres Malteng Dengarkan Keluhan Warga Sukamaju",
    "Danki Brimob Timika mengecek kesiapan personel.",
    "Kepala Dinas Sosial, Tagana Timika dan relawan membantu evakuasi.",
    # a count after a comma is no age; a club's name after its town is no name; a country is no doctor
    "Di Posko Timika, (12) orang relawan bersiaga.",
    "Ketua Komunitas Kolaka Offroad, menyampaikan terima kasih.",
    "Satgas Kizi TNI Konga bertugas di DR Kongo selama setahun.",
    # words of the law and its offences; a common word after a plain role is the role's rest
    "Sesuai Pasal (1) Ayat (11) Undang-Undang Pers, redaksi wajib melayani hak jawab.",
    "Kejahatan yang marak yaitu Tindak Pidana Pencabulan dan Ilegal Loging di wilayah itu.",
    # numbers before a bracketed age that are a law's clause; a count after a place and a comma
    "Sesuai Pasal 1 Ayat (11) mengatur hal tersebut.",
    "Banjir merendam Desa Suka Damai, (40) warga mengungsi ke balai desa.",
    # a role's object, then its ranked holder after a comma
    "Komandan Upacara Gabungan, AKP Darmo Karmun memimpin apel.",
    # (not without the verb after the second comma: a list of places)
    "Warga Sukamaju, Karangrejo, dan Mekarsari hadir.",
    # a fused post of the new TNI AL regional command (Dankodaeral) with its number and town is no name
    "Kapolda menerima kunjungan Dankodaeral X Jayapura, Mayjen TNI (Mar) Darmo, M.Han., di Mapolda.",
    # a Kodam's name after its commander's post, no rank: the command, not a man
    "Silaturahmi Pangdam Iskandar Muda ke Kantor Keuchik Gampong Sukamaju.",
    # a body's name set off by commas after a capitalised noun is no person
    "Pengurus masjid, Al Ikhlas, menggelar pengajian rutin.",
    # a verb over a dictionary root opens no name
    "Korem 091/Darmo Peringati Maulid Nabi bersama warga.",
    # a sum of money, counted words and two posts glued by a lost blank are no names
    "Harga sawit berkisar antara Rp3.000 hingga Rp3.500 per kilogram, yang dinilai wajar.",
    "Sembilan Belas (19) personel dan Dua Puluh Tiga (23) Personel dari Sat Pol PP hadir.",
    '"Jangan ragu," tegas Kapolres.Kapolres menambahkan, bagi siswa yang ingin mendaftar.',
    "Hadir Kepala Bulog Kolaka Induk, sejumlah anggota dewan dan tokoh masyarakat.",
    "Kepala Bagian Pemerintahan dan Kesra, Pengendali Operasi dalam kesempatan itu menyampaikan pesan.",
    # five capitalised words without an opener are no name read back
    "Babinsa memantau Pasar Baru Sukamaju Indah Permai, salah satu pasar desa.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_role_phrases(extractor, sentence, expected):
    record = extractor.extract(sentence)
    assert_offsets(sentence, record)
    assert [(c.name, c.role) for c in record.people] == expected
    assert record.personnel == []


@pytest.mark.parametrize("sentence", DECOYS, ids=[d[:40] for d in DECOYS])
def test_role_phrase_decoys(extractor, sentence):
    assert [c.name for c in extractor.extract(sentence).people] == []


# A long paragraph listing officials, every one with a title-case post, is no headline; a degree after
# a body's name that closes with a known place marks the words after the place as the holder's name.
OFFICIALS = ("Upacara dihadiri Bupati Sukamaju Karmun Hidayat, ST., Dandim 0701/Sukamaju Letkol Inf Darmo Wiyono, "
             "S.H., Kapolres Sukamaju AKBP Lodrik Saputra, S.I.K., Ketua DPRD Sukamaju Ahmad Darsono, S.Pd., Sekda "
             "Sukamaju Yusuf Karimun, M.Si., Kepala Dinas Pendidikan Sukamaju Sutrisno, M.Pd., Kasi Intel Kejaksaan "
             "Negeri Pemalang Ernawan, SH., Ketua Pengadilan Agama Sukamaju Hasanudin, S.Ag., Camat Sukamaju Rahmat "
             "Gunawan, Danramil Sukamaju Kapten Inf Wahyudi, Kapolsek Sukamaju Iptu Samsul Huda, Kepala Desa Sukamaju "
             "Tarmuji, Ketua MUI Sukamaju KH Abdul Karim, Ketua PKK Sukamaju Ny. Sri Hidayat")


def test_long_paragraph_of_officials(extractor):
    record = extractor.extract(OFFICIALS)
    assert_offsets(OFFICIALS, record)
    names = [p.name for p in record.people]
    assert "Ernawan" in names and "Tarmuji" in names
    assert not any("Pemalang" in n or "Kejaksaan" in n for n in names)
