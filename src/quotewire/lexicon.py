"""The packaged lexicons (``quotewire/data/*.txt``), loaded once per process.

Each file holds one entry a line, ``#`` comments for provenance, and tab-separated fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def read_lines(name: str) -> list[list[str]]:
    """The tab-separated rows of a packaged data file, without comments and blank lines."""
    text = resources.files("quotewire").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([field.strip() for field in line.split("\t")])
    return rows


@dataclass(frozen=True)
class CueLexicon:
    """Reporting cues: verb lemmas with a class, their inflected forms, and multi-word cues."""

    verbs: dict[str, str]  # lemma -> class (speech, belief, evidence, intent)
    forms: dict[str, str]  # lower-cased inflected form -> lemma
    phrases: dict[tuple[str, ...], str]  # lower-cased token tuple -> its role (after, extend)
    # lemmas whose non-clausal complement is the content ("called him a liar", "urged X to")
    object_verbs: frozenset[str] = frozenset()
    # first word of each phrase (and the lemma of a verb that starts one) -> the phrases
    phrases_from: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # lower-cased noun forms that head reported speech ("her remark that …", "his call for “…”")
    nouns: frozenset[str] = frozenset()
    # noun forms whose object after one of these prepositions is what was said, quoted or not
    # ("his attacks on Clinton", "Graham's endorsement of Cruz") -> the prepositions
    noun_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # lemmas that report only with a particle right after them ("shot back", "brushed off") -> it
    particle_verbs: dict[str, str] = field(default_factory=dict)
    # lemmas that report only with no infinitive after them ("she continued, “…”", not "continued to interject")
    aspect_verbs: frozenset[str] = frozenset()
    # lemmas whose only non-clausal content is what they are about ("spoke about the wall", "spoke
    # out against Trump"), not their other objects ("spoke to reporters")
    about_verbs: frozenset[str] = frozenset()
    # lemmas that report only with an "as" phrase after their object ("cast him as a liar")
    as_verbs: frozenset[str] = frozenset()
    # lemmas that report no clause opened by a question word ("it remains to be seen whether …")
    question_free: frozenset[str] = frozenset()
    # lemmas that report nothing in an "as" clause without a complement ("…, as the crowd
    # applauded", "as the audience laughed"): a reaction beside the sentence, not a report of it
    reaction_verbs: frozenset[str] = frozenset()
    # lemmas whose object, in a relative clause or a participle describing a noun, describes
    # it rather than reports ("Sanders, who is challenging Clinton", "areas that share media markets")
    descriptive_verbs: frozenset[str] = frozenset()
    # lemmas whose quote right after them, with no comma, is what was voiced however short ("a man
    # yelled “Stay there!”", "crying "fraud"")
    voice_verbs: frozenset[str] = frozenset()

    @property
    def back_verbs(self) -> frozenset[str]:
        """The lemmas that report only with "back" after them ("shot back", "jabbed back")."""
        return frozenset(lemma for lemma, particle in self.particle_verbs.items() if particle == "back")

    def is_cue_lemma(self, lemma: str) -> bool:
        return lemma.lower() in self.verbs

    def lemma_of(self, form: str) -> str | None:
        """The cue lemma a word form belongs to, or None ("stressed" -> "stress")."""
        return self.forms.get(form.lower())


# Irregular reporting verbs: lemma -> past, past participle.
_IRREGULAR = {
    "say": ("said", "said"), "tell": ("told", "told"), "write": ("wrote", "written"),
    "think": ("thought", "thought"), "feel": ("felt", "felt"), "know": ("knew", "known"),
    "understand": ("understood", "understood"), "find": ("found", "found"),
    "show": ("showed", "shown"), "swear": ("swore", "sworn"), "seek": ("sought", "sought"),
    "forecast": ("forecast", "forecast"), "broadcast": ("broadcast", "broadcast"),
    "speak": ("spoke", "spoken"), "rule": ("ruled", "ruled"), "cry": ("cried", "cried"),
    "reply": ("replied", "replied"), "deny": ("denied", "denied"), "testify": ("testified", "testified"),
    "clarify": ("clarified", "clarified"), "specify": ("specified", "specified"),
    "certify": ("certified", "certified"), "prophesy": ("prophesied", "prophesied"),
    "worry": ("worried", "worried"), "query": ("queried", "queried"), "justify": ("justified", "justified"),
    "notify": ("notified", "notified"), "see": ("saw", "seen"), "label": ("labeled", "labeled"),
    "lead": ("led", "led"), "shoot": ("shot", "shot"), "lay": ("laid", "laid"), "go": ("went", "gone"),
}


# Verbs whose final consonant doubles before -ed and -ing (a stressed last syllable).
_DOUBLED = {"plan", "admit", "shrug", "snap", "quip", "blog", "brag", "concur", "dub", "refer", "aver", "rebut", "regret",
            "beg", "slam", "pan", "prefer", "commit", "submit", "omit", "jab", "chat", "nag", "prod", "stir", "rap",
            "tap", "spot", "scrap", "flag", "vet", "plot", "pin", "drop", "compel"}


def inflect(lemma: str) -> set[str]:
    """The regular English inflections of a verb lemma, plus known irregular ones."""
    forms = {lemma}
    if lemma in _DOUBLED:
        forms |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("ee"):
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}  # agreeing, seeing
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma in _IRREGULAR:
        forms |= set(_IRREGULAR[lemma])
    if lemma == "label":
        forms |= {"labelled", "labelling"}
    return forms


# Frames of ``cue_verbs.txt`` naming the particle without which a verb is no cue.
PARTICLE_FRAMES = ("back", "off", "for", "out", "on", "after", "in")


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Common nouns that name who speaks rather than what is said, singular and plural: the
    people and groups of ``source_nouns.txt`` (not its documents) and the organisation heads
    of ``organisations.txt`` ("aides", "voters", "a super PAC", "the committee")."""
    sources = read_lines("source_nouns.txt")
    words = {row[0].lower() for row in sources if row[1] != "document"}
    words |= {row[0].lower() for row in read_lines("organisations.txt") if row[1] == "head"}
    documents = {row[0].lower() for row in sources if row[1] == "document"}  # "the paper", but "court papers"
    return frozenset((words | {word + "s" for word in words if not word.endswith("s")}) - documents)


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The reporting-cue lexicon (``data/cue_verbs.txt``, ``cue_phrases.txt``, ``cue_nouns.txt``).

    ``cue_verbs.txt`` rows are LEMMA, CLASS and optional FRAMES (``obj``: the verb's
    object or infinitive complement is reported content; ``about``: only what the verb is
    about, "spoke about X", "spoke out against X"; ``back`` / ``off`` / ``for`` / ``out`` / ``on`` / ``after`` / ``in``: a cue
    only when that word follows, "shot back", "brushed off", "pushed for", "laid out", "weighed in"; ``aspect``: no cue before an infinitive, "continued to …";
    ``noquestion``: no report of a clause opened by a question word, "it remains to be seen whether …";
    ``noas``: no report in an "as" clause without a complement, "…, as the crowd applauded";
    ``norel``: no object report in a relative clause or a participle that describes a noun,
    "Sanders, who is challenging Clinton"; ``as``: a cue only with an "as" phrase after its
    object, "cast Trump as a danger"; ``voice``: a quote right after the verb is what was
    voiced, however short, "yelled “Stay there!”").
    ``cue_phrases.txt`` rows are PHRASE and ROLE (``after``: a prepositional cue whose source
    follows, "according to X"; ``extend``: words that belong to the cue of the verb before
    them, "said in a statement"). ``cue_nouns.txt`` rows are singular nouns that head
    reported speech, with the prepositions (if any) whose object is what the noun reports
    (``attack<TAB>on against``: "his attacks on Clinton")."""
    verbs: dict[str, str] = {}
    object_verbs: set[str] = set()
    particle_verbs: dict[str, str] = {}
    aspect_verbs: set[str] = set()
    about_verbs: set[str] = set()
    as_verbs: set[str] = set()
    question_free: set[str] = set()
    reaction_verbs: set[str] = set()
    descriptive_verbs: set[str] = set()
    voice_verbs: set[str] = set()
    for row in read_lines("cue_verbs.txt"):
        verbs.setdefault(row[0].lower(), row[1] if len(row) > 1 else "speech")
        frames = row[2].split(",") if len(row) > 2 else []
        if "obj" in frames:
            object_verbs.add(row[0].lower())
        for particle in PARTICLE_FRAMES:
            if particle in frames:
                particle_verbs[row[0].lower()] = particle
        if "aspect" in frames:
            aspect_verbs.add(row[0].lower())
        if "about" in frames:
            about_verbs.add(row[0].lower())
        if "as" in frames:
            as_verbs.add(row[0].lower())
        if "noquestion" in frames:
            question_free.add(row[0].lower())
        if "noas" in frames:
            reaction_verbs.add(row[0].lower())
        if "norel" in frames:
            descriptive_verbs.add(row[0].lower())
        if "voice" in frames:
            voice_verbs.add(row[0].lower())
    forms: dict[str, str] = {}
    for lemma in verbs:
        for form in inflect(lemma):
            forms.setdefault(form, lemma)
    phrases = {tuple(row[0].lower().split()): (row[1] if len(row) > 1 else "extend")
               for row in read_lines("cue_phrases.txt")}
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        starts.setdefault(phrase[0], []).append(phrase)
        if phrase[0] in forms and forms[phrase[0]] != phrase[0]:
            starts.setdefault(forms[phrase[0]], []).append(phrase)
    noun_rows = read_lines("cue_nouns.txt")
    nouns = {row[0].lower() for row in noun_rows}
    plural = {noun: noun + ("es" if noun.endswith(("s", "sh", "ch", "x", "z")) else "s") for noun in nouns}
    nouns |= set(plural.values())
    noun_objects = {form: frozenset(row[1].lower().split()) for row in noun_rows if len(row) > 1
                    for form in (row[0].lower(), plural[row[0].lower()])}
    return CueLexicon(verbs=verbs, forms=forms, phrases=phrases, object_verbs=frozenset(object_verbs),
                      phrases_from={k: tuple(v) for k, v in starts.items()}, nouns=frozenset(nouns), noun_objects=noun_objects,
                      particle_verbs=particle_verbs, aspect_verbs=frozenset(aspect_verbs), about_verbs=frozenset(about_verbs), as_verbs=frozenset(as_verbs),
                      question_free=frozenset(question_free), reaction_verbs=frozenset(reaction_verbs),
                      descriptive_verbs=frozenset(descriptive_verbs), voice_verbs=frozenset(voice_verbs))


@lru_cache(maxsize=4)
def cue_word_pattern(extra: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A case-blind regex for any reporting word of :func:`cue_lexicon` (a verb form or a noun
    such as "statement") or of ``extra``, as a whole word: where a statement can be. A verb
    that reports only with its particle counts only with it ("pushed for", not "pushed")."""
    lexicon = cue_lexicon()
    words_of = {re.escape(f) for f, lemma in lexicon.forms.items() if lemma not in lexicon.particle_verbs}
    words_of |= {re.escape(f) + r"\s+" + re.escape(lexicon.particle_verbs[lemma])
                 for f, lemma in lexicon.forms.items() if lemma in lexicon.particle_verbs}
    words_of |= {re.escape(f) for f in lexicon.nouns | extra}
    words = "|".join(sorted(words_of, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Title:
    """A row of ``data/titles.txt``: the office a title word names and its flags."""

    role: str  # words naming one office share it ("sen.", "senator" -> "senator"); "" for a bare honorific
    flags: frozenset[str]  # "hon" (Mr., Mrs.), "m"/"f" (gender), "pre" (used before a name)


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """The titles, roles and honorifics of ``data/titles.txt``, by lower-case word as written
    ("sen.", "senator", "mr.")."""
    return {
        row[0].lower(): Title("" if row[1] == "-" else row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset())
        for row in read_lines("titles.txt")
        if row and row[0]
    }


@lru_cache(maxsize=1)
def pronouns() -> dict[str, tuple[str, str, str]]:
    """The personal pronouns of ``data/pronouns.txt``: form -> (gender, number, person)."""
    return {row[0].lower(): (row[1], row[2], row[3]) for row in read_lines("pronouns.txt") if row and row[0]}


__all__ = ["CueLexicon", "Title", "cue_lexicon", "inflect", "pronouns", "read_lines", "titles"]
