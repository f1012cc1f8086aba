"""Rule hits as feature dicts, for the source model (per sentence) and the stance model (per actor).

Pure functions, no scikit-learn: scoring imports only this. ``transformers`` wraps them in
scikit-learn transformers for training and for users' own pipelines.
"""
from __future__ import annotations

from .annotate import SentenceRules
from .normalize import is_word
from .rule_stance import rule_stance

WINDOW = 4


def source_features(r: SentenceRules, lexical: bool = True) -> dict:
    a, view = r.attribution, r.view
    f = {"bias": 1.0, f"rule={a.source}": 1.0, f"how={a.how}": 1.0, f"rule_how={a.source}|{a.how}": 1.0}
    if a.cue_id:
        f[f"cue={a.cue_id}"] = 1.0
        f[f"cue_class={a.cue_class}"] = 1.0
    if a.speaker is not None:
        f["speaker_words"] = min(len(a.speaker.text.split()), 8) / 8
        f[f"speaker_actor={'yes' if a.speaker_actor else 'no'}"] = 1.0
    if a.speaker_head:
        f[f"head={a.speaker_head}"] = 1.0
    for h in view.hits.get("speakers", []):
        if not h.pseudo:
            f[f"has_speaker={h.entry.get('kind')}"] = 1.0
            if a.speaker is not None and a.speaker.start <= view.offset + h.start < a.speaker.end:
                f[f"rule_head={a.source}|{h.entry.get('kind')}"] = 1.0   # title + name vs title alone
    for h in view.hits.get("cues", []):
        if not h.pseudo:
            f[f"has_cue={h.entry.get('type')}"] = 1.0
    f["quoted_share"] = sum(view.quoted_tokens) / max(1, len(view.tokens))
    if view.starts_in_quote:
        f["starts_in_quote"] = 1.0
    if lexical and view.tokens:
        f[f"w0={view.tokens.texts[0]}"] = 1.0
        if len(view.tokens) > 1:
            f[f"w1={view.tokens.texts[1]}"] = 1.0
    return f


def sentence_context(r: SentenceRules) -> dict:
    """The actor-independent part of the stance features, computed once per sentence."""
    words = r.view.tokens.texts
    polarity = [h.entry.get("polarity") for h in r.view.hits.get("evaluative", ())]   # rules/evaluative.jsonl
    hostile, friendly = polarity.count("negative"), polarity.count("positive")
    # the sentence's words: stance often hinges on the verb, wherever it stands (``_strip`` inlined: per word)
    shared = {"w=" + (w[1:] if len(w) > 4 and w[0] in "وفبل" else w): 1.0 for w in words if len(w) > 2}
    shared["negation"] = float("negation" in polarity)
    shared["hostile_words"] = float(hostile)
    shared["friendly_words"] = float(friendly)
    shared["actors_in_sentence"] = float(len({m.actor for m in r.mentions}))
    return {"rule": rule_stance(r), "hostile": hostile, "friendly": friendly, "shared": shared}


def stance_features(r: SentenceRules, actor: str, window: int, c: dict) -> dict:
    """The features of one (sentence, actor) pair that depend on the actor; ``c`` is the sentence's
    ``sentence_context``, whose ``shared`` dict holds the rest (the two never share a key)."""
    a = r.attribution
    speaker = None if a.actor_inferred else a.speaker_actor   # an inferred actor is for output, not stance (CV)
    f = {"bias": 1.0, f"rule={c['rule'].get(actor, 'neutral')}": 1.0, f"source={a.source}": 1.0}
    if speaker == actor:
        f["is_speaker"] = 1.0
        f[f"is_speaker|cue_class={a.cue_class}"] = 1.0
    elif speaker:
        f["other_speaker"] = 1.0
    for t in r.loaded:
        if t.target == actor:
            f[f"tgt={t.category}|{t.polarity}"] = f.get(f"tgt={t.category}|{t.polarity}", 0) + 1.0
            f[f"tgt_voice={t.polarity}|{t.voice}"] = 1.0
        else:
            f[f"other={t.polarity}"] = 1.0
    mentions = [m for m in r.mentions if m.actor == actor]
    for m in mentions:
        f[f"via={m.via}"] = 1.0
    if a.cue_act and a.cue is not None:
        after = any(m.start >= a.cue.end for m in mentions)
        f[f"act={a.cue_act}|{'object' if after and speaker != actor else 'subject'}"] = 1.0
    near, firsts = _around(r, mentions, window, f)
    for w in near:
        f[f"near={w}"] = 1.0
    # who says it matters: a speaker's own side is presented well, the other side badly
    role = "speaker" if speaker == actor else ("other" if speaker else "narration")
    for h in r.view.hits.get("evaluative", ()):
        if h.entry.get("polarity") == "negation":
            continue
        if any(abs(h.first - k) <= window for k in firsts):   # blame and praise within the window of a mention
            key = "near_hostile" if h.entry.get("polarity") == "negative" else "near_friendly"
            f[key] = f.get(key, 0) + 1.0
        for k in firsts:   # and on which side of it
            if 0 < abs(h.first - k) <= window:
                key = f"ev_{'before' if h.first < k else 'after'}={h.entry.get('polarity')}"
                f[key] = f.get(key, 0) + 1.0
        # each word of blame or praise by the actor's role and by its side of the actor's nearest mention:
        # `أدانت قطر الغارات الإسرائيلية` condemns what comes after the condemner
        side = "x" if not firsts else "b" if h.first < min(firsts, key=lambda k: abs(h.first - k)) else "a"
        f[f"ev={h.id}|{role}"] = 1.0
        f[f"ev={h.id}|{role}|{side}"] = 1.0
    if c["friendly"]:
        f[f"friendly|{role}"] = 1.0
    if c["hostile"]:
        f[f"hostile|{role}"] = 1.0
    if a.cue_class:
        f[f"cue_class={a.cue_class}|{role}"] = 1.0
    return f


def stance_feature_parts(pairs, window: int = WINDOW) -> list[tuple[dict, dict]]:
    """Per (sentence, actor) pair: the actor's own features and the sentence's shared ones, the
    latter one dict per sentence, shared by its consecutive pairs (a linear scorer looks it up once)."""
    out, last, context = [], None, None
    for r, actor in pairs:
        if r is not last:
            last, context = r, sentence_context(r)
        out.append((stance_features(r, actor, window, context), context["shared"]))
    return out


def stance_feature_dicts(pairs, window: int = WINDOW) -> list[dict]:
    """One feature dict per (sentence, actor) pair, for scikit-learn."""
    return [{**own, **shared} for own, shared in stance_feature_parts(pairs, window)]


def _strip(word: str) -> str:
    return word[1:] if word[0] in "وفبل" and len(word) > 4 else word


def _around(r: SentenceRules, mentions, window: int, f: dict) -> tuple[list[str], list[int]]:
    """Adds the word right before and right after each mention of the actor to ``f``; returns the
    words within ``window`` tokens of each mention's first token (clitics stripped) and those tokens."""
    texts = r.view.tokens.texts
    near, firsts = [], []
    for m in mentions:
        found = r.view.token_range(m.start, m.end)
        if found is None:
            continue
        first, last = found
        firsts.append(first)
        if first > 0 and is_word(texts[first - 1]):
            f["prev=" + _strip(texts[first - 1])] = 1.0
        if last + 1 < len(texts) and is_word(texts[last + 1]):
            f["next=" + _strip(texts[last + 1])] = 1.0
        near.extend(w.lstrip("وفبل") if len(w) > 3 else w for w in texts[max(0, first - window):first + window + 1])
    return near, firsts
