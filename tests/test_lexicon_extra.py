"""Lexicons of one's own laid over the packaged ones (lexicon.add_data)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from komsos_extract import lexicon

# (packaged, extra, merged)
MERGES = [
    ({"a": [1, 2]}, {"a": [2, 3]}, {"a": [1, 2, 3]}),
    ({"labels": {"x": {"cues": [1]}, "y": {"cues": [2]}}}, {"labels": {"x": {"cues": [5]}}},
     {"labels": {"x": {"cues": [1, 5]}, "y": {"cues": [2]}}}),
    ({"a": 1, "b": [1]}, {"a": 2, "c": "new"}, {"a": 2, "b": [1], "c": "new"}),
]


@pytest.mark.parametrize(("base", "extra", "merged"), MERGES)
def test_merge_appends_lists_and_merges_maps(base, extra, merged):
    assert lexicon._merge(base, extra) == merged


def test_add_data_needs_a_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        lexicon.add_data(tmp_path / "missing")


def test_add_data_extends_and_caches_follow(tmp_path):
    # in a fresh process: add_data() rebuilds the shared pipeline, which other tests hold on to
    (tmp_path / "stopwords.yaml").write_text("stopwords: [zzkata]\n", encoding="utf-8")
    code = (
        "import os, sys; from komsos_extract import lexicon\n"
        "before = 'zzkata' in lexicon.stopwords()\n"
        "lexicon.add_data(sys.argv[1])\n"
        "after = 'zzkata' in lexicon.stopwords() and 'dan' in lexicon.stopwords()\n"
        "del os.environ[lexicon.EXTRA_DATA_ENV]; lexicon.clear_caches()\n"
        "print(before, after, 'zzkata' in lexicon.stopwords())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != lexicon.EXTRA_DATA_ENV}
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "True", "False"]


def test_dictionary_words_hold_roots_and_no_invented_names():
    from komsos_extract import lexicon

    words = lexicon.dictionary_words()
    assert {"induk", "sentral", "tengah"} <= words
    assert not {"zoryan", "hendrap"} & words
