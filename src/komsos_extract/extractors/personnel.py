"""Ranked personnel and named civilians.

:class:`PersonnelExtractor` finds the pieces: ``PERSON`` (a rank, its corps and the name after it),
``ROLE`` (a role phrase of ranked personnel) and ``CIVILIAN`` (a name the text marks as a person's,
see :mod:`.people`). :func:`build_personnel` puts them together: the mentions of one person become
one record, roles written before or after a name are attached, each person is tied to the unit the
text ties them to, and civilians who are really ranked personnel ("Pak Darto" for "Serka Darto") are
folded into them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..gazetteer import edit_distance
from ..records import Civilian, Person, TextSpan, Unit, UnitRef
from .base import Candidate, CandidateExtractor, doc_text
from .names import (DERIVED_NOUN, NameIndex, NameRead, fold, is_title_case_line, name_words, names_compatible, norm_key,
                    read_name, runs_on_line, short_form_of, short_line_bounds)
from .ner import gate_person, org_words, place_blocks
from .people import (WEAK_SCORE, CivilianHit, acronym_shaped, civil_role_at, civilian_hits, honorific_keys, in_clutter,
                     is_decoy, known_name_word, looks_like_place, name_stop, ner_hits)
from .ranks import RankMatch, find_ranks, without_corps
from .roles import find_roles
from .wordhits import whole_word_starts
from ..textutil import caseless_lower

# Patterns of the one-off checks below, compiled once (a module-level ``re`` call looks its pattern up on
# every call).
_ORDINAL = re.compile(r"\bke-?\s?\d+")
_NOT_WORD_CHARS = re.compile(r"[\W_]+")

_RETIRED = re.compile(r"[ \t]*\(?[ \t]*Purn(?:awirawan)?\.?[ \t]*\)?(?=\s)", re.IGNORECASE)
# Capitalised words of title-case headlines that are verbs, not names ("Serka Karyono Bergerak").
_VERB_SHAPE = re.compile(r"^(?:(?:ber|be|me|mem|men|meng|meny|di|ter|per)[a-z]{3,}|[a-z]{3,}kan)$", re.IGNORECASE)


def _trim_headline_name(name: NameRead) -> tuple[str, ...]:
    given = lexicon.given_names()
    words = list(name.words)
    for k in range(1, len(words)):
        if _VERB_SHAPE.match(words[k]) and words[k].casefold() not in given:
            return tuple(words[:k])
    return tuple(words)


def _wrapped_body_line(text: str, pos: int) -> bool:
    """A line of a hard-wrapped paragraph, not a headline, though its words are mostly capitalised
    ("itu, Komandan Kodim 1306/Kota Palu, Letkol Inf Budi Hartono,"): it opens in lower case or
    ends with a comma, the long line before it runs on into it (no closing mark), or the next line
    opens in lower case."""
    bounds = short_line_bounds(text, pos)
    return bounds is not None and runs_on_line(text, bounds)


_COMMA_THEN_NAME = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
_DOT_THEN_NAME = re.compile(r"\.[ \t]+(?=[A-Z])")
_BRACKET_OPEN_BEFORE = re.compile(r"\([ \t]*$")
_BRACKET_CLOSE_THEN_NAME = re.compile(r"[ \t]*\)[ \t]*,?[ \t]*(?=[A-Z])")
_LOWER_WORD_NEXT = re.compile(r"[ \t]+([a-z]{3,})\b")
_CAPITALISED_NEXT = re.compile(r"[ \t]+([A-Z][a-z]{2,})\b")
_STAR_COUNTS = frozenset({"satu", "dua", "tiga", "empat", "lima"})


def _name_word_next(text: str, pos: int, stop: frozenset[str]) -> bool:
    """The next word is capitalised and no stop word: a name's second word."""
    m = _CAPITALISED_NEXT.match(text, pos)
    return m is not None and fold(m.group(1)) not in stop


def _lower_given_name_at(text: str, pos: int) -> bool:
    """A known given name written in lower case comes next ("Kapten Inf sunarto")."""
    m = _LOWER_WORD_NEXT.match(text, pos)
    return m is not None and m.group(1) in lexicon.given_names()


# Prepositions and conjunctions, capitalised in headlines after a rank ("Mayor Kepada Darmo"): no name
_FUNCTION_WORDS = frozenset({"kepada", "untuk", "dari", "ke", "di", "dengan", "bagi", "oleh", "pada", "dan", "serta",
                             "atau", "yang", "dalam", "sebagai", "selaku", "jadi", "bersama",
                             # the services named after a rank word ("Diktuk Brigadir Polri Gelombang II")
                             "polri", "tni", "polisi", "ad", "al", "au"})


def _stop_word_opens_name(text: str, rm: RankMatch, key: str, end: int, stop: frozenset[str]) -> bool:
    """A stop word ``key`` (ending at ``end``) right after a rank opens the ranked man's name: after rank
    and corps a word no common one ("Kapten Inf Tomas"), or a verb before a name word ("Brigjen TNI Bangun
    Karmundo"); without a corps a common word before a name word ("AKBP Hari Purnomo"), not a preposition,
    a service, a form of address, nor on a headline line ("Mayor Kepada Darmo")."""
    if key in lexicon.roles().words():
        return False
    if rm.corps and key not in lexicon.stopwords():
        return True
    plain = rm.corps or (key in lexicon.stopwords() and key not in _FUNCTION_WORDS and key not in honorific_keys()
                         and not is_title_case_line(text, rm.start))
    return bool(plain) and _name_word_next(text, end, stop)


def _nameless_corps(corps: str) -> bool:
    """A corps that is never a name read as one ("Laut (P)", "TNI", "Pol", "(K)"); "Inf" or "Mus" may be."""
    return corps.startswith(("TNI", "Laut")) or "(" in corps or fold(corps) in ("pol", "polisi", "ad", "al", "au")


def _corps_may_be_name(corps: str) -> bool:
    """A corps-shaped word right after a rank that may be the man's name when no other follows: one
    the corps list marks as a name too ("Serma Mus bersama ..."), not "Kapten Inf tarekat" or "Letkol Pnb, Darmo"."""
    return (not _nameless_corps(corps) and len(corps) <= 4 and not corps.isupper()
            and fold(corps) in lexicon.corps_also_names())


_ROLE_OR_COMMA_BEFORE = re.compile(r"(?:,|[A-Z][\w.]*)[ \t]*$")  # a comma or a capitalised word (a role's, a place's)


