"""Batch throughput for 1, 2 and N worker processes on a generated corpus, beside the in-process
baseline (workers=1) measured in the same run: ``python benchmarks/bench_batch.py [--articles 5000]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from komsos_extract.batch import run_batch
from komsos_extract.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--format", default="parquet", choices=["parquet", "duckdb", "jsonl"])
    parser.add_argument("--engine", default="local", choices=["local", "dask"])
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="komsos-bench-"))
    try:
        src = tmp / "in"
        src.mkdir()
        total_bytes = 0
        for art in generate(args.articles, seed=11):
            (src / f"{art.doc_key}.txt").write_text(art.text, encoding="utf-8")
            total_bytes += len(art.text.encode())
        n_cpu = os.cpu_count() or 1
        counts = sorted({1, 2, n_cpu})
        print(f"{args.articles} generated articles, {total_bytes / 1e6:.1f} MB, engine {args.engine}, "
              f"{n_cpu} CPUs, output {args.format}")
        print(f"{'workers':>7} {'seconds':>8} {'articles/s':>11} {'MB/s':>6} {'vs 1':>6}")
        base = None
        for workers in counts:
            out = tmp / f"out-{workers}.{args.format}"
            t0 = time.perf_counter()
            summary = run_batch([str(src)], out, workers=workers, engine=args.engine, chunk_size=64)
            dt = time.perf_counter() - t0
            assert summary.processed == args.articles, summary
            rate = args.articles / dt
            base = base or rate
            print(f"{workers:>7} {dt:8.1f} {rate:11.1f} {total_bytes / 1e6 / dt:6.2f} {rate / base:6.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
