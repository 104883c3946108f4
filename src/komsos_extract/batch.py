"""Folders of scraped articles in, dashboard tables out: in this process, in worker processes, or
on a Dask cluster. The same inputs always give the same rows in the same order."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import deque
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .io.readers import SUPPORTED, ArticleInput, FieldNames, ReadError, discover_all, read_path
from .io.lock import OutputInUse, OutputLock  # noqa: F401  (OutputInUse: re-exported for the CLI)
from .io.writers import Processed, open_sink, resolve_output
from .pipeline import DEFAULT_NER, Extractor, _doc_id

log = logging.getLogger("komsos_extract.batch")

EXIT_OK, EXIT_SOME_FAILED = 0, 1


class BatchError(ValueError):
    """A batch that cannot start: a bad option or no input to read (exit code 2 on the CLI)."""


@dataclass
class BatchSummary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output from an earlier run (same text, same source)
    duplicates: int = 0  # same text as an article already written, from another source
    unsupported: list[tuple[str, str]] = field(default_factory=list)  # (path, why) met in folders, not read
    errors: list[dict] = field(default_factory=list)
    output: str = ""
    format: str = ""
    events: object = None  # events.EventsSummary after the events pass

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


# --- work done in workers ----------------------------------------------------------------------

@dataclass(frozen=True)
class ExtractOptions:
    """How each worker builds its Extractor (picklable, so it travels to processes and Dask)."""

    max_chars: int = 100_000
    ner: bool = DEFAULT_NER
    ner_model: str | None = None

    def extractor(self) -> Extractor:
        return Extractor(max_chars=self.max_chars, ner=self.ner, ner_model=self.ner_model)


_WORKER: tuple[ExtractOptions, Extractor] | None = None


def _init_worker(options: ExtractOptions) -> None:
    global _WORKER
    _WORKER = (options, options.extractor())


def _start_worker(options: ExtractOptions, batch_pid: int) -> None:
    """Worker process start-up: end with the batch process, whatever kills it, then build the extractor."""
    _die_with_parent(batch_pid)
    _init_worker(options)


def _die_with_parent(parent: int) -> None:
    """A worker whose batch died (``kill -9`` included) must not run on for minutes. Linux: the kernel
    sends SIGKILL when the parent goes (PR_SET_PDEATHSIG); everywhere: a thread sees the parent pid
    change (the worker was adopted) within a second and exits."""
    import os
    import threading

    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the thread below still works
            pass
    if os.getppid() != parent:  # pragma: no cover - the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="komsos-parent-watch", daemon=True).start()


def process_chunk(items: list[ArticleInput], options: ExtractOptions) -> tuple[list[Processed], list[dict]]:
    """Records for one chunk; an article that fails becomes an error row, never an exception."""
    if _WORKER is None or _WORKER[0] != options:
        _init_worker(options)
    extractor = _WORKER[1]
    done: list[Processed] = []
    errors: list[dict] = []
    for item in items:
        try:
            record = extractor.extract(item.text, published=item.published, source=item.source,
                                       doc_id=item.doc_id)
        except Exception as exc:  # one bad article must not stop the batch
            errors.append({"source": item.source, "reason": f"extraction failed: {type(exc).__name__}: {exc}",
                           "doc_id": item.doc_id})
            continue
        if item.title:
            record.title = item.title
        record.warnings[:0] = item.warnings
        try:
            record.model_dump_json()  # what cannot be written is an error row, not a crashed batch
        except Exception as exc:
            errors.append({"source": item.source, "reason": f"record cannot be serialised: {exc}",
                           "doc_id": item.doc_id})
            continue
        done.append(Processed(record=record, url=item.url, text_chars=len(item.text),
                              signature=_signature(item.text)))
    return done, errors


def _signature(text: str) -> str | None:
    """The text's MinHash for the events pass; an article is kept even when this fails."""
    from .events import text_signature

    try:
        return text_signature(text)
    except Exception:  # pragma: no cover - never expected; the article still counts, matched by its fields
        log.exception("text signature failed")
        return None


# --- reading and chunking ----------------------------------------------------------------------

@dataclass
class _Chunk:
    items: list[ArticleInput] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # read errors met on the way
    duplicates: list[dict] = field(default_factory=list)  # {doc_id, source} of texts already taken


