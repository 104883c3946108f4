"""Military and police units: a kind word (from ``data/units.yaml``) plus a number and/or a name.

Regular expressions run over ``doc.text`` because unit numbers cross token boundaries
("Kodim1602/Ende", "0201- 03/MD"); names are then read word by word with :func:`scan_name`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..textutil import (
    NameScan,
    at_words,
    by_first_char,
    caseless_lower,
    first_char_guard,
    in_clutter_line,
    literal_starts,
    matches_at,
    scan_name,
    trie_pattern,
)
from .base import Candidate, CandidateExtractor, doc_text
from .names import fold
from .vocabulary import verb_over_root
from ..gazetteer import gazetteer, name_key

# A number may sit on the next line ("Kodim\n0105/Aceh Barat"), after a hyphen ("Ramil-01/Sentani") or
# after a bracketed abbreviation or role word ("Kodim (Dandim) 1306/Kota Palu").
_NUM_LEAD = r"(?:[ \t]*\([ \t]*[A-Z][A-Za-z]{1,11}[ \t]*\))?(?:[ \t]*-(?=[ \t]*\d))?[ \t]*(?:\r?\n[ \t]*)?"
_DIGITS = re.compile(_NUM_LEAD + r"(\d{1,4}(?:[ \t]*[-–/][ \t]*\d{1,3})?)(?![\d_])")  # "416 – 07" too
_ROMAN = re.compile(_NUM_LEAD + r"([IVX]{1,5}(?:/\d{1,2}(?![\d/]))?)(?![\w])")  # "IV", "Denpom IV/4"
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_SPACE = re.compile(r"[ \t]+|[ \t]*\r?\n[ \t]*(?=\S)")
_ABBR_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,11})\)")
_LIST_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+dan[ \t]+|[ \t]*&[ \t]*)")
# One word of a task force's name: capitalised, all capitals, a Roman numeral, or joined by hyphens
# or dashes ("RI-PNG", "RI–RDTL").
_SATGAS_WORD = re.compile(r"[ \t]+([A-Z0-9][\w.'’]*(?:[-–][A-Za-z0-9]+)*)")
_SATGAS_NAME_MAX = 6
_POST = re.compile(r"(?<![\w/@#.])Pos[ \t]+(?=[A-Z])")
_FIRST_WORD = re.compile(r"[ \t]*([^\W_][\w'’.\-]*)")
_KOTA_AFTER = re.compile(r"[ \t]+(Kota)(?![\w])(?![ \t]+[A-Z])")
_VERB_LIKE = re.compile(r"^\w{4,}kan$")  # "Bagikan", "Laksanakan": a headline verb, not a name
_KOTA_FIRST = frozenset({"kota"})
_WHITESPACE = re.compile(r"\s+")


def _before_headline_verb(text: str, scan: NameScan | None) -> NameScan | None:
    """The unit's name without a title-case headline's verb and what follows it ("Polres Sukamara |
    Perketat Pengamanan"): a later word that is a dictionary root under a verb's prefix ends the name
    (not a place's word: "Polres Metro Bekasi")."""
    if scan is None or len(scan.words) < 2:
        return scan
    for k, word in enumerate(scan.words[1:], 1):
        key = word.casefold()
        if "/" not in word and key.isalpha() and verb_over_root(key) and not gazetteer().find(name_key(word)):
            end = scan.start
            for kept in scan.words[:k]:  # (the kept words' end as written, whatever blanks stand between them)
                end = text.index(kept, end) + len(kept)
            return NameScan(scan.start, end, scan.words[:k])
    return scan


# Units named by the place they hold (an air base or a regional command bears a hero's name: "Lanud Pangeran M.
# Bunyamin", "Kodam Iskandar Muda")
_NAMED_BY_PLACE = frozenset({"Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodim", "Koramil", "Korem", "Lanal",
                             "Posal"})


def holder_start(words: Sequence[str]) -> int | None:
    """Where a holder's name starts in the words read after a unit's kind word ("Polres |Asahan Budi
    Karmundo"): the first word after one or more words of a known place that is a known given name, with
    a second word of the name after it; None when the words are the unit's name alone."""
    given = lexicon.given_names()
    for k in range(1, len(words) - 1):
        if fold(words[k]) in given and gazetteer().find(name_key(" ".join(words[:k]))):
            return k
    return None


def _before_holder(text: str, scan: NameScan | None) -> NameScan | None:
    """The unit's place name without the holder's name run on after it: "(Kasat Reskrim) Polres Asahan
    Budi Karmundo" is Polres Asahan (:func:`holder_start`)."""
    k = holder_start(scan.words) if scan is not None else None
    if k is None:
        return scan
    end = scan.start
    for word in scan.words[:k]:
        end = text.index(word, end) + len(word)
    return NameScan(scan.start, end, scan.words[:k])


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _led_by_first_letter(alternatives: list[str]) -> str | None:
    r"""Case-sensitive ``(?P<gN>form)`` alternatives regrouped behind their first letter, read before
    the "not inside a word" lookbehind: ``k(?<![\w/@#].)(?:(?P<g4>omando...)|(?P<g7>odim))|p...``.
    A pattern that opens with a literal lets the regex engine skip, in C, every position whose
    character starts no form; it matches what the lookbehind-first pattern matches, in the same
    order (the named groups lose their first letter, and only ``lastgroup`` is read). None when a
    form does not open with a lower-case ASCII letter or digit."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        m = re.fullmatch(r"(\(\?P<\w+>)([a-z0-9])(.*)", alt, re.DOTALL)
        if m is None:
            return None
        groups.setdefault(m.group(2), []).append(m.group(1) + m.group(3))
    return "|".join(rf"{ch}(?<![\w/@#].)(?:{'|'.join(alts)})" for ch, alts in groups.items())


class UnitExtractor(CandidateExtractor):
    name = "units"
    labels = ("UNIT",)

    @cached_property
    def _lex(self):
        return lexicon.units()

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """Every kind word, case-insensitively (group ``gN`` names kind and form in ``_groups``)."""
        return self._compile(lower=False)

    @cached_property
    def _lower_pattern(self) -> re.Pattern[str]:
        """``_pattern`` of lower-cased forms, case-sensitive: the same matches on a text lowered by
        :func:`caseless_lower`, found several times faster."""
        return self._compile(lower=True)

    def _compile(self, lower: bool) -> re.Pattern[str]:
        alts: list[tuple[str, str]] = []  # (regex, group name)
        groups: dict[str, tuple[str, str]] = {}
        n = 0
        case = str.lower if lower else str
        for kind in self._lex.kinds:
            abbrs = "|".join(_words_pattern(case(a)) for a in kind.aliases + kind.numbered_only)
            forms = [(f, "long") for f in kind.long] + [(a, "alias") for a in kind.aliases]
            forms += [(a, "numbered_only") for a in kind.numbered_only]
            for form, how in forms:
                body = _words_pattern(case(form))
                if how == "long":
                    body += rf"(?:\s*\(\s*(?:{abbrs})\s*\))?"
                group = f"g{n}"
                n += 1
                groups[group] = (kind.kind, how)
                alts.append((f"(?P<{group}>{body})", form))
        self._groups = groups
        # Longest forms first so "Pos Ramil" wins over "Ramil" and "Koramil Tipe B" over "Koramil".
        alts.sort(key=lambda a: -len(a[1]))
        if lower and (led := _led_by_first_letter([a[0] for a in alts])):
            return re.compile(rf"(?:{led})(?![^\W\d_])")
        joined = by_first_char([a[0] for a in alts])
        # Not inside a word, a path, a handle or a hashtag ("@polreskediri", "#KodimMedan"); the first
        # letters of the forms are checked before the alternatives (most positions fail there).
        return re.compile(rf"(?<![\w/@#]){first_char_guard(joined)}(?:{joined})(?![^\W\d_])",
                          0 if lower else re.IGNORECASE)

    @cached_property
    def _openings(self) -> tuple[str, ...]:
        """The first (up to) three letters of every form, lower case: where a kind word can start."""
        forms = [f for k in self._lex.kinds for f in (*k.long, *k.aliases, *k.numbered_only)]
        return tuple(sorted({f.split()[0].lower()[:3] for f in forms}))

    def _kind_words(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``_pattern.finditer(text)`` (offsets and groups alike). On a caselessly
        lowered text, the places a form can open are found by ``str.find`` (a fast search in C) and
        the pattern is tried there only, in text order, as ``finditer`` would after each match."""
        lowered = caseless_lower(text)
        if lowered is None:
            yield from self._pattern.finditer(text)
            return
        scan = self._opening_scan
        if scan is None:
            starts = literal_starts(lowered, self._openings)
        else:
            # (a form cannot open right after a word character, "/", "@" or "#": see _compile)
            starts = [p for p in (m.start() for m in scan.finditer(lowered))
                      if not p or not (lowered[p - 1].isalnum() or lowered[p - 1] in "_/@#")]
        yield from matches_at(self._lower_pattern, lowered, at_words(starts))

    @cached_property
    def _opening_scan(self) -> re.Pattern[str] | None:
        """One regex of the openings, letter by letter (it opens with a literal, which the engine
        searches for in C: one scan instead of a ``str.find`` pass per opening). It finds each
        opening that does not overlap the one before; an opening it skips starts inside a word of
        letters and digits, where no form can open. None when an opening holds another character."""
        if not all(o.isascii() and o.isalnum() for o in self._openings):
            return None
        return re.compile(trie_pattern(self._openings))

    @cached_property
    def _stop(self) -> frozenset[str]:
        kind_words = self._lex.kind_words()
        return (
            lexicon.stopwords()
            | lexicon.level_words()
            | lexicon.ranks().words()
            | lexicon.roles().words()
            | kind_words
            | {w.casefold() for w in self._lex.name_stop}
        )

    @cached_property
    def _decoys(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.decoy_prefixes)

    @cached_property
    def _satgas_stop(self) -> frozenset[str]:
        return (self._stop - lexicon.level_words()) | {w.casefold() for w in self._lex.satgas.name_stop}

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        found: list[Candidate] = []
        for m in self._kind_words(text):
            group = m.lastgroup
            kind, how = self._groups[group]
            if in_clutter_line(text, m.start()) or self._after_decoy(text, m.start()):
                continue
            cand = self._read_unit(text, m.start(), m.end(), kind, how)
            if cand is None:
                continue
            found.append(cand)
            if kind in self._lex.list_kinds and cand.attrs["number"] is None:
                found.extend(self._list_members(text, cand))
        if any(c.attrs["kind"] == "Satgas" for c in found):
            found.extend(self._posts(text, found))
        return found

    def _after_decoy(self, text: str, start: int) -> bool:
        before = text[max(0, start - 40):start].split()[-3:]
        return any(w.strip("(),").casefold() in self._decoys for w in before)

    def _read_unit(self, text: str, start: int, pos: int, kind: str, how: str) -> Candidate | None:
        spec = self._lex.by_kind(kind)
        number = None
        num_re = {"digits": _DIGITS, "roman": _ROMAN}.get(spec.number)
        if num_re is not None:
            nm = num_re.match(text, pos)
            if nm:
                number = _WHITESPACE.sub("", nm.group(1))
                pos = nm.end()
        if how == "numbered_only" and number is None:
            return None
        if kind == "Satgas":
            return self._read_satgas(text, start, pos, spec)
        if spec.named_by_parent:
            return self._read_named_by_parent(text, start, pos, kind, how, spec)
        name_scan = None
        sep = _SLASH.match(text, pos)
        if sep:
            name_scan = self._scan(text, sep.end(), kind, allow_first=self._level_first)
        else:
            sp = _SPACE.match(text, pos)
            if sp or number is not None and text[pos:pos + 1].isalpha():
                name_scan = self._scan(text, sp.end() if sp else pos, kind, allow_first=_KOTA_FIRST)
        name = None
        end = pos
        if name_scan is not None:
            name, end = name_scan.text, name_scan.end
            kota = _KOTA_AFTER.match(text, end)  # "Polres Kediri Kota", "Polres Blitar Kota"
            if kota and not name_scan.words[-1].casefold() in lexicon.level_words():
                name, end = f"{name} {kota.group(1)}", kota.end()
        if number is None and name is None:
            return None
        return self._cand(text, start, end, kind, how, number, name, spec.service)

    @cached_property
    def _level_first(self) -> frozenset[str]:
        """Level words, case-folded, as ``scan_name``'s ``allow_first`` ("Kodim 0624/Kab. Bandung")."""
        return frozenset(w.casefold() for w in lexicon.level_words())

    def _scan(self, text: str, pos: int, kind: str, allow_first: frozenset[str]) -> NameScan | None:
        first = _FIRST_WORD.match(text, pos)
        if first and first.group(1)[:1].isupper() and _VERB_LIKE.match(first.group(1).casefold()):  # "Lanal Tarakan" is a name
            allow_first = allow_first | {first.group(1).casefold()}
        scan = scan_name(text, pos, stop=self._stop, allow_first=allow_first, allow_slash=True, max_words=4)
        scan = _before_headline_verb(text, scan)
        return _before_holder(text, scan) if kind in _NAMED_BY_PLACE else scan

    @staticmethod
    def _cand(text, start, end, kind, how, number, name, service) -> Candidate:
        return Candidate(
            label="UNIT", start=start, end=end, text=text[start:end],
            rule=f"unit:{kind}:{how}{':number' if number else ''}{':name' if name else ''}",
            attrs={"kind": kind, "number": number, "name": name, "service": service},
        )

    def _read_satgas(self, text: str, start: int, pos: int, spec) -> Candidate | None:
        """A task force's name: capitalised words up to a unit, a rank, a role, an edition word
        ("Reguler", "Tahun", "ke-") or punctuation; a bracketed abbreviation after it wins
        ("Satgas Tentara Manunggal Membangun Desa (TMMD)"). Civil task forces are no unit."""
        words: list[str] = []
        end = pos
        i = pos
        while len(words) < _SATGAS_NAME_MAX:
            m = _SATGAS_WORD.match(text, i)
            if not m:
                break
            word = m.group(1).rstrip(".")
            key = word.casefold()
            head, _, tail = key.partition("-")
            if key in self._satgas_stop or tail.isdigit() and head in self._satgas_stop or _VERB_LIKE.match(key):
                break
            if word[:1].isdigit() and not words:
                break
            words.append(word)
            end = m.start(1) + len(word)
            i = end
            if m.group(1).endswith("."):
                break
        if not words:
            return None
        if words[0].casefold() in self._civil or re.split(r"[-–]", words[0].casefold())[0] in self._civil:
            return None
        name = " ".join(words)
        abbr = _ABBR_AFTER.match(text, end)
        if abbr:
            name, end = abbr.group(1), abbr.end()
        return self._cand(text, start, end, "Satgas", "alias", None, name, spec.service)

    @cached_property
    def _civil(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.satgas.civil)

    def _read_named_by_parent(self, text, start, pos, kind, how, spec) -> Candidate | None:
        """"Satbrimob Polda Jatim": the unit's name is the command written after it."""
        sp = _SPACE.match(text, pos)
        if not sp:
            return None
        m = self._pattern.match(text, sp.end())
        if m:
            parent_kind, parent_how = self._groups[m.lastgroup]
            parent = self._read_unit(text, sp.end(), m.end(), parent_kind, parent_how)
            if parent is None or parent.attrs["number"] is not None:
                return None
            return self._cand(text, start, parent.end, kind, how, None, parent.text.replace("\n", " "),
                              spec.service)
        scan = self._scan(text, sp.end(), kind, allow_first=frozenset())
        if scan is None:
            return None
        return self._cand(text, start, scan.end, kind, how, None, scan.text, spec.service)

    def _posts(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Posts of a task force, "Pos Kiwirok", in a story that names a Satgas."""
        taken = [(c.start, c.end) for c in found]
        stop = self._stop | {w.casefold() for w in self._lex.satgas.post_not_names}
        out: list[Candidate] = []
        for m in _POST.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or in_clutter_line(text, m.start()):
                continue
            scan = scan_name(text, m.end(), stop=stop, max_words=3)
            if scan is None or scan.start != m.end():
                continue
            out.append(self._cand(text, m.start(), scan.end, "Pos", "post", None, scan.text, "TNI AD"))
        return out

    def _list_members(self, text: str, first: Candidate) -> list[Candidate]:
        """Units listed after ``first`` with the kind word dropped: "Polsek Weleri dan Cepiring"."""
        out: list[Candidate] = []
        pos = first.end
        while True:
            sep = _LIST_NEXT.match(text, pos)
            if not sep:
                break
            scan = scan_name(text, sep.end(), stop=self._stop, max_words=2)
            if scan is None:
                break
            after = text[scan.end:scan.end + 1]
            if after and after.isalnum():
                break
            out.append(Candidate(
                label="UNIT", start=scan.start, end=scan.end, text=text[scan.start:scan.end],
                rule=f"unit:{first.attrs['kind']}:list_member",
                attrs={**first.attrs, "name": scan.text},
            ))
            pos = scan.end
            if "dan" in sep.group(0) or "&" in sep.group(0):
                break
        # A list member only counts when the list is closed by "dan"/"&" (else it is most likely an
        # apposition such as "Polres Takalar, Sulawesi Selatan").
        if not out or not re.search(r"dan|&", text[first.end:out[-1].start]):
            return []
        return out
