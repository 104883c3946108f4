"""Role phrases of ranked personnel, from ``data/roles.yaml``.

A role is an abbreviation ("Danramil", "Bhabinkamtibmas"), a spelled-out form ("Komandan Kodim",
"Kepala Kepolisian Sektor (Kapolsek)"), or a head word with an object ("Ka SPKT", "Komandan SSK",
"Kanit Reskrim"), optionally behind an acting/deputy marker ("PLH Danramil", "Ps. Kadispotdirga").
An abbreviation may carry its unit fused after it ("Danramil 02/Kota Baru", "Kapolsek
Balaraja"); that tail is read too, so a person can be tied to the unit it names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..lexicon import RoleEntry
from ..textutil import by_first_char, first_char_guard, scan_name
from .names import fold
from ..textutil import at_words, matches_at
from .wordhits import first_runs, word_hits

# Patterns of the one-off checks below, compiled once (a module-level ``re`` call looks its pattern up on
# every call).
_WHITESPACE = re.compile(r"\s+")
_BRACKETED = re.compile(r"\([^)]*\)")

_NUMBER = re.compile(r"[ \t]*(\d{1,4}(?:[ \t]*[-/][ \t]*\d{1,3})?)(?!\d)")
_SLASH_OR_SPACE = re.compile(r"[ \t]*/[ \t]*|[ \t]+")
_PAREN_ABBR = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]{1,15})[ \t]*\)")
_NOT_OBJECT = {"TNI", "POLRI", "AD", "AL", "AU", "RI", "NKRI", "DAN", "DI", "KE"}


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int  # end of the role words (and of an "(Abbrev)" after a long form)
    role: str  # as recorded: acting marker + canonical role ("PLH Danramil")
    entry: RoleEntry | None  # None for head + object roles ("Ka SPKT")
    tail_number: str | None = None
    tail_name: str | None = None
    tail_end: int = 0  # end of the fused unit tail ("02/Kota Baru"), else ``end``


def _words_pattern(phrase: str) -> str:
    # An "(Abbrev)" may stand between the words of a spelled-out form:
    # "Komandan Pos (Danpos) Rayon Militer", "Kepala Kepolisian Sektor (Kapolsek)".
    return r"(?:\s+\([ \t]*[A-Z][A-Za-z]{1,15}[ \t]*\))?\s+".join(re.escape(w) for w in phrase.split())


@lru_cache(maxsize=None)
def _forms() -> dict[str, tuple[RoleEntry, bool]]:
    """Folded form (see :func:`.names.fold`) -> (entry, is_long_form)."""
    out: dict[str, tuple[RoleEntry, bool]] = {}
    for r in lexicon.roles().roles:
        for f in r.forms:
            out.setdefault(fold(" ".join(f.split())), (r, False))
        for f in r.long:
            out.setdefault(fold(" ".join(f.split())), (r, True))
    return out


@lru_cache(maxsize=None)
def _prefix_pattern() -> str:
    prefixes = sorted(lexicon.roles().prefixes, key=len, reverse=True)
    return "|".join(re.escape(p) + (r"(?![\w])" if not p.endswith(".") else "") for p in prefixes)


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    forms = sorted(_forms(), key=len, reverse=True)
    joined = by_first_char([_words_pattern(f) for f in forms])
    body = rf"(?:(?P<prefix>{_prefix_pattern()})[ \t]*)?(?P<form>{joined})(?![\w\-])"
    return re.compile(rf"(?<![\w.]){first_char_guard(body)}{body}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _first_words() -> frozenset[str] | None:
    """The first word of every role form and acting marker, where a role match starts."""
    return first_runs([*lexicon.roles().prefixes, *_forms()])


@lru_cache(maxsize=None)
def _head_first_words() -> frozenset[str] | None:
    return first_runs([*lexicon.roles().prefixes, *lexicon.roles().heads])


@lru_cache(maxsize=None)
def _head_pattern() -> re.Pattern[str]:
    heads = sorted(lexicon.roles().heads, key=len, reverse=True)
    functions = sorted(lexicon.roles().functions, key=len, reverse=True)
    fn = "|".join(_words_pattern(f) for f in functions)
    return re.compile(
        rf"(?<![\w.])(?:(?P<prefix>{_prefix_pattern()})[ \t]*)?"
        rf"(?P<head>{'|'.join(_words_pattern(h) for h in heads)})[ \t]+"
        rf"(?P<object>(?i:{fn})(?![\w\-])|[A-Z]{{2,8}}(?![\w\-]))"
    )


@lru_cache(maxsize=None)
def _tail_stop() -> frozenset[str]:
    kind_words = lexicon.units().kind_words()
    return (lexicon.stopwords() | lexicon.level_words() | lexicon.ranks().words() | lexicon.roles().words()
            | frozenset(w.casefold() for w in lexicon.people().name_stop) | kind_words)


def _read_tail(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """A unit fused after a role abbreviation: number and/or name ("02/Kota Baru")."""
    number = None
    end = pos
    nm = _NUMBER.match(text, pos)
    if nm:
        number = _WHITESPACE.sub("", nm.group(1))
        end = nm.end()
    sep = _SLASH_OR_SPACE.match(text, end)
    name = None
    if sep:
        scan = scan_name(text, sep.end(), stop=_tail_stop(), allow_slash=True, max_words=3)
        if scan is not None:
            name, end = scan.text, scan.end
    return number, name, end


def find_roles(text: str) -> list[RoleMatch]:
    """Every role phrase in ``text``, in order; overlapping matches keep the earliest, longest one."""
    return list(_roles_of(text))


@lru_cache(maxsize=4)
def _roles_of(text: str) -> tuple[RoleMatch, ...]:
    """:func:`find_roles`, once per text (the personnel builder and the civilian scan both ask)."""
    found: list[RoleMatch] = []
    forms = _forms()
    hits = word_hits(text)
    for m in matches_at(_pattern(), text, at_words(hits.starts(_first_words()))):
        written = _BRACKETED.sub(" ", m.group("form"))
        known = forms.get(fold(" ".join(written.split())))
        if known is None:
            continue
        entry, is_long = known
        end = m.end()
        paren = _PAREN_ABBR.match(text, end)
        if paren:
            inner = forms.get(fold(paren.group(1)))
            if inner is not None:
                entry = inner[0]
            end = paren.end()
        prefix = m.group("prefix")
        role = f"{prefix} {entry.role}" if prefix else entry.role
        number = name = None
        tail_end = end
        if not is_long and not paren:
            number, name, tail_end = _read_tail(text, end)
        found.append(RoleMatch(m.start(), end, role, entry, number, name, tail_end))
    # Head + object matches give way to the roles above wherever the two overlap. The roles come in
    # text order; with the running maximum of their ends, each overlap test is two bisections.
    starts = [r.start for r in found]
    reach: list[int] = []  # reach[k]: furthest end among found[:k + 1]
    for r in found:
        reach.append(max(r.end, reach[-1]) if reach else r.end)
    for m in matches_at(_head_pattern(), text, at_words(hits.starts(_head_first_words()))):
        if m.group("object").upper() in _NOT_OBJECT:
            continue
        before = bisect_right(starts, m.start()) - 1
        if before >= 0 and reach[before] > m.start():
            continue  # the head starts inside a role
        if bisect_left(starts, m.start()) < bisect_left(starts, m.end()):
            continue  # a role starts inside the head
        head_object = f"{m.group('head')} {' '.join(m.group('object').split())}"
        prefix = m.group("prefix")
        role = f"{prefix} {head_object}" if prefix else head_object
        found.append(RoleMatch(m.start(), m.end(), role, None, tail_end=m.end()))
    found.sort(key=lambda r: (r.start, -r.end))
    kept: list[RoleMatch] = []
    for r in found:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    return tuple(kept)