def _chunks(paths: list, names: FieldNames, known: set[tuple[str, str | None]], size: int,
            summary: BatchSummary) -> Iterator[_Chunk]:
    """Chunks of new articles. A text already written from the same source is skipped (a resumed
    run); from another source it is a duplicate: its source is recorded, the text is not run again.
    An id given by the input that another text already uses is an error row (never a silent loss):
    the first text with that id is remembered as the run reads it, skipped or not, so a rerun
    reaches the same verdict."""
    known = set(known)
    ids = {doc_id for doc_id, _ in known}
    first_text: dict[str, tuple[str, str]] = {}  # doc_id -> (hash of its text, source) met this run
    chunk = _Chunk()
    for path in paths:
        for item in read_path(path, names):
            if isinstance(item, ReadError):
                chunk.errors.append({"source": item.source, "reason": item.reason, "doc_id": None})
                continue
            text_id = _doc_id(item.text)
            item.doc_id = item.doc_id or text_id
            first = first_text.setdefault(item.doc_id, (text_id, item.source))
            if first[0] != text_id:
                chunk.errors.append({"source": item.source, "doc_id": item.doc_id, "reason": (
                    f"id {item.doc_id!r} is already the id of a different text ({first[1]}); "
                    "this article is not written: give each article its own id")})
                continue
            if item.doc_id in ids:
                if (item.doc_id, item.source) in known:
                    summary.skipped += 1
                else:
                    known.add((item.doc_id, item.source))
                    chunk.duplicates.append({"doc_id": item.doc_id, "source": item.source})
                    summary.duplicates += 1
                continue
            ids.add(item.doc_id)
            known.add((item.doc_id, item.source))
            chunk.items.append(item)
            if len(chunk.items) >= size:
                yield chunk
                chunk = _Chunk()
    if chunk.items or chunk.errors or chunk.duplicates:
        yield chunk


class _InlineExecutor:
    """The executor interface (submit -> future.result()) run in this process."""

    class _Done:
        def __init__(self, value):
            self._value = value

        def result(self):
            return self._value

    def submit(self, fn, *args):
        return self._Done(fn(*args))

    def shutdown(self):
        pass


def _executor(engine: str, workers: int, scheduler: str | None, options: ExtractOptions):
    if engine == "dask":
        from dask.distributed import Client, LocalCluster

        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        client.shutdown_all = lambda: (client.close(), scheduler or cluster.close())  # type: ignore[attr-defined]
        return client
    if workers <= 1:
        return _InlineExecutor()
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                               initializer=_start_worker, initargs=(options, os.getpid()))


