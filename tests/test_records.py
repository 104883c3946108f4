"""The record contract: every key present from the start, JSON round trip, schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from komsos_extract import SCHEMA_VERSION, ArticleRecord, extract
from komsos_extract.records import json_schema

CONTRACT_KEYS = {
    "schema_version", "doc_id", "source", "published", "title", "dateline", "event_date", "units",
    "personnel", "people", "places", "activity", "activities", "warnings",
}


def test_every_contract_key_is_present(extractor):
    dumped = extractor.extract("Babinsa Koramil 13/Buntu Pane hadir, Selasa (11/01/2022).").model_dump(mode="json")
    assert CONTRACT_KEYS <= dumped.keys()
    assert dumped["schema_version"] == SCHEMA_VERSION
    assert {"value", "text", "start", "end", "weekday", "weekday_matches", "precision"} <= dumped["event_date"].keys()
    assert {"kind", "number", "name", "text", "start", "end", "service", "parent"} <= dumped["units"][0].keys()


def test_json_round_trip(extractor):
    record = extractor.extract("Babinsa Koramil 13/Buntu Pane hadir, Selasa (11/01/2022).", source="x.txt")
    again = ArticleRecord.model_validate_json(record.model_dump_json())
    assert again == record


def test_doc_id_is_stable_and_given_id_wins(extractor):
    text = "Babinsa Koramil 13/Buntu Pane hadir."
    assert extractor.extract(text).doc_id == extractor.extract(text).doc_id
    assert extractor.extract(text).doc_id != extractor.extract(text + " ").doc_id
    assert extractor.extract(text, doc_id="abc").doc_id == "abc"


def test_schema_lists_every_key():
    schema = json_schema()
    assert CONTRACT_KEYS <= schema["properties"].keys()
    json.dumps(schema)


def test_place_parents_are_shared_and_frozen():
    """Two villages of one kecamatan share its PlaceRef; changing it through one place is refused."""
    record = extract("Babinsa hadir di Desa Sei Silau Tua dan Desa Sei Silau Barat Kecamatan Setia Janji "
                     "Kabupaten Asahan, Selasa (11/01/2022).")
    villages = [p for p in record.places if p.level == "desa" and p.parents]
    assert villages
    with pytest.raises(ValidationError):
        villages[0].parents[0].code = "00"
    assert all(p.code != "00" for v in villages for p in v.parents)
