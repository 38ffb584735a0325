"""How long, and how much memory, a dry-run import of a large participant list takes.

Not a test: the figures depend on the machine and are recorded in benchmarks/README.md. The
script writes a list of ``--rows`` people (CSV, XLSX or both), loads the example events into a
scratch database, then runs ``roundtable import participants 1 FILE --dry-run`` as a user would
and prints one JSON line per format: wall-clock seconds, the child's peak memory (max RSS) and
its exit status. A list past the import's limit (100,000 rows) is refused with exit 1, and the
point of the figure is how soon: a 3-million-row sheet once took 231 s and 2 GB to get there.

Usage::

    python benchmarks/import_rows.py --rows 100000
    python benchmarks/import_rows.py --rows 3000000 --format xlsx
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Full name", "Email", "Affiliation", "Country"])
        for i in range(rows):
            writer.writerow([f"Person {i}", f"p{i}@example.org", f"Institute {i % 97}", "Japan"])


def write_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # streams to disk: millions of rows fit in memory
    sheet = workbook.create_sheet("People")
    sheet.append(["Full name", "Email", "Affiliation", "Country"])
    for i in range(rows):
        sheet.append([f"Person {i}", f"p{i}@example.org", f"Institute {i % 97}", "Japan"])
    workbook.save(path)


def roundtable(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    return subprocess.run([sys.executable, "-m", "roundtable", "--db", str(db), *args],
                          capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL)  # fmt: skip


def measure(db: Path, path: Path) -> dict[str, object]:
    """One dry run of the import in a child process (alone, so its peak memory is its own)."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, stdin=subprocess.DEVNULL)\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(done.returncode, seconds, peak)\n"
    )
    command = [sys.executable, "-m", "roundtable", "--db", str(db), "import", "participants",
               "1", str(path), "--dry-run"]  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True,
                         text=True, check=True)  # fmt: skip
    status, seconds, peak = out.stdout.split()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes vs KiB
    return {"exit": int(status), "seconds": round(float(seconds), 3),
            "max_rss_mb": round(int(peak) * 1024 / scale / 1024, 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="people in the list")
    parser.add_argument("--format", choices=("csv", "xlsx", "both"), default="both")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    formats = ("csv", "xlsx") if args.format == "both" else (args.format,)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        if roundtable(db, "demo").returncode != 0:
            print("could not load the example events", file=sys.stderr)
            return 1
        for kind in formats:
            path = Path(folder) / f"list.{kind}"
            started = time.perf_counter()
            (write_csv if kind == "csv" else write_xlsx)(path, args.rows)
            written = time.perf_counter() - started
            figures = measure(db, path)
            print(json.dumps({"name": f"import_{kind}", "rows": args.rows,
                              "file_mb": round(path.stat().st_size / 2**20, 1),
                              "write_seconds": round(written, 2), **figures}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
