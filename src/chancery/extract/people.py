"""People and their titles: `find_people(article) -> list[PersonMention]`.

Language-neutral engine. Detection is driven by titles (a post before the name, or in
apposition after it), by name shape (Vietnamese family name + syllables) and by the list of
well-known officials; later mentions ("Son", "PM Chinh", "Widodo") are resolved to the full
mention they shorten. The per-language pieces (posts, portfolios, sentence words) live in
`chancery.rules.<lang>.people`; name-shape knowledge in `knowledge/data/names.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from chancery import knowledge as _knowledge
from chancery.document import Article, PersonMention, Span, TitleMention
from chancery.extract.alternation import Needs, first_chars, may_match, required_literals
from chancery.extract.alternation import case_chars as _case_chars  # noqa: F401 - re-exported (tests)
from chancery.extract.alternation import dispatch as _dispatch
from chancery.knowledge import fold
from chancery.segment import split_sentences

NAMES_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "names.yaml"

# Character classes built once: Python's re has no \p{Lu}.
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x2500)) if c.isupper() or c.istitle())
CAP = f"[{_UPPER}]"
LET = r"[^\W\d_]"
CAPWORD = rf"{CAP}{LET}*(?:[-'’]{LET}+)*"
ACRO = rf"{CAP}{{2,}}(?:[-+]?\d+|-Plus|\+)?(?![\w])"  # "AMM-57", "ASEAN+3", "ADMM-Plus"
_TOKEN = re.compile(rf"{LET}+(?:[-'’.]{LET}+)*['’]?")
_APOS = "'’"
_APOS_CLASS = re.compile("['’]")
_ELISION = re.compile(r"^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")


def _alt(words: list[str] | set[str], flexible_space: bool = True, ignore_case: bool = False) -> str:
    """Alternation of literal phrases, longest first, spaces matching any whitespace.

    `ignore_case`: the phrases match in any case (the caller must not wrap it in (?i:)).
    """
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        piece = re.escape(w)
        if flexible_space:
            piece = piece.replace(r"\ ", r"\s+")
        # one pass: a second replace would rewrite the ’ inside the class the first one wrote
        # ("Dato'" became Dato['['’]], which matched nothing)
        piece = _APOS_CLASS.sub("['’]", piece)
        out.append((w, piece))
    if not out:
        return "(?!)"
    flat = "|".join(p for _, p in out)
    return _dispatch(out, ignore_case) or (f"(?i:{flat})" if ignore_case else f"(?:{flat})")


@dataclass
class _Names:
    family: frozenset[str]
    syllable: re.Pattern[str]
    honorifics: list[str]
    honorific_re: re.Pattern[str]
    chain_honorifics: frozenset[str]
    dotted: frozenset[str]
    dotted_name_words: frozenset[str]
    particles: frozenset[str]
    never_words: frozenset[str]
    never_names: frozenset[str]
    opening_honorifics: frozenset[str]  # folded; inside a run, the name starts there
    abbreviated_given: frozenset[str]  # "Ma." (María): the stop does not end the name
    posts_also_names: frozenset[str]  # "King" in "Tiong King Sing"
    # (number of words, folded honorific) -> rank in the longest-first order; the word counts
    honorific_rank: dict[tuple[int, str], int] = field(default_factory=dict)
    honorific_sizes: tuple[int, ...] = ()
    # the folded honorifics' leading words ("dato", "dato sri"): a token whose fold is none of
    # them opens no honorific (fold of words joined by spaces is their folds joined by spaces)
    honorific_prefixes: frozenset[str] = frozenset()


@cache
def _names() -> _Names:
    data: dict[str, Any] = yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))
    honorifics = [str(h) for h in data.get("honorifics") or []]
    dotted = [str(d) for d in data.get("dotted_abbreviations") or []]
    # an honorific may carry a stop ("Mr.", "Datuk.") and ranks always do ("Gen.", "Lt. Gen.")
    honorific_re = rf"(?:(?<!\w)(?:{_alt(honorifics)})\.?\s+|(?<!\w){_alt(dotted, False)}\.\s*)+"
    rank: dict[tuple[int, str], int] = {}
    for i, h in enumerate(sorted(honorifics, key=len, reverse=True)):
        rank.setdefault((len(h.split()), fold(h)), i)
    return _Names(
        family=frozenset(fold(n) for n in data.get("vietnamese_family_names") or []),
        syllable=re.compile(data["vietnamese_syllable"]),
        honorifics=honorifics,
        honorific_re=re.compile(honorific_re),
        chain_honorifics=frozenset(str(h) for h in data.get("chain_honorifics") or []),
        dotted=frozenset(dotted),
        dotted_name_words=frozenset(str(d) for d in data.get("dotted_name_words") or []),
        particles=frozenset(str(p) for p in data.get("particles") or []),
        never_words=frozenset(str(w) for w in data.get("never_name_words") or []),
        never_names=frozenset(fold(n) for n in data.get("never_names") or []),
        opening_honorifics=frozenset(fold(str(h)) for h in data.get("opening_honorifics") or []),
        abbreviated_given=frozenset(str(w) for w in data.get("abbreviated_given_names") or []),
        posts_also_names=frozenset(str(w) for w in data.get("posts_also_names") or []),
        honorific_rank=rank,
        honorific_sizes=tuple(sorted({n for n, _ in rank})),
        honorific_prefixes=frozenset(
            " ".join(words[:i]) for _, h in rank for words in [h.split()] for i in range(1, len(words) + 1)
        ),
    )


def _country_terms(rules: ModuleType) -> list[tuple[str, str]]:
    """(surface form, ISO code): names, adjectives and possessives from chancery.knowledge."""
    return list(_knowledge.country_terms(rules.LANG))


@dataclass
class _Grammar:
    """Everything compiled for one language."""

    rules: ModuleType
    countries: dict[str, str]  # folded form -> code
    title_before: re.Pattern[str]  # a title that ends where a name starts
    title_at: re.Pattern[str]  # a title that starts here (apposition)
    split: re.Pattern[str]  # where a compound title splits into posts
    head: re.Pattern[str]  # qualifier + modifier + post at the start of one post
    country_any: re.Pattern[str]
    country_lead: re.Pattern[str]
    country_after_post: re.Pattern[str]
    country_trail: re.Pattern[str]
    asean_post: re.Pattern[str]
    context: re.Pattern[str]
    org_posts: frozenset[str]
    ranks: frozenset[str]
    introducers: frozenset[str]
    stop: frozenset[str]
    leading: frozenset[str]
    honorific_tail: re.Pattern[str]
    posting: re.Pattern[str]  # the country a post is held in, at the end of a post
    body_country: re.Pattern[str]  # a country adjective on a body word ("ministère thaïlandais")
    post_words: frozenset[str] = field(default_factory=frozenset)
    portfolio: frozenset[str] = field(default_factory=frozenset)  # words that end titles, not open names
    owner: re.Pattern[str] | None = None  # an organisation's possessive before an apposition
    name_country: re.Pattern[str] | None = None  # "X of Malaysia" right after a name


@cache
def _grammar(lang: str) -> _Grammar | None:
    try:
        rules = import_module(f"chancery.rules.{lang}.people")
    except ImportError:
        return None
    names = _names()
    terms = _country_terms(rules)
    countries = {fold(t): c for t, c in terms}
    country = _alt([t for t, _ in terms], flexible_space=True)
    lower_country = _alt([t for t, _ in terms if t[:1].islower()]) if lang == "fr" else "(?!)"
    b, e = r"(?<![\w\-])", r"(?![\w\-])"

    posts = list(rules.POSTS) + list(rules.INTRODUCERS)
    post = rf"{b}(?:{_alt(posts, ignore_case=True)}|{_alt(rules.POST_ABBREVIATIONS)}){e}"
    premod = rf"(?:{_alt(rules.PRE_MODIFIERS, ignore_case=True)}\s+)?"
    postmod = rf"(?:\s+{_alt(rules.POST_MODIFIERS, ignore_case=True)}{e})*"
    qual_pre = rf"(?:(?:{country}|ASEAN|Asean){e}\s+)?" if lang == "en" else ""
    body_q = getattr(rules, "BODY_QUALIFIER", None)
    if body_q:  # "DFA Secretary", "Department of Trade and Industry (DTI) Secretary"
        portfolio_word = rf"(?:{_alt(rules.PORTFOLIO_WORDS)}){e}"
        body_q = body_q.replace("{PORTFOLIO}", portfolio_word).replace("{ACRO}", ACRO)
        qual_pre = rf"{qual_pre}(?:{body_q}\s+)?"
    post_adj = rf"(?:\s+{lower_country}{e})?"
    arts = rules.COMPLEMENT_ARTICLES
    conj = rules.CONJUNCTIONS
    if lang == "en":
        vocab = _alt(rules.PORTFOLIO_WORDS)
        item = rf"(?:{vocab}['’]?{e}|{country}{e}|{ACRO}|\({ACRO}\))"
        unit = rf"{arts}{item}(?:(?:\s*,\s*|\s+{conj}\s+|\s+){item})*"
        complement = rf"(?:\s+{unit})*"
    else:
        adj_shape = getattr(rules, "PORTFOLIO_ADJECTIVE_PATTERN", "(?!)")
        padj = rf"(?:{_alt(rules.PORTFOLIO_ADJECTIVES)}|{lower_country}|{adj_shape}){e}"
        capseq = rf"(?:{CAPWORD}|{ACRO}|\({ACRO}\))(?:\s+(?:{CAPWORD}|{ACRO}|\({ACRO}\)))*"
        nouns = _alt(rules.COMPLEMENT_NOUNS, ignore_case=True) if rules.COMPLEMENT_NOUNS else "(?!)"
        unit = rf"{arts}(?:{capseq}|{nouns}{e})(?:\s+{padj})*"
        complement = rf"(?:(?:\s*,\s*|\s+{conj}\s+|\s+){unit})*"
        complement = rf"(?:\s+{unit}{complement})?"
    # "deputy secretary-general (Policy and Control) of the ...": a division in brackets
    paren = rf"(?:\s+\({CAP}[^()\d]{{0,40}}\))?"
    phrase = rf"{qual_pre}{premod}{post}{postmod}{paren}{post_adj}{postmod}{complement}"
    title = rf"{phrase}(?:(?:\s*,\s*|\s+{conj}\s+){phrase})*"
    honor = names.honorific_re.pattern
    ctx = rules.DELEGATION_CONTEXT.replace("{ADJ}", country).replace("{NAME}", country)
    post_words = set()
    for p in posts + list(rules.POST_ABBREVIATIONS):
        for w in re.split(r"[\s\-]+", p):
            if w[:1].isalpha():
                post_words.add(w[:1].upper() + w[1:])
    body_nouns = _alt(rules.COMPLEMENT_NOUNS, ignore_case=True) if rules.COMPLEMENT_NOUNS else "(?!)"
    single_country_tokens = {t for t, _ in terms if " " not in t}
    stop = set(rules.STOP_WORDS) | names.never_words | post_words | single_country_tokens
    return _Grammar(
        rules=rules,
        countries=countries,
        # "Defence Minister (Datuk Seri X)": the name in brackets; "Pengiran Muda ‘Abdul": an
        # apostrophe that writes the ʿayn of an Arabic name
        title_before=re.compile(_first_test(rf"(?P<t>{title})\s*,?\s*(?P<br>\()?(?:{honor})?['‘’]?$")),
        title_at=re.compile(title),
        split=re.compile(rf"(?:\s*,\s*|\s+{conj}\s+)(?={qual_pre}{premod}{post})"),
        head=re.compile(rf"(?P<q>{qual_pre})(?P<m>{premod})(?P<p>{post})(?P<pm>{postmod})(?P<a>{post_adj})"),
        country_any=re.compile(rf"{b}(?P<c>{country}){e}"),
        country_lead=re.compile(rf"^(?P<c>{country}){e}\s+"),
        country_after_post=re.compile(rf"\s+(?P<c>{lower_country}){e}"),
        country_trail=re.compile(rf"\s+{arts}(?P<c>{country})\s*$"),
        asean_post=re.compile(rules.ASEAN_POST),
        context=re.compile(ctx),
        org_posts=frozenset(fold(p) for p in rules.ORG_POSTS),
        ranks=frozenset(fold(p) for p in rules.RANKS),
        introducers=frozenset(fold(p) for p in rules.INTRODUCERS),
        stop=frozenset(stop),
        leading=frozenset(getattr(rules, "LEADING_WORDS", set())),
        honorific_tail=re.compile(rf"(?:{honor})$"),
        posting=re.compile(rf"\s+{getattr(rules, 'POSTING_ARTICLES', '(?!)')}(?P<c>{country}){e}\s*$"),
        body_country=re.compile(rf"{b}{body_nouns}\s+(?P<c>{lower_country}){e}"),
        post_words=frozenset(post_words),
        portfolio=frozenset(getattr(rules, "PORTFOLIO_WORDS", ())),
        owner=re.compile(rules.APPOSITION_OWNER) if getattr(rules, "APPOSITION_OWNER", None) else None,
        name_country=(
            re.compile(rf"{rules.NAME_COUNTRY_LINK}(?P<c>{country}){e}")
            if getattr(rules, "NAME_COUNTRY_LINK", None) else None
        ),
    )


def _first_test(pattern: str) -> str:
    """The pattern behind one class test of its first characters: searched over a window, it is
    tried at every position, and most positions open none of its optional parts."""
    first = first_chars(pattern)
    return f"(?={first}){pattern}" if first else pattern


def _code(g: _Grammar, text: str) -> str | None:
    """ISO code of a country form as written ("du Laos" -> LA, "Cambodia's" -> KH)."""
    code = _knowledge.country_code(text, g.rules.LANG)
    if code:
        return code
    key = fold(text)
    if key.endswith(" s"):
        key = key[:-2]
    return g.countries.get(key)


# --- tokens and name runs ---------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


@dataclass
class _Run:
    toks: list[_Tok]
    org_adjacent: bool = False  # touches an organisation or place word ("Ho Chi Minh City")
    lead: _Tok | None = None  # a dropped sentence word right before the run ("To" in "To Lam")
    org_after: bool = False  # an organisation word goes on the run ("Maritime Enforcement Agency")

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


@lru_cache(maxsize=1 << 14)
def _is_acronym(tok: str) -> bool:
    # cached: the same words come back in every sentence
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def _scanner() -> re.Pattern[str]:
    """The words of `_TOKEN`, with every stretch of plain words skipped in one match.

    Why: most words of a sentence are lower case, and a Python loop over each of them cost more
    than the rest of `_runs`. A plain word (no capital first, no apostrophe, not a particle) adds
    no token and only tells a particle before it that no capital follows; group 1 is None for
    such a stretch, the word itself for any other word. Both branches start where a `_TOKEN` word
    starts and end where it ends, so the words are exactly those of `_TOKEN.finditer`.
    """
    # capitals of the Basic Multilingual Plane only, any letter beyond it counts as a capital:
    # re tests a class of BMP characters in one step, one with others item by item
    upper = "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.isupper())
    more = rf"(?!{LET}|[-'’.]{LET}|['’])"  # what `_TOKEN` would go on with
    particles = _alt(_names().particles, flexible_space=False)
    # atomic: a plain word is all of a `_TOKEN` word or nothing (no backtracking into it)
    plain = rf"(?![{upper}\U00010000-\U0010ffff])(?!{particles}{more})(?>{LET}++(?:[-.]{LET}++)*+)(?!['’])"
    return re.compile(rf"(?:{plain}[\W\d_]*+)++|({_TOKEN.pattern})")


def _runs(text: str, start: int, end: int, g: _Grammar) -> list[_Run]:
    """Capitalised runs in text[start:end], split at words that are never names."""
    names = _names()
    toks: list[_Tok] = []
    particles, dotted = names.particles, names.dotted
    # Only capitalised words and particles are kept: any other word between two of them breaks
    # the run anyway, since the gap between them is then more than one space. A particle needs
    # to know whether the word after it is capitalised: `next_cap`, by its index in `toks`.
    next_cap: dict[int, bool] = {}
    particle_at = -1
    for m in _scanner().finditer(text, start, end):
        word = m.group(1)
        if word is None:  # plain lower-case words only: a particle before them is not followed by a capital
            particle_at = -1
            continue
        s, e = m.span(1)
        if "'" not in word and "’" not in word:  # one piece, the word itself (most words)
            cap = word[0].isupper()
            if particle_at >= 0:
                next_cap[particle_at] = cap
                particle_at = -1
            if cap:
                toks.append(_Tok(s, e, word))
            elif word in particles:
                particle_at = len(toks)
                toks.append(_Tok(s, e, word))
            continue
        # an apostrophe: an elided article before the word, or a possessive after it
        pieces: list[tuple[int, int, str]] = []
        elision = _ELISION.match(word)
        if elision:  # "L'ambassadeur", "d'Indonésie": the article is not part of the word
            pieces.append((s, s + elision.end(), word[: elision.end()]))
            s, word = s + elision.end(), word[elision.end() :]
        if word.endswith(("'s", "’s")) and len(word) > 2:
            pieces.append((s, e - 2, word[:-2]))
            pieces.append((e - 2, e, "'s"))  # a possessive ends a name
        else:
            pieces.append((s, e, word))
        for ps, pe, pw in pieces:
            cap = pw[:1].isupper()
            if particle_at >= 0:
                next_cap[particle_at] = cap
                particle_at = -1
            if cap or pw in particles:
                if pw in particles:
                    particle_at = len(toks)
                toks.append(_Tok(ps, pe, pw))
    out: list[_Run] = []
    cur: list[_Tok] = []
    # a quoted nickname inside a name ("Jesus Crispin “Boying” Remulla"): skipped, the run goes on
    nicknames = _nicknames(text, start, end)
    bridge = False
    for i, t in enumerate(toks):
        word = t.text
        if (
            word[0].isupper()
            and (not _is_acronym(word) or (cur and word in _GENERATION_SUFFIXES))
            and not (word in dotted and _dotted_rank(text, t, end))
        ):
            if cur and t.start in nicknames:
                bridge = True
                continue
            if cur and not bridge and text[cur[-1].end : t.start] not in (" ", "\u00a0"):
                abbreviated = _initial(cur) or cur[-1].text in names.abbreviated_given
                if not (abbreviated and text[cur[-1].end : t.start] in (". ", ".\u00a0")):
                    _flush(cur, g, names, out)
                    cur = []
            bridge = False
            cur.append(t)
        elif _initials_at(toks, i, text, g):  # "AKP Mochtan", "BJ Habibie": initials open a name
            _flush(cur, g, names, out)
            cur = [t]
        elif (
            word in particles
            and cur
            and text[cur[-1].end : t.start] in (" ", "\u00a0")
            and next_cap.get(i, False)
        ):
            cur.append(t)
        elif cur:
            _flush(cur, g, names, out)
            cur = []
            bridge = False
    if cur:
        _flush(cur, g, names, out)
    return out


# "Carlos Dominguez III": a generation written in capitals ends a name, it is no acronym
_GENERATION_SUFFIXES = frozenset({"II", "III", "IV"})


def _nicknames(text: str, start: int, end: int) -> set[int]:
    """Where a quoted nickname starts in text[start:end] (no quote, no search)."""
    if not any(text.find(q, start, end) >= 0 for q in "“\"‘"):
        return set()
    return {m.start(1) for m in _NICKNAME.finditer(text, start, end)}


def _flush(toks: list[_Tok], g: _Grammar, names: _Names, out: list[_Run]) -> None:
    """One run of capitalised words, without its trailing particles, split at stop words; the
    parts go to `out`, with whether they touch organisation or place words."""
    while toks and toks[-1].text in names.particles:
        toks.pop()
    part: list[_Tok] = []
    org_before = False
    lead: _Tok | None = None
    for i, t in enumerate(toks):
        bare = t.text.rstrip(_APOS)
        if not part and lead is None and (bare in g.leading) and not _family_led(toks, t):
            lead = t
            continue
        compound = "-" in bare and _compound_stop(bare, g)
        if (bare in g.stop or t.text in g.stop or compound) and not _post_in_name(toks, i, part, g, names):
            if part:
                org = bare in names.never_words or compound
                out.append(_Run(part, org_before or org, lead, org_after=org))
            part, lead = [], None
            org_before = bare in names.never_words or compound
            continue
        part.append(t)
    if part:
        out.extend(_split_at_honorific(_Run(part, org_before, lead)))


def _post_in_name(toks: list[_Tok], i: int, part: list[_Tok], g: _Grammar, names: _Names) -> bool:
    """toks[i] is a post word that is a given name here: between two name words ("Tiong King Sing")."""
    if toks[i].text not in names.posts_also_names or not part or i + 1 >= len(toks):
        return False
    after = toks[i + 1].text.rstrip(_APOS)
    return after not in g.stop and after[:1].isupper() and part[-1].text.rstrip(_APOS) not in g.stop


# a capitalised word in quotes between two name words, spaced on both sides
# (it opens on the quote, which the engine finds fast, and looks back for the word and space)
_NICKNAME = re.compile(rf"[“\"‘](?<=\w\s.)({CAP}{LET}*)[”\"’]\s(?={CAP})")
_NICKNAME_IN_NAME = re.compile(r"\s[“\"‘][^”\"’\s]+[”\"’](?=\s)")


_ARTICLE_END = re.compile(r"(?:^|\s)(?:the|of|an?|le|la|les|du|des|de|l['’])\s*$", re.IGNORECASE)


def _initials_at(toks: list[_Tok], i: int, text: str, g: _Grammar) -> bool:
    """toks[i] is a name's initials in capitals before one family name ("AKP Mochtan"): two or
    three letters, then one capitalised word and no more; no article before (an acronym
    after "the" or "de l'" names a body), and neither a post ("PM") nor a known word."""
    word = toks[i].text
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper() and i + 1 < len(toks)):
        return False
    nxt = toks[i + 1]
    if not nxt.text[:1].isupper() or _is_acronym(nxt.text) or text[toks[i].end : nxt.start] != " ":
        return False
    if nxt.text in g.stop or word in g.stop or word in g.rules.POST_ABBREVIATIONS:
        return False
    if i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and text[nxt.end : toks[i + 2].start] == " ":
        return False
    return _ARTICLE_END.search(text, max(0, toks[i].start - 8), toks[i].start) is None


def _initial(cur: list[_Tok]) -> bool:
    """The run ends with a middle initial after a given name ("Ferdinand R." Marcos)."""
    last = cur[-1].text
    return len(cur) >= 2 and len(last) == 1 and last.isupper()


def _name_text(text: str, run: _Run) -> str:
    """The name as written, without a quoted nickname."""
    name = text[run.start : run.end]
    if "“" in name or '"' in name or "‘" in name:
        name = _NICKNAME_IN_NAME.sub("", name)
    return name


def _split_at_honorific(run: _Run) -> list[_Run]:
    """A run with a name-opening honorific inside it ("Police Tan Sri Abdul Hamid"): the name
    starts at the honorific; what comes before it is a run of its own (a title's last words)."""
    names = _names()
    toks = run.toks
    if toks[0].text in names.chain_honorifics or _honorific_at(toks, 0):
        return [run]  # "Tengku Datuk Seri Zafrul": one chain of honorifics, stripped later
    for i in range(1, len(toks) - 1):
        n = _honorific_at(toks, i)
        if n and fold(" ".join(t.text for t in toks[i : i + n])) in names.opening_honorifics:
            return [_Run(toks[:i], run.org_adjacent, run.lead, org_after=True), _Run(toks[i:])]
    return [run]


def _dotted_rank(text: str, tok: _Tok, end: int) -> bool:
    """An abbreviated rank or title with its stop before a name ("Gen. Tea Banh", "Mr. Pan")."""
    names = _names()
    if tok.text not in names.dotted or _STOP_CAP.match(text, tok.end, end) is None:
        return False  # "Gen" without its stop, or a stop that closes the text
    if tok.text not in names.dotted_name_words:
        return True
    # "Hun Sen. Talks followed": a name part; "Sen. Lt. Gen. X", "welcomed Sen. X": a rank
    nxt = _STOP_WORD_STOP.match(text, tok.end, end)
    if nxt and nxt.group(1) in names.dotted:
        return True
    return _CAPWORD_SPACE_END.search(text, max(0, tok.start - 40), tok.start) is None


_STOP_CAP = re.compile(rf"\.\s+{CAP}")
_STOP_WORD_STOP = re.compile(r"\.\s+(\w+)\.")
_CAPWORD_SPACE_END = re.compile(rf"{CAP}{LET}*\s+$")


def _compound_stop(word: str, g: _Grammar) -> bool:
    """A hyphenated word one of whose parts is never a name part ("ASEAN-Vietnam", "Vietnam-Laos")."""
    if "-" not in word:
        return False
    names = _names()
    return any(p in g.stop or p in names.never_words or _is_acronym(p) for p in word.split("-") if p)


def _family_led(toks: list[_Tok], tok: _Tok) -> bool:
    """A sentence word that is also a family name ("Le") leads a Vietnamese name."""
    names = _names()
    if fold(tok.text) not in names.family:
        return False
    rest = [t for t in toks if t.start > tok.start][:3]
    return len(rest) >= 2 and all(names.syllable.match(fold(t.text)) for t in rest)


def _strip_honorifics(run: _Run, text: str) -> _Run:
    names = _names()
    toks = run.toks
    # "Tengku Datuk Seri Zafrul": a name prefix that opens a chain of honorifics goes with them
    if len(toks) > 2 and toks[0].text in names.chain_honorifics and _honorific_at(toks, 1) > 0:
        toks = toks[1:]
    while len(toks) > 1:
        n = _honorific_at(toks, 0)  # "Dato'" : the apostrophe is part of the token
        if not n:
            break
        toks = toks[n:]
    return _Run(toks, run.org_adjacent, run.lead, run.org_after)


def _honorific_at(toks: list[_Tok], i: int) -> int:
    """Number of tokens of the longest honorific starting at toks[i] and followed by a token
    (0 if none). The first of the honorifics, longest first, whose words fold like the tokens'."""
    names = _names()
    if i >= len(toks) or fold(toks[i].text) not in names.honorific_prefixes:
        return 0
    best: tuple[int, int] | None = None  # (rank, size)
    for n in names.honorific_sizes:
        if i + n >= len(toks):
            break
        r = names.honorific_rank.get((n, fold(" ".join(t.text for t in toks[i : i + n]))))
        if r is not None and (best is None or r < best[0]):
            best = (r, n)
    return best[1] if best else 0


def _vietnamese_shape(toks: list[_Tok]) -> bool:
    names = _names()
    if not 2 <= len(toks) <= 4:
        return False
    if fold(toks[0].text) not in names.family:
        return False
    return all(names.syllable.match(fold(t.text)) or fold(t.text) in names.family for t in toks[1:])


# --- titles -----------------------------------------------------------------------------------


@dataclass
class _Role:
    start: int
    end: int
    text: str


def _title_before(g: _Grammar, text: str, seg_start: int, name_start: int) -> _Role | None:
    lo = max(seg_start, name_start - 300)
    window = text[lo:name_start]
    m = g.title_before.search(window)
    if not m:
        return None
    if m.group("br") and not _BRACKETED_NAME.match(text, name_start):
        return None  # "director-general (Policy and Planning)": a division, not a name
    s, e = lo + m.start("t"), lo + m.end("t")
    return _Role(s, e, text[s:e])


def _title_after(g: _Grammar, text: str, name_end: int, seg_end: int) -> _Role | None:
    m = _APPOSITION_COMMA.match(text, name_end, seg_end)
    if m:
        pos = m.end()
    else:  # "X as Chairman of ADMM", "X en tant que président de ..."
        links = getattr(g.rules, "APPOSITION_LINKS", ())
        link = next((w for w in links if text.startswith(w, name_end)), None)
        if link is None:
            return None
        pos = name_end + len(link)
    # "X, who is also head of ...": a relative clause that only states a post is an apposition
    for lead in getattr(g.rules, "APPOSITION_RELATIVES", ()):
        if text.startswith(lead, pos):
            pos += len(lead)
            break
    for lead in ("also ", "également ", "the ", "now "):
        if text.startswith(lead, pos):
            pos += len(lead)
    t = g.title_at.match(text, pos, seg_end)
    if not t and m and g.owner is not None:  # "X, Standard Chartered's regional CEO for ..."
        own = g.owner.match(text, pos, seg_end)
        if own:
            t = g.title_at.match(text, own.end(), seg_end)
            pos = own.end() if t else pos
    if not t or t.start() != pos:
        return None
    end = t.end()
    rest = text[end:seg_end]
    # the title of the next person ("X, Minister of Trade Y"): not an apposition
    nxt = _next_name_re().match(rest)
    if nxt and not _ACRONYM_OR_PAREN.match(rest):
        return None
    # extend to the closing comma when the grammar stopped short inside a long body name
    comma = rest.find(",")
    if comma > 0 and not _CLAUSE_END.search(rest, 0, comma) and len(rest[:comma].split()) <= 12:
        if not _RELATIVE.match(rest):
            end += comma
    end = len(text[:end].rstrip())
    return _Role(pos, end, text[pos:end])


# precompiled: these run for every name (string patterns go through re's cache, and hashing the
# long honorific pattern on each call costs more than the match)
# at least two words: "Minister of Foreign Affairs (Menlu)" is a short name of the post
_BRACKETED_NAME = re.compile(rf"(?:{CAP}[\w'’.-]*\s+){{1,6}}{CAP}[\w'’.-]*\)")
_APPOSITION_COMMA = re.compile(r"\s*(?:\([^()]{1,25}\)\s*)?,\s*")
_ACRONYM_OR_PAREN = re.compile(r"\s+(?:[A-Z]{2,}|\()")
_CLAUSE_END = re.compile(r"[.;:!?]")
_RELATIVE = re.compile(r"\s*(?:who|which|whose|qui|dont|où|a|est|has|is|was|said|a-t-il)\b")


@cache
def _next_name_re() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_names().honorific_re.pattern})?{CAP}")


