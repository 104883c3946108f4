"""A lean Indonesian tokenizer that gives spaCy's ``blank("id")`` tokens at a fraction of the cost.

spaCy's Indonesian defaults carry about 16,000 tokenizer exceptions (mostly reduplicated words such
as "masing-masing", plus abbreviations and emoticons). Exceptions that contain punctuation are
matched by a phrase matcher over every token of every text, which makes tokenization several times
slower than the affix rules alone. Here the same exceptions are checked as whole tokens in a set
(spaCy's ``token_match`` hook), together with our own abbreviations from
``data/abbreviations.yaml`` ("Kec.", "Kab.", "Ds.", ... stay one token, so the dot neither splits
the word nor ends a sentence). ``tests/test_tokenizer.py`` checks the tokens are the same.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lexicon import _load_yaml

TOKENIZER_NAME = "komsos_extract.Tokenizer.v1"


@lru_cache(maxsize=None)
def abbreviations() -> tuple[str, ...]:
    return tuple(_load_yaml("abbreviations.yaml")["abbreviations"])


class WholeTokenExceptions:
    """``token_match`` callable: is this whole substring one of the exception tokens?

    ``pattern`` is None so that spaCy does not serialise it as a regex: a saved pipeline names our
    tokenizer factory in its config, which rebuilds this set when the pipeline is loaded.
    """

    pattern = None

    def __init__(self, words) -> None:
        self.words = frozenset(words)

    def match(self, string: str) -> bool:
        return string in self.words


class LeanTokenizer(Tokenizer):
    """spaCy's Tokenizer, except that loading a saved pipeline keeps our whole-token exceptions
    (spaCy resets ``token_match`` on load unless it was saved as a regex)."""

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        token_match = self.token_match
        super().from_bytes(bytes_data, exclude=exclude)
        if self.token_match is None:
            self.token_match = token_match
        return self


def build_tokenizer(nlp: Language) -> Tokenizer:
    defaults = nlp.Defaults
    exceptions = defaults.tokenizer_exceptions or {}
    single = {text for text, tokens in exceptions.items() if len(tokens) == 1}
    multi = {text: tokens for text, tokens in exceptions.items() if len(tokens) > 1}
    ours = {form for abbr in abbreviations() for form in (abbr, abbr.lower(), abbr.upper(), abbr.capitalize())}
    return LeanTokenizer(
        nlp.vocab,
        rules=multi,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=WholeTokenExceptions(single | ours).match,
        url_match=defaults.url_match,
    )


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer():
    """spaCy registry entry (also exposed through the ``spacy_tokenizers`` entry point)."""
    return build_tokenizer
