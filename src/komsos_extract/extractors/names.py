"""Reading a personal name word by word, and telling whether two written names are one person.

A name in these releases follows a rank ("Serda A. Manurung"), an honorific ("Bapak Sutomo") or a
role ("Kepala Desa Mekarjaya, Cecep Ropiudin"). It may hold initials ("M.Purba", "S. G. Nenobais"),
break over a line, carry a Haji or academic prefix ("H.Abd.Rahim") and be followed by degrees
("S.I.K., M.H."). :func:`read_name` returns the name without prefix and degrees, with exact offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..textutil import is_capitalised, line_bounds, line_index

# Patterns of the one-off checks below, compiled once (a module-level ``re`` call looks its pattern up on
# every call).
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]")
_GLUED_PREFIX = re.compile(r"^([A-Za-z]{1,4}\.)([A-Z].*)$")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_INNER_DOT = re.compile(r"\.(?=\w)")

# One token: letters (with inner dots, apostrophes and hyphens: "Abd.Rahim", "Ba'u", "Al-Amin"),
# optionally ending in a dot. Up to three spaces, or one line break, may come before it.
_TOKEN = re.compile(r"[ \t]{0,3}(?:\r?\n[ \t]*)?([^\W\d_](?:[\w'’`\-]|\.(?=[^\W\d_]))*\.?)", re.UNICODE)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?$|^[A-Z]$")
_LINE_END = re.compile(r"[ \t]*\r?\n")
# The word right before a position, blanks (and the word's own dot) between: search it up to that position
WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
# Verbs of saying that introduce the speaker ("ujar Budi", "kata Laksamana"), and one right before a position
SAYING_VERBS = ("ujar|kata|tutur|ucap|ungkap|jelas|terang|imbuh|tambah|pungkas|sebut|tegas|papar|"
                "lanjut|lapor|katanya|ujarnya")
SAID_BEFORE = re.compile(r"(?<![\w])(?:" + SAYING_VERBS + r")(?:[ \t]+oleh)?[ \t]+$")
_HAJI_INITIAL = re.compile(r"^H[A-Z]\.?$")
_INITIAL_AFTER_DOT = re.compile(r"[ \t]([A-Z])\.?(?=[ \t]+[a-z]|[ \t]*[,;])")
_HAJI_INITIAL_NAME = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")
# (also a doctoral candidate's mark: "DR (C). H. Darmo")
_HONORIS_CAUSA = re.compile(r"[ \t]*(?:\([ \t]*H\.?[ \t]*C\.?[ \t]*\)|H\.C\.?|HC|\([ \t]*[Cc][ \t]*\)\.?)(?=[ \t])")
_COMMA_DEGREE_REST = re.compile(r"[ \t]*,[ \t]*([A-Z][A-Za-z]{1,4})\.?(?![\w])")  # (", Sos" of "S, Sos")
_ONE_WORD_NEXT = re.compile(r"[ \t]*([A-Z][a-z]+)\b")  # ("HM. Darmo": Haji, then the initial and one word)
# Two initials written as one with a dot ("Iptu SN. Wikrama", "I.K." written "IK."), not a
# neighbourhood's or a service's letters ending a sentence
_TWO_INITIALS = re.compile(r"^[A-Z]{2}\.$")
_NOT_TWO_INITIALS = frozenset({"rt", "rw", "ri", "ad", "al", "au", "sd", "tk", "pt", "cv", "ud", "km", "kk", "hp",
                               "ii", "iv", "vi", "ix", "xi", "sh", "se", "st", "sp", "mh", "mm", "mt", "ok", "rp", "no",
                               "wa"})
_DEGREE_SEP = re.compile(r"[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?")


@dataclass(frozen=True)
class NameRead:
    """A name as read from the text: ``text[start:end]`` is the name as written (may hold a line break)."""

    start: int
    end: int
    words: tuple[str, ...]
    prefix: str | None = None
    degrees: tuple[str, ...] = ()
    after: int = 0  # offset after the last degree read (``end`` when there is none)
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of each word in ``words``

    @property
    def name(self) -> str:
        return " ".join(self.words)


def fold(text: str) -> str:
    """Case-folded for lexicon lookups. Our patterns match case-insensitively, and Python's regex
    engine lets the Turkish dotted and dotless i ("İ", "ı") match "i", while ``casefold`` keeps them
    apart ("İ" becomes "i" plus a combining dot); this folds both to "i" so a matched form is always
    found again in its lexicon."""
    if text.isascii():  # the common case: nothing beyond ASCII to fold
        return text.lower()
    return text.casefold().replace("i\u0307", "i").replace("\u0131", "i")


_NOT_LETTERS = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def norm_key(word: str) -> str:
    """A word folded, without dots, hyphens or other marks ("S.I.K." -> "sik"). Cached: the
    name readers ask it for every word they look at, and the same words come again and again."""
    return _NOT_LETTERS.sub("", fold(word))


@lru_cache(maxsize=None)
def degree_keys() -> frozenset[str]:
    return frozenset(lexicon.people().degrees)


@lru_cache(maxsize=None)
def _degree_words() -> frozenset[str]:
    return frozenset(lexicon.people().degree_words)


def is_degree(token: str) -> bool:
    """True for a token written like an academic degree: "S.Pd", "S.I.K.", "SE", "M.M.", "A.Md".

    The written shape counts as much as the letters: "St." (a name) is not "ST" (a degree).
    """
    core = token.rstrip(".,")
    if core in _degree_words():
        return True  # (as written: "AP" is the civil service academy's degree, "A.P" two initials)
    key = norm_key(core)
    if not key or key not in degree_keys():
        return "." in core and _glued_degrees(core)
    letters = _NOT_ASCII_LETTER.sub("", core)
    if "." in core:  # inner dot: S.Pd, M.I.Pol, A.Md
        return True
    if letters.isupper() and len(letters) >= 2:
        return True
    return core in _degree_words()


def _glued_degrees(core: str) -> bool:
    """Degrees written one after another with dots and no blank: "SH.M.Si", "S.Sos.MM"."""
    parts = core.split(".")
    if len(parts) < 2 or len(parts) > 8 or not all(parts):
        return False
    ends = {0}  # how many parts the degrees read so far cover
    for i in range(len(parts)):
        if i not in ends:
            continue
        for k in range(i + 1, min(len(parts), i + 3) + 1):
            piece = ".".join(parts[i:k])
            if (i, k) != (0, len(parts)) and is_degree(piece):
                ends.add(k)
    return len(parts) in ends


@lru_cache(maxsize=None)
def _prefixes() -> frozenset[str]:
    return frozenset(norm_key(p) for p in lexicon.people().name_prefixes)


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.casefold() for a in lexicon.people().name_abbreviations)


@lru_cache(maxsize=None)
def particles() -> frozenset[str]:
    """Lower-case words that may stand inside a name ("bin", "boru")."""
    return frozenset(lexicon.people().name_particles)


def is_name_prefix(token: str) -> bool:
    """A Haji or academic title written before a name: "H.", "Hj.", "Drs.", "Dr", "H.Abd.Rahim"."""
    glued, _ = _split_prefix(token)
    if glued is not None or _HAJI_INITIAL.match(token):  # ("HM": Haji and an initial)
        return True
    key = norm_key(token)
    return key in _prefixes() and (token.endswith(".") or len(key) >= 2)


def _split_prefix(token: str) -> tuple[str | None, str]:
    """``"H.Abd.Rahim"`` -> ``("H.", "Abd.Rahim")``; tokens without a glued prefix are returned whole."""
    m = _GLUED_PREFIX.match(token)
    if m and norm_key(m.group(1)) in _prefixes() and not _INITIALS.match(token):
        return m.group(1), m.group(2)
    return None, token


def read_degrees(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    """Degrees written from ``pos`` on (", S.I.K., M.H."), and the offset after the last one."""
    degrees: list[str] = []
    end = pos
    i = pos
    while True:
        sep = _DEGREE_SEP.match(text, i)
        m = _TOKEN.match(text, sep.end()) if sep else None
        if not m:
            break
        token = m.group(1)
        if not _token_facts(token)[0]:  # not a degree
            spaced = _spaced_degree(text, m, degrees, end)
            if spaced is None:
                break
            token, m, completes = spaced
            if completes:  # the piece completes the degree read before it
                degrees.pop()
        degrees.append(token.rstrip(","))
        end = i = m.end(1)
    return tuple(degrees), end


_LETTER_DOT = re.compile(r"[A-Z]\.")
BLANK_THEN_CAPITAL = re.compile(r"[ \t]+[A-Z]")  # (no comma: "Darmo S, ST" keeps the initial)


def _spaced_degree(text: str, m: re.Match[str], degrees: list[str],
                   end: int) -> tuple[str, re.Match[str], bool] | None:
    """A degree written with a blank inside it: "S.T Han" (a degree read, ending at ``end``, then the
    piece that completes it) or "S. Pd" (a letter and its dot, then the rest). Returns the degree as
    written, the match of its last piece and whether it completes the degree before it; None if no
    degree."""
    token = m.group(1)
    gap = text[m.start():m.start(1)]
    if degrees and "," not in gap and "\n" not in gap and is_degree(f"{degrees[-1].rstrip('.')}.{token}"):
        return text[end - len(degrees[-1]):m.end(1)], m, True
    if _LETTER_DOT.fullmatch(token):
        nxt = _TOKEN.match(text, m.end(1))
        if nxt and "\n" not in text[m.end(1):nxt.start(1)] and is_degree(token + nxt.group(1)):
            return text[m.start(1):nxt.end(1)], nxt, False
    return None


@lru_cache(maxsize=8192)
def _glued_degree(token: str) -> int | None:
    """Where a degree glued to a name word by a dot starts ("Karmun.S.H" -> 6, "Karmun.Se"): the word
    has three letters or more, what follows the dot is a degree, in any case ("Se" for S.E.)."""
    cut = token.find(".")
    if cut < 3 or not token[:cut].replace("'", "").replace("’", "").isalpha() or not token[0].isupper():
        return None
    tail = token[cut + 1:].rstrip(".")
    first = tail.split(".")[0]  # ("Mulyo.SE.S.MI": degrees glued one after another)
    if not tail[:1].isupper() or not (is_degree(tail) or norm_key(tail) in degree_keys()
                                      or len(first) >= 2 and first.isupper() and norm_key(first) in degree_keys()):
        return None
    return cut


@lru_cache(maxsize=8192)
def _token_facts(token: str) -> tuple[bool, bool, str, bool, str, bool, bool, bool]:
    """What :func:`read_name` asks of a token that depends on the token alone, asked once per
    distinct token (a long text names the same people again and again): (is a degree, is
    initials, the word without a sentence-ending dot, whether that dot ended the sentence, its
    :func:`norm_key`, capitalised, a name particle, the token ends with a dot)."""
    initials = _INITIALS.match(token) is not None or (
        _TWO_INITIALS.match(token) is not None and fold(token[:2]) not in _NOT_TWO_INITIALS)
    word = token
    ends_sentence = False
    # A final dot belongs to initials ("P.", "M.A.") and name abbreviations ("Abd.", "Muh.");
    # after any other word it ends the sentence ("... Serda Tarno.", "... M.Purba.").
    if word.endswith(".") and not initials and word[:-1].casefold() not in _abbreviations():
        word = word[:-1]
        ends_sentence = True
    return (is_degree(token), initials, word, ends_sentence, norm_key(word), is_capitalised(word),
            word in particles(), token.endswith("."))


@lru_cache(maxsize=8192)
def _first_token_facts(token: str) -> tuple[str | None, str, bool, bool]:
    """What :func:`read_name` asks of the first token of a name: its glued prefix and the rest
    (:func:`_split_prefix`), whether it is a prefix word, and whether it is written like one (with
    a dot, or two letters or more)."""
    glued, rest = _split_prefix(token)
    key = norm_key(token)
    return glued, rest, key in _prefixes(), token.endswith(".") or len(key) >= 2


# Derived Indonesian nouns and verbs ("Pembinaan", "Kesehatan", "Dilanjutkan", "Membangun",
# "Harapannya"): the affixes of the common vocabulary, which personal names do not carry. Matched on
# the case-folded word. DERIVED, for a word read as a whole name anywhere, leaves out the endings
# names share ("Sarkan", "Dimyati"); AFFIXED, for the NER gate's common-word test, adds them.
_PREFIXED = (r"(?:pe[mn]g?|pen[yg]?|per|ke|ber|ter)[a-z]{3,}an|(?:mem|men|meng|meny)[a-z]{4,}|(?:ber|ter)[a-z]{5,}"
             r"|[a-z]{4,}nya")
DERIVED = re.compile(rf"^(?:{_PREFIXED}|di[a-z]{{3,}}kan|[a-z]{{3,}}(?:isasi|itas))$")
AFFIXED = re.compile(rf"^(?:{_PREFIXED}|di[a-z]{{3,}}(?:kan|i)|[a-z]{{3,}}(?:isasi|itas|kan))$")
# Derived nouns alone ("Kelahiran", "Pelaksanaan"): after a rank and corps they open no name
DERIVED_NOUN = re.compile(r"^(?:pe[mn]g?|pen[yg]?|per|ke)[a-z]{3,}an$")


_INNER_ARTICLES = frozenset({"al", "el"})
# Forms of address that are name words inside a Balinese name ("I Made Mas Darma", "Ida Bagus Mas ...")
_BALINESE_INNER = frozenset({"mas"})
# Titles of birth that are also common words ending a name ("lalu" = then, "raja" = king): capitalised
# before a name word they open it ("Lalu Darmo" of the Sasak, "Raja Karmundo"), not before "Lintas"
# ("Satuan Lalu Lintas") or "Ampat" (a regency)
TITLE_OPENERS = {"lalu": {"lintas"}, "raja": {"ampat", "sehari"}}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”']?[ \t]+|\n[ \t]*|[\"“][ \t]*)$")


@lru_cache(maxsize=1)
def name_openers() -> frozenset[str]:
    """Balinese openers ("I", "Ni", "Ida"): a name they open reads one word longer than usual."""
    return frozenset(lexicon.people().name_openers)


def _title_opens_name(text: str, start: int, pos: int, stop: frozenset[str], title: str) -> bool:
    """A name word (capitalised, no stop word, not the title's common partner) follows ``title`` (at
    ``start``), which does not open a sentence ("Lalu Karmun mengatakan": then Karmun said)."""
    if title == "lalu" and _SENTENCE_OPENS.search(text, max(0, start - 4), start):
        return False
    m = _TOKEN.match(text, pos)
    if not m or "\n" in text[pos:m.start(1)] or not is_capitalised(m.group(1)):
        return False
    key = norm_key(m.group(1))
    return key not in stop and key not in TITLE_OPENERS[title]


@lru_cache(maxsize=1)
def _words_after_title() -> frozenset[str]:
    """One-word civilian roles that are also given names ("Kader", "Guru"), month names that are
    ("Juli", "Agustus") and forms of address that are ("Umi", "Oma"): a name after "H."."""
    roles = lexicon.people().civil_roles
    months = {m for m in lexicon.dates().months if len(m) > 3}
    return frozenset({f.casefold() for f in (*roles.place, *roles.head, *roles.plain) if " " not in f} | months
                     | _ADDRESS_WORDS_THAT_ARE_NAMES)


TITLE_INSIDE = frozenset({"dt"})  # the Minang "Datuk" between a man's name and his customary title's words
# Abbreviations that stand inside a name after its given name and never open one: the Minang title,
# a shortened second baptismal name ("Benyamin Th. Lasamahu")
NEVER_OPENS = TITLE_INSIDE | {"th"}


def holds_title_inside(words: tuple[str, ...] | list[str]) -> bool:
    """A customary title stands inside the name ("Zulkifli Dt. Rajo Lelo"): it may run to six words."""
    return any(norm_key(w) in TITLE_INSIDE for w in words)


_ADDRESS_WORDS_THAT_ARE_NAMES = frozenset({"umi", "ummi", "oma"})  # (not "Kang", "Mbak", "Tuan": "H. Kang Dedi" is Dedi)


def read_name(
    text: str,
    pos: int,
    *,
    stop: frozenset[str],
    max_words: int = 5,
) -> NameRead | None:
    """Read a personal name starting at ``pos``.

    Stops at punctuation other than initials' dots, at a lower-case word (except particles such as
    "bin" inside a name), at a word in ``stop`` (case-folded), at a degree, and after a word that
    ends a sentence with a dot. A Haji or academic prefix before the first word is skipped and
    returned as ``prefix``. Returns ``None`` when no name word follows.
    """
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    prefix: str | None = None
    i = pos
    match = _TOKEN.match
    limit = max_words
    while len(words) < limit:
        if prefix is not None and not words:
            i = _past_honoris(text, i)  # "Dr (HC) Darsih", "Dr. H.C. Darsih": an honorary doctorate's mark
        m = match(text, i)
        if not m:
            break
        token_start = m.start(1)
        if words and "\n" in text[i:token_start] and (not wrapped_line(text, i) or DERIVED.match(fold(m.group(1)))):
            break  # (a derived word opening the next line opens a sentence: "... kata Serda Darmo\nKeberadaan ...")
        token = m.group(1)
        token_end = m.end(1)
        if not words:
            glued, rest, is_prefix, prefix_shape = _first_token_facts(token)
            if _haji_and_initial(text, token, token_end):
                glued, rest = "H", token[1:]
            if glued is not None:
                prefix = glued
                token = rest
                token_start += len(glued)
                if rest.endswith(".") and norm_key(rest) in _prefixes() and _followed_by_name(text, token_end):
                    prefix, i = token, token_end  # "H.Drs. Darmo": two titles glued
                    continue
            elif is_prefix and _followed_by_name(text, _past_honoris(text, token_end)) and not (
                    token in ("H", "H.") and _clan_name_alone_next(text, token_end)):
                # ("Kombes Pol H. Ompusunggu, SIK": before one clan name alone "H." is an initial)
                if prefix_shape or (token in ("H", "Hj") and (
                        _given_name_next(text, token_end) or prefix is not None
                        or _two_name_words_next(text, token_end, stop))):
                    # ("H Yusuf": Haji without its dot before a known given name, after another title ("Drs.
                    # H Darmo") or before two name words ("H Darmo Karmun"); "Bripka H Panjaitan", a clan
                    # name after it, keeps the initial)
                    prefix = token if prefix is None else prefix
                    i = token_end
                    continue
        head, dot_mark, last = token.rpartition(".")
        if (words and dot_mark and len(head) >= 2 and last[:1].isupper() and last[1:].islower()
                and fold(last) in stop):
            # "Kolonel Inf Bambang Karmun.Karena telah ...", "Subagyo SH.Justru ...": the sentence's dot with
            # no blank after it; the name or its degree ends there
            if not is_degree(head):
                words.append(head)
                spans.append((token_start, token_start + len(head)))
            break
        glued = _glued_degree(token)
        if glued is not None:  # "Karmun.S.H", "Aldiansyah.Se": the name's last word, a degree glued by a dot
            words.append(token[:glued])
            spans.append((token_start, token_start + glued))
            degree_end = _TOKEN.match(text, token_start + glued + 1).end(1)
            more, after = read_degrees(text, degree_end)
            return NameRead(start=spans[0][0], end=spans[-1][1], words=tuple(words), prefix=prefix,
                            degrees=(token[glued + 1:], *more), after=after if more else degree_end, spans=tuple(spans))
        degree, initials, word, ends_sentence, key, capitalised, particle, dot = _token_facts(token)
        if not words and key == "hewan" and prefix is not None and norm_key(prefix) in ("dr", "drh"):
            i = token_end  # "dr Hewan Darsih": dokter hewan, a veterinarian's title
            continue
        if degree and not words and len(token) == 2 and token.isupper() and token in _degree_words():
            degree = False  # "AP Sitompul": two initials open a name; after one, "Darmo AP" is the degree
        if degree and (words or not initials):
            break
        if not key:
            break
        if (key in stop and (words or prefix is None or not prefix.endswith(".") or key not in _words_after_title())
                and not (capitalised and _stop_word_in_name(text, words, key, token_start, token_end))
                and not (not words and key in TITLE_OPENERS and token[1:].islower()
                         and _title_opens_name(text, token_start, token_end, stop, key))):
            # (right after a Haji or academic title a role word is a name: "H. Kader Sulaiman")
            break
        if not capitalised:
            if not (words and particle and _followed_by_name(text, token_end)):
                break
        words.append(word)
        spans.append((token_start, token_start + len(word)))
        if len(words) == 1 and word in name_openers():
            limit += 1  # "I Putu Gede ...": one more word
        elif norm_key(word) in TITLE_INSIDE:
            limit += 2  # a Minang title's words after "Dt.": two more
        i = token_end
        if ends_sentence:
            initial = _INITIAL_AFTER_DOT.match(text, token_end)
            if initial:  # "Brigadir Irwan. S melaksanakan": the dot was a stray one before his initial
                words.append(initial.group(1))
                spans.append((initial.start(1), initial.end(1)))
            break
        if dot and _LINE_END.match(text, token_end):
            break  # "M.A." closing a line ends the sentence too
    # A lone particle or nothing at all is no name; nor is a customary title with no words after it ("Amir Dt.").
    while words and (words[-1] in particles() or len(words) > 1 and norm_key(words[-1]) in TITLE_INSIDE):
        words.pop()
        spans.pop()
    if not words:
        return None
    if len(words) > 2 and len(words[-2].rstrip(".")) == 1 and is_degree(words[-2].rstrip(".") + "." + words[-1]):
        del words[-2:], spans[-2:]  # "Darmo Karmun M. Si", "Karmun S. Sy": a degree written with a blank
    elif (len(words) > 3 and len(words[-3].rstrip(".")) == 1 and len(words[-2]) <= 3
          and norm_key("".join(words[-3:])) in degree_keys()):
        del words[-3:], spans[-3:]  # "Sobarudin M Tr Hanla": M.Tr.Hanla written with blanks
    start, end = spans[0][0], spans[-1][1]
    degrees, after = read_degrees(text, end)
    if (len(words) > 2 and len(words[-1]) == 1 and degrees and BLANK_THEN_CAPITAL.match(text, end)
            and is_degree(f"{words[-1]}.{degrees[0].rstrip(',')}")):
        # "Darsih Yunita S STP, MM": the letter opens the first degree (S.STP), no initial of the name
        degrees = (f"{words[-1]} {degrees[0]}", *degrees[1:])
        del words[-1], spans[-1]
        end = spans[-1][1]
    elif (len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper() and not degrees
          and (split := _COMMA_DEGREE_REST.match(text, end)) and is_degree(f"{words[-1]}.{split.group(1)}")):
        # "Darmo Karmun S, Sos dan ...": a degree split by a comma instead of its dot, no initial of the name
        more, after = read_degrees(text, split.end())
        degrees = (f"{words[-1]}.{split.group(1)}", *more)
        after = after if more else split.end()
        del words[-1], spans[-1]
        end = spans[-1][1]
    elif len(words) > 1 and words[-1] == "A.P." and degrees and text.startswith(",", end):
        # "Darmo A.P., S.H.": the two letters stand in the row of degrees (Ahli Pemerintahan)
        degrees = (words[-1], *degrees)
        del words[-1], spans[-1]
        end = spans[-1][1]
    return NameRead(start=start, end=end, words=tuple(words), prefix=prefix, degrees=degrees,
                    after=after if degrees else end, spans=tuple(spans))


# Headlines and link lines are short; a line longer than this is body text. Looking no further than
# this around a position keeps the line checks cheap on long texts written without line breaks.
LONG_LINE = 400


def short_line_bounds(text: str, pos: int, limit: int = LONG_LINE) -> tuple[int, int] | None:
    """Start and end of the line holding ``pos`` (as :func:`textutil.line_bounds`), or ``None`` when
    the line is longer than ``limit`` characters on either side of ``pos``."""
    if 0 <= pos <= len(text):  # from the text's line index, shared by the extractors (same answer)
        start, end = line_index(text).bounds(pos)
        return None if start < pos - limit or end > pos + limit else (start, end)
    lo, hi = max(0, pos - limit), min(len(text), pos + limit)
    start, end = line_bounds(text[lo:hi], pos - lo)
    start, end = start + lo, end + lo
    if start == lo and lo > 0 and text[lo - 1] != "\n":
        return None
    if end == hi and hi < len(text) and text[hi] != "\n":
        return None
    return start, end


def runs_on_line(text: str, bounds: tuple[int, int]) -> bool:
    """The line at ``bounds`` belongs to a hard-wrapped paragraph, not a headline or a link: it opens in
    lower case or ends with a comma, the long body line before it runs on into it (no closing mark), or
    the next line opens in lower case."""
    start, end = bounds
    line = text[start:end].strip()
    if not line:
        return False
    if line[:1].islower() or line.endswith((",", ";")):
        return True
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].strip() if start > 0 else ""
    if len(before) >= 40 and not before.endswith((".", "!", "?", ":", '"', "”", ")")) and not _title_case(before):
        return True  # (a headline before it has no closing mark either: a list of headlines)
    return text[end + 1:end + 4].lstrip(" \t")[:1].islower()


def is_title_case_line(text: str, pos: int) -> bool:
    """A title-case line without closing punctuation: a headline, where verbs are capitalised too."""
    bounds = short_line_bounds(text, pos)
    return bounds is not None and _title_case(text[bounds[0]:bounds[1]])


_CREDIT_AT_END = re.compile(r"[ \t]*\([^()]{1,40}\)[ \t]*$")


@lru_cache(maxsize=256)
def _title_case(line: str) -> bool:
    """Cached: every rank, role and name on a headline asks about the same line."""
    line = line.strip()
    words = [w for w in _LETTER_RUNS.findall(line) if len(w) >= 3]
    if len(words) < 3 or _CREDIT_AT_END.sub("", line).endswith((".", "”", '"')):
        return False  # (a sentence closed before the writer's credit: "... Glonggong.(Pendim 0728/Sukamaju)")
    if len(words) > 45:
        return False  # a paragraph listing officials, not a headline (a headline, even run into its lede, holds fewer)
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.7


def wrapped_line(text: str, pos: int) -> bool:
    """True when the line ending before ``pos`` was wrapped in mid-sentence (a long body line, not a
    headline or a short line of its own), so a name may go on on the next line."""
    bounds = short_line_bounds(text, max(0, pos - 1))
    if bounds is None:
        return True
    line = text[bounds[0]:bounds[1]].strip()
    return len(line) >= 60 and not _title_case(line)


_TWO_WORDS = re.compile(r"[ \t]+([A-Z][a-z'’]+)[ \t]+([A-Z][a-z'’]+)")


def _past_honoris(text: str, pos: int) -> int:
    """After an honorary doctorate's mark at ``pos``, if one is written there."""
    m = _HONORIS_CAUSA.match(text, pos)
    return m.end() if m else pos


