"""One row per real-world activity: republished and retold articles merged into events.

One press release (from a Pendim, Penrem or a Humas Polres) is republished by many portals with new
titles, clutter and small edits, so counting articles counts one Babinsa visit many times. This pass
groups the articles of a batch output into events and writes two tables beside the others:

- ``events``: event_id, first_published, event_date, activity, main_unit, desa_code, n_articles, ...
- ``article_events``: doc_id, event_id, match (``seed``: the first article of its event;
  ``near_copy``: its text is a near copy of ``matched_to``; ``same_event``: same day, same village
  or unit or person), score, matched_to.

How (linear in the number of articles; no pair of articles is compared unless a key brings it up):

1. Each worker stores a MinHash of the text's word pairs (``text_signature``) in ``signatures``:
   the text is not kept, so the signature is made where the text is.
2. Candidate pairs come from sorted neighbourhoods: the articles are sorted by a key (an LSH band of
   the signature, a unit, a person, a village) and then by date, and each is paired with its next
   ``WINDOW`` neighbours of the same key. A key shared by thousands of articles (boilerplate, a
   Kodim) therefore costs ``WINDOW`` pairs an article, never a square.
3. A pair is a near copy when its estimated Jaccard similarity is high, and the same event when it
   has the same event date and shares at least two of village, unit and person. Two known event
   dates or two village codes that differ veto any pair.
4. Pairs join articles best-first (union-find) and an event never holds two event dates or two
   village codes, so one uncertain pair cannot chain two visits of the same Babinsa together.

Incremental: articles already in ``article_events`` keep their events; only pairs with a new
article are scored, so a later batch into the same output joins existing events (and an article
that bridges two events merges them, the older id surviving).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa

NUM_PERM = 64
BANDS, ROWS = 16, 4           # LSH: a pair with Jaccard 0.5 shares a band with probability 0.65
WINDOW = 24                   # neighbours per article and key
NEAR_COPY = 0.5               # estimated Jaccard of word pairs above which texts are near copies
EVENT_DATE_SPAN = (-3, 60)    # days from event to publication for an event date to be trusted
UNDATED_DAYS = 7              # a near copy without both event dates must be published this close
_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_rng = np.random.default_rng(0x6B6F6D736F73)  # fixed: signatures stay comparable across runs
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)

S, I, F, D = pa.string(), pa.int32(), pa.float64(), pa.date32()
EVENT_SCHEMAS = {
    "events": pa.schema([
        ("event_id", S), ("first_published", D), ("last_published", D), ("event_date", D), ("activity", S),
        ("main_unit", S), ("main_unit_kind", S), ("parent_unit", S), ("service", S),
        ("desa_code", S), ("desa", S), ("kecamatan", S), ("kabupaten_code", S), ("kabupaten", S), ("provinsi", S),
        ("title", S), ("n_articles", I), ("n_near_copy", I), ("n_same_event", I),
    ]),
    "article_events": pa.schema([
        ("doc_id", S), ("event_id", S), ("match", S), ("score", F), ("matched_to", S),
    ]),
}

# lower number: closer to the ground (the unit an event is about)
_UNIT_LEVEL = {"Pos": 1, "Koramil": 1, "Polsek": 1, "Satgas": 1,
               "Kodim": 2, "Polres": 2, "Polresta": 2, "Polrestabes": 2, "Lanal": 2, "Lanud": 2,
               "Yonif": 2, "Yonarhanud": 2, "Yonarmed": 2, "Yonkav": 2, "Yonzipur": 2, "Yonmarhanlan": 2,
               "Brigif": 3, "Korem": 3, "Lantamal": 3, "Polda": 3, "Kodam": 4}


# --- text signatures (made in the workers) -----------------------------------------------------

def text_signature(text: str) -> str:
    """MinHash (``NUM_PERM`` values) of the set of lower-cased word pairs, as base64 text."""
    words = _WORD.findall(text.lower())
    shingles = {f"{a} {b}" for a, b in zip(words, words[1:])} or set(words) or {""}
    h = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    values = ((h[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)).min(axis=0).astype("<u4")
    return base64.b64encode(values.tobytes()).decode("ascii")


def _decode(signatures: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    out = np.zeros((len(signatures), NUM_PERM), dtype=np.uint32)
    has = np.zeros(len(signatures), dtype=bool)
    for i, s in enumerate(signatures):
        if s:
            try:
                raw = base64.b64decode(s, validate=True)
            except ValueError:  # binascii.Error: a damaged value counts as no signature
                continue
            if len(raw) == 4 * NUM_PERM:
                out[i] = np.frombuffer(raw, dtype="<u4")
                has[i] = True
    return out, has


# --- the articles as arrays --------------------------------------------------------------------

def _days(values) -> np.ndarray:
    epoch = dt.date(1970, 1, 1)
    return np.array([(v - epoch).days if v is not None else -1 for v in values], dtype=np.int64)


def _factor(values) -> np.ndarray:
    ids: dict = {}
    return np.array([-1 if v is None else ids.setdefault(v, len(ids)) for v in values], dtype=np.int64)


@lru_cache(maxsize=200_000)
def _norm(s: str | None) -> str:
    return " ".join(_WORD.findall(s.lower())) if s else ""


def unit_label(kind: str | None, number: str | None, name: str | None) -> str | None:
    if not kind:
        return None
    if number and name:
        return f"{kind} {number}/{name}"
    return " ".join(x for x in (kind, number or name) if x)


@dataclass
class _Articles:
    ids: list[str]
    new: np.ndarray
    date: np.ndarray
    pub: np.ndarray
    desa: np.ndarray
    activity: np.ndarray
    sig: np.ndarray
    has_sig: np.ndarray
    units: list[set[int]] = field(default_factory=list)
    persons: list[set[int]] = field(default_factory=list)
    names: list[set[str]] = field(default_factory=list)


def _articles(store_tables: dict[str, pa.Table], assigned: set[str]) -> _Articles:
    art = store_tables["articles"]
    ids = art.column("doc_id").to_pylist()
    row = {d: i for i, d in enumerate(ids)}
    sigs: list[str | None] = [None] * len(ids)
    if store_tables.get("signatures") is not None:
        sg = store_tables["signatures"]
        for d, m in zip(sg.column("doc_id").to_pylist(), sg.column("minhash").to_pylist()):
            if d in row:
                sigs[row[d]] = m
    sig, has = _decode(sigs)
    units: list[set[int]] = [set() for _ in ids]
    persons: list[set[int]] = [set() for _ in ids]
    key_ids: dict[str, int] = {}
    ut = store_tables["units"]
    for d, kind, number, name in zip(*(ut.column(c).to_pylist() for c in ("doc_id", "kind", "number", "name"))):
        if d in row and _UNIT_LEVEL.get(kind, 2) <= 2:  # a Kodam or a Polda is shared by a province
            key = f"u|{kind}|{_norm(name) or number}"
            units[row[d]].add(key_ids.setdefault(key, len(key_ids)))
    pt = store_tables["personnel"]
    names: list[set[str]] = [set() for _ in ids]
    for d, name in zip(pt.column("doc_id").to_pylist(), pt.column("name").to_pylist()):
        if d in row and name and " " in _norm(name):  # a lone given name (a chief quoted) is no evidence
            persons[row[d]].add(key_ids.setdefault("p|" + _norm(name), len(key_ids)))
            names[row[d]].add(_norm(name))
    date, pub = _days(art.column("event_date").to_pylist()), _days(art.column("published").to_pylist())
    lag = pub - date
    trusted = (date >= 0) & ((pub < 0) | ((lag >= EVENT_DATE_SPAN[0]) & (lag <= EVENT_DATE_SPAN[1])))
    return _Articles(
        ids=ids, new=np.array([d not in assigned for d in ids], dtype=bool),
        date=np.where(trusted, date, -1), pub=pub,
        desa=_factor(art.column("desa_code").to_pylist()), activity=_factor(art.column("activity").to_pylist()),
        sig=sig, has_sig=has, units=units, persons=persons, names=names)


# --- candidate pairs ---------------------------------------------------------------------------

def _neighbour_pairs(rows: np.ndarray, keys: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Pairs (i, j) of rows sharing a key, each row with its next WINDOW neighbours in ``order``."""
    if len(rows) < 2:
        return np.empty((0, 2), dtype=np.int64)
    o = np.lexsort((order[rows], keys))
    r, k = rows[o], keys[o]
    found = []
    for d in range(1, WINDOW + 1):
        same = k[d:] == k[:-d]
        if not same.any():
            break
        found.append(np.stack([r[:-d][same], r[d:][same]], axis=1))
    return np.concatenate(found) if found else np.empty((0, 2), dtype=np.int64)


