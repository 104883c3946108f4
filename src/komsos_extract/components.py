"""spaCy factories for our extractors.

They are registered with spaCy twice over: by ``@Language.factory`` when this module is imported,
and through the ``spacy_factories`` entry point in ``pyproject.toml`` so that ``spacy.load`` of a
saved pipeline finds them without importing komsos_extract first.
"""

from __future__ import annotations

from spacy.language import Language

from .extractors.activities import ActivityExtractor
from .extractors.base import CandidateExtractor
from .extractors.dateline import DatelineExtractor
from .extractors.dates import DateExtractor
from .extractors.ner import NerExtractor
from .extractors.personnel import PersonnelExtractor
from .extractors.places import PlaceExtractor
from .extractors.units import UnitExtractor

# Pipeline component name -> extractor class: the one registry of our components, in pipeline order.
COMPONENTS: dict[str, type[CandidateExtractor]] = {
    "komsos_units": UnitExtractor,
    "komsos_dates": DateExtractor,
    "komsos_dateline": DatelineExtractor,
    "komsos_personnel": PersonnelExtractor,
    "komsos_places": PlaceExtractor,
    "komsos_activities": ActivityExtractor,
    "komsos_ner": NerExtractor,
}


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
