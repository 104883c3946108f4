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
from typing import TYPE_CHECKING

from .. import lexicon
from .base import Candidate, CandidateExtractor, candidates, doc_text
from .names import AFFIXED, NameRead, fold, is_degree, is_name_prefix, is_title_case_line, norm_key, read_name
from .people import (ACTIVE_VERB, COUNTED_NOUNS, QUOTE_WORDS, alone_on_line, balinese_opener_inside, bracketed_credit,
                     civil_role_at, honorific_keys, in_clutter, in_street_list, is_decoy, looks_like_place, misspelled_role,
                     name_stop, org_prefix_words, place_marks, post_shaped, role_before)
from .wordhits import whole_word_starts

if TYPE_CHECKING:  # spaCy is imported only where a model runs
    from spacy.tokens import Doc

# Model labels and the candidate labels they become (Stanza and other taggers use other names).
LABEL_MAP = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
             "ORG": "ORG", "ORGANIZATION": "ORG"}

_WORD = re.compile(r"[^\W\d_][\w'’`.\-]*", re.UNICODE)


def model_dir() -> Path:
    """Where the packaged NER model lives (inside the package, so wheels and editable installs agree)."""
    return Path(str(resources.files("komsos_extract").joinpath("models", "ner")))


class NerExtractor(CandidateExtractor):
    """NER spans as candidates. With a ``tagger`` (the model's ``ner`` pipe, set by
    :func:`komsos_extract.pipeline.create_nlp`) this component runs after the rules and tags only
    windows around the words the gate could make a person (:mod:`.ner_windows`), which keeps the
    model's cost a fraction of extract(); without one it reads ``doc.ents`` set by a pipe before it.
    (extract() does the same without a spaCy Doc of the whole text: :class:`.ner_windows.WindowTagger`.)"""

    name = "ner"
    labels = ("NER_PER", "NER_LOC", "NER_ORG")

    def __init__(self) -> None:
        self.tagger = None

    def find(self, doc: Doc) -> list[Candidate]:
        from .ner_windows import name_hits, tag_windows, token_windows  # (it reads the gate's clues from here)

        text = doc_text(doc)
        if self.tagger is None:
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        else:
            hits = name_hits(text, candidates(doc))
            ents = tag_windows(self.tagger, [(0, span) for span in token_windows(doc, hits)]) if hits else []
        return ner_candidates(text, ents)


def ner_candidates(text: str, ents: list[tuple[int, int, str]]) -> list[Candidate]:
    """A model's spans ``(start, end, label)`` as ``NER_PER`` / ``NER_LOC`` / ``NER_ORG`` candidates."""
    out = []
    for start, end, tag in ents:
        label = LABEL_MAP.get(tag)
        if label:
            out.append(Candidate(f"NER_{label}", start, end, text[start:end], rule=f"ner:spacy:{tag}", score=0.5))
    return out


