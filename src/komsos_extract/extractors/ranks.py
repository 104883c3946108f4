"""Finding ranks and the corps written after them, from ``data/ranks.yaml`` and ``data/corps.yaml``.

A rank is matched case-insensitively as whole words, longest form first ("Letnan Kolonel" before
"Kolonel"). The corps that may follow is read with its own small grammar: a corps word ("Inf",
"Inf.", "Infanteri"), the same in brackets ("(Inf)"), a women's marker after it ("Cku (K)", even
across a line break), the navy's branch in brackets ("Laut (P)"), "TNI" or "TNI (Mar)", and "Pol".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..gazetteer import gazetteer
from ..lexicon import RankEntry
from ..textutil import by_first_char, first_char_guard
from .names import SAID_BEFORE, WORD_BEFORE, fold
from ..textutil import at_words, matches_at
from .wordhits import first_runs, word_hits

# Patterns of the one-off checks below, compiled once (a module-level ``re`` call looks its pattern up on
# every call).
_BRACKET_OPEN_SPACES = re.compile(r"\(\s*")
_SPACES_BRACKET_CLOSE = re.compile(r"\s*\)")
_SPACED_BRACKET_OPEN = re.compile(r"\s*\(\s*")

_WS = r"[ \t]*(?:\r?\n[ \t]*)?"
# An army corps not in the lexicon has the shape of all of them: "C" and two letters, the first a
# consonant ("Cpm", "Czi", "Chb"; never the Acehnese "Cut" of a woman's name).
_ARMY_CORPS = r"C[b-df-hj-np-tv-z][a-z]"
_ARMY_CORPS_RE = re.compile(_ARMY_CORPS + r"$", re.IGNORECASE)


@dataclass(frozen=True)
class RankMatch:
    start: int
    end: int  # end of the rank words (and of a dot after an abbreviation)
    written: str
    entries: tuple[RankEntry, ...]
    corps: str | None = None
    corps_services: tuple[str, ...] = ()
    after: int = 0  # offset after rank and corps

    @property
    def rank(self) -> str:
        return self.entries[0].rank


def _words_pattern(phrase: str) -> str:
    body = r"\s+".join(re.escape(w) for w in phrase.rstrip(".").split())
    return body + (r"\." if phrase.endswith(".") else r"\.?")


@lru_cache(maxsize=None)
def _rank_forms() -> dict[str, tuple[RankEntry, ...]]:
    """Folded form (single spaces, no final dot; see :func:`.names.fold`) -> the entries written that way."""
    out: dict[str, list[RankEntry]] = {}
    for e in lexicon.ranks().ranks:
        for form in e.forms():
            key = fold(" ".join(form.rstrip(".").split()))
            if e not in out.setdefault(key, []):
                out[key].append(e)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _rank_pattern() -> re.Pattern[str]:
    forms: dict[str, str] = {}
    for e in lexicon.ranks().ranks:
        for form in e.forms():
            forms.setdefault(" ".join(form.split()).casefold(), form)
    alts = sorted(forms.values(), key=lambda f: -len(f))
    joined = by_first_char([_words_pattern(f) for f in alts])
    body = rf"(?:{joined})(?![\w\-])"
    return re.compile(rf"(?<![\w.\-/]){first_char_guard(body)}{body}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _rank_first_words() -> frozenset[str] | None:
    """The first word of every rank form, where a rank match starts (see :mod:`.wordhits`)."""
    return first_runs(form for e in lexicon.ranks().ranks for form in e.forms())


@lru_cache(maxsize=None)
def _corps_forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded corps form -> (canonical corps, services)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for c in lexicon.corps().corps:
        for form in (c.corps, *c.variants):
            out[fold(form)] = (c.corps, tuple(c.services))
    return out


# The navy's officer branches written out in the bracket after "Laut": "Letnan Laut (Pelaut)" for "(P)"
_NAVY_BRANCHES = r"(?i:pelaut|teknik|elektronika|suplai|khusus|kesehatan)"


@lru_cache(maxsize=None)
def _corps_pattern() -> re.Pattern[str]:
    forms = sorted(_corps_forms(), key=lambda f: -len(f))
    # Grouped by first letter: after a rank stands a name far more often than a corps, and the
    # engine then gives up on a name after trying the corps of its first letter, not all of them.
    words = by_first_char([r"\s+".join(re.escape(w) for w in f.split()) for f in forms])
    return re.compile(
        _WS + r"(?:"
        r"(?P<tni>TNI(?:" + _WS + r"\(\s*(?P<mar>[Mm]ar|[Mm]arinir)\s*\)|" + _WS + r"(?P<marw>Marinir)\b"
        r"|(?:[ \t]*-[ \t]*|[ \t]+)(?P<svc>AD|AL|AU)\b)?|\(\s*TNI\s*\)|Tentara\s+Nasional\s+Indonesia(?:\s*\(\s*TNI\s*\))?)"
        r"|(?P<svc2>AD|AL|AU)(?=[ \t]+[A-Z][a-z])"  # the service alone after the rank: "Laksamana AL Darmo"
        r"|(?P<laut>[Ll]aut" + _WS + r"\(\s*(?:[A-Za-z]{1,3}|" + _NAVY_BRANCHES + r")(?:\s*/\s*[Ww])?\s*\))"
        r"|\(\s*(?P<paren>(?i:" + words + r"))\s*\)"
        r"|(?P<word>(?=[A-Z])(?i:" + words + r"|" + _ARMY_CORPS + r"))(?P<dot>\.)?(?P<fem>" + _WS + r"\(\s*[Kk]\s*\))?"
        # a corps in lower case, right before the capitalised name: "Kolonel infanteri Budi", "Kapten arh Budi",
        # "Kombes pol Budi", "Kombes pol. Drs. Budi"
        r"|(?P<lower>(?-i:pol|inf|lnf|infanteri|kav|kavaleri|arh|arhanud|armed|arm|" + _ARMY_CORPS.lower() + r"))\.?(?=[ \t]+[A-Z])"
        # (a corps' dot glued to the name: "Letkol Arh.Darmo")
        r")(?:(?<=\.)(?=[A-Z](?:[a-z]|\.[A-Z]))|(?![\w\-]))"
    )


def _corps_at(text: str, pos: int) -> tuple[str, tuple[str, ...], int] | None:
    """The corps written at ``pos`` (after a rank): (as written, services, end offset)."""
    m = _corps_pattern().match(text, pos)
    if not m:
        return None
    if m.group("lower"):
        found = _corps_forms().get(fold(m.group("lower")))
        if found is None and _ARMY_CORPS_RE.match(m.group("lower")):
            found = (m.group("lower"), ("TNI AD",))
        return (m.group("lower"), found[1], m.end()) if found else None
    if m.group("tni"):
        written = " ".join(m.group("tni").split())
        written = _BRACKET_OPEN_SPACES.sub("(", _SPACES_BRACKET_CLOSE.sub(")", written))
        if written == "(TNI)" or written.startswith("Tentara"):
            written = "TNI"  # "Mayjend (TNI) Budi", "Letjen Tentara Nasional Indonesia (TNI) Budi"
        if m.group("svc"):  # "Serda TNI-AD Darmo", "Laksamana TNI AL Darmo": the service after TNI
            return "TNI " + m.group("svc"), ("TNI " + m.group("svc"),), m.end()
        return written, (("TNI AL",) if m.group("mar") or m.group("marw") else ()), m.end()
    if m.group("svc2"):
        return m.group("svc2"), ("TNI " + m.group("svc2"),), m.end()
    if m.group("laut"):
        written = _SPACED_BRACKET_OPEN.sub(" (", " ".join(m.group("laut").split())).replace(" )", ")")
        return written, ("TNI AL",), m.end()
    if m.group("paren"):
        found = _corps_forms().get(fold(" ".join(m.group("paren").split())))
        if found is None:
            return None
        return " ".join(m.group("paren").split()), found[1], m.end()
    word = " ".join(m.group("word").split())
    found = _corps_forms().get(fold(word))
    if found is None and _ARMY_CORPS_RE.match(word):
        found = (word, ("TNI AD",))
    if found is None:
        return None
    services = found[1]
    fem = m.group("fem")
    written = word + (" " + "".join(fem.split()) if fem else "")
    return written, services, m.end()


def _decoy_before(text: str, start: int) -> bool:
    """A street, campus or office word just before the rank: "Jalan Jenderal Sudirman"."""
    window = text[max(0, start - 30):start]
    before = window.rsplit(None, 1)  # the last word is all we read
    if not before or "\n" in window[len(window.rstrip()):]:
        return False  # (a line break between: "... atap rumah.\n\nSerka Eko" opens a new paragraph)
    token = before[-1].lstrip("(\"'")
    if token[-1:] in ",;:!?)\"'" or (token.endswith(".") and len(token) > 5):
        return False  # punctuation ends the phrase before: "... atap rumah. Serka Eko" (not "Jl." or "RSUD.")
    words = window.split()
    if fold(token) == "udara" and len(words) > 1 and fold(words[-2]) == "angkatan":
        return False  # "Kepala Staf Angkatan Udara Marsekal TNI Darmo": the service, no airport
    return fold(token.rstrip(".")) in _decoy_words()


def _address_before(text: str, start: int) -> bool:
    """A form of address or a title right before a word one letter off a rank ("Pdt. Ferda", "Ibu
    Serdi"): the word opens a name."""
    m = WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and fold(m.group(1)) in _address_words()


def _level_before(text: str, start: int, word: str) -> bool:
    """A level word right before a word one letter off a rank that place names hold ("Kecamatan Serasan
    Timur"): the word names the place (not "Kapolsek Kota Kompl Darmo")."""
    m = WORD_BEFORE.search(text, max(0, start - 20), start)
    return (m is not None and fold(m.group(1)) in lexicon.level_words() and fold(m.group(1)) != "kota"
            and gazetteer().has_word(word))  # ("Kapolsek Kota Kampol Darmo": the post's place, then his rank)


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    people = lexicon.people()
    return frozenset(fold(w.rstrip(".")) for w in (*people.honorifics, *people.weak_honorifics, *people.name_prefixes))


@lru_cache(maxsize=None)
def _decoy_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.ranks().decoy_before)