def _ordered_results(executor, chunks: Iterable[_Chunk], options: ExtractOptions, ahead: int
                     ) -> Iterator[tuple[list[Processed], list[dict], list[dict]]]:
    """(records, errors, duplicates) in input order with at most ``ahead`` chunks in flight (bounded memory)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((executor.submit(process_chunk, chunk.items, options), chunk))
        if len(pending) >= ahead:
            fut, ch = pending.popleft()
            done, extract_errors = fut.result()
            yield done, ch.errors + extract_errors, ch.duplicates
    while pending:
        fut, ch = pending.popleft()
        done, extract_errors = fut.result()
        yield done, ch.errors + extract_errors, ch.duplicates


# --- progress ----------------------------------------------------------------------------------

class _Progress:
    def __init__(self, total_files: int, quiet: bool) -> None:
        self.quiet = quiet
        self.rich = None
        self.start = time.monotonic()
        self.last_log = self.start
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.rich = Progress(TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(), transient=True)
            self.rich.start()
            self.task = self.rich.add_task("batch", total=None, rate=0.0)

    def update(self, summary: BatchSummary) -> None:
        if self.quiet:
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = summary.processed / elapsed
        if self.rich is not None:
            self.rich.update(self.task, completed=summary.processed, rate=rate)
        elif time.monotonic() - self.last_log >= 5:
            self.last_log = time.monotonic()
            log.info("processed %d, failed %d, skipped %d (%.1f articles/s)",
                     summary.processed, summary.failed, summary.skipped, rate)

    def close(self) -> None:
        if self.rich is not None:
            self.rich.stop()


def run_batch(
    inputs: Iterable[str],
    out: Path | str | None = None,
    *,
    fmt: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = 64,
    names: FieldNames = FieldNames(),
    max_chars: int = 100_000,
    ner: bool = DEFAULT_NER,
    ner_model: str | None = None,
    quiet: bool = True,
    events: bool = True,
) -> BatchSummary:
    """Process every article under ``inputs`` into ``out``; resumes where an earlier run stopped.

    ``fmt`` is the output format (default: from ``out``'s suffix); without ``out``, the output is
    ``results.<format>``. Raises :class:`BatchError` (or its kin ``OutputError``) before writing
    anything when an option is bad or no supported input is found."""
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}; choose local or dask")
    for name, value in (("workers", workers), ("chunk_size", chunk_size), ("max_chars", max_chars)):
        if value < 1:
            raise BatchError(f"{name} must be at least 1, got {value}")
    inputs = list(inputs)
    out, fmt = resolve_output(out, fmt)
    paths, unsupported = discover_all(inputs)
    if not any(p == "-" or os.path.lexists(p) and Path(p).suffix.lower() in SUPPORTED for p in paths):
        raise BatchError(f"no supported input found in {' '.join(inputs) or '(nothing given)'} "
                         f"(reads {', '.join(sorted(SUPPORTED))} files)")
    summary = BatchSummary(output=str(out), format=fmt, unsupported=unsupported)
    with _output_errors(out):
        lock = OutputLock(out).acquire()  # OutputInUse when another batch writes here
    try:
        with _output_errors(out):
            sink = open_sink(out, fmt)
        _run(sink, out, paths, names, summary, chunk_size, workers, engine, scheduler, quiet,
             ExtractOptions(max_chars=max_chars, ner=ner or ner_model is not None,
                            ner_model=str(ner_model) if ner_model else None))
        if events:
            summary.events = _update_events(out, fmt)
    finally:
        lock.release()
    return summary


def _run(sink, out: Path, paths: list, names: FieldNames, summary: BatchSummary, chunk_size: int,
         workers: int, engine: str, scheduler: str | None, quiet: bool, options: ExtractOptions) -> None:
    progress = _Progress(len(paths), quiet)
    executor = _executor(engine, workers, scheduler, options)
    failed = True
    try:
        with _output_errors(out):
            known = sink.known_sources()
        chunks = _chunks(paths, names, known, chunk_size, summary)
        for done, errors, duplicates in _ordered_results(executor, chunks, options, ahead=max(2, 2 * workers)):
            with _output_errors(out):
                sink.write(done, errors, duplicates)
            summary.processed += len(done)
            summary.failed += len(errors)
            summary.errors.extend(errors)
            progress.update(summary)
        failed = False
    finally:
        progress.close()
        if hasattr(executor, "shutdown_all"):
            executor.shutdown_all()
        else:
            executor.shutdown()
        if failed:  # the first error is the one to report; what was committed stays for the rerun
            try:
                sink.close()
            except Exception:  # noqa: BLE001
                log.debug("closing the output after an error failed too", exc_info=True)
        else:
            with _output_errors(out):
                sink.close()


class OutputFailed(RuntimeError):
    """The output cannot be written (no permission, a parent path that is a file, disk full...)."""


_CAUSES = (("no space left", "disk full"), ("disk quota", "disk quota exceeded"),
           ("permission denied", "permission denied"), ("read-only file system", "read-only file system"),
           ("not a directory", "a parent path is a file, not a folder"))


@contextmanager
def _output_errors(out: Path):
    """Turn what the storage raises into :class:`OutputFailed` with its cause in a few words."""
    import sqlite3

    kinds: tuple[type[BaseException], ...] = (OSError, sqlite3.OperationalError, sqlite3.DatabaseError)
    try:
        import duckdb

        kinds += (duckdb.IOException, duckdb.PermissionException)
    except ImportError:  # pragma: no cover
        pass
    try:
        yield
    except kinds as exc:
        if isinstance(exc, (FileExistsError, NotADirectoryError)):
            cause = "a parent path is a file, not a folder"
        else:
            text = " ".join(str(e) for e in _chain(exc)).lower()
            cause = next((c for key, c in _CAUSES if key in text), None)
            if cause is None:
                cause = (getattr(exc, "strerror", None) or str(exc).strip().splitlines()[0]
                         if str(exc).strip() else type(exc).__name__)
        raise OutputFailed(f"cannot write the output {out}: {cause}") from exc


def _chain(exc: BaseException):
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


def _update_events(out: Path, fmt: str):
    """Group the output's articles into events (the whole output, so that later batches join earlier
    events); a failure here is logged, never a lost batch: the next run redoes it."""
    from .events import update_events

    try:
        return update_events(out, fmt)
    except Exception:
        log.exception("events pass failed for %s; the article tables are complete, rerun to retry", out)
        return None
