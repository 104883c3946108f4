"""Ranked personnel and named civilians (issue: personnel and people). Not built yet."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import Candidate, CandidateExtractor


class PersonnelExtractor(CandidateExtractor):
    name = "personnel"
    labels = ("PERSON", "CIVILIAN")

    def find(self, doc: Doc) -> list[Candidate]:
        return []


def build_personnel(ctx) -> dict:
    """Fields ``personnel`` and ``people`` from PERSON / CIVILIAN candidates."""
    return {"personnel": [], "people": []}
