"""Language of a text from function-word frequencies: "fr", "en" or "other".

No model: news prose is dense in articles, prepositions and pronouns, so counting a few
dozen of them per language is reliable even on a short phrase. Indonesian/Malay, Vietnamese
and a few other languages have their own lists so that they are recognised as "other" rather
than defaulting to whichever of fr/en scores a stray hit.
"""

from __future__ import annotations

import re

# "a" (fr "has", en article) and "son" (fr "his", a common Vietnamese name) are left out: they
# would vote for the wrong language.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """le la les un une des du de d l au aux et ou est sont ont été être dans pour sur avec
        par qui que qu ne pas plus ce cette ces il elle ils elles sa ses leur leurs se s en
        à y nous vous lors selon entre sous vers après avant aussi ainsi dont où mais très
        janvier février mars avril mai juin juillet août septembre octobre novembre décembre
        lundi mardi mercredi jeudi vendredi samedi dimanche""".split()
    ),
    "en": frozenset(
        """the of and to in is are was were be been an for on with at by from that this these
        those it its as has have had will would said which who their they he she his her not
        but or also into than after before during while january february march april june july
        august september october november december monday tuesday wednesday thursday friday
        saturday sunday""".split()
    ),
    # "other" languages that share a script with fr/en and appear in ASEAN news
    "id": frozenset(
        """yang dan di ke dari pada untuk dengan ini itu akan dalam tidak adalah oleh juga telah
        bahwa sebagai kami mereka para pertemuan menteri negara kerja sama antara""".split()
    ),
    "vi": frozenset(
        """và của các là được có trong cho với những đã này một không người tại về từ đến
        năm hội nghị việt nam bộ trưởng ngày tháng theo cũng""".split()
    ),
    "es": frozenset("el los las del y en que por con para una es se lo su al como".split()),
    "de": frozenset("der die das und ist nicht mit den dem ein eine zu von auf für sich".split()),
}

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# Vietnamese-only letters: a text full of them is Vietnamese whatever words it shares.
_VI_LETTERS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def scores(text: str) -> dict[str, float]:
    """Share of tokens that are function words of each language."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if not tokens:
        return {lang: 0.0 for lang in FUNCTION_WORDS}
    return {
        lang: sum(1 for t in tokens if t in words) / len(tokens) for lang, words in FUNCTION_WORDS.items()
    }


def identify(text: str) -> str:
    """ "fr", "en" or "other"."""
    sample = text[:5000]  # the head of an article is plenty, and keeps this fast
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters and len(_VI_LETTERS.findall(sample)) / letters > 0.03:
        return "other"
    sc = scores(sample)
    best = max(sc, key=lambda k: sc[k])
    if sc[best] == 0.0:
        return "other"
    if best not in ("fr", "en"):
        return "other"
    # A tie between fr and en (a bare "a"/"en"...) says nothing.
    other = sc["en" if best == "fr" else "fr"]
    if sc[best] == other:
        return "other"
    return best
