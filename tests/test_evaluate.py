"""The scorer itself, on records and gold we make up here."""

from __future__ import annotations

import pytest

from komsos_extract.evaluate import Report, norm, score_one


def test_norm_casefolds_and_collapses_punctuation():
    assert norm("  J.B. Soedirman ") == "j b soedirman"
    assert norm("Jaya/Jayakarta") == "jaya jayakarta"
    assert norm(None) == ""


def test_set_fields_and_accuracy():
    report = Report()
    gold = {
        "event_date": "2022-01-11", "activity": "komsos", "activities": ["komsos"],
        "units": [{"kind": "Koramil", "number": "13", "name": "Buntu Pane"},
                  {"kind": "Polsek", "number": None, "name": "Cikupa"}],
        "personnel": [{"rank": "Serda", "name": "Sarnubi"}], "people": [], "places": [],
    }
    predicted = {
        "event_date": "2022-01-11", "activity": "karya_bakti", "activities": ["komsos", "tmmd"],
        "units": [{"kind": "koramil", "number": "13", "name": "Other Name"},
                  {"kind": "Polsek", "number": None, "name": "CIKUPA"},
                  {"kind": "Kodim", "number": "0208", "name": "Asahan"}],
        "personnel": [], "people": [], "places": [],
    }
    score_one(report, "a", predicted, gold)
    units = report.fields["units"]
    assert (units.tp, units.fp, units.fn) == (2, 1, 0)
    assert units.precision == pytest.approx(2 / 3)
    assert report.fields["personnel"].recall == 0.0
    assert report.accuracy("event_date") == 1.0
    assert report.accuracy("activity") == 0.0
    assert any("spurious" in m and "kodim" in m for m in report.misses)