# --- the gate ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GatedName:
    """A model span read again by our rules: ``strong`` makes a person on its own, a weak one may only
    add a mention to a person found otherwise."""

    name: NameRead
    strong: bool
    signal: str | None = None  # what made it strong: "given", "degree", "age", "apposition", ...


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    lex = lexicon.people()
    return frozenset(w.casefold() for w in lex.not_names) | frozenset(w.casefold() for w in lex.org_prefixes)


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that open an organisation, office or event ("Ikatan", "Forum", "Dinas"), folded."""
    return frozenset(fold(w) for w in lexicon.people().org_words)


@lru_cache(maxsize=1)
def _gazetteer():
    from ..gazetteer import Gazetteer, name_key

    return Gazetteer.load(), name_key


def _is_place_name(name: str) -> bool:
    """The whole name is an official place name ("Sukamaju", "Tanjung Raden")."""
    gaz, key = _gazetteer()
    return bool(gaz.find(key(name)))




@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case: a capitalised word it also writes so is common vocabulary."""
    return frozenset(w for w in re.findall(r"(?<![\w.])[a-z][a-z\-]{2,}", text))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Common Indonesian words: spaCy's Indonesian stop words and the parts of its hyphenated-word
    exceptions ("abu-abu", "tahun-tahun"), our stop words, and every word of unit names ("Rayon",
    "Militer"): capitalised, they still name no person."""
    words: set[str] = set(lexicon.stopwords())
    try:
        from spacy.lang.id._tokenizer_exceptions_list import ID_BASE_EXCEPTIONS
        from spacy.lang.id.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - a later spaCy may move them
        pass
    else:
        words |= {w.casefold() for w in STOP_WORDS}
        words |= {p.casefold() for e in ID_BASE_EXCEPTIONS for p in e.split("-") if p.isalpha() and len(p) > 2}
    for kind in lexicon.units().kinds:
        for form in (*kind.aliases, *kind.long, *kind.numbered_only):
            words |= {w.casefold() for w in form.split() if w.isalpha()}
    return frozenset(words - lexicon.given_names())


def _common_word(text: str, word: str) -> bool:
    folded = word.casefold()
    if folded in lexicon.given_names():
        return False
    return folded in _lower_words(text) or folded in _vocabulary() or bool(AFFIXED.match(folded))


@lru_cache(maxsize=8192)
def may_be_name_word(word: str) -> bool:
    """Whether the gate could keep the capitalised ``word`` inside a person's name, whatever the text:
    a known given name, or a word that neither ends nor opens no name (stop, role, rank, level words;
    organisation, compass and not-name words) and is no degree, common vocabulary or place name.
    The window choice (:mod:`.ner_windows`) asks it so that the model reads only where it may find a
    name. (Cached: the same capitalised words come in text after text.)"""
    key = fold(word)
    if key in lexicon.given_names():
        return key not in name_stop()
    if key in name_stop() or key in _not_names() or key in org_words() or key in place_marks():
        return False
    return not (is_degree(word) or key in _vocabulary() or AFFIXED.match(key) or _is_place_name(word))


def written_in_lower_case(text: str, word: str) -> bool:
    """``text`` also writes ``word`` (no known given name) in lower case: the gate reads it as common."""
    folded = word.casefold()
    return folded not in lexicon.given_names() and folded in _lower_words(text)


@lru_cache(maxsize=1)
def _civil_nouns() -> frozenset[str]:
    """Trades and walks of life ("Nakhoda", "Petani"), folded: written capitalised before a name they
    are its description, not its first word."""
    return frozenset(fold(w) for w in lexicon.people().civil_roles.nouns)


def _skip_openers(text: str, start: int, end: int) -> int:
    """Past the words at the span's start that open a name but are not part of it: role words,
    honorifics, ranks, level words, trades ("Kades", "Bapak", "Desa", "Nakhoda")."""
    stop = name_stop()
    pos = start
    while True:
        m = _WORD.match(text, pos)
        if m is None or m.start() >= end:
            return pos
        word = m.group()
        if norm_key(word.rstrip(".")) not in stop and not is_name_prefix(word) and fold(word) not in _civil_nouns():
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


@dataclass(frozen=True)
class _GateWords:
    introducers: frozenset[str]
    apposition: frozenset[str]
    not_after: frozenset[str]
    said_after: frozenset[str]


@lru_cache(maxsize=1)
def _gate_words() -> _GateWords:
    data = lexicon.ner_gate()
    nouns = frozenset(w.casefold() for w in lexicon.people().civil_roles.nouns)
    return _GateWords(frozenset(data["introducers"]), frozenset(data["apposition_openers"]) | nouns,
                      frozenset(data["not_after"]), frozenset(data["said_after"]))


_SPACED_DEGREE = re.compile(r"[ \t]*,?[ \t]*([A-Z][a-z]?\.?)[ \t]+([A-Z][A-Za-z.]{1,6})(?![\w])")
_WORD_AFTER = re.compile(r"[ \t]*,?[ \t]*([^\W\d_][\w\-]*)")


@lru_cache(maxsize=1)
def _service_roles() -> frozenset[str]:
    """One-word TNI/Polri role forms ("Babinsa", "Bhabinkamtibmas", "Danramil"), case-folded."""
    return frozenset(f.casefold() for r in lexicon.roles().roles for f in r.forms if " " not in f)


def _service_role_after(text: str, name: NameRead) -> bool:
    """A TNI/Polri role right after the name ("Rudi Babinsa Desa X", "Budi, Bhabinkamtibmas ..."):
    a serviceman written without his rank, no civilian."""
    m = _WORD_AFTER.match(text, name.after)
    return bool(m) and m.group(1).casefold() in _service_roles()


def spaced_degree_after(text: str, pos: int) -> bool:
    """A degree written with a blank inside it after the name (", S. STP", "S. Sos")."""
    m = _SPACED_DEGREE.match(text, pos)
    return bool(m) and is_degree(m.group(1) + m.group(2))


def _extend_left(text: str, name: NameRead, blocked) -> NameRead:
    """The name from a known given name or a name opener written right before the span ("Ketut" of
    "Desa Sukamaju Ketut Suwitra" when the model tagged "Suwitra"; "I Wayan"): the model often cuts a
    name after a capitalised place or unit name."""
    start = name.start
    for _ in range(2):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or text[m.end(1):start].strip() or any(s <= m.start(1) < e for s, e in blocked):
            break
        word = m.group(1)
        if not word[:1].isupper() or (word.casefold() not in lexicon.given_names()
                                      and word not in lexicon.people().name_openers):
            break
        start = m.start(1)
    if start == name.start:
        return name
    wider = read_name(text, start, stop=name_stop(), max_words=4)
    return wider if wider is not None and wider.end >= name.end else name


_ROMAN = re.compile(r"^[IVXLC]+$")
_TOLD_BEFORE = re.compile(r"(?<![\w])[Ss]eperti[ \t]+(?:di)?katakan[ \t]+$")
_THING_BEFORE = re.compile(r"([^\W\d_][\w'’`\-]*)\.?\)?[ \t]*$")  # (a role's bracketed short form may close it)


def _named_thing_elsewhere(text: str, name: str) -> bool:
    """Somewhere the text writes ``name`` after a word that names a time, a building, a base or a
    thing ("Lanud Darmo Karmun", "Wisma Darsih") or a post of the services ("(Danlanud) Darmo
    Karmun"): the same words elsewhere name that thing too."""
    words = _gate_words().not_after
    for at in whole_word_starts(text, name):
        b = _THING_BEFORE.search(text, max(0, at - 40), at)
        if b is not None and (b.group(1).casefold() in words or b.group(1).casefold() in _service_roles()):
            return True
    return False


_GLUED = re.compile(r"[a-z]{3}[A-Z]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’`\-]*)\.?[ \t]*$")
AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,3}[ \t]*(?:th|thn|tahun)?[ \t]*\)")
_APPOSITION_AFTER = re.compile(r"[ \t]*,[ \t]*(salah[ \t]+satu(?![\w])|[a-z]+(?![\w]))|[ \t]+(selaku|sebagai)(?![\w])")