def _posts(g: _Grammar, role: _Role) -> tuple[list[TitleMention], str | None, bool, bool]:
    """Split a title phrase into single posts; (titles, country, asean_official, rank_only)."""
    cuts = [0]
    for m in g.split.finditer(role.text):
        # "Education and Culture Minister": a left part with no post of its own names the
        # portfolio of the post on its right; it is not a title
        if not g.head.match(role.text[cuts[-1] : m.start()]):
            continue
        cuts.extend([m.start(), m.end()])
    cuts.append(len(role.text))
    titles: list[TitleMention] = []
    country: str | None = None
    asean = False
    ranks_only = True
    for i in range(0, len(cuts), 2):
        a, z = cuts[i], cuts[i + 1]
        piece = role.text[a:z]
        h = g.head.match(piece)
        if not h:
            continue
        post_key = fold(h.group("p"))
        c: str | None = None
        s_off, e_off, cut = 0, len(piece.rstrip()), None
        if post_key in g.org_posts:
            # the body may name a country ("chef de SOM ASEAN du Laos"): keep the text whole
            cm = g.country_any.search(piece)
            c = _code(g, cm.group("c")) if cm else None
        else:
            lead = g.country_lead.match(piece)
            if lead and h.group("q"):
                c = _code(g, lead.group("c"))
                s_off = lead.end()
            after = g.country_after_post.match(piece, h.end("pm"))
            if after and after.group("c"):  # "ministre laotien des Affaires étrangères"
                c = c or _code(g, after.group("c"))
                cut = (after.start(), after.end())
            # "ambassadeur du Vietnam en Thaïlande": the post is held in Thailand and serves
            # Vietnam; the text stays whole since the posting is part of the title
            posting = g.posting.search(piece, s_off)
            body = piece[: posting.start()] if posting else piece
            trail = g.country_trail.search(body, s_off)
            if trail and (cut is None or trail.start() >= cut[1]):  # "... du Laos"
                c = c or _code(g, trail.group("c"))
                if not posting:
                    e_off = trail.start()
            if c is None:  # "secrétaire général du ministère malaisien des Affaires étrangères"
                bc = g.body_country.search(piece, h.end("p"))
                c = _code(g, bc.group("c")) if bc else None
        text = piece[s_off:e_off] if cut is None else piece[s_off : cut[0]] + piece[cut[1] : e_off]
        if g.asean_post.fullmatch(piece.strip()) and not c:
            asean = True
        country = country or c
        if post_key in g.introducers:
            continue
        if post_key not in g.ranks:
            ranks_only = False
        titles.append(TitleMention(Span(role.start + a + s_off, role.start + a + e_off), text.strip(), c))
    return titles, country, asean, ranks_only


