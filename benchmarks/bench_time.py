"""Benchmark: chancery's temporal grammar against dateparser.search.search_dates.

    .venv/bin/python benchmarks/bench_time.py [--repeat N] [--corpus DIR] [--gold DIR] [--show]

Texts come from /work/shared/corpus (seeds + dev: .txt read directly, the jsonl 'text' field,
HTML with tags stripped crudely) or, when that is absent, from the project's examples/ folder.
Both systems get the same texts and the same anchor (the " date ..." line of wire files, the
published field, or the year our inference finds). Accuracy is measured against the gold event
dates (every full YYYY-MM-DD start/end in gold/<doc>.json): recall, and the number of distinct
full dates found that are not gold dates.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chancery.document import DatePoint
from chancery.extract.time import anchor_from_iso, infer_reference_year, parse_dates

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s*", re.MULTILINE)
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Doc:
    doc_id: str
    lang: str
    text: str
    anchor: DatePoint | None


def _guess_lang(text: str) -> str:
    fr = len(re.findall(r"\b(?:le|la|les|des|du|et)\b", text))
    en = len(re.findall(r"\b(?:the|and|of|to|in)\b", text))
    return "fr" if fr > en else "en"


def _from_wire(doc_id: str, raw: str) -> Doc:
    m = _DATE_LINE.match(raw)
    published = m.group(1) if m else None
    text = raw[m.end() :] if m else raw  # the date line is metadata, not article text
    return Doc(doc_id, _guess_lang(text), text, anchor_from_iso(published))


def _from_html(doc_id: str, raw: str) -> Doc:
    published = None
    m = re.search(
        r'(?:datePublished"\s*:\s*"|published_time"\s+content="|<time datetime=")(\d{4}-\d{2}-\d{2})', raw
    )
    if m:
        published = m.group(1)
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    text = re.sub(r"\s+\n", "\n", re.sub(r"<[^>]+>", " ", body))
    return Doc(doc_id, _guess_lang(text), text, anchor_from_iso(published))


def load_corpus(root: Path) -> list[Doc]:
    docs: list[Doc] = []
    for path in sorted(root.rglob("*")):
        if path.suffix == ".txt":
            docs.append(_from_wire(path.stem, path.read_text(encoding="utf-8", errors="replace")))
        elif path.suffix in (".html", ".htm"):
            docs.append(_from_html(path.stem, path.read_text(encoding="utf-8", errors="replace")))
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a broken line: the readers reject it, so do we
                if not isinstance(rec, dict):
                    continue
                text = rec.get("text") or ""
                docs.append(
                    Doc(
                        rec.get("id") or f"{path.stem}-{i + 1}",
                        rec.get("lang") or _guess_lang(text),
                        text,
                        anchor_from_iso(rec.get("published")),
                    )
                )
    for d in docs:  # undated: the year the text makes certain, for both systems
        if d.anchor is None and d.lang in ("fr", "en"):
            year = infer_reference_year(d.text, d.lang)
            d.anchor = DatePoint(year) if year else None
    return [d for d in docs if d.lang in ("fr", "en")]


def load_gold(gold_dir: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    if not gold_dir.is_dir():
        return gold
    for path in gold_dir.glob("*.json"):
        rec = json.loads(path.read_text(encoding="utf-8"))
        dates = {
            v for e in rec.get("events", []) for v in (e.get("start"), e.get("end")) if v and _FULL.match(v)
        }
        gold[rec.get("doc", path.stem)] = dates
    return gold


# --- the two systems: Doc -> set of full ISO dates found ----------------------------------


def ours(doc: Doc) -> set[str]:
    found: set[str] = set()
    for e in parse_dates(doc.text, doc.lang, doc.anchor):
        if e.kind in ("week", "period"):
            continue  # a week's Monday is not a date the text mentions
        for p in (e.start, e.end):
            if p is not None and p.day is not None and p.year is not None:
                found.add(p.iso() or "")
    return found


def _base(anchor: DatePoint | None) -> datetime:
    if anchor is None or anchor.year is None:
        return datetime.now()
    return datetime(anchor.year, anchor.month or 6, anchor.day or 15)


def theirs(doc: Doc) -> set[str]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": _base(doc.anchor), "PREFER_DATES_FROM": "current_period"}
    hits = search_dates(doc.text, languages=[doc.lang], settings=settings) or []
    return {dt.date().isoformat() for _, dt in hits}


@dataclass
class Result:
    name: str
    seconds: float
    texts: int
    found: int
    peak_kib: float
    recall_hit: int
    recall_total: int
    extra: int


def run(name: str, system: Callable[[Doc], set[str]], docs: list[Doc], gold: dict[str, set[str]], repeat: int,
        show: bool) -> Result:  # fmt: skip
    for lang in sorted({d.lang for d in docs}):  # warm-up, per language: compile our grammar,
        system(next(d for d in docs if d.lang == lang))  # load dateparser's language data
    t0 = time.perf_counter()
    for _ in range(repeat):
        outputs = [system(d) for d in docs]
    seconds = (time.perf_counter() - t0) / repeat
    tracemalloc.start()
    for d in docs:
        system(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    hit = total = extra = 0
    for d, found in zip(docs, outputs, strict=True):
        want = gold.get(d.doc_id)
        if want is None:
            continue
        hit += len(want & found)
        total += len(want)
        extra += len(found - want)
        if show:
            print(f"  {name:10s} {d.doc_id:28s} missed={sorted(want - found)} extra={sorted(found - want)}")
    return Result(name, seconds, len(docs), sum(len(o) for o in outputs), peak / 1024, hit, total, extra)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed passes for chancery (dateparser: 1)")
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--show", action="store_true", help="per-document misses and extras")
    args = ap.parse_args(argv)
    corpus = args.corpus or (SHARED / "corpus" if (SHARED / "corpus").is_dir() else ROOT / "examples")
    docs = load_corpus(corpus)
    if not docs:
        print(f"no texts under {corpus}", file=sys.stderr)
        return 1
    gold = load_gold(args.gold)
    chars = sum(len(d.text) for d in docs)
    print(
        f"corpus: {corpus} - {len(docs)} texts, {chars} characters; "
        f"gold for {sum(d.doc_id in gold for d in docs)}"
    )
    results = [
        run("chancery", ours, docs, gold, max(1, args.repeat), args.show),
        run("dateparser", theirs, docs, gold, 1, args.show),
    ]
    print(
        f"\n{'system':12s}{'texts/s':>10s}{'dates':>8s}{'peak KiB':>10s}{'gold recall':>14s}{'not gold':>10s}"
    )
    for r in results:
        rate = r.texts / r.seconds if r.seconds else float("inf")
        recall = f"{r.recall_hit}/{r.recall_total}" if r.recall_total else "-"
        print(f"{r.name:12s}{rate:10.1f}{r.found:8d}{r.peak_kib:10.0f}{recall:>14s}{r.extra:10d}")
    ratio = results[1].seconds / results[0].seconds if results[0].seconds else float("inf")
    print(f"\nspeed ratio (dateparser time / chancery time): {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