def word_before(text: str, pos: int) -> str | None:
    """The word written right before ``pos`` on the same line (only blanks between), case-folded."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group(1).casefold() if m else None


_CLAUSE_OPENERS = frozenset({"dan", "saat", "ketika", "lalu", "kemudian", "namun", "sementara", "bahwa", "itu", "ini"})


def _opens_clause(text: str, pos: int) -> bool:
    """The name opens a clause (its subject): after punctuation, a line break, a capitalised word
    or a conjunction, not after a lower-case word of the clause ("kerja bakti Serentak membersihkan")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return True
    word = m.group(1)
    return word[:1].isupper() or word in _CLAUSE_OPENERS


def person_context(text: str, name: NameRead, before: str | None = None) -> str | None:
    """Why the context says ``name`` (a model span that opens with no known given name) is a person,
    or None: degrees after it ("Darmawan, S.STP"), an age ("Tobar (45)"), an apposition (", warga",
    ", salah satu", " selaku"), a verb after it ("Wenda mengatakan", "Wenda memberikan"), or a word
    before it that introduces a person: an honorific, a civilian role with its place ("Kepala Desa
    Sukamaju |"), "bernama", "yakni", "oleh", a verb of saying ("ujar |"). These are the clues the
    rules also read; here they back a name the model found where the rules' own reading failed."""
    if name.degrees or spaced_degree_after(text, name.after):
        return "degree"
    if AGE_AFTER.match(text, name.after):
        return "age"
    m = _WORD_AFTER.match(text, name.after)
    if m and m.group(1) in _gate_words().said_after and "," not in text[name.after:m.start(1)]:
        return "said"
    if m and "," not in text[name.after:m.start(1)] and ACTIVE_VERB.fullmatch(m.group(1)) and _opens_clause(text, name.start):
        return "verb"
    m = _APPOSITION_AFTER.match(text, name.after)
    if m and (m.group(2) or " ".join(m.group(1).split()) in _gate_words().apposition):
        return "apposition"
    if before is None:
        before = word_before(text, name.start)
    if before is None:
        return None
    if before in _gate_words().introducers:
        return "introducer"
    if before in QUOTE_WORDS:
        return "quote"
    if norm_key(before) in honorific_keys():
        return "honorific"
    window = text[max(0, name.start - 80):name.start]  # the role's place words end where the name starts
    if role_before(window, len(window)) is not None:
        return "role"
    return None


