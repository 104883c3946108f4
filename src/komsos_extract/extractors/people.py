"""Named people without a rank: where the text says a word is a person's name.

Each source below is one clue the releases use, and each hit says which clue fired (``rule``):

- ``honorific``: "Bapak Sutomo", "Ibu Bidan Sri", "Pak Darto"
- ``role``: a civilian role before the name: "Kepala Desa Mekarjaya, Cecep Ropiudin",
  "Ketua LPM Zulkarnain S.Sos", "Kades Sukamaju Agus Riyanto" (a known given name marks the start)
- ``age``: "Tarsih (52)"
- ``apposition``: "Sutrisno, pedagang sayur", "ujar Rohman, salah satu tokoh pemuda",
  "Darsiman selaku Kuwu Cikalong"
- ``bernama``: "nelayan bernama Karsono"
- ``quote``: a bare name after a verb of saying ("ujar Budi"); too weak to make a person on its own,
  it only adds a mention to someone found otherwise
- ``ner``: PER spans from a statistical NER component, when one runs before ours (the seam for the
  trained model of a later issue; see :func:`ner_hits`)

Whether a hit becomes a record is decided in :mod:`komsos_extract.extractors.personnel`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .. import lexicon
from ..gazetteer import edit_distance, gazetteer
from ..gazetteer import name_key as place_key
from ..textutil import CLUTTER_LINE, by_first_char, first_char_guard, is_capitalised, linked_after_label, trailer_start
from .names import (BLANK_THEN_CAPITAL, DERIVED, NEVER_OPENS, TITLE_INSIDE, holds_title_inside, SAID_BEFORE, SAYING_VERBS, TITLE_OPENERS, WORD_BEFORE, NameRead, fold, is_degree, is_name_prefix, is_title_case_line, name_openers, name_words_also_stops,
                    names_compatible, norm_key, read_degrees, read_name, runs_on_line, short_line_bounds, wrapped_line)
from .names import particles as name_particles
from ..textutil import at_words, line_index, literal_starts, matches_at, overlapped_by
from .roles import find_roles
from .units import holder_start
from .vocabulary import language_word, verb_over_root
from .wordhits import back_over, first_runs, whole_word_starts, word_hits

# Patterns of the one-off checks below, compiled once (a module-level ``re`` call looks its pattern up on
# every call).
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")
_NUMBER_PAIR = re.compile(r"\d+[/\-]\d+")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
# a body's code with digits in it ("PLN UP3", "P3A", "BPP2"): never a name word
_JOINED_ACRONYMS = re.compile(r"[A-Z]{2,8}-[A-Z]{2,8}")
_DIGIT_CODE = re.compile(r"(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{1,7}")
_NEXT_NAME_TOKEN = re.compile(r"[ \t]*([^\W\d_][\w.]*)")
_COMMA_NEXT = re.compile(r"[ \t]*,")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_NEXT_LOWER_WORD = re.compile(r"[ \t]*([a-z]+)")
_BRACKET_OPEN = re.compile(r"\([ \t]*")
_BRACKET_BEFORE_CAPITAL = re.compile(r"\([ \t]*(?=[A-Z])")
# An office holder's status, written in brackets after the post ("Kades Sukamaju (Nonaktif)")
_STATUS_WORDS = frozenset({"nonaktif", "petahana", "purnatugas", "terpilih", "definitif", "incumbent", "sementara",
                           "pengganti", "lama", "baru"})
_ELECTION_WORD = re.compile(r"Pil[a-z]{2,}")  # an election's short form: Pilkades, Pilgubsu, Pilwu
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_SENTENCE_STOP = re.compile(r"[.!?](?=[ \t]+[A-Z\"“]|[ \t]*(?:\r?\n|$))|\n[ \t]*\n")
_WORD_AT_END = re.compile(r"([^\W\d_]+)$")
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]")
# ("warga Bernama Darmo"; "anak beridentitas Darsih", as police reports name a witness)
_BERNAMA = re.compile(r"(?<![\w])(?:(?P<noun>[a-z]+)[ \t]+)?(?P<b>[bB])er(?:nama|identitas)[ \t]+")
_WORD_RUNS = re.compile(r"[\w]+")
_NUMBER_NEXT = re.compile(r"[ \t]*-?[ \t]*\d")
_AGE_NEXT = re.compile(r"[ \t]*\(?\d{1,3}[ \t]*\)?[ \t]*(?:tahun|thn|th)\b", re.IGNORECASE)
_OPEN_PUNCT_AT_END = re.compile(r"[,;:(]\s*$")
_BRACKET_AT_END = re.compile(r"\(\s*$")
_BRACKET_CLOSE_AFTER = re.compile(r"\s*\)")
_SLASH_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*(?:[A-Z][A-Za-z]*[\d\-.][\w\-.]*|[A-Z]{2,}[\w\-.]*|[a-z]{2,8})[ \t]*\)")
# (the paper as a credit writes it: "/KNews-3", "/Pendim 0728" not; "/ANTARA", "/red", "/adi")

NER_LABELS = frozenset({"PER", "PERSON"})
WEAK_SCORE = 0.5  # hits scored below this only add mentions to people found otherwise
TRUNCATED_SCORE = 0.2
_AGE = re.compile(r"(?<![ \t])[ \t]*(?:(?:,[ \t]*(?=\([ \t]*\d{1,3}[ \t]*(?:th|thn|tahun)?[ \t]*\)[ \t]*(?:[,.;]|warga\b|dan\b)))?"
                  r"\([ \t]*(\d{1,3})[ \t]*(?i:th|thn|tahun)?[ \t]*(?:\)|[,;][^()\n]{1,60}\))"
                  r"|,[ \t]*(?:berusia|berumur)[ \t]+(\d{1,3})[ \t]*(?:th|thn|tahun)\b(?![ \t]*(?:ke|hingga|sampai|-))"
                  # the sex, then the age: "Darmo Wenda, laki-laki, 38 tahun", "Darsih, Perempuan 45 Tahun"
                  r"|,[ \t]*(?i:laki-laki|perempuan|pria|wanita)[ \t]*,?[ \t]*(\d{1,3})[ \t]*(?i:th|thn|tahun)\b"
                  # the age alone after a comma, then what describes a person or the item's end ("Darmo, 38 tahun,
                  # pekerjaan petani"; not "Sukamaju, 2 tahun lalu" nor "selama 3 tahun terakhir")
                  r"|,[ \t]*(\d{1,3})[ \t]*(?:th|thn|tahun)\b(?=[ \t]*(?:[,;]|\.(?![ \t]*[a-z])|dan\b|warga\b|pekerjaan\b|asal\b"
                  r"|alamat\b|beralamat\b|penduduk\b)))")
_KIN_BEFORE_BRACKET = frozenset({"istri", "isteri", "istrinya", "isterinya", "suami", "suaminya", "anak", "anaknya", "ayah",
                                 "ayahnya", "ibunya", "adik", "adiknya", "kakak", "kakaknya", "cucu", "cucunya", "korban",
                                 "pelaku", "tersangka", "saksi", "warga", "menantu", "mertua", "keponakan"})
_AGE_IN_BRACKET_END = re.compile(r"[ \t]*,?[ \t]*(\d{1,3})[ \t]*(?i:th|thn|tahun)\.?[ \t]*\)")
_BRACKET_OPEN_BLANKS = re.compile(r"[ \t]*")
_QUOTE = re.compile(rf"(?<![\w])(?:{SAYING_VERBS})[ \t]+")
QUOTE_WORDS = frozenset(SAYING_VERBS.split("|"))  # verbs of saying before a bare name ("ujar Budi")
_TOKEN_BACK = re.compile(r"([^\W\d_][\w'’`.\-]*)[ \t]*(?:\r?\n[ \t]*)?$")


@dataclass(frozen=True)
class CivilianHit:
    start: int
    end: int
    name: str
    rule: str
    honorific: str | None = None
    role: str | None = None
    score: float = 1.0


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@lru_cache(maxsize=None)
def name_stop() -> frozenset[str]:
    """Case-folded words that end a personal name."""
    lex = lexicon.people()
    kind_words = lexicon.units().kind_words()
    return frozenset(
        lexicon.stopwords() | lexicon.level_words() | lexicon.ranks().words() | lexicon.roles().words()
        | {w.casefold() for w in lex.name_stop} | {w.casefold() for w in lex.credit_labels}
        | honorific_keys() | kind_words
        | {f.split()[0].casefold() for f in _civil_role_kinds()}
    ) - _named_rank_openers()


def _named_rank_openers() -> frozenset[str]:
    """The first words of ranks of several words written wrong ("Laksmana Pertama" for Laksamana
    Pertama), a letter off a rank written alone: alone they are a name's word ("Serda Laksmana Wijaya")."""
    forms = [f.rstrip(".").casefold() for e in lexicon.ranks().ranks for f in e.forms()]
    alone = {f for f in forms if " " not in f}
    openers = {f.split()[0] for f in forms if " " in f} - alone
    return frozenset(w for w in openers if any(edit_distance(w, a, 1) == 1 for a in alone))


def _all_honorifics() -> list[str]:
    return lexicon.people().honorifics + lexicon.people().weak_honorifics


@lru_cache(maxsize=None)
def honorific_keys() -> frozenset[str]:
    """Honorifics ("Bapak", "Bu", "Sdr"), as :func:`.names.norm_key` keys."""
    return frozenset(norm_key(h) for h in _all_honorifics())


@lru_cache(maxsize=None)
def _honorific_first_words() -> frozenset[str] | None:
    return first_runs(_all_honorifics())


@lru_cache(maxsize=None)
def _honorific_pattern() -> re.Pattern[str]:
    abbrs = set(lexicon.people().honorific_abbreviations)
    forms = sorted(_all_honorifics(), key=len, reverse=True)
    alts = by_first_char([re.escape(h) + (r"\.?" if h in abbrs else "") for h in forms])
    # (an abbreviation's dot may be glued to the name: "Ny.Sumirah", "Bpk.Darsih")
    return re.compile(rf"(?<![\w/\-.]){first_char_guard(alts)}(?P<hon>{alts})(?:(?![\w\-/.])|(?<=\.)(?-i:(?=[A-Z][a-z])))",
                      re.IGNORECASE)


_REPEATED_SYLLABLE = re.compile(r"(\w{2,3})\1+")
_LOWER_NAME_HONORIFICS = frozenset({"bapak", "bpk", "bp", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "nenek",
                                    "kakek"})
# kin and address words, and spoken fillers, that follow a form of address in lower case
_KIN_AND_FILLER = frozenset({"kakung", "putri", "putra", "uti", "wedok", "ompung", "opung", "uwak", "uwa", "datok", "sampun",
                             "pinarak", "parantos", "nyuwun", "mboten", "nggih", "punten", "ora", "gak", "ndak", "enggak",
                             "boss", "bos", "boy", "pinter", "ninik", "mamak", "daeng", "bli", "mbok", "ndoro", "juragan"})
# what goes on about a person after a one-word name in lower case
_LOWER_NAME_CONTEXT = re.compile(r"[ \t]*(?:[,(]|(?:yang|warga|selaku|sebagai|salah|pemilik|ketua|seorang)\b)")
_LOWER_WORD_AT = re.compile(r"[ \t]+([a-z][a-z'’]{2,})(?![\w\-/])")


def _lower_case_name(text: str, pos: int, honorific: str) -> NameRead | None:
    """A name written in lower case after a form of address ("Bapak darmono", "Bu yunita yang ...", "Bpk nur
    Hadi"): after Bapak, Ibu, Saudara (or their short forms), Nenek or Kakek; words that are known given names,
    or one word of four letters or more that no dictionary or list knows followed by a comma, a bracket or a
    word that goes on about a person; never a rank, a role, a form of address, a function word or laughter,
    nor a piece of a longer capitalised name in the text ("jakrimi" beside "Mujakrimi")."""
    if fold(honorific) not in _LOWER_NAME_HONORIFICS:
        return None
    words: list[tuple[str, int, int]] = []
    at = pos
    while len(words) < 3:
        m = _LOWER_WORD_AT.match(text, at)
        if m is None or not _lower_name_word(m.group(1)):
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        at = m.end(1)
    if not words:
        return None
    given = [fold(w) in lexicon.given_names() for w, _, _ in words]
    if not all(given) and not (len(words) == 1 and len(words[0][0]) >= 4 and _LOWER_NAME_CONTEXT.match(text, words[0][2])):
        return None
    key = fold(words[0][0])
    if any(c[:1].isupper() and len(c) > len(words[0][0]) for c in re.findall(rf"\w*{re.escape(key)}\w*", text, re.I)):
        return None  # a shortened spelling of a longer name the text writes
    end = words[-1][2]
    name = NameRead(words[0][1], end, tuple(w for w, _, _ in words), None, (), end, tuple((a, b) for _, a, b in words))
    rest = _read(text, end + 1) if text[end:end + 1] == " " else None
    if rest is not None and rest.start == end + 1 and len(rest.words) <= 2 and all(known_name_word(w) for w in rest.words):
        name = NameRead(name.start, rest.end, (*name.words, *rest.words), None, rest.degrees, rest.after,
                        (*name.spans, *rest.spans))  # "Bpk nur Hadi": the name goes on in capitals
    return name


def _common_words_only(words: tuple[str, ...]) -> bool:
    """Every word a word of the language (a dictionary root, or one under common affixes) and none a known
    given name: "Data Stunting", "Berlaku", "Dibangun"."""
    return all(fold(w) not in lexicon.given_names() and language_word(fold(w)) for w in words)


def _lower_name_word(word: str) -> bool:
    """A lower-case word that may be part of a name: no function word, rank, role, form of address, kin or
    place word, and no word of the language unless a known given name."""
    key = fold(word)
    if (key in lexicon.stopwords() or key in lexicon.ranks().words() or key in lexicon.roles().words()
            or _civil_role_kind(word.title()) is not None or key in _long_service_roles() or post_shaped(word)
            or key in _org_words() or key in lexicon.level_words() or key in _nouns() or key in _not_names()
            or norm_key(word) in honorific_keys() or key in _KIN_AND_FILLER or _REPEATED_SYLLABLE.fullmatch(key)):
        return False
    return key in lexicon.given_names() or not language_word(key)


def _weak_honorific_misread(text: str, start: int, honorific: str) -> bool:
    """"Tanjung Mas", "Bukit Tuan": a weak address form right after a capitalised word is a name part."""
    if fold(honorific) not in _weak_honorific_keys():
        return False
    prev = _LAST_WORD.search(text[max(0, start - 30):start])
    return (bool(prev) and prev.group(1)[:1].isupper()
            and fold(prev.group(1)) not in _OPENING_CUES)  # ("Menurut Mamiq Hasbi, ...": the cue, then the address;
    # not any capitalised stop word: "Dari Nenek Moyang Kita" is a title-case motto)


_OPENING_CUES = frozenset({"menurut", "kata", "hadir", "tampak"})


@lru_cache(maxsize=None)
def _weak_honorific_keys() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.people().weak_honorifics)


@lru_cache(maxsize=None)
def _civil_role_kinds() -> dict[str, str]:
    """Folded civilian role form (see :func:`.names.fold`) -> kind (place, head, plain)."""
    roles = lexicon.people().civil_roles
    out: dict[str, str] = {}
    for kind in ("place", "plain", "head"):
        for form in getattr(roles, kind):
            out.setdefault(fold(" ".join(form.split())), kind)
    return out


def _civil_role_kind(written: str) -> str | None:
    """The kind of a civilian role as matched in the text (any case, any spacing)."""
    return _civil_role_kinds().get(fold(" ".join(written.split())))


@lru_cache(maxsize=None)
def _civil_role_first_words() -> frozenset[str] | None:
    roles = lexicon.people().civil_roles
    return first_runs(f for kind in ("place", "plain", "head") for f in getattr(roles, kind))


@lru_cache(maxsize=None)
def _civil_role_pattern() -> re.Pattern[str]:
    roles = lexicon.people().civil_roles
    forms = sorted({" ".join(f.split()) for kind in ("place", "plain", "head") for f in getattr(roles, kind)},
                   key=len, reverse=True)
    alts = by_first_char([_words_pattern(f) for f in forms])
    return re.compile(rf"(?<![\w\-.]){first_char_guard(alts)}(?P<role>{alts})(?![\w\-])", re.IGNORECASE)


def civil_role_at(text: str, pos: int) -> int | None:
    """The end of a civilian role written at ``pos`` ("Pendamping Gizi", "Kepala Desa"), or None."""
    rm = _civil_role_pattern().match(text, pos)
    return rm.end() if rm else None


@lru_cache(maxsize=None)
def _nouns() -> frozenset[str]:
    return frozenset(lexicon.people().civil_roles.nouns)


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.people().not_names)


_JOINED_NAMES = re.compile(r"[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")
_REDUPLICATED = re.compile(r"(?i:([a-z]{2,})-\1)")


def _read(text: str, pos: int) -> NameRead | None:
    name = read_name(text, pos, stop=name_stop())
    if name is not None and "." in name.words[0][:-1]:
        head = name.words[0].split(".", 1)[0]
        if norm_key(head) in honorific_keys() or (head in ("H", "Hj") and len(name.words) > 1):
            return _read(text, name.start + len(head) + 1)  # "Sdr.Darsih", "H.M Darmo": a title glued to the name
    if name is not None and len(name.words) == 1 and is_name_prefix(name.words[0]):
        return None  # "Drs" before a name written in lower case: the title alone
    if (name is not None and len(name.words) == 2 and name.words[0] in ("H", "Hj") and name.prefix is None
            and fold(name.words[1]) not in lexicon.family_names()):
        # "kediaman H Mukmin", "Bupati H Zukri,": before one word no clan name, a civilian's undotted H is
        # Haji (a ranked man's, "Brigpol H Tehutora", is read by the ranks and keeps his initial)
        return replace(name, start=name.spans[1][0], words=name.words[1:], spans=name.spans[1:], prefix=name.words[0])
    if (name is None or name.words[0].casefold() in _not_names()
            or any(_REDUPLICATED.fullmatch(w) or _JOINED_NAMES.fullmatch(w)
                   and any(gazetteer().find(place_key(p)) for p in w.split("-")) for w in name.words)):
        return None  # places joined by a hyphen ("Cimanuk-Citarum": a river basin, a road),
        # a plural noun ("Bapak-bapak", "Ibu-ibu")
    cut = next((k for k in range(1, len(name.words)) if fold(name.words[k]) in org_prefix_words()
                or _NYA_WORD.fullmatch(name.words[k])), None)  # ("Ibu Darsih Lokasinya di ...": a "-nya" word)
    if cut is None and len(name.words) > 1 and any(map(_derived_word, name.words[1:])) and is_title_case_line(text, pos):
        # a headline capitalises every word: "Mbah Darsih Menjadi Saksi Peresmian" ends at the verb
        cut = next(k for k in range(1, len(name.words)) if _derived_word(name.words[k]))
    if cut is not None:  # "Bapak Darsih Poktan Rahayu": the farmers' group's name is no part of his
        end = name.spans[cut - 1][1]
        name = replace(name, end=end, words=name.words[:cut], degrees=(), after=end, spans=name.spans[:cut])
    return name


@lru_cache(maxsize=1)
def _office_fields() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.people().office_fields)


@lru_cache(maxsize=1)
def org_prefix_words() -> frozenset[str]:
    """The words that name a thing before a name ("Jalan", "Masjid", "Poktan"), folded."""
    return frozenset(fold(w) for w in lexicon.people().org_prefixes)


# --- role phrases around a name ---------------------------------------------------------------

