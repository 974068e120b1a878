"""The ``quotewire_attributions`` component: who said what, over a parsed Doc.

Five families of rules, each encoding how English news copy (and wire copy translated
into English) reports speech:

1. Direct quotes (from ``quotewire_quotes``) get their cue and source from the clause next
   to them: after the quote (“…,” said Lavrov / “…,” he said / “…”, – noted the Minister),
   before it (Lavrov said: “…” / He told reporters, “…” / Lavrov stressed that “…”), or
   inside it, where Russian wire copy interrupts a quote with a dash: “A – said Lavrov. – B”,
   or in the sentence just before it when that sentence's reporting verb says nothing of its
   own (X said in a statement. “…”). The title of a work after its noun (his book, ''An
   American Son'') is not a statement.
   A headline-style "Clinton: “…”" takes the name before the colon as its source. A quote
   that stands as a sentence of its own with no cue, right after an attributed quote,
   continues it (“A,” he said. “B.” is one attribution with two content spans). Words of
   the reported clause in front of the quote belong to the content (The people of
   Scranton “deserve better,” she said), and so do both halves of a sentence a cue clause
   interrupts before its quoted predicate (The club's investment, she said, “is a perfect
   example” of adapting). A quoted paragraph signed on the next line (⏎- Bernie Sanders.)
   takes the signature as its source.
2. Indirect speech: a reporting verb from the cue lexicon with a clausal complement
   (X said that Y / X warned Y would …), or with the reported clause in front of it
   (Y, X said); a reported clause that runs into a quote after its cue is one content (X
   said the turmoil was not the fault of banks, "not by a long shot."); an adjective of
   belief with a "that"-clause gives its subject's view (X remains confident that Y / X
   made it clear that Y).
3. Reporting verbs whose content is a non-clausal complement (X called Y a liar / X urged
   Y to … / X pledged to … / X accused Y of …), for the verbs the lexicon marks ``obj``;
   their passive with an agent reports its subject (Y was criticized by X), and a passive's
   subject is a part of its content (Trump | is expected | to win); and any verb
   that casts its object as a quoted label (X pounded Y as a “con artist”).
4. Prepositional cues from ``data/cue_phrases.txt``: "according to X, Y", "Y, in the
   words of X"; and surveys that frame a clause ("In a new Marist poll, Y" / "Y in an NBC
   poll").
5. Noun cues from ``data/cue_nouns.txt`` with a possessive owner: "her remark that Y",
   "Comey's conclusion that Y", "his call for “Y”", "Trump stepped up his attacks on Y";
   and headline lines "Name: statement ending in a ‘quote.’" (the title line also without
   a quote). A quote that ends a reported clause ends its content when another report
   follows (X stressed that “Y,” suggesting …).

Where an indirect content ends is then weighed once more by a trained ranker
(``content_ends.py``, weights learned on PolNeAR train): it may end the content at another
comma, conjunction or preposition of the sentence where it is confident the annotators would.

Sources are the subject of the cue verb (relative pronouns included: PolNeAR marks
"who"), the subject of the verb a participle or infinitive hangs off (X released a statement
saying … / X went to Twitter to say …) or its object after "urge", "require" and the like,
the agent of a passive, or the noun phrase after an inverted cue (said the Minister) — never
a dateline, a dash or a day (of two subjects the parser gives a verb, the nearest before it).
A passive report ("Clinton was asked about Y", "Asked about Y, Ryan said …", "Asked if Y, …")
and how things seem to the writer ("Sanders | seemed | to be of two minds", PolNeAR's
sourceless statements) have no source; other statements without one are not reported.

Results are character offsets into ``doc.text``: ``doc._.qw_attributions`` holds
:class:`RawAttribution` records and the span groups ``qw_source``, ``qw_cue`` and
``qw_content`` hold the same spans for display. ``quotewire.convert`` turns them into
:class:`quotewire.model.Attribution` records.

Paragraphs without a cue word are only tokenised (no tags, no parse): every rule reads
``dep_``/``pos_``/``tag_`` defensively and simply finds nothing there.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import CueLexicon, agent_nouns, cue_lexicon, inflect, titles
from ..quotes import Quote, find_quotes, is_quote_mark, outer_quotes
from .content_ends import ContentEnds, shipped_weights
from .text import doc_text

EXTENSION = "qw_attributions"
DASHES = "–—"
# Nouns of a work whose title may follow them in quotes ("his book, ''An American Son''").
WORK_NOUNS = ("book", "books", "autobiography", "memoir", "column", "show", "program", "programme", "film",
              "movie", "documentary", "song", "album", "novel", "essay", "op-ed", "headline", "series",
              "podcast", "play", "poem", "titled", "entitled", "dubbed")
_WORK_BEFORE = re.compile(rf"\b(?:{'|'.join(WORK_NOUNS)})\s*,?\s*$", re.IGNORECASE)
# Words a title leaves in lower case; a title's other words are capitalised.
_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as"}
TITLE_MAX_WORDS = 10
# A quote of this many words or fewer with no cue is a scare quote or a title, not a statement.
MIN_DIRECT_WORDS = 3
# A quote of this many words or more is a statement: no reporting verb inside it starts an
# attribution of its own.
QUOTED_STATEMENT_WORDS = 8
# How many tokens away from a quote its cue may stand.
WINDOW_AFTER = 14
# ... and how many when a long apposition closes right before it (“…,” Michael McFaul, a
# senior fellow at … and a former ambassador to Russia, said).
WINDOW_AFTER_APPOSITION = 30
# How many words may interrupt a quote (“A,” Trump said at the rally, “B”).
INTERRUPTION_WORDS = 10
WINDOW_BEFORE = 14
SUBJECT_DEPS = {"nsubj", "csubj"}
# a relative word that stands for what was said: "emails, which she said were all her work"
RELATIVE_WORDS = {"that", "which", "whom", "who", "what"}
# the relative words that can be a clause's subject: "Sanders, who endorsed Clinton"
SUBJECT_RELATIVES = frozenset({"who", "which", "that"})
#: relative pronouns that can be a verb's object ("who he dubbed …", "which he called …")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
COMPLEMENT_DEPS = {"ccomp"}
# the words that open an indirect question: "whether a new chain of command can fix it"
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "if", "who", "whom", "whose", "where", "when", "which"})
# the modifiers of a noun phrase: "The Sanders campaign" (a speaker the parser took for modifiers)
NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "case", "punct"})
# Right dependents of a reporting verb that make up a non-clausal content.
OBJECT_DEPS = {"dobj", "dative", "oprd", "xcomp", "prep", "attr", "acomp", "ccomp", "pcomp"}
# Prepositions that, after a cue verb's object, open an adjunct (when, where, how it was
# said), not more of the content: "claimed victory in a tweet", "stressed it on Sunday".
ADJUNCT_PREPS = {"at", "after", "during", "before", "since", "following", "via", "amid"}
# "in"/"on" open such an adjunct only before a time or a medium ("on Sunday", "in a tweet");
# otherwise they may carry the content ("blamed the law on Democrats").
PERIOD_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "week", "month", "year", "years", "night", "morning",
                "afternoon", "evening"}
OCCASION_WORDS = PERIOD_WORDS | {"statement", "interview", "tweet", "speech", "debate", "post", "letter", "email",
                                 "appearance", "rally", "hearing", "conference", "video", "ad", "op-ed", "remarks",
                                 "address", "broadcast", "show", "program", "page", "facebook", "twitter"}
# Prepositions that, opening what follows a cue verb, say where, by whom or from what, not
# what was said: "noted in The Intercept", "was confirmed by …", "showed up in their
# paychecks". PolNeAR train precision of object reports opening with them: in 0.21 (48),
# by 0.32 (19), from 0.00 (14), over 0.33 (9), into 0.20 (5).
LEADING_ADJUNCT_PREPS = {"in", "by", "from", "over", "into"}
# ... and after the cue of a relative report ("which Cruz proposed under a flat rate")
RELATIVE_ADJUNCT_PREPS = frozenset(LEADING_ADJUNCT_PREPS | {"under"})
# Prepositions that join a cue verb when they open its content: "commented on", "talked about",
# "remarked upon" ("upon": PolNeAR train exact +5, no loss).
CUE_PREPOSITIONS = {"on", "upon", "about", "with", "to", "for", "against", "of"}
# Those of them that open what an "about" verb reports ("spoke about X", not "spoke to X").
ABOUT_PREPOSITIONS = (" about", " of", " against")
# Nouns that, as a verb's object, say what kind of statement it is ("expressed concern about X",
# "has shown no interest in X"); the preposition after them opens the content (PolNeAR train:
# content_exact +0.0003; "support" is left out: its gold content keeps the noun more often).
TOPIC_NOUNS = frozenset({"concern", "concerns", "interest", "thoughts", "questions", "doubts", "worries", "frustration", "skepticism"})
TOPIC_PREPOSITIONS = frozenset({"about", "over", "in", "on", "regarding", "with"})
# Nouns that name a proposition, with the "that"-clause that spells it out ("accusations that
# he exaggerated", "the idea that …"): reported together (see ``_proposition_noun``).
# The subordinators of a condition: "If …, X warned, …" (see ``_condition_before``).
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
PROPOSITION_NOUNS = frozenset(form for lemma in (
    "idea", "notion", "fact", "evidence", "news", "report", "rumor", "possibility", "allegation", "accusation",
    "claim", "comment", "suggestion", "assertion", "charge", "concerns", "fears", "speculation", "theory", "belief",
) for form in (lemma, lemma + "s" if not lemma.endswith("s") else lemma))
# Right dependents that may stand between two parts of such a content.
OBJECT_GAP_DEPS = {"npadvmod", "advmod"}
# Verbs whose first object is what their second one names ("called you a liar", "dubbed him …").
NAMING_VERBS = frozenset({"call", "name", "dub", "label", "brand", "consider", "deem", "declare", "pronounce"})
# The quoted speaker's own words, never the writer's interruption of a quote.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
# Objects of a cue that are not the subject of the clause after it ("said so", "said it would …").
NOT_SUBJECT_OBJECTS = frozenset({"it", "this", "that", "so", "something", "anything", "nothing"})
# Dependency links a participle or infinitive inherits its subject through.
INHERIT_DEPS = {"xcomp", "conj", "pcomp", "prep", "dative"}
PARTICIPLE_DEPS = {"advcl", "acl"}
# "as" and a quoted label: "pounding Trump as a “con artist”" (see ``_as_quoted``; the
# extractor parses a paragraph where it occurs even without a cue word).
AS_QUOTED = re.compile(r"\bas\s+(?:(?:an?|the)\s+)?[“\"‘'«„]", re.IGNORECASE)
# Whether a noun cue's "that"-clause must hold a quote to be reported (precision on PolNeAR).
NOUN_CUE_NEEDS_QUOTE = False
# Words that head a subject but never are a speaker.
NOT_SOURCES = {"there"}
# Verbs whose object, not subject, does their "to" infinitive: "urged voters to reject …".
OBJECT_CONTROL = {form for lemma in ("require", "ask", "urge", "tell", "force", "allow", "encourage", "expect",
                                     "persuade", "invite", "press", "order", "instruct", "remind", "convince",
                                     "implore", "beg", "prompt", "pressure", "compel", "enable", "challenge", "lead")
                  for form in inflect(lemma)}
# Verbs whose object is made to do the next verb: "let them know", "made him say" (not a report of theirs).
CAUSATIVES = {"let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping"}
# Words that say when, not who ("said Monday"): never an inverted speaker.
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "recently"}
# Cue lemmas whose object is the one spoken to, never an inverted speaker ("told Fox News").
ADDRESSEE_LEMMAS = frozenset({"tell", "ask"})
# ... and the cue lemmas whose object may be the one spoken to ("The solution, the partner told
# them, was simple"; "– reminded Lavrov." still has its speaker after the verb)
ADDRESSEE_VERBS = ADDRESSEE_LEMMAS | {"assure", "remind", "warn", "inform", "advise"}
# Determiners that stand for a noun phrase after a cue ("tweeted another", "said one").
PRONOMINAL_DETERMINERS = {"another", "one", "some", "others", "many", "several", "both", "each"}
# Adverbs PolNeAR keeps in the cue ("also said", "has previously said").
CUE_ADVERBS = {"also", "later", "previously", "then", "again", "repeatedly", "recently", "earlier", "once", "further"}
VERB_TAGS = {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}
# "Clinton: “…”", "Sen. Bernie Sanders: “…”" — a short name and a colon before a quote.
# Also after a dash or a sentence end ("Pollsters agree - Carl Bialik: “…”") and with
# "from" ("More from Jones: “…”", "From the report: “…”"), and two names ("Newport and Harter:").
_NAME_COLON = re.compile(
    r"^[\s(]*(?:(?:[Mm]ore\s+)?[Ff]rom\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
    r"(?:\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)?(?:\s*\([A-Z][\w.]*-[A-Z][\w.]*\))?|the\s+[a-z]+)\s*:\s*$"
)
# A headline's words and punctuation (``_headline_report``).
_HEADLINE_WORD = re.compile(r"[\w’'.$%-]+|[,;:–—]")
# Where a headline's reported object ends: its clause or an adjunct of place, cause or occasion.
_HEADLINE_CLAUSE_END = re.compile(r"\s*(?:[;:,–—]|\s-\s|\.\s*$|\s(?:over|at|despite|amid|as|while|but)\s)", re.IGNORECASE)
HEADLINE_MAX_CHARS = 160
# Words that open a headline without its subject ("As Trump demands wall, …", "Why …").
HEADLINE_OPENERS = frozenset({"as", "why", "how", "when", "if", "after", "amid", "in", "on", "with", "what", "who", "where", "while", "before", "ready", "watch", "here"})
# Words that cannot stand in a headline's subject: the verb read is not the headline's.
HEADLINE_FUNCTION_WORDS = frozenset({"to", "the", "a", "an", "of", "for", "in", "on", "at", "by", "from", "with", "will", "would",
                                     "can", "could", "may", "might", "must", "should", "is", "are", "was", "were", "has", "have",
                                     "not", "don’t", "don't", "didn’t", "didn't", "that", "who", "which"})
# Present forms of object verbs that headlines mostly use as nouns ("Morning Email", "Poll Points …").
HEADLINE_NOUN_FORMS = frozenset({"email", "emails", "post", "posts", "report", "reports", "state", "states", "point", "points",
                                 "plan", "plans", "term", "terms", "name", "names", "issues", "list", "lists", "order", "orders",
                                 "question", "questions", "request", "requests", "offer", "offers", "show", "shows", "share",
                                 "shares", "tweet", "tweets", "comment", "comments", "answer", "answers", "quote", "quotes",
                                 "attack", "attacks", "support", "backs", "walk", "press", "signal", "signals", "voice", "charge",
                                 "charges"})
# Particles that belong to the verb ("calls for", "hints at", "talks about").
HEADLINE_PARTICLES = {"call": ("for", "on", "out"), "hint": ("at",), "press": ("for",), "talk": ("about",), "rail": ("against",),
                      "point": ("to",), "plead": ("for",), "refer": ("to",), "respond": ("to",), "reply": ("to",)}
# A headline line "John McCain: Republican Anger Appeals to ‘Bad Angels.’" (name, colon, statement); also a
# name's editorial, camp, campaign, report or reaction ("Clinton camp: Trump's Islamaphobia threatens …").
_HEADLINE_NAME_COLON = re.compile(r"^((?P<name>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*(?:[ \t]+(?:editorial|camp|campaign|report|reaction))?)"
                                  # where and to whom: "Clinton to Planned Parenthood:", "Obama on Climate Change:"
                                  r"(?:[ \t]+(?:to|at|on|To|At|On)(?:[ \t]+[A-Z][\w.’'-]*){1,3})?):[ \t]+([^\n]{10,180}?)[ \t]*$", re.MULTILINE)
# What "tell" reports as its object ("Fox told a slightly different tale", "tells the story of
# how …"); otherwise its object is the one told ("told reporters"), not what was said. Not
# "tell the truth" (an idiom), nor advice ("needs to tell more jokes": see _told_story).
TOLD_NOUNS = frozenset({"story", "stories", "tale", "tales", "joke", "jokes"})

# Head nouns of a survey that reports what it found: "in a new poll", "in exit polls".
SURVEY_NOUNS = {"poll", "polls", "survey", "surveys", "study"}
# What reports its findings: "A recent CNN survey found 90 percent support for background
# checks", "One influential 2009 paper found improvements in …"
FINDING_NOUNS = SURVEY_NOUNS | {"studies", "paper", "report", "analysis", "investigation", "review", "audit", "inquiry", "research"}
# "Sanders seemed to be of two minds": the writer's judgement, a statement with no source
# in PolNeAR (train: 135 gold statements with such a cue that no rule found; the rule's
# precision 121 of 229 on train, 0.44 on dev with n = 16)
APPEARANCE_VERBS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
# "The FBI is reportedly making arrangements …": the writer passes on what others report
HEARSAY_ADVERBS = frozenset({"reportedly"})
# Adjectives of belief whose "that"-clause is the subject's view ("labor leaders remain confident
# that …", "Democrats are concerned that …"; "made it clear that …"). On PolNeAR train about half
# of these are marked as attributions; "sure", "likely" and "possible" far fewer (not listed).
# Session 34 added those the texts of PolNeAR train have before "that" as gold cues every time:
# adamant 3 of 3, unaware 2 of 2, upset 1 of 1, fearful 1 of 1 ("certain" 1 of 3, "surprised" 2 of 6 not).
BELIEF_ADJECTIVES = frozenset({"confident", "convinced", "hopeful", "concerned", "aware", "optimistic", "worried", "clear",
                               "adamant", "unaware", "upset", "fearful"})
# The verbs such an adjective reports with: a copula or feeling ("is", "remain", "felt") or, for
# "clear", a form of "make".
BELIEF_LINKS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'m", "’m", "'re", "’re", "'s", "’s",
                          "remain", "remains", "remained", "feel", "feels", "felt", "seem", "seems", "seemed",
                          "grow", "grew", "become", "became"})
MAKE_FORMS = frozenset({"make", "made", "makes", "making"})
# Adjectives of stance whose prepositional object is what the subject holds a view of ("Trump
# is critical of the deal", "voters remain skeptical of her plan", "he was upbeat about his
# chances"). On PolNeAR train 43 of 67 such adjectives after a linking verb are gold cues; the
# belief adjectives above with "of" / "about" far fewer ("worried about" 4 of 13, "aware of"
# 4 of 12, "concerned about" 2 of 14: not listed).
STANCE_ADJECTIVES = frozenset({"critical", "skeptical", "sceptical", "supportive", "wary", "enamored", "upbeat", "vocal",
                               "angry", "unhappy", "pleased", "fond", "frustrated", "appreciative", "cynical", "lukewarm",
                               "unapologetic", "mistrustful", "dismissive", "enthusiastic", "bullish", "bearish", "scornful",
                               "contemptuous", "disdainful", "suspicious", "hopeful", "outspoken", "adamant"})
STANCE_PREPOSITIONS = frozenset({"of", "about", "with", "toward", "towards", "on"})
# Adjectives of will whose infinitive is what the subject wants or shuns: "the White House was
# eager to assuage public outrage", "some of his supporters remain reluctant to get behind Mrs.
# Clinton". PolNeAR marks the linking verb and the adjective as the cue, the infinitive as the content.
INTENT_ADJECTIVES = frozenset({"eager", "reluctant", "hesitant", "keen", "willing", "unwilling"})
# A stance voiced with a light verb and a noun: "expressed concern that …", "voiced support for a
# single-payer system". On PolNeAR train 55 of 101 such phrases of these verbs and "raise"
# (with the preposition or "that" right after the noun) are gold cues; of the express / voice /
# air / signal ones the rules read with the noun in the content, PolNeAR ends the cue at the
# preposition (or the noun) 15 times against 4 where the noun has no determiner.
LIGHT_VERBS = frozenset({"express", "expresses", "expressed", "expressing",
                         "voice", "voices", "voiced", "voicing", "air", "airs", "aired", "airing",
                         "signal", "signals", "signaled", "signalled", "signaling", "signalling"})
STANCE_NOUNS = frozenset({"question", "questions", "concern", "concerns", "doubt", "doubts", "fear", "fears", "worry", "worries",
                          "reservations", "objections", "skepticism", "support", "opposition", "criticism", "outrage",
                          "frustration", "disappointment", "confidence", "alarm", "dismay", "anger", "sympathy", "regret",
                          "admiration", "interest", "praise", "optimism", "displeasure", "unease", "discomfort"})
STANCE_NOUN_PREPOSITIONS = frozenset({"about", "over", "for", "of", "with", "in", "on", "to", "at", "regarding", "toward", "towards"})
# Idioms of a light verb whose last preposition governs what is reported: "took issue with the
# prediction", "has taken frequent shots at Mr. Trump", "made no secret of his frustration",
# "distanced himself from the remarks". Each is the verb's forms and the words that follow it in
# order; up to two modifiers may come before a word other than the preposition ("took a direct
# shot at", "makes no specific mention of").
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_MAKE = frozenset({"make", "makes", "made", "making"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
IDIOMS: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = (
    (_TAKE, (frozenset({"issue"}), frozenset({"with"}))),
    (_TAKE, (frozenset({"aim"}), frozenset({"at"}))),
    (_TAKE, (frozenset({"shot", "shots", "swipe", "swipes", "jab", "jabs", "potshots"}), frozenset({"at"}))),
    (_MAKE, (frozenset({"no"}), frozenset({"secret"}), frozenset({"of"}))),
    (_MAKE, (frozenset({"no"}), frozenset({"mention"}), frozenset({"of"}))),
    (frozenset({"distance", "distances", "distanced", "distancing"}), (REFLEXIVES, frozenset({"from"}))),
)
IDIOM_VERBS = frozenset(form for forms, _ in IDIOMS for form in forms)
IDIOM_MODIFIER_POS = frozenset({"DET", "ADJ", "ADV", "NUM"})
#: words besides the cue lexicon's that the rules read as cues ("according to", "a poll found",
#: "as Vulture put it")
STATEMENT_WORDS = frozenset({"according", "put it", "puts it"} | SURVEY_NOUNS | APPEARANCE_VERBS | BELIEF_ADJECTIVES | STANCE_ADJECTIVES
                            | HEARSAY_ADVERBS)
# Leads that name a rubric, not a speaker ("Update: …", "The Latest: …", "Q: …").
RUBRICS = {"update", "updated", "correction", "clarification", "watch", "video", "photos", "live", "breaking", "exclusive",
           "editorial", "opinion", "analysis", "review", "paid notice", "email", "q", "a", "the latest",
           "news guide", "fact check", "delegate update",
           # a byline and the kickers of viral headlines ("BUSTED: …", "Revealed: …"): nobody speaks
           "byline", "look", "boom", "busted", "revealed", "bombshell", "just leaked", "just in", "wow", "must see", "must watch"}
# “…” ― Sonya Herridge: a quote signed with a dash and a name, nothing else after it.
_SIGNED_NAME = r"[ \t\u00a0]*((?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w.’'-]*[\w])[ \t\u00a0]*[.,]?[ \t\u00a0]*"
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)" + _SIGNED_NAME + "$")
# The same signature alone on the line after a quoted paragraph ("- Bernie Sanders.").
_SIGNATURE_LINE = re.compile(r"[ \t\u00a0]*\n\s*(?:―|—|–|--|-)" + _SIGNED_NAME + r"(?=\n|$)")
# A paragraph that ends with a colon, and the line breaks after it ("Hewitt writes:⏎⏎").
_BLOCK_LEAD = re.compile(r":[ \t\u00a0]*\n\s*")
# A markup tag a scraper left in the text ("<tweet tweet-author=…>", "<tweet/>", "</a>").
_MARKUP_OPEN = re.compile(r"<[a-z]+(?:\s[^<>\n]*)?>")
_MARKUP_CLOSE = re.compile(r"</?[a-z]*/?>")
# The rest of a sentence within its paragraph: no sentence end and no quote mark before its
# own end (group 1, absent where the paragraph ends without one), then white space.
_REST_OF_SENTENCE = re.compile(r"[^.!?\n“”\"]*([.!?])?\s*")
# Where a sentence stops (a full stop, maybe inside closing marks, before a space).
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"”’»']*(?:\s|$))")
# Where the lead-in of a "Name:" quote may begin inside a paragraph.
# After a quote: the sentence goes on with a word ("‘No Idea’ If I Would …"), not a comma or an end.
_GOES_ON = re.compile(r"[ \t\u00a0]+(?=[\w‘“'\"])")
# The end of a sentence, with the closing quote marks after it.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»']*(?=\s|$)")
_LEAD_BOUNDARY = re.compile(r"[.!?][\"”’»']?\s+|\s[-–—]+\s*")
# Words after a quote that open a new clause: a cue after them is not the quote's.
CLAUSE_BREAKS = {"but", "while", "although", "though", "because", "when", "if", "since", "whereas"}
#: subordinators that set a second report against the first ("…, while Cruz said …")
CONTRAST_MARKS = frozenset({"while", "whereas"})
#: a sentence-opening connective ("But", "Still,", "In fact,"): the writer's link to what came before
_LEADING_CONNECTIVE = re.compile(r"(?:(?:But|And|Yet|Now)\s+|(?:Still|However|Meanwhile|In fact|In addition|Indeed|Even so|Nevertheless|Nonetheless|Moreover|Furthermore|In all|Instead|Plus|Besides),\s+)(?=\S)")
#: subordinators that open a clause without subject or auxiliary ("when asked", "if elected")
CUT_SHORT_SUBORDINATORS = frozenset({"when", "if", "once", "after", "before", "while", "until", "unless"})
QUOTE_CHARS_OPEN = "“\"„«‘'`"
QUOTE_CLOSERS = "”»’\"'"
# ", but …" right after a statement: what follows is a new clause, not the next content.
_CLAUSE_AFTER_CUE = re.compile(rf"\s*[,;]\s*(?:{'|'.join(sorted(CLAUSE_BREAKS))})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’»']?\s+$")


@dataclass
class RawAttribution:
    """An attribution as character offsets into ``doc.text`` (before conversion)."""

    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    kind: str = "indirect"
    confidence: float = 0.5
    rule: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _adjunct(prep: Token, *, media: bool = True) -> bool:
    """Whether a prepositional phrase after a cue's object says when or where, not what.

    "in"/"on" count before a time ("on Sunday", "in 1998") and, with ``media``, before a
    medium or occasion ("in a tweet"); without it "commenting on her speech" keeps its
    content when nothing else follows the cue."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ADJUNCT_PREPS:
        return True
    if prep.lower_ in ("in", "on"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            return False
        word = objects[0].lower_
        return word in TIME_WORDS or word in PERIOD_WORDS or objects[0].like_num or (media and word in OCCASION_WORDS)
    return False


def _has_said(verb: Token) -> bool:
    """"He's said …" parsed as a passive: the contracted "'s" is "has" when nothing says by
    whom and the verb goes on to report ("He's said, “…”", "She's said that …")."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    return (contracted and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ in ("ccomp", "dobj") or is_quote_mark(c.text) for c in verb.children if c.i > verb.i))


def _particle_after(token: Token, particle: str = "back") -> bool:
    """Whether ``particle`` follows a verb ("shot back", "wrote back", "brushed off")."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == particle


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Titles written with a full stop ("rep.", "sen.", "mr."), from the packaged ``titles.txt``."""
    return frozenset(word for word in titles() if word.endswith("."))


def _after_title(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a title ("Rep. Trey Gowdy"), not a sentence."""
    word = re.search(r"[\w.]+$", text[max(0, stop - 12) : stop + 1])  # the longest title is short
    return word is not None and word.group().lower() in _title_abbreviations()


def _in_favor(prep: Token) -> bool:
    """"argued in favor of …": a preposition that states a position, not where it was stated."""
    return prep.lower_ == "in" and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ in ("favor", "favour", "support")


#: participles that name a kind of the noun right after them, never report it
MODIFIER_PARTICIPLES = {"pledged": frozenset({"delegate", "delegates"}), "unpledged": frozenset({"delegate", "delegates"})}

#: first words after ", according to X," that start a clause of their own, not the rest of the interrupted one
#: (not CLAUSE_BREAKS: after "because", "when", "if" the interrupted sentence goes on; measured, train -0.0001)
INTERRUPT_BREAKS = frozenset({"and", "but", "or", "while", "whereas", "which", "who", "whom", "whose", "though", "although", "so", "yet"})

#: passive participles whose subject is the speaker of an "as saying" after them
QUOTED_AS = frozenset({"quoted", "cited"})


def _quoted_as(token: Token) -> Token | None:
    """The passive verb of "X is quoted as saying …" ("was cited as telling …") where ``token``
    is the participle after "as": its subject, not the one who quotes, said it."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "as" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.lower_ not in QUOTED_AS or verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return verb


#: auxiliaries of a past report's future or possibility ("would", "could"): the reported speech goes on
BACKSHIFT_AUX = frozenset({"would", "could", "might", "should", "'d", "’d"})


def _backshifted_conjunct(cue: Token, last: Token) -> Token:
    """The end of a reported clause, taken on over a conjunct the parser joined to the cue verb
    when its modal says it is still the report ("Carter said that critics had predicted a
    withdrawal, but this would not happen"; "she hoped to get it back, and then would continue …")."""
    for conj in cue.rights:
        if (conj.dep_ == "conj" and conj.left_edge.i > last.i and conj.left_edge.i <= last.i + 3
                and any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in cue.children if last.i < c.i < conj.i)
                and ((cue.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUX for c in conj.children))
                     or (cue.tag_ in ("VBZ", "VBP") and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "can", "may") for c in conj.children)))):
            return conj.right_edge if not conj.right_edge.is_punct else conj.right_edge.nbor(-1)
    return last


