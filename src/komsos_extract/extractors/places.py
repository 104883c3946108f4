"""Administrative places written with their level word, linked to Kemendagri codes.

:class:`PlaceExtractor` finds "Desa Sei Silau Tua", "Kec. Kapuas Hilir", "Dsn 2", "RT 004/RW 05",
lists that drop the level word ("Lingkungan Terusan, Kerobokan dan Pertukangan"), and decides where
each name ends: at the next level word, punctuation, stop words, verbs and role words, and, for
levels that have codes, at the longest name the Kemendagri list knows when the words after it are
another region's name or a headline's words ("Kecamatan Batang Kuis Deliserdang").

:func:`build_places` drops places inside unit names ("Kodim 1306/Kota Palu"), links each place with
:class:`komsos_extract.gazetteer.Linker` using the other places, the units and the dateline as clues,
keeps one place per (level, name), and sums the most specific linked place up as ``location``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

from pydantic import BaseModel
from spacy.tokens import Doc

from .. import lexicon
from ..gazetteer import (
    W_PLACE, W_TEXT, W_UNIT, Clue, Gazetteer, Link, Linker, Mention, Region, gazetteer, name_key,
)
from ..records import Location, Place, PlaceRef
from ..textutil import NameScan, in_clutter_line, is_capitalised, line_bounds
from .base import Candidate, CandidateExtractor

# --------------------------------------------------------------------------------------------
# Lexicon (data/places.yaml)


class LevelSpec(BaseModel):
    level: str
    forms: list[str]
    abbr: list[str] = []
    tier: int | None = None
    digits: bool = False
    known: Literal["tier", "any"] | None = None
    capitalised: bool = False


class PlaceLexicon(BaseModel):
    levels: list[LevelSpec]
    part_when_followed: list[str]
    not_after: dict[str, list[str]]
    not_names: list[str]
    not_names_by_level: dict[str, list[str]]
    part_name_openers: list[str]
    head_titles: list[str]
    stops: list[str]
    foreign: list[str]

    def form_words(self) -> set[str]:
        return {f.casefold() for s in self.levels for f in s.forms + s.abbr}


@lru_cache(maxsize=None)
def place_lexicon() -> PlaceLexicon:
    return PlaceLexicon.model_validate(lexicon._load_yaml("places.yaml"))


# Sub-village levels, finest first: what may sit inside what when a run of places is written.
_PART_RANK = {"rt": 7, "rw": 6, "dusun": 5, "jorong": 5, "lingkungan": 5, "banjar": 5, "kampung": 5}

_NUM = r"(\d{1,3})(?![\d])"
_RTRW = re.compile(
    r"(?<![\w])(?:"
    # "RT/RW 01/02", "RT.RW. 01/02"
    rf"(?P<both>(?:RT|Rt|rt)[ \t.]*/?[ \t.]*(?:RW|Rw|rw)[ \t.:]*{_NUM}[ \t]*/[ \t]*(\d{{1,3}})(?!\d))"
    # "RT 06/03" (RT then RW, both numbers after one RT)
    rf"|(?P<pair>(?:RT|Rt|rt)[ \t.:]*{_NUM}[ \t]*/[ \t]*(\d{{1,3}})(?![\d/]))"
    # "RT 004", "RT/02", "Rt.02"
    rf"|(?P<rt>(?:RT|Rt|rt)[ \t.:]*/?[ \t]*{_NUM})"
    rf"|(?P<rw>(?:RW|Rw|rw)[ \t.:]*/?[ \t]*{_NUM})"
    r")"
)
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+|[ \t]*&[ \t]*")
_NEXT_WORD = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?([A-Za-z][a-z'’\-]*)(?![\w'’])")
_CAP_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")
# What may sit between two places of one run: commas, dashes, at most one bare name ("Kelurahan
# Kotaraja, Ende Utara, Kabupaten Ende"; "Kabupaten Lombok Barat (Lobar)"), and words that say the
# next place holds the one before ("Dusun Krajan di Desa X", "Desa X yang ada di Kecamatan Y").
_CHAIN_GAP = re.compile(
    r"^[\s,/]*(?:[-–—][\s]*)?(?:\(?[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,3}\)?[\s,]*(?:[-–—][\s]*)?)?"
    r"(?:(?:yang[ \t]+(?:ada|berada|terletak)[ \t]+)?(?:di|dalam)[ \t]+(?:wilayah[ \t]+)?)?$"
)


# One word of a place name ("Ba'U", "Ba’U", "Al-Hidayah", "2", "III"); a line break may split a name.
_WORD = re.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*)?([^\W_][\w'’`\-]*\.?)")


def scan_place_name(text: str, pos: int, *, stop: frozenset[str], max_words: int,
                    allow_first: frozenset[str] = frozenset(), allow_digits: bool = False) -> NameScan | None:
    """Capitalised words from ``pos`` until a stop word, a lowercase word, punctuation or a blank line.
    ``allow_first``: stop words that may open the name (the caller checks the name).

    Unlike :func:`textutil.scan_name` it keeps words ending in "-kan" (Nunukan, Bulakan, Tanjakan are
    places, not verbs); headline verbs are cut off later against the gazetteer."""
    words: list[str] = []
    start = end = pos
    i = pos
    while len(words) < max_words:
        m = _WORD.match(text, i)
        if not m or "\n\n" in text[i:m.start(1)].replace("\r", ""):
            break
        word = m.group(1)
        sentence_end = word.endswith(".")
        word = word.rstrip(".")
        if not word or sentence_end and len(word) == 1 and word.isalpha() and word not in "IVX":
            break  # an initial ("H. Ahmad") opens a person's name; "Dusun I." is a numeral
        key = word.casefold()
        if not is_capitalised(word) or (word[:1].isdigit() and not allow_digits):
            break
        if key in stop and not (not words and key in allow_first):
            break
        if not words:
            start = m.start(1)
        words.append(word)
        end = m.start(1) + len(word)
        i = end
        if sentence_end or word[:1].isdigit():
            break
    if not words:
        return None
    return NameScan(start, end, tuple(words))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=None)
def _foreign_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.casefold() for w in re.split(r"[\s\-]+", f)) for f in place_lexicon().foreign)


def _close(a: str, b: str) -> bool:
    """Equal, or one typing error apart for words of seven letters or more ("Sarawat" ~ "Sarawak")."""
    if a == b:
        return True
    if len(a) < 7 or len(a) != len(b):
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


def foreign_at(words: list[str]) -> int | None:
    """Index of the first word that begins the name of a foreign country or state, or None."""
    folded = [w.casefold() for w in words]
    for i in range(len(folded)):
        for name in _foreign_words():
            if len(name) <= len(folded) - i and all(_close(folded[i + k], name[k]) for k in range(len(name))):
                return i
    return None


def _is_headline(text: str, pos: int) -> bool:
    """True where letter case cannot tell a name from the words after it: a title-case line (most
    words capitalised, no closing full stop) or a line in capitals."""
    start, end = line_bounds(text, pos)
    line = text[start:end].strip()
    words = [w for w in re.split(r"\s+", line) if w[:1].isalpha()]
    if not words:
        return False
    if sum(w.isupper() for w in words) >= 0.7 * len(words):
        return True
    if line.endswith(".") or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# --------------------------------------------------------------------------------------------
# Finding places


@dataclass(frozen=True)
class _Found:
    start: int
    name_start: int
    end: int
    words: tuple[str, ...]
    foreign: bool


class PlaceExtractor(CandidateExtractor):
    name = "places"
    labels = ("PLACE",)

    @cached_property
    def _lex(self) -> PlaceLexicon:
        return place_lexicon()

    @cached_property
    def _gaz(self) -> Gazetteer:
        return gazetteer()

    @cached_property
    def _level_re(self) -> re.Pattern[str]:
        def alternation(forms) -> str:
            return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

        words = alternation({f for s in self._lex.levels for f in s.forms})
        abbrs = alternation({f for s in self._lex.levels for f in s.abbr})
        # An abbreviation may take a dot, and then a name may follow at once ("Kec.Kapuas"); a word
        # must end where it ends, and a dot after it ends the sentence.
        return re.compile(rf"(?<![\w/.\-'’])(?:({abbrs})(?:\.|(?![\w'’]))|({words})(?![\w'’.]))",
                          re.IGNORECASE)

    @cached_property
    def _form_level(self) -> dict[str, LevelSpec]:
        return {f.casefold(): s for s in self._lex.levels for f in s.forms + s.abbr}

    @cached_property
    def _stop(self) -> frozenset[str]:
        kind_words = {a.split()[0].casefold() for k in lexicon.units().kinds for a in k.aliases + k.numbered_only}
        return frozenset(
            lexicon.stopwords() | self._lex.form_words() | lexicon.ranks().words() | lexicon.roles().words()
            | kind_words | {w.casefold() for w in self._lex.stops}
        )

    @cached_property
    def _not_names(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.not_names)

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc.text
        found: list[Candidate] = []
        taken_until = -1
        for m in self._level_re.finditer(text):
            if m.start() < taken_until or in_clutter_line(text, m.start()):
                continue
            form = m.group(1) or m.group(2)
            spec = self._form_level[form.casefold()]
            if spec.capitalised and not form[:1].isupper():
                continue
            if self._after_decoy(text, m.start(), spec.level):
                continue
            place = self._read_place(text, m.end(), spec, m.start())
            if place is None:
                continue
            name = " ".join(place.words)
            found.append(self._candidate(text, place.start, place.end, spec, name, place.foreign,
                                         rule=f"place:{spec.level}:{form.casefold()}"))
            taken_until = place.end
            if not place.foreign:
                found.extend(self._list_members(text, place.end, spec))
                if found[-1].end > taken_until:
                    taken_until = found[-1].end
        found.extend(self._rt_rw(text))
        return sorted(found, key=lambda c: c.start)

    def _candidate(self, text, start, end, spec, name, foreign, rule) -> Candidate:
        return Candidate(
            label="PLACE", start=start, end=end, text=text[start:end], rule=rule,
            attrs={"level": spec.level, "name": name, "tier": spec.tier, "foreign": foreign},
        )

    def _after_title(self, text: str, start: int) -> bool:
        before = text[max(0, start - 20):start].split()
        return bool(before) and before[-1].strip("(),.:;").casefold() in self._lex.head_titles

    def _after_decoy(self, text: str, start: int, level: str) -> bool:
        decoys = set(self._lex.not_after.get(level, ())) | set(self._lex.not_after.get("any", ()))
        before = [w.strip("(),.:;\"“”").casefold() for w in text[max(0, start - 40):start].split()[-2:]]
        return any(" ".join(before[i:]) in decoys for i in range(len(before)))

    def _read_place(self, text: str, pos: int, spec: LevelSpec, start: int) -> _Found | None:
        tier = spec.tier
        openers = self._stop if tier else self._part_openers
        scan = scan_place_name(text, pos, stop=self._stop, max_words=5, allow_first=openers,
                               allow_digits=spec.digits)
        if scan is None:
            return None
        words = list(scan.words)
        if self._not_a_name(words[0], spec) and not (tier and self._opener_ok(words, tier)):
            return None
        if words[0].casefold() in self._stop and not self._opener_ok(words, tier):
            return None
        if self._after_title(text, start) and not words[0][:1].isdigit() and not self._gaz.has_word(words[0]):
            return None  # "Kepala Desa Ahmad": the head's name, not the village's
        foreign = False
        cut = foreign_at(words)
        if cut is not None:
            if cut == 0:
                return None
            words, foreign = words[:cut], True
        if tier and not foreign:
            words = self._fit_to_gazetteer(text, start, words, tier)
        end = self._end_of(text, scan.start, words)
        if tier and not foreign or spec.digits:
            words, end = self._extend(text, end, words, tier)
        if spec.known and not foreign and not self._known(words, spec):
            return None
        return _Found(start, scan.start, end, tuple(words), foreign)

    def _not_a_name(self, first_word: str, spec: LevelSpec) -> bool:
        word = first_word.casefold()
        return word in self._not_names or word in self._lex.not_names_by_level.get(spec.level, ())

    def _known(self, words: list[str], spec: LevelSpec) -> bool:
        """Whether the list has the name at this level (known: tier) or at any level (known: any).
        A "Kota" whose name is known only with the word Kota ("Camat Kota Juang": the district Kota
        Juang) is that district's name, not a city."""
        key = name_key(" ".join(words))
        if spec.known == "tier":
            return bool(self._gaz.find(key, spec.tier) or self._gaz.close(key, spec.tier))
        if self._gaz.find(key, spec.tier):
            return True
        if self._gaz.find(name_key(" ".join([spec.level, *words]))):
            return False
        return bool(self._gaz.find(key))

    @cached_property
    def _part_openers(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.part_name_openers)

    def _opener_ok(self, words: list[str], tier: int | None) -> bool:
        """A name that opens with a stop word ("Kelurahan Kota Raja", "Desa Sumber Jaya", "Nagari
        Balai Gurah") counts when the Kemendagri list has it at this level; for parts of a village,
        which the list lacks, when the word is a usual opener of names and more words follow."""
        if len(words) < 2:
            return False
        if not tier:
            return words[0].casefold() in self._part_openers
        return any(self._gaz.known(name_key(" ".join(words[:j])), tier) for j in range(2, len(words) + 1))

    def _fit_to_gazetteer(self, text: str, start: int, words: list[str], tier: int) -> list[str]:
        """Cut a name to the longest prefix the list knows at this level when the words after it are
        another region's name ("Batang Kuis Deliserdang"), a headline's ("Tanjakan Hadapi ..."), or
        begin with a word no official name has ("Kepala Desa Tidu Matorin": a person)."""
        gaz = self._gaz
        if gaz.known(name_key(" ".join(words)), tier):
            return words
        for j in range(len(words) - 1, 0, -1):
            inner = gaz.find(name_key(" ".join(words[:j])), tier)
            if not inner:
                continue
            # The rest names a region that holds the shorter name: "Batang Kuis" lies in Deli Serdang.
            rest = words[j:]
            outer = [r for k in range(1, min(3, len(rest)) + 1) for r in gaz.find(name_key(" ".join(rest[:k])))
                     if r.tier < tier]
            if any(i.is_within(o) for i in inner for o in outer) or _is_headline(text, start):
                return words[:j]
            if not gaz.has_word(rest[0]):
                return words[:j]
            break
        return words

    @staticmethod
    def _end_of(text: str, name_start: int, words: list[str]) -> int:
        """End offset of ``words`` read from ``name_start`` (words may be split by spaces or a line break)."""
        pos = name_start
        for i, word in enumerate(words):
            if i:
                pos = text.index(word, pos)
            pos += len(word)
        return pos

    def _extend(self, text: str, end: int, words: list[str], tier: int | None) -> tuple[list[str], int]:
        """Take words that continue the name although the scan stopped there: lowercase ones
        ("Kecamatan Batang kuis", "Desa Paya gambar") when the text writes the longer name capitalised
        elsewhere or the list knows only the longer one; capitalised stop words ("Desa Karya Bersama")
        when the list knows the longer name."""
        pos, extra = end, []
        known_short = tier is not None and self._gaz.known(name_key(" ".join(words)), tier)
        for _ in range(2):
            m = _NEXT_WORD.match(text, pos)
            if not m:
                break
            word = m.group(1)
            lower = word[:1].islower()
            if lower and word in self._stop:
                break
            extra.append(word)
            longer = words + [_cap(w) for w in extra]
            known_longer = tier is not None and self._gaz.known(name_key(" ".join(longer)), tier)
            if lower:
                written = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, longer)) + r"(?!\w)", text)
                if written or (known_longer and not known_short):
                    return words + extra, m.end(1)
            elif known_longer:
                return words + extra, m.end(1)
            pos = m.end(1)
        return words, end

    def _list_members(self, text: str, pos: int, spec: LevelSpec) -> list[Candidate]:
        """Places listed after one with the level word dropped, closed by "dan"/"serta"/"&":
        "Lingkungan Terusan, Kerobokan dan Pertukangan"."""
        out: list[Candidate] = []
        closed = False
        while True:
            sep = _LIST_SEP.match(text, pos)
            if not sep:
                break
            scan = scan_place_name(text, sep.end(), stop=self._stop, max_words=3, allow_digits=spec.digits)
            if scan is None or scan.start != sep.end():
                break
            after = text[scan.end:scan.end + 1]
            if after and (after.isalnum() or after in "/("):
                break
            words = list(scan.words)
            if self._not_a_name(words[0], spec) or foreign_at(words) is not None:
                break
            if spec.tier and not self._gaz.known(name_key(" ".join(words)), spec.tier):
                break
            out.append(self._candidate(text, scan.start, scan.end, spec, scan.text, False,
                                       rule=f"place:{spec.level}:list_member"))
            pos = scan.end
            if re.search(r"dan|serta|&", sep.group(0)):
                closed = True
                break
        return out if closed else []

    def _rt_rw(self, text: str) -> list[Candidate]:
        out = []
        for m in _RTRW.finditer(text):
            if in_clutter_line(text, m.start()):
                continue
            if m.group("both") or m.group("pair"):
                g = m.lastgroup
                nums = [n for n in m.groups() if n is not None and n.isdigit()]
                for level, number in zip(("rt", "rw"), nums[-2:]):
                    out.append(self._number_place(text, m.start(g), m.end(g), level, number, f"place:{level}:{g}"))
            else:
                g = m.lastgroup
                number = re.search(r"\d+", m.group(g)).group(0)
                out.append(self._number_place(text, m.start(g), m.end(g), g, number, f"place:{g}:single"))
        return out

    @staticmethod
    def _number_place(text, start, end, level, number, rule) -> Candidate:
        return Candidate(label="PLACE", start=start, end=end, text=text[start:end], rule=rule,
                         attrs={"level": level, "name": number, "tier": None, "foreign": False})


