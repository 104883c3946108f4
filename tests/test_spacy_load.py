"""Our components are spaCy factories found through the entry point: a saved pipeline loads with
``spacy.load`` in a fresh interpreter that never imports komsos_extract itself."""

from __future__ import annotations

import subprocess
import sys


def test_saved_pipeline_loads_without_import(tmp_path):
    from komsos_extract.pipeline import create_nlp

    create_nlp().to_disk(tmp_path / "nlp")
    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'nlp')!r})\n"
        "doc = nlp('Babinsa Koramil 13/Buntu Pane hadir di Kec. Setia Janji, Selasa (11/01/2022).')\n"
        "print(sorted({c.label for c in doc._.komsos_candidates}))\n"
        "print([t.text for t in doc if t.text.startswith('Kec')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "'DATE'" in out and "'UNIT'" in out
    assert "['Kec.']" in out


def test_pipeline_is_built_once(extractor):
    from komsos_extract.pipeline import shared_nlp

    assert extractor.nlp is shared_nlp()
