"""A folder of articles into DuckDB tables from Python, then three dashboard queries with pandas.

    pip install pandas                            # or: pip install "komsos-extract[pandas]"
    python examples/folder_to_duckdb.py [FOLDER] [OUT.duckdb]
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from komsos_extract.batch import run_batch

folder = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent)
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("examples.duckdb")

# The same job as `komsos-extract batch FOLDER --out OUT`: reruns skip what is already written.
summary = run_batch([folder], out, workers=1)
print(f"{summary.processed} processed, {summary.failed} failed, {summary.skipped} skipped, "
      f"{summary.duplicates} duplicates -> {out}")

con = duckdb.connect(str(out), read_only=True)

# 1. What was done, per month.
per_month = con.execute("""
    SELECT strftime(a.event_date, '%Y-%m') AS month, a.activity, count(*) AS articles
    FROM articles a
    GROUP BY ALL ORDER BY month, articles DESC
""").df()
print("\nactivities per month\n", per_month.to_string(index=False))

# 2. Villages visited per unit (is_village counts desa, kelurahan, nagari, gampong, ... alike).
villages = con.execute("""
    SELECT u.kind, u.number, u.name AS unit, p.level, p.name AS village, p.code
    FROM units u JOIN places p USING (doc_id)
    WHERE p.is_village
""").df()
print("\nvillages per unit\n", villages.groupby(["kind", "number", "unit"]).village.nunique().to_string())

# 3. Who was named, with rank and role, and in how many articles (pandas does the counting).
people = con.execute("SELECT doc_id, rank, name, role FROM personnel").df()
named = people.groupby(["rank", "name"], dropna=False).agg(articles=("doc_id", "nunique"),
                                                          role=("role", "first")).reset_index()
print("\npersonnel\n", named.sort_values("articles", ascending=False).to_string(index=False))
con.close()
