"""Records flattened into dashboard tables with stable, documented columns.

``articles`` has one row per article; ``units``, ``personnel``, ``people``, ``places`` and
``activities`` are child tables keyed by ``doc_id`` (plus ``idx``, the position in the record);
``errors`` lists inputs that could not be read or processed; ``duplicates`` lists every further
source of a text already in ``articles`` (the same article posted twice), so no source vanishes.
"""

from __future__ import annotations

from functools import lru_cache

import pyarrow as pa

from .. import lexicon
from ..records import ArticleRecord

S, I, F, B, D = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.date32()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("doc_id", S), ("source", S), ("url", S), ("title", S), ("dateline", S), ("published", D),
        ("event_date", D), ("event_date_text", S), ("event_date_precision", S), ("weekday_matches", B),
        ("activity", S), ("activities", S),
        ("provinsi", S), ("provinsi_code", S), ("kabupaten", S), ("kabupaten_code", S),
        ("kecamatan", S), ("kecamatan_code", S), ("desa", S), ("desa_code", S),
        ("n_units", I), ("n_personnel", I), ("n_people", I), ("n_places", I),
        ("text_chars", I), ("warnings", S), ("schema_version", S),
    ]),
    "units": pa.schema([
        ("doc_id", S), ("idx", I), ("kind", S), ("number", S), ("name", S), ("service", S),
        ("parent_kind", S), ("parent_number", S), ("parent_name", S), ("text", S), ("start", I), ("end", I),
    ]),
    "personnel": pa.schema([
        ("doc_id", S), ("idx", I), ("rank", S), ("rank_full", S), ("service", S), ("corps", S), ("name", S),
        ("role", S), ("unit_kind", S), ("unit_number", S), ("unit_name", S), ("n_mentions", I),
        ("start", I), ("end", I),
    ]),
    "people": pa.schema([
        ("doc_id", S), ("idx", I), ("name", S), ("honorific", S), ("role", S), ("n_mentions", I),
        ("start", I), ("end", I),
    ]),
    "places": pa.schema([
        ("doc_id", S), ("idx", I), ("level", S), ("name", S), ("code", S), ("provinsi", S),
        ("kabupaten", S), ("kecamatan", S), ("is_village", B), ("text", S), ("start", I), ("end", I),
    ]),
    "activities": pa.schema([
        ("doc_id", S), ("idx", I), ("type", S), ("score", F), ("is_primary", B), ("evidence", S),
        ("start", I), ("end", I),
    ]),
    # a MinHash of the text's word pairs (base64), for merging republished articles into events
    "signatures": pa.schema([("doc_id", S), ("minhash", S)]),
    "errors": pa.schema([("source", S), ("reason", S), ("doc_id", S)]),
    "duplicates": pa.schema([("doc_id", S), ("source", S)]),
}
# tables written per chunk (``signatures`` comes from the text, not the record: see writers.Processed)
RECORD_TABLES = ("articles", "units", "personnel", "people", "places", "activities", "signatures")


@lru_cache(maxsize=None)
def village_levels() -> frozenset[str]:
    """Levels that are villages in the Kemendagri list (tier 4 in places.yaml: desa, kelurahan and
    their local names such as nagari, gampong, negeri, kampung). Parts of villages (dusun, jorong,
    banjar, lingkungan, rt, rw) are not: a visit to "Jorong X, Nagari Y" is one village, not two."""
    return frozenset(row["level"] for row in lexicon._load_yaml("places.yaml")["levels"] if row.get("tier") == 4)


def _first_span(mentions) -> tuple[int | None, int | None]:
    return (mentions[0].start, mentions[0].end) if mentions else (None, None)


def _parent_name(parents, level: str) -> str | None:
    for p in parents:
        if p.level == level or (level == "kabupaten" and p.level == "kota"):
            return p.name
    return None


def record_rows(record: ArticleRecord, url: str | None = None, text_chars: int | None = None) -> dict[str, list[dict]]:
    """One article's rows for every record table."""
    r = record
    loc = r.location
    ev = r.event_date
    rows: dict[str, list[dict]] = {t: [] for t in RECORD_TABLES}
    rows["articles"].append({
        "doc_id": r.doc_id, "source": r.source, "url": url, "title": r.title, "dateline": r.dateline,
        "published": r.published, "event_date": ev.value if ev else None, "event_date_text": ev.text if ev else None,
        "event_date_precision": ev.precision if ev else None, "weekday_matches": ev.weekday_matches if ev else None,
        "activity": r.activity, "activities": ",".join(a.type for a in r.activities) or None,
        "provinsi": loc.provinsi if loc else None, "provinsi_code": loc.provinsi_code if loc else None,
        "kabupaten": loc.kabupaten if loc else None, "kabupaten_code": loc.kabupaten_code if loc else None,
        "kecamatan": loc.kecamatan if loc else None, "kecamatan_code": loc.kecamatan_code if loc else None,
        "desa": loc.desa if loc else None, "desa_code": loc.desa_code if loc else None,
        "n_units": len(r.units), "n_personnel": len(r.personnel), "n_people": len(r.people),
        "n_places": len(r.places), "text_chars": text_chars, "warnings": "; ".join(r.warnings) or None,
        "schema_version": r.schema_version,
    })
    for i, u in enumerate(r.units):
        p = u.parent
        rows["units"].append({
            "doc_id": r.doc_id, "idx": i, "kind": u.kind, "number": u.number, "name": u.name, "service": u.service,
            "parent_kind": p.kind if p else None, "parent_number": p.number if p else None,
            "parent_name": p.name if p else None, "text": u.text, "start": u.start, "end": u.end,
        })
    for i, p in enumerate(r.personnel):
        s, e = _first_span(p.mentions)
        rows["personnel"].append({
            "doc_id": r.doc_id, "idx": i, "rank": p.rank, "rank_full": p.rank_full, "service": p.service,
            "corps": p.corps, "name": p.name, "role": p.role, "unit_kind": p.unit.kind if p.unit else None,
            "unit_number": p.unit.number if p.unit else None, "unit_name": p.unit.name if p.unit else None,
            "n_mentions": len(p.mentions), "start": s, "end": e,
        })
    for i, c in enumerate(r.people):
        s, e = _first_span(c.mentions)
        rows["people"].append({"doc_id": r.doc_id, "idx": i, "name": c.name, "honorific": c.honorific,
                               "role": c.role, "n_mentions": len(c.mentions), "start": s, "end": e})
    for i, pl in enumerate(r.places):
        rows["places"].append({
            "doc_id": r.doc_id, "idx": i, "level": pl.level, "name": pl.name, "code": pl.code,
            "provinsi": _parent_name(pl.parents, "provinsi"), "kabupaten": _parent_name(pl.parents, "kabupaten"),
            "kecamatan": _parent_name(pl.parents, "kecamatan"), "is_village": pl.level in village_levels(),
            "text": pl.text, "start": pl.start, "end": pl.end,
        })
    for i, a in enumerate(r.activities):
        s, e = _first_span(a.evidence)
        rows["activities"].append({
            "doc_id": r.doc_id, "idx": i, "type": a.type, "score": a.score, "is_primary": a.type == r.activity,
            "evidence": a.evidence[0].text if a.evidence else None, "start": s, "end": e,
        })
    return rows


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])
