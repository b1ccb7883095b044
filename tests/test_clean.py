from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.clean import (
    clean,
    clean_text,
    find_captions,
    find_dateline,
    find_signoffs,
    normalise_whitespace,
    restore_sentence_spaces,
)
from chancery.document import SourceDoc
from chancery.readers import read_paths


def doc(text: str, lang: str | None = None, published: str | None = None) -> SourceDoc:
    return SourceDoc("t", "t.txt", "wire", text, text, published=published, lang=lang)


# --- whitespace ---------------------------------------------------------------------------------


def test_normalise_whitespace() -> None:
    raw = "  Le\u00a0ministre\u202fa  parle\u0301.\r\n\r\n\r\n\tDeuxie\u0300me\u200b paragraphe. \r\nTrois."
    assert normalise_whitespace(raw) == "Le ministre a parlé.\n\nDeuxième paragraphe.\n\nTrois."


def test_one_paragraph_per_line_is_kept_but_continuations_are_joined() -> None:
    raw = "Summit opens in Vientiane\nThe ministers met in\nthe capital on Monday.\nThey agreed.\nPhoto: VNA"
    assert normalise_whitespace(raw) == (
        "Summit opens in Vientiane\n\nThe ministers met in the capital on Monday.\n\n"
        "They agreed.\n\nPhoto: VNA"
    )


def test_hard_wrapped_block_is_joined() -> None:
    raw = ("The foreign ministers of ASEAN met in Vientiane on\n"
           "Thursday for their annual meeting. The Lao Foreign\n"
           "Minister chaired the talks.\n\nSecond paragraph.")
    assert normalise_whitespace(raw) == (
        "The foreign ministers of ASEAN met in Vientiane on Thursday for their annual meeting. "
        "The Lao Foreign Minister chaired the talks.\n\nSecond paragraph."
    )


# --- glued sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("de l'ASEAN.Les vues", "de l'ASEAN. Les vues"),
        ("cet événement.L'ambassadeur", "cet événement. L'ambassadeur"),
        ("in Luang Prabang.The officials", "in Luang Prabang. The officials"),
        ("d'intérêt commun.À cette occasion", "d'intérêt commun. À cette occasion"),
        ("de l'ASEAN.A cette occasion", "de l'ASEAN. A cette occasion"),
        ("Vision 2045.The bloc", "Vision 2045. The bloc"),
        ("en 2024.Les délégués", "en 2024. Les délégués"),
        ("le Canada...Les délégués", "le Canada... Les délégués"),
        ("a-t-il dit:Le Vietnam", "a-t-il dit: Le Vietnam"),
        ("Ready?Yes!Go", "Ready? Yes! Go"),
        ("« ASEAN »Les ministres", "« ASEAN » Les ministres"),
        ('he said."The next', 'he said." The next'),
        ("Photo:VNA", "Photo: VNA"),
    ],
)
def test_missing_space_restored(glued: str, fixed: str) -> None:
    assert restore_sentence_spaces(glued) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "AMM-55", "la Conclusion n°59-KL/TW", "the U.S. and the U.N.", "U.S.Army", "4.5%", "4,5%",
        "1.000 délégués", "see https://www.Example.com/News.Html", "write to Press.Office@Vna.Vn",
        "Russia./.", "J.F. Kennedy", "J.F.Kennedy", "St.Petersburg", "No.5", "Dr.Smith", "M.Macron",
        "Annex 3.B", "at 10:30", "l’ASEAN", "vietnamplus.vn", "Vietnam...-VNA",
    ],
)
def test_must_not_split(text: str) -> None:
    assert restore_sentence_spaces(text) == text


# --- repeated blocks ----------------------------------------------------------------------------

P1 = "Hanoï (VNA) - Le vice-ministre a présidé une réunion sur la coopération de l'ASEAN en 2023."
P2 = ("Près de 80 représentants de nombreux ministères et organes ont participé à la réunion, qui a "
      "passé en revue les résultats de l'année.")
P3 = ("Les vues et initiatives du Vietnam ont répondu aux préoccupations communes des pays de la "
      "région, a-t-il déclaré.")
P4 = "Les délégués ont convenu de soutenir le Laos pendant sa présidence de l'ASEAN en 2024."


def test_repeated_block_after_signoff_is_kept_once() -> None:
    glued = P3 + P4  # the copy is glued without spaces, as in the CMS errors
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n{P4} -VNA {glued} -VNA"
    art = clean(doc(text, lang="fr"))
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}\n\n{P4} -VNA"
    assert len(art.removed) == 1
    assert art.removed[0].startswith("Les vues") and art.removed[0].endswith("-VNA")


def test_repeated_paragraph_in_the_middle_is_dropped() -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n{P2}\n\n{P4}"
    art = clean(doc(text, lang="fr"))
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}"


def test_short_repeated_sentences_are_kept() -> None:
    text = ("Le ministre a salué les résultats. Les pays ont approuvé le plan.\n\n"
            "Le Laos a présenté ses priorités pour l'année.\n\n"
            "Le ministre a salué les résultats. -VNA")
    art = clean(doc(text, lang="fr"))
    assert art.text == text and art.removed == []


