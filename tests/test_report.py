"""The HTML report: built from a batch output, self-contained, and working in a real headless Chromium
(no console errors, charts drawn, the event table filters). Skipped, with the reason, where no
browser or no playwright is installed."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from komsos_extract.batch import run_batch
from komsos_extract.cli import app
from komsos_extract.report import collect
from komsos_extract.synthetic import republished

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = next((p for p in (os.environ.get("KOMSOS_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).is_file()), None)
SHOTS = Path(os.environ.get("KOMSOS_SCREENSHOTS", tempfile.gettempdir())) / "komsos-report"


@pytest.fixture(scope="module")
def batch_output(tmp_path_factory) -> Path:
    """The bundled examples plus generated republished releases, with one unreadable file."""
    folder = tmp_path_factory.mktemp("report") / "in"
    folder.mkdir()
    for example in (ROOT / "examples").glob("*.txt"):
        shutil.copy(example, folder / example.name)
    articles = republished(12, seed=4, rewrite_share=0.2, span_days=90)
    (folder / "generated.jsonl").write_text("".join(json.dumps(a.as_json()) + "\n" for a in articles), encoding="utf-8")
    (folder / "broken.json").write_text('{"text": ', encoding="utf-8")
    out = folder.parent / "results.duckdb"
    run_batch([str(folder)], out)
    return out


@pytest.fixture(scope="module")
def report_html(batch_output) -> Path:
    html = batch_output.parent / "report.html"
    result = CliRunner().invoke(app, ["report", str(batch_output), "--out", str(html)])
    assert result.exit_code == 0, result.output
    assert "events from" in result.output
    return html


def test_report_counts_events_not_articles(batch_output):
    data = collect(batch_output)
    assert data["n_articles"] == sum(e["n"] for e in data["events"])
    assert data["merged"] == data["n_articles"] - data["n_events"] > 0
    assert data["n_errors"] == 1 and "broken.json" in data["errors"][0]["source"]
    kab_named = [e for e in data["events"] if e["kab_code"]]
    assert kab_named and all(e["kab"] for e in kab_named), "kabupaten names come from the gazetteer"


def test_report_is_self_contained(report_html):
    page = report_html.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", page), "nothing is loaded from outside"
    assert "Plotly" in page and page.count("</script>") == 2
    assert "/*REPORT_DATA*/" not in page


def test_a_missing_output_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "no such batch output" in result.output


def _browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium here (apt-get install chromium; .ci/run installs it where apt works)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    return sync_playwright, CHROMIUM


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_report_renders_in_headless_chromium(report_html, tmp_path):
    sync_playwright, chromium = _browser()
    problems: list[str] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=chromium, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000}, offline=True)
        try:
            page = context.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: problems.append("network: " + r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
            started = time.perf_counter()
            page.goto(report_html.as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'", timeout=60_000)
            rendered = time.perf_counter() - started
            for chart in ("activity", "service", "units", "villages", "personnel", "people"):
                marks = page.locator(f"#chart-{chart} svg.main-svg path, #chart-{chart} svg.main-svg rect.bg, "
                                     f"#chart-{chart} .bars path, #chart-{chart} .slice path")
                assert page.locator(f"#chart-{chart} svg").count() > 0, f"{chart}: no SVG"
                assert marks.count() > 0, f"{chart}: nothing drawn"
            bars = page.locator("#chart-activity .bars path").count()
            assert bars > 0, "the monthly chart has bars"
            all_rows = page.locator("#events-table tbody tr[data-event]").count()
            assert all_rows > 1
            assert "merged" in page.locator("#summary").inner_text()

            first_kab = page.locator("#f-kab option").nth(1).get_attribute("value")
            page.select_option("#f-kab", first_kab)
            kab_rows = page.locator("#events-table tbody tr[data-event]").count()
            assert 0 < kab_rows < all_rows, "the kabupaten filter narrows the table"
            page.select_option("#f-kab", "")

            page.fill("#f-search", "zzz-nothing-like-this")
            assert page.locator("#events-table tbody tr[data-event]").count() == 0
            page.fill("#f-search", "")
            page.fill("#f-from", "2099-01-01")
            page.dispatch_event("#f-from", "change")
            assert page.locator("#events-table tbody tr[data-event]").count() == 0, "the date filter applies"
            page.fill("#f-from", "")
            page.dispatch_event("#f-from", "change")
            assert page.locator("#events-table tbody tr[data-event]").count() == all_rows

            SHOTS.mkdir(parents=True, exist_ok=True)
            shot = SHOTS / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 20_000
            print(f"report {report_html.stat().st_size / 1e6:.1f} MB rendered in {rendered:.1f} s; screenshot {shot}")
        finally:
            context.close()
    assert not problems, problems
