"""The one interface every extractor follows.

An extractor reads the shared spaCy ``Doc`` and returns :class:`Candidate` objects: a character
span, a label, the id of the rule that fired, and label-specific attributes. Extractors never build
the record themselves; :mod:`komsos_extract.resolve` turns all candidates into one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from spacy.tokens import Doc

CANDIDATES_ATTR = "komsos_candidates"
_TEXT_KEY = "komsos_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def set_doc_text(doc: Doc, text: str) -> None:
    """Record ``text`` as the text of ``doc`` (the string it was tokenized from, which spaCy's
    tokenizer keeps character for character), so :func:`doc_text` never rebuilds it."""
    doc.user_data[_TEXT_KEY] = text


@dataclass(frozen=True)
class Candidate:
    label: str
    start: int
    end: int
    text: str
    rule: str
    score: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


class CandidateExtractor:
    """Base class of every extractor: subclasses set ``name`` and ``labels`` and implement :meth:`find`."""

    name: ClassVar[str] = ""
    labels: ClassVar[tuple[str, ...]] = ()

    def find(self, doc: Doc) -> list[Candidate]:  # pragma: no cover - interface
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        """Run as a spaCy pipeline component: append candidates to ``doc._.komsos_candidates``."""
        store = getattr(doc._, CANDIDATES_ATTR)
        if store is None:
            store = []
            setattr(doc._, CANDIDATES_ATTR, store)
        store.extend(self.find(doc))
        return doc


if not Doc.has_extension(CANDIDATES_ATTR):
    Doc.set_extension(CANDIDATES_ATTR, default=None)


def candidates(doc: Doc, label: str | None = None) -> list[Candidate]:
    """The candidates stored on ``doc`` (optionally of one label), in text order."""
    found = getattr(doc._, CANDIDATES_ATTR) or []
    if label is not None:
        found = [c for c in found if c.label == label]
    return sorted(found, key=lambda c: (c.start, -c.end))