def _haji_and_initial(text: str, token: str, token_end: int) -> bool:
    """"HA Aslam Patonangi", "HM Suhaili FT", "HM. Darmo": Haji and an initial written as one, before a name
    of two words or more, or dotted before one word no clan name ("HM Nasution", one clan name after it,
    is two initials; "HJ." is Hajjah)."""
    if not _HAJI_INITIAL.match(token) or token[1] == "J":  # ("HJ Darsih", "HJ. Darsih": Hajjah)
        return False
    if _HAJI_INITIAL_NAME.match(text, token_end):
        return True
    one = _ONE_WORD_NEXT.match(text, token_end) if token.endswith(".") else None
    return one is not None and fold(one.group(1)) not in lexicon.family_names()


def _stop_word_in_name(text: str, words: list[str], key: str, token_start: int, token_end: int) -> bool:
    """A capitalised stop word that is a word of the name being read: the Arabic article ("Sayed Umar Al
    Habsyi"), a form of address inside a Balinese name ("I Made Mas Darma"), a common word before a clan
    name ("Patar Giat Simbolon"; no joiner, verb or headline word)."""
    if key in _INNER_ARTICLES or key in _BALINESE_INNER and len(words) >= 2 and words[0] in name_openers():
        return _followed_by_name(text, token_end)
    if words and len(key) >= 4 and key in lexicon.dates().months:
        # a month's name before a known name word is one of the name's ("Iptu Bhakti Juni Ardhi"; not "Darmo Juni
        # 2023", "Darmo Juni Lalu")
        nxt = _TOKEN.match(text, token_end)
        return (nxt is not None and "\n" not in text[token_end:nxt.start(1)] and is_capitalised(nxt.group(1))
                and fold(nxt.group(1)) not in lexicon.stopwords()
                and (fold(nxt.group(1)) in lexicon.given_names() or fold(nxt.group(1)) in lexicon.family_names()))
    if words and key in name_words_also_stops() and _closes_name(text, token_end) and not is_title_case_line(text, token_start):
        return True
    return (bool(words) and key in lexicon.stopwords() and key not in _joining_words() and not AFFIXED.match(key)
            and _family_name_next(text, token_end) and not is_title_case_line(text, token_start))


