"""Time and memory of ``extract()`` as the input grows, on adversarial shapes, against ordinary articles.

    python benchmarks/bench_growth.py [--sizes 1000,10000,100000,1000000] [--shapes a,b] [--profile]
    python benchmarks/bench_growth.py --memory 20000      # RSS over 20,000 texts of unique words

For each shape and size, one ``extract()`` with ``max_chars`` raised above the size: microseconds per
character, the peak RSS during the call and the RSS after it, and the ratio of its us/char to that of
ordinary generated articles (the bar: no shape above 3x at 1M characters). ``--profile`` prints,
for every shape above the bar at the largest size, where the time goes (cProfile, top functions).

``--memory N`` extracts N short texts of new random words each (names, typos and junk in a long
run look like this) and prints the RSS as it goes: flat means the spaCy vocabulary does not keep
every new word.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import string
import sys
import time

BAR = 3.0


def _words(n: int, rng: random.Random, capital: bool = False) -> str:
    out, size = [], 0
    while size < n:
        w = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 10)))
        w = w.capitalize() if capital else w
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def _ordinary(n: int) -> str:
    from komsos_extract.synthetic import generate

    parts, size, seed = [], 0, 0
    while size < n:
        for a in generate(50, seed=seed):
            parts.append(a.text)
            size += len(a.text) + 2
            if size >= n:
                break
        seed += 1
    return "\n\n".join(parts)[:n]


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _place_chains(n: int) -> str:
    """Runs of places with new names ("Dusun X RT 01/RW 02, Desa Y, Kecamatan Z, Kabupaten W"): every
    place is read, cut against the Kemendagri list, and linked or told why not."""
    rng = random.Random(3)
    out, size = [], 0
    while size < n:
        name = lambda: "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).capitalize()  # noqa: E731
        s = (f"Warga Dusun {name()} RT {rng.randint(1, 20):02d}/RW {rng.randint(1, 9):02d}, Desa {name()}, "
             f"Kecamatan {name()}, Kabupaten {name()} hadir. ")
        out.append(s)
        size += len(s)
    return "".join(out)[:n]


SHAPES = {
    "ordinary articles": _ordinary,
    "capitalised words": lambda n: _fill("Desa Sukamaju ", n),
    "places and a lower word": lambda n: _fill("Desa Sukamaju merbau. ", n),
    "Balinese names in a run": lambda n: _fill("Bendesa Adat Petak Kaja I Nyoman Darmo dan ", n),
    "capitalised new words": lambda n: _words(n, random.Random(1), capital=True),
    "new words after a place": lambda n: ("Warga Desa Suka Maju, Kecamatan Sukajaya. "
                                         + _words(n, random.Random(4), capital=True))[:n],
    "place chains": _place_chains,
    "level words and names": lambda n: _words(n, random.Random(2), capital=True).replace(" ", " Desa ", n // 40)[:n],
    "slashes": lambda n: "/" * n,
    "slashed words": lambda n: _fill("Koramil/13/Buntu/", n),
    "digits": lambda n: "1" * n,
    "spaced numbers": lambda n: _fill("12 345 6789 ", n),
    "repeated unit words": lambda n: _fill("Kodim ", n),
    "unit soup": lambda n: _fill("Babinsa Koramil 13/Buntu Pane Kodim 0208/Asahan Polsek Cikupa ", n),
    "ranks and names": lambda n: _fill("Serda Budi Santoso, Kapten Inf Agus, Bripka Joko dan ", n),
    "one long line": lambda n: _fill("Babinsa", n),
    "date-like numbers": lambda n: _fill("12/12/12 ", n),
    "dates in words": lambda n: _fill("Senin, 12 Januari 2024 ", n),
    "deep html": lambda n: _fill("<div>", n),
    "whitespace": lambda n: " " * (n - 8) + "Babinsa.",
    "blank lines": lambda n: _fill("\n \n", n - 8) + "Babinsa.",
    "article without newlines": lambda n: _ordinary(n).replace("\n", " "),
}


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark for this process (Linux); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _baseline_us_per_char(extractor, n_articles: int = 200, passes: int = 5) -> float:
    """us/char of ordinary generated articles, one at a time as a user would extract them: the best
    of ``passes`` passes (one pass is a fraction of a second, which the machine's noise swings by a
    third; the best pass is the code's own cost, as ``timeit`` reports it)."""
    from komsos_extract.synthetic import generate

    texts = [a.text for a in generate(n_articles, seed=11)]
    for t in texts[:5]:
        extractor.extract(t)
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for t in texts:
            extractor.extract(t)
        best = min(best, time.process_time() - t0)
    return best * 1e6 / chars


def growth(sizes: list[int], shapes: list[str], profile: bool) -> None:
    from komsos_extract import Extractor

    extractor = Extractor(max_chars=max(sizes) * 2)
    base = _baseline_us_per_char(extractor)
    print(f"ordinary articles, one per call: {base:.2f} us/char (the 1x of the ratio column); CPU time")
    print(f"{'shape':28} {'chars':>9} {'seconds':>8} {'us/char':>8} {'ratio':>6} {'peak MB':>8} {'RSS MB':>7}  warnings")
    over = []
    for name in shapes:
        for n in sizes:
            text = SHAPES[name](n)
            _reset_peak()
            t0 = time.process_time()
            record = extractor.extract(text)
            seconds = time.process_time() - t0
            us = seconds * 1e6 / max(len(text), 1)
            ratio = us / base
            failed = [w for w in record.warnings if w.startswith("extraction failed")]
            flag = " !" if ratio > BAR and n == max(sizes) else ""
            print(f"{name:28} {len(text):9,} {seconds:8.2f} {us:8.2f} {ratio:6.1f} {_peak_mb():8.0f} {_rss_mb():7.0f}"
                  f"{flag}  {failed[0][:70] if failed else ''}", flush=True)
            if flag:
                over.append(name)
    print(f"\nshapes above {BAR:.0f}x ordinary at {max(sizes):,} chars: {', '.join(over) or 'none'}")
    if profile:
        for name in over:
            text = SHAPES[name](max(sizes))
            prof = cProfile.Profile()
            prof.enable()
            extractor.extract(text)
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(8)
            print(f"\n--- {name}: where the time goes (top 8 by own time)")
            print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:3000])


