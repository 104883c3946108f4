"""Events pass on a large generated batch, beyond extraction time:
``python benchmarks/bench_events.py [--articles 50000] [--split 2]``.

Articles come from komsos_extract.synthetic.republished (releases republished 1-5 times, some
retold, plus same-unit releases on other days). Extraction is replaced by the generated facts (date,
village, unit, person, activity) so that only what the events pass adds is timed:

1. text signatures, made in the workers during a batch (timed here on one core, then per core);
2. the pass itself on a DuckDB output: reading the tables back, candidate pairs, scoring,
   grouping, writing ``events`` and ``article_events``;
3. ``--split K``: the same articles arriving in K batches (incremental pass after each).

Also prints the pairwise precision and recall of "same event" against the generated truth, and a
baseline: datasketch's MinHash on the same texts when it is installed.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import duckdb
import pyarrow as pa

from komsos_extract.events import text_signature, update_events
from komsos_extract.io.tables import SCHEMAS
from komsos_extract.store import Store
from komsos_extract.synthetic import republished


def _tables(articles, sigs) -> dict[str, pa.Table]:
    arts, units, people, signatures = [], [], [], []
    for a, sig in zip(articles, sigs):
        date, kab, kec, desa, unit, person, activity = a.facts
        kind, _, rest = unit.partition(" ")
        arts.append({"doc_id": a.doc_key, "url": a.url, "title": a.title, "published": date.fromisoformat(a.published),
                     "event_date": date, "activity": activity.split()[0], "kabupaten": kab, "kabupaten_code": kab,
                     "kecamatan": kec, "desa": desa, "desa_code": f"{kab}/{kec}/{desa}"})
        units.append({"doc_id": a.doc_key, "idx": 0, "kind": kind, "name": rest.split("/")[-1], "text": unit})
        people.append({"doc_id": a.doc_key, "idx": 0, "rank": "Serda", "name": person})
        signatures.append({"doc_id": a.doc_key, "minhash": sig})
    return {"articles": pa.Table.from_pylist(arts, schema=SCHEMAS["articles"]),
            "units": pa.Table.from_pylist(units, schema=SCHEMAS["units"]),
            "personnel": pa.Table.from_pylist(people, schema=SCHEMAS["personnel"]),
            "signatures": pa.Table.from_pylist(signatures, schema=SCHEMAS["signatures"])}


def _append(out: Path, tables: dict[str, pa.Table]) -> None:
    con = duckdb.connect(str(out))
    for name, data in tables.items():  # noqa: B007  (read by DuckDB by name)
        con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" AS SELECT * FROM data LIMIT 0')
        con.execute(f'INSERT INTO "{name}" SELECT * FROM data')
    con.close()


def _pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    by = defaultdict(list)
    for d, e in labels.items():
        by[e].append(d)
    return {p for m in by.values() for p in combinations(sorted(m), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--split", type=int, default=2, help="also feed the articles in this many batches")
    args = parser.parse_args()
    n_events = max(1, round(args.articles / 4.5))
    t0 = time.perf_counter()
    articles = republished(n_events, seed=21, rewrite_share=0.1, span_days=730)
    print(f"{len(articles)} generated articles about {n_events} events "
          f"({time.perf_counter() - t0:.1f} s to generate); {os.cpu_count()} CPUs")

    t0 = time.perf_counter()
    sigs = [text_signature(a.text) for a in articles]
    sig_s = time.perf_counter() - t0
    print(f"text signatures: {sig_s:.1f} s on one core ({1000 * sig_s / len(articles):.2f} ms an article, "
          f"{sig_s / 2:.1f} s on 2 workers)")
    try:
        from datasketch import MinHash

        sample = articles[:2000]
        t0 = time.perf_counter()
        for a in sample:
            m = MinHash(num_perm=64)
            words = a.text.lower().split()
            m.update_batch([f"{x} {y}".encode() for x, y in zip(words, words[1:])])
        ds = (time.perf_counter() - t0) / len(sample)
        print(f"  baseline datasketch MinHash(64).update_batch: {1000 * ds:.2f} ms an article")
    except ImportError:
        print("  (datasketch not installed: no baseline)")

    truth = {a.doc_key: a.event_key for a in articles}
    with tempfile.TemporaryDirectory(prefix="komsos-events-") as tmp:
        out = Path(tmp) / "one.duckdb"
        _append(out, _tables(articles, sigs))
        t0 = time.perf_counter()
        summary = update_events(out)
        one = time.perf_counter() - t0
        print(f"events pass, one batch: {one:.1f} s for {summary.articles} articles -> {summary.events} events "
              f"({summary.merged} articles merged, {summary.candidate_pairs} candidate pairs)")
        links = Store(out).read("article_events")
        pred = dict(zip(links.column("doc_id").to_pylist(), links.column("event_id").to_pylist()))
        tp, pp = _pairs(truth), _pairs(pred)
        hit = len(tp & pp)
        print(f"  same-event pairs (generated facts, no extraction errors): precision {hit / len(pp):.4f} "
              f"recall {hit / len(tp):.4f}")

        if args.split > 1:
            out = Path(tmp) / "split.duckdb"
            size = -(-len(articles) // args.split)
            times = []
            for k in range(args.split):
                part = slice(k * size, (k + 1) * size)
                _append(out, _tables(articles[part], sigs[part]))
                t0 = time.perf_counter()
                update_events(out)
                times.append(time.perf_counter() - t0)
            links = Store(out).read("article_events")
            split = dict(zip(links.column("doc_id").to_pylist(), links.column("event_id").to_pylist()))
            same = _pairs(split) == pp
            print(f"events pass in {args.split} batches: " + ", ".join(f"{t:.1f} s" for t in times)
                  + f"; same events as one batch: {same}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MB; total beyond extraction on 2 cores: signatures {sig_s / 2:.1f} s "
          f"+ pass {one:.1f} s = {sig_s / 2 + one:.1f} s (bar: 60 s)")


if __name__ == "__main__":
    main()