_TAIL_ACRONYM = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z0-9]{1,11}(?:[ \t][A-Z][A-Za-z0-9]{1,7})?)[ \t]*\)")
_PHRASE_TOKEN = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?([^\W_][\w'’`.\-/]*)")
_COMMA_LEVEL = re.compile(r"[ \t]*,[ \t]*([A-Z][a-z]*\.?)(?=[ \t]*[A-Z])")


_CONJOINED_BODY = re.compile(r"(?:[ \t]+[A-Z][\w\-]*){1,4}[ \t]*\([ \t]*([A-Za-z][A-Za-z0-9]{1,11}(?:[ \t][A-Z][A-Za-z0-9]{1,5})?)"
                             r"[ \t]*\)")


_DOT_THEN_NUMBER = re.compile(r"\.[ \t]*\d")


def _role_tail(text: str, pos: int, role: str = "") -> tuple[list[tuple[str, int, int, str]], int]:
    """Tokens after a civilian role: object and place words (capitalised, abbreviations, numbers,
    level words) and once an acronym in brackets (kind ``acr``). Returns ``[(word, start, end, kind)]``
    and the offset after the last one."""
    level = lexicon.level_words()
    honorifics = honorific_keys()
    stop = _tail_stop()
    out: list[tuple[str, int, int, str]] = []
    if _DOT_THEN_NUMBER.match(text, pos):
        pos += 1  # "Ketua RT. 30": the role's abbreviation dot before its number
    end = pos
    i = pos
    acronym = False
    while len(out) < 8:
        am = None if acronym else _TAIL_ACRONYM.match(text, i)
        if am and not (am.group(1).isupper() and am.group(1).isalpha()) and not abbreviates(
                am.group(1), role.split() + [w for w, *_ in out]):
            am = None  # "(Sulsel)" after "Sulawesi Selatan" is read over; "(Budi)" is a name
        if am and not out and abbreviates(am.group(1), role.split()):
            # "Kepala Desa (Kades) Sukamaju Wartini": the role's own short form; its place and name follow
            acronym = True
            end = i = am.end()
            continue
        if am:  # "Ketua Forum Jawa Tengah (Jateng) Suparno": the contraction closes the body's name
            acronym = True
            out.append((am.group(1), am.start(1), am.end(1), "acr"))
            end = i = am.end()
            continue
        m = _PHRASE_TOKEN.match(text, i)
        if not m:
            lm = _COMMA_LEVEL.match(text, i) if out and out[-1][3] in ("cap", "num") else None
            if lm is None or norm_key(lm.group(1).rstrip(".")) not in level:
                break
            m = lm  # "Kepala Desa Sukamaju, Kecamatan Cepiring, Darsih": the place's chain goes on
        word = m.group(1).rstrip(".")
        key = norm_key(word)
        if not key:
            break
        if word == "dan" and out and out[-1][3] == "cap" and not acronym:
            # "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Wulan": a body's name goes on over "dan"
            # when a contraction in brackets closes it
            close = _CONJOINED_BODY.match(text, m.end(1))
            if close and abbreviates(close.group(1), role.split() + [w for w, *_ in out]
                                     + text[m.end(1):close.start(1)].rstrip(" \t(").split()):
                out.append((word, m.start(1), m.end(1), "conj"))
                end = i = m.end(1)
                continue
            nxt = _PHRASE_TOKEN.match(text, m.end(1))
            if (nxt and fold(out[-1][0]) in _office_fields() and fold(nxt.group(1).rstrip(".")) in _office_fields()
                    and is_capitalised(nxt.group(1))):
                # "Dinas Kelautan dan Perikanan Darmo": two affairs of one office's name
                out.append((word, m.start(1), m.end(1), "conj"))
                end = i = m.end(1)
                continue
            break
        if word == "setempat":  # "Sekretaris RT setempat Darsih": the place is the one told before
            kind = "here"
        elif key == "negeri" and out and fold(out[-1][0]) in _STATE_BODIES:
            kind = "cap"  # "Ketua Pengadilan Negeri Darmo": the state's court, no village (Negeri)
        elif key in level:
            kind = "level"
        elif word.isdigit() or _NUMBER_PAIR.fullmatch(word):
            kind = "num"
        elif (_ROMAN.fullmatch(word) and out and fold(out[-1][0]) in _NUMBERED_BODIES
              and not (word == "I" and fold(out[-1][0]) != "komisi" and (nxt := _PHRASE_TOKEN.match(text, m.end(1)))
                       and fold(nxt.group(1).rstrip(".")) in _balinese_second_words())):  # ("Seksi I Made Darmo";
            # a house's committees are always numbered: "Ketua Komisi I Wayan Darmo")
            kind = "ord"  # "Komisi I DPRD": the committee's number, no Balinese "I" (kept in the role)
        elif key in honorifics and not out and _address_opens_place(text, word, m):
            kind = "cap"  # "Kepala Desa Pak Bulu Darmo": a village named with an address word
        elif (key in honorifics and not (out and out[-1][3] == "cap" and key in _weak_honorific_keys())
              or key in stop or is_degree(m.group(1)) or is_name_prefix(m.group(1))
              or m.group(1).endswith(".") and key in _name_abbreviation_keys()
              and not (key in NEVER_OPENS and not _name_word_next(text, m.end(1)))):  # ("Jro Mangku Wy. Darmo";
            # not "Panitia HUT RI Th. 2024 Darmo": "Th." for "tahun" before a year)
            break  # (a weak address form after a capitalised word is part of a place: "Bukit Tuan")
        elif _ACRONYM.fullmatch(word) or _DIGIT_CODE.fullmatch(word) or _JOINED_ACRONYMS.fullmatch(word):
            kind = "abbr"  # (also two joined by a hyphen: "Ketua TP-PKK Sukamaju Darsih")
        elif is_capitalised(word):
            kind = "cap"
        else:
            break
        out.append((word, m.start(1), m.start(1) + len(word), kind))
        end = i = m.start(1) + len(word)
        if m.group(1).endswith("."):
            if kind != "level":
                break
            i = m.end(1)  # "Ketua RT. 30 Desa ...": an abbreviated level word's dot
    return out, end


# Things that Roman numbers count ("Kanit I", "Kelas I", "Asisten I"): an "I" after one is no Balinese "I"
COUNTED_NOUNS = frozenset({"kelas", "tahap", "tingkat", "angkatan", "gelombang", "golongan", "kanit", "unit", "subdit",
                           "seksi", "bagian", "wilayah", "sektor", "regu", "pleton", "peleton", "kompi", "asisten"})
_NUMBERED_BODIES = frozenset({"komisi", "fraksi", "seksi", "bidang", "subbag", "subbid"})
_STATE_BODIES = frozenset({"pengadilan", "kejaksaan", "universitas", "politeknik", "institut", "sekolah", "madrasah",
                           "sd", "smp", "sma", "smk", "mts", "man", "min", "mi"})


def _level_word_before(text: str, pos: int) -> bool:
    """A level word ("Desa", "Ds.") right before ``pos``."""
    m = WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and norm_key(m.group(1)) in lexicon.level_words()


def _address_opens_place(text: str, word: str, m: re.Match) -> bool:
    """The address word ``word`` (matched by ``m``) and the word after it name a known place."""
    nxt = _PHRASE_TOKEN.match(text, m.end(1))
    return nxt is not None and _known_place(text, [word, nxt.group(1).rstrip(".")], m.start(1))


@lru_cache(maxsize=None)
def _tail_stop() -> frozenset[str]:
    """Words that end the object or place after a civilian role (capitalised org words such as
    "Kesejahteraan Sosial" do not)."""
    kind_words = lexicon.units().kind_words()
    weekdays = set(lexicon.dates().weekdays)
    return frozenset(lexicon.ranks().words() | lexicon.roles().words() | kind_words | weekdays
                     | {"dan", "di", "ke", "dari", "yang", "serta", "bersama", "beserta", "selaku", "sebagai"})


def _role_text(role: str, kind: str, tail: list[tuple[str, int, int, str]], until: int | None = None) -> str:
    """The role as recorded: "Ketua" + its object ("Ketua Karang Taruna", "Ketua BPD"); place
    names and the person's name (from ``until`` on) left out."""
    if kind != "head":
        return role
    words = [role]
    for word, start, _, k in tail:
        if k in ("level", "num", "acr", "here") or until is not None and start >= until:
            break
        words.append(word)
    while len(words) > 1 and words[-1] == "dan":
        words.pop()
    return " ".join(words)


_LOWER_WORD = re.compile(r"[ \t]*([a-z][a-z\-]*)")
_ROLE_AFTER_LEAD = re.compile(
    r"[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\))?[ \t]*,?[ \t]*"
    r"(?:(?:salah[ \t]+(?:satu|seorang)|[Ss]elaku|[Ss]ebagai|(?:yang[ \t]+)?merupakan)[ \t]+)?(?:(?:seorang|para)[ \t]+)?")
_SPACES = re.compile(r"[ \t]*")


# Words that go on a clause, not a noun of persons: "Menurut Budi, warga |sangat senang" (adverbs,
# modals, conjunctions that no stop list holds)
_CLAUSE_WORDS = frozenset({"sangat", "pun", "tidak", "belum", "selalu", "turut", "ikut", "langsung", "hanya",
                           "pula", "lagi", "bisa", "dapat", "harus", "sempat", "kini", "ketika", "sehingga",
                           "karena", "sering", "kerap", "banyak", "semua", "perlu", "mesti", "tentu"})
ACTIVE_VERB = re.compile(r"(?:mem|men|meng|meny|me)[a-z]{3,}")  # an active verb's shape (fullmatch it)
_CLAUSE_VERB = re.compile(ACTIVE_VERB.pattern + r"|ber[a-z]{3,}")  # (or a "ber-" verb: fullmatch it)


@lru_cache(maxsize=None)
def _noun_phrase_stop() -> frozenset[str]:
    return lexicon.stopwords() | lexicon.level_words() | {"setempat", "binaan", "sekitar"} | _CLAUSE_WORDS


def _noun_phrase(text: str, pos: int) -> str | None:
    """A lower-case role noun and up to two more words: "tokoh masyarakat", "pedagang sayur keliling";
    a verb or an adverb ends it ("warga |sangat senang", "warga |berharap")."""
    stop = _noun_phrase_stop()
    words: list[str] = []
    m = _LOWER_WORD.match(text, pos)
    while m and len(words) < 3:
        word = m.group(1)
        if not words and word not in _nouns() or words and (word in stop or _CLAUSE_VERB.fullmatch(word)):
            break
        words.append(word)
        m = _LOWER_WORD.match(text, m.end())
    return " ".join(words) or None


def role_after(text: str, pos: int) -> str | None:
    """A role written right after a name: ", tokoh masyarakat", "salah satu petani", "selaku Kades X"."""
    at = _ROLE_AFTER_LEAD.match(text, pos).end()
    rm = _civil_role_pattern().match(text, at)
    kind = _civil_role_kind(rm.group("role")) if rm else None
    if rm and kind:
        tail, _ = _role_tail(text, rm.end(), rm.group("role"))
        return _role_text(" ".join(rm.group("role").split()), kind, tail)
    phrase = _noun_phrase(text, at)
    return None if phrase in _SEXES else phrase  # ("Darsih, perempuan, 45 tahun": her sex, no role)


_SEXES = frozenset({"laki-laki", "perempuan", "pria", "wanita"})


def role_before(text: str, pos: int) -> str | None:
    """A civilian role ending just before ``pos`` with only place words between: "Kadus Dsn 4 |",
    "Kepala Desa Karangsari |", "Tomas |"; a place role also across a comma ("Lurah Sidorejo, |")."""
    start = text.rfind("\n", max(0, pos - 60), pos) + 1 or max(0, pos - 60)
    best = None
    for rm in _civil_role_pattern().finditer(text, start, pos):
        kind = _civil_role_kind(rm.group("role"))
        if kind is None:
            continue
        tail, tail_end = _role_tail(text, rm.end(), rm.group("role"))
        between = text[tail_end:pos].strip()
        if tail_end <= pos and (not between or between == "," and kind == "place"):
            best = _role_text(" ".join(rm.group("role").split()), kind, tail)
    return best


# --- the sources -----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _abbreviated_honorific_keys() -> frozenset[str]:
    return frozenset(norm_key(h) for h in lexicon.people().honorific_abbreviations)


def honorific_hits(text: str) -> list[CivilianHit]:
    out: list[CivilianHit] = []
    at = word_hits(text).starts(_honorific_first_words())
    for m in matches_at(_honorific_pattern(), text, at_words(at)):
        if text[m.start() - 1:m.start()] == "-" or text[m.end():m.end() + 1] in ("-", "/"):
            continue
        if _weak_honorific_misread(text, m.start(), m.group("hon")):
            continue
        hon = m.group("hon").rstrip(".")
        if len(hon) >= 2 and hon.isupper() and norm_key(hon) in _abbreviated_honorific_keys():
            continue  # "Kepala BP Batam": an agency's initials, not "Bp." (Bapak)
        pos = m.end()
        role = None
        rm = _civil_role_pattern().match(text, _SPACES.match(text, pos).end())
        if rm:  # "Bapak Kades Sukamaju Budi", "Ibu Bidan Sri", "Ibu Ketua TP PKK Hj. Rahmi"
            found = _name_after_role(text, rm)
            if found is None:
                continue
            name, role = found
        else:
            name = _read(text, pos) or _lower_case_name(text, pos, m.group("hon").rstrip("."))
        if name is None:
            continue
        if (role is None and (_civil_role_ends_at(text, m.start()) or _level_word_before(text, m.start()))
                and _known_place(text, [hon, name.words[0]], m.start())):
            continue  # "Kepala Desa Pak Bulu Darmo", "Desa Pak Bulu": the village's name opens with the address word
        role = role or role_before(text, m.start()) or role_after(text, name.after)
        out.append(CivilianHit(name.start, name.end, name.name, "honorific", honorific=hon, role=role))
    return out


def _given_name_start(tail: list[tuple[str, int, int, str]], *, skip_level: bool) -> int | None:
    given = lexicon.given_names()
    first = 0
    if skip_level and tail and tail[0][3] == "level":
        first = 2
    for k, (word, start, _, kind) in enumerate(tail):
        if k >= first and kind == "cap" and word.casefold() in given:
            return start
    return None


def _ends_with_level_word(role: str) -> bool:
    """The role's last word is a level word ("Kepala Desa", "Datuk Penghulu Kampung"): its place comes next."""
    return norm_key(role.split()[-1].rstrip(".")) in lexicon.level_words()


@lru_cache(maxsize=1)
def _titles_of_birth() -> frozenset[str]:
    """Titles of birth written before a given name, as written (the Sasak "Lalu" too, a common word
    in lower case)."""
    return frozenset(lexicon.people().noble_titles) | {"Lalu"}


def _known_place_prefix(text: str, words: list[str] | tuple[str, ...], at: int) -> int:
    """How many of ``words`` (written from ``at``), fewer than all, open with the longest known place:
    0 when none does ("Sukamaju Darsih" -> 1)."""
    return next((k for k in range(len(words) - 1, 0, -1) if _known_place(text, list(words[:k]), at)), 0)


# Roles whose place is a hamlet or a neighbourhood: names the gazetteer does not list
_HAMLET_ROLE = re.compile(r"(?i)dus|dsn|kasun|kawil|\brt\b|\brw\b|lingkungan|kepling|kaling|jorong|banjar|kampung|korong|jaga"
                          r"|dukuh|suku|soa|adat|mosalaki")


def _body_or_place_word(word: str) -> bool:
    """A word of a body's or a place's name rather than a person's: an organisation or thing word, a
    role, a derived word ("Penyuluhan"), a compass word."""
    key = fold(word)
    return (key in _org_words() or _civil_role_kind(word) is not None or _derived_word(word) or key in place_marks()
            or key in _office_fields() and key not in lexicon.given_names())


def may_open_name(word: str) -> bool:
    """A capitalised word that may be a name's first: no organisation, thing, compass, role or
    not-name word, no acronym, no derived word."""
    key = fold(word)
    return (word[:1].isupper() and not word.isupper() and not _body_or_place_word(word) and key not in _not_names()
            and key not in lexicon.stopwords())


_PLAIN_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}(?:['’][a-z]+)?")


@lru_cache(maxsize=8192)
def unknown_word(word: str) -> bool:
    """A capitalised word that no list knows: no dictionary root, given name, place, organisation,
    role or common derived word ("Ritno", "Hindom"; not "Induk", "Sentral", "Penyuluhan"). After a
    role and its object such a word is a name far more often than a place or a body's."""
    key = fold(word)
    return (_PLAIN_CAPITALISED.fullmatch(word) is not None and not language_word(key)
            and key not in lexicon.given_names() and not post_shaped(word)
            and may_open_name(word) and not gazetteer().find(place_key(word))
            and not gazetteer().find(place_key(f"Kota {word}")))  # (a town: "Kota Waikabubak" is its district)


def _last_word_at(tail: list[tuple[str, int, int, str]], start: int) -> bool:
    """The given name at ``start`` is the tail's last word ("Sekdes Darsih Ismail,"; not "Kades
    Nangahure Darsih Lubis", where the unknown word may be the village)."""
    return bool(tail) and tail[-1][1] == start


def _after_known_place(text: str, tail: list[tuple[str, int, int, str]], start: int,
                       village_or_above: bool = False) -> int:
    """Where the name starts when a given name stands later in it: "Walikota Pariaman Darsih
    Ramli" (a known place, an unknown word, a given name) names "Darsih Ramli"; without a known
    place before the unknown words they may be the place ("Kades Mekar Jaya Budi"), unless it is
    one word and the role's place is a village or larger, which the gazetteer lists in full (a
    hamlet's or a neighbourhood's name it does not know)."""
    caps = [t for t in tail if t[1] < start]
    if not caps or any(t[3] != "cap" for t in caps):
        return start
    words = [t[0] for t in caps]
    if _known_place(text, words, caps[0][1]):
        return start
    k = _known_place_prefix(text, words, caps[0][1])
    if k:
        return caps[k][1]
    if len(caps) == 1 and village_or_above and may_open_name(caps[0][0]) and _last_word_at(tail, start):
        return caps[0][1]  # "Sekdes Darsih Ismail": one word no gazetteer knows, the name's first
    return start


def _leading_codes(tail: list[tuple[str, int, int, str]]) -> int:
    """How many tokens open the tail as codes: abbreviations and numbers, and "RT"/"RW" with their
    number ("BPD", "LPM", "RT 05 RW 02"); a level word with a name after it ("Desa Sukamaju") is a place."""
    k = 0
    while k < len(tail):
        kind = tail[k][3]
        if kind in ("abbr", "num", "acr", "here"):
            k += 1
        elif kind == "level" and k + 1 < len(tail) and tail[k + 1][3] in ("num", "here"):
            k += 2
        else:
            break
    return k


def _level_word_next(text: str, pos: int) -> bool:
    """Whether a level word ("Kecamatan", "Desa", "Kab.") follows at ``pos`` after blanks."""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and norm_key(m.group(1)) in lexicon.level_words()


def _name_after_role(text: str, rm: re.Match, read_tail: tuple | None = None) -> tuple[NameRead, str] | None:
    """The name after a civilian role and its object or place, and the role as recorded: after a
    Haji/academic prefix ("Camat Cibatu Drs. Paryanto"), after codes ("Ketua BPD Hamdani"), after a
    comma ("Kepala Desa Mekarjaya, Cecep Ropiudin"), or from a known given name on ("Kades
    Sukamaju Agus Riyanto")."""
    role_written = " ".join(rm.group("role").split())
    kind = _civil_role_kind(role_written)
    if kind is None:
        return None
    tail, tail_end = read_tail if read_tail is not None else _role_tail(text, rm.end(), rm.group("role"))
    if fold(role_written) == "tokoh" and tail and fold(tail[0][0]) in _STORY_WORDS:
        return None  # "Tokoh Kartun Upin", "Tokoh Wayang Semar": a character of a story, no holder of a post
    after = text[tail_end:tail_end + 40]
    chained = "," in text[rm.end():tail_end]  # (the place's chain went on over a comma)
    nxt = _NEXT_NAME_TOKEN.match(after)
    name: NameRead | None = None
    if nxt and is_name_prefix(nxt.group(1)):
        name = _read(text, tail_end + nxt.start(1))
        whole = _initial_inside_name(text, tail, kind, name)
        name = whole or name
    elif (nxt and nxt.group(1).endswith(".")
          and (at := _abbreviation_opens(text, tail, nxt.group(1), tail_end + nxt.start(1), tail_end + nxt.end(1)))):
        name = _read(text, at)  # a shortened given name opens it: "Kades Sukamaju Abd. Darmo"
    codes = _leading_codes(tail)
    # after codes: "Ketua BPD Hamdani", "Ketua RW 02 Sutarno", "Kadus Dsn 4 Karjo" (a place role's
    # codes must end with a number, or they may be the start of a place name)
    numbered = codes > 0 and tail[codes - 1][3] in ("num", "here")
    split_off = False  # a known place was cut off the name's front
    if (name is None and 0 < codes < len(tail) and tail[codes][3] == "cap"
            and (kind in ("head", "plain") or numbered)):
        name = _read(text, tail[codes][1])
        if (name is not None and (_COMMA_NEXT.match(text[name.after:name.after + 3])
                                  or name.words[0].casefold() not in lexicon.given_names())
                and (_known_place(text, list(name.words), name.start) or _level_word_next(text, name.after))):
            # "Ketua DPRD Tanggamus, Heri", "PPL Sukamaju dan ...", "Penyuluh BPP Tanjung Kecamatan ...":
            # a place, not the name
            name = None
        if (name is not None and len(name.words) >= 3 and fold(name.words[0]) not in lexicon.given_names()
                and name.words[0] not in lexicon.people().noble_titles):
            # "Ketua DPRD Halsel Yohana Latumahina": a place the gazetteer does not know, then the name
            # from its known given name on
            later = next((k for k in range(1, len(name.words) - 1)
                          if fold(name.words[k]) in lexicon.given_names()), None)
            if later is not None:
                name = _read(text, name.spans[later][0])
        if (name is not None and len(name.words) > 1 and fold(name.words[0]) not in lexicon.given_names()
                and name.words[0] not in lexicon.people().noble_titles and fold(name.words[0]) not in _org_words()
                and (k := _known_place_prefix(text, name.words, name.start))):
            # "Ketua PCNU Garut Wirandi Lasope", "Guru SDN 1 Cibatu Siti Aminah": a known place runs into
            # the name; the name is what follows the longest known place when it reads as one
            rest = _read(text, name.spans[k][0])
            name = (rest if rest is not None and rest.end == name.end and len(rest.words) >= 2
                    and plausible_bare_name(rest) and _item_ends(text, rest.after, len(text)) else None)
            split_off = name is not None
        if name is not None and not split_off and fold(name.words[0]) not in lexicon.given_names() and _COMMA_NEXT.match(
                text, name.after):
            # "Guru Jemaat GKPI Lumbanjulu, Hotman Nainggolan", "Ketua RT 07 Huntap Baru, Syamsul": when a name
            # follows the comma, the words before it were the body's place
            cand = _read(text, _COMMA_GAP.match(text, name.after).end())
            if cand is not None and _accept_after_comma(text, cand, lexicon.given_names(), chained):
                name = cand
    if name is None and codes == 0:
        # "Kepala Cabang BRI Tumpak Pardede": after a code inside the tail, a run that reads as a name
        inner = next((k for k in range(len(tail) - 2, 0, -1) if tail[k][3] in ("abbr", "acr")), None)
        if inner is not None and tail[inner + 1][3] == "cap":
            cand = _read(text, tail[inner + 1][1])
            if (cand is not None and cand.end == tail[-1][2] and _item_ends(text, cand.after, len(text))
                    and (fold(cand.words[0]) in lexicon.given_names() or fold(cand.words[-1]) in lexicon.family_names())
                    and plausible_bare_name(cand) and not _known_place(text, list(cand.words), cand.start)):
                name = cand
    comma = _COMMA_GAP.match(after)
    # degrees right after the tail ("Camat Karangrejo Wartono,S.E, ..."): the name ends the tail, and
    # the degree after the comma is no name of its own
    degree_next = _degree_at(after, comma.end() if comma else 0)
    if name is None and comma and not degree_next and not (
            kind == "place" and tail and balinese_opener_inside(text, tail[0][1] - 1, tail_end) is not None):
        # (not past a Balinese name that closes the place: "Perbekel Sukamaju I Ketut Darma, Nara sumber ...")
        cand = _read(text, tail_end + comma.end())
        if cand is not None and _accept_after_comma(text, cand, lexicon.given_names(), chained):
            name = cand
    acronym = next((k for k, t in enumerate(tail) if t[3] == "acr"), None)
    if name is None and acronym is not None and acronym + 1 < len(tail) and tail[acronym + 1][3] == "cap":
        # "Ketua Forum Jawa Tengah (Jateng) Suparno Hadi": the contraction closes the body's name
        cand = _read(text, tail[acronym + 1][1])
        if (cand is not None and plausible_bare_name(cand) and fold(cand.words[0]) not in _thing_words()
                and _item_ends(text, cand.after, len(text)) and not _known_place(text, list(cand.words), cand.start)):
            name = cand
    if name is None and degree_next:  # a known place first: the given name may be the second word
        name = _name_after_place(text, tail, kind, degree_next)
    if (name is None and kind == "plain" and not degree_next and not role_written.islower()
            and (" " in role_written or fold(role_written) in _CLERGY)):
        # a clergyman's title, or a plain role written with its object, holds no place and takes no more
        # object: its capitalised words are the name from the first, also where a later one is a known
        # given name ("Pendeta Lodrik Jono", "Tokoh Agama Lodrik Jono"; not "Guru Agama Sutarno")
        name = _name_after_place(text, tail, kind, role=role_written)
    if name is None and tail:
        start = _given_name_start(tail, skip_level=True)
        if start is not None:
            if kind == "place":
                start = _after_known_place(text, tail, start, not _HAMLET_ROLE.search(role_written))
            else:
                start = _past_body_words(text, tail, start)
                start = _chair_own_name(text, tail, start)
            name = _read(text, start)
            words = [w for w, at, _, k in tail if k == "cap" and at <= start]
            if name is not None and len(name.words) == 1 and len(words) > 1 and _known_place(
                    text, words, tail[0][1]):
                name = None  # "Kepala Desa Mekar Sari dan ...": the given name ends the place's name
    if name is None and not degree_next and (kind != "plain" or not role_written.islower()):
        # (a plain role in lower case is a common noun: "pengurus Pokdarkamtibmas", "kader Posyandu")
        name = _name_after_place(text, tail, kind, role=role_written)
    if name is None and len(tail) >= 2:
        name = _name_closing_tail(text, tail, tail_end)
    if name is None or fold(name.words[0]) in _org_words():
        return None  # ("Ketua GMNI Cabang Tarakan ...": the body's branch, not a name)
    if ("," not in text[rm.end():name.start] and not any(known_name_word(w) for w in name.words)
            and _rank_next(text, name.after, past_comma=True)):
        return None  # "Komandan Upacara Gabungan, AKP Darmo": the role's object, then its ranked holder
    name = _from_birth_order_name(text, name)
    k = next((k for k, t in enumerate(tail) if t[2] < name.start and not text[t[2]:name.start].strip()), None)
    titled = tail[k] if k is not None else None
    opens_place = k is not None and (k == 0 and _ends_with_level_word(role_written) or k > 0 and tail[k - 1][3] == "level")
    if titled is not None and titled[3] == "cap" and titled[0] in _titles_of_birth() and not opens_place:
        # (not the first word after a level word or a place role: "Kepala Desa Wan Syukri" may be the village's)
        whole = _read(text, titled[1])  # "Kaban Kesbangpol Wan Darmizal": the title of birth opens the name
        if whole is not None and whole.end == name.end:
            name = whole
    elif (titled is not None and titled[3] == "abbr" and k >= 1 and tail[k - 1][3] == "cap"
          and _initials_in_capitals(titled[0]) and known_name_word(name.words[0])):
        whole = _read(text, titled[1])  # "Camat Sukamaju SF Hariyanto": after a place, two capitals are initials
        if whole is not None and whole.end == name.end:
            name = whole
    return name, _role_text(role_written, kind, tail, until=name.start)


# Two capitals that are a body's or a thing's code, not a man's initials ("Satpol PP", "Ketua RT")
_TWO_LETTER_CODES = frozenset({"pp", "rt", "rw", "kk", "kb", "pu", "ri", "ad", "al", "au", "sd", "tk", "mi", "ma", "pt",
                               "cv", "ud", "rs", "km", "hr", "dr", "ir", "kh", "tp"})


def _body_code(word: str) -> bool:
    """A body's code in capitals ("PP", "BPBD", "DPRD"), not a man's initials ("JR") nor a given name in capitals."""
    return (len(word) >= 2 and word.isalpha() and word.isupper() and fold(word) not in lexicon.given_names()
            and not _initials_in_capitals(word))


def _initials_in_capitals(word: str) -> bool:
    """Two capital letters that may be a name's initials ("JR", "SF"): no Roman number, no body's code."""
    return (len(word) == 2 and word.isalpha() and word.isupper() and not _ROMAN.fullmatch(word)
            and fold(word) not in _TWO_LETTER_CODES and fold(word) not in _org_words()
            and fold(word) not in lexicon.level_words() and fold(word) not in lexicon.stopwords())


def _from_birth_order_name(text: str, name: NameRead) -> NameRead:
    """The name from a Balinese birth-order name inside it on, where only words of a place or a body stand
    before that ("Kelian Subak Sampalan Baler Margi |Nengah Sukirta"; not after a title of birth or another
    birth-order name: "Anak Agung Made ...", "Putu Gede ...")."""
    order = lexicon.people().birth_order_names
    for k, word in enumerate(name.words[1:-1], start=1):
        if word in order:
            if any(w in _balinese_name_openers() for w in name.words[:k]):
                return name
            inner = _read(text, name.spans[k][0])
            return inner if inner is not None and inner.end == name.end else name
    return name


@lru_cache(maxsize=1)
def _balinese_name_openers() -> frozenset[str]:
    """Words after which a birth-order name is inside the name: openers, titles, birth-order names."""
    people = lexicon.people()
    return frozenset(people.birth_order_names) | frozenset(people.noble_titles) | frozenset(people.name_openers)


# What "Tokoh" also names: the characters of stories, shows and history ("Tokoh Utama Film ...")
_STORY_WORDS = frozenset({"kartun", "utama", "film", "wayang", "cerita", "fiksi", "animasi", "dongeng", "sinetron",
                          "komik", "legenda"})


# The wives' bodies of the services and of the civil service, whose chairs write their own given name
# before their husband's name ("Ketua Bhayangkari Daerah Maluku Vitri Dadang Hartanto")
_WIVES_BODY_WORDS = frozenset({"persit", "bhayangkari", "jalasenastri", "ardhya", "garini", "pia", "pertiwi", "pkk",
                               "dwp"})


_NEXT_CAPITALISED = re.compile(r"[ \t]*([A-Z][a-z]+)")


def _name_word_next(text: str, pos: int) -> bool:
    """A capitalised word that may be a name is the next word (not "Th. 2025" nor "Th. Anggaran": a year)."""
    m = _NEXT_CAPITALISED.match(text, pos)
    return m is not None and (fold(m.group(1)) in lexicon.given_names() or not language_word(fold(m.group(1))))


def _abbreviation_opens(text: str, tail: list[tuple[str, int, int, str]], token: str, start: int, end: int) -> int | None:
    """Where a name starts at the abbreviation ``token`` (``text[start:end]``) after a role's tail, or None:
    a shortened given name opens one ("Kades Sukamaju Abd. Darmo"); "Dt." follows a given name and opens
    none; "Th." (a baptismal name) opens one unless a known given name stands before it ("Benyamin Th.
    Lasamahu") or a year or a common word follows ("Th. 2024", "Th. Anggaran"), and before a known given
    name the name reads from that one ("Kepala Sekolah Th. Sri Wahyuni")."""
    key = norm_key(token)
    if key not in _name_abbreviation_keys() or key in TITLE_INSIDE:
        return None
    if key not in NEVER_OPENS:
        return start
    if tail and known_name_word(tail[-1][0]):
        return None
    m = _NEXT_CAPITALISED.match(text, end)
    if m is None:
        return None
    word = fold(m.group(1))
    if word in lexicon.given_names():
        return m.start(1)
    return None if language_word(word) else start


def _chair_own_name(text: str, tail: list[tuple[str, int, int, str]], start: int) -> int:
    """Where a wives' body's chair's name starts: her own given name, a word no list knows, stands before
    the known given name of her husband's that ``start`` found."""
    at = next((k for k, t in enumerate(tail) if t[1] == start), None)
    if (at is None or at == 0 or not any(fold(t[0]) in _WIVES_BODY_WORDS for t in tail[:at])
            or tail[at - 1][3] != "cap" or tail[at - 1][2] + 1 != start):
        return start
    word = tail[at - 1][0]
    if not (unknown_word(word) or known_name_word(word)) or _known_place(text, [word], tail[at - 1][1]):
        return start
    return tail[at - 1][1]


def _past_body_words(text: str, tail: list[tuple[str, int, int, str]], start: int) -> int:
    """Where the name starts after a head's body when a known given name stands at ``start``: unknown
    words before it may open the name after a level word's district ("Kepala Dinas Kelautan Kabupaten
    Pesawaran Anca Martha"), after the office's affairs ("Kabid Perdagangan Faniar Nanda Karmun", the name
    then of three words) or after "RI", which no place follows ("Dirjen ... Kementerian RI Lodrika Merry")."""
    level = max((k for k, t in enumerate(tail) if t[3] == "level" and t[1] < start), default=None)
    if level is not None and level + 2 < len(tail) and tail[level + 2][1] < start:
        start = _after_known_place(text, tail[level + 1:], start)
    at = next(k for k, t in enumerate(tail) if t[1] == start)
    fields = 0
    while fields < at and tail[fields][3] == "cap" and fold(tail[fields][0]) in _office_fields():
        fields += 1
    if (0 < fields == at - 1 and tail[fields][3] == "cap" and may_open_name(tail[fields][0])
            and not _known_place(text, [tail[fields][0]], tail[fields][1]) and len(tail) - fields >= 3):
        return tail[fields][1]
    if (at >= 2 and tail[at - 2][0] == "RI" and may_open_name(tail[at - 1][0])
            and not _known_place(text, [tail[at - 1][0]], tail[at - 1][1])):
        return tail[at - 1][1]
    return start


def _district_ends_at(tail: list[tuple[str, int, int, str]], end: int) -> bool:
    """The tail's capitalised words before ``end`` close with a district or a larger region ("Kabid
    Perikanan Kolaka | ..."; a village's name is as often a common word: "Budidaya")."""
    for n in range(1, min(3, end) + 1):
        run = tail[end - n:end]
        if all(t[3] == "cap" for t in run) and any(
                r.level in _BIG_LEVELS for r in gazetteer().find(place_key(" ".join(t[0] for t in run)))):
            return True
    return False


_CLERGY = frozenset({"pendeta", "pastor", "pater", "frater", "bruder", "romo", "ustadz", "ustad", "ustaz", "ustadzah",
                     "ustazah", "kyai", "kiai", "khatib", "pemangku", "pinandita", "pandita", "bhiksu", "biksu", "bhikkhu", "bhikku",
                     "bhante", "biksuni"})  # (the clergy among the plain roles of people.yaml)


def _initial_inside_name(text: str, tail: list[tuple[str, int, int, str]], kind: str,
                        name: NameRead | None) -> NameRead | None:
    """The whole name where the role's known place is followed by a word no place has and then a title
    that is the name's middle initial ("Camat Raihat Lodrik H. Karmundo": "H." is no Haji here); after a
    role that takes no object the words before the title are the name's own ("Pater Karolus H. Wewo")."""
    if name is None or not tail or any(t[3] != "cap" for t in tail):
        return None
    if kind == "plain":
        words = [t[0] for t in tail]
        if len(words) > 2 or not all(may_open_name(w) for w in words) or _known_place(text, words, tail[0][1]):
            return None
        whole = _read(text, tail[0][1])
        return whole if whole is not None and whole.end == name.end and len(whole.words) <= 4 else None
    if kind != "place" or len(tail) < 2:
        return None
    words = [t[0] for t in tail]
    k = _known_place_prefix(text, words + [name.words[0]], tail[0][1])  # (up to the whole tail: it reads fewer than all)
    if not 0 < k < len(tail) or not all(may_open_name(w) for w in words[k:]):
        return None
    whole = _read(text, tail[k][1])
    return whole if whole is not None and whole.end == name.end and len(whole.words) <= 4 else None


def _known_place_at(text: str, tail: list[tuple[str, int, int, str]], i: int) -> int:
    """How many capitalised words of ``tail`` from ``i`` (up to three) name a known place: 0 if none."""
    for n in range(min(3, len(tail) - i), 0, -1):
        run = tail[i:i + n]
        if n == 1 and (fold(run[0][0]) in lexicon.given_names() or run[0][0] in lexicon.people().noble_titles):
            continue  # ("Raja Darsih": a word of names as often as of places)
        if all(t[3] == "cap" for t in run) and _known_place(text, [t[0] for t in run], run[0][1]):
            return n
    return 0


_CLOSE_AFTER_NAME = re.compile(r"[ \t]*(?:[,.;(]|\r?\n|$|[a-z]{3,})")


def _name_closing_tail(text: str, tail: list[tuple[str, int, int, str]], tail_end: int) -> NameRead | None:
    """The plain capitalised words that close a long role phrase after its body's and place's words:
    "Kepala BPPD Provinsi NTT | Darmo Lowo beserta", "Ketua Poktan Desa Sukamaju | Darsih mengakui".
    A level word's place must be a known one (else the words after it may still be the place's); one
    word alone must follow a level word's place and come before a comma or a verb ("Ketua Pokdarwis
    Garut Indah mengatakan": a group's name)."""
    i, name_from, by_level, by_place, place_at = 0, None, False, False, 0
    while i < len(tail):
        word, _, _, kind = tail[i]
        if kind == "level":
            n = _known_place_at(text, tail, i + 1)
            if not n:
                return None
            i, name_from, by_level = i + 1 + n, None, True
            continue
        n = _known_place_at(text, tail, i) if kind == "cap" else 0
        if kind != "cap" or n or _body_or_place_word(word):
            i, name_from, by_level, by_place, place_at = i + max(n, 1), None, False, n > 0, i
            continue
        if name_from is None:
            name_from = i
        i += 1
    if not name_from or len(tail) - name_from > 3:
        return None  # (nothing before it: the role's own object reads it; four words: a body's name)
    name = _read(text, tail[name_from][1])
    if (name is None or name.end != tail[-1][2] or not plausible_bare_name(name)
            or _known_place(text, list(name.words), name.start) or not _CLOSE_AFTER_NAME.match(text, tail_end)):
        return None
    if len(name.words) == 1 and not (
            (by_level or by_place and _unknown_after_district(tail, name_from, place_at))
            and (_closed_by_comma_or_verb(text, tail_end) or by_place and _SENTENCE_CLOSE.match(text, tail_end))
            and not _derived_word(tail[name_from - 1][0])):
        return None  # (after a derived word one word goes on with the body's name: "Kesejahteraan Rakyat")
    return name


def _closed_by_comma_or_verb(text: str, pos: int) -> bool:
    return bool(_COMMA_NEXT.match(text, pos)) or _verb_next(text, pos)


def _unknown_after_district(tail: list[tuple[str, int, int, str]], at: int, place_at: int) -> bool:
    """One word no list knows after a district's or a larger region's name may close the role phrase as
    its holder's name ("Kepala Bulog Kolaka Zoryan,"); not a borrowed word ("Bikers") nor after a club's
    or a committee's word ("Ketua Komunitas Kolaka Offroad")."""
    word = tail[at][0]
    return (unknown_word(word) and _district_ends_at(tail, at) and not _CLUSTER_END.search(word)
            and not (place_at and fold(tail[place_at - 1][0]) in _org_words()))


# Two consonants closing a word: English and other borrowed words ("Bikers", "Waterpark"), seldom an
# Indonesian name ("Ritno", "Besli", "Sriyadi")
_CLUSTER_END = re.compile(r"[^aeiouy\W]{2}$(?<!ng)(?<!ny)", re.I)


def _degree_at(after: str, pos: int) -> bool:
    """Whether the next token from ``pos`` in ``after`` is written like an academic degree."""
    tok = _NEXT_NAME_TOKEN.match(after, pos)
    return bool(tok) and is_degree(tok.group(1))


_DISTRICT_ROLE = re.compile(r"(?i)bupati|wakil[ \t]+bupati|wabup|wali[ \t]*kota|wakil[ \t]+wali[ \t]*kota|wawali|wako|wawako"
                            r"|camat|sekcam|sekretaris[ \t]+camat|gubernur|wakil[ \t]+gubernur|wagub")


def _name_after_place(text: str, tail: list[tuple[str, int, int, str]], kind: str,
                      degrees: bool = False, role: str | None = None) -> NameRead | None:
    """Where a place and a name run together after a role ("Kepala Desa Sukamaju Wagiman Santoso",
    "Sekdes Simanjuntak"): the longest run of capitalised words that is a known place (in the
    gazetteer, or written after a level word elsewhere in the text) is the place, the rest the name.
    A single word that is no known place is a name after a place role ("Ketua RT" holds its place).
    After a plain role (no place of its own) with ``degrees`` after the tail, the capitalised words
    are the name ("Bidan Desa Ratna Kemala, A.Md.Keb.")."""
    k = 0
    while k < len(tail) and tail[k][3] in ("abbr", "num", "level"):
        k += 1
    caps = tail[k:]
    if not caps or any(c[3] != "cap" for c in caps) or _known_place(text, [c[0] for c in caps], caps[0][1]):
        return None
    if (kind == "place" and len(caps) == 2 and fold(caps[1][0]) in lexicon.family_names()
            and fold(caps[1][0]) not in lexicon.given_names() and may_open_name(caps[0][0])
            and not any(p != caps[0][1] for p in _names_after_levels(text).get(caps[0][0].casefold(), ()))):
        # "Sekretaris Kelurahan Tondo Lubis": a clan name after one word ends a person's name, not a
        # place's (unless the text writes that word as a place elsewhere)
        name = _read(text, caps[0][1])
        if (name is not None and name.end == caps[-1][2] and plausible_bare_name(name)
                and _item_ends(text, name.after, len(text))):
            return name
    split = _known_place_prefix(text, [c[0] for c in caps], caps[0][1])
    if split == 1 and kind == "plain" and fold(caps[0][0]) in lexicon.given_names():
        split = 0  # "Pengerek Bendera Darmo Hidayat": a given name that is also a village's opens the name
        # (a place of more words stays one: "Bidan Desa Sri Rejeki Wartini")
    if split:
        while split < len(caps) - 1 and fold(caps[split][0]) in place_marks():
            split += 1  # "Kadus Mekarsari Timur Wartolo": the compass word is the place's
        name = _read(text, caps[split][1])
        if name is not None and plausible_bare_name(name) and _item_ends(text, name.after, len(text)):
            return name
        return None
    if kind == "place" and len(caps) == 1 and not _known_place(text, [caps[0][0]], caps[0][1]):
        name = _read(text, caps[0][1])
        if (name is not None and len(name.words) == 1 and plausible_bare_name(name)
                and _item_ends(text, name.after, len(text))):
            return name
    if kind == "place" and 2 <= len(caps) <= 3 and role and _DISTRICT_ROLE.fullmatch(role):
        # a district's or a town's head: the gazetteer knows every such place, so unknown words are the
        # name ("Wabup Darsih Lubis dan ..."); a village's or a hamlet's name it may not know
        later = next((c for c in caps[1:-1] if fold(c[0]) in lexicon.given_names()), None)
        name = _read(text, (later or caps[0])[1])  # ("Wabup Malteng Darsih Lubis": from the given name)
        if (name is not None and name.end == caps[-1][2] and plausible_bare_name(name) and may_open_name(name.words[0])
                and _item_ends(text, name.after, len(text))):
            return name
    if kind == "plain" and len(caps) <= 3 and (degrees or k == 0):
        # a plain role holds no place: the capitalised words after it are the name ("Bidan Desa Ratna
        # Kemala, A.Md.Keb.", "Kader Posyandu Sukinah dan ...")
        name = _read(text, caps[0][1])
        if (name is not None and name.end == caps[-1][2] and plausible_bare_name(name)
                and (name.degrees if degrees else _item_ends(text, name.after, len(text)))):
            return name
    return None


def _place_not_person(name: str) -> bool:
    """A known place's name, unless it is one word that is a known given name: "yaitu Sukamaju" and
    "yaitu Sri Mulyo" name villages, while "kata Rahmat." names the man (Rahmat is a village's name too,
    and a given name first)."""
    return bool(gazetteer().find(place_key(name))) and (" " in name.strip() or fold(name) not in lexicon.given_names())


def _known_place(text: str, words: list[str], at: int) -> bool:
    """Whether ``words`` (written at ``at``) name a place: in the gazetteer, or after a level word
    somewhere else in the text."""
    key = place_key(" ".join(words))
    if key and gazetteer().find(key):
        return True
    return any(p != at for p in _names_after_levels(text).get(" ".join(words).casefold(), ()))


@lru_cache(maxsize=4)
def _names_after_levels(text: str) -> dict[str, list[int]]:
    """Every run of up to four capitalised words written after a level word, and each prefix of it
    ("desa sukamaju", "desa sukamaju barat"), case-folded, with where it starts: one pass per text, so
    that many lookups stay linear on long texts."""
    out: dict[str, list[int]] = {}
    at = word_hits(text).starts(_level_first_words())
    for m in matches_at(_names_after_level_pattern(), text, at_words(at)):
        words = m.group(1).split()
        for k in range(1, len(words) + 1):
            out.setdefault(" ".join(words[:k]).casefold(), []).append(m.start(1))
    return out


@lru_cache(maxsize=None)
def _names_after_level_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_level_lead()}[ \t]+((?:[A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*){{0,3}})\b")


@lru_cache(maxsize=None)
def _level_first_words() -> frozenset[str] | None:
    return first_runs(lexicon.level_words())


@lru_cache(maxsize=None)
def _level_lead() -> str:
    levels = "|".join(re.escape(w) for w in sorted(lexicon.level_words(), key=len, reverse=True))
    return rf"(?<![\w])(?i:{levels})\.?"


_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:para|seluruh|semua|beberapa)[ \t]+$", re.IGNORECASE)


# a body's code next ("anggota BPD Wahyudi"), also after its committee ("anggota Komisi I DPRD Darmo")
_CODE_NEXT = re.compile(r"(?:[ \t]+(?:Komisi|Fraksi)[ \t]+(?:[IVX]{1,4}|[A-E]))?[ \t]+[A-Z]{2,8}[ \t]+[A-Z][a-z]")
_NAMED_COMMA_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z'’]+)[ \t]*,[ \t]*$")
_OFFICE_BEFORE = re.compile(r"(?<![\w])(?:(?:di|ke|dari|[Aa]ula|[Hh]alaman|[Gg]edung)[ \t]+[Kk]antor|[Pp]endopo|[Pp]endapa|[Rr]ujab"
                            r"|[Rr]umdin|[Rr]umah[ \t]+[Dd]inas)[ \t]+$")
_PREFIX_BEFORE = re.compile(r"(?<![\w.])(?:H|Hj|Hi|KH|Drs|Dra|Ir)\.[ \t]*$")


_STREET_WORDS = frozenset({"jalan", "jl", "jln", "gang", "gg", "lorong"})
_CLAUSE_GOES_ON = re.compile(r"[ \t]*,[ \t]*(?!dan\b|serta\b)[a-z]")  # ("..., mengatakan": no list's last item)


def role_hits(text: str) -> list[CivilianHit]:
    """A civilian role, its object or place, then the name (see :func:`_name_after_role`)."""
    out: list[CivilianHit] = []
    honorifics = honorific_keys()
    at = word_hits(text).starts(_civil_role_first_words())
    for rm in matches_at(_civil_role_pattern(), text, at_words(at)):
        role_written = " ".join(rm.group("role").split())
        kind = _civil_role_kind(role_written)
        if kind is None or kind == "head" and not is_capitalised(role_written) and not _CODE_NEXT.match(text, rm.end()):
            continue  # (a lower-case head counts before a body's code: "anggota BPD Wahyudi")
        if _PLURAL_BEFORE.search(text, max(0, rm.start() - 12), rm.start()):
            continue  # "para guru SDN 3, ...": a group, not the role of the name after it
        if _PREFIX_BEFORE.search(text, max(0, rm.start() - 8), rm.start()):
            continue  # "H. Kader Sulaiman": after a Haji title the word is a name, not a role
        if _OFFICE_BEFORE.search(text, max(0, rm.start() - 20), rm.start()):
            continue  # "di Aula Kantor Bupati, Sukamaju Baru": the office's building, not its holder
        before = WORD_BEFORE.search(text, max(0, rm.start() - 20), rm.start())
        if before and before.group(1)[:1].isupper() and fold(before.group(1)) in _STREET_WORDS:
            continue  # "Jalan Damang Jalang": a street named after a title and a man
        read_tail = _role_tail(text, rm.end(), rm.group("role"))
        tail_end = read_tail[1]
        nxt = _NEXT_WORD.match(text[tail_end:tail_end + 40])
        if nxt and norm_key(nxt.group(1)) in honorifics:
            continue  # "Kuwu Cikalong Bapak Darsiman": the honorific source reads it
        found = _name_after_role(text, rm, read_tail)  # the tail read once for both
        if found is None and kind == "place":
            found = _name_after_lowercase_place(text, rm.end(), role_written)
        if found is None:
            continue
        name, role = found
        if kind == "plain" and _only_level_words(text[rm.end():name.start]):
            continue  # "Pecalang Desa Adat Sukamaju": the group's place, not a name
        if kind == "place" and any(p != name.start for p in _names_after_levels(text).get(name.name.casefold(), ())):
            continue  # "Camat Johan Pahlawan" where "Kecamatan Johan Pahlawan" is written: the place
        named = (kind == "place" and len(name.words) == 1 and read_tail[0] and name.start == read_tail[0][0][1]
                 and _NAMED_COMMA_BEFORE.search(text, max(0, rm.start() - 40), rm.start()))
        if (named and not is_degree(named.group(1)) and not gazetteer().find(place_key(named.group(1)))
                and not _rank_in_run_before(text, named.start(1))):
            continue  # "kata Darsih Nasution, Kades Lumbanraya saat ...": the role's holder is named before it
            # (not a ranked man with his own post: "Danramil Kapten Inf Darmo, KUPT Darsini mengatakan")
        if (kind in ("head", "plain") and role_written.islower()
                and (object_words := [(w, at, k) for w, at, _, k in read_tail[0] if at < name.start])
                and not any(w.isupper() or k == "level" or _known_place(text, [w], at) for w, at, k in object_words)
                and _CLAUSE_GOES_ON.match(text, name.after)
                and _NAMED_COMMA_BEFORE.search(text, max(0, rm.start() - 40), rm.start())):
            continue  # "Darmo Karmun, pengurus Masjid Kampus Hidayatullah Sukamaju, mengatakan ...": the role in
            # lower case describes the name before it and the clause goes on; the words after are its object
            # (not after an acronym, a level word or a known place, which close the object: "Syafriadi, ketua
            # LPMN Taerman, ...", "..., kader posyandu Dusun Krajan Darsih, dan ...", "..., tokoh masyarakat
            # Sukamaju Lodrik Karmun, tokoh pemuda ...")
        name = _past_numeral_i(text, name) if kind == "place" else name
        out.append(CivilianHit(name.start, name.end, name.name, "role", role=role))
        for more in _listed_after(text, name):  # "Linmas Kelurahan Sukajadi, Udin dan Asep"
            out.append(CivilianHit(more.start, more.end, more.name, "role", role=role))
    return out


_CAP_THEN_LOWER = re.compile(r"[ \t]+([A-Z][a-z]+[ \t]+[a-z]{3,})[ \t]+(?=[A-Z])")


def _name_after_lowercase_place(text: str, pos: int, role: str) -> tuple[NameRead, str] | None:
    """"Kades Mekar sari Darsih": the place written with its second word in lower case, known so to
    the gazetteer, then the name."""
    m = _CAP_THEN_LOWER.match(text, pos)
    if not m or not gazetteer().find(place_key(m.group(1).title())):
        return None
    name = _read(text, m.end())
    if name is None or not plausible_bare_name(name) or _known_place(text, list(name.words), name.start):
        return None
    return name, role


def _only_level_words(gap: str) -> bool:
    """Whether ``gap`` holds only level words ("Desa", "Kelurahan") and "Adat", at least one."""
    words = [fold(w.rstrip(".")) for w in gap.split()]
    return bool(words) and all(w in lexicon.level_words() or w == "adat" for w in words)


_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|dan[ \t]+|serta[ \t]+|dengan[ \t]+|&[ \t]*)")


def _listed_after(text: str, name: NameRead, limit: int = 5) -> list[NameRead]:
    """Names listed after a civilian's name under the same role, as long as each opens with a known
    given name ("Udin dan Asep", "Udin, Asep, dan Ujang"); under a role counted before the first name,
    a list closed by "dan" keeps names no lexicon knows too ("tiga calon kepala desa, Harudin, Mujoko,
    dan Rosadi tak ..."), when none is a known place and each ends its item. (Without the count a list
    may join bodies: "Kepala Desa Sukamaju, Darmo, Tagana dan Basarnas".)"""
    given = lexicon.given_names()
    known = _list_items(text, name, limit, lambda n: n.words[0].casefold() in given)
    if not _COUNTED_BEFORE.search(text, max(0, name.start - 40), name.start):
        return known
    closed = _list_items(text, name, limit, lambda n: (
        len(n.words) <= 3 and may_open_name(n.words[0]) and plausible_bare_name(n)
        and not _known_place(text, list(n.words), n.start) and _item_ends(text, n.after, len(text))), closed=True)
    return closed if len(closed) > len(known) else known


_CLOSING_SEP = re.compile(r"[ \t]*,?[ \t]*(?:dan|serta)[ \t]+$")
_COUNTED_BEFORE = re.compile(r"(?<![\w])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|para|beberapa"
                             r"|kedua|ketiga|keempat|kelima)[ \t]+[a-z][a-z \t]*,[ \t]*$", re.IGNORECASE)


def _list_items(text: str, name: NameRead, limit: int, fits, closed: bool = False) -> list[NameRead]:
    """The names after ``name`` joined by commas or "dan" while each ``fits``; with ``closed`` the list
    must end with the item after "dan" (or nothing counts)."""
    out: list[NameRead] = []
    pos = name.after
    while len(out) < limit:
        sep = _LIST_SEP.match(text, pos)
        if not sep or sep.end() == pos:
            break
        nxt = _read(text, sep.end())
        if nxt is None or not fits(nxt):
            break
        out.append(nxt)
        pos = nxt.after
        if closed and _CLOSING_SEP.search(text, sep.start(), sep.end()):
            return out  # (the item after "dan" closes the list)
    return [] if closed else out


_SEMICOLON_NEXT = re.compile(r"[ \t]*;")
# a sentence's end right after a word: a dot before blanks and a capital or a line end, or the text's end
_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:\.[ \t]*(?:$|\r?\n|[ \t](?=[\"“]?[A-Z]))|\r?\n[ \t]*\r?\n|\r?\n[ \t]*[-•*][ \t]|$)")
# (a bulleted list's line end closes its item too: "- Kepala Desa Sukamaju, Darmo\n- Camat ...")


_LIST_GOES_ON = re.compile(r"[ \t]*,[ \t]*(?:dan[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}[ \t]*(?:,|dan\b|serta\b)")


_JOINED_BY_AND = re.compile(r"[ \t]+(?:dan|serta)[ \t]+")
_BLANKS_THEN = re.compile(r"[ \t]+(?=[A-Z])")


def _accept_after_comma(text: str, name: NameRead, given: frozenset[str], chained: bool = False) -> bool:
    """A name after "Role Place," is a person, not another place, when it looks like one: a known
    given name, degrees after it, a closing comma, or a verb right after it."""
    if looks_like_place(name.words) or not plausible_bare_name(name):
        return False  # (also "lanjut Bupati, TMMD telah ...": an acronym)
    if len(name.words) > 1 and is_degree("".join(name.words)):
        return False  # a degree written with a blank: "Darsih, S Sos"
    if name.words[0].casefold() in given or name.degrees or name.prefix:  # (or a Haji or academic title)
        return True
    if _unknown_words_name(name.words) and not _JOINED_BY_AND.match(text, name.after):
        return True  # (not one of a list of bodies: "Kepala Dinas Sosial, Tagana Timika dan relawan")
    if _COMMA_NEXT.match(text[name.after:name.after + 3]) or _SEMICOLON_NEXT.match(text, name.after):
        # closed by a comma or a list's semicolon: "Kepala Dusun Krajan, Sutarji, mengatakan" (after a
        # chain of places written with commas, not one more place: "Camat X, Kabupaten Y, Sumut, Jumat")
        # (nor a known place in a list of them: "Kepala Desa Sukamaju, Nusa Jaya, Suka Damai dan ...")
        return not ((chained or _LIST_GOES_ON.match(text, name.after)) and _known_place(text, list(name.words), name.start))
    if _SENTENCE_CLOSE.match(text, name.after):
        # the sentence ends with it: "dibuka oleh Bupati Sukamaju, Darsih." (a second place would
        # have its level word, or be one the gazetteer knows)
        return not _known_place(text, list(name.words), name.start)
    blanks = _BLANKS_THEN.match(text, name.after)
    if blanks and _official_at(text, blanks.end()):
        return True  # "Ketua DPRD Loteng, M. Tauhid Kapolres AKBP ...": the next official follows unmarked
    joined = _JOINED_BY_AND.match(text, name.after)
    if joined and not _known_place(text, list(name.words), name.start) and _official_at(text, joined.end()):
        return True  # "Kades Pare, Sugeng dan Kepala Dusun ...": another official joined, not another place
    nxt = _NEXT_LOWER_WORD.match(text[name.after:name.after + 30])
    # a verb or another clause word ("memimpin", "selaku", "bahwa", "itu") makes the name the subject;
    # a conjunction or preposition may join one more place ("Desa Sukamaju, Karangrejo dan ..."), and
    # so may a known place before any word
    return (bool(nxt) and nxt.group(1) not in _clause_words()
            and not _known_place(text, list(name.words), name.start))


@lru_cache(maxsize=None)
def _clause_words() -> frozenset[str]:
    """Lower-case words after a name that do not make it a subject ("..., Budi dan warga",
    "..., Karangrejo di ..."): conjunctions, prepositions and words that close a place."""
    return frozenset({"dan", "serta", "atau", "di", "ke", "dari", "yang", "pada", "untuk", "dalam", "oleh",
                      "dengan", "kepada", "bagi", "hingga", "sampai", "menuju", "antara", "sekitar",
                      "setempat", "tersebut"})


@lru_cache(maxsize=None)
def place_marks() -> frozenset[str]:
    """Compass and river/land words that make a capitalised phrase a place ("Kaler", "Hilir"), folded."""
    return frozenset(fold(w) for w in lexicon.people().place_words)


def looks_like_place(words: tuple[str, ...] | list[str]) -> bool:
    """A compass or river word in a name marks a place: "Kalijambe Tengah", "Kampar Hulu"."""
    marks = place_marks()
    return any(fold(w) in marks for w in words[1:])


_DEGREE_BACK = re.compile(r"[ \t]*,?[ \t]*([A-Za-z][A-Za-z.]{0,9})[ \t]*,?[ \t]*$")


def skip_degrees_back(text: str, pos: int) -> int:
    """Where a name ends when degrees are written between it and ``pos``: "Rahmat, S.Sos., M.Si |"."""
    i = pos
    while True:
        m = _DEGREE_BACK.search(text, max(0, i - 24), i)
        if not m or not is_degree(m.group(1)) or m.start(1) == 0 or text[m.start(1) - 1] not in " \t,":
            return i
        i = m.start()


def _is_token_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’`.-"  # the characters of a :data:`_TOKEN_BACK` word


def _token_back(text: str, end: int):
    """``_TOKEN_BACK.search(text, end - 60, end)``, started where a match can start: no earlier than
    the run of word characters before the blanks that end at ``end`` (the search tried every one of
    the 60 positions before)."""
    lo = max(0, end - 60)
    j = end
    while j > lo and text[j - 1] in " \t\r\n":
        j -= 1
    while j > lo and _is_token_char(text[j - 1]):
        j -= 1
    return _TOKEN_BACK.search(text, j, end)


_NYA_WORD = re.compile(r"[A-Z][a-z]{3,}nya(?![\w])")


def name_before(text: str, pos: int, *, max_words: int = 4) -> NameRead | None:
    """The name that ends at ``pos`` (spaces and degrees allowed before ``pos``), read back word by word."""
    stop = name_stop()
    i = back_over(text, skip_degrees_back(text, pos), " \t")
    end = i
    starts: list[int] = []
    particles, openers = name_particles(), name_openers()
    while len(starts) <= max_words:  # one word more only for an opener (below)
        m = _token_back(text, i)
        if not m:
            break
        word = m.group(1).rstrip(".")
        if m.start(1) > 0 and text[m.start(1) - 1] not in " \t\n(\"“'":
            break
        if starts and word in particles:  # "Tiurma boru Simanjuntak": a particle inside the name
            i = back_over(text, m.start(1), " \t")
            continue
        if not word or not is_capitalised(word) or norm_key(word) in stop and not (
                starts and norm_key(word) in TITLE_OPENERS and word[1:].islower()
                or not starts and norm_key(word) in name_words_also_stops()):  # ("Kadek Dwi Antara (24)": read on)
            break  # (a title of birth that is also a common word may open the name: "Lalu Darmo (42)")
        if len(starts) == max_words and word not in openers:
            break  # past the usual length only a Balinese opener ("Ni Kadek Ayu Sri Lestari")
        starts.append(m.start(1))
        i = back_over(text, m.start(1), " \t")
        if i > 0 and text[i - 1] == "\n":
            break
    for s in reversed(starts):  # longest first; the read must end exactly at ``end``
        if _NYA_WORD.match(text, s):
            continue  # "Hilangnya Darsih (80)": a noun with "-nya" opening the sentence is no name's
        name = _read(text, s)
        if name is not None and name.end == end:
            return name
    return None


_LAW_NUMBER_BEFORE = re.compile(r"(?i:pasal|ayat|huruf|angka|bab|butir)[ \t]*\(?[ \t]*\d+[ \t]*\)?[ \t]*$")
_COUNT_AFTER = re.compile(r"[ \t]*(?:anggota|orang|kursi|rumah|siswa|unit|personel|personil|kk|jiwa|ekor|buah|hektar|ha|kg"
                          r"|peserta|kelompok|desa|titik|pos|regu|terakhir|lalu|mendatang|belakangan)\b", re.I)
# (a span of years: "Data Stunting (3 Thn) terakhir")
_COMMA_BRACKET = re.compile(r"[ \t]*,[ \t]*\(")
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|[\s.,;:])\d{1,2}[.)][ \t]*$")


def _anchored_hits(text: str, anchor: re.Pattern[str], rule: str,
                   windows: list[tuple[int, int]]) -> list[CivilianHit]:
    """Hits for the names that end where ``anchor`` matches; ``windows`` hold every place a match
    may start (see :func:`komsos_extract.textutil.matches_at`)."""
    out: list[CivilianHit] = []
    for m in matches_at(anchor, text, windows):
        name = name_before(text, m.start())
        if name is None:
            continue
        name = _past_role_place(text, name)
        if rule == "age":
            name = _aged_resident(text, m, name)
            if name is None:
                continue
        role = role_after(text, name.after)
        if rule == "apposition" and role is None and _stands_alone(text, name.start):
            role = _post_held(text, m)  # "Karna Suwanda selaku Babinsa": a post of the services, held with no rank
        if rule == "apposition" and (role is None or _after_role_head(text, name.start)):
            continue  # ("Kasubdit Binpolmas sebagai ketua rombongan": the head's object)
        if rule == "age":
            age = int(next(g for g in m.groups() if g is not None))
            if not 3 <= age <= 110 or (len(name.words) == 1 and name.words[0].isupper()):
                continue  # "(43)" after an acronym is a count, not an age
            if _COUNT_AFTER.match(text, m.end()):
                continue  # "Kelompok 3 Melati (25) anggota": a count, not an age
            if _LAW_NUMBER_BEFORE.search(text, max(0, name.start - 20), name.start):
                continue  # "Pasal (1) Ayat (11)": a law's clause and its number, not a name and an age
            if (_COMMA_BRACKET.match(m.group())
                    and not _LIST_NUMBER_BEFORE.search(text, max(0, name.start - 8), name.start)):
                continue  # "Darmo, (50)" only as a numbered item ("1. Darmo, (50) warga"); else a count: "Desa X, (8) warga"
        out.append(CivilianHit(name.start, name.end, name.name, rule, role=role))
    return out


def _aged_resident(text: str, age: re.Match, name: NameRead) -> NameRead | None:
    """The name read back from an age, without a resident's noun or place before it ("Penduduk Sidorejo
    Suparmin, 47 tahun", "Warga Karangkobar Sarwono, 55 tahun"; not "petani Tejo Wibowo (48)": Tejo is a
    village too); None for a known place alone before an age after a comma ("Warga Karangkobar, 55 tahun")."""
    if len(name.words) > 1 and fold(name.words[0]) in _RESIDENT_NOUNS:
        name = _read(text, name.spans[1][0]) or name  # (the noun opened the sentence)
    if len(name.words) > 1 and _persons_noun_before_place(text, name.start):
        k = _known_place_prefix(text, name.words, name.start)
        if k and _opens_known_name(name.words, k) and not known_name_word(name.words[0]):
            name = _read(text, name.spans[k][0]) or name
    if (age.group().lstrip(" \t").startswith(",") and "(" not in age.group()
            and _known_place(text, list(name.words), name.start) and not known_name_word(name.words[0])):
        return None
    return name


_CHAR_BEFORE = re.compile(r"(\S)[ \t]*$")


def _stands_alone(text: str, start: int) -> bool:
    """Punctuation or a lower-case word right before ``start`` (no capitalised word or code a name may end)."""
    m = _CHAR_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) in ",;:(":
        return True
    word = _LAST_WORD.search(text, max(0, start - 30), start)
    return word is not None and word.group(1).islower()


_HELD_AS = re.compile(r"[ \t]*,?[ \t]*(?:[Ss]elaku|[Ss]ebagai)[ \t]+")


def _post_held(text: str, m: re.Match) -> str | None:
    """The post of the services named after "selaku"/"sebagai" (``m`` the apposition's match), as written."""
    lead = _HELD_AS.match(text, m.start())
    if lead is None:
        return None
    post = next((r for r in find_roles(text) if r.start == lead.end()), None)
    return None if post is None else text[post.start:post.end]


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in lexicon.roles().heads)


def _after_role_head(text: str, start: int) -> bool:
    """The word right before ``start`` heads a unit function ("Kasubdit", "Kanit"): what follows
    is its object."""
    word = _LAST_WORD.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).casefold() in _role_heads()


_ORIGIN_WORDS = frozenset({"asli", "asal", "warga", "penduduk", "masyarakat"})


def _past_role_place(text: str, name: NameRead) -> NameRead:
    """The name after the place of the role written right before it: "Kades Sukamaju Darsih(48)" was
    read back from the bracket as "Sukamaju Darsih"; the known place is the role's."""
    if len(name.words) < 2:
        return name
    word = _LAST_WORD.search(text, max(0, name.start - 30), name.start)
    if word is None or (_civil_role_kind(word.group(1)) != "place" and norm_key(word.group(1)) not in lexicon.level_words()
                        and word.group(1) not in _ORIGIN_WORDS):
        return name  # (after a level word too: "warga Desa Sukamaju Darsih (40)"; after a word of origin:
        # "masyarakat asli Kiwirok Darsih (50)", "warga Sukamaju Darsih (40)")
    k = _known_place_prefix(text, name.words, name.start)
    if not k:
        return name
    rest = _read(text, name.spans[k][0])
    return rest if rest is not None and rest.end == name.end else name


# A verb of saying or feeling right after the subject: "Sementara itu, Darsih mengungkapkan ..."
_SPEAKING = ("mengatakan", "menyampaikan", "menjelaskan", "mengungkapkan", "menuturkan", "menambahkan",
             "menegaskan", "mengaku", "berharap", "berterima", "mengucapkan", "mengapresiasi", "menyambut",
             "merasa", "bersyukur", "menerangkan", "memaparkan", "menyatakan")


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?])[ \t][A-Z][a-z]+[ \t]$")
_SUBJECT_ADVERBS = frozenset({"sangat", "juga", "pun", "turut", "pula", "begitu", "amat", "sungguh"})


def subject_hits(text: str) -> list[CivilianHit]:
    """A name opening its sentence (after an opening phrase and its comma, too: "Untuk itu, Darsih
    berharap ...") as the subject of a verb of saying: a person when it reads as a name and is no
    known place, body or common word."""
    out: list[CivilianHit] = []
    for p in literal_starts(text, _SPEAKING):
        lo = back_over(text, p, " \t")
        if lo == p or lo == 0:
            continue
        adverb = _LAST_WORD.search(text, max(0, lo - 12), lo)
        if adverb is not None and adverb.group(1) in _SUBJECT_ADVERBS:  # "Darsih sangat bersyukur"
            lo = back_over(text, adverb.start(1), " \t")
            if lo == adverb.start(1) or lo == 0:
                continue
        name = name_before(text, lo)
        if name is None or name.end != lo or len(name.words) > 3:
            continue
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, name.start - 30), name.start):
            continue  # "Anggota Kelompok Tani Bangun Putri mengatakan": the end of a body's name
        if not (_SENTENCE_OPEN.search(text, max(0, name.start - 4), name.start)
                or _OPENING_PHRASE.search(text, max(0, name.start - 50), name.start)
                or _persons_before_comma(text, name.start)):
            continue
        read = _read(text, name.start)
        if (read is None or read.end != name.end or not plausible_bare_name(read) or is_title_case_line(text, name.start)
                or _place_not_person(read.name) or _common_words(text, read.words)):
            continue
        if len(read.words) == 1 and not known_name_word(read.words[0]) and not _persons_before_comma(text, read.start):
            continue  # "Peserta mengatakan", "Korban berharap": one unknown word is as often a noun
        out.append(CivilianHit(read.start, read.end, read.name, "subject"))
    return out


_COMMA_BEFORE = re.compile(r",[ \t]*$")


def _persons_before_comma(text: str, start: int) -> bool:
    """A noun of persons and its place stand before the comma before ``start``: "warga desa sekitar,
    Darmo sangat berterima kasih" (the name is that person's)."""
    comma = _COMMA_BEFORE.search(text, max(0, start - 4), start)
    return comma is not None and _persons_noun_before(text, comma.start(), skip=_PLACE_DEICTICS)


_PLACE_DEICTICS = frozenset({"sekitar", "setempat", "tersebut", "itu"})


def _persons_noun_before(text: str, end: int, skip: frozenset[str] = frozenset(), relative: bool = False) -> bool:
    """The clause that ends at ``end`` ends with a noun of persons and its place or object ("warga Desa
    Sukamaju", words in ``skip`` left out): see :func:`_persons_noun_last`."""
    words = [w for w in _WORD.findall(_clause_before(text, end, 60)) if fold(w) not in skip]
    return _persons_noun_last(words[-5:], relative)


def _clause_before(text: str, end: int, width: int) -> str:
    """The clause that ends at ``end``, at most ``width`` characters of it (from the last break before)."""
    before = text[max(0, end - width):end]
    return before[max((b.end() for b in _CLAUSE_BREAK.finditer(before)), default=0):]


@lru_cache(maxsize=1)
def _degree_token() -> re.Pattern[str]:
    """A token written like an academic degree after a blank or a comma ("Darsih, S.KM", "Darsih,S.Sos"):
    with an inner dot, in capitals, or one of the degree words; :func:`.names.is_degree` decides."""
    words = "|".join(sorted(map(re.escape, lexicon.people().degree_words), key=len, reverse=True))
    return re.compile(rf"(?<=[ \t,])((?:[A-Z][A-Za-z]{{0,3}}\.[A-Za-z]{{1,5}}(?:\.[A-Za-z]{{1,5}}){{0,2}}|[A-Z]{{2,5}}"
                      rf"|{words})\.?)(?![\w])")


def degree_hits(text: str) -> list[CivilianHit]:
    """A name with an academic degree written after it ("Kepala Dinas Pertanian Darsih, SKM",
    "Kasek SD 5, Darsih, S.Pd"): only a person carries a degree, so the capitalised words read back
    from it are a name, once the words of a body or a place before it are cut off."""
    out: list[CivilianHit] = []
    for m in _degree_token().finditer(text):
        if not is_degree(m.group(1)):
            continue
        end = back_over(text, m.start(), " \t")
        if end > 0 and text[end - 1] == ",":
            end = back_over(text, end - 1, " \t")
        back = _DEGREE_BACK.search(text, max(0, end - 24), end)
        if back and is_degree(back.group(1)) and back.start(1) > 0 and text[back.start(1) - 1] in " \t,":
            continue  # a second degree of the chain: the first one read the name (one step back, not the chain)
        read = name_before(text, end)
        if (read is None or read.end != end or _rank_in_run_before(text, read.start)
                or _SPACED_DEGREE_BEFORE.search(text, max(0, read.start - 6), read.start)):
            continue  # (a ranked person's degree; "S Sos": a degree written with a blank)
        name = _past_body_or_place(text, read)
        if name is not None and len(name.words) > 1 and _body_code(name.words[0]):
            rest = _read(text, name.spans[1][0])  # "perwakilan Satpol PP Fahriansyah, S.E.": the body's code, then the name
            name = _past_body_or_place(text, rest) if rest is not None else None  # (its place too: "BPMPD Dompu M Ali")
        if thing_or_rank_before(text, read.start) or is_decoy(text, read.start, read.end):
            # a thing's name read back with the name: the words after a known place that closes the
            # thing's name are the holder's, when an office stands before ("Kasi Intel Kejaksaan Negeri
            # Pemalang Darmo, SH."); else a thing's or a ranked man's
            if (name is None or name.start == read.start or not _role_in_sentence_before(text, read.start)
                    or _AND_WORD_BEFORE.search(text, max(0, read.start - 60), read.start)
                    or _common_words_only(name.words)
                    or not _known_place(text, list(read.words[:len(read.words) - len(name.words)]), read.start)):
                continue
        if (name is None or not plausible_bare_name(name) or is_title_case_line(text, name.start)
                or _known_place(text, list(name.words), name.start) or any(map(is_degree, name.words))
                or len(name.words[-1].rstrip(".")) < 2):
            continue
        if len(name.words) == 1 and (fold(name.words[0]) in lexicon.stopwords() or _common_words(text, name.words)):
            continue
        if not (read.prefix or _role_in_sentence_before(text, read.start)
                or len(name.words) >= 2 and name.start == read.start
                and (_SENTENCE_OPEN.search(text, max(0, read.start - 6), read.start)
                     or any(map(known_name_word, name.words)))):
            continue  # (a role names the office the degree's holder fills; or the sentence opens with the
            # name: "... . Nonce Karmun, A.Md.Par saat ...")
        if len(name.words) > 1 and not any(map(known_name_word, name.words)) and _body_runs_on(text, read.start):
            continue  # "Dinas Pertanian dan Ketahanan Pangan Budi, S.P": the body's name runs on
        out.append(CivilianHit(name.start, name.end, name.name, "degree", role=role_after(text, name.after)))
    return out


_AND_WORD_BEFORE = re.compile(r"(?<![\w])dan[ \t][^,.;:\n]*$")  # ("Dinas Pertanian dan Himpunan Tani ...": one body)
_SPACED_DEGREE_BEFORE = re.compile(r"(?<![\w])[A-Z]\.?[ \t]+$")


@lru_cache(maxsize=None)
def _rank_words() -> frozenset[str]:
    return frozenset(lexicon.ranks().words())


def _rank_in_run_before(text: str, start: int) -> bool:
    """A rank among the capitalised words right before ``start`` ("AKP Maruli Tua |"): the name read
    back from a degree is the end of a ranked person's name."""
    ranks = _rank_words()
    for w in reversed(_WORD_RUNS.findall(text, max(0, start - 40), start)[-3:]):
        if fold(w) in ranks:
            return True
        if not w[:1].isupper():
            return False
    return False


def _role_in_sentence_before(text: str, pos: int) -> bool:
    """A civilian role or a Haji/academic title among the few words before ``pos`` in its sentence."""
    lo = max(0, pos - 80)
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(text, lo, pos)), default=lo)
    if is_name_prefix((_LAST_WORD.search(text, stop, pos) or _EMPTY).group(0).strip() + "."):
        return True
    return any(_civil_role_kind(rm.group("role")) is not None for rm in _civil_role_pattern().finditer(text, stop, pos))


_EMPTY = re.compile("").match("")


def _body_runs_on(text: str, start: int) -> bool:
    """The capitalised words read back from a degree continue a body's name: "dan" before them, or
    a capitalised derived or stop word ("... dan Ketahanan | Pangan Budi")."""
    if _AND_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = _LAST_WORD.search(text, max(0, start - 30), start)
    return bool(m) and m.group(1)[:1].isupper() and (_derived_word(m.group(1)) or fold(m.group(1)) in lexicon.stopwords())


def _past_body_or_place(text: str, name: NameRead) -> NameRead | None:
    """The name without the body's or place's words read back with it ("Perkebunan Darsih",
    "Sukamaju Darsih"): it starts after the last organisation, level, compass, role or derived word
    ("Penyuluhan") and after a known place that opens it; a Haji or academic title opens it."""
    level = lexicon.level_words()
    cut = 0
    for k, w in enumerate(name.words[:-1]):
        if norm_key(w) in level or _body_or_place_word(w):
            cut = k + 1
        elif k and is_name_prefix(w):
            cut = k  # "Mandar Ir Budi": the title opens the name
    if not cut:
        cut = _known_place_prefix(text, name.words, name.start)
    elif cut < len(name.words) - 1 and not known_name_word(name.words[cut]):
        # after a body's words a known place is the body's too ("Dinas Perhubungan Ponorogo Darsih, S.H";
        # not a given name that is also a village's: "Dinas Pertanian Slamet Riyadi, S.P")
        cut += _known_place_prefix(text, name.words[cut:], name.spans[cut][0])
    if not cut:
        return name
    rest = _read(text, name.spans[cut][0])
    return rest if rest is not None and rest.end == name.end else None


def known_name_word(word: str) -> bool:
    return fold(word) in lexicon.given_names() or fold(word) in lexicon.family_names()


def _opens_known_name(words: tuple[str, ...], k: int = 0) -> bool:
    """``words[k]`` is a known name word, or a Balinese opener before one ("I Dewa", "Ni Luh")."""
    if known_name_word(words[k]):
        return True
    return (words[k] in lexicon.people().name_openers and k + 1 < len(words)
            and known_name_word(words[k + 1]))


@lru_cache(maxsize=1)
def _kodam_names() -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon.units().kodam_names)


def _unknown_words_name(words: tuple[str, ...]) -> bool:
    """Two words or more, the first no list knows and the rest unknown or known name words or initials
    inside ("Listyo Sigit Prabowo", "Apriyanto Meakili", "Sunhot P Silalahi"): a person's name, where a place's or a body's would hold a
    dictionary or gazetteer word."""
    return len(words) >= 2 and unknown_word(words[0]) and all(
        unknown_word(w) or known_name_word(w) or (k < len(words) - 1 and _INITIAL.fullmatch(w))
        for k, w in enumerate(words[1:], start=1))  # (an initial inside: "Sunhot P Silalahi")


def _common_words(text: str, words: tuple[str, ...]) -> bool:
    """Some word of the name is a stop word or one the text also writes in lower case."""
    stop = lexicon.stopwords()
    lower = _lower_runs(text)
    return any(fold(w) in stop or (w.lower() in lower if _WORD_RUN.fullmatch(w) else
                                   re.search(rf"(?<![\w]){re.escape(w.lower())}(?![\w])", text)) for w in words)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _lower_runs(text: str) -> frozenset[str]:
    """The runs of word characters the text writes in lower case, once per text (a long roster asks
    for many names)."""
    return frozenset(w for w in _WORD_RUN.findall(text) if w.islower() or w == w.lower())


def _after_blanks(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """Windows of the starts of ``[ \t]*`` + one of ``literals``: a match of an anchor that opens
    with blanks before its literal starts in one."""
    return [(back_over(text, p, " \t"), p) for p in literal_starts(text, literals)]


# What may open an age after a comma: its digits, or the sex before it ("Darmo, laki-laki, 38 tahun")
_AGE_OPENERS = (*"123456789", "laki", "Laki", "LAKI", "perempuan", "Perempuan", "pria", "Pria", "wanita", "Wanita")


def age_hits(text: str) -> list[CivilianHit]:
    """A name with its age: "Darsih (57)", "Darsih, (57)", "Darsih, berusia 57 tahun", and a name with its
    age inside brackets after a kin or person word: "isteri (Darsih 31 tahun)"."""
    windows = sorted(_after_blanks(text, ("(",)) + _before_comma(text, ("berusia", "berumur", "(", *_AGE_OPENERS)))  # ("Darsih, (57)")
    out = _anchored_hits(text, _AGE, "age", windows)
    for p in literal_starts(text, ("(",)):
        before = _LAST_WORD.search(text[max(0, p - 20):p])
        if before is None or fold(before.group(1)) not in _KIN_BEFORE_BRACKET:
            continue
        name = _read(text, _BRACKET_OPEN_BLANKS.match(text, p + 1).end())
        if (name is not None and (age := _AGE_IN_BRACKET_END.match(text, name.after)) and 3 <= int(age.group(1)) <= 110
                and plausible_bare_name(name) and not _common_words_only(name.words)
                and not _place_not_person(name.name)):
            out.append(CivilianHit(name.start, name.end, name.name, "age"))
    return out


def _before_comma(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """Windows of the starts of ``[ \t]*,[ \t]*`` + one of ``literals`` (lower case)."""
    out = []
    for p in literal_starts(text, literals):
        lo = back_over(text, p, " \t")
        if lo > 0 and text[lo - 1] == ",":
            out.append((back_over(text, lo - 1, " \t"), lo - 1))
    return out


_APPOSITION = re.compile(r"(?<![ \t])[ \t]*(?:,[ \t]*(?:Selaku|Sebagai)|(?:,[ \t]*)?(?:salah\s+(?:satu|seorang)|seorang|selaku"
                         r"|sebagai|(?:yang[ \t]+)?merupakan))[ \t]+")  # ("Darmo, Selaku Kadus ...": capitalised after a comma)


def _apposition_windows(text: str) -> list[tuple[int, int]]:
    """Where :data:`_APPOSITION` may start: blanks, a comma and blanks before its words."""
    out = []
    for p in literal_starts(text, ("salah", "seorang", "selaku", "sebagai", "merupakan", "Selaku", "Sebagai")):
        lo = back_over(text, p, " \t")
        if text.startswith("merupakan", p) and text.endswith("yang", 0, lo):  # ("yang merupakan")
            lo = back_over(text, lo - 4, " \t")
        if lo > 0 and text[lo - 1] == ",":
            lo = back_over(text, lo - 1, " \t")
        out.append((lo, p))
    return out


@lru_cache(maxsize=None)
def _comma_apposition() -> re.Pattern[str]:
    nouns = "|".join(sorted(_nouns(), key=len, reverse=True))
    return re.compile(rf"(?<![ \t])[ \t]*,[ \t]*(?=(?:{nouns})\b|(?i:{_civil_role_pattern().pattern}))")


def _comma_windows(text: str) -> list[tuple[int, int]]:
    """Where :func:`_comma_apposition` may start: at the blanks before a comma that a role noun or a
    civilian role follows (the whole run of lower-case letters after the comma and its blanks is
    the first word of one), found by one scan of the lower-cased text."""
    low, cue = word_hits(text).low, _comma_then_cue()
    if low is None or cue is None:
        return _after_blanks(text, (",",))
    return [(back_over(text, m.start(), " \t"), m.start()) for m in cue.finditer(low)]


@lru_cache(maxsize=None)
def _comma_then_cue() -> re.Pattern[str] | None:
    """A comma before the first word of a role noun or civilian role (a whole run of lower-case
    letters after blanks)."""
    keys = _apposition_first_words()
    if keys is None:
        return None
    words = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf",(?=[ \t]*(?:{words})(?![a-z]))")


@lru_cache(maxsize=None)
def _apposition_first_words() -> frozenset[str] | None:
    nouns, roles = _noun_first_words(), _civil_role_first_words()
    return None if nouns is None or roles is None else nouns | roles


_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")


def _opens_inside_role(text: str, start: int) -> bool:
    """A civilian role written in the two words before ``start`` runs on over it ("Asisten |I Darmo":
    the assistant's number, no Balinese "I")."""
    lo = max(0, start - 40)
    m = _WORDS_BEFORE.search(text[lo:start])
    if m is None:
        return False
    acronym = _ACRONYM.match(text, start)
    for k in (1, 2):
        if m.group(k):
            end = civil_role_at(text, lo + m.start(k))
            if end is not None and end > start:
                return True
            if (end is not None and acronym and acronym.end() - start >= 3 and not text[end:start].strip()
                    and _civil_role_kind(text[lo + m.start(k):end]) == "head"):
                return True  # "Wakil Ketua MPR selaku ...": the body a head's role is of
    return False


_WORD_BACK = re.compile(r"[^\W\d_][\w\-]*\.?[ \t]+$")


def _ends_known_place(text: str, h: CivilianHit) -> bool:
    """The hit is the last word(s) of a known place written after its level word: "Kepala Desa Mekar
    |Galih|, ..." ("Mekar Galih", "Mekargalih" in the gazetteer)."""
    pos = h.start
    for _ in range(3):  # back over up to three capitalised words of the place to its level word
        m = _WORD_BACK.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        word = m.group().strip()
        if norm_key(word.rstrip(".")) in lexicon.level_words():
            return pos < h.start and bool(gazetteer().find(place_key(text[pos:h.end])))
        if not word[:1].isupper():
            return False
        pos = m.start()
    return False


# "Sugeng warga Dusun Srijaya ...": a resident written with his village and no comma
_RESIDENT_OF = re.compile(r"(?<![ \t])[ \t]+[Ww]arga[ \t]+(?i:desa|dusun|dsn|kelurahan|kel|kampung|lingkungan|gampong|"
                          r"nagari|jorong|rt|rw)\b")


def _residents(text: str) -> list[CivilianHit]:
    """A name, then "warga" and a level word with no comma between ("Sugeng warga Dusun Srijaya Mulya
    mengatakan ..."): a resident of that place (not a place's own name, nor a name after a level word)."""
    out = []
    for h in _anchored_hits(text, _RESIDENT_OF, "apposition", _after_blanks(text, ("warga", "Warga"))):
        name = _read(text, h.start)
        if (name is not None and name.end == h.end and plausible_bare_name(name) and not _place_not_person(h.name)
                and not _level_word_before(text, h.start) and not _civil_role_ends_at(text, h.start)
                and (len(name.words) > 1 or known_name_word(name.words[0]) or unknown_word(name.words[0]))):
            out.append(h)
    return out


def apposition_hits(text: str) -> list[CivilianHit]:
    hits = _anchored_hits(text, _APPOSITION, "apposition", _apposition_windows(text)) + _residents(text)
    # "ujar Budi, warga Desa Sukamaju", "Sutrisno, Ketua RT 03, mengatakan": a bare comma apposition
    # counts after a verb of saying or for a known given name ("Di Tangerang, warga ..." is nobody)
    for h in _anchored_hits(text, _comma_apposition(), "apposition", _comma_windows(text)):
        prev = _LAST_WORD.search(text[max(0, h.start - 20):h.start])
        quoted = bool(prev) and prev.group(1) in QUOTE_WORDS
        if prev and prev.group(1) in _VIEW_CUES and not _closed_apposition(text, h.end):
            continue  # "Menurut Darsono, warga sangat terbantu ...": the clause told, not Darsono's description
        if (quoted or h.name.split()[0].casefold() in lexicon.given_names() or _subject_apposition(text, h)
                or _opens_sentence(text, h) or _object_apposition(text, h, prev) or _titled_apposition(text, h, prev)):
            hits.append(h)
    # (not a role's own number, "Asisten |I Darmo", nor a known village's last word, "Desa Mekar |Galih|, ...",
    # nor a firm's or a school's name after its form in capitals: "UD Sinar Jaya yang merupakan pengrajin")
    return [h for h in hits if not _opens_inside_role(text, h.start) and not _ends_known_place(text, h)
            and not _opens_with_form_of_body(h.name)]


def _opens_with_form_of_body(name: str) -> bool:
    """The name opens with a body's form written in capitals ("UD", "CV", "PT", "SDN"): a firm's or a school's."""
    first = name.split()[0].rstrip(".")
    return len(first) > 1 and first.isupper() and fold(first) in org_prefix_words()


# Words that open the view someone tells ("Menurut Darsono, ...", "Kata Darsono, ..." opening a sentence)
_VIEW_CUES = frozenset({"Menurut", "menurut", "Kata"})
_UP_TO_PUNCTUATION = re.compile(r"[^,.;:!?\n]*([,.;:!?\n]|$)")


def _closed_apposition(text: str, end: int) -> bool:
    """The words after the comma at ``end`` close with another comma within fourteen words and hold no word
    of a clause ("Menurut Darsono, warga Desa Sukamaju, ...", "Menurut Darsono, Ketua Kelompok Tani Maju
    yang juga tokoh masyarakat, ..."): they describe the name before, where a clause runs on with its
    verbs and adverbs ("Menurut Darsono, warga sangat terbantu, ...")."""
    pos = _past_comma(text, end)
    m = _UP_TO_PUNCTUATION.match(text, pos)
    words = text[pos:m.start(1)].split()
    return (m.group(1) == "," and len(words) <= 14
            and not any(w in _CLAUSE_WORDS or w in _TENSE_WORDS or _CLAUSE_VERB.fullmatch(w) for w in words))


_TENSE_WORDS = frozenset({"sudah", "telah", "akan", "masih", "sedang"})  # (besides the clause words)


# Words after which the persons present are named ("Hadir dalam kegiatan tersebut Darmo, Camat ...")
_ATTENDANCE_WORDS = frozenset({"tersebut", "hadir", "dihadiri", "dihadir", "yakni", "yaitu", "lain", "antaranya",
                               "diantaranya", "tampak", "turut", "pula"})


def _titled_apposition(text: str, h: CivilianHit, prev: re.Match | None) -> bool:
    """"Hadir dalam kegiatan tersebut Arjudin, Camat Mandor, ...": a name after a word that names those
    present or an active verb, described after its comma by a capitalised post that takes a place or an
    object, is the post's holder (not in a list of bodies, "Tim BNPP dan Pushidrosal, Kabid ...", "unsur
    Forkompimda, Kepala Desa ...", nor a known place or a level word's)."""
    if prev is None or not (prev.group(1) in _ATTENDANCE_WORDS or ACTIVE_VERB.fullmatch(prev.group(1))):
        return False
    at = _past_comma(text, h.end)
    rm = _civil_role_pattern().match(text, at)
    if rm is None or not rm.group("role")[:1].isupper() or _civil_role_kind(rm.group("role")) not in ("place", "head"):
        return False
    name = _read(text, h.start)
    return (name is not None and name.end == h.end and plausible_bare_name(name) and not _place_not_person(h.name)
            and not _level_word_before(text, h.start) and not _place_not_person(name.words[0])
            and fold(name.words[-1]) not in _org_words())  # (not a newspaper: "Pontianak Post, Kepala Biro")


# Words that take a person as their object: "kepada Darsih, warga ...", "mengunjungi Darsih, petani ..."
_PERSON_TAKERS = frozenset({"kepada", "bagi", "bersama", "oleh", "menurut", "terhadap", "dengan"})


def _object_apposition(text: str, h: CivilianHit, prev: re.Match | None) -> bool:
    """"kepada Darsih, warga Desa Sukamaju", "menyambangi Darsih, petani ...": a name after a word that
    takes a person, described after the comma, is that person (one that takes a place, "di
    Tangerang, warga ...", is not among them; nor is a known place)."""
    if prev is None:
        return False
    word = prev.group(1)  # (the word right before the name: only blanks between)
    if not (word in _PERSON_TAKERS or ACTIVE_VERB.fullmatch(word)):
        return False
    name = _read(text, h.start)
    return (name is not None and name.end == h.end and plausible_bare_name(name)
            and not _place_not_person(h.name))


# (a line break opens a sentence only after closing punctuation or a blank line: wrapped lines go on)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"”]?[ \t]|[.!?:\"”][ \t]*\r?\n|\n[ \t]*\r?\n)[ \t]*$")
# an opening phrase of lower-case words and its comma before the subject: "Sementara itu, ", "Saat
# ditemui, " (not "Di Tangerang, ": a place is no adverb)
_OPENING_PHRASE = re.compile(r"(?:^|[.!?][\"”]?[ \t]+|\n[ \t]*)(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*,"
                             r"|(?:Sementara|Selain|Setelah)[ \t]+itu|Sementara|Sedangkan|Adapun)[ \t]*$")


# "Sementara itu, Darmo ketua kelompok ...": after a sentence's opening adverb, a name and a noun of
# persons with no comma between
_OPENER_THEN_NAME = re.compile(r"(?:^|(?<=[.!?\"”\n])[ \t]*)(?:Sementara(?:[ \t]+itu)?|Selain[ \t]+itu|Sedangkan|Adapun)"
                               r"[ \t]*,?[ \t]+(?=[A-Z])", re.MULTILINE)
_NOUN_NEXT = re.compile(r"[ \t]+([a-z]+)\b")


# "Salah satu warga Darmo berharap ...", "salah seorang korban angin puting beliung Darsih merasa ...": one
# of a noun of persons, a few lower-case words describing them, then the name with no comma
_ONE_OF = re.compile(r"(?<![\w])[Ss]alah[ \t]+(?:satu|seorang)[ \t]+(?P<noun>[a-z]+)(?:[ \t]+[a-z]+){0,4}?[ \t]+(?=[A-Z])")
_LOWER_OR_COMMA_NEXT = re.compile(r"[ \t]*(?:,|[ \t][a-z]{2,}\b)")


def one_of_hits(text: str) -> list[CivilianHit]:
    """"salah satu warga Darmo berharap": the name after "salah satu/seorang" and a noun of persons
    (a few lower-case words may describe them), when it opens or closes with a known name word, is
    no known place and a lower-case word or a comma follows it."""
    out: list[CivilianHit] = []
    at = word_hits(text).starts(frozenset({"salah"}))
    for m in matches_at(_ONE_OF, text, at_words(at)):
        if m.group("noun") not in _nouns():
            continue
        name = _read(text, m.end())
        k = (_known_place_prefix(text, name.words, name.start)
             if name is not None and not known_name_word(name.words[0]) else 0)
        if k:
            name = _read(text, name.spans[k][0])  # "salah satu petani Papua Darsih Lubis": the place is the farmer's
        if (name is None or not plausible_bare_name(name) or not _LOWER_OR_COMMA_NEXT.match(text, name.after)
                or not (_opens_known_name(name.words) or len(name.words) > 1 and known_name_word(name.words[-1]))
                or (_known_place(text, list(name.words), name.start)
                    and not (len(name.words) > 1 and known_name_word(name.words[0])))
                or "\n" in text[m.start():name.end]):
            continue
        out.append(CivilianHit(name.start, name.end, name.name, "one_of", role=m.group("noun")))
    return out


def opener_noun_hits(text: str) -> list[CivilianHit]:
    """A name after a sentence's opening adverb with a noun of persons right after it: "Sementara itu,
    Darmo ketua kelompok nelayan mengatakan ..." (the noun says the name is a person's)."""
    out: list[CivilianHit] = []
    for m in _OPENER_THEN_NAME.finditer(text):
        name = _read(text, m.end())
        if name is None or len(name.words) > 3 or not plausible_bare_name(name):
            continue
        noun = _NOUN_NEXT.match(text, name.after)
        if noun is None or noun.group(1) not in _nouns() or _place_not_person(name.name):
            continue
        out.append(CivilianHit(name.start, name.end, name.name, "subject", role=role_after(text, name.after)))
    return out


def _opens_sentence(text: str, h: CivilianHit) -> bool:
    """"Warsito, anggota kelompok tani, ...", "Sementara itu, Warsito, Kepala Dusun Krajan mengaku":
    a name opening its sentence (after an opening phrase, too) with a role noun after the comma is the
    subject described (sentence adverbs and places are no names)."""
    if not (_SENTENCE_OPEN.search(text, max(0, h.start - 4), h.start)
            or _OPENING_PHRASE.search(text, max(0, h.start - 50), h.start)):
        return False
    name = _read(text, h.start)
    return (name is not None and name.end == h.end and plausible_bare_name(name)
            and not (_place_not_person(h.name) and not _described_person(text, h)))


def _described_person(text: str, h: CivilianHit) -> bool:
    """One word described by a noun of persons after its comma ("Wonokerto, petani cabai, ..."), and
    nowhere in the text written as a place: a person, though some village elsewhere has that name."""
    noun = (h.role or "").split()[:1]
    return (" " not in h.name.strip() and bool(noun) and noun[0] in _nouns()
            and not _names_after_levels(text).get(h.name.casefold()))


_CLOSING_VERB = re.compile(r"[^,.;\n]{2,90}?,[ \t]*(?:me|ber|ter)[a-z]{3,}\b")
_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "kepada", "untuk", "oleh", "dengan", "menuju", "sekitar"})


def _subject_apposition(text: str, h: CivilianHit) -> bool:
    """"Sementara itu, Lestiani, warga Kelurahan Sukajadi, mengaku ...": a name with an apposition
    closed by a comma and a verb is the subject of that verb, unless it is a known place or follows a
    preposition ("Di Tangerang, warga ..., mengaku")."""
    comma = text.find(",", h.end)
    if comma < 0 or not _CLOSING_VERB.match(text, comma + 1):
        return False
    prev = _LAST_WORD.search(text[max(0, h.start - 20):h.start])
    if prev and fold(prev.group(1)) in _PREPOSITIONS:
        return False
    name = _read(text, h.start)
    return (name is not None and plausible_bare_name(name)
            and not _place_not_person(h.name))


# (the look-ahead finds the closing comma and verb before any name is read)
# (it opens with the comma itself, so the engine jumps from comma to comma; the character before the
# comma is checked in Python)
_FRAMED_OPEN = re.compile(r",[ \t]*(?=[A-Z][^,;:.!?\n]{0,60},[ \t]*(?:me|ber|ter|" + SAYING_VERBS + r"))")
# (words of that shape that go on a list rather than tell what its subject does are left out)
_FRAMED_CLOSE = re.compile(r"[ \t]*,[ \t]*(?!(?:termasuk|terutama|terdiri|tersebut|terkait|bersama|beserta|berikut)\b)"
                           r"(?:(?:me|ber|ter)[a-z]{3,}|(?:" + SAYING_VERBS + r")(?:nya)?)\b")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w.'’\-]*|[A-Z]{2,}\)|\d+)[ \t]*$")


def framed_hits(text: str) -> list[CivilianHit]:
    """A name set off by commas between a capitalised title and a verb: "Kepala Dinas Pertanian
    Kabupaten Blitar, Handoko Susilo, mengatakan ...", "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)
    Sukaresmi, Endah Lestari, mengapresiasi ...": the head of the sentence is the title of the person it names,
    whatever the title is (the role lexicon need not know it)."""
    out: list[CivilianHit] = []
    for m in _FRAMED_OPEN.finditer(text):
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == ")"):
            continue
        if not _CAPITALISED_BEFORE.search(text, max(0, at - 40), at):
            continue
        name = _read(text, m.end())
        if (name is None or not _FRAMED_CLOSE.match(text, name.after) or not plausible_bare_name(name)
                or _place_not_person(name.name)):
            continue
        out.append(CivilianHit(name.start, name.end, name.name, "framed", role=role_before(text, m.start())))
    return out


_CAPITAL_WORD = re.compile(r"(?<![\w.'’\-])[A-Z][a-z'’]{2,}(?![\w\-])")
_RUN_OPENS_BEFORE = re.compile(r"(?:^|[\n(\"“,;:]|[ \t](?:[a-z]+|&)|(?:^|[.!?\n][\"”]?[ \t]*)(?:Sementara|Kemudian|Selanjutnya"
                               r"|Namun|Bahkan|Sedangkan|Adapun|Lalu|Menurut|Hadir|Tampak|Turut[ \t]+hadir))[ \t]*$")
_BLANKS_OR_COMMAS = re.compile(r"[\s,]+")


_INITIAL = re.compile(r"[A-Z]\.?")


def alone_on_line(text: str, start: int, end: int) -> bool:
    """A name that is its whole line, degrees aside: a byline or an author's box, not a person of the
    story."""
    # (a byline is a short line: look no further than a few dozen characters each side, so that
    # many names on one long line stay linear)
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    before = text[line_start:start].strip(" \t-–—:()*[]")
    if line_start == 0 and start > 40 or before and not _INITIAL.fullmatch(before):
        return False  # (an initial may open the line: "M Darsih Lubis" under the story)
    line_end = text.find("\n", end, end + 80)
    if line_end < 0:
        if len(text) > end + 80:
            return False
        line_end = len(text)
    after = text[end:line_end].strip(" \t-–—:(),.")
    if after and not all(is_degree(w) or is_degree(w + ".") for w in _BLANKS_OR_COMMAS.split(after) if w):
        return False
    # (unless a sentence wrapped onto it: "... lahan milik Bpk |Darsih Lubis.")
    wrapped = _WORD_THEN_BREAK.search(text, max(0, line_start - 40), line_start) if line_start else None
    return not (wrapped and (norm_key(wrapped.group(1)) in honorific_keys()
                             or wrapped.group(1).islower() and not wrapped.group(2) and wrapped_line(text, line_start)))


# The last word of the line before: an honorific, or a lower-case word (no dot) closing a long body line
# (not "Published by"), means the sentence wrapped
_WORD_THEN_BREAK = re.compile(r"(?<![\w.])([^\W\d_]{2,})(\.?)[ \t]*\r?\n[ \t]*\Z")


@lru_cache(maxsize=1)
def _known_name_keys() -> frozenset[str] | None:
    return first_runs(lexicon.given_names() | lexicon.family_names())


@lru_cache(maxsize=1)
def _opener_before() -> re.Pattern[str]:
    """A name opener ("I", "Ni", "Ida") right before a word: the name's start."""
    openers = "|".join(re.escape(w) for w in sorted(lexicon.people().name_openers, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({openers})[ \t]+$")


@lru_cache(maxsize=1)
def _thing_and_rank_words() -> frozenset[str]:
    return _thing_words() | frozenset(lexicon.ranks().words())


def thing_or_rank_before(text: str, start: int) -> bool:
    """A thing's word a few lower-case words before ("lapangan tembak udara Budi Santoso") or a rank
    with its corps in lower case ("Kolonel infanteri Sugeng", also at the end of the line above): the
    run names a thing or a ranked person."""
    words = _WORD_RUNS.findall(text, max(0, start - 50), start)
    marks = _thing_and_rank_words()
    for w in reversed(words[-3:]):
        if w in _OWNER_WORDS:
            return False  # "Rumah milik tetangganya Wayan Regeg": the thing's owner follows
        if fold(w) in marks:
            return True
        if not w.islower():
            return False  # only lower-case words may stand between
    return False


_OWNER_WORDS = frozenset({"milik", "punya", "kepunyaan"})
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])[a-z]{3,}[ \t]+$")


def _persons_noun_before_place(text: str, pos: int) -> bool:
    """A noun of residents right before the place at ``pos``: "warga |Karangkobar", "Warga |Karangkobar" (a
    resident is named by his place; after other nouns the capitalised word may open the name: "petani Tejo
    Wibowo")."""
    m = _LAST_WORD.search(text, max(0, pos - 24), pos)
    return m is not None and fold(m.group(1)) in _RESIDENT_NOUNS


_RESIDENT_NOUNS = frozenset({"warga", "penduduk"})


def _persons_noun_at_end(text: str, pos: int) -> re.Match | None:
    """The noun of persons written right before ``pos``, in lower case or capitalised where it opens the
    sentence ("warga |", "Pelaku |"), or None."""
    m = _LAST_WORD.search(text, max(0, pos - 24), pos)
    if m is None or not _person_noun(fold(m.group(1))):
        return None
    if m.group(1)[:1].isupper() and not _SENTENCE_OPEN.search(text, max(0, m.start() - 4), m.start()):
        return None
    return m


def _persons_noun_opens_sentence(text: str, pos: int) -> bool:
    """A noun of persons, capitalised, opens the sentence right before ``pos``: "Warga |Karangkobar Darmo ..."."""
    m = _persons_noun_at_end(text, pos)
    return m is not None and m.group(1)[:1].isupper()


def _place_before(text: str, start: int) -> int | None:
    """Where a known place (one to three capitalised words in the gazetteer, no role word) written
    right before ``start`` begins, or None."""
    words: list[tuple[int, str]] = []  # (start, word), read back word by word (no regex search per call)
    i = start
    while len(words) < 3:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k:j]
        if j == i or len(word) < 2 or not (word[0].isupper() and word[1:].islower()):
            break
        words.insert(0, (k, word))
        i = k
    if not words or any(_civil_role_kind(w) is not None or fold(w) in _org_words() for _, w in words):
        return None
    for n in range(len(words)):  # the longest place first
        if gazetteer().find(place_key(" ".join(w for _, w in words[n:]))):
            return words[n][0]
    return None


def known_name_hits(text: str) -> list[CivilianHit]:
    """A bare run of two to four capitalised words that reads as a personal name by its words: it
    opens with a known given name ("Sri Wahyuni"), or ends with a known family or clan name
    ("Rosnani Pasaribu", "Yance Wenda"). Only where the run stands alone (after a lower-case word or
    punctuation, so "Masjid Agung" or "Desa Sukamaju Budi" are not read from the middle), outside
    headlines, and never a known place."""
    out: list[CivilianHit] = []
    given, family = lexicon.given_names(), lexicon.family_names()
    seen: set[int] = set()
    at = word_hits(text).starts(_known_name_keys())
    found = (_CAPITAL_WORD.finditer(text) if at is None
             else filter(None, (_CAPITAL_WORD.match(text, i) for i in at)))
    read_to = 0  # the end of the last run read: a word inside it was read with it
    for m in found:
        if m.start() < read_to:
            continue
        key = m.group().casefold()
        placed = False  # a known place was cut off the run's front: the run opened before it
        if key in given:
            start = m.start()
            opener = _opener_before().search(text, max(0, start - 6), start)
            if opener is not None:
                start = opener.start(1)  # "I Made Sutama", "Ni Luh Sari": the opener is the name's start
                # (it opens the name after any word, "Panitia I Nyoman Sudarma", but a numbered body's
                # "Komisi I Wayan ..." holds its own Roman one)
                numbered = _LAST_WORD.search(text, max(0, start - 20), start)
                placed = (m.group() in lexicon.people().birth_order_names
                          and not (numbered and fold(numbered.group(1)) in _NUMBERED_BODIES | COUNTED_NOUNS))
        elif key in family:
            name = name_before(text, m.end())
            if name is None:
                continue
            start = name.start
            k = _known_place_prefix(text, name.words, start)
            if k and len(name.words) - k >= 2 and _RUN_OPENS_BEFORE.search(text, max(0, start - 30), start):
                start = name.spans[k][0]  # "petani Papua Darsih Lubis": the place is the farmer's
                placed = True
        else:
            continue
        if start in seen:
            continue
        resident = False  # a person's noun and a known place before the name: "Warga Karangkobar Sarwono"
        if not placed and not _RUN_OPENS_BEFORE.search(text, max(0, start - 30), start):
            place = _place_before(text, start)  # "petani Papua Yohanis ...": the
            if (place is None or not (_LOWER_WORD_BEFORE.search(text, max(0, place - 30), place)  # run opens
                                      or _persons_noun_opens_sentence(text, place))  # before a known place
                    or thing_or_rank_before(text, place)):  # ("Warga Karangkobar Sarwono ...")
                continue
            resident = _persons_noun_before_place(text, place) and not known_name_word(
                text[place:start].split()[0])  # (not "petani Tejo Wibowo": a given name that is a village's too)
        elif not placed and thing_or_rank_before(text, start):
            continue
        seen.add(start)
        name = _read(text, start)
        if name is not None:
            read_to = name.end
        if (name is None or not (2 <= len(name.words) <= (6 if holds_title_inside(name.words) else 4) or len(name.words) == 1 and key in given
                                 and (_capitalised_role_next(text, name.after) or resident)) or name.start != start
                or not plausible_bare_name(name) or is_title_case_line(text, start)
                or gazetteer().find(place_key(name.name))
                or not (name.words[0].casefold() in given or name.words[-1].casefold() in family)):
            continue
        out.append(CivilianHit(name.start, name.end, name.name, "known_name", role=role_after(text, name.after)))
    return out


_BLANKS = re.compile(r"[ \t]+")


def _capitalised_role_next(text: str, pos: int) -> bool:
    """A civilian role, capitalised, right after ``pos`` with only blanks between: "Darmo |Kaur Desa
    Sukamaju" (a one-word name the role describes)."""
    gap = _BLANKS.match(text, pos)
    if gap is None:
        return False
    rm = _civil_role_pattern().match(text, gap.end())
    return rm is not None and rm.group("role")[:1].isupper() and _civil_role_kind(rm.group("role")) is not None


def noun_comma_hits(text: str) -> list[CivilianHit]:
    """A role noun, a comma and the name: "mendatangi tokoh masyarakat, Karyono di rumahnya"."""
    out: list[CivilianHit] = []
    at = word_hits(text).starts(_noun_first_words())
    for m in matches_at(_noun_comma_pattern(), text, at_words(at)):
        name = _read(text, m.end())
        if (name is None or not plausible_bare_name(name) or not _item_ends(text, name.after, len(text))
                or _place_not_person(name.name)):
            continue
        if any(c.isupper() for c in m.group(1)[1:]) and not _verb_next(text, name.after):
            continue  # after the noun's village only a subject: "warga Desa Sukamaju, Darsih mengatakan"
        if m.group(1)[:1].isupper() and not (_COMMA_THEN_VERB.match(text, name.after) and known_name_word(name.words[0])):
            continue  # a capitalised noun opens a sentence: "Warga lain, Masrani, menanyakan ..." (set off by commas;
            # a known name: not "Pengurus masjid, Al Ikhlas, menggelar ...")
        out.append(CivilianHit(name.start, name.end, name.name, "noun_comma", role=" ".join(m.group(1).split())))
    return out


def _verb_next(text: str, pos: int) -> bool:
    """An active verb or a verb of saying comes next."""
    m = _NEXT_LOWER_WORD.match(text, pos)
    return m is not None and (ACTIVE_VERB.fullmatch(m.group(1)) is not None or m.group(1) in _SPEAKING)


@lru_cache(maxsize=None)
def _noun_first_words() -> frozenset[str] | None:
    return first_runs(_nouns())


@lru_cache(maxsize=None)
def _noun_comma_pattern() -> re.Pattern[str]:
    forms = sorted({f for n in _nouns() for f in (n, n[:1].upper() + n[1:])}, key=len, reverse=True)
    nouns = "|".join(forms)  # (capitalised too, opening a sentence: "Warga lain, Masrani, menanyakan ...")
    # (the noun's village may stand before the comma: "warga desa Sukamaju, Darsih mengatakan")
    return re.compile(rf"(?<![\w])((?:{nouns})(?:[ \t]+[a-z]+){{0,2}}(?:[ \t]+(?i:desa|kelurahan|dusun|kampung|gampong)"
                      rf"[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,2}})?)[ \t]*,[ \t]*(?=[A-Z])")


_COMMA_THEN_VERB = re.compile(r"[ \t]*,[ \t]*(?:[a-z]+[ \t]+)?(?:me|ber|di|ter)[a-z]{3,}\b")
_ABBREVIATION_IN_BRACKETS = re.compile(r"[A-Z][A-Za-z]{1,9}[ \t]*\)")


_LIST_INSIDE = re.compile(r",[^,)]*[ \t](?:dan|serta)[ \t]")


@lru_cache(maxsize=1)
def _service_role_forms() -> frozenset[str]:
    """The short forms of the services' posts ("babinsa", "danramil", "kapolsek"), case-folded."""
    return frozenset(fold(f) for r in lexicon.roles().roles for f in r.forms)


@lru_cache(maxsize=1)
def _service_role_spelled_out() -> re.Pattern[str]:
    """A post of the services written out in full right before its bracket ("Komandan Rayon Militer (")."""
    longs = sorted({" ".join(f.split()) for r in lexicon.roles().roles for f in r.long}, key=len, reverse=True)
    spelled = "|".join(r"\s+".join(map(re.escape, f.split())) for f in longs)
    # (or a unit's words written out: "Komandan Resor Militer (Danrem)", "Bintara Pembina Desa (Babinsa)")
    return re.compile(r"(?i:" + spelled + r"|\b(?:militer|pembina|kepolisian|sektor|resor|resort|distrik|rayon|pangkalan)"
                      r")\s*$")


def _body_word_before(text: str, start: int) -> bool:
    """A capitalised word other than an address form stands right before ``start``: the name read back
    may be the end of a body's or a place's name ("Masjid Al Ikhlas", "Poktan Sumber Rejeki")."""
    m = WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1)[:1].isupper() and norm_key(m.group(1)) not in honorific_keys()


def _person_noun_before(text: str, pos: int) -> bool:
    """A noun of persons (:func:`_persons_noun_at_end`) or parents right before ``pos`` (a bracket) that the
    names in the bracket fill: "tetangga (", "warga (", "orang tua (", "Pelaku (" opening a sentence."""
    noun = _persons_noun_at_end(text, pos)  # (capitalised only opening the sentence: "Pelaku (Andi) sudah ...")
    if noun is None and not _PARENTS_BEFORE.search(text, max(0, pos - 24), pos):
        return False  # ("orang tua (Sutarjo dan Ngatini)": parents)
    if noun is not None and noun.group(1) == "masyarakat":
        return False  # ("ketertiban masyarakat (Kamtibmas)": a phrase that ends with the word, then its contraction)
    close = text.find(")", pos, pos + 40)
    inside = text[pos + 1:close] if close > 0 else ""
    if abbreviates(inside, _WORD_RUNS.findall(text, max(0, pos - 80), pos)):
        return False  # the contraction of the words before: "ketertiban warga (Tibwar)"
    # one item alone must hold a known name word: "penyerapan gabah petani (Sergap)", "kapal nelayan (Jolorok)",
    # "remaja (Generasi Muda)" name a programme, a boat, a group
    return bool(_ITEMS_JOINED.search(inside)) or any(known_name_word(w) for w in inside.split())


_PARENTS_BEFORE = re.compile(r"(?<![\w])orang[ \t]+tua(?:nya)?[ \t]*$")
_ITEMS_JOINED = re.compile(r",|(?<![\w])(?:dan|serta)(?![\w])")


def _place_not_named(text: str, words: list[str] | tuple[str, ...], start: int) -> bool:
    """A list item (``words`` written from ``start``) that is a known place rather than a name: a place of
    several words ("Sri Mulyo", though "Sri" opens names) or of one word that opens no known name
    ("Sukamaju"; not "Sumi", a given name too)."""
    return _known_place(text, list(words), start) and (len(words) > 1 or not known_name_word(words[0]))


def bracketed_names_hits(text: str) -> list[CivilianHit]:
    """Names in brackets after a noun of persons: "dua rumah tetangga (Darmo dan Karmun)", "warga (Darsih,
    Paijo dan Sarinem)". Every item of the bracket must read as a bare name (at most three words, no known
    place) and the last must close it; else the bracket holds something else ("warga (RT 03)")."""
    out: list[CivilianHit] = []
    for p in literal_starts(text, ("(",)):
        if not _person_noun_before(text, p):
            continue
        items: list[CivilianHit] = []
        places = 0  # items that are a known place and open with no known name word
        pos = _BRACKET_OPEN.match(text, p).end()
        while True:
            name = _read(text, pos)
            if (name is None or name.start != pos or len(name.words) > 3 or not plausible_bare_name(name)
                    or not may_open_name(name.words[0])):
                items = []
                break
            places += _place_not_named(text, name.words, name.start)
            items.append(CivilianHit(name.start, name.end, name.name, "bracketed_names"))
            close = _BRACKET_CLOSE_AFTER.match(text, name.after)
            if close:
                break
            sep = _LIST_SEP.match(text, name.after)
            if not sep or sep.end() == name.after or len(items) >= 6:
                items = []
                break
            pos = sep.end()
        if 2 * places < len(items):  # (villages' names: "warga (Sukamaju dan Sukajadi)"; a name may be a village's
            out += items  # too: "ibu-ibu (Darmi, Sumi dan Warsini)")
    return out


def bracket_hits(text: str) -> list[CivilianHit]:
    """A name with its role in brackets: "Rudi Hartono (Ketua BPD)", "Siti, S.Keb (Bidan Desa)"."""
    out: list[CivilianHit] = []
    for m in _BRACKET_OPEN.finditer(text):
        at = m.end()
        close = text.find(")", at, at + 120)
        inside = text[at:close].strip() if 0 <= close < at + 40 else ""
        post = (fold(inside) in _service_role_forms()
                and not _service_role_spelled_out().search(text, max(0, m.start() - 60), m.start()))
        rm = _civil_role_pattern().match(text, at)
        kind = _civil_role_kind(rm.group("role")) if rm else None
        if _ABBREVIATION_IN_BRACKETS.match(text, at) and not post and not (kind and rm.end() == at + len(inside)):
            continue  # "Penyuluh Pertanian Lapang (PPL)": the phrase before is spelled out, no name
            # (a one-word role alone in the brackets is the person's: "Darmo (Kadus)")
        if inside and abbreviates(inside, _WORD_RUNS.findall(text, max(0, m.start() - 80), m.start())):
            continue  # "Kepala Bagian Operasional (Kabag Ops)": the same role spelled out before
        if kind is None and post:
            role = inside  # "Darmo (Babinsa)": a post of the services, his rank unwritten (a ranked
            # man named so elsewhere takes this mention as his)
        elif kind is None:
            role = _noun_phrase(text, at)
        else:
            tail, _ = _role_tail(text, rm.end(), rm.group("role"))
            role = _role_text(" ".join(rm.group("role").split()), kind, tail)
        if role is None:
            continue
        if close >= 0 and _LIST_INSIDE.search(text, at, close):
            continue  # "Tiga Pilar (Kades, Babinsa dan Bhabinkamtibmas)": a list of three roles spells out a group
        name = name_before(text, m.start())
        if name is not None and len(inside.split()) == 1 and kind and _body_word_before(text, name.start):
            continue  # "Poktan Sumber Rejeki (Ketua)": a one-word role after a body's name, no person's
        if name is not None and name.after <= m.start() and plausible_bare_name(name):
            out.append(CivilianHit(name.start, name.end, name.name, "bracket", role=role))
    for m in _BRACKET_BEFORE_CAPITAL.finditer(text):  # the name in brackets after a group's head
        role = role_before(text, m.start())
        role_kind = (_civil_role_kind(role) or _civil_role_kind(role.split()[0])) if role is not None else None
        if role is not None and role_kind not in ("head", "place"):
            continue  # ("Pemilihan Kepala Desa (Pilkades)", an abbreviation, is told below)
        name = _read(text, m.end()) if role and civil_role_at(text, m.end()) is None else None  # (not "(Wagub Jateng)")
        if (name is not None and role_kind == "place" and (
                _ELECTION_WORD.fullmatch(name.name) or fold(name.words[0]) in _STATUS_WORDS
                or _known_place(text, list(name.words), name.start)
                or any(w.isupper() and abbreviates(w, list(name.words)) for w in role.split()))):
            continue  # after a place role: "Pemilihan Gubernur Sumut (Pilgubsu)", "Kades Sukamaju (Sukamaju
            # Lama)", "Ketua RT (Rukun Tetangga)", "Kades Sukamaju (Nonaktif)" are no names
        if (name is not None and plausible_bare_name(name) and _BRACKET_CLOSE.match(text[name.after:name.after + 3])
                and not abbreviates(name.name, _WORD_RUNS.findall(text[max(0, m.start() - 80):m.start()]))):
            out.append(CivilianHit(name.start, name.end, name.name, "bracket", role=role))
    return out


# "diketuai Sutrisno", "dipimpin langsung oleh Hendra", "didampingi Marlina", "disambut Darsih"; kin
# words: "istri Darsih", "pasangan suami istri Darsih dan Marlina" (a passive verb of saying other than
# "disampaikan" is not enough: "seperti dikatakan Yanto" refers back to a name told in full)
_LED_BY_WORDS = frozenset(
    {"diketuai", "dipimpin", "didampingi", "dihadiri", "diikuti", "dibuka", "disampaikan", "diwakili",
     "diterima", "disambut", "diresmikan", "dibantu", "dinakhodai", "dinahkodai", "dikoordinir", "dikordinir",
     # who drives, rides, lives in or tills a thing: "mobil yang dikemudikan Darmo", "rumah yang dihuni Darsih"
     "dikemudikan", "dikendarai", "dihuni", "ditempati", "digarap",
     "istri", "isteri", "suami", "lelaki", "ayah", "ayahanda", "ibunda", "cucu", "menantu", "mertua",
     "keponakan", "janda", "duda", "keluarga", "pimpinan", "istrinya", "isterinya", "suaminya", "anaknya", "putranya",
     "putrinya", "ayahnya", "ibunya", "adiknya", "kakaknya", "cucunya", "menantunya",  # ("petugas PPSU pimpinan Darsih")
     "oleh"})  # (the doer after any passive verb or a deed: "lahan yang digarap oleh Darsih", "Pembacaan doa oleh Darsih")
_LED_BY = re.compile(r"(?<![\w])(?:" + "|".join(sorted(_LED_BY_WORDS, key=len, reverse=True)) + ")"
                     r"(?:[ \t]+(?:langsung|pula|juga))?(?:[ \t]+oleh)?(?:[ \t]*[,:])?[ \t]+(?=[A-Z])")  # ("oleh, Darsih")
# Attendee lists: "Hadir dalam kegiatan itu antara lain ...", "turut hadir ...", "dihadiri oleh ..."
_LIST_OPEN = re.compile(r"(?i:hadir|dihadiri|diikuti)\b[^.\n]{0,80}?(?i:antara[ \t]+lain|di[ \t]*antaranya|yakni|yaitu)"
                        r"[ \t]*:?[ \t]*|(?i:turut[ \t]+hadir|tampak[ \t]+hadir|hadir[ \t]+pula)[ \t]*:?[ \t]*")
_ITEM_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|;|\b(?:dan|serta)\b|&)[ \t]*")


# A list line: an optional bullet or number, the names ("Darsih", "Darsih dan Lodra"), a description in
# brackets, nothing after it
_LIST_LINE = re.compile(r"[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]*|[a-z][.)][ \t]+)?(?P<names>[A-Z][^()\n]{1,80}?)[ \t]*"
                        r"\([ \t]*[A-Z][^()\n]{2,80}\)[ \t]*[.,;]?[ \t]*(?=\r?\n|$)")
_ROMAN = re.compile(r"[IVX]{1,4}")  # "Juara I ...": a rank in a contest, no name
_NAMES_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:dan|serta|&)[ \t]+)")


def colon_list_hits(text: str) -> list[CivilianHit]:
    """Names listed line by line after a line that ends with a colon, each with its part in brackets:
    "di antaranya:\nDarsih Lubis (Penguji Mutu)\nLodra dan Karmun (Tim Lapangan)"."""
    out: list[CivilianHit] = []
    for colon in literal_starts(text, (":\n", ":\r\n", ": \n")):
        pos = text.index("\n", colon) + 1
        for _ in range(20):
            m = _LIST_LINE.match(text, pos)
            if m is None:
                break
            at = m.start("names")
            for part in _NAMES_SEP.split(m.group("names")):
                at = text.find(part, at)
                name = _read(text, at)
                if (name is not None and name.start == at and name.end == at + len(part.rstrip(" .")) and len(name.words) <= 4
                        and plausible_bare_name(name) and not _known_place(text, list(name.words), at)
                        and not any(_ROMAN.fullmatch(w) for w in name.words) and not _common_words(text, name.words)):
                    out.append(CivilianHit(name.start, name.end, name.name, "colon_list"))
                at += len(part)
            nl = text.find("\n", m.end())
            if nl < 0:
                break
            pos = nl + 1
    return out


def led_by_hits(text: str) -> list[CivilianHit]:
    """A bare name right after a verb that takes a person: "diketuai Sutrisno", "didampingi Marlina";
    names listed after it ("Sutrisno dan Paimin") come too."""
    out: list[CivilianHit] = []
    at = word_hits(text).starts(_LED_BY_WORDS)
    for m in matches_at(_LED_BY, text, at_words(at)):
        if (m.group(0).startswith("diterima") and _RELEASE_BEFORE.search(text, max(0, m.start() - 80), m.start())
                and text[max(0, m.start() - 4):m.start()] == "ang " and _DATED_NEXT.match(text, m.end())):
            continue  # "melalui siaran pers yang diterima Warta Sukamaju, Selasa": the newsroom it reached (not
            # "bantuan diterima Darmo"; the release reached the newsroom on a day)
        family = m.group(0).startswith("keluarga")  # ("keluarga Sakinah", "keluarga Sejahtera": wishes, not names)
        kin = m.group(0).split()[0].rstrip(",:").endswith("nya")  # ("rumah adiknya, Sukamaju, ...": a place may follow)
        if kin and "," not in m.group(0) and fold(text[m.end():m.end() + 16].split()[0].strip(".,;:!?()")) in _FEAST_WORDS:
            continue  # "bersama istrinya Lebaran tahun ini": a feast, no name
        out.extend(h for h in _bare_list(text, m.end(), "led_by", limit=4) if _after_cue_reads_as_name(text, m, h)
                   and (not family or any(map(known_name_word, h.name.split())))
                   and not (kin and (_place_not_person(h.name) or _level_word_next(text, _past_comma(text, h.end)))))
    return out


_DATED_NEXT = re.compile(r"[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){1,3}[ \t]*(?:\.|,?[ \t]*(?:pada[ \t]+|di[ \t]+[A-Z]\w*"
                         r"(?:[ \t]+[A-Z]\w*)?[ \t]*,[ \t]*)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|\())")
# A press release or a written statement before "diterima" in the same sentence
_RELEASE_BEFORE = re.compile(r"(?i:rilis|siaran[ \t]+pers|press[ \t]+release|keterangan[ \t]+tertulis|pesan[ \t]+singkat"
                             r"|pesan[ \t]+whatsapp|pers\b)[^.!?\n]*$")


# Cues that take a person, and also bodies and programmes written as one word ("dibantu Tagana",
# "Menurut Kemenkes", "termasuk Bansos"): after them one word is a name only when it is a known one.
# (after these one unknown word is as often a thing: "yakni Ziarah ke makam", "adalah Ranai", "yaitu Pelecehan")
_NEWER_CUES = frozenset({"diterima", "disambut", "diresmikan", "dibantu", "menurut", "termasuk", "yakni", "yaitu",
                         "adalah", "ialah"})


def _after_cue_reads_as_name(text: str, cue: re.Match, h: CivilianHit) -> bool:
    """A hit after ``cue`` stands as a name: two words or more, a known name, a name described in
    brackets after it ("yakni Darsih (Pemilik Tanah)"), or any name after the older cues."""
    cue_word = cue.group(0).split()[0].rstrip(",:").casefold()
    if cue_word == "oleh":  # (after "oleh" bodies, posts, programmes and things are as common: "oleh Direktorat
        # Binmas", "oleh Paduan Suara Gita Dewi")
        words = h.name.split()
        return any(map(known_name_word, words)) and not any(
            language_word(fold(w)) and not known_name_word(w) for w in words)
    if cue_word not in _NEWER_CUES or " " in h.name or known_name_word(h.name):
        return True
    if _DESCRIBED_AFTER.match(text, h.end) is not None:
        return True
    noun = _COMMA_NOUN_AFTER.match(text, h.end)  # "adalah Rukiyah, janda lansia", "adalah Darsih, seorang kakek"
    return noun is not None and (noun.group(1) in _nouns() or noun.group(1) == "seorang"
                                 or noun.group(2) is not None and noun.group(2) in _nouns())


_COMMA_NOUN_AFTER = re.compile(r"[ \t]*,[ \t]*([a-z]+)(?:[ \t]+(?:satu|seorang)[ \t]+([a-z]+))?")
_DESCRIBED_AFTER = re.compile(r"[ \t]*\([ \t]*(?:[A-Z]|\d{1,3}[ \t]*(?:th|thn|tahun)?[ \t]*\))")


# "lahan milik Suwarno", "rumah Sarmidi" (lower-case: someone's house), "Penerima adalah Rukiyah", "yakni Mbah
# Paiman", "sengketa antara Karto dengan Mulyadi", "pemohon atas nama Darman", "A.n. I Gede Sudarta",
# "Menurut Darsih, ..." and "Kata Darsih, ..." (the one whose view is told), "para petani, termasuk Darsih dan Marlina", "Lk. Darmo"
# and "Pr. Darsih" (laki-laki, perempuan: how police reports introduce a man or a woman)
_OBJECT_OF = re.compile(r"(?<![\w])(?:milik(?:[ \t]*,|[ \t]+(?P<noun>[a-z]+))?|[Dd]i(?:rumah|kediaman)|rumah|kediaman|adalah|ialah|yakni|yaitu|antara"
                        r"|[Mm]enurut|Kata(?=[ \t]+[A-Z][\w.'’ \t]{1,40},)|termasuk|[Aa]tas[ \t]+[Nn]ama|(?<![\w.])[Aa]\.?[Nn]\.|(?<![\w.])(?:Lk|Pr)\.)[ \t]+(?=[A-Z])")
_OBJECT_WORDS = frozenset({"milik", "rumah", "kediaman", "dirumah", "dikediaman", "adalah", "ialah", "yakni", "yaitu", "antara", "menurut", "kata", "termasuk",
                           "atas", "a", "an", "lk", "pr"})  # (word_hits keys are case-folded: "Atas Nama" too)


def object_hits(text: str) -> list[CivilianHit]:
    """A bare name after "milik", lower-case "rumah"/"kediaman", "adalah", "yakni", "antara", "atas
    nama": a person when it reads as a name and is no known place ("yaitu Sukamaju dan Sukajadi" are
    villages)."""
    at = word_hits(text).starts(_OBJECT_WORDS)
    # "milik petani Nurhayati": a person noun between the owner word and the name
    return [_told_clause_no_role(text, m, h) for m in matches_at(_OBJECT_OF, text, at_words(at))
            if (m.group("noun") is None or m.group("noun") in _nouns()) and not _thing_pointed_before(text, m)
            for h in _bare_list(text, m.end(), "object", limit=3)
            if (not _place_not_person(h.name) or _NAMED_BY.match(m.group()) and len(h.name.split()) == 1
                and fold(h.name) not in _org_words())
            and _after_cue_reads_as_name(text, m, h) and _object_opens_name(text, m, h)
            and not (m.group().startswith("Kata") and not _said_by_name(h.name))]


def _told_clause_no_role(text: str, cue: re.Match, h: CivilianHit) -> CivilianHit:
    """After "Menurut X," or "Kata X," opening a sentence the words after the comma open the view told ("Menurut Darsono, warga
    sangat terbantu"), not X's description, unless another comma closes them ("..., warga Desa Sukamaju, ...")."""
    if h.role and cue.group().split()[0] in _VIEW_CUES and not _closed_apposition(text, h.end):
        return replace(h, role=None)
    return h


def _said_by_name(name: str) -> bool:
    """After "Kata" opening a sentence only a name of at most three words whose first is a known name word
    or no word of the language ("Kata Gatot, ..."; not "Kata Pepatah, ...", "Kata Kunci ...")."""
    words = name.split()
    return len(words) <= 3 and (known_name_word(words[0]) or unknown_word(words[0]))


# "atas nama Madi", "a.n. Madi": what follows names a person, also where one word of it is some village's name
_NAMED_BY = re.compile(r"(?i:atas[ \t]+nama|a\.?n\.)")


_NAMING_CUES = frozenset({"yakni", "yaitu", "adalah", "ialah"})
_FEAST_WORDS = frozenset({"lebaran", "natal", "idul", "idulfitri", "iduladha", "imlek", "nyepi", "waisak", "paskah",
                          "tahun", "hari", "ramadhan", "ramadan", "maulid", "hut", "nataru", "syawal", "muharram", "cap",
                          "umroh", "umrah", "agustusan", "pekan", "galungan", "kuningan"})
_PLACE_NOUNS = frozenset({"lokasi", "titik", "tempat", "kawasan"})
_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "dalam", "untuk", "bagi", "sekitar", "dekat"})
_PERSON_PAIR_WORDS = frozenset({"rt", "rw", "rumah", "adat", "tani", "kuncen", "tetua", "korlap", "operator"})
_AGENT_NOUN = re.compile(r"pe(?:m|n|ng|ny)?[a-z]{3,}(?<!an)")  # "pengelola", "pemilik", "penghuni" (not "-an" nouns)


def _thing_pointed_before(text: str, cue: re.Match) -> bool:
    """"lokasi tersebut yakni ...", "dua lokasi rawan yakni ...": the cue names places told right before
    it (a place noun, at most one word after it, the pointing word left out), not persons; not after a
    preposition ("Penerima bantuan di lokasi tersebut yaitu Darmo": the place is where, not who)."""
    if fold(cue.group().split()[0]) not in _NAMING_CUES:
        return False
    clause = _clause_before(text, cue.start(), 50)
    words = [w for w in (fold(t.strip(",;:()")) for t in clause.split()) if w and w not in _POINTING_WORDS]
    for k in (1, 2):
        if len(words) >= k and words[-k] in _PLACE_NOUNS:
            # not a person's noun or a preposition before it: "Pengelola kawasan itu adalah Darsih", "Warga
            # sekitar lokasi tersebut, yakni ...", "di lokasi tersebut yaitu ..." tell who, not where
            if len(words) == k:
                return True
            if words[-k - 1] in _PREPOSITIONS:
                return False
            # no person's word among the two before it: "Ketua RT kawasan itu yakni ...", "Tuan rumah lokasi
            # ...", "Ibu-ibu kawasan itu yakni ...", "Babinsa lokasi tersebut yakni ..."
            return not any(w.split("-")[0] in _nouns() or _civil_role_kind(w) is not None or _AGENT_NOUN.fullmatch(w)
                           or w in lexicon.roles().words() or w in honorific_keys() or w in _PERSON_PAIR_WORDS
                           for w in words[max(0, len(words) - k - 2):len(words) - k])
    return False


_HOUSE_WORDS = frozenset({"rumah", "kediaman"})


def _object_opens_name(text: str, cue: re.Match, h: CivilianHit) -> bool:
    """The hit's first word may open a name after the cue: a known given name, or else no word the text
    also writes in lower case nor a stop word ("yaitu Bakti Sosial"); after "Dirumah" (the blank lost,
    and capitalised it may be a house's kind: "Dirumah Betang") only a known given name."""
    first = h.name.split()[0]
    if fold(first) in lexicon.given_names():
        return True
    if (fold(cue.group().split()[0]) in _HOUSE_WORDS and not text[cue.end():h.start].strip()
            and all(language_word(fold(w)) for w in h.name.split())):
        return False  # a house's kind, not its owner: "rumah Jabatan Bupati", "rumah Dinas Camat" (not "kediaman H Mukmin")
    return (cue.group()[:2].casefold() != "di" and not _common_words(text, (first,))
            and (len(first.rstrip(".")) == 1 or may_open_name(first)))  # ("yaitu Komunikasi Sosial": an
    # affair's or a body's word; an initial may open a name: "milik S. Rajaguguk")


# "warga Desa Sukamaju seperti Darsih, Lodra dan Karmun", "penerima bantuan, antara lain Darsih ...":
# a noun of persons, its place or object, then the examples
_SUCH_AS = re.compile(r"(?<![\w])(?:seperti|antara[ \t]+lain|di[ \t]*antaranya|yakni|yaitu)[ \t]*[:,]?[ \t]+(?=[A-Z])")
_POINTING_WORDS = frozenset({"tersebut", "itu", "ini"})
_SUCH_AS_WORDS = frozenset({"seperti", "antara", "di", "diantaranya", "yakni", "yaitu"})
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”\n]")
_WORD = re.compile(r"[A-Za-z]+")


def _persons_noun_last(words: list[str], relative: bool = False) -> bool:
    """The last lower-case word, read back over a place's capitalised words and level words, is a noun
    of persons ("warga Desa Sukamaju", "Warga", "petani"; not "bantuan")."""
    low = [w.casefold() for w in words]
    at = len(low) - 1 - low[::-1].index("yang") if "yang" in low[1:] else None
    for word in reversed(words):
        key = word.casefold()
        if key in _nouns():
            return True
        if not (word[:1].isupper() or key in lexicon.level_words()):
            break
    # a noun of persons before a relative clause: "Remaja yang terlibat di antaranya ...", "nelayan yang
    # hilang yakni ..." (not "bantuan yang diterima warga yakni ...": the clause's head is a thing)
    return relative and at is not None and at > 0 and low[at - 1] in _nouns()


def such_as_hits(text: str) -> list[CivilianHit]:
    """Names given as examples of a noun of persons: "warga Desa Sukamaju seperti Darsih, Lodra dan
    Karmun" (each item that reads as a name and is no known place; one word is enough, as the noun
    says these are persons)."""
    out: list[CivilianHit] = []
    at = word_hits(text).starts(_SUCH_AS_WORDS)
    for m in matches_at(_SUCH_AS, text, at_words(at)):
        relative = not m.group().startswith("seperti")  # ("Warga yang beternak hewan seperti Sapi Bali": things)
        if not _persons_noun_before(text, m.start(), _POINTING_WORDS, relative):  # ("sembilan nelayan tersebut yakni")
            continue
        out.extend(h for h in _bare_list(text, m.end(), "such_as", limit=12)
                   if not _place_not_person(h.name) and fold(h.name.split()[0]) not in _org_words())
    return out


def prefix_hits(text: str) -> list[CivilianHit]:
    """A name after a Haji or academic title: "H. Darto Wiyono", "Drs. Anton", "dr. Wulan" (ranked
    people and names of things after the title are sorted out later)."""
    out: list[CivilianHit] = []
    for m in _PREFIX_TOKEN_FAST.finditer(text):
        if not is_name_prefix(m.group(1)):
            continue
        if m.group(1).startswith("Haj") and _PILGRIMAGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if m.group(1) == "DR":
            continue  # a doctor in capitals writes the dot ("DR. Darmo"); "DR Kongo" is a country
        name = _read(text, m.start(1))
        if name is not None and name.prefix and plausible_bare_name(name):
            out.append(CivilianHit(name.start, name.end, name.name, "prefix", role=role_before(text, m.start())
                                   or role_after(text, name.after)))
    return out


_PREFIX_TITLES = ("H", "Hj", "Hi", "Drs", "Dra", "Dr", "dr", "DR", "Ir", "Prof", "KH", "drg", "drh", "Pdt", "Tgk", "Haji", "Hajjah",
                  "TGH", "Pnt", "Sym")
# "Haji" written out names the pilgrimage after these words or a capitalised one ("Ibadah Haji", "calon
# jemaah Haji Indonesia"); after any other word it is the title ("yakni Haji Darmo")
_PILGRIMAGE_BEFORE = re.compile(r"(?:\b(?i:ibadah|jamaah|jemaah|calon|musim|kloter|asrama|embarkasi|debarkasi|petugas"
                                r"|penyelenggaraan|haji|umrah|naik|berangkat|pergi|tanah)|[A-Z][\w\-]*)[ \t]+$")
# A title before a capitalised word, not inside a word or after a dot: the look-behind stands after
# each title's first letter, so the pattern opens with a letter and the regex engine skips the
# positions holding none of those letters (one that opens with a look-behind is tried at every character).
_PREFIX_TOKEN_FAST = re.compile(
    "((?:" + "|".join(f"{t[0]}(?<![\\w.]{t[0]}){t[1:]}" for t in _PREFIX_TITLES) + r")\.?)(?=[ \t]*[A-Z])")


def list_hits(text: str) -> list[CivilianHit]:
    """Bare names in an attendee list, item by item up to the end of the sentence: "Hadir antara lain
    Dr. Wulan, perwakilan Puskesmas, Edi dan Rudi Santoso." Items that are not names are skipped."""
    out: list[CivilianHit] = []
    # Every match opens with one of these words, inside a word or not ("turut", "tampak" open the
    # second branch); the scan tries the pattern only where one stands.
    at = word_hits(text).substring_starts(("hadir", "dihadiri", "diikuti", "turut", "tampak"))
    for m in matches_at(_LIST_OPEN, text, at_words(at)):
        end = _sentence_end(text, m.end())
        pos = m.end()
        places = False  # the items before were places ("Kepala Desa Anamina, Nusa Jaya, Suka Damai dan ...")
        while pos < end:
            name = _read(text, pos)
            nxt = name.after if name is not None else pos
            if name is not None and not known_name_word(name.words[0]) and (
                    places or _known_place(text, list(name.words), name.start)):
                places = True
            elif name is not None and _item_ends(text, nxt, end) and plausible_bare_name(name):
                places = False
                # (one word no lexicon knows is as often a body or a thing in such lists: it only adds a
                # mention to someone found otherwise)
                weak = len(name.words) == 1 and not known_name_word(name.words[0])
                out.append(CivilianHit(name.start, name.end, name.name, "list", role=role_after(text, nxt),
                                       score=_MENTION_SCORE if weak else 1.0))
            sep = _ITEM_SEP.search(text, max(nxt, pos + 1), end)
            if sep is None:
                break
            pos = sep.end()
    return out


def _bare_list(text: str, pos: int, rule: str, limit: int) -> list[CivilianHit]:
    out: list[CivilianHit] = []
    while len(out) < limit:
        name = _read(text, pos)
        if name is None or not plausible_bare_name(name) or not (
                _item_ends(text, name.after, len(text)) or _capitalised_role_next(text, name.after)
                or known_name_word(name.words[0]) and _level_word_next(text, name.after)):
            break  # (the role may follow unmarked: "lahan milik Karmundo Ketua Kelompok Tani ...", and the
            # address: "rumah Sulistiyono Desa Kedingsari")
        if not _ends_with_place_of_text(text, name):
            out.append(CivilianHit(name.start, name.end, name.name, rule, role=role_after(text, name.after)))
        described = _BRACKETED.match(text, name.after)  # "Darsih (Pemilik Tanah), Lodra ..."
        after = described.end() if described else name.after
        sep = _LIST_SEP.match(text, after)
        if not sep or sep.end() == after:
            break
        pos = sep.end()
    return out


_BRACKETED = re.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _ends_with_place_of_text(text: str, name: NameRead) -> bool:
    """The last words of a bare name that opens with no known given name are a place the text names
    after a level word: a programme or a body of that place ("program unggulan yaitu Pelangi Rawa Biru"
    beside "Kampung Rawa Biru")."""
    if known_name_word(name.words[0]):
        return False  # ("rumah milik Darmo Karmun" beside "Desa Karmun": a known given name opens a person's)
    after_levels = _names_after_levels(text)
    return any(" ".join(name.words[k:]).casefold() in after_levels for k in range(1, len(name.words)))


_ITEM_END = re.compile(r"[ \t]*(?:[,;.:)(!?\"”]|\r?\n|[a-z]|CS\b|Cs\b|Umur\b|Usia\b|$)")  # ("Darsih CS": and his party)


def _past_comma(text: str, pos: int) -> int:
    """The position after blanks and one comma from ``pos``."""
    m = _COMMA_GAP.match(text, pos)
    return m.end() if m else pos


def _item_ends(text: str, pos: int, end: int) -> bool:
    """A list item or an object ends right after the name: punctuation, a line end or a lower-case
    word (not more capitalised words that the name reader stopped short of), or an adverb that opens
    the clause's rest, capitalised ("... M.Si Sekaligus menyampaikan")."""
    if pos >= end or _ITEM_END.match(text, pos):
        return True
    if pos > 0 and text[pos - 1] == "." and BLANK_THEN_CAPITAL.match(text, pos, end):
        return True  # "dipimpin H Darmo,SH. Dalam ...": the degree's dot ended the sentence too
    nxt = _NEXT_WORD.match(text, pos, end)
    return nxt is not None and nxt.group(1) in _CLAUSE_ADVERBS


_CLAUSE_ADVERBS = frozenset({"Sekaligus", "Kemudian", "Selanjutnya", "Lalu", "Langsung"})


def _sentence_end(text: str, pos: int, limit: int = 600) -> int:
    """The end of the sentence from ``pos``: a dot, "!" or "?" before a space and a capital or a line
    end (not the dot of an initial or a title such as "Dr.", "H."), or a blank line."""
    stop = min(len(text), pos + limit)
    for m in _SENTENCE_STOP.finditer(text[pos:stop]):
        at = pos + m.start()
        word = _WORD_AT_END.search(text[max(0, at - 6):at])
        if text[at] == "." and word and (len(word.group(1)) == 1 or is_name_prefix(word.group(1) + ".")):
            continue
        return at
    return stop


@lru_cache(maxsize=None)
def _org_words() -> frozenset[str]:
    """Words that open an organisation or thing rather than a name ("Dinas", "Puskesmas", "Forkopimcam")."""
    return (_thing_words() | frozenset(fold(w) for w in lexicon.people().org_words)
            | lexicon.units().kind_words())


_INITIAL_WORD = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$|^[A-Z]$")


@lru_cache(maxsize=None)
def _long_role_words() -> frozenset[str]:
    return frozenset(w for w in lexicon.roles().words() | lexicon.ranks().words() | lexicon.units().kind_words()
                     if len(w) >= 7)


# A commander's post written as one word: "Dan" (or "Wadan", deputy) and the unit's short forms
# ("Dansubkorwil", "Wadansatgasops", "Danposal"), or a police head of section with the section glued on
# ("Kabagops", "Kasatreskrim", "Kanitbinmas"), which no list can hold in full. Whole words made of these
# pieces only, so that names that open alike ("Danupoyo", "Kasatria") stay names.
_UNIT_PIECES = ("sub|satgas|sat|gas|ki|ton|posmat|posal|pos|al|mat|yon|ru|den|gru|korwil|kor|wil|sektor|sek|rem|dim|ramil"
                "|lantamal|lanal|lanud|pom|pus|kolak|koops|ops|ud|brigif|brig|men|up|guskamla|gus|kamla|tim|mar|intel|gab"
                "|pam|tas|lat|satlinlamil|linlamil|lamil")
_SECTION_PIECES = ("ops|sumda|ren|log|reskrim|krim|intelkam|intel|kam|binmas|bin|mas|sabhara|lantas|samapta|narkoba"
                   "|tahti|polairud|polair|pamobvit|res|humas|sdm|pers|um|tik|ter|wil|prov")
_PROVINCE_PIECES = ("su|sumut|ri|kepri|sumbar|sumsel|babel|kalbar|kalteng|kalsel|kaltim|kaltara|jabar|jateng|jatim"
                    "|sulsel|sulut|sulteng|sultra|sulbar|ntt|ntb|malut")
_POST_SHAPED = re.compile(rf"(?:wa)?dan(?:{_UNIT_PIECES}){{1,4}}|ka(?:bag|sat|nit|subag|subbag|subsi|subdit|spkt)"
                          rf"(?:{_SECTION_PIECES}){{1,3}}|kasi(?:ops|ter|log|intel|pers|pam|lat|um)"
                          rf"|sat(?:{_SECTION_PIECES}){{1,3}}|(?:wa)?gub(?:{_PROVINCE_PIECES})")  # (a police unit,
# "Satresnarkoba"; a governor with his province glued on, "Wagubsu", "Gubri")


@lru_cache(maxsize=4096)
def post_shaped(word: str) -> bool:
    """A commander's or head of section's post written as one word (above), or a service post of seven
    letters or more with its region glued on ("Kapoldasu": Kapolda Sumut)."""
    key = fold(word)
    if key in lexicon.given_names() or key in lexicon.family_names():
        return False
    return bool(_POST_SHAPED.fullmatch(key)) or any(key.startswith(r) and len(key) - len(r) <= 4
                                                   for r in _long_service_roles() if len(key) > len(r))


@lru_cache(maxsize=1)
def _long_service_roles() -> tuple[str, ...]:
    """One-word TNI/Polri posts of seven letters or more, folded ("kapolda", "danramil")."""
    return tuple(sorted({fold(f) for r in lexicon.roles().roles for f in r.forms if " " not in f and len(f) >= 7}))


@lru_cache(maxsize=4096)
def misspelled_role(word: str) -> bool:
    """A long role, rank or unit word one letter off ("Bhabinsa" for "Babinsa"), or two in a word of ten
    letters or more: not a name. Short
    words are left alone: "Anton" is a name, not "Danton" misspelled."""
    if len(word) < 6 or word in lexicon.given_names():
        return False
    for known in _long_role_words():
        if abs(len(known) - len(word)) <= 1 and _one_edit(word, known):
            return True
        # two letters off in a long one ("Bhabinkantimas")
        if len(word) >= 10 and abs(len(known) - len(word)) <= 2 and edit_distance(word, known, 2) <= 2:
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one inserted, deleted or replaced letter."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


_MIXED_CASE_ACRONYM = re.compile(r"[a-z][A-Z]|^[A-Z]{3,}[a-z]")


def acronym_shaped(name: str) -> bool:
    """A word of the name is a contraction in mixed case ("APBDes", "BumDes", "SiLPA"), which no
    personal name is (after any form of address: "PAK APBDes" is a budget change)."""
    return any(_MIXED_CASE_ACRONYM.search(w) and not w.startswith(("Mc", "Mac")) for w in name.split())


_VOWELS = re.compile(r"[AEIOU]")


def plausible_bare_name(name: NameRead) -> bool:
    """Whether a capitalised sequence with no anchor but its context reads as a personal name: up to
    four words (six from a Balinese opener: "I Nyoman Darma Lanang Karya Putra"), none an organisation,
    place or unit word, no acronym (initials and prefixes aside)."""
    if (len(name.words) > (6 if name.words[0] in name_openers() or holds_title_inside(name.words) else 4)
            or looks_like_place(name.words)):
        return False
    if len(name.words) == 1 and fold(name.words[0]) in place_marks():
        return False  # "Barat" of "Lembar Barat": a compass word alone
    if _derived_word(name.words[0]):
        return False  # "Bekerja", "Kehadiran Pecalang": a derived word, capitalised, opens no name
    if any("." in w and all(is_degree(p) for p in w.split(".") if p) for w in name.words):
        return False  # "SH.MH": degrees glued together
    if all(_INITIAL_WORD.match(w) for w in name.words):
        return False  # "S.H.", "A. B."
    org = _org_words()
    # a name in capitals opens with a known given name ("AGUS KARMUNDO"); other words in capitals
    # are acronyms ("BPBD", "KWT")
    capitals_name = fold(name.words[0]) in lexicon.given_names()
    last = len(name.words) - 1
    for k, w in enumerate(name.words):
        parts = [w, *w.split("-")] if "-" in w else [w]
        if any(fold(p) in org or fold(p) in _not_names() or misspelled_role(fold(p)) for p in parts):
            return False
        letters = _NOT_ASCII_LETTER.sub("", w)
        if (len(letters) >= 2 and letters.isupper() and "." not in w
                and not (capitals_name and len(letters) >= 4 and _VOWELS.search(letters))
                and not (k == last and k >= 1 and len(w) == 2 and w.isalpha() and not _ROMAN.fullmatch(w)
                         and not name.words[k - 1].isupper())):
            return False  # an acronym: "BPBD", "KWT" (two closing capitals are initials: "Suhaili FT")
    return True


def bernama_hits(text: str) -> list[CivilianHit]:
    out: list[CivilianHit] = []
    if "ernama" not in text and "eridentitas" not in text:
        return out
    for m in _BERNAMA.finditer(text):
        name = _read(text, m.end())
        if name is None:
            continue
        if name.name.isupper() and _NUMBER_NEXT.match(text, name.after) and not _AGE_NEXT.match(text, name.after):
            continue  # "kapal pompong bernama YGC 01": a vessel's or a thing's code and number (not "DARMO 45 tahun")
        noun = m.group("noun")
        if m.group("b") == "B" and noun not in _nouns():
            continue  # "Bernama" written with a capital: after a person's noun only ("warga Bernama Darmo"),
            # not "alat yang Bernama Sero"
        before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
        if noun and fold(noun) in _thing_words() and not (before and fold(before.group(1)) in _nouns()):
            continue  # "kampung bernama Sukamaju", "kelompok tani bernama ...": a place's or a body's name
            # (not "warga desa bernama Darmo": a person of the village)
        role = noun if noun and noun in _nouns() else role_after(text, name.after)
        out.append(CivilianHit(name.start, name.end, name.name, "bernama", role=role))
        head = noun or (before.group(1) if before else None)  # ("Warga bernama ...": capitalised, the pattern's noun is none)
        sep = _LIST_SEP.match(text, name.after) if head and fold(head) in _nouns() else None
        if sep and sep.end() > name.after:
            # "warga bernama Hafid, Alex dan Marinyo Da Gama": the others of the noun's list, each a bare name
            # ending its item, the last after "dan"
            more = _bare_list(text, sep.end(), "bernama", limit=5)
            closing = next((k for k, h in enumerate(more) if _CLOSING_SEP.search(text, h.start - 8, h.start)), None)
            listed = more[:closing + 1] if closing is not None else []  # (up to the item after "dan": "..., Dedi
            # dan Santoso, Senin (12/6)"; no village among them: "bernama Arif, Sukamaju dan Sukajadi" names places)
            if listed and not any(_place_not_named(text, h.name.split(), h.start) for h in listed):
                out += [replace(h, role=role) for h in listed]
    return out


# A speech tag right after the closing quote: `"...," ujar Budi`.
_CLOSED_QUOTE = re.compile(r"[\"”“][ \t]*,?[ \t]*$")  # (“ too: many sites close with it)
_TAG_END = re.compile(r"[ \t]*(?:[.,;!?\n]|[a-z]|$)")


def quote_hits(text: str) -> list[CivilianHit]:
    """A bare name after a verb of saying ("ujar Budi"). Weak (a mention of someone found otherwise),
    except in a speech tag that closes a quotation and ends with the name (`"...," ujar Budi.`):
    there the name is the speaker, and only a person speaks."""
    out: list[CivilianHit] = []
    completed: set[str] = set()  # one-word speakers already looked up (once per name: linear)
    at = word_hits(text).starts(QUOTE_WORDS)
    for m in matches_at(_QUOTE, text, at_words(at)):
        name = _read(text, m.end())
        if name is None:
            continue
        tag = (_CLOSED_QUOTE.search(text, max(0, m.start() - 4), m.start()) is not None
               and _TAG_END.match(text, name.after) is not None
               and plausible_bare_name(name) and not _place_not_person(name.name))
        out.append(CivilianHit(name.start, name.end, name.name, "speech_tag" if tag else "quote",
                               score=WEAK_SCORE if tag else 0.3))
        if tag and len(name.words) == 1 and name.words[0] not in completed:
            completed.add(name.words[0])
            out.extend(_fuller_names(text, name))
    return out


def _fuller_names(text: str, name: NameRead) -> list[CivilianHit]:
    """The speaker's full name where the text writes it ("kata Tasmin" after "Tasmin Wiradenta, ketua
    ..."): runs of capitalised words opening with the one-word name, read as a name (the short form
    then joins that person)."""
    out: list[CivilianHit] = []
    word = name.words[0]
    for i in whole_word_starts(text, word):
        if i == name.start or not _RUN_OPENS_BEFORE.search(text, max(0, i - 30), i):
            continue
        full = _read(text, i)
        if (full is not None and 2 <= len(full.words) <= 4 and plausible_bare_name(full)
                and not _place_not_person(full.name) and not is_title_case_line(text, i)):
            out.append(CivilianHit(full.start, full.end, full.name, "speech_tag", score=WEAK_SCORE))
    return out


def ner_hits(doc: Doc) -> list[CivilianHit]:
    """PER entities set on the Doc by an NER component placed before ours (none ships yet).

    This is the seam for the trained model: add a spaCy ``ner`` pipe with a ``PER`` label before
    ``komsos_personnel`` and its spans arrive here; the builder keeps those that pass the same
    decoy checks as rule hits and are not ranked personnel."""
    out: list[CivilianHit] = []
    for ent in doc.ents:
        if ent.label_ in NER_LABELS:
            name = " ".join(ent.text.split())
            out.append(CivilianHit(ent.start_char, ent.end_char, name, "ner", score=0.5))
    return out


def _rank_next(text: str, pos: int, past_comma: bool = False) -> bool:
    """A rank is the next word ("Kapolsek Sukamaju AKP ...": the words before it were the post's place);
    with ``past_comma`` also after a comma ("ujar Danlanal Timika, Letkol ...")."""
    nxt = (_NEXT_WORD_PAST_COMMA if past_comma else _NEXT_WORD).match(text, pos)
    return nxt is not None and fold(nxt.group(1)) in lexicon.ranks().words()


_NEXT_WORD_PAST_COMMA = re.compile(r"[ \t]*,?[ \t]*([^\W\d_]+)")
_ONE_NAME_CLOSED = re.compile(r"[ \t]*(?:,|\.(?:\s|$))")  # "Danyon 734/SNS, Darmo, ...": a one-word name set off


def _says_next(text: str, name: NameRead) -> bool:
    """A name no lexicon knows after a post and a comma reads as the post's holder when a verb follows it
    ("Kapolsek Sukamaju, Gubril menerangkan ..."), or, for two words or more, when a clause goes on after
    it, another official follows in a list, or the sentence ends with it (a place would be joined by a
    conjunction or a preposition: "Kapolres Sukamaju, Karangrejo dan ...")."""
    nxt = _NEXT_LOWER_WORD.match(text, name.after, name.after + 30)
    if nxt and ACTIVE_VERB.fullmatch(nxt.group(1)):
        return True
    if len(name.words) < 2:
        return False
    if nxt and nxt.group(1) not in _clause_words():
        return True  # "Kapolres Sukamaju, Agung Ramos Karmun saat memimpin ..."
    comma = _COMMA_GAP.match(text, name.after)
    if comma and _official_at(text, comma.end()):
        return True  # "Danlanal Sukamaju, Baroyo Eko Karmun, Kapolres Sukamaju, ...": a list of officials
    return bool(_SENTENCE_CLOSE.match(text, name.after))


_POLDA_NAME = re.compile(r"\bPolda[ \t]+([A-Z][\w]+)")


def _polda_named_otherwise(text: str, word: str) -> bool:
    """The text names its Polda by another word ("Polda Gorontalo"), so ``word`` after the post is no
    province's short form ("Kapolda Papbar")."""
    return any(m.group(1) != word for m in _POLDA_NAME.finditer(text))


@lru_cache(maxsize=4)
def _post_starts(text: str) -> frozenset[int]:
    return frozenset(r.start for r in find_roles(text))


def _official_at(text: str, pos: int) -> bool:
    """A civilian role or a post of the services starts at ``pos`` ("Kepala Dusun", "Kapolres",
    "Dandim 0201"): the next official of a list."""
    return civil_role_at(text, pos) is not None or pos in _post_starts(text)


# A police or army unit written right after a post ("Kasat Reskrim |Polres Sukamaju ...")
_UNIT_AFTER_POST = re.compile(r"[ \t]+(?:Polres|Polresta|Polrestabes|Polsek|Polda|Kodim|Koramil|Korem)[ \t]+(?=[A-Z])")


def unranked_post_hits(text: str) -> list[CivilianHit]:
    """A post of the services with a name and no rank after it ("kata Kapolres Darmo Karmun, di ..."):
    the record's people hold him, as the gold does for anyone written without a rank (a ranked man of
    that name elsewhere takes the mention as his). Only where the words after the post are no place
    and read as a name: its first word a known given name, or the post in a speech tag."""
    out: list[CivilianHit] = []
    for r in find_roles(text):
        if not r.tail_name and not r.tail_number:
            unit = _UNIT_AFTER_POST.match(text, r.end)
            name = _read(text, unit.end()) if unit else None
            # "Kasat Reskrim Polres Sukamaju Darmo Karmun": the post's unit and its place (cut as the unit reads
            # it), then from a known given name on the holder (no given name inside the place)
            k = holder_start(name.words) if name is not None else None
            held = _read(text, name.spans[k][0]) if k is not None else None
            if (held is not None and held.end == name.end and len(held.words) >= 2 and plausible_bare_name(held)
                    and not _rank_next(text, held.after) and "\n" not in text[unit.start():held.end]
                    and not any(fold(w) in lexicon.given_names() for w in name.words[:k])):
                out.append(CivilianHit(held.start, held.end, held.name, "unranked_post", role=r.role))
            continue
        if r.entry is None:
            continue
        comma = _COMMA_GAP.match(text, r.tail_end) if r.tail_number or r.tail_name else None
        if comma:  # "Plh Danramil 13/Sukamaju, Darmo Karmun pada ...": after the unit, a comma, the name
            name = _read(text, comma.end())
            if (name is not None and plausible_bare_name(name) and may_open_name(name.words[0])
                    and not _known_place(text, list(name.words), name.start)
                    and not _rank_next(text, name.after) and "\n" not in text[name.start:name.end]
                    and (known_name_word(name.words[0]) and (len(name.words) >= 2 or _ONE_NAME_CLOSED.match(text, name.after))
                         or _says_next(text, name))):
                out.append(CivilianHit(name.start, name.end, name.name, "unranked_post", role=r.role))
                continue
            if r.tail_number:
                continue  # (the tail's name may itself be the holder's: "kata Kapolres Darmo Karmun, di ...")
        if "Lanud" in r.entry.unit_kinds:
            continue  # ("Danlanud Darmo Karmun": air bases are named after heroes)
        if r.tail_number and r.tail_name and " " in r.tail_name:
            # "Danrem 151 Binaiya Darmo A.P Karmun": the unit's name, then from a known given name on his
            words = r.tail_name.split()
            k = next((k for k in range(1, len(words)) if known_name_word(words[k].rstrip("."))), None)
            at = text.find(words[k], r.end, r.tail_end) if k is not None else -1
            name = _read(text, at) if at >= 0 else None
            if (name is not None and len(name.words) >= 2 and name.end >= r.tail_end and plausible_bare_name(name)
                    and not _rank_next(text, name.after) and "\n" not in text[name.start:name.end]):
                out.append(CivilianHit(name.start, name.end, name.name, "unranked_post", role=r.role))
            continue
        if not r.tail_name or r.tail_number:
            continue
        at = text.find(r.tail_name.split()[0], r.end, r.tail_end + 1)
        name = _read(text, at) if at >= 0 else None
        k = _known_place_prefix(text, name.words, name.start) if name is not None else 0
        if k and _opens_known_name(name.words, k):
            name = _read(text, name.spans[k][0])  # "Kapolsek Pasar Kliwon Agus X": the post's place, then the name
        if (name is None or not plausible_bare_name(name)
                or _known_place(text, list(name.words), name.start) or _known_place_prefix(text, name.words, name.start)
                or _rank_next(text, name.after, past_comma=not _opens_known_name(name.words))):
            # (a rank after a comma follows the post's place, "ujar Danlanal Timika, Letkol ...", unless the
            # words read as a name: "Kapolsek Budi Karmun, Serka Lodrik dan ..." lists another man)
            continue
        if "Kodam" in r.entry.unit_kinds and fold(name.name) in _kodam_names():
            continue  # "Pangdam Iskandar Muda": the command's name after its commander's post
        if "\n" in text[name.start:name.end] or not (
                _opens_known_name(name.words)
                or _unknown_words_name(name.words) and any(known_name_word(w) for w in name.words[1:])
                or (len(name.words) <= 2 and SAID_BEFORE.search(text, max(0, r.start - 20), r.start))
                or ("Polda" in r.entry.unit_kinds and len(name.words) == 1 and _says_next(text, name)
                    and _polda_named_otherwise(text, name.words[0]))):
            # (a province's police post, its Polda named by another word in the text: one word and a verb
            # after the post are the holder, "Wakapolda Karmundo menyampaikan ...")
            continue  # (a name over a line break, or an unknown first word that may be the post's place)
        out.append(CivilianHit(name.start, name.end, name.name, "unranked_post", role=r.role))
    return out


# A name written in capitals: one to four words of capitals (Bugis/Buton "LA", "WA", Balinese "I", "NI" too),
# then a comma, a full stop, a bracket, a quote or a lower-case word
_CAPS_RUN = re.compile(r"(?<![\w'’])((?:LA|WA|I|NI|[A-Z]{3,}(?:['’][A-Z]+)?)(?:[ \t]+(?:[A-Z]{2,}(?:['’][A-Z]+)?))"
                       r"{0,3})(?![\w'’.])")
_ROMAN_NUMBER = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CAPS_RUN_END = re.compile(r"[ \t]*(?:[,;:()\"”]|\.(?!\w)|$)|[ \t]+[a-z]")


def _mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) > len(letters)


def caps_after_role_hits(text: str) -> list[CivilianHit]:
    """A name written in capitals right after a civilian role and its place: "Kepala Desa Bangga RUSDIN
    LAMASITUDJU mengatakan", "Kades Posek MASMIN,". The role's tail reads capitals as a body's code, so
    the run is a name only when a word of it is five letters or more, none is a word of the language,
    a body's, a level's, a role's or a place's, and the line is not written in capitals."""
    out: list[CivilianHit] = []
    for m in _CAPS_RUN.finditer(text):
        words = m.group(1).split()
        if not any(len(w) >= 5 and not _ROMAN_NUMBER.fullmatch(w) for w in words):
            continue  # (a Roman number closes a body's name: "Paguyuban XLIII")
        if not (_CAPS_RUN_END.match(text, m.end()) or read_degrees(text, m.end())[0]):
            continue
        line_start, line_end = line_index(text).bounds(m.start())
        if _mostly_capitals(text[line_start:line_end]):
            continue
        keys = [fold(w) for w in words]
        if any((language_word(k) and k not in lexicon.given_names()) or k in _org_words() or k in lexicon.level_words()
               or _civil_role_kind(w.title()) is not None or k in _not_names() or k in _rank_words()
               for k, w in zip(keys, words) if len(k) > 2):
            continue
        if gazetteer().find(place_key(m.group(1).title())):
            continue
        for rm in _civil_role_pattern().finditer(text, max(line_start, m.start() - 80), m.start()):
            kind = _civil_role_kind(rm.group("role"))
            if kind is None:
                continue
            tail, _ = _role_tail(text, rm.end(), rm.group("role"))
            before = [t for t in tail if t[1] < m.start(1)]
            inside = [t for t in tail if t[1] >= m.start(1)]
            gap = text[(before[-1][2] if before else rm.end()):m.start(1)]
            if kind != "place" and not (any(known_name_word(w.title()) for w in words)
                                        and (len(words) > 1 or fold(words[0]) in lexicon.given_names())):
                continue  # (after a body's head, capitals are as often the body's name: "Ketua Koperasi X KOPWAN")
            if (before and gap.strip(" \t") in ("", ",") and all(t[0].isupper() for t in inside)
                    and before[-1][3] in ("cap", "level", "num", "here")):
                out.append(CivilianHit(m.start(1), m.end(1), " ".join(words), "role",
                                       role=_role_text(" ".join(rm.group("role").split()), kind, before)))
                break
    return out


def civilian_hits(text: str) -> list[CivilianHit]:
    """Every rule-based hit in ``text``, outside page clutter (Baca Juga lines, related headlines)."""
    hits = (honorific_hits(text) + role_hits(text) + age_hits(text) + apposition_hits(text)
            + bracket_hits(text) + bracketed_names_hits(text) + led_by_hits(text) + list_hits(text) + noun_comma_hits(text)
            + object_hits(text) + prefix_hits(text) + framed_hits(text) + known_name_hits(text)
            + bernama_hits(text) + quote_hits(text) + subject_hits(text) + colon_list_hits(text)
            + such_as_hits(text) + unranked_post_hits(text) + opener_noun_hits(text) + one_of_hits(text)
            + caps_after_role_hits(text))
    taken = overlapped_by([(h.start, h.end) for h in hits])
    hits += [h for h in degree_hits(text) if not taken(h.start, h.end)]  # (other cues read boundaries better)
    hits += coordinated_hits(text, hits)
    hits += troop_hits(text, hits)
    hits += sibling_hits(text, hits)
    hits = [_from_balinese_opener(text, part) for h in hits for part in _split_couple(text, h)]
    hits = [_without_body_named_after(text, h) for h in hits]
    hits = _opened_as_elsewhere(text, hits)
    defined = defined_contractions(text)
    if defined:
        hits = [h for h in hits if h.rule in ("honorific", "age") or h.name.casefold() not in defined]
    # A nickname ("Sudarmo atau yang akrab disapa Mbah Darmo") is one more name of someone named before.
    # (Not when no name stands before the cue: "tokoh pemuda setempat yang akrab disapa Bang Darmo" is
    # known by that name alone.)
    nicknames = {h.name for h in hits if (cue := _NICKNAME_BEFORE.search(text, max(0, h.start - 50), h.start))
                 and (named := _NAMED_BEFORE_NICKNAME.search(text, max(0, cue.start() - 40), cue.start()))
                 and not _describing_word(named.group().split()[0])
                 and not _repeats_name_before(text, named.start(), h.name) and not _initials_only(text, named.start())}
    if nicknames:
        hits = [replace(h, score=min(h.score, _MENTION_SCORE)) if h.name in nicknames else h for h in hits]
    end = len(text.rstrip())
    # A name that runs into the end of the text was most likely cut off by the page ("Bupati H. Rusdi
    # Wi"): it may add a mention to someone named in full, never a person of its own.
    return [replace(h, score=min(h.score, TRUNCATED_SCORE)) if h.end >= end else h
            for h in hits if not in_clutter(text, h.start) and not _derived_word(h.name.split()[0])
            and not (h.rule not in ("honorific", "age") and _agent_noun_alone(h.name))
            and not (h.rule not in ("honorific", "age", "prefix") and _verb_over_root(h.name.split()[0]))
            and not post_shaped(h.name.split()[0]) and not _numbers_post(text, h) and not bracketed_credit(text, h.start, h.end)
            and not (h.rule != "apposition" and _opens_inside_role(text, h.start))
            and not alone_on_line(text, h.start, h.end) and not is_degree(h.name.replace(" ", ""))
            and not in_street_list(text, h.start) and not _no_name_at_all(h.name)
            and not (" " not in h.name and (misspelled_role(fold(h.name)) or fold(h.name.rstrip("'’`")) in _not_names()
                                            or fold(h.name) in _nouns() and fold(h.name) not in lexicon.given_names()
                                            and h.rule in ("role", "list", "coordinated")
                                            or _acronym_joined(h.name) or _place_written_on(text, h)
                                            or _place_of_text(text, h)))]


