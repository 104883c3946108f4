"""Administrative places with their level word, linked to Kemendagri codes. Not built yet."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import Candidate, CandidateExtractor


class PlaceExtractor(CandidateExtractor):
    name = "places"
    labels = ("PLACE",)

    def find(self, doc: Doc) -> list[Candidate]:
        return []


def build_places(ctx) -> dict:
    """Fields ``places`` and ``location`` from PLACE candidates."""
    return {"places": [], "location": None}
