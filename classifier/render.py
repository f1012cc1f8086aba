"""Results for people: a terminal table and a self-contained right-to-left HTML report."""
from __future__ import annotations

import html

from .results import ArticleResult

_RLM = "\u200f"   # keeps an Arabic line right-to-left in terminals that apply the bidi algorithm
CATEGORY_COLOURS = {"label": "#f4a261", "aggression": "#e76f51", "atrocity": "#d62828", "delegitimizing": "#9d4edd",
                    "scare_quote": "#f72585", "pejorative": "#bc6c25", "martyrdom": "#2a9d8f", "praise": "#06d6a0"}
SOURCE_COLOURS = {"author": "#ffffff", "named_person": "#e8f1fb", "official": "#eef7ee", "anonymous": "#fdf3e3",
                  "media": "#f3ecfb", "public": "#fbeef2"}
STANCE_COLOURS = {"against": "#d62828", "neutral": "#adb5bd", "favor": "#2a9d8f"}


def table(result: ArticleResult) -> str:
    lines = [f"# {result.id or ''}  (lexicon {result.lexicon}, model {result.model})"]
    for i, s in enumerate(result.sentences, 1):
        who = s.source if not s.speaker else f"{s.source}: {_RLM}{' '.join(s.speaker.text.split())}{_RLM}"
        if s.speaker_actor:
            who += f" [{s.speaker_actor}]"
        if s.cue:
            who += f" via {_RLM}{s.cue.text}{_RLM} ({s.cue_class})"
        lines.append(f"{i:>3}. {_RLM}{' '.join(s.text.split())}")
        lines.append(f"     source  {who}")
        if s.stance:
            lines.append("     stance  " + ", ".join(f"{a}={v}" for a, v in s.stance.items()))
        for t in s.loaded:
            lines.append(f"     loaded  {_RLM}{' '.join(t.text.split())}{_RLM} {t.category} → {t.target or '-'} ({t.voice})")
    if result.summary:
        m = result.summary
        lines.append("")
        lines.append(f"summary: {m.sentences} sentences, {m.words} words, {100 * m.attributed_share:.0f}% attributed, "
                     f"voice balance {m.voice_balance:.2f}")
        lines.append("  sources  " + ", ".join(f"{k} {v}" for k, v in m.sources.items()))
        lines.append("  voices   " + ", ".join(f"{k} {v}" for k, v in m.speaker_actors.items()))
        lines.append(f"  loaded in the outlet's voice: {m.author_loaded} ({m.author_loaded_per_100_words:.2f} per 100 "
                     "words) " + ", ".join(f"{k} {v}" for k, v in m.author_loaded_by_category.items()))
        for a in m.actors:
            lines.append(f"  {a.actor:<20} {a.stance:<8} p={a.probability:.2f}  " +
                         " ".join(f"{k}={v}" for k, v in a.counts.items()))
    return "\n".join(lines) + "\n"


def html_page(results: list[ArticleResult]) -> str:
    body = "\n".join(_article_html(r) for r in results)
    legend = " ".join(f'<span class="loaded cat-{c}">{c}</span>' for c in CATEGORY_COLOURS)
    css = "\n".join(
        [f".cat-{c} {{ background: {col}55; border-bottom: 2px solid {col}; }}" for c, col in CATEGORY_COLOURS.items()]
        + [f".src-{s} {{ background: {col}; }}" for s, col in SOURCE_COLOURS.items()])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>arabic-framing report</title>
<style>
body {{ font-family: "Noto Naskh Arabic", "Amiri", serif; max-width: 60em; margin: 2em auto; line-height: 1.9; }}
.sentence {{ padding: 0.1em 0.2em; border-radius: 3px; }}
.speaker {{ text-decoration: underline; text-decoration-thickness: 2px; }}
.loaded {{ padding: 0 0.15em; cursor: help; }}
.summary {{ direction: ltr; text-align: left; font-family: sans-serif; font-size: 0.9em; }}
{css}
</style></head><body>
<p class="summary">Loaded-term categories: <span dir="rtl">{legend}</span></p>
{body}
</body></html>
"""


def _article_html(result: ArticleResult) -> str:
    text = result.text or ""
    marks: list[tuple[int, int, str, str]] = []   # (start, end, open tag, close tag)
    for s in result.sentences:
        title = f"{s.source}" + (f" · {s.speaker.text}" if s.speaker else "") + (f" · {s.cue_class}" if s.cue else "")
        marks.append((s.start, s.end, f'<span class="sentence src-{s.source}" title="{html.escape(title)}">', "</span>"))
        if s.speaker and s.start <= s.speaker.start and s.speaker.end <= s.end:
            marks.append((s.speaker.start, s.speaker.end, '<span class="speaker">', "</span>"))
        for t in s.loaded:
            tip = f"{t.category} · target: {t.target or '-'} · voice: {t.voice}" + (
                f" · neutral: {t.neutral}" if t.neutral else "")
            marks.append((t.start, t.end, f'<mark class="loaded cat-{t.category}" title="{html.escape(tip)}">',
                           "</mark>"))
    return (f'<article data-id="{html.escape(result.id or "")}"><h2 dir="ltr">{html.escape(result.id or "")}</h2>'
            f'<div class="text">{_nest(text, marks)}</div>{_summary_html(result)}</article>')


def _nest(text: str, marks) -> str:
    """Wrap spans in tags; spans nest (sentence ⊃ speaker, loaded) or are disjoint."""
    opens: dict[int, list] = {}
    closes: dict[int, list] = {}
    for start, end, open_tag, close_tag in sorted(marks, key=lambda m: (m[0], -m[1])):
        opens.setdefault(start, []).append(open_tag)
        closes.setdefault(end, []).insert(0, close_tag)
    out = []
    for i, ch in enumerate(text):
        out.extend(closes.get(i, []))
        out.extend(opens.get(i, []))
        if ch == "\n":   # a hard wrap is a space; a blank line breaks the paragraph
            blank = text[i - 1:i] == "\n" or text[i + 1:i + 2] == "\n"
            out.append("<br>" if blank else "\n")
        else:
            out.append(html.escape(ch))
    out.extend(closes.get(len(text), []))
    return "".join(out)


def _bars(items: list[tuple[str, dict[str, int]]], colours: dict[str, str]) -> str:
    rows, y = [], 0
    for name, counts in items:
        total = sum(counts.values()) or 1
        x = 160
        rows.append(f'<text x="0" y="{y + 13}" font-size="12">{html.escape(name)}</text>')
        for key, value in counts.items():
            width = 300 * value / total
            if width:
                rows.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="16" fill="{colours.get(key, "#888")}">'
                            f'<title>{html.escape(key)}: {value}</title></rect>')
            x += width
        y += 20
    return f'<svg width="480" height="{y}" role="img">{"".join(rows)}</svg>'


def _summary_html(result: ArticleResult) -> str:
    m = result.summary
    if m is None:
        return ""
    stance = _bars([(a.actor, a.counts) for a in m.actors], STANCE_COLOURS)
    palette = {k: v if v != "#ffffff" else "#dddddd" for k, v in SOURCE_COLOURS.items()}
    sources = _bars([("sources", m.sources)], palette)
    return (f'<div class="summary"><p>{m.sentences} sentences, {100 * m.attributed_share:.0f}% attributed, '
            f'voice balance {m.voice_balance:.2f}; loaded terms in the outlet\'s own voice: {m.author_loaded} '
            f'({m.author_loaded_per_100_words:.2f} per 100 words)</p>'
            f'<p>Stance per actor (against / neutral / favor)</p>{stance}<p>Source mix</p>{sources}</div>')
