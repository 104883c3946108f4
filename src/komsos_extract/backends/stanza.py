"""Stanza backend: a Stanza ``Document`` (tokens with character offsets, UPOS, and NER tags when the
user has a Stanza NER model) becomes ``NER_PER`` / ``NER_LOC`` candidates for our resolve step.

Stanza has no Indonesian NER model of its own and downloads its models from a hub, which this
library never does: point ``stanza_dir`` at models downloaded on a connected machine
(``stanza.download("id", model_dir=DIR)``). Install with ``pip install "komsos-extract[stanza]"``.
"""

from __future__ import annotations

from pathlib import Path

from ..extractors.base import Candidate
from ..extractors.ner import LABEL_MAP


def candidates_from_document(document, text: str) -> list[Candidate]:
    """Entity spans of a Stanza ``Document`` as candidates; offsets index ``text``."""
    out: list[Candidate] = []
    for ent in getattr(document, "ents", None) or []:
        label = LABEL_MAP.get(ent.type)
        start, end = ent.start_char, ent.end_char
        if label is None or start is None or end is None or not (0 <= start < end <= len(text)):
            continue
        out.append(Candidate(f"NER_{label}", start, end, text[start:end], rule=f"ner:stanza:{ent.type}", score=0.5))
    return out


class StanzaBackend:
    """Runs a Stanza pipeline from a local model directory (never downloads)."""

    def __init__(self, stanza_dir: str | Path, *, lang: str = "id", processors: str | None = None) -> None:
        folder = Path(stanza_dir)
        if not folder.is_dir():
            raise FileNotFoundError(
                f"Stanza model directory not found: {folder}. On a connected machine run "
                f"`python -c \"import stanza; stanza.download('{lang}', model_dir='DIR')\"`, copy DIR here and "
                "pass it as stanza_dir.")
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - depends on the extra
            raise ImportError('the Stanza backend needs `pip install "komsos-extract[stanza]"`') from exc
        has_ner = any((folder / lang / "ner").glob("*.pt")) if (folder / lang / "ner").is_dir() else False
        processors = processors or ("tokenize,pos,ner" if has_ner else "tokenize,pos")
        self.pipeline = stanza.Pipeline(lang, dir=str(folder), processors=processors,
                                        download_method=None, logging_level="WARN")

    def __call__(self, text: str) -> list[Candidate]:
        return candidates_from_document(self.pipeline(text), text)
