"""Shared fixtures: one pipeline for the whole session; paths to the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from komsos_extract import Extractor
from komsos_extract.records import iter_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "asahan.txt"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seed/asahan.txt is not here")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV / "gold").is_dir() or not (DEV / "articles").is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    return DEV


def assert_offsets(text: str, record) -> None:
    """Every span in a record points at its own text."""
    for field, span in iter_spans(record):
        assert text[span["start"]:span["end"]] == span["text"], (field, span)
