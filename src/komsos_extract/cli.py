"""The ``komsos-extract`` command line: extract, eval, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured records from Indonesian territorial press releases.")

EXIT_MISSING = 2


def _fail(message: str, code: int = EXIT_MISSING) -> None:
    typer.echo(f"komsos-extract: {message}", err=True)
    raise typer.Exit(code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--published must be an ISO date (YYYY-MM-DD), got {value!r}")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text files to read ('-' for standard input).")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) to resolve dates without a year.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (pretty) or jsonl (one record a line).")] = "json",
) -> None:
    """Print the record of each FILE."""
    from .pipeline import Extractor

    if fmt not in ("json", "jsonl"):
        _fail(f"--format must be json or jsonl, got {fmt!r}")
    pub = _parse_date(published)
    missing = [str(f) for f in files if str(f) != "-" and not f.is_file()]
    if missing:
        _fail("no such file: " + ", ".join(missing))
    extractor = Extractor()
    for f in files:
        if str(f) == "-":
            text, source = sys.stdin.read(), "<stdin>"
        else:
            text, source = f.read_text(encoding="utf-8", errors="replace"), str(f)
        record = extractor.extract(text, published=pub, source=source)
        if fmt == "jsonl":
            typer.echo(record.model_dump_json())
        else:
            typer.echo(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2))


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")],
    articles: Annotated[Path, typer.Option(help="Folder of article .txt files named like the gold files.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against gold records (per-field P/R/F1, event_date and activity accuracy)."""
    from .evaluate import evaluate
    from .pipeline import Extractor

    for label, folder in (("--gold", gold), ("--articles", articles)):
        if not folder.is_dir():
            _fail(f"{label} folder not found: {folder}")
    extractor = Extractor()
    report = evaluate(gold, articles, extractor.extract)
    if report.articles == 0:
        _fail(f"no gold file in {gold} has a matching article in {articles}")
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.table())
    if verbose:
        typer.echo("")
        for miss in report.misses:
            typer.echo(miss)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    app()
