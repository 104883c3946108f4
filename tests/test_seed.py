"""The article the product was specified from (read from ../shared/seed when it is there)."""

from __future__ import annotations

import datetime as dt

from tests.conftest import assert_offsets


def test_seed_units_date_dateline(extractor, seed_text):
    record = extractor.extract(seed_text)
    units = {(u.kind, u.number, u.name): u for u in record.units}
    assert set(units) == {("Koramil", "13", "Buntu Pane"), ("Kodim", "0208", "Asahan")}
    parent = units[("Koramil", "13", "Buntu Pane")].parent
    assert (parent.kind, parent.number, parent.name) == ("Kodim", "0208", "Asahan")
    assert record.event_date.value == dt.date(2022, 1, 11)
    assert record.event_date.weekday_matches is True
    assert record.dateline == "Asahan"
    assert_offsets(seed_text, record)