class PersonnelExtractor(CandidateExtractor):
    name = "personnel"
    labels = ("PERSON", "ROLE", "CIVILIAN")

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        found: list[Candidate] = []
        found.extend(self._ranked(text))
        for r in find_roles(text):
            if in_clutter(text, r.start):
                continue
            entry = r.entry
            found.append(Candidate(
                label="ROLE", start=r.start, end=r.end, text=text[r.start:r.end],
                rule=f"role:{entry.role if entry else 'head'}",
                attrs={"role": r.role, "unit_kinds": list(entry.unit_kinds) if entry else [],
                       "service": entry.service if entry else None, "tail_number": r.tail_number,
                       "tail_name": r.tail_name, "tail_end": r.tail_end},
            ))
        for hit in civilian_hits(text) + self.extra_civilians(doc):
            found.append(Candidate(
                label="CIVILIAN", start=hit.start, end=hit.end, text=text[hit.start:hit.end],
                rule=f"civilian:{hit.rule}", score=hit.score,
                attrs={"name": hit.name, "honorific": hit.honorific, "role": hit.role, "source": hit.rule},
            ))
        return found

    def extra_civilians(self, doc: Doc) -> list[CivilianHit]:
        """Other sources of person names: PER entities already on the Doc (an NER pipe or an entity
        ruler placed before this component). ``NER_PER`` candidates of the ``komsos_ner`` component
        are read by the builder, see :func:`_ner_civilians`."""
        return ner_hits(doc)

    def _ranked(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        stop = name_stop()
        for rm in find_ranks(text):
            if in_clutter(text, rm.start):
                continue
            retired = _RETIRED.match(text, rm.after)
            if retired:  # "Peltu (Purn) Harun"
                rm = replace(rm, after=retired.end())
            name = read_name(text, rm.after, stop=stop)
            if (name is not None and DERIVED_NOUN.match(fold(name.words[0]))
                    and fold(name.words[0]) not in lexicon.given_names()):
                name = None  # "pungkas Kolonel Infanteri Kelahiran Kudus": a derived noun opens no name
            if (name is not None and len(name.words) > 1 and fold(name.words[0]) == "bintang"
                    and fold(name.words[1]) in _STAR_COUNTS):
                name = None  # "Jenderal Bintang Tiga": a general's stars, no name
            if (name is not None and rm.corps and text[rm.after - 1] == "." and "\n" in text[rm.after:name.start]
                    and rm.after - text.rfind("\n", 0, rm.after) > 100):
                name = None  # "Prada Pom.\nDarmo ...": a paragraph ended with the corps-shaped word, his name
                # (lines of a hard-wrapped text are shorter: "Kapten Inf.\nDarmo" goes on there)
            if (name is None and not (rm.corps and _corps_may_be_name(rm.corps))  # ("Kolonel ARM, Darmo", "Mayor
                    # POM, Darmo"; not "Serka Mus, Darmo Karmun dan Lodrik": Mus is his name, a list follows)
                    and _ROLE_OR_COMMA_BEFORE.search(text, max(0, rm.start - 30), rm.start)
                    and (comma := _COMMA_THEN_NAME.match(text, rm.after))):
                # "Kapolsek Sukamaju, AKP, Darmo, ...", "Kapolres Sukamaju AKBP, Darmo": still his rank (not
                # the last of a list of ranks, "... dan Peltu, Darmo", nor a word's object, "sebagai Kapten, Darmo");
                # after a corps too
                name = read_name(text, comma.end(), stop=stop)
            if (name is None and not rm.corps and _BRACKET_OPEN_BEFORE.search(text, max(0, rm.start - 3), rm.start)
                    and (close := _BRACKET_CLOSE_THEN_NAME.match(text, rm.after))):
                name = read_name(text, close.end(), stop=stop)  # "(Serma) Darmo", "(Serda), Darmo": the rank in brackets
                if name is not None and fold(name.words[0]) in org_words():
                    name = None  # "Inspektur Jenderal (Irjen) Kementerian ...": a post's short form, then its body
            if (name is None and rm.corps and rm.corps.endswith(")")
                    and (dot := _DOT_THEN_NAME.match(text, rm.after))):
                name = read_name(text, dot.end(), stop=stop)  # "Letkol Laut (P). Darmo": a stray dot
            if name is None and (word := _CAPITALISED_NEXT.match(text, rm.after)):
                key = fold(word.group(1))
                if key in stop and _stop_word_opens_name(text, rm, key, word.end(), stop):
                    name = read_name(text, rm.after, stop=stop - {key})
            if (name is None and rm.corps and _corps_may_be_name(rm.corps)
                    and not _lower_given_name_at(text, rm.after)):
                rm = without_corps(rm)  # "Serma Mus": the "corps" was the name (not "Kapten Inf darmo", a name
                name = read_name(text, rm.after, stop=stop)  # written in lower case after the corps)
            if name is None:
                continue
            out.append(self._person(text, rm, name))
        return out

    @staticmethod
    def _person(text: str, rm: RankMatch, name: NameRead) -> Candidate:
        headline = is_title_case_line(text, rm.start) and not _wrapped_body_line(text, rm.start)
        words = _trim_headline_name(name) if headline else name.words
        end = name.spans[len(words) - 1][1]
        # Tuples shared between the mentions (the services of a rank, the corps' own, the degrees):
        # a long text holds tens of thousands of these candidates, and every list the collector of
        # the interpreter would have to walk again and again.
        return Candidate(
            label="PERSON", start=rm.start, end=end, text=text[rm.start:end],
            rule=f"rank:{rm.rank}:corps" if rm.corps else f"rank:{rm.rank}",
            attrs={"rank": rm.rank, "rank_written": rm.written, "services": _services(rm.entries),
                   "corps": rm.corps, "corps_services": rm.corps_services, "name": " ".join(words),
                   "name_start": name.start, "prefix": name.prefix, "degrees": name.degrees,
                   "after": name.after if words == name.words else end, "headline": headline},
        )


@lru_cache(maxsize=None)
def _services_by_entries() -> dict[int, tuple]:
    """id of a rank's entries (the tuples of :func:`.ranks._rank_forms`, kept alive in the values)
    -> (entries, their services sorted). Cleared with the lexicon caches."""
    return {}


def _services(entries: tuple) -> tuple[str, ...]:
    """The services of a rank's entries, sorted: one shared tuple per rank form."""
    known = _services_by_entries()
    got = known.get(id(entries))
    if got is None or got[0] is not entries:
        if len(known) > 1024:
            known.clear()
        got = known[id(entries)] = (entries, tuple(sorted({s for e in entries for s in e.services})))
    return got[1]


# --- building the records ----------------------------------------------------------------------

@dataclass
class _Cluster:
    name: str
    rank: str
    mentions: list[Candidate] = field(default_factory=list)
    extra: list[tuple[int, int]] = field(default_factory=list)  # spans found through other sources
    first: Candidate | None = None  # the earliest mention
    starts: list[int] = field(default_factory=list)  # mention starts, sorted

    def add(self, mention: Candidate) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.start)
        if self.first is None or mention.start < self.first.start:
            self.first = mention

    def last_start_before(self, pos: int) -> int:
        """Start of the last mention before ``pos``, or -1."""
        i = bisect_left(self.starts, pos)
        return self.starts[i - 1] if i else -1


