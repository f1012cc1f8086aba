"""Loading and validating the lexicons in ``rules/`` (schema: rules/README.md).

Entries are plain data with ids, like spaCy's span-ruler patterns. Every problem is reported
with file, line and the bad value; all problems of a directory are collected before raising.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .labels import ACTORS, CATEGORIES, CUE_CLASSES
from .normalize import WORD_RE, normalize

_HERE = Path(__file__).resolve().parent
# Installed: the wheel maps rules/ into the package. Source checkout: the top-level rules/.
DEFAULT_RULES = next((p for p in (_HERE / "rules", _HERE.parent / "rules") if (p / "cues.jsonl").is_file()),
                     _HERE / "rules")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_INFLECTIONS = ("article", "adjective")
_COMMON = {"id", "forms", "inflect", "note"}

# Per file: allowed keys, required keys, and the allowed values of enumerated keys.
SCHEMAS = {
    "actors": dict(keys=_COMMON | {"actor", "type"}, required={"type"},
                   values={"type": ("name", "adjective", "capital", "body", "person", "not_mention")}),
    "cues": dict(keys=_COMMON | {"class", "type", "complement", "act", "relay"}, required={"type"},
                 values={"class": CUE_CLASSES, "type": ("verb", "participle", "passive", "preposition", "pseudo"),
                         "complement": ("required", "noun", "object", "none"),
                         "act": ("accuse", "condemn", "praise", "deny", "demand", "warn")}),
    "speakers": dict(keys=_COMMON | {"kind", "actor", "refers_back", "document"}, required={"kind"},
                     values={"kind": ("anonymous", "official", "media", "public", "title", "honorific", "pseudo")}),
    "loaded": dict(keys=_COMMON | {"category", "polarity", "target", "target_from", "mention", "neutral", "standalone"},
                   required={"category"},
                   values={"category": tuple(c for c in CATEGORIES if c != "scare_quote") + ("pseudo",),
                           "polarity": ("negative", "positive"), "target_from": ("fixed", "adjacent", "near")}),
    "evaluative": dict(keys=_COMMON | {"polarity"}, required={"polarity"},
                       values={"polarity": ("negative", "positive", "negation")}),
    "furniture": dict(keys=_COMMON | {"match"}, required={"match"}, values={"match": ("line", "prefix")}),
}


class LexiconError(ValueError):
    """Raised with every problem found, one ``file:line: message`` per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Entry:
    id: str
    file: str
    line: int
    forms: tuple[str, ...]
    data: dict = field(compare=False, repr=False)

    def __post_init__(self):
        # ``entry.get(key, default)`` is the data dict's own method: the rules call it for every hit
        object.__setattr__(self, "get", self.data.get)


@dataclass
class Lexicon:
    path: Path
    entries: dict[str, list[Entry]]
    digest: str

    def __getitem__(self, name: str) -> list[Entry]:
        return self.entries[name]


def load(path: str | Path | None = None) -> Lexicon:
    """Load and validate every lexicon file of a rules directory (the packaged one by default)."""
    root = Path(path) if path is not None else DEFAULT_RULES
    if not root.is_dir():
        raise LexiconError([f"{root}: not a directory of lexicons"])
    problems: list[str] = []
    entries: dict[str, list[Entry]] = {}
    seen_ids: dict[str, str] = {}
    digest = hashlib.sha256()
    for name in SCHEMAS:
        file = root / f"{name}.jsonl"
        if not file.is_file():
            problems.append(f"{file}: missing lexicon file")
            continue
        raw = file.read_bytes()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        entries[name] = _read_file(file, raw, name, seen_ids, problems)
    if problems:
        raise LexiconError(problems)
    return Lexicon(root, entries, digest.hexdigest()[:16])


def _read_file(file: Path, raw: bytes, name: str, seen_ids: dict, problems: list[str]) -> list[Entry]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        problems.append(f"{file}: not UTF-8 (byte {e.start})")
        return []
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{file}:{number}"
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not valid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(data, dict):
            problems.append(f"{where}: an entry must be a JSON object, got {type(data).__name__}")
            continue
        found = _validate(data, name, where)
        entry_id = data.get("id")
        if isinstance(entry_id, str) and entry_id in seen_ids:
            found.append(f"{where}: duplicate id {entry_id!r} (first at {seen_ids[entry_id]})")
        if found:
            problems.extend(found)
            continue
        seen_ids[entry_id] = where
        out.append(Entry(entry_id, str(file), number, tuple(data["forms"]), data))
    return out