# A capitalised word of rank length that may be a misspelled rank ("Setru", "Serds", "Kapetn").
_RANK_SHAPED = re.compile(r"(?<![\w.\-/@#])[A-Z][A-Za-z]{3,7}(?![\w\-])")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, substitution, insertion or swap of neighbours away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    return out - {word}


@lru_cache(maxsize=None)
def _misspellings() -> dict[str, tuple[RankEntry, ...]]:
    """Folded misspelling -> the rank it stands for, when exactly one single-word rank form of five
    letters or more is one edit away and the misspelling is no word we know otherwise (another
    rank, a unit kind, a role, a civilian role word, a function word, a level word or a given name:
    "Polda" is one edit from "Pelda", "Serta" from four ranks, "Sekda" from "Serda")."""
    forms = _rank_forms()
    civil = lexicon.people().civil_roles
    civil_words = {fold(w) for kind in (civil.place, civil.head, civil.plain) for form in kind for w in form.split()}
    near: dict[str, set[str]] = {}
    for form in forms:
        if " " in form or len(form) < 5 or not form.isalpha():
            continue
        for variant in _one_edit(form):
            near.setdefault(variant, set()).add(form)
    known = (set(forms) | lexicon.units().kind_words() | lexicon.roles().words() | lexicon.stopwords()
             | lexicon.level_words() | lexicon.given_names() | lexicon.ranks().words()
             | civil_words | {fold(w) for w in lexicon.ranks().not_misspellings})
    out: dict[str, tuple[RankEntry, ...]] = {}
    for variant, ranks in near.items():
        if len(ranks) == 1 and len(variant) >= 5 and variant not in known:
            out[variant] = forms[next(iter(ranks))]
    return out