def _is_initial(name: str) -> bool:
    return all(len(w) == 1 for w in name_words(name))


def _full_letters(name: str) -> int:
    """Letters in the name's full words: "Dimas Ardan Pratama" is fuller than "Dimas Ardan P"."""
    return sum(len(w) for w in name_words(name) if len(w) > 1)


def _cluster_persons(persons: list[Candidate]) -> list[_Cluster]:
    """Group the mentions of one person: same rank and compatible names ("Andi Lesmana" / "Andi"), or
    the very same name under a rank of the same service (a typo: "Serka Darmaji" / "Serma Darmaji").
    The record's name is the longest one written outside headlines."""
    # What depends on the name alone is worked out once per name: a long text repeats few names.
    shape: dict[str, tuple[bool, int, int]] = {}
    for c in persons:
        name = c.attrs["name"]
        if name not in shape:
            shape[name] = (_is_initial(name), -len(name_words(name)), -_full_letters(name))
    order = sorted(persons, key=lambda c: (c.attrs["headline"], *shape[c.attrs["name"]], c.start))
    clusters: list[_Cluster] = []
    respelled: set[int] = set()  # clusters holding a whole name written two ways
    by_rank_letter: dict[tuple[str, str], list[_Cluster]] = {}  # (rank, first two letters) -> clusters
    by_last: dict[str, list[_Cluster]] = {}  # last word of the name -> clusters
    index = NameIndex()
    compatible: dict[str, tuple[int, list[_Cluster]]] = {}  # name -> (index size, clusters)
    for c in order:
        name = c.attrs["name"]
        words = name_words(name)
        known = compatible.get(name)
        if known is None or known[0] != len(index):  # the index grew: ask again
            known = compatible[name] = (len(index), index.compatible(name))
        fits = [cl for cl in known[1]
                if cl.rank == c.attrs["rank"] or words == name_words(cl.name)
                and set(c.attrs["services"]) & set(cl.first.attrs["services"])]
        if len(fits) > 1:
            exact = [cl for cl in fits if name_words(cl.name) == words]
            fits = exact or [max(fits, key=lambda cl: cl.last_start_before(c.start))]
        if not fits and words:  # the same man with one letter written differently ("Arifani" / "Arifaini
            # Nur") or his name's first word shortened ("AKBP Robin" of "AKBP Robinson Simatupang"): looked
            # for among the men of that rank whose name opens with the same two letters (not every man so far)
            near = by_rank_letter.get((c.attrs["rank"], words[0][:2]), ())
            fits = [cl for cl in near if _spelled_alike(words, name_words(cl.name))][:1]
            if fits and len(words) == len(name_words(fits[0].name)):
                respelled.add(id(fits[0]))
            if not fits and len(words) == 1 and len(words[0]) >= 4:
                fits = [cl for cl in near if name_words(cl.name)[0].startswith(words[0])][:1]
            if not fits and len(words) >= 3:  # "Kompol M. Arief Sanjaya" / "Kompol Ahmad Arief Sanjaya"
                fits = [cl for cl in by_last.get(words[-1], ())
                        if cl.rank == c.attrs["rank"] and _same_but_first(words, name_words(cl.name))][:1]
            if not fits and len(words) == 1 and len(words[0]) >= 5:
                # "Sertu Labobar" after "Serda Jesmi Labobar": his family name under a rank of the same
                # service written wrong, when only one man of that service bears it
                same = [cl for cl in by_last.get(words[0], ()) if len(name_words(cl.name)) > 1
                        and set(c.attrs["services"]) & set(cl.first.attrs["services"])
                        and fold(name.split()[-1]) == fold(cl.name.split()[-1])]  # (a rank and a spelling
                # both other are another man: "AKBP Eko Widiantoro" ... "AKP Widiyantoro")
                fits = same if len(same) == 1 else []
        if fits:
            fits[0].add(c)
            continue
        if shape[name][0]:
            continue  # "Koptu P" alone is nobody we can name
        cluster = _Cluster(name=name, rank=c.attrs["rank"])
        cluster.add(c)
        clusters.append(cluster)
        index.add(name, cluster)
        if words:
            by_rank_letter.setdefault((cluster.rank, words[0][:2]), []).append(cluster)
            by_last.setdefault(words[-1], []).append(cluster)
    for cl in clusters:
        if id(cl) in respelled:  # two spellings of the whole name: the one written more often, else first
            size = len(name_words(cl.name))
            written = [m for m in cl.mentions if len(name_words(m.attrs["name"])) == size and not m.attrs["headline"]]
            if written:
                counts = Counter(m.attrs["name"] for m in written)
                cl.name = max(written, key=lambda m: (counts[m.attrs["name"]], -m.start)).attrs["name"]
    clusters.sort(key=lambda cl: cl.first.start)
    return clusters


_BARE_SOURCES = frozenset({"subject", "speech_tag", "quote", "object", "known_name", "ner"})


def _same_but_first(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names of three words or more equal but for the first, written once as an initial or a short form."""
    return (len(a) == len(b) and a[1:] == b[1:] and all(len(w) >= 4 for w in a[1:])
            and (len(a[0]) == 1 or len(b[0]) == 1))


def _spelled_alike(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` opens ``long`` word by word but for one letter in one word: that word has seven letters
    or more ("Mancentus" / "Mancetus Ninmusu"), or another word of four letters or more agrees in full
    and the word differing has six letters, or four after the first word ("Sukrin Arafit" / "Sukron
    Arafit", "Khairul Umam" / "Khairul Uman"). Shorter given names a letter apart are often two people
    ("Hendra" / "Hendri", "Rian" / "Dian Saputra")."""
    if not short or len(short) > len(long):
        return False
    differ = [(k, a, b) for k, (a, b) in enumerate(zip(short, long)) if a != b]
    if len(differ) != 1:
        return False
    k, a, b = differ[0]
    if abs(len(a) - len(b)) > 1:
        return False
    # (short given names a letter apart are two people: "Rian Saputra" / "Dian Saputra"; a family name
    # a letter off after the same given name is one: "Khairul Umam" / "Khairul Uman")
    if edit_distance(a, b, 1) != 1 or min(len(a), len(b)) < (4 if k > 0 else 6):
        return False
    return min(len(a), len(b)) >= 7 or any(w == v and len(w) >= 4 for w, v in zip(short, long))


_ALLOWED_LOWER = {"jajaran", "dari", "wilayah", "binaan", "desa", "kelurahan", "kecamatan", "kabupaten",
                  "kota", "di", "satuan", "tipe", "setempat", "yakni", "yaitu"}
_GAP_TOKEN = re.compile(r"[^\s,()/\-–.]+")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?:\s|$)|\n\s*\n|[\"“”]")


