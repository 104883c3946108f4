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
}


def _factory(cls: type[CandidateExtractor]):
    def make(nlp: Language, name: str) -> CandidateExtractor:
        return cls()

    make.__name__ = f"make_{cls.name}"
    make.__doc__ = f"spaCy factory for {cls.__name__}."
    return make


make_units = _factory(UnitExtractor)
make_dates = _factory(DateExtractor)
make_dateline = _factory(DatelineExtractor)
make_personnel = _factory(PersonnelExtractor)
make_places = _factory(PlaceExtractor)
make_activities = _factory(ActivityExtractor)

for _name, _make in (
    ("komsos_units", make_units), ("komsos_dates", make_dates), ("komsos_dateline", make_dateline),
    ("komsos_personnel", make_personnel), ("komsos_places", make_places),
    ("komsos_activities", make_activities),
):
    if not Language.has_factory(_name):
        Language.factory(_name, func=_make)
