"""Speakers of the corpus: one person or organisation across every article that quotes it.

Each article resolves its own speakers (``Article.speakers``); the store links each of
them to a *corpus speaker*. Linking works on a normalised **name key**:

* accents and case are folded, possessives and punctuation dropped;
* for people, titles before the name are dropped ("Russian Foreign Minister Sergei Lavrov"
  -> "Sergei Lavrov"), using the packaged ``titles.txt`` lexicon;
* Latin transliterations of Russian (and other Cyrillic) names are folded, because wire
  copy spells the same person several ways: Sergey/Sergei, Dmitry/Dmitriy/Dmitrii,
  Yevgeny/Evgeny, Zakharova/Zakharova, Alexei/Aleksey.

An article speaker whose key equals a known alias key joins that corpus speaker at ingest.
Fuzzier identities are **merges**, made by :func:`auto_merge` after each batch (a bare
surname "Lavrov" joins the only full name with that surname; "S. Lavrov" the only
"S…" Lavrov; "Sergei Viktorovich Lavrov" the "Sergei Lavrov") or by hand with
:func:`merge_speakers`. Every merge is logged with its reason and can be undone with
:func:`unmerge`. Anonymous sources, groups and documents ("a source", "Western partners",
"the report") are never merged across articles: two articles' "officials" are not the
same people.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from ..errors import ConflictError, NotFoundError, StoreError
from ..lexicon import pronouns, titles
from .db import now

#: speaker types that may be the same entity in two articles
MERGEABLE_TYPES = frozenset({"person", "organisation", "unknown"})
_PERSONISH = frozenset({"person", "unknown"})

#: small words inside multi-word titles ("Secretary of State", "Minister for Europe")
_TITLE_LINKS = frozenset({"of", "for", "on", "at", "to", "in", "and", "the", "de"})
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Title words without their full stop ("sen", "senator", "mr")."""
    return frozenset(word.rstrip(".") for word in titles())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Folds of Latin transliterations of Russian names, applied to each lower-cased token in
# order. Each encodes a spelling choice that differs between transliteration systems
# (BGN/PCGN, ISO 9, Library of Congress, wire-service habit).
_TRANSLIT_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ye"), "e"),  # Yevgeny / Evgeny, Yeltsin / Eltsin
    (re.compile(r"kh"), "h"),  # Zakharova / Zaharova, Mikhail / Mihail
    (re.compile(r"ks"), "x"),  # Aleksey / Alexei
    (re.compile(r"(?:yu|iu)"), "ju"),  # Yulia / Julia, Ilyushin / Iliushin
    (re.compile(r"(?:iya|ya|ia)$"), "ia"),  # Mariya / Maria, Nebenzya / Nebenzia
    (re.compile(r"(?<=.)(?:ya|ia)"), "ja"),  # Ilyasov / Iliasov
    (re.compile(r"tz"), "ts"),  # Kravetz / Kravets
    (re.compile(r"^w"), "v"),  # Wladimir / Vladimir
    (re.compile(r"(?:ey|ei|ej)$"), "ej"),  # Sergey / Sergei / Sergej, Alexey / Alexei
    (re.compile(r"(?:iy|ii|yi|ij|y)$"), "i"),  # Dmitry / Dmitriy / Dmitrii, Yuriy / Yury
    (re.compile(r"([a-z])\1"), r"\1"),  # Vassily / Vasily, Gennady / Genady
)


def fold_token(token: str) -> str:
    """One lower-case name token with transliteration variants folded ("sergey" -> "sergej")."""
    if not token.isascii():
        return token
    for pattern, repl in _TRANSLIT_FOLDS:
        token = pattern.sub(repl, token)
    return token


