"""scripts/build_given_names.py on a small dataset written here (the real one is never in the
repository and never downloaded by tests): ballot names read, opening words counted, the filters
applied, the checksum enforced and the YAML's derived section written without touching the rest."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_given_names", ROOT / "scripts/build_given_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


# Ballot names as KPU writes them (invented for this test): titles, initials, brackets and degrees
# around the name, Balinese and Arabic openers inside it.
BALLOT = [
    ("SUTARMAN WIJOYO", ["sutarman", "wijoyo"]),
    ("Dr. H. SUTARMAN WIJOYO, S.H., M.H.", ["sutarman", "wijoyo"]),
    ("Kolonel TNI (Purn.) Ir. DARSIMAN, M.Si.", ["darsiman"]),
    ("H.M. TARMIZI YUSRAN, S.Pd.", ["m", "tarmizi", "yusran"]),
    ("Drs, H. TARMIZI, M.Si", ["tarmizi"]),
    ("SUPARDI. B, S.Sos.", ["supardi", "b"]),
    ("M. ZULKARNAEN HADI", ["m", "zulkarnaen", "hadi"]),
    ("I WAYAN SUDIARTANA, S.E.", ["i", "wayan", "sudiartana"]),
    ("B. SARIFUDIN", ["sarifudin"]),
    ("A PARSAORAN NAINGGOLAN", ["parsaoran", "nainggolan"]),
    ("Dra. Hj. SRI MURTININGSIH", ["sri", "murtiningsih"]),
]


@pytest.mark.parametrize("raw,words", BALLOT)
def test_ballot_names_are_read_without_titles_initials_and_degrees(build, raw, words):
    assert build.name_words(raw) == words


def _dataset(rows: dict[str, list[str]]) -> dict[str, bytes]:
    return {f"data/{path}": json.dumps([{"nomor_urut": i, "nama": n} for i, n in enumerate(names, 1)]).encode()
            for path, names in rows.items()}


# "Wartoyo" opens 12 names and stands first after a Balinese opener in 2 more; "Sugimin" stands in
# 12 names but opens 2; "Paidi" opens 10; "Koko" opens 12 (a short word: needs more); "Bunga" opens
# 12 (a common word).
ROWS = {
    "dpr/1101.json": [f"WARTOYO {s}" for s in ("ADI", "BUDI", "CAHYA", "DANU", "EKA", "FAJAR")] * 2
    + ["I MADE WARTOYO", "NI LUH WARTOYO"],
    "dprdkk/110101.json": [f"SUGIMIN HARTO{k}" for k in "AB"] + [f"PAIDI SUGIMIN {k}" for k in "ABCDEFGHIJ"]
    + ["KOKO WIJAYA"] * 12 + ["BUNGA LESTARI"] * 12,
}


def test_counts_first_words_and_words_after_openers(build):
    counts = build.count(build.candidate_names(_dataset(ROWS)))
    assert counts.opens["wartoyo"] == 14
    assert counts.opens["sugimin"] == 2 and counts.anywhere["sugimin"] == 12
    assert counts.opens["i"] == counts.opens["ni"] == 1 and counts.opens["made"] == 0


def test_select_keeps_frequent_openers_and_says_why_others_went(build):
    counts = build.count(build.candidate_names(_dataset(ROWS)))
    kept, dropped = build.select(counts, 10, 0.5, hand={"paidi"}, vocab={"bunga"}, lex=set(),
                                 villages=Counter(), short_factor=3)
    assert kept == ["wartoyo"]
    assert dropped["paidi"] == "hand-written"
    assert dropped["bunga"] == "a common word"
    assert dropped["koko"].startswith("short")
    assert "sugimin" not in kept and "sugimin" not in dropped  # opens 2 names: below the count


def test_select_drops_lexicon_words_and_village_words(build):
    counts = build.count(build.candidate_names(_dataset(ROWS)))
    kept, dropped = build.select(counts, 10, 0.5, hand=set(), vocab=set(), lex={"koko"},
                                 villages=Counter({"wartoyo": 12}), short_factor=1)
    assert sorted(kept) == ["bunga", "paidi"]
    assert dropped["wartoyo"] == "in 12 village names" and dropped["koko"] == "a word of our lexicons"


def test_select_drops_a_name_whose_other_final_spelling_is_a_lexicon_word(build):
    # the lexicon reads a name under both final spellings (i/y): "paidi" is dropped when "paidy" is a lexicon word
    counts = build.count(build.candidate_names(_dataset(ROWS)))
    kept, dropped = build.select(counts, 10, 0.5, hand=set(), vocab=set(), lex={"paidy"},
                                 villages=Counter(), short_factor=1)
    assert "paidi" not in kept and dropped["paidi"] == "a word of our lexicons"
    assert build._other_spelling("hary") == "hari" and build._other_spelling("budi") == "budy"
    assert build._other_spelling("andi") == "andy" and build._other_spelling("rai") is None


def test_archive_and_folder_give_the_same_files_and_the_checksum_guards_them(build, tmp_path):
    files = _dataset(ROWS)
    folder = tmp_path / "pemilu2024-dapil-abc"
    for path, blob in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(blob)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    archive = tmp_path / "dataset.tar.gz"
    archive.write_bytes(buf.getvalue())
    assert build.read_folder(folder) == build.read_folder(folder / "data") == build.read_archive(archive.read_bytes())
    assert build.load_files(archive, check=False) == files
    with pytest.raises(SystemExit, match="checksum"):
        build.load_files(archive)  # not the pinned dataset


def test_write_yaml_replaces_only_the_derived_section(build, tmp_path):
    path = tmp_path / "given_names.yaml"
    path.write_text("# hand-written header\nnames: [Sutarman, Darsiman]\n", encoding="utf-8")
    for words in (["wartoyo", "paidi"], ["wartoyo"]):  # a second run replaces the first
        build.write_yaml(build.render_section(words, "python scripts/build_given_names.py", 10, 0.5, 100, 3), path)
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data == {"names": ["Sutarman", "Darsiman"], "derived": "Wartoyo"}
    assert text.startswith("# hand-written header") and text.count(build.MARK) == 1
