"""Turn the candidates of all extractors into one :class:`ArticleRecord`.

Every choice between overlapping or repeated candidates is made here, once: which mention of a
unit is its fullest name, which unit is another's parent, which date is the event's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import lexicon
from .extractors.base import CANDIDATES_ATTR, Candidate, candidates
from .extractors.dates import normalise as normalise_date
from .extractors.dates import is_history, year_from_the_text
from .records import EventDate, Unit, UnitRef

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Context:
    """What field builders share: the processed Doc, the caller's text, and the fields built so far.

    Builders run in order (units and dates first, then personnel, places, activities), each returning
    the record fields it owns plus warnings; later builders may read what earlier ones put here.
    """

    doc: Doc
    text: str
    published: dt.date | None
    fields: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    _by_label: dict[str, list[Candidate]] | None = field(default=None, init=False, repr=False, compare=False)
    _indexed: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def candidates(self, label: str) -> list[Candidate]:
        """The candidates of ``label`` in text order (as :func:`candidates`): the Doc's candidates are
        sorted and grouped once, not once per question."""
        found = getattr(self.doc._, CANDIDATES_ATTR, None) or []
        if self._by_label is None or self._indexed != (id(found), len(found)):
            self._by_label = {}
            for c in candidates(self.doc):
                self._by_label.setdefault(c.label, []).append(c)
            self._indexed = (id(found), len(found))
        return list(self._by_label.get(label, ()))


def build_core(ctx: Context) -> dict:
    """Title, dateline, event date and units: the fields every later builder may lean on."""
    event_date, warnings = resolve_event_date(ctx.candidates("DATE"), ctx.text, ctx.published)
    ctx.warnings.extend(warnings)
    datelines = ctx.candidates("DATELINE")
    titles = ctx.candidates("TITLE")
    return {
        "title": titles[0].text if titles else None,
        "dateline": datelines[0].text if datelines else None,
        "event_date": event_date,
        "units": resolve_units(ctx.candidates("UNIT"), ctx.text),
    }

# A unit's parent kind, nearest first.
PARENT_KINDS: dict[str, tuple[str, ...]] = {
    "Koramil": ("Kodim",),
    "Pos": ("Koramil",),
    "Ramil": ("Kodim",),
    "Kodim": ("Korem",),
    "Korem": ("Kodam",),
    "Yonif": ("Brigif",),
    "Polsek": ("Polres", "Polresta", "Polrestabes"),
    "Polres": ("Polda",),
    "Polresta": ("Polda",),
    "Polrestabes": ("Polda",),
    "Lanal": ("Lantamal",),
}
# Kinds whose parent may be taken as the only unit of the parent kind in the text.
UNIQUE_PARENT = {"Koramil", "Ramil", "Polsek"}
_NON_WORD = re.compile(r"[\W_]+")
_KORAMIL_NUMBER = re.compile(r"^(\d{3,4})[-–/]\d{1,3}$")  # "0621-19": Koramil 19 of Kodim 0621
_ADJACENT_GAP = re.compile(r"^[\s,()\-–]*(?:(?:jajaran|dari|wilayah|satuan|bawah|di|anggota)\s+)*$", re.I)


def _norm(s: str | None) -> str:
    return _NON_WORD.sub(" ", (s or "").casefold()).strip()


def _names_compatible(a: str | None, b: str | None) -> bool:
    """Same unit name written fully or shortened ("Dabo" / "Dabo Singkep", "TMM" / "TMMD")."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or lexicon.units().same_name(na, nb):
        return True
    short, long_ = sorted((na, nb), key=len)
    if long_.startswith(short + " "):
        return True
    raw_short = (a if len(_norm(a)) <= len(_norm(b)) else b) or ""
    return raw_short.isupper() and len(short) >= 3 and long_.replace(" ", "").startswith(short)


def _fullness(c: Candidate) -> tuple[int, int]:
    name = c.attrs.get("name") or ""
    return (len(name.split()), len(name))


@dataclass
class _UnitGroup:
    best: Candidate
    mentions: list[Candidate] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.best.attrs["kind"]

    @property
    def number(self) -> str | None:
        return self.best.attrs["number"]

    def add(self, c: Candidate) -> None:
        self.mentions.append(c)
        # A numbered mention names the unit best; among those alike, the fullest name.
        if (c.attrs["number"] is not None, _fullness(c)) > (self.best.attrs["number"] is not None,
                                                            _fullness(self.best)):
            self.best = c


