"""Sentence spans by plain string scanning (fast enough for 10,000 articles).

A boundary is terminal punctuation (. ! ? … or "..."), optionally followed by closing quotes
or brackets, then whitespace, then something that can start a sentence (a capital, a digit,
an opening quote). Paragraph breaks always end a sentence. The word before a full stop decides
whether it is an abbreviation rather than a sentence end.
"""

from __future__ import annotations

import re

from chancery.document import Span

# Titles and other abbreviations that are (almost) never the last word of a sentence.
# Why per language: "M." is a title in French ("M. Macron") but the initial of a name in English.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr Prof St Ste Sts Mt n° N° no No nos Nos art Art al
        av apr J.-C env p pp vol Vol chap éd cf etc c.-à-d ex fig Fig hab min max tél Tél
        janv févr avr juil sept oct nov déc Gal Gén Cdt Col Lt Sgt Ma""".split()
    ),
    "en": frozenset(
        """Mr Mrs Ms Mx Dr Prof St Mt Ft No Nos no nos Nr Gen Lt Col Maj Capt Cpt Cmdr Adm Sgt Cpl Sen
        Rep Gov Pres Amb Rev Hon Fr Jr Sr vs v cf e.g i.e etc al approx dept est fig Fig p pp vol Vol
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
        Sun Ave Blvd Rd Inc Ltd Co Corp Bros Ma""".split()
    ),
}
# Company suffixes and "etc." often do end a sentence: only a following starter word says so.
# "Ma." is María in Filipino names ("Ma. Theresa Lazaro"), and Ma a family name ("Jack Ma.").
_AMBIGUOUS = frozenset("Inc Ltd Co Corp Bros Jr Sr etc al J.-C Ma".split())

# Words that very often start a sentence: after an acronym ("U.S.") or "Inc." they mark a break.
STARTERS = frozenset(
    """The This That These Those He She It They We I In On At For As A An But And However Meanwhile
    Also After Before During Under With According Le La Les Il Elle Ils Elles Ce Cette Ces Selon
    Dans Lors Par Pour Sur Au Aux Un Une De Des Du En Leurs Son Sa Ses Mais Et Toutefois
    Cependant""".split()
)

_CLOSERS = "\"'»”’)]"
_OPENERS = "\"'«“‘(["
_TERMINALS = ".!?…"
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S  U.S.  J.F  e.g
_PARA = re.compile(r"\n\s*\n|\n")


def _token_before(text: str, i: int, lo: int) -> str:
    """The whitespace-delimited token ending just before position i (the dot)."""
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def _word_after(text: str, k: int) -> str:
    m = re.match(r"[\w'’-]+", text[k:])
    return m.group(0) if m else ""


def _can_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "-–—•"


def _is_boundary(text: str, dot: int, nxt: int, lo: int, abbrevs: frozenset[str]) -> bool:
    """Is the full stop at `dot` a sentence end, given the next sentence would start at `nxt`?"""
    tok = _token_before(text, dot, lo).lstrip(_OPENERS)
    if not tok:
        return True
    word = tok.rsplit("(", 1)[-1]
    nxt_word = _word_after(text, nxt).rstrip("'’")
    if word in abbrevs or word.lower() in abbrevs:
        if word in _AMBIGUOUS or word.lower() in _AMBIGUOUS:
            return nxt_word in STARTERS
        return False
    if len(word) == 1 and word.isalpha():
        return not word.isupper()  # a capital alone is an initial: "J. Kennedy", "M. Son"
    if _ACRONYM.match(word):  # U.S. / J.F. / e.g. : a break only before a typical starter
        return nxt_word in STARTERS
    if word[-1].isdigit() and nxt_word[:1].isdigit():
        return False  # "p. 4. 5" style lists, "No. 5. 6": rare; keep numbers together
    return True


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans over `text` (surrounding spaces stripped; paragraphs always split)."""
    abbrevs = ABBREVIATIONS.get(lang, ABBREVIATIONS["en"] | ABBREVIATIONS["fr"])
    spans: list[Span] = []
    pos = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        _split_block(text, pos, end, abbrevs, spans)
        if m:
            pos = m.end()
    return spans


def _add(text: str, a: int, b: int, spans: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append(Span(a, b))


def _split_block(text: str, lo: int, hi: int, abbrevs: frozenset[str], spans: list[Span]) -> None:
    start = lo
    i = lo
    while i < hi:
        ch = text[i]
        if ch not in _TERMINALS:
            i += 1
            continue
        j = i
        while j < hi and text[j] in _TERMINALS:  # "..." "?!" "…"
            j += 1
        # closing quotes/brackets, possibly after a space (French « ... . »), and VNA's "./."
        while j < hi:
            if text[j] in _CLOSERS:
                j += 1
            elif text[j] == " " and j + 1 < hi and text[j + 1] in "»”":
                j += 2
            elif text.startswith("/.", j):
                j += 2
            else:
                break
        k = j
        while k < hi and text[k] in " \t":
            k += 1
        if k == j or k >= hi or not _can_start(text[k]):
            i = j
            continue
        if ch == "." and j - i == 1 and not _is_boundary(text, i, k, lo, abbrevs):
            i = j
            continue
        _add(text, start, j, spans)
        start = k
        i = k
    _add(text, start, hi, spans)
