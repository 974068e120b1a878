"""Speaker resolution: every attribution's source becomes one canonical entity of the article.

A news article names a speaker once ("Russia's foreign minister Sergey Lavrov") and then
calls him "Lavrov", "the Minister", "the head of the Russian foreign Ministry", "he" and
"him". :func:`resolve_speakers` walks the article once, in text order, over the spaCy
parse it was extracted with, and keeps a small discourse model:

* **names** are runs of proper nouns (``PROPN``); titles before them ("Sen.", "President",
  "foreign minister") and appositions beside them ("Lavrov, Russia's foreign minister,")
  give the entity its roles, honorifics and given names its gender. A surname-only or a
  first-name-only mention joins the entity whose full name shares it.
* **salience** (after Lappin & Leass 1994): each mention adds weight to its entity (more as
  a subject, more as the source of a statement, less inside a quotation); all weights halve
  at each sentence. A third-person pronoun outside quotations goes to the most salient entity
  that agrees with it in gender and kind; a subject pronoun prefers the **focus**, the person
  who was the main-clause subject or the source in its sentence or the one before (centering),
  and an entity the article has repeatedly called only "she" is never "he" (and vice versa).
* **descriptions** ("the Minister", "the head of X", "the former governor") link to the
  entity the article gave that role; with no such entity they take the most salient person
  whose known roles do not conflict, and a description in the lead that precedes every name
  links forward to the first person named. A person with a different role is never chosen
  (unless the description says "former"), nor a name inside the description ("the RT editor").
* **organisations** ("the ministry said", "the Kremlin said", "his campaign") become
  organisation entities; **anonymous** sources ("a source", "officials", "a spokesman") and
  **groups** ("Western partners", "voters") stay what they are, as do **documents**.

No named-entity recogniser is needed: the evidence is the tagger's proper nouns, the parse
and the packaged lexicons (``data/titles.txt``, ``pronouns.txt``, ``organisations.txt``,
``source_nouns.txt``, ``first_names.txt``, ``places.txt``), which keeps the step cheap.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import Title, cue_lexicon, pronouns, read_lines, titles
from .model import Article, Attribution, Speaker, SpeakerType, TextSpan
from .quotes import find_quotes, outer_quotes

# Salience weights (Lappin & Leass 1994, simplified): a mention's base weight, bonuses for
# grammatical role and for being the source of a statement, and the discount inside quotes.
_W_MENTION = 100.0
_W_SUBJECT = 80.0
_W_SOURCE = 60.0
_QUOTED = 0.3
_DECAY = 0.5  # per sentence
_MIN_SALIENCE = 1.0  # below this an entity is no longer a candidate antecedent
_INFERRED = 0.9
_SAME_SENTENCE = 0.5  # share of a further mention's weight in a sentence the entity was already in
_W_PREV_SPEAKER = 75.0  # a pronoun source near the last statement goes on with its speaker
_W_FOCUS = 150.0
_FIRM_VOTES = 3  # he/she pronouns, all of one gender, that settle an entity's gender
_FOCUS_SPAN = 1  # sentences a subject keeps the focus after its own
_W_DESC_PROMINENCE = 6.0  # per mention so far: "the candidate" means the article's main person
_W_PROMINENCE = 4.0  # per statement an entity is the source of (does not decay), up to 10  # confidence factor for a speaker inferred without a source span


_NO_TITLE = Title("", frozenset())


@dataclass(frozen=True)
class _Lexicons:
    titles: dict[str, Title]  # word -> role key and flags
    pronouns: dict[str, tuple[str, str, str]]  # form -> (gender, number, person)
    org_heads: frozenset[str]
    org_names: frozenset[str]
    source_nouns: dict[str, SpeakerType]
    first_names: dict[str, str]
    places: frozenset[str]


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    """The packaged speaker lexicons, read once per process."""
    org_rows = read_lines("organisations.txt")
    types = {"anonymous": SpeakerType.ANONYMOUS, "group": SpeakerType.GROUP, "document": SpeakerType.DOCUMENT}
    return _Lexicons(
        titles=titles(),
        pronouns=pronouns(),
        org_heads=frozenset(r[0].lower() for r in org_rows if r[1] == "head"),
        org_names=frozenset(r[0].lower() for r in org_rows if r[1] == "name"),
        source_nouns={r[0].lower(): types[r[1]] for r in read_lines("source_nouns.txt")},
        first_names={r[0].lower(): r[1] for r in read_lines("first_names.txt")},
        places=frozenset(r[0].lower() for r in read_lines("places.txt")),
    )


# Modifiers of a title that do not tell two holders apart.
_GENERIC_QUALIFIERS = {"former", "then", "current", "presidential", "top", "longtime", "the", "of", "a", "an",
                       "new", "incoming", "outgoing", "acting", "party", "'s", "’s", "likely", "presumptive",
                       "vice", "-"}
# Roles one person holds beside an office ("the senator" may also be "the candidate").
_GENERIC_ROLES = {"candidate", "leader", "head", "chief", "official", "businessman", "founder", "man", "woman",
                  "executive", "lawmaker", "author", "husband", "wife", "father", "mother", "son", "daughter", ""}
_PARTIES = {"republican": "R", "gop": "R", "republicans": "R", "democratic": "D", "democrat": "D",
            "libertarian": "L", "green": "G"}


def _party(words: set[str]) -> str:
    """The party a set of descriptor words names ("R", "D", ...), or ""."""
    return next((_PARTIES[w] for w in words if w in _PARTIES), "")


def _party_words(ent: "_Entity") -> set[str]:
    """All the words that name the entity's party (so "GOP" matches "Republican")."""
    party = _party(ent.descriptors)
    return {w for w, p in _PARTIES.items() if p == party} if party else set()


def _party_conflict(party: str, ent: "_Entity") -> bool:
    other = _party(ent.descriptors)
    return bool(party and other and party != other)


# "Sanders-linked", "Trump-style", "Ohio-born": a hyphen that makes an adjective of a name.
_HYPHEN_ADJ_ENDINGS = ("ed", "ing", "like", "style", "born", "era", "type", "esque", "wide", "friendly")
# Prepositions of place: a capitalised word seen after one and never speaking is a place.
_LOCATIVE = {"in", "at", "near", "outside", "across", "throughout", "around", "inside"}

# "HARBORVILLE, March 3." / "WASHINGTON —" / "NEW YORK (AP)": a dateline at the start of a line,
# whose all-capital place words are never a speaker.
_DATELINE = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][A-Z.'\-]+)(?:[ \t]+[A-Z][A-Z.'\-]+)*)"
    r"(?=[ \t]*(?:,[^\n]{0,25}?(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d)"
    r"|[ \t]*[—–]|[ \t]+-[ \t]|[ \t]*\((?:AP|Reuters|AFP|TASS|UPI|CNN)\)))")

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "member", "members"}