def rank_shortly_before(text: str, pos: int) -> bool:
    """A capitalised rank right before ``pos``, read back over brackets, corps, "Pol"/"TNI", titles of
    birth and up to two more capitalised words, with no punctuation, lower-case word or conjunction
    between ("Sersan Satu (Sertu) |Darmo", "Letkol (Inf) |Darmo", "Kol Arm I Gusti Agung |Putu ..."):
    the model's span names a ranked man the rules did not read ("Serda Karmun dan |Budi" is another)."""
    ranks, skip = _gate_ranks(), _words_inside_ranked_names()
    counted = 0
    for m in reversed(list(_RANK_BACK.finditer(text, max(0, pos - 60), pos))):
        token = m.group()
        if token in "()":
            continue
        if not token[:1].isupper():
            return False  # (punctuation, a line break, a lower-case word: the phrase ends)
        key = token.casefold()
        if key in ranks:
            return True
        if key not in skip:
            counted += 1
            if counted == 3:
                return False
    return False


_RANK_BACK = re.compile(r"[^\W\d_]+|[^\w\s]|\n")


@lru_cache(maxsize=1)
def _gate_ranks() -> frozenset[str]:
    """Rank words, less the ones that are common words too ("Pembantu Dekan", "RS Bhayangkara"); the
    ranks they open have a second rank word ("Pembantu Letnan", "Prajurit Satu (Pratu)")."""
    return frozenset(lexicon.ranks().words()) - {"pembantu", "prajurit", "bhayangkara"}


@lru_cache(maxsize=1)
def _words_inside_ranked_names() -> frozenset[str]:
    """Words between a rank and a name that are no words of the sentence: corps, services, titles of
    birth and name openers (case-folded)."""
    corps = {f.casefold() for c in lexicon.corps().corps for f in (c.corps, *c.variants) if " " not in f}
    people = lexicon.people()
    return frozenset(corps | {"pol", "tni", "polri", "ad", "al", "au", "purn", "purnawirawan"}
                     | {w.casefold() for w in (*people.noble_titles, *people.name_openers)})