@lru_cache(maxsize=None)
def _misspelling_keys() -> frozenset[str] | None:
    keys = frozenset(_misspellings())
    return keys if all(k.isascii() and k.isalpha() for k in keys) else None


def _misspelled_ranks(text: str, taken: list[RankMatch]) -> list[RankMatch]:
    """Ranks written one letter off, before a capitalised word ("Setru Wahyudi"); the record gets
    the short canonical rank."""
    table = _misspellings()
    starts = {r.start for r in taken}
    ends = {r.after for r in taken} | {r.end for r in taken}
    out: list[RankMatch] = []
    # Only the words of the table can give a rank: the scan tries the shape at those words alone.
    at = word_hits(text).starts(_misspelling_keys())
    for m in matches_at(_RANK_SHAPED, text, at_words(at)):
        word = m.group(0)
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if m.start() in starts or before in ends:
            continue  # (right after a rank the word opens his name: "Sertu Patar Giat Simbolon")
        if not (word[1:].islower() or word.isupper() or word[1:].replace("I", "l").islower()):
            continue  # ("KoloneI": a capital I for the l)
        entries = table.get(fold(word))
        if word.isupper() and not _CAPITALS_NEXT.match(text, m.end()):
            continue  # "program SERBU Sekolah": a word in capitals a letter off a rank, before a name that is
            # not in capitals too, is an acronym
        if (entries is None or _decoy_before(text, m.start()) or not _NAME_NEXT.match(text, m.end())
                or _address_before(text, m.start()) or _level_before(text, m.start(), word)):
            continue
        out.append(_with_corps(text, m.start(), m.end(), word, entries))
    return out


_CAPITALS_NEXT = re.compile(r"[ \t]+[A-Z]{2,}\b")
_BRACKETED_RANK = re.compile(r"[ \t]*\([ \t]*([A-Za-z][A-Za-z. ]{0,24}?)[ \t]*\)")
_NAME_NEXT = re.compile(r"[ \t]+(?:\(?[A-Z][a-z]{1,3}\.?\)?[ \t]+)?[A-Z]")


