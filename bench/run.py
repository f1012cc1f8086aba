"""Throughput, latency, memory and scaling of the analyzer, beside a bare tokenizer and the baseline.

    python bench/run.py [--data ../shared/data/news_articles.jsonl] [--json]

Writes one JSON object (--json) or a short table. Timings are wall-clock, best of a few runs where
cheap; the data file is real scraped articles (never shipped).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_dfdd21290083070f.txt"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_articles.jsonl"
WORD = re.compile(r"\w+")


def wall(command: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def timed(fn, repeat: int = 1):
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from classifier import Analyzer
    from classifier.baseline import Baseline
    from classifier.training import DEFAULT_CORPUS, read_corpus, train

    texts = [json.loads(line)["text"] for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    analyzer = Analyzer()
    analyzer.analyze_batch(texts[:5])   # warm up

    seconds, results = timed(lambda: analyzer.analyze_batch(texts), repeat=2)
    sentences = sum(len(r.sentences) for r in results)
    floor, _ = timed(lambda: sum(1 for t in texts for _ in WORD.finditer(t)), repeat=3)
    seconds_10x, _ = timed(lambda: analyzer.analyze_batch(texts * 10), repeat=2)   # the same statistic as 1x

    python = sys.executable
    framing = [python, "-m", "classifier"]
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("\n".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                                   for i, t in enumerate(texts * 3)), encoding="utf-8")
        score = framing + ["score", "--format", "jsonl", "--max-bytes", str(10**9), "-o", str(Path(tmp) / "out.jsonl"),
                           str(batch)]
        one_job = wall(score, repeat=1)
        two_jobs = wall(score + ["--jobs", "2"], repeat=1)
        # VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec and would count this parent's memory
        rss_probe = ("import json,re; from classifier import Analyzer; "
                     f"t=[json.loads(l)['text'] for l in open({str(args.data)!r}, encoding='utf-8') if l.strip()]; "
                     "Analyzer().analyze_batch(t); "
                     "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
        peak_kb = int(subprocess.run([python, "-c", rss_probe], check=True, capture_output=True, text=True,
                                     cwd=ROOT).stdout.strip())
    cold = wall(framing + ["score", str(SEED)])
    bare = wall([python, "-c", "pass"])

    train_seconds, _ = timed(lambda: train(analyzer.engine, DEFAULT_CORPUS))
    corpus, _ = read_corpus(DEFAULT_CORPUS)
    baseline = Baseline().fit(corpus)
    plain = [s.text for r in results for s in r.sentences]
    baseline_seconds, _ = timed(lambda: baseline.source_.predict(plain), repeat=2)

    report = {
        "articles": len(texts), "sentences": sentences, "megabytes": round(megabytes, 3),
        "sentences_per_second": round(sentences / seconds, 1),
        "mb_per_second": round(megabytes / seconds, 3),
        "ratio_to_tokenize": round(seconds / floor, 1),
        "jobs2_speedup": round(one_job / two_jobs, 2),
        "cold_start_seconds": round(cold, 3),
        "python_start_seconds": round(bare, 3),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "train_seconds": round(train_seconds, 2),
        "baseline_sentences_per_second": round(len(plain) / baseline_seconds, 1),
        "scaling_10x_time_ratio": round(seconds_10x / seconds, 2),
    }
    if args.json:
        print(json.dumps(report))
        return
    width = max(map(len, report))
    for key, value in report.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
