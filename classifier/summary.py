"""The per-article summary: stance per actor, source mix, loaded language in the outlet's own voice.

Computed from the sentence results alone, so it is the same for text and for pre-segmented input.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .labels import STANCES
from .normalize import WORD_RE

NO_ACTOR = "none"


@dataclass(frozen=True)
class ActorStance:
    actor: str
    stance: str                      # the label with the highest mean probability (or the majority label)
    probability: float
    counts: dict[str, int]           # sentences labelled against / neutral / favor

    def to_dict(self) -> dict:
        return {"actor": self.actor, "stance": self.stance, "probability": self.probability, "counts": self.counts}


@dataclass(frozen=True)
class Summary:
    sentences: int
    words: int
    actors: tuple[ActorStance, ...]
    sources: dict[str, int]          # sentences per source kind
    speaker_actors: dict[str, int]   # attributed sentences per speaker actor ("none" when unknown)
    attributed_share: float
    author_loaded: int               # loaded terms in the outlet's own voice
    author_loaded_per_100_words: float
    author_loaded_by_category: dict[str, int]
    voice_balance: float             # 0: one actor's voices only … 1: attributed voices spread evenly

    def to_dict(self) -> dict:
        return {"sentences": self.sentences, "words": self.words, "actors": [a.to_dict() for a in self.actors],
                "sources": self.sources, "speaker_actors": self.speaker_actors,
                "attributed_share": self.attributed_share, "author_loaded": self.author_loaded,
                "author_loaded_per_100_words": self.author_loaded_per_100_words,
                "author_loaded_by_category": self.author_loaded_by_category, "voice_balance": self.voice_balance}


def summarize(sentences) -> Summary:
    words = len(WORD_RE.findall(" ".join(s.text for s in sentences)))   # one pass; a space splits no word
    attributed = [s for s in sentences if s.source != "author"]
    speaker_actors = Counter(s.speaker_actor or NO_ACTOR for s in attributed)
    author_terms = [t for s in sentences for t in s.loaded if t.voice == "author"]
    return Summary(
        sentences=len(sentences),
        words=words,
        actors=tuple(_actor_stances(sentences)),
        sources=dict(Counter(s.source for s in sentences).most_common()),
        speaker_actors=dict(speaker_actors.most_common()),
        attributed_share=round(len(attributed) / len(sentences), 4) if sentences else 0.0,
        author_loaded=len(author_terms),
        author_loaded_per_100_words=round(100 * len(author_terms) / words, 3) if words else 0.0,
        author_loaded_by_category=dict(Counter(t.category for t in author_terms).most_common()),
        voice_balance=_balance(speaker_actors),
    )


def _actor_stances(sentences) -> list[ActorStance]:
    counts: dict[str, Counter] = {}
    probs: dict[str, list[dict]] = {}
    for s in sentences:
        for actor, label in s.stance.items():
            counts.setdefault(actor, Counter())[label] += 1
            if actor in s.stance_probability:
                probs.setdefault(actor, []).append(s.stance_probability[actor])
    out = []
    for actor, c in counts.items():
        if actor in probs:
            mean = {k: sum(p.get(k, 0.0) for p in probs[actor]) / len(probs[actor]) for k in STANCES}
            # a side taken in some sentences is the article's stance, unless neutral clearly dominates
            label = max(("against", "favor"), key=lambda k: c[k]) if c["against"] + c["favor"] else "neutral"
            if c[label] == 0 or mean["neutral"] > 0.5 and c["neutral"] > 2 * (c["against"] + c["favor"]):
                label = "neutral"
            probability = round(mean[label], 4)
        else:
            label, probability = c.most_common(1)[0][0], round(c.most_common(1)[0][1] / sum(c.values()), 4)
        out.append(ActorStance(actor, label, probability, {k: c[k] for k in STANCES}))
    out.sort(key=lambda a: -sum(a.counts.values()))
    return out


def _balance(counts: Counter) -> float:
    """Normalized entropy of attributed sentences over speaker actors (unknown actors excluded)."""
    known = [v for k, v in counts.items() if k != NO_ACTOR]
    if len(known) < 2:
        return 0.0
    total = sum(known)
    entropy = -sum(v / total * math.log(v / total) for v in known)
    return round(entropy / math.log(len(known)), 4)
