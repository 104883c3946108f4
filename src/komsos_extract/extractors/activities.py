"""Activity classification into the label set, with evidence spans. Not built yet."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import Candidate, CandidateExtractor


class ActivityExtractor(CandidateExtractor):
    name = "activities"
    labels = ("ACTIVITY",)

    def find(self, doc: Doc) -> list[Candidate]:
        return []


def build_activities(ctx) -> dict:
    """Fields ``activity`` and ``activities`` from ACTIVITY candidates."""
    return {"activity": None, "activities": []}
