#!/usr/bin/env python3
"""Every C++ source under core/, ui/ and app/ is named in its folder's CMakeLists.txt (the build lists
its sources: a file that is not listed is silently left out of the program)."""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
missing = []
for top in ("core", "ui", "app"):
    for f in sorted((ROOT / top).rglob("*")):
        if f.suffix not in (".cpp", ".h") or not f.is_file():
            continue
        # The nearest CMakeLists.txt above the file names it relative to its own folder.
        d = f.parent
        while not (d / "CMakeLists.txt").is_file():
            d = d.parent
        rel = f.relative_to(d).as_posix()
        names = re.split(r"[\s()]+", (d / "CMakeLists.txt").read_text(encoding="utf-8"))
        if rel not in names:
            missing.append(f"{f.relative_to(ROOT)} is not listed in {(d / 'CMakeLists.txt').relative_to(ROOT)}")
for m in missing:
    print(m)
print(f"{len(missing)} unlisted source(s)" if missing else "every source is listed")
sys.exit(1 if missing else 0)
