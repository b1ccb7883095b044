"""Stories: the same wire story on several sites, with small edits, is one story.

Each document gets a MinHash signature of its word 5-shingles (datasketch), kept in the store;
documents whose estimated Jaccard similarity reaches THRESHOLD are one story cluster. The
clusters are recomputed from the signatures, so they do not depend on arrival order, and a
cluster is named after its earliest document id. A near-duplicate stays a document of its own
(it is a source), but the record counts the story once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 4
THRESHOLD = 0.6  # copies with a new dateline or sign-off stay above; other stories fall far below (< 0.1)
SCHEME = "affine32"  # datasketch's default hashing scheme; named so stored signatures stay comparable
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams of the text, case and accents folded."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of a text, as plain integers (JSON-storable)."""
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return [int(v) for v in m.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    return float(np.mean(np.array(a, dtype=np.uint64) == np.array(b, dtype=np.uint64)))


def clusters(signatures: Iterable[tuple[str, list[int]]], threshold: float = THRESHOLD) -> dict[str, str]:
    """doc id -> story id (the smallest doc id of its cluster)."""
    items = sorted((doc, sig) for doc, sig in signatures if sig)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = {doc: doc for doc, _ in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    row = {doc: i for i, (doc, _) in enumerate(items)}
    matrix = np.array([sig for _, sig in items], dtype=np.uint64)
    for doc, _sig in items:
        lean = LeanMinHash(seed=1, hashvalues=matrix[row[doc]], scheme=SCHEME)
        # LSH proposes candidates; the estimate decides, for those not already in the cluster.
        candidates = [other for other in lsh.query(lean) if find(other) != find(doc)]
        if candidates:
            rows = matrix[[row[c] for c in candidates]]
            agree = (rows == matrix[row[doc]]).mean(axis=1)
            for other, value in zip(candidates, agree, strict=True):
                if value >= threshold:
                    a, b = find(doc), find(other)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        lsh.insert(doc, lean)
    return {doc: find(doc) for doc, _ in items}