def _coordinated_clause(token: Token, clause: Token) -> bool:
    """Whether the parser hung a main clause joined by ", and" on a cue as its complement:
    "Trump called the system “rigged” in a tweet, and a few lawmakers have called for …"
    (after the cue's object; not a second "that"-clause, "said that …, and that …")."""
    doc = token.doc
    first = clause.left_edge
    return (clause.i > token.i and first.i >= 2 and doc[first.i - 1].lower_ in ("and", "but") and doc[first.i - 2].text == ","
            and first.lower_ != "that" and any(c.dep_ == "dobj" and token.i < c.i < first.i for c in token.children))


def _as_saying(token: Token) -> Token | None:
    """The participle of "as saying" after a passive "quoted" (see :func:`_quoted_as`)."""
    if token.lower_ not in QUOTED_AS:
        return None
    return next((c for p in token.children for c in p.children if _quoted_as(c) == token), None)


def _passive_participle(token: Token) -> bool:
    """A past participle standing alone as an adverbial clause: "Asked whether …, she said"
    (also when the tagger reads a sentence-opening "Asked what …," as a past tense)."""
    if token.dep_ != "advcl" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        return False
    if token.tag_ == "VBN" or (token.tag_ == "VBD" and token.i == token.sent.start and token.head.i > token.i):
        return True
    # "…, Mrs. Clinton said on the show last month when asked what …": a past tense right after
    # a subordinator, with no subject of its own, is the participle of a clause cut short
    return token.tag_ == "VBD" and any(c.dep_ in ("advmod", "mark") and c.lower_ in CUT_SHORT_SUBORDINATORS and c.i == token.i - 1
                                       for c in token.children)


def _is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def _clock_time(token: Token) -> bool:
    """"11:00 am", "3 p.m.": a time of day (a live blog's entry), never a speaker."""
    return token.lower_ in ("am", "pm", "a.m.", "p.m.", "a.m", "p.m") and any(c.like_num or ":" in c.text for c in token.lefts)


def _is_dash(token: Token) -> bool:
    """A dash: "—", "–", "--", "―", or a hyphen with a space on either side ("Mr. Trump - 60 percent")."""
    if token.text in ("--", "―") or (len(token.text) == 1 and token.text in DASHES):
        return True
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _quote_token(token: Token) -> bool:
    """Whether a token is a quote mark, not a possessive apostrophe ("Vargas’ question",
    "the voters' choice": ’ or ' glued to a word in s, before a space)."""
    if not is_quote_mark(token.text):
        return False
    if token.text in ("’", "'") and token.i > 0 and token.whitespace_:
        before = token.doc[token.i - 1]
        return not (before.text[-1:] in ("s", "S") and not before.whitespace_)
    return True