_WORD_RIGHT_BEFORE = re.compile(r"([A-Z][a-z]{2,})[ \t]+$")


def _opened_as_elsewhere(text: str, hits: list[CivilianHit]) -> list[CivilianHit]:
    """A name whose first word was read as the end of the role's object before it, where another mention
    opens with that word and is written otherwise: "Ketua Umum Intani Guntur |Subagja Mahardika ... ujar Guntur
    S Mahardika" (a given name that is a common word or a place too, "Guntur", "Fajar", "Bintang"; the same
    misreading repeated is no evidence).""" 
    by_first: dict[str, list[CivilianHit]] = {}
    for g in hits:
        words = g.name.split()
        if len(words) >= 2:
            by_first.setdefault(words[0], []).append(g)
    if not by_first:
        return hits
    out = []
    for h in hits:
        m = _WORD_RIGHT_BEFORE.search(text, max(0, h.start - 20), h.start)
        if (m is not None and fold(m.group(1)) not in name_stop() and fold(m.group(1)) not in honorific_keys()
                and not _level_word_before(text, m.start(1))):  # ("Desa Fajar Hidayat ...": the village's name)
            longer = f"{m.group(1)} {h.name}"
            if any(g.start != h.start and g.name != longer and names_compatible(longer, g.name)
                   for g in by_first.get(m.group(1), ())):
                role = h.role[:-len(m.group(1))].rstrip() if h.role and h.role.endswith(" " + m.group(1)) else h.role
                h = replace(h, start=m.start(1), name=longer, role=role)
        out.append(h)
    return out