# --- the engine -------------------------------------------------------------------------------


@dataclass
class _Found:
    span: Span
    name: str
    titles: list[TitleMention]
    country: str | None
    role: str | None
    asean: bool = False
    titled: bool = False
    short_candidate: bool = False  # a single word after a title: may shorten an earlier name
    weak: bool = False  # a single word that must shorten an earlier name to be kept


def _segments(article: Article) -> list[Span]:
    # an article read without the pipeline's cleaning (rule examples): its sentences made here
    segs = list(article.sentences) or split_sentences(article.text, article.lang)
    for c in article.captions:
        if not any(s.contains(c) for s in segs):
            segs.append(c)
    return sorted(segs, key=lambda s: s.start)


def _title_case(text: str, seg: Span) -> bool:
    """A headline-style segment: (nearly) every longer word capitalised."""
    words = [w for w in re.findall(rf"{LET}+", text[seg.start : seg.end]) if len(w) > 3]
    if len(words) < 4:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _lower_elsewhere(text: str, word: str) -> bool:
    """`word` also occurs in lower case, as a word of the language ("attends", "meets")."""
    low = word.lower()
    return low != word and low in text and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


def _known(name: str) -> Any:
    try:
        return _knowledge.person(name)
    except Exception:  # noqa: BLE001 - a missing people.yaml must not stop extraction
        return None