def _strip(text: str, start: int, end: int, chars: str = " \t\n\r\u00a0,;:–—-") -> tuple[int, int]:
    """Narrow ``start..end`` so it does not begin or end with white space (any kind) or ``chars``."""
    while start < end and (text[start] in chars or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return start, end


_TRAILING_CONJUNCTION = re.compile(r"[\s,;]+(?:and|but|or|nor)$")


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and the clause's closing punctuation from indirect content."""
    start, end = _strip(text, start, end, " \t\n\r\u00a0,;:–—-")
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    start, end = _strip(text, start, end)
    # a clause the parser ran into the next one's conjunction ("…work together, and")
    trailing = _TRAILING_CONJUNCTION.search(text, start, end)
    if trailing is not None and trailing.start() > start:
        start, end = _strip(text, start, trailing.start())
    return start, end


#: what may stand between a cue and a short quoted sentence it reports: its object and an adverb
#: ("told the Reuters news agency simply, “We lost.”")
SHORT_LEAD_IN_DEPS = frozenset({"dobj", "dative", "det", "compound", "amod", "poss", "advmod", "npadvmod", "punct"})


def _told_then_quoted(doc: Doc, cue: Token, quote: Quote) -> bool:
    """Whether a quote follows its cue after a comma or colon alone ("Priebus said,
    “Probably.”"), or after the cue's object and an adverb ("told the agency simply, “We
    lost.”"), never a preposition ("called her by a nickname, “Gert.”")."""
    text = doc_text(doc)
    lead_in = text[cue.idx + len(cue) : quote.start_char].strip()
    if lead_in in (",", ":"):
        return True
    if not lead_in.endswith((",", ":")) or len(lead_in.split()) > 5:
        return False
    words = doc.char_span(cue.idx + len(cue), quote.start_char, alignment_mode="expand")
    return words is not None and all(t.dep_ in SHORT_LEAD_IN_DEPS for t in words)


def _reopened_paragraph(text: str, quote: Quote) -> int | None:
    """Where the last paragraph of a quote run on across paragraph breaks opens (at its
    opening mark: "“B.⏎⏎“C,”" opens at the second “), or None."""
    for match in reversed(list(re.finditer(r"\n\s*", text[quote.start_char : quote.end_char]))):
        at = quote.start_char + match.end()
        if at < quote.end_char and text[at] in QUOTE_CHARS_OPEN:
            return at
    return None


def _owner_agrees(owner: Token, subject: Token) -> bool:
    """Whether a possessive pronoun can stand for a clause's subject that names a speaker:
    "Trump ratcheted up his attacks", "Latino Republicans … their criticism", not "I … his
    endorsement" or "Ros-Lehtinen … their criticism"."""
    word = subject.lower_
    if subject.pos_ == "PRON":
        return word == {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}.get(owner.lower_)
    if subject.pos_ != "PROPN" and word not in agent_nouns():
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return (owner.lower_ == "their") == plural and owner.lower_ in ("his", "her", "their", "its")


def _kind_of(text: str, content: tuple[int, int]) -> str:
    """"mixed" when reported speech holds a quoted fragment, else "indirect" (the doubled
    apostrophe is a quote mark too: "called it ''racially toxic''")."""
    span = text[content[0] : content[1]]
    return "mixed" if any(ch in span for ch in "“”\"«»„") or "''" in span else "indirect"


# A transcript's speaker label: "KATE BOULDUAN: Why not debate?", "TRUMP: The deaths of …".
_TRANSCRIPT_LINE = re.compile(r"^[ \t]*((?:[A-Z][A-Z.’'-]*[ \t]+){0,3}[A-Z][A-Z.’'-]*[A-Z.]):[ \t]*(\S[^\n]*)$", re.MULTILINE)
_LABEL_SMALL_WORDS = {"OF", "THE", "FOR", "IN", "ON", "AT", "TO", "BY", "WITH", "AND"}


def _transcript_lines(text: str) -> list[RawAttribution]:
    """The lines of a transcript: a speaker's name in capitals, a colon, what they said.

    Television transcripts set each turn as "BOULDUAN: Why not debate?"; PolNeAR train gives 12
    of the 13 such lines below the headline to the label as an attribution (the 13th is a rubric,
    "STAT OF THE WEEK:"). A name in mixed case before a colon is not taken: in train only 8 of 51
    were statements ("Clinton: 547." in a delegate count)."""
    out = []
    first_line = text.find("\n")
    for match in _TRANSCRIPT_LINE.finditer(text):
        label = match.group(1)
        if match.start() < first_line or label.lower() in RUBRICS or _LABEL_SMALL_WORDS & set(label.split()):
            continue
        a, b = _strip(text, *match.span(2))
        if b <= a:
            continue
        colon = match.end(1)
        # the speaker's own words, as a quote gives them
        out.append(RawAttribution((colon, colon + 1), [(a, b)], match.span(1), "direct", 0.6, "transcript-line"))
    return out


def _line_above(text: str, para_start: int) -> int | None:
    """Where the last non-blank line before ``para_start`` starts (None at the top)."""
    end = len(text[:para_start].rstrip())
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1


def _relative_word(verb: Token, words: frozenset[str] = frozenset({"what"}),
                   deps: tuple[str, ...] = ("dobj", "nsubj", "nsubjpass")) -> tuple[int, int] | None:
    """The span of a relative word before ``verb`` that is its object: a free relative "what"
    ("what he called …") by default, or the given relative pronouns in the given roles."""
    for child in verb.lefts:
        if child.lower_ in words and child.tag_ in ("WP", "WDT") and child.dep_ in deps:
            return (child.idx, child.idx + len(child))
    return None


def _told_story(token: Token) -> bool:
    """"Fox told a slightly different tale", "she tells the story of how …": a story told is
    what was said; but not one that should (could, will, needs to) be told."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "needs to sell herself and tell more jokes"
    return any(c.dep_ == "dobj" and c.lower_ in TOLD_NOUNS for c in token.children) and not any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in (*token.children, *first.children))


def _told_to(token: Token) -> bool:
    """"he told Jeb Bush to quiet down", "Obama began by telling progressives to shut up":
    telling someone to do something is what was said; but not being told ("you were told to
    stay clear"), nor a telling that is still to come or would have been ("going to tell the
    bigots to shut up", "would have told her not to use …")."""
    if not any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    if not any(c.dep_ == "xcomp" and c.i > token.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in token.children):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return not any(c.dep_ == "auxpass" or (c.dep_ == "aux" and (c.lower_ in ("to", "would", "could", "might", "should")))
                   for c in (*token.children, *first.children))


def _written_about(token: Token) -> bool:
    """"He wrote about the event", "who has written about Census controversies": what was
    written about is the content ("write" has no object frame: "wrote a book" is no report)."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == "about" and nxt.dep_ == "prep" and nxt.head.i == token.i


def _relative_subject(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose subject is the relative word ("who
    endorsed Clinton", "which backs the bill")."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in SUBJECT_RELATIVES for c in verb.children)


def _about_after(verb: Token) -> bool:
    """Whether a preposition of :data:`ABOUT_PREPOSITIONS` follows a verb, after "out" or
    adverbs at most ("spoke about", "spoke out against", "spoke highly of")."""
    for child in verb.rights:
        if child.dep_ == "prep":
            return f" {child.lower_}" in ABOUT_PREPOSITIONS
        if child.dep_ not in ("prt", "advmod"):
            return False
    return False


def _about_cue(text: str, cue: tuple[int, int]) -> bool:
    """Whether a cue ends in a preposition that says what it is about ("spoke about", "spoke
    out against", "spoke highly of")."""
    return text[cue[0] : cue[1]].lower().endswith(ABOUT_PREPOSITIONS)


def _relative_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive whose subject is a relative word: "Clinton, who is expected
    to deliver an indictment of Trump", "a bill which is seen as a compromise"."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_WORDS for c in verb.children)


def _balanced_quotes(text: str) -> bool:
    """Whether every quote opened in ``text`` is closed in it."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("''") % 2 == 0


def _sentence_end_after(text: str, start: int, para_end: int) -> int:
    """The end of the sentence that goes on at ``start`` (its stop and closing quotes), within the paragraph."""
    stop = _SENTENCE_STOP.search(text, start, para_end)
    end = stop.start() + 1 if stop else para_end
    while end < para_end and text[end] in QUOTE_CLOSERS:
        end += 1
    return end


def _quoting_sentence_end(text: str, quote: Quote, para_end: int) -> int | None:
    """Where a sentence ends that goes on after a quote to quote again, or None.

    “on her worst day” she’d be “an infinitely better president” than any of them: after a
    quote that does not end its sentence, words and at least one more whole quote before the
    sentence's end (PolNeAR train: direct F1 +0.0009, content_exact +0.0008)."""
    if not quote.closed or text[quote.inner_start : quote.inner_end].rstrip().endswith((".", "!", "?")):
        return None
    end = _sentence_end_after(text, quote.end_char, para_end)
    rest = text[quote.end_char : end]
    marks = sum(rest.count(ch) for ch in "“”\"") + rest.count("''")
    before_quote = rest[: rest.find("“")] if "“" in rest else rest
    if marks < 2 or not _balanced_quotes(rest) or not re.search(r"\w", before_quote):
        return None
    return max(_strip_content(text, quote.start_char, end)[1], quote.end_char)


def _sentence_goes_on(text: str, quote: Quote, para_end: int) -> int | None:
    """Where a sentence ends that goes straight on after a quote, or None.

    Weaver says that “for all practical purposes, there’s no path forward” for the former
    Florida governor: the quote closes with no comma or stop of its own and the next word is in
    lower case; PolNeAR's content runs to the sentence's end (train: content_exact +0.0008;
    dev: direct +0.0045)."""
    if not quote.closed or text[quote.inner_start : quote.inner_end].rstrip().endswith((".", "!", "?", ",")):
        return None
    end = _sentence_end_after(text, quote.end_char, para_end)
    rest = text[quote.end_char : end]
    if not re.match(r"\s+[a-z]", rest):
        return None
    if any(ch in rest for ch in "“\"") and not _balanced_quotes(rest):
        return None
    return max(_strip_content(text, quote.start_char, end)[1], quote.end_char)


def _names_a_work(text: str, quote: Quote, floor: int) -> bool:
    """A title set after the noun of the work it names: "in his 2012 book, ''An American Son.''",
    "his radio show, “Generations with Kevin Swanson,”" — a name, not a statement."""
    before = _WORK_BEFORE.search(text, floor, quote.start_char)
    return before is not None and _title_cased(text, quote)


def _title_cased(text: str, quote: Quote) -> bool:
    """Whether the quoted words read as a title: short, every word but the small ones capitalised
    (“State of the Union”, ''An American Son'')."""
    words = re.findall(r"[\w’'-]+", text[quote.inner_start : quote.inner_end])
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised >= max(1, len(words) - sum(1 for w in words if w.lower() in _TITLE_SMALL_WORDS))


def _agency_dateline(head: Token) -> bool:
    """Whether ``head`` ends the place of a dateline with the agency in parentheses before a
    dash: "New York (AFP) – Vice President Joe Biden …"."""
    doc = head.doc
    k = head.i
    return (k + 4 < len(doc) and doc[k + 1].text == "(" and doc[k + 2].is_upper and doc[k + 3].text == ")"
            and _is_dash(doc[k + 4]))


def _embedded_title(text: str, quote: Quote, floor: int) -> bool:
    """A title-cased quote right after a word of its sentence ("a show called “Brokers,” written
    by …", "starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted …"): a name
    the sentence mentions, not words that a cue after it reports."""
    before = text[floor : quote.start_char].rstrip(" \t\u00a0")
    return bool(before) and before[-1].isalnum() and _title_cased(text, quote) and not _quoted_sentence(text, quote)


def _quoted_sentence(text: str, quote: Quote) -> bool:
    """Whether the quoted words end like a sentence (“… will win.”), not a title or fragment."""
    return text[quote.inner_start : quote.end_char].rstrip(QUOTE_CLOSERS + " \t\n\r\u00a0").endswith((".", "!", "?", "…"))


_CONNECTIVE_SAID = re.compile(r"(?:^|[.!?;:—–\"”’]\s*|\n\s*)(?:that|this)\s+(?:being\s+)?$", re.IGNORECASE)


def discourse_said(text: str, start: int, end: int) -> bool:
    """Whether the cue ``text[start:end]`` is the "said" of "That said," / "This being said,"
    opening a sentence: a connective ("however"), not a report. Used by the rules and by the
    learned model's linker alike."""
    return (text[start:end].lower() == "said" and text[end : end + 1] == ","
            and _CONNECTIVE_SAID.search(text, max(0, start - 40), start) is not None)


def _leads_in(text: str, attribution: RawAttribution) -> bool:
    """Whether a direct quote has a lead-in of its own right before it ("adding, “…”", "Jones: “…”")."""
    if attribution.cue is None or attribution.rule not in ("direct-before", "direct-name-colon"):
        return False
    gap = text[attribution.cue[1] : attribution.content[0][0]]
    return gap.strip() in (",", ":") or (attribution.rule == "direct-name-colon" and not gap.strip())


def _lead_in(text: str, attribution: RawAttribution) -> int:
    """Where a direct quote's lead-in starts: its cue, or a source right before it ("Jones:")."""
    assert attribution.cue is not None
    start = attribution.cue[0]
    source = attribution.source
    if source is not None and source[1] <= start and not text[source[1] : start].strip(" ,"):
        start = source[0]
    return start


def _cut_at(text: str, found: list[RawAttribution], anchors: list[int]) -> list[RawAttribution]:
    """Reported content cut where the lead-in of a direct quote starts inside it.

    A direct quote reported inside another report's content is a report of its own ("X told
    Y that Z “A,” adding, “B”", "Pollsters agree - Jones: “B”"): the outer content ends there."""
    out = []
    for raw in found:
        if len(raw.content) == 1 and anchors:
            start, end = raw.content[0]
            k = bisect.bisect_left(anchors, start)
            if k < len(anchors) and anchors[k] < end:
                start, end = _strip_content(text, start, anchors[k])
                if end - start < 8 or len(text[start:end].split()) < 2:
                    continue
                raw.content = [(start, end)]
                raw.kind = _kind_of(text, (start, end))
        out.append(raw)
    return out


# Between two quotes, a participle that leads into the second: “A,” adding, “B”.
_NEXT_LEAD_IN = re.compile(r"\s*,?\s*(?:and\s+)?([A-Za-z]+ing)(\s+that\s+|[\s,:]*)")

# After a quote that ends a reported clause: ", adding …" / "and insisted …" / ", suggesting …".
_AFTER_QUOTE = re.compile(r"^[,;]?\s+(?:and\s+|but\s+)?([A-Za-z]+)")


def _fit_quotes(text: str, found: list[RawAttribution], quotes: list[Quote], lexicon: CueLexicon) -> list[RawAttribution]:
    """Reported content fitted to the quotes at its end (mixed quotes, PolNeAR style).

    A quote that ends the reported clause ends the content when another report follows it (Cardin stressed that “…,” suggesting that … / Rajoy
    said that he will "try …" and insisted that …). Extending a content that stops just
    before a closing mark to take the mark was measured too: train-7 direct F1 0.877 ->
    0.871 (more wrong-source reports counted as direct), dev unchanged; not done."""
    outer = outer_quotes(quotes)
    starts = [q.start_char for q in outer]
    for raw in found:
        if len(raw.content) != 1:
            continue
        start, end = raw.content[0]
        # a quote inside the content followed by another report: the content ends with it
        lo = bisect.bisect_left(starts, start)
        for q in outer[lo:] if raw.cue is None or raw.cue[0] < start else ():  # (not "Y, said X": all of Y)
            if q.start_char >= end or q.end_char >= end:
                break
            m = _AFTER_QUOTE.match(text[q.end_char : end])
            if m is None:
                continue
            word = m.group(1).lower()
            if lexicon.lemma_of(word) is not None or (word.endswith("ing") and text[q.end_char : q.end_char + 1] == ","):
                end = q.end_char
                break
        # a quote opened inside the content and closed after it (the parser ended the clause
        # at a sentence break inside the quote: said he would “carpet-bomb …. I don't …”)
        k = bisect.bisect_right(starts, end) - 1
        if (k >= 0 and start < outer[k].start_char < end < outer[k].end_char and outer[k].closed
                and len(text[end : outer[k].end_char].split()) >= 2):
            end = outer[k].end_char
        elif (k + 1 < len(outer) and outer[k + 1].closed and not text[end : outer[k + 1].start_char].strip()
              and text[end - 1].isalnum() and raw.kind != "direct"):
            # the clause runs on into a quote right after it (spend their entire life “fighting
            # to defend …”): the parser ended the clause where the quote's sentence breaks
            end = outer[k + 1].end_char
        if (start, end) != raw.content[0]:
            raw.content = [(start, end)]
            raw.kind = _kind_of(text, (start, end))
    return found


# ", especially Ted Cruz and Marco Rubio", ", particularly in Florida": a focus on part of what was said.
_FOCUS_TAIL = re.compile(r",[ \t\u00a0]+(?:especially|particularly)\b[^,;:.!?\n“”\"()—–]*")


def _with_focus_tail(text: str, found: list[RawAttribution]) -> list[RawAttribution]:
    """A reported content followed by ", especially …" or ", particularly …" takes that phrase,
    up to the next comma or stop: the writer narrows what was said, and PolNeAR's content
    runs on (train: in 9 of the 11 contents the rules had ended there; content_exact +0.0004)."""
    for raw in found:
        if raw.cue is None or raw.cue[1] > raw.content[-1][0] or raw.kind == "direct":
            continue
        start, end = raw.content[-1]
        m = _FOCUS_TAIL.match(text, end)
        if m is None or len(text[m.start() : m.end()].split()) < 2:
            continue
        raw.content[-1] = (start, _strip_content(text, start, m.end())[1])
        raw.kind = _kind_of(text, raw.content[-1])
    return found


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (so a bisect finds the one around a point)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _one_per_content(found: list[RawAttribution]) -> list[RawAttribution]:
    """One statement per content: where two rules read the same words as a report ("As
    reported by Western Journalism, …" is a prepositional report and an "as"-clause; "challenging
    his comments that …" a verb's clause and a noun's), the likelier reading (the higher rule
    confidence; the first found on a tie) is kept and the other dropped."""
    best: dict[tuple[tuple[int, int], ...], RawAttribution] = {}
    for attribution in found:
        key = tuple(attribution.content)
        if key not in best or attribution.confidence > best[key].confidence:
            best[key] = attribution
    kept = {id(a) for a in best.values()}
    return [a for a in found if id(a) in kept]


def _report_end(attribution: RawAttribution) -> int:
    """Where a report ends: its content, or the cue and source after it ("…, Mr. Holtz-Eakin said.")."""
    ends = [attribution.content[-1][1]] + [span[1] for span in (attribution.cue, attribution.source) if span is not None]
    return max(ends)


class AttributionFinder:
    """Finds attributions in a parsed Doc; see the module docstring for the rules."""

    def __init__(self, nlp: Language, name: str = "quotewire_attributions", *, min_direct_words: int = MIN_DIRECT_WORDS,
                 learned_ends: bool = True) -> None:
        self.name = name
        self.min_direct_words = min_direct_words
        self.lexicon: CueLexicon = cue_lexicon()
        # the learned end of indirect contents (content_ends.py); None: the rules' ends
        weights = shipped_weights() if learned_ends else None
        self.content_ends: ContentEnds | None = None if weights is None else ContentEnds(weights, self.lexicon)
        if not Doc.has_extension(EXTENSION):
            Doc.set_extension(EXTENSION, default=None)

    # -- cue words ---------------------------------------------------------------------------

    def cue_lemma(self, token: Token) -> str | None:
        """The cue lemma of a token if it is a reporting verb in the cue lexicon.

        The extraction pipeline has no lemmatizer, so the lexicon's inflected forms give
        the lemma; the tagger must call the token a verb."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
            return None
        lemma = self.lexicon.lemma_of(token.lower_)
        particle = self.lexicon.particle_verbs.get(lemma or "")
        if particle is not None and not _particle_after(token, particle):
            return None  # "shot" reports only as "shot back", "brushed" only as "brushed off"
        if lemma in self.lexicon.as_verbs and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return None  # "cast a vote", "painted the house": only "cast him as a liar" reports
        if lemma in self.lexicon.aspect_verbs and any(c.dep_ == "xcomp" for c in token.children):
            return None  # "continued to interject": the infinitive says what went on
        if lemma in self.lexicon.about_verbs:
            return None  # "spoke to reporters", "spoke with gusto": see _about_report
        if lemma == "say" and discourse_said(doc_text(token.doc), token.idx, token.idx + len(token)):
            return None  # "That said, Cruz cannot win": a connective, not a report
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "without":
            return None  # "he said, without referring to any of the candidates": what was not said
        if token.lower_ in MODIFIER_PARTICIPLES and token.i + 1 < len(token.doc) and token.nbor().lower_ in MODIFIER_PARTICIPLES[token.lower_]:
            return None  # "60 pledged delegates": a kind of delegate the tagger took for a verb
        return lemma

    def _speech_cue(self, cue: str) -> bool:
        """Whether a cue's first word is a verb of speech ("insisted", not "know")."""
        words = cue.split()
        lemma = self.lexicon.lemma_of(words[0]) if words else None
        return lemma is not None and self.lexicon.verbs.get(lemma) == "speech"

    def cue_span(self, token: Token) -> tuple[int, int]:
        """The cue's characters: the verb with its particles, auxiliaries and cue phrase.

        PolNeAR cues include "has said", "also said", "pointed out", "said in a statement"."""
        tokens = [token]
        particle = self.lexicon.particle_verbs.get(self.lexicon.lemma_of(token.lower_) or "", "back")
        if _particle_after(token, "back") or _particle_after(token, particle):
            # "shot back", "brushed off", whatever the parser made of the particle
            tokens.append(token.doc[token.i + 1])
        for child in token.children:
            if child.dep_ == "prt" and child.i == token.i + 1 and child not in tokens:
                tokens.append(child)
            if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.i < token.i and token.i - child.i <= 2 and _is_word(child):
                if child.dep_ == "advmod" and child.lower_ not in CUE_ADVERBS:
                    continue
                if child.dep_ == "aux" and child.lower_ == "to":
                    continue
                tokens.append(child)
        if self._put_it(token):
            tokens.append(token.doc[token.i + 1])
        quoted = _quoted_as(token)
        if quoted is not None:
            # "is quoted as saying": one cue
            tokens.extend(c for c in quoted.children if c.dep_ in ("aux", "auxpass") and c.i < quoted.i)
            tokens.append(quoted)
        end_token = max(tokens, key=lambda t: t.i)
        phrase_end = self._phrase_after(token, "extend")
        start = min(t.idx for t in tokens)
        end = max(end_token.idx + len(end_token), phrase_end)
        return start, end

    def _phrase_after(self, token: Token, side: str) -> int:
        """End of a cue phrase of ``side`` that starts with ``token`` or right after it; -1 if none.

        A phrase matches when it starts with a form of the token's lemma and the words after
        the token follow it ("says in a statement"), or when it starts with another word
        right after the token ("told" + "in an interview")."""
        doc = token.doc
        lexicon = self.lexicon
        lemma = lexicon.lemma_of(token.lower_)
        k = token.i + 1
        following = doc[k].lower_ if k < len(doc) else ""
        candidates = [(p, p[1:]) for p in lexicon.phrases_from.get(lemma or token.lower_, ()) if lexicon.lemma_of(p[0]) == lemma]
        candidates += [(p, p) for p in lexicon.phrases_from.get(following, ()) if not lexicon.lemma_of(p[0])]
        best = -1
        for phrase, rest in candidates:
            if lexicon.phrases[phrase] != side or not rest or k + len(rest) > len(doc):
                continue
            if all(doc[k + m].lower_ == word for m, word in enumerate(rest)):
                last = doc[k + len(rest) - 1]
                best = max(best, last.idx + len(last))
        return best

    # -- sources -----------------------------------------------------------------------------

    def source_of(self, verb: Token, forbid: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """The character span of the speaker of a cue verb, clipped out of ``forbid``.

        The verb's subject; for a passive, its "by" agent (else no source: "is expected");
        for a participle or infinitive without a subject, the subject of the verb it hangs
        off ("The town released a statement saying …", "He went on to say …")."""
        quoted = _quoted_as(verb)
        if quoted is not None:
            return self._phrase(next(c for c in quoted.children if c.dep_ == "nsubjpass"), forbid)
        node = verb
        coordinated = False  # node is a verb the cue verb is joined to ("X was forced … and said")
        participle = False  # node is the verb a participle of the cue climbed to ("…, saying …")
        for _ in range(5):
            passive = False
            # Two subjects are a parse error ("MACAU (Reuters) – Top donor Sheldon Adelson said"):
            # the one nearest before the verb is its subject, the other a dateline or a topic.
            before = [c for c in node.children if c.dep_ == "nsubj" and c.i < node.i]
            stray = set(before[:-1])
            climb = None
            for child in node.children:
                if child in stray:
                    continue
                if coordinated and child.dep_ == "nsubjpass" and not any(c.dep_ == "auxpass" for c in verb.children):
                    return self._phrase(child, forbid)  # "Mr. Trump was forced into … and said that …"
                if participle and child.dep_ == "nsubjpass" and child.i < node.i and child.lower_ not in NOT_SOURCES:
                    return self._phrase(child, forbid)  # "She's tacked to the left …, calling for …"
                if (child.dep_ == "nsubjpass" and node is not verb and verb.dep_ == "xcomp" and verb.head.i == node.i
                        and child.lower_ not in NOT_SOURCES and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
                    return self._phrase(child, forbid)  # "Mr. Trump was prompted to say, “…”": the one prompted says it
                if child.dep_ == "csubj" and child.tag_ == "VBG":
                    continue  # "expecting Trump to change … is like …": a clause is nobody
                if child.dep_ == "csubj" and node is verb:
                    # "While discussing a tweet … likened to the Star of David, Speaker … Paul Ryan
                    # said": the parser took the sentence before the verb for its subject; the noun
                    # phrase right before the verb, after the sentence's last comma, is the speaker
                    nearest = self._source_before(verb, verb.sent.start_char)
                    if nearest is None:
                        return None
                    comma = doc_text(verb.doc).rfind(", ", nearest[0], nearest[1])
                    return nearest if comma < 0 else _strip(doc_text(verb.doc), comma + 1, nearest[1])
                if (child.dep_ == "nsubjpass" and node is verb and child.lower_ != "it" and _has_said(node)
                        and self.lexicon.verbs.get(self.cue_lemma(node) or "") == "speech"):
                    return self._phrase(child, forbid)  # "He's said, “…”": has said, not is said
                if child.dep_ in SUBJECT_DEPS and child.lower_ not in NOT_SOURCES and not _is_dash(child) and not _clock_time(child):
                    if node is not verb and child.lower_ == "it" and node.lower_ in ("is", "'s", "was", "be", "been", "will"):
                        if (verb.dep_ == "conj" and verb.head.i == node.i and node.dep_ in COMPLEMENT_DEPS
                                and self.cue_lemma(node.head) and self.cue_lemma(verb)):
                            # "Suu Kyi said it was too early … but added, “…”": the parser joined the
                            # second report to the first one's clause, whose "it" is nobody
                            climb = node.head
                            break
                        return None  # "It's hard to imagine …", "It is worth noting …": nobody
                    return self._phrase(child, forbid)
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return self._phrase(objects[0], forbid)
                if child.dep_ in ("nsubjpass", "expl"):
                    passive = True
            if climb is not None:
                node = climb
                continue
            if passive:
                return None
            if node.dep_ == "relcl" and node.head.pos_ in ("PROPN", "NOUN", "PRON"):
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
                    # "held a press briefing to brag that …", "had reason to know": an infinitive
                    # after a noun says what the noun is for; the one who brags is the subject of
                    # the verb the noun hangs on
                    # (where that verb has one: not "There's reason to believe …")
                    up = node.head
                    while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
                        up = up.head
                    if up.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ("it", "there") for c in up.children):
                        node = up
                        continue
                return self._phrase(node.head, forbid, stop_at=node)
            head = node.head
            if head == node:
                return None
            if _passive_participle(node):
                return None  # "Asked about the vote, Ryan said …": Ryan was asked; the asker is unnamed
            if (node.dep_ == "ccomp" and node.tag_ in ("VBD", "VBZ") and node.tag_ == head.tag_ and node.i > 0
                    and node.doc[node.left_edge.i - 1].dep_ == "cc" and self.cue_lemma(head) and self.cue_lemma(node)):
                node = head  # "Roberts said that … but said “…”": the parser took the second report for the first's clause
                continue
            reporter = self._reporter_above(node) if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ") else None
            if reporter is None and node is verb and node.dep_ == "conj" and node.tag_ == "VBG":
                reporter = self._participle_above(node)
            if reporter is not None:
                # "Rajoy said that he will try … and insisted that …": the parser joins the
                # second report to the first one's clause; the tenses tell whose it is
                node = reporter
                continue
            if node.dep_ == "xcomp" and head.lower_ in OBJECT_CONTROL and any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children):
                objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < node.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
                if objects:
                    # "would require individual delegates to challenge …", "urged voters to reject …":
                    # the one told to do it does it
                    return self._phrase(objects[0], forbid)
            if node.dep_ in INHERIT_DEPS or (node.dep_ in PARTICIPLE_DEPS and node.tag_ in ("VBG", "VBN")) or (
                node.dep_ == "advcl" and node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            ):  # (the last: "O'Malley interjected to say: …")
                coordinated = node is verb and node.dep_ == "conj"
                clause = head
                while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
                    # "said her father has been … and would do …, saying …", "said Clinton
                    # will have to choose …, saying …"
                    clause = clause.head
                if (node.dep_ == "advcl" and clause.dep_ in COMPLEMENT_DEPS and clause.head.i < node.i
                        and self.cue_lemma(clause.head) and self.cue_lemma(node)):
                    # "X told Y that Z “…,” adding, “…”": the parser hangs "adding" in the
                    # reported clause; the one who adds is the one who told (not a "said"
                    # inside the quote that follows: "Weaver …, telling reporters, “… said …”").
                    head = clause.head
                came_from = node
                participle = node.dep_ == "advcl" and node.tag_ == "VBG"
                node = head
                if (came_from.dep_ == "acl" and came_from.tag_ == "VBG" and node.pos_ in ("NOUN", "PROPN")
                        and node.dep_ in ("nsubj", "nsubjpass")):
                    # "A petition calling on him to be banned … has reached …": the subject the
                    # participle describes is the speaker
                    return self._phrase(node, forbid, stop_at=came_from)
                # "a statement saying …": climb from the noun to its verb.
                if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj", "attr", "appos"):
                    node = node.head
                elif node.pos_ in ("NOUN", "PROPN") and node.dep_ == "ROOT" and came_from.dep_ == "acl":
                    # "Martin O'Malley, who …, interjected to say": a verb the parser took for the
                    # name's participle; the name, short of that verb, is the speaker
                    return self._phrase(node, forbid, stop_at=came_from)
                continue
            if node.dep_ == "parataxis" and node is verb and head.i < node.i and head.tag_ == "VBG" and head.dep_ == "ROOT":
                subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i and c.lower_ not in NOT_SOURCES), None)
                if subject is not None:
                    # "Durbin, noting the size of Sanders's following, said, “…”": the parser
                    # took the participle for the sentence's verb and the cue for an aside
                    return self._phrase(subject, forbid)
            if node.dep_ == "conj" and head.i < node.i:
                node = head
                continue
            if node.dep_ == "acomp" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in node.children):
                node = head  # "Smith was quick to add that …": the one who is quick adds
                continue
            return None
        return None

    def _misparsed_speaker(self, cue: Token) -> tuple[int, int] | None:
        """The speaker of a cue without a subject when the parser read the speaker and its
        description as a clause of the cue ("Jeffrey Salkin, a Hollywood rabbi helping to
        organize the boycott, said he …": "rabbi" a verb, "Salkin" its subject)."""
        doc = cue.doc
        for clause in cue.lefts:
            after = clause.right_edge.i + 1
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if (clause.dep_ == "ccomp" and after < cue.i and doc[after].text == "," and subject is not None
                    and subject.pos_ == "PROPN" and subject.left_edge == clause.left_edge
                    and not any(c.dep_ in ("mark", "aux", "auxpass", "neg", "dobj", "ccomp") for c in clause.children)):
                return _strip(doc_text(doc), clause.left_edge.idx, doc[after].idx)
        return None

    def _subject_as_object(self, cue: Token, comp: Token, start: int) -> int:
        """Where a reported clause after ``cue`` starts when the parser took its subject for the
        cue's object: "voters said life for the next generation would be worse" (object "life",
        clause "would be worse" with no subject of its own), or for an adverbial noun ("said the
        days when … are gone"). ``start`` when it did not."""
        if comp.dep_ not in ("ccomp", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
            return start
        objects = [c for c in cue.children if c.dep_ in ("dobj", "npadvmod") and cue.i < c.i < comp.i and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
        if len(objects) != 1 or objects[0].lower_ in NOT_SUBJECT_OBJECTS:
            return start  # "said so", "said it would …": what was said, not who does it
        obj = objects[0]
        doc = cue.doc
        for k in range(obj.right_edge.i + 1, comp.left_edge.i):
            # only the subject's own modifiers in between, which the parser hung on the cue
            # ("life | for the next generation | would be worse"); no comma, no other argument
            if doc[k].is_punct or cue not in doc[k].ancestors or (doc[k].head.i == cue.i and doc[k].dep_ != "prep"):
                return start
        return obj.left_edge.idx

    def _narrator_conj(self, verb: Token, cue: Token) -> bool:
        """Whether ``verb``, joined by a conjunction to a verb inside the clause ``cue`` reports,
        is the writer going on about the speaker: a verb of speech in the cue's tense, with no
        subject but a report of its own ("told the AP her group never worked with Manafort and
        said the group hired …"), not a second thing the speaker said was done."""
        lemma = self.cue_lemma(verb)
        naming = lemma in NAMING_VERBS and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ in ("oprd", "xcomp", "ccomp") or _quote_token(c) for c in verb.subtree if c.i > verb.i)
        if (lemma is None or (self.lexicon.verbs.get(lemma) != "speech" and not naming) or verb.dep_ != "conj"
                or verb.tag_ != cue.tag_ or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
            return False
        if not naming and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not any(
                c.dep_ == "punct" and c.text == ":" for c in verb.children):
            return False
        k = verb.i - 1
        return k > 0 and verb.doc[k].dep_ == "cc"

    def _reporter_above(self, verb: Token) -> Token | None:
        """The reporting verb of the cue's tense whose clause the parser hung ``verb`` in
        (``verb`` joined to a verb of another tense inside that clause), or None."""
        head = verb.head
        if head.tag_ == verb.tag_ and not (head.dep_ in COMPLEMENT_DEPS and self._narrator_conj(verb, head.head)):
            return None
        node = head
        while node.dep_ in COMPLEMENT_DEPS and node.head.i != node.i:
            node = node.head
            if node.tag_ == verb.tag_:
                return node if self.cue_lemma(node) else None
        return None

    def _participle_above(self, verb: Token) -> Token | None:
        """The participle of speech whose reported clause the parser hung ``verb``, a second
        participle of speech, in ("saying that the bill … was waylaid by voter mistrust - and
        arguing that …": the one who says is the one who argues), or None."""
        node = verb.head
        while node.head.i != node.i:
            if node.tag_ == "VBG" and node.dep_ in ("advcl", "conj") and self.lexicon.verbs.get(self.cue_lemma(node) or "") == "speech":
                return node
            if node.dep_ not in ("conj", "ccomp"):
                return None
            node = node.head
        return None

    def _phrase(self, head: Token, forbid: tuple[int, int] | None = None, stop_at: Token | None = None) -> tuple[int, int]:
        """The characters of a noun phrase headed by ``head`` (its subtree, minus clauses)."""
        left = head.left_edge.i
        right = head.right_edge.i
        doc = head.doc
        if (head.is_upper and len(head.text) > 1) or _agency_dateline(head):
            # "WASHINGTON -- President Obama, …, said", "ORLANDO, Fla. (Reuters) - President
            # Obama … said": a dateline is not the speaker; the apposition after the dash is.
            dash = next((k for k in range(head.i + 1, min(head.right_edge.i, head.i + 8)) if _is_dash(doc[k])), None)
            after_dash = [c for c in head.rights if c.dep_ == "appos" and dash is not None and c.left_edge.i > dash]
            if after_dash:
                return self._phrase(after_dash[0], forbid, stop_at)
        # Keep prepositional modifiers and a name set after a description ("the party's chairman,
        # Tomas Reyes"); stop at the comma before any other apposition, at relative clauses and
        # at anything that is a quote.
        named = self._named_apposition(head)
        for child in head.rights:
            if named is not None and child.i < named.i and child.dep_ == "punct":
                continue  # "One of the men, Jessie Elkins, said": the name is part of the speaker's phrase
            if named is not None and child == named:
                right = max(right, named.i)
                continue
            if (child.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj") or (stop_at is not None and child.i >= stop_at.i)
                    # "hailed by historians as a liberal champion": a role, not the speaker (but "groups such as …")
                    or (child.dep_ == "prep" and child.lower_ == "as" and doc[child.i - 1].lower_ != "such")):
                right = min(right, child.i - 1)
                break
        if stop_at is not None:
            right = min(right, stop_at.i - 1)
        right = max(right, head.i)
        while left < head.i and doc[left].dep_ == "cc" and doc[left].head.i == head.i:
            left += 1  # "But former governor Martin O'Malley …": the conjunction joins clauses
        left = min(left, head.i)
        # A dash ends a noun phrase ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton").
        dashes = [k for k in range(left, right + 1) if k != head.i and _is_dash(doc[k])]
        left = max([k + 1 for k in dashes if k < head.i], default=left)
        right = min([k - 1 for k in dashes if k > head.i], default=right)
        start = doc[left].idx
        end = doc[right].idx + len(doc[right])
        if forbid is not None and start < forbid[1] and forbid[0] < end:
            start, end = head.idx, head.idx + len(head)
        text = doc_text(doc)
        start, end = _strip(text, start, end, " \t\n\r\u00a0,;:–—-\"“”«»„‘’'")
        if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
            end += 1  # "Sen. Elizabeth Warren (D-MA)": the parser gives the ")" to the verb
        return start, end

    @staticmethod
    def _named_apposition(head: Token) -> Token | None:
        """The name set after a description of the speaker ("the other candidate on the stage,
        former Secretary of State Hillary Clinton"): a proper-noun apposition of a common noun."""
        if head.pos_ not in ("NOUN", "PRON", "NUM") or head.tag_ in ("PRP", "WP", "WDT"):
            return None
        appos = next((c for c in head.rights if c.dep_ == "appos"), None)
        if appos is None or appos.pos_ != "PROPN":
            return None
        if any(t.dep_ in ("relcl", "acl") or t.text in ("(", "—", "–") for t in appos.subtree):
            return None
        return appos

    def _inverted_source(self, verb: Token, limit: int, *, right_after: bool = False) -> tuple[int, int] | None:
        """"said the Minister" / "– noted Lavrov": the noun phrase right after the verb.

        ``right_after``: the verb follows its quote directly ("“…?” asked the boy"), so even
        a verb of asking or telling has its speaker after it."""
        doc = verb.doc
        i = verb.i + 1
        if i < len(doc) and doc[i].pos_ in ("ADP", "SCONJ"):
            return None  # "said in an interview", "said while stumping": no inverted subject
        if self.lexicon.lemma_of(verb.lower_) in ADDRESSEE_LEMMAS and not right_after:
            return None  # "told Fox News", "asked Trump": whom it was said to, not who said it
        while (
            i < len(doc)
            and doc[i].idx < limit
            and (doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PRON", "ADP", "PUNCT", "NUM")
                 or (doc[i].is_title and doc[i].pos_ == "ADV")  # "said Skelly", the name tagged an adverb
                 # "said retired neurosurgeon Ben Carson": a participle modifying the name
                 or (doc[i].tag_ in ("VBN", "VBG") and i + 1 < len(doc) and doc[i + 1].pos_ in ("PROPN", "NOUN", "ADJ")))
            and doc[i].text not in ".,;:!?" + DASHES
            and not is_quote_mark(doc[i].text)
            and doc[i].lower_ not in CLAUSE_BREAKS
            and doc[i].dep_ != "mark"  # "said Sanders as he closed out": a clause of its own
            and doc[i].lower_ not in TIME_WORDS  # "said Monday"
        ):
            i += 1
        while i > verb.i + 1 and doc[i - 1].pos_ in ("ADP", "DET"):
            if i == verb.i + 2 and doc[i - 1].lower_ in PRONOMINAL_DETERMINERS:
                break  # "tweeted another": the determiner stands for a noun
            i -= 1  # "said RNC spokesman Sean Spicer in a Friday tweet": stop at the name
        if i == verb.i + 1:
            return None
        start = doc[verb.i + 1].idx
        end = doc[i - 1].idx + len(doc[i - 1])
        return _strip(doc_text(doc), start, end)

    # -- direct quotes -----------------------------------------------------------------------

    def _tokens_between(self, doc: Doc, start_char: int, end_char: int) -> Span | None:
        if end_char <= start_char:
            return None
        return doc.char_span(start_char, end_char, alignment_mode="contract")

    def _cue_after(self, doc: Doc, quote: Quote, limit: int) -> Token | None:
        """A reporting verb in the clause right after the quote (“…,” said X. / “…” he said)."""
        span = self._tokens_between(doc, quote.end_char, limit)
        if span is None:
            return None
        if self._ends_sentence(doc_text(doc), quote):
            # “… experience.” He adds, “…”: a quote closed by a full stop ends its sentence;
            # a cue in the next sentence introduces something else — unless that sentence is
            # only its speaker and a verb of speech (“… missing.” Trump said.).
            return self._bare_cue_after(span)
        seen = 0
        for token in span:
            if _quote_token(token):
                return None
            if token.lower_ in CLAUSE_BREAKS and token.i > span.start:
                return None  # “…”, but he also warned …: the cue heads another clause
            if seen == 0 and not token.is_punct and token.pos_ in ("ADP", "CCONJ", "SCONJ") and token.lower_ != "as":
                return None  # ''core Al Qaeda,'' on Tuesday night he said …: the quote is a fragment of another sentence
            if token.is_punct:
                if token.text in ".!?" and seen > 0:
                    return None
                continue
            seen += 1
            if seen > WINDOW_AFTER_APPOSITION:
                return None
            if self.cue_lemma(token) or self._put_it(token) or self._cue_word_before_stop(token):
                if token.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_WORDS for c in token.children):
                    continue  # “…,” Warren, who has not endorsed a candidate, told reporters: the speaker's description
                if seen > WINDOW_AFTER and doc[token.i - 1].text != ",":
                    # past the usual window only right after a long apposition closes
                    # (“…,” Michael McFaul, a senior fellow at … and a former ambassador …, said)
                    return None
                if self._introduces_next(token, limit):
                    return None  # “…,” adding, “…”: the cue leads into the next quote
                return _as_saying(token) or token
        return None

    def _bare_cue_after(self, span: Span) -> Token | None:
        """The verb of a sentence that is only a speaker and a verb of speech ("Trump said.")."""
        words: list[Token] = []
        for t in span:
            if t.text in ".!?":
                break
            if not t.is_punct and not t.is_space:
                words.append(t)
        if not words or len(words) > 5 or words[-1].i + 1 >= len(span.doc) or span.doc[words[-1].i + 1].text != ".":
            return None
        cue = words[-1]
        lemma = self.cue_lemma(cue)
        if lemma is None or self.lexicon.verbs.get(lemma) != "speech" or cue.sent.start != words[0].i:
            return None
        if any(t.pos_ not in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "AUX", "ADV") for t in words[:-1]):
            return None
        return cue

    def _interrupting_cue(self, doc: Doc, quote: Quote, nxt: Quote) -> Token | None:
        """The cue of a quote interrupted by its attribution: “A,” Trump said, “and B.”

        The first part ends with a comma inside its marks, a short attribution clause ending
        with a comma follows, and the quote goes on right after it. When the second part
        goes on in lower case (“The risk,” said Edward Leamer, an economist who is the
        director of …, “is that …”) the clause may be as long as a long apposition."""
        text = doc_text(doc)
        if not quote.closed or not text[quote.inner_start : quote.inner_end].rstrip().endswith(","):
            return None
        gap = text[quote.end_char : nxt.start_char]
        first = re.search(r"[^\W\d_]", text[nxt.start_char : nxt.end_char])
        goes_on = first is not None and first.group().islower()
        limit = WINDOW_AFTER_APPOSITION if goes_on else INTERRUPTION_WORDS
        if not gap.rstrip().endswith(",") or "\n" in gap or len(gap.split()) > limit:
            return None
        span = self._tokens_between(doc, quote.end_char, nxt.start_char)
        if span is None:
            return None
        cues = [t for t in span if self.cue_lemma(t)]
        if len(cues) != 1 or cues[0].tag_ == "VBG" or any(t.text in ".!?;:" for t in span):
            return None
        if any(t.lower_ in CLAUSE_BREAKS for t in span if t.i > cues[0].i):
            return None  # “A,” she said, but despite the tone, “B,” …: a new clause, not one quote
        return cues[0]

    def _as_quoted(self, token: Token) -> RawAttribution | None:
        """"Reid has been pounding Trump as a “con artist”": any verb that casts its object
        "as" a quoted label reports that label and what it is pinned on."""
        if token.pos_ != "VERB" or token.tag_ not in VERB_TAGS:
            return None
        source = self.source_of(token)
        if source is None:
            return None
        obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is None or prep is None or prep.i < obj.i:
            return None
        text = doc_text(token.doc)
        end = prep.right_edge.idx + len(prep.right_edge)
        if not AS_QUOTED.match(text, prep.idx, end):
            return None  # the label itself is quoted: "as a “con artist”", not "as part of the “Gang”"
        content = self._without_appendix(token.doc, _strip_content(text, obj.left_edge.idx, end))
        particles = [c for c in token.rights if c.dep_ == "prt" and c.i < obj.i]
        cue = self.cue_span(token)
        if particles:
            cue = (cue[0], max(cue[1], particles[-1].idx + len(particles[-1])))
        return RawAttribution(cue, [content], source, _kind_of(text, content), 0.5, "indirect-as-quoted")

    def _put_it(self, token: Token) -> bool:
        """"As X put it, “…”" / "“…,” as X puts it": PolNeAR marks "put it" as the cue."""
        doc = token.doc
        return token.lower_ in ("put", "puts") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "it"

    def _cue_word_before_stop(self, token: Token) -> bool:
        """A lexicon word form the tagger did not call a verb, ending a “…,” Bozell answers. clause."""
        doc = token.doc
        if token.is_title or token.i + 1 >= len(doc) or doc[token.i + 1].text not in (".", ","):
            return False
        return self.lexicon.lemma_of(token.lower_) is not None and token.i > 0 and doc[token.i - 1].pos_ in ("PROPN", "PRON", "NOUN")

    def _introduces_next(self, token: Token, limit: int) -> bool:
        """Whether only a comma or colon stands between a cue and the next quote at ``limit``."""
        text = doc_text(token.doc)
        gap = text[max(token.idx + len(token), self.cue_span(token)[1]) : limit]  # after "writes back"
        return limit < len(text) and text[limit] in QUOTE_CHARS_OPEN and gap.strip(" ,:\u00a0") == "" and gap.strip() != ""

    @staticmethod
    def _ends_sentence(text: str, quote: Quote) -> bool:
        """Whether a quote ends its sentence: a full stop closes it (“… experience.” / “…”.)
        and the next word starts a new sentence with a capital letter."""
        if not quote.closed:
            return False
        inner = text[quote.inner_start : quote.inner_end].rstrip(QUOTE_CLOSERS + " ")
        after = text[quote.end_char : quote.end_char + 80]
        rest = after.lstrip(" \t\u00a0")
        stop = inner.endswith(".") and not inner.endswith("..")
        if rest.startswith("."):
            stop, rest = True, rest[1:].lstrip(" \t\u00a0")
        return stop and rest[:1].isupper()

    def _cue_before(self, doc: Doc, quote: Quote, floor: int) -> Token | None:
        """A reporting verb in the clause right before the quote (X said: “…” / X told Y, “…”)."""
        span = self._tokens_between(doc, floor, quote.start_char)
        if span is None or not len(span):
            return None
        # The lead-in must end in ':' or ',' or 'that' or the cue itself, close to the quote.
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            return None
        last = tokens[-1]
        if last.text == "." and len(tokens) > 1:
            return self._bare_cue_before(tokens[:-1])
        if last.text not in (":", ",", "that") and not self.cue_lemma(last) and last.text not in DASHES:
            # "X said the threat was “very real”" is a mixed quote; handled by indirect rules.
            return None
        count = 0
        for token in reversed(tokens):
            if token.text in ".!?" and count > 0:
                return None
            if _quote_token(token):
                return None
            if not token.is_punct:
                count += 1
            if count > WINDOW_BEFORE:
                return None
            if token.dep_ == "amod" and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
                continue  # "told the Post in a written statement, “…”": an adjective, not the cue
            if self.cue_lemma(token) or self._put_it(token):
                return token
        return None

    def _bare_cue_before(self, tokens: list[Token]) -> Token | None:
        """"Katie Packer said in a statement provided to POLITICO. “…”": a speech verb that
        reports nothing in its own sentence, right before the quote, reports the quote."""
        count = 0
        for token in reversed(tokens):
            if token.text in ".!?" or _quote_token(token):
                return None
            if not token.is_punct:
                count += 1
            if count > WINDOW_BEFORE:
                return None
            lemma = self.cue_lemma(token)
            if lemma is not None and token.pos_ == "VERB":
                sent = token.sent
                if self.lexicon.verbs.get(lemma) != "speech" or sent != tokens[-1].sent or token.dep_ != "ROOT":
                    return None
                if any(_quote_token(t) for t in sent):
                    return None  # “A,” he said. “B.”: a quote continued, not a new one
                if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd", "dative", "advcl", "conj") for c in token.children):
                    return None  # it reports, or does, something of its own
                return token
        return None

    _DASH_ATTRIBUTION_MAX = 90

    def _dash_split(self, doc: Doc, quote: Quote) -> tuple[Token, int, int] | None:
        """Russian wire copy interrupts a quote with a dash: “A – said Lavrov. – B”.

        Returns the cue token and the character range of the interruption."""
        text = doc_text(doc)
        inner_start, inner_end = quote.inner_start, quote.inner_end
        pos = inner_start
        while True:
            dash = -1
            for d in DASHES:
                k = text.find(d, pos, inner_end)
                if k != -1 and (dash == -1 or k < dash):
                    dash = k
            if dash == -1:
                return None
            # the interruption ends with ". –" or ", –" within a short distance
            close = -1
            for d in DASHES:
                k = text.find(d, dash + 1, min(inner_end, dash + self._DASH_ATTRIBUTION_MAX))
                if k != -1 and (close == -1 or k < close):
                    close = k
            if close != -1 and text[dash + 1 : close].rstrip().endswith((".", ",")):
                span = self._tokens_between(doc, dash + 1, close)
                if span is not None and len(span) <= 12 and not any(is_quote_mark(t.text) for t in span):
                    for token in span:
                        if self.cue_lemma(token):
                            return token, dash, close + 1
            # "… – said the Minister. But …": the interruption runs to the sentence end, and
            # the quote goes on after it.
            period = text.find(".", dash + 1, min(inner_end, dash + self._DASH_ATTRIBUTION_MAX))
            if period != -1 and period + 1 < inner_end and not _after_title(text, period):  # not "– they say Mr. President"
                span = self._tokens_between(doc, dash + 1, period)
                if span is not None and 0 < len(span) <= 6 and not any(is_quote_mark(t.text) for t in span):
                    words = [t for t in span if not t.is_punct and not t.is_space][:3]
                    cue = next((t for t in words if self.cue_lemma(t)), None)
                    if (cue is not None and self.lexicon.verbs.get(self.cue_lemma(cue) or "") == "speech"
                            and not any(t.lower_ in SPEAKER_PRONOUNS for t in span)):
                        # (not the speaker's own aside: "… I saw — I know who said it. What …")
                        return cue, dash, period + 1
            pos = dash + 1

    def _stands_alone(self, text: str, quote: Quote, floor: int) -> bool:
        """Whether a quote is a sentence of its own (nothing but a sentence end before it)."""
        lead = text[floor : quote.start_char]
        if not lead.strip():
            return True
        return bool(_SENTENCE_END.search(lead))

    def _reported_lead(self, doc: Doc, token: Token, quote: Quote, floor: int) -> int:
        """Where a direct quote's content starts when words of the reported clause precede it.

        “The people of Scranton “deserve better,” she said”: the cue's clausal complement
        starts before the quote, in the same sentence."""
        text = doc_text(doc)
        reaches = False  # whether a clause of the cue reaches back to the quote
        for child in token.children:
            if child.dep_ in COMPLEMENT_DEPS and child.left_edge.idx < quote.start_char <= child.right_edge.idx:
                reaches = True
                first = self._stray_subject(token, child, quote) or child.left_edge
                start = max(first.idx, floor)
                lead = text[start : quote.start_char]
                if _CLAUSE_AFTER_CUE.match(text, floor, quote.start_char):
                    break  # “A,” she said, but despite the tone, “B,” said X: "but …" opens no content
                if lead.rstrip().endswith((":", ";", " -", "–", "—")):
                    # "Trump asserted that …: “France is no longer France,” he claimed", "Mr. Biden
                    # suggested … - “He would have loved Stalin,” Mr. Biden said twice -": the quote stands alone
                    break
                if lead.strip() and not any(ch in lead for ch in "\n“”\"«»") and not _SENTENCE_END.search(lead):
                    return _strip(text, start, quote.start_char)[0]
        if reaches:
            return quote.start_char
        # the parser broke the sentence inside the quote ("The AFT endorsement “was early enough
        # that most people didn’t know who Bernie Sanders was. People were still talking about
        # Elizabeth Warren,” said Heiserman"): the cue has no clause that reaches back to the
        # quote, and the words before it in its own sentence are the quoted predicate's subject
        opening = doc.char_span(quote.start_char, quote.start_char + 1, alignment_mode="expand")
        if opening is None or opening[0].sent.start == token.sent.start or token.i < opening[0].i:
            return quote.start_char
        start = max(opening[0].sent.start_char, floor)
        lead = text[start : quote.start_char]
        if (lead.strip() and not any(ch in lead for ch in "\n“”\"«»") and not _SENTENCE_END.search(lead)
                and not lead.rstrip().endswith((":", ";", ",")) and not _CLAUSE_AFTER_CUE.match(text, floor, quote.start_char)
                and not any(self.cue_lemma(t) for t in doc[opening[0].sent.start : opening[0].i])):  # (not a cue of its own: "he told reporters “…”")
            return _strip(text, start, quote.start_char)[0]
        return quote.start_char

    @staticmethod
    def _stray_subject(token: Token, clause: Token, quote: Quote) -> Token | None:
        """The reported clause's own subject, where the parser hung it on the cue.

        "Bill Clinton — often the easiest person to provoke — has been “very worked up about
        it,” said a source": the cue has its speaker after the quote, so a subject of it right
        before the reported clause (nothing but punctuation between) is the clause's."""
        if not any(c.dep_ in SUBJECT_DEPS and c.idx >= quote.end_char for c in token.children) or not any(
                t.is_alpha for t in token.doc[clause.left_edge.i : clause.i] if t.idx < quote.start_char):
            return None  # (and the clause has words of its own before the quote)
        for child in token.children:
            if (child.dep_ in SUBJECT_DEPS and child.i < clause.left_edge.i
                    and all(t.is_punct for t in token.doc[child.right_edge.i + 1 : clause.left_edge.i])):
                return child.left_edge
        return None

    def _colon_name(self, doc: Doc, quote: Quote, floor: int) -> RawAttribution | None:
        """"Clinton: “…”" — a name and a colon right before the quote, at a paragraph start."""
        text = doc_text(doc)
        lead = text[floor : quote.start_char]
        if not lead.rstrip().endswith(":"):
            return None
        cuts = [b.end() for b in _LEAD_BOUNDARY.finditer(lead) if b.end() < len(lead) and not _after_title(lead, b.start())]
        if cuts:  # the lead-in starts after the last sentence end or dash
            floor, lead = floor + cuts[-1], lead[cuts[-1] :]
        if "\n" in lead.strip() or len(lead) > 60:
            return None
        match = _NAME_COLON.search(lead)
        if match is None:
            return None
        source = (floor + match.start(1), floor + match.end(1))
        colon = text.rfind(":", source[1], quote.start_char)
        cue = (colon, colon + 1)
        verb = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[source[0] : source[1]])
        if verb is not None and self._inverted_verb(verb.group(1)):
            # "Continued Stone: “…”": the cue before the name, inverted
            cue, source = (source[0], source[0] + verb.end(1)), (source[0] + verb.end(), source[1])
        line_end = text.find("\n", quote.end_char)
        line_end = len(text) if line_end == -1 else line_end
        ends = text[quote.inner_start : quote.inner_end].rstrip().endswith((".", "!", "?"))
        goes_on = None if ends else _GOES_ON.match(text, quote.end_char, line_end)
        if goes_on is not None:
            # "Ryan: ‘Anti-Semitic Images’ Have ‘No Place …’": the quote opens the statement,
            # which runs to the end of its sentence
            stop = _SENTENCE_END.search(text, goes_on.end(), line_end)
            end = _strip(text, quote.start_char, stop.end() if stop else line_end, " \t\r\u00a0")[1]
            return RawAttribution(cue, [(quote.start_char, end)], source, "mixed", 0.7, "direct-name-colon")
        return RawAttribution(cue, [(quote.start_char, quote.end_char)], source, "direct", 0.7, "direct-name-colon")

    @staticmethod
    def _short_sequel(text: str, previous: RawAttribution, previous_end: int, quote: Quote) -> bool:
        """A quoted sentence of a word or two right after the rest of the cue's sentence (“…,”
        Tester said. “Very good.”): the speaker going on, not a scare quote."""
        inner = text[quote.inner_start : quote.inner_end].strip()
        gap = text[previous_end : quote.start_char]
        return (previous.rule == "direct-after" and inner.endswith((".", "!", "?")) and "\n" not in gap
                and _REST_OF_SENTENCE.fullmatch(gap) is not None and gap.strip().endswith((".", "!", "?")))

    def _inverted_verb(self, word: str) -> bool:
        """True for a past tense of speech opening an inverted cue ("Continued Stone:", "Added
        Trump:"); not "Said", which is a given name as often ("Said Jalili:")."""
        lemma = self.lexicon.forms.get(word.lower())
        return lemma is not None and word.lower().endswith("ed") and self.lexicon.verbs.get(lemma) == "speech"

    def direct(self, doc: Doc, quotes: list[Quote]) -> list[RawAttribution]:
        """Attributions of the outer quotes of the doc."""
        text = doc_text(doc)
        found: list[RawAttribution] = []
        outer = outer_quotes(quotes)
        previous: RawAttribution | None = None
        previous_end = 0
        for n, quote in enumerate(outer):
            para_start = text.rfind("\n", 0, quote.start_char) + 1
            para_end = text.find("\n", quote.end_char)
            para_end = len(text) if para_end == -1 else para_end
            next_start = outer[n + 1].start_char if n + 1 < len(outer) else len(text)
            limit = min(para_end, next_start)
            floor = max(para_start, previous_end)
            words = len(text[quote.inner_start : quote.inner_end].split())
            content = (quote.start_char, quote.end_char)
            if _names_a_work(text, quote, floor):
                previous_end = quote.end_char
                continue
            token: Token | None
            split = self._dash_split(doc, quote)
            if split is not None:
                token, a, b = split
                cue = self.cue_span(token)
                # The speaker stands inside the interruption ("– said Lavrov. –", "– he said. –").
                source = self._inverted_source(token, b)
                if source is None:
                    source = self.source_of(token)
                    if source is not None and not (a <= source[0] and source[1] <= b):
                        source = None
                if source is None:
                    source = self._source_before(token, a + 1)  # "– Lavrov reminded. –"
                first = _strip(text, quote.start_char, a)
                second = _strip(text, b, quote.end_char)
                attribution = RawAttribution(cue, [first, second], source, "direct", 0.9, "direct-dash")
                found.append(attribution)
                previous, previous_end = attribution, quote.end_char
                continue
            if quote.start_char < previous_end:
                continue  # the second half of an interrupted quote, already reported
            alone = self._stands_alone(text, quote, floor)
            interrupted = None
            if n + 1 < len(outer) and outer[n + 1].start_char < para_end and alone:
                interrupted = self._interrupting_cue(doc, quote, outer[n + 1])
            if interrupted is not None:
                token, nxt = interrupted, outer[n + 1]
                source = self._source_between(doc, quote.end_char, token.idx) or self._inverted_source(token, nxt.start_char)
                if source is not None:
                    attribution = RawAttribution(self.cue_span(token), [content, (nxt.start_char, nxt.end_char)], source, "direct", 0.9, "direct-interrupted")
                    found.append(attribution)
                    previous, previous_end = attribution, nxt.end_char
                    continue
            signed = _DASH_SIGNATURE.match(text, quote.end_char, limit) if quote.closed and alone else None
            if signed is None and quote.closed and not text[para_start : quote.start_char].strip() and not text[quote.end_char : para_end].strip():
                # a paragraph that is all quote, signed on the next line ("… top 1 percent."⏎⏎- Bernie Sanders.),
                # as fact-check columns set the claims they check
                signed = _SIGNATURE_LINE.match(text, quote.end_char)
            if signed is not None and words >= 1:
                dash = _strip(text, signed.start(), signed.start(1), " \t\u00a0\r\n")
                attribution = RawAttribution(dash, [content], signed.span(1), "direct", 0.8, "direct-signature")
                found.append(attribution)
                previous, previous_end = attribution, signed.end()
                continue
            token = self._cue_after(doc, quote, limit)
            rule = "direct-after"
            if token is not None and _embedded_title(text, quote, para_start):
                token = None  # a show called “Brokers,” written by …: a title inside the sentence
            if (token is not None and token.tag_ == "VBG" and not text[quote.end_char : token.idx].strip(" \t\u00a0,")):
                # but said, “It’s time we change how we do it,” promising …: a participle right
                # after the quote goes on from the sentence's subject; the cue before reports it
                reporter = self._cue_before(doc, quote, floor)
                if reporter is not None and not text[reporter.idx + len(reporter) : quote.start_char].rstrip().endswith("that"):
                    # (not "stressed that “…,” suggesting …": a reported clause, read as a mixed quote)
                    token, rule = reporter, "direct-before"
            if token is None and words >= 1:
                named = self._colon_name(doc, quote, floor)
                if named is None and not text[para_start : quote.start_char].strip():
                    # the name and colon on a line of their own ("Stated Stone:⏎⏎“…”")
                    above = _line_above(text, para_start)
                    if above is not None and above >= previous_end:
                        named = self._colon_name(doc, quote, above)
                if named is not None:
                    found.append(named)
                    previous, previous_end = named, named.content[-1][1]
                    continue
            if token is None:
                token = self._cue_before(doc, quote, floor)
                rule = "direct-before"
            if token is None and previous is not None and previous.kind == "direct" and (words >= self.min_direct_words or self._short_sequel(text, previous, previous_end, quote)):
                # “A,” he said. “B.” — the second quote continues the first statement when it
                # is a sentence of its own in the same paragraph, or a quoted paragraph right
                # after a paragraph that ends with the attribution (“A,” he said.⏎“B.”, also
                # “A,” he said at the rally on Friday.⏎“B.”). After a longer sentence it does
                # not: PolNeAR gives such a quote to the cue that follows it as often as to the
                # one before (train-7 direct F1: continuing after any sentence 0.894, never
                # across paragraphs 0.899, this rule 0.898).
                gap = text[previous_end : quote.start_char]
                same_paragraph = "\n" not in gap and self._stands_alone(text, quote, previous_end)
                ends_paragraph = len(gap.split()) <= 3 or (previous.rule == "direct-after" and _REST_OF_SENTENCE.fullmatch(gap) is not None)
                next_paragraph = (gap.count("\n") <= 2 and ends_paragraph and _quoted_sentence(text, quote)
                                  and self._stands_alone(text, quote, para_start))
                # Nor after a sentence that reports on its own (“A,” says X. She says people
                # should … . “B.”): the quote goes on from that report (_quote_after_report).
                # Nor after a lead-in of its own (“A,” he said. She went on to say:⏎“B.”).
                if (len(gap) < 200 and (same_paragraph or next_paragraph) and not self._cue_goes_on(doc, previous, quote.start_char)
                        and not (gap.rstrip().endswith(":") and len(gap.split()) >= 2)
                        and not self._report_between(doc, previous_end, quote.start_char)):
                    previous.content.append(content)
                    previous_end = quote.end_char
                    continue
            if token is None:
                colon = self._colon_lead(doc, para_start) if words >= self.min_direct_words else None
                clause = self._colon_clause(doc, quote, floor) if colon is None and words >= self.min_direct_words else None
                if colon is not None:
                    token = colon
                    rule = "direct-colon-paragraph"
                elif clause is not None:
                    token = clause
                    rule = "direct-colon-clause"
                else:
                    previous_end = quote.end_char
                    if not self._title_in_cue_clause(text, previous, quote):
                        previous = None
                    continue
            inner = text[quote.inner_start : quote.inner_end].strip()
            # A short quote is a statement only in the “Absolutely not,” he said shape, or
            # as a whole sentence right after its cue (Priebus said, “Probably.”).
            voiced = rule == "direct-before" and self._voiced(doc, token, quote)
            said_short = voiced or (rule == "direct-before" and inner.endswith((".", "!", "?")) and _told_then_quoted(doc, token, quote))
            if words < self.min_direct_words and not (rule == "direct-after" and inner.endswith((",", "!", "?"))) and not said_short:
                previous_end = quote.end_char
                continue
            if rule == "direct-before" and not voiced and self._fragment_object(doc, token, quote, inner):
                previous_end = quote.end_char
                continue
            if self.lexicon.verbs.get(self.cue_lemma(token) or "") in ("belief", "intent"):
                # "was thinking: ''Oh my God …''", "wants “smarter and tougher”": a thought or a
                # wish is not a quotation (PolNeAR train precision of such quotes 0.23)
                previous_end = quote.end_char
                continue
            cue = self.cue_span(token)
            if rule == "direct-after":
                start = self._reported_lead(doc, token, quote, floor)
                if start == quote.start_char and self._embedded_fragment(doc, quote, floor, words):
                    previous_end = quote.end_char
                    continue
                content = (start, quote.end_char)
            elif rule == "direct-before":
                # "X stressed that “…”": PolNeAR's content starts at "that".
                before = text[max(floor, quote.start_char - 6) : quote.start_char]
                clause_start = self._clause_into_quote(token, quote)
                if (before.rstrip().endswith(" that") or before.rstrip() == "that") and clause_start == quote.start_char:
                    content = (text.rfind("that", floor, quote.start_char), quote.end_char)
                else:
                    # (a "that" inside a clause that opens earlier is a relative: "says his campaign
                    # is the only one that “has beaten …”": the clause is the content)
                    content = (clause_start, quote.end_char)
            source = None
            if rule == "direct-after":
                # “…,” Mr. Trump said / “…,” said the Minister: the words next to the cue,
                # outside the quote, whatever the parser made of them.
                source = self._source_between(doc, quote.end_char, token.idx) or self._inverted_source(
                    token, limit, right_after=not text[quote.end_char : token.idx].strip(" \t\u00a0,"))
            if source is None:
                source = self.source_of(token, forbid=content)
                if source is not None and source[0] < quote.end_char and quote.start_char < source[1]:
                    source = None  # a word of the quote is never its speaker
            if source is None and rule == "direct-before":
                if token.tag_ == "VBG" and token.i > 0 and doc[token.i - 1].text == ",":
                    # "Clinton seemed ready to riff on the incident in Iowa, telling the crowd, “…”":
                    # the participle goes with the sentence's subject, not the noun before its comma
                    root = token.sent.root
                    source = self.source_of(root, forbid=content) if root.i < token.i and self.cue_lemma(token) else None
                    if source is None and root.i < token.i and self.cue_lemma(root) and self.cue_lemma(token):
                        source = self._inverted_source(root, token.idx)  # "“…,” said Skelly, explaining: “…”"
                else:
                    source = self._source_before(token, floor)
            if source is None and rule == "direct-colon-clause":
                previous_end = quote.end_char
                continue
            confidence = 0.9 if source else 0.6
            around = self._around_cue(text, quote, cue, source, floor, para_end) if rule == "direct-before" else None
            if around is not None:
                # "These sources, the lawyers said, “all command the same conclusion” that …":
                # the cue interrupts a sentence whose predicate is quoted; the sentence is what was said
                attribution = RawAttribution(cue, around, source, "mixed", confidence, "mixed-around-cue")
                found.append(attribution)
                previous, previous_end = attribution, max(around[-1][1], cue[1])
                continue
            # "said the turmoil was not the fault of banks, "not by a long shot."": mixed
            lead = text[content[0] : quote.start_char].strip().lower() if rule == "direct-before" else ""
            kind = "direct" if lead in ("", "that") else "mixed"
            if rule == "direct-before" and not self._leads_into_next(doc, quote.end_char):
                # “one or two instances” where the donations may have “slipped through the
                # cracks.”: the sentence goes on to quote again; all of it is the content
                # (what was voiced goes on only to another quote: chanted “A” and “B”)
                end = _quoting_sentence_end(text, quote, para_end)
                if end is None:
                    end = _sentence_goes_on(text, quote, para_end)
                if end is not None and voiced and not text[quote.end_char : end].rstrip(" .").endswith(tuple(QUOTE_CLOSERS)):
                    end = None
                if end is not None:
                    content, kind = (content[0], end), "mixed"
            if (rule == "direct-after" and quote.paragraphs > 1 and content[0] == quote.start_char and previous is not None
                    and previous.kind == "direct" and previous.rule == "direct-after"):
                # “A,” Sexton said. “B.⏎“C,” Sexton said.: a quote run on across a paragraph
                # break that opened right after the last statement's cue goes on with that
                # statement up to the break; the new paragraph is what this cue reports
                # (PolNeAR train: 5 of 7 such quotes split so; the 2 others follow a longer
                # cue sentence, "…,” Clinton told AIPAC, referring to …. “B.⏎“C!” she said.")
                gap = text[previous_end : quote.start_char]
                reopened = _reopened_paragraph(text, quote)
                if reopened is not None and "\n" not in gap and len(gap.split()) <= 4:
                    previous.content.append((quote.start_char, quote.start_char + len(text[quote.start_char : reopened].rstrip())))
                    content = (reopened, content[1])
            parts = [content]
            condition = self._condition_before(token) if rule == "direct-before" else None
            if condition is not None and condition[1] <= (source or cue)[0]:
                parts, kind = [condition, content], "mixed"
            relative = self._relative_object(token) if rule == "direct-before" else None
            if relative is not None and (source is None or relative[1] <= source[0]):
                # "Rubio, who he dubbed “the little senator.”": the relative word is the one named
                parts, kind = [relative, content], "mixed"
            attribution = RawAttribution(cue, parts, source, kind, confidence, rule)
            found.append(attribution)
            previous, previous_end = attribution, max(content[1], cue[1])
        return found

    def _condition_before(self, verb: Token) -> tuple[int, int] | None:
        """The condition that opens a sentence a cue clause interrupts: "If the demands are not
        met, Mr. Taylor warned, die-hard supporters will stay home" — the parser hangs the "if"
        clause on the cue, but it belongs to what was said (PolNeAR train: 7 of 7 such "if" and
        "whether" clauses are in the content). Only with the cue clause set off by commas."""
        doc = verb.doc
        mark = doc[verb.sent.start]
        clause = mark.head
        subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
        if (mark.dep_ != "mark" or mark.lower_ not in CONDITION_MARKS or clause.dep_ != "advcl" or clause.left_edge != mark
                or subject is None or subject.i < clause.i):
            return None  # (the parser hangs the clause on the cue or on the reported verb)
        if doc[clause.right_edge.i + 1].text != "," or clause.right_edge.i + 2 != subject.left_edge.i:
            return None
        comma = next((t for t in doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)] if t.text == ","), None)
        if comma is None or any(t.dep_ in ("ccomp", "xcomp", "dobj") or t.is_quote for t in doc[verb.i + 1 : comma.i]):
            return None  # "If …, he said that …": no interruption
        text = doc_text(doc)
        return _strip_content(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))

    def _relative_object(self, verb: Token) -> tuple[int, int] | None:
        """The relative word a naming verb's clause hangs on, as its object ("which he called
        “…”", "who he dubbed “…”"): what the quoted label is pinned on."""
        if verb.dep_ != "relcl" or self.cue_lemma(verb) not in NAMING_VERBS:
            return None
        return _relative_word(verb, RELATIVE_PRONOUNS, ("dobj",))

    def _leads_into_next(self, doc: Doc, at: int) -> bool:
        """Whether a cue of its own leads into the next quote right after ``at``.

        She stated, “A,” adding, “B.” (or adding that “B.”): "adding" reports “B”, so the
        sentence does not run on from “A” into one content."""
        lead = _NEXT_LEAD_IN.match(doc_text(doc), at)
        if lead is None:
            return False
        cue = doc.char_span(lead.start(1), lead.end(1))
        if cue is None or len(cue) != 1 or self.cue_lemma(cue[0]) is None:
            return False
        if lead.group(2).strip():
            # She said, “A,” adding that “B.”: the participle's clause is quoted
            text = doc_text(doc)
            return lead.end() < len(text) and text[lead.end()] in QUOTE_CHARS_OPEN and self._speech_cue(cue.text)
        return self._introduces_next(cue[0], lead.end())

    @staticmethod
    def _around_cue(text: str, quote: Quote, cue: tuple[int, int], source: tuple[int, int] | None,
                    floor: int, para_end: int) -> list[tuple[int, int]] | None:
        """The two halves of a sentence a cue clause interrupts before a quote that goes on with it.

        "The club's investment, Ms. Tanzer said, ''is a perfect example of adapting'' to the
        changing economics of golf.": the words before ", Ms. Tanzer said," and the quote with
        the rest of its sentence (PolNeAR's content, 34 times in train). Only when the quote
        starts in lower case (it continues the sentence) and the cue clause is set off by commas."""
        if source is None or not (source[1] <= cue[0] or cue[1] <= source[0]):
            return None
        clause = (min(source[0], cue[0]), max(source[1], cue[1]))
        if text[clause[1] : quote.start_char].strip() != ",":
            return None
        words = re.findall(r"[^\W\d_]", text[quote.inner_start : quote.inner_end])
        if not words or not words[0].islower():
            return None
        comma = clause[0] - 1
        while comma > floor and text[comma] in " \t\u00a0":
            comma -= 1
        if comma <= floor or text[comma] != ",":
            return None
        boundaries = [m.end() for m in _LEAD_BOUNDARY.finditer(text, floor, comma)]
        start = boundaries[-1] if boundaries else floor
        if any(ch in text[start:comma] for ch in "“”\"«»") or not re.search(r"\w", text[start:comma]):
            return None
        first = _strip(text, start, comma)
        end = quote.end_char
        inner = text[quote.inner_start : quote.inner_end].rstrip()
        if not inner.endswith((".", "!", "?")):
            stop = _SENTENCE_STOP.search(text, quote.end_char, para_end)
            rest = text[quote.end_char : stop.start() if stop else para_end]
            if _balanced_quotes(rest):
                end = _strip_content(text, quote.start_char, quote.end_char + len(rest))[1]
        return [first, (quote.start_char, end)]

    @staticmethod
    def _title_in_cue_clause(text: str, previous: RawAttribution | None, quote: Quote) -> bool:
        """Whether ``quote`` is a title in the clause of the cue that follows the previous quote.

        “A,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “B.”: the
        title names the programme; “B” still continues the statement “A” began."""
        if previous is None or previous.rule != "direct-after" or previous.cue is None or previous.cue[1] > quote.start_char:
            return False
        return not re.search(r"[.!?\n]", text[previous.cue[1] : quote.start_char]) and _title_cased(text, quote)

    def _cue_goes_on(self, doc: Doc, previous: RawAttribution, limit: int) -> bool:
        """Whether the clause of a direct quote's cue goes on to a second report before ``limit``.

        “A,” said Tyler, explaining why the candidate stays away. “B.”: the next quote belongs
        to that second report (PolNeAR gives it that cue), so it does not continue the first
        statement. A second verb without a reported clause ("…, mocking concerns") or one
        in a subordinate clause ("when asked …") does not break the statement."""
        if previous.cue is None:
            return False
        span = doc.char_span(previous.cue[0], previous.cue[1], alignment_mode="expand")
        if span is None or not len(span):
            return False
        cue = span.root
        for token in doc[span.end :]:
            if token.idx >= limit:
                break
            if (token.pos_ == "VERB" and token.dep_ in ("conj", "advcl") and token.head.i == cue.i
                    and self.cue_lemma(token) and self._complement(token)
                    and not any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in CLAUSE_BREAKS | {"after", "before", "as"})
                                for c in token.children)):
                return True  # a second report with its own clause (not "when asked …")
            if (token.dep_ == "conj" and token.head.i == cue.i and token.pos_ == "VERB"
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS for c in token.children)):
                return True  # “A,” Ebeling said, and her husband cut in. “B.”: someone else speaks next
        return False

    def _report_between(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a sentence that starts in ``start:end`` reports a clause of its own
        (a cue verb with a subject and a complement: "She says people should …")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.sent.start_char < start:
                continue
            if self.cue_lemma(token) and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and self._complement(token):
                return True
        return False

    def _voiced(self, doc: Doc, token: Token, quote: Quote) -> bool:
        """Whether the quote follows a verb of voice with nothing between ("a man yelled “Stay
        there!”", "supporters are crying "fraud""): what was shouted, however short or lower-case."""
        if self.cue_lemma(token) not in self.lexicon.voice_verbs:
            return False
        return not doc_text(doc)[token.idx + len(token) : quote.start_char].strip()

    def _fragment_object(self, doc: Doc, token: Token, quote: Quote, inner: str) -> bool:
        """Whether a quote right after its verb is a quoted fragment, not a statement.

        "He is feeling “a lot of emotion”" / "they were seeking “economic intelligence.”":
        no colon or comma introduces it and it does not start a sentence; the indirect rules
        report the clause around it as a mixed quote."""
        lead = doc_text(doc)[token.idx + len(token) : quote.start_char].strip()
        if lead.endswith((":", ",")) or lead.endswith("that") or lead in DASHES:
            return False
        first = inner.lstrip("“\"'‘«„ ")[:1]
        return not first.isupper()

    def _embedded_fragment(self, doc: Doc, quote: Quote, floor: int, words: int) -> bool:
        """Whether a quote in mid-sentence is a name or phrase, not the statement of a cue after it.

        "on MSNBC’s “Morning Joe,” adding …", "calls Trump a “sociopath,” said …", "appeared
        on “Fox & Friends” to defend her": the quote follows a preposition, article,
        possessive or adjective (or is a short phrase) and does not open its sentence."""
        text = doc_text(doc)
        if self._stands_alone(text, quote, floor):
            return False
        span = self._tokens_between(doc, floor, quote.start_char)
        tokens = [t for t in span if not t.is_space] if span is not None else []
        if not tokens:
            return False
        last = tokens[-1]
        if last.text in (":", ",") or last.text in DASHES or last.lower_ == "that":
            return False
        if words < self.min_direct_words:
            return True
        letters = re.findall(r"[^\W\d_]", text[quote.inner_start : quote.inner_end])
        if letters and letters[0].islower():
            return True  # comments “are based on his opinion,” …: the quote goes on a clause begun before it
        return last.pos_ in ("ADP", "DET", "ADJ", "NUM") or last.tag_ in ("POS", "PRP$")

    def _source_before(self, verb: Token, floor: int) -> tuple[int, int] | None:
        """The noun phrase right before a cue verb the parser gave no subject.

        "Mitt Romney, the 2012 nominee, tweeted in response: “…”" — skipping auxiliaries
        and adverbs ("had also said"); never for a passive ("was asked")."""
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None
        doc = verb.doc
        i = verb.i - 1
        while i >= 0 and doc[i].idx >= floor and (doc[i].pos_ in ("AUX", "ADV", "PART") or doc[i].dep_ in ("aux", "neg")):
            i -= 1
        end = i
        if i > 0 and doc[i].text == ")":
            # "Speaker of the House Rep. Paul Ryan (R-WI) said": the name goes on before its parenthesis
            opening = next((k for k in range(i - 1, max(i - 8, -1), -1) if doc[k].text == "("), None)
            if opening is not None and doc[opening].idx >= floor:
                i = opening - 1
        while i >= 0 and doc[i].idx >= floor and end - i < 12 and (
            doc[i].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") or doc[i].text in (",", "of", "'s", "’s")
        ):
            i -= 1
        if end - i <= 0:
            return None
        start = doc[i + 1].idx
        for ancestor in doc[end].ancestors:
            # "an official who spoke anonymously to discuss internal strategy said": the noun
            # the relative clause describes is the speaker, not the clause's last noun.
            if ancestor.dep_ in ("relcl", "acl") and ancestor.right_edge.i == end and ancestor.head.i < ancestor.i:
                owner = ancestor.head
                if owner.pos_ in ("PROPN", "NOUN") and owner.left_edge.idx >= floor:
                    start = min(start, owner.left_edge.idx)
                break
        found = _strip(doc_text(doc), start, doc[end].idx + len(doc[end]))
        if found[1] <= found[0] or not any(doc[k].pos_ in ("PROPN", "NOUN", "PRON") for k in range(i + 1, end + 1)):
            return None
        return found

    def _source_between(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The noun phrase between a quote and its cue (“…,” Robert Shrum, a strategist, said)."""
        span = self._tokens_between(doc, start, end)
        if span is None:
            return None
        words = [t for t in span if not t.is_punct and not t.is_space]
        if not words:
            return None
        if len(words) > 12:
            return self._named_before_apposition(span, words)  # “…,” Trump, the 2016 GOP frontrunner and …, said
        while len(words) > 1 and words[-1].pos_ == "AUX":
            words.pop()  # “…,” Bill Clinton has said: the auxiliary belongs to the cue
        clauses = {d.i for t in span if t.dep_ == "relcl" and t.head.i >= span.start and t.head.pos_ in ("NOUN", "PROPN")
                   and t.left_edge.lower_ in ("who", "which") for d in t.subtree}
        for t in span:
            if t.i > words[-1].i:
                break
            if t.i in clauses and not is_quote_mark(t.text):
                continue  # “…,” an intelligence source, who was not authorized to speak, told Fox News
            if _quote_token(t) or t.text in ".!?;:" + DASHES:
                return None
            if t.tag_ in ("VBN", "VBG") and t.i < words[-1].i and t.nbor().pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "NUM"):
                continue  # "the bespectacled, 71-year-old diplomat": a participle as adjective
            if t.is_title and t.pos_ == "VERB" and t.i < words[-1].i and t.nbor().pos_ in ("PROPN", "NOUN"):
                continue  # "Tulsa police Chief Chuck Jordan": a capitalised name the tagger read as a verb
            if t.i == words[0].i and t.pos_ == "VERB" and t.nbor().pos_ == "PROPN" and t.nbor().i < words[-1].i:
                continue  # "screenwriter Cole Haddon": a title the tagger read as a verb
            if not t.is_punct and not t.is_space and t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "CCONJ", "ADV"):
                return self._named_before_apposition(span, words)
        if words[0].pos_ == "ADV" or words[-1].pos_ in ("ADP", "CCONJ", "DET"):
            if words[-1].pos_ != "ADV" or len(words) == 1:
                return None
        found = _strip(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1]))
        # drop a trailing adverb ("he also said" keeps "also" in the cue)
        last = words[-1]
        if last.pos_ == "ADV" and len(words) > 1:
            found = (found[0], words[-2].idx + len(words[-2]))
        return found if found[1] > found[0] else None

    @staticmethod
    def _named_before_apposition(span: Span, words: list[Token]) -> tuple[int, int] | None:
        """“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said: the name before an
        apposition closed by a comma right before the cue."""
        if span[-1].text != "," or words[0].pos_ != "PROPN":
            return None
        comma = next((t for t in span if t.text == ","), None)
        if comma is None or comma.i == span[-1].i:
            return None
        name = [t for t in span if t.i < comma.i]
        if not name or not all(t.pos_ in ("PROPN", "DET", "ADJ", "NOUN") or t.text == "." for t in name):
            return None
        return name[0].idx, name[-1].idx + len(name[-1])

    def _colon_clause(self, doc: Doc, quote: Quote, floor: int) -> Token | None:
        """The main verb of a clause that leads into a quote with a colon but has no cue word.

        "She went on: “…”", "Isaiah 45:1 reads: “…”", "Trump went even further: “…”": the
        colon makes the quote the clause's statement; its subject is the speaker."""
        text = doc_text(doc)
        lead = text[floor : quote.start_char].rstrip()
        if not lead.endswith(":"):
            return None
        span = self._tokens_between(doc, floor, floor + len(lead))
        if span is None or len(span) < 2 or span[-1].text != ":" or not span[-2].dep_:
            return None  # no colon, or an unparsed paragraph (no sentences to read)
        root: Token | None = span[-2].sent.root
        if root is not None and root.i > span[-1].i:
            # the parser made the quote's verb the root and hung the lead's verb off it
            # ("She went on: “It is …”"): the lead's verb with a subject of its own
            leads = [t for t in span[:-1] if t.pos_ in ("VERB", "AUX") and not span.start <= t.head.i < span.end
                     and any(c.dep_ in SUBJECT_DEPS for c in t.children)]
            root = leads[-1] if leads else None
        if root is None or root.idx < floor or root.i >= span[-1].i or root.pos_ not in ("VERB", "AUX"):
            return None
        return root

    def _colon_lead(self, doc: Doc, para_start: int) -> Token | None:
        """A cue ending the previous paragraph with a colon ("Caddell continued:")."""
        text = doc_text(doc)
        prev_end = para_start - 1
        while prev_end > 0 and text[prev_end - 1] in "\n\r \t":
            prev_end -= 1
        if prev_end <= 0 or text[prev_end - 1] != ":":
            return None
        prev_start = text.rfind("\n", 0, prev_end) + 1
        span = self._tokens_between(doc, prev_start, prev_end)
        if span is None:
            return None
        for token in reversed(list(span)):
            if token.text in ".!?":
                return None  # the cue is in the sentence the colon ends, not before it ("Do you support X? Join us:")
            if self.cue_lemma(token):
                return token
            if (token.lower_ in self.lexicon.nouns and token.dep_ == "dobj" and token.head.pos_ == "VERB"
                    and any(c.lower_ == "following" for c in token.children)):
                return token.head  # "Clinton released the following statement:"
        return None

    # -- indirect speech ---------------------------------------------------------------------

    def indirect(self, doc: Doc, inside: list[tuple[int, int]], used_cues: set[tuple[int, int]]) -> list[RawAttribution]:
        """Reporting verbs with a clausal or object complement, and prepositional cues."""
        text = doc_text(doc)
        return [raw for raw in self._indirect(doc, inside, used_cues) if not self._open_question(text, raw)]

    def _open_question(self, text: str, raw: RawAttribution) -> bool:
        """Whether a report is only a question its cue's verb leaves open: "it remains to be
        seen whether …", "they will consider whether …" (the lexicon's ``noquestion`` verbs)."""
        if raw.cue is None or not raw.content or raw.content[0][0] < raw.cue[1]:
            return False  # "what most people would consider appropriate": a relative, not a question
        words = re.findall(r"[^\W\d_]+", text[raw.cue[0] : raw.cue[1]].lower())
        if not any(self.lexicon.lemma_of(word) in self.lexicon.question_free for word in words):
            return False
        first = re.match(r"[\W_]*([^\W\d_]+)", text[raw.content[0][0] : raw.content[0][1]])
        return first is not None and first.group(1).lower() in QUESTION_WORDS

    def _indirect(self, doc: Doc, inside: list[tuple[int, int]], used_cues: set[tuple[int, int]]) -> list[RawAttribution]:
        text = doc_text(doc)
        found: list[RawAttribution] = []
        starts = [a for a, _ in inside]
        ends = [b for _, b in inside]
        first_words = self.lexicon.phrases_from

        def in_quote(char: int) -> bool:
            k = bisect.bisect_right(starts, char) - 1
            return k >= 0 and char < ends[k]

        for token in doc:
            if not token.dep_:
                continue  # an unparsed paragraph
            if in_quote(token.idx):
                continue
            if token.lower_ == "in" and token.dep_ == "prep":
                raw = self._in_survey(token) or self._in_hopes(token)
                if raw is not None:
                    found.append(raw)
                    continue
            if token.lower_ in first_words and token.i + 1 < len(doc):
                raw = self._prepositional(token)
                if raw is not None:
                    found.append(raw)
                    continue
            if token.dep_ == "ROOT" and token.tag_ == "NNS":
                raw = self._verb_read_as_noun(token)
                if raw is not None:
                    found.append(raw)
                    continue
            if token.lower_ in self.lexicon.nouns and token.tag_ in ("NN", "NNS"):
                raw = self._noun_cue(token)
                if raw is not None:
                    found.append(raw)
                continue
            if token.lower_ in HEARSAY_ADVERBS and token.dep_ == "advmod":
                raw = self._hearsay(token)
                if raw is not None:
                    found.append(raw)
                continue
            raw = self._stance_word(token)
            if raw is not None:
                found.append(raw)
                continue
            if self.lexicon.lemma_of(token.lower_) in self.lexicon.about_verbs:
                raw = self._about_report(token)
                if raw is not None:
                    found.append(raw)
                continue
            lemma = self.cue_lemma(token)
            if _as_saying(token) is not None:
                continue  # "X is quoted as saying …": the participle reports
            if lemma is not None and token.dep_ in ("ccomp", "xcomp") and token.head.lower_ in CAUSATIVES:
                continue  # "let them know that …", "made voters believe …": they are told, not telling
            if lemma == "see" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                # "went to see Ayotte speak", "not uncommon to see anti-Obama signs", "hopes to see
                # on the platform": to see, still to come, is no view held (train: 3 of 21 right)
                continue
            if lemma is None and token.lower_ in APPEARANCE_VERBS and token.pos_ in ("VERB", "AUX"):
                raw = self._appearance(token)
                if raw is not None:
                    found.append(raw)
                    continue
            if lemma is None:
                raw = self._as_quoted(token)
                if raw is not None:
                    found.append(raw)
                    continue
                if self._put_it(token) and token.dep_ == "advcl":
                    raw = self._as_clause(token, self.source_of(token), (token.idx, token.nbor().idx + len(token.nbor())))
                    if raw is not None:
                        found.append(raw)
                continue
            cue = self.cue_span(token)
            if cue in used_cues:
                continue  # the cue of a direct quote
            raw = self._inverted_aside(token, cue)
            if raw is not None:
                found.append(raw)
                continue
            complement = self._complement(token)
            source = self.source_of(token)
            sent = token.sent
            if complement and complement[0].i < token.i and lemma in self.lexicon.object_verbs and any(
                c.dep_ in ("dobj", "oprd") and c.i > token.i for c in token.children
            ) and any(c.dep_ in SUBJECT_DEPS and complement[0].i < c.i < token.i for c in token.children):
                # "…ire - he called her “weak”": the verb's objects, not the clause before (but
                # "Y, stressed the Minister" has no subject of its own: Y is what was said)
                complement = []
            if complement:
                comp = complement[0]
                start = comp.left_edge.idx
                if comp.dep_ == "advcl":  # (see _complement) the clause starts at its "that"
                    start = max(start, next((c.idx for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), start))
                if comp.i > token.i:
                    start = self._subject_as_object(token, comp, start)
                    start, cue = self._proposition_noun(token, comp, start, cue)
                last = comp.right_edge
                for more in complement[1:]:
                    if more.i > token.i and more.left_edge.i == last.i + 1 and not self._starts_over(more):
                        last = more.right_edge  # "noting that most of the money raised went to …": one clause in two parts
                if comp.i > token.i:
                    last = self._second_that_clause(token, last)
                    last = _backshifted_conjunct(token, last)
                end = last.idx + len(last)
                if comp.i < token.i:
                    # "Y, X said": the reported clause comes first. Keep it within the sentence.
                    start = max(start, sent.start_char)
                    if any(ch in text[end : token.idx] for ch in "“«„"):
                        continue  # "…, and as Trump went on about “…,” Melanie said": quotes stand between
                content = _strip_content(text, start, end)
                if comp.i > token.i:
                    content = self._without_appendix(doc, self._before_next_report(comp, token, content))
                if content[1] - content[0] < 8 or len(text[content[0]:content[1]].split()) < 2:
                    continue
                if source is None and comp.i < token.i:
                    source = self._inverted_source(token, sent.end_char)  # "Y, stressed the Minister"
                if source is None and comp.i > token.i:
                    source = self._misparsed_speaker(token)
                if source is None and comp.i > token.i and token.tag_ in ("VBD", "VBZ", "VBP") and not _passive_participle(token):
                    # "… Washington Post Trump said that …", "experts say it costs": a finite
                    # cue the parser left without a subject; the noun phrase right before it.
                    source = self._source_before(token, sent.start_char)
                if source is None and not (any(c.dep_ == "auxpass" for c in token.children) or _passive_participle(token)):
                    continue  # nobody says it: "It is worth noting that …", "Ask yourself: …"
                confidence = 0.7 if source else 0.4
                subject = self._passive_subject_span(token, clause=True) if comp.i > token.i else None
                parts = [subject, content] if subject else [content]
                condition = self._condition_before(token) if comp.i > token.i and subject is None else None
                if condition is not None and source is not None and condition[1] <= source[0]:
                    parts = [condition, content]
                first = comp.left_edge
                if comp.i > token.i and first.i < token.i and first.lower_ in RELATIVE_WORDS and content[0] == first.idx:
                    # "emails, which she said represented all her work": the relative word and
                    # what follows the cue; the speaker and the cue between are not content
                    parts = [(first.idx, first.idx + len(first)), _strip_content(text, cue[1], content[1])]
                found.append(RawAttribution(cue, parts, source, _kind_of(text, content), confidence, "indirect-ccomp"))
                continue
            raw = self._cue_as_main_verb(token, source, cue)
            if raw is not None:
                found.append(raw)
                continue
            raw = self._relative_report(token, lemma, source)
            if raw is not None:
                found.append(raw)
                continue
            so = self._said_so(token, lemma)
            if so is not None and source is not None:
                # "after 55 percent said so in December", "I think so": the pro-form is the content
                found.append(RawAttribution(self.cue_span(token), [so], source, "indirect", 0.5, "indirect-object"))
                continue
            raw = self._finding(token, lemma, source)
            if raw is not None:
                found.append(raw)
                continue
            if lemma in self.lexicon.object_verbs or (lemma == "tell" and (_told_story(token) or _told_to(token))) or (lemma == "write" and _written_about(token)):
                # "A super PAC supporting Marco Rubio", "groups backing Sanders": the noun a
                # participle describes takes the stance (train: 155 of 314 such participles of
                # the lexicon's object verbs are gold cues); but "a speech outlining her vision",
                # "ads attacking Cruz": a text's participle is its author's stance
                participle = (token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN", "PRON")
                              and not any(c.dep_ == "aux" for c in token.children))  # (not "Trump Was ‘Mocking’ …")
                if participle and (token.head.pos_ != "NOUN" or token.head.lower_ in agent_nouns()):
                    source = self._phrase(token.head)
                raw = self._object_content(token, source)
                if raw is not None:
                    raw = self._passive_as(token, raw)
                if raw is not None and lemma in self.lexicon.descriptive_verbs and (participle or _relative_subject(token)):
                    raw = None  # "Sanders, who is challenging Clinton": a description (the lexicon's norel frame)
                elif raw is not None and raw.kind != "mixed" and _relative_subject(token) and self._describes_speaker(token):
                    raw = None  # "McCaskill, who has endorsed Clinton, said …": who the speaker is
                elif raw is not None and _relative_subject(token):
                    # "Sanders, who on Tuesday endorsed Clinton", "the union, which endorsed Mr.
                    # Sanders": the noun the clause describes is the one who takes the stance
                    # (train: rules attribution F1 +0.0010, dev +0.0008)
                    raw = replace(raw, rule="indirect-relative-object")
                elif raw is not None and participle:
                    raw = replace(raw, rule="indirect-participle-object")
                elif raw is not None and token.dep_ in ("relcl", "acl") and raw.kind != "mixed" and not (lemma == "expect" and _relative_passive(token)):
                    # "delegates pledged to Trump", "a man he called a liar": a participle or a
                    # relative clause describing a noun rarely reports its object (train-7
                    # precision 0.30); but "Clinton, who is expected to deliver …" is a forecast
                    # (train: 9 of 10 right; other passives, "which is seen as …", 13 of 36)
                    raw = None
                if raw is None:
                    raw = self._passive_subject(token, source)
                if raw is not None:
                    found.append(raw)
                    continue
            if self.lexicon.verbs.get(lemma) == "speech" and (source is None or any(c.dep_ in SUBJECT_DEPS and c.i > token.i for c in token.children)):
                # "Y, said the Minister"; also where quote marks in Y led the parser to read Y
                # as a second subject ("… signals “the beginning of the end” for the EU, said
                # Geert Wilders")
                raw = self._trailing_inverted(token)
                if raw is not None:
                    found.append(raw)
                    continue
            raw = self._closing_cue(token, lemma) if source is not None else None
            if raw is not None:
                found.append(raw)
                continue
            if source is not None and token.head.i > token.i and token.dep_ in ("parataxis", "advcl"):
                # "Acts of protest, Mr. Obama said, are acts of patriotism" /
                # "As Mr. Bown observed, the products would change"
                raw = self._parenthetical(token, source, cue) if token.dep_ == "parataxis" else self._as_clause(token, source, cue)
                if raw is not None:
                    found.append(raw)
                continue
            if token.dep_ in ("parataxis", "advcl") and token.head.i < token.i and source is not None:
                raw = self._trailing_cue(token, source)
                if raw is not None:
                    found.append(raw)
            elif token.dep_ == "conj" and token.head.i < token.i and source is not None and self._closing_conj(token):
                # "The US will send 200 troops …, Defense Secretary Ash Carter told a Senate
                # panel Wednesday.": the parser joined the cue clause to the clause it reports
                raw = self._trailing_cue(token, source, subject=True)
                if raw is not None:
                    found.append(raw)
        return found

    def _closing_conj(self, token: Token) -> bool:
        """Whether a verb the parser joined to an earlier clause is a cue clause closing the
        sentence after a comma, with a subject of its own, as the clause before has ("Y, X
        told Z."; not "He walked in, sat down, said hello", nor "Y, and X said Z", nor
        "…, and much of it raises red flags": an object other than the one told)."""
        doc = token.doc
        if sum(1 for c in token.children if c.dep_ in SUBJECT_DEPS) != 1:
            return False
        if any(c.dep_ == "dobj" for c in token.children) and self.lexicon.lemma_of(token.lower_) not in ADDRESSEE_VERBS:
            return False
        if not any(c.dep_ in SUBJECT_DEPS and c.i < token.head.i for c in token.head.children):
            return False
        first = token.left_edge
        if first.i == 0 or doc[first.i - 1].text != ",":
            return False
        last = token.sent.end - 1
        while last > token.i and doc[last].is_punct:
            last -= 1
        return token.right_edge.i >= last

    def _verb_read_as_noun(self, token: Token) -> RawAttribution | None:
        """"Trump predicts that …", "The Sanders campaign projects that …": the tagger took a
        reporting verb's -s form for a plural noun heading the whole sentence, and the
        speaker before it for the noun's modifiers. The words before it are the speaker,
        the "that" clause after it what was said."""
        lemma = self.lexicon.lemma_of(token.lower_)
        if lemma is None or lemma == token.lower_ or not token.lower_.endswith("s") or lemma in self.lexicon.about_verbs:
            return None
        lefts = list(token.lefts)
        if not lefts or token.left_edge.i != token.sent.start or not all(c.dep_ in NOUN_PHRASE_DEPS for c in lefts):
            return None
        if not any(c.dep_ == "compound" and c.i == token.i - 1 for c in lefts):
            return None  # the word before must be the parser's (mistaken) compound: the speaker's head noun
        doc = token.doc
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "that":
            return None
        clause = next((c for c in token.rights if c.left_edge.i == token.i + 1 and c.dep_ in ("ccomp", "relcl", "advcl")), None)
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children):
            return None  # ("Trump brags that's good news": the parser's relative "that" is the clause's subject)
        text = doc_text(doc)
        source = _strip(text, token.left_edge.idx, doc[token.i - 1].idx + len(doc[token.i - 1]))
        content = _strip_content(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        return RawAttribution((token.idx, token.idx + len(token)), [content], source, _kind_of(text, content), 0.5, "indirect-noun-verb")

    def _noun_cue(self, token: Token) -> RawAttribution | None:
        """"her remark that “…”", "Comey's conclusion that …", "his call for “a total ban”".

        A noun from ``data/cue_nouns.txt`` with a "that"-clause (or, for a quote, a "for"
        object) is a cue; its possessive owner (or its "of"/"by" object) is the source.
        Without an owner there is no source to report, so nothing is reported."""
        doc = token.doc
        text = doc_text(doc)
        source = None
        object_preps = self.lexicon.noun_objects.get(token.lower_, frozenset())
        for child in token.children:
            if child.dep_ == "poss" and child.i < token.i:
                last = child.i
                while last >= child.left_edge.i and doc[last].tag_ == "POS":
                    last -= 1
                if last >= child.left_edge.i:
                    source = _strip(text, child.left_edge.idx, doc[last].idx + len(doc[last]), " \t\n\r\u00a0,;:\"“”«»„‘’'")
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by") and child.lower_ not in object_preps and child.i > token.i and source is None:
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "PRON", "NOUN")]
                if objects and objects[0].pos_ != "NOUN":
                    source = self._phrase(objects[0])
        if source is None or source[1] <= source[0]:
            return None
        cue = (token.idx, token.idx + len(token))
        for child in token.rights:
            if child.dep_ in ("acl", "ccomp", "relcl", "appos") and child.left_edge.lower_ == "that" and child.left_edge.i == token.i + 1 and child.tag_ in VERB_TAGS:
                if any(c.dep_ == "nsubj" and c.lower_ == "that" for c in child.children):
                    continue  # "the remark that angered …": a relative clause
                content = _strip_content(text, child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                if NOUN_CUE_NEEDS_QUOTE and not any(ch in text[content[0] : content[1]] for ch in "“”\"«»„"):
                    return None
                return RawAttribution(cue, [content], source, _kind_of(text, content), 0.5, "noun-that")
            if child.dep_ == "prep" and child.lower_ == "for" and child.i == token.i + 1:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    return None
                obj = objects[0]
                content = _strip_content(text, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
                if content[0] > 0 and text[content[0] - 1] in QUOTE_CHARS_OPEN:
                    content = (content[0] - 1, content[1])  # the parse hangs the opening mark elsewhere
                if not any(ch in text[content[0] : content[1]] for ch in "“”\"«»„"):
                    return None
                return RawAttribution((token.idx, child.idx + len(child)), [content], source, _kind_of(text, content), 0.5, "noun-for")
            if child.dep_ == "prep" and child.lower_ in object_preps and child.i == token.i + 1:
                # "his attacks on Clinton", "Graham's endorsement of Cruz": the object is what
                # the act was about, quoted or not
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if not objects:
                    return None
                obj = objects[0]
                content = _strip_content(text, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
                return RawAttribution((token.idx, child.idx + len(child)), [content], self._owner_subject(token) or source,
                                      _kind_of(text, content), 0.5, "noun-object")
        return None

    def _owner_subject(self, noun: Token) -> tuple[int, int] | None:
        """"Trump ratcheted up his attacks on Rubio": where a noun cue's owner is a possessive
        pronoun and the noun is the object of a verb, that verb's subject, when the pronoun
        can stand for it, names the speaker (PolNeAR's source), not the pronoun."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is None:
            return None
        head = noun
        while head.dep_ in ("dobj", "pobj", "prep") and head.head is not head:
            head = head.head
        if head is noun or head.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].i > owner.i or not _owner_agrees(owner, subjects[0]):
            return None
        subject = self.source_of(head)
        return subject if subject is not None and subject[1] <= owner.idx else None

    def _starts_over(self, clause: Token) -> bool:
        """Whether a clause the parser hung on a cue after its first complement is something
        new: after a dash, a sentence end or a conjunction, or a report of its own ("The S.E.C. said …")."""
        text = doc_text(clause.doc)
        span = text[clause.left_edge.idx : clause.right_edge.idx + len(clause.right_edge)]
        before = text[max(0, clause.left_edge.idx - 3) : clause.left_edge.idx]
        if any(d in before + span for d in ("—", "–", " - ", "--")):
            return True
        for stop in re.finditer(r"[.!?][\"”’']?\s+[A-Z]", span):
            if not (_after_title(span, stop.start()) or re.search(r"(?:^|\W)[A-Z]$", span[: stop.start()])):
                return True  # a sentence ends inside it (not "Mr. Trump", "George W. Bush")
        if clause.left_edge.dep_ == "cc" or clause.left_edge.lower_ in ("and", "but", "or") or self.cue_lemma(clause):
            return True  # "… but said “…”", "… and Democrats accused …"
        return any(self.cue_lemma(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in clause.subtree)

    def _before_next_report(self, comp: Token, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
        """A reported clause ends where a verb joined to it starts another statement: a report
        with a subject of its own ("Trump said if she is elected, she'll bring … and Trump says
        …") or a verb of the cue's tense that the parser hung inside the clause ("she said
        Republicans should give him a hearing, notably stopped short of …")."""
        doc = comp.doc
        for t in comp.subtree:
            if t.i <= comp.i or t.pos_ not in ("VERB", "AUX") or t.idx >= content[1]:
                continue
            lemma = self.cue_lemma(t)
            if (t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > 0 and doc[t.i - 1].text == "," and lemma is not None
                    and self.lexicon.verbs.get(lemma) == "speech" and self._complement(t)):
                # "said that the candidate was not contradicting …, noting that …": the parser
                # hung the next report's participle inside the clause
                end = doc[t.i - 2].idx + len(doc[t.i - 2])
                if end > content[0]:
                    return _strip_content(doc_text(doc), content[0], min(end, content[1]))
            if (t.dep_ == "advcl" and t.tag_ in ("VBD", "VBZ", "VBP") and lemma is not None
                    and self.lexicon.verbs.get(lemma) == "speech"
                    and any(c.dep_ in SUBJECT_DEPS for c in t.children)
                    and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in t.children)
                    and bool(self._complement(t))):
                # "suggested that … can't be president, while Cruz said that …": a second
                # speaker's report set against the first, not part of what the first said
                first = t.left_edge.i - 1
                while first > comp.left_edge.i and doc[first].text in (",", ";"):
                    first -= 1
                end = doc[first].idx + len(doc[first])
                if content[0] < end < content[1]:
                    return _strip_content(doc_text(doc), content[0], end)
            if t.dep_ not in ("conj", "dep"):
                continue
            own_subject = any(c.dep_ in SUBJECT_DEPS for c in t.children)
            report = (own_subject and t.dep_ == "conj" and lemma is not None and self.lexicon.verbs.get(lemma) == "speech"
                      and t.tag_ in ("VBD", "VBZ", "VBP"))
            outer = not own_subject and t.tag_ in ("VBD", "VBZ") and t.tag_ == cue.tag_ and (
                t.head.tag_ != t.tag_ or self._narrator_conj(t, cue))
            # "saying that … - and arguing that …": a second participle of speech with its own clause
            outer = outer or (t.dep_ == "conj" and t.tag_ == "VBG" and cue.tag_ == "VBG" and not own_subject
                              and lemma is not None and self.lexicon.verbs.get(lemma) == "speech" and bool(self._complement(t)))
            if not (report or outer):
                continue
            k = t.left_edge.i - 1
            while k > comp.left_edge.i and (doc[k].dep_ == "cc" or doc[k].text in (",", ";", "-", "–", "—") or doc[k].pos_ == "ADV"):
                k -= 1
            end = doc[k].idx + len(doc[k])
            if end > content[0]:
                return _strip_content(doc_text(doc), content[0], min(end, content[1]))
        return content

    def _without_appendix(self, doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
        """A reported content less what the writer appends after a comma at its end: an
        apposition ("…, an extraction method known as fracking") or a non-restrictive relative
        clause ("…, which he claimed as his average donation") that runs to the content's end.
        Not inside a quotation. (Adverbial clauses and dashes were tried too: PolNeAR keeps
        them as often as not.)"""
        span = doc.char_span(content[0], content[1], alignment_mode="contract")
        if span is None or len(span) < 4:
            return content
        text = doc_text(doc)
        last = span[-1].i
        for t in span[1:-1]:
            if t.text != ",":
                continue
            cut = t.idx
            nxt = doc[t.i + 1]
            if nxt.text in QUOTE_CLOSERS and nxt.i < last:  # “self-deportation,” which …: the quote closes first
                cut, nxt = nxt.idx + len(nxt), doc[nxt.i + 1]
            if any(ch in text[content[0] : cut] for ch in QUOTE_CHARS_OPEN) and any(ch in text[cut : content[1]] for ch in QUOTE_CLOSERS):
                continue  # inside a quotation
            head = nxt  # the phrase that starts after the comma
            while head.head.i != head.i and head.head.left_edge.i == nxt.i and head.head.i <= last:
                head = head.head
            if head.right_edge.i < last or not span.start <= head.head.i <= last:
                continue
            if head.dep_ == "appos" and any(c.dep_ == "conj" for c in head.children) and head.head.dep_ == "pobj":
                continue  # "differ on Israel, the Iranian nuclear deal and …": a list the parser read as an apposition
            if head.dep_ == "appos" or (head.dep_ == "relcl" and nxt.lower_ in ("which", "who", "whom", "whose")):
                return _strip_content(text, content[0], cut)
        return content

    def _clause_into_quote(self, cue: Token, quote: Quote) -> int:
        """Where the reported clause of a cue before a quote starts: at the quote, or earlier
        when the clause opens in the writer's words and runs into the quote ("said that
        whatever choice voters make, “they should not …”", "also said the turmoil was not
        the fault of banks, "not by a long shot."")."""
        for comp in cue.children:
            if comp.dep_ != "ccomp" or comp.i < cue.i:
                continue
            left = comp.left_edge
            lead = cue.doc.text[left.idx : quote.start_char].rstrip()
            if cue.idx + len(cue) <= left.idx < quote.start_char <= comp.right_edge.idx and lead.strip(",") and not lead.endswith(":"):
                return left.idx  # (a clause before a colon is whole: the quote after it stands alone)
        return quote.start_char

    def _belief_adjective(self, token: Token) -> RawAttribution | None:
        """"Labor leaders remain confident that they can keep their members", "he made it clear
        that …": an adjective of belief (:data:`BELIEF_ADJECTIVES`) and its "that"-clause, the
        view of the linking verb's subject. The cue runs from the verb to the adjective. Not
        inside another report ("Humphrey said he's hopeful that …" is Humphrey's statement)."""
        if token.pos_ != "ADJ" and not (token.lower_ == "convinced" and token.tag_ == "VBN"):
            return None
        if token.dep_ not in ("acomp", "ccomp", "oprd", "advcl", "xcomp"):
            return None
        head = token.head
        if head.lower_ not in (MAKE_FORMS if token.lower_ == "clear" else BELIEF_LINKS):
            return None
        # (the parser hangs the clause on the adjective or on the verb: "was adamant that …")
        clause = next((c for c in (*token.subtree, *head.rights) if c.i > token.i and c.dep_ in ("ccomp", "advcl", "csubj") and c.head.i in (token.i, head.i)
                       and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
        if clause is None and token.lower_ == "clear":
            # "has now made clear that it was …", "made clear he will seek …": the parser hangs
            # the clause on "made"; with no "that" it must start right after "clear"
            clause = next((c for c in (*token.rights, *head.rights) if c.i > token.i and c.dep_ == "ccomp" and (
                c.left_edge.i == token.i + 1 or any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children))
                and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)), None)
        if clause is None:
            return None
        if self._inside_report(head):
            return None  # inside someone's report: theirs
        source = self.source_of(head)
        if source is None:
            return None
        text = doc_text(token.doc)
        content = _strip_content(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        if len(text[content[0]:content[1]].split()) < 3:
            return None
        cue = (self.cue_span(head)[0], token.idx + len(token))
        return RawAttribution(cue, [content], source, _kind_of(text, content), 0.5, "indirect-belief-adjective")

    def _inside_report(self, token: Token) -> bool:
        """Whether a cue before ``token`` governs it: "Humphrey said he's hopeful that …", "Cruz
        said Trump took aim at …" are the outer speaker's statements, not the inner one's."""
        node = token
        while node.head.i != node.i:
            node = node.head
            if self.cue_lemma(node) and node.i < token.i:
                return True
        return False

    def _view_of(self, holder: Token, first: Token, last: Token, cue_end: int, method: str, *, trim_appendix: bool = False,
                 cue_start: int | None = None) -> RawAttribution | None:
        """The statement of a view read off a word outside the cue lexicon (the readers below):
        ``holder``'s subject holds it, the content runs from ``first`` to ``last`` (less an
        apposition or non-restrictive relative clause at its end with ``trim_appendix``),
        the cue from ``holder``'s (or ``cue_start``) to ``cue_end``. None inside another report
        ("Cruz said Trump took aim at …" is Cruz's statement), without a source, or with an
        empty content."""
        if self._inside_report(holder):
            return None
        source = self.source_of(holder)
        if source is None:
            return None
        doc = holder.doc
        text = doc_text(doc)
        content = _strip_content(text, first.idx, last.idx + len(last))
        if trim_appendix:
            content = self._without_appendix(doc, content)
        if content[1] <= content[0]:
            return None
        start = self.cue_span(holder)[0] if cue_start is None else cue_start
        return RawAttribution((start, cue_end), [content], source, _kind_of(text, content), 0.5, method)

    def _stance_word(self, token: Token) -> RawAttribution | None:
        """A view read off a word outside the cue lexicon: an adjective of belief and its
        "that"-clause, an adjective of stance and its preposition's object, a light verb and its
        noun of stance (the readers below); None where the word is none of these or its reader
        finds nothing, and the token goes on to the other rules. Also an idiom of a light verb
        (:data:`IDIOMS`, "took issue with …")."""
        word = token.lower_
        raw = self._belief_adjective(token) if word in BELIEF_ADJECTIVES else None
        if raw is None and word in STANCE_ADJECTIVES:  # ("hopeful" is both)
            raw = self._stance_adjective(token)
        if raw is None and word in INTENT_ADJECTIVES:
            raw = self._intent_adjective(token)
        if raw is None and word in LIGHT_VERBS and token.pos_ == "VERB":
            raw = self._stance_noun(token)
        if raw is None and word in IDIOM_VERBS and token.pos_ == "VERB":
            raw = self._idiom(token)
        return raw

    def _stance_adjective(self, token: Token) -> RawAttribution | None:
        """"Trump is critical of the deal", "voters remain skeptical of her plan": an adjective of
        stance (:data:`STANCE_ADJECTIVES`) after a linking verb, and the object of the preposition
        right after it, the view of the verb's subject. The cue runs from the verb to the
        preposition, as PolNeAR marks it. Not inside another report ("Cruz said Trump is
        critical of …" is Cruz's statement)."""
        doc = token.doc
        if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "oprd", "xcomp") or token.i + 1 >= len(doc):
            return None
        head, prep = token.head, doc[token.i + 1]
        if head.lower_ not in BELIEF_LINKS or head.i > token.i or prep.lower_ not in STANCE_PREPOSITIONS or prep.head.i != token.i:
            return None
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        return self._view_of(head, objects[0].left_edge, objects[0].right_edge, prep.idx + len(prep), "indirect-stance-adjective")

    def _intent_adjective(self, token: Token) -> RawAttribution | None:
        """"The White House was eager to assuage public outrage", "his supporters remain reluctant
        to get behind Mrs. Clinton": an adjective of will (:data:`INTENT_ADJECTIVES`) after a
        linking verb and the infinitive right after it, the will of the verb's subject. The cue
        runs from the verb to the adjective. Not where the infinitive is itself a report ("was
        reluctant to endorse Mr. Trump": that verb's rule reads it), nor inside another report."""
        doc = token.doc
        if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "oprd", "xcomp") or token.i + 2 >= len(doc):
            return None
        head, to = token.head, doc[token.i + 1]
        if head.lower_ not in BELIEF_LINKS or head.i > token.i or to.lower_ != "to":
            return None
        verb = to.head
        if verb.dep_ != "xcomp" or verb.head.i != token.i or to.dep_ != "aux" or self.cue_lemma(verb):
            return None
        return self._view_of(head, to, verb.right_edge, token.idx + len(token), "indirect-intent-adjective")

    def _stance_noun(self, verb: Token) -> RawAttribution | None:
        """"Clinton expressed confidence that …", "he voiced support for a single-payer system",
        "Clinton aides have privately expressed frustration over …": a light verb (:data:`LIGHT_VERBS`)
        whose object is a noun of stance (:data:`STANCE_NOUNS`) with a preposition or a
        "that"-clause right after it. The verb's subject holds the view; the cue runs from the
        verb to the preposition (or the noun), the content is the preposition's object (or the
        clause), as PolNeAR marks them where the noun has no determiner. ("raised questions
        about …" is often the finding of a thing, "the documents raised …", with no source in
        PolNeAR: not read here.) Not inside another report ("Judicial Watch said the
        finding raised questions about …" is Judicial Watch's statement)."""
        doc = verb.doc
        noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ in STANCE_NOUNS), None)
        if noun is None or noun.i + 1 >= len(doc) or any(c.dep_ in ("det", "poss") for c in noun.children):
            return None  # (not "expressed his general support for …": PolNeAR keeps such a noun in the content)
        nxt = doc[noun.i + 1]
        if nxt.lower_ in STANCE_NOUN_PREPOSITIONS and nxt.head.i == noun.i and nxt.dep_ == "prep":
            objects = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp")]
            if not objects:
                return None
            first, last = objects[0].left_edge, objects[0].right_edge
            cue_end = nxt.idx + len(nxt)
        elif nxt.lower_ == "that" and nxt.head.head.i == noun.i and nxt.head.dep_ in ("acl", "ccomp", "relcl") and nxt.dep_ == "mark":
            first, last = nxt, nxt.head.right_edge
            cue_end = noun.idx + len(noun)
        else:
            return None
        return self._view_of(verb, first, last, cue_end, "indirect-stance-noun")

    def _idiom(self, verb: Token) -> RawAttribution | None:
        """"Trump took issue with the prediction", "Cruz has taken frequent shots at Rubio", "she
        made no secret of her frustration", "Ryan distanced himself from the remarks": an idiom of
        :data:`IDIOMS` right after its verb. The verb's subject speaks; the cue runs from the verb
        to the idiom's preposition, the content is the preposition's object. Not inside another
        report ("Cruz said Trump took aim at …" is Cruz's statement)."""
        doc = verb.doc
        prep = None
        for forms, words in IDIOMS:
            if verb.lower_ not in forms:
                continue
            j = verb.i + 1
            for k, word in enumerate(words):
                skipped = 0
                while (k < len(words) - 1 and j < len(doc) and doc[j].lower_ not in word and skipped < 2
                       and doc[j].pos_ in IDIOM_MODIFIER_POS):
                    j += 1
                    skipped += 1
                if j >= len(doc) or doc[j].lower_ not in word:
                    break
                j += 1
            else:
                prep = doc[j - 1]
                break
        if prep is None:
            return None
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        return self._view_of(verb, objects[0].left_edge, objects[0].right_edge, prep.idx + len(prep), "indirect-idiom", trim_appendix=True)

    def _appearance(self, token: Token) -> RawAttribution | None:
        """"Sanders seemed to be of two minds", "Trump's supporters seemed unperturbed", "It
        appears that …": how things look to the writer, a statement without a source. The
        content is the subject and the complement, as PolNeAR marks it. Not "seemed to me"
        (someone's view, with a source), nor in a relative clause ("a man who seemed …", "what
        appeared to be …")."""
        if token.dep_ in ("relcl", "acl") or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < token.i), None)
        complement = next((c for c in token.rights if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp", "attr")), None)
        if complement is not None:
            last = complement.right_edge
        else:
            complement, last = self._appearance_likeness(token), token.right_edge
        if subject is None or complement is None or complement.lower_ == "like" and complement.dep_ != "prep":
            return None
        if subject.lower_ == "what":
            return None  # "through what appeared to be a protracted fight", "What seems most striking is …": a description (train: 1 of 7 gold)
        text = doc_text(token.doc)
        # "It appears that …", "it seems likely that …", "it seemed like they have …": the
        # expletive is no part of what seems so; "it appeared to undercut …", "there seemed to
        # be …", "it seemed like an impossible task": the pronoun is
        expletive = subject.lower_ in ("it", "there") and (
            complement.dep_ not in ("xcomp", "prep") or any(c.dep_ in ("acomp", "attr", "oprd", "ccomp") for c in token.children))
        spans = [] if expletive else [self._appearance_subject(subject)]
        spans.append(_strip_content(text, complement.left_edge.idx, last.idx + len(last)))
        spans = [(a, b) for a, b in spans if b > a]
        if sum(len(text[a:b].split()) for a, b in spans) < 3:
            return None
        return RawAttribution((token.idx, token.idx + len(token)), spans, None, "indirect", 0.4, "indirect-appearance")

    @staticmethod
    def _appearance_likeness(token: Token) -> Token | None:
        """What something seems where the parser found no complement: "seemed like an obstacle",
        "appeared as if it might be …", "seemed a reminder that …", "appeared closer to …". The
        word right after the verb opens it; the content runs to the end of the verb's clause."""
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is None:
            return None
        for c in token.rights:
            if c.left_edge.i != nxt.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "like":
                return c
            if c.dep_ == "advcl" and nxt.lower_ in ("like", "as"):
                return c
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
                return c
            if c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR"):
                return c
        return None

    @staticmethod
    def _appearance_subject(subject: Token) -> tuple[int, int]:
        """The subject's words in an appearance's content, short of a description set off by a
        comma ("The new Canadian government, headed by Justin Trudeau, seems ready …", "Clinton,
        casting herself as …, appeared to …") and of a focusing adverb before it ("Even HBO
        comedian John Oliver … appeared to …"): PolNeAR marks what is said to seem so."""
        doc = subject.doc
        text = doc_text(doc)
        left, right = subject.left_edge.i, subject.right_edge.i
        if doc[left].dep_ == "advmod" and doc[left].lower_ in ("even", "only", "also", "just") and left < subject.i:
            left += 1
        described = {t.left_edge.i for t in subject.subtree if t.dep_ in ("appos", "acl", "relcl") and t.i > subject.i}
        comma = next((k for k in range(subject.i + 1, right) if doc[k].text == "," and k + 1 in described), None)
        if comma is not None:
            right = comma - 1
        return _strip_content(text, doc[left].idx, doc[right].idx + len(doc[right]))

    def _hearsay(self, token: Token) -> RawAttribution | None:
        """"The FBI is reportedly making arrangements to interview Clinton", "He was reportedly
        targeted by the cartel": the adverb is the cue of a report without a named source; the
        content is the clause it sits in, less the adverb, as PolNeAR marks it. Not where the
        verb is itself a cue ("Trump reportedly said …": his words are the statement), nor in a
        relative clause ("the president, who reportedly has been itching to …")."""
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("relcl", "acl") or self.cue_lemma(verb) is not None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None or subject.lower_ in SUBJECT_RELATIVES:
            return None
        doc = token.doc
        text = doc_text(doc)
        last = verb.right_edge
        before = _strip_content(text, subject.left_edge.idx, token.idx)
        after = self._without_appendix(doc, _strip_content(text, token.idx + len(token), last.idx + len(last)))
        if after[1] <= after[0] or before[1] <= before[0]:
            return None
        return RawAttribution((token.idx, token.idx + len(token)), [before, after], None, "indirect", 0.4, "indirect-hearsay")

    @staticmethod
    def _second_that_clause(token: Token, last: Token) -> Token:
        """The end of a reported clause that goes on in a second one joined to the cue.

        "Prager believes there are no good options, but that sometimes the lesser of two
        evils will have to do": the parser hangs the second "that"-clause on the cue verb as
        a conjunct; it is the second half of what was said, not a second statement."""
        for child in token.rights:
            if child.dep_ != "conj" or child.i <= last.i:
                continue
            first = child.left_edge
            if (first.lower_ == "that" and first.dep_ == "mark" and first.head == child
                    and all(t.is_punct or t.dep_ == "cc" for t in token.doc[last.i + 1 : first.i])):
                return child.right_edge
            break
        return last

    def _complement(self, token: Token) -> list[Token]:
        """The reported clause of a cue verb: its clausal complement.

        "X said in a statement that Y" is often parsed with Y hanging off "statement"; a
        clause with a subject of its own under the verb's prepositional phrase counts too."""
        complement = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS and not _coordinated_clause(token, c)]
        if len(complement) > 1 and complement[0].i < token.i < complement[-1].i and (
            any(t.text in (":", ";") for t in token.doc[complement[0].right_edge.i + 1 : token.i])
            or any(c.dep_ in SUBJECT_DEPS and complement[0].i < c.i < token.i for c in token.children)
        ):
            # "Y: He said Z", "In a statement released after Y, Cruz said Z" — the parser hangs
            # what comes before the cue and its subject on the cue too; the reported clause is
            # the one after it.
            complement = [c for c in complement if c.i > token.i]
        if (len(complement) > 1 and complement[0].i < token.i < complement[-1].i
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and complement[-1].left_edge.i == token.i + 1
                and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_WORDS for c in complement[-1].children)
                and self._misparsed_speaker(token) is not None):
            # "Jeffrey Salkin, a …, rabbi helping to organize the boycott, said he …": the
            # parser took the speaker and a noun of the description for a clause; the
            # reported one follows (see _misparsed_speaker)
            complement = [c for c in complement if c.i > token.i]
        if complement:
            return complement
        if self.cue_lemma(token) in ("ask", "wonder", "question"):
            # "Asked if he was ever bullied, …": the parser takes the question for an adverbial clause
            asked = [c for c in token.rights if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
            if asked:
                return asked[:1]
        for child in token.rights:
            that = child.left_edge if child.left_edge.lower_ == "that" else next(
                (c for c in child.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < child.i), None)
            if (child.dep_ == "advcl" and that is not None and that.i < child.i
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in child.children)
                    and not any(t.is_punct for t in token.doc[token.i + 1 : child.left_edge.i])):
                # "tweeted in the early morning hours that Machado was …", "saying in his
                # statement only that he was …": the parser may take a "that"-clause after the
                # verb's adjunct for an adverbial one.
                return [child]
        objects = [c for c in token.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in NOT_SUBJECT_OBJECTS]
        for child in token.rights:
            if (child.dep_ == "advcl" and child.tag_ in ("VBD", "VBZ", "VBP") and len(objects) == 1
                    and objects[0].right_edge.i + 1 == child.left_edge.i == child.i
                    and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in child.children)):
                # "People close to the Clintons felt her projection of anger … was over the top":
                # the parser took the clause's subject for the verb's object and its verb for an
                # adverbial clause (see _subject_as_object)
                return [child]
        for child in token.rights:
            if child.dep_ != "prep":
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                for clause in obj.rights:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and clause.tag_ in VERB_TAGS and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "who", "that") for c in clause.children
                    ) and not any(c.tag_ in ("WRB", "WDT", "WP") and not (c.i == clause.left_edge.i and c.dep_ in ("mark", "advmod"))
                                  for c in clause.children) and clause.left_edge.lower_ == "that":
                        # (not "said on CNN, where he is now a contributor, that …", nor "complained of
                        # the imbalance he sees": those are relative clauses; but "reported at the
                        # time that …" with "that" read as a relative adverb is the report)
                        return [clause]
        return []

    def _proposition_noun(self, token: Token, comp: Token, start: int, cue: tuple[int, int]) -> tuple[int, tuple[int, int]]:
        """Where a reported "that"-clause under a noun of the cue's preposition starts, and the cue.

        "responded to accusations that he exaggerated …", "asked about concerns that …": a
        noun that names a proposition is part of what is reported, the preposition part of the
        cue (PolNeAR train: such nouns under the cue's preposition are in the content 23 times
        of 27); "said in a statement that …" names an occasion and stays out (0 of 6)."""
        noun = comp.head
        if not (comp.dep_ in ("acl", "relcl") and noun.dep_ == "pobj" and noun.lower_ in PROPOSITION_NOUNS
                and noun.head.dep_ == "prep" and noun.head.head.i == token.i and noun.i > token.i):
            return start, cue
        prep = noun.head
        if prep.lower_ in CUE_PREPOSITIONS and not doc_text(token.doc)[cue[1] : prep.idx].strip():
            cue = (cue[0], prep.idx + len(prep))
        return noun.left_edge.idx, cue

    def _describes_speaker(self, clause: Token) -> bool:
        """Whether a relative clause describes the speaker of a verb of speech: "Sen. Claire
        McCaskill, who has endorsed Clinton, said …", "said Robert Reich, who has endorsed
        Sanders": an introduction of the speaker, not a statement of its own."""
        noun = clause.head
        verb = noun.head
        return (noun.dep_ in ("nsubj", "nsubjpass") and verb is not noun and verb.pos_ in ("VERB", "AUX")
                and self.lexicon.verbs.get(self.cue_lemma(verb) or "") == "speech")

    def _passive_as(self, token: Token, raw: RawAttribution) -> RawAttribution:
        """"Kyle … has been seen as a conservative icon", "was known as one of the best squash
        players": a passive naming verb's "as" phrase is what the thing is called, by whoever the
        "by" phrase names, else by nobody in the sentence; its subject is what is named, not the
        speaker (PolNeAR train: 9 of 21 such statements had the subject as the speaker where the
        gold has none)."""
        text = doc_text(token.doc)
        start = raw.content[0][0]
        if token.tag_ != "VBN" or not text.startswith("as ", start):
            return raw
        if not (any(c.dep_ == "auxpass" for c in token.children) or token.dep_ == "acl" or _passive_participle(token)):
            return raw
        agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        source = self._phrase(agent) if agent is not None else None
        content = [_strip_content(text, start + 3, raw.content[0][1]), *raw.content[1:]]
        return replace(raw, source=source, content=content)

    def _object_content(self, token: Token, source: tuple[int, int] | None) -> RawAttribution | None:
        """"X called Y a liar", "X urged Y to …", "X pledged to …": the complements as content."""
        parts: list[Token] = []
        for child in token.rights:
            if _coordinated_clause(token, child):
                break  # "called the system “rigged” in a tweet, and lawmakers have called …"
            if _adjunct(child) and any(p.dep_ in ("dobj", "dative") for p in parts):
                if any(c.dep_ == "oprd" and c.i > child.i for c in token.rights):
                    continue  # "called Clinton's remarks on 9/11 a “new low”": the predicate is still to come
                break  # "claimed victory in a tweet": when and where it was said is not what
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "advcl" and not parts and child.left_edge.lower_ == "for"
                                             and child.left_edge.i == token.i + 1
                                             and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)):
                parts.append(child)  # (the advcl: "called for the president to resign")
            elif (child.dep_ in OBJECT_GAP_DEPS and parts) or is_quote_mark(child.text):
                continue  # "calling it “absurd”": the quote mark hangs off the verb
            elif (child.dep_ == "advcl" and len(parts) == 1 and parts[0].dep_ == "prep" and parts[0].lower_ in ("for", "on", "upon")
                  and child.left_edge.i == parts[0].right_edge.i + 1
                  and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)):
                parts.append(child)  # "called for the secretary to release …": the parser splits off the infinitive
                break
            elif (child.dep_ == "advcl" and parts and parts[-1].dep_ == "dobj" and child.left_edge.lower_ == "as"
                  and child.left_edge.i == parts[-1].right_edge.i + 1
                  and child.tag_ != "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)):
                parts.append(child)  # "see Trump as most likely to deliver it": the parser's adverbial "as"
                # (not "as" opening a clause of its own, "condemned the launch as Pyongyang fired …",
                # nor a comment "as shown by …")
                break
            elif parts or child.dep_ in ("punct", "cc", "conj", "advcl", "mark"):
                break
        if all(_adjunct(p, media=False) for p in parts):
            return None  # "Clinton testified in 1998", "was asked in May": only when, nothing said
        if any(c.dep_ == "acl" and c.tag_ == "VBG" and self.cue_lemma(c) and self._complement(c)
               for p in parts if p.dep_ == "dobj" for c in p.children):
            return None  # "issued a statement saying that …": the participle reports (PolNeAR train: 8 of 8)
        if not parts or (source is None and not _passive_participle(token) and not any(c.dep_ == "auxpass" for c in token.children)):
            return None  # a passive ("Clinton was asked about the border") reports with no source
        text = doc_text(token.doc)
        cue = self.cue_span(token)
        first = parts[0]
        if first.dep_ == "prep" and first.lower_ in LEADING_ADJUNCT_PREPS and not _in_favor(first):
            return None
        if (first.dep_ == "prep" and first.lower_ in CUE_PREPOSITIONS and first.left_edge.i == first.i
                and (not text[cue[1] : first.idx].strip() or self._adverbs_between(token, cue[1], first))
                and any(c.dep_ in ("pobj", "pcomp") for c in first.children)):
            # "commenting on her speech", "talked about the deal": the preposition joins the cue
            cue = (cue[0], first.idx + len(first))
        if (len(parts) == 1 and first.dep_ == "dobj" and first.lower_ in TOPIC_NOUNS
                and all(c.dep_ in ("det", "amod", "poss") for c in first.lefts)):
            prep = next((c for c in first.rights if c.dep_ == "prep" and c.i == first.i + 1 and c.lower_ in TOPIC_PREPOSITIONS
                         and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
            if prep is not None and prep.right_edge.i == first.right_edge.i:
                # "expressed concern about X", "has shown no interest in X": the noun and its
                # preposition join the cue; what it is about is the content
                cue = (cue[0], prep.idx + len(prep))
                parts = [next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))]
                first = parts[0]
        # "called for the former secretary of state to …": the cue phrase's preposition is
        # the cue's, not the content's.
        start = max(min(p.left_edge.idx for p in parts), cue[1])
        if (len(parts) > 1 and parts[0].dep_ == "dative" and parts[1].dep_ == "dobj"
                and self.lexicon.lemma_of(token.lower_) not in NAMING_VERBS):
            # "offered the crowd an emotional evaluation", "asked Trump a question": what was
            # offered or asked, not to whom (but "called you a liar" names "you")
            start = max(parts[1].left_edge.idx, cue[1])
        if self.lexicon.lemma_of(token.lower_) == "remind" and parts[0].dep_ in ("dobj", "dative"):
            # "reminded voters of the stakes": what they were reminded of, not whom (PolNeAR
            # train: the one reminded is outside the content in 11 of 18; the parser hangs the
            # preposition off the verb or off the one reminded)
            about = next((p for p in (*parts[1:], *parts[0].rights) if p.dep_ == "prep" and p.lower_ in ("of", "about")), None)
            if about is not None:
                start = max(about.idx, cue[1])
        last = max((p.right_edge for p in parts), key=lambda t: t.i)
        word = last
        while word.is_punct and word.i > first.left_edge.i:
            word = word.nbor(-1)
        if (word.dep_ == "prep" and all(c.is_punct for c in word.children) and word.head.i in {token.i, *(p.i for p in parts)}
                and not any(ch in text[start : word.idx] for ch in QUOTE_CHARS_OPEN)):
            return None  # "listed an array of", "tweeted about ...": the parser lost the object (not “unheard of”)
        content = self._without_appendix(token.doc, _strip_content(text, start, last.idx + len(last)))
        if content[1] - content[0] < 3 and not (first.dep_ == "dobj" and first.lower_ == "it"):
            return None  # (but "said it", "denied it": the pronoun is what was said)
        # the passive's subject ("Clinton was described as …"), or the relative "what" of
        # "criticized what he called a “fraudulent scheme”": PolNeAR's content begins with it
        subject = self._passive_subject_span(token, clause=False) or _relative_word(token)
        return RawAttribution(cue, [subject, content] if subject else [content], source, _kind_of(text, content), 0.5, "indirect-object")

    def _about_report(self, token: Token) -> RawAttribution | None:
        """"He spoke about the wall", "Schaaf spoke out against Trump", "Starr spoke highly of
        …": a verb of the lexicon's ``about`` frame reports only what it is about, never a
        clause or a quote ("spoke with such gusto it sounded …", "said Sherman, speaking of
        politicians, “…”"), and not in a clause describing a noun ("a man who spoke of …")."""
        if token.pos_ != "VERB" or token.dep_ in ("relcl", "acl") or not _about_after(token):
            return None
        source = self.source_of(token)
        raw = self._object_content(token, source)
        if raw is None or raw.cue is None or not _about_cue(doc_text(token.doc), raw.cue):
            return None
        return raw

    def _relative_report(self, token: Token, lemma: str, source: tuple[int, int] | None) -> RawAttribution | None:
        """"a crowd that he said defied expectations", "which private lenders considered too
        risky", "laws that some say target Muslims": a relative clause whose speaker is its own
        subject and whose relative word stands for what was said, with no clause the parser
        found. PolNeAR's content is the relative word and what follows the cue.

        With only adjuncts after the cue the relative word alone is the content. Not the
        subject relative ("a lawyer who advises the PAC": the relative word is the subject, and
        the verb describes it; see ``_relative_subject``)."""
        if source is None or token.dep_ != "relcl" or self.lexicon.verbs.get(lemma) not in ("speech", "belief"):
            return None
        first = token.left_edge
        if first.lower_ not in RELATIVE_WORDS or first.head.i != token.i or first.dep_ not in ("dobj", "mark", "nsubj"):
            return None
        subjects = [c for c in token.lefts if c.dep_ == "nsubj" and c.i > first.i]
        if not subjects or any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            return None
        text = doc_text(token.doc)
        cue = self.cue_span(token)
        word = (first.idx, first.idx + len(first))
        said = [c for c in token.rights if c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "advcl")
                and not _adjunct(c) and not (c.dep_ == "prep" and c.lower_ in RELATIVE_ADJUNCT_PREPS)]
        if not said:
            # "which Cruz proposed under a flat rate", "which he has denied": the relative word alone
            return RawAttribution(cue, [word], source, "indirect", 0.5, "indirect-relative")
        last = token.right_edge
        rest = _strip_content(text, cue[1], last.idx + len(last))
        if len(text[rest[0] : rest[1]].split()) < 2:
            return None
        # the relative word and what follows the cue; the speaker and the cue between are not content
        return RawAttribution(cue, [word, rest], source, _kind_of(text, rest), 0.5, "indirect-relative")

    def _finding(self, token: Token, lemma: str | None, source: tuple[int, int] | None) -> RawAttribution | None:
        """What a poll or a study found, where it is a noun phrase, not a clause.

        "The survey finds Clinton with only a small lead over Sanders, 46 percent to 44
        percent": the object and the rest of the clause after it are the finding. (Train: 50
        of the 58 "poll / survey / study … found" are gold cues.)"""
        if lemma != "find" or source is None or token.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in FINDING_NOUNS for c in token.children):
            return None
        objects = [c for c in token.rights if c.dep_ == "dobj"]
        if not objects:
            return None
        text = doc_text(token.doc)
        content = _strip_content(text, objects[0].left_edge.idx, token.right_edge.idx + len(token.right_edge))
        if content[1] - content[0] < 8:
            return None
        return RawAttribution(self.cue_span(token), [content], source, "indirect", 0.6, "indirect-finding")

    def _said_so(self, token: Token, lemma: str) -> tuple[int, int] | None:
        """The "so" of "said so" / "think so" / "hopes so" right after a verb of speech or belief,
        and the answer of "46 percent said yes," / "the candidate said no." after one of speech.

        Not a degree word ("said so many times", "so far") nor a conjunction ("said so that …",
        "said, so …"); not "said no one", "said yes to the deal"."""
        doc = token.doc
        kind = self.lexicon.verbs.get(lemma)
        if kind not in ("speech", "belief") or token.i + 1 >= len(doc):
            return None
        so = doc[token.i + 1]
        if so.lower_ in ("yes", "no") and kind == "speech":
            after = doc[so.i + 1] if so.i + 1 < len(doc) else None
            if after is None or after.is_punct or after.lower_ in ("and", "but", "while", "when"):
                return (so.idx, so.idx + len(so))
            return None
        if so.lower_ != "so" or any(c.dep_ in ("ccomp", "dobj") for c in token.children):
            return None
        after = doc[so.i + 1] if so.i + 1 < len(doc) else None
        if after is not None and (after.pos_ in ("ADJ", "ADV", "DET", "NUM", "SCONJ") or after.lower_ in ("many", "much", "far", "long", "that", "few")):
            return None
        return (so.idx, so.idx + len(so))

    @staticmethod
    def _adverbs_between(verb: Token, cue_end: int, prep: Token) -> bool:
        """Whether only adverbs of ``verb`` stand between its cue and ``prep``: "talked more
        about", "bragged prematurely about", "don't talk much about"."""
        between = [t for t in verb.doc[verb.i + 1 : prep.i] if t.idx >= cue_end]
        return bool(between) and len(between) <= 2 and all(t.dep_ in ("advmod", "npadvmod") and t.head.i == verb.i and t.pos_ == "ADV" for t in between)

    def _passive_subject_span(self, token: Token, *, clause: bool) -> tuple[int, int] | None:
        """The subject of a passive cue, standing before it: "Trump is expected to win",
        "Clinton was declared the winner", "a man who is widely expected to …". PolNeAR makes it
        a part of the content (train: 126 times of 173 where the rules had left it out). Not "There is expected to be …", nor the "it" of "It is expected
        that …" (``clause``: the content is a clause of its own), nor the one asked or told
        ("Sanders was asked about …": train 16 times of 19 not in the content)."""
        if self.cue_lemma(token) in ADDRESSEE_LEMMAS or not any(c.dep_ == "auxpass" for c in token.children):
            return None
        subj = next((c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i), None)
        if subj is None or subj.lower_ == "there" or (clause and subj.lower_ == "it"):
            return None
        span = _strip_content(doc_text(token.doc), subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        return span if span[1] > span[0] else None

    def _passive_subject(self, token: Token, source: tuple[int, int] | None) -> RawAttribution | None:
        """"Her view is shared by Sen. Warren", "The meeting was first reported by Politico": a
        passive object verb with a "by" agent reports its subject (PolNeAR train precision 0.64)."""
        if source is None or not any(c.dep_ == "auxpass" for c in token.children):
            return None
        if self.cue_lemma(token) in ("ask", "press", "know"):
            return None  # "was asked by a caller", "is known as": the one asked or named, not what was said
        subjects = [c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i]
        if not subjects or subjects[0].lower_ in ("which", "who", "that", "it"):
            return None
        subj = subjects[0]
        text = doc_text(token.doc)
        content = _strip_content(text, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        if content[1] <= content[0]:
            return None
        return RawAttribution(self.cue_span(token), [content], source, _kind_of(text, content), 0.5, "indirect-passive-subject")

    def _around(self, token: Token, source: tuple[int, int], cue: tuple[int, int], rule: str, first: Token | None = None) -> RawAttribution | None:
        """The clause around a cue clause set inside it: its head's subtree minus the cue's."""
        doc = token.doc
        text = doc_text(doc)
        head = token.head
        first = token.left_edge if first is None else first
        left = head.left_edge
        if left.dep_ == "cc" and left.i < first.i:
            left = doc[left.i + 1]  # "But the weapons, he added, are …": not the conjunction
        lo = min(first.idx, source[0])
        hi = max(token.right_edge.idx + len(token.right_edge), source[1])
        end = head.right_edge.idx + len(head.right_edge)
        spans = [_strip_content(text, left.idx, lo), _strip_content(text, hi, end)]
        spans = [(a, b) for a, b in spans if len(text[a:b].split()) >= 1 and any(ch.isalnum() for ch in text[a:b])]
        if not spans or sum(len(text[a:b].split()) for a, b in spans) < 3:
            return None
        kind = "mixed" if any(_kind_of(text, span) == "mixed" for span in spans) else "indirect"
        return RawAttribution(cue, spans, source, kind, 0.6, rule)

    def _parenthetical(self, token: Token, source: tuple[int, int], cue: tuple[int, int]) -> RawAttribution | None:
        """"Acts of protest, Mr. Obama said, are acts of patriotism": a cue clause set off by
        commas inside the reported sentence, which the parser hangs off its main verb."""
        doc = token.doc
        first, last = token.left_edge.i, token.right_edge.i
        fronted = self._fronted_adjunct(token)
        if fronted is not None:
            first = fronted.i  # "At times last year, people close to him said, …": the adjunct is said
        opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
        closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
        if first == 0 or not (opened and closed):
            return None
        if sum(1 for t in token.subtree if not t.is_punct and t.i >= first) > 8:
            return None  # a clause of its own, not an interjected "he said"
        told = self.lexicon.lemma_of(token.lower_) in ADDRESSEE_VERBS
        if any((c.dep_ == "dobj" and not (told and c.pos_ in ("PRON", "PROPN", "NOUN") and c.i == token.i + 1))
               or c.dep_ in ("ccomp", "xcomp") or c.tag_ == "WRB" or (c.dep_ == "mark" and c.lower_ != "as") for c in token.children if c.i >= first):
            # ", when he was raising funds,", ", as they vote on the bill,": a clause of its own
            # (but "The solution, the partner told them, was simple": the one told)
            return None
        if self._reaction_as(token):
            return None
        return self._around(token, source, cue, "indirect-parenthetical", doc[first])

    def _reaction_as(self, token: Token) -> bool:
        """True for an "as" clause of a reaction verb with no complement ("…, as the crowd
        applauded", "as the audience laughed"): what happened beside the sentence, not a
        report of it (but "as police have said", "as the crowd applauded his plan")."""
        if self.lexicon.lemma_of(token.lower_) not in self.lexicon.reaction_verbs:
            return False
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            return False
        return not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative") for c in token.children)

    def _inverted_aside(self, token: Token, cue: tuple[int, int]) -> RawAttribution | None:
        """"The contrast with Trump, said Doyle and others, would be clear": an inverted cue
        clause set off by commas between a subject and its predicate. The parser takes the
        subject for the cue's and the speaker for the predicate's; the words between the cue
        and the next comma are the speaker, the sentence around the cue clause what was said."""
        doc = token.doc
        sent = token.sent
        if token.i - 2 < sent.start or doc[token.i - 1].text != "," or token.tag_ not in ("VBD", "VBZ"):
            return None
        if not self._speech_cue(token.text) or any(c.dep_ == "aux" for c in token.children):
            return None
        comma = next((t.i for t in doc[token.i + 1 : min(sent.end, token.i + 10)] if t.text == ","), None)
        if comma is None or comma == token.i + 1 or comma + 1 >= sent.end:
            return None
        speaker = doc[token.i + 1 : comma]
        if any(t.tag_ in VERB_TAGS or t.tag_ == "MD" or t.is_punct for t in speaker) or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
            return None  # (not _inverted_source, which stops at "and": "said Doyle and others,")
        after = doc[comma + 1]
        if not (after.tag_ == "MD" or after.dep_ in ("aux", "auxpass") or (after.tag_ in ("VBZ", "VBD", "VBP") and after.dep_ != "nsubj")):
            return None  # the words after the aside go on with the subject's predicate
        text = doc_text(doc)
        before = doc[sent.start : token.i - 1]
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before):
            return None  # a clause before it: "Y, said X, …" with Y a sentence is another pattern
        spans = [_strip_content(text, sent.start_char, doc[token.i - 1].idx), _strip_content(text, after.idx, sent.end_char)]
        if any(not text[a:b].split() for a, b in spans):
            return None
        source = _strip(text, speaker.start_char, speaker.end_char)
        return RawAttribution(cue, spans, source, "indirect", 0.6, "indirect-parenthetical")

    def _cue_as_main_verb(self, token: Token, source: tuple[int, int] | None, cue: tuple[int, int]) -> RawAttribution | None:
        """"This sort of opining, CNN claimed, violates its code": the parser took a cue clause
        set off by commas for the sentence's main verb, the reported subject for an adjunct of
        it and the reported verb for a second verb without a subject of its own. What was said
        is the words before the cue clause and that second verb's clause."""
        if source is None or token.dep_ != "ROOT" or not self._speech_cue(token.text):
            return None
        doc = token.doc
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].i > token.i:
            return None
        first = subjects[0].left_edge
        if first.i < 2 or doc[first.i - 1].text != ",":
            return None
        verb = next((c for c in token.rights if c.dep_ == "conj"), None)
        if verb is None or verb.tag_ not in ("VBZ", "VBD", "VBP") or doc[verb.left_edge.i - 1].text != ",":
            return None
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in verb.children):
            return None  # "Y, X said, and Z happened": a clause of its own
        fronted = [c for c in token.children if c.i < first.i and c.dep_ != "punct"]
        if len(fronted) != 1 or fronted[0].dep_ not in ("npadvmod", "nsubj", "dobj", "dep"):
            return None
        text = doc_text(doc)
        before = text[token.sent.start_char : fronted[0].left_edge.idx].rstrip()
        if before and not before.endswith((".", "!", "?", "”", '"')):
            return None  # the words before the cue clause open the sentence
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in token.children if token.i < c.i < verb.i):
            return None  # the cue has a complement of its own
        spans = [_strip_content(text, fronted[0].left_edge.idx, doc[first.i - 1].idx),
                 _strip_content(text, verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))]
        if any(len(text[a:b].split()) < 1 for a, b in spans):
            return None
        return RawAttribution(cue, spans, source, "indirect", 0.6, "indirect-parenthetical")

    def _fronted_adjunct(self, token: Token) -> Token | None:
        """The first word of a parenthetical cue clause's subject when the parser hung the
        reported sentence's opening adjunct on the cue ("At times last year, | people close to
        the vice president said, …"): only adjuncts before it, then a comma. None otherwise."""
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
        doc = token.doc
        if len(subjects) == 2 and subjects[0].right_edge.i + 1 < subjects[1].left_edge.i and doc[subjects[0].right_edge.i + 1].text == ",":
            # "Voters, Clinton suggested, don't have to worry …": the parser gave the cue the
            # reported clause's subject too; the one nearest the cue is the speaker's
            stray = subjects[0].i
            subjects = subjects[1:]
        else:
            stray = -1
        if len(subjects) != 1:
            return None
        first = subjects[0].left_edge
        if first.i < 2 or doc[first.i - 1].text != "," or token.left_edge.i >= first.i:
            return None
        if not all(c.dep_ in ("prep", "npadvmod", "advmod", "punct") or c.i == stray for c in token.children if c.i < first.i):
            return None
        return first

    def _as_clause(self, token: Token, source: tuple[int, int] | None, cue: tuple[int, int]) -> RawAttribution | None:
        """"As Mr. Bown observed, …" / "…, as Ms. Marcus puts it": the clause the "as" clause
        belongs to is what was said."""
        if source is None or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) or self._reaction_as(token):
            return None
        raw = self._around(token, source, cue, "indirect-as")
        if raw is not None and len(raw.content) == 2 and raw.content[0][1] <= cue[0]:
            text = doc_text(token.doc)
            if len(text[raw.content[0][0] : raw.content[0][1]].split()) == 1:
                raw.content = raw.content[1:]  # "Yet, as X observed, …": not the connective
        return raw

    def _trailing_cue(self, token: Token, source: tuple[int, int], *, subject: bool = False) -> RawAttribution | None:
        """"Y, X said." / "Y, X said, on condition of anonymity." / "Y, she said, but also Z."
        parsed with the cue clause hanging off the reported clause before it: that clause,
        less the cue clause (its "on condition of …" included), is what was said. With
        ``subject``, the cue's own subject (the speaker) does not count towards its length."""
        doc = token.doc
        text = doc_text(doc)
        first = next(t for t in token.subtree if not t.is_punct)  # the parser may give the comma to the cue clause
        before = text[token.sent.start_char : min(first.idx, source[0])].rstrip()
        if not before.endswith((",", "”", '"', "’")):
            return None
        if not self._speech_cue(token.text):
            return None
        speaker = {t.i for c in token.children if subject and c.dep_ in SUBJECT_DEPS for t in c.subtree}
        if sum(1 for t in token.subtree if not t.is_punct and t.i not in speaker) > 8:
            return None  # a clause of its own, not an interjected "he said" (however long the speaker's name)
        if any(c.dep_ in ("ccomp", "xcomp") or c.tag_ == "WRB" or (c.dep_ == "mark" and c.lower_ != "as") for c in token.children):
            return None  # ", when he was raising funds from donors,": a clause of time, not a cue ("as police have said" is one)
        if self._reaction_as(token):
            return None
        return self._around(token, source, self.cue_span(token), "indirect-parenthetical")

    def _closing_cue(self, token: Token, lemma: str | None) -> RawAttribution | None:
        """"Y, police said." where the parser hung Y's clauses on the cue in pieces ("As Trump
        prepared to speak, a girl was pepper-sprayed by a bystander, police said": the cue's
        adverbial clause is "prepared", which holds "sprayed"): a finite verb of speech closing
        the sentence, its subject alone between it and a comma. All of the sentence before
        that comma is what was said."""
        if self.lexicon.verbs.get(lemma or "") != "speech" or token.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        doc = token.doc
        # the subject right before the cue (the parser may have read a subject of Y as a second one)
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.right_edge.i == token.i - 1), None)
        if subject is None:
            return None
        sent = token.sent
        comma = subject.left_edge.i - 1
        if comma <= sent.start or doc[comma].text != "," or token.i - subject.left_edge.i > 8:
            return None
        if any(not t.is_punct for t in doc[token.i + 1 : sent.end]):
            return None
        text = doc_text(doc)
        content = _strip_content(text, sent.start_char, doc[comma].idx)
        if len(text[content[0] : content[1]].split()) < 3:
            return None
        source = self._phrase(subject)
        return RawAttribution(self.cue_span(token), [content], source, _kind_of(text, content), 0.6, "indirect-closing")

    def _trailing_inverted(self, token: Token) -> RawAttribution | None:
        """"Y, said the Minister." — an inverted cue closing the sentence after a comma."""
        doc = token.doc
        text = doc_text(doc)
        if token.i == 0 or doc[token.i - 1].text not in (",", "–", "—"):
            return None
        sent = token.sent
        source = self._inverted_source(token, sent.end_char)
        if source is None:
            return None
        if text[source[1] : sent.end_char].strip(" .\n") != "":
            # "…, said Geert Wilders, founder of the …": only what describes the speaker may follow
            speaker = [t for t in sent if source[0] <= t.idx < source[1]]
            described = {d.i for t in speaker for d in t.subtree}
            rest = [t for t in sent if t.idx >= source[1] and not (t.is_punct or t.is_space)]
            if not text[source[1] :].startswith(",") or not all(t.i in described for t in rest):
                return None
            if any(t.head in speaker and t.dep_ not in ("appos", "relcl", "acl") for t in rest):
                return None  # "…, cited problems in the Middle East, China and elsewhere": not a speaker
        content = _strip_content(text, sent.start_char, doc[token.i - 1].idx)
        if len(text[content[0] : content[1]].split()) < 3:
            return None
        return RawAttribution(self.cue_span(token), [content], source, _kind_of(text, content), 0.6, "indirect-inverted")

    def _prepositional(self, token: Token) -> RawAttribution | None:
        """"According to X, Y", "Y, according to X", "in the words of X" (phrases file, side after)."""
        doc = token.doc
        best: tuple[str, ...] | None = None
        for phrase in self.lexicon.phrases_from.get(token.lower_, ()):
            if self.lexicon.phrases[phrase] != "after":
                continue
            if token.i + len(phrase) <= len(doc) and all(doc[token.i + m].lower_ == w for m, w in enumerate(phrase)):
                if best is None or len(phrase) > len(best):
                    best = phrase
        if best is None:
            return None
        last = doc[token.i + len(best) - 1]
        objects = [c for c in last.children if c.dep_ in ("pobj", "dobj")]
        if not objects:
            # the parser may hang the object elsewhere: take the noun phrase after the cue.
            nxt = last.i + 1
            if nxt >= len(doc) or doc[nxt].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"):
                return None
            head = doc[nxt]
            while head.head.i > head.i and head.head.i < len(doc) and head.head.pos_ in ("PROPN", "NOUN"):
                head = head.head
            obj = head
        else:
            obj = objects[0]
        return self._around_phrase(token, last, obj, 0.7, "according-to")

    def _around_phrase(self, token: Token, last: Token, obj: Token, confidence: float, rule: str) -> RawAttribution | None:
        """A prepositional cue ``token``..``last`` with source ``obj``: the content is the longer
        side of its sentence ("According to X, Y" / "Y, according to X")."""
        doc = token.doc
        source = self._phrase(obj)
        cue = (token.idx, last.idx + len(last))
        sent = token.sent
        phrase_end = max(obj.right_edge.idx + len(obj.right_edge), source[1])
        text = doc_text(doc)
        if (rule == "according-to" and token.i < token.head.i and text[source[1] : phrase_end].lstrip().startswith(",")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.head.children)):
            # "According to Rep. Gowdy, Congressional probing of … was …": the parser hung the
            # sentence's subject on the source (apposition, conjunct); the source ends at its comma
            phrase_end = source[1]
        # within the paragraph: the parser's sentence may run on past a line break
        start = max(sent.start_char, text.rfind("\n", 0, token.idx) + 1)
        stop = text.find("\n", phrase_end)
        stop = sent.end_char if stop < 0 else min(stop, sent.end_char)
        if rule == "according-to":
            # "(the actual number is closer to 15 percent, according to Factcheck.org)": within
            # the parentheses it is written in
            opened = text.rfind("(", max(0, start - 1), token.idx)
            if opened >= 0 and text.find(")", opened, token.idx) < 0:
                closed = text.find(")", phrase_end, text.find("\n", phrase_end) if "\n" in text[phrase_end:] else len(text))
                if closed >= 0:
                    start, stop = opened + 1, closed
        before = _strip_content(text, start, token.idx)
        after = _strip_content(text, phrase_end, stop)
        if rule == "according-to" and self._interrupts(text, token.idx, phrase_end, before, after):
            # "Fundraising, according to the filings, has surged": the phrase interrupts the
            # sentence it reports; both halves are the content
            return RawAttribution(cue, [before, after], source, _kind_of(text, (before[0], after[1])), confidence, rule)
        content = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
        if rule == "according-to" and content == after and before[1] > before[0] and (
                text[before[1] : token.idx].strip().startswith(",") or text[phrase_end : after[0]].strip().startswith(",")):
            first = re.match(r"[\W_]*([^\W\d_]+)", text[after[0] : after[1]])
            if first is not None and first.group(1).lower() in INTERRUPT_BREAKS:
                # "The plan failed, according to CNN, and the mayor resigned", "Clinton leads by 271
                # delegates according to a count by AP, but Sanders …": the clause before
                content = before
        if content == before:
            # "… the tax has not made the U.K. less attractive: London was the financial
            # capital of the world in 2015, according to one global index": what follows the colon
            colon = text.rfind(": ", content[0], content[1])
            if colon > content[0] and not any(ch in text[content[0] : colon] for ch in QUOTE_CHARS_OPEN):
                content = _strip_content(text, colon + 2, content[1])
        if rule == "according-to" and content == before:
            # "But 46 percent … remain undecided, according to the poll": the connective ties the
            # sentence to the one before; it is the writer's, not the source's
            lead = _LEADING_CONNECTIVE.match(text, content[0], content[1])
            if lead is not None:
                content = _strip_content(text, lead.end(), content[1])
        if content[1] - content[0] < 8:
            return None
        return RawAttribution(cue, [content], source, _kind_of(text, content), confidence, rule)

    @staticmethod
    def _interrupts(text: str, cue_start: int, phrase_end: int, before: tuple[int, int], after: tuple[int, int]) -> bool:
        """Whether a prepositional cue set off by commas interrupts one sentence: words of it
        on both sides, the part after going on with the clause (not "and …", "which …")."""
        if before[1] <= before[0] or after[1] <= after[0]:
            return False
        if not text[before[1] : cue_start].strip().startswith(",") or not text[phrase_end : after[0]].strip().startswith(","):
            return False
        first = re.match(r"[^\W\d_]+", text[after[0] : after[1]])
        return first is None or first.group().lower() not in INTERRUPT_BREAKS

    def _in_survey(self, token: Token) -> RawAttribution | None:
        """"In a new Post-ABC poll, Clinton leads …" / "Trump leads in the polls": a survey
        reports the rest of the sentence."""
        objects = [c for c in token.children if c.dep_ == "pobj" and c.lower_ in SURVEY_NOUNS]
        if not objects:
            return None
        # Only where the survey frames the whole clause: opening the sentence, or hanging off
        # its main verb ("Clinton led Sanders 2-1 in a Marist poll"), not a noun ("her lead in
        # the polls") or a clause inside it.
        sent = token.sent
        if token.i != sent.start and token.head != sent.root:
            return None
        return self._around_phrase(token, token, objects[0], 0.6, "in-survey")

    def _in_hopes(self, token: Token) -> RawAttribution | None:
        """"Sanders campaigned hard in hopes of upsetting his rival", "they came in the hope that
        the platform will endorse a $15 wage": what the subject of the verb the phrase hangs off
        hopes for. The cue runs from "in" to "of" (or to "hope(s)" before a "that"-clause, which
        is the content), as PolNeAR marks it. Not inside another report."""
        doc = token.doc
        hope = next((c for c in token.children if c.dep_ == "pobj" and c.lower_ in ("hope", "hopes")), None)
        if hope is None or hope.i + 1 >= len(doc) or hope.i - token.i > 2:
            return None
        nxt = doc[hope.i + 1]
        if nxt.lower_ == "of" and nxt.head.i == hope.i:
            objects = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp")]
            if not objects:
                return None
            first, last, cue_end = objects[0].left_edge, objects[0].right_edge, nxt.idx + len(nxt)
        elif nxt.lower_ == "that" and nxt.head.head.i == hope.i and nxt.dep_ == "mark":
            first, last, cue_end = nxt, nxt.head.right_edge, hope.idx + len(hope)
        else:
            return None
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "came to the meeting in the hopes that …": the meeting's verb
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return self._view_of(verb, first, last, cue_end, "indirect-hope", cue_start=token.idx)

    # -- component protocol ------------------------------------------------------------------

    def find(self, doc: Doc) -> list[RawAttribution]:
        """All attributions of the doc, ordered by where their content starts."""
        quotes = doc.user_data.get("qw_quotes")
        if quotes is None:
            quotes = find_quotes(doc_text(doc))
        direct = self.direct(doc, quotes)
        # Reporting verbs inside a quoted statement ("“As I’ve said throughout this campaign,
        # …”") report the quote's speaker's words, not the article's: no attributions there.
        text = doc_text(doc)
        spoken = [(q.start_char, q.end_char) for q in outer_quotes(quotes)
                  if len(text[q.inner_start : q.inner_end].split()) >= QUOTED_STATEMENT_WORDS]
        inside = _merge(sorted([c for a in direct for c in a.content] + spoken))
        used = {a.cue[0] for a in direct if a.cue}  # by where the cue starts: "responds" is "responds to"
        reports = _cut_at(text, _fit_quotes(text, self.indirect(doc, inside, set()), quotes, self.lexicon), sorted(_lead_in(text, a) for a in direct if _leads_in(text, a)))
        reports = _with_focus_tail(text, reports)
        indirect = [a for a in reports if not (a.cue and a.cue[0] in used)]  # a direct quote's cue reports that quote
        # A quote that ends a reported clause belongs to it, not to the report that follows
        # it (Cardin stressed that “…,” suggesting that …): no direct attribution of its own.
        ends = {a.content[0][1] for a in indirect if len(a.content) == 1}
        direct = [a for a in direct if not (a.rule == "direct-after" and len(a.content) == 1 and a.content[0][1] in ends
                                            and any(b.content[0][0] <= a.content[0][0] for b in indirect if len(b.content) == 1 and b.content[0][1] == a.content[0][1]))]
        # ... and that cue, if a verb of speech, reports its own clause (Rajoy said that he
        # will “try …” and insisted that …; not "let them know that “…”")
        freed = used - {a.cue[0] for a in direct if a.cue}
        indirect += [a for a in reports if a.cue and a.cue[0] in freed and self._speech_cue(text[a.cue[0] : a.cue[1]])]
        found = direct + indirect
        self._quote_after_report(text, quotes, indirect, found)
        found += self._headline_name_colon(text, found)
        found += self._headline_report(text, found)
        found += _transcript_lines(text)
        found = self._block_quotes(doc, found)
        # A direct quote's cue also heads a clause that contains the quote: keep the direct one.
        found = sorted(_one_per_content(found), key=lambda a: min(c[0] for c in a.content))
        # the learned end of indirect contents, where it is confident the rules end them wrongly
        return found if self.content_ends is None else self.content_ends.refine(doc, text, found)

    def _quote_after_report(self, text: str, quotes: list[Quote], reports: list[RawAttribution], found: list[RawAttribution]) -> None:
        """A quoted sentence right after reported speech continues it (PolNeAR style).

        "Carter said that critics had predicted a withdrawal. “That's because …”": a quote
        that no rule attributed, separated from the end of a report only by the sentence end
        (and at most a paragraph break) or by the rest of the report's sentence after a comma,
        is the reporter's next sentence of the same statement; it becomes a second content
        span of that report. A report ends with its content, or with the cue and source that
        follow it (''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin
        said. ''They're more detailed …'')."""
        taken = _merge(sorted(c for a in found for c in a.content))
        starts = [a for a, _ in taken]
        # by where the report ends; of reports ending together, the outermost (longest) last
        by_end = sorted((_report_end(a), -a.content[0][0], n) for n, a in enumerate(reports) if a.source is not None and a.content)
        ends = [e for e, _, _ in by_end]
        for quote in outer_quotes(quotes):
            if len(text[quote.inner_start : quote.inner_end].split()) < self.min_direct_words:
                continue
            k = bisect.bisect_right(starts, quote.start_char) - 1
            if k >= 0 and taken[k][1] > quote.start_char:
                continue  # already part of a statement
            if k + 1 < len(taken) and taken[k + 1][0] < quote.end_char:
                continue
            j = bisect.bisect_right(ends, quote.start_char) - 1
            if j < 0:
                continue
            report = reports[by_end[j][2]]
            gap = text[by_end[j][0] : quote.start_char]
            # the gap holds only the sentence end, or the rest of the report's sentence after a
            # comma ("… a call from her niece, who had grown up in the United States. “…”")
            rest = _REST_OF_SENTENCE.fullmatch(gap)
            rest_of_sentence = gap.startswith(",") and len(gap) < 150 and "\n" not in gap and rest is not None and rest.group(1) is not None
            if gap.count("\n") > 2 or (any(ch.isalnum() for ch in gap) and not rest_of_sentence) or not any(ch in ".!?:" for ch in gap):
                continue
            if not _quoted_sentence(text, quote):
                continue  # a quoted sentence, not a title or a fragment
            report.content.append((quote.start_char, quote.end_char))

    def _block_quotes(self, doc: Doc, found: list[RawAttribution]) -> list[RawAttribution]:
        """"Hewitt writes:⏎⏎The movie mentions neither …⏎In fact, …": a paragraph that ends
        with a verb of speech, its subject and a colon, then a paragraph without quote marks.

        Scraped pages lose the block quote's indent but keep its lines: the quoted block runs
        to the next blank line where the article sets its paragraphs apart with blank lines
        (the colon's line is followed by one), otherwise it is the one next line. The verb
        must have a speaker and nothing it reports of its own: "he said:", "Soerens argued
        that:", "said in a statement on Friday:", "tweeting the following:"; not "The poll also
        found that:" (no verb of speech), "Watch the ad below:" (no speaker), "posted this
        tweet:" (an object of its own) nor "noted he didn't even fill the place:" (a clause)."""
        text = doc_text(doc)
        out = list(found)
        for colon in _BLOCK_LEAD.finditer(text):
            start = colon.end()
            if start >= len(text) or text[start] in QUOTE_CHARS_OPEN or text[start] in "-•*·":
                continue
            blank = "\n\n" in text[colon.start() : start]
            end = text.find("\n\n" if blank else "\n", start)
            end = len(text) if end == -1 else end
            tag = _MARKUP_OPEN.match(text, start, end)
            if tag is not None:
                # an embed the scraper left as markup ("<tweet tweet-author=…>PREACH! …<tweet/>."):
                # what was said is the text inside it
                closing = _MARKUP_CLOSE.search(text, tag.end(), end)
                start, end = tag.end(), closing.start() if closing else end
            content = _strip(text, start, end)
            if len(text[content[0] : content[1]].split()) < 5 or _TRANSCRIPT_LINE.match(text, content[0]):
                continue
            token = self._colon_lead(doc, colon.end())
            if token is None or self.lexicon.verbs.get(self.cue_lemma(token) or "") != "speech" or token.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.lower_ not in ("that", "following") for c in token.children):
                continue  # "posted this tweet:", "told reporters:": the colon does not close the cue
            source = self.source_of(token)
            if source is None:
                continue
            cue = self.cue_span(token)
            inside = [a for a in out if any(a0 < content[1] and content[0] < b0 for a0, b0 in a.content)]
            if any(not (a.cue and content[0] <= a.cue[0] < content[1]) for a in inside):
                continue  # the block is already (part of) a statement reported from outside it
            # what the block's own words report is the quoted speaker's, not the article's
            # (as inside quote marks), and a stub the cue made of itself ("argued that" ->
            # "that") gives way
            stub = [a for a in out if a.cue == cue and len(a.content) == 1 and a.content[0][1] <= colon.start() + 1]
            if stub and len(text[stub[0].content[0][0] : stub[0].content[0][1]].split()) > 2:
                continue  # the cue reported a clause of its own before the colon
            out = [a for a in out if a not in inside and a not in stub]
            out.append(RawAttribution(cue, [content], source, "direct", 0.7, "block-colon-paragraph"))
        return out

    def _headline_report(self, text: str, found: list[RawAttribution]) -> list[RawAttribution]:
        """"Clinton blasts Trump over 'deportation force' idea": a headline made of a short
        subject, a present-tense verb of speech that reports its object, and the object.

        Headlines drop the articles and the auxiliaries the tagger leans on ("Clinton blasts"
        reads as a compound noun, "Terrorism experts rebuke Trump proposal" as one noun
        phrase), so the first line is read by its words: a subject of one to five words that
        opens with a capital, then a present form of a verb of the lexicon's object frame, then
        what it reports up to the end of its clause, without an adjunct of place or occasion
        ("over …", "at news conference", "despite …")."""
        end = text.find("\n")
        end = len(text) if end == -1 else end
        if end > HEADLINE_MAX_CHARS or any(x.content[0][0] < end or (x.cue and x.cue[0] < end) for x in found):
            return []
        words = list(_HEADLINE_WORD.finditer(text, 0, end))
        for k in range(1, min(len(words) - 1, 6)):
            word = words[k].group(0).lower()
            lemma = self.lexicon.forms.get(word)
            if (lemma is None or lemma not in self.lexicon.object_verbs or self.lexicon.verbs.get(lemma) != "speech"
                    or word in HEADLINE_NOUN_FORMS or not (word == lemma or word == lemma + "s" or word == lemma + "es")):
                continue
            subject = words[:k]
            if (not subject[0].group(0)[0].isupper() or subject[0].group(0).lower() in HEADLINE_OPENERS
                    or any(w.group(0).lower() in HEADLINE_FUNCTION_WORDS or not w.group(0)[0].isalnum() and w.group(0) != "," for w in subject)
                    or subject[-1].group(0) == ","):
                break
            cue_end = words[k].end()
            after: re.Match[str] | None = words[k + 1]
            particle = self.lexicon.particle_verbs.get(lemma)
            if particle is not None and after is not None and after.group(0).lower() != particle:
                continue  # "Protesters push through …": "push" reports only as "push for"
            if after is not None and (after.group(0).lower() in HEADLINE_PARTICLES.get(lemma, ()) or after.group(0).lower() == particle):
                cue_end = after.end()
                after = words[k + 2] if k + 2 < len(words) else None
            if after is None or not after.group(0)[0].isalnum():
                break
            stop = _HEADLINE_CLAUSE_END.search(text, after.start(), end)
            content = _strip_content(text, after.start(), stop.start() if stop else end)
            if content[1] <= content[0]:
                break
            source = _strip(text, subject[0].start(), subject[-1].end())
            kind = _kind_of(text, content)
            return [RawAttribution((words[k].start(), cue_end), [content], source, kind, 0.5, "headline-report")]
        return []

    def _headline_name_colon(self, text: str, found: list[RawAttribution]) -> list[RawAttribution]:
        """"John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’"

        A short line made of a name, a colon and a statement that holds a quote is a
        headline reporting the name's words; the whole statement is the content."""
        taken = _merge(sorted(c for a in found for c in a.content))
        starts = [a for a, _ in taken]
        out = []
        for match in _HEADLINE_NAME_COLON.finditer(text):
            a, b = match.span(3)
            rule = "headline-name-colon"
            if match.group(1).lower() in RUBRICS:
                continue  # "The Latest: Trump delivers defense of ‘New York values.’"
            if match.end("name") < match.end(1) and match.group("name").split()[0] in ("A", "An", "The"):
                continue  # "A Curious Plan to Fight Climate Change: …": a phrase, not a name and an audience
            if text[b - 1] not in QUOTE_CLOSERS or not any(ch in text[a : b - 1] for ch in QUOTE_CHARS_OPEN):
                # Without a quote only the title (the first line) reports ("Marco Rubio: I'm
                # Not Interested …").
                if match.start() != 0:
                    continue
                b = _strip_content(text, a, b)[1]
                rule = "headline-colon"
            k = bisect.bisect_left(starts, b) - 1
            if k >= 0 and taken[k][1] > match.start(1):
                inside = [x for x in found if x.content[0][0] < b and x.content[-1][1] > match.start(1)]
                if match.start() != 0 or not all(
                    x.source is None or (x.source[0] >= a and len(text[x.source[0] : x.source[1]].split()) == 1) for x in inside
                ):
                    continue  # already reported (by a name of its own: "Wow: Al Sharpton Said …")
                # The title's statement is the name's ("Rubio: I Still Believe Trump Can't Be
                # Trusted …"), not a report of the "I" inside it.
                for x in inside:
                    found.remove(x)
            colon = match.end(1)
            kind = "direct" if rule == "headline-name-colon" else _kind_of(text, (a, b))
            out.append(RawAttribution((colon, colon + 1), [(a, b)], match.span("name"), kind, 0.6, rule))
        return out

    def set_annotations(self, doc: Doc, attributions: list[RawAttribution]) -> None:
        doc._.set(EXTENSION, attributions)
        for key, role in (("qw_source", "source"), ("qw_cue", "cue")):
            spans = []
            for a in attributions:
                offsets = getattr(a, role)
                if offsets is not None:
                    span = doc.char_span(offsets[0], offsets[1], label=role, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.spans[key] = spans
        contents = []
        for a in attributions:
            for start, end in a.content:
                span = doc.char_span(start, end, label=a.kind, alignment_mode="expand")
                if span is not None:
                    contents.append(span)
        doc.spans["qw_content"] = contents

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc


@Language.factory(
    "quotewire_attributions",
    assigns=[f"doc._.{EXTENSION}", "doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"min_direct_words": MIN_DIRECT_WORDS, "learned_ends": True},
)
def make_attribution_finder(nlp: Language, name: str, *, min_direct_words: int, learned_ends: bool) -> AttributionFinder:
    """Factory of the ``quotewire_attributions`` component (``learned_ends``: the trained
    ranker of ``content_ends.py`` may move where indirect contents end)."""
    return AttributionFinder(nlp, name, min_direct_words=min_direct_words, learned_ends=learned_ends)