def gate_person(text: str, start: int, end: int, blocked: list[tuple[int, int]] = ()) -> GatedName | None:
    """Our reading of the model's PER span ``text[start:end]``, or None when the context disagrees.

    ``blocked`` are spans of units and places: a PER span inside one is dropped, one that starts
    inside one ("Desa Sukamaju Budi") starts after it. The name is read by :func:`.names.read_name`
    (capitalised words, no stop/role/level/rank word, degrees cut off) from the first word that may
    open a name; bylines, credits, clutter lines, names of things, place names and runs of common
    words are dropped. The name is strong (a person of its own) when it opens with a known given
    name outside a title-case headline; else it may only add a mention to a person the rules found
    (measured on the dev folds: two-word spans without a given name were as often headings and
    mottos as persons)."""
    for s, e in blocked:
        if s <= start and end <= e:
            return None
        if s <= start < e:
            start = e
    while start < end and not text[start].isalpha():
        start += 1
    pos = _skip_openers(text, start, end)
    role = civil_role_at(text, start)
    if role is not None and role > pos:  # the whole role, not only its first word: "Pendamping Gizi"
        pos = _skip_openers(text, role, end)
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
    name = _extend_left(text, name, blocked)
    if len(name.words) > 1 and name.words[0].casefold() in place_marks():
        name = read_name(text, name.spans[1][0], stop=name_stop(), max_words=4)  # "Kaler Ketut Suwitra"
        if name is None:
            return None
    inner = balinese_opener_inside(text, name.start, name.end)
    if inner is not None:  # "Tokoh masyarakat Jasri I Nyoman Putra": the village, then the Balinese name
        name = read_name(text, inner, stop=name_stop(), max_words=4)
        if name is None:
            return None
    words = name.words
    if len(words) == 2 and words[0] == "I" and words[1].isupper():
        return None  # "Tahap I TA 2017": a Roman one and an acronym, no Balinese name
    if words[0] == "I" and _numbered_before(text, name.start):
        return None  # "Kanit I Sat Intelkam", "Kelas I Wilker Pelabuhan": a Roman one after what it numbers
    first = words[0].casefold()
    if len(words) == 1 and first in place_marks():
        return None  # "Wetan" of "Kedaung Wetan"
    if first in _not_names() or fold(words[0]) in org_words() or looks_like_place(words):
        return None
    if post_shaped(words[0]) or (len(words) == 1 and misspelled_role(fold(words[0]))):
        return None  # a post no list holds ("Wadansatgasops", "Kasiops"), a role misspelled ("Babhinkamtibmas")
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and first not in lexicon.given_names():
        return None  # an acronym: "BPD", "PKK"
    if _ROMAN.match(words[0]) and words[0] not in lexicon.people().name_openers:
        return None  # a unit's number: "Kodam V Brawijaya", "PD IX"
    if any(len(w) > 1 and _ROMAN.match(w) for w in words[1:-1]):
        return None  # "I Subdit IV Dit": a unit's number inside (a regnal number closes a name: "Paku Buwono XIII")
    if spaced_degree_after(text, name.start):
        return None  # a degree written with a blank, with or without its dot: "M. Si", "S. Sos", "S Sos"
    if (in_clutter(text, name.start) or is_decoy(text, name.start, name.end) or _service_role_after(text, name)
            or alone_on_line(text, name.start, name.end) or in_street_list(text, name.start)
            or bracketed_credit(text, name.start, name.end)):
        return None  # (a name alone on its line is a byline)
    if 2 * sum(_common_word(text, w) for w in words) >= len(words):
        return None  # "Mobile Tahun", "Suasana Komsos": mostly common words
    given = first in lexicon.given_names()
    if not given and _is_place_name(name.name):
        return None
    written_before = _WORD_BEFORE.search(text, max(0, name.start - 40), name.start)  # (as written: a Roman number)
    before = written_before.group(1).casefold() if written_before else None
    if before is not None and (before in _gate_words().not_after or before in _service_roles()):
        return None  # "bulan Ramadhan", "program Keluarga Berencana", "Danpos Jampul" (a role's place), "TPQ Nurul Huda"
    if _named_thing_elsewhere(text, name.name):
        return None  # "Lanud Darmo Karmun" elsewhere: "(Danlanud) Darmo Karmun" is the base, not a man
    if (before is not None and before in org_words() and before not in lexicon.level_words()
            and written_before.group(1) not in ("rumah", "kebun")):  # (lower case: someone's house, "rumah Darmo")
        return None  # "petani Keltan Sri Rejeki", "Pasar Darmo": a body's or a thing's name
    if len(words) > 1 and fold(words[-1]) in org_words():
        return None  # "Tri Brata News", "Sukamaju Online": a body's kind word closes its name
    if len(words) > 1 and words[0] in lexicon.people().name_openers and (
            fold(words[1]) in _not_names() or "Hyang" in words):
        return None  # "Ida Begawan Griya ...", "Ida Sang Hyang Widhi": a priest's title or God's name after the opener
    if _thing_named_before(text, name.start):
        return None  # "Masjid Agung Nurul Fallah", "Jalan Raya Syekh Nawawi": a thing's name runs on into it
    if _TOLD_BEFORE.search(text, max(0, name.start - 30), name.start):
        return None  # "seperti dikatakan Darmo": a name told before, referred back to
    if rank_shortly_before(text, name.start):
        return None  # "Sersan Satu (Sertu) Darmo", "Letkol (Inf) Darmo", "Kombes Pol Darmo": a ranked man
    if written_before is not None and _ROMAN.match(written_before.group(1)) and written_before.group(1) not in ("I", "C", "L"):
        return None  # "Kodam XIV Hasanuddin", "Pangdam V Brawijaya": a unit's name after its number
    if any(_GLUED.search(w) for w in words):
        return None  # "DesaSukamaju Darmo": words glued by a lost blank
    if is_title_case_line(text, name.start):
        return GatedName(name, False)
    signal = "given" if given else person_context(text, name, before)
    if (signal is not None and not given and signal not in ("degree", "age", "honorific")
            and not any(fold(w) in lexicon.given_names() or fold(w) in lexicon.family_names() for w in words)):
        signal = None  # a context alone made too many junk names ("Dir Binmas", "Pol PP"): a known name word too
    if signal is not None and not given and any(fold(w) in org_words() for w in words):
        signal = None  # "Forum Warga Peduli", "Ikatan Pemuda" after "oleh"
    return GatedName(name, signal is not None, signal)


