"""Readers: encodings, HTML, JSON and JSONL, and the reasons bad files give."""

from __future__ import annotations

import json

import pytest

from komsos_extract.io.readers import ArticleInput, FieldNames, ReadError, decode_bytes, discover, read_path

ARTICLE = "Babinsa Koramil 13/Buntu Pane membantu warga menanam padi di sawah, Selasa (11/01/2022)."


def _one(path, names=FieldNames()):
    items = list(read_path(path, names))
    assert len(items) == 1
    return items[0]


def test_utf8_bom_and_cp1252(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    item = _one(bom)
    assert item.text == ARTICLE and "byte order mark" in item.warnings[0]
    cp = tmp_path / "cp.txt"
    cp.write_bytes(("Babinsa hadir di Café “Sederhana” bersama warga desa binaan. " * 5).encode("cp1252"))
    item = _one(cp)
    assert isinstance(item, ArticleInput) and "Café “Sederhana”" in item.text
    assert "decoded as" in item.warnings[0]


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"   \n ", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary"),
])
def test_bad_bytes(data, reason):
    text, _, error = decode_bytes(data)
    assert text is None and reason in error


def test_invalid_utf8_is_read_with_a_warning():
    text, warnings, error = decode_bytes(ARTICLE.encode() + b" \xff " + ARTICLE.encode())
    assert error is None and "Koramil" in text and warnings


def test_json_jsonl_and_field_names(tmp_path):
    j = tmp_path / "a.json"
    j.write_text(json.dumps({"isi": ARTICLE, "judul": "Judul", "link": "http://x/1", "tanggal": "2022-01-12"}))
    item = _one(j)
    assert (item.text, item.title, item.url, item.published) == (ARTICLE, "Judul", "http://x/1", "2022-01-12")
    custom = _one(j, FieldNames(text=("isi",), title=("none",)))
    assert custom.title is None
    jl = tmp_path / "b.jsonl"
    jl.write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n\n" + json.dumps({"content": ARTICLE + " "}) + "\n"
                  + json.dumps([1, 2]) + "\n" + json.dumps({"title": "no text"}) + "\n")
    items = list(read_path(jl))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "ReadError", "ArticleInput", "ReadError", "ReadError"]
    assert items[1].source.endswith(":2") and "broken JSON" in items[1].reason
    assert "no text field" in items[4].reason


def test_broken_json_file(tmp_path):
    j = tmp_path / "a.json"
    j.write_text('{"text": "abc"')
    item = _one(j)
    assert isinstance(item, ReadError) and "broken JSON" in item.reason


def test_html_main_text_and_metadata(tmp_path):
    h = tmp_path / "a.html"
    h.write_text(
        "<html><head><title>Babinsa Bantu Petani</title>"
        '<meta property="article:published_time" content="2022-01-12T08:00:00+07:00"></head>'
        "<body><nav><a href='/'>Beranda</a> <a href='/x'>Kodim 0101/Menu Palsu</a></nav><article><h1>Babinsa Bantu Petani</h1>"
        f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article><footer>Hak cipta</footer></body></html>", encoding="utf-8")
    item = _one(h)
    assert isinstance(item, ArticleInput)
    assert "Koramil 13/Buntu Pane" in item.text and "Menu Palsu" not in item.text
    assert item.title == "Babinsa Bantu Petani" and item.published == "2022-01-12"


def test_html_without_article_text(tmp_path):
    h = tmp_path / "a.html"
    h.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    item = _one(h)
    assert isinstance(item, ReadError) and "no article text" in item.reason


def test_discover_is_recursive_sorted_and_filters(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.jsonl", "b/y.html", "notes.md"):
        (tmp_path / name).write_text("x")
    found = [str(p.relative_to(tmp_path)) for p in discover([str(tmp_path)])]
    assert found == ["a.jsonl", "b/y.html", "b/z.txt"]
    assert [p.name for p in discover([str(tmp_path / "b" / "*.txt")])] == ["z.txt"]


def test_missing_and_unsupported(tmp_path):
    assert "no such file" in _one(tmp_path / "nope.txt").reason
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert "unsupported" in _one(tmp_path / "x.pdf").reason



STRAY_TEXTS = [
    "Babinsa “Koramil” hadir di desa. Warga menyambut—dengan gembira. " * 2,
    "Kerja bakti di Desa Sukamaju berjalan lancar dan warga membersihkan saluran. “Kami senang,” ujar Kades. " * 4,
    "Komandan berkata “siap” kepada warga. Mereka bekerja bersama dari pagi sampai sore di sawah. " * 10,
]


@pytest.mark.parametrize("stray", [b"\xff", b"\x92", b"\xe9 ", b"\xc3"])
@pytest.mark.parametrize("text", STRAY_TEXTS)
def test_mostly_utf8_with_a_stray_byte_stays_utf8(tmp_path, text, stray):
    path = tmp_path / "stray.txt"
    path.write_bytes(text.encode() + stray + text.encode())
    item = _one(path)
    assert isinstance(item, ArticleInput)
    assert item.text.count("“") == 2 * text.count("“") and item.text.count("\ufffd") == 1
    assert "replaced" in item.warnings[0] and "decoded as" not in item.warnings[0]