def _gap_links(text: str, start: int, end: int, skip: _Spans | None = None) -> bool:
    """True when the words between a role and a rank only name the unit or place of the role:
    units, place and unit names, numbers, brackets, commas ("Babinsa Desa Sukamaju Koramil 05/Kota,").
    Characters inside ``skip`` spans (units and roles already read) are not looked at."""
    if end - start > 160:
        return False
    chars = list(text[start:end])
    for s, e in skip.overlapping((start, end)) if skip is not None else ():
        for k in range(max(s, start), min(e, end)):
            chars[k - start] = " "
    gap = _ORDINAL.sub(" ", "".join(chars))  # "Satgas TMMD ke-110"
    if _SENTENCE_END.search(gap):
        return False
    level = lexicon.level_words()
    for tok in _GAP_TOKEN.findall(gap):
        if tok[:1].isupper() or tok[:1].isdigit() or tok.casefold() in level or tok in _ALLOWED_LOWER:
            continue
        return False
    return True


_AFTER_NAME_ROLE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:selaku|sebagai|yang[ \t]+merupakan|merupakan|adalah)[ \t]+)?"
    r"(?:(?:salah[ \t]+(?:satu|seorang)[ \t]+)?(?:anggota|personel)[ \t]+)?", re.IGNORECASE)
_AFTER_NAME_UNIT = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:selaku|sebagai)[ \t]+)?(?:salah[ \t]+(?:satu|seorang)[ \t]+)?"
    r"(?:anggota|personel|dari|jajaran|prajurit)[ \t]+", re.IGNORECASE)


class _Linker:
    """Ties persons to roles and units, with the article's candidates at hand. Candidates come in
    text order; lookups go through sorted offsets so each costs a bisection, not a scan."""

    def __init__(self, ctx, persons: list[Candidate]):
        self.text: str = ctx.text
        self.persons = persons
        self.person_starts = [p.start for p in persons]
        self.roles = ctx.candidates("ROLE")
        self.roles_by_end = sorted(self.roles, key=lambda r: (r.end, r.start))
        self.role_ends = [r.end for r in self.roles_by_end]
        self.role_at: dict[int, Candidate] = {}
        for r in self.roles:
            self.role_at.setdefault(r.start, r)
        self.unit_cands = ctx.candidates("UNIT")
        self.unit_starts = [u.start for u in self.unit_cands]
        self.unit_at: dict[int, Candidate] = {}
        for u in self.unit_cands:
            self.unit_at.setdefault(u.start, u)
        self.units: list[Unit] = ctx.fields.get("units") or []
        self.units_of_kind: dict[str, list[Unit]] = {}
        for u in self.units:
            self.units_of_kind.setdefault(u.kind, []).append(u)

    # Built when first asked: most articles never need them (no role before a name, one service).
    @cached_property
    def unit_services(self) -> Counter:
        return Counter(u.service for u in self.units)

    @cached_property
    def skip(self) -> _Spans:
        return _Spans([(u.start, u.end) for u in self.unit_cands] + [(r.start, r.end) for r in self.roles])

    def role_before(self, person: Candidate) -> Candidate | None:
        i = bisect_right(self.role_ends, person.start) - 1  # the role ending last before the person
        if i < 0 or person.start - self.role_ends[i] > 160:
            return None
        role = self.roles_by_end[i]
        if bisect_left(self.person_starts, role.end) < bisect_left(self.person_starts, person.start):
            return None  # another person stands between
        k = bisect_left(self.person_starts, role.start) - 1
        if k >= 0 and not self.text[self.persons[k].attrs["after"]:role.start].strip():
            return None  # "Mayor Darmo Dansatrad 231, Kapten Lodra": the role closes the name before it
        return role if _gap_links(self.text, role.end, person.start, self.skip) else None

    def role_after(self, person: Candidate) -> Candidate | None:
        if not self.role_at:
            return None  # no role in the text (the common case for most mentions of a long text)
        m = _AFTER_NAME_ROLE.match(self.text, person.attrs["after"])
        pos = m.end() if m else person.attrs["after"]
        role = self.role_at.get(pos)
        if role is None:
            return None
        i = bisect_left(self.person_starts, role.end)
        if i < len(self.persons) and self.role_before(self.persons[i]) is role:
            return None  # "Serka Tono, Bhabinkamtibmas Aipda Rudi": the role is the next person's
        return role

    def unit_in(self, start: int, end: int) -> Unit | None:
        i = bisect_left(self.unit_starts, start)
        if i < len(self.unit_cands) and self.unit_starts[i] < end:
            return self._unit_of(self.unit_cands[i])
        return None

    def unit_after_role(self, role: Candidate) -> Unit | None:
        i = bisect_left(self.unit_starts, role.end)
        while i < len(self.unit_cands) and self.unit_starts[i] - role.end <= 40:
            c = self.unit_cands[i]
            if _gap_links(self.text, role.end, c.start):
                return self._unit_of(c)
            i += 1
        return None

    def unit_after_name(self, person: Candidate) -> Unit | None:
        if not self.unit_at:
            return None
        m = _AFTER_NAME_UNIT.match(self.text, person.attrs["after"])
        if not m:
            return None
        c = self.unit_at.get(m.end())
        return self._unit_of(c) if c is not None else None

    def unit_of_role(self, role: Candidate) -> Unit | None:
        """The unit a role names in its fused tail ("Danramil 02/Kota Baru") or, failing that,
        the only unit in the story of the kind the role belongs to."""
        kinds = role.attrs["unit_kinds"]
        number, name = role.attrs["tail_number"], role.attrs["tail_name"]
        if number or name:
            for kind in kinds:
                for u in self.units_of_kind.get(kind, ()):
                    if number and u.number == number or not number and name and _same_name(u.name, name):
                        return u
        for kind in kinds:
            of_kind = self.units_of_kind.get(kind, [])
            if len(of_kind) == 1:
                return of_kind[0]
            if of_kind:
                return None
        return None

    def _unit_of(self, cand: Candidate) -> Unit | None:
        kind, number, name = cand.attrs["kind"], cand.attrs["number"], cand.attrs["name"]
        of_kind = self.units_of_kind.get(kind, ())
        for u in of_kind:
            if number and u.number == number or not number and _same_name(u.name, name):
                return u
        for u in of_kind:
            if u.start <= cand.start < u.end:
                return u
        return None


