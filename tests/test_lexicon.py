import shutil

import pytest

from classifier.lexicon import DEFAULT_RULES, LexiconError, load


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, target)
    return target


def add_line(directory, name, line):
    path = directory / f"{name}.jsonl"
    with path.open("a", encoding="utf-8") as f:
        f.write("\n" + line + "\n")
    return path, len(path.read_text(encoding="utf-8").splitlines())


def test_packaged_lexicons_load_and_are_substantial():
    lx = load()
    sizes = {k: len(v) for k, v in lx.entries.items()}
    forms = sum(len(e.forms) for entries in lx.entries.values() for e in entries)
    assert sizes["actors"] >= 100 and sizes["loaded"] >= 100 and sizes["cues"] >= 40 and sizes["speakers"] >= 50
    assert forms >= 1000


@pytest.mark.parametrize("name,line,message", [
    ("cues", '{"id": "cue.x", "class": "neutral", "type": "verb", "forms": ["قال"], "colour": 1}',
     "unknown key(s) ['colour']; allowed:"),
    ("cues", '{"id": "cue.y", "class": "loud", "type": "verb", "forms": ["صاح"]}', "bad class 'loud'"),
    ("loaded", '{"id": "loaded.x", "category": "label", "polarity": "negative", "target": "narnia", "forms": ["س"]}',
     "unknown actor 'narnia'"),
    ("actors", '{"id": "x.y", "actor": "israel", "type": "name", "forms": []}', "forms must be a non-empty list"),
    ("speakers", '{"id": "Bad Id", "kind": "media", "forms": ["جريدة"]}', "bad id 'Bad Id'"),
    ("furniture", "{not json", "not valid JSON"),
    ("loaded", '{"id": "loaded.pseudo.x", "category": "pseudo", "polarity": "negative", "forms": ["س"]}',
     "a pseudo entry takes only id, forms and note"),
    ("speakers", '{"id": "pseudo_speaker.x", "kind": "pseudo", "actor": "israel", "forms": ["س"]}',
     "a pseudo speaker takes no actor"),
    ("speakers", '{"id": "speaker.x", "kind": "anonymous", "document": "yes", "forms": ["س"]}',
     "document is true or absent"),
    ("evaluative", '{"id": "eval.x", "polarity": "angry", "forms": ["غضب"]}', "bad polarity 'angry'"),
    ("evaluative", '{"id": "eval.y", "forms": ["غضب"]}', "missing key 'polarity'"),
])
def test_errors_name_file_line_and_value(rules_copy, name, line, message):
    path, number = add_line(rules_copy, name, line)
    with pytest.raises(LexiconError) as e:
        load(rules_copy)
    assert f"{path}:{number}: " in str(e.value) and message in str(e.value)


def test_duplicate_ids_across_files_are_refused(rules_copy):
    first_id = load(rules_copy)["cues"][0].id
    path, number = add_line(rules_copy, "speakers", f'{{"id": "{first_id}", "kind": "media", "forms": ["جريدة"]}}')
    with pytest.raises(LexiconError, match=f"{path}:{number}: duplicate id '{first_id}'"):
        load(rules_copy)


def test_missing_directory_and_file(tmp_path, rules_copy):
    with pytest.raises(LexiconError, match="not a directory"):
        load(tmp_path / "nowhere")
    (rules_copy / "cues.jsonl").unlink()
    with pytest.raises(LexiconError, match="cues.jsonl: missing lexicon file"):
        load(rules_copy)