def _acronym_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is an acronym of ``full`` ("VA" of "Department of Veterans Affairs").

    The acronym must spell the initials of the capitalised words of the full name, or of its
    last ones (a "Department of" or "U.S." before them is often left out).
    """
    if len(short) != 1 or len(full) < 2:
        return False
    letters = short[0].replace(".", "")
    if len(letters) < 2 or not letters.isupper():
        return False
    initials = "".join(w[0] for w in full if w[:1].isupper())
    return len(initials) >= len(letters) and initials.endswith(letters)


def _one_typo(a: str, b: str) -> bool:
    """Whether two long names differ by one dropped, added or changed letter (a misspelling:
    "McLenney" / "McClenney"); short names are too easily confused to be matched so."""
    if min(len(a), len(b)) < 6 or a[0] != b[0] or a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start: the parser's where it ran, else the punctuation's.

    The extractor parses only paragraphs that can hold a statement; the rest are bare
    tokens, where a sentence ends at ., ! or ? and at a line break.
    """
    starts = [0] if len(doc) else []
    prev = None
    for tok in doc[1:] if len(doc) else ():
        flag = tok.is_sent_start
        prev = doc[tok.i - 1]
        if flag or (flag is None and (prev.text in (".", "!", "?") or "\n" in prev.whitespace_ or prev.is_space)):
            starts.append(tok.i)
    return starts


def _singular(word: str) -> str:
    """A crude singular of a lower-case noun ("campaigns" -> "campaign"); no lemmatizer runs."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_propn(tok: Token) -> bool:
    """A proper-noun token: tagged so, or, where the tagger did not run, capitalised mid-sentence."""
    if not tok.text[:1].isupper():
        return False
    if tok.tag_:
        return tok.tag_ in ("NNP", "NNPS")
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return not (prev.is_space or "\n" in prev.whitespace_ or prev.text in (".", "!", "?", "“", "\"", "«", ":", "–", "—")
                or prev.is_quote) and tok.is_alpha


@dataclass
class _Entity:
    """A discourse entity while the article is read; becomes a :class:`Speaker`."""

    key: int
    type: SpeakerType
    names: list[tuple[str, ...]] = field(default_factory=list)  # name token tuples, no titles
    label: str = ""  # display text for entities without a proper name
    roles: list[str] = field(default_factory=list)
    role_keys: set[str] = field(default_factory=set)
    gender: str = ""  # "m", "f" or "" (unknown): from names and titles, or pronouns if none
    strong_gender: str = ""  # the gender a title, honorific or given name gives it
    pronoun_votes: dict[str, int] = field(default_factory=dict)  # he/she pronouns linked to it
    person_evidence: float = 0.0
    mentions: list[tuple[int, int]] = field(default_factory=list)
    salience: float = 0.0
    sources: int = 0  # statements it is the source of so far
    descriptors: set[str] = field(default_factory=set)  # words of its titles and roles, lower case
    owner: int | None = None  # for "<person> campaign"
    gain_sentence: int = -1  # the sentence of the last mention and the most it added there
    gain: float = 0.0

    @property
    def name(self) -> str:
        if self.names:
            # the fullest name the article uses as a name: multi-word first, then the most
            # frequent ("Hillary Clinton" over a one-off "Crooked Hillary Clinton"), then the longest
            names = self.names

            def rank(n: tuple[str, ...]) -> tuple[bool, int, int, int]:
                return (len(n) > 1, names.count(n), len(n), sum(len(w) for w in n))

            best: tuple[str, ...] = max(names, key=rank)
            # a surname misspelt in the fullest name is written as the article mostly spells it
            variants = [n[-1] for n in names if n[-1] == best[-1] or _one_typo(n[-1].lower(), best[-1].lower())]
            usual = max(variants, key=lambda w: (variants.count(w), w == best[-1]))
            return " ".join(best[:-1] + (usual,)).replace(" - ", "-")  # "Ban Ki-moon" was three tokens
        return self.label

    @property
    def surname(self) -> str:
        return self.names[-1][-1].lower() if self.names else ""

    def score(self) -> float:
        """Salience plus a lasting bonus for the article's main speakers."""
        return self.salience + _W_PROMINENCE * min(self.sources, 10)

    def set_gender(self, gender: str) -> None:
        """Gender from a title, an honorific or a given name: strong evidence."""
        if not self.strong_gender:
            self.strong_gender = gender
            self.gender = gender

    def vote_gender(self, gender: str) -> None:
        """Gender from a pronoun resolved to it: weak evidence, outvoted by later pronouns."""
        self.pronoun_votes[gender] = self.pronoun_votes.get(gender, 0) + 1
        if not self.strong_gender:
            votes = sorted(self.pronoun_votes.items(), key=lambda kv: -kv[1])
            self.gender = votes[0][0] if len(votes) == 1 or votes[0][1] > votes[1][1] else ""

    def is_person_like(self) -> bool:
        return self.type is SpeakerType.PERSON or (self.type is SpeakerType.UNKNOWN and bool(self.names))


