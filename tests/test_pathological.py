"""Hostile input: no crash, every span in bounds, and work that grows linearly with size.

Work is counted, never timed: the number of Python lines executed while analysing a text is the
same on every run and every machine. 4x the input may execute at most 5x the lines (linear gives
~4, quadratic 16). Work done inside C (regexes, slicing) is not counted here; `bench/hostile.py`
times the same inputs for that.
"""
import json
import sys
from pathlib import Path

import pytest

from classifier import Analyzer

# text units repeated to build each hostile input; bench/hostile.py times the same ones
UNITS = json.loads((Path(__file__).parent / "hostile_units.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules_analyzer():
    return Analyzer(model="rules")


def lines_executed(analyzer, text):
    count = 0

    def per_line(frame, event, arg):
        nonlocal count
        count += event == "line"
        return per_line

    sys.settrace(lambda frame, event, arg: per_line)
    try:
        analyzer.analyze(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("name", list(UNITS))
def test_work_grows_linearly(rules_analyzer, name):
    unit = UNITS[name]
    small = unit * (5_000 // len(unit))
    large = small * 4
    result = rules_analyzer.analyze(large)
    for s in result.sentences:
        assert large[s.start:s.end] == s.text
    ratio = lines_executed(rules_analyzer, large) / lines_executed(rules_analyzer, small)
    assert ratio < 5, f"{name}: 4x the input executed {ratio:.1f}x the lines"


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
