"""Sectors: the bodies gathered under one series code (OTHER-MINISTERIAL...) kept apart."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from alembic import command

from chancery.export import export
from chancery.ingest import ingest
from chancery.knowledge import known_meeting, sector
from chancery.store.db import _alembic_config, make_engine, open_store

EXAMPLES = [
    (["25th ASEAN Labour Ministers' Meeting (ALMM)"], "OTHER-MINISTERIAL", "en", "ALMM"),
    (["25th ASEAN Transport Ministers' Meeting"], "OTHER-MINISTERIAL", "en", "ATM"),
    (["26e réunion des ministres du Tourisme de l'ASEAN (M-ATM)"], "OTHER-MINISTERIAL", "fr", "M-ATM"),
    (["18e réunion ministérielle de l'ASEAN sur l'environnement (AMME-18)"], "OTHER-MINISTERIAL", "fr",
     "AMME"),
    (["48th Senior Transport Officials' Meeting (STOM)"], "OTHER-SOM", "en", "ATM"),
    (["10th ADMM-Plus"], "ADMM", "en", "ADMM-PLUS"),
    (["17th ASEAN Defence Ministers' Meeting (ADMM)"], "ADMM", "en", None),
    (["AMM-55"], "AMM", "en", None),  # a series of one body has no sector
]


@pytest.mark.parametrize(("names", "series", "lang", "expected"), EXAMPLES)
def test_sector_of_a_meeting(names, series, lang, expected):
    assert sector(names, series, lang) == expected


ARTICLES = {
    "labour.txt": " date 2026-11-20\nKuala Lumpur, Nov 20 -- The 29th ASEAN Labour Ministers' Meeting (ALMM) "
    "was held in Kuala Lumpur on November 20.\n",
    "transport.txt": " date 2026-11-14\nHanoi, Nov 14 -- The 29th ASEAN Transport Ministers' Meeting "
    "opened in Hanoi on November 14.\n",
    "env-en.txt": " date 2026-09-03\nLangkawi, Sept 3 -- The 19th ASEAN Ministerial Meeting on Environment "
    "(AMME) was held in Langkawi on September 3.\n",
    "env-fr.txt": " date 2026-09-04\nLangkawi (VNA) - La 19e réunion ministérielle de l'ASEAN sur "
    "l'environnement (AMME-19) s'est tenue le 3 septembre à Langkawi, en Malaisie. -VNA\n",
}


def test_two_bodies_numbered_alike_stay_two_events_and_one_body_in_two_languages_is_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([folder], db, progress=False)
    with open_store(db)() as session:
        record = json.loads(export(session, "record"))
    numbered = [e for e in record["events"] if e["ordinal"] in (19, 29)]
    by_docs = {tuple(sorted({s["doc"] for s in e["sources"]})): e for e in numbered}
    assert set(by_docs) == {("labour",), ("transport",), ("env-en", "env-fr")}
    assert by_docs[("labour",)]["sector"] == "ALMM"
    assert by_docs[("transport",)]["sector"] == "ATM"
    assert by_docs[("labour",)]["id"] != by_docs[("transport",)]["id"]


def test_a_store_written_before_sectors_is_upgraded_in_place(tmp_path):
    db = tmp_path / "old.db"
    engine = make_engine(db)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert "sector" not in {c["name"] for c in sa.inspect(engine).get_columns("events")}
    engine.dispose()
    open_store(db)
    engine = make_engine(db)
    for table in ("events", "event_mentions"):
        assert "sector" in {c["name"] for c in sa.inspect(engine).get_columns(table)}


def test_a_known_meeting_is_found_only_with_its_sector():
    assert known_meeting("AMM", 57) is not None
    assert known_meeting("AMM", 57, "ALMM") is None  # no labour ministers' meeting is filed as AMM 57
