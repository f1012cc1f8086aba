"""Wall time of hostile inputs at two sizes: the part of linear growth the tests cannot count.

    python bench/hostile.py [--size 20000] [--factor 8] [--json]

Each unit of tests/hostile_units.json is repeated to about --size characters and to --factor times
that; the table shows the time ratio (linear gives about --factor, quadratic its square). The tests
count executed Python lines for the same inputs; this times what runs in C as well.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

UNITS = Path(__file__).resolve().parent.parent / "tests" / "hostile_units.json"


def best_seconds(analyzer, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        analyzer.analyze(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from classifier import Analyzer

    analyzer = Analyzer(model="rules")
    report = {}
    for name, unit in json.loads(UNITS.read_text(encoding="utf-8")).items():
        small = unit * max(1, args.size // len(unit))
        large = small * args.factor
        analyzer.analyze(small)   # warm up
        small_s, large_s = best_seconds(analyzer, small), best_seconds(analyzer, large)
        report[name] = {"small_seconds": round(small_s, 4), "large_seconds": round(large_s, 4),
                        "time_ratio": round(large_s / max(small_s, 1e-6), 2)}
    if args.json:
        print(json.dumps({"factor": args.factor, "inputs": report}, ensure_ascii=False))
        return
    print(f"{'input':<26}{'small s':>10}{'large s':>10}{'ratio':>8}   (linear ≈ {args.factor})")
    for name, row in report.items():
        print(f"{name:<26}{row['small_seconds']:>10}{row['large_seconds']:>10}{row['time_ratio']:>8}")


if __name__ == "__main__":
    main()
