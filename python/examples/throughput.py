"""Throughput of `zhfacts.extract_arrow` (and `extract_many`) on files, in MB/s,
beside the Rust `extract` example on the same files in the same run.

    python throughput.py [--threads N] [--rust PATH/TO/extract] [--min-ratio R] FILE...

With --min-ratio, exits 1 when extract_arrow's rate of CPU time is below R
times the Rust example's (CI uses 0.7).
"""

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import zhfacts


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(f):
    """(result, wall seconds, CPU seconds): on a shared machine the CPU
    time of a one-thread run is the steadier measure."""
    start, cpu = time.perf_counter(), cpu_seconds()
    out = f()
    return out, time.perf_counter() - start, cpu_seconds() - cpu


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--rust", default=None, help="the Rust example binary, to time it on the same files")
    p.add_argument("--dicts", action="store_true", help="also time extract_many (dicts)")
    p.add_argument("--min-ratio", type=float, default=None, help="fail below this CPU-time ratio (needs --rust)")
    p.add_argument("--repeat", type=int, default=5, help="rounds, interleaved; the best of each is quoted")
    p.add_argument("files", nargs="+")
    args = p.parse_args()
    texts = [Path(f).read_text(encoding="utf-8") for f in args.files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    mb = size / 1e6
    zhfacts.extract_arrow(texts[:20], threads=args.threads)  # warm up
    rates = {}
    cpu_rates = {}

    def best(name, f):
        out, secs, cpu = timed(f)
        rates[name] = max(rates.get(name, 0.0), mb / secs)
        cpu_rates[name] = max(cpu_rates.get(name, 0.0), mb / max(cpu, 1e-9))
        return out

    for _ in range(args.repeat):
        if args.rust:
            cmd = [args.rust, "--threads", str(args.threads), "--format", "jsonl", *args.files]
            best("rust extract --format jsonl (incl. process start, file reads)",
                 lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL))
        table = best("extract_arrow", lambda: zhfacts.extract_arrow(texts, threads=args.threads))
        if args.dicts:
            best("extract_many (dicts)", lambda: zhfacts.extract_many(texts, threads=args.threads))
    print(f"{size} bytes, {len(texts)} documents, {table.num_rows} facts, threads={args.threads}, "
          f"best of {args.repeat}")
    for name, rate in rates.items():
        print(f"  {name}: {rate:.1f} MB/s wall, {cpu_rates[name]:.1f} MB/s of CPU time")
    if args.rust:
        rust, arrow = list(rates.values())[:2]
        cpu_rust, cpu_arrow = list(cpu_rates.values())[:2]
        ratio = cpu_arrow / cpu_rust
        print(f"  ratio extract_arrow / rust: {arrow / rust:.2f} wall, {ratio:.2f} CPU time")
        if args.min_ratio is not None and ratio < args.min_ratio:
            print(f"throughput: CPU-time ratio {ratio:.2f} < {args.min_ratio}", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
