"""QA on a folder of real wire files with hand-made gold records.

Ingests every non-JSON file of --corpus into a fresh store, exports the record, runs the shared
scorer (score.py) and prints its output, then groups every miss and false alarm by a likely
cause, so that a run on new articles says *what* breaks, not only how much.

    .venv/bin/python benchmarks/qa_real.py --corpus /tmp/real --gold /tmp/real-gold

The gold folder holds `<doc id>.json` files in the format of /work/shared/gold (see
/work/shared/eval/README.md). This script holds no article text: it only reads the folders given.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

DEFAULT_SCORER = Path("/work/shared/eval/score.py")
# Lines printed by `score.py -v`, e.g. "doc: event missed: KEY (SERIES 2024-01-28)".
MISS_LINE = re.compile(r"^(?P<doc>\S+): (?P<what>[a-z ]+?): (?P<rest>.*)$")


def fold(text: str | None) -> str:
    """Fold a name the way the scorer does (case, accents, đ, hyphens, spaces)."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def chancery_bin() -> str:
    """The `chancery` console script of the running interpreter's environment."""
    candidate = Path(sys.executable).parent / "chancery"
    return str(candidate) if candidate.exists() else "chancery"


def run_pipeline(corpus: Path, workdir: Path) -> Path:
    """Ingest the corpus (non-JSON files only) into a fresh store; return the record path."""
    inputs = workdir / "inputs"
    inputs.mkdir()
    for path in sorted(corpus.iterdir()):
        # why: gold .json files may sit beside the articles; they are not articles
        if path.is_file() and path.suffix.lower() != ".json":
            (inputs / path.name).symlink_to(path.resolve())
    db = workdir / "qa.db"
    record = workdir / "record.json"
    exe = chancery_bin()
    subprocess.run([exe, "ingest", str(inputs), "--db", str(db)], check=True)
    subprocess.run(
        [exe, "export", "--format", "record", "--db", str(db), "--out", str(record)], check=True
    )
    return record


def gold_dir_only_json(gold: Path, workdir: Path) -> Path:
    """The scorer reads every file of --gold: give it a folder holding only the .json files."""
    if all(p.suffix == ".json" for p in gold.iterdir() if p.is_file()):
        return gold
    clean = workdir / "gold"
    clean.mkdir()
    for path in gold.glob("*.json"):
        (clean / path.name).symlink_to(path.resolve())
    return clean


def load_gold(gold: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}


def doc_view(record: dict, doc: str) -> tuple[list[dict], list[dict]]:
    """The record's events and people that cite `doc`."""
    events = [e for e in record["events"] if any(s["doc"] == doc for s in e.get("sources", []))]
    people = [p for p in record["people"] if any(s["doc"] == doc for s in p.get("sources", []))]
    return events, people


def _agrees(pred: str | None, gold: str | None) -> bool:
    return bool(pred and gold and pred.startswith(gold))


def classify(line: re.Match, gold: dict[str, dict], record: dict) -> str:
    """A likely cause for one scorer miss, named after the module most often at fault."""
    doc, what, rest = line["doc"], line["what"], line["rest"]
    events, people = doc_view(record, doc)
    g = gold.get(doc, {})
    if what == "event missed":
        key = rest.split(" ", 1)[0]
        ge = next((e for e in g.get("events", []) if e.get("key") == key), None)
        if ge is None:
            return "event missed: unknown gold key"
        if ge["series"] is None:
            same = [e for e in events if e["series"] is None and e["kind"] == ge["kind"]]
        else:
            same = [e for e in events if e["series"] == ge["series"]]
        if not same:
            kinds = {e["series"] for e in events}
            has = f" ; doc has {sorted(map(str, kinds))}" if kinds else ""
            return (
                f"event missed: series {ge['series'] or ge['kind']} not found "
                f"(meetings cues / series.yaml){has}"
            )
        if ge.get("partner") and all(e.get("partner") != ge["partner"] for e in same):
            return "event missed: partner wrong or missing (meetings partners)"
        if ge.get("countries") and all(
            sorted(e.get("countries") or []) != sorted(ge["countries"]) for e in same
        ):
            return "event missed: bilateral countries wrong (events bilaterals)"
        if ge.get("start") and not any(_agrees(e.get("start"), ge["start"]) for e in same):
            starts = sorted(str(e.get("start")) for e in same)
            return f"event missed: same series, start disagrees (time/events/resolve) pred={starts}"
        return "event missed: same series present, taken by another gold event (grouping)"
    if what == "event not in gold":
        series = rest.split(" ", 1)[0]
        in_gold = [e for e in g.get("events", []) if (e["series"] or "None") == series]
        if in_gold:
            return "false event: gold has this series (wrong date or duplicate split)"
        return f"false event: series {series} not in gold (over-detection / wrong series)"
    if what == "participant missed":
        name = rest.split(" at ", 1)[0]
        if not any(fold(name) == fold(p["name"]) or fold(name) in map(fold, p.get("aliases", []))
                   for p in people):
            return "participant missed: person not extracted (people rules)"
        key = rest.split(" at ", 1)[1] if " at " in rest else ""
        ge = next((e for e in g.get("events", []) if e.get("key") == key), None)
        if ge and not any(e["series"] == ge["series"] for e in events):
            return "participant missed: its event missed"
        return "participant missed: person found, not linked to event (events participant cues)"
    if what == "participant not in gold":
        return "false participant"
    if what == "person missed":
        name = fold(rest)
        for p in people:
            pn = fold(p["name"])
            if name and pn and (name in pn or pn in name):
                return "person missed: name boundary (honorific or title word kept/cut)"
        return "person missed: name not extracted (people rules)"
    if what == "person not in gold":
        if len(rest.split()) == 1:
            return "false person: one-word name (title word / caption taken as name)"
        return "false person: spurious name"
    if what == "title missed":
        return "title missed (people titles rules)"
    return what


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, type=Path, help="folder of wire/html/jsonl files")
    ap.add_argument("--gold", required=True, type=Path, help="folder of <doc id>.json gold files")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--record", type=Path, help="score this record instead of running ingest")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="qa-real-") as tmp:
        work = Path(tmp)
        record_path = args.record or run_pipeline(args.corpus, work)
        gold = gold_dir_only_json(args.gold, work)
        out = subprocess.run(
            [sys.executable, str(args.scorer), "--gold", str(gold), "--record", str(record_path), "-v"],
            capture_output=True, text=True, check=False,
        )
        print(out.stdout, end="")
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        record = json.loads(Path(record_path).read_text(encoding="utf-8"))

    golds = load_gold(args.gold)
    groups: dict[str, list[str]] = defaultdict(list)
    for raw in out.stdout.splitlines():
        m = MISS_LINE.match(raw.strip())
        if not m or m["what"] in ("documents scored",):
            continue
        groups[classify(m, golds, record)].append(f"{m['doc']}: {m['rest']}")
    print("\n== misses grouped by likely cause ==")
    for cause, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n[{len(items)}] {cause}")
        for item in items:
            print(f"    {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