def _same_name(a: str | None, b: str | None) -> bool:
    na = " ".join(_NOT_WORD_CHARS.sub(" ", (a or "").casefold()).split())
    nb = " ".join(_NOT_WORD_CHARS.sub(" ", (b or "").casefold()).split())
    return bool(na and nb) and (na == nb or na.startswith(nb + " ") or nb.startswith(na + " "))


def _service(cluster: _Cluster, role: Candidate | None, unit: Unit | None, linker: _Linker) -> str:
    """Rank first (Polri ranks, Laksamana, Marsekal), then corps, role, unit, the story's units."""
    services = set(cluster.mentions[0].attrs["services"])
    # Narrowing by a set a second time changes nothing (the result is inside it, or was disjoint
    # from it and still is): each distinct set is applied once, in order of first mention.
    for of_mention in dict.fromkeys(tuple(m.attrs["services"]) for m in cluster.mentions):
        services = services & set(of_mention) or services
    if len(services) == 1:
        return next(iter(services))
    for m in cluster.mentions:
        cs = m.attrs["corps_services"]
        if len(cs) == 1:
            return cs[0]
    if role is not None and role.attrs["service"] in services:
        return role.attrs["service"]
    if unit is not None and unit.service and unit.service in services:
        return unit.service
    counts = Counter({s: n for s, n in linker.unit_services.items() if s in services})
    if counts:
        return counts.most_common(1)[0][0]
    return "TNI AD" if "TNI AD" in services else sorted(services)[0]


def _corps(cluster: _Cluster) -> str | None:
    """The corps of the earliest mention that writes one."""
    first = None
    for m in cluster.mentions:
        if m.attrs["corps"] and (first is None or m.start < first.start):
            first = m
    return first.attrs["corps"] if first is not None else None


