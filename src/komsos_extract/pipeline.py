"""Turn a text into an :class:`ArticleRecord`: with the rule extractors alone by default, with the
NER model (its spaCy pipeline built once per process) beside them when asked, or through a spaCy
pipeline the caller gives.

The rules read nothing but the text, so unless the caller gives a pipeline a text is not wrapped in
a spaCy ``Doc`` for them (see :mod:`komsos_extract.rules`); spaCy is imported only when a model
runs, and the NER model tokenizes only the lines it reads (:mod:`.extractors.ner_windows`).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import weakref
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .extractors.activities import build_activities
from .extractors.base import CANDIDATES_ATTR, TextDoc, register_extension, set_doc_text
from .extractors.ner import model_dir
from .extractors.ner_windows import WindowTagger
from .extractors.personnel import build_personnel
from .extractors.places import build_places
from .records import ArticleRecord
from .resolve import Context, build_core
from .rules import COMPONENTS, shared_rules
from .textclean import DEFAULT_MAX_CHARS, clean, coerce_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# Field builders, in the order they run: each reads the Context and returns the fields it owns.
BUILDERS = (build_core, build_personnel, build_places, build_activities)


# Whether the statistical NER model runs by default. Off: with today's rules it changes no dev
# figure (models/README.md); turn it on here once it measurably helps on held-out text.
DEFAULT_NER = False


def create_nlp(ner: bool = False, ner_model: str | Path | None = None) -> Language:
    """A fresh pipeline: blank Indonesian with our lean tokenizer, the NER model when ``ner`` is
    true (the packaged one, or the spaCy pipeline folder ``ner_model``), then our rule components."""
    import spacy

    from . import components  # noqa: F401  (registers our factories when used without the entry point)
    from .tokenizer import TOKENIZER_NAME

    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    if ner:
        folder = Path(ner_model) if ner_model else model_dir()
        if not (folder / "config.cfg").is_file():
            raise FileNotFoundError(
                f"no NER model in {folder}; reinstall komsos-extract, or train one with "
                "`komsos-extract train --out DIR` and pass Extractor(ner_model=DIR), or use ner=False")
        # The model is not run on the whole text: ``komsos_ner`` (last) hands it windows around the
        # words its gate could make a person (ner_windows). It stays in the pipeline, disabled, so
        # its strings and labels load.
        nlp.add_pipe("ner", source=spacy.load(folder))
        nlp.disable_pipe("ner")
    for name in COMPONENTS:
        if name != "komsos_ner" or ner:
            nlp.add_pipe(name)
    if ner:
        nlp.get_pipe("komsos_ner").tagger = nlp.get_pipe("ner")
    return nlp


def shared_nlp(ner: bool = DEFAULT_NER, ner_model: str | Path | None = None) -> Language:
    """The process-wide pipeline (building it takes about a second: do it once)."""
    return _shared_nlp(bool(ner), str(ner_model) if ner and ner_model else None)


@lru_cache(maxsize=4)
def _shared_nlp(ner: bool, ner_model: str | None) -> Language:
    return create_nlp(ner, ner_model)


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def _show(value: object, limit: int = 60) -> str:
    """A short printable form of any value, for a warning (``repr`` itself may fail or be huge)."""
    try:
        shown = repr(value)
    except Exception:
        return f"<{type(value).__name__}>"
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _describe(exc: BaseException) -> str:
    try:
        return f"{type(exc).__name__}: {exc}"
    except Exception:
        return type(exc).__name__


def _coerce_input(value: object) -> tuple[str, list[str]]:
    """The text as an exact ``str``: a ``str`` subclass (``numpy.str_``) is text, and a value that
    cannot be turned into text (``str()`` raises, an int too long to print) is empty, with a warning."""
    if isinstance(value, str):
        return str.__str__(value), []  # exact str: spaCy refuses subclasses
    try:
        if isinstance(value, memoryview):
            value = value.tobytes()
        text, warnings = coerce_text(value)
        return str.__str__(text), warnings
    except Exception as exc:
        return "", [f"text given as {type(value).__name__} could not be read as text "
                    f"({type(exc).__name__}); read as empty"]


def _coerce_label(name: str, value: object) -> tuple[str | None, list[str]]:
    """``source`` and ``doc_id`` as ``str`` or None, whatever was passed."""
    if value is None:
        return None, []
    if isinstance(value, str):
        return str.__str__(value), []
    try:
        if isinstance(value, os.PathLike):
            return str.__str__(str(os.fspath(value))), []
        text = str.__str__(str(value))
    except Exception as exc:
        return None, [f"{name} given as {type(value).__name__} could not be read as text ({type(exc).__name__}); ignored"]
    return text, [f"{name} given as {type(value).__name__}, converted with str()"]


def _coerce_published(value: object) -> tuple[dt.date | None, list[str]]:
    """The publication date as a plain ``datetime.date``, or None with a warning. Never raises:
    pandas' NaT, numpy values, huge ints and objects whose ``str()`` fails are all just not dates."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, []
    try:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return dt.date(value.year, value.month, value.day), []
        return dt.date.fromisoformat(str(value)[:10]), []
    except Exception:
        return None, [f"published date {_show(value)} is not an ISO date; ignored"]


