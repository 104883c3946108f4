"""Statistical NER spans as candidates (``NER_PER``, ``NER_LOC``, ``NER_ORG``), and the gate a
model's PER span passes before it names a person.

Rules stay authoritative where they fire; the model is one more candidate source for the resolve
step. A model span is read again by our own name rules (:func:`gate_person`): it becomes a person
only when the context agrees, and its boundaries are the ones our rules give (honorifics, degrees
and initials handled as everywhere else). LOC and ORG spans are candidates for later use only: a
place still needs its level word. Spans come from the packaged spaCy model
(``komsos_extract/models/ner``) or from a Stanza document (:mod:`komsos_extract.backends.stanza`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from .. import lexicon
from .base import Candidate, CandidateExtractor, doc_text
from .names import NameRead, is_name_prefix, is_title_case_line, norm_key, read_name
from .people import in_clutter, is_decoy, looks_like_place, name_stop

# Model labels and the candidate labels they become (Stanza and other taggers use other names).
LABEL_MAP = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
             "ORG": "ORG", "ORGANIZATION": "ORG"}

_WORD = re.compile(r"[^\W\d_][\w'’`.\-]*", re.UNICODE)


def model_dir() -> Path:
    """Where the packaged NER model lives (inside the package, so wheels and editable installs agree)."""
    return Path(str(resources.files("komsos_extract").joinpath("models", "ner")))


class NerExtractor(CandidateExtractor):
    name = "ner"
    labels = ("NER_PER", "NER_LOC", "NER_ORG")

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        out = []
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label:
                out.append(Candidate(f"NER_{label}", ent.start_char, ent.end_char,
                                     text[ent.start_char:ent.end_char], rule=f"ner:spacy:{ent.label_}", score=0.5))
        return out


# --- the gate ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GatedName:
    """A model span read again by our rules: ``strong`` makes a person on its own, a weak one may only
    add a mention to a person found otherwise."""

    name: NameRead
    strong: bool


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    lex = lexicon.people()
    return frozenset(w.casefold() for w in lex.not_names) | frozenset(w.casefold() for w in lex.org_prefixes)


@lru_cache(maxsize=1)
def _gazetteer():
    from ..gazetteer import Gazetteer, name_key

    return Gazetteer.load(), name_key


def _is_place_name(name: str) -> bool:
    """The whole name is an official place name ("Sukamaju", "Tanjung Raden")."""
    gaz, key = _gazetteer()
    return bool(gaz.find(key(name)))


# Derived Indonesian nouns and verbs ("Pembinaan", "Kesehatan", "Dilanjutkan", "Membangun"): the
# affixes of the common vocabulary, which personal names do not carry.
_AFFIXED = re.compile(r"^(?:(?:pe[mn]g?|pen[yg]?|per|ke|ber|ter)[a-z]{3,}an|di[a-z]{3,}(?:kan|i)|"
                      r"(?:mem|men|meng|meny)[a-z]{4,}|(?:ber|ter)[a-z]{5,}|[a-z]{3,}(?:isasi|itas|kan))$")


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case: a capitalised word it also writes so is common vocabulary."""
    return frozenset(w for w in re.findall(r"(?<![\w.])[a-z][a-z\-]{2,}", text))


def _common_word(text: str, word: str) -> bool:
    folded = word.casefold()
    if folded in lexicon.given_names():
        return False
    return folded in _lower_words(text) or bool(_AFFIXED.match(folded))


def _skip_openers(text: str, start: int, end: int) -> int:
    """Past the words at the span's start that open a name but are not part of it: role words,
    honorifics, ranks, level words ("Kades", "Bapak", "Desa")."""
    stop = name_stop()
    pos = start
    while True:
        m = _WORD.match(text, pos)
        if m is None or m.start() >= end:
            return pos
        word = m.group()
        if norm_key(word.rstrip(".")) not in stop and not is_name_prefix(word):
            return pos
        nxt = m.end()
        while nxt < end and text[nxt] in " \t.,":
            nxt += 1
        pos = nxt


def _past_place_prefix(text: str, name: NameRead) -> NameRead | None:
    """The name after a place name glued before it ("Kades Tanjung Raden Sutrisno" read from
    "Tanjung"): when the first words, not opening with a given name, are an official place name."""
    words = name.words
    if len(words) < 2 or words[0].casefold() in lexicon.given_names():
        return name
    gaz, key = _gazetteer()
    for k in range(len(words) - 1, 0, -1):
        if gaz.find(key(" ".join(words[:k]))):
            return read_name(text, name.spans[k][0], stop=name_stop(), max_words=4)
    return name


def gate_person(text: str, start: int, end: int, blocked: list[tuple[int, int]] = ()) -> GatedName | None:
    """Our reading of the model's PER span ``text[start:end]``, or None when the context disagrees.

    ``blocked`` are spans of units and places: a PER span inside one is dropped, one that starts
    inside one ("Desa Sukamaju Budi") starts after it. The name is read by :func:`.names.read_name`
    (capitalised words, no stop/role/level/rank word, degrees cut off) from the first word that may
    open a name; bylines, credits, clutter lines, names of things and place names are dropped. The
    name is strong when it opens with a known given name or is two words or more, none of them a
    place name."""
    for s, e in blocked:
        if s <= start and end <= e:
            return None
        if s <= start < e:
            start = e
    while start < end and not text[start].isalpha():
        start += 1
    pos = _skip_openers(text, start, end)
    if pos >= end:
        return None
    name = read_name(text, pos, stop=name_stop(), max_words=4)
    if name is None or name.start >= end:
        return None
    if any(s < name.end and name.start < e for s, e in blocked):
        return None
    name = _past_place_prefix(text, name)
    if name is None:
        return None
    words = name.words
    first = words[0].casefold()
    if first in _not_names() or looks_like_place(words):
        return None
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and first not in lexicon.given_names():
        return None  # an acronym: "BPD", "PKK"
    if in_clutter(text, name.start) or is_decoy(text, name.start, name.end):
        return None
    if any(_common_word(text, w) for w in words):
        return None
    given = first in lexicon.given_names()
    if not given and _is_place_name(name.name):
        return None
    strong = (given or len(words) >= 2) and not is_title_case_line(text, name.start)
    return GatedName(name, strong)


def place_blocks(places: list[Candidate]) -> list[tuple[int, int]]:
    """Spans of place candidates as far as they name a known place: a raw candidate runs on over the
    name after it ("Desa Sukamaju Budi Santoso"), so it is cut after the longest run of its words
    that is an official name (its first word when none is)."""
    gaz, key = _gazetteer()
    out = []
    for p in places:
        name = p.attrs.get("name") or ""
        at = p.text.rfind(name) if name else -1
        if at < 0:
            out.append((p.start, p.end))
            continue
        words = list(_WORD.finditer(name))
        if not words:
            out.append((p.start, p.end))
            continue
        cut = words[0].end()
        for k in range(len(words), 1, -1):
            if gaz.find(key(name[:words[k - 1].end()])):
                cut = words[k - 1].end()
                break
        out.append((p.start, p.start + at + cut))
    return out
