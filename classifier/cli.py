"""The `framing` command. Failures print one line on stderr and exit non-zero, never a traceback.

Exit codes: 0 success; 1 an input, a model or a lexicon could not be used; 2 bad usage (click's own);
3 an internal error (a bug: please report it with the input).
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

import click

from . import render
from .inputs import FORMATS
from .lexicon import LexiconError

EXIT_INPUT = 1
EXIT_INTERNAL = 3
DEFAULT_MAX_BYTES = 10_000_000


def _analyzer(rules, model=None):
    from .analyzer import Analyzer
    from .scorer import ModelError
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
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "html"]), default="table",
              show_default=True, help="Output format.")
@click.option("--output", "-o", default="-", show_default=True, help="Output file, or - for stdout.")
@click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="How to read inputs (auto: by file extension).")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the article text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field holding the article id.")
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Lexicon directory to use.")
@click.option("--model", "model_dir", help="Model directory (default: the packaged model); 'rules' for the rules alone.")
@click.option("--encoding", help="Force an input encoding (detected by default).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes to use.")
def score(inputs, fmt, output, input_format, text_field, id_field, rules, model_dir, encoding, max_bytes, jobs):
    """Analyse articles: FILES, DIRECTORIES (recursive, by extension) or - for stdin.

    Every input yields a result or an error record; the exit code is 1 when any input failed.
    """
    from .batch import score_items
    from .inputs import InputOptions, iter_items
    analyzer = _analyzer(rules, model_dir)
    options = InputOptions(input_format, text_field, id_field, encoding, max_bytes)
    items = list(iter_items(list(inputs), options))
    failed = 0
    with _atomic_output(output) as out:
        show = sys.stderr.isatty() and len(items) > 1
        with click.progressbar(length=len(items), label="scoring", file=sys.stderr) if show else _NoBar() as bar:
            outcomes = []
            for outcome in score_items(analyzer, items, jobs, rules, model_dir, bar.update, fmt):
                if outcome.error:
                    failed += 1
                    click.echo(f"error: {outcome.error}", err=True)
                if outcome.rendered is not None:
                    out.write(outcome.rendered)
                else:
                    outcomes.append(outcome)
        if fmt == "json":
            records = [o.record() for o in outcomes]
            out.write(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1) + "\n")
        elif fmt == "html":
            out.write(render.html_page([o.result for o in outcomes if o.result]))
    if failed:
        sys.exit(EXIT_INPUT)


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


@contextlib.contextmanager
def _atomic_output(target: str):
    """Write to a temporary file beside the target and rename it at the end: never a truncated file."""
    if target == "-":
        yield sys.stdout
        return
    path = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    from .scorer import DEFAULT_MODEL
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


@main.command()
@click.argument("text")
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Lexicon directory to use.")
@click.option("--model", "model_dir", help="Model directory (default: the packaged model); 'rules' for the rules alone.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def explain(text, rules, model_dir, as_json):
    """Explain each sentence of TEXT (or - for stdin): rules that fired, features that moved the predictions."""
    from .decode import DecodeError, decode
    from .explain import explain as run
    if text == "-":
        try:
            text = decode(sys.stdin.buffer.read())
        except DecodeError as e:
            raise click.ClickException(f"-: {e}") from None
    analyzer = _analyzer(rules, model_dir)
    report = run(analyzer, text)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for i, e in enumerate(report, 1):
        click.echo(f"{i}. {' '.join(e['text'].split())}")
        click.echo(f"   source {e['source']} (rules: {e['rule_source']}, {e['attribution']})")
        for h in e["rules"]:
            click.echo(f"   {'blocks' if h['blocks'] else 'fires '} {h['id']:<40} {h['text']!r} [{h['start']}:{h['end']}]")
        for name, value in e.get("source_features", []):
            click.echo(f"   source feature {name} {value:+.3f}")
        for actor, feats in e.get("stance_features", {}).items():
            click.echo(f"   stance {actor}: " + ", ".join(f"{n} {v:+.2f}" for n, v in feats))


@main.group()
def lexicon():
    """Lexicon tools."""


@lexicon.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
def lexicon_check(directory):
    """Validate a lexicon directory (default: the packaged one); errors name file, line and value."""
    from .lexicon import load
    try:
        lx = load(directory)
    except LexiconError as e:
        click.echo(str(e), err=True)
        sys.exit(EXIT_INPUT)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in lx.entries.items())
    forms = sum(len(e.forms) for v in lx.entries.values() for e in v)
    click.echo(f"{lx.path}: ok ({sizes}; {forms} forms; version {lx.digest})")


def run() -> None:
    """Console entry point: whatever happens, one line on stderr, never a traceback."""
    try:
        main()
    except Exception as e:   # noqa: BLE001 - the last line of defence of the CLI contract
        click.echo(f"error: internal error ({type(e).__name__}: {e})", err=True)
        sys.exit(EXIT_INTERNAL)
