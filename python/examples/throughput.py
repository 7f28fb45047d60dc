"""Throughput of `zhfacts.extract_many` on files, in MB/s.

    python throughput.py [--threads N] FILE...
"""

import argparse
import time
from pathlib import Path

import zhfacts


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("files", nargs="+")
    args = p.parse_args()
    texts = [Path(f).read_text(encoding="utf-8") for f in args.files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    zhfacts.extract_many(texts[:10], threads=args.threads)  # warm up
    start = time.perf_counter()
    facts = zhfacts.extract_many(texts, threads=args.threads)
    secs = time.perf_counter() - start
    n = sum(len(f) for f in facts)
    print(f"extract_many: {size} bytes, {len(texts)} documents, {n} facts in {secs:.3f} s "
          f"({size / 1e6 / secs:.1f} MB/s, threads={args.threads or 'all'})")


if __name__ == "__main__":
    main()