@lru_cache(maxsize=1)
def name_words_also_stops() -> frozenset[str]:
    """Name words that are stop words too (data/people.yaml): one may close a name."""
    return frozenset(fold(w) for w in lexicon.people().name_words_also_stop_words)


# What the verb "bangun" (build, get up) takes, lower-case: after it a clan name that is the verb too is the verb
_VERB_OBJECTS = frozenset({"rumah", "jembatan", "jalan", "masjid", "mushola", "sekolah", "gedung", "pos", "pagi",
                           "subuh", "pukul", "jam", "tidur", "kembali", "lagi", "dari"})


def _closes_name(text: str, pos: int) -> bool:
    """No capitalised word follows on the line, nor a lower-case word the verb takes: a clan name that is a
    verb or a rank too ends the name there ("Kadri Bangun (65)", "Kadri Bangun menyampaikan", "Tony Mayor,
    S.Pd."), where the verb takes its object ("Karyo Bangun Jembatan", "Pak Mahmud Bangun rumah baru").
    (Before another clan name it is inside the name: "Sahat Bangun Sembiring".)"""
    m = _TOKEN.match(text, pos)
    if m is None or "\n" in text[pos:m.start(1)]:
        return True
    word = m.group(1)
    return not is_capitalised(word) and fold(word.rstrip(".,")).split("-")[0] not in _VERB_OBJECTS


@lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    """Words that join or end names when capitalised (the name_stop list: "Bersama", "Beserta", headline
    verbs), and conjunctions: never inside a name before a clan name."""
    return frozenset(fold(w) for w in lexicon.people().name_stop) | {"beserta", "dan", "serta", "atau", "dengan"}


def _clan_name_alone_next(text: str, pos: int) -> bool:
    """One clan or family name comes next and no capitalised word after it ("H. Ompusunggu, SIK"; not a
    mostly Muslim clan's: "Kapten H. Harahap" is a Haji)."""
    m = _TOKEN.match(text, pos)
    clan = fold(m.group(1).rstrip(",.")) if m is not None else ""
    if m is None or "\n" in text[pos:m.start(1)] or clan not in lexicon.family_names() or clan in lexicon.muslim_clans():
        return False
    nxt = _TOKEN.match(text, m.end(1))
    return nxt is None or not is_capitalised(nxt.group(1)) or is_degree(nxt.group(1))


def _family_name_next(text: str, pos: int) -> bool:
    """A clan or family name comes next: a common word before it is inside the name ("Patar Giat
    Simbolon")."""
    m = _TOKEN.match(text, pos)
    return m is not None and "\n" not in text[pos:m.start(1)] and fold(m.group(1)) in lexicon.family_names()