# --------------------------------------------------------------------------------------------
# Building the record fields


@dataclass
class _Mention:
    cand: Candidate
    chain: int
    part: bool  # a part of a village (no code of its own)

    @property
    def level(self) -> str:
        return self.cand.attrs["level"]

    @property
    def name(self) -> str:
        return self.cand.attrs["name"]

    @property
    def tier(self) -> int | None:
        return None if self.part or self.cand.attrs["foreign"] else self.cand.attrs["tier"]

    @property
    def rank(self) -> int:
        """Containment order inside a run of places: finer places have higher ranks."""
        return _PART_RANK.get(self.level, 5) if self.part else (self.cand.attrs["tier"] or 5)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", s.casefold()).split())


def _overlaps(c: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < c.end and c.start < o.end for o in others)


def _mentions(ctx) -> list[_Mention]:
    units = ctx.candidates("UNIT")
    cands = [c for c in ctx.candidates("PLACE") if not _overlaps(c, units)]
    cands.sort(key=lambda c: c.start)
    lex = place_lexicon()
    out: list[_Mention] = []
    chain = 0
    for i, c in enumerate(cands):
        if i and not _CHAIN_GAP.match(ctx.text[cands[i - 1].end:c.start]):
            chain += 1
        out.append(_Mention(c, chain, part=c.attrs["tier"] is None))
    # "Kampung Bulakan RT 06/03, Desa Bitung Jaya": a kampung with a village after it is a part of it.
    for i, m in enumerate(out):
        if m.level in lex.part_when_followed:
            if any(o.chain == m.chain and o.cand.start > m.cand.start and o.cand.attrs["tier"] == 4
                   and o.level not in lex.part_when_followed for o in out[i + 1:]):
                m.part = True
    return out


