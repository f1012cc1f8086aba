"""Instructions executed to analyse a batch of articles: a speed figure that a busy machine does not move.

    python bench/instructions.py [--data ../shared/data/news_articles.jsonl] [--articles 60] [--json]

Wall-clock throughput on a shared machine varies by a third from run to run; the count of
instructions the analysis executes varies by about 1%. The count comes from valgrind's cachegrind
(needed on PATH): one run that loads and warms up the analyzer, one that then also analyses the
articles once, and their difference. Compare two versions of the code with this, and report
throughput with ``bench/run.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_articles.jsonl"
PROBE = """import json, sys
from classifier import Analyzer
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()][:int(sys.argv[2])]
analyzer = Analyzer()
analyzer.analyze_batch(texts[:5])   # warm up: first calls fill caches
if sys.argv[3] == "1":
    analyzer.analyze_batch(texts)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(data: Path, articles: int, analyse: bool) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")   # the same dict and set layouts in every run
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", PROBE, str(data), str(articles), "1" if analyse else "0"],
                         capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return int(_REFS.search(run.stderr).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py: valgrind is not installed (apt-get install valgrind)")
    texts = [json.loads(line)["text"] for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts[:args.articles]
    sentences_probe = "from classifier import Analyzer; import json, sys; " \
                      "print(sum(len(r.sentences) for r in Analyzer(model='rules').analyze_batch(json.load(sys.stdin))))"
    sentences = int(subprocess.run([sys.executable, "-c", sentences_probe], input=json.dumps(texts), text=True,
                                   capture_output=True, check=True, cwd=ROOT).stdout)
    total = instructions(args.data, len(texts), True) - instructions(args.data, len(texts), False)
    result = {"articles": len(texts), "sentences": sentences, "instructions": total,
              "instructions_per_sentence": round(total / sentences)}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:<28}{value:>14}")


if __name__ == "__main__":
    main()