def memory(n: int) -> None:
    """RSS over ``n`` texts of 30 new random words each."""
    from komsos_extract import Extractor

    rng = random.Random(3)
    extractor = Extractor()
    extractor.extract("Babinsa Koramil 13/Buntu Pane hadir di Desa Sukamaju, Selasa (11/01/2022).")
    start = _rss_mb()
    print(f"RSS over {n:,} texts of 30 new words each (a capitalised name and a 'Desa' place in each)")
    print(f"{'texts':>8} {'RSS MB':>7} {'growth MB':>9} {'strings':>8}")
    marks = []
    t0 = time.process_time()
    for i in range(1, n + 1):
        words = _words(300, rng).split()
        words[0] = words[0].capitalize()
        words[10] = "Desa " + words[10].capitalize()
        extractor.extract(" ".join(words) + ".")
        if i % max(1, n // 10) == 0:
            marks.append((i, _rss_mb()))
            print(f"{i:8,} {marks[-1][1]:7.1f} {marks[-1][1] - start:9.1f} {len(extractor.nlp.vocab.strings):8,}", flush=True)
    half = marks[len(marks) // 2 - 1]
    per_text = (marks[-1][1] - half[1]) * 2**20 / (marks[-1][0] - half[0])
    print(f"growth over the second half: {per_text:.0f} bytes per text; "
          f"{(time.process_time() - t0) * 1000 / n:.1f} ms CPU per text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated; default all")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--memory", type=int, metavar="N", help="only the RSS run over N unique-word texts")
    args = parser.parse_args()
    if args.memory:
        memory(args.memory)
        return
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        sys.exit(f"unknown shapes {unknown}; choose from {list(SHAPES)}")
    growth([int(s) for s in args.sizes.split(",")], shapes, args.profile)


if __name__ == "__main__":
    main()
