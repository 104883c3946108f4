"""Train the NER model: public real news NER data (:mod:`.public`), generated text (labelled by
construction) and optional silver labels from our rules on a user's folder of real articles; spaCy's
trainer does the rest.

The result is a spaCy pipeline directory (tokenizer + ner). ``komsos-extract train --out DIR``
writes one; the package ships one in ``komsos_extract/models/ner`` built the same way.
"""

from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

from spacy.tokens import DocBin

from .synth import generate


def config_path() -> Path:
    """The training config: ``models/ner.cfg`` in a checkout, packaged beside this module in a wheel."""
    packaged = resources.files("komsos_extract.training").joinpath("ner.cfg")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "models" / "ner.cfg"


def _docbin(nlp, examples) -> DocBin:
    db = DocBin(store_user_data=False)
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        ents = []
        for start, end, label in sorted(set(ex.spans)):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and all(span.start >= e.end or span.end <= e.start for e in ents):
                ents.append(span)
        doc.ents = ents
        db.add(doc)
    return db


def build_corpus(out_dir: Path, n_train: int, n_dev: int, seed: int, silver_dirs=(), public=()) -> tuple[Path, Path]:
    """Write train/dev DocBins: generated articles (``n_train``/``n_dev``), the train/dev splits of
    each ``public`` dataset (already loaded: ``{split: [LabelledText]}``), and silver labels."""
    from ..pipeline import create_nlp
    from .silver import silver_examples

    nlp = create_nlp()
    train = generate(n_train, seed=seed)
    dev = generate(n_dev, seed=seed + 1)
    for data in public:
        train += data.get("train", [])
        dev += data.get("dev", [])
    for folder in silver_dirs:
        silver = list(silver_examples(folder))
        cut = max(1, len(silver) // 10) if len(silver) > 10 else 0
        dev += silver[:cut]
        train += silver[cut:]
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    _docbin(nlp, train).to_disk(train_path)
    _docbin(nlp, dev).to_disk(dev_path)
    return train_path, dev_path


def corpus_sizes(path: Path) -> dict[str, int]:
    """Docs, tokens and entities per label of a DocBin (recorded in models/README.md)."""
    from spacy.vocab import Vocab

    docs = list(DocBin().from_disk(path).get_docs(Vocab()))
    sizes = {"docs": len(docs), "tokens": sum(len(d) for d in docs)}
    for d in docs:
        for e in d.ents:
            sizes[e.label_] = sizes.get(e.label_, 0) + 1
    return sizes


def score_ner(model: Path | str, examples) -> dict[str, dict[str, float]]:
    """Per-label precision, recall and F1 of a trained model on labelled texts (a public test split)."""
    import spacy
    from spacy.training import Example

    from .. import tokenizer  # noqa: F401

    nlp = spacy.load(model)
    pairs = []
    for ex in examples:
        ref = _docbin(nlp, [ex]).get_docs(nlp.vocab).__next__()
        pairs.append(Example(nlp(ex.text), ref))
    scores = nlp.get_pipe("ner").score(pairs)
    per = {k: {m: round(v[m], 3) for m in ("p", "r", "f")} for k, v in scores["ents_per_type"].items()}
    per["ALL"] = {"p": round(scores["ents_p"], 3), "r": round(scores["ents_r"], 3), "f": round(scores["ents_f"], 3)}
    return per


def train_ner(output: Path, *, n_train: int = 4000, n_dev: int = 400, seed: int = 0, max_steps: int = 3000,
              silver_dirs=(), public=(), keep_corpus: Path | None = None) -> Path:
    """Train and write the best model to ``output`` (a spaCy pipeline directory). ``public`` holds
    loaded public datasets (``{split: [LabelledText]}``, see :func:`.public.load_public`)."""
    from spacy.cli.train import train

    from .. import tokenizer  # noqa: F401  (registers our tokenizer with spaCy)

    work = Path(tempfile.mkdtemp(prefix="komsos-ner-"))
    try:
        corpus_dir = keep_corpus or work / "corpus"
        train_path, dev_path = build_corpus(corpus_dir, n_train, n_dev, seed, silver_dirs, public)
        train(config_path(), work / "out", overrides={
            "paths.train": str(train_path), "paths.dev": str(dev_path),
            "system.seed": seed, "training.max_steps": max_steps,
        })
        output = Path(output)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "out" / "model-best", output)
        return output
    finally:
        shutil.rmtree(work, ignore_errors=True)