_BIG_LEVELS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan"})

# Tasks that several persons share, named once before all of them ("Pengerek Bendera Darmo, Lodrik dan Karmun")
_TROOP_ROLE = re.compile(r"(?i)(?:pasukan[ \t]+)?(?:pengerek|penggerek|pengibar|pembentang)[ \t]+bendera(?:[ \t]+merah[ \t]+putih)?"
                         r"|anggota[ \t]+paskibraka")


def troop_hits(text: str, hits: list[CivilianHit]) -> list[CivilianHit]:
    """The names after the first one of a task that several share, item by item to the sentence's end:
    "Pengerek Bendera Darmo Hidayat, Lodrik Eka Putra dan Karmun Saldi, Pembaca Doa ..." (an item that
    is no name, or that opens another role, ends the list)."""
    out: list[CivilianHit] = []
    seen = {h.start for h in hits}
    for h in hits:
        if h.role is None or not _TROOP_ROLE.fullmatch(" ".join(h.role.split())):
            continue
        end, pos = _sentence_end(text, h.end), h.end
        for _ in range(6):
            sep = _ITEM_SEP.match(text, pos)
            if sep is None or sep.end() == pos or sep.end() >= end or civil_role_at(text, sep.end()) is not None:
                break
            name = _read(text, sep.end())
            if (name is None or name.start != sep.end() or not plausible_bare_name(name)
                    or not _item_ends(text, name.after, end) or _known_place(text, list(name.words), name.start)
                    or not (any(known_name_word(w) for w in name.words)
                            or unknown_word(name.words[0]) and not _CLUSTER_END.search(name.words[0]))):
                break  # (a body or a town after the troop: "..., Brimob Timika, Tagana dan Pramuka")
            if name.start not in seen:
                out.append(CivilianHit(name.start, name.end, name.name, "list", role=h.role))
                seen.add(name.start)
            pos = name.after
    return out


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset({*lexicon.dates().number_words, "belas", "puluh", "ratus", "ribu", "juta", "sebelas", "sepuluh",
                      "seratus", "seribu", "sejuta"})


