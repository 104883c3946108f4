"""Shared fixtures: one pipeline for the whole session; paths to the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from komsos_extract import Extractor

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
    data = record.model_dump()

    def walk(node):
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                assert text[node["start"]:node["end"]] == node["text"], node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