def _words(name: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", _strip_accents(name)))


def person_name(name: str) -> str:
    """The personal name in a speaker string: the trailing capitalised words after any title.

    "Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"; "Mr. Putin" -> "Putin".
    Returns the whole string when it has no capitalised trailing words.
    """
    words = _words(name)
    title_words = _titles()
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() in title_words or not word[:1].isupper():
            break
        if kept and i > 0 and words[i - 1] in _TITLE_LINKS:
            break  # "Secretary of State John Kerry": "State" belongs to the title before it
        kept.append(word)
    if not kept:
        return " ".join(words)
    return " ".join(reversed(kept))


@lru_cache(maxsize=65536)
def name_key(name: str, type: str = "person") -> str:
    """The normalised key under which two spellings of one name meet.

    ``name_key("Russian Foreign Minister Sergei Lavrov") == name_key("Sergey Lavrov")
    == "sergej lavrov"``: lower case, accents and punctuation gone, titles dropped for
    people, transliteration variants folded.
    """
    if type in _PERSONISH:
        name = person_name(name)
    words = [w.lower() for w in _words(name)]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(fold_token(w) for w in words)


def is_proper_name(name: str) -> bool:
    """Whether a speaker string names someone ("Lavrov", "TASS") rather than "he" or "officials"."""
    words = _words(name)
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    forms = pronouns()
    return any(w[:1].isupper() and w.lower() not in forms for w in words)


def _surname(key: str, type: str) -> str | None:
    if type not in _PERSONISH or not key:
        return None
    return key.split()[-1]


@dataclass(frozen=True, slots=True)
class Link:
    """How an article speaker was linked to a corpus speaker, and why."""

    speaker_id: int
    reason: str
    created: bool


def root(conn: sqlite3.Connection, speaker_id: int) -> int:
    """The live corpus speaker that ``speaker_id`` is (following merges)."""
    seen = set()
    current = speaker_id
    while True:
        row = conn.execute("SELECT merged_into FROM speakers WHERE id = ?", (current,)).fetchone()
        if row is None:
            raise NotFoundError(f"no speaker {speaker_id}")
        if row[0] is None or current in seen:
            return current
        seen.add(current)
        current = int(row[0])


def _types_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return "unknown" in (a, b) and a in MERGEABLE_TYPES and b in MERGEABLE_TYPES


def _create(conn: sqlite3.Connection, name: str, key: str, type: str) -> int:
    if type in _PERSONISH and is_proper_name(name):
        name = person_name(name)
    cur = conn.execute(
        "INSERT INTO speakers(name, key, surname, type, created_at) VALUES (?, ?, ?, ?, ?)",
        (name, key, _surname(key, type), type, now()),
    )
    return int(cur.lastrowid or 0)


def _add_alias(conn: sqlite3.Connection, speaker_id: int, alias: str, key: str) -> None:
    conn.execute(
        "INSERT INTO speaker_aliases(speaker_id, alias, key, count) VALUES (?, ?, ?, 1) "
        "ON CONFLICT(speaker_id, alias) DO UPDATE SET count = count + 1",
        (speaker_id, alias, key),
    )


def link_speaker(conn: sqlite3.Connection, name: str, type: str) -> Link:
    """Find or create the corpus speaker for one article speaker called ``name``.

    Joins an existing speaker only on an equal name key (a safe identity); anything fuzzier
    is left to :func:`auto_merge`, which logs it and can be undone.
    """
    type = type if type else "unknown"
    if type not in MERGEABLE_TYPES or not is_proper_name(name):
        key = name_key(name, type)
        speaker_id = _create(conn, name, key, type)
        _add_alias(conn, speaker_id, name, key)
        return Link(speaker_id, f"kept apart: a {type} speaker ({name!r}) is not merged across articles", True)
    key = name_key(name, type)
    rows = conn.execute(
        "SELECT DISTINCT a.speaker_id, a.alias FROM speaker_aliases a WHERE a.key = ?", (key,)
    ).fetchall()
    candidates: dict[int, str] = {}
    for row in rows:
        live = root(conn, int(row[0]))
        live_type = conn.execute("SELECT type FROM speakers WHERE id = ?", (live,)).fetchone()[0]
        if _types_compatible(live_type, type):
            candidates.setdefault(live, row[1])
    if candidates:
        if len(candidates) == 1:
            speaker_id, alias = next(iter(candidates.items()))
            reason = f"name key {key!r} of {name!r} equals that of alias {alias!r}"
        else:
            counts = {
                sid: conn.execute(
                    "SELECT COUNT(*) FROM article_speakers WHERE speaker_id = ?", (sid,)
                ).fetchone()[0]
                for sid in candidates
            }
            speaker_id = max(candidates, key=lambda sid: (counts[sid], -sid))
            reason = (
                f"name key {key!r} of {name!r} is shared by {len(candidates)} speakers; "
                f"joined the most quoted one (alias {candidates[speaker_id]!r})"
            )
        _add_alias(conn, speaker_id, name, key)
        _maybe_rename(conn, speaker_id, name, key)
        return Link(speaker_id, reason, False)
    speaker_id = _create(conn, name, key, type)
    _add_alias(conn, speaker_id, name, key)
    return Link(speaker_id, f"new speaker: no speaker had the name key {key!r}", True)


def _maybe_rename(conn: sqlite3.Connection, speaker_id: int, name: str, key: str) -> None:
    """Keep the fullest name as the display name (more key words wins)."""
    row = conn.execute("SELECT key, type FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row["type"] in _PERSONISH:
        name = person_name(name)
    if len(key.split()) > len(str(row["key"]).split()):
        conn.execute(
            "UPDATE speakers SET name = ?, key = ?, surname = ? WHERE id = ?",
            (name, key, _surname(key, row["type"]), speaker_id),
        )


# -- merges ---------------------------------------------------------------------------------


def merge_speakers(
    conn: sqlite3.Connection, kept_id: int, merged_id: int, reason: str, *, automatic: bool = False
) -> int:
    """Merge corpus speaker ``merged_id`` into ``kept_id``; returns the merge's id.

    Every article speaker of the merged one moves to the kept one (statements follow), the
    merged speaker stays in the table with ``merged_into`` set, so its aliases keep pointing
    at the kept one and :func:`unmerge` can restore it. The statements' clusters are
    recomputed. Call inside a transaction.
    """
    from .clusters import recluster

    kept_id, merged_id = root(conn, kept_id), root(conn, merged_id)
    if kept_id == merged_id:
        raise ConflictError(f"speakers {kept_id} and {merged_id} are already one speaker")
    moved = [
        int(r[0]) for r in conn.execute("SELECT id FROM article_speakers WHERE speaker_id = ?", (merged_id,))
    ]
    conn.execute("UPDATE article_speakers SET speaker_id = ? WHERE speaker_id = ?", (kept_id, merged_id))
    conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (kept_id, merged_id))
    conn.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (kept_id, merged_id))
    merged = conn.execute("SELECT name, key FROM speakers WHERE id = ?", (merged_id,)).fetchone()
    _maybe_rename(conn, kept_id, merged["name"], merged["key"])
    cur = conn.execute(
        "INSERT INTO speaker_merges(kept_id, merged_id, reason, automatic, moved, merged_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (kept_id, merged_id, reason, int(automatic), json.dumps({"article_speakers": moved}), now()),
    )
    conn.execute("DELETE FROM clusters WHERE speaker_id = ? AND id NOT IN "
                 "(SELECT cluster_id FROM statements WHERE cluster_id IS NOT NULL)", (merged_id,))
    recluster(conn, [kept_id])
    return int(cur.lastrowid or 0)


