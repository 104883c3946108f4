"""The Stanza adapter, tested on real Stanza Documents built from token dicts (no model, no download)."""

from __future__ import annotations

import re

import pytest

stanza_doc = pytest.importorskip("stanza.models.common.doc", reason="optional extra: komsos-extract[stanza]")

from komsos_extract import Extractor  # noqa: E402
from komsos_extract.backends.stanza import StanzaBackend, candidates_from_document  # noqa: E402


def _document(text: str, tags: dict[str, str]):
    """A Stanza Document whose tokens carry offsets, UPOS and BIOES NER tags."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    sentence = [
        {"id": (i + 1,), "text": w, "upos": "PROPN" if w[0].isupper() else "NOUN", "ner": tags.get(w, "O"),
         "start_char": s, "end_char": e}
        for i, (w, s, e) in enumerate(words)
    ]
    doc = stanza_doc.Document([sentence], text=text)
    doc.build_ents()
    return doc


TEXT = "Kegiatan itu dihadiri Rohman, salah satu tokoh pemuda, bersama warga Rimba Ukur."


def test_entities_become_candidates_with_offsets():
    doc = _document(TEXT, {"Rohman": "S-PER", "Rimba": "B-LOC", "Ukur": "E-LOC"})
    cands = candidates_from_document(doc, TEXT)
    assert [(c.label, c.text) for c in cands] == [("NER_PER", "Rohman"), ("NER_LOC", "Rimba Ukur")]
    assert all(TEXT[c.start:c.end] == c.text for c in cands)
    assert cands[0].rule == "ner:stanza:PER"


def test_unknown_types_and_bad_offsets_are_dropped():
    doc = _document(TEXT, {"Rohman": "S-MISC"})  # ORG is known since the model tags it (NER_ORG)
    assert candidates_from_document(doc, TEXT) == []
    assert candidates_from_document(_document(TEXT, {"Ukur": "S-PER"}), TEXT[:10]) == []


def test_stanza_spans_feed_the_resolve_step():
    text = "Usai panen, Darsono dan warga mengatakan hasil jagung cukup baik."
    ex = Extractor()
    assert ex.extract(text).people == []  # the rules alone have no anchor here
    doc = ex.nlp(text)
    ex.add_candidates(doc, candidates_from_document(_document(text, {"Darsono": "S-PER"}), text))
    record = ex._record(doc, text, [], None, None, None)
    assert [p.name for p in record.people] == ["Darsono"]


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="Stanza model directory not found"):
        StanzaBackend(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="stanza_dir|Stanza model directory"):
        Extractor(backend="stanza", stanza_dir=str(tmp_path / "nope"))


def test_backend_needs_a_directory():
    with pytest.raises(ValueError, match="stanza_dir"):
        Extractor(backend="stanza")
    with pytest.raises(ValueError, match="unknown backend"):
        Extractor(backend="nltk")
