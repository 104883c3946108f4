"""Indonesian tokenizer special cases on top of ``spacy.blank("id")``.

The blank Indonesian tokenizer splits "Kec." into "Kec" + "." and a sentence splitter would end the
sentence there. Abbreviations from ``data/abbreviations.yaml`` are kept as single tokens, in the
spellings a text uses (as written, all lower case, all upper case).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import NORM, ORTH
from spacy.language import Language

from .lexicon import _load_yaml


@lru_cache(maxsize=None)
def abbreviations() -> tuple[str, ...]:
    return tuple(_load_yaml("abbreviations.yaml")["abbreviations"])


def add_special_cases(nlp: Language) -> None:
    for abbr in abbreviations():
        for form in {abbr, abbr.lower(), abbr.upper(), abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: abbr.lower()}])
