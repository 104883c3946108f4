"""The one interface every extractor follows.

An extractor reads the shared spaCy ``Doc`` and returns :class:`Candidate` objects: a character
span, a label, the id of the rule that fired, and label-specific attributes. Extractors never build
the record themselves; :mod:`komsos_extract.resolve` turns all candidates into one record.

The rule extractors read nothing of the ``Doc`` but its text (:func:`doc_text`), so without a
statistical model they run on a :class:`TextDoc` instead, and spaCy is neither imported nor run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

CANDIDATES_ATTR = "komsos_candidates"
_TEXT_KEY = "komsos_text"


class TextDoc:
    """What the rule extractors read of a spaCy ``Doc`` (its text, ``user_data``, no entities, the
    ``doc._`` candidate store), for running them without tokenizing: tokens are only read by a
    statistical model."""

    __slots__ = ("text", "user_data", "_", "ents")

    def __init__(self, text: str) -> None:
        self.text = text
        self.user_data = {_TEXT_KEY: text}
        self._ = SimpleNamespace(**{CANDIDATES_ATTR: None})
        self.ents = ()


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
        """Run as a pipeline component (spaCy's, or :class:`~komsos_extract.rules.RulePipeline`'s on a
        :class:`TextDoc`): append candidates to ``doc._.komsos_candidates``."""
        try:
            store = getattr(doc._, CANDIDATES_ATTR)
        except AttributeError:  # a spaCy Doc, with our components not imported yet
            register_extension()
            store = None
        if store is None:
            store = []
            setattr(doc._, CANDIDATES_ATTR, store)
        store.extend(self.find(doc))
        return doc


def register_extension() -> None:
    """Give spaCy Docs the ``doc._.komsos_candidates`` store (done where spaCy is used, so that
    importing this module does not import spaCy)."""
    from spacy.tokens import Doc

    if not Doc.has_extension(CANDIDATES_ATTR):
        Doc.set_extension(CANDIDATES_ATTR, default=None)


def candidates(doc: Doc, label: str | None = None) -> list[Candidate]:
    """The candidates stored on ``doc`` (optionally of one label), in text order."""
    found = getattr(doc._, CANDIDATES_ATTR, None) or []
    if label is not None:
        found = [c for c in found if c.label == label]
    return sorted(found, key=lambda c: (c.start, -c.end))
