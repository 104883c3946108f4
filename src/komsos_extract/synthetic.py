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


# --- republished releases: one event, many portals (tests and benchmarks of event merging) -------

@dataclass(frozen=True)
class PublishedArticle:
    """One generated article with its ground truth: ``event_key`` is shared by every republication."""

    doc_key: str
    event_key: str
    text: str
    title: str
    url: str
    published: str  # ISO date
    facts: tuple = ()  # (event date, kabupaten, kecamatan, desa, unit, person, activity) as generated

    def as_json(self) -> dict:
        return {"id": self.doc_key, "text": self.text, "title": self.title, "url": self.url,
                "published": self.published}


@dataclass(frozen=True)
class _Event:
    key: str
    army: bool
    kab: str
    kec: str
    desa: str
    koramil: str
    kodim: str
    rank: str
    person: str
    activity: str
    date: object  # datetime.date


def _fill(template: str, rng: random.Random, ev: _Event, date_text: str) -> str:
    b = _blocks()
    return template.format(
        rank=ev.rank, person=ev.person, koramil=ev.koramil, kodim=ev.kodim, desa=ev.desa, kec=ev.kec,
        kab=ev.kab, activity=ev.activity, date=date_text, hour=rng.randint(7, 16), count=rng.randint(12, 90),
        dusun=rng.choice(["Krajan", "Sukamaju", "Mekarsari", "Suka Damai"]), weekday=rng.choice(b["weekdays"]),
        verb=ev.activity.split()[0].capitalize(), year=ev.date.year)


def _date_text(rng: random.Random, d) -> str:
    b = _blocks()
    wd = b["weekdays"][d.weekday()]
    return rng.choice([f"{wd} ({d.day:02d}/{d.month:02d}/{d.year})", f"{wd}, {d.day} {b['months'][d.month - 1]} {d.year}",
                       f"{wd} ({d.day}/{d.month}/{d.year})"])


def _release(rng: random.Random, ev: _Event, rewrite: bool = False) -> tuple[str, list[str]]:
    """(title, paragraphs) of one release about ``ev``; ``rewrite`` tells it in other words."""
    b = _blocks()
    date_text = _date_text(rng, ev.date)
    if rewrite:
        lead = _fill(rng.choice(b["rewrite_leads_army" if ev.army else "rewrite_leads_police"]), rng, ev, date_text)
    elif ev.army:
        lead = (f"{ev.kab.upper()} | Babinsa {ev.koramil} jajaran {ev.kodim} {ev.rank} {ev.person} {ev.activity} "
                f"di Desa {ev.desa} Kecamatan {ev.kec} Kabupaten {ev.kab}, {date_text}.")
    else:
        lead = (f"{ev.kab} - Bhabinkamtibmas Desa {ev.desa} Polsek {ev.kec} Polres {ev.kab}, {ev.rank} {ev.person}, "
                f"{ev.activity} di Desa {ev.desa}, Kecamatan {ev.kec}, Kabupaten {ev.kab}, {date_text}.")
    chief = f"{rng.choice(b['officer_ranks'])} {rng.choice(b['corps'])} {rng.choice(b['given_names'])}"
    quote = (f"Danramil {chief} mengatakan bahwa Babinsa wajib hadir di tengah masyarakat." if ev.army else
             f"Kapolsek {ev.kec} AKP {rng.choice(b['given_names'])} menyampaikan apresiasi kepada warga.")
    civilian = f"{rng.choice(b['given_names'])} {rng.choice(b['family_names'])}"
    thanks = f"{_upper_first(rng.choice(b['civilian_roles']))} {ev.desa}, Bapak {civilian}, berterima kasih atas kegiatan itu."
    details = [_fill(t, rng, ev, date_text) for t in rng.sample(b["event_details"], rng.randint(2, 4))]
    fillers = rng.sample(b["fillers"], rng.randint(1, 3))
    paragraphs = [lead, *details, quote, thanks, " ".join(fillers)]
    title = _fill(rng.choice(b["title_forms"]), rng, ev, date_text)
    return title, paragraphs


