"""The statistical NER model: it ships inside the package, loads, tags, can be switched off, and the
training recipe runs end to end (on a tiny budget here; the real run is in models/README.md)."""

from __future__ import annotations

import pytest

from komsos_extract import Extractor
from komsos_extract.extractors.base import candidates
from komsos_extract.extractors.ner import model_dir
from komsos_extract.pipeline import DEFAULT_NER

SENTENCE = "Usai panen, Darsono dan warga mengatakan hasil jagung tahun ini cukup baik bagi warga Rimba Ukur."


@pytest.fixture(scope="module")
def with_ner():
    return Extractor(ner=True)


def test_packaged_model_is_in_the_package():
    assert (model_dir() / "config.cfg").is_file()
    assert (model_dir() / "ner" / "model").is_file()


def test_model_tags_a_sentence(with_ner):
    assert "ner" in with_ner.nlp.component_names and "komsos_ner" in with_ner.nlp.pipe_names
    found = {(c.label, c.text) for c in candidates(with_ner.nlp(SENTENCE)) if c.label.startswith("NER_")}
    assert ("NER_PER", "Darsono") in found
    assert all(SENTENCE[c.start:c.end] == c.text for c in candidates(with_ner.nlp(SENTENCE)))


def test_default_follows_the_switch():
    assert ("ner" in Extractor().nlp.component_names) is DEFAULT_NER


def test_model_off_switch():
    assert "ner" not in Extractor(ner=False).nlp.component_names
    doc = Extractor(ner=False).nlp(SENTENCE)
    assert not [c for c in candidates(doc) if c.label.startswith("NER_")]


def test_model_fills_a_gap_the_rules_leave(with_ner):
    assert Extractor(ner=False).extract(SENTENCE).people == []
    assert [p.name for p in with_ner.extract(SENTENCE).people] == ["Darsono"]


def test_missing_model_fails_loudly(tmp_path):
    with pytest.raises(FileNotFoundError, match="no NER model"):
        Extractor(ner=True, ner_model=tmp_path)


def test_training_recipe_runs(tmp_path):
    pytest.importorskip("faker", reason="training extra: komsos-extract[train]")
    from komsos_extract.training.train import train_ner

    out = train_ner(tmp_path / "model", n_train=40, n_dev=10, max_steps=10, seed=3)
    ex = Extractor(ner_model=out)
    assert "ner" in ex.nlp.component_names
    ex.extract(SENTENCE)  # runs end to end with the freshly trained model


def test_a_model_name_that_crosses_a_rule_name_is_dropped(with_ner):
    # the model may take a post's words into a name and cut its end; the rule read the post's holder whole
    text = ("Hadir Ketua KPU Munir Soamole S.H, Kordiv Sosialisasi dan SDM Mirja Ohoibor, SH.MH, Kordiv Teknis "
            "Penyelenggaraan Faisal Amin Mamulaty, Kordiv Hukum dan Pengawasan Saiful Kabau S.H, Sekertaris KPUD "
            "Kab. Buru Umarudin.")
    names = [p.name for p in with_ner.extract(text).people]
    assert "Faisal Amin Mamulaty" in names
    assert not any("Teknis" in n for n in names)