def _no_name_at_all(name: str) -> bool:
    """Text that no person is called: with a digit ("Rp3" of "Rp3.000"), only number words ("Dua Puluh
    Tiga (23) personel"), only letters and Roman numbers, or two role words glued by a lost blank
    ("Kapolres.Kapolres")."""
    if any(ch.isdigit() for ch in name):
        return True
    words = name.split()
    if all(fold(w) in _number_words() for w in words):
        return True
    if all(_ROMAN.fullmatch(w.strip(".")) or len(w.strip(".")) == 1 for p in words for w in p.split(".") if w):
        return True  # "D.III" (Daerah III): a letter and a Roman number
    return any("." in w and all(_civil_role_kind(p) is not None or fold(p) in _long_service_roles() or post_shaped(p)
                               for p in w.split(".") if p)
               and w.strip(".").count(".") == 1 for w in words)


# A street word and the run of list items from it: capitalised words, short dotted titles and initials
# ("KH.", "A."; a longer word's dot ends the sentence), joined by commas and "dan"; not an event or a
# programme named with "Jalan" ("Jalan Sehat", "Jalan Usaha Tani")
_STREET_WORD = re.compile(r"(?<![\w])(?:[Jj]alan|JALAN|[Jj]ln?\.?)[ \t]+"
                          r"(?!(?:[Ss]ehat|[Ss]antai|[Gg]embira|[Kk]aki|[Pp]agi|[Uu]saha|[Tt]ani|[Pp]roduksi)\b)")
