"""The rule extractors in pipeline order, and running them on a text without spaCy.

The rules read only the text of a ``Doc``: unless a pipeline of the user's runs (the NER model
tokenizes only the lines it reads, Stanza reads the text itself), :class:`RulePipeline` hands them a
:class:`TextDoc`, which skips tokenization and, without a model, leaves spaCy unimported (most of a
cold start). The candidates, and so the records, are the same as from the spaCy pipeline built by
:func:`komsos_extract.pipeline.create_nlp`.
"""

from __future__ import annotations

from functools import lru_cache

from .extractors.activities import ActivityExtractor
from .extractors.base import CandidateExtractor, TextDoc
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
# The components that need a statistical model (and so a spaCy Doc of tokens).
MODEL_COMPONENTS = frozenset({"komsos_ner"})


class RulePipeline:
    """The rule components, called in pipeline order on a :class:`TextDoc`."""

    def __init__(self) -> None:
        self.components = []
        for name, cls in COMPONENTS.items():
            if name not in MODEL_COMPONENTS:
                component = cls()
                component.name = name  # as spaCy names a component it adds
                self.components.append(component)

    def __call__(self, text: str) -> TextDoc:
        doc = TextDoc(text)
        for component in self.components:
            doc = component(doc)
        return doc


@lru_cache(maxsize=1)
def shared_rules() -> RulePipeline:
    """The process-wide rule pipeline (its lexicons load on first use)."""
    return RulePipeline()