def _two_name_words_next(text: str, pos: int, stop: frozenset[str]) -> bool:
    """Two capitalised words follow, neither a stop word, the first no clan name ("H Darmo Karmun"; not
    "H Panjaitan Polsek ...")."""
    m = _TWO_WORDS.match(text, pos)
    if m is None:
        return False
    first, second = fold(m.group(1)), fold(m.group(2))
    return (first not in stop and second not in stop
            and (first in lexicon.given_names() or first not in lexicon.family_names()))


def _given_name_next(text: str, pos: int) -> bool:
    m = _TOKEN.match(text, pos)
    return bool(m) and fold(m.group(1).rstrip(".")) in lexicon.given_names()


def _followed_by_name(text: str, pos: int) -> bool:
    m = _TOKEN.match(text, pos)
    return bool(m) and is_capitalised(m.group(1)) and "\n\n" not in text[pos:m.start(1)]


# --- comparing names -------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[str, ...]:
    """Case-folded words of a name with initials' dots removed ("R. Simatupang" -> (r, simatupang)).
    Cached: the same few names are compared again and again while mentions are grouped."""
    out = []
    words = name.split()
    for w in words:
        if len(words) > 1 and 2 <= len(w.rstrip(".")) <= 3 and w.rstrip(".").isupper() and w.rstrip(".").isalpha():
            out.extend(w.rstrip(".").casefold())  # initials written together: "PE Silaen" is "P E Silaen"
            continue
        for part in _INNER_DOT.split(w):  # "M.Purba" -> M, Purba; "Abd.Rahim" -> Abd, Rahim
            key = norm_key(part)
            if len(key) >= 4:  # (short words stay: "Aa" is no initial)
                key = _OLD_SPELLING.sub(_respell, key)
            if key:
                out.append(key)
    return tuple(out)


