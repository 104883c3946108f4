"""Teach komsos-extract a unit kind and an activity cue it does not know, without forking it.

The lexicons are YAML files inside the package (komsos_extract/data/*.yaml). Put files of the same
name and shape in a folder of your own: their list items and keys are added to the packaged ones.
Here, my_lexicon/units.yaml adds the Denkav (Detasemen Kavaleri) unit kind and
my_lexicon/activities.yaml adds "manugal" (planting rice with dibble sticks) as a food-security cue.

    python examples/custom_lexicon.py
    KOMSOS_EXTRACT_DATA=examples/my_lexicon komsos-extract extract FILE     # the same from the shell
"""

from __future__ import annotations

from pathlib import Path

from komsos_extract import Extractor, lexicon

TEXT = ("Palangka Raya | Prajurit Denkav 4/Satya Manunggal bersama warga Desa Tumbang Manjul melaksanakan "
        "manugal di ladang kelompok tani, Kamis (6/6/2024).")


def show(label: str, record) -> None:
    print(f"{label}: units={[(u.kind, u.number, u.name) for u in record.units]} activity={record.activity}")


show("packaged lexicons", Extractor().extract(TEXT))

# Call add_data() before building the Extractor (or running a batch); worker processes inherit it.
lexicon.add_data(Path(__file__).resolve().parent / "my_lexicon")
show("with my_lexicon  ", Extractor().extract(TEXT))
