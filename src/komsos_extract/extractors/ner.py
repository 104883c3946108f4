"""Statistical NER spans as candidates: ``NER_PER`` and ``NER_LOC``.

Rules stay authoritative where they fire; builders read these candidates only to fill gaps (a
civilian named without honorific or role word, a place named without its level word). Spans come
from the packaged spaCy model (``komsos_extract/models/ner``) or from a Stanza document
(:mod:`komsos_extract.backends.stanza`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from .base import Candidate, CandidateExtractor, doc_text

# Model labels and the candidate labels they become (Stanza and other taggers use other names).
LABEL_MAP = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC"}


def model_dir() -> Path:
    """Where the packaged NER model lives (inside the package, so wheels and editable installs agree)."""
    return Path(str(resources.files("komsos_extract").joinpath("models", "ner")))


class NerExtractor(CandidateExtractor):
    name = "ner"
    labels = ("NER_PER", "NER_LOC")

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        out = []
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label:
                out.append(Candidate(f"NER_{label}", ent.start_char, ent.end_char,
                                     text[ent.start_char:ent.end_char], rule=f"ner:spacy:{ent.label_}", score=0.5))
        return out
