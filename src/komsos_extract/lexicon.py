"""Lexicons shipped as package data, validated on load and cached per process.

Users extend them without forking: :func:`add_data` lays YAML files of their own over the packaged
ones (same file names, same shape)."""

from __future__ import annotations

import os
import re
import sys
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from .records import Service

# Folders of extra YAML files, os.pathsep-separated; an environment variable so that worker
# processes (batch --workers, Dask on this machine) see the same lexicons as their parent.
EXTRA_DATA_ENV = "KOMSOS_EXTRACT_DATA"


def _merge(base: object, extra: object) -> object:
    """Maps merge key by key, lists get the extra items they lack appended, anything else is replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


# libyaml's loader when PyYAML was built with it: the same documents, read about ten times faster
# (the lexicons are most of the first extract()'s time otherwise).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(name: str) -> dict:
    with resources.files("komsos_extract.data").joinpath(name).open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_LOADER)  # noqa: S506 (a safe loader)
    for folder in filter(None, os.environ.get(EXTRA_DATA_ENV, "").split(os.pathsep)):
        extra = Path(folder) / name
        if extra.is_file():
            data = _merge(data, yaml.load(extra.read_text(encoding="utf-8"), Loader=_LOADER) or {})
    return data


def add_data(folder: str | os.PathLike) -> None:
    """Use the YAML files in ``folder`` on top of the packaged lexicons in ``komsos_extract/data``:
    a file named like a packaged one (``units.yaml``, ``activities.yaml``, ...) adds its list items
    and map keys to it. Build your :class:`~komsos_extract.Extractor` (or run the batch) afterwards:
    extractors built before keep the lexicons they were built with."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    folders = [f for f in os.environ.get(EXTRA_DATA_ENV, "").split(os.pathsep) if f]
    if str(folder.resolve()) not in folders:
        os.environ[EXTRA_DATA_ENV] = os.pathsep.join([*folders, str(folder.resolve())])
    clear_caches()


