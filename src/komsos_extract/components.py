"""spaCy factories for our extractors.

They are registered with spaCy twice over: by ``@Language.factory`` when this module is imported,
and through the ``spacy_factories`` entry point in ``pyproject.toml`` so that ``spacy.load`` of a
saved pipeline finds them without importing komsos_extract first.
"""

from __future__ import annotations

from spacy.language import Language

from .extractors.base import CandidateExtractor, register_extension
from .rules import COMPONENTS

register_extension()


def _factory(name: str, cls: type[CandidateExtractor]):
    def make(nlp: Language, name: str) -> CandidateExtractor:
        return cls()

    make.__name__ = f"make_{cls.name}"
    make.__doc__ = f"spaCy factory for {cls.__name__}."
    if not Language.has_factory(name):
        Language.factory(name, func=make)
    return make


# One factory per component, registered with spaCy here and named in pyproject's entry points.
_FACTORIES = {name: _factory(name, cls) for name, cls in COMPONENTS.items()}
make_units = _FACTORIES["komsos_units"]
make_dates = _FACTORIES["komsos_dates"]
make_dateline = _FACTORIES["komsos_dateline"]
make_personnel = _FACTORIES["komsos_personnel"]
make_places = _FACTORIES["komsos_places"]
make_activities = _FACTORIES["komsos_activities"]
make_ner = _FACTORIES["komsos_ner"]
