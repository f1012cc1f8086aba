"""The public entry point: ``Analyzer`` turns article text into ``ArticleResult``.

decode → clean → segment → normalize → rules (annotate) → features → models → results. The rules
flag; the models decide the source kind and the stance per actor. An instance holds only read-only
state after construction, so one instance can be shared across threads.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from .annotate import RuleEngine, SentenceRules
from .decode import decode
from .lexicon import load
from .scorer import ScoringModel, load_model
from .results import ArticleResult, SentenceResult
from .rule_stance import rule_stance
from .summary import summarize

RULES_ONLY = "rules"   # pass as ``model`` to score with the rules alone
CARRIED = frozenset({"carry-over", "pronoun", "quote", "participle"})


class Analyzer:
    def __init__(self, rules: str | Path | None = None, model: str | Path | None = None):
        """Lexicons from ``rules`` (packaged by default); models from ``model`` (packaged by default,
        or ``"rules"`` for the rules alone)."""
        self.lexicon = load(rules)
        self.engine = RuleEngine(self.lexicon)
        self.model: ScoringModel | None = None if model == RULES_ONLY else load_model(model, self.lexicon.digest)

    @property
    def lexicon_version(self) -> str:
        return self.lexicon.digest

    @property
    def model_version(self) -> str | None:
        return self.model.version if self.model else None

    def analyze(self, text: str, id: str | None = None) -> ArticleResult:
        """Analyse an article: furniture dropped, sentences segmented, every offset into ``text``."""
        return self.result(self.engine.article(text), text, id)

    def analyze_bytes(self, data: bytes, encoding: str | None = None, id: str | None = None) -> ArticleResult:
        return self.analyze(decode(data, encoding), id)

    def analyze_sentences(self, sentences: list[str], id: str | None = None) -> ArticleResult:
        """Analyse pre-segmented sentences in order; offsets index the sentences joined by one space."""
        text, rules = self.engine.sentences(list(sentences))
        return self.result(rules, text, id)

    def analyze_batch(self, texts, ids=None, chunk: int = 32) -> list[ArticleResult]:
        """Analyse many articles; one result per text, in order. The models score ``chunk`` articles at a
        time: fewer calls than one by one, and the rule state of only one chunk held in memory."""
        texts = list(texts)
        ids = list(ids) if ids is not None else [None] * len(texts)
        out: list[ArticleResult] = []
        with _collector_paused():
            for i in range(0, len(texts), chunk):
                part = texts[i:i + chunk]
                out.extend(self._results([self.engine.article(t) for t in part], ids[i:i + chunk], part))
        return out

    def result(self, rules: list[SentenceRules], text: str, id: str | None = None) -> ArticleResult:
        """The models' decisions on an article's rule hits (``engine.article(text)``)."""
        return self._results([rules], [id], [text])[0]

    def _results(self, articles: list[list[SentenceRules]], ids, texts) -> list[ArticleResult]:
        if self.model is None:
            decided = [[_sentence(r, r.attribution.source, {}, rule_stance(r), {}) for r in rules]
                       for rules in articles]
        else:
            flat = [r for rules in articles for r in rules]
            sources = iter(self.model.predict_source(flat))
            stances = iter(self.model.predict_stance([(r, actor) for r in flat for actor in _actors(r)]))
            decided = [self._decide(rules, sources, stances) for rules in articles]
        return [ArticleResult(tuple(sentences), self.lexicon.digest, self.model_version, id, summarize(sentences), text)
                for sentences, id, text in zip(decided, ids, texts)]

    @staticmethod
    def _decide(rules: list[SentenceRules], sources, stances) -> list[SentenceResult]:
        sentences = []
        decided: dict[int, str] = {}   # speaker mention start → the source kind decided for it
        for r in rules:
            source, source_probs = next(sources)
            a = r.attribution
            if a.how in CARRIED and a.speaker is not None and a.speaker.start in decided:
                source = decided[a.speaker.start]   # the same speaker keeps the same kind
            elif a.speaker is not None and source != "author":
                decided[a.speaker.start] = source
            stance, stance_probs = {}, {}
            for actor in _actors(r):
                stance[actor], stance_probs[actor] = next(stances)
            sentences.append(_sentence(r, source, source_probs, stance, stance_probs))
        return sentences


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off for a batch, then back as it was. A batch's objects form
    no cycles (a collection right after one finds nothing unreachable), so collecting meanwhile frees
    nothing: left on, it cost about a sixth of the time; paused per chunk, it still grew with the
    results already held (4% of a tenfold batch, against 2% paused for the whole batch)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _actors(r: SentenceRules) -> list[str]:
    return list(dict.fromkeys(m.actor for m in r.mentions if m.actor))


def _sentence(r: SentenceRules, source: str, source_probs: dict, stance: dict, stance_probs: dict) -> SentenceResult:
    a = r.attribution
    if source == "author":   # the model overrules the rules: no speaker, no cue
        return SentenceResult(r.text, r.start, r.end, source, None, None, None, None, None, stance, r.loaded,
                              r.mentions, a.how, source_probs, stance_probs)
    return SentenceResult(r.text, r.start, r.end, source, a.speaker, a.speaker_actor, a.cue, a.cue_id, a.cue_class,
                          stance, r.loaded, r.mentions, a.how, source_probs, stance_probs)
