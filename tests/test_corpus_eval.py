"""Accuracy bars on the dev corpus (skipped where ../shared/corpus is not present)."""

from __future__ import annotations

import pytest

from komsos_extract.evaluate import evaluate


@pytest.fixture(scope="module")
def report(extractor, dev_corpus):
    return evaluate(dev_corpus / "gold", dev_corpus / "articles", extractor.extract)


def test_units_f1(report):
    assert report.fields["units"].f1 >= 0.95, report.table()


def test_event_date_accuracy(report):
    assert report.accuracy("event_date") >= 0.95, report.table()
