"""Speed and memory of ``extract()`` beside baselines measured in the same run.

    python benchmarks/bench_extract.py [--articles 5000] [--search-dates-sample 300]
    python benchmarks/bench_extract.py --quick      # small sizes, about 30 s of CPU: a smoke run
    python benchmarks/bench_extract.py --texts DIR --repeat 3   # your own articles (*.txt) instead
    python benchmarks/bench_extract.py --texts DIR --ner        # extract() with the NER model on

Progress goes to standard error as it runs; the report to standard output.

Reports, on one core: extract() articles/s and MB/s (default settings, or the model on with
``--ner``) and its ratio to extract(ner=False); bare ``spacy.blank("id")`` tokenization of the same texts (the floor of any spaCy
pipeline) and the ratio. Both sides get a warm-up pass over every text (their caches: our lexicons,
gazetteer and cross-text caches; spaCy's vocabulary), then ``--rounds`` interleaved timing rounds
(order alternating), in CPU time of this process; each side's fastest round is its rate (interference
from other processes only ever slows a round), and each round's own ratio is printed beside it; ``dateparser.search.search_dates`` per
article (what a user would otherwise run for dates) and the ratio; peak RSS; cold start (import plus
first extract) in a fresh process, as installed and with torch hidden (thinc imports torch when it is
installed, about 2 s that an install without torch does not pay; the default rules-only path imports
no spaCy at all, so only a model's path feels it); and linear growth on adversarial inputs (10x input
~ 10x time).
"""

from __future__ import annotations

import argparse
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Adversarial shapes of bench_growth.py (which times them all up to 1M characters) read at n and 10n.
ADVERSARIAL = ("slashes", "digits", "repeated unit words", "one long line", "date-like numbers",
               "capitalised words", "deep html")


_START = time.perf_counter()


def _step(message: str) -> None:
    print(f"[{time.perf_counter() - _START:6.1f} s] {message}", file=sys.stderr, flush=True)