def _band_keys(sig: np.ndarray) -> list[np.ndarray]:
    s = sig.astype(np.uint64)
    keys = []
    for b in range(BANDS):
        k = np.full(len(sig), np.uint64(b) + np.uint64(0x9E3779B97F4A7C15), dtype=np.uint64)
        for c in range(b * ROWS, (b + 1) * ROWS):
            k = (k ^ s[:, c]) * np.uint64(0x100000001B3)
        keys.append(k.view(np.int64))
    return keys


UNIT_SHARED, PERSON_SHARED = 1, 2


def _candidates(a: _Articles) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i < j, at least one new) and what they were found sharing (bit flags)."""
    n = len(a.ids)
    order = np.where(a.date >= 0, a.date, a.pub)  # by event day (or publication day)
    found, flags = [], []

    def add(pairs: np.ndarray, flag: int) -> None:
        found.append(pairs)
        flags.append(np.full(len(pairs), flag, dtype=np.int8))

    rows = np.nonzero(a.has_sig)[0]
    for keys in _band_keys(a.sig[rows]):
        add(_neighbour_pairs(rows, keys, order), 0)
    for sets, flag in ((a.units, UNIT_SHARED), (a.persons, PERSON_SHARED)):
        rr = np.fromiter((i for i, s in enumerate(sets) for _ in s), dtype=np.int64)
        kk = np.fromiter((k for s in sets for k in s), dtype=np.int64)
        add(_neighbour_pairs(rr, kk, order), flag)
    rows = np.nonzero(a.desa >= 0)[0]
    add(_neighbour_pairs(rows, a.desa[rows], order), 0)
    pairs, flag = np.concatenate(found), np.concatenate(flags)
    pairs = np.sort(pairs, axis=1)
    keep = (pairs[:, 0] != pairs[:, 1]) & (a.new[pairs[:, 0]] | a.new[pairs[:, 1]])
    packed = np.sort((pairs[keep, 0] * n + pairs[keep, 1]) * 4 + flag[keep])  # pair code, then flags
    if not len(packed):
        return np.empty((0, 2), dtype=np.int64), np.empty(0, dtype=np.int8)
    codes = packed >> 2
    starts = np.nonzero(np.r_[True, codes[1:] != codes[:-1]])[0]
    codes, flag = codes[starts], np.bitwise_or.reduceat((packed & 3).astype(np.int8), starts)
    return np.stack([codes // n, codes % n], axis=1), flag


# --- scoring -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Edge:
    i: int
    j: int
    kind: str
    score: float


def _jaccard(a: _Articles, pairs: np.ndarray) -> np.ndarray:
    out = np.zeros(len(pairs))
    for s in range(0, len(pairs), 500_000):
        p = pairs[s:s + 500_000]
        out[s:s + len(p)] = (a.sig[p[:, 0]] == a.sig[p[:, 1]]).mean(axis=1)
    both = a.has_sig[pairs[:, 0]] & a.has_sig[pairs[:, 1]]
    return np.where(both, out, 0.0)


def _edges(a: _Articles, pairs: np.ndarray, found: np.ndarray) -> list[Edge]:
    """Scored pairs that pass the rules; cheap vetoes first, set checks only for survivors."""
    if not len(pairs):
        return []
    i, j = pairs[:, 0], pairs[:, 1]
    both_dated = (a.date[i] >= 0) & (a.date[j] >= 0)
    same_day = both_dated & (a.date[i] == a.date[j])
    close = (a.pub[i] >= 0) & (a.pub[j] >= 0) & (np.abs(a.pub[i] - a.pub[j]) <= UNDATED_DAYS)
    desa_differ = (a.desa[i] >= 0) & (a.desa[j] >= 0) & (a.desa[i] != a.desa[j])
    alive = np.nonzero((same_day | (~both_dated & close)) & ~desa_differ)[0]
    pairs, found, same_day = pairs[alive], found[alive], same_day[alive]
    i, j = pairs[:, 0], pairs[:, 1]
    jac = _jaccard(a, pairs)
    copy = jac >= NEAR_COPY
    desa_same = (a.desa[i] >= 0) & (a.desa[i] == a.desa[j])
    activity_same = (a.activity[i] >= 0) & (a.activity[i] == a.activity[j])
    person = (found & PERSON_SHARED) > 0
    shared = desa_same.astype(int) + ((found & UNIT_SHARED) > 0) + person
    event = same_day & (((shared >= 2) & (person | activity_same)) | ((shared == 1) & activity_same & (jac >= 0.3)))
    edges = []
    for k in np.nonzero(copy | event)[0]:
        x, y = int(i[k]), int(j[k])
        if a.names[x] and a.names[y] and not _names_meet(a.names[x], a.names[y]):
            continue  # two reports naming different people: a template reused, not a copy
        if copy[k]:
            edges.append(Edge(x, y, "near_copy", round(float(jac[k]), 3)))
        else:
            score = min(0.99, 0.2 + 0.15 * int(shared[k]) + 0.1 * bool(activity_same[k]) + 0.4 * float(jac[k]))
            edges.append(Edge(x, y, "same_event", round(score, 3)))
    return edges


def _close(a: str, b: str, limit: int = 2) -> bool:
    """Edit distance (letters swapped, dropped or changed by a re-typist) at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def _names_meet(xs: set[str], ys: set[str]) -> bool:
    """Some person named in one is named in the other (a typo apart): "Agus Purba" meets
    "Agsu Purba", not "Agus Setiawan"."""
    return bool(xs & ys) or any(_close(x, y) for x in xs for y in ys)


