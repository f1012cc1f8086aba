"""Counts and checks of the training corpus, printed as the Markdown tables of training/README.md.

`python -m classifier.corpus_stats [CORPUS_DIR]`. The skeleton check masks actor names (from the
actor lexicon), numbers, days and months, and reports any sentence shape used more than three times.
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from .lexicon import load
from .match import Matcher
from .normalize import NormalizedText
from .training import DEFAULT_CORPUS, read_corpus

_DATES = frozenset("""الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت يناير فبراير مارس ابريل مايو يونيو يوليو
اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين""".split())
_DIGITS = re.compile(r"\d")
MAX_SKELETON_REPEATS = 3


def skeletons(articles: list[dict]) -> Counter:
    matcher = Matcher(load(), kinds=("actors",))
    counts = Counter()
    for article in articles:
        for s in article["sentences"]:
            nt = NormalizedText(s["text"])
            tokens = nt.tokens()
            masked = [t.text for t in tokens]
            for h in matcher.find(nt, tokens).get("actors", []):
                for k in range(h.first, h.last):
                    masked[k] = "<A>"
            masked = ["<D>" if w in _DATES else _DIGITS.sub("0", w) for w in masked]
            counts[" ".join(masked)] += 1
    return counts


def report(corpus=DEFAULT_CORPUS) -> str:
    articles, digest = read_corpus(corpus)
    sentences = [s for a in articles for s in a["sentences"]]
    kinds = Counter(a.get("meta", {}).get("kind", "?") for a in articles)
    lines = [f"Corpus `{digest}`: {len(articles)} articles, {len(sentences)} sentences.", ""]

    def table(title, counter):
        lines.extend([f"### {title}", "", "| value | count |", "|---|---|"])
        lines.extend(f"| {k} | {v} |" for k, v in counter.most_common())
        lines.append("")

    ordinary = sum(len(a["sentences"]) for a in articles if a.get("meta", {}).get("kind") == "ordinary")
    table("Articles per kind", kinds)
    lines.insert(1, f"Ordinary news: {kinds['ordinary']} articles ({100 * kinds['ordinary'] / len(articles):.0f}%), "
                    f"{ordinary} sentences ({100 * ordinary / len(sentences):.0f}%).")
    table("Source kinds", Counter(s["source"] for s in sentences))
    table("Cue classes", Counter(s["cue_class"] for s in sentences if s["cue"]))
    table("Loaded categories", Counter(t["category"] for s in sentences for t in s["loaded"]))
    table("Loaded voice", Counter(t["voice"] for s in sentences for t in s["loaded"]))
    table("Stance labels", Counter(v for s in sentences for v in s["stance"].values()))
    table("Stance pairs per actor", Counter(a for s in sentences for a in s["stance"]))
    table("Outlets (house styles)", Counter(a.get("meta", {}).get("outlet", "?") for a in articles))
    repeated = [(k, v) for k, v in skeletons(articles).most_common() if v > MAX_SKELETON_REPEATS]
    lines.append(f"Sentence skeletons used more than {MAX_SKELETON_REPEATS} times: {len(repeated)}.")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CORPUS))