class _Resolver:
    """One article's discourse model, built in a single left-to-right pass."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.lex = _lexicons()
        self.cue_forms = cue_lexicon().forms
        self.entities: list[_Entity] = []
        self.token_entity: dict[int, int] = {}  # token index -> entity key
        quotes = outer_quotes(find_quotes(article.text))
        self._q_starts = [q.start_char for q in quotes]
        self._q_ends = [q.end_char for q in quotes]
        self._sent_starts = _sentence_starts(doc)
        self._sent_index = 0
        self._first_name_pos: int | None = None
        self._pending: list[tuple[int, str]] = []  # (entity key, role key) waiting for a name
        self.speaker_of: dict[int, int] = {}  # attribution index -> entity key, as resolved
        self.focus: dict[str, int] = {}  # gender -> the last person-like subject or source it fits
        self.focus_sent: dict[str, int] = {}  # gender -> the sentence of that subject or source
        self.focus_main: dict[str, int] = {}  # gender -> the last sentence whose main clause set it
        self._source_pos: int | None = None  # start of the source being resolved, if any
        self.last_speaker: tuple[int, int] | None = None  # (entity key, end char) of the last statement
        # the dateline ("HARBORVILLE, March 3."): its words are a place, never a candidate
        self._dateline_spans: list[tuple[int, int]] = []
        self._dateline_places: set[str] = set()
        if article.dateline is not None:
            self._dateline_spans.append((article.dateline.span.start_char, article.dateline.span.end_char))
            if article.dateline.place:
                self._dateline_places.add(article.dateline.place.lower())
        for m in _DATELINE.finditer(article.text[:3000]):
            self._dateline_spans.append((m.start(1), m.end(1)))
            self._dateline_places.add(m.group(1).lower())

    def not_a_person(self, ent: _Entity) -> bool:
        """Names that are an acronym ("RT", "NATO") or a known place, with no title or given name."""
        for n in ent.names:
            low = " ".join(n).lower()
            if low in self.lex.places or low in self._dateline_places:
                return True
            if len(n) == 1 and n[0].isupper() and len(n[0].replace(".", "")) >= 2:
                return True
        return False

    def continues_speaker(self, key: int) -> bool:
        """Whether a source being resolved now is near the last statement spoken by ``key``
        (same or next paragraph): a pronoun source there most likely goes on with that speaker."""
        if self._source_pos is None or self.last_speaker is None or self.last_speaker[0] != key:
            return False
        end = self.last_speaker[1]
        return 0 <= self._source_pos - end < 600 and self.article.text.count("\n", end, self._source_pos) <= 2

    def in_focus(self, gender: str, key: int) -> bool:
        """Whether ``key`` is the focus for that gender: the person who was the subject or
        the source in this sentence or the one before (centering: the backward-looking center
        comes from the previous utterance; an older subject no longer holds the focus)."""
        return self.focus.get(gender) == key and self._sent_index - self.focus_sent.get(gender, -99) <= _FOCUS_SPAN

    def in_dateline(self, char: int) -> bool:
        """Whether a character lies in the article's dateline."""
        return any(a <= char < b for a, b in self._dateline_spans)

    # --- helpers -------------------------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._q_starts, char) - 1
        return i >= 0 and char < self._q_ends[i]

    def sentence_of(self, token_i: int) -> int:
        return bisect.bisect_right(self._sent_starts, token_i) - 1

    def advance_to(self, token_i: int) -> None:
        """Decay salience for every sentence boundary passed since the last event."""
        sent = self.sentence_of(token_i)
        if sent > self._sent_index:
            factor = _DECAY ** (sent - self._sent_index)
            for ent in self.entities:
                ent.salience *= factor
            self._sent_index = sent

    def new_entity(self, type_: SpeakerType, label: str = "") -> _Entity:
        ent = _Entity(key=len(self.entities), type=type_, label=label)
        self.entities.append(ent)
        return ent

    def mention(self, ent: _Entity, start: int, end: int, head: Token | None, source: bool = False) -> None:
        """Record a mention and add its salience."""
        if (start, end) not in ent.mentions:
            ent.mentions.append((start, end))
        weight = _W_MENTION
        if head is not None and head.dep_ in ("nsubj", "nsubjpass", "csubj"):
            weight += _W_SUBJECT
        if source:
            weight += _W_SOURCE
            ent.sources += 1
        if not source and self.in_quote(start) and not (
            head is not None and head.dep_ == "nsubj" and head.head.lower_ in self.cue_forms
        ):
            weight *= _QUOTED  # the subject of a cue inside quote marks (“A – said X. – B”) counts fully
        # Lappin & Leass count an entity's factors once per sentence: a second mention in the
        # same sentence adds only what exceeds the first ("Kingson, who ... as he promised")
        if ent.gain_sentence != self._sent_index:
            ent.gain_sentence, ent.gain = self._sent_index, 0.0
        extra = max(0.0, weight - ent.gain) + _SAME_SENTENCE * min(weight, ent.gain)
        ent.gain = max(ent.gain, weight)
        ent.salience += extra
        if head is not None:
            self.token_entity[head.i] = ent.key
        subject = head is not None and head.dep_ in ("nsubj", "nsubjpass")
        if (source or subject) and ent.type in (SpeakerType.PERSON, SpeakerType.UNKNOWN) and ent.names or \
                ent.type is SpeakerType.PERSON and (source or subject):
            if source or head is not None and head.head.lower_ in self.cue_forms:
                ent.person_evidence += 0.5  # someone who speaks
            likely = ent.type is SpeakerType.PERSON or ent.person_evidence > 0
            main = source or self.main_clause(head)
            if likely and (source or not self.in_quote(start)):
                for g in ("m", "f"):
                    if not ent.strong_gender or ent.strong_gender == g:
                        if not main and self.focus_main.get(g) == self._sent_index:
                            continue  # a main-clause subject of this sentence keeps the focus
                        self.focus[g] = ent.key
                        self.focus_sent[g] = self._sent_index
                        if main:
                            self.focus_main[g] = self._sent_index

    @staticmethod
    def main_clause(head: Token | None) -> bool:
        """Whether a subject belongs to a main clause (the root verb or a verb coordinated with
        it), not to a clause embedded in one: in "Sanders let Kingson speak, and then he spent"
        the focus stays with Sanders."""
        if head is None:
            return True
        verb = head.head
        for _ in range(8):
            if verb.dep_ == "ROOT" or verb.head.i == verb.i:
                return True
            if verb.dep_ != "conj":
                return False
            verb = verb.head
        return False

    # --- names ---------------------------------------------------------------------------
    def name_runs(self) -> list[tuple[int, int]]:
        """Token ranges [i, j) of proper-noun runs, possessive 's and punctuation excluded."""
        runs = []
        doc = self.doc
        # words the article writes as proper nouns and never in lower case: a sentence-initial
        # "Trump" the tagger took for a common noun is still the name
        names = {t.lower_ for t in doc if t.tag_ in ("NNP", "NNPS") and t.is_alpha and t.text[:1].isupper()}
        names -= {t.text for t in doc if t.text.islower()}
        names -= set(self.lex.titles) | set(self.lex.pronouns) | _MONTHS

        def is_name(tok: Token) -> bool:
            if _is_propn(tok):
                return True
            initial = tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_
            return initial and tok.is_alpha and tok.text[:1].isupper() and tok.lower_ in names

        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if is_name(tok):
                j = i + 1
                while j < n:
                    t = doc[j]
                    if t.text == "-" and doc[j - 1].whitespace_ == "" and t.whitespace_ == "" and j + 1 < n \
                            and not doc[j + 1].lower_.endswith(_HYPHEN_ADJ_ENDINGS):
                        j += 2  # "Ban Ki-moon": a hyphenated name goes on in lower case
                        continue
                    if is_name(t) or (t.text in ("de", "van", "von", "al") and j + 1 < n and is_name(doc[j + 1])):
                        if doc[j - 1].text in ("\n",) or "\n" in doc[j - 1].whitespace_:
                            break
                        j += 1
                        continue
                    break
                # "Department of Veterans Affairs": an organisation's name goes on after "of"
                if j + 1 < n and doc[j].lower_ in ("of", "for", "on") and doc[j - 1].lower_ in self.lex.org_heads \
                        and is_name(doc[j + 1]):
                    k = j + 1
                    while k < n and (is_name(doc[k]) or doc[k].lower_ in ("and", "&") and k + 1 < n and is_name(doc[k + 1])
                                     or doc[k].text == "," and k + 1 < n and is_name(doc[k + 1])
                                     and any(t.lower_ == "and" for t in doc[k + 1 : k + 5])):
                        k += 1
                    j = k
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def classify_run(self, i: int, j: int) -> tuple[list[Token], list[Token], SpeakerType | None]:
        """Split a run into its leading titles and its name; guess the kind of name."""
        doc = self.doc
        toks = [doc[k] for k in range(i, j)]
        titles: list[Token] = []
        # Titles written before the name ("Sen.", "President", "Massachusetts Sen.",
        # "Wells Fargo CEO", "Republican"): everything up to the last title is a description.
        last = max((k for k in range(len(toks) - 1) if toks[k].lower_ in self.lex.titles), default=-1)
        if last >= 0:
            titles, toks = toks[: last + 1], toks[last + 1 :]
        if len(toks) == 1 and toks[0].lower_ in self.lex.titles and not titles:
            return toks, [], None  # a title alone ("President"): a description, not a name
        if toks[-1].lower_ in _PARTIES and i > 0 and doc[i - 1].lower_ in ("the", "a", "an", "this"):
            return titles + toks, [], None  # "the Wisconsin Republican": a description of a person
        if len(toks) == 1 and not titles and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in self.lex.titles:
            return titles, toks, SpeakerType.ORGANISATION  # "secretary of State": the office's department
        if len(toks) > 1 and not titles and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in self.lex.titles:
            # "Secretary of State Hillary Clinton": the office's department, then the name, which
            # starts at its first name (a given name the lexicon lacks leaves the run as it is)
            first = next((k for k in range(1, len(toks)) if toks[k].lower_ in self.lex.first_names), None)
            if first is not None:
                titles, toks = toks[:first], toks[first:]
        if len(toks) == 1 and not titles and toks[0].lower_ in self.place_like():
            return titles, toks, None  # "in Clarkston": a place never said to speak
        words = [t.lower_ for t in toks]
        joined = " ".join(words)
        if joined in self._dateline_places:
            return titles, toks, None  # the dateline's place, named again in the text
        if joined in self.lex.places or (words[0] in ("the",) and " ".join(words[1:]) in self.lex.places):
            return titles, toks, SpeakerType.UNKNOWN if titles else None
        if words[-1] in self.lex.org_heads or joined in self.lex.org_names or words[-1] in self.lex.org_names or (
                any(w in ("of", "for", "on") and k > 0 and words[k - 1] in self.lex.org_heads for k, w in enumerate(words))):
            return titles, toks, SpeakerType.ORGANISATION
        if len(toks) > 1 and toks[0].text.isupper() and len(toks[0].text.replace(".", "")) >= 2 and \
                words[0] not in self.lex.first_names and not any(w in self.lex.first_names for w in words[1:]):
            return titles, toks, SpeakerType.ORGANISATION  # "U.N. Women", "NATO Council"
        if all(t.text.isupper() and len(t.text) > 1 for t in toks) and (len(toks) > 1 or "." in toks[0].text):
            return titles, toks, SpeakerType.ORGANISATION  # "E.P.A.", "RT America"-style acronyms
        if any(w in _MONTHS for w in words):
            return titles, toks, None
        if len(toks) == 1 and not titles and (toks[0].tag_ == "NNPS" or words[0].endswith(("ans", "ists", "ese")) or (
                words[0].endswith(("ean", "ican", "ian")) and words[0] not in self.lex.first_names and toks[0].tag_ != "NNP")):
            return titles, toks, SpeakerType.GROUP  # "Americans", "Democrats"
        if words[0] in self.lex.source_nouns and len(toks) == 1 and not titles:
            return titles, toks, self.lex.source_nouns[words[0]]
        return titles, toks, SpeakerType.PERSON if (titles or words[0] in self.lex.first_names) else SpeakerType.UNKNOWN

    def place_like(self) -> frozenset[str]:
        """Single capitalised words the article puts after a preposition of place ("in
        Clarkston") and never makes the subject of a cue or gives a title: places, not people."""
        if not hasattr(self, "_place_like"):
            seen_loc: set[str] = set()
            person: set[str] = set()
            for tok in self.doc:
                if not tok.text[:1].isupper() or not tok.is_alpha:
                    continue
                low = tok.lower_
                if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE and not any(
                        c.dep_ == "compound" for c in tok.children) and tok.head.head.lower_ not in self.cue_forms:
                    seen_loc.add(low)
                if (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in self.cue_forms) or low in self.lex.first_names \
                        or (tok.i > 0 and self.doc[tok.i - 1].lower_ in self.lex.titles) or tok.dep_ == "poss":
                    person.add(low)
            self._place_like = frozenset(seen_loc - person)
        return self._place_like

    def link_name(self, name: tuple[str, ...], type_: SpeakerType, honorific: bool = False,
                  gender: str = "") -> _Entity | None:
        """The existing entity this name refers to, if any.

        A one-word name matches a full name's last word, or its first word when that is a
        given name ("Hillary") or an honorific stands before it ("Mr. Ban" of "Ban Ki-moon").
        A name whose honorific or given name has the other gender than the entity's title,
        honorific or given name is another person ("Mrs. Clinton" is not "Bill Clinton").
        """
        lower = tuple(w.lower() for w in name)
        best: _Entity | None = None
        typo: _Entity | None = None
        best_rank: tuple[bool, float] = (False, 0.0)
        for ent in self.entities:
            if not ent.names:
                continue
            if type_ is SpeakerType.ORGANISATION or ent.type is SpeakerType.ORGANISATION:
                if any(tuple(w.lower() for w in n) == lower or _acronym_of(name, n) for n in ent.names):
                    return ent
                if len(lower) == 1 and lower[0] in self.lex.org_heads and ent.type is SpeakerType.ORGANISATION and \
                        any(lower[0] in (w.lower() for w in n) for n in ent.names):
                    best = ent  # "the Committee": the last committee named
                continue
            if len(lower) > 1 and self.full_name_conflict(lower, ent):
                continue  # "Rakeyia Scott" is not "Keith Lamont Scott" though both are "Scott"
            if gender and ent.strong_gender and ent.strong_gender != gender:
                continue
            ok = False
            for n in ent.names:
                nl = tuple(w.lower() for w in n)
                if nl == lower:
                    ok = True
                elif len(lower) == 1 and (nl[-1] == lower[0] or (len(nl) > 1 and nl[0] == lower[0]
                                                                 and (honorific or lower[0] in self.lex.first_names))):
                    ok = True  # surname-only or first-name-only mention ("Trump" is not "Trump Train")
                elif len(nl) == 1 and lower[-1] == nl[0]:
                    ok = True  # a fuller name after the short one
                elif len(lower) > 1 and len(nl) > 1 and nl[-1] == lower[-1] and (
                    nl[0] == lower[0] or nl[0][:1] == lower[0][:1] and (len(nl[0]) <= 2 or len(lower[0]) <= 2)
                ):
                    ok = True  # "Donald J. Trump" / "Donald Trump"
                if ok:
                    break
            if not ok and len(lower) == 1 and any(len(n) > 1 and _one_typo(lower[0], n[-1].lower()) for n in ent.names):
                typo = typo or ent  # a misspelt surname ("McLenney" for "McClenney"), if nothing else fits
            if ok:
                exact = any(tuple(w.lower() for w in n) == lower for n in ent.names)
                rank = (exact, ent.salience)
                if best is None or rank > best_rank:
                    best, best_rank = ent, rank
        return best or typo

    @staticmethod
    def full_name_conflict(lower: tuple[str, ...], ent: _Entity) -> bool:
        """Whether a multi-word name has another given name than the entity's full names."""
        for n in ent.names:
            if len(n) < 2:
                continue
            nl = tuple(w.lower() for w in n)
            a, b = nl[0].rstrip("."), lower[0].rstrip(".")
            if a != b and not ((len(a) == 1 or len(b) == 1) and a[:1] == b[:1]):
                return True
        return False

    def add_name(self, i: int, j: int, source: bool = False) -> _Entity | None:
        """Read the proper-noun run doc[i:j] as a name mention; return its entity."""
        if self.in_dateline(self.doc[i].idx):
            return None
        titles, toks, type_ = self.classify_run(i, j)
        if type_ is None or not toks:
            return None
        name = tuple(t.text for t in toks)
        hon = any("hon" in self.lex.titles.get(t.lower_, _NO_TITLE).flags for t in titles) or (
            toks[0].i > 0 and "hon" in self.lex.titles.get(self.doc[toks[0].i - 1].lower_, _NO_TITLE).flags)
        # the gender the name itself gives: a gendered title or honorific ("Mrs."), a given name
        before = titles + ([self.doc[toks[0].i - 1]] if toks[0].i > 0 else [])
        gender = next((g for t in before for g in ("m", "f") if g in self.lex.titles.get(t.lower_, _NO_TITLE).flags), "")
        if not gender and len(toks) > 1:
            gender = self.lex.first_names.get(toks[0].lower_, "")
        ent = self.link_name(name, type_, hon, gender)
        if ent is None:
            ent = self.new_entity(type_)
            ent.names.append(name)
        else:
            ent.names.append(name)  # every use counts towards the display name
        if type_ is SpeakerType.PERSON and ent.type is SpeakerType.UNKNOWN:
            ent.type = SpeakerType.PERSON
        if type_ is SpeakerType.ORGANISATION:
            ent.type = SpeakerType.ORGANISATION
        first = toks[0].lower_
        if first in self.lex.first_names and len(toks) > 1:
            ent.set_gender(self.lex.first_names[first])
        head = toks[-1]
        for t in titles:
            ent.descriptors.add(t.lower_)
        for t in [t for t in titles if t.lower_ in self.lex.titles] + self.left_titles(toks[0]) + self.appositive_titles(head):
            self.add_role(ent, t)
        self.mention(ent, self.doc[i].idx if not titles else toks[0].idx, toks[-1].idx + len(toks[-1].text), head, source)
        for t in toks:
            self.token_entity[t.i] = ent.key
        if self._first_name_pos is None and ent.is_person_like():
            self._first_name_pos = toks[0].idx
        return ent

    def left_titles(self, first: Token) -> list[Token]:
        """Common-noun titles just before a name: "foreign minister Sergey Lavrov"."""
        out = []
        k = first.i - 1
        while k >= 0 and k >= first.i - 4:
            t = self.doc[k]
            if t.lower_ in self.lex.titles and t.pos_ in ("NOUN", "PROPN"):
                out.append(t)
                k -= 1
                continue
            if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.head.i >= first.i and out == [] and k == first.i - 1:
                k -= 1
                continue
            break
        return out

    def appositive_titles(self, head: Token) -> list[Token]:
        """Titles in an apposition: "Lavrov, Russia's foreign minister," (either side)."""
        out = []
        for child in head.children:
            if child.dep_ == "appos" and child.lower_ in self.lex.titles:
                out.append(child)
        if head.dep_ == "appos" and head.head.lower_ in self.lex.titles:
            out.append(head.head)
        return out

    def add_role(self, ent: _Entity, title: Token) -> None:
        """Give the entity the role a title token names, with its modifiers as written."""
        entry = self.lex.titles.get(title.lower_, _NO_TITLE)
        key, flags = entry.role, entry.flags
        if "m" in flags:
            ent.set_gender("m")
        elif "f" in flags:
            ent.set_gender("f")
        ent.person_evidence += 1
        if ent.type is SpeakerType.UNKNOWN:
            ent.type = SpeakerType.PERSON
        if "party" in flags:
            ent.descriptors.add(title.lower_)
        if not key:
            return
        key = self.role_key(title)
        ent.role_keys.add(key)
        text = self.role_text(title)
        ent.descriptors.update(w.lower() for w in text.split())
        if text and text.lower() not in (r.lower() for r in ent.roles):
            ent.roles.append(text)

    def role_key(self, title: Token) -> str:
        """The office a title names; "head of the foreign Ministry" names the minister."""
        key = self.lex.titles.get(title.lower_, _NO_TITLE).role
        if key in ("head", "chief", "leader"):
            for prep in title.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            if obj.lower_ == "ministry":
                                return "minister"
                            return f"head of {obj.lower_}"
        if key == "president":
            for left in title.lefts:
                if left.lower_ == "vice":
                    return "vice president"
        return key

    def role_text(self, title: Token) -> str:
        """The role as the article words it: "head of the Russian foreign Ministry"."""
        if "hon" in self.lex.titles.get(title.lower_, _NO_TITLE).flags:
            return ""
        drop = {"det", "poss", "appos", "relcl", "acl", "punct", "cc", "conj", "predet", "case", "advmod"}
        keep: list[Token] = [title]
        stack = [c for c in title.children if c.dep_ not in drop and not (c.dep_ == "prep" and c.lower_ != "of")]
        while stack:
            t = stack.pop()
            if t.pos_ == "PROPN" and t.i < title.i and t.dep_ != "amod" and t.head.i == title.i and t.dep_ == "compound":
                continue  # a name before the title is not part of the role
            keep.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("punct", "appos", "relcl", "acl", "cc", "conj"))
        lo = min(t.i for t in keep)
        hi = max(t.i for t in keep)
        toks = [t for t in self.doc[lo : hi + 1]]
        while toks and (toks[0].dep_ in ("det", "poss", "case") or toks[0].is_punct):
            toks.pop(0)
        if not toks:
            return title.text
        text = self.article.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        return text if len(text) <= 80 and "\n" not in text else title.text

    # --- pronouns ------------------------------------------------------------------------
    def resolve_pronoun(self, tok: Token) -> _Entity | None:
        """The most salient agreeing entity for a third-person pronoun."""
        info = self.lex.pronouns.get(tok.lower_)
        if info is None:
            return None
        gender, number, person = info
        if person == "rel":
            return self.resolve_relative(tok)
        if person != "3":
            return None
        best, best_score = None, _MIN_SALIENCE
        for ent in self.entities:
            if ent.salience < _MIN_SALIENCE and not (gender in ("m", "f") and self.continues_speaker(ent.key)):
                continue  # forgotten, unless it spoke the statement just before ("…,” she said)
            if gender in ("m", "f"):
                if not ent.is_person_like() or (ent.strong_gender and ent.strong_gender != gender):
                    continue
                if ent.pronoun_votes.get(gender, 0) == 0 and ent.pronoun_votes.get("f" if gender == "m" else "m", 0) >= _FIRM_VOTES:
                    continue  # the article has called it only the other pronoun, again and again
                if not ent.strong_gender and not ent.role_keys and self.not_a_person(ent):
                    continue  # "RT", "Puerto Rico": an acronym or a place is never "he" or "she"
                # a multi-word name that is no organisation or place is most likely a person
                likely = ent.type is SpeakerType.PERSON or ent.person_evidence > 0 or len(max(ent.names, key=len)) > 1
                score = ent.score() * (1.0 if likely else 0.6)
                if ent.gender == gender:
                    score *= 1.2
                elif ent.gender:
                    score *= 0.5  # only pronouns said otherwise
                if self.continues_speaker(ent.key):
                    score += _W_PREV_SPEAKER  # "…,” he said: the quotation run goes on
                if tok.dep_ in ("nsubj", "nsubjpass") and self.in_focus(gender, ent.key):
                    score += _W_FOCUS  # parallelism: a subject pronoun goes on with the last subject
            elif gender == "n":
                if ent.type not in (SpeakerType.ORGANISATION, SpeakerType.DOCUMENT):
                    continue
                score = ent.salience
            else:  # they/them/their
                if ent.type not in (SpeakerType.ORGANISATION, SpeakerType.GROUP, SpeakerType.ANONYMOUS):
                    continue
                score = ent.salience
            if score > best_score:
                best, best_score = ent, score
        if best is not None and gender in ("m", "f"):
            best.vote_gender(gender)
            best.type = SpeakerType.PERSON  # "he"/"she" is evidence of a person
        return best

    def resolve_relative(self, tok: Token) -> _Entity | None:
        """"who"/"which": the noun the relative clause hangs on."""
        verb = tok.head
        if verb.dep_ in ("relcl", "acl") and tok.lower_ in ("who", "whom"):
            # "Donna Rawlings, 59, of Ashton, Md., who watched": the person, not the place
            t = verb.head
            for _ in range(8):
                ent = self.entities[self.token_entity[t.i]] if t.i in self.token_entity else None
                if ent is not None and ent.type is SpeakerType.PERSON:
                    return ent
                if t.dep_ not in ("pobj", "prep", "appos", "npadvmod", "nummod", "compound") or t.head.i == t.i:
                    break
                t = t.head
        if verb.dep_ in ("relcl", "acl") and verb.head.i in self.token_entity:
            return self.entities[self.token_entity[verb.head.i]]
        if verb.dep_ in ("relcl", "acl"):
            return self.resolve_np(verb.head, source=False)
        return None

    # --- descriptions ----------------------------------------------------------------------
    def resolve_np(self, head: Token, source: bool, span: tuple[int, int] | None = None) -> _Entity | None:
        """Resolve a noun phrase given by its head token (and its char span, if a source)."""
        doc = self.doc
        lex = self.lex
        start, end = span if span else (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
        if head.i in self.token_entity:
            ent = self.entities[self.token_entity[head.i]]
            self.mention(ent, start, end, head, source)
            return ent
        low = head.lower_
        if low in lex.pronouns:
            found = self.resolve_pronoun(head)
            if found is not None:
                ent = found
                self.mention(ent, head.idx, head.idx + len(head.text), head, source)
                return ent
            if lex.pronouns[low][1] == "pl" or low in ("we", "they"):
                ent = self.new_entity(SpeakerType.GROUP if low != "they" else SpeakerType.UNKNOWN, label=head.text)
                self.mention(ent, head.idx, head.idx + len(head.text), head, source)
                return ent
            return None
        # coordinated names: "Trump and Cruz" is a group of their own
        if any(c.dep_ == "conj" for c in head.children) and head.pos_ == "PROPN":
            ent = self.new_entity(SpeakerType.GROUP, label=self.article.text[start:end].strip(" ,"))
            self.mention(ent, start, end, head, source)
            return ent
        det = next((c for c in head.children if c.dep_ == "det"), None)
        indefinite = det is not None and det.lower_ in ("a", "an", "some", "another", "one", "any", "several")
        owner_tok = next((c for c in head.children if c.dep_ in ("poss", "compound") and
                          (c.pos_ in ("PROPN", "PRON") or c.i in self.token_entity)), None)
        # organisations: "his campaign", "the Clinton campaign", "the ministry"
        if low in lex.org_heads or _singular(head.lower_) in lex.org_heads:
            return self.resolve_org(head, owner_tok, det, start, end, source)
        # titles and roles: "the Minister", "the head of the Russian foreign Ministry"
        if low in lex.titles or _singular(head.lower_) in lex.titles:
            if not indefinite and not (head.tag_ == "NNS" and low not in lex.titles):
                role_ent = self.resolve_role(head, start, end, source)
                if role_ent is not None:
                    return role_ent
            type_ = lex.source_nouns.get(low, SpeakerType.ANONYMOUS)
            if type_ is SpeakerType.DOCUMENT:
                type_ = SpeakerType.ANONYMOUS
            return self.keep_description(type_, start, end, head, source)
        if low in lex.source_nouns or _singular(head.lower_) in lex.source_nouns:
            type_ = lex.source_nouns.get(low) or lex.source_nouns[_singular(head.lower_)]
            return self.keep_description(type_, start, end, head, source)
        if head.pos_ == "PROPN":
            # a name the run finder did not take (lower-case or odd tagging)
            ent = self.new_entity(SpeakerType.UNKNOWN)
            ent.names.append((head.text,))
            self.mention(ent, start, end, head, source)
            return ent
        if head.tag_ in ("NNS", "NNPS"):
            return self.keep_description(SpeakerType.GROUP, start, end, head, source)
        return self.keep_description(SpeakerType.UNKNOWN, start, end, head, source)

    def keep_description(self, type_: SpeakerType, start: int, end: int, head: Token, source: bool) -> _Entity:
        """An anonymous, group, document or unknown source: an entity named by its words."""
        label = self.article.text[start:end].strip(" ,\n")
        for ent in self.entities:
            if not ent.names and ent.label.lower() == label.lower() and ent.type is type_ and type_ is not SpeakerType.ANONYMOUS:
                self.mention(ent, start, end, head, source)
                return ent
        ent = self.new_entity(type_, label=label)
        self.mention(ent, start, end, head, source)
        return ent

    def resolve_role(self, head: Token, start: int, end: int, source: bool) -> _Entity | None:
        """A definite role description: the entity with that role, else the salient person."""
        key = self.role_key(head)
        anonymous_roles = {"spokesperson", "official", "aide", "adviser", "strategist", "consultant",
                           "analyst", "officer", "lawyer", "diplomat", "man", "woman", "reporter"}
        # the words that narrow the role down: "the Indiana governor", "the GOP nominee"
        quals = {t.lower_ for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod")
                 and not t.is_punct} - _GENERIC_QUALIFIERS
        party = _party(quals)
        former = any(t.lower_ in ("former", "ex", "onetime", "one-time") for t in head.subtree if t.i < head.i)
        with_role = [e for e in self.entities if key and key in e.role_keys and quals <= e.descriptors | _party_words(e)
                     and not _party_conflict(party, e)]
        ent: _Entity | None = None
        if with_role:
            ent = max(with_role, key=lambda e: (e.score(), -e.key))
        elif key not in anonymous_roles:
            flags = self.lex.titles.get(head.lower_, _NO_TITLE).flags
            gender = "m" if "m" in flags else "f" if "f" in flags else ""
            best, best_score = None, _MIN_SALIENCE
            # a name inside the description modifies the role ("the RT editor"): not its holder
            inside = {self.token_entity[t.i] for t in head.subtree if t.i != head.i and t.i in self.token_entity}
            for e in self.entities:
                if not e.is_person_like() or e.salience < _MIN_SALIENCE or e.key in inside:
                    continue
                if gender and e.gender and e.gender != gender:
                    continue
                # a person with another office or party is never taken for this one, unless the
                # office is a former one ("the former first lady" may be a secretary now)
                if e.role_keys and not self.compatible(key, e.role_keys) and not former or _party_conflict(party, e):
                    continue
                if key and key in e.role_keys and key not in _GENERIC_ROLES:
                    continue  # the same office with other qualifiers: another person
                if key:  # "the candidate": the article's main person of that kind
                    score = e.score() + _W_DESC_PROMINENCE * min(len(e.mentions), 20)
                else:  # "the Wisconsin Republican": the person just spoken of
                    score = e.score() + (_W_FOCUS if self.in_focus(gender or "m", e.key) else 0.0)
                if score > best_score:
                    best, best_score = e, score
            ent = best
            if ent is None and self._first_name_pos is None:
                # the dateline lead describes the speaker before naming him
                ent = self.new_entity(SpeakerType.PERSON)
                self._pending.append((ent.key, key))
        if ent is None:
            return None
        self.add_role(ent, head)
        self.mention(ent, start, end, head, source)
        return ent

    @staticmethod
    def compatible(key: str, keys: set[str]) -> bool:
        """Whether an entity known by ``keys`` may also be called ``key``."""
        return key in _GENERIC_ROLES or not (keys - _GENERIC_ROLES - {key})

    def resolve_org(self, head: Token, owner_tok: Token | None, det: Token | None,
                    start: int, end: int, source: bool) -> _Entity:
        """An organisation description: "his campaign", "the Clinton campaign", "the ministry"."""
        low = _singular(head.lower_) if _singular(head.lower_) in self.lex.org_heads else head.lower_
        owner: _Entity | None = None
        if owner_tok is not None:
            if owner_tok.i in self.token_entity:
                owner = self.entities[self.token_entity[owner_tok.i]]
            elif owner_tok.lower_ in self.lex.pronouns:
                owner = self.resolve_pronoun(owner_tok)
                if owner is not None:
                    self.mention(owner, owner_tok.idx, owner_tok.idx + len(owner_tok.text), None)
        if owner is None and det is not None and det.lower_ == "the" and low == "campaign":
            # "the campaign": the campaign the article last spoke of, else the salient candidate's
            camps = [e for e in self.entities if e.type is SpeakerType.ORGANISATION and e.label.endswith(" campaign")]
            persons = [e for e in self.entities if e.is_person_like() and e.salience >= _MIN_SALIENCE]
            camp = max(camps, key=lambda e: e.score(), default=None)
            person = max(persons, key=lambda e: e.score(), default=None)
            if camp is not None and (person is None or camp.score() >= person.score() or camp.owner == person.key):
                self.mention(camp, start, end, head, source)
                return camp
            owner = person
        if owner is not None and owner.type is not SpeakerType.ORGANISATION:
            label = f"{owner.name} {head.text.lower()}"
            for e in self.entities:
                if e.owner == owner.key and e.label.lower() == label.lower():
                    self.mention(e, start, end, head, source)
                    return e
            ent = self.new_entity(SpeakerType.ORGANISATION, label=label)
            ent.owner = owner.key
            self.mention(ent, start, end, head, source)
            return ent
        if det is not None and det.lower_ in ("the", "this", "that"):
            # "the ministry": the organisation of that kind the article named
            best = None
            for e in self.entities:
                if e.type is not SpeakerType.ORGANISATION or e.salience < _MIN_SALIENCE * 0.1:
                    continue
                last = (e.names[-1][-1].lower() if e.names else e.label.split()[-1].lower() if e.label else "")
                heads = {w.lower() for n in e.names for w in n if w.lower() in self.lex.org_heads}
                if last == low or last == head.lower_ or low in heads or (low in ("company", "firm", "group", "organization", "organisation", "agency") and e.names):
                    if best is None or e.salience > best.salience:
                        best = e
            if best is not None:
                self.mention(best, start, end, head, source)
                return best
        return self.keep_description(SpeakerType.ORGANISATION, start, end, head, source)

    # --- sources ---------------------------------------------------------------------------
    def source_head(self, span: TextSpan) -> Token | None:
        """The syntactic head of a source span (the token whose head lies outside it)."""
        cs = self.doc.char_span(span.start_char, span.end_char, alignment_mode="expand")
        if cs is None or len(cs) == 0:
            return None
        toks = [t for t in cs if not t.is_punct and t.tag_ != "POS"]
        if not toks:
            return None
        if not any(t.dep_ for t in cs):
            # a paragraph the extractor did not parse: an English noun phrase ends in its head,
            # before any post-modifier ("the head of the ministry", "Lavrov, the minister")
            cut = next((k for k, t in enumerate(cs) if k and (t.lower_ in ("of", "who", "from", "at", "in") or t.text == ",")), len(cs))
            front = [t for t in cs[:cut] if not t.is_punct and t.tag_ != "POS"]
            return front[-1] if front else toks[-1]
        inside = {t.i for t in toks}
        heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
        # prefer a noun or pronoun head ("Russia's foreign minister Sergey Lavrov" -> Lavrov)
        for t in heads:
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
        return heads[0] if heads else toks[-1]

    def resolve_source(self, attr: Attribution) -> _Entity | None:
        """The entity an attribution's source span refers to."""
        src = attr.source
        assert src is not None
        head = self.source_head(src)
        if head is None:
            return None
        # a name inside the source span wins ("Russia's foreign minister Sergey Lavrov")
        cs = self.doc.char_span(src.start_char, src.end_char, alignment_mode="expand")
        ents_in = []
        for t in cs or ():
            if t.i in self.token_entity and self.entities[self.token_entity[t.i]].names:
                e = self.entities[self.token_entity[t.i]]
                if e.type is SpeakerType.GROUP and head.i != t.i:
                    continue  # "the Minister of foreign Affairs": a plural name inside is not the speaker
                if e.type is not SpeakerType.ORGANISATION or head.i == t.i or head.i in self.token_entity and self.token_entity[head.i] == e.key:
                    ents_in.append((t, e))
        if head.lower_ in self.lex.org_heads and head.i not in self.token_entity:
            ents_in = []  # "the Clinton campaign" is the campaign, not Clinton
        if ents_in:
            # the head's own entity, else the last person named in the span
            for t, e in ents_in:
                if t.i == head.i:
                    self.mention(e, src.start_char, src.end_char, head, True)
                    return e
            persons = [(t, e) for t, e in ents_in if e.type is not SpeakerType.ORGANISATION]
            t, e = (persons or ents_in)[-1]
            if head.lower_ in self.lex.titles:
                self.add_role(e, head)
            self.mention(e, src.start_char, src.end_char, head, True)
            return e
        named = self.appositive_name(head)
        if named is not None:
            if head.lower_ in self.lex.titles:
                self.add_role(named, head)
            self.mention(named, src.start_char, src.end_char, head, True)
            return named
        return self.resolve_np(head, source=True, span=(src.start_char, src.end_char))

    def appositive_name(self, head: Token) -> _Entity | None:
        """The person named in apposition to a role: "the union's chairman, Tomas Reyes,"."""
        if head.pos_ != "NOUN" or head.i in self.token_entity:
            return None
        for child in head.children:
            if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i < head.i:
                continue
            if child.i in self.token_entity:
                return self.entities[self.token_entity[child.i]]
            for i, j in self.name_runs_cache():
                if i <= child.i < j:
                    ent = self.add_name(i, j, source=False)
                    if ent is not None and ent.type is not SpeakerType.ORGANISATION:
                        return ent
                    break
        return None

    # --- the pass ----------------------------------------------------------------------------
    def run(self) -> tuple[list[Attribution], list[Speaker]]:
        doc = self.doc
        attrs = list(self.article.attributions)
        order = sorted(range(len(attrs)), key=lambda k: (attrs[k].source or attrs[k].cue or attrs[k].content[0]).start_char)
        # events: (char offset, priority, kind, payload)
        events: list[tuple[int, int, str, tuple[int, int]]] = []
        for i, j in self.name_runs_cache():
            events.append((doc[i].idx, 1, "name", (i, j)))
        for tok in doc:
            if tok.lower_ in ("he", "she", "him", "his", "her", "it", "its", "they", "them", "their") and tok.pos_ == "PRON":
                events.append((tok.idx, 2, "pron", (tok.i, 0)))
        titles = self.lex.titles
        for tok in doc:
            # "the Minister said": a definite role description as a subject is a mention too
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in titles and "hon" not in titles[tok.lower_].flags \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                events.append((tok.idx, 2, "desc", (tok.i, 0)))
        for k in order:
            a = attrs[k]
            if a.source is not None:
                events.append((a.source.start_char, 0, "source", (k, 0)))
        events.sort(key=lambda e: (e[0], e[1]))
        source_tokens: set[int] = set()
        for k in order:
            a = attrs[k]
            if a.source is not None:
                cs = doc.char_span(a.source.start_char, a.source.end_char, alignment_mode="expand")
                source_tokens.update(t.i for t in cs or ())
        speaker_of: dict[int, int] = self.speaker_of
        pending_sources: list[int] = []
        for pos, _, kind, payload in events:
            if kind == "name":
                i, j = payload
                if i in self.token_entity:
                    continue  # read already as part of a source
                self.advance_to(i)
                self.add_name(i, j, source=i in source_tokens)
            elif kind == "desc":
                ti = payload[0]
                if ti in source_tokens or ti in self.token_entity or self.in_quote(pos):
                    continue
                self.advance_to(ti)
                tok = doc[ti]
                named = self.appositive_name(tok)  # "the RT editor in chief, Margarita Simonyan,"
                if named is not None:
                    self.add_role(named, tok)
                    self.mention(named, tok.left_edge.idx, tok.idx + len(tok.text), tok)
                else:
                    self.resolve_role(tok, tok.left_edge.idx, tok.idx + len(tok.text), False)
            elif kind == "pron":
                ti = payload[0]
                if ti in source_tokens or ti in self.token_entity or self.in_quote(pos):
                    continue
                self.advance_to(ti)
                tok = doc[ti]
                ent = self.resolve_pronoun(tok)
                if ent is not None:
                    self.mention(ent, tok.idx, tok.idx + len(tok.text), tok)
            else:
                k = payload[0]
                a = attrs[k]
                assert a.source is not None
                head = self.source_head(a.source)
                if head is not None:
                    self.advance_to(head.i)
                # names inside the span are read first so that they can win
                cs = doc.char_span(a.source.start_char, a.source.end_char, alignment_mode="expand")
                for i, j in self.name_runs_in(cs.start if cs is not None else 0, cs.end if cs is not None else 0):
                    if i not in self.token_entity:
                        self.add_name(i, j, source=True)
                if head is not None and head.lower_ in ("i", "me", "my", "we", "us", "our"):
                    pending_sources.append(k)
                    continue
                self._source_pos = a.source.start_char
                ent = self.resolve_source(a)
                self._source_pos = None
                if ent is not None:
                    speaker_of[k] = ent.key
                    if ent.is_person_like():
                        self.last_speaker = (ent.key, a.end_char)
        self.finish_pending()
        # first-person sources speak for the statement whose quotation holds them
        for k in pending_sources:
            a = attrs[k]
            assert a.source is not None
            host = self.enclosing(attrs, k, speaker_of)
            if host is not None:  # "I" is the quoted speaker; "we" is the side the speaker speaks for
                speaker_of[k] = host
                self.entities[host].mentions.append((a.source.start_char, a.source.end_char))
            else:
                ent = self.new_entity(SpeakerType.GROUP, label=a.source.text.strip())
                ent.mentions.append((a.source.start_char, a.source.end_char))
                speaker_of[k] = ent.key
        # statements without a source: the previous speaker of a quotation run, or the subject
        new_attrs = list(attrs)
        prev: int | None = None
        prev_end = -1
        for k in sorted(range(len(attrs)), key=lambda k: attrs[k].start_char):
            a = attrs[k]
            if k in speaker_of:
                new_attrs[k] = replace(a, speaker=str(speaker_of[k]))
            elif a.source is None:
                guess = self.subject_of_cue(a)
                if guess is None and prev is not None and a.start_char - prev_end < 400 and \
                        self.entities[prev].type not in (SpeakerType.ANONYMOUS, SpeakerType.GROUP) and \
                        self.article.text.count("\n", prev_end, a.start_char) <= 2:
                    guess = prev  # a quotation run goes on with the same speaker
                if guess is not None:
                    speaker_of[k] = guess
                    new_attrs[k] = replace(a, speaker=str(guess), confidence=a.confidence * _INFERRED)
            if k in speaker_of:
                prev = speaker_of[k]
                prev_end = a.end_char
        return self.finish(new_attrs, speaker_of)

    def name_runs_in(self, i: int, j: int) -> list[tuple[int, int]]:
        if i >= j:
            return []
        out = []
        for a, b in self.name_runs_cache():
            if a >= j:
                break
            if a >= i and a < j:
                out.append((a, min(b, j)))
        return out

    def name_runs_cache(self) -> list[tuple[int, int]]:
        if not hasattr(self, "_runs"):
            self._runs = self.name_runs()
        return self._runs

    def subject_of_cue(self, a: Attribution) -> int | None:
        """The entity of the cue verb's subject, when the extractor found no source span."""
        if a.cue is None:
            return None
        cs = self.doc.char_span(a.cue.start_char, a.cue.end_char, alignment_mode="expand")
        if cs is None:
            return None
        for t in cs:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in self.token_entity:
                    return self.token_entity[c.i]
        return None

    def enclosing(self, attrs: list[Attribution], k: int, speaker_of: dict[int, int]) -> int | None:
        """The speaker of the statement whose content holds attribution ``k``'s source."""
        src = attrs[k].source
        assert src is not None
        for m, other in enumerate(attrs):
            if m == k or m not in speaker_of:
                continue
            if any(c.start_char <= src.start_char and src.end_char <= c.end_char for c in other.content):
                return speaker_of[m]
        return None

    def finish_pending(self) -> None:
        """Link lead descriptions made before any name to the first person named after them."""
        for key, role in self._pending:
            ent = self.entities[key]
            later = [e for e in self.entities if e.key != key and e.is_person_like() and e.names
                     and (not e.role_keys or role in e.role_keys or self.compatible(role, e.role_keys))]
            if not later:
                ent.label = ent.roles[0] if ent.roles else "unknown"
                continue
            target = min(later, key=lambda e: min(m[0] for m in e.mentions))
            target.mentions.extend(ent.mentions)
            for r in ent.roles:
                if r not in target.roles:
                    target.roles.append(r)
            target.role_keys |= ent.role_keys
            ent.names, ent.label = [], ""
            ent.owner = target.key  # marks the merge
            ent.type = SpeakerType.UNKNOWN
            ent.mentions = []
            self._merged = getattr(self, "_merged", {})
            self._merged[key] = target.key

    def finish(self, attrs: list[Attribution], speaker_of: dict[int, int]) -> tuple[list[Attribution], list[Speaker]]:
        """Speakers for the entities that speak, with ids S1, S2, ... in text order."""
        merged: dict[int, int] = getattr(self, "_merged", {})
        used: dict[int, None] = {}
        final_of: dict[int, int] = {}
        for k, key in speaker_of.items():
            while key in merged:
                key = merged[key]
            final_of[k] = key
            used[key] = None
        ordered = sorted(used, key=lambda key: min((m[0] for m in self.entities[key].mentions), default=0))
        ids = {key: f"S{n}" for n, key in enumerate(ordered, 1)}
        speakers = []
        text = self.article.text
        for key in ordered:
            e = self.entities[key]
            name = e.name or e.label or "unknown"
            type_ = e.type
            if type_ is SpeakerType.UNKNOWN and e.names:
                type_ = SpeakerType.PERSON if (e.gender or e.person_evidence) else SpeakerType.UNKNOWN
            mentions = tuple(sorted({TextSpan.of(text, s, t) for s, t in e.mentions if 0 <= s < t <= len(text)}))
            speakers.append(Speaker(id=ids[key], name=name, type=type_, mentions=mentions, roles=tuple(e.roles)))
        out = []
        for k, a in enumerate(attrs):
            out.append(replace(a, speaker=ids[final_of[k]]) if k in final_of else replace(a, speaker=None))
        return out, speakers


def resolve_speakers(article: Article, doc: Doc) -> Article:
    """The article with ``speakers`` set and each attribution's ``speaker`` pointing at one.

    ``doc`` is the spaCy parse of the whole ``article.text`` (tagger and parser; no NER
    needed). A statement whose source is a pronoun, a surname, a title or a description
    gets the canonical entity it refers to; anonymous and group sources stay anonymous or
    groups; a statement with no source takes the subject of its cue, or the speaker of the
    quotation run it continues (with its confidence lowered a little), or none.
    """
    if not article.attributions:
        return article.with_(speakers=())
    attrs, speakers = _Resolver(article, doc).run()
    return article.with_(attributions=tuple(attrs), speakers=tuple(speakers))


__all__ = ["resolve_speakers"]