def _with_corps(text: str, start: int, end: int, written: str, entries: tuple[RankEntry, ...]) -> RankMatch:
    corps = _corps_at(text, end)
    if corps is None:
        return RankMatch(start, end, written, entries, after=end)
    return RankMatch(start, end, written, entries, corps=corps[0], corps_services=corps[1], after=corps[2])


_BRANCH_LETTERS = re.compile(r"[A-Z]{1,3}")


def _past_short_form(text: str, found: RankMatch, short: re.Match, inside: set[int]) -> RankMatch:
    """The rank written out, then its short form in brackets, with or without the corps ("Ajun Komisaris
    Polisi (AKP) Darmo", "Letnan Kolonel (Letkol) Czi Darmo", "Letnan Kolonel Czi (Letkol Czi) Darmo"):
    the name is read after the bracket and the corps after it."""
    words = short.group(1).rstrip(".").split()
    forms = _rank_forms()
    corps = None
    if fold(" ".join(words)) not in forms:
        if len(words) == 1 and (" " in found.written.strip() or _BRANCH_LETTERS.fullmatch(words[0])):
            # "Laksamana Pertama (Laksama) TNI": its short form misspelled; "Sermatutar (M)", "Mayor (P)": a
            # cadet's or an officer's branch letters
            inside.add(short.start(1))
            after = _corps_at(text, short.end()) if found.corps is None else None
            if after is not None:
                return replace(found, corps=after[0], corps_services=after[1], after=after[2])
            return replace(found, after=short.end())
        if len(words) < 2 or fold(" ".join(words[:-1])) not in forms or fold(words[-1]) not in _corps_forms():
            return found
        corps = _corps_forms()[fold(words[-1])]
    inside.add(short.start(1))
    after = _corps_at(text, short.end()) if corps is None and found.corps is None else None
    if after is not None:
        return replace(found, corps=after[0], corps_services=after[1], after=after[2])
    if corps is not None and found.corps is None:
        return replace(found, corps=words[-1], corps_services=corps[1], after=short.end())
    return replace(found, after=short.end())


def find_ranks(text: str) -> list[RankMatch]:
    """Every rank in ``text`` with the corps written after it (decoy contexts left out), misspelled
    ranks included."""
    out: list[RankMatch] = []
    forms = _rank_forms()
    inside: set[int] = set()  # rank abbreviations in brackets after the rank written out
    at = word_hits(text).starts(_rank_first_words())
    for m in matches_at(_rank_pattern(), text, at_words(at)):
        if m.start() in inside or _decoy_before(text, m.start()):
            continue
        written = m.group(0)
        entries = forms.get(fold(" ".join(written.rstrip(".").split())))
        if not entries or _MINISTRY_AFTER.match(text, m.end()):
            continue  # ("Irjen Kemhan": the ministry's inspector general, a post)
        end = m.end()
        stop = _FULL_WORD_THEN_STOP.match(text, end - (1 if written.endswith(".") else 0))
        if (stop and SAID_BEFORE.search(text, max(0, m.start() - 20), m.start())
                and any(fold(e.full) == fold(written.rstrip(".")) for e in entries)
                and _corps_at(text, stop.end() - 1) is None):
            continue  # "... kata Laksamana. Darsih (40) ...": the speaker named before by his rank alone, and the
            # sentence ends (not "Mayor. Inf. Darmo": a stray dot before the corps)
        if text[end:end + 1] == "." and text[end + 1:end + 2].isupper():
            end += 1  # "Serda.Budi": the rank's dot glued to the name
        found = _with_corps(text, m.start(), end, written, entries)
        if written == "Kol" and found.corps is None:
            continue  # "Kol Inf Darmo" is a colonel; without a corps "Kol" is cabbage ("Sayur Kol")
        short = _BRACKETED_RANK.match(text, found.after)
        if short:
            found = _past_short_form(text, found, short, inside)
        out.append(found)
    extra = _misspelled_ranks(text, out)
    if extra:
        out = sorted(out + extra, key=lambda r: r.start)
    return out


_FULL_WORD_THEN_STOP = re.compile(r"\.[ \t]+(?=[A-Z])|\.[ \t]*\r?\n")


# A ministry or department right after a rank word makes it that body's post ("Irjen Kemhan",
# "Inspektur Jenderal Kementerian Pertahanan")
_MINISTRY_AFTER = re.compile(r"[ \t]+(?:\([A-Za-z. ]{2,12}\)[ \t]*)?(?:Kemen[a-z]+|Kemhan|Kementrian|Departemen"
                             r"|Dep(?:dagri|han|kes|sos|tan|ag|diknas|keu|naker|hub|kominfo|kumham)\b)")


def without_corps(match: RankMatch) -> RankMatch:
    """The same rank read as having no corps (when the "corps" word was really the name)."""
    return RankMatch(match.start, match.end, match.written, match.entries, after=match.end)
