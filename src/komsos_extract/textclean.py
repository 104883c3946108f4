"""Make any input safe to process without moving a single character offset.

Offsets in the record index the text the caller passed in, so cleaning never inserts or deletes:
control characters become spaces one for one, and text past the length limit is left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    runs = _PUNCT_RUN.findall(work)
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
    words = _WORD.findall(work[:5000])
    if len(words) >= 30 and not _enough_function_words(words, max(2, len(words) // 50)):
        warnings.append("text does not look like Indonesian; fields may be empty")
    return CleanText(text, work, warnings)


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
