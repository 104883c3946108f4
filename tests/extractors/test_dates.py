"""Event dates: each written form, which date is the event's, weekday checks, missing years."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_offsets

D = dt.date

# (sentence, expected value, expected span text, expected weekday_matches)
FORMS = [
    ("Babinsa membantu warga, Selasa (11/01/2022).", D(2022, 1, 11), "Selasa (11/01/2022)", True),
    ("Kegiatan berlangsung Rabu (30/4/2025) di balai desa.", D(2025, 4, 30), "Rabu (30/4/2025)", True),
    ("Kerja bakti digelar Sabtu, 13 Desember 2025 pagi.", D(2025, 12, 13), "Sabtu, 13 Desember 2025", True),
    ("Patroli dilakukan Senin 3/6/2024 malam.", D(2024, 6, 3), "Senin 3/6/2024", True),
    ("Warga menanam pohon bersama Babinsa (24-02-2020).", D(2020, 2, 24), "(24-02-2020)", None),
    ("Babinsa mengecek posyandu (10/11/21).", D(2021, 11, 10), "(10/11/21)", None),
    ("Babinsa hadir Jumat (09 /6/2023) di sawah.", D(2023, 6, 9), "Jumat (09 /6/2023)", True),
    ("Penyuluhan digelar Selasa, (3/2/2026) siang.", D(2026, 2, 3), "Selasa, (3/2/2026)", True),
    ("Babinsa mendampingi petani Rabu\n(11/6/2025).", D(2025, 6, 11), "Rabu\n(11/6/2025)", True),
    ("Pada hari Kamis, 14 Agustus 2025, ronda dilaksanakan.", D(2025, 8, 14), "Kamis, 14 Agustus 2025", True),
    ("Sholat berjamaah digelar Jum'at (2/2/2024).", D(2024, 2, 2), "Jum'at (2/2/2024)", True),
    ("Warga berkumpul, jum,at ( 26/01/2024 ) sore.", D(2024, 1, 26), "jum,at ( 26/01/2024 )", True),
    ("Kegiatan dilaksanakan Ahad (6/2/2022) pagi.", D(2022, 2, 6), "Ahad (6/2/2022)", True),
    ("Kegiatan dilaksanakan pada taggal 5 Maret 2024 di desa.", D(2024, 3, 5), "taggal 5 Maret 2024", None),
    ("Babinsa hadir Minggu (12/3/2023) bersama warga.", D(2023, 3, 12), "Minggu (12/3/2023)", True),
    ("Babinsa hadir Senin (12/3/2023) bersama warga.", D(2023, 3, 12), "Senin (12/3/2023)", False),
]


@pytest.mark.parametrize(("sentence", "value", "span", "matches"), FORMS, ids=[f[2] for f in FORMS])
def test_date_forms(extractor, sentence, value, span, matches):
    record = extractor.extract(sentence)
    ev = record.event_date
    assert ev is not None
    assert (ev.value, ev.text, ev.weekday_matches) == (value, span, matches)
    assert ev.precision == "day"
    assert_offsets(sentence, record)


def test_weekday_mismatch_is_a_warning(extractor):
    record = extractor.extract("Babinsa hadir Senin (12/3/2023) bersama warga.")
    assert any("does not match" in w for w in record.warnings)


@pytest.mark.parametrize(("sentence", "span"), [
    ("Babinsa membantu petani Senin(19/6) di sawah.", "Senin(19/6)"),
    ("Babinsa membantu petani pada Minggu (20/01) kemarin.", "Minggu (20/01)"),
    ("Babinsa membantu petani pada hari Kamis di sawah.", "Kamis"),
    ("BLORA (WD) - Kamis\n(12/09) anggota Koramil 02/Kota membantu petani di desa binaan.", "Kamis\n(12/09)"),
    ("Dandim menyampaikan dalam siaran persnya hari ini di makodim.", "hari ini"),

    ("Babinsa meninjau lokasi longsor kemarin bersama warga.", "kemarin"),
])
def test_no_full_date_gives_null_with_warning(extractor, sentence, span):
    record = extractor.extract(sentence)
    assert record.event_date is not None
    assert (record.event_date.value, record.event_date.text) == (None, span)
    assert record.event_date.precision == "unknown"
    assert record.warnings


@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Babinsa membantu petani Senin(19/6) di sawah.", "2023-06-20", D(2023, 6, 19)),
    ("Babinsa membantu petani Selasa (30/12) di sawah.", "2024-01-02", D(2023, 12, 30)),
    ("Babinsa meninjau lokasi longsor kemarin bersama warga.", "2024-05-10", D(2024, 5, 9)),
])
def test_year_from_published(extractor, sentence, published, value):
    ev = extractor.extract(sentence, published=published).event_date
    assert (ev.value, ev.precision) == (value, "day_year_from_published")


@pytest.mark.parametrize(("sentence", "value", "source"), [
    # the same day and month written with its year further on
    ("Babinsa melaksanakan komsos dengan petani, Rabu (11/03). Kegiatan di Desa Sukamaju, Rabu (11/03/2020), "
     "berjalan lancar.", D(2020, 3, 11), "Rabu (11/03/2020)"),
    ("Serda Darmo membantu panen, Sabtu (16/12). Panen raya itu digelar 16 Desember 2023 di Desa Sukamaju.",
     D(2023, 12, 16), "16 Desember 2023"),
])
def test_year_from_the_same_date_elsewhere_in_the_text(extractor, sentence, value, source):
    record = extractor.extract(sentence)
    assert (record.event_date.value, record.event_date.precision) == (value, "day_year_from_text")
    assert any(source in w for w in record.warnings)


@pytest.mark.parametrize("sentence", [
    # another day's year, or a weekday that fits: the year stays open
    "Babinsa membantu warga Desa Sukamaju, Minggu (14/07). Laporan dibuat Senin (15/07/2024).",
    # the same day of two years; a year of history
    "Babinsa hadir, Sabtu (16/12). Tanggal 16/12/2022 dan 16/12/2023 tercatat di laporan.",
    "Upacara digelar Sabtu (28/10) memperingati Sumpah Pemuda 28 Oktober 1928.",
])
def test_year_stays_open_when_the_text_does_not_give_it(extractor, sentence):
    record = extractor.extract(sentence)
    assert (record.event_date.value, record.event_date.precision) == (None, "unknown")


@pytest.mark.parametrize(("sentence", "value", "span"), [
    # a year written after the date's bracket, in brackets of its own, after "tahun", after another separator
    ("Babinsa membantu warga, Jumat (24/10) 2025, di sawah.", D(2025, 10, 24), "Jumat (24/10) 2025"),
    ("Babinsa membantu warga, Rabu 26 April(2023) di sawah.", D(2023, 4, 26), "Rabu 26 April(2023)"),
    ("Babinsa hadir pada hari selasa tanggal 14 Januari tahun 2025 di balai desa.", D(2025, 1, 14),
     "selasa tanggal 14 Januari tahun 2025"),
    ("Babinsa membantu warga, (4/6-2020) di sawah.", D(2020, 6, 4), "(4/6-2020)"),
    ("Babinsa membantu warga, Jumat 01/12-2023 di sawah.", D(2023, 12, 1), "Jumat 01/12-2023"),
    # a month misspelled or in English
    ("Babinsa membantu warga, Senin (12 Agst 2019) di sawah.", D(2019, 8, 12), "Senin (12 Agst 2019)"),
    ("Babinsa membantu warga, Senin, 24 Febuary 2025 di sawah.", D(2025, 2, 24), "Senin, 24 Febuary 2025"),
])
def test_year_and_month_written_loosely(extractor, sentence, value, span):
    ev = extractor.extract(sentence).event_date
    assert (ev.value, ev.text, ev.precision) == (value, span, "day")


@pytest.mark.parametrize("sentence", [
    # a number after the date that is no year
    "Babinsa membantu warga, Senin (24/10) 2.000 warga hadir.",
    "Babinsa membantu warga, Senin (24/10) 250 paket dibagikan.",
    "Babinsa membantu warga, Senin (24/10) 2000 personel disiagakan.",  # 24/10/2000 was a Tuesday
])
def test_a_number_after_the_date_is_no_year(extractor, sentence):
    assert extractor.extract(sentence).event_date.value is None


@pytest.mark.parametrize(("sentence", "value", "span"), [
    # without a weekday, a number after a blank or a comma is no year: the published year holds
    ("Babinsa membantu warga, (24/10) 2000 personel hadir.", D(2025, 10, 24), "(24/10)"),
    ("Babinsa membantu warga, (24/10), 2024 warga hadir.", D(2025, 10, 24), "(24/10)"),
    ("Babinsa membantu warga, (24/10) 1950 prajurit hadir.", D(2025, 10, 24), "(24/10)"),
    # a clear form still is one
    ("Babinsa membantu warga, 14 Januari Tahun 2024 di sawah.", D(2024, 1, 14), "14 Januari Tahun 2024"),
    # a bracket around the whole date and year closes it; an outer bracket stays outside
    ("Babinsa membantu warga (Jumat, 24/10 2025) di sawah.", D(2025, 10, 24), "Jumat, 24/10 2025"),
])
def test_a_year_after_the_date_needs_a_clear_form_or_a_weekday(extractor, sentence, value, span):
    ev = extractor.extract(sentence, published="2025-10-25").event_date
    assert (ev.value, ev.text) == (value, span)


def test_the_first_year_of_a_range_is_no_year(extractor):
    ev = extractor.extract("Babinsa membantu warga, Jumat (24/10) 2025-2026 anggaran desa.").event_date
    assert ev.value is None


@pytest.mark.parametrize("text", [
    # a day the calendar lacks, written in full elsewhere, lends no year (and raises nothing)
    "Babinsa Serka Darmo, Senin (31/4) melaksanakan komsos.\nKegiatan serupa digelar pada 31 April 2024.",
    "Babinsa Serka Darmo, Kamis (29/2) melaksanakan komsos.\nKegiatan serupa digelar pada 29 Februari 2023.",
])
def test_an_impossible_day_lends_no_year(extractor, text):
    record = extractor.extract(text)
    assert record.event_date.value is None
    assert not any("extraction failed" in w for w in record.warnings)


def test_a_byline_before_a_date_is_no_dateline(extractor):
    text = "Redaksi, Kamis (2/10/2025)\nBabinsa membantu warga Desa Sukamaju, Rabu (1/10/2025), di sawah."
    assert extractor.extract(text).event_date.value == D(2025, 10, 1)


def test_english_month_names_that_are_words_make_no_date(extractor):
    record = extractor.extract("Personel Kompi 2 June Band tampil di acara itu.", published="2025-10-25")
    assert record.event_date is None or record.event_date.value is None


def test_a_dateline_on_a_line_of_its_own_dates_the_story(extractor):
    text = ("Gianyar\n– Sukawati, Kamis (2/10/2025)\nBabinsa Koramil 1616-05/Sukawati membantu warga "
            "menyiapkan upacara adat di desa binaan.")
    ev = extractor.extract(text).event_date
    assert (ev.value, ev.text) == (D(2025, 10, 2), "Kamis (2/10/2025)")


def test_a_date_of_history_is_not_the_event(extractor):
    text = ("Lanud Sukamaju memperingati Hari Bakti TNI AU. Peristiwa 29 Juli 1947 dikenang seluruh prajurit "
            "dalam upacara di lapangan.")
    ev = extractor.extract(text).event_date
    assert ev is None or ev.value is None
    text = text + " Upacara berlangsung Selasa (29/7/2025)."
    assert extractor.extract(text).event_date.value == D(2025, 7, 29)


def test_page_header_timestamp_is_not_the_event():
    from komsos_extract import extract

    text = (
        "Babinsa Bantu Warga Bersihkan Parit\n\n"
        "RABU, 14 MEI 2025 | 08:10 WIB | OLEH: TIM REDAKSI\n\n"
        "Babinsa Koramil 02/Kota membersihkan parit bersama warga, Selasa (13/5/2025) pagi."
    )
    assert extract(text).event_date.value == D(2025, 5, 13)


def test_header_only_date_gives_no_event_date(extractor):
    text = (
        "Kamis, 10 Juli 2025 | 14:30 WIB\n\n"
        "Babinsa Koramil 02/Kota membersihkan parit bersama warga di desa binaan."
    )
    assert extractor.extract(text).event_date is None


def test_date_standing_alone_on_its_line_is_page_furniture(extractor):
    text = "Sabtu, 7 Juni 2025\n\nBabinsa berjaga di pos kamling Jumat, 6 Juni 2025 pukul 21.00 WIB."
    ev = extractor.extract(text).event_date
    assert ev.text == "Jumat, 6 Juni 2025"


def test_first_body_date_beats_a_later_quote_date(extractor):
    text = ("Babinsa membersihkan pantai Jumat (23/11/2018) kemarin. "
            "\"Kegiatan ini rutin,\" kata Danramil, Sabtu (24/11/2018).")
    assert extractor.extract(text).event_date.value == D(2018, 11, 23)


def test_dated_weekday_form_beats_an_earlier_historic_date(extractor):
    text = ("Sejak 17 Agustus 1945 bangsa ini merdeka. Babinsa menggelar lomba, "
            "Sabtu (16/8/2025) di lapangan desa.")
    assert extractor.extract(text).event_date.value == D(2025, 8, 16)


@pytest.mark.parametrize("sentence", [
    "Ronda berlangsung dari pukul 09.00 WIB sampai pukul 12.00 WIB.",
    "Warga Kampung Cempaka RT 06/03 berkumpul di balai.",
    "Babinsa Koramil 02/03 hadir di lokasi.",
    "Hasil panen mencapai 3.517.206 ton per tahun.",

])
def test_not_dates(extractor, sentence):
    assert extractor.extract(sentence).event_date is None


def test_invalid_date_is_a_warning_not_a_crash(extractor):
    record = extractor.extract("Babinsa hadir Senin (31/02/2023) bersama warga.")
    assert record.event_date is not None and record.event_date.value is None
    assert any("not a valid date" in w for w in record.warnings)


# (text, expected value, expected span text): a range is dated by its first day; a day or a year
# written in words is read as a number.
RANGES_AND_WORDS = [
    ("Latihan bersama digelar 12-14 Desember 2025 di lapangan.", D(2025, 12, 12), "12-14 Desember 2025"),
    ("Pelatihan kader berlangsung 3 s.d. 5 Maret 2024 di aula.", D(2024, 3, 3), "3 s.d. 5 Maret 2024"),
    ("Turnamen voli digelar 7 sampai dengan 9 Juli 2023 di desa.", D(2023, 7, 7), "7 sampai dengan 9 Juli 2023"),
    ("Bakti sosial diadakan 20 dan 21 Mei 2022 di pantai.", D(2022, 5, 20), "20 dan 21 Mei 2022"),
    ("Pos kesehatan dibuka 30 November - 2 Desember 2025 di posko.", D(2025, 11, 30),
     "30 November - 2 Desember 2025"),
    ("Patroli gabungan digelar 30 Desember - 2 Januari 2026 di kota.", D(2025, 12, 30),
     "30 Desember - 2 Januari 2026"),
    ("Babinsa berjaga Senin-Rabu (12-14/5/2025) di pos.", D(2025, 5, 12), "Senin-Rabu (12-14/5/2025)"),
    ("Kerja bakti digelar Sabtu, dua belas Desember 2020 di desa.", D(2020, 12, 12),
     "Sabtu, dua belas Desember 2020"),
    ("Rapat diadakan pada tanggal dua puluh lima bulan Mei tahun dua ribu dua puluh empat.",
     D(2024, 5, 25), "tanggal dua puluh lima bulan Mei tahun dua ribu dua puluh empat"),
    ("Upacara digelar tanggal sepuluh November 2021 di makam pahlawan.", D(2021, 11, 10),
     "tanggal sepuluh November 2021"),
]


@pytest.mark.parametrize(("text", "value", "span"), RANGES_AND_WORDS, ids=[r[2] for r in RANGES_AND_WORDS])
def test_ranges_and_worded_dates(extractor, text, value, span):
    record = extractor.extract(text)
    assert (record.event_date.value, record.event_date.text) == (value, span)
    assert_offsets(text, record)


# (text, expected value): which of several dates is the activity's.
WHICH_DATE = [
    # A speech tag after a quote about the activity dates it when nothing else does.
    ("Babinsa membersihkan saluran air bersama warga desa. \"Kami rutin bergotong royong,\" kata "
     "Danramil Kapten Inf Budi Santoso, Senin (4/5/2019).", D(2019, 5, 4)),
    ("Babinsa membersihkan saluran air bersama warga desa. \"Kami rutin bergotong royong,\" ujarnya "
     "saat ditemui di sela kegiatan, Selasa (5/5/2020).", D(2020, 5, 5)),
    # The lead dates when the commander spoke; the activity is dated later on.
    ("Danramil Kapten Inf Budi Santoso mengatakan, Senin (4/5/2019), Babinsa telah melaksanakan karya "
     "bakti. Kegiatan tersebut digelar Sabtu (2/5/2019) di masjid desa.", D(2019, 5, 2)),
    ("\"Warga antusias,\" kata Dandim saat dikonfirmasi, Rabu (6/3/2024). Babinsa menanam jagung "
     "bersama kelompok tani, Selasa (5/3/2024) pagi.", D(2024, 3, 5)),
    # Not a speech tag: the verb reports what was done on that day.
    ("Danramil menjelaskan bahwa kegiatan dilaksanakan Senin (4/5/2019). Rapat evaluasi digelar "
     "Kamis (7/5/2019).", D(2019, 5, 4)),
    # A date after an incident verb dates the incident, not the help.
    ("Babinsa membantu warga korban banjir yang terjadi pada Selasa (27/5/2025). Bantuan disalurkan "
     "Rabu (11/6/2025) di posko.", D(2025, 6, 11)),
    ("Jalan desa tertutup longsor sejak Minggu (1/2/2026). Babinsa bersama warga membersihkan material, "
     "Senin (2/2/2026).", D(2026, 2, 2)),
    # Only the incident is dated: its date is the best there is.
    ("Babinsa membantu warga korban banjir yang terjadi pada Selasa (27/5/2025).", D(2025, 5, 27)),
    # A date alone on its line that ends the sentence of the line before is the story's.
    ("Kodim menggelar upacara bendera di lapangan makodim, Jalan Merdeka, Kelurahan Sukamaju,\n"
     "Senin (24-02-2020).\nUpacara dipimpin Kasdim.", D(2020, 2, 24)),
    # So is a press-release date "Rabu, (27/1/2021)" on its own line after the lead.
    ("Babinsa bersama perangkat desa mendata penduduk dan melaksanakan komsos di balai desa.\n"
     "Rabu, (27/1/2021)\nPada kegiatan itu Babinsa menyapa warga.", D(2021, 1, 27)),

]


@pytest.mark.parametrize(("text", "value"), WHICH_DATE, ids=[str(r[1]) + "-" + r[0][:30] for r in WHICH_DATE])
def test_which_date_is_the_event(extractor, text, value):
    record = extractor.extract(text)
    assert record.event_date.value == value
    assert_offsets(text, record)


@pytest.mark.parametrize(("text", "value"), [
    # A page stamp on its own line stays furniture, however the next line reads.
    ("Babinsa Bantu Warga\nSabtu, 7 Juni 2025\nBabinsa berjaga di pos kamling Jumat, 6 Juni 2025 malam.",
     D(2025, 6, 6)),
    ("Kamis, (3/7/2025)\nBabinsa berjaga di pos kamling Rabu, (2/7/2025) malam.", D(2025, 7, 2)),
    ("Babinsa Bantu Warga\nKamis, (3/7/2025)\nBabinsa berjaga di pos kamling Rabu, (2/7/2025) malam.",
     D(2025, 7, 2)),
])
def test_date_alone_on_its_line(extractor, text, value):
    assert extractor.extract(text).event_date.value == value


@pytest.mark.parametrize("text", [
    "Sebanyak dua belas orang hadir dan tiga Mei kemudian pulang.",   # a count, and no year
    "Petugas membagikan 12-14 paket kepada warga.",                    # a count range, no month
    "Warga RT 05-06/03 bergotong royong di jalan desa.",               # RT/RW numbers
])
def test_not_dates_either(extractor, text):
    ev = extractor.extract(text).event_date
    assert ev is None or ev.value is None