def _context_country(g: _Grammar, text: str, seg: Span) -> str | None:
    m = g.context.search(text, seg.start, seg.end)
    if not m:
        return None
    form = m.group("c") or m.group("n")
    return _code(g, form) if form else None


def find_people(article: Article) -> list[PersonMention]:
    """Every mention of a person in `article`, in text order (see module docstring)."""
    g = _grammar(article.lang)
    if g is None:
        return []
    text = article.text
    places = [p.span for p in article.places if p.kind in ("city", "province", "country", "venue")]
    found: list[_Found] = []
    pending: list[tuple[_Run, Span]] = []  # runs that may be repeats or short forms
    names = _names()
    seen: set[tuple[int, int]] = set()
    segments = _segments(article)
    for seg in segments:
        for raw in _runs(text, seg.start, seg.end, g):
            if (raw.start, raw.end) in seen:  # a caption that overlaps a sentence: read once
                continue
            seen.add((raw.start, raw.end))
            run = _strip_honorifics(raw, text)
            if len(run.toks) > 6:
                continue
            span = Span(run.start, run.end)
            if any(p.overlaps(span) for p in places) and not _vietnamese_shape(run.toks):
                continue
            before = _title_before(g, text, seg.start, raw.start)
            if raw.lead is not None and fold(raw.lead.text) in names.family and run.toks == raw.toks:
                lead_title = _title_before(g, text, seg.start, raw.lead.start)
                if lead_title is not None:  # "General Secretary To Lam": "To" is the family name
                    raw = _Run([raw.lead, *raw.toks], raw.org_adjacent, org_after=raw.org_after)
                    before = lead_title
                    run, span = raw, Span(raw.start, raw.end)
            if before is None and len(run.toks) >= 3:
                # "ministre de la Smurferie Phan Van Giang": an unknown portfolio word leads the run
                # "... and Rural Development Le Minh Hoan": a cut before a portfolio word leaves
                # the title's last word in the name; a later cut is tried first
                cut: tuple[_Role, int] | None = None
                for i in (1, 2, 3):
                    if len(run.toks) - i < 2:
                        break
                    cand = _title_before(g, text, seg.start, run.toks[i].start)
                    if cand and cand.end > run.start - 1:
                        cut = cut or (cand, i)
                        if run.toks[i].text not in g.portfolio:
                            cut = (cand, i)
                            break
                if cut is not None:
                    before, run = cut[0], _Run(run.toks[cut[1] :], run.org_adjacent, org_after=run.org_after)
                    span = Span(run.start, run.end)
            after = _title_after(g, text, run.end, seg.end)
            name = _name_text(text, run)
            key = fold(name)
            if key in names.never_names:
                continue
            known = _known(name)
            if run.org_after and known is None:  # "Malaysian Maritime Enforcement Agency"
                continue
            shaped = _vietnamese_shape(run.toks)
            if before is None and after is None:
                # "H.E. Sok Siphana", "Mme Dewi Kartika": an honorific announces a person
                honored = len(run.toks) >= 2 and (
                    len(run.toks) < len(raw.toks)
                    or g.honorific_tail.search(text, max(seg.start, raw.start - 40), raw.start) is not None
                )
                if known is not None or honored or (shaped and len(run.toks) >= 3 and not run.org_adjacent):
                    found.append(_Found(span, name, [], None, None))
                    _set_country(found[-1], g, text, seg, known, shaped, None, False)
                else:
                    pending.append((run, seg))
                continue
            titles: list[TitleMention] = []
            t_country: str | None = None
            asean = False
            roles: list[_Role] = []
            rank_before = False
            for r in (before, after):
                if r is None:
                    continue
                ts, c, a, rank_only = _posts(g, r)
                if r is before:
                    rank_before = rank_only
                titles.extend(ts)
                t_country = t_country or c
                asean = asean or a
                roles.append(r)
            if before and after:
                role = after.text if rank_before else f"{before.text}, {after.text}"
            else:
                role = roles[0].text
            if not titles:  # "his Lao counterpart X": a country, but no post
                role = None
            single = len(run.toks) == 1
            f = _Found(span, name, titles, None, role, asean, True, short_candidate=single)
            # "State Counsellor Attends 20th ...": in a headline every word is capitalised, and a
            # word also written in lower case in the article is a word, not a name
            f.weak = single and known is None and (_title_case(text, seg) or _lower_elsewhere(text, name))
            _set_country(f, g, text, seg, known, shaped, t_country, asean)
            found.append(f)
    return _resolve(found, pending, text, _caption_spans(article, g, segments))


