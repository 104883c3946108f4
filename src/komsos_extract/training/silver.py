"""Silver NER labels: run our rule extractors over real articles and keep what they are sure of
(persons found with a rank or honorific, places found with a level word)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .synth import LabelledText


def silver_examples(folder: Path | str) -> Iterator[LabelledText]:
    from ..io.readers import ArticleInput, discover, read_path
    from ..pipeline import Extractor

    extractor = Extractor(ner=False)
    for path in discover([str(folder)]):
        for item in read_path(path):
            if not isinstance(item, ArticleInput):
                continue
            record = extractor.extract(item.text)
            spans: list[tuple[int, int, str]] = []
            for person in [*record.personnel, *record.people]:
                for m in person.mentions:
                    name_at = m.text.rfind(person.name.split()[0]) if person.name else -1
                    if name_at >= 0:
                        start = m.start + name_at
                        end = min(m.end, start + len(person.name))
                        if item.text[start:end] == person.name:
                            spans.append((start, end, "PER"))
            for place in record.places:
                at = place.text.rfind(place.name)
                if at >= 0 and place.level not in ("rt", "rw", "dusun"):
                    spans.append((place.start + at, place.start + at + len(place.name), "LOC"))
            yield LabelledText(item.text, sorted(set(spans)))