# --- clustering --------------------------------------------------------------------------------

class _Groups:
    """Union-find whose groups never hold two event dates or two village codes."""

    def __init__(self, a: _Articles) -> None:
        n = len(a.ids)
        self.parent = list(range(n))
        self.date = [int(d) if d >= 0 else None for d in a.date]
        self.desa = [int(d) if d >= 0 else None for d in a.desa]

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, x: int, y: int) -> bool:
        """Join the groups of x and y unless that puts two dates or two villages in one group."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return True
        for attr in (self.date, self.desa):
            if attr[rx] is not None and attr[ry] is not None and attr[rx] != attr[ry]:
                return False
        self.parent[ry] = rx
        self.date[rx] = self.date[rx] if self.date[rx] is not None else self.date[ry]
        self.desa[rx] = self.desa[rx] if self.desa[rx] is not None else self.desa[ry]
        return True


def _event_id(doc_id: str) -> str:
    return "ev-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


@dataclass
class EventsSummary:
    articles: int = 0
    new_articles: int = 0
    events: int = 0
    merged: int = 0          # articles folded into an event another article already stands for
    candidate_pairs: int = 0


def cluster(tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], EventsSummary]:
    """``events`` and ``article_events`` for every article of ``tables`` (the store's tables,
    with the previous ``article_events`` if any)."""
    previous = tables.get("article_events")
    prev_rows = {r["doc_id"]: r for r in previous.to_pylist()} if previous is not None else {}
    art = tables["articles"]
    known = set(art.column("doc_id").to_pylist())
    prev_rows = {d: r for d, r in prev_rows.items() if d in known}
    a = _articles(tables, set(prev_rows))
    groups = _Groups(a)
    row = {d: i for i, d in enumerate(a.ids)}
    old_event: dict[int, str] = {}
    first_of: dict[str, int] = {}
    for d, r in prev_rows.items():  # earlier events first, as they were
        i = row[d]
        old_event[i] = r["event_id"]
        if r["event_id"] in first_of:
            groups.join(first_of[r["event_id"]], i)
        else:
            first_of[r["event_id"]] = i
    pairs, found = _candidates(a)
    edges = sorted(_edges(a, pairs, found), key=lambda e: (-e.score, a.ids[e.i], a.ids[e.j]))
    best: dict[int, Edge] = {}
    for e in edges:
        if groups.join(e.i, e.j):
            for x in (e.i, e.j):
                if x not in best or best[x].score < e.score:
                    best[x] = e
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(a.ids)):
        members[groups.find(i)].append(i)

    pub_key = lambda i: (a.pub[i] if a.pub[i] >= 0 else 10**9, a.ids[i])  # noqa: E731
    link_rows, event_of = [], {}
    for root, idx in members.items():
        olds = Counter(old_event[i] for i in idx if i in old_event)
        if olds:  # the event that brought the most articles keeps its id (then the older one)
            eid = min(olds, key=lambda e: (-olds[e], pub_key(first_of[e]), e))
        else:
            eid = _event_id(a.ids[min(idx, key=pub_key)])
        seed = min(idx, key=pub_key)
        for i in idx:
            event_of[i] = eid
            d = a.ids[i]
            if d in prev_rows:
                r = dict(prev_rows[d], event_id=eid)
            elif i in best and len(idx) > 1:
                e = best[i]
                r = {"doc_id": d, "event_id": eid, "match": e.kind, "score": e.score,
                     "matched_to": a.ids[e.j if e.i == i else e.i]}
            else:
                r = {"doc_id": d, "event_id": eid, "match": "seed", "score": None, "matched_to": None}
            if i == seed and not olds:
                r.update(match="seed", score=None, matched_to=None)
            link_rows.append(r)
    link_rows.sort(key=lambda r: (r["event_id"], r["doc_id"]))
    article_events = pa.Table.from_pylist(link_rows, schema=EVENT_SCHEMAS["article_events"])
    events = _event_rows(tables, link_rows)
    summary = EventsSummary(articles=len(a.ids), new_articles=int(a.new.sum()), events=events.num_rows,
                            merged=len(a.ids) - events.num_rows, candidate_pairs=len(pairs))
    return {"events": events, "article_events": article_events}, summary


def _mode(values, fallback=None):
    values = [v for v in values if v is not None]
    if not values:
        return fallback
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def _main_units(units: pa.Table) -> dict[str, tuple]:
    """Per article: (main unit label, its kind, its parent label, service): the unit closest to the
    ground, and the unit above it (its written parent, or the next unit up in the article)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for u in units.select(["doc_id", "idx", "kind", "number", "name", "service", "parent_kind",
                           "parent_number", "parent_name"]).to_pylist():
        by_doc[u["doc_id"]].append(u)
    out = {}
    for d, us in by_doc.items():
        us.sort(key=lambda u: (_UNIT_LEVEL.get(u["kind"], 2), u["idx"]))
        main = us[0]
        parent = unit_label(main["parent_kind"], main["parent_number"], main["parent_name"])
        if parent is None:
            level = _UNIT_LEVEL.get(main["kind"], 2)
            up = [u for u in us if _UNIT_LEVEL.get(u["kind"], 2) == level + 1]
            parent = unit_label(up[0]["kind"], up[0]["number"], up[0]["name"]) if up else None
        out[d] = (unit_label(main["kind"], main["number"], main["name"]), main["kind"], parent, main["service"])
    return out