_STREET_TOKEN = r"(?:[A-Z][\w'’-]{0,2}\.|[A-Z][\w'’-]*(?![\w'’-]))"
_STREET_WORDS_RUN = re.compile(rf"(?:{_STREET_TOKEN}[ \t]*)+")
_STREET_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+)?|dan[ \t]+)(?=[A-Z])")
# what persons do, not streets ("... dan Sarinem menerima bantuan"; a street is "diperbaiki", "terendam")
_VERB_AFTER_LIST = re.compile(r"[ \t]*(?:(?!menjadi|berubah|berlubang|berada|berlokasi|membentang|menghubungkan|mengalami"
                              r"|menuju|melintasi)(?:me|ber)[a-z]{3,}|hadir|tiba|sudah[ \t]+menunggu)\b")


def in_street_list(text: str, pos: int) -> bool:
    """Whether ``pos`` opens an item of a list of streets after a street word ("penyemprotan di sepanjang
    jalan Darmo Karmun, KH. A. Lodrik, Melati dan ..."): streets are named after persons, titles and all.
    The list has three items or more, one of them after the item at ``pos``, and no verb right after its
    last item; no level word, role, person's noun or form of address stands in it (an address before
    the persons it describes: "di Jalan Melati, Darmo Karmun, Lodrik dan Sarinem menerima bantuan",
    "di Jl. Kenanga, Darsih, Ketua PKK, mengaku ...")."""
    lo = max(0, pos - 160)
    for m in _STREET_WORD.finditer(text, lo, pos):
        items: list[tuple[int, int]] = []
        i = m.end()
        while True:
            run = _STREET_WORDS_RUN.match(text, i)
            if run is None:
                break
            items.append((run.start(), run.end()))
            sep = _STREET_SEP.match(text, run.end())
            if sep is None:
                break
            i = sep.end()
        at = next((k for k, (a, b) in enumerate(items) if a <= pos < b), None)
        if at is None or at + 1 >= len(items) or len(items) < 3 or _VERB_AFTER_LIST.match(text, items[-1][1]):
            continue
        words = [fold(w.rstrip(".")) for a, b in items[:at + 2] for w in text[a:b].split()]
        if any(w in lexicon.level_words() or _civil_role_kind(w) is not None or w in _nouns()
               or w in honorific_keys() and w not in ("kiai", "kyai") for w in words):
            return False
        return True
    return False