def _numbered_before(text: str, start: int) -> bool:
    """The word before "I" is a thing that Roman numbers count ("Kanit I", "Kelas I", "Tahap I")."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and fold(m.group(1)) in COUNTED_NOUNS


# a run of capitalised words right before a span, within its sentence (a short abbreviation's dot only:
# "Jl.", "Gg."), a short form in brackets among them ("Pangkalan Udara (Lanud) Pangeran ...")
# (up to five words, a number among them: "Bandara Internasional Sultan Aji |...", "Skuadron Udara 32 |...")
_CAPITALISED_RUN_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’\-]*|[A-Z][a-z]{0,2}\.|\([A-Z][A-Za-z]+\)|\d{1,4})[ \t]+){1,5})$")


def _thing_named_before(text: str, start: int) -> bool:
    """A thing's word (a mosque, a street, a field) opens the capitalised words right before ``start``:
    the span goes on with the thing's own name."""
    m = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    prefixes = _org_prefixes()
    words = m.group(1).split()
    levels = [k for k, w in enumerate(words) if norm_key(w.strip("().")) in lexicon.level_words() - {"negeri"}]
    if levels:
        words = words[levels[-1] + 1:]  # ("Majelis Alit Desa |Pekraman Marga Ida Bagus Anom": a place's words close it;
        # not "Negeri" of a state's institution, "Universitas Negeri ...")
    if any(fold(w.strip("().")) in prefixes for w in words):
        return True
    # a building's word in lower case before the run: "di aula Catur Prasetya ..." (not someone's own place,
    # "rumah Bapak Darmo")
    lower = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return (lower is not None and lower.group(1).islower() and lower.group(1) in prefixes
            and lower.group(1) not in _OWNED_PLACES and not any(fold(w) in honorific_keys() for w in m.group(1).split()))


# places a person owns or keeps: the name after them is the owner's ("rumah Darmo", "warung Bu Darsih")
_OWNED_PLACES = frozenset({"rumah", "kebun", "warung", "toko", "kedai", "kafe", "lahan", "sawah", "kolam", "kandang"})


@lru_cache(maxsize=1)
def _org_prefixes() -> frozenset[str]:
    """Things' words, not the level words among them ("Desa Sukamaju Rudi": a place the blocks cut off)."""
    return org_prefix_words() - lexicon.level_words()


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
