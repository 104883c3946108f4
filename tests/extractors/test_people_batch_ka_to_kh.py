"""Posts and things first met in the outside sample KA-KH (twentieth session). Every sentence here is
invented in the releases' style; none is taken from an article."""

import pytest

from komsos_extract import extract


@pytest.mark.parametrize(("sentence", "people", "personnel"), [
    # the deputy chiefs of staff are posts, not the first word of a name
    ("Rapat itu dibuka Wakasau Marsdya TNI Darmo Karmun. Menurut Wakasau Tedi, latihan itu penting.",
     [("Tedi", "Wakasau")], [("Marsdya", "Darmo Karmun", "Wakasau")]),
    ("Rapat dipimpin Wakasad Letjen TNI Darmo Karmun di Jakarta.", [], [("Letjen", "Darmo Karmun", "Wakasad")]),
    ("Kunjungan Wakasal Laksdya TNI Darmo Karmun disambut prajurit.", [], [("Laksdya", "Darmo Karmun", "Wakasal")]),
    # a navy boat is named like a place or a man ("KAL Sukamaju"), as the navy's ships are ("KRI Bung Tomo")
    ("Acara berlangsung di atas kapal perang bernama KAL Sukamaju milik Lanal Simeulue.", [], []),
    ("Nelayan bernama Kalsum dan Darmo dievakuasi KAL Pulau Rote ke dermaga.", [("Kalsum", None), ("Darmo", None)], []),
])
def test_posts_and_things(sentence, people, personnel):
    record = extract(sentence)
    assert [(p.name, p.role) for p in record.people] == people
    assert [(p.rank, p.name, p.role) for p in record.personnel] == personnel