def unmerge(conn: sqlite3.Connection, merge_id: int) -> None:
    """Undo a merge: the merged speaker gets back the article speakers it had.

    Article speakers linked later through one of its aliases stay with the kept speaker.
    Raises NotFoundError for an unknown merge, ConflictError for one already undone (both
    StoreErrors). Call inside a transaction.
    """
    from .clusters import recluster

    row = conn.execute("SELECT * FROM speaker_merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no merge {merge_id}")
    if row["undone_at"]:
        raise ConflictError(f"merge {merge_id} was already undone at {row['undone_at']}")
    merged_id = int(row["merged_id"])
    moved = [int(x) for x in json.loads(row["moved"])["article_speakers"]]
    conn.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (merged_id,))
    for start in range(0, len(moved), 500):
        chunk = moved[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"UPDATE article_speakers SET speaker_id = ? WHERE id IN ({marks})", (merged_id, *chunk))
        conn.execute(f"UPDATE statements SET speaker_id = ? WHERE article_speaker_id IN ({marks})", (merged_id, *chunk))
    conn.execute("UPDATE speaker_merges SET undone_at = ? WHERE id = ?", (now(), merge_id))
    recluster(conn, [root(conn, int(row["kept_id"])), merged_id])


def _compatible_given(a: list[str], b: list[str]) -> bool:
    """Given names agree: equal, or one is the initial of the other."""
    x, y = a[0], b[0]
    if x == y:
        return True
    return (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def auto_merge(conn: sqlite3.Connection, surnames: Iterable[str] | None = None) -> list[int]:
    """Merge person speakers whose names are variants of one full name; returns merge ids.

    Within each surname group (all groups, or ``surnames``): a bare surname or an initial
    ("Lavrov", "S. Lavrov") joins the one full name it fits, and full names with equal
    given name and surname ("Sergei Lavrov", "Sergei Viktorovich Lavrov") become one.
    Nothing happens when the fit is ambiguous (two Lavrovs with different given names).
    Call inside a transaction.
    """
    if surnames is None:
        surnames = [r[0] for r in conn.execute(
            "SELECT surname FROM speakers WHERE surname IS NOT NULL AND merged_into IS NULL "
            "GROUP BY surname HAVING COUNT(*) > 1")]
    merges = []
    for surname in sorted(set(surnames)):
        while True:
            merge = _one_merge_in_group(conn, surname)
            if merge is None:
                break
            merges.append(merge)
    return merges


def _one_merge_in_group(conn: sqlite3.Connection, surname: str) -> int | None:
    rows = conn.execute(
        "SELECT id, name, key, type FROM speakers WHERE surname = ? AND merged_into IS NULL "
        "AND type IN ('person', 'unknown') ORDER BY id",
        (surname,),
    ).fetchall()
    if len(rows) < 2:
        return None
    group = [(int(r["id"]), str(r["name"]), str(r["key"]).split()) for r in rows]
    full = [g for g in group if len(g[2]) >= 2 and len(g[2][0]) > 1]
    # full names with the same given name and surname are one person
    for i, (a_id, a_name, a_key) in enumerate(full):
        for b_id, b_name, b_key in full[i + 1 :]:
            if a_key[0] == b_key[0]:
                kept, merged = (a_id, b_id) if len(a_key) >= len(b_key) else (b_id, a_id)
                return merge_speakers(
                    conn, kept, merged,
                    f"same given name and surname: {a_name!r} and {b_name!r}", automatic=True,
                )
    distinct_given = {g[2][0] for g in full}
    for s_id, s_name, s_key in group:
        if len(s_key) == 1:
            if len(distinct_given) == 1 and full:
                target = full[0]
                return merge_speakers(
                    conn, target[0], s_id,
                    f"bare surname {s_name!r} fits exactly one full name in the corpus: {target[1]!r}",
                    automatic=True,
                )
        elif len(s_key[0]) == 1:
            fits = [g for g in full if _compatible_given(g[2], s_key)]
            if len({g[2][0] for g in fits}) == 1:
                target = fits[0]
                return merge_speakers(
                    conn, target[0], s_id,
                    f"initial {s_name!r} fits exactly one full name in the corpus: {target[1]!r}",
                    automatic=True,
                )
    return None


# -- reading --------------------------------------------------------------------------------


def find_speakers(conn: sqlite3.Connection, name: str) -> list[int]:
    """Live corpus speakers a user's name refers to: by alias key, else by surname."""
    ids: list[int] = []
    for type in ("person", "organisation"):
        key = name_key(name, type)
        for row in conn.execute("SELECT DISTINCT speaker_id FROM speaker_aliases WHERE key = ?", (key,)):
            live = root(conn, int(row[0]))
            if live not in ids:
                ids.append(live)
    if not ids:
        key = name_key(name, "person")
        if key and " " not in key:
            for row in conn.execute(
                "SELECT id FROM speakers WHERE surname = ? AND merged_into IS NULL", (key,)
            ):
                ids.append(int(row[0]))
    return ids


def speaker_info(conn: sqlite3.Connection, speaker_id: int) -> dict[str, Any] | None:
    """A corpus speaker with its aliases, merges (made and undone) and counts, or None."""
    row = conn.execute("SELECT * FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        return None
    members = [speaker_id] + [
        int(r[0]) for r in conn.execute(
            "WITH RECURSIVE m(id) AS (SELECT id FROM speakers WHERE merged_into = ? "
            "UNION SELECT s.id FROM speakers s JOIN m ON s.merged_into = m.id) SELECT id FROM m",
            (speaker_id,),
        )
    ]
    marks = ",".join("?" * len(members))
    aliases = [
        {"alias": r["alias"], "key": r["key"], "count": r["total"]}
        for r in conn.execute(
            f"SELECT alias, key, SUM(count) AS total FROM speaker_aliases WHERE speaker_id IN ({marks}) "
            "GROUP BY alias ORDER BY total DESC, alias",
            members,
        )
    ]
    merges = [
        {
            "id": r["id"], "kept_id": r["kept_id"], "merged_id": r["merged_id"], "reason": r["reason"],
            "automatic": bool(r["automatic"]), "merged_at": r["merged_at"], "undone_at": r["undone_at"],
        }
        for r in conn.execute(
            "SELECT * FROM speaker_merges WHERE kept_id = ? OR merged_id = ? ORDER BY id",
            (speaker_id, speaker_id),
        )
    ]
    counts = conn.execute(
        "SELECT COUNT(*) AS statements, COUNT(DISTINCT article_id) AS articles, "
        "COUNT(DISTINCT outlet) AS outlets, MIN(date) AS first_date, MAX(date) AS last_date "
        "FROM statements WHERE speaker_id = ?",
        (speaker_id,),
    ).fetchone()
    return {
        "id": int(row["id"]),
        "name": row["name"],
        "key": row["key"],
        "type": row["type"],
        "merged_into": row["merged_into"],
        "aliases": aliases,
        "merges": merges,
        **{k: counts[k] for k in counts.keys()},
    }


__all__ = [
    "Link",
    "auto_merge",
    "find_speakers",
    "fold_token",
    "is_proper_name",
    "link_speaker",
    "merge_speakers",
    "name_key",
    "person_name",
    "root",
    "speaker_info",
    "unmerge",
]
