"""Ingest throughput: ~10,000 articles into a fresh store; prints articles/s and peak memory.

The corpus repeats the dev corpus texts (read at run time from the shared folder, never copied into
the project) under unique ids, with a varying number in one added sentence so that they are not
exact duplicates of each other. Wire texts become .txt files, the rest JSON Lines records.

    .venv/bin/python benchmarks/bench_ingest.py [--n 10000] [--corpus ../shared/corpus/dev]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path(os.environ.get("CHANCERY_SHARED", HERE.parent.parent / "shared")) / "corpus" / "dev"
ADDED = {"fr": " La délégation comptait {n} membres.", "en": " The delegation had {n} members."}


def source_texts(corpus: Path) -> list[tuple[str, str, str | None]]:
    """(text, lang guess, published) of each article of the corpus, via Chancery's own readers."""
    from chancery.document import SourceDoc
    from chancery.langid import identify
    from chancery.readers import read_paths

    out = []
    for item in read_paths([corpus]):
        if isinstance(item, SourceDoc):
            out.append((item.text, identify(item.text), item.published))
    return out


def edited(text: str, lang: str, n: int) -> str:
    """The text with one sentence added at the end of its first paragraph."""
    sentence = ADDED.get(lang, ADDED["en"]).format(n=n)
    stripped = text.lstrip()
    cut = stripped.find("\n\n")
    if cut < 0:
        return stripped.rstrip() + sentence + "\n"
    return stripped[:cut].rstrip() + sentence + stripped[cut:]


def build(corpus: Path, out: Path, n: int) -> int:
    texts = source_texts(corpus)
    if not texts:
        sys.exit(f"no articles under {corpus}")
    out.mkdir(parents=True, exist_ok=True)
    feed = (out / "feed.jsonl").open("w", encoding="utf-8")
    for i in range(n):
        text, lang, published = texts[i % len(texts)]
        body = edited(text, lang, 3 + i)
        if i % 4 == 3:  # a quarter as JSON Lines records, the rest as wire files
            rec = {"id": f"bench-{i:05d}", "lang": lang, "published": published, "text": body}
            feed.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            head = f" date {published}\n" if published else ""
            (out / f"bench-{i:05d}.txt").write_text(head + body, encoding="utf-8")
    feed.close()
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--keep", type=Path, help="build the corpus and store here instead of a temp folder")
    a = ap.parse_args(argv)

    from chancery.export import export
    from chancery.extract.pipeline import PIPELINE
    from chancery.ingest import ingest
    from chancery.store.db import open_store

    components = [name for name, _ in PIPELINE]
    with tempfile.TemporaryDirectory(prefix="chancery-bench-") as tmp:
        root = a.keep or Path(tmp)
        t0 = time.perf_counter()
        build(a.corpus, root / "in", a.n)
        t_build = time.perf_counter() - t0
        db = root / "bench.db"
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        summary = ingest([root / "in"], db, progress=False)
        t_ingest = time.perf_counter() - t0
        t0 = time.perf_counter()
        factory = open_store(db)
        with factory() as s:
            size = len(export(s, "record"))
        t_export = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
        print(f"pipeline: {', '.join(components)}")
        print(f"corpus: {a.n} articles built in {t_build:.1f}s")
        print(f"ingest: {len(summary.added)} added ({len(summary.duplicates)} duplicates), "
              f"{len(summary.rejected)} rejected in {t_ingest:.1f}s "
              f"= {len(summary.added) / t_ingest:.0f} articles/s")
        docs_s = t_ingest - summary.resolve_seconds
        print(f"  of which documents (read, clean, extract, store): {docs_s:.1f}s "
              f"= {len(summary.added) / docs_s:.0f} articles/s; resolution: {summary.resolve_seconds:.1f}s")
        print(f"record export: {size / 1e6:.1f} MB in {t_export:.1f}s")
        print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