# The spaCy vocabulary keeps every string and lexeme it meets, so a long run over text with new
# words (names, typos, junk) grows without end. Once a pipeline's vocabulary has grown this many
# entries past its size when we first used it, each further text runs in a spaCy memory zone,
# which frees the strings and lexemes that text added. Until then the tokenizer cache fills with
# the common words (it caches nothing inside a zone), so ordinary runs keep their speed.
VOCAB_GROWTH_LIMIT = 30_000
_vocab_base: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _memory_zone(nlp: Language) -> AbstractContextManager:
    """A spaCy memory zone once ``nlp``'s vocabulary has grown past the limit, else nothing."""
    vocab = nlp.vocab
    try:
        base = _vocab_base.setdefault(nlp, len(vocab))
    except TypeError:  # not weak-referenceable: count from an empty vocabulary
        base = 0
    if (len(vocab) - base <= VOCAB_GROWTH_LIMIT or getattr(vocab, "in_memory_zone", True)
            or not hasattr(nlp, "memory_zone")):
        return nullcontext()
    return nlp.memory_zone()


# A text this long makes hundreds of thousands of objects that all live until the record is built.
LONG_TEXT = 100_000


@contextmanager
def _collector_paused(size: int):
    """Python's cyclic garbage collector paused while a long text is read. Its full collections walk
    every live object, and a long text's candidates and places all stay alive until the record is
    built, so each pass frees nothing and costs up to a fifth of the time on dense 1M-character
    texts; the collector runs again as soon as the record is made (reference counting frees
    everything else as before). Short texts (almost every article) leave it alone."""
    if size < LONG_TEXT or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


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
        self._ner_model = ner_model
        self._nlp: Language | None = None
        # The rules run on the text alone: no spaCy Doc of the whole text is built. With the model,
        # only the lines it reads are tokenized (WindowTagger); a pipeline of the user's runs whole.
        self.rules = shared_rules() if nlp is None else None
        self.tagger: WindowTagger | None = None
        if nlp is not None:
            self.nlp = nlp
        elif self.ner:
            self._fit(shared_nlp(self.ner, ner_model))  # built now: a missing model fails here
            self.tagger = WindowTagger(self._nlp)
        self.stanza = None
        if backend == "stanza":
            from .backends.stanza import StanzaBackend

            if stanza_dir is None:
                raise ValueError("backend='stanza' needs stanza_dir, the folder of downloaded Stanza models")
            self.stanza = StanzaBackend(stanza_dir)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline: the process-wide one unless one was given (built on first use)."""
        if self._nlp is None:
            self._fit(shared_nlp(self.ner, self._ner_model))
        return self._nlp

    @nlp.setter
    def nlp(self, nlp: Language) -> None:
        """Run ``nlp`` (a pipeline with our components, or more) on every text from now on."""
        self._fit(nlp)
        self.rules = None
        self.tagger = None

    def _fit(self, nlp: Language) -> None:
        # spaCy refuses texts over nlp.max_length (1M characters, a guard for parser memory that our
        # rule pipeline does not need): a raised max_chars raises it too, or long texts would fail.
        if nlp.max_length < self.max_chars:
            nlp.max_length = self.max_chars
        self._nlp = nlp

    def extract(
        self,
        text: object,
        *,
        published: dt.date | str | None = None,
        source: str | None = None,
        doc_id: str | None = None,
    ) -> ArticleRecord:
        """The record of one article. Never raises, whatever the arguments: what goes wrong
        becomes a warning. Offsets index ``text`` as given (a ``str`` subclass is read as text)."""
        raw, warnings = _coerce_input(text)
        source, source_warnings = _coerce_label("source", source)
        doc_id, id_warnings = _coerce_label("doc_id", doc_id)
        published_date, published_warnings = _coerce_published(published)
        warnings += source_warnings + id_warnings
        try:
            cleaned = clean(raw, self.max_chars)
            with (nullcontext() if self.rules is not None and self.tagger is None else _memory_zone(self.nlp),
                  _collector_paused(len(cleaned.text))):
                doc = self._process(cleaned.text)
                if self.stanza is not None:
                    self.add_candidates(doc, self.stanza(cleaned.text))
                # The caller's text, cut where cleaning cut it: offsets index both alike.
                read = cleaned.original[: len(cleaned.text)]
                return self._record(doc, read, [*warnings, *cleaned.warnings, *published_warnings],
                                    published_date, source, doc_id)
        except Exception as exc:  # a bug of ours must not cost the caller the record
            return ArticleRecord(doc_id=doc_id or _doc_id(raw), source=source, published=published_date,
                                 warnings=[*warnings, *published_warnings, f"extraction failed: {_describe(exc)}"])

    def _process(self, text: str) -> Doc:
        """The document with every component's candidates: the rules' alone on the text (and the
        model's on the lines it reads), or the spaCy pipeline's."""
        if self.rules is not None:
            doc = self.rules(text)
            if self.tagger is not None:
                self.add_candidates(doc, self.tagger.find(text, getattr(doc._, CANDIDATES_ATTR) or []))
            return doc
        doc = self.nlp.make_doc(text)
        # The tokenizer keeps the text as it is: the extractors read it from here rather than have
        # spaCy rebuild it from the tokens (see ``doc_text``).
        set_doc_text(doc, text)
        return self.nlp(doc)

    def extract_many(self, items: Iterable[tuple[object, dict]]) -> Iterator[ArticleRecord]:
        """Records for ``(text, {published, source, doc_id})`` pairs, one by one."""
        for text, meta in items:
            yield self.extract(text, published=meta.get("published"), source=meta.get("source"),
                               doc_id=meta.get("doc_id"))

    @staticmethod
    def add_candidates(doc: Doc, extra) -> None:
        """Feed candidates from another source (a Stanza document, a user's tagger) into the resolve step."""
        if not isinstance(doc, TextDoc):
            register_extension()
        store = getattr(doc._, CANDIDATES_ATTR)
        if store is None:
            setattr(doc._, CANDIDATES_ATTR, list(extra))
        else:
            store.extend(extra)

    def _record(self, doc: Doc, text: str, warnings: list[str], published: dt.date | None,
                source: str | None, doc_id: str | None) -> ArticleRecord:
        ctx = Context(doc=doc, text=text, published=published, warnings=warnings)
        for build in BUILDERS:
            ctx.fields.update(build(ctx))
        return ArticleRecord(
            doc_id=doc_id or _doc_id(text), source=source, published=published,
            **ctx.fields, warnings=ctx.warnings,
        )


def extract(text: object, *, published: dt.date | str | None = None, source: str | None = None,
            doc_id: str | None = None, ner: bool = DEFAULT_NER) -> ArticleRecord:
    """Extract one record from one article, with the process-wide pipeline."""
    try:
        ner = bool(ner)
    except Exception:
        ner = DEFAULT_NER
    return Extractor(ner=ner).extract(text, published=published, source=source, doc_id=doc_id)
