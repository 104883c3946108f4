"""The command line: extract, eval, schema, and clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from komsos_extract.cli import app

runner = CliRunner()


def test_extract_json_and_jsonl(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Asahan | Babinsa Koramil 13/Buntu Pane hadir bersama warga, Selasa (11/01/2022).", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["units"][0]["name"] == "Buntu Pane"
    assert record["source"] == str(f)
    result = runner.invoke(app, ["extract", str(f), str(f), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) == 2


def test_extract_published_resolves_year(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Babinsa membantu petani Senin(19/6) di sawah.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--published", "2023-06-20", "--format", "jsonl"])
    assert json.loads(result.output)["event_date"]["value"] == "2023-06-19"


def test_missing_file_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_bad_published_is_a_clear_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "ISO date" in result.output


def test_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "units" in json.loads(result.output)["properties"]


def test_eval_on_made_up_corpus(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Babinsa Koramil 13/Buntu Pane hadir, Selasa (11/01/2022).", encoding="utf-8")
    (tmp_path / "gold" / "a.json").write_text(json.dumps({
        "id": "a", "event_date": "2022-01-11", "units": [{"kind": "Koramil", "number": "13", "name": "Buntu Pane"}],
        "personnel": [], "people": [], "places": [], "activity": None, "activities": []}), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "gold"), "--articles", str(tmp_path / "articles"),
                                 "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["units"]["f1"] == 1.0
    assert scores["event_date"]["accuracy"] == 1.0


def test_eval_missing_folder(tmp_path):
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "g"), "--articles", str(tmp_path)])
    assert result.exit_code == 2
    assert "not found" in result.output


def _made_up_corpus(root, n: int):
    (root / "gold").mkdir()
    (root / "articles").mkdir()
    for i in range(n):
        (root / "articles" / f"a{i}.txt").write_text(
            f"Babinsa Koramil {i + 1:02d}/Buntu Pane hadir, Selasa (11/01/2022).", encoding="utf-8")
        (root / "gold" / f"a{i}.json").write_text(json.dumps({
            "id": f"a{i}", "event_date": "2022-01-11",
            "units": [{"kind": "Koramil", "number": f"{i + 1:02d}", "name": "Buntu Pane"}],
            "personnel": [], "people": [], "places": [], "activity": None, "activities": []}), encoding="utf-8")


def test_eval_ids_and_folds(tmp_path):
    from komsos_extract.evaluate import fold_of

    _made_up_corpus(tmp_path, 8)
    base = ["eval", "--gold", str(tmp_path / "gold"), "--articles", str(tmp_path / "articles"), "--json"]
    (tmp_path / "ids.txt").write_text("a1\na3\n\n", encoding="utf-8")
    assert json.loads(runner.invoke(app, [*base, "--ids", str(tmp_path / "ids.txt")]).output)["articles"] == 2

    in_fold = sum(fold_of(f"a{i}", 2) == 0 for i in range(8))
    assert json.loads(runner.invoke(app, [*base, "--fold", "0/2"]).output)["articles"] == in_fold
    assert json.loads(runner.invoke(app, [*base, "--fold", "-0/2"]).output)["articles"] == 8 - in_fold

    scores = json.loads(runner.invoke(app, [*base, "--folds", "2"]).output)
    assert sum(f["articles"] for f in scores["folds"].values()) == 8
    table = runner.invoke(app, base[:-1] + ["--folds", "2"]).output
    assert "mean" in table and "worst" in table

    bad = runner.invoke(app, [*base, "--fold", "3/2"])
    assert bad.exit_code == 2 and "--fold" in bad.output


# --- a new user's first hour (issue 14) ------------------------------------------------------------

ARTICLE = ("Babinsa Koramil 07/Sukamaju Serda Budi Santoso membantu warga Desa Sukamaju menanam jagung, "
           "Rabu (12/06/2024).")
_TYPE_NAMES = ("<list[", "<str>", "<int>", "<path>", "<bool>", "<int range>", "<float>")


@pytest.mark.parametrize("command", ["extract", "batch", "eval", "report", "train", "schema"])
def test_help_names_values_not_python_types(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert not [t for t in _TYPE_NAMES if t in result.output], result.output


def test_help_keeps_brackets_of_extras():
    result = runner.invoke(app, ["train", "--help"])
    assert 'pip install "komsos-extract[train]"' in " ".join(result.output.split())


def test_batch_help_lists_the_json_keys_read():
    text = " ".join(runner.invoke(app, ["batch", "--help"]).output.split())
    for key in ("article", "isi", "judul", "tanggal"):
        assert key in text


def test_extract_on_a_folder_says_it_is_a_folder(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.output and "batch" in result.output


@pytest.fixture
def one_article(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return d


# (options, file or folder written, exit code) run in an empty folder
OUTPUTS = [
    (["--format", "parquet"], "results.parquet/articles", 0),
    (["--format", "csv"], "results.csv/articles.csv", 0),
    (["--format", "jsonl"], "results.jsonl", 0),
    ([], "results.duckdb", 0),
    (["--out", "tables", "--format", "sqlite"], "tables", 0),
    (["--out", "o.duckdb", "--format", "parquet"], None, 2),
]


@pytest.mark.parametrize(("options", "written", "code"), OUTPUTS)
def test_batch_output_follows_format_then_suffix(one_article, tmp_path, monkeypatch, options, written, code):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["batch", str(one_article), "--quiet", *options])
    assert result.exit_code == code, result.output
    if written:
        assert (work / written).exists()
    else:
        assert list(work.iterdir()) == []
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_batch_parquet_beside_an_existing_duckdb_and_back(one_article, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["batch", str(one_article), "-q"]).exit_code == 0
    assert runner.invoke(app, ["batch", str(one_article), "-q", "--format", "parquet"]).exit_code == 0
    assert (tmp_path / "results.duckdb").is_file() and (tmp_path / "results.parquet").is_dir()
    for options in (["--out", "results.duckdb", "--format", "csv"], ["--out", "results.parquet", "--format", "duckdb"],
                    ["--out", "results", "--format", "csv"]):
        (tmp_path / "results").mkdir(exist_ok=True)
        (tmp_path / "results" / "x.txt").write_text("mine", encoding="utf-8")
        result = runner.invoke(app, ["batch", str(one_article), "-q", *options])
        assert result.exit_code == 2, (options, result.output)
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("files", [[], ["a.pdf", "b.bin"], ["notes.md"]])
def test_batch_without_supported_input_exits_2(tmp_path, files):
    d = tmp_path / "in"
    d.mkdir()
    for name in files:
        (d / name).write_bytes(b"%PDF-1.4 not an article")
    out = tmp_path / "o.duckdb"
    for inputs in ([str(d)], [str(d / "*.txt")]):
        result = runner.invoke(app, ["batch", *inputs, "--out", str(out), "-q"])
        assert result.exit_code == 2, result.output
        assert "no supported input" in result.output
    assert not out.exists()


@pytest.mark.parametrize("option", [["--workers", "0"], ["--chunk-size", "0"], ["--max-chars", "0"],
                                    ["--engine", "spark"]])
def test_batch_rejects_bad_numbers_and_engines(one_article, tmp_path, option):
    result = runner.invoke(app, ["batch", str(one_article), "--out", str(tmp_path / "o.jsonl"), "-q", *option])
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_unexpected_error_is_one_line_and_a_log_file(one_article, tmp_path, monkeypatch):
    import komsos_extract.batch as batch_module

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(batch_module, "run_batch", broken)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    result = runner.invoke(app, ["batch", str(one_article), "--out", str(tmp_path / "o.jsonl"), "-q"])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "RuntimeError: disk on fire" in lines[0]
    log = Path(lines[0].split("traceback in ")[1].split(";")[0])
    assert log.parent == tmp_path and "Traceback" in log.read_text(encoding="utf-8")


def test_console_script_end_to_end(tmp_path):
    """The installed `komsos-extract` script: a broken HTML page logs no third-party line, the
    summary is the only output, and a format mismatch is one line with exit code 2."""
    script = Path(sys.executable).with_name("komsos-extract")
    if not script.is_file():
        pytest.skip("the komsos-extract console script is not installed beside this Python")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "broken.html").write_text("<html", encoding="utf-8")
    run = subprocess.run([str(script), "batch", str(d), "--out", str(tmp_path / "o.jsonl")],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "discarding" not in run.stderr and "lxml" not in run.stderr and "trafilatura" not in run.stderr
    assert "1 processed, 1 failed" in run.stderr
    run = subprocess.run([str(script), "batch", str(d), "--out", str(tmp_path / "o.jsonl"), "--format", "csv"],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


ROOT = Path(__file__).resolve().parents[1]


def test_readme_is_self_contained_and_names_every_option():
    import typer.main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "issue note" not in readme.lower()
    assert "duckdb results.duckdb" not in readme  # the DuckDB CLI is not installed by pip
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"komsos-extract {name}" in readme
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"


def test_record_doc_names_every_key():
    from komsos_extract.records import ArticleRecord

    doc = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    for key in ArticleRecord.model_fields:
        assert f"`{key}`" in doc, key