def _place_of_text(text: str, h: CivilianHit) -> bool:
    """A one-word name with no address form or age that the text names as a place after a level word
    elsewhere ("komunitas nelayan Sedanau" beside "Kelurahan Sedanau"), or that names a district or
    larger ("merantau ke Jakarta sebagai buruh", "warga Sungaibaru, Muntok dan ...") and no given name."""
    if h.rule in ("honorific", "age") or fold(h.name) in lexicon.given_names():
        return False
    if any(p != h.start for p in _names_after_levels(text).get(h.name.casefold(), ())):
        return True
    # (after a preposition, in a list read on from a name, or as a role's place; with a stronger cue a
    # person may bear a district's name: "Di hari yang sama, Wonokerto, petani cabai, ...")
    if not (h.rule in ("coordinated", "role", "list") or _PREPOSITION_BEFORE.search(text, max(0, h.start - 12), h.start)):
        return False
    return any(getattr(r, "level", None) in _BIG_LEVELS for r in gazetteer().find(place_key(h.name)))


_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?:di|ke|dari|menuju|asal)[ \t]+$")


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]{2,})")


def _place_written_on(text: str, h: CivilianHit) -> bool:
    """A one-word name that a lower-case word after it makes a known place: "Bupati Way kanan",
    "Kapolres Aceh besar" (the place written with its second word in lower case)."""
    m = _LOWER_WORD_AFTER.match(text, h.end)
    return m is not None and bool(gazetteer().find(place_key(f"{h.name} {m.group(1)}")))


_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,6})[ \t]*\)")
_NAME_WORD = re.compile(r"\S+")


def _without_body_named_after(text: str, h: CivilianHit) -> CivilianHit:
    """A person's name with his body's run into it, its contraction in brackets after: "Darmo
    Manggala Agni (MA)" is Darmo of the forest fire brigade. (Not when the run holds a given name:
    "Agus Budi Santoso (BS)" is his initials.)"""
    m = _ACRONYM_AFTER.match(text, h.end)
    words = h.name.split()
    if m is None or len(words) < 2:
        return h
    for k in range(1, len(words) - 1):
        run = words[k:]  # (the contraction's letters from exactly these words)
        if abbreviates(m.group(1), run, first_by=0) and not any(fold(w) in lexicon.given_names() for w in run):
            ends = [w.end() for w in _NAME_WORD.finditer(text, h.start, h.end)]
            return replace(h, end=ends[k - 1], name=" ".join(words[:k]))
    return h


def _acronym_joined(word: str) -> bool:
    """An acronym joined to a word by a hyphen names bodies, not a person: "TNI-Rakyat", "Rakyat-TNI"."""
    return "-" in word and any(len(part) >= 2 and part.isupper() for part in word.split("-"))


_NICKNAME_BEFORE = re.compile(r"(?<![\w])(?:(?:akrab|biasa|sering|kerap|lebih)[ \t]+(?:di)?(?:sapa|panggil|sebut|kenal)"
                              r"(?:[ \t]+(?:dengan|sebagai))?(?:[ \t]+(?:nama|sebutan|panggilan))?|alias|als\.?)[ \t]+"
                              r"(?:[A-Z][A-Za-z]{1,6}\.?[ \t]+)?$")  # ("Darmo alias Tulus": one man; "... disapa TGH. Darmo")
_NAMED_BEFORE_NICKNAME = re.compile(r"[A-Z][\w.'’\-]*[ \t]*(?:\([^()]{1,30}\))?[ \t]*,?[ \t]*(?:(?:atau|alias|als\.?)[ \t]+)?"
                                    r"(?:(?:yang|yg)[ \t]+)?$")


def _describing_word(word: str) -> bool:
    """A word that describes someone instead of naming him, before "yang kerap disapa ...": a noun of
    persons, a post, "Sosok", "Pria" ("Sosok yang kerap disapa Abah Darmo": Darmo is his name)."""
    key = fold(word.strip(",.()"))
    return key in _nouns() or key in _DESCRIBING or key in lexicon.roles().words() or _civil_role_kind(word) is not None


_DESCRIBING = frozenset({"sosok", "pria", "lelaki", "laki-laki", "perempuan", "wanita", "beliau", "ia", "dia", "pemuda"})
_INITIALS_ONLY = re.compile(r"[A-Z]{1,3}\b(?![ \t]+[A-Z][a-z])")


def _initials_only(text: str, start: int) -> bool:
    """Initials alone stand before the nickname's cue ("DK als Darmo": his name comes after it), not the
    initial that ends a name ("Lodrik S alias Kribo")."""
    m = _INITIALS_ONLY.match(text, start)
    if m is None:
        return False
    if len(m.group(0)) >= 2:
        return True  # ("Pelaku DK als ...": a suspect's initials)
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or not before.group(1)[:1].isupper()


def _repeats_name_before(text: str, start: int, name: str) -> bool:
    """The nickname repeats the name written before its cue ("Lodrik als Mbah Lodrik"): the man's own
    name, not a second one."""
    return text.startswith(name, start) or text[max(0, start - len(name) - 1):start].rstrip().endswith(name)
_MENTION_SCORE = 0.4  # below WEAK_SCORE: a mention of a person found otherwise, never a person of its own


_CONTRACTION = re.compile(r"\([ \t]*([A-Z][A-Za-z]{2,11})[ \t]*\)")


def defined_contractions(text: str) -> frozenset[str]:
    """The contractions the text defines in brackets after their long form, case-folded: "Sahabat Desa
    (Sabda)" makes "Sabda" a programme's name wherever the text writes it, never a person's."""
    if "(" not in text:
        return frozenset()
    out = set()
    for m in _CONTRACTION.finditer(text):
        short = m.group(1)
        if (abbreviates(short, _WORD_RUNS.findall(text[max(0, m.start() - 80):m.start()])[-6:])
                and not known_name_word(short) and role_before(text, m.start()) is None):
            out.add(short.casefold())  # (not "Kadus Tegal Rejo (Tarjo)": a role's holder in brackets)
    return frozenset(out)


_AND_AFTER = re.compile(r"[ \t]+(?:dan|serta|&)[ \t]+(?=[A-Z])")
_AND_BEFORE = re.compile(r"[ \t]+(?:dan|serta|&)[ \t]+$")


def coordinated_hits(text: str, hits: list[CivilianHit]) -> list[CivilianHit]:
    """A bare name joined by "dan"/"serta" to a person found: "Hamdan dan Entin tak lagi ...",
    "perwakilan perusahaan Triyono dan Hendra selaku satpam": two names so joined are two persons
    (a place, a body or a ranked person on the other side is no name, and is not read)."""
    out: list[CivilianHit] = []
    seen = {h.start for h in hits}
    for h in hits:
        if h.score < WEAK_SCORE:
            continue  # (a weak hit, a quote's bare name, seeds nobody)
        described = _BRACKETED.match(text, h.end)  # "Darsih (Penggarap) dan Lodra (Pemilik)"
        m = _AND_AFTER.match(text, described.end() if described else h.end)
        if m is not None and m.end() not in seen:
            name = _read(text, m.end())
            if (name is not None and name.start == m.end() and plausible_bare_name(name)
                    and _item_ends(text, name.after, len(text)) and not _place_not_person(name.name)):
                seen.add(name.start)
                out.append(CivilianHit(name.start, name.end, name.name, "coordinated",
                                       role=role_after(text, name.after)))
        m = _AND_BEFORE.search(text, max(0, h.start - 12), h.start)
        if m is not None:
            name = name_before(text, m.start())
            if (name is not None and name.start not in seen and name.end == m.start()
                    and _RUN_OPENS_BEFORE.search(text, max(0, name.start - 30), name.start)
                    and _read(text, name.start) is not None and plausible_bare_name(name)
                    and not _place_not_person(name.name)):
                seen.add(name.start)
                out.append(CivilianHit(name.start, name.end, name.name, "coordinated"))
    return out


# a lower-case word after a capitalised one and its blank (not a list's "dan"/"serta"): the list's last item ended
_LIST_CLAUSE_GOES_ON = re.compile(r"(?<=[^\W\d_])[ \t]+(?!(?:dan|serta)[ \t])(?=[a-z])")
_PIECE_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|;[ \t]*|[ \t]+(?:dan|serta)[ \t]+)")
_TRAILER_WORD = re.compile(r"[ \t]*\(?[ \t]*([^\W\d_]+)")


