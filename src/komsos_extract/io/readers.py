"""Read scraped articles from files: plain text in any common encoding, HTML pages, JSON and JSONL.

Readers never raise for a bad file: they yield :class:`ReadError` rows (file, reason) beside the good
:class:`ArticleInput` rows, so one broken file never stops a batch.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# Largest file read whole; larger ones are errors rather than a memory blow-up.
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FieldNames:
    """Which keys of a JSON object hold what (first present wins)."""

    text: tuple[str, ...] = ("text", "content", "body", "article", "isi")
    title: tuple[str, ...] = ("title", "judul", "headline")
    url: tuple[str, ...] = ("url", "link", "source_url")
    published: tuple[str, ...] = ("published", "date", "published_at", "tanggal", "pubdate")
    id: tuple[str, ...] = ("id", "doc_id")


@dataclass
class ArticleInput:
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    doc_id: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadError:
    source: str
    reason: str


def discover(inputs: Iterable[str]) -> list[Path | str]:
    """Files named by the inputs (see :func:`discover_all`), without the list of what was skipped."""
    return discover_all(inputs)[0]


def discover_all(inputs: Iterable[str]) -> tuple[list[Path | str], list[tuple[str, str]]]:
    """Files named by the inputs: files as given, folders recursively, globs expanded; '-' is stdin.
    Sorted and de-duplicated so that the same inputs always give the same order.

    Every entry met in a folder is either returned (a supported suffix: read_path then gives a
    record or an error row, also for dangling symlinks, loops and FIFOs) or listed as skipped with
    a reason (unsupported suffix, symlinked folder), so that nothing disappears without a trace."""
    found: dict[str, Path | str] = {}
    skipped: dict[str, str] = {}
    for item in inputs:
        if item == "-":
            found["-"] = "-"
            continue
        p = Path(item)
        if p.is_dir():
            for sub in sorted(p.rglob("*")):
                if sub.is_symlink() and sub.is_dir():
                    skipped[str(sub)] = "symlink to a folder (not followed)"
                elif sub.is_dir():
                    continue  # walked by rglob
                elif sub.suffix.lower() in SUPPORTED:
                    found[str(sub)] = sub
                else:
                    skipped[str(sub)] = f"unsupported file type {sub.suffix.lower() or '(none)'}"
        elif p.is_file():
            found[str(p)] = p
        else:
            matches = sorted(glob.glob(item, recursive=True))
            for m in matches:
                if not Path(m).is_dir():
                    found[m] = Path(m)
            if not matches:
                found[item] = p  # reported as missing by read_path
    return ([found[k] for k in sorted(found, key=lambda k: (k == "-", k))],
            sorted(skipped.items()))


def _not_readable(path: Path) -> str | None:
    """Why ``path`` is not a regular file we can read (dangling symlink, loop, FIFO...), or None."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "dangling symlink (its target is missing)" if path.is_symlink() else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder"
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
        return f"not a regular file ({kind})"
    return None


def decode_bytes(data: bytes) -> tuple[str | None, list[str], str | None]:
    """Text, what was done to decode it, or an error reason."""
    if not data.strip():
        return None, [], "empty file"
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [], "binary file (NUL bytes)"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), ["UTF-8 byte order mark removed"], None
    try:
        return data.decode("utf-8"), [], None
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, [f"{mostly.count(chr(0xFFFD))} invalid UTF-8 byte sequence(s) replaced with U+FFFD "
                        "(the rest is valid UTF-8)"], None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8",):
        text = str(best)
        if _mostly_text(text):
            return text, [f"decoded as {best.encoding} (not valid UTF-8)"], None
    text = data.decode("utf-8", errors="replace")
    if not _mostly_text(text):
        return None, [], "binary file (not decodable as text)"
    return text, ["invalid UTF-8 bytes replaced with U+FFFD"], None


def _mostly_utf8(data: bytes) -> str | None:
    """The text when ``data`` is UTF-8 with a few stray bytes (a cut or a bad copy), else None.

    A legacy code page guessed for such a file garbles every accented or curly character to save
    one; valid multi-byte sequences outnumbering the bad ones say the file is UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - bad
    return text if multibyte > 0 and bad <= multibyte else None


def _mostly_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
    return printable / len(sample) > 0.95 and sample.count("\ufffd") / len(sample) < 0.05


def _pick(obj: dict, keys: tuple[str, ...]) -> object:
    for k in keys:
        if k in obj and obj[k] not in (None, ""):
            return obj[k]
    return None


def _from_object(obj: object, source: str, names: FieldNames) -> ArticleInput | ReadError:
    if not isinstance(obj, dict):
        return ReadError(source, f"JSON value is a {type(obj).__name__}, not an object")
    text = _pick(obj, names.text)
    if not isinstance(text, str) or not text.strip():
        return ReadError(source, f"no text field (looked for {', '.join(names.text)})")
    title, url, published, doc_id = (_pick(obj, k) for k in (names.title, names.url, names.published, names.id))
    return ArticleInput(
        text=text, source=source, title=str(title) if title is not None else None,
        url=str(url) if url is not None else None,
        published=str(published) if published is not None else None,
        doc_id=str(doc_id) if doc_id is not None else None,
    )


def _read_html(raw: str, source: str) -> ArticleInput | ReadError:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        return ReadError(source, f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ReadError(source, "no article text found in HTML page")
    return ArticleInput(
        text=text, source=source, title=getattr(doc, "title", None), url=getattr(doc, "url", None),
        published=getattr(doc, "date", None), warnings=["main text taken from HTML with trafilatura"],
    )


def read_path(path: Path | str, names: FieldNames = FieldNames()) -> Iterator[ArticleInput | ReadError]:
    """Every article in one file (a JSONL file holds many), or the reasons it could not be read."""
    if path == "-":
        data = sys.stdin.buffer.read()
        source = "<stdin>"
        suffix = ".txt"
    else:
        path = Path(path)
        source = str(path)
        problem = _not_readable(path)
        if problem:
            yield ReadError(source, problem)
            return
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            yield ReadError(source, f"unsupported file type {suffix or '(none)'}")
            return
        try:
            size = os.path.getsize(path)
            if size > MAX_FILE_BYTES:
                yield ReadError(source, f"file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit")
                return
            data = path.read_bytes()
        except OSError as exc:
            yield ReadError(source, f"cannot read file: {exc.strerror or exc}")
            return
    text, warnings, error = decode_bytes(data)
    if error:
        yield ReadError(source, error)
        return
    if suffix in TEXT_SUFFIXES:
        yield ArticleInput(text=text, source=source, warnings=warnings)
    elif suffix in HTML_SUFFIXES:
        item = _read_html(text, source)
        if isinstance(item, ArticleInput):
            item.warnings[:0] = warnings
        yield item
    elif suffix in JSON_SUFFIXES:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(source, f"broken JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
            return
        if obj == []:
            yield ReadError(source, "JSON list is empty (no article)")
            return
        items = obj if isinstance(obj, list) else [obj]
        for i, item in enumerate(items):
            art = _from_object(item, f"{source}#{i}" if isinstance(obj, list) else source, names)
            if isinstance(art, ArticleInput):
                art.warnings[:0] = warnings
            yield art
    else:  # JSONL
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            src = f"{source}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadError(src, f"broken JSON line: {exc.msg}")
                continue
            art = _from_object(obj, src, names)
            if isinstance(art, ArticleInput):
                art.warnings[:0] = warnings
            yield art