def _paragraph_counts(text: str, source: str) -> dict[str, int]:
    """How often each source paragraph (its first 60 chars) occurs in `text`."""
    paras = [p.strip() for p in source.split("\n\n") if len(p.strip()) > 80]
    return {p[:60]: text.count(p[:60]) for p in paras}


@pytest.mark.parametrize("name", ["seeds/001_*.txt", "dev/dev-07.txt"])
def test_real_repeated_blocks(shared_corpus: Path, name: str) -> None:
    (path,) = sorted(shared_corpus.glob(name))
    (source,) = read_paths([path])
    assert isinstance(source, SourceDoc)
    art = clean(source)
    assert len(art.removed) == 1
    counts = _paragraph_counts(art.text, normalise_whitespace(source.text).split(" -VNA ")[0])
    assert counts and all(n == 1 for n in counts.values()), counts
    assert art.text.endswith("-VNA")
    assert art.text.count("-VNA") == 1


def test_shared_corpus_cleans_idempotently(shared_corpus: Path) -> None:
    for source in read_paths([shared_corpus]):
        if not isinstance(source, SourceDoc):
            continue
        art = clean(source)
        assert art.dateline is not None and art.agency == "VNA", source.doc_id
        assert art.lang in ("fr", "en")
        again = clean(doc(art.text, lang=art.lang))
        assert again.text == art.text, source.doc_id


# --- datelines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "agency", "span_text"),
    [
        ("Luang Prabang (VNA) - La réunion", "Luang Prabang", "VNA", "Luang Prabang (VNA) -"),
        ("Hanoï (VNA) – Le 27 décembre", "Hanoï", "VNA", "Hanoï (VNA) –"),
        ("Jakarta (VNA) — Le ministre", "Jakarta", "VNA", "Jakarta (VNA) —"),
        ("VIENTIANE, July 25 (Reuters) - Foreign ministers", "VIENTIANE", "Reuters",
         "VIENTIANE, July 25 (Reuters) -"),
        ("Hanoi, January 5 (VNA) - The", "Hanoi", "VNA", "Hanoi, January 5 (VNA) -"),
        ("HANOI - The ministry", "HANOI", None, "HANOI -"),
        ("KUALA LUMPUR, Jan 19 (Bernama) -- Malaysia", "KUALA LUMPUR", "Bernama",
         "KUALA LUMPUR, Jan 19 (Bernama) --"),
        ("Ho Chi Minh Ville (VNA) - Le", "Ho Chi Minh Ville", "VNA", "Ho Chi Minh Ville (VNA) -"),
        # a day in brackets, then a colon (Malaysian papers)
        ("KUALA LUMPUR (May 10): At the summit", "KUALA LUMPUR", None, "KUALA LUMPUR (May 10):"),
        ("LANGKAWI: The meeting", "LANGKAWI", None, "LANGKAWI:"),
        # a press release: city, province, country, and a dash glued to the next word
        ("CEBU CITY, CEBU, PHILIPPINES—On 3 March", "CEBU CITY, CEBU, PHILIPPINES", None,
         "CEBU CITY, CEBU, PHILIPPINES—"),
    ],
)
def test_dateline(text: str, place: str, agency: str | None, span_text: str) -> None:
    d = find_dateline(text)
    assert d is not None
    assert (d.place, d.agency, text[d.span.start : d.span.end]) == (place, agency, span_text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre - qui était absent - a parlé.",
        "The 44th Summit - held in Vientiane",
        "Hanoi is big.",
        "Hanoi: the city of peace",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Des délégués à la Journée. Photo: VNA\n\nHanoï (VNA) - Le ministère a organisé la journée.",
        "Photo d'illustration : AFP\n\nHanoï (VNA) - En tant que président de l'ASEAN, le Vietnam prépare.",
        "Summit opens in Hanoi\n\nHanoï (VNA) - The summit opened.",
    ],
)
def test_dateline_after_leading_caption_or_title(text: str) -> None:
    d = find_dateline(text)
    assert d is not None and text[d.span.start : d.span.end] == "Hanoï (VNA) -"


def test_dateline_only_opens_the_article() -> None:
    text = ("Le ministre a présidé la réunion annuelle des hauts officiels de l'ASEAN dans la capitale "
            "lundi avec de nombreux délégués.\n\nHanoi (VNA) - Autre chose.")
    assert find_dateline(text) is None


def test_agency_without_place() -> None:
    assert clean(doc("(VOVWORLD) - Une réunion des hauts officiels a eu lieu jeudi en ligne.")).agency == (
        "VOVWORLD"
    )


# --- captions and sign-offs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "Le vice-ministre lors de la réunion. Photo: VNA",
        "ASEAN leaders at the opening ceremony. (Photo: VNA)",
        "Le ministre Bui Thanh Son. Photo : VNA/CVN",
        "Leaders pose for a photo. (Photo: AFP)",
        "Photo d'illustration",
        "Une rue de Vientiane. Photo d’illustration : VNA",
        "Source: VNA",
        "Un ministre visite le stand. Photo: Minh Quyet/VNA",
        "Le vice-ministre Nguyên Quôc Dung (photo Lam Khanh/TTXVN)",
        "La réunion en ligne. Photo: baoquocte.vn",
    ],
)
def test_caption(para: str) -> None:
    text = f"Hanoi (VNA) - The meeting opened.\n\n{para}\n\nIt ended. -VNA"
    (cap,) = find_captions(text)
    assert text[cap.start : cap.end] == para


