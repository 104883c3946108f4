"""Batch reliability (issue 16): nothing lost or doubled, one output per batch, clear failures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from komsos_extract.batch import run_batch
from komsos_extract.cli import app

from .test_batch import FORMATS
from .test_batch import _table as _sink_table


def _table(out: Path, fmt: str, table: str) -> list[dict]:
    """Rows of one table; Parquet read without opening a sink (opening one clears the errors)."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return [r for p in sorted((out / table).glob("part-*.parquet")) for r in pq.read_table(p).to_pylist()]
    return _sink_table(out, fmt, table)

SENT = "Babinsa Koramil {n:02d}/Sukamaju membantu warga membersihkan saluran irigasi desa binaan, Kamis (6/6/2024)."


@pytest.mark.parametrize(("name", "fmt"), FORMATS)
def test_same_id_for_different_texts_is_an_error_row_not_a_loss(tmp_path, name, fmt):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_text(json.dumps({"id": "x1", "text": SENT.format(n=1)}) + "\n")
    (d / "b.jsonl").write_text(json.dumps({"id": "x1", "text": SENT.format(n=2)}) + "\n"
                               + json.dumps({"id": "x1", "text": SENT.format(n=1)}) + "\n")
    out = tmp_path / name
    for _ in range(2):  # a rerun reaches the same verdict and writes nothing twice
        summary = run_batch([str(d)], out, events=False)
        rows = _table(out, fmt, "articles")
        assert [r["doc_id"] for r in rows] == ["x1"] and rows[0]["source"].endswith("a.jsonl:1")
        errors = _table(out, fmt, "errors")
        assert [e["source"].rsplit("/", 1)[-1] for e in errors] == ["b.jsonl:1"]
        assert "different text" in errors[0]["reason"] and summary.failed == 1
    dups = _table(out, fmt, "duplicates")  # the same text under the same id is a duplicate, recorded once
    assert [d_["source"].rsplit("/", 1)[-1] for d_ in dups] == ["b.jsonl:2"]


def _hostile_folder(tmp_path: Path) -> tuple[Path, set[str], set[str]]:
    d = tmp_path / "in"
    (d / "real").mkdir(parents=True)
    (d / "real" / "ok.txt").write_text(SENT.format(n=1), encoding="utf-8")
    (d / "loop1.txt").symlink_to(d / "loop2.txt")
    (d / "loop2.txt").symlink_to(d / "loop1.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    os.mkfifo(d / "pipe.txt")
    (d / "empty_list.json").write_text("[]")
    (d / "notes.md").write_text("# catatan")
    (d / "README").write_text("tanpa akhiran")
    (d / "linked").symlink_to(d / "real", target_is_directory=True)
    errors = {"loop1.txt", "loop2.txt", "dangling.txt", "pipe.txt", "empty_list.json"}
    skipped = {"notes.md", "README", "linked"}
    return d, errors, skipped


def test_every_entry_in_a_folder_is_a_record_an_error_or_a_named_skip(tmp_path):
    folder, errors, skipped = _hostile_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    summary = run_batch([str(folder)], out, events=False)
    assert summary.processed == 1
    assert {Path(e["source"]).name for e in summary.errors} == errors
    reasons = {Path(e["source"]).name: e["reason"] for e in summary.errors}
    assert "loop" in reasons["loop1.txt"] and "dangling" in reasons["dangling.txt"]
    assert "FIFO" in reasons["pipe.txt"] and "empty" in reasons["empty_list.json"]
    assert {Path(p).name for p, _ in summary.unsupported} == skipped
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o2.jsonl"), "--quiet"])
    assert result.exit_code == 1
    assert "3 skipped (unsupported)" in result.output and "notes.md" in result.output