@cache
def _caption_marker(pattern: str) -> tuple[re.Pattern[str], Needs]:
    return re.compile(pattern), required_literals(pattern)


def _caption_spans(article: Article, g: _Grammar, segs: list[Span]) -> list[Span]:
    """The article's captions, and sentences that carry a photo credit the cleaner left inline."""
    marker = getattr(g.rules, "CAPTION_MARKER", None)
    out = list(article.captions)
    if not marker:
        return out
    rx, need = _caption_marker(marker)
    if not may_match(need, article.text):
        return out  # no "Photo" anywhere: no sentence to search
    for i, s in enumerate(segs):
        m = rx.search(article.text[s.start : s.end])
        if m is None:
            continue
        out.append(s)
        if i and not article.text[s.start : s.start + m.start()].strip():  # "... (Photo: VNA)"
            out.append(segs[i - 1])
    return out


def _set_country(
    f: _Found, g: _Grammar, text: str, seg: Span, known: Any, shaped: bool, t_country: str | None, asean: bool
) -> None:
    # why this order: a title says it outright; then the registry; then the name's shape; the
    # sentence's delegation comes last because it may be someone else's
    of = g.name_country.match(text, f.span.end, seg.end) if g.name_country is not None else None
    if asean:
        f.country, f.asean = None, True
    elif t_country:
        f.country = t_country
    elif of is not None and _code(g, of.group("c")):  # "H.E. X of Lao PDR"
        f.country = _code(g, of.group("c"))
    elif known is not None and getattr(known, "country", None):
        f.country = known.country
    elif shaped:
        f.country = "VN"
    else:
        f.country = _context_country(g, text, seg)


