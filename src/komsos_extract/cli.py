"""The ``komsos-extract`` command line: extract, eval, batch, report, train, schema.

Every option names its value (``FILE``, ``N``, ``DATE``) rather than a Python type, and help text is
printed as written (no rich markup, so ``"komsos-extract[train]"`` keeps its brackets)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .io.readers import FieldNames

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Structured records from Indonesian territorial press releases.")

EXIT_MISSING = 2
EXIT_CRASHED = 3
EXIT_OUTPUT_IN_USE = 4
EXIT_OUTPUT_FAILED = 5


def _keys(field: str) -> str:
    return ", ".join(getattr(FieldNames(), field))


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


def _ner_default(ner: bool | None) -> bool:
    """``--ner/--no-ner`` when given, else the library's default (``pipeline.DEFAULT_NER``)."""
    if ner is not None:
        return ner
    from .pipeline import DEFAULT_NER

    return DEFAULT_NER


def _extractor(ner: bool | None, ner_model: Path | None):
    from .pipeline import Extractor

    ner = _ner_default(ner)
    if ner_model is not None and not ner_model.is_dir():
        _fail(f"--ner-model folder not found: {ner_model}")
    try:
        return Extractor(ner=ner, ner_model=ner_model)
    except FileNotFoundError as exc:
        _fail(str(exc))


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(hidden=True, metavar="FILE")],
    published: Annotated[Optional[str], typer.Option(metavar="DATE", help="Publication date (YYYY-MM-DD) to resolve dates without a year.")] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="json|jsonl", help="json (pretty) or jsonl (one record a line).")] = "json",
    ner: Annotated[Optional[bool], typer.Option("--ner/--no-ner", help="Run the statistical NER model beside the rules, or not; default: as Extractor() does.")] = None,
    ner_model: Annotated[Optional[Path], typer.Option(metavar="DIR", help="A NER model folder made by `komsos-extract train`.")] = None,
) -> None:
    """Print the record of each FILE (plain text, UTF-8; '-' reads standard input).

    For folders, HTML or JSON inputs, use `komsos-extract batch`."""
    if fmt not in ("json", "jsonl"):
        _fail(f"--format must be json or jsonl, got {fmt!r}")
    pub = _parse_date(published)
    folders = [str(f) for f in files if str(f) != "-" and f.is_dir()]
    if folders:
        _fail("is a folder, not a file: " + ", ".join(folders) + " (use `komsos-extract batch FOLDER` for folders)")
    missing = [str(f) for f in files if str(f) != "-" and not f.is_file()]
    if missing:
        _fail("no such file: " + ", ".join(missing))
    extractor = _extractor(ner, ner_model)
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
    gold: Annotated[Path, typer.Option(metavar="DIR", help="Folder of gold JSON files.")],
    articles: Annotated[Path, typer.Option(metavar="DIR", help="Folder of article .txt files named like the gold files.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    ner: Annotated[Optional[bool], typer.Option("--ner/--no-ner", help="Run the statistical NER model beside the rules, or not; default: as Extractor() does.")] = None,
    ner_model: Annotated[Optional[Path], typer.Option(metavar="DIR", help="A NER model folder made by `komsos-extract train`.")] = None,
    ids: Annotated[Optional[Path], typer.Option(metavar="FILE", help="Score only the articles whose ids (file names without .txt) this file lists, one a line.")] = None,
    folds: Annotated[int, typer.Option(min=0, metavar="K", help="Also score K folds of the articles (by a hash of the id): mean and worst fold per field.")] = 0,
    fold: Annotated[Optional[str], typer.Option(metavar="I/K", help="Score only fold I of K ('I/K'), or every fold but I ('-I/K').")] = None,
) -> None:
    """Score extraction against gold records (per-field P/R/F1, event_date and activity accuracy)."""
    from .evaluate import evaluate, fold_of, fold_table, load_gold

    for label, folder in (("--gold", gold), ("--articles", articles)):
        if not folder.is_dir():
            _fail(f"{label} folder not found: {folder}")
    only: set[str] | None = None
    if ids is not None:
        if not ids.is_file():
            _fail(f"--ids file not found: {ids}")
        only = {line.strip() for line in ids.read_text(encoding="utf-8").splitlines() if line.strip()}
    if fold is not None:
        try:
            index, k = (int(x) for x in fold.lstrip("-").split("/"))
            if not 0 <= index < k:
                raise ValueError
        except ValueError:
            _fail(f"--fold must look like I/K or -I/K with 0 <= I < K, got {fold!r}")
        keep_in = not fold.startswith("-")
        in_fold = {d for d in load_gold(gold) if (fold_of(d, k) == index) == keep_in}
        only = in_fold if only is None else only & in_fold
    extractor = _extractor(ner, ner_model)
    report = evaluate(gold, articles, extractor.extract, only=only, folds=folds)
    if report.articles == 0:
        _fail(f"no gold file in {gold} has a matching article in {articles}")
    if as_json:
        out = report.as_dict()
        if folds > 1:
            out["folds"] = {str(i): r.as_dict() for i, r in sorted(report.by_fold.items())}
        typer.echo(json.dumps(out, indent=2))
    else:
        typer.echo(report.table())
        if folds > 1:
            typer.echo("\n" + fold_table(report))
    if verbose:
        typer.echo("")
        for miss in report.misses:
            typer.echo(miss)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(hidden=True, metavar="INPUT")],
    out: Annotated[Optional[Path], typer.Option(metavar="PATH", show_default=False, help="Output file or folder (default: results.duckdb, or results.<format> with --format).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", metavar="FORMAT", help="duckdb, sqlite, jsonl, parquet (a folder) or csv (a folder); default: from --out's suffix.")] = None,
    workers: Annotated[int, typer.Option(min=1, metavar="N", help="Worker processes (local engine) or Dask workers (local cluster).")] = 1,
    engine: Annotated[str, typer.Option(metavar="local|dask", help="Run in local processes or on a Dask cluster.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786 (default: a local cluster).")] = None,
    chunk_size: Annotated[int, typer.Option(min=1, metavar="N", help="Articles per chunk (the unit of atomic writes).")] = 64,
    text_field: Annotated[Optional[str], typer.Option(metavar="KEY", help=f"JSON key holding the article text (default: the first present of {_keys('text')}).")] = None,
    title_field: Annotated[Optional[str], typer.Option(metavar="KEY", help=f"JSON key holding the title (default: the first present of {_keys('title')}).")] = None,
    url_field: Annotated[Optional[str], typer.Option(metavar="KEY", help=f"JSON key holding the URL (default: the first present of {_keys('url')}).")] = None,
    date_field: Annotated[Optional[str], typer.Option(metavar="KEY", help=f"JSON key holding the published date (default: the first present of {_keys('published')}).")] = None,
    max_chars: Annotated[int, typer.Option(min=1, metavar="N", help="Characters read per article; longer texts are cut with a warning.")] = 100_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    ner: Annotated[Optional[bool], typer.Option("--ner/--no-ner", help="Run the statistical NER model beside the rules, or not; default: as Extractor() does.")] = None,
    ner_model: Annotated[Optional[Path], typer.Option(metavar="DIR", help="A NER model folder made by `komsos-extract train`.")] = None,
) -> None:
    """Process articles into tables. INPUT is files, folders (read recursively), globs, or '-' for
    standard input; .txt, .html/.htm, .json and .jsonl files are read.

    Exit code 0: every input done; 1: some inputs failed (listed in the errors table); 2: a bad
    option, no supported input, or an output that does not fit the format; 3: stopped by an
    unexpected error (one line here, the traceback in a log file); 4: the output is in use by
    another batch (nothing written); 5: the output cannot be written (no permission, a parent path
    that is a file, disk full; one line with the cause, the traceback in a log file)."""
    import logging

    from .batch import BatchError, OutputFailed, OutputInUse, run_batch
    from .io.writers import OutputError

    defaults = FieldNames()
    names = FieldNames(
        text=(text_field,) if text_field else defaults.text, title=(title_field,) if title_field else defaults.title,
        url=(url_field,) if url_field else defaults.url, published=(date_field,) if date_field else defaults.published,
    )
    if not quiet:  # our progress lines only: third-party loggers (trafilatura, lxml) stay silent
        ours = logging.getLogger("komsos_extract")
        if not ours.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            ours.addHandler(handler)
        ours.setLevel(logging.INFO)
    missing = [i for i in inputs if i != "-" and not Path(i).exists() and not any(ch in i for ch in "*?[")]
    if missing:
        _fail("no such file or folder: " + ", ".join(missing))
    try:
        summary = run_batch(inputs, out, fmt=fmt, workers=workers, engine=engine, scheduler=scheduler,
                            chunk_size=chunk_size, names=names, max_chars=max_chars, quiet=quiet,
                            ner=_ner_default(ner), ner_model=str(ner_model) if ner_model else None)
    except (BatchError, OutputError) as exc:
        _fail(str(exc))
    except OutputInUse as exc:
        _fail(str(exc), EXIT_OUTPUT_IN_USE)
    except OutputFailed as exc:
        log_path = _crash_log()
        _fail(f"{exc} (traceback in {log_path}; what was written is kept and a rerun resumes)", EXIT_OUTPUT_FAILED)
    except Exception as exc:  # noqa: BLE001  (one line for the user, the traceback in a file)
        log_path = _crash_log()
        _fail(f"batch stopped by an unexpected error: {type(exc).__name__}: {exc} "
              f"(traceback in {log_path}; what was written is kept and a rerun resumes)", EXIT_CRASHED)
    typer.echo(f"{summary.processed} processed, {summary.failed} failed, {summary.skipped} skipped, "
               f"{summary.duplicates} duplicates -> {summary.output} ({summary.format})", err=True)
    if summary.unsupported:
        shown = ", ".join(f"{path} ({why})" for path, why in summary.unsupported[:10])
        more = f" and {len(summary.unsupported) - 10} more" if len(summary.unsupported) > 10 else ""
        typer.echo(f"{len(summary.unsupported)} skipped (unsupported): {shown}{more}", err=True)
    if summary.events is not None:
        typer.echo(f"{summary.events.events} events ({summary.events.merged} republished articles merged)", err=True)
    for err in summary.errors[:20]:
        typer.echo(f"  failed: {err['source']}: {err['reason']}", err=True)
    if len(summary.errors) > 20:
        typer.echo(f"  ... and {len(summary.errors) - 20} more in the errors table", err=True)
    raise typer.Exit(summary.exit_code)


