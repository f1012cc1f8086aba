"""The `framing` command. Failures print one line on stderr and exit non-zero, never a traceback.

Exit codes: 0 success, 1 an input could not be analysed, 2 bad usage (click's own).
"""
from __future__ import annotations

import json
import sys

import click

from .decode import DecodeError
from .lexicon import LexiconError

EXIT_INPUT = 1


def _analyzer(rules, model=None):
    from .analyzer import Analyzer
    from .models import ModelError
    try:
        return Analyzer(rules=rules, model=model)
    except LexiconError as e:
        raise click.ClickException(f"invalid lexicons:\n{e}") from None
    except ModelError as e:
        raise click.ClickException(str(e)) from None


@click.group()
@click.version_option(package_name="arabic-framing")
def main():
    """Framing and stance analysis of Arabic news: who speaks, loaded terms, stance per actor."""


@main.command()
@click.argument("source", type=click.File("rb"))
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Lexicon directory to use.")
@click.option("--model", "model_dir", type=click.Path(file_okay=False),
              help="Model directory (default: the packaged model); 'rules' for the rules alone.")
@click.option("--encoding", help="Force an input encoding (detected by default).")
def score(source, rules, model_dir, encoding):
    """Analyse an article (FILE, or - for stdin) and print the result as JSON."""
    analyzer = _analyzer(rules, model_dir)
    name = getattr(source, "name", "-")
    try:
        result = analyzer.analyze_bytes(source.read(), encoding=encoding, id=name)
    except DecodeError as e:
        click.echo(f"error: {name}: {e}", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Lexicon directory to use.")
@click.option("--model", "model_dir", type=click.Path(file_okay=False),
              help="Model directory (default: the packaged model).")
@click.option("--rules-only", is_flag=True, help="Score with the rules alone, no models.")
@click.option("--baseline", is_flag=True, help="Also train and score the TF-IDF baseline, side by side.")
@click.option("--corpus", type=click.Path(exists=True), help="Corpus the baseline is trained on.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with the metrics.")
def eval_(gold, rules, model_dir, rules_only, baseline, corpus, as_json):
    """Compare the analyzer with a gold JSONL file (ANNOTATION section 6)."""
    from .evaluate import predict, read_gold, score
    analyzer = _analyzer(rules, "rules" if rules_only else model_dir)
    try:
        articles = read_gold(gold)
        predicted = predict(analyzer, articles)
        metrics = score(articles, predicted)
    except (ValueError, KeyError, TypeError) as e:
        raise click.ClickException(f"{gold}: not a gold file in the ANNOTATION format ({e})") from None
    columns = {"model" if analyzer.model else "rules": metrics}
    if baseline:
        from .baseline import Baseline
        from .training import DEFAULT_CORPUS, read_corpus
        train_articles, _ = read_corpus(corpus or DEFAULT_CORPUS)
        mentions = [[list(p["stance"]) for p in sentences] for sentences in predicted]
        columns["baseline"] = score(articles, Baseline().fit(train_articles).predict(articles, mentions))
    if as_json:
        click.echo(json.dumps(metrics if len(columns) == 1 else columns))
        return
    click.echo(f"{'':26s}" + "".join(f"{name:>10s}" for name in columns))
    for key in metrics:
        cells = [columns[name][key] for name in columns]
        click.echo(f"{key:26s}" + "".join(f"{v:10.3f}" if isinstance(v, float) else f"{v:10d}" for v in cells))


@main.command()
@click.option("--corpus", type=click.Path(exists=True), help="Corpus directory of gold JSONL files.")
@click.option("--out", type=click.Path(file_okay=False), help="Where to write the model (default: the packaged one).")
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Lexicon directory to use.")
def train(corpus, out, rules):
    """Train the source and stance models on the annotated corpus."""
    import time

    from .training import DEFAULT_CORPUS
    from .training import train as fit
    from .models import DEFAULT_MODEL
    analyzer = _analyzer(rules, "rules")
    started = time.perf_counter()
    try:
        model = fit(analyzer.engine, corpus or DEFAULT_CORPUS)
    except (ValueError, KeyError, TypeError) as e:
        raise click.ClickException(f"cannot train: {e}") from None
    target = model.save(out or DEFAULT_MODEL)
    m = model.manifest
    click.echo(f"trained on {m['articles']} articles, {m['sentences']} sentences, {m['stance_pairs']} stance pairs "
               f"in {time.perf_counter() - started:.1f}s; model {m['model_id']} written to {target}")
