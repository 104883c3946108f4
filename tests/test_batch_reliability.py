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


# --- one batch per output: the lock ------------------------------------------------------------

def _small_folder(tmp_path: Path, n: int = 3) -> Path:
    d = tmp_path / "small"
    d.mkdir(exist_ok=True)
    for i in range(n):
        (d / f"a{i}.txt").write_text(SENT.format(n=i), encoding="utf-8")
    return d


def _batch_cli(folder: Path, out: Path, *extra: str):
    return CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--quiet", *extra])


def _row_count(out: Path, fmt: str) -> int:
    if not os.path.lexists(out):
        return 0
    try:
        return len(_table(out, fmt, "articles"))
    except Exception:  # noqa: BLE001  (an output with no table yet holds no row)
        return 0


@pytest.mark.parametrize(("name", "fmt"), FORMATS)
def test_second_writer_gets_one_line_and_its_own_exit_code(tmp_path, name, fmt):
    from komsos_extract.io.lock import OutputLock

    folder = _small_folder(tmp_path)
    out = tmp_path / name
    with OutputLock(out):  # another batch holds the output
        result = _batch_cli(folder, out)
        assert result.exit_code == 4, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "output in use by another batch" in lines[0] and "Traceback" not in result.output
        assert _row_count(out, fmt) == 0
    assert _batch_cli(folder, out).exit_code == 0  # released: the next batch writes
    assert _row_count(out, fmt) == 3
    assert not os.path.lexists(tmp_path / f".{name}.lock")  # removed on exit


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "o.jsonl"
    (tmp_path / ".o.jsonl.lock").write_text(f"{dead.pid}\n")
    result = _batch_cli(_small_folder(tmp_path), out)
    assert result.exit_code == 0, result.output
    assert _row_count(out, "jsonl") == 3


def test_two_concurrent_batches_never_double_rows(tmp_path):
    import subprocess
    import sys

    folder = _small_folder(tmp_path, 60)
    out = tmp_path / "o.jsonl"
    cmd = [sys.executable, "-m", "komsos_extract.cli", "batch", str(folder), "--out", str(out), "--quiet",
           "--chunk-size", "2", "--no-ner"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 4]), results
    assert all("Traceback" not in err for _, err in results)
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 60


# --- fatal output errors -----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "fmt"), FORMATS)
def test_parent_path_is_a_file_is_one_line_with_the_cause(tmp_path, name, fmt):
    (tmp_path / "afile").write_text("x")
    result = _batch_cli(_small_folder(tmp_path), tmp_path / "afile" / name)
    assert result.exit_code == 5, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "parent path is a file" in lines[0] and "Traceback" not in result.output
    log_file = Path(lines[0].split("traceback in ", 1)[1].split(";", 1)[0])
    assert "Traceback" in log_file.read_text(encoding="utf-8")
    log_file.unlink()


@pytest.mark.parametrize(("name", "fmt", "error"), [
    ("o.jsonl", "jsonl", OSError(28, "No space left on device")),
    ("o.parquet", "parquet", OSError(28, "No space left on device")),
    ("o.duckdb", "duckdb", "duckdb"),
    ("o.sqlite", "sqlite", "sqlite"),
])
def test_disk_full_is_one_line_saying_so(tmp_path, monkeypatch, name, fmt, error):
    import sqlite3

    import duckdb

    from komsos_extract.io import writers

    if error == "duckdb":
        error = duckdb.IOException("IO Error: Could not write all bytes to file: No space left on device")
    elif error == "sqlite":
        error = sqlite3.OperationalError("database or disk is full")
    sink = {"jsonl": writers.JsonlSink, "parquet": writers.ParquetSink, "duckdb": writers.DuckDBSink,
            "sqlite": writers.SQLiteSink}[fmt]

    def full(self, *args, **kwargs):
        raise error

    monkeypatch.setattr(sink, "write", full)
    result = _batch_cli(_small_folder(tmp_path), tmp_path / name)
    assert result.exit_code == 5, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and ("disk full" in lines[0] or "disk is full" in lines[0]), lines
    Path(lines[0].split("traceback in ", 1)[1].split(";", 1)[0]).unlink()


# --- workers end with their batch ------------------------------------------------------------