def _crash_log() -> Path:
    """Write the traceback being handled to a new log file in the temp folder; returns its path."""
    import tempfile
    import traceback

    fd, name = tempfile.mkstemp(prefix=f"komsos-extract-{dt.datetime.now():%Y%m%d-%H%M%S}-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(f"komsos-extract {' '.join(sys.argv[1:])}\n\n")
        fh.write(traceback.format_exc())
    return Path(name)


@app.command()
def report(
    output: Annotated[Path, typer.Argument(hidden=True, metavar="OUTPUT")],
    out: Annotated[Path, typer.Option(metavar="FILE", help="The HTML file to write (self-contained, opens offline).")] = Path("report.html"),
    fmt: Annotated[Optional[str], typer.Option("--format", metavar="FORMAT", help="Format of OUTPUT (default: from its suffix).")] = None,
) -> None:
    """Write one self-contained HTML dashboard of a batch OUTPUT (.duckdb, .sqlite, .jsonl, a .parquet
    or .csv folder), counting events, not articles."""
    from .report import build_report

    if not output.exists():
        _fail(f"no such batch output: {output}")
    try:
        summary = build_report(output, out, fmt)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
    typer.echo(f"{out}: {summary.events} events from {summary.articles} articles "
               f"({summary.merged} merged), {summary.bytes / 1e6:.1f} MB", err=True)


@app.command()
def train(
    out: Annotated[Path, typer.Option(metavar="DIR", help="Folder to write the trained spaCy NER pipeline to.")],
    silver: Annotated[Optional[list[Path]], typer.Option(metavar="DIR", help="Folder of your own articles: adds silver labels from our rules (repeatable).")] = None,
    n_train: Annotated[int, typer.Option(min=1, metavar="N", help="Generated training articles.")] = 4000,
    n_dev: Annotated[int, typer.Option(min=1, metavar="N", help="Generated development articles.")] = 400,
    max_steps: Annotated[int, typer.Option(min=1, metavar="N", help="Training steps.")] = 2500,
    seed: Annotated[int, typer.Option(metavar="N", help="Random seed (same seed, same data).")] = 0,
    public: Annotated[Optional[list[str]], typer.Option(metavar="NAME", help="Public real-news NER dataset to add (repeatable): idner-news-2k. Downloaded once (checksummed) unless --data is given.")] = None,
    data: Annotated[Optional[Path], typer.Option(metavar="DIR", help="Folder holding the --public dataset files (no download).")] = None,
) -> None:
    """Train the NER model on generated text, public real-news NER data and silver labels from your folders.

    Use the result with Extractor(ner_model=OUT) or `--ner-model OUT`. Needs `pip install "komsos-extract[train]"`."""
    try:
        import faker  # noqa: F401
    except ImportError:
        _fail('training needs Faker: pip install "komsos-extract[train]"')
    for folder in silver or []:
        if not folder.is_dir():
            _fail(f"--silver folder not found: {folder}")
    from .training.public import DATASETS, ChecksumError, load_public
    from .training.train import score_ner, train_ner

    unknown = [p for p in public or [] if p not in DATASETS]
    if unknown:
        _fail(f"unknown --public dataset {', '.join(unknown)}; choose from {', '.join(DATASETS)}")
    if data is not None and not data.is_dir():
        _fail(f"--data folder not found: {data}")
    try:
        loaded = [load_public(p, data) for p in public or []]
    except (FileNotFoundError, ChecksumError, OSError) as exc:
        _fail(str(exc))
    path = train_ner(out, n_train=n_train, n_dev=n_dev, max_steps=max_steps, seed=seed, silver_dirs=silver or [],
                     public=loaded)
    typer.echo(f"model written to {path}", err=True)
    for name, ds in zip(public or [], loaded):
        if ds.get("test"):
            typer.echo(f"{name} test: {json.dumps(score_ner(path, ds['test']))}", err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    app()
