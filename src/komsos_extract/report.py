"""One self-contained HTML dashboard of a batch output: ``komsos-extract report OUT --out report.html``.

Everything is counted in events, not articles (a release republished five times is one visit).
The page carries its data as JSON and Plotly's JavaScript inline, so it opens offline from a file
or a mail attachment; the charts, the event table and the filters (date range, kabupaten, search)
are computed in the browser from that data.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .events import EVENT_SCHEMAS, cluster, unit_label
from .store import Store

_TABLES = ("articles", "units", "personnel", "people", "activities", "signatures", "errors")


@dataclass
class ReportSummary:
    events: int
    articles: int
    merged: int
    bytes: int


def _kab_names(codes) -> dict[str, str]:
    """Kemendagri codes to official names from the packaged gazetteer."""
    from .gazetteer import gazetteer

    gaz, out = gazetteer(), {}
    for code in codes:
        region = gaz.region(code) if code else None
        if region is not None:
            out[code] = region.name
    return out


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def collect(out: Path, fmt: str | None = None) -> dict:
    """The report's data: one entry per event with what the page shows and filters on."""
    store = Store(out, fmt)
    tables = {t: store.read(t) for t in _TABLES}
    if tables["articles"] is None:
        raise FileNotFoundError(f"no articles table in {out}")
    events_t = store.read("events", EVENT_SCHEMAS["events"])
    links_t = store.read("article_events", EVENT_SCHEMAS["article_events"])
    if events_t is None or links_t is None or links_t.num_rows < tables["articles"].num_rows:
        derived, _ = cluster({**tables, "article_events": links_t})  # not written: the output is read-only here
        events_t, links_t = derived["events"], derived["article_events"]

    articles = {r["doc_id"]: r for r in tables["articles"].to_pylist()}
    links = links_t.to_pylist()
    docs_of: dict[str, list[dict]] = defaultdict(list)
    for r in links:
        if r["doc_id"] in articles:
            docs_of[r["event_id"]].append(r)
    personnel, people, evidence = defaultdict(set), defaultdict(set), defaultdict(list)
    for p in tables["personnel"].to_pylist():
        personnel[p["doc_id"]].add(" ".join(x for x in (p["rank"], p["name"]) if x))
    for p in tables["people"].to_pylist():
        people[p["doc_id"]].add(p["name"])
    for a in tables["activities"].to_pylist():
        if a["evidence"]:
            evidence[a["doc_id"]].append({"type": a["type"], "text": a["evidence"], "start": a["start"], "end": a["end"]})
    subunits = defaultdict(set)
    for u in tables["units"].to_pylist():
        subunits[u["doc_id"]].add(unit_label(u["kind"], u["number"], u["name"]))

    kab_names = _kab_names({e["kabupaten_code"] for e in events_t.to_pylist()})
    events = []
    for e in events_t.to_pylist():
        rows = sorted(docs_of.get(e["event_id"], []), key=lambda r: (r["match"] != "seed", r["doc_id"]))
        docs = [articles[r["doc_id"]] for r in rows]
        seed = docs[0] if docs else {}
        day = e["event_date"] or e["first_published"]
        events.append({
            "id": e["event_id"], "date": _iso(day), "dated": e["event_date"] is not None,
            "activity": e["activity"] or "lainnya", "service": e["service"] or "tidak diketahui",
            "unit": e["main_unit"], "unit_kind": e["main_unit_kind"], "parent": e["parent_unit"],
            "kab_code": e["kabupaten_code"], "kab": kab_names.get(e["kabupaten_code"]) or e["kabupaten"],
            "desa_code": e["desa_code"], "desa": e["desa"], "n": e["n_articles"], "title": e["title"],
            "personnel": sorted(set().union(*(personnel[d["doc_id"]] for d in docs))) if docs else [],
            "people": sorted(set().union(*(people[d["doc_id"]] for d in docs))) if docs else [],
            "evidence": evidence.get(seed.get("doc_id"), [])[:3],
            "date_text": seed.get("event_date_text"),
            "articles": [{"doc_id": r["doc_id"], "title": articles[r["doc_id"]]["title"],
                          "url": articles[r["doc_id"]]["url"] or articles[r["doc_id"]]["source"],
                          "published": _iso(articles[r["doc_id"]]["published"]), "match": r["match"],
                          "score": r["score"]} for r in rows],
        })
    warnings = Counter()
    for a in articles.values():
        for w in (a["warnings"] or "").split("; "):
            if w:
                warnings[w.split(":")[0][:120]] += 1
    errors = tables["errors"].to_pylist() if tables["errors"] is not None else []
    n_articles = len(articles)
    return {
        "generated": dt.date.today().isoformat(), "source": Path(out).name,
        "n_articles": n_articles, "n_events": len(events), "merged": n_articles - len(events),
        "events": events,
        "warnings": [{"warning": w, "articles": n} for w, n in warnings.most_common(50)],
        "errors": [{"source": e["source"], "reason": e["reason"]} for e in errors[:500]],
        "n_errors": len(errors),
    }


def _script_safe(text: str) -> str:
    """Text that cannot close the <script> element it sits in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def render(data: dict) -> str:
    from plotly.offline import get_plotlyjs

    template = resources.files("komsos_extract.data").joinpath("report.html").read_text(encoding="utf-8")
    payload = _script_safe(json.dumps(data, ensure_ascii=False, default=str))
    return (template.replace("/*PLOTLY_JS*/", _script_safe(get_plotlyjs()))
            .replace("/*REPORT_DATA*/null", payload))


def build_report(out: Path, html: Path, fmt: str | None = None) -> ReportSummary:
    data = collect(out, fmt)
    page = render(data)
    html = Path(html)
    html.parent.mkdir(parents=True, exist_ok=True)
    tmp = html.with_name(f".{html.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(html)
    return ReportSummary(events=data["n_events"], articles=data["n_articles"], merged=data["merged"],
                         bytes=html.stat().st_size)
