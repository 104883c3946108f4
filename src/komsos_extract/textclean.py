"""Make any input safe to process without moving a single character offset.

Offsets in the record index the text the caller passed in, so cleaning never inserts or deletes:
control characters become spaces one for one, and text past the length limit is left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from .textutil import beyond_ascii

# A run of one punctuation character this long carries no meaning and makes spaCy's suffix search
# quadratic ("////..."): such runs are read as spaces, one for one.
_PUNCT_RUN = re.compile(r"([^\w\s])\1{31,}")
_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# Lone surrogates cannot be encoded (spaCy and any writer would fail on them): one U+FFFD each.
_SURROGATE_CHARS = r"\ud800-\udfff"
_SURROGATE = re.compile(f"[{_SURROGATE_CHARS}]")
_ID_WORD_LIST = ("dan", "yang", "di", "ke", "dengan", "untuk", "dalam", "pada", "dari", "ini", "itu", "tersebut",
                 "warga", "kegiatan")
_ID_WORDS = frozenset(_ID_WORD_LIST)
# A word is an Indonesian function word when it is one, case-insensitively (for a word beyond ASCII
# with the regex engine's folding: "ſ" and the Kelvin sign read as "s" and "k").
_ID_WORD = re.compile("|".join(_ID_WORD_LIST), re.I)
_WORD = re.compile(r"\w+")
# Characters that cleaning replaces: most texts hold none, and one search tells.
_ODD = re.compile(f"[{_CONTROL_CHARS}{_SURROGATE_CHARS}]")

DEFAULT_MAX_CHARS = 100_000


@dataclass
class CleanText:
    original: str
    text: str
    warnings: list[str] = field(default_factory=list)


def coerce_text(value: object) -> tuple[str, list[str]]:
    """Whatever the caller passed, a ``str`` and what was done to get it."""
    if value is None:
        return "", ["no text given"]
    if isinstance(value, str):
        return value, []
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode("utf-8"), ["text given as bytes, decoded as UTF-8"]
        except UnicodeDecodeError:
            return bytes(value).decode("utf-8", errors="replace"), [
                "text given as bytes that are not valid UTF-8; undecodable bytes replaced"]
    return str(value), [f"text given as {type(value).__name__}, converted with str()"]


def clean(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> CleanText:
    warnings: list[str] = []
    work = text
    if len(work) > max_chars:
        work = work[:max_chars]
        warnings.append(f"text is {len(text)} characters; only the first {max_chars} were read")
    if not work.strip():
        warnings.append("text is empty")
        return CleanText(text, work, warnings)
    odd = _ODD.search(work) is not None
    n_control = len(_CONTROL.findall(work)) if odd else 0
    if n_control:
        work = _CONTROL.sub(" ", work)
        warnings.append(f"{n_control} control characters read as spaces")
    runs = _PUNCT_RUN.findall(work) if _may_hold_punct_run(work) else []
    if runs:
        work = _PUNCT_RUN.sub(lambda m: " " * len(m.group(0)), work)
        warnings.append(f"{len(runs)} long runs of a repeated punctuation character read as spaces")
    n_surrogates = len(_SURROGATE.findall(work)) if odd else 0
    if n_surrogates:
        work = _SURROGATE.sub("\ufffd", work)
        warnings.append(f"{n_surrogates} lone surrogate code points read as U+FFFD")
    n_replacement = work.count("\ufffd")
    if n_replacement:
        warnings.append(f"text holds {n_replacement} replacement characters (U+FFFD): it was decoded lossily")
    if not _looks_indonesian(work[:5000]):
        warnings.append("text does not look like Indonesian; fields may be empty")
    return CleanText(text, work, warnings)


# A run of _PUNCT_RUN's length holds two characters this far apart at offsets that are multiples of it.
_RUN_STRIDE = 16


def _may_hold_punct_run(text: str) -> bool:
    """False when ``text`` holds no run of 32 equal characters that are no word character nor white
    space (``_PUNCT_RUN``), found without trying its pattern at every punctuation mark. Such a run
    covers a multiple of 16 and the position 16 after it, which hold the same character: the
    characters at the multiples of 16 are compared with those 16 further on, in C."""
    return any(not (a.isalnum() or a == "_" or a.isspace())
               for a, b in zip(text[::_RUN_STRIDE], text[_RUN_STRIDE::_RUN_STRIDE]) if a == b)


# Every ASCII byte to itself lower-cased when it is a word character (``\w``), to a blank otherwise.
_ASCII_WORDS = bytes(c | 0x20 if 0x41 <= c <= 0x5A else c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 or c == 0x5F)
                     else 0x20 for c in range(256))
_ID_WORD_BYTES = frozenset(w.encode("ascii") for w in _ID_WORD_LIST)


def _looks_indonesian(chunk: str) -> bool:
    """Whether ``chunk`` is too short to tell (fewer than 30 ``\\w+`` runs) or enough of its words
    are Indonesian function words (one in 50, at least two). When every word character of the chunk
    is ASCII (any other character is no word character and so splits words like a blank), its
    words are read by a byte translation and a split, not a regex match per word."""
    if chunk.isascii():
        data = chunk.encode("ascii")
    else:
        if _WORD.search(beyond_ascii(chunk)) is not None:
            words = _WORD.findall(chunk)
            return len(words) < 30 or _enough_function_words(words, max(2, len(words) // 50))
        data = chunk.encode("ascii", "replace")  # "?" (no word character) for each of them
    words_b = data.translate(_ASCII_WORDS).split()
    if len(words_b) < 30:
        return True
    # enough once the wanted-th function word is found
    wanted = max(2, len(words_b) // 50)
    return next(islice(filter(_ID_WORD_BYTES.__contains__, words_b), wanted - 1, None), None) is not None


def _enough_function_words(words: list[str], wanted: int) -> bool:
    """Whether at least ``wanted`` of ``words`` (whole ``\\w+`` runs) are Indonesian function words;
    stops counting once there are enough."""
    found = 0
    for word in words:
        if word.lower() in _ID_WORDS if word.isascii() else _ID_WORD.fullmatch(word):
            found += 1
            if found >= wanted:
                return True
    return False
