"""The dateline (the place word that opens the story) and the title line above it.

"Asahan | ...", "MADIUN, ArekMEMO.com - ...", "Gianyar - Lebih, ...", "NTT-Kefamenanu, ...",
"SELATPANJANG (media.co)-...", "portalkita.co.id, MALINAU – ...".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules read only the text: spaCy is imported where a model runs
    from spacy.tokens import Doc

from .base import Candidate, CandidateExtractor, doc_text

_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ \t][A-Z][A-Za-z'’.]*){0,3}"
_SEP = r"[ \t]*(?:\||–|—|-(?=[ \t]|[A-Z])|:)"
# "<site>, " before the place, "(site)" or ", <site>" after it, then a separator.
_DATELINE = re.compile(
    rf"^[ \t]*(?:[\w.\-]+\.(?i:com|id|net|co\.id|or\.id|news)[ \t]*,[ \t]*)?"
    rf"(?P<place>{_PLACE})"
    rf"[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:,[ \t]*[^,|\n–—]{{1,40}}?)?{_SEP}"
)
# "NTT-Kefamenanu, ...": a province abbreviation joined to the place.
_DATELINE_REGION = re.compile(rf"^[ \t]*[A-Z]{{2,5}}-(?P<place>{_PLACE})[ \t]*(?:,|{_SEP})")
# "Pontianak, Dalam rangka ..." : a place and a comma opening a long first paragraph.
_DATELINE_COMMA = re.compile(rf"^[ \t]*(?P<place>{_PLACE}),[ \t]+(?=[A-Z])")
_GLUED = re.compile(r"[a-z][A-Z]")
_SENTENCE_WORDS = {"dalam", "untuk", "pada", "sebagai", "menurut", "selain", "sementara", "kegiatan", "hal"}


class DatelineExtractor(CandidateExtractor):
    name = "dateline"
    labels = ("DATELINE", "TITLE")

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        out: list[Candidate] = []
        pos = 0
        lines_seen = 0
        first_title = None
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                lines_seen += 1
                cand = self._dateline(line, pos)
                if cand is not None:
                    out.append(cand)
                    break
                if first_title is None and self._looks_like_title(stripped):
                    s = pos + line.index(stripped)
                    first_title = Candidate("TITLE", s, s + len(stripped), stripped, rule="title:first_line")
            if lines_seen >= 12:
                break
            pos += len(line)
        if first_title is not None and (not out or first_title.start < out[0].start):
            out.append(first_title)
        return out

    @staticmethod
    def _looks_like_title(line: str) -> bool:
        words = line.split()
        if len(_GLUED.findall(line)) >= 2:
            return False  # a category menu run together: "BeritaBerita UtamaDaerah..."
        return 4 <= len(words) <= 30 and len(line) <= 200 and not line.endswith((".", ":"))

    @staticmethod
    def _dateline(line: str, offset: int) -> Candidate | None:
        m = _DATELINE_REGION.match(line)
        rule = "dateline:region"
        if m is None:
            m = _DATELINE.match(line)
            rule = "dateline:separator"
        if m is None and len(line) >= 100:
            m = _DATELINE_COMMA.match(line)
            rule = "dateline:comma"
        if m is None:
            return None
        place = m.group("place").rstrip(".")
        words = place.split()
        if not words or words[0].casefold() in _SENTENCE_WORDS or len(words) > 4:
            return None
        start = offset + m.start("place")
        return Candidate("DATELINE", start, start + len(place), place, rule=rule)
