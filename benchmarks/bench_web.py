"""Benchmark: latency of the web app's timeline and event pages on a store of ~10,000 articles.

    .venv/bin/python benchmarks/bench_web.py [--docs 10000] [--db PATH] [--requests 400] [--concurrency 8]

Builds a synthetic store by inserting rows directly (articles, meetings, people, mentions,
participations), starts the app with uvicorn in a subprocess, and loads it with `wrk` when it is
installed (Debian package `wrk`), else with a small concurrent httpx client. Prints p50/p95 and
requests per second for each page.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from chancery.store import models as m
from chancery.store.db import open_store

SERIES = [
    ("ASEAN-SUMMIT", "summit"),
    ("AMM", "ministerial"),
    ("AMM-RETREAT", "ministerial"),
    ("SOM", "senior_officials"),
    ("ARF", "ministerial"),
    ("CPR", "working"),
    (None, "bilateral"),
    (None, "national"),
    ("AEM", "ministerial"),
]
CITIES = [
    ("Hanoi", "VN"),
    ("Vientiane", "LA"),
    ("Luang Prabang", "LA"),
    ("Jakarta", "ID"),
    ("Manila", "PH"),
    ("Bangkok", "TH"),
    ("Phnom Penh", "KH"),
    ("Kuala Lumpur", "MY"),
    ("Singapore", "SG"),
]
COUNTRIES = ["VN", "LA", "ID", "PH", "TH", "KH", "MY", "SG", "BN", "MM"]
FUNCTIONS = ["chaired", "led_delegation", "attended", "attended", "hosted"]
SENTENCE = (
    "{city} (VNA) – Le vice-ministre {name} a conduit le {day} la délégation à la réunion {series} à {city}. "
)
FILLER = (
    "Les participants ont passé en revue la coopération régionale et préparé les prochaines réunions "
    "de l'année, dans un esprit de solidarité et d'unité. "
)


def build_store(db: Path, n_docs: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    factory = open_store(db)
    n_events, n_people = max(10, n_docs // 5), max(10, n_docs // 10)
    people = [
        {"id": f"p-{i}", "name": f"Nguyen Van {i}", "country": rnd.choice(COUNTRIES), "aliases": []}
        for i in range(n_people)
    ]
    events = []
    for i in range(n_events):
        series, kind = rnd.choice(SERIES)
        city, country = rnd.choice(CITIES)
        y, mo, d = rnd.randint(2015, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        events.append(
            {
                "id": f"ev-{i}",
                "series": series,
                "kind": kind,
                "ordinal": None,
                "start": f"{y}-{mo:02d}-{d:02d}",
                "end": f"{y}-{mo:02d}-{d:02d}",
                "city": city,
                "country": country,
                "status": "held",
                "partner": None,
                "countries": None,
                "referenced_only": False,
                "theme": None,
            }
        )
    docs, ems, pms, parts = [], [], [], []
    em_id = pm_id = 0
    for i in range(n_docs):
        ev = events[i % n_events]  # every event gets ~5 articles
        person = people[rnd.randrange(n_people)]
        head = SENTENCE.format(
            city=ev["city"], name=person["name"], day=ev["start"], series=ev["series"] or ev["kind"]
        )
        text = head + FILLER * rnd.randint(5, 15)
        doc_id = f"doc-{i:06d}"
        docs.append(
            {
                "id": doc_id,
                "path": f"/in/{doc_id}.txt",
                "fmt": "wire",
                "url": None,
                "title": head[:80],
                "lang": "fr",
                "published": ev["start"],
                "reference_year": int(ev["start"][:4]),
                "encoding": "utf-8",
                "raw_text": text,
                "clean_text": text,
                "content_hash": doc_id,
                "dateline_place": ev["city"],
                "agency": "VNA",
                "duplicate_of": None,
                "story": None,
                "meta": {},
                "ingested_at": datetime(2025, 1, 1),
            }
        )
        em_id += 1
        ems.append(
            {
                "id": em_id,
                "doc_id": doc_id,
                "idx": 0,
                "event_id": ev["id"],
                "series": ev["series"],
                "kind": ev["kind"],
                "ordinal": None,
                "start": ev["start"],
                "end": ev["end"],
                "city": ev["city"],
                "country": ev["country"],
                "status": "held",
                "partner": None,
                "countries": None,
                "referenced_only": False,
                "theme": None,
                "span_start": 0,
                "span_end": len(head),
                "links": [],
            }
        )
        pm_id += 1
        s = head.index(person["name"])
        pms.append(
            {
                "id": pm_id,
                "doc_id": doc_id,
                "idx": 0,
                "person_id": person["id"],
                "name": person["name"],
                "country": person["country"],
                "role": "vice-ministre",
                "span_start": s,
                "span_end": s + len(person["name"]),
                "spans": [[s, s + len(person["name"])]],
            }
        )
        parts.append(
            {
                "event_mention_id": em_id,
                "person_mention_id": pm_id,
                "doc_id": doc_id,
                "function": rnd.choice(FUNCTIONS),
                "role": "vice-ministre",
                "country": person["country"],
                "span_start": 0,
                "span_end": len(head),
            }
        )
    with factory.begin() as session:
        for model, rows in [
            (m.Document, docs),
            (m.Person, people),
            (m.Event, events),
            (m.EventMention, ems),
            (m.PersonMention, pms),
            (m.Participation, parts),
        ]:
            for k in range(0, len(rows), 2000):
                session.execute(insert(model), rows[k : k + 2000])
    factory.kw["bind"].dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = (
        "import uvicorn, sys; from chancery.web import create_app; "
        f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    import httpx

    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/countries", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def load_httpx(urls: list[str], n: int, concurrency: int) -> tuple[list[float], float, int]:
    import httpx

    latencies: list[float] = []
    errors = 0

    def worker(k: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=30) as client:
            for j in range(k, n, concurrency):
                t = time.perf_counter()
                r = client.get(urls[j % len(urls)])
                latencies.append(time.perf_counter() - t)
                errors += r.status_code != 200

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    return latencies, time.perf_counter() - t0, errors


def load_wrk(url: str, seconds: int, concurrency: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{concurrency}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label: str) -> float:
        found = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out)
        if not found:
            return float("nan")
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"p50": ms("50"), "p90": ms("90"), "p99": ms("99"), "rps": rps}


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else values[0] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=None, help="reuse or create the synthetic store here")
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seconds", type=int, default=10, help="wrk duration per page")
    ap.add_argument("--httpx", action="store_true", help="use the httpx client even if wrk is installed")
    args = ap.parse_args()
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="chancery-bench-")
        db = Path(tmp) / "bench.db"
    if not db.exists():
        t = time.perf_counter()
        build_store(db, args.docs)
        print(f"built a store of {args.docs} articles in {time.perf_counter() - t:.1f}s ({db})")
    port = free_port()
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    rnd = random.Random(1)
    # Event ids as the store has them: synthetic ("ev-17") or resolved ("ev-asean-summit-43").
    with sqlite3.connect(db) as conn:
        event_ids = sorted(row[0] for row in conn.execute("SELECT id FROM events"))
    pages = {
        "timeline /": [f"{base}/"],
        "timeline ?year=": [f"{base}/?year={y}" for y in range(2015, 2026)],
        "timeline ?country=&kind=": [f"{base}/?country={c}&kind=ministerial" for c in COUNTRIES],
        "event /events/{id}": [f"{base}/events/{rnd.choice(event_ids)}" for _ in range(200)],
        "api /api/events?year=": [f"{base}/api/events?year={y}" for y in range(2015, 2026)],
    }
    use_wrk = shutil.which("wrk") and not args.httpx
    try:
        import httpx

        for urls in pages.values():  # warm up (and build the search index, which pages do not need)
            httpx.get(urls[0], timeout=60)
        print(
            f"load: httpx threads{' then wrk' if use_wrk else ''}, concurrency {args.concurrency}, "
            f"{os.cpu_count()} CPUs"
        )
        print(f"{'page':28} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8}")
        for name, urls in pages.items():
            lat, wall, errors = load_httpx(urls, args.requests, args.concurrency)
            print(
                f"{name:28} {pct(lat, 50):8.1f} {pct(lat, 95):8.1f} {len(lat) / wall:8.1f}"
                + (f"  {errors} errors" if errors else "")
            )
        if use_wrk:  # wrk drives harder than Python threads; it reports p50/p90/p99, not p95
            wrk_pages = [("timeline /", f"{base}/"), ("event /events/{id}", f"{base}/events/{event_ids[0]}")]
            for name, url in wrk_pages:
                r = load_wrk(url, args.seconds, args.concurrency)
                print(
                    f"wrk {name:24} p50 {r['p50']:.1f} ms, p90 {r['p90']:.1f} ms, p99 {r['p99']:.1f} ms, "
                    f"{r['rps']:.1f} req/s"
                )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
