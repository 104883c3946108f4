"""The fast activity scans find exactly what the plain scans they replace find."""

from __future__ import annotations

import random
import re

import pytest

from komsos_extract.extractors import activities as act
from komsos_extract.extractors.base import TextDoc
from komsos_extract.textutil import literal_prefixes, trie_pattern


@pytest.mark.parametrize("pattern, expected", [
    ("komsos", {"komsos"}),
    ("komunikasi sosial", {"komuni"}),
    ("(?:ber)?tatap muka", {"bertat", "tatap "}),
    (r"karya[\s\-]+b[h]?akti", {"karya"}),
    ("jum['’]?at curhat", {"jumat ", "jum'at", "jum’at"}),
    ("ab{2,4}c", {"abbc", "abbbc", "abbb"}),
    ("ab*c", {"ac", "abc", "abbc", "abbbc", "abbb"}),
    ("[a-c]x", {"ax", "bx", "cx"}),
    ("(?=a)abc", {"abc"}),
    (r"(?:\w+ )?pohon", None),      # may begin with any letter
    ("a?", None),                    # may match nothing
    ("a|", None),
    ("(?i)abc", None),               # case-insensitive: the letters are not literal
])
def test_literal_prefixes(pattern, expected):
    got = literal_prefixes(pattern)
    assert (None if got is None else set(got)) == expected


def test_literal_prefixes_begin_every_match():
    rng = random.Random(5)
    patterns = ["(?:ber)?silah?tur?rah(?:mi|im)", "pos(?:yandu|bindu)?|ronda", "x(?: \\w+){0,3} y", "(?:ab)+c",
                "[0-9]{2,3}[a-c]", "(?:me|pe)n(?:g|y)?(?:amanan|ukur)"]
    for pattern in patterns:
        prefixes = literal_prefixes(pattern)
        regex = re.compile(pattern)
        for _ in range(3000):
            text = "".join(rng.choice("abcmenpgyxukrsolithd0123 ") for _ in range(rng.randint(1, 12)))
            hit = regex.match(text)
            if hit is not None and hit.end() > 0:
                assert any(text.startswith(p) for p in prefixes), (pattern, text)


@pytest.mark.parametrize("words, text, expected", [
    (["kom", "komsos", "pat"], "komsos patroli kita", ["kom", "pat"]),
    (["ab", "abc", "b"], "abc b x", ["ab", "b"]),
    ([], "apa saja", []),
])
def test_trie_pattern_matches_the_shortest_word(words, text, expected):
    assert re.findall(trie_pattern(words), text) == expected


def _plain_hits(text):
    """What the single-regex scan (one lookahead group per label) finds."""
    groups = act._compiled_cues(act._lowered(text) is None)
    found = act._scanned_hits(text, act._lowered(text))
    return [(groups[gi].label, index, start, end) for gi in range(len(groups)) for index, start, end in found[gi]]


def _lexicon_words():
    words = []
    for label in act.activity_lexicon().labels.values():
        for cue in label.cues:
            words += [w for w in re.split(r"[^a-z]+", re.sub(r"\[[^\]]*\]|\\w", " ", cue.pattern)) if len(w) > 1]
    return sorted(set(words))


def test_indexed_scan_finds_what_the_plain_scan_finds():
    assert act._cue_index() is not None  # the packaged cues all begin with spelled-out letters
    rng = random.Random(3)
    words = _lexicon_words() + "di ke dan agar untuk yang ber me".split()
    seps = [" ", "-", "\n", "", ", ", "–", "’", " “", "'", "  ", ". ", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 25)))
        text = "".join(c.upper() if rng.random() < 0.1 else c for c in text)
        assert [(g.label, i, s, e) for g, i, _, s, e in act.cue_hits(text)] == _plain_hits(text), text


def _plain_sentences(text, start=0):
    """The sentence splitter as it read the whole text at once (splitlines and a sorted cut list)."""
    cuts = []
    for m in act._SENTENCE_END.finditer(text, start):
        before = text[max(start, m.start() - 12):m.start()]
        if "\n" not in m.group(0) and act._ABBREVIATION.search(before):
            continue
        cuts.append((m.start(), m.end()))
    pos = start
    for line in text[start:].splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        if line.strip() and len(line.split()) <= act.SHORT_LINE_WORDS:
            cuts.append((end, end))
        pos += len(line)
    out = []
    pos = start
    for cut_start, cut_end in sorted(set(cuts)):
        if cut_start < pos:
            continue
        if text[pos:cut_start].strip():
            out.append((pos, cut_start))
        pos = cut_end
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


