"""Build the spaCy pipeline once per process and turn a text into an :class:`ArticleRecord`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers our factories when used without the entry point)
from .extractors.activities import build_activities
from .extractors.personnel import build_personnel
from .extractors.places import build_places
from .records import ArticleRecord
from .resolve import Context, build_core
from .textclean import DEFAULT_MAX_CHARS, clean, coerce_text
from .tokenizer import TOKENIZER_NAME


# Field builders, in the order they run: each reads the Context and returns the fields it owns.
BUILDERS = (build_core, build_personnel, build_places, build_activities)


def create_nlp() -> Language:
    """A fresh pipeline: blank Indonesian with our lean tokenizer, then our components."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    for name in components.COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """The process-wide pipeline (loading the Indonesian tokenizer takes seconds: do it once)."""
    return create_nlp()


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def _coerce_published(value: object) -> tuple[dt.date | None, list[str]]:
    if value is None or value == "":
        return None, []
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    try:
        return dt.date.fromisoformat(str(value)[:10]), []
    except ValueError:
        return None, [f"published date {value!r} is not an ISO date; ignored"]


class Extractor:
    """Reusable extractor: holds the pipeline, turns texts into records.

    >>> Extractor().extract("Babinsa Koramil 13/Buntu Pane ...").units[0].kind
    'Koramil'
    """

    def __init__(self, *, max_chars: int = DEFAULT_MAX_CHARS, nlp: Language | None = None) -> None:
        self.max_chars = max_chars
        self.nlp = nlp if nlp is not None else shared_nlp()

    def extract(
        self,
        text: object,
        *,
        published: dt.date | str | None = None,
        source: str | None = None,
        doc_id: str | None = None,
    ) -> ArticleRecord:
        raw, warnings = coerce_text(text)
        cleaned = clean(raw, self.max_chars)
        doc = self.nlp(cleaned.text)
        return self._record(doc, cleaned.original, cleaned.warnings, warnings, published, source, doc_id)

    def extract_many(
        self, items: Iterable[tuple[object, dict]], batch_size: int = 32
    ) -> Iterator[ArticleRecord]:
        """Records for ``(text, {published, source, doc_id})`` pairs, through ``nlp.pipe``."""
        prepared = []
        for text, meta in items:
            raw, warnings = coerce_text(text)
            prepared.append((clean(raw, self.max_chars), warnings, meta))
        docs = self.nlp.pipe((p[0].text for p in prepared), batch_size=batch_size)
        for doc, (cleaned, warnings, meta) in zip(docs, prepared):
            yield self._record(doc, cleaned.original, cleaned.warnings, warnings, meta.get("published"),
                               meta.get("source"), meta.get("doc_id"))

    def _record(self, doc: Doc, text: str, clean_warnings, coerce_warnings, published, source, doc_id) -> ArticleRecord:
        published_date, published_warnings = _coerce_published(published)
        ctx = Context(doc=doc, text=text, published=published_date,
                      warnings=[*coerce_warnings, *clean_warnings, *published_warnings])
        for build in BUILDERS:
            ctx.fields.update(build(ctx))
        return ArticleRecord(
            doc_id=doc_id or _doc_id(text), source=source, published=published_date,
            **ctx.fields, warnings=ctx.warnings,
        )


def extract(text: object, *, published: dt.date | str | None = None, source: str | None = None,
            doc_id: str | None = None) -> ArticleRecord:
    """Extract one record from one article, with the process-wide pipeline."""
    return Extractor().extract(text, published=published, source=source, doc_id=doc_id)
