"""The training recipe on public data: CoNLL reading, detokenised text with the right spans, the
checksum check, and a tiny model trained end to end from sentences written for this test."""

from __future__ import annotations

import pytest

from komsos_extract.training.public import ChecksumError, DATASETS, dataset_files, read_conll, to_labelled

TAGS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}

# (CoNLL lines, detokenised text, labelled spans)
CONLL_ROWS = [
    (["Kades B-PER", "Sutrisno I-PER", "hadir O", ". O"], "Kades Sutrisno hadir.", [("Kades Sutrisno", "PER")]),
    (["Warga O", "Desa B-LOC", "Mekarsari I-LOC", "( O", "Bogor B-LOC", ") O", "senang O"],
     "Warga Desa Mekarsari (Bogor) senang", [("Desa Mekarsari", "LOC"), ("Bogor", "LOC")]),
    (["Polsek B-ORG", "Cibinong I-ORG", "dan O", "Yanti B-PER", ", O", "Rudi B-PER", "datang O"],
     "Polsek Cibinong dan Yanti, Rudi datang", [("Polsek Cibinong", "ORG"), ("Yanti", "PER"), ("Rudi", "PER")]),
    (["Budi B-PER", "Ani B-PER", "pergi O", "ke O", "Jawa B-MISC"], "Budi Ani pergi ke Jawa",
     [("Budi", "PER"), ("Ani", "PER")]),
]


@pytest.mark.parametrize("lines, text, spans", CONLL_ROWS)
def test_conll_sentence_becomes_labelled_text(tmp_path, lines, text, spans):
    f = tmp_path / "s.txt"
    f.write_text("\r\n".join(f"{ln.split()[0]} X {ln.split()[1]}" for ln in lines) + "\r\n\r\n", encoding="utf-8")
    [sentence] = read_conll(f)
    labelled = to_labelled(sentence, TAGS)
    assert labelled.text == text
    assert [(labelled.text[s:e], label) for s, e, label in labelled.spans] == spans


def test_local_copy_must_match_the_published_checksum(tmp_path):
    for file_name, _ in DATASETS["idner-news-2k"].files.values():
        (tmp_path / file_name).write_text("Budi X B-PER\n\n", encoding="utf-8")
    with pytest.raises(ChecksumError):
        dataset_files("idner-news-2k", tmp_path)


def test_missing_local_copy_is_not_downloaded(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing"):
        dataset_files("idner-news-2k", tmp_path)


# Sentences written for this test, in the style of the releases and of news NER data.
TINY_CONLL = """\
Kepala O
Desa O
Sukamaju B-LOC
Budi B-PER
Santoso I-PER
hadir O
bersama O
Polsek B-ORG
Cibadak I-ORG
. O

Warga O
Kecamatan B-LOC
Leuwiliang I-LOC
menyambut O
Rina B-PER
Marlina I-PER
dengan O
gembira O
. O
"""


def test_tiny_model_trains_from_public_format(tmp_path):
    pytest.importorskip("faker", reason="training extra: komsos-extract[train]")
    from komsos_extract import Extractor
    from komsos_extract.training.train import score_ner, train_ner

    f = tmp_path / "tiny.txt"
    f.write_text(TINY_CONLL, encoding="utf-8")
    sentences = [to_labelled(s, TAGS) for s in read_conll(f)]
    data = {"train": sentences * 4, "dev": sentences, "test": sentences}
    out = train_ner(tmp_path / "model", n_train=10, n_dev=4, max_steps=10, seed=3, public=[data])
    assert {"PER", "LOC", "ORG"} <= set(Extractor(ner_model=out).nlp.get_pipe("ner").labels)
    scores = score_ner(out, data["test"])
    assert set(scores) >= {"ALL"} and 0.0 <= scores["ALL"]["f"] <= 1.0