# The spelling before 1972 lives on in names ("Soedarmo" / "Sudarmo", "Djoko" / "Joko", "Tjipto" /
# "Cipto"), and one name is written in several ways ("Arief" / "Arif", "Rudy" / "Rudi", "Deddy" / "Dedy";
# "Prasetyo" / "Prasetiyo", "Supriadi" / "Supriyadi"; "Syafroni" / "Safroni"): compared, they are one. ("dh" stays:
# "Serda Budhi" beside "Budi, petani" are two.)
_NEW_SPELLING = {"dj": "j", "tj": "c", "oe": "u", "ie": "i", "y": "i", "iy": "i", "sy": "s"}
_OLD_SPELLING = re.compile(r"dj|tj|oe|ie|sy|(?<=[a-z])i?y(?=[aeiou]|$)|([a-z])\1")


def _respell(m: re.Match) -> str:
    return m.group(1) or _NEW_SPELLING[m.group(0)]


def _word_matches(short: str, long_: str) -> bool:
    """One word of the shorter name (``short``) against one of the longer: equal, one is the initial of
    the other, or ``short`` is ``long_`` cut after three letters or more, as names are shortened in
    speech ("Wan Zul" of "Wan Zulkifli"; a full word must match too, see :func:`names_compatible`)."""
    if short == long_ or (len(short) == 1 and long_.startswith(short)) or (len(long_) == 1 and short.startswith(long_)):
        return True
    # (only the shorter name's word may be cut: "Adi Lalo" is no short form of "Adilalo")
    return len(short) >= 3 and len(long_) > len(short) and long_.startswith(short)