def _validate(data: dict, name: str, where: str) -> list[str]:
    schema = SCHEMAS[name]
    problems = []
    unknown = sorted(set(data) - schema["keys"])
    if unknown:
        problems.append(f"{where}: unknown key(s) {unknown}; allowed: {sorted(schema['keys'])}")
    for key in sorted(({"id", "forms"} | schema["required"]) - set(data)):
        problems.append(f"{where}: missing key {key!r}")
    entry_id = data.get("id")
    if "id" in data and not (isinstance(entry_id, str) and _ID_RE.match(entry_id)):
        problems.append(f"{where}: bad id {entry_id!r} (lower-case ASCII letters, digits, '.', '_', '-')")
    for key, allowed in schema["values"].items():
        if key in data and data[key] not in allowed:
            problems.append(f"{where}: bad {key} {data[key]!r}; allowed: {list(allowed)}")
    if "inflect" in data and data["inflect"] not in _INFLECTIONS:
        problems.append(f"{where}: bad inflect {data['inflect']!r}; allowed: {list(_INFLECTIONS)}")
    forms = data.get("forms")
    if "forms" in data:
        if not isinstance(forms, list) or not forms:
            problems.append(f"{where}: forms must be a non-empty list of strings, got {forms!r}")
        else:
            for form in forms:
                if not isinstance(form, str) or not WORD_RE.search(normalize(form)):
                    problems.append(f"{where}: bad form {form!r} (a string with at least one word)")
    problems.extend(_check_semantics(data, name, where))
    return problems


def _check_semantics(data: dict, name: str, where: str) -> list[str]:
    """Cross-key rules: actor ids exist, pseudo entries carry no labels, labels carry what they need."""
    problems = []
    for key in ("actor", "target"):
        value = data.get(key)
        if value is not None and value not in ACTORS:
            problems.append(f"{where}: unknown actor {value!r} in {key!r} (see ANNOTATION section 4)")
    if name == "actors":
        blocker = data.get("type") == "not_mention"
        if blocker == ("actor" in data):
            problems.append(f"{where}: {'a not_mention entry takes no actor' if blocker else 'missing key actor'}")
    elif name == "cues":
        pseudo = data.get("type") == "pseudo"
        if not pseudo and "class" not in data:
            problems.append(f"{where}: missing key 'class'")
        if "relay" in data and not isinstance(data["relay"], bool):
            problems.append(f"{where}: relay must be true or false, got {data['relay']!r}")
        if pseudo and ({"class", "complement", "act", "relay"} & set(data)):
            problems.append(f"{where}: a pseudo cue takes only id, forms and note")
    elif name == "speakers":
        if data.get("kind") == "pseudo" and "actor" in data:
            problems.append(f"{where}: a pseudo speaker takes no actor")
        if "document" in data and data["document"] is not True:
            problems.append(f"{where}: document is true or absent, got {data['document']!r}")
        if "refers_back" in data and (data["refers_back"] is not True or data.get("kind") != "title"):
            problems.append(f"{where}: refers_back is true or absent, and only on a title, got {data['refers_back']!r}")
    elif name == "loaded":
        pseudo = data.get("category") == "pseudo"
        extra = {"polarity", "target", "target_from", "mention", "neutral", "standalone"} & set(data)
        if pseudo and extra:
            problems.append(f"{where}: a pseudo entry takes only id, forms and note, not {sorted(extra)}")
        if not pseudo and "polarity" not in data:
            problems.append(f"{where}: missing key 'polarity'")
        if "standalone" in data and not isinstance(data["standalone"], bool):
            problems.append(f"{where}: standalone must be true or false, got {data['standalone']!r}")
        if "mention" in data and not isinstance(data["mention"], bool):
            problems.append(f"{where}: mention must be true or false, got {data['mention']!r}")
        if data.get("mention") and data.get("target") is None:
            problems.append(f"{where}: mention is true but no target actor is given")
    return problems