def _mention_keys(m: _Mention) -> tuple[str, ...]:
    keys = [name_key(m.name)]
    # "Gampong Baro", "Kampung Baru", "Nagari Koto Baru": some official names keep the level word.
    if m.level in ("kampung", "gampong", "nagari", "negeri", "desa", "kota"):
        keys.append(name_key(f"{m.level} {m.name}"))
    return tuple(k for k in keys if k)


def _clues(ctx, mentions: list[_Mention]) -> list[Clue]:
    clues: list[Clue] = []
    for m in mentions:
        if m.tier is None or m.tier > 3:
            continue
        levels = frozenset({m.level}) if m.level in ("kabupaten", "kota") else None
        for key in _mention_keys(m)[:1]:
            clues.append(Clue(key, frozenset({m.tier}), W_PLACE, levels=levels, chain=m.chain, source="place"))
    for unit in ctx.fields.get("units") or []:
        if not unit.name or "/" in unit.name:
            continue
        tiers = {"Kodim": {2}, "Polres": {2}, "Polresta": {2}, "Polrestabes": {2},
                 "Koramil": {3}, "Polsek": {3}, "Pos": {3}}.get(unit.kind)
        if tiers:
            name, levels = _strip_level(unit.name)
            clues.append(Clue(name_key(name), frozenset(tiers), W_UNIT, levels=levels, source="unit"))
    dateline = ctx.fields.get("dateline")
    if dateline:
        name, levels = _strip_level(dateline)
        clues.append(Clue(name_key(name), frozenset({1, 2, 3}), W_UNIT, levels=levels, source="dateline"))
    clues.extend(_text_clues(ctx.text, mentions))
    return clues