def _rate(fn, texts, label: str = "") -> float:
    """Items per CPU second of this process (what other processes on the machine do is not counted);
    with a label, progress every tenth of the way."""
    every = max(1, len(texts) // 10)
    t0 = time.process_time()
    for i, t in enumerate(texts, start=1):
        fn(t)
        if label and i % every == 0 and i < len(texts):
            _step(f"  {label}: {i}/{len(texts)}")
    return len(texts) / max(time.process_time() - t0, 1e-9)


def peak_rss_mb() -> float:
    """This process's peak RSS in MB. Linux's ``ru_maxrss`` of a process started from a big one
    (this benchmark) reports at least the parent's size (the fork's memory counts until exec), so
    the high-water mark of the process's own memory is read from /proc where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


# Run first in a fresh process to stand for an install without torch (thinc imports it when present).
_HIDE_TORCH = "import sys; sys.modules['torch'] = None; "


def _peak_rss_of_extract(n: int, hide_torch: bool = False) -> tuple[float, float]:
    """Peak RSS (MB) of a fresh process that extracts ``n`` generated articles, after the first
    tenth of them and at the end: what a user's process holds (without this benchmark's baselines
    and corpus), and whether it keeps growing."""
    code = ((_HIDE_TORCH if hide_torch else "")
            + "import sys; sys.path.insert(0, " + repr(str(Path(__file__).resolve().parent)) + "); "
            f"from bench_extract import extract_generated; print(*extract_generated({n}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    early, end = map(float, out.split())
    return early, end


def extract_generated(n: int) -> tuple[float, float]:
    """Extract ``n`` generated articles, made a thousand at a time (a process reading files holds
    one article at a time, not the whole run), and return the peak RSS after the first tenth and at
    the end."""
    from komsos_extract import Extractor
    from komsos_extract.synthetic import generate

    extractor, done, early, seed = Extractor(), 0, 0.0, 5
    while done < n:
        for article in generate(min(1000, n - done), seed=seed):
            extractor.extract(article.text)
            done += 1
            if done == max(1, n // 10):
                early = peak_rss_mb()
        seed += 1
    return early, peak_rss_mb()


def _cold_start(runs: int, hide_torch: bool = False) -> float:
    """Median seconds from interpreter start to the first record, in fresh processes."""
    code = ((_HIDE_TORCH if hide_torch else "")
            + "from komsos_extract import extract; extract('Babinsa Koramil 13/Buntu Pane hadir, Selasa (11/01/2022).')")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--search-dates-sample", type=int, default=300)
    parser.add_argument("--adversarial-size", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true",
                        help="150 articles, 20 for search_dates, adversarial size 1,000, one cold start")
    parser.add_argument("--texts", metavar="DIR", help="time the *.txt articles in DIR instead of generated ones")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the --texts articles")
    parser.add_argument("--ner", action="store_true",
                        help="time extract() with the NER model on (Extractor(ner=True)) against ner=False")
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleaved timing rounds of extract() and the tokenizer (each side's fastest is reported)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # report lines interleave with progress as they come
    cold_runs = 3
    if args.quick:
        args.articles, args.search_dates_sample, args.adversarial_size, cold_runs = 150, 20, 1_000, 1
        args.rounds = 3

    import spacy
    from dateparser.search import search_dates

    from komsos_extract import Extractor
    from komsos_extract.synthetic import generate

    if args.texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.texts).glob("*.txt"))] * args.repeat
        what = f"{len(texts) // max(1, args.repeat)} articles from {args.texts} x{args.repeat}"
    else:
        _step(f"generating {args.articles} articles")
        texts = [a.text for a in generate(args.articles, seed=5)]
        what = f"{args.articles} generated articles, lengths 0.5-8 KB"
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, "
          f"{what}, {mb:.1f} MB")

    if args.ner:
        print("extract() below is Extractor(ner=True): the NER model on")
    _step("building the pipeline")
    extractor = Extractor(ner=True) if args.ner else Extractor()
    rules_only = Extractor(ner=False)
    bare = spacy.blank("id")
    _step("warm-up pass of each over every article (lexicons, gazetteer, caches; spaCy's vocabulary)")
    for t in texts:
        extractor.extract(t)
        rules_only.extract(t)
        bare(t)
    rounds = {"extract": [], "rules": [], "bare": []}
    for r in range(args.rounds):
        # Alternate the order each round so that neither side always runs on a cooler or busier machine.
        order = [("extract", extractor.extract), ("rules", rules_only.extract), ("bare", bare)]
        for key, fn in (order if r % 2 == 0 else order[::-1]):
            rounds[key].append(_rate(fn, texts))
        _step(f"round {r + 1}/{args.rounds}: extract() {rounds['extract'][-1]:.0f}, "
              f"tokenizer {rounds['bare'][-1]:.0f} articles/s")
    ratios = [e / b for e, b in zip(rounds["extract"], rounds["bare"])]
    # Each side's fastest round is its own cost (what other processes on the machine add only ever
    # slows a round down, as timeit says of its repeats); the rounds' ratios are printed beside it.
    ours, plain, floor = (max(rounds[k]) for k in ("extract", "rules", "bare"))
    sample = texts[: args.search_dates_sample]
    _step(f"dateparser search_dates over {len(sample)} articles")
    search_dates(sample[0], languages=["id"])
    sd = _rate(lambda t: search_dates(t, languages=["id"]), sample, "search_dates")
    print(f"CPU time of this process after a warm-up pass of each; the fastest of {args.rounds} interleaved rounds")
    print(f"{'':32} {'articles/s':>11} {'MB/s':>7} {'ratio':>7}")
    print(f"{'extract()':32} {ours:11.1f} {ours * mb / len(texts):7.2f} {'1.00':>7}")
    print(f"{'extract() without the NER model':32} {plain:11.1f} {plain * mb / len(texts):7.2f} "
          f"{ours / plain:7.2f}   (with / without the model; target >= 0.75)")
    print(f"{'bare spacy.blank(id) tokenizer':32} {floor:11.1f} {floor * mb / len(texts):7.2f} "
          f"{ours / floor:7.2f}   (extract / tokenizer; target >= 0.6)")
    print(f"{'':32} {'':11} {'':7} {'':7}   each round: {', '.join(f'{x:.2f}' for x in ratios)}; "
          f"median {statistics.median(ratios):.2f}")
    print(f"{'dateparser search_dates':32} {sd:11.1f} {sd * mb / len(texts):7.2f} "
          f"{ours / sd:7.2f}   (extract, every field / search_dates, dates only)")
    median_2kb = statistics.median(
        _time_one(extractor.extract, t) for t in texts if 1800 <= len(t) <= 2200) * 1000
    print(f"median extract() on a ~2 KB article: {median_2kb:.2f} ms")
    peak = peak_rss_mb()
    _step("peak RSS in a fresh process")
    early, end = _peak_rss_of_extract(len(texts), hide_torch=True)
    print(f"peak RSS of extract() over {len(texts)} articles, fresh process without torch: {end:.0f} MB "
          f"(target <= 250), {early:.0f} MB after the first tenth (flat: the same); this benchmark process "
          f"with its baselines: {peak:.0f} MB")
    _step("cold start in fresh processes")
    print(f"cold start (python -c: import + first extract to exit, median of {cold_runs}): "
          f"{_cold_start(cold_runs, hide_torch=True):.2f} s without torch (target <= 1), "
          f"{_cold_start(cold_runs):.2f} s as installed", flush=True)

    print("\nadversarial inputs: time at n and 10n characters (linear growth ~ 10x)")
    n = args.adversarial_size
    from bench_growth import SHAPES

    for name in ADVERSARIAL:
        make = SHAPES[name]
        _step(f"adversarial: {name}")
        small, big = make(n), make(10 * n)
        ex = Extractor(max_chars=20 * n)
        t1 = min(_time_one(ex.extract, small) for _ in range(3))
        t10 = min(_time_one(ex.extract, big) for _ in range(2))
        print(f"  {name:20} {t1 * 1000:8.1f} ms -> {t10 * 1000:8.1f} ms  x{t10 / t1:5.1f}")


def _time_one(fn, text) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