SENTENCE_TEXTS = [
    "",
    "Judul Berita Singkat\n\nKODIM 0101 - Babinsa Koramil melaksanakan komsos. Warga menyambut baik.\n",
    "Senin (3/2/2025)\r\nKapten Inf. S.H. hadir di Kec. Sukamaju. “Kami siap,” ujarnya.\rSelesai",
    "Baris satu\x0bbaris dua\x0cbaris tiga\x1cempat\x1d\x1e\x85lima\u2028enam\u2029tujuh.\n\n\n",
    "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh. Kedua kalimat! Ketiga? (Empat) kata.",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_read_lazily_match_the_whole_text_split(text):
    for start in range(0, len(text) + 1, 3):
        assert act.sentences(text, start) == _plain_sentences(text, start)


def test_sentences_match_on_random_text():
    rng = random.Random(17)
    pieces = ["Kata", "kata", "Kec.", "S.H.", "a.", "dua", "TIGA", "(Empat)", "“Lima", "enam”", "7", "delapan."]
    seps = [" ", ". ", "\n", "\r\n", "\n\n", "\r", "\x0b", "\u2028", "! ", "? ", '." ', "  \n \n", ", "]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        assert act.sentences(text, start) == _plain_sentences(text, start), (text, start)


def _plain_resolve(hits, text):
    """Overlap resolution as it ran on every text: the longest-first pass always, then acronyms."""
    kept = act._longest_first(hits, len(text))
    out = []
    last_of_label = {}
    for hit in kept:
        prev = last_of_label.get(hit.label)
        if prev is not None and act._ACRONYM_GAP.match(text[prev.end:hit.start]) and text[hit.end:hit.end + 1] == ")":
            continue
        out.append(hit)
        last_of_label[hit.label] = hit
    return out


def test_overlap_resolution_matches_the_longest_first_pass():
    rng = random.Random(23)
    cue = act.Cue(pattern="x", weight=1)
    for _ in range(3000):
        text = "".join(rng.choice("ab (  )") for _ in range(rng.randint(1, 40)))
        hits = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(len(text))
            hits.append(act._Hit(rng.choice("PQR"), rng.randint(0, 3), cue, start,
                                 min(len(text), start + rng.choice([0, 1, 1, 2, 3, 5]))))
        assert act._resolve_overlaps(hits, text) == _plain_resolve(hits, text)


def _activity_cands(text: str) -> list[tuple]:
    return [(c.start, c.end, c.rule, c.score, c.attrs) for c in act.ActivityExtractor().find(TextDoc(text))]


def test_texts_without_future_words_skip_reading_after_cues_and_find_the_same(monkeypatch):
    """A text none of whose runs of letters opens a future phrase ("akan", "rencananya") is not read
    after each cue: the candidates are those of reading after every cue."""
    rng = random.Random(41)
    words = ["komsos", "patroli", "kerja", "bakti", "akan", "AKAN", "akan-akan", "nantinya", "dilaksanakan",
             "melaksanakan", "agar", "tidak", "warga", "desa", "Rencananya", "direncanakan", "akanan"]
    seps = [" ", "  ", ", ", ". ", "\n", "-", "“", "”", "é", "ſ", "_", "2"]
    for n in range(800):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 20)))
        fast = _activity_cands(text)
        with monkeypatch.context() as m:
            m.setattr(act, "_may_say_future", lambda text: True)
            assert _activity_cands(text) == fast, text


def _plain_advice_lists(text: str) -> list[tuple[int, int]]:
    """advice_lists with every sentence read (no test for a point's word first)."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(act, "_may_open_a_point", lambda text, lowered: True)
        return act.advice_lists(text)


@pytest.mark.parametrize("text", [
    "Warga diimbau hal yang perlu dilakukan. Pertama, cuci tangan. Kedua, pakai masker.",
    "Hal yang perlu dilakukan warga:\nkedua tangan dicuci\n\nketiga kalinya",
    "Kedua belah pihak sepakat. Yang terakhir hadir adalah warga.",
    "Agar aman:\n- pertama, jaga jarak\n- kedua, cuci tangan",
    "Kedua", "x kedua\u2028 ketiga", "",
])
def test_point_words_found_as_by_reading_every_sentence(text):
    assert act.advice_lists(text) == _plain_advice_lists(text)


def test_point_words_found_as_by_reading_every_sentence_on_random_text():
    rng = random.Random(42)
    pieces = ["Pertama", "pertama", "KEDUA", "kedua", "ketiga", "terakhir", "Terakhir", "keduanya", "agar",
              "perlu", "dilakukan", "warga", "hal", "yang", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", "\r\n",
              "\u2028", "“", "(", "- ", "1. ", "é", "ſ", "x", "Desa"]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        expected = _plain_advice_lists(text)
        assert act.advice_lists(text) == expected, text
        found += bool(expected)
    assert found > 20