def clear_caches() -> None:
    """Forget every cached lexicon, compiled pattern and shared pipeline of this package."""
    for name, module in list(sys.modules.items()):
        if name == "komsos_extract" or name.startswith("komsos_extract."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                    value.cache_clear()


def _fold_name(name: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())


class UnitKind(BaseModel):
    kind: str
    service: Service
    number: Literal["digits", "roman", "none"]
    aliases: list[str]
    long: list[str] = Field(default_factory=list)
    numbered_only: list[str] = Field(default_factory=list)
    named_by_parent: bool = False  # "Satbrimob Polda Jatim": the name is the command above


class SatgasWords(BaseModel):
    """Words around task-force names: where a name stops, and civil task forces that are no unit."""

    name_stop: list[str]
    civil: list[str]
    post_not_names: list[str]


class UnitLexicon(BaseModel):
    kinds: list[UnitKind]
    decoy_prefixes: list[str]
    list_kinds: list[str]
    satgas: SatgasWords
    name_stop: list[str] = Field(default_factory=list)
    not_kind_words: list[str] = Field(default_factory=list)
    same_names: list[list[str]] = Field(default_factory=list)
    kodam_names: list[str] = Field(default_factory=list)

    def same_name(self, a: str, b: str) -> bool:
        """Two names of one unit by the lexicon ("Jaya" and "Jayakarta"), case-folded."""
        a, b = _fold_name(a), _fold_name(b)
        return any(a in group and b in group for group in self._same_sets())

    def _same_sets(self) -> list[set[str]]:
        return [{_fold_name(n) for n in group} for group in self.same_names]

    def by_kind(self, kind: str) -> UnitKind:
        """The first entry of a kind (looked up for every unit read)."""
        return self._kinds_by_name[kind]

    @cached_property
    def _kinds_by_name(self) -> dict[str, UnitKind]:
        entries: dict[str, UnitKind] = {}
        for k in self.kinds:
            entries.setdefault(k.kind, k)
        return entries

    def kind_words(self) -> frozenset[str]:
        """First words of every unit alias, case-folded: a name scan stops at them."""
        words = {a.split()[0].casefold() for k in self.kinds for a in (*k.aliases, *k.numbered_only)}
        return frozenset(words - {w.casefold() for w in self.not_kind_words})


class RankEntry(BaseModel):
    rank: str
    full: str
    services: list[Service]
    variants: list[str] = Field(default_factory=list)

    def forms(self) -> list[str]:
        return [self.rank, self.full, *self.variants]


class RankLexicon(BaseModel):
    ranks: list[RankEntry]
    decoy_before: list[str] = Field(default_factory=list)
    not_misspellings: list[str] = Field(default_factory=list)

    def words(self) -> set[str]:
        """Every single word that can start a rank, case-folded (used to stop name scanning)."""
        return {form.split()[0].rstrip(".").casefold() for e in self.ranks for form in e.forms()}

    def entry(self, rank: str, service: str | None) -> RankEntry | None:
        """The entry of a canonical rank in a service (``Brigjen`` differs between TNI and Polri)."""
        matches = [e for e in self.ranks if e.rank == rank]
        for e in matches:
            if service in e.services:
                return e
        return matches[0] if matches else None


class CorpsEntry(BaseModel):
    corps: str
    services: list[Service]
    variants: list[str] = Field(default_factory=list)
    also_name: bool = False  # a personal name as well ("Serma Mus bersama warga": Mus is his name)


class CorpsLexicon(BaseModel):
    corps: list[CorpsEntry]


class RoleEntry(BaseModel):
    role: str
    forms: list[str]
    long: list[str] = Field(default_factory=list)
    unit_kinds: list[str] = Field(default_factory=list)
    service: Service | None = None


class RoleLexicon(BaseModel):
    roles: list[RoleEntry]
    prefixes: list[str] = Field(default_factory=list)
    heads: list[str] = Field(default_factory=list)
    functions: list[str] = Field(default_factory=list)
    unit_stop: list[str] = Field(default_factory=list)

    def words(self) -> set[str]:
        """First words of every role form, case-folded (the unit extractor stops unit names there)."""
        forms = [f for r in self.roles for f in (*r.forms, *r.long)] + self.heads + self.unit_stop
        return {f.split()[0].casefold() for f in forms}


class CivilRoles(BaseModel):
    place: list[str]
    head: list[str]
    plain: list[str]
    nouns: list[str]


class PeopleLexicon(BaseModel):
    """Words around personal names: honorifics, titles, degrees, civilian roles, decoy contexts."""

    honorifics: list[str]
    honorific_abbreviations: list[str]
    weak_honorifics: list[str]
    name_prefixes: list[str]
    name_abbreviations: list[str]
    name_particles: list[str]
    name_openers: list[str] = []
    birth_order_names: list[str] = []
    noble_titles: list[str] = []
    degrees: list[str]
    degree_words: list[str]
    civil_roles: CivilRoles
    not_names: list[str]
    org_prefixes: list[str]
    org_words: list[str] = []
    office_fields: list[str] = []
    place_words: list[str]
    credit_labels: list[str]
    name_stop: list[str]
    name_words_also_stop_words: list[str] = []


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
def corps() -> CorpsLexicon:
    return CorpsLexicon.model_validate(_load_yaml("corps.yaml"))


@lru_cache(maxsize=1)
def corps_also_names() -> frozenset[str]:
    """Case-folded corps words that are personal names too (``also_name`` in data/corps.yaml)."""
    return frozenset(k.casefold() for e in corps().corps if e.also_name for k in [e.corps, *e.variants])


@lru_cache(maxsize=None)
def people() -> PeopleLexicon:
    return PeopleLexicon.model_validate(_load_yaml("people.yaml"))


@lru_cache(maxsize=None)
def family_names() -> frozenset[str]:
    """Family and clan names that end a personal name (Batak marga, Minahasa and Maluku fam, ...),
    case-folded."""
    return frozenset(n.casefold() for n in _load_yaml("family_names.yaml")["names"])


@lru_cache(maxsize=None)
def muslim_clans() -> frozenset[str]:
    """Clans whose bearers are mostly Muslim (Mandailing and Angkola), case-folded: "H." before one of
    them alone is the Haji title, before another clan name alone an initial ("Aiptu H. Silalahi")."""
    return frozenset(n.casefold() for n in _load_yaml("family_names.yaml").get("mostly_muslim", []))


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Common Indonesian given names, case-folded: the hand-written ``names`` and the ``derived`` ones
    (counted in real names by ``scripts/build_given_names.py``)."""
    data = _load_yaml("given_names.yaml")
    words = {n.casefold() for n in [*data["names"], *(data.get("derived") or "").split()]}  # derived: one string
    variants = {other_final_spelling(w) for w in words} - {None}
    return frozenset(words | variants)


def other_final_spelling(word: str) -> str | None:
    """The name's other spelling with a final "i" or "y" ("hari" / "hary", "dedi" / "dedy", "rizki" /
    "rizky"; case-folded): both count as the given name, so a word is read under both (None after a vowel
    or in a short word: "rai")."""
    if len(word) >= 4 and word[-1] in "iy" and word[-2] not in "aiueoy":
        return word[:-1] + ("y" if word.endswith("i") else "i")
    return None


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Indonesian root words (the KBBI-based list that PySastrawi ships for its stemmer, MIT licence),
    case-folded: a capitalised word that no dictionary, gazetteer or name list knows is most likely a
    personal name. A required dependency: without it every word would look unknown, so its absence is an
    error, not a quiet change of the rules."""
    try:
        data = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - a required dependency
        raise RuntimeError("komsos-extract needs the PySastrawi package (its root-word list): "
                           "pip install 'PySastrawi>=1.2,<2'") from exc
    return frozenset(w.casefold() for w in data.split())


@lru_cache(maxsize=None)
def ner_gate() -> dict[str, frozenset[str]]:
    """Word lists of the NER gate (``ner_gate.yaml``): each list case-folded as a set."""
    return {key: frozenset(w.casefold() for w in words) for key, words in _load_yaml("ner_gate.yaml").items()}


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
    number_words: dict[str, int] = {}
    speech_words: list[str] = []
    speech_gap_words: list[str] = []
    background_before: list[str] = []


@lru_cache(maxsize=None)
def dates() -> DateLexicon:
    return DateLexicon.model_validate(_load_yaml("dates.yaml"))
