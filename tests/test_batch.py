"""Batch scoring: inputs of every kind, error records, exit codes, atomic output, several processes."""
import json
import subprocess
import sys
import threading

from click.testing import CliRunner

from classifier import Analyzer
from classifier.cli import main
from classifier.inputs import visible_text
from tests.conftest import ROOT, SEED

GOOD = "وقالت وزارة الصحة إن الاجتماع انتهى."


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_directory_jsonl_and_bad_inputs_each_yield_a_record(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "broken.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "a" / "skip.bin").write_bytes(b"ignored: not a text extension")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"body": GOOD, "key": "k1"}, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"key": "k3"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("score", "--format", "jsonl", "--text-field", "body", "--id-field", "key", "-o", str(out),
                 str(tmp_path / "a"), str(tmp_path / "b.jsonl"))
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    ok = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert sorted(r["id"] for r in ok) == sorted(["k1", str(tmp_path / "a" / "one.txt")])
    assert all(r["lexicon"] and r["model"] and r["summary"] for r in ok)
    assert {(r["line"], "binary" in r["error"]) for r in errors} == {(None, True), (2, False), (3, False)}
    assert "b.jsonl:2" in result.stderr and "Traceback" not in result.stderr


def test_an_interrupted_run_leaves_no_truncated_output(tmp_path, monkeypatch):
    import classifier.batch as batch

    def boom(*args, **kwargs):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "score_items", boom)
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete output\n")
    run("score", "--format", "jsonl", "-o", str(out), str(SEED))
    assert out.read_text() == "previous complete output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_failing_input_gets_an_error_record_and_its_chunk_neighbours_their_results(analyzer):
    from classifier.batch import score_items
    from classifier.inputs import Item

    class Fragile:   # an analyzer that fails on one text, as a bug would
        def analyze_batch(self, texts, ids):
            if any("BOOM" in t for t in texts):
                raise RuntimeError("cannot analyse this")
            return analyzer.analyze_batch(texts, ids)

    items = [Item("a", GOOD), Item("b", "BOOM " + GOOD), Item("c", error="c: not UTF-8"), Item("d", GOOD)]
    outcomes = list(score_items(Fragile(), items))
    assert [o.item.id for o in outcomes] == ["a", "b", "c", "d"]
    assert [o.result is not None for o in outcomes] == [True, False, False, True]
    assert "RuntimeError: cannot analyse this" in outcomes[1].error and outcomes[2].error == "c: not UTF-8"
    assert outcomes[3].result.sentences[0].source == "official"


