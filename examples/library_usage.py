"""komsos-extract as a library: one text, many texts, JSON out.

    python examples/library_usage.py              # prints a summary and writes records.jsonl here
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from komsos_extract import Extractor, extract

HERE = Path(__file__).resolve().parent

# 1. One text: extract() returns an ArticleRecord (a pydantic model). Every value that comes from the
#    text carries its character offsets, so text[start:end] is always the words it was read from.
text = ("Bandung | Babinsa Koramil 0911/Cimenyan Serka Dedi Kurnia membantu warga Desa Mekarsari, "
        "Kecamatan Cimenyan, memperbaiki saluran air, Jumat (7/6/2024).")
record = extract(text)
unit = record.units[0]
print("unit:", unit.kind, unit.number, unit.name, "->", repr(text[unit.start:unit.end]))
print("person:", [(p.rank, p.name, p.role) for p in record.personnel])
print("date:", record.event_date.value if record.event_date else None, "| activity:", record.activity)

# A date without a year ("Senin (3/6)") resolves when you pass the publication date; the record says so.
short = extract("Babinsa membantu petani memanen padi, Senin (3/6).", published="2024-06-04")
print("year from published:", short.event_date.value, short.event_date.precision)

# 2. Many texts: build one Extractor and reuse it (the pipeline is built once per process).
extractor = Extractor(max_chars=100_000)
records = [extractor.extract(path.read_text(encoding="utf-8"), source=path.name)
           for path in sorted(HERE.glob("*.txt"))]
for r in records:
    print(f"{r.source}: {len(r.units)} units, {len(r.personnel)} personnel, {len(r.places)} places, {r.activity}")

# 3. JSON out: model_dump(mode="json") is a plain dict; one record a line makes a JSONL file.
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("records.jsonl")
with out.open("w", encoding="utf-8") as fh:
    for r in records:
        fh.write(json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n")
print(f"wrote {len(records)} records to {out}")