def _one_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("sokhon" / "sokhonn")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _variants(
    people: dict[str, _Found], vietnamese: set[str], captions: list[Span], text: str
) -> dict[str, str]:
    """Spellings of one name in one article: all parts equal but one, one letter apart."""
    names = _names()
    keys = list(people)
    alias: dict[str, str] = {}
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            pa, pb = a.split(), b.split()
            if len(pa) != len(pb) or len(pa) < 2:
                continue
            diff = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
            if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 4 or not _one_apart(*diff[0]):
                continue
            if (a in vietnamese or b in vietnamese) and all(names.syllable.match(w) for w in diff[0]):
                continue  # "Minh" / "Ninh": two Vietnamese names, not a typo
            # why: a caption is written in haste; the body's spelling wins, then the more frequent
            # one, then the first one
            def rank(k: str) -> tuple[bool, int, int]:
                f = people[k]
                in_caption = any(c.contains(f.span) for c in captions)
                count = len(re.findall(rf"(?<!\w){re.escape(f.name)}(?!\w)", text))
                return (in_caption, -count, f.span.start)

            keep, drop = sorted((a, b), key=rank)
            alias.setdefault(drop, keep)
    for k in list(alias):  # no chains
        seen = {k}
        while alias[k] in alias and alias[k] not in seen:
            seen.add(alias[k])
            alias[k] = alias[alias[k]]
        if alias[k] == k:
            del alias[k]
    return alias