def resolve_units(cands: list[Candidate], text: str) -> list[Unit]:
    groups: list[_UnitGroup] = []
    for c in sorted(cands, key=lambda c: (c.attrs["number"] is None, c.start)):
        kind, number, name = c.attrs["kind"], c.attrs["number"], c.attrs["name"]
        target = None
        for g in groups:
            if g.kind != kind:
                continue
            if number is not None and g.number == number:
                target = g
                break
            if number is None and _names_compatible(g.best.attrs["name"], name):
                target = g
                break
        if target is None:
            groups.append(_UnitGroup(best=c, mentions=[c]))
        else:
            target.add(c)
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    units = [
        Unit(kind=g.kind, number=g.number, name=g.best.attrs["name"], text=text[g.best.start:g.best.end],
             start=g.best.start, end=g.best.end, service=g.best.attrs["service"], rule=g.best.rule)
        for g in groups
    ]
    for unit, group in zip(units, groups):
        unit.parent = _parent(unit, group, units, groups, text)
    return units


def _parent(unit: Unit, group: _UnitGroup, units: list[Unit], groups: list[_UnitGroup], text: str) -> UnitRef | None:
    kinds = PARENT_KINDS.get(unit.kind)
    if not kinds:
        return None
    # 1. The number says so: Koramil 0621-19 belongs to Kodim 0621 (404-01 to Kodim 0404).
    if unit.kind in ("Koramil", "Ramil") and unit.number:
        m = _KORAMIL_NUMBER.match(unit.number)
        if m:
            kodim = m.group(1).zfill(4)
            for other in units:
                if other.kind == "Kodim" and other.number == kodim:
                    return other.ref()
            return UnitRef(kind="Kodim", number=kodim)
    # 2. Written next to it: "Koramil 13/Buntu Pane jajaran Kodim 0208/Asahan".
    for mention in group.mentions:
        for other, og in zip(units, groups):
            if other is unit or other.kind not in kinds:
                continue
            for om in og.mentions:
                if om.start >= mention.end and _ADJACENT_GAP.match(text[mention.end:om.start]):
                    return other.ref()
    # 3. The only unit of the parent kind in the story.
    if unit.kind in UNIQUE_PARENT:
        candidates = [o for o in units if o.kind in kinds]
        if len(candidates) == 1:
            return candidates[0].ref()
    return None


def _best_dated(dated: list[Candidate], rank) -> Candidate | None:
    """``min`` by ``rank`` of the dated candidates that are not page furniture, reading the costly
    context of as few as it can: in order of strength, then position, the first candidate neither
    quoted nor aside is beaten only by one seen before it."""
    best: tuple | None = None
    for c in sorted(dated, key=lambda c: (not c.attrs["strong"], c.start)):
        if c.attrs["header"]:
            continue
        r = rank(c)
        if best is None or r < best[0]:
            best = (r, c)
        if not r[0] and not r[2]:
            break
    return None if best is None else best[1]


def resolve_event_date(cands: list[Candidate], text: str, published: dt.date | None) -> tuple[EventDate | None, list[str]]:
    """The activity's date: the first date in the story body, preferring dated forms with a weekday or
    brackets, skipping page headers, publication stamps and quotes. A date in a speech tag ("kata
    Danramil, Senin (4/5/2019)") says when someone spoke, and one after an incident verb ("banjir yang
    terjadi pada Selasa (27/5/2025)") when something else happened: either is the event's only when no
    other date of the same strength dates the story."""
    def rank(c: Candidate) -> tuple[int, int, int, int]:
        aside = c.attrs.get("speech", False) or c.attrs.get("background", False)
        return (c.attrs["quoted"], not c.attrs["strong"], aside, c.start)

    chosen = _best_dated([c for c in cands if c.attrs["day"] is not None and not is_history(c)], rank)
    if chosen is None:  # no dated candidate outside page furniture
        body = [c for c in cands if c.attrs["day"] is None and not c.attrs["header"]]
        if not body:
            return None, []
        weekdays = [c for c in body if c.attrs["form"] == "weekday"]
        relative = [c for c in body if c.attrs["form"] == "relative"]
        if published is not None and relative:
            chosen = min(relative, key=rank)
        elif weekdays:
            chosen = min(weekdays, key=rank)
        else:
            chosen = min(body, key=rank)
    value, precision, warnings = normalise_date(chosen, published)
    if value is None and published is None and chosen.attrs["day"] is not None and chosen.attrs["core"] is None:
        found = year_from_the_text(chosen, cands)  # a day and month without a year: the story's other dates
        if found is not None:
            year, source = found
            value = dt.date(year, chosen.attrs["month"], chosen.attrs["day"])
            precision = "day_year_from_text"
            warnings = [f"year of event date '{chosen.text}' taken from '{source}' in the text"]
    wd_index = chosen.attrs["weekday_index"]
    matches = None
    if value is not None and wd_index is not None:
        matches = value.weekday() == wd_index
        if not matches:
            warnings.append(f"weekday '{chosen.attrs['weekday']}' does not match {value.isoformat()}")
    event = EventDate(
        value=value, text=text[chosen.start:chosen.end], start=chosen.start, end=chosen.end,
        weekday=chosen.attrs["weekday"], weekday_matches=matches, precision=precision,
    )
    return event, warnings
