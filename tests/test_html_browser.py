"""The HTML report in a real headless Chromium: it renders, is right-to-left, and highlights every gold term."""
import shutil
import subprocess

from click.testing import CliRunner

from classifier.cli import main
from tests.conftest import SEED

PROBE = """<script>
const marks = [...document.querySelectorAll('mark.loaded')].filter(m => m.getBoundingClientRect().width > 0);
document.title = getComputedStyle(document.body).direction + '|' + marks.map(m => m.textContent.replace(/\\s+/g, ' ')).join('|');
</script></body>"""


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is required for this test (.ci/run installs Debian's chromium)"
    return path


def test_report_renders_right_to_left_with_every_gold_term_highlighted(tmp_path, seed_gold):
    page = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["score", "--format", "html", "-o", str(page), str(SEED)])
    assert result.exit_code == 0
    probed = tmp_path / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium(), *flags, "--dump-dom", probed.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    title = dom.split("<title>")[1].split("</title>")[0]
    direction, *highlighted = title.split("|")
    assert direction == "rtl"
    gold = [t["text"] for s in seed_gold["sentences"] for t in s["loaded"]]
    assert len(gold) == 11 and all(" ".join(term.split()) in highlighted for term in gold)
    shot = tmp_path / "shot.png"
    subprocess.run([chromium(), *flags, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000