def test_two_jobs_give_the_same_records_as_one(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(SEED.read_text(encoding="utf-8") if i % 2 else GOOD, encoding="utf-8")
    one = run("score", "--format", "jsonl", str(tmp_path))
    two = run("score", "--format", "jsonl", "--jobs", "2", str(tmp_path))
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output and len(one.output.splitlines()) == 4


def test_html_input_keeps_visible_text_only(tmp_path):
    page = ("<html><head><title>t</title><script>var x = 'قال';</script><style>p{}</style></head><body>"
            "<nav>الرئيسية اقرأ أيضا</nav><p>" + GOOD + "</p><footer>جميع الحقوق محفوظة</footer></body></html>")
    assert visible_text(page) == GOOD
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = run("score", "--format", "json", str(tmp_path / "page.html"))
    data = json.loads(result.output)
    assert data["text"] == GOOD and data["sentences"][0]["source"] == "official"


def test_size_limit_is_a_clear_error(tmp_path):
    (tmp_path / "big.txt").write_text(GOOD * 10, encoding="utf-8")
    result = run("score", "--max-bytes", "100", str(tmp_path / "big.txt"))
    assert result.exit_code == 1 and "over the limit of 100" in result.stderr


def test_table_and_html_reports(tmp_path):
    table = run("score", str(SEED))
    assert table.exit_code == 0 and "summary:" in table.output and "دولة" in table.output
    out = tmp_path / "report.html"
    result = run("score", "--format", "html", "-o", str(out), str(SEED))
    page = out.read_text(encoding="utf-8")
    assert result.exit_code == 0 and 'dir="rtl"' in page and page.count('class="loaded cat-') >= 8
    assert "http://" not in page and "https://" not in page    # self-contained


def test_explain_and_lexicon_check(tmp_path):
    result = run("explain", "وقال وزير الخارجية التركي إن العدوان الإسرائيلي مستمر.")
    assert result.exit_code == 0 and "loaded.aggression" in result.output and "stance israel" in result.output
    result = run("lexicon", "check")
    assert result.exit_code == 0 and "ok (" in result.output
    (tmp_path / "cues.jsonl").write_text('{"id": "cue.x", "class": "neutral", "type": "verb", "forms": ["قال"], "x": 1}')
    result = run("lexicon", "check", str(tmp_path))
    assert result.exit_code == 1 and "cues.jsonl:1: unknown key(s) ['x']" in result.stderr


def test_one_analyzer_shared_by_eight_threads_matches_serial_use():
    analyzer = Analyzer()
    texts = [SEED.read_text(encoding="utf-8"), GOOD] * 8
    serial = [analyzer.analyze(t).to_dict() for t in texts]
    results = [None] * len(texts)

    def work(i):
        results[i] = analyzer.analyze(texts[i]).to_dict()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == serial


def test_summary_of_the_seed():
    summary = Analyzer().analyze(SEED.read_text(encoding="utf-8")).summary
    assert summary.sentences == 14 and summary.author_loaded == 6
    assert summary.author_loaded_by_category["label"] == 3
    israel = next(a for a in summary.actors if a.actor == "israel")
    assert israel.stance == "against" and sum(israel.counts.values()) >= 6


def test_cli_as_a_subprocess_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    ok = subprocess.run([sys.executable, "-m", "classifier", "score", "--format", "json", str(SEED)],
                        capture_output=True, text=True, cwd=ROOT)
    fail = subprocess.run([sys.executable, "-m", "classifier", "score", str(bad)], capture_output=True, text=True,
                          cwd=ROOT)
    assert ok.returncode == 0 and json.loads(ok.stdout)["summary"]["sentences"] == 14
    assert fail.returncode == 1 and "error:" in fail.stderr and "Traceback" not in fail.stderr


def test_lone_surrogates_in_json_input_do_not_break_the_output(tmp_path):
    source = tmp_path / "s.jsonl"
    source.write_text('{"id": "s\\ud800", "text": "\\ud800 قال الوزير إن الوضع هادئ. \\udfff"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("score", "--format", "jsonl", "-o", str(out), str(source))
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["text"] == "\ufffd قال الوزير إن الوضع هادئ. \ufffd"
    for s in record["sentences"]:
        assert record["text"][s["start"]:s["end"]] == s["text"]


def test_a_killed_run_leaves_the_target_untouched_and_a_rerun_scores_each_input_once(tmp_path):
    import signal
    import time as clock
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(1000):
        (articles / f"{i:03d}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    command = [sys.executable, "-m", "classifier", "score", "--format", "jsonl", "-o", str(out), str(articles)]
    for sig in (signal.SIGINT, signal.SIGKILL):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        clock.sleep(1.0)
        process.send_signal(sig)
        _, err = process.communicate(timeout=60)
        assert process.returncode != 0 and b"Traceback" not in err
        assert out.read_text() == "previous\n"          # never a truncated target
        if sig == signal.SIGINT:                          # an interrupt also removes its temporary file
            assert not list(tmp_path.glob(".out.jsonl.*.part"))
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(str(p) for p in articles.iterdir())


def test_a_batch_makes_no_reference_cycles():
    """``analyze_batch`` pauses the cyclic collector for the whole batch: safe only while it makes no cycles.
    The shipped models score here, as in real use."""
    import gc
    analyzer = Analyzer()
    texts = [SEED.read_text(encoding="utf-8"), GOOD, "", "وقال مسؤول لرويترز إن «الاتفاق قريب»."]
    analyzer.analyze_batch(texts)   # warm: caches filled once are not garbage
    gc.collect()
    results = analyzer.analyze_batch(texts)
    assert len(results) == len(texts) and gc.isenabled()
    del results
    assert gc.collect() == 0