_WORD_START = re.compile(r"(?<![\w.])\w+")
_WORD_CHAR = re.compile(r"\w")
_WORD_CHARS = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def _words_at(text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """End of ``words`` written from ``pos`` on, separated by white space and ending at a word
    boundary, or ``None``. (Plain string tests: compiling a pattern per name would flood the
    ``re`` module's cache on long texts.)"""
    i = pos
    for k, w in enumerate(words):
        if k:
            gap = _SPACES.match(text, i)
            if not gap:
                return None
            i = gap.end()
        if not text.startswith(w, i):
            return None
        i += len(w)
    return None if _WORD_CHAR.match(text, i) else i


def _bare_mentions(text: str, clusters: list[_Cluster], taken: _Spans) -> list[list[tuple[int, int]]]:
    """Other places where the text writes a person's name, or its first or last word, alone
    ("Yudi menjelaskan", "kata Budi Santoso"), for every cluster at once. Words shared with another
    person's name are skipped. One pass over the words of the text: a probe is tried only where a
    word opens the way the probe does."""
    shared = Counter(w for cl in clusters for w in set(name_words(cl.name)))
    stop = name_stop()
    owners: dict[str, list[int]] = {}  # probe -> the clusters it is a mention of
    for k, cl in enumerate(clusters):
        words = cl.name.split()
        probes = [cl.name] if len(words) > 1 else []
        for w in dict.fromkeys((words[0], words[-1])):
            key = name_words(w)
            if len(w) >= 4 and key and shared[key[0]] < 2 and w.casefold() not in stop:
                probes.append(w)
        for probe in probes:
            owners.setdefault(probe, []).append(k)
    # Probes filed under the word characters they open with, longest first:
    # opening -> [(probe words, owners)]
    by_opening: dict[str, list[tuple[tuple[str, ...], list[int]]]] = {}
    for probe in sorted(owners, key=len, reverse=True):
        opening = _WORD_CHARS.match(probe)
        if opening:
            by_opening.setdefault(opening.group(), []).append((tuple(probe.split()), owners[probe]))
    out: list[list[tuple[int, int]]] = [[] for _ in clusters]
    free = 0  # no match may start before this (matches never overlap)
    for start, opening in _openings(text, by_opening):
        if start < free:
            continue
        for probe, who in by_opening[opening]:
            end = _words_at(text, start, probe)
            if end is None:
                continue
            span = (start, end)
            free = end
            if not (taken.overlaps(span) or in_clutter(text, span[0]) or is_decoy(text, span[0], span[1])):
                for k in who:
                    out[k].append(span)
            break
    return out


def _openings(text: str, by_opening: dict[str, list]) -> list[tuple[int, str]]:
    """Where the text writes a word (not after a dot) that is a key of ``by_opening``, in order.

    Each key is looked for as written (``str.find``; names are few and their words rarely stand
    inside other words), with the word boundaries checked around it. On a text that the word index
    can read (:func:`.wordhits.word_hits`), as before only keys of ASCII letters are looked for;
    on others every word of the text is read."""
    if not by_opening:
        return []
    if caseless_lower(text) is None:  # the word index cannot read this text
        return [(m.start(), m.group()) for m in _WORD_START.finditer(text) if m.group() in by_opening]
    out: list[tuple[int, str]] = []
    for opening in by_opening:
        low = opening.lower()
        if low.isascii() and low.isalpha():
            out.extend((p, opening) for p in whole_word_starts(text, opening, not_after="."))
    out.sort()
    return out


class _Spans:
    """Spans already claimed in the text, for quick overlap tests."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_len = max((e - s for s, e in self.spans), default=0)
        # The furthest end among the first k spans: "does any span overlap?" in log time, however
        # long the longest span is.
        self.reach = list(accumulate((e for _, e in self.spans), max))

    def overlapping(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        lo = bisect_left(self.starts, span[0] - self.max_len)
        hi = bisect_left(self.starts, span[1])
        return [(s, e) for s, e in self.spans[lo:hi] if s < span[1] and span[0] < e]

    def overlaps(self, span: tuple[int, int]) -> bool:
        hi = bisect_left(self.starts, span[1])  # the spans that start before this one ends
        return hi > 0 and self.reach[hi - 1] > span[0]


def build_personnel(ctx) -> dict:
    """Fields ``personnel`` and ``people`` from PERSON / ROLE / CIVILIAN candidates."""
    text = ctx.text
    persons = ctx.candidates("PERSON")
    linker = _Linker(ctx, persons)
    clusters = _cluster_persons(persons)

    claimed = _Spans([(p.start, p.end) for p in persons] + [(u.start, u.end) for u in linker.unit_cands])
    hits = ctx.candidates("CIVILIAN") + _ner_civilians(ctx)
    if any(c.attrs["source"] == "ner" for c in hits):  # only model spans are vetted against places
        blocked = [(u.start, u.end) for u in linker.unit_cands] + place_blocks(ctx.candidates("PLACE"))
        hits = [_vet_ner(text, c, blocked) if c.attrs["source"] == "ner" else c for c in hits]
    hits = _listed_with_person(text, _without_crossing_model_spans([c for c in hits if c is not None]))
    civilians = [c for c in hits
                 if not claimed.overlaps((c.start, c.end))
                 and not is_decoy(text, c.start, c.end) and not acronym_shaped(c.attrs["name"])
                 and not (c.attrs["source"] != "honorific" and looks_like_place(c.attrs["name"].split()))]
    # Civilian hits that name a ranked person ("Pak Darto" for "Serka Darto Wiyono") are their mentions.
    index = NameIndex()
    for cl in clusters:
        index.add(cl.name, cl)
    people_hits: list[Candidate] = []
    for c in civilians:
        female = _female_address(c.attrs["honorific"])
        wives_chair = ((female or _WIVES_BODY.search(c.attrs["role"] or "")) and " " in c.attrs["name"].strip()
                       and _WIVES_BODY.search(text, max(0, c.start - 80), c.start))  # ("Ketua Persit ... Darsih Darmo")
        fits = [cl for cl in index.compatible(c.attrs["name"])
                if not (wives_chair or (_wife_of(c.attrs["name"], cl.name) and (female or _spouse_chair(text, c))))]
        if not fits and c.attrs["source"] == "speech_tag":
            # a speaker named by a short form of a ranked person's name ("Niko" of "Nikodemus")
            fits = [cl for cl in clusters if short_form_of(c.attrs["name"], cl.name)][:1]
        if not fits and c.attrs["source"] in _BARE_SOURCES:
            # a bare one-word mention spelled a little differently ("Lodrikyansah" for "Bripka Lodrikansyah")
            # or the start of a ranked man's word ("Menurut Rudi" of "Serma Rudiyanto")
            fits = [cl for cl in clusters if _misspelled_word_of(c.attrs["name"], cl.name)
                    or _opening_of_word(c.attrs["name"], cl.name)][:1]
        if not fits and c.attrs["source"] in _BARE_SOURCES | {"honorific"}:
            # his name without its first syllable, as Javanese names are called ("Pak Wandi" of "Aiptu Suwandi")
            fits = [cl for cl in clusters if _ending_of_word(c.attrs["name"], cl.name)][:1]
        if len(fits) == 1:
            fits[0].extra.append((c.start, c.end))
            if (c.attrs["source"] in ("subject", "speech_tag", "quote", "known_name") and not c.attrs["honorific"]
                    and not c.attrs["role"] and _fuller_name(c.attrs["name"], fits[0].name)):
                fits[0].name = c.attrs["name"]  # ("Ipda Darmo Karmun" ... "Lodrik Darmo Karmun berpesan"): the fullest form
        elif not fits:
            people_hits.append(c)

    taken = _Spans([(p.start, p.end) for p in persons] + [(u.start, u.end) for u in linker.unit_cands]
                   + [(c.start, c.end) for c in civilians] + [(r.start, r.end) for r in linker.roles])
    bare = _bare_mentions(text, clusters, taken)
    personnel = [_person_record(ctx, cl, linker, spans) for cl, spans in zip(clusters, bare)]

    people = _people_records(text, people_hits)
    return {"personnel": personnel, "people": people}


def _female_address(honorific: str | None) -> bool:
    """A woman's address form ("Ny.", "Ibu"): a longer name with the ranked man's after it is his wife's
    only then ("Bapak M. Agus Purnomo" is still Agus Purnomo)."""
    return norm_key(honorific or "") in {"ny", "nyonya", "ibu", "bu", "ibunda"}


# The wives' bodies of the services, whose chairs are written with their husband's name ("Ketua
# Jalasenastri Cabang 4 Ibu Darmo Karmun" beside "Letkol Laut (P) Darmo Karmun")
_WIVES_WORD = re.compile(r"\b(?:Jalasenastri|Persit|Kartika Chandra Kirana|Bhayangkari|Ardhya Garini|PIA|Dharma Pertiwi"
                         r"|TP[ .-]*PKK|Tim Penggerak PKK|Dharma Wanita|DWP|GOW)\b")
_WIVES_BODY = re.compile(_WIVES_WORD.pattern + r"[^.\n]*$")


def _spouse_chair(text: str, c: Candidate) -> bool:
    """A name of two words or more right after a wives' body in its sentence ("ketua Bhayangkari Polres
    Sukamaju, Yuni Darmo Karmun"): a chair named with her husband's name after her own."""
    if " " not in c.attrs["name"].strip():
        return False
    window = _TITLE_DOT.sub(r"\1", text[max(0, c.start - 80):c.start])  # ("Ketua TP PKK Hj. Ratna ...")
    body = None
    for body in _WIVES_WORD.finditer(window):
        pass
    if body is None:
        return False
    # the body's chair, her title and her name follow it, no sentence's end nor clause between ("...
    # Bhayangkari mendampingi Kapolsek Sukamaju, Darmo Karmun": the Kapolsek)
    between = window[body.end():]
    return "." not in between and "\n" not in between and not _LOWER_WORD_BETWEEN.search(between) and not any(
        civil_role_at(between, m.start()) is not None and fold(m.group()) not in ("ketua", "wakil")
        for m in _CAPITALISED_WORD.finditer(between))  # ("Lomba TP PKK, Bupati Tarjo Darmo ...": the Bupati)


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_TITLE_DOT = re.compile(r"\b([A-Z][a-z]{0,2})\.")  # a title's dot ("Hj.", "Ny."), no acronym's sentence end ("PKK.")
_LOWER_WORD_BETWEEN = re.compile(r"(?<![\w])(?!(?:cabang|daerah|ranting|kecamatan|kabupaten|kota|desa|kelurahan|ketua|"
                                 r"wakil|ibu|bunda|koorcab|korcab)\b)[a-z]{3,}\b")


def _misspelled_word_of(name: str, ranked: str) -> bool:
    """One word of seven letters or more, two edits at most from a word of the ranked man's name with
    the same first letter."""
    words = name_words(name)  # (spelled as the ranked man's words are: "Arief" / "Arif")
    if len(words) != 1 or len(words[0]) < 7:
        return False
    word = words[0]
    return any(w[:1] == word[:1] and abs(len(w) - len(word)) <= 2 and edit_distance(word, w, 2) <= 2
               for w in name_words(ranked))


def _opening_of_word(name: str, ranked: str) -> bool:
    """One word of four letters or more that opens a word of the ranked man's name at least three
    letters longer ("Rudi" of "Rudiyanto", as a release shortens him after naming him in full; not
    "Andi" of "Andika", a name of its own)."""
    words = name_words(name)
    if len(words) != 1 or len(words[0]) < 4:
        return False
    return any(len(w) >= len(words[0]) + 3 and w.startswith(words[0]) for w in name_words(ranked))


def _ending_of_word(name: str, ranked: str) -> bool:
    """One word of four letters or more that is a word of the ranked man's name without its opening
    syllable "Su" or "Sri", as Javanese names are called ("Wandi" of "Suwandi", "Gianto" of "Sugianto";
    not "Andi" of "Suwandi")."""
    words, his = name_words(name), name_words(ranked)
    if len(words) != 1 or len(words[0]) < 4:
        return False
    return any(w.endswith(words[0]) and w[:len(w) - len(words[0])] in ("su", "sri") for w in his)


def _fuller_name(name: str, ranked: str) -> bool:
    """``name`` is the ranked man's name written in full: every word of it, in order, and more words,
    each a known given or family name (an initial or a stray word is no fuller form: "Darmo K", "Seka
    Darmo" beside "Darmo")."""
    words, his = name_words(name), name_words(ranked)
    return (len(words) > len(his) and names_compatible(name, ranked) and all(w in words for w in his)
            and all(known_name_word(w) for w in name.split() if name_words(w) and name_words(w)[0] not in his))


def _wife_of(name: str, ranked: str) -> bool:
    """``name`` is the ranked person's whole name with a given name of its own before it: his wife,
    named the way the Bhayangkari and Persit write their chairs ("Ny. Rina Agus Purnomo" beside "AKBP
    Agus Purnomo", "Ny. Rina Purnomo" beside "Iptu Purnomo")."""
    words, his = name_words(name), name_words(ranked)
    return len(his) >= 1 and len(words) > len(his) and words[-len(his):] == his


def _ner_civilians(ctx) -> list[Candidate]:
    """``NER_PER`` spans of the statistical model (``komsos_ner``) as civilian hits, next to the PER
    entities that :func:`.people.ner_hits` reads off the Doc."""
    return [Candidate(label="CIVILIAN", start=c.start, end=c.end, text=c.text, rule=f"civilian:{c.rule}",
                      score=c.score, attrs={"name": " ".join(c.text.split()), "honorific": None, "role": None,
                                            "source": "ner"})
            for c in ctx.candidates("NER_PER")]


def _without_crossing_model_spans(hits: list[Candidate]) -> list[Candidate]:
    """Model names that cross a rule's name (each holds words the other lacks: "Kordiv |Teknis
    Penyelenggaraan [Faisal Amin| Mamulaty]") are dropped: one of the model's edges is wrong, and the
    rule read that stretch from its cue."""
    if not any(c.attrs["source"] in ("ner", "ner_weak") for c in hits):
        return hits
    rules = [(c.start, c.end) for c in hits if c.attrs["source"] not in ("ner", "ner_weak")]

    def crosses(c: Candidate) -> bool:
        return any(s < c.end and c.start < e and not (s <= c.start and c.end <= e) and not (c.start <= s and e <= c.end)
                   for s, e in rules)
    return [c for c in hits if c.attrs["source"] not in ("ner", "ner_weak") or not crosses(c)]


def _vet_ner(text: str, c: Candidate, blocked: list[tuple[int, int]]) -> Candidate | None:
    """A model's PER span, read again by our rules (:func:`.ner.gate_person`): dropped when the
    context disagrees, a person of its own when strong, else only a possible mention of someone the
    rules found (source ``ner_weak``)."""
    gated = gate_person(text, c.start, c.end, blocked)
    if gated is None:
        return None
    name = gated.name
    return replace(c, start=name.start, end=name.end, text=text[name.start:name.end],
                   attrs={**c.attrs, "name": name.name, "source": "ner" if gated.strong else "ner_weak"})


_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta|maupun|&)[ \t]*")