def test_body_paragraphs_are_not_captions() -> None:
    text = ("The minister said the photo exhibition was a success.\n\n"
            "He cited figures: growth of 4.5% and trade up 10%.\n\n"
            "Le ministre a parlé. Photo: VNA. Il a dit que la photo est belle.")
    assert find_captions(text) == []


@pytest.mark.parametrize(
    ("text", "signoff"),
    [
        ("It ended. -VNA", "-VNA"),
        ("It ended. – VNA", "– VNA"),
        ("It ended./.", "./."),
        ("It ended. (VNA)", "(VNA)"),
        ("Il est terminé. -CVN", "-CVN"),
        ("priorités du Vietnam...-VNA", "-VNA"),
    ],
)
def test_signoff(text: str, signoff: str) -> None:
    (sp,) = find_signoffs(text)
    assert text[sp.start : sp.end] == signoff


def test_no_signoff_in_plain_text() -> None:
    assert find_signoffs("Hanoi (VNA) - The ministers met in Hanoi (VNA headquarters).") == []


def test_scraped_image_marker_splits_headline_from_caption() -> None:
    text, _ = clean_text("Les ministres se réunissent - ảnh 1Le vice-ministre à la réunion. Photo: VOV\n\n"
                         "Hanoï (VNA) - Les ministres se sont réunis.")
    assert text.split("\n\n")[:2] == [
        "Les ministres se réunissent",
        "Le vice-ministre à la réunion. Photo: VOV",
    ]
    assert find_dateline(text) is not None
    assert clean_text("Il a 1 ảnh 1 cái")[0] == "Il a 1 ảnh 1 cái"


# --- clean() ------------------------------------------------------------------------------------


def test_clean_fields() -> None:
    raw = ("Hanoï (VNA) – Le vice-ministre a présidé la réunion.Les délégués étaient 80.\n\n"
           "Le vice-ministre lors de la réunion. Photo: VNA\n\nIls ont adopté le plan. -VNA")
    art = clean(doc(raw, published="2024-12-27"))
    assert art.lang == "fr" and art.published == "2024-12-27" and art.agency == "VNA"
    assert art.dateline is not None and art.dateline.place == "Hanoï"
    assert "réunion. Les délégués" in art.text
    captions = [art.text[c.start : c.end] for c in art.captions]
    assert captions == ["Le vice-ministre lors de la réunion. Photo: VNA"]
    assert [art.text[b.start : b.end] for b in art.boilerplate] == ["-VNA"]
    sentences = [art.text[s.start : s.end] for s in art.sentences]
    assert sentences[:2] == [
        "Hanoï (VNA) – Le vice-ministre a présidé la réunion.",
        "Les délégués étaient 80.",
    ]


def test_declared_language_wins_only_for_fr_en() -> None:
    assert clean(doc("The minister met his counterpart.", lang="fr")).lang == "fr"
    assert clean(doc("The minister met his counterpart.", lang="vi")).lang == "en"
    assert clean(doc("Le ministre a rencontré son homologue.")).lang == "fr"


def test_agency_from_signoff_when_no_dateline() -> None:
    assert clean(doc("The ministers met on Monday. -VNA")).agency == "VNA"


def test_french_elision_space() -> None:
    assert clean(doc("Le renforcement de l' ASEAN face aux défis.", lang="fr")).text == (
        "Le renforcement de l'ASEAN face aux défis."
    )


# --- properties ---------------------------------------------------------------------------------

_PIECES = [
    "Le ministre", "a présidé", "la réunion", "l'ASEAN.Les vues", "U.S.", "4.5%", "AMM-55", "M. Son",
    "Vision 2045.The", "événement.", "Photo: VNA", "-VNA", "./.", "«", "»", ":", "...", "Hanoï (VNA) -",
    "Les délégués ont convenu de soutenir le Laos pendant sa présidence.",
    "The ministers reviewed the implementation of the ASEAN Community Vision.",
    "\u00a0", "\t", "\r\n", "\n\n", " ", ".", "?", "!",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["", " ", "\n"]))
def test_cleaning_is_idempotent(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    once, _ = clean_text(text, "fr")
    twice, removed = clean_text(once, "fr")
    assert twice == once and removed == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_clean_article_spans_point_into_text(pieces: list[str]) -> None:
    art = clean(doc(" ".join(pieces)))
    assert art.text == art.text.strip()
    assert "\n\n\n" not in art.text and "  " not in art.text
    for sp in [*art.sentences, *art.captions, *art.boilerplate]:
        assert 0 <= sp.start < sp.end <= len(art.text)
    if art.dateline:
        assert art.dateline.span.end <= len(art.text)
    again = clean(doc(art.text, lang=art.lang))
    assert again.text == art.text
