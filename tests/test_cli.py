import json

from click.testing import CliRunner

from classifier.cli import main
from tests.conftest import SEED, SEED_GOLD


def test_score_file_prints_json_per_sentence():
    result = CliRunner().invoke(main, ["score", "--format", "json", str(SEED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["sentences"]) == 14 and data["sentences"][0]["source"] == "anonymous"


def test_score_stdin():
    result = CliRunner().invoke(main, ["score", "--format", "json", "-"],
                                input="وقالت وزارة الصحة إن الاجتماع انتهى.".encode())
    assert result.exit_code == 0
    assert json.loads(result.output)["sentences"][0]["source"] == "official"


def test_binary_input_is_a_clear_error_not_a_traceback(tmp_path):
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = CliRunner().invoke(main, ["score", str(bad)])
    assert result.exit_code == 1
    assert "binary" in result.stderr and "Traceback" not in result.output + result.stderr


def test_invalid_rules_directory_names_file_and_line(tmp_path):
    for name in ("actors", "cues", "speakers", "loaded", "furniture"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "cues.jsonl").write_text('{"id": "cue.x", "class": "neutral", "type": "verbb", "forms": ["قال"]}\n')
    result = CliRunner().invoke(main, ["score", "--rules", str(tmp_path), str(SEED)])
    assert result.exit_code == 1 and "cues.jsonl:1: bad type 'verbb'" in result.stderr


def test_eval_json_has_exactly_the_contract_keys():
    result = CliRunner().invoke(main, ["eval", str(SEED_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    keys = list(json.loads(result.output))
    assert keys == ["sentences", "source_accuracy", "source_macro_f1", "speaker_token_f1", "speaker_actor_accuracy",
                    "cue_class_accuracy", "stance_macro_f1", "stance_pairs", "loaded_precision", "loaded_recall",
                    "loaded_f1", "loaded_category_accuracy", "loaded_voice_accuracy"]


def test_encoding_errors_name_the_file_and_the_byte_and_encoding_can_be_forced(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("قال الوزير ".encode("utf-8") + "إن".encode("cp1256"))
    result = CliRunner().invoke(main, ["score", str(mixed)])
    assert result.exit_code == 1
    assert f"{mixed}: invalid or mixed UTF-8 at byte 20" in result.stderr
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("وقالت وزارة الصحة إن الوضع مستقر.".encode("cp1256"))
    for args in (["score", "--format", "json", str(legacy)],
                 ["score", "--format", "json", "--encoding", "cp1256", str(legacy)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and json.loads(result.output)["sentences"][0]["source"] == "official"
    result = CliRunner().invoke(main, ["score", "--encoding", "utf-16", str(legacy)])
    assert result.exit_code == 1 and "invalid utf-16" in result.stderr
