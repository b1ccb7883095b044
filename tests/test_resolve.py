"""One record across articles: merging people and meetings, whatever order articles arrive in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chancery.export import export
from chancery.ingest import ingest
from chancery.resolve import _typo_twins, cluster_people, person_key
from chancery.store.db import open_store
from chancery.store.models import PersonMention

ARTICLES = {
    "a-fr.txt": (
        " date 2026-03-12\nManille (VNA) - La réunion des hauts officiels de l'ASEAN (SOM) a eu lieu jeudi "
        "12 mars à Manille, sous la présidence de la sous-secrétaire philippine Maria Theresa Lazaro. Le "
        "vice-ministre des Affaires étrangères Đỗ Hùng Việt, chef de SOM ASEAN Vietnam, y conduisait la "
        "délégation vietnamienne. -VNA\n"
    ),
    "b-en.txt": (
        " date 2026-03-13\nManila (VNA) – Deputy Minister of Foreign Affairs Do Hung Viet led the Vietnamese "
        "delegation to the ASEAN Senior Officials' Meeting held in Manila on March 12, chaired by Philippine "
        "Undersecretary Maria Theresa Lazaro. The 48th ASEAN Summit will take place in October. -VNA\n"
    ),
    "c-en.txt": (
        " date 2026-05-08\nCebu (VNA) – Prime Minister Pham Minh Chinh led the Vietnamese delegation to the "
        "48th ASEAN Summit in Cebu on May 8, chaired by Philippine President Ferdinand Marcos Jr. -VNA\n"
    ),
    "d-fr.txt": (
        " date 2026-05-09\nCebu (VNA) - Le vice-ministre des Affaires étrangères Nguyễn Minh Vũ a participé "
        "le 9 mai à Cebu à la réunion des hauts officiels de l'ASEAN (SOM), présidée par la sous-secrétaire "
        "Maria Theresa Lazaro. -VNA\n"
    ),
    "e-en.txt": (
        " date 2026-05-09\nCebu (VNA) – Deputy Minister of Foreign Affairs Nguyen Minh Hang attended the "
        "ASEAN Senior Officials' Meeting in Cebu on May 9. -VNA\n"
    ),
}


def write(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.write_text(ARTICLES[name], encoding="utf-8")
        paths.append(path)
    return paths


def record_of(db: Path) -> dict:
    with open_store(db)() as session:
        return json.loads(export(session, "record"))


@pytest.fixture
def built(tmp_path) -> dict:
    db = tmp_path / "r.db"
    ingest(write(tmp_path / "in", sorted(ARTICLES)), db, progress=False)
    return record_of(db)


def test_one_meeting_reported_in_two_languages_is_one_event(built):
    soms = [e for e in built["events"] if e["series"] == "SOM" and e["start"] == "2026-03-12"]
    assert len(soms) == 1
    assert {s["doc"] for s in soms[0]["sources"]} == {"a-fr", "b-en"}


def test_spellings_of_one_person_are_one_person(built):
    viet = [p for p in built["people"] if p["name"] in ("Đỗ Hùng Việt", "Do Hung Viet")]
    assert len(viet) == 1
    assert {viet[0]["name"], *viet[0]["aliases"]} == {"Đỗ Hùng Việt", "Do Hung Viet"}


def test_people_sharing_a_family_name_stay_apart(built):
    nguyens = [p for p in built["people"] if p["name"].startswith(("Nguyen", "Nguyễn"))]
    assert len(nguyens) == 2


def test_a_scheduled_meeting_later_reported_is_one_event_and_held(built):
    summits = [e for e in built["events"] if e["series"] == "ASEAN-SUMMIT" and e["ordinal"] == 48]
    assert len(summits) == 1
    summit = summits[0]
    assert summit["status"] == "held"
    by_doc = {s["doc"]: s for s in summit["sources"]}
    assert by_doc["b-en"]["status"] == "scheduled" and by_doc["c-en"]["status"] == "held"


def test_the_record_does_not_depend_on_arrival_order(tmp_path):
    names = sorted(ARTICLES)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for name in names:  # one article at a time, in order
        ingest(write(tmp_path / "in1", [name]), one, progress=False)
    for name in reversed(names):  # and in the reverse order
        ingest(write(tmp_path / "in2", [name]), two, progress=False)

    def canonical(record: dict) -> str:
        for doc in record["documents"]:
            doc.pop("path", None)
        return json.dumps(record, sort_keys=True)

    assert canonical(record_of(one)) == canonical(record_of(two))


def test_person_keys_fold_diacritics_and_word_order():
    assert person_key("Đỗ Hùng Việt") == person_key("Do Hung Viet") == person_key("Viet Do Hung")
    assert person_key("Nguyên Quôc Dung") == person_key("Nguyễn Quốc Dũng")


def test_typos_merge_only_in_long_name_parts():
    assert _typo_twins(["kommasith saleumxay", "kommasith saleumsay"]) == [
        ("kommasith saleumsay", "kommasith saleumxay")
    ]
    assert _typo_twins(["long nguyen thanh", "lung nguyen thanh"]) == []


def test_same_name_different_countries_are_two_people():
    mentions = [
        PersonMention(doc_id="a", idx=0, name="Tan Wei", country="SG", span_start=0, span_end=1),
        PersonMention(doc_id="b", idx=0, name="Tan Wei", country="MY", span_start=0, span_end=1),
        PersonMention(doc_id="c", idx=0, name="Tan Wei", country=None, span_start=0, span_end=1),
    ]
    assert len(cluster_people(mentions)) == 2


def test_a_near_duplicate_story_is_one_story_and_adds_no_event(tmp_path):
    folder = tmp_path / "wire"
    paths = write(folder, ["c-en.txt"])
    edited = (
        ARTICLES["c-en.txt"]
        .replace("Cebu (VNA) –", "CEBU, Philippines (VNA) –")
        .replace(" -VNA", " (Source: VNA)")
    )
    (folder / "c-en-copy.txt").write_text(edited, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([*paths, folder / "c-en-copy.txt"], db, progress=False)
    with open_store(db)() as session:
        from chancery.store.models import Document

        stories = {d.id: d.story for d in session.query(Document)}
    assert stories["c-en-copy"] == stories["c-en"]
    record = record_of(db)
    summits = [e for e in record["events"] if e["series"] == "ASEAN-SUMMIT"]
    assert len(summits) == 1
    assert {s["doc"] for s in summits[0]["sources"]} == {"c-en", "c-en-copy"}
    assert len([p for p in record["people"] if p["name"] == "Pham Minh Chinh"]) == 1


def test_story_signatures_tell_copies_from_other_stories():
    from chancery.stories import signature, similarity

    a, b = ARTICLES["a-fr.txt"], ARTICLES["b-en.txt"]
    assert similarity(signature(a), signature(a.replace("jeudi 12 mars", "le 12 mars"))) > 0.7
    assert similarity(signature(a), signature(b)) < 0.2


def test_hand_merge_and_split_survive_reingest(tmp_path):
    from typer.testing import CliRunner

    from chancery.cli import app

    db = tmp_path / "h.db"
    ingest(write(tmp_path / "in", ["a-fr.txt", "b-en.txt", "d-fr.txt"]), db, progress=False)
    record = record_of(db)
    soms = sorted((e for e in record["events"] if e["series"] == "SOM"), key=lambda e: e["start"])
    march, may = soms[0]["id"], soms[1]["id"]
    runner = CliRunner()

    # Split the English report out of the March SOM (as if it were another meeting) ...
    result = runner.invoke(app, ["split", march, "--source", "b-en", "--db", str(db)])
    assert result.exit_code == 0, result.output
    # ... and merge two people the rules keep apart.
    people = {p["name"]: p["id"] for p in record_of(db)["people"]}
    result = runner.invoke(
        app, ["merge", people["Maria Theresa Lazaro"], people["Nguyễn Minh Vũ"], "--db", str(db)]
    )
    assert result.exit_code == 0, result.output

    # New articles arrive; the decisions hold.
    ingest(write(tmp_path / "in2", ["e-en.txt", "c-en.txt"]), db, progress=False)
    after = record_of(db)
    som_sources = [{s["doc"] for s in e["sources"]} for e in after["events"] if e["series"] == "SOM"]
    assert {"a-fr"} in som_sources and {"b-en"} in som_sources
    merged = [
        p for p in after["people"] if {"Maria Theresa Lazaro", "Nguyễn Minh Vũ"} <= {p["name"], *p["aliases"]}
    ]
    assert len(merged) == 1
    assert may  # the May SOM was not touched by the split

    result = runner.invoke(app, ["merge", march, people["Maria Theresa Lazaro"], "--db", str(db)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_an_asean_bodys_assembly_is_one_event_of_kind_other(tmp_path):
    """AIPA is no series of the vocabulary: the record gives series null, kind other, and the body
    as the sector; its assembly reported in two languages is still one event."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "aipa-fr.txt").write_text(
        " date 2027-09-14\nLa 48e Assemblée générale de l'Assemblée interparlementaire de l'ASEAN "
        "(AIPA-48) s'est ouverte le 14 septembre à Manille. Le président de l'Assemblée nationale, "
        "Tran Thanh Man, conduit la délégation vietnamienne. -VNA\n",
        encoding="utf-8",
    )
    (folder / "aipa-en.txt").write_text(
        " date 2027-09-15\nThe 48th General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA 48) "
        "opened in Manila on September 14. National Assembly Chairman Tran Thanh Man led the "
        "Vietnamese delegation. -VNA\n",
        encoding="utf-8",
    )
    db = tmp_path / "r.db"
    ingest(sorted(folder.iterdir()), db, progress=False)
    events = [e for e in record_of(db)["events"] if e["ordinal"] == 48]
    assert len(events) == 1
    (aipa,) = events
    assert (aipa["series"], aipa["kind"], aipa["sector"]) == (None, "other", "AIPA")
    assert (aipa["start"], aipa["city"], aipa["country"]) == ("2027-09-14", "Manila", "PH")
    assert {s["doc"] for s in aipa["sources"]} == {"aipa-fr", "aipa-en"}
