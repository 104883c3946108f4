"""Events: republished and retold articles merged into one row per real-world activity.

The accuracy test builds a batch with komsos_extract.synthetic.republished (each release published
by its unit and republished 1-5 times by portals, retitled, cluttered, reordered, 5-10% of words
edited, some retold in other words, plus releases from the same units on other days) and scores
"same event" over every pair of articles.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pyarrow as pa
import pytest

from komsos_extract.batch import run_batch
from komsos_extract.events import EVENT_SCHEMAS, NUM_PERM, cluster, text_signature, update_events
from komsos_extract.io.tables import SCHEMAS
from komsos_extract.store import Store
from komsos_extract.synthetic import republished


def _write_batch(folder: Path, articles) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a.as_json()) + "\n" for a in articles),
                                           encoding="utf-8")
    return folder


def _links(out: Path, fmt: str | None = None) -> dict[str, str]:
    table = Store(out, fmt).read("article_events", EVENT_SCHEMAS["article_events"])
    assert table is not None, "no article_events table written"
    return dict(zip(table.column("doc_id").to_pylist(), table.column("event_id").to_pylist()))


def _groups(labels: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = defaultdict(set)
    for doc, label in labels.items():
        by[label].add(doc)
    return {frozenset(m) for m in by.values()}


def _pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    return {p for g in _groups(labels) for p in combinations(sorted(g), 2)}


# --- accuracy on a generated batch -------------------------------------------------------------

def test_same_event_pairwise_precision_and_recall(tmp_path):
    articles = republished(70, seed=11, rewrite_share=0.15)
    out = tmp_path / "out.duckdb"
    summary = run_batch([str(_write_batch(tmp_path / "in", articles))], out)
    assert summary.processed == len(articles)
    truth = {a.doc_key: a.event_key for a in articles}
    pred = _links(out)
    assert set(pred) == set(truth), "every article belongs to exactly one event"
    true_pairs, pred_pairs = _pairs(truth), _pairs(pred)
    hits = len(true_pairs & pred_pairs)
    precision, recall = hits / len(pred_pairs), hits / len(true_pairs)
    print(f"same-event pairs: precision {precision:.3f} recall {recall:.3f} "
          f"({len(articles)} articles, {len(set(truth.values()))} true events, {len(set(pred.values()))} found)")
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)

    events = Store(out).read("events", EVENT_SCHEMAS["events"])
    assert sum(events.column("n_articles").to_pylist()) == len(articles)
    assert summary.events.events == events.num_rows
    assert summary.events.merged == len(articles) - events.num_rows


# --- the same events whatever the format, engine or batch split --------------------------------

@pytest.fixture(scope="module")
def small_batch(tmp_path_factory) -> tuple[Path, list]:
    articles = republished(8, seed=5, unrelated_share=0.5)
    return _write_batch(tmp_path_factory.mktemp("small") / "in", articles), articles


@pytest.fixture(scope="module")
def reference(small_batch, tmp_path_factory) -> set[frozenset[str]]:
    folder, articles = small_batch
    out = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    run_batch([str(folder)], out)
    groups = _groups(_links(out))
    truth = _groups({a.doc_key: a.event_key for a in articles})
    assert len(groups & truth) >= len(truth) - 1, "the small batch itself is grouped as generated"
    return groups


@pytest.mark.parametrize("name", ["out.sqlite", "out.jsonl", "out.parquet", "out.csv"])
def test_every_format_gives_the_same_events(small_batch, reference, tmp_path, name):
    folder, _ = small_batch
    out = tmp_path / name
    run_batch([str(folder)], out)
    assert _groups(_links(out)) == reference
    events = Store(out).read("events", EVENT_SCHEMAS["events"])
    assert events.num_rows == len(reference)
    if name.endswith(".csv"):
        assert (out / "events.csv").is_file() and (out / "article_events.csv").is_file()


@pytest.mark.parametrize("workers,engine", [(2, "dask")])  # worker processes: the same path as Dask
def test_workers_and_dask_give_the_same_events(small_batch, reference, tmp_path, workers, engine):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    folder, _ = small_batch
    out = tmp_path / "out.duckdb"
    run_batch([str(folder)], out, workers=workers, engine=engine)
    assert _groups(_links(out)) == reference


def test_a_later_batch_joins_existing_events(small_batch, reference, tmp_path):
    _, articles = small_batch
    first = _write_batch(tmp_path / "first", articles[: len(articles) // 2])
    second = _write_batch(tmp_path / "second", articles[len(articles) // 2:])
    out = tmp_path / "out.duckdb"
    run_batch([str(first)], out)
    before = _links(out)
    summary = run_batch([str(second)], out)
    after = _links(out)
    assert summary.events.new_articles == len(articles) - len(before)
    assert _groups(after) == reference, "two batches end in the events one batch gives"
    joined = [d for d in after if d not in before and after[d] in set(before.values())]
    assert joined, "some articles of the second batch joined events of the first"
    assert {after[d] for d in before} <= set(before.values()), "earlier articles keep earlier event ids"
    again = run_batch([str(first), str(second)], out)  # nothing new: nothing moves
    assert again.skipped == len(articles) and _links(out) == after


# --- the rules, on hand-made tables ------------------------------------------------------------

BASE_TEXT = ("Babinsa Koramil 05/Sukadana Serda {name} membantu warga {what} di Desa {desa} pada hari itu. "
             "Kegiatan berlangsung dari pagi hingga siang dan diikuti puluhan warga setempat. "
             "Kepala desa menyampaikan terima kasih atas bantuan yang diberikan kepada kelompok tani.")


def _article(doc, *, date, published, desa, activity, person, unit="Sukadana", text=None):
    return {"doc_id": doc, "date": date, "published": published, "desa": desa, "activity": activity,
            "person": person, "unit": unit, "text": text}


def _tables(rows: list[dict]) -> dict[str, pa.Table]:
    day = dt.date.fromisoformat
    art = [{"doc_id": r["doc_id"], "published": day(r["published"]) if r["published"] else None,
            "event_date": day(r["date"]) if r["date"] else None, "activity": r["activity"],
            "desa_code": r["desa"], "title": r["doc_id"]} for r in rows]
    units = [{"doc_id": r["doc_id"], "idx": 0, "kind": "Koramil", "number": "05", "name": r["unit"]}
             for r in rows if r["unit"]]
    people = [{"doc_id": r["doc_id"], "idx": 0, "rank": "Serda", "name": r["person"]} for r in rows if r["person"]]
    sigs = [{"doc_id": r["doc_id"], "minhash": text_signature(r["text"])} for r in rows if r["text"]]
    return {"articles": pa.Table.from_pylist(art, schema=SCHEMAS["articles"]),
            "units": pa.Table.from_pylist(units, schema=SCHEMAS["units"]),
            "personnel": pa.Table.from_pylist(people, schema=SCHEMAS["personnel"]),
            "signatures": pa.Table.from_pylist(sigs, schema=SCHEMAS["signatures"]),
            "article_events": None}


def _text(name="Budi Santoso", what="menanam padi", desa="Mekarjaya"):
    return BASE_TEXT.format(name=name, what=what, desa=desa)


A = dict(date="2024-03-05", published="2024-03-05", desa="32.01.01.2001", activity="ketahanan_pangan",
         person="Budi Santoso", text=_text())
RULES = [
    # (why, first article's changes, second article's changes, same event?)
    ("a near copy the next day", {}, dict(published="2024-03-06"), True),
    ("same day, village, unit and person, told in other words", {},
     dict(text="Warga Mekarjaya dibantu Serda Budi Santoso dari Koramil Sukadana saat tanam padi."), True),
    ("same unit and person on another day", {}, dict(date="2024-03-09", published="2024-03-09"), False),
    ("same day and village, other person, other activity", {},
     dict(person="Joko Purba", activity="kesehatan", text=_text("Joko Purba", "memeriksa kesehatan")), False),
    ("same words and day, another village", {}, dict(desa="32.01.01.2002", text=_text(desa="Cibodas")), False),
    ("a copy without an event date, published two days later", {},
     dict(date=None, published="2024-03-07"), True),
    ("a copy without an event date, published a month later", {},
     dict(date=None, published="2024-04-05"), False),
    ("a copy whose year was mistyped (2042): that date is not trusted", {},
     dict(date="2042-03-05"), True),
    ("same day and place, no text signature, same unit and person", dict(text=None), dict(text=None), True),
    ("same day, no text, only the unit in common, other activity", dict(text=None, person=None),
     dict(text=None, person=None, desa=None, activity="komsos"), False),
]


@pytest.mark.parametrize("why,first,second,same", RULES,
                         ids=[r[0] for r in RULES])
def test_rules(why, first, second, same):
    a = _article("a", **{**A, **first})
    b = _article("b", **{**A, **second})
    derived, _ = cluster(_tables([a, b]))
    links = dict(zip(*(derived["article_events"].column(c).to_pylist() for c in ("doc_id", "event_id"))))
    assert (links["a"] == links["b"]) is same, why


def test_an_event_never_holds_two_dates():
    """b and c are each undated copies of a; d is a's unit on another day: d must stay apart even
    though c (undated) is a copy of both."""
    rows = [_article("a", **A),
            _article("c", **{**A, "date": None, "published": "2024-03-06"}),
            _article("d", **{**A, "date": "2024-03-07", "published": "2024-03-07"})]
    derived, summary = cluster(_tables(rows))
    links = dict(zip(*(derived["article_events"].column(c).to_pylist() for c in ("doc_id", "event_id"))))
    assert links["a"] == links["c"] != links["d"]
    assert summary.events == 2 and summary.merged == 1
    ev = {r["event_id"]: r for r in derived["events"].to_pylist()}
    assert ev[links["a"]]["n_articles"] == 2 and ev[links["a"]]["event_date"] == dt.date(2024, 3, 5)
    matches = {r["doc_id"]: r["match"] for r in derived["article_events"].to_pylist()}
    assert matches == {"a": "seed", "c": "near_copy", "d": "seed"}


@pytest.mark.parametrize("edit,low,high", [
    (lambda t: t, 1.0, 1.0),
    (lambda t: t.replace("warga", "masyarakat"), 0.6, 0.95),
    (lambda t: "Baca juga: berita lain hari ini\n" + t + "\nEditor: Redaksi", 0.6, 1.0),
    (lambda t: "Harga cabai di pasar induk naik menjelang akhir pekan karena pasokan berkurang.", 0.0, 0.1),
])
def test_signature_estimates_similarity(edit, low, high):
    a, b = _text(), edit(_text())
    from base64 import b64decode

    import numpy as np

    x = np.frombuffer(b64decode(text_signature(a)), dtype="<u4")
    y = np.frombuffer(b64decode(text_signature(b)), dtype="<u4")
    assert len(x) == NUM_PERM
    assert low <= float((x == y).mean()) <= high


def test_bad_signatures_and_empty_outputs_do_not_break_the_pass(tmp_path):
    rows = [_article("a", **A), _article("b", **{**A, "published": "2024-03-06"})]
    tables = _tables(rows)
    tables["signatures"] = pa.Table.from_pylist([{"doc_id": "a", "minhash": "not base64!"},
                                                 {"doc_id": "b", "minhash": ""}], schema=SCHEMAS["signatures"])
    derived, summary = cluster(tables)
    assert summary.articles == 2 and derived["article_events"].num_rows == 2
    assert update_events(tmp_path / "nothing.duckdb").events == 0
