"""Score records against gold annotations, exactly as ``../shared/corpus/README.md`` defines it.

Per field: micro precision / recall / F1 over sets of keys after case-folding and collapsing
punctuation to spaces. ``event_date`` and ``activity`` are accuracy over articles (null == null).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .records import ArticleRecord

SET_FIELDS = ("units", "personnel", "people", "places", "activities")
ACCURACY_FIELDS = ("event_date", "activity")


def norm(value: object) -> str:
    if value is None:
        return ""
    return " ".join(re.sub(r"[\W_]+", " ", str(value).casefold()).split())


def _unit_key(u: dict) -> tuple:
    return (norm(u.get("kind")), norm(u.get("number"))) if u.get("number") else (norm(u.get("kind")), "", norm(u.get("name")))


KEYS: dict[str, Callable[[dict], tuple]] = {
    "units": _unit_key,
    "personnel": lambda p: (norm(p.get("rank")), norm(p.get("name"))),
    "people": lambda p: (norm(p.get("name")),),
    "places": lambda p: (norm(p.get("level")), norm(p.get("name"))),
    "activities": lambda a: (norm(a.get("type") if isinstance(a, dict) else a),),
}


def record_to_gold_shape(record: ArticleRecord) -> dict:
    """A record in the gold file's shape, so both sides are keyed by the same code."""
    d = record.model_dump(mode="json")
    return {
        "event_date": d["event_date"]["value"] if d["event_date"] else None,
        "units": d["units"], "personnel": d["personnel"], "people": d["people"],
        "places": d["places"], "activity": d["activity"],
        "activities": [a["type"] for a in d["activities"]],
    }


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in SET_FIELDS})
    correct: dict[str, int] = field(default_factory=lambda: {f: 0 for f in ACCURACY_FIELDS})
    articles: int = 0
    misses: list[str] = field(default_factory=list)
    by_fold: dict[int, "Report"] = field(default_factory=dict)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.articles if self.articles else 0.0

    def as_dict(self) -> dict:
        out: dict = {"articles": self.articles}
        for name, s in self.fields.items():
            out[name] = {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                         "tp": s.tp, "fp": s.fp, "fn": s.fn}
        for name in ACCURACY_FIELDS:
            out[name] = {"accuracy": round(self.accuracy(name), 4)}
        return out

    def table(self) -> str:
        lines = [f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, s in self.fields.items():
            lines.append(f"{name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
        for name in ACCURACY_FIELDS:
            lines.append(f"{name:<12} accuracy {self.accuracy(name):.3f} ({self.correct[name]}/{self.articles})")
        return "\n".join(lines)


def score_one(report: Report, doc_id: str, predicted: dict, gold: dict) -> None:
    report.articles += 1
    for name in SET_FIELDS:
        pred_keys = {KEYS[name](x if isinstance(x, dict) else {"type": x}) for x in predicted.get(name) or []}
        gold_keys = {KEYS[name](x if isinstance(x, dict) else {"type": x}) for x in gold.get(name) or []}
        s = report.fields[name]
        s.tp += len(pred_keys & gold_keys)
        s.fp += len(pred_keys - gold_keys)
        s.fn += len(gold_keys - pred_keys)
        for k in sorted(gold_keys - pred_keys):
            report.misses.append(f"{doc_id} {name} missed   {k}")
        for k in sorted(pred_keys - gold_keys):
            report.misses.append(f"{doc_id} {name} spurious {k}")
    for name in ACCURACY_FIELDS:
        if norm(predicted.get(name)) == norm(gold.get(name)):
            report.correct[name] += 1
        else:
            report.misses.append(f"{doc_id} {name} got {predicted.get(name)!r} want {gold.get(name)!r}")


def load_gold(gold_dir: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}


def fold_of(doc_id: str, k: int) -> int:
    """The fold (0..k-1) of an article: a hash of its id, so folds stay put as a corpus grows."""
    return zlib.crc32(doc_id.encode("utf-8")) % k


def evaluate(gold_dir: Path, articles_dir: Path, extract: Callable[[str], ArticleRecord],
             only: Iterable[str] | None = None, folds: int = 0) -> Report:
    """Run ``extract`` over every article that has a gold file and score it.

    With ``folds`` = k > 1 the report also holds one sub-report per fold (``report.by_fold``), so a
    rule written while reading some folds can be measured on the others.
    """
    report = Report()
    wanted = set(only) if only is not None else None
    for doc_id, gold in load_gold(gold_dir).items():
        if wanted is not None and doc_id not in wanted:
            continue
        path = articles_dir / f"{doc_id}.txt"
        if not path.exists():
            report.misses.append(f"{doc_id} article file missing: {path}")
            continue
        predicted = record_to_gold_shape(extract(path.read_text(encoding="utf-8")))
        score_one(report, doc_id, predicted, gold)
        if folds > 1:
            score_one(report.by_fold.setdefault(fold_of(doc_id, folds), Report()), doc_id, predicted, gold)
    return report


def fold_table(report: Report) -> str:
    """Per field: the score of each fold, their mean and the worst fold."""
    folds = sorted(report.by_fold)
    head = f"{'field':<12} " + " ".join(f"{'f' + str(i):>6}" for i in folds) + f" {'mean':>6} {'worst':>6}"
    lines = [head]
    for name in (*SET_FIELDS, *ACCURACY_FIELDS):
        values = [report.by_fold[i].fields[name].f1 if name in SET_FIELDS else report.by_fold[i].accuracy(name)
                  for i in folds]
        lines.append(f"{name:<12} " + " ".join(f"{v:6.3f}" for v in values)
                     + f" {sum(values) / len(values):6.3f} {min(values):6.3f}")
    lines.append(f"{'articles':<12} " + " ".join(f"{report.by_fold[i].articles:6d}" for i in folds))
    return "\n".join(lines)