def _resolve(
    found: list[_Found], pending: list[tuple[_Run, Span]], text: str, captions: list[Span] | None = None
) -> list[PersonMention]:
    """Order mentions, mark repeats and short forms, drop what shortens nobody (or two people)."""
    found.sort(key=lambda x: x.span.start)
    people: dict[str, _Found] = {}  # folded full name -> first full mention
    for f in found:
        if not f.short_candidate:
            people.setdefault(fold(f.name), f)
    vietnamese = {k for k, f in people.items() if _vietnamese_shape([_Tok(0, 0, w) for w in f.name.split()])}
    alias: dict[str, str] = {}  # folded full name -> the folded full name it stands for

    def referents(words: list[str], at: int) -> set[str]:
        want = [fold(w) for w in words]
        n = len(want)
        hits = set()
        for k, f in people.items():
            parts = k.split()
            if f.span.start >= at or n >= len(parts):
                continue
            if k in vietnamese:  # the given name used alone: "Son", "Viet", "PM Chinh"
                ok = parts[-n:] == want
            else:  # any part of other names: "Widodo", "Sonexay"
                ok = any(parts[i : i + n] == want for i in range(len(parts) - n + 1))
            if ok:
                hits.add(k)
        return hits

    alias.update(_variants(people, vietnamese, captions or [], text))
    # a name cut by the end of a truncated text ("... ministre des Affaires étrangères, Bui Thanh")
    tail = len(text.rstrip())
    for k, f in people.items():
        if f.span.end >= tail and k not in alias:
            hits = {h for h, o in people.items() if o.span.start < f.span.start and h.startswith(k + " ")}
            if len(hits) == 1:
                alias[k] = hits.pop()
    for k, f in people.items():
        if k not in alias and len(k.split()) >= 2:
            hits = {alias.get(h, h) for h in referents(k.split(), f.span.start)} - {k}
            if len(hits) == 1:  # "Sok Chenda" after "Sok Chenda Sophea"
                alias[k] = hits.pop()

    out: list[tuple[_Found, str | None]] = []
    for f in found:
        if not f.short_candidate:
            out.append((f, None))
            continue
        hits = {alias.get(h, h) for h in referents([f.name], f.span.start)}
        if len(hits) == 1:
            out.append((f, hits.pop()))
        elif not hits and not f.weak:  # "President Widodo" with no earlier full name: a person all the same
            people.setdefault(fold(f.name), f)
            out.append((f, None))
    for run, _seg in pending:
        name = _name_text(text, run)
        key = fold(name)
        if key in people and len(run.toks) >= 2:  # the full name again, without its title
            f = people[key]
            out.append((_Found(Span(run.start, run.end), name, [], f.country, None, f.asean), None))
            continue
        if len(run.toks) > 2:
            continue
        hits = {alias.get(h, h) for h in referents([t.text for t in run.toks], run.start)}
        if len(hits) == 1:
            out.append((_Found(Span(run.start, run.end), name, [], None, None), hits.pop()))
    out.sort(key=lambda x: x[0].span.start)
    # a full name that is a variant of another ("Prak Sokhon" / "Prak Sokhonn") or a part of an
    # earlier one becomes a short form of it; short forms follow the same way
    entries: list[tuple[_Found, str | None, bool]] = []
    for f, ref in out:
        key = fold(f.name)
        if ref is None and key in alias:
            entries.append((f, alias[key], True))
        else:
            entries.append((f, alias.get(ref, ref) if ref is not None else None, False))
    full_keys = {fold(f.name) for f, ref, _ in entries if ref is None}
    entries = [e for e in entries if e[1] is None or e[1] in full_keys]
    first_index: dict[str, int] = {}
    for i, (f, ref, _) in enumerate(entries):
        if ref is None:
            first_index.setdefault(fold(f.name), i)
    result = [
        PersonMention(f.span, f.name, f.titles, f.country, f.role)
        if ref is None
        else PersonMention(f.span, f.name, f.titles, None, f.role, short=True, refers_to=first_index[ref])
        for f, ref, _ in entries
    ]
    for (f, _ref, merged), p in zip(entries, result, strict=True):
        if p.refers_to is None:
            continue
        target = result[p.refers_to]
        # a variant's or a short form's titles are the person's too (spans unchanged): "Viet, who
        # is also head of the SOM delegation" gives Do Hung Viet that post
        have = {fold(t.text) for t in target.titles}
        target.titles = target.titles + [t for t in f.titles if fold(t.text) not in have]
        if merged:  # and a variant's country and role
            target.country = target.country or f.country
            if target.role is None:
                target.role = f.role
    for p in result:
        if p.refers_to is not None:
            p.country = result[p.refers_to].country
    return result
