"""Hostile input: no crash, every span in bounds, and time that grows linearly with size.

Time is compared between sizes (4x the input may take at most 8x the time: linear gives ~4,
quadratic 16), never against an absolute budget.
"""
import time

import pytest

from classifier import Analyzer

UNITS = {
    "no punctuation": "قال الوزير إن المحادثات مستمرة ",
    "quote marks": '"',
    "quotes around words": 'قال "نعم ',
    "unbalanced guillemets": "«قال الوزير ",
    "clitic-prefixed tokens": "وبالمصادر ",
    "one long token": "ب",
    "short sentences": 'قال الوزير: "نعم". ',
}


@pytest.fixture(scope="module")
def rules_analyzer():
    return Analyzer(model="rules")


def best_time(analyzer, text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        analyzer.analyze(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", list(UNITS))
def test_time_grows_linearly(rules_analyzer, name):
    unit = UNITS[name]
    small = unit * (20_000 // len(unit))
    large = small * 4
    result = rules_analyzer.analyze(large)
    for s in result.sentences:
        assert large[s.start:s.end] == s.text
    ratio = best_time(rules_analyzer, large) / max(best_time(rules_analyzer, small), 1e-4)
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x the time"


LITERAL = {   # the sizes the hardening issue names, each analysed once
    "1 MB with no punctuation": ("قال الوزير إن المحادثات مستمرة " * 40_000)[:1_000_000],
    "100,000 quote marks": '"' * 100_000,
    "unbalanced quotes": ("«قال الوزير " + '"') * 20_000,
    "10,000 clitic-prefixed tokens": "وبالمصادر " * 10_000,
    "one 1 MB token": "ب" * 1_000_000,
}


@pytest.mark.parametrize("name", list(LITERAL))
def test_named_hostile_inputs(rules_analyzer, name):
    text = LITERAL[name]
    result = rules_analyzer.analyze(text)
    for s in result.sentences:
        assert text[s.start:s.end] == s.text
        for t in s.loaded:
            assert text[t.start:t.end] == t.text