def _strip_level(name: str) -> tuple[str, frozenset[str] | None]:
    """ "Kota Palu" -> ("Palu", {"kota"}); "Kab.Bandung" -> ("Bandung", {"kabupaten"})."""
    m = re.match(r"^(Kota|Kab(?:upaten)?)\b\.?\s*(.+)$", name, re.IGNORECASE)
    if not m:
        return name, None
    return m.group(2), frozenset({"kota" if m.group(1).casefold() == "kota" else "kabupaten"})


def _text_clues(text: str, mentions: list[_Mention]) -> list[Clue]:
    """Region names written without a level word ("Kelurahan Kotaraja, Ende Utara", "NTB"): every run
    of capitalised words outside the places themselves, and its parts of up to four words."""
    spans = [(m.cand.start, m.cand.end) for m in mentions]
    keys: set[str] = set()
    whole: set[str] = set()
    for run in _CAP_RUN.finditer(text):
        if in_clutter_line(text, run.start()):
            continue
        words = [(w.start(), w.end(), w.group(0)) for w in re.finditer(r"\S+", run.group(0))]
        base = run.start()
        for i in range(len(words)):
            for j in range(i + 1, min(i + 4, len(words)) + 1):
                s, e = base + words[i][0], base + words[j - 1][1]
                if any(a <= s and e <= b for a, b in spans):
                    continue
                key = name_key(" ".join(w for _, _, w in words[i:j]))
                if key:
                    (whole if i == 0 and j == len(words) else keys).add(key)
    out = [Clue(k, frozenset({1, 2, 3}), W_TEXT, source="text", aliases=False) for k in keys - whole]
    out += [Clue(k, frozenset({1, 2, 3}), W_TEXT, source="text") for k in whole]
    return out