def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``, from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to list worker processes")
def test_workers_end_within_seconds_after_kill_9_of_the_batch(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from komsos_extract.synthetic import generate

    folder = tmp_path / "in"
    folder.mkdir()
    for art in generate(300, seed=5, max_chars=3000):
        (folder / f"{art.doc_key}.txt").write_text(art.text, encoding="utf-8")
    cmd = [sys.executable, "-m", "komsos_extract.cli", "batch", str(folder), "--out", str(tmp_path / "o.jsonl"),
           "--quiet", "--workers", "2", "--chunk-size", "2", "--no-ner"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    out = tmp_path / "o.jsonl"
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    workers = _children(proc.pid)
    assert proc.poll() is None and len(workers) >= 2, "the batch finished or had no workers before the kill"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:  # do not leave them running if the test fails
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers still running 10 s after the batch was killed: {left}"


# --- crash-consistent Parquet and CSV ----------------------------------------------------------

class _Crash(BaseException):
    """Stands in for kill -9: nothing after it runs."""


@pytest.fixture(scope="module")
def processed_items():
    from komsos_extract.batch import ExtractOptions, process_chunk
    from komsos_extract.io.readers import ArticleInput
    from komsos_extract.synthetic import generate

    arts = [ArticleInput(text=a.text, source=f"s{i}.txt") for i, a in enumerate(generate(8, seed=11, max_chars=2500))]
    done, errors = process_chunk(arts, ExtractOptions(ner=False))
    assert not errors and len(done) == 8
    return done


def _naive_orphans(root: Path) -> dict[str, set[str]]:
    """Child rows whose article is missing, as a reader of <table>/*.parquet sees them."""
    import pyarrow.parquet as pq

    from komsos_extract.io.tables import RECORD_TABLES

    def ids(table):
        return {i for p in (root / table).glob("*.parquet") for i in pq.read_table(p).column("doc_id").to_pylist()}

    articles = ids("articles")
    return {t: ids(t) - articles for t in RECORD_TABLES if t != "articles" and ids(t) - articles}


@pytest.mark.parametrize("crash_at", [1, 2, 3, 4, 6])
def test_parquet_crash_mid_chunk_never_shows_a_child_row_without_its_article(tmp_path, monkeypatch,
                                                                             processed_items, crash_at):
    from komsos_extract.io import writers

    out = tmp_path / "o.parquet"
    writers.ParquetSink(out).write(processed_items[:4], [], [])
    calls = {"n": 0}
    real = os.replace

    def crashing_replace(src, dst):
        calls["n"] += 1
        if calls["n"] == crash_at:
            raise _Crash
        real(src, dst)

    monkeypatch.setattr(writers.os, "replace", crashing_replace)
    with pytest.raises(_Crash):
        writers.ParquetSink(out).write(processed_items[4:], [], [])
    monkeypatch.undo()
    assert _naive_orphans(out) == {}
    sink = writers.ParquetSink(out)  # the rerun: a chunk whose articles part is there is completed
    committed = {i for i in sink.read_table("articles").column("doc_id").to_pylist()}
    clean = tmp_path / "clean.parquet"
    writers.ParquetSink(clean).write([it for it in processed_items if it.record.doc_id in committed], [], [])
    for table in ("units", "places", "people", "activities"):
        got = sorted(sink.read_table(table).column("doc_id").to_pylist())
        assert got == sorted(writers.ParquetSink(clean).read_table(table).column("doc_id").to_pylist())
    assert _naive_orphans(out) == {}


def test_csv_files_replaced_articles_first(tmp_path, monkeypatch, processed_items):
    from komsos_extract.io import writers

    out = tmp_path / "o.csv"
    sink = writers.CsvSink(out)
    sink.write(processed_items[:4], [], [])
    sink.close()
    sink = writers.CsvSink(out)
    sink.write(processed_items[4:], [], [])
    calls = {"n": 0}
    real = writers._replace_atomically

    def crash_after_first(path, write):
        calls["n"] += 1
        if calls["n"] == 2:
            raise _Crash
        real(path, write)

    monkeypatch.setattr(writers, "_replace_atomically", crash_after_first)
    with pytest.raises(_Crash):
        sink.close()
    import pyarrow.csv as pcsv

    articles = set(pcsv.read_csv(out / "articles.csv").column("doc_id").to_pylist())
    for table in ("units", "places", "people", "activities", "personnel"):
        assert set(pcsv.read_csv(out / f"{table}.csv").column("doc_id").to_pylist()) <= articles
