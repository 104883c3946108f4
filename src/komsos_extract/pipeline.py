"""Build the spaCy pipeline once per process and turn a text into an :class:`ArticleRecord`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers our factories when used without the entry point)
from .extractors.activities import build_activities
from .extractors.base import CANDIDATES_ATTR
from .extractors.ner import model_dir
from .extractors.personnel import build_personnel
from .extractors.places import build_places
from .records import ArticleRecord
from .resolve import Context, build_core
from .textclean import DEFAULT_MAX_CHARS, clean, coerce_text
from .tokenizer import TOKENIZER_NAME


# Field builders, in the order they run: each reads the Context and returns the fields it owns.
BUILDERS = (build_core, build_personnel, build_places, build_activities)


# Whether the statistical NER model runs by default (see the NER issue note: it stays off until it
# measurably helps on held-out text).
DEFAULT_NER = False


def create_nlp(ner: bool = False, ner_model: str | Path | None = None) -> Language:
    """A fresh pipeline: blank Indonesian with our lean tokenizer, the NER model when ``ner`` is
    true (the packaged one, or the spaCy pipeline folder ``ner_model``), then our rule components."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    if ner:
        folder = Path(ner_model) if ner_model else model_dir()
        if not (folder / "config.cfg").is_file():
            raise FileNotFoundError(
                f"no NER model in {folder}; reinstall komsos-extract, or train one with "
                "`komsos-extract train --out DIR` and pass Extractor(ner_model=DIR), or use ner=False")
        nlp.add_pipe("ner", source=spacy.load(folder))
        nlp.add_pipe("komsos_ner")
    for name in components.COMPONENTS:
        if name != "komsos_ner":
            nlp.add_pipe(name)
    return nlp


def shared_nlp(ner: bool = False, ner_model: str | Path | None = None) -> Language:
    """The process-wide pipeline (building it takes about a second: do it once)."""
    return _shared_nlp(bool(ner), str(ner_model) if ner and ner_model else None)


@lru_cache(maxsize=4)
def _shared_nlp(ner: bool, ner_model: str | None) -> Language:
    return create_nlp(ner, ner_model)


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

    def __init__(
        self,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
        ner: bool = DEFAULT_NER,
        ner_model: str | Path | None = None,
        backend: str = "spacy",
        stanza_dir: str | None = None,
        nlp: Language | None = None,
    ) -> None:
        """``ner`` runs the statistical NER model (the packaged one, or the folder ``ner_model`` made
        by ``komsos-extract train``); ``backend="stanza"`` adds the NER spans of a Stanza pipeline
        loaded from ``stanza_dir`` (models downloaded beforehand)."""
        if backend not in ("spacy", "stanza"):
            raise ValueError(f"unknown backend {backend!r}; choose spacy or stanza")
        self.max_chars = max_chars
        self.ner = ner or ner_model is not None
        self.nlp = nlp if nlp is not None else shared_nlp(self.ner, ner_model)
        self.stanza = None
        if backend == "stanza":
            from .backends.stanza import StanzaBackend

            if stanza_dir is None:
                raise ValueError("backend='stanza' needs stanza_dir, the folder of downloaded Stanza models")
            self.stanza = StanzaBackend(stanza_dir)

    def extract(
        self,
        text: object,
        *,
        published: dt.date | str | None = None,
        source: str | None = None,
        doc_id: str | None = None,
    ) -> ArticleRecord:
        """The record of one article. Never raises: whatever goes wrong becomes a warning."""
        raw, warnings = coerce_text(text)
        try:
            cleaned = clean(raw, self.max_chars)
            doc = self.nlp(cleaned.text)
            if self.stanza is not None:
                self.add_candidates(doc, self.stanza(cleaned.text))
            # The caller's text, cut where cleaning cut it: offsets index both alike.
            read = cleaned.original[: len(cleaned.text)]
            return self._record(doc, read, cleaned.warnings, warnings, published, source, doc_id)
        except Exception as exc:  # a bug of ours must not cost the caller the record
            return ArticleRecord(doc_id=doc_id or _doc_id(raw), source=source,
                                 warnings=[*warnings, f"extraction failed: {type(exc).__name__}: {exc}"])

    def extract_many(self, items: Iterable[tuple[object, dict]]) -> Iterator[ArticleRecord]:
        """Records for ``(text, {published, source, doc_id})`` pairs, one by one."""
        for text, meta in items:
            yield self.extract(text, published=meta.get("published"), source=meta.get("source"),
                               doc_id=meta.get("doc_id"))

    @staticmethod
    def add_candidates(doc: Doc, extra) -> None:
        """Feed candidates from another source (a Stanza document, a user's tagger) into the resolve step."""
        store = getattr(doc._, CANDIDATES_ATTR)
        if store is None:
            setattr(doc._, CANDIDATES_ATTR, list(extra))
        else:
            store.extend(extra)

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
            doc_id: str | None = None, ner: bool = DEFAULT_NER) -> ArticleRecord:
    """Extract one record from one article, with the process-wide pipeline."""
    return Extractor(ner=ner).extract(text, published=published, source=source, doc_id=doc_id)
