"""The public entry point: ``Analyzer`` turns article text into ``ArticleResult``.

decode → clean → segment → normalize → rules (annotate) → stance → results. An instance holds only
read-only compiled state, so one instance can be shared across threads.
"""
from __future__ import annotations

from pathlib import Path

from .annotate import RuleEngine, SentenceRules
from .decode import decode
from .lexicon import load
from .results import ArticleResult, SentenceResult
from .rule_stance import rule_stance


class Analyzer:
    def __init__(self, rules: str | Path | None = None):
        self.lexicon = load(rules)
        self.engine = RuleEngine(self.lexicon)

    @property
    def lexicon_version(self) -> str:
        return self.lexicon.digest

    def analyze(self, text: str, id: str | None = None) -> ArticleResult:
        """Analyse an article: furniture dropped, sentences segmented, every offset into ``text``."""
        return self._result(self.engine.article(text), id)

    def analyze_bytes(self, data: bytes, encoding: str | None = None, id: str | None = None) -> ArticleResult:
        return self.analyze(decode(data, encoding), id)

    def analyze_sentences(self, sentences: list[str], id: str | None = None) -> ArticleResult:
        """Analyse pre-segmented sentences in order; offsets index the sentences joined by one space."""
        _, rules = self.engine.sentences(list(sentences))
        return self._result(rules, id)

    def _result(self, rules: list[SentenceRules], id: str | None) -> ArticleResult:
        return ArticleResult(tuple(self._sentence(r) for r in rules), self.lexicon.digest, None, id)

    @staticmethod
    def _sentence(r: SentenceRules) -> SentenceResult:
        a = r.attribution
        return SentenceResult(r.text, r.start, r.end, a.source, a.speaker, a.speaker_actor, a.cue, a.cue_id,
                              a.cue_class, rule_stance(r), r.loaded, r.mentions, a.how)