def _edit_words(rng: random.Random, paragraph: str, rate: float) -> str:
    """Replace, drop or misspell about ``rate`` of the words, as a careless re-typist would."""
    synonyms = _blocks()["synonyms"]
    out = []
    for word in paragraph.split(" "):
        if rng.random() >= rate or len(word) < 3:
            out.append(word)
            continue
        bare = word.strip(".,;:\"").lower()
        roll = rng.random()
        if bare in synonyms:
            out.append(word.lower().replace(bare, synonyms[bare]))
        elif roll < 0.4:
            continue  # dropped
        elif roll < 0.7:
            i = rng.randrange(len(word) - 1)
            out.append(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # two letters swapped
        else:
            out.extend([word, rng.choice(["pun", "pula", "tersebut", "itu", "ini"])])
    return " ".join(out)


def _republish(rng: random.Random, title: str, paragraphs: list[str], ev: _Event) -> tuple[str, str]:
    """A portal's copy: new title, clutter, paragraphs reordered, 5-10% of words edited."""
    b = _blocks()
    title = rng.choice(b["title_prefixes"]) + rng.choice([title, _fill(rng.choice(b["title_forms"]), rng, ev, "")])
    rate = rng.uniform(0.05, 0.10)
    body = [_edit_words(rng, p, rate) for p in paragraphs]
    lead, rest = body[0], body[1:]
    rng.shuffle(rest)
    body = [lead, *rest] if rng.random() < 0.7 else rng.sample(body, len(body))
    for _ in range(rng.randint(0, 2)):
        body.insert(rng.randint(1, len(body)), _fill(rng.choice(b["clutter_inner"]), rng, ev, ""))
    head = [_fill(t, rng, ev, "") for t in rng.sample(b["clutter_head"], rng.randint(0, 2))]
    tail = [_fill(t, rng, ev, "") for t in rng.sample(b["clutter_tail"], rng.randint(0, 2))]
    return title, "\n\n".join([*head, title, *body, *tail])


def _new_event(rng: random.Random, key: str, start, span_days: int) -> _Event:
    import datetime as dt

    b = _blocks()
    kab, kec, desa = rng.choice(b["places"])
    army = rng.random() < 0.7
    koramil, kodim = _unit_pair(rng, kab, kec)
    return _Event(key=key, army=army, kab=kab, kec=kec, desa=desa, koramil=koramil, kodim=kodim,
                  rank=rng.choice(b["army_ranks"] if army else b["police_ranks"]),
                  person=f"{rng.choice(b['given_names'])} {rng.choice(b['family_names'])}",
                  activity=rng.choice(b["activities"]), date=start + dt.timedelta(days=rng.randrange(span_days)))


def republished(n_events: int, seed: int = 0, *, max_copies: int = 5, unrelated_share: float = 0.5,
                rewrite_share: float = 0.0, start: str = "2024-01-01", span_days: int = 365
                ) -> list[PublishedArticle]:
    """Articles about ``n_events`` events: each release published once by its unit and republished
    1..``max_copies`` times by portals (retitled, cluttered, reordered, words edited); a share of
    the republications (``rewrite_share``) retell the event in other words. About
    ``unrelated_share`` * ``n_events`` further releases come from the same units and people on
    other days (their own events). Shuffled, deterministic for a seed."""
    import datetime as dt

    rng = random.Random(seed)
    start_day = dt.date.fromisoformat(start)
    out: list[PublishedArticle] = []
    events: list[_Event] = []

    def emit(ev: _Event, text: str, title: str, day, n: int) -> None:
        unit = ev.koramil if ev.army else f"Polsek {ev.kec}"
        out.append(PublishedArticle(doc_key=f"{ev.key}-{n}", event_key=ev.key, text=text, title=title,
                                    url=f"https://portal{rng.randint(1, 40)}.example/berita/{ev.key}-{n}",
                                    published=day.isoformat(),
                                    facts=(ev.date, ev.kab, ev.kec, ev.desa, unit, ev.person, ev.activity)))

    for i in range(n_events):
        ev = _new_event(rng, f"ev{seed}-{i:06d}", start_day, span_days)
        events.append(ev)
    for i in range(int(n_events * unrelated_share)):
        base = rng.choice(events[:n_events])
        other = dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(1, 30))
        events.append(_Event(**{**base.__dict__, "key": f"ev{seed}-u{i:06d}", "date": base.date + other,
                                "activity": rng.choice([base.activity, rng.choice(_blocks()["activities"])])}))
    for idx, ev in enumerate(events):
        title, paragraphs = _release(rng, ev)
        day = ev.date + dt.timedelta(days=rng.randint(0, 1))
        emit(ev, "\n\n".join([title, *paragraphs]), title, day, 0)
        if idx >= n_events:
            continue  # an unrelated release: one publication
        for n in range(1, rng.randint(1, max_copies) + 1):
            if rng.random() < rewrite_share:
                t, ps = _release(rng, ev, rewrite=True)
                text = "\n\n".join([t, *ps])
            else:
                t, text = _republish(rng, title, paragraphs, ev)
            emit(ev, text, t, day + dt.timedelta(days=rng.randint(0, 4)), n)
    rng.shuffle(out)
    return out
