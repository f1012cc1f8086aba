"""Results as plain dataclasses with ``to_dict()``; field names and labels follow ANNOTATION section 6.

Every ``start``/``end`` indexes the analysed text. A carried-over speaker points at its earlier mention.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .hits import LoadedTerm, Mention, Span
from .summary import Summary


@dataclass(frozen=True)
class SentenceResult:
    text: str
    start: int
    end: int
    source: str
    speaker: Span | None
    speaker_actor: str | None
    cue: Span | None
    cue_id: str | None
    cue_class: str | None
    stance: dict[str, str]
    loaded: tuple[LoadedTerm, ...]
    mentions: tuple[Mention, ...]
    how: str = "none"
    source_probability: dict[str, float] = field(default_factory=dict)
    stance_probability: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        sp, cue = self.speaker, self.cue
        return {
            "text": self.text, "start": self.start, "end": self.end,
            "source": self.source, "source_probability": self.source_probability,
            "speaker": sp.text if sp else None, "speaker_start": sp.start if sp else None,
            "speaker_end": sp.end if sp else None, "speaker_actor": self.speaker_actor,
            "attribution": self.how,
            "cue": cue.text if cue else None, "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None, "cue_id": self.cue_id, "cue_class": self.cue_class,
            "stance": dict(self.stance), "stance_probability": self.stance_probability,
            "loaded": [{"text": t.text, "category": t.category, "target": t.target, "voice": t.voice,
                        "start": t.start, "end": t.end, "id": t.entry_id, "polarity": t.polarity,
                        "neutral": t.neutral} for t in self.loaded],
            "actors": [{"actor": m.actor, "text": m.text, "start": m.start, "end": m.end, "id": m.entry_id}
                       for m in self.mentions],
        }


@dataclass(frozen=True)
class ArticleResult:
    sentences: tuple[SentenceResult, ...]
    lexicon: str
    model: str | None = None
    id: str | None = None
    summary: Summary | None = None
    text: str | None = field(default=None, repr=False)   # the analysed text every offset indexes

    def to_dict(self) -> dict:
        return {"id": self.id, "lexicon": self.lexicon, "model": self.model,
                "sentences": [s.to_dict() for s in self.sentences],
                "summary": self.summary.to_dict() if self.summary else None}