def _parents(i: int, mentions: list[_Mention], links: list[Link], gaz: Gazetteer) -> list[PlaceRef]:
    """Official chain of a linked place; otherwise the places written after it in its run, each
    containing the one before, completed by the first linked one's chain."""
    link = links[i]
    if link.region is not None:
        return [a.ref() for a in gaz.ancestors(link.region)]
    me = mentions[i]
    out: list[PlaceRef] = []
    rank = me.rank
    if me.level == "kota" and me.tier == 2:
        kab = [r for r in gaz.find(name_key(me.name), 2) if r.level == "kabupaten"]
        if len(kab) == 1:
            return [kab[0].ref()] + [a.ref() for a in gaz.ancestors(kab[0])]
    for j in range(i + 1, len(mentions)):
        other = mentions[j]
        if other.chain != me.chain:
            break
        if other.cand.attrs["foreign"] or other.rank >= rank:
            continue
        region = links[j].region
        if region is not None:
            return out + [region.ref()] + [a.ref() for a in gaz.ancestors(region)]
        out.append(PlaceRef(level=other.level, name=other.name, code=None))
        rank = other.rank
    return out


def _location(region: Region, gaz: Gazetteer) -> Location:
    loc = Location()
    for r in [region, *gaz.ancestors(region)]:
        if r.tier == 1:
            loc.provinsi, loc.provinsi_code = r.name, r.code
        elif r.tier == 2:
            loc.kabupaten, loc.kabupaten_code = r.name, r.code
        elif r.tier == 3:
            loc.kecamatan, loc.kecamatan_code = r.name, r.code
        else:
            loc.desa, loc.desa_code = r.name, r.code
    return loc