def _listed_with_person(text: str, hits: list[Candidate]) -> list[Candidate]:
    """A weak model name listed next to a civilian found otherwise ("Bapak Budi Santoso, Marbun dan
    Wenda": only a comma, "dan", "serta" between) is a person of its own: lists name like things.
    (Not next to a ranked person: "Danpos Jampul, Letda Inf X" is a role and its place.)"""
    if not any(c.attrs.get("source") == "ner_weak" for c in hits):
        return hits
    sure = sorted((c.start, c.end) for c in hits if c.attrs.get("source") not in ("ner_weak", "quote"))
    starts = [s for s, _ in sure]

    def list_gap(a: int, b: int) -> bool:
        """Only a list separator between, and at most an honorific before the next name."""
        m = _LIST_GAP.match(text, a, b)
        if m is None or m.end() == a:
            return False
        rest = text[m.end():b].strip()
        return not rest or norm_key(rest.rstrip(".")) in honorific_keys()

    def next_to_sure(c: Candidate) -> bool:
        k = bisect_left(starts, c.end)
        if k < len(sure) and list_gap(c.end, sure[k][0]):
            return True
        k = bisect_left(starts, c.start) - 1
        return k >= 0 and sure[k][1] <= c.start and list_gap(sure[k][1], c.start)

    return [replace(c, attrs={**c.attrs, "source": "ner"}) if c.attrs.get("source") == "ner_weak" and next_to_sure(c)
            else c for c in hits]


def _person_record(ctx, cl: _Cluster, linker: _Linker, bare: list[tuple[int, int]]) -> Person:
    text = ctx.text
    role_cand = None
    unit = None
    in_order = sorted(cl.mentions, key=lambda c: c.start)
    for m in in_order:
        before = linker.role_before(m)
        if before is not None:
            role_cand = before
            unit = linker.unit_in(before.start, m.start) or linker.unit_after_name(m) or linker.unit_of_role(before)
            break
        after = linker.role_after(m)
        if after is not None:
            role_cand = after
            unit = linker.unit_after_role(after) or linker.unit_after_name(m) or linker.unit_of_role(after)
            break
    if unit is None and linker.unit_at:
        for m in in_order:
            unit = linker.unit_after_name(m)
            if unit is not None:
                break
    service = _service(cl, role_cand, unit, linker)
    entry = _rank_entry(cl.rank, service)
    spans = [(m.start, m.end) for m in cl.mentions] + cl.extra + bare
    # The mentions are given as plain values: the model builds them in one call (as it would
    # accept ready TextSpans), a microsecond a mention less.
    mentions = [{"text": text[s:e], "start": s, "end": e} for s, e in sorted(set(spans))]
    return Person(
        rank=cl.rank, rank_full=entry.full if entry else None, service=service, corps=_corps(cl),
        name=cl.name, role=role_cand.attrs["role"] if role_cand else None,
        unit=UnitRef(kind=unit.kind, number=unit.number, name=unit.name) if unit else None,
        mentions=mentions,
    )


