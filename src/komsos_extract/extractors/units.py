"""Military and police units: a kind word (from ``data/units.yaml``) plus a number and/or a name.

Regular expressions run over ``doc.text`` because unit numbers cross token boundaries
("Kodim1602/Ende", "0201- 03/MD"); names are then read word by word with :func:`scan_name`.
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc

from .. import lexicon
from ..textutil import in_clutter_line, scan_name
from .base import Candidate, CandidateExtractor, doc_text

_DIGITS = re.compile(r"[ \t]*(\d{1,4}(?:[ \t]*[-–/][ \t]*\d{1,3})?)(?!\d)")  # "416 – 07" too
_ROMAN = re.compile(r"[ \t]*([IVX]{1,5})(?![\w])")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_SPACE = re.compile(r"[ \t]+|[ \t]*\r?\n[ \t]*(?=\S)")
_ABBR_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,11})\)")
_LIST_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+dan[ \t]+|[ \t]*&[ \t]*)")


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


class UnitExtractor(CandidateExtractor):
    name = "units"
    labels = ("UNIT",)

    @cached_property
    def _lex(self):
        return lexicon.units()

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        alts: list[tuple[str, str]] = []  # (regex, group name)
        self._groups: dict[str, tuple[str, str]] = {}
        n = 0
        for kind in self._lex.kinds:
            abbrs = "|".join(_words_pattern(a) for a in kind.aliases + kind.numbered_only)
            forms = [(f, "long") for f in kind.long] + [(a, "alias") for a in kind.aliases]
            forms += [(a, "numbered_only") for a in kind.numbered_only]
            for form, how in forms:
                body = _words_pattern(form)
                if how == "long":
                    body += rf"(?:\s*\(\s*(?:{abbrs})\s*\))?"
                group = f"g{n}"
                n += 1
                self._groups[group] = (kind.kind, how)
                alts.append((f"(?P<{group}>{body})", form))
        # Longest forms first so "Pos Ramil" wins over "Ramil" and "Koramil Tipe B" over "Koramil".
        alts.sort(key=lambda a: -len(a[1]))
        joined = "|".join(a[0] for a in alts)
        return re.compile(rf"(?<![\w/])(?:{joined})(?![^\W\d_])", re.IGNORECASE)

    @cached_property
    def _stop(self) -> frozenset[str]:
        kind_words = self._lex.kind_words()
        return (
            lexicon.stopwords()
            | lexicon.level_words()
            | lexicon.ranks().words()
            | lexicon.roles().words()
            | kind_words
        )

    @cached_property
    def _decoys(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._lex.decoy_prefixes)

    def find(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        found: list[Candidate] = []
        for m in self._pattern.finditer(text):
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
                number = re.sub(r"\s+", "", nm.group(1))
                pos = nm.end()
        if how == "numbered_only" and number is None:
            return None
        name_scan = None
        sep = _SLASH.match(text, pos)
        if sep:
            name_scan = scan_name(
                text, sep.end(), stop=self._name_stop(kind), allow_first=lexicon.level_words(),
                allow_slash=True, max_words=4,
            )
        else:
            sp = _SPACE.match(text, pos)
            if sp or number is not None and text[pos:pos + 1].isalpha():
                name_scan = scan_name(
                    text, sp.end() if sp else pos, stop=self._name_stop(kind), allow_first={"kota"},
                    allow_slash=True, max_words=5 if kind == "Satgas" else 4,
                )
        name = None
        end = pos
        if name_scan is not None:
            name = name_scan.text
            end = name_scan.end
            if kind == "Satgas":
                abbr = _ABBR_AFTER.match(text, end)
                if abbr:
                    name, end = abbr.group(1), abbr.end()
                else:
                    name = name_scan.words[0]
                    end = name_scan.start + len(name)
        if number is None and name is None:
            return None
        return Candidate(
            label="UNIT", start=start, end=end, text=text[start:end],
            rule=f"unit:{kind}:{how}{':number' if number else ''}{':name' if name else ''}",
            attrs={"kind": kind, "number": number, "name": name, "service": spec.service},
        )

    def _name_stop(self, kind: str) -> frozenset[str]:
        if kind == "Satgas":
            return self._stop - lexicon.level_words()
        return self._stop

    def _list_members(self, text: str, first: Candidate) -> list[Candidate]:
        """Units listed after ``first`` with the kind word dropped: "Polsek Patebon dan Pegandon"."""
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