def names_compatible(a: str, b: str) -> bool:
    """True when two written names can be one person: "Andi Lesmana" / "Andi", "R. Simatupang" /
    "Simatupang", "Dimas Ardan P" / "Dimas Ardan Pratama". Every word of the shorter name must match a
    distinct word of the longer, in order, and at least one full (non-initial) word must match,
    unless the shorter is a single initial that opens the longer."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    j = 0
    full_match = False
    for w in short:
        if len(w) > 1 and w in long_[j:]:
            j = long_.index(w, j)  # a full word matches itself before any initial ("Hasto" / "GTH Hasto")
        while j < len(long_) and not _word_matches(w, long_[j]):
            j += 1
        if j == len(long_):
            return False
        if len(w) > 1 and w == long_[j]:
            full_match = True
        j += 1
    return full_match or (len(short) == 1 and len(short[0]) == 1 and long_[0].startswith(short[0]))


class NameIndex:
    """Items filed under their names, so the items a name may refer to are found without comparing
    the name with every item (which made long texts quadratic). Two compatible names share a full
    word, or one of them is a single initial opening the other (see :func:`names_compatible`), so
    only items filed under those keys are compared."""

    def __init__(self) -> None:
        self._names: list[str] = []
        self._items: list = []
        self._by_word: dict[str, list[int]] = {}
        self._by_letter: dict[str, list[int]] = {}  # first letter of the first word
        self._initials: dict[str, list[int]] = {}  # names that are one initial

    def __len__(self) -> int:
        """How many items were added (answers of :meth:`compatible` hold while this is unchanged)."""
        return len(self._items)

    def add(self, name: str, item) -> None:
        idx = len(self._items)
        self._names.append(name)
        self._items.append(item)
        words = name_words(name)
        for w in dict.fromkeys(words):
            if len(w) > 1:
                self._by_word.setdefault(w, []).append(idx)
        if words:
            self._by_letter.setdefault(words[0][0], []).append(idx)
            if len(words) == 1 and len(words[0]) == 1:
                self._initials.setdefault(words[0], []).append(idx)

    def compatible(self, name: str) -> list:
        """The items whose names are compatible with ``name``, in the order they were added."""
        words = name_words(name)
        if not words:
            return []
        found: set[int] = set()
        for w in words:
            if len(w) > 1:
                found.update(self._by_word.get(w, ()))
        found.update(self._initials.get(words[0][0], ()))
        if len(words) == 1 and len(words[0]) == 1:
            found.update(self._by_letter.get(words[0], ()))
        return [self._items[i] for i in sorted(found) if names_compatible(name, self._names[i])]


def short_form_of(short: str, name: str) -> bool:
    """Whether the one-word ``short`` may be the familiar short form of a word of ``name``: its start
    ("Niko" of "Nikodemus") or, past its first letter, its end ("Iwan" of "Suryawan", "Yanto" of
    "Suryanto"), as Indonesian nicknames are made."""
    words = name_words(short)  # (spelled as the name's words are: "Arief" / "Arif")
    if len(words) != 1 or len(words[0]) < 3:
        return False
    short = words[0]
    for w in name_words(name):
        if len(w) > len(short) and (w.startswith(short) or (len(short) >= 4 and w.endswith(short[1:]))):
            return True
    return False

