"""Public, real Indonesian news NER data for training: where it is published, its checksums, and
its conversion to labelled text (PER, LOC, ORG).

Only datasets whose licence lets us ship weights trained on them are listed (see
``models/README.md``). The data is downloaded on request (``komsos-extract train --public NAME``),
checked against the SHA-256 recorded here, kept in a cache folder outside the repository, and never
committed; ``--data DIR`` reads the same files from a folder instead (no network).
"""

from __future__ import annotations

import hashlib
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .synth import LabelledText


@dataclass(frozen=True)
class Dataset:
    name: str
    licence: str
    base_url: str  # pinned to a commit: the checksums below are of that commit's files
    files: dict[str, tuple[str, str]]  # split -> (file name, sha256)
    tags: dict[str, str]  # the dataset's entity type -> ours


DATASETS = {
    "idner-news-2k": Dataset(
        name="idner-news-2k",
        licence="MIT (Copyright (c) 2020 khairunnisaor)",
        base_url="https://raw.githubusercontent.com/khairunnisaor/idner-news-2k/"
                 "625ff40f85b03c615c036ef11bc23cb70c79987a/",
        files={
            "train": ("train.txt", "106da0fda132ff93832565b39b0e5b67dfc1cf0119d564dfdba8e943e40d437f"),
            "dev": ("dev.txt", "e21ef2c5ff90b1ef3f45d04cdf6756b107e4b530539312074bb7cff25f3b214b"),
            "test": ("test.txt", "7bd70172e7cd09d27f2f934862fdfb698facdc32b02061d7eae74c3ac3e24afb"),
        },
        tags={"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    ),
}


class ChecksumError(ValueError):
    pass


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "komsos-extract" / "datasets"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dataset_files(name: str, data_dir: Path | str | None = None, *, download: bool = True) -> dict[str, Path]:
    """Split -> checked local file. Files come from ``data_dir`` (a folder holding the dataset's
    files, or a ``NAME`` subfolder of it), else from the cache, downloaded first when missing."""
    ds = DATASETS[name]
    if data_dir is not None:
        folder = Path(data_dir)
        if (folder / name).is_dir():
            folder = folder / name
        download = False
    else:
        folder = cache_dir() / name
    out = {}
    for split, (file_name, digest) in ds.files.items():
        path = folder / file_name
        if not path.is_file():
            if not download:
                raise FileNotFoundError(f"{name}: {path} is missing (download it from {ds.base_url}{file_name})")
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            with urllib.request.urlopen(ds.base_url + file_name, timeout=60) as resp:  # noqa: S310 (fixed https URL)
                tmp.write_bytes(resp.read())
            tmp.replace(path)
        if _sha256(path) != digest:
            raise ChecksumError(f"{name}: {path} does not match the published file (sha256 {digest})")
        out[split] = path
    return out


def read_conll(path: Path | str) -> list[list[tuple[str, str]]]:
    """Sentences of (token, IOB tag): one token a line, tag in the last column, blank line between."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
    if current:
        sentences.append(current)
    return sentences


# No space before closing punctuation, none after opening brackets: the sentence reads as written,
# so our tokenizer splits it the way it splits articles.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]%'\"")
_NO_SPACE_AFTER = frozenset("([")


def to_labelled(sentence: list[tuple[str, str]], tags: dict[str, str]) -> LabelledText:
    """Detokenised text with char spans for the entity types in ``tags``."""
    t = LabelledText()
    open_span: list | None = None  # [start, end, label]
    prev = ""
    for token, tag in sentence:
        if t.text and token not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            t.text += " "
        start = len(t.text)
        t.text += token
        prev = token
        kind, _, etype = tag.partition("-")
        label = tags.get(etype)
        if kind == "I" and open_span is not None and open_span[2] == label:
            open_span[1] = len(t.text)
            continue
        if open_span is not None:
            t.spans.append(tuple(open_span))
            open_span = None
        if kind in ("B", "I") and label:
            open_span = [start, len(t.text), label]
    if open_span is not None:
        t.spans.append(tuple(open_span))
    return t


def load_public(name: str, data_dir: Path | str | None = None, *, download: bool = True) -> dict[str, list[LabelledText]]:
    """Split -> labelled sentences of a listed dataset."""
    ds = DATASETS[name]
    return {split: [to_labelled(s, ds.tags) for s in read_conll(path)]
            for split, path in dataset_files(name, data_dir, download=download).items()}
