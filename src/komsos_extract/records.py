"""The output contract: one pydantic model per record part.

Every value found in the text carries ``start``/``end`` character offsets into the text that was
passed to :func:`komsos_extract.extract`, so ``text[start:end] == value.text`` always holds.
Fields that no extractor fills yet are empty lists or ``None``, never missing.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Service = Literal["TNI AD", "TNI AL", "TNI AU", "Polri"]
Precision = Literal["day", "day_year_from_published", "day_year_from_text", "month", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextSpan(_Model):
    """A piece of the input text."""

    text: str
    start: int
    end: int


class UnitRef(_Model):
    """Enough of a unit to identify it (used for parents and for a person's unit)."""

    kind: str
    number: str | None = None
    name: str | None = None


class Unit(_Model):
    kind: str = Field(description="Canonical short kind: Kodam, Korem, Kodim, Koramil, Polsek, ...")
    number: str | None = Field(None, description="Digits or Roman numeral as written, spaces removed")
    name: str | None = Field(None, description="The name part, e.g. 'Buntu Pane'")
    text: str
    start: int
    end: int
    service: Service | None = None
    parent: UnitRef | None = None
    rule: str = Field("", description="Id of the rule that found the unit")

    def ref(self) -> UnitRef:
        return UnitRef(kind=self.kind, number=self.number, name=self.name)


class EventDate(_Model):
    value: dt.date | None = Field(None, description="ISO date, or null when the text has no full date")
    text: str
    start: int
    end: int
    weekday: str | None = Field(None, description="The weekday as written")
    weekday_matches: bool | None = None
    precision: Precision = "unknown"


class Person(_Model):
    """Someone written with a military or police rank."""

    rank: str
    rank_full: str | None = None
    service: Service | None = None
    corps: str | None = None
    name: str
    role: str | None = None
    unit: UnitRef | None = None
    mentions: list[TextSpan] = Field(default_factory=list)


class Civilian(_Model):
    """A named person without a rank (village head, Kadus, tokoh masyarakat, ...)."""

    name: str
    honorific: str | None = None
    role: str | None = None
    mentions: list[TextSpan] = Field(default_factory=list)


class PlaceRef(_Model):
    """A place above another (its regency, province, ...). Frozen: the places of one record share
    these (one per level, name and code), so none can be changed through another."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    level: str
    name: str
    code: str | None = None


class Place(_Model):
    level: str
    name: str
    code: str | None = Field(None, description="Kemendagri code, or null when not linked")
    text: str
    start: int
    end: int
    parents: list[PlaceRef] = Field(default_factory=list)


class Location(_Model):
    """The most specific linked place with its whole chain, flat for dashboards."""

    provinsi: str | None = None
    provinsi_code: str | None = None
    kabupaten: str | None = None
    kabupaten_code: str | None = None
    kecamatan: str | None = None
    kecamatan_code: str | None = None
    desa: str | None = None
    desa_code: str | None = None


class Activity(_Model):
    type: str
    score: float
    evidence: list[TextSpan] = Field(default_factory=list)


class ArticleRecord(_Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    dateline: str | None = None
    event_date: EventDate | None = None
    units: list[Unit] = Field(default_factory=list)
    personnel: list[Person] = Field(default_factory=list)
    people: list[Civilian] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    location: Location | None = None
    activity: str | None = None
    activities: list[Activity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def iter_spans(record: ArticleRecord):
    """``(field path, span)`` for every span in a record ("units", "personnel.mentions", ...; list
    positions left out), each span a dict with ``text``, ``start`` and ``end``: what the offset
    contract ``text[start:end] == span["text"]`` is checked on."""

    def walk(node, path: str):
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                yield path, node
            for key, value in node.items():
                yield from walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, path)

    yield from walk(record.model_dump(), "")


def json_schema() -> dict:
    """The JSON Schema of :class:`ArticleRecord` (what ``komsos-extract schema`` prints)."""
    return ArticleRecord.model_json_schema()