def _event_rows(tables: dict[str, pa.Table], links: list[dict]) -> pa.Table:
    art = {r["doc_id"]: r for r in tables["articles"].select(
        ["doc_id", "published", "event_date", "activity", "desa_code", "desa", "kecamatan", "kabupaten_code",
         "kabupaten", "provinsi", "title"]).to_pylist()}
    mains = _main_units(tables["units"])
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in links:
        by_event[r["event_id"]].append(r)
    rows = []
    for eid, rs in by_event.items():
        docs = sorted((art[r["doc_id"]] for r in rs),
                      key=lambda x: (x["published"] or dt.date.max, x["doc_id"]))
        mu = [mains.get(x["doc_id"]) for x in docs]
        main = _mode([m for m in mu if m])
        place_doc = next((x for x in docs if x["desa_code"] == _mode([y["desa_code"] for y in docs])), docs[0])
        pubs = [x["published"] for x in docs if x["published"]]
        rows.append({
            "event_id": eid, "first_published": min(pubs) if pubs else None, "last_published": max(pubs) if pubs else None,
            "event_date": _mode([x["event_date"] for x in docs]), "activity": _mode([x["activity"] for x in docs]),
            "main_unit": main[0] if main else None, "main_unit_kind": main[1] if main else None,
            "parent_unit": main[2] if main else None, "service": main[3] if main else None,
            "desa_code": place_doc["desa_code"], "desa": place_doc["desa"], "kecamatan": place_doc["kecamatan"],
            "kabupaten_code": _mode([x["kabupaten_code"] for x in docs]),
            "kabupaten": _mode([x["kabupaten"] for x in docs]), "provinsi": _mode([x["provinsi"] for x in docs]),
            "title": docs[0]["title"], "n_articles": len(rs),
            "n_near_copy": sum(r["match"] == "near_copy" for r in rs),
            "n_same_event": sum(r["match"] == "same_event" for r in rs),
        })
    rows.sort(key=lambda r: (r["first_published"] or dt.date.max, r["event_id"]))
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMAS["events"])


# --- the pass over a batch output --------------------------------------------------------------

_INPUTS = ("articles", "units", "personnel", "signatures")


def update_events(out: Path, fmt: str | None = None) -> EventsSummary:
    """Read a batch output, group its articles into events (keeping earlier events), write
    ``events`` and ``article_events`` beside the other tables."""
    from .store import Store

    store = Store(out, fmt)
    tables = {t: store.read(t) for t in _INPUTS}
    if tables["articles"] is None:
        return EventsSummary()
    tables["article_events"] = store.read("article_events", EVENT_SCHEMAS["article_events"])
    derived, summary = cluster(tables)
    store.replace(derived)
    return summary