def _link(ctx, mentions: list[_Mention], gaz: Gazetteer) -> list[Link]:
    """A link (or the reason there is none) for every mention; parts of villages get none."""
    linkable = [i for i, m in enumerate(mentions) if m.tier is not None]
    link_input = [Mention(level=mentions[i].level, name=mentions[i].name, keys=_mention_keys(mentions[i]),
                          tier=mentions[i].tier, chain=mentions[i].chain) for i in linkable]
    links = [Link(None) for _ in mentions]
    for i, link in zip(linkable, Linker(gaz).link(link_input, _clues(ctx, mentions))):
        links[i] = link
    return links


def _groups(mentions: list[_Mention], text: str) -> list[list[int]]:
    """Mentions grouped by (level, name), in order of first mention; a name cut off by the end of the
    text ("... Kabupaten Delise") that begins another name of its level is dropped."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault((m.level, _norm(m.name)), []).append(i)
    end = len(text.rstrip())

    def truncated(level: str, idxs: list[int]) -> bool:
        key = name_key(mentions[idxs[0]].name)
        return all(mentions[i].cand.end >= end for i in idxs) and any(
            lv == level and other.replace(" ", "").startswith(key) and name_key(mentions[j[0]].name) != key
            for (lv, other), j in groups.items())

    return [idxs for (level, _), idxs in groups.items() if not truncated(level, idxs)]


def build_places(ctx) -> dict:
    """Fields ``places`` and ``location`` from PLACE candidates.

    One place per (level, name): the first mention written in capitals carries the span, a linked
    mention lends its code. ``location`` is the most specific linked place (the first of equals) with
    its chain; kabupaten/kota there keep their official prefix ("Kabupaten Asahan", "Kota Bekasi")."""
    mentions = _mentions(ctx)
    if not mentions:
        return {"places": [], "location": None}
    gaz = gazetteer()
    links = _link(ctx, mentions, gaz)
    places: list[Place] = []
    most_specific: Region | None = None
    for idxs in _groups(mentions, ctx.text):
        shown = next((i for i in idxs if all(is_capitalised(w) for w in mentions[i].name.split())), idxs[0])
        linked = next((i for i in idxs if links[i].region is not None), None)
        if linked is not None:
            parents = _parents(linked, mentions, links, gaz)
        else:
            parents = max((_parents(i, mentions, links, gaz) for i in idxs), key=len)
        link = links[linked if linked is not None else shown]
        region = link.region
        c = mentions[shown].cand
        places.append(Place(level=mentions[shown].level, name=mentions[shown].name,
                            code=region.code if region else None, text=c.text, start=c.start, end=c.end,
                            parents=parents))
        for message in (link.note, link.reason):
            if message and message not in ctx.warnings:
                ctx.warnings.append(message)
        if region is not None and (most_specific is None or region.tier > most_specific.tier):
            most_specific = region
    places.sort(key=lambda p: p.start)
    return {"places": places, "location": _location(most_specific, gaz) if most_specific else None}
