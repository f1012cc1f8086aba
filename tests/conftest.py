import json
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore the same examples on every run: a CI failure can be reproduced.
settings.register_profile("repeatable", derandomize=True)
settings.load_profile("repeatable")

from classifier import Analyzer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_dfdd21290083070f.txt"
SEED_GOLD = Path(__file__).resolve().parent / "data" / "seed_gold.jsonl"


@pytest.fixture(scope="session")
def analyzer():
    return Analyzer(model="rules")   # the rules alone: what these tests check


@pytest.fixture(scope="session")
def seed_gold():
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