def sibling_hits(text: str, hits: list[CivilianHit]) -> list[CivilianHit]:
    """A bare name listed among persons found: "milik Ibu Darsih, Karmun, Bapak Lodra", "Bapak Darmo
    (RT 08), Karmun (RT 03), dan Lodra (RT 02)". An item between two persons of one list (or the last
    item, written like the one before it) is a person when it reads as a name and what follows it in
    its item (nothing, a bracket, a hamlet) is what follows its neighbour."""
    # (not among persons named by their roles: a bare item there is a group, "Perangkat dan Staf")
    strong = sorted((h for h in hits if h.score >= WEAK_SCORE and h.rule != "role"), key=lambda h: h.start)
    out: list[CivilianHit] = []
    seen = {h.start for h in hits}
    for a in strong:
        found = [h for h in _named_list_head(text, a) if h.start not in seen]
        seen.update(h.start for h in found)
        out.extend(found)
    for a, b in zip(strong, [*strong[1:], None]):
        end = next((m.start() for m in _SENTENCE_STOP.finditer(text, a.end, min(len(text), a.end + 200))
                    if not _abbreviation_dot(text, m.start())), None)
        clause = _LIST_CLAUSE_GOES_ON.search(text, a.end, end if end is not None else min(len(text), a.end + 200))
        if clause is not None:
            end = clause.start()  # the list ends where the clause goes on: "..., Suparman dan Dahlan |mengenai ..."
        if end is not None and (b is None or b.start > end):
            tail = _PIECE_SEP.split(text[a.end:end])
            if len(tail) >= 3 and not tail[0].strip():
                found = [h for h in _named_list_tail(text, a.end, tail[1:]) if h.start not in seen]
                seen.update(h.start for h in found)
                out.extend(found)
        stop = b.start if b is not None else min(len(text), a.end + 120)
        if b is not None and b.start - a.end > 200:
            continue
        sentence = next((m for m in _SENTENCE_STOP.finditer(text, a.end, stop) if not _abbreviation_dot(text, m.start())),
                        None)
        if sentence is not None:
            if b is not None:
                continue
            stop = sentence.start()
        pieces = _PIECE_SEP.split(text[a.end:stop])
        if len(pieces) < (3 if b is not None else 2):
            continue
        shape = _trailer_shape(pieces[0])
        at = a.end + len(pieces[0])
        items = pieces[1:-1] if b is not None else pieces[1:]
        for piece in items:
            at = text.find(piece, at) if piece else at
            name = _read(text, at) if piece[:1].isupper() else None
            if name is None or name.start in seen or name.start != at:
                break
            rest = text[name.after:at + len(piece)]
            if (_trailer_shape(rest) != shape or not plausible_bare_name(name) or len(name.words) > 3
                    or _known_place(text, list(name.words), name.start) or _common_words(text, name.words)
                    or (b is None and not shape)):
                break
            seen.add(name.start)
            out.append(CivilianHit(name.start, name.end, name.name, "sibling", role=role_after(text, name.after)))
            at += len(piece)
    return out


# Between a list's items: a comma (and "dan"/"serta") or "dan"/"serta"; before its first item: one or two
# words (a noun of persons, see _persons_list_opens), a naming cue or a colon
_ITEM_BEFORE = re.compile(r"(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$")
_LIST_HEAD_BEFORE = re.compile(r"(?:(?<![\w])([A-Za-z][a-z]+)(?:[ \t]+([a-z]+))?|:)[ \t]*$")
_LIST_HEAD_CUE = re.compile(r"(?:terdiri[ \t]+(?:dari|atas)|yakni|yaitu|antara[ \t]+lain|di[ \t]*antaranya|bernama)[ \t]*:?[ \t]*$")


def _persons_list_opens(text: str, start: int) -> bool:
    """A list of persons opens right before ``start``: a noun of persons ("petani lainnya", "anggotanya",
    "warga"; not "perwakilan", which names bodies as often), a naming cue ("terdiri dari", "yakni") or a colon;
    not any lower-case word ("program Kotaku, ...", "donatur Sidomuncul, ...")."""
    if _LIST_HEAD_CUE.search(text, max(0, start - 20), start):
        return True
    m = _LIST_HEAD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or not text[m.start():start].strip():
        return False
    if m.group(1) is None:
        return True  # a colon
    if m.group(1)[:1].isupper() and not (m.group(2) and _SENTENCE_OPEN.search(text, max(0, m.start() - 4), m.start())):
        return False  # (a capitalised word only as the noun opening the sentence: "Warga lainnya Paijo, ...")
    words = [fold(w) for w in _WORD.findall(text[max(0, start - 40):start])][-3:]
    if words and words[-1] in ("lainnya", "lain", "binaan", "setempat"):
        words = words[:-1]  # "petani lainnya", "warga binaan", "buruh tani lainnya"
    return any(_person_noun(w) for w in words[-2:])


# Nouns of persons that open lists of names besides those of appositions (data/people.yaml, nouns)
_LIST_NOUNS = frozenset({"tersangka", "pelaku", "teman", "rekan", "kawan", "keluarga", "veteran", "murid", "anak",
                         "tetangga", "bersaudara", "pasutri", "ibu", "bapak"})


def _person_noun(word: str) -> bool:
    """A noun of persons as a list's opener: "warga", "anggotanya", "anak-anak" (not "perwakilan", which
    names bodies as often)."""
    word = word.split("-")[0]
    if word.endswith("nya") and len(word) > 5:
        word = word[:-3]
    return (word in _nouns() or word in _LIST_NOUNS) and word != "perwakilan"


def _named_list_head(text: str, person: CivilianHit) -> list[CivilianHit]:
    """The items of a list before its first person found, back to the words that open it: "petani lainnya
    Karna, Oyo Sunaryo dan Didin", "anggotanya Kasimun, Warsidi, Parmin dan Bu Tuminah". Each item a bare
    name of at most three words opening with a word no list knows or a known name word, no known place, no
    run of common words; the list opens after a noun of persons or a naming cue (:func:`_persons_list_opens`;
    after another capitalised word the first item may be the end of a place's or a body's name)."""
    start = person.start
    hon = _LAST_WORD.search(text, max(0, start - 12), start)
    if hon is not None and norm_key(hon.group(1)) in honorific_keys():
        start = hon.start(1)  # ("..., dan Bu Tuminah": the list's items stand before the form of address)
    items: list[CivilianHit] = []
    while True:
        sep = _ITEM_BEFORE.search(text, max(0, start - 12), start)
        if sep is None:
            break
        name = name_before(text, sep.start(), max_words=3)
        if (name is None or name.end != sep.start() or not plausible_bare_name(name)
                or _known_place(text, list(name.words), name.start) or _common_words(text, name.words)
                or not (unknown_word(name.words[0]) or known_name_word(name.words[0]))
                or any(_CLUSTER_END.search(w) for w in name.words)):
            return []
        forward = _read(text, name.start)
        if forward is None or forward.end != name.end:
            return []  # (read forward it is another name: the item is not one name)
        items.append(CivilianHit(name.start, name.end, name.name, "sibling"))
        start = name.start
        if _LIST_HEAD_BEFORE.search(text, max(0, start - 30), start) or _LIST_HEAD_CUE.search(text, max(0, start - 20), start):
            return items if _persons_list_opens(text, start) else []
    return []


def _named_list_tail(text: str, at: int, items: list[str]) -> list[CivilianHit]:
    """The rest of a list after its last person found, to the sentence's end, when every item is a bare
    name opening with a word no list knows or a known name word and the last is joined by "dan"/"serta": "...,
    Hendra Firdaus, Kiyin, Berlan, Joel Sakai dan Jalung Biling." (persons of a people's own names;
    a list of places or bodies holds gazetteer or dictionary words)."""
    if len(items) < 2 or not re.search(r"(?:dan|serta)[ \t]+$", text[:text.find(items[-1], at)]):
        return []
    if 2 * sum(" " in piece.strip() for piece in items) < len(items) and not all(
            " " in piece.strip() or fold(piece.strip()) in lexicon.given_names() for piece in items):
        return []  # (one unknown word each is as often a list of brands, dances or clans: "Shopee, Tokopedia dan Grab")
    out = []
    for piece in items:
        at = text.find(piece, at)
        name = _read(text, at) if piece[:1].isupper() else None
        if (name is None or name.start != at or name.after != at + len(piece.rstrip()) or len(name.words) > 3
                or not plausible_bare_name(name) or _known_place(text, list(name.words), name.start)
                or not (unknown_word(name.words[0]) or known_name_word(name.words[0]))
                or any(_CLUSTER_END.search(w) for w in name.words)):
            return []
        out.append(CivilianHit(name.start, name.end, name.name, "sibling"))
        at += len(piece)
    return out


def _abbreviation_dot(text: str, pos: int) -> bool:
    """The dot at ``pos`` closes an initial or an abbreviation inside a name ("Br.", "M.", "Moh."), not
    a sentence."""
    m = _WORD_AT_END.search(text, max(0, pos - 12), pos)
    return m is not None and (len(m.group(1)) <= 2 or fold(m.group(1)) in _name_abbreviation_keys()
                              or norm_key(m.group(1)) in honorific_keys() or is_name_prefix(m.group(1) + "."))


def _trailer_shape(piece: str) -> str:
    """What follows a name in its list item, by its first word: "" (nothing), "(rt", "dusun"."""
    piece = piece.strip()
    if not piece:
        return ""
    m = _TRAILER_WORD.match(piece)
    return ("(" if piece.startswith("(") else "") + (fold(m.group(1)) if m else piece[:1])


_COUPLE_JOIN = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")
_COUPLE_CUE = re.compile(r"(?i)suami[ \t-]*istri|pasutri|pasangan|keluarga")


def _split_couple(text: str, h: CivilianHit) -> list[CivilianHit]:
    """A couple written as one run joined by a hyphen ("pasangan suami-istri Darmin Lelo-Rofa Nenu", the NTT
    way of naming husband and wife): two persons, when a couple is spoken of just before and each side
    has two words or more."""
    joins = list(_COUPLE_JOIN.finditer(text, h.start, h.end))
    if len(joins) != 1 or not _COUPLE_CUE.search(text, max(0, h.start - 60), h.start):
        return [h]  # (only where a couple is spoken of: "Siti Nur-Aini Rahmawati" is one woman)
    cut = joins[0].start()
    left, right = text[h.start:cut], text[cut + 1:h.end]
    if len(left.split()) < 2 or len(right.split()) < 2:
        return [h]
    return [replace(h, end=cut, name=" ".join(left.split())),
            replace(h, start=cut + 1, name=" ".join(right.split()), honorific=None)]


@lru_cache(maxsize=1)
def _balinese_second_words() -> frozenset[str]:
    """Birth-order names and titles of birth that follow a Balinese "I", case-folded."""
    people = lexicon.people()
    return frozenset(fold(w) for w in (*people.birth_order_names, *people.noble_titles))


_CREDIT_OPEN = re.compile(r"\([ \t]*$")
_SITE_CREDIT_OPEN = re.compile(r"\([ \t]*[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|co|org|news)[ \t]*/[ \t]*$", re.IGNORECASE)
_CLOSING_BRACKET = re.compile(r"[ \t]*\)")
_CREDIT_CLOSE = re.compile(r"[ \t]*(?:(?:/[ \t]*(?:[A-Z]{2,}\b|\*)|[-–][ \t]*Humas\b[^()\n]{0,60}/)[^()\n]{0,60}\)"
                           r"|[-–/][ \t]*Humas\b[^()\n]{0,60}\)[ \t]*(?:\r?\n|$))")
# (not a couple, "(Darmo/Darsih)", nor a press officer in the story, "(Darsih - Humas Kecamatan)")


def bracketed_credit(text: str, start: int, end: int) -> bool:
    """A writer's credit in brackets: the name, then a slash and the outlet or a dash and the press
    office ("(Darmo Karmun/JIBI - Solopos)", "(Darmo - Humas Polres Sukamaju/*)"), or the outlet's
    web address, a slash and the name ("(Sukamajunews.com/ Darmo Karmun)")."""
    if _CREDIT_OPEN.search(text, max(0, start - 3), start) and _CREDIT_CLOSE.match(text, end):
        return True
    return bool(_SITE_CREDIT_OPEN.search(text, max(0, start - 60), start)) and bool(_CLOSING_BRACKET.match(text, end))


def _numbers_post(text: str, h: CivilianHit) -> bool:
    """"I" after a service post, then a word that follows no Balinese "I": the numeral of the post's
    command ("Pangdam I Bukit Barisan", "Pangkogabwilhan I Bawa ..."; "Kapolres I Wayan Darmo" stays a
    name)."""
    words = h.name.split()
    if len(words) < 2 or words[0] != "I":
        return False
    second = fold(words[1].rstrip("."))
    if second in _balinese_second_words() or second in _name_abbreviation_keys() or second in lexicon.given_names():
        return False  # ("I Gde Darma": a Balinese name, its second word a given name)
    before = WORD_BEFORE.search(text, max(0, h.start - 30), h.start)
    return before is not None and fold(before.group(1)) in lexicon.roles().words()


def _past_numeral_i(text: str, name: NameRead) -> NameRead:
    """After a place role, "I" before a name that is no Balinese one numbers the place: "Kepala Dusun I
    Darmo Karmun" is Darmo Karmun of hamlet I ("Kepala Dusun I Wayan Darmo" stays)."""
    if len(name.words) < 3 or name.words[0] != "I":
        return name
    second = fold(name.words[1].rstrip("."))
    if second in _balinese_second_words() or second in _name_abbreviation_keys():
        return name  # ("I WAYAN DARMO", "I Wy. Darmo": Balinese)
    rest = _read(text, name.spans[1][0])
    return rest if rest is not None and rest.end == name.end else name


def balinese_opener_inside(text: str, start: int, end: int) -> int | None:
    """Where a Balinese name's opener ("I"/"Ni" and a birth-order name) stands inside ``text[start:end]``
    after its first word, or None."""
    m = _balinese_opener_inside().search(text, start + 1, end)
    return m.start() if m else None


def _from_balinese_opener(text: str, h: CivilianHit) -> CivilianHit:
    """A hit whose words run from a place or body into a Balinese name starts at the name's opener:
    "Petak Sukamaju I Nyoman Darmo" -> "I Nyoman Darmo"."""
    if h.name.count(" ") < 2:
        return h
    at = balinese_opener_inside(text, h.start, h.end)
    if at is None:
        return h
    return replace(h, start=at, name=" ".join(text[at:h.end].split()))


@lru_cache(maxsize=1)
def _balinese_opener_inside() -> re.Pattern[str]:
    births = "|".join(sorted(lexicon.people().birth_order_names, key=len, reverse=True))
    return re.compile(rf"(?<=[ \t])(?:I|Ni)[ \t]+(?:{births})\b")


def _agent_noun_alone(name: str) -> bool:
    """A name of one word that is a noun of a doer of the language ("Pengepul", "Penjual", "Pemandu"), capitalised
    at a clause's start or as a title: no given name ("disampaikan Pengepul kopi ...")."""
    key = fold(name)
    return (" " not in name.strip() and _AGENT_NOUN.fullmatch(key) is not None and key not in lexicon.given_names()
            and language_word(key))


def _derived_word(name: str) -> bool:
    """Whether a word read as a name, or as its first word, is a derived common word ("Bekerja",
    "Harapannya", "Kehadiran") rather than a given name."""
    key = name.casefold()
    return " " not in key and DERIVED.match(key) is not None and key not in lexicon.given_names()


def _verb_over_root(word: str) -> bool:
    """A verb over a dictionary root, capitalised in a headline ("Peringati", "Berbaur"), read where no form
    of address or age marks a name (a root of four letters or more: "Ber-man" stays a name)."""
    key = word.casefold()
    return key not in lexicon.given_names() and verb_over_root(key)


def in_clutter(text: str, pos: int) -> bool:
    """Page furniture: a "Baca Juga" line, or a headline in the run of other stories' titles that
    closes a page. A sentence-case closing line is still the story's last paragraph. Both are short
    lines, so a longer one is never clutter."""
    bounds = short_line_bounds(text, pos)
    if bounds is None:
        return False
    line = text[bounds[0]:bounds[1]]
    if CLUTTER_LINE.match(line) or linked_after_label(text, *bounds) or _in_bulleted_headlines(text, bounds, line):
        return True
    # (in that run, a link cut short by an ellipsis or a column's "Author: title" is no sentence either)
    return (pos >= trailer_start(text) and (is_title_case_line(text, pos) or line.rstrip().endswith(("...", "…"))
                                            or ":" in line) and not runs_on_line(text, bounds))


_BULLET = re.compile(r"[ \t]*[-•*][ \t]+\S")


def _in_bulleted_headlines(text: str, bounds: tuple[int, int], line: str) -> bool:
    """A bulleted title-case line next to another bulleted line: a list of other stories' headlines,
    wherever the page puts it ("- Kepala BP Batam Resmikan Pabrik ...")."""
    if not _BULLET.match(line) or not is_title_case_line(text, bounds[0] + len(line) - len(line.lstrip())):
        return False
    start, end = bounds
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    neighbours = (text[before:start - 1] if start > 0 else "", text[end + 1:after if after >= 0 else len(text)])
    if not any(_BULLET.match(n) for n in neighbours):
        return False
    return not _introduced_by_colon(text, start)


def _introduced_by_colon(text: str, start: int) -> bool:
    """The bulleted lines from the one at ``start`` back are introduced by a line ending with a colon
    ("Hadir pula dalam kegiatan ini:"): an attendee list, not other stories' headlines."""
    for _ in range(30):
        if start <= 0:
            return False
        before = text.rfind("\n", 0, start - 1) + 1
        line = text[before:start - 1]
        if not line.strip():
            return False
        if not _BULLET.match(line):
            return line.rstrip().endswith(":") and not _LINKS_LABEL.search(line)
        start = before
    return False


_LINKS_LABEL = re.compile(r"(?i)\b(?:baca|lihat|simak|berita|artikel|terkait|lainnya|populer|terpopuler|rekomendasi"
                          r"|pilihan|trending)\b")  # ("Baca Juga :", "Berita Lainnya:": links to other stories)


# --- contexts where a name is not a person -------------------------------------------------------

@lru_cache(maxsize=None)
def _thing_words() -> frozenset[str]:
    """Words after which a name names a thing or a place (RT/RW heads are people)."""
    return (frozenset(fold(w) for w in lexicon.people().org_prefixes) | lexicon.level_words()) - {"rt", "rw"}


def _role_ending_in_level(kind: str, tail: str) -> re.Pattern[str]:
    """Civilian roles of ``kind`` whose last word is a level word ("Bidan Desa", "Kepala Desa"), at the
    end of the text searched (then ``tail``, such as blanks)."""
    level = lexicon.level_words()
    forms = sorted({" ".join(f.split()) for f in getattr(lexicon.people().civil_roles, kind)
                    if len(f.split()) > 1 and fold(f.split()[-1]) in level}, key=len, reverse=True)
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w\-])(?i:{'|'.join(_words_pattern(f) for f in forms)}){tail}$")


@lru_cache(maxsize=None)
def _level_role_end() -> re.Pattern[str]:
    """A plain civilian role whose last word is a level word ("Bidan Desa", "Pendamping Lokal Desa"),
    at the end of the text before a name: the level word is part of the role, not a place's."""
    return _role_ending_in_level("plain", r"[ \t]*")


_ONE_WORD_THEN_COMMA = re.compile(r"[A-Z][a-z]+[ \t]*,")
_BASE_BEFORE = re.compile(r"\b(?:Lanud|Lanal|Lantamal|Pangkalan(?:[ \t]+TNI)?(?:[ \t]+(?:AU|AL|Angkatan[ \t]+(?:Udara|Laut)))?)"
                          r"[ \t]+$")


def _civil_role_ends_at(text: str, pos: int) -> bool:
    """A civilian role's form ends right before ``pos`` (blanks between): "Kepala Puskesmas |"."""
    lo = back_over(text, pos, " \t")
    start = max(0, lo - 40)
    return any(m.end() == lo for m in _civil_role_pattern().finditer(text, start, lo))


@lru_cache(maxsize=1)
def _name_abbreviation_keys() -> frozenset[str]:
    """Shortened given names written with a dot ("Abd.", "Wy."), which open a name, not a place."""
    return frozenset(fold(w) for w in lexicon.people().name_abbreviations)


@lru_cache(maxsize=None)
def _place_role_end() -> re.Pattern[str]:
    """A place role whose last word is a level word ("Kepala Desa", "Sekretaris Desa") at the end."""
    return _role_ending_in_level("place", "")


@lru_cache(maxsize=1)
def _bracket_honorific_at_end() -> re.Pattern[str]:
    """A bracket and a form of address right before a name: "(Mas Har)"."""
    forms = sorted({re.escape(w) for w in _all_honorifics()}, key=len, reverse=True)
    return re.compile(rf"\(\s*(?:{'|'.join(forms)})\.?\s+$")


@lru_cache(maxsize=None)
def _credit_pattern() -> re.Pattern[str]:
    # (up to three words between the label and its colon: "Laporan wartawan situs.id : Darmo")
    return re.compile(rf"\b(?:{'|'.join(lexicon.people().credit_labels)})(?:[ \t]+[\w.\-/]+){{0,3}}\s*:[^:]*$",
                      re.IGNORECASE)


_RED_BEFORE = re.compile(r"(?:^|[.!?\"”\n])[ \t]*\([ \t]*(?i:red)[ \t]*\)[ \t]*$")  # (after the story's last sentence)


@lru_cache(maxsize=None)
def _site_credit_line() -> re.Pattern[str]:
    """A network's credit line opening its line: the label, a site's address, a comma, the reporter
    ("Laporan wartawan Situs.com, Darmo"; not "Menurut laporan dari situs.com, Darmo selaku Kades"). Used
    with ``match`` from the line's start."""
    labels = "|".join(lexicon.people().credit_labels)
    return re.compile(rf"[ \t]*(?:{labels})(?:[ \t]+[\w\-]+){{0,2}}[ \t]+[\w\-]+(?:\.[\w\-]+)*\.(?:com|id|net|news)"
                      rf"[ \t]*,[ \t]*$", re.IGNORECASE)


def abbreviates(short: str, words: list[str], first_by: int | None = None) -> bool:
    """Whether ``short`` is a contraction of the run of ``words`` ending the list ("Sulsel" of
    "Sulawesi Selatan", "Kesbangpol" of "Kesatuan Bangsa dan Politik", "KPM" of "Kader Pembangunan
    Manusia"): its letters, in order, from those words, the first from the first word's start and some
    from the last word. With ``first_by`` the run starts at or before that index of ``words``."""
    # ("DP2KB": the digit doubles a letter; "Perkim LH": a contraction in two words)
    short = "".join(ch for ch in fold(short) if not ch.isdigit() and not ch.isspace())
    if len(short) < 2 or not short.isalpha() or len(words) < 2:
        return False
    skipped = max(0, len(words) - 8)
    words = [fold(w) for w in words[skipped:]]
    last = len(words) - 2 if first_by is None else min(len(words) - 2, first_by - skipped)
    for k in range(last, -1, -1):
        run = words[k:]
        opens = (run[0].startswith(short[0]) or (run[0] == "kelompok" and short.startswith("pok"))  # ("Pokdarwis")
                 or (run[0] == "komandan" and short.startswith("dan"))  # ("Danlanud")
                 or run[0][:2] in ("pe", "ke") and run[0].endswith("an") and short[:2] in run[0][2:8]
                 and run[-1][0] in short[2:])
        # (a derived noun lends a syllable from inside, the last word its first letter: "Wasev" of "Pengawasan
        # dan Evaluasi")
        if not opens or any(not w.isalpha() for w in run):
            continue
        i = 0  # letters of ``short`` matched so far, through the words in order
        for w in run:
            j = 0
            while i < len(short) and j < len(w):
                if short[i] == w[j]:
                    i += 1
                j += 1
        if i == len(short) and short[-1] in run[-1]:
            return True
    return False


# (a body's name before its contraction has a few words: the bound keeps a text-long run of capitalised
# words linear, read once per name)
_ABBREVIATED_AFTER = re.compile(r"((?:[ \t]+(?:[A-Z][\w\-]*|dan|&)){0,12})[ \t]*\([ \t]*([A-Za-z]{2,12})[ \t]*\)")
_EXPANDED_AFTER = re.compile(r"[ \t]*\([ \t]*((?:[A-Z][\w\-]*[ \t]*){2,8})\)")


# Lower-case, these name what a person owns ("di rumah Sarmin", "kebun Wartini"); capitalised they
# open the name of a thing ("Rumah Makan Sederhana", "Kebun Raya Bogor").
_OWNED = frozenset({"rumah", "kebun"})
# A sentence and its line end between a thing's word and the name (not an abbreviation's dot: "Jl.",
# "Prov.", "Lingk." go on with the thing's name).
_SENTENCE_END_AT_END = re.compile(r"[.!?][\"”’']*[ \t]*\r?\n\s*$")


def in_named_body(text: str, start: int, end: int) -> bool:
    """A capitalised run that is part of a body's or a programme's name, shown by a contraction in
    brackets: "Badan Kesatuan Bangsa dan Politik (Kesbangpol)" (the bracket contracts a run holding
    the name), "Ngopi (Ngobrol Penuh Inspirasi)" (the name contracts the bracket)."""
    after = _ABBREVIATED_AFTER.match(text, end)
    if after and not after.group(1).strip() and _nickname_of(after.group(2), _WORD_RUNS.findall(text[start:end])):
        return False  # "Presiden Joko Widodo (Jokowi)": a man's short name, made of his own names
    if after:
        before = _WORD_RUNS.findall(text[max(0, start - 60):start])[-6:]
        run = before + _WORD_RUNS.findall(text[start:end]) + _WORD_RUNS.findall(after.group(1))
        if abbreviates(after.group(2), run, first_by=len(before)):
            return True
    expanded = _EXPANDED_AFTER.match(text, end)
    return bool(expanded) and " " not in text[start:end].strip() and abbreviates(
        text[start:end], _WORD_RUNS.findall(expanded.group(1)))


def _nickname_of(short: str, words: list[str]) -> bool:
    """``short`` contracts a person's name whose every word is a known given or family name ("Jokowi" of
    "Joko Widodo"), not a body's."""
    return len(words) >= 2 and all(fold(w) in lexicon.given_names() or fold(w) in lexicon.family_names()
                                   for w in words) and abbreviates(short, words)


def is_decoy(text: str, start: int, end: int) -> bool:
    """True for a name that names a thing ("Poktan Hadi Sumarno", "Jalan Ahmad Yani", "Badan
    Kesatuan Bangsa dan Politik (Kesbangpol)") or signs the story ("Penulis : Budi", "(Red)",
    "(Pendim 1618/TTU)")."""
    if in_named_body(text, start, end):
        return True
    before = text[max(0, start - 40):start]
    if _BASE_BEFORE.search(before):
        return True  # "Lanud Darmo Karmun", "Pangkalan TNI AU Darmo Karmun": bases named after heroes
    words = _WORD_RUNS.findall(before)
    titled = False
    while words and is_name_prefix(words[-1] + ".") and words[-1] != "Capt":  # (a ship master's living title)
        before = before[:before.rfind(words[-1])]  # ("pengasuh pondok, KH Darmo": the comma stands before the title)
        words = words[:-1]  # "Bandara H. Kasim", "Gedung KH. DR. Idham": look past the titles
        titled = True
    if (words and fold(words[-1]) in _thing_words() and words[-1] not in _OWNED
            and not (len(words[-1]) >= 4 and _SENTENCE_END_AT_END.search(before))  # ("... jembatan.\n\nDarmo (48)")
            and not any(len(words) >= n and all(w[:1].isupper() for w in words[-n:])
                        and gazetteer().find(place_key(" ".join(words[-n:]))) for n in (2, 3))):
            # ("Camat Tanjung Pura Darmo", "Wakil Bupati Lima Puluh Kota Darmo": a place of two or three words)
        if _place_role_end().search(" ".join(words)) and (titled or fold(text[start:end].split()[0].rstrip("."))
                                                          in _name_abbreviation_keys()):
            return False  # "Kepala Desa H. Darto", "Kepala Desa Moh Darto": a title or a name's
            # abbreviation after the village head's role opens his name
        role_end = max(0, start - 40) + len(before.rstrip(" \t,"))
        body_at = role_end - len(words[-1])
        if titled and (_civil_role_ends_at(text, role_end) or words[-1].isupper() and _civil_role_ends_at(text, body_at)):
            return False  # "Kepala Puskesmas dr. Darmo", "Wakil Direktur RS dr Darmo": the role's holder
        comma = _ONE_WORD_THEN_COMMA.match(text, start)
        if (comma and _place_role_end().search(" ".join(words)) and not _level_word_next(text, comma.end())
                and not gazetteer().find(place_key(text[start:end]))
                and all(p == start for p in _names_after_levels(text).get(text[start:end].casefold(), ()))):
            return False  # "Sekretaris Desa Warsono, ...": one word no place is known by, then a comma
        named = text[start:end].split()
        if (_place_role_end().search(" ".join(words)) and len(named) > 1 and not _known_place(text, named[:1], start)
                and any(fold(w) in lexicon.given_names() for w in named[1:])):
            return False  # "Sekretaris Desa Darsih Ismail": a word no place is known by, then a given name
        if (fold(named[0]) in lexicon.given_names() and not _known_place(text, named[:1], start)
                and not _known_place(text, named, start) and not _known_place_prefix(text, named, start)
                and (_place_role_end().search(" ".join(words)) or _civil_role_ends_at(text, start))):
            return False  # "Kepala Desa Suparman", "Kepala Puskesmas Sri X": a given name no place is known by
        if not _OPEN_PUNCT_AT_END.search(before) and not _level_role_end().search(before):
            return True  # ("Ketua Gapoktan, Darmo" or "(Darmo)": the chair; "Bidan Desa Ratna": a role)
    if _RED_BEFORE.search(before):
        return True  # "... secara profesional. (Red) Aswan.": the newsroom's mark, then its writer
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    head = text[max(line_start, start - 80):start]
    if _credit_pattern().search(head) or (line_start >= start - 80 and _site_credit_line().match(text, line_start, start)):
        return True
    if _BRACKET_AT_END.search(before) and _SLASH_CREDIT_AFTER.match(text, end):
        return True  # "(Darmo Karmun/KNews-3)": the writer and the paper
    if ((_BRACKET_AT_END.search(before) or _bracket_honorific_at_end().search(before))
            and _BRACKET_CLOSE_AFTER.match(text[end:end + 3])):  # ("(Red)", "(Mas Har)")
        # a name alone in brackets is a credit, unless a role or a noun of persons stands before it: "Ketua
        # Gapoktan (Suparjo)", "salah satu warga (Suparjo)"
        bracket = text.rfind("(", 0, start)
        return role_before(text, bracket) is None and not _person_noun_before(text, bracket)
    return False
