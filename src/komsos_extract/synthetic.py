"""Generated press releases in the style of real ones, for benchmarks and tests (never real text).

``generate(n, seed)`` is deterministic: the same seed gives the same articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import _load_yaml


@lru_cache(maxsize=1)
def _blocks() -> dict:
    return _load_yaml("synthetic.yaml")


@dataclass(frozen=True)
class SyntheticArticle:
    doc_key: str
    text: str


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def _unit_pair(rng: random.Random, kab: str, kec: str) -> tuple[str, str]:
    kodim = f"{rng.randint(1, 17):02d}{rng.randint(1, 35):02d}"
    n = rng.randint(1, 19)
    form = rng.choice(["plain", "dash", "slashnum"])
    if form == "plain":
        koramil = f"Koramil {n:02d}/{kec}"
    elif form == "dash":
        koramil = f"Koramil {kodim}-{n:02d}/{kec}"
    else:
        koramil = f"Koramil {kodim}/{n:02d} {kec}"
    return koramil, f"Kodim {kodim}/{kab}"


def _date(rng: random.Random) -> str:
    b = _blocks()
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
    wd = rng.choice(b["weekdays"])
    return rng.choice([
        f"{wd} ({day:02d}/{month:02d}/{year})", f"{wd}, {day} {b['months'][month - 1]} {year}",
        f"{wd} ({day}/{month}/{year})", f"({day}/{month}/{year})",
    ])


def article(rng: random.Random, target_chars: int) -> str:
    b = _blocks()
    kab, kec, desa = rng.choice(b["places"])
    person = f"{rng.choice(b['given_names'])} {rng.choice(b['family_names'])}"
    civilian = f"{rng.choice(b['given_names'])} {rng.choice(b['family_names'])}"
    activity = rng.choice(b["activities"])
    if rng.random() < 0.7:
        koramil, kodim = _unit_pair(rng, kab, kec)
        rank = rng.choice(b["army_ranks"])
        lead = (f"{kab.upper()} | Babinsa {koramil} jajaran {kodim} {rank} {person} {activity} di Desa {desa} "
                f"Kecamatan {kec} Kabupaten {kab}, {_date(rng)}.")
        officer = f"{rng.choice(b['officer_ranks'])} {rng.choice(b['corps'])} {rng.choice(b['given_names'])}"
        quote = f"Danramil {officer} mengatakan bahwa Babinsa wajib hadir di tengah masyarakat."
    else:
        rank = rng.choice(b["police_ranks"])
        lead = (f"{kab} - Bhabinkamtibmas Desa {desa} Polsek {kec} Polres {kab}, {rank} {person}, {activity} "
                f"di Desa {desa}, Kecamatan {kec}, Kabupaten {kab}, {_date(rng)}.")
        quote = f"Kapolsek {kec} AKP {rng.choice(b['given_names'])} menyampaikan apresiasi kepada warga."
    title = f"Aparat {activity.split()[0].capitalize()} Warga Desa {desa}"
    parts = [title, "", lead, quote,
             f"{_upper_first(rng.choice(b['civilian_roles']))} {desa}, Bapak {civilian}, berterima kasih atas kegiatan itu."]
    text = "\n".join(parts)
    while len(text) < target_chars:
        text += "\n" + " ".join(rng.choice(b["fillers"]) for _ in range(rng.randint(2, 5)))
    return text


def generate(n: int, seed: int = 0, min_chars: int = 500, max_chars: int = 8000) -> Iterator[SyntheticArticle]:
    """``n`` articles with lengths spread between ``min_chars`` and ``max_chars``."""
    rng = random.Random(seed)
    for i in range(n):
        target = int(min_chars * (max_chars / min_chars) ** rng.random())
        yield SyntheticArticle(doc_key=f"synthetic-{seed}-{i:06d}", text=article(rng, target))
