"""Lexicons shipped as package data, validated on load and cached per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from .records import Service


def _load_yaml(name: str) -> dict:
    with resources.files("komsos_extract.data").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class UnitKind(BaseModel):
    kind: str
    service: Service
    number: Literal["digits", "roman", "none"]
    aliases: list[str]
    long: list[str] = Field(default_factory=list)
    numbered_only: list[str] = Field(default_factory=list)


class UnitLexicon(BaseModel):
    kinds: list[UnitKind]
    decoy_prefixes: list[str]
    list_kinds: list[str]

    def by_kind(self, kind: str) -> UnitKind:
        return next(k for k in self.kinds if k.kind == kind)


class RankEntry(BaseModel):
    rank: str
    full: str
    variants: list[str] = Field(default_factory=list)


class RankLexicon(BaseModel):
    services: dict[Service, list[RankEntry]]

    def words(self) -> set[str]:
        """Every single word that can start a rank, case-folded (used to stop name scanning)."""
        out: set[str] = set()
        for entries in self.services.values():
            for e in entries:
                for form in (e.rank, e.full, *e.variants):
                    out.add(form.split()[0].casefold())
        return out


class RoleLexicon(BaseModel):
    roles: list[str]

    def words(self) -> set[str]:
        return {r.split()[0].casefold() for r in self.roles}


@lru_cache(maxsize=None)
def units() -> UnitLexicon:
    return UnitLexicon.model_validate(_load_yaml("units.yaml"))


@lru_cache(maxsize=None)
def ranks() -> RankLexicon:
    return RankLexicon.model_validate(_load_yaml("ranks.yaml"))


@lru_cache(maxsize=None)
def roles() -> RoleLexicon:
    return RoleLexicon.model_validate(_load_yaml("roles.yaml"))


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Function words that end a name (case-folded)."""
    return frozenset(_load_yaml("stopwords.yaml")["stopwords"])


@lru_cache(maxsize=None)
def level_words() -> frozenset[str]:
    """Administrative level words and their abbreviations (case-folded, no dot)."""
    return frozenset(_load_yaml("stopwords.yaml")["level_words"])


class DateLexicon(BaseModel):
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: dict[str, int]
    not_date_before: list[str]


@lru_cache(maxsize=None)
def dates() -> DateLexicon:
    return DateLexicon.model_validate(_load_yaml("dates.yaml"))
