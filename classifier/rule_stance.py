"""Stance per mentioned actor from the rule hits alone: the fallback when no model is loaded.

A loaded term that targets an actor sets `against` (negative) or `favor` (positive); a cue that
condemns or accuses sets `against` for the actors named after it, one that praises `favor`.
"""
from __future__ import annotations

from .annotate import SentenceRules

_ACT_STANCE = {"condemn": "against", "accuse": "against", "praise": "favor"}


def rule_stance(rules: SentenceRules) -> dict[str, str]:
    stance = {m.actor: "neutral" for m in rules.mentions if m.actor}
    att = rules.attribution
    act = _ACT_STANCE.get(att.cue_act or "")
    if act and att.cue is not None:
        for m in rules.mentions:
            if m.start >= att.cue.end and m.actor != att.speaker_actor and m.actor in stance:
                stance[m.actor] = act
    for t in rules.loaded:
        if t.target in stance:
            stance[t.target] = "against" if t.polarity == "negative" else "favor"
    return stance