@lru_cache(maxsize=None)
def _rank_entry(rank: str, service: str):
    """The lexicon entry of a rank in a service, looked up once (the lexicon scans its list)."""
    return lexicon.ranks().entry(rank, service)


def _initials_inside(text: str, name: str) -> re.Match[str] | None:
    """The same name written elsewhere with initials between its first word and the rest ("Rickson
    Situmorang" and "Rickson PM Situmorang", "Darmo A. Karmun"): the fuller form of the person's name."""
    words = name.split()
    if len(words) < 2 or any(len(w) < 2 for w in words):
        return None
    if not any(_INITIALS_AFTER.match(text, at + len(words[0])) for at in whole_word_starts(text, words[0], ".")):
        return None  # (the usual case, found without compiling a pattern for this name)
    rest = r"[ \t]+".join(re.escape(w) for w in words[1:])
    return re.search(rf"(?<![\w.]){re.escape(words[0])}{_INITIALS_AFTER.pattern}{rest}(?![\w])", text)


_INITIALS_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,3}[ \t]+|(?:[A-Z]\.[ \t]*){1,3})")


def _named_on_his_own(c: Candidate) -> bool:
    """A civilian named with a post of his own ("Bupati Darmo Karmun"), or by a cue that introduces a person
    rather than one that refers back to someone named before ("Menurut Darmo Karmun, ...")."""
    role = c.attrs["role"]
    if role and _WIVES_BODY.search(role):
        return False
    return (bool(role) and civil_role_at(role, 0) is not None) or c.attrs["source"] not in _REFERRING_SOURCES


_REFERRING_SOURCES = frozenset({"object", "speech_tag", "quote", "subject", "known_name"})


def _spouses(text: str, a: Candidate, b: Candidate) -> bool:
    """One of two civilians is the other's wife, her name his with a given name of her own before it
    ("Bupati Darmo Karmun bersama Ketua TP PKK Hj. Ratna Darmo Karmun"): two persons."""
    # (a woman's address alone is not enough between civilians: "Ibu Cut Darsih" is Darsih; and the husband
    # holds a post of his own: "Ketua TP PKK Sri Darsih Karmun ... Menurut Darsih Karmun" is one woman)
    return any(_spouse_chair(text, x) and len(name_words(y.attrs["name"])) >= 2
               and _named_on_his_own(y) and not _female_address(y.attrs["honorific"])  # ("Ibu Darmo Karmun": Mrs. Darmo)
               and _wife_of(x.attrs["name"], y.attrs["name"]) for x, y in ((a, b), (b, a)))


def _people_records(text: str, hits: list[Candidate]) -> list[Civilian]:
    """One record per civilian: hits with compatible names are one person; the fullest name wins.
    Weak hits (a bare name after a verb of saying, an unvetted model span) only add a mention to
    someone found otherwise."""
    weak_sources = ("quote", "ner_weak")

    def is_weak(h: Candidate) -> bool:
        return h.attrs["source"] in weak_sources or h.score < WEAK_SCORE

    strong = [h for h in hits if not is_weak(h)]
    weak = [h for h in hits if is_weak(h)]
    groups: list[list[Candidate]] = []
    by_letter: dict[str, list[list[Candidate]]] = {}  # first two letters of a group's name -> groups
    index = NameIndex()
    # The rules' names first: a model span compatible with one only adds a mention to it (the rules
    # read boundaries better), and makes a person of its own only where no rule found one.
    for h in sorted(strong, key=lambda c: (c.attrs["source"] == "ner", -len(name_words(c.attrs["name"])),
                                           -_full_letters(c.attrs["name"]), c.start)):
        if _is_initial(h.attrs["name"]):
            continue
        fits = [g for g in index.compatible(h.attrs["name"]) if not _spouses(text, g[0], h)]
        if not fits and h.attrs["source"] == "speech_tag":  # "Niko" for "Nikodemus", named before
            fits = [g for g in groups if short_form_of(h.attrs["name"], g[0].attrs["name"])][:1]
        words = name_words(h.attrs["name"])
        if not fits and words:  # one letter written differently ("Sukrin Arafit" / "Sukron Arafit"), among
            # the names opening with the same two letters
            near = by_letter.get(words[0][:2], ())
            fits = [g for g in near if _spelled_alike(words, name_words(g[0].attrs["name"]))][:1]
            if not fits and len(words) == 1 and len(words[0]) >= 7 and h.attrs["source"] in _BARE_SOURCES:
                # a bare one-word mention of someone named before ("kata Lodrikyo" ... "Lodriko mengatakan")
                fits = [g for g in near if any(len(w) >= 7 and edit_distance(words[0], w, 1) <= 1
                                               for w in name_words(g[0].attrs["name"]))][:1]
        if len(fits) == 1:
            fits[0].append(h)
        elif not fits:
            groups.append([h])
            index.add(h.attrs["name"], groups[-1])
            if words:
                by_letter.setdefault(words[0][:2], []).append(groups[-1])
    for h in weak:
        fits = index.compatible(h.attrs["name"])
        if len(fits) == 1:
            fits[0].append(h)
    out: list[Civilian] = []
    for g in sorted(groups, key=lambda g: min(c.start for c in g)):
        in_order = sorted(g, key=lambda c: c.start)
        spans = {(c.start, c.end) for c in g}
        name = g[0].attrs["name"]
        fuller = _initials_inside(text, name)
        if fuller is not None:  # "Rickson Situmorang" written elsewhere "Rickson PM Situmorang"
            name = " ".join(fuller.group(0).split())
            spans.add((fuller.start(), fuller.end()))
        spans = sorted(spans)
        out.append(Civilian(
            name=name,
            honorific=next((c.attrs["honorific"] for c in in_order if c.attrs["honorific"]), None),
            role=next((c.attrs["role"] for c in in_order if c.attrs["role"]), None),
            mentions=[TextSpan(text=text[s:e], start=s, end=e) for s, e in spans],
        ))
    return out
