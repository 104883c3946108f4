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

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lexicon import _load_yaml

TOKENIZER_NAME = "komsos_extract.Tokenizer.v1"

# A word with a dot right after a punctuation mark, as in "0624/Kab.": where an infix split the word
# off, the dot was split off too, and an exception word must be glued back together.
_GLUED_DOTTED = re.compile(r"[^\s\w]([^\W\d_][\w.]{0,15}\.)")


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

    dotted: frozenset[str] = frozenset()  # exception words that end in "." ("Kab.", "dll.")

    def __call__(self, text):
        """Tokenize; then glue "Kab" + "." back together where an infix split them ("0624/Kab."),
        as the reference's special-case matcher does."""
        doc = super().__call__(text)
        if self.dotted:
            spans = [span for m in _GLUED_DOTTED.finditer(text) if m.group(1) in self.dotted
                     and (span := doc.char_span(m.start(1), m.end(1), alignment_mode="strict")) is not None
                     and len(span) == 2]
            if spans:
                with doc.retokenize() as retokenizer:
                    for span in spans:
                        retokenizer.merge(span)
        return doc

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
    # Doubled quote marks ("’’") are exceptions glued to words in news ("memuaskan,’’"): the reference
    # merges their pieces after splitting, so we split them off whole, as affixes. (Emoticons would
    # need the same, at a cost to every token; they do not occur in press releases.)
    glued = [re.escape(t) for t in single if len(t) > 1 and set(t) <= set("'’‘`\"")]
    prefixes = [*glued, *(defaults.prefixes or [])]
    suffixes = [*glued, *(defaults.suffixes or [])]
    tokenizer = LeanTokenizer(
        nlp.vocab,
        rules=multi,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=WholeTokenExceptions(single | ours).match,
        url_match=defaults.url_match,
    )
    tokenizer.dotted = frozenset(w for w in single | ours if len(w) > 1 and w.endswith("."))
    return tokenizer


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer():
    """spaCy registry entry (also exposed through the ``spacy_tokenizers`` entry point)."""
    return build_tokenizer
