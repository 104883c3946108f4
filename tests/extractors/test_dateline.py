"""Datelines: the place word that opens the story, after any title lines."""

from __future__ import annotations

import pytest

BODY = " Babinsa Koramil 02/Kota membantu warga membersihkan saluran air di desa binaan pada pagi hari."

CASES = [
    ("Asahan |" + BODY, "Asahan"),
    ("MADIUN, ArekMEMO.com -" + BODY, "MADIUN"),
    ("Gianyar - Lebih," + BODY, "Gianyar"),
    ("NTT-Kefamenanu," + BODY, "Kefamenanu"),
    ("SELATPANJANG (riaumandiri.co)-" + BODY, "SELATPANJANG"),
    ("beritasatu.co.id, MALINAU –" + BODY, "MALINAU"),
    ("PORTALWARTA.ID, KERINCI –" + BODY, "KERINCI"),
    ("Lombok Timur, NTB –" + BODY, "Lombok Timur"),
    ("Pinrang-Untuk menjaga kebersihan," + BODY, "Pinrang"),
    ("Babinsa Bantu Warga Bersihkan Saluran Air\n\nSungai Raya,  -" + BODY, "Sungai Raya"),
    ("Kupang, Dalam rangka menyambut musim tanam jagung," + BODY, "Kupang"),
]


@pytest.mark.parametrize(("text", "dateline"), CASES, ids=[c[1] for c in CASES])
def test_dateline(extractor, text, dateline):
    assert extractor.extract(text).dateline == dateline


@pytest.mark.parametrize("text", [
    "Dalam rangka menjaga kebersihan lingkungan, Babinsa membantu warga membersihkan saluran air di desa.",
    "Babinsa Bantu Warga Bersihkan Saluran Air di Wilayah Perkebunan Warga Desa Binaan",
])
def test_no_dateline(extractor, text):
    assert extractor.extract(text).dateline is None


def test_title_is_the_line_above_the_dateline(extractor):
    text = "Babinsa Bantu Warga Bersihkan Saluran Air\n\nAsahan |" + BODY
    assert extractor.extract(text).title == "Babinsa Bantu Warga Bersihkan Saluran Air"


def test_category_menu_is_not_the_title(extractor):
    text = ("BeritaDaerahFeaturedKabar DesaPolitikOlahraga Hukum\n\n"
            "Babinsa Bantu Warga Bersihkan Saluran Air\n\nAsahan |" + BODY)
    assert extractor.extract(text).title == "Babinsa Bantu Warga Bersihkan Saluran Air"
