"""Write every record of a fixed set of texts as JSON lines, to compare two versions of the code.

    python scripts/snapshot_records.py before.jsonl [--texts DIR]    # on the old commit
    python scripts/snapshot_records.py after.jsonl [--texts DIR]     # on the new one
    cmp before.jsonl after.jsonl                                     # silent: no record changed

Speed work must not change what is extracted: the set is 1,000 generated articles, 500 more with a
small mutation each (a NUL, a zero-width space, a stray level word, a slash, a date, a line
separator, punctuation; a few upper-cased), and the ``*.txt`` articles of ``--texts DIR`` if given,
all with the same published date. Keys are sorted, so equal records give equal bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from komsos_extract import Extractor
from komsos_extract.synthetic import generate

INSERTS = ["\x00", "\u200b", " Desa ", "/", " 12/12/2012 ", "\u2028", ", ", " (", ") "]


def texts(folder: str | None) -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))] if folder else []
    out += [a.text for a in generate(1000, seed=123)]
    rng = random.Random(5)
    for article in generate(500, seed=77):
        t = article.text
        i = rng.randrange(len(t))
        t = t[:i] + rng.choice(INSERTS) + t[i:]
        out.append(t.upper() if rng.random() < 0.05 else t)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--texts", metavar="DIR", help="also every *.txt article in DIR (first, in name order)")
    args = parser.parse_args()
    extractor = Extractor()
    items = texts(args.texts)
    with open(args.out, "w", encoding="utf-8") as f:
        for text in items:
            record = extractor.extract(text, published="2022-01-15")
            f.write(json.dumps(record.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(items)} records -> {args.out}")


if __name__ == "__main__":
    main()
