"""The wheel carries the lexicons and the default model: installed in a fresh venv, it scores from elsewhere."""
import json
import subprocess
import sys
import venv

from tests.conftest import ROOT, SEED


def test_wheel_installs_into_a_fresh_venv_and_scores_the_seed(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)], check=True,
                   capture_output=True)
    wheel = next(dist.glob("arabic_framing-*.whl"))
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "article.txt").write_bytes(SEED.read_bytes())
    run = subprocess.run([str(env_dir / "bin" / "framing"), "score", "--format", "json", "article.txt"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert len(data["sentences"]) == 14 and data["model"] and data["summary"]["author_loaded"] == 6
    check = subprocess.run([str(env_dir / "bin" / "framing"), "lexicon", "check"], cwd=elsewhere,
                           capture_output=True, text=True)
    assert check.returncode == 0 and "site-packages/classifier/rules" in check.stdout
