"""The command line: extract, eval, schema, and clear errors."""

from __future__ import annotations

import json

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
