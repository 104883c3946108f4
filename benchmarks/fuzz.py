"""Mutation fuzzer for ``extract()``: article-shaped text broken in the ways real feeds break it.

    python benchmarks/fuzz.py --quick                  # ~3,000 inputs, a few minutes
    python benchmarks/fuzz.py --inputs 100000 --workers 2   # ~1 hour on 2 cores
    python benchmarks/fuzz.py --replay 1234            # run one input again, print its text and record

Each input is a generated press release (``komsos_extract.synthetic``, never real text) with one to
four mutations: NUL and C0/C1 control characters, zero-width and bidi marks, U+2028/2029 and odd
spaces, confusable letters and digits, byte junk and mojibake, lone surrogates, HTML, giant numbers,
repeated fragments, long tokens, truncation, case changes, spliced articles, random Unicode. Input
``i`` depends only on ``--seed`` and ``i``, so any finding replays with ``--replay i``.

Checks on every input: no exception (nor an "extraction failed" warning); every span of every field
is inside the text and ``text[start:end] == span.text``; the record survives a JSON round trip;
and, for a sample (``--determinism``), extracting again later gives the same record. Each kind of
violation (check and field) is printed once with a minimised reproducer; the exit code is 1 when
anything but the fields named by ``--pending`` was violated.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
from collections import Counter, deque

# --------------------------------------------------------------------------------------------
# Mutations: each takes (rng, text) and returns the broken text.

C0 = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
        "\u2066", "\u2067", "\u2068", "\u2069"]
SPACES = ["\u2028", "\u2029", "\u00a0", "\u2007", "\u202f", "\u3000", "\u2003", "\u0085", "\t", "\r", "\r\n",
          "\x0b", "\x0c", "\u1680", "\n\n\n\n"]
CONFUSABLE = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "A": "Α", "B": "В",
    "E": "Е", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "H": "Н", "I": "І", "0": "０", "1": "١",
    "2": "２", "3": "۳", "/": "∕", "-": "‐", ".": "․", ",": "‚", "(": "（", ")": "）", "'": "ʼ",
}
TURKISH = {"i": "ı", "I": "İ"}
HTML_BITS = ["<p>", "</p>", "<br/>", "<div class=\"x\">", "</div>", "&nbsp;", "&amp;", "&#8217;", "&lt;b&gt;",
             "<script>var a = '<p>';</script>", "<!-- komentar -->", "<a href=\"https://contoh.id/?a=1&b=2\">",
             "</a>", "<table><tr><td>", "</td></tr></table>", "<![CDATA[", "]]>", "<img src=x onerror=1>"]
UNIT_WORDS = ["Koramil", "Kodim", "Polsek", "Polres", "Desa", "Kecamatan", "Kabupaten", "Kelurahan", "Dusun",
              "Babinsa", "Serda", "Kapten Inf", "Bripka", "Kel.", "Kec.", "Kab.", "Ds."]


def _pos(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def _insert_each(pool):
    def mutate(rng: random.Random, text: str) -> str:
        for _ in range(rng.randint(1, 12)):
            p = _pos(rng, text)
            text = text[:p] + "".join(rng.choice(pool) for _ in range(rng.randint(1, 3))) + text[p:]
        return text
    return mutate


def _replace_spaces(rng: random.Random, text: str) -> str:
    out = []
    rate = rng.choice([0.05, 0.3, 1.0])
    for ch in text:
        out.append(rng.choice(SPACES) if ch == " " and rng.random() < rate else ch)
    return "".join(out)


def _confusables(rng: random.Random, text: str) -> str:
    table = rng.choice([CONFUSABLE, TURKISH, {**CONFUSABLE, **TURKISH}])
    rate = rng.choice([0.02, 0.2, 1.0])
    return "".join(table[ch] if ch in table and rng.random() < rate else ch for ch in text)


def _byte_junk(rng: random.Random, text: str) -> str:
    p = _pos(rng, text)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    kind = rng.randrange(4)
    if kind == 0:
        bit = junk.decode("latin-1")
    elif kind == 1:
        bit = junk.decode("utf-8", errors="replace")
    elif kind == 2:
        bit = junk.decode("utf-8", errors="surrogateescape")  # lone surrogates
    else:  # mojibake: a stretch of the text read back as cp1252
        q = min(len(text), p + rng.randint(1, 200))
        return text[:p] + text[p:q].encode("utf-8", errors="surrogatepass").decode("cp1252", errors="replace") + text[q:]
    return text[:p] + bit + text[p:]


def _html(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 20)):
        p = _pos(rng, text)
        text = text[:p] + rng.choice(HTML_BITS) + text[p:]
    if rng.random() < 0.2:
        depth = rng.choice([10, 200, 2000])
        text = "<div>" * depth + text + "</div>" * depth
    return text


def _giant_numbers(rng: random.Random, text: str) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([12, 40, 400, 5000])))
    bit = rng.choice([digits, f"Koramil {digits}/Sukamaju", f"({digits[:4]}/{digits[4:8]}/{digits})",
                      f"Kodim {digits[:4]}-{digits}", f"{digits[:2]} Januari {digits}", f"RT {digits}/RW {digits}",
                      f"Senin ({digits[:2]}/{digits[2:4]}/{digits[:6]})", "9" * 30 + "e999", "0/0/0"])
    p = _pos(rng, text)
    return text[:p] + " " + bit + " " + text[p:]


def _repeat(rng: random.Random, text: str) -> str:
    p = _pos(rng, text)
    q = min(len(text), p + rng.randint(1, 80))
    piece = text[p:q] or rng.choice(UNIT_WORDS)
    return text[:q] + piece * rng.choice([5, 50, 500]) + text[q:]


def _long_token(rng: random.Random, text: str) -> str:
    n = rng.choice([200, 3000, 20000])
    bit = rng.choice(["a" * n, "Desa" * (n // 4), "-".join(["kata"] * (n // 5)), "/".join(["12"] * (n // 3)),
                      "".join(rng.choice("abcdefghij") for _ in range(n)), "Koramil" + "0" * n,
                      "." * n, "@" * n, "ー" * n])
    p = _pos(rng, text)
    return text[:p] + bit + text[p:]


def _truncate(rng: random.Random, text: str) -> str:
    return text[: _pos(rng, text)] if rng.random() < 0.7 else text[_pos(rng, text):]


def _case(rng: random.Random, text: str) -> str:
    p = _pos(rng, text)
    q = min(len(text), p + rng.randint(1, 2000))
    fn = rng.choice([str.upper, str.lower, str.title, str.swapcase, str.casefold])
    return text[:p] + fn(text[p:q]) + text[q:]


def _random_unicode(rng: random.Random, text: str) -> str:
    def one() -> str:
        r = rng.random()
        if r < 0.3:
            return chr(rng.randrange(0x300, 0x370))  # combining marks
        if r < 0.5:
            return chr(rng.randrange(0x1F300, 0x1FAFF))  # emoji
        return chr(rng.randrange(0x20, 0x110000))
    for _ in range(rng.randint(1, 10)):
        p = _pos(rng, text)
        text = text[:p] + "".join(one() for _ in range(rng.randint(1, 20))) + text[p:]
    return text


def _shuffle_lines(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def _delete(rng: random.Random, text: str) -> str:
    p = _pos(rng, text)
    return text[:p] + text[p + rng.randint(1, 50):]


def _unit_soup(rng: random.Random, text: str) -> str:
    bits = [rng.choice(UNIT_WORDS) + rng.choice(["", " ", "/", "-", " 13/", " 0208/", " I", ","]) for _ in range(rng.randint(5, 200))]
    p = _pos(rng, text)
    return text[:p] + " ".join(bits) + text[p:]


MUTATIONS = {
    "control": _insert_each(C0 + C1),
    "nul": _insert_each(["\x00"]),
    "zero_width": _insert_each(ZERO_WIDTH),
    "bidi": _insert_each(BIDI),
    "spaces": _replace_spaces,
    "line_sep": _insert_each(["\u2028", "\u2029", "\x85"]),
    "confusables": _confusables,
    "byte_junk": _byte_junk,
    "html": _html,
    "giant_numbers": _giant_numbers,
    "repeat": _repeat,
    "long_token": _long_token,
    "truncate": _truncate,
    "case": _case,
    "random_unicode": _random_unicode,
    "shuffle_lines": _shuffle_lines,
    "delete": _delete,
    "unit_soup": _unit_soup,
}


def make_input(seed: int, i: int) -> tuple[str, list[str], int | None]:
    """Input ``i``: (text, names of the mutations applied, max_chars or None for the default)."""
    from komsos_extract.synthetic import article

    rng = random.Random(f"{seed}:{i}")
    text = article(rng, int(200 * 40 ** rng.random()))  # 200 .. 8,000 characters
    if rng.random() < 0.1:  # a second article spliced in
        other = article(rng, rng.randint(200, 3000))
        p = _pos(rng, text)
        text = text[:p] + other + text[p:]
    names = rng.sample(sorted(MUTATIONS), rng.randint(1, 4))
    for name in names:
        text = MUTATIONS[name](rng, text)
    max_chars = rng.choice([None] * 9 + [rng.randint(1, 3000)])  # sometimes cut where cleaning cuts
    return text, names, max_chars


# --------------------------------------------------------------------------------------------
# Checks

_EXTRACTORS: dict = {}


def _extractor(max_chars: int | None):
    from komsos_extract import Extractor

    if max_chars not in _EXTRACTORS:
        _EXTRACTORS[max_chars] = Extractor() if max_chars is None else Extractor(max_chars=max_chars)
    return _EXTRACTORS[max_chars]


def violations(text: str, max_chars: int | None = None, determinism: bool = False) -> list[tuple[str, str, str]]:
    """(check, field, detail) for everything wrong with the record of ``text``."""
    from komsos_extract import ArticleRecord

    found = []
    try:
        record = _extractor(max_chars).extract(text)
    except Exception as exc:  # noqa: BLE001 - the point is to catch anything
        return [("exception", type(exc).__name__, str(exc)[:200])]
    for w in record.warnings:
        if w.startswith("extraction failed"):
            found.append(("exception", w.split(":")[1].strip(), w[:200]))
    from komsos_extract.records import iter_spans

    for field, span in iter_spans(record):
        s, e, t = span["start"], span["end"], span["text"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            found.append(("offset", field, f"[{s}:{e}] outside the text of {len(text)} characters"))
        elif text[s:e] != t:
            found.append(("offset", field, f"text[{s}:{e}] = {text[s:e]!r} but span text = {t!r}"))
    try:
        if ArticleRecord.model_validate_json(record.model_dump_json()) != record:
            found.append(("json", "record", "round trip changed the record"))
    except Exception as exc:  # noqa: BLE001
        found.append(("json", "record", f"{type(exc).__name__}: {str(exc)[:200]}"))
    if determinism:
        found.extend(("determinism", "record", d) for d in _differs(text, max_chars, data))
    return found


def _differs(text: str, max_chars: int | None, first: dict) -> list[str]:
    again = _extractor(max_chars).extract(text).model_dump()
    return [f"field {k} differs on a second run" for k in first if first[k] != again.get(k)]


# --------------------------------------------------------------------------------------------
# Minimising: drop chunks of the text (delta debugging) while the same (check, field) still fails.

def minimise(text: str, signature: tuple[str, str], max_chars: int | None, budget: float = 60.0) -> str:
    deadline = time.monotonic() + budget

    def fails(t: str) -> bool:
        return any(v[:2] == signature for v in violations(t, max_chars))

    n = 2
    while len(text) >= 2 and time.monotonic() < deadline:
        chunk = max(1, len(text) // n)
        reduced = False
        for start in range(0, len(text), chunk):
            if time.monotonic() > deadline:
                break
            candidate = text[:start] + text[start + chunk:]
            if candidate != text and fails(candidate):
                text, n, reduced = candidate, max(n - 1, 2), True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(text), n * 2)
    return text


# --------------------------------------------------------------------------------------------
# Running

def _work(job: tuple[int, int, int, float]) -> tuple[int, list, Counter, float]:
    """Worker: inputs ``start .. stop`` of ``seed``; re-extracts a sample later for determinism."""
    seed, start, stop, det_rate = job
    rng = random.Random(f"det:{seed}:{start}")
    later: deque = deque()
    found: list = []
    kinds: Counter = Counter()
    chars = 0
    for i in range(start, stop):
        text, names, max_chars = make_input(seed, i)
        chars += len(text)
        for v in violations(text, max_chars):
            found.append((i, v, names))
        if rng.random() < det_rate:
            first = _extractor(max_chars).extract(text).model_dump()
            later.append((i, text, max_chars, first, names))
        if len(later) > 8:  # checked after other inputs have gone through the caches
            j, t, mc, first, nm = later.popleft()
            found.extend((j, ("determinism", "record", d), nm) for d in _differs(t, mc, first))
        for name in names:
            kinds[name] += 1
    for j, t, mc, first, nm in later:
        found.extend((j, ("determinism", "record", d), nm) for d in _differs(t, mc, first))
    return stop - start, found, kinds, chars


def _reproducer(text: str, max_chars: int | None) -> str:
    call = f"Extractor(max_chars={max_chars})" if max_chars else "Extractor()"
    return (f"python -c \"from komsos_extract import Extractor; t = {text!r}; r = {call}.extract(t); "
            "print(r.model_dump_json(indent=1))\"")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="3,000 inputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first input index (to continue a run)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--determinism", type=float, default=0.2, help="share of inputs extracted twice")
    parser.add_argument("--pending", default="", help="comma-separated fields whose offset violations are "
                        "reported but do not fail the run (known, being fixed)")
    parser.add_argument("--examples", type=int, default=1, help="minimised reproducers per kind")
    parser.add_argument("--replay", type=int, help="print input N, its record and its violations")
    args = parser.parse_args(argv)

    if args.replay is not None:
        text, names, max_chars = make_input(args.seed, args.replay)
        print(f"mutations: {names}, max_chars: {max_chars}\n{text!r}\n")
        print(_extractor(max_chars).extract(text).model_dump_json(indent=1))
        for v in violations(text, max_chars, determinism=True):
            print("VIOLATION", v)
        return 0

    n = 3000 if args.quick else args.inputs
    batch = 50
    jobs = [(args.seed, s, min(s + batch, args.start + n), args.determinism)
            for s in range(args.start, args.start + n, batch)]
    t0 = time.monotonic()
    found, kinds = [], Counter()
    done = chars = 0
    ctx = mp.get_context("spawn")
    with ctx.Pool(args.workers) if args.workers > 1 else _Serial() as pool:
        for count, f, k, c in pool.imap_unordered(_work, jobs):
            done += count
            chars += c
            found.extend(f)
            kinds.update(k)
            if done % 1000 < batch or done == n:
                rate = done / (time.monotonic() - t0)
                print(f"  {done:>7} inputs  {len(found):>5} violations  {rate:6.1f} inputs/s", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - t0

    pending = {p for p in args.pending.split(",") if p}
    by_kind: dict[tuple[str, str], list] = {}
    for i, v, names in found:
        by_kind.setdefault(v[:2], []).append((i, v, names))
    inputs_hit = {i for i, _, _ in found}
    print(f"\n{done} inputs ({chars / 1e6:.1f} M characters) in {elapsed:.0f} s ({done / elapsed:.1f} inputs/s, "
          f"{args.workers} worker(s)), seed {args.seed}; determinism re-checked on ~{args.determinism:.0%}")
    print(f"mutations applied: {dict(sorted(kinds.items()))}")
    print(f"inputs with a violation: {len(inputs_hit)} ({len(inputs_hit) / max(done, 1):.2%})")
    for check in ("exception", "offset", "json", "determinism"):
        rows = {k: v for k, v in by_kind.items() if k[0] == check}
        total = sum(len({i for i, _, _ in v}) for v in rows.values())
        print(f"  {check:12} {total:6} input(s)" + "".join(
            f"\n      {k[1]:32} {len({i for i, _, _ in v}):6} input(s)" + (" (pending)" if k[1] in pending else "")
            for k, v in sorted(rows.items())))
    failing = False
    for key, rows in sorted(by_kind.items()):
        failing |= not (key[0] == "offset" and key[1] in pending)
        for i, v, names in rows[: args.examples]:
            text, _, max_chars = make_input(args.seed, i)
            small = minimise(text, key, max_chars) if key[0] != "determinism" else text
            print(f"\n== {key[0]} in {key[1]}: input {i} (mutations {names}; --replay {i})\n   {v[2]}\n   "
                  f"minimised to {len(small)} of {len(text)} characters:\n   {_reproducer(small, max_chars)}")
    return 1 if failing else 0


class _Serial:
    """The Pool interface in this process (one worker: easier to profile and debug)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap_unordered(self, fn, jobs):
        return map(fn, jobs)


if __name__ == "__main__":
    sys.exit(main())
