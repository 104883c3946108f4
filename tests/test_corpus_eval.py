"""Accuracy bars on the dev corpus, one evaluation for all fields (skipped where ../shared/corpus is
not present). The held-out bars are lower; these guard against regressions."""

from __future__ import annotations

import pytest

from komsos_extract.evaluate import evaluate


@pytest.fixture(scope="module")
def report(extractor, dev_corpus):
    return evaluate(dev_corpus / "gold", dev_corpus / "articles", extractor.extract)


@pytest.mark.parametrize(("field", "bar"), [
    ("units", 0.95), ("personnel", 0.93), ("people", 0.85), ("places", 0.92), ("activities", 0.80),
])
def test_field_f1(report, field, bar):
    assert report.fields[field].f1 >= bar, report.table()


@pytest.mark.parametrize(("field", "bar"), [("event_date", 0.95), ("activity", 0.85)])
def test_accuracy(report, field, bar):
    assert report.accuracy(field) >= bar, report.table()
