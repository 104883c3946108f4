"""The programs in examples/ run as a user would run them, and print what they promise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(tmp_path: Path, script: str, *args: str) -> str:
    env = {**os.environ}
    env.pop("KOMSOS_EXTRACT_DATA", None)
    run = subprocess.run([sys.executable, str(EXAMPLES / script), *args], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_library_usage(tmp_path):
    out = _run(tmp_path, "library_usage.py", "records.jsonl")
    assert "unit: Koramil 0911 Cimenyan -> 'Koramil 0911/Cimenyan'" in out
    assert "year from published: 2024-06-03 day_year_from_published" in out
    lines = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(EXAMPLES.glob("*.txt"))) >= 3


def test_folder_to_duckdb(tmp_path):
    pytest.importorskip("pandas")
    out = _run(tmp_path, "folder_to_duckdb.py", str(EXAMPLES), "t.duckdb")
    n = len(list(EXAMPLES.glob("*.txt")))
    assert f"{n} processed, 0 failed" in out
    for heading in ("activities per month", "villages per unit", "personnel"):
        assert heading in out
    villages = out.split("villages per unit")[1].split("personnel")[0]
    assert "Koramil" in villages  # villages are counted under the units that visited them
    again = _run(tmp_path, "folder_to_duckdb.py", str(EXAMPLES), "t.duckdb")
    assert f"0 processed, 0 failed, {n} skipped" in again


def test_custom_lexicon_adds_a_unit_kind_and_a_cue(tmp_path):
    out = _run(tmp_path, "custom_lexicon.py").splitlines()
    assert out[0].endswith("units=[] activity=lainnya")
    assert out[1].endswith("units=[('Denkav', '4', 'Satya Manunggal')] activity=ketahanan_pangan")


def test_extra_lexicons_reach_the_command_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Prajurit Denkav 4/Satya Manunggal membantu warga, Kamis (6/6/2024).", encoding="utf-8")
    env = {**os.environ, "KOMSOS_EXTRACT_DATA": str(EXAMPLES / "my_lexicon")}
    run = subprocess.run([sys.executable, "-m", "komsos_extract.cli", "extract", str(article), "--format", "jsonl"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert '"kind":"Denkav"' in run.stdout
