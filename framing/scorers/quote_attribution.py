"""A quotation's attribution in its own sentence, for the quote scorer (:mod:`framing.scorers.quotes`).

(speaker phrase, reporting verb) after the quotation ('"...," X said', '"...," said X', '"...," according to X'),
before it ('X said: "..."', 'X called the ruling "wrong"'), in a clause that closes the sentence ("..., X said.") or
a parenthetical one inside it ('It is "absurd", Sessions said, or ...'); by a possessive speech noun ("Obama's
remarks that ..."), ", as X put it" and a passive of naming with its agent ('billed as a "..." by Hale's campaign').
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Span
from framing.document import Document
from framing.scorers.names import MONTHS, TITLE_WORDS, WEEKDAYS, in_spans, link_text_spans
from framing.scorers.quote_appositive import name_then_appositive
from framing.scorers.quote_phrases import (
    _ASIDE_MAX,
    _AUX_BEFORE_VERB,
    _CLAUSE_VERBS,
    _SPEAKER_STOP,
    _before_role_appositive,
    _clean,
    _end_before,
    _np_backward,
    _np_forward,
    _past_aside,
    _subject_before,
    stop_ends_nothing,
)
from framing.scorers.quote_subjects import (
    _adopted_text_before_participle,
    _bare_complement_subject,
    _clause_subject,
    _for_participle_object,
    _inverted_subject,
    _pronoun_before_participle,
    _recorded_subject,
    _said_before_participle,
    _sentence_first_token,
    _sentence_subject,
    _verb_like,
    _who_and_subject,
    _with_subject,
)
from framing.scorers.quote_verbs import (
    _NAMING_AS_VERBS,
    _NAMING_VERBS,
    _OBJECT_FIRST_VERBS,
    _RUN_ON_VERBS,
    _SAID_FORMS,
    _SPEECH_LEMMAS,
    _governing_verb,
    _outer_speech_verb,
    _verb_at,
)
from framing.scorers.reporting import reporting_forms
from framing.scorers.scare import DETERMINERS, named_thing
from framing.scorers.speakers import PASSIVE_OPENERS
from framing.tokenize import count_words

_CLOSERS = "\"”»"
#: "as" and a quotation right after a noun phrase: the phrase is what the quotation names ("condemned Acme as "...")
_OBJECT_AS_QUOTE_RE = re.compile(r"\s+as\s+(?:a\s+|an\s+|the\s+)?[\"“]")
_WINDOW = 28
#: What ends the scan for a verb after a quotation: a line break, a semicolon or an opening bracket between two
#: tokens; a sentence mark, unless it ends nothing (:func:`stop_ends_nothing`); inside a short parenthesis, any of
#: its ends. (Sets of characters: ``not marks.isdisjoint(gap)`` is ``any(c in gap for c in marks)``, without a
#: generator per gap.)
_SCAN_BREAKS = frozenset("\n;(")
#: The rest of a role phrase and a restrictive "who" right after it ("the former Secretary[ of State who]").
_ROLE_THEN_WHO_RE = re.compile(r"(?:[ \t]+[\w.'’-]+){0,4}?[ \t]+who\b")
#: A coordinated clause right after a quotation (its subject is not the quotation's speaker).
_COORDINATED_CLAUSE_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?:and|but|while|whereas)[ \t]+(?!said\b|says\b|added\b)")
#: A name and the start of its appositive between a quotation and a short title-case quotation (the title of a show,
#: a book: '"...," Shannon Bream, host of "Fox News @ Night," told viewers').
_TITLE_IN_APPOSITIVE_RE = re.compile(r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[a-z][^\n\"“”.;:!?]{1,40}\s")
_TITLE_QUOTE_RE = re.compile(r"[\"“](?:[A-Z0-9@&][\w'’.&@-]*\s?){1,6}[,.]?[\"”]")
_SENTENCE_MARKS = frozenset(".!?")
_PAREN_BREAKS = frozenset(".!?\n;")
_WORD_RE = re.compile(r"[\w'’-]+")


#: Between a quotation and its speaker's name: a role noun phrase and a comma ('"...," a spokeswoman for Amazon,
#: Jane Doe, said'), also after a possessive ('"...," her husband, Tom, said', '"...," Lee's lawyer, Ann Cole, said').
_ROLE_THEN_NAME_RE = re.compile(
    r"[,\s]*(?:\b(?:a|an|the|his|her|their|its|our|my)|[A-Z][\w.-]*['’]s)\s[^.;:!?\n\"“”]{1,80},\s+")
_PARTIAL_REACH = 30
#: Verbs of thinking: a restrictive relative clause with one reports no words of its noun.
_THINKING_FORMS = frozenset("thought think thinks believed believe believes felt feel feels knew know knows".split())
#: Full stops that end no sentence inside a speaker phrase: initialisms ("U.S.", "D.C.") and abbreviated titles.
_ABBREVIATION_DOTS_RE = re.compile(
    r"\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|Capt|Maj|Amb|Jr|Sr|St)\.")
#: How far before a colon-introduced quotation its verb may be ('X reported that ... for a year: "..."'), and how
#: many words a that-clause between them may have.
_COLON_REACH = 30
#: A verb of saying whose that-clause opens with a subordinate clause and goes on inside the quotation after its
#: comma ('Tillerson said that while the U.S. would prefer to avoid an armed conflict, "If they elevate the threat
#: ..., then that option's on the table."'): the verb may be as far before it as before a partial quotation.
_THAT_CLAUSE_OPENER_RE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|warned|argued|insisted|noted|wrote|stressed|explained)\s+that\s+"
    r"(?:while|although|though|if|when|because|since|unless|once|even\s+if|even\s+though)\s(?:[^\"“”.;:!?\n]|(?<=[A-Z])\.){5,160},\s*\Z")
_COLON_THAT_WORDS = 26
#: An attribution: (speaker phrase span or None, (verb start, verb end, verb kind)).
_Att = tuple[tuple[int, int] | None, tuple[int, int, str]]
#: Lower-case words that can open a speaker phrase right after a quotation ("one official briefed on ...").
_NP_STARTS = frozenset("""a an the this that these those his her its their our one two three four several some many
    most few both senior top""".split())
_TEXT_SUBJECTS = frozenset("it statement letter message note post tweet sign email release memo".split())
#: Written records that "show" the words quoted before them ('"credible," memos show').
_RECORDS = frozenset("""memos documents records emails e-mails files filings papers transcripts minutes notes texts
    messages letters cables""".split())
#: A subordinator after "that" right before a quotation: the that-clause goes on in the quotation ('told the Detroit
#: News that although "Republicans in Congress are ...," nevertheless, "..."').
_THAT_SUBORDINATOR_RE = re.compile(r"\bthat( (?:although|though|even though|if|while|when|because|since|unless))\Z")
#: Studies that "found" the words quoted before them ('"...," the Brookings report found', 'a CBO analysis found').
_FINDINGS = frozenset("report reports study studies analysis survey poll review audit investigation inquiry".split())
#: A written text that "read" the quotation after a colon or comma: 'where his bio read: "..."', 'The banner read,'.
_TEXT_READ_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])("
    r"(?:(?P<owner>[Tt]he[ \t]+[a-z][\w'’-]*|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?:'s|’s)[ \t]+"
    r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Oo]ne)[ \t]+)?"
    r"(?:(?!(?:where|when|and|or|but|his|her|their|its|the|a|an|one|that|which|who|while)\b)[\w-]+[ \t]+){0,2}?"
    r"(?:bio|biography|profile|sign|banner|placard|message|post|tweet|caption|headline|note|letter|statement|email"
    r"|text|memo|plaque|inscription|slogan|sticker|shirt|T-shirt|t-shirt))"
    r"[ \t]+(?P<verb>read|reads)[ \t]*[:,][ \t]*\Z")
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")


#: Nouns for what someone said ("Obama's remarks that he was "elected to stop wars"", "his denunciation of "open
#: borders"", "Paglia's use of the words "blasted and scattered"").
_SPEECH_NOUNS = (
    "remarks?|comments?|words?|claims?|statements?|denunciations?|descriptions?|characteri[sz]ations?|assertions?"
    "|accusations?|insistence|arguments?|warnings?|promises?|pledges?|vows?|calls?|rhetoric|language|phrases?"
    "|tweets?|speech|testimony|criticism|attacks?|complaints?|description|labell?ing|labels?|use of the words?"
    "|use of the (?:term|phrase)|dismissal|praise|plea|demands?|boasts?|quips?|jokes?"
    "|refrains?|admissions?|swipes?|jabs?|broadsides?|tirades?|rants?|retorts?|insinuations?"
)
#: An adjective or adverb between a possessor and its speech noun (a noun there, "McCabe's lawyers claim", makes
#: the noun's owner someone else).
_MODIFIER = (r"(?:[a-z][\w-]*(?:ly|al|ous|ive|ic|ed|ing|ent|ant|ful|est|less|ible|able)|recent|past|latest|new|own"
             r"|early|first|last|initial|original|public|private|repeated|frequent|now-infamous"
             # a hyphenated compound ("his souped-up rhetoric", "her campaign-trail refrain")
             r"|[a-z]+(?:-[a-z]+)+(?=,?\s+(?!attacks?\b)))")  # (not "Assad's chemical-weapons attack")
_POSSESSOR = r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s|s'|s’)|\b(?:[Hh]is|[Hh]er))"
#: A possessor and a speech noun before the quotation, in the same clause: ""X's (recent) remarks (...) that/of "..."".
_POSSESSIVE_SPEECH_BEFORE_RE = re.compile(
    r"(" + _POSSESSOR + r")\s+(?:" + _MODIFIER + r",?\s+){0,3}?(" + _SPEECH_NOUNS + r")\b"
    # a time between the noun and its clause ("Lee's tweet Monday night that ...")
    r"(?:\s+(?:on\s+|last\s+|this\s+|earlier\s+this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|week|month|year)(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"(?:\s+(?P<prep>of|that|about|on|to|against|for|in which|at)\b(?P<clause>[^.;:!?\"“”]{0,80}?))?\s*[\"“‘']$"
)
#: Speech nouns whose "that" clause is the possessor's words after any verb (not "attack", "call", "language"; a
#: reporting verb before them may own the "that": "Vietor said in response to Graham's comments that ...").
_THAT_CLAUSE_NOUNS = frozenset(
    """claim claims assertion assertions statement statements comment comments remark remarks argument arguments
    admission admissions insistence promise promises pledge pledges warning warnings tweet tweets refrain refrains
    accusation accusations boast boasts vow vows words""".split())
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes)\b")
#: A verb that names or judges what it takes as object ("Flake called Trump's claim that he won "absurd"": the
#: quotation after the content clause may be the verb's complement, not the possessor's words).
_NAMING_VERB_RE = re.compile(
    r"\b(?:call|label|dub|describ|deem|brand|term|dismiss|characteri[sz]|mock|ridicul)\w*\b", re.IGNORECASE)
#: The speech noun right after the quotation: "Mrs. Clinton's deeply disturbing "deplorables" comment".
_POSSESSIVE_SPEECH_AROUND_RE = re.compile(r"(" + _POSSESSOR + r")\s+(?:" + _MODIFIER + r"\s+){0,3}[\"“‘']$")
_SPEECH_NOUN_AFTER_RE = re.compile(r"\s+(?:" + _SPEECH_NOUNS + r")\b")
#: What may come right before a possessor that opens its clause (the clause's subject, not a verb's object).
_CLAUSE_OPENING_RE = re.compile(
    r"(?:[,;:(—–]|\b(?i:that|but|as|while|since|because|though|although|yet))\s*$")
#: ", in X's words" right after the quotation.
_IN_WORDS_AFTER_RE = re.compile(r"[,\s]*in (" + _POSSESSOR + r") (?:own )?words\b")


def _infinitive_object(doc: Document, sp: tuple[int, int], s_lo: int) -> bool:
    """Whether the words ``sp`` taken for a verb's subject are a verb and its object after "to" ("met aides to
    discuss the deal agreed for Iran's program": the participle "agreed" modifies "the deal", and "discuss the
    deal" is no one): a lower-case first word that is no determiner or pronoun, with more words after it, right
    after "to" (not "talked to aides" nor "to the deal", whose first word is a determiner)."""
    toks = doc.norm_tokens
    t0 = doc.token_index(sp[0])
    t1 = doc.token_index(sp[1] - 1)
    return t0 - 1 >= s_lo and t1 > t0 and toks[t0 - 1] == "to" and doc.text[sp[0]].islower() and \
        toks[t0] not in DETERMINERS and toks[t0] not in ("he", "she", "they", "it", "we", "i", "you") and \
        doc.text[doc.token_spans[t0 - 1][1] : sp[0]] == " "


def _possessive_speech(doc: Document, qs: int, qe: int) -> tuple[tuple[int, int], tuple[int, int, str]] | None:
    """(possessor span, speech noun span) when the quotation is what a named or pronoun possessor said, by a speech
    noun: "Obama's remarks that he was "elected to stop wars"", "Mrs. Clinton's "deplorables" comment",
    ""baptism by gunfire," in Paglia's words". The possessor span excludes the "'s"."""
    text = doc.text
    si = doc.sentence_index(qs)
    ss = max(doc.sentences[si][0] if si >= 0 else 0, qs - 160)
    before = text[ss : qs + 1]
    m = _POSSESSIVE_SPEECH_BEFORE_RE.search(before)
    m3 = None
    if m is not None:
        ps, pe = ss + m.start(1), ss + m.end(1)
        noun = (ss + m.start(2), ss + m.end(2), "neutral")
    else:
        m2 = _POSSESSIVE_SPEECH_AROUND_RE.search(before)
        after = _SPEECH_NOUN_AFTER_RE.match(text, qe) if m2 is not None else None
        m3 = _IN_WORDS_AFTER_RE.match(text, qe)
        if m2 is not None and after is not None:
            ps, pe = ss + m2.start(1), ss + m2.end(1)
            noun = (after.start() + 1, after.end(), "neutral")
        elif m3 is not None:
            ps, pe = m3.start(1), m3.end(1)
            noun = (m3.start(), m3.end(), "neutral")
        else:
            return None
    if doc.in_quote(ps, pe):
        return None
    lead = text[doc.sentences[si][0] if si >= 0 else 0 : ps]
    if m is not None and lead.strip(" \"“‘") and not _CLAUSE_OPENING_RE.search(lead) and not (
            m.group("prep") == "that" and m.group(2) in _THAT_CLAUSE_NOUNS and not _NAMING_VERB_RE.search(lead)
            and not _SAID_BEFORE_RE.search(lead.rsplit(",", 1)[-1]) and not re.search(r"\bas\b", m.group("clause"))
            and not _NAMING_VERB_RE.search(m.group("clause"))):
        # "Flake called Trump's remarks "kind of appalling"": the object of another's verb (a quotation between
        # the possessor and the noun is the possessor's in any case: 'with Mrs. Clinton's "deplorables" comment';
        # so is one inside the noun's "that" clause, "Lee stood by his argument that the mayor doesn't give a
        # "damn"", unless the verb names or judges the noun, "Flake called Trump's claim that he won "absurd"", a
        # verb of saying before it may own the "that", "Vietor said in response to Graham's comments that ...", or
        # the "that" opens a relative clause with a naming verb, "Trump's claim that critics called "absurd"")
        return None
    if text[pe - 2 : pe] in ("'s", "’s"):
        pe -= 2
    elif text[pe - 1 : pe] in ("'", "’"):
        pe -= 1
    return (ps, pe), noun


#: ', as she puts it' / ', as Palin put it' right after a quotation: the quotation's speaker.
_AS_PUT_IT_RE = re.compile(
    r"[,\s]*as[ \t]+((?:he|she|they|I|we|(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,3}[A-Z][\w'’-]+))[ \t]+"
    r"(?:(?:once|later|recently|memorably|famously)[ \t]+)?(puts|put|putting|phrased|phrases|said|says|wrote|writes)"
    r"[ \t]+it\b")


#: '"...," in the words of one official,' right after a quotation: whose words they are.
_IN_WORDS_OF_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(in[ \t]+the[ \t]+words[ \t]+of)[ \t]+((?:[\w.'’-]+[ \t]+){0,4}[\w'’-]+)"
    r"(?=[ \t]*(?:[,;:)—–]|\.(?:\s|\Z)|\Z))")


#: A speaker and a verb of saying after such an aside ('"We shall overcome," in the words of the old hymn, Sen. Tom
#: Lee told the crowd': Lee quotes the hymn).
_SAYER_AFTER_ASIDE_RE = re.compile(
    r"[ \t]*,[ \t]+[A-Z](?:[\w.'’-]*[ \t]+){1,5}?(?:said|says|told|tells|added|wrote|writes|declared|quipped|joked)\b")


#: 'As Palin put it, "..."' / 'As this Politico headline put it yesterday, "..."' right before a quotation: the
#: quotation's speaker (a short noun phrase, perhaps a party tag, "As Sen. Rand Paul, R-Ky., put it", the idiom's
#: "put it" and at most a few words of time or place).
#: The speaker phrase of "as X put it" ("he", "Palin", "this Politico headline", "one GOP lobbyist") and the words
#: between it and the verb ("once", "memorably"), shared by the idiom's patterns before a quotation and in an aside.
_PUT_IT_SPEAKER = (r"(?:he|she|they|I|we|(?:(?:the|this|that|a|an|one|his|her|their)[ \t]+)?"
                   r"(?:[\w.'’-]+[ \t]+){0,3}?[\w'’-]+)")
_PUT_IT_ADVERB = r"(?:(?:once|later|recently|memorably|famously|so)[ \t]+)?"
_PUT_IT_VERB = r"put|puts|phrased|phrases"
_AS_PUT_IT_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(—–-]))[Aa]s[ \t]+(" + _PUT_IT_SPEAKER + r")(?:,[ \t]*[DRI]-[A-Z][A-Za-z.]{0,10},)?[ \t]+"
    + _PUT_IT_ADVERB
    + r"(" + _PUT_IT_VERB + r")[ \t]+it(?:[ \t]+[\w.'’-]+){0,4}?[ \t]*[,:][ \t]*\Z")

#: What every match of _AS_PUT_IT_BEFORE_RE holds: "put it", "puts it", "phrased it", "phrases it".
_PUT_IT_GATE_RE = re.compile(r"p(?:ut|hrase)[sd]?[ \t]+it")


def _as_put_it_before(text: str, lo: int, qs: int) -> re.Match[str] | None:
    """:data:`_AS_PUT_IT_BEFORE_RE`'s search in ``text[lo:qs]``, made only when the window ends in a comma or colon
    (and white space) and holds the idiom's verb and "it" (the pattern, anchored at its end, is otherwise tried at
    every position of the window to fail)."""
    if not text[lo:qs].rstrip(" \t").endswith((",", ":")) or _PUT_IT_GATE_RE.search(text, lo, qs) is None:
        return None
    return _AS_PUT_IT_BEFORE_RE.search(text, lo, qs)


#: "what X called" right before a quotation: X names the quoted words ("what critics called a "culture of
#: impunity"", "from what they called "algorithmic harm""; not the present of a term: "what economists call
#: "stagflation"").
_WHAT_CALLED_RE = re.compile(
    r"(?<![\w'’-])[Ww]hat[ \t]+((?:[\w'’.-]+[ \t]+){0,3}?[\w'’-]+)[ \t]+(?:(?:has|have|had)[ \t]+)?"
    r"(called|dubbed|termed|labell?ed|branded|described[ \t]+as)"
    r"[ \t]+(?:(?:a|an|the|as)[ \t]+)?\Z")
_WHAT_PRONOUNS = frozenset("it they he she we i you".split())
#: An aside naming whose words follow, inside the quotation's sentence: ", as Governor Lena Ortiz put it," or ",
#: in the words of prosecutor Lisa Grant," (its closing comma or dash then at most a short clause before the quotation:
#: 'The reform, as Ortiz put it, is "long overdue."').
_ASIDE_PUT_IT_RE = re.compile(
    r"(?:^|(?<=[,(—–]))[ \t]*(?:[Aa]s[ \t]+(?P<as>" + _PUT_IT_SPEAKER + r")[ \t]+" + _PUT_IT_ADVERB
    + r"(?P<verb>" + _PUT_IT_VERB + r")[ \t]+it|(?P<verb2>[Ii]n[ \t]+the[ \t]+words[ \t]+of)[ \t]+"
    r"(?P<of>(?:[\w.'’-]+[ \t]+){0,4}?[\w'’-]+))[ \t]*[,)—–]")
#: What the clause between such an aside and the quotation may hold: a few words, no end of a sentence or clause.
_ASIDE_TO_QUOTE_RE = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){0,6}?(?:[\w'’-]+[ \t]*)?[,:]?[ \t]*\Z")


def _aside_put_it(text: str, lo: int, qs: int) -> tuple[tuple[int, int], tuple[int, int, str]] | None:
    """(speaker phrase, verb) of an aside like ", as X put it," or ", in the words of X," shortly before the
    quotation at ``qs`` in ``text[lo:qs]`` (the quotation's sentence), else None."""
    window = text[lo:qs]
    if "put it" not in window and "phrased it" not in window and "words of" not in window:
        return None
    for m in reversed(list(_ASIDE_PUT_IT_RE.finditer(text, lo, qs))):
        if _ASIDE_TO_QUOTE_RE.fullmatch(text, m.end(), qs) is None:
            continue
        g = "as" if m.group("as") else "of"
        v = "verb" if m.group("verb") else "verb2"
        return m.span(g), (m.start(v), m.end(v), "neutral")
    return None


#: A passive verb of naming right before a quotation ("was billed as a "...", "has been called "..."") ...
_PASSIVE_NAMING_BEFORE_RE = re.compile(
    r"\b(?:is|was|were|are|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?(billed|described|called|labell?ed|dubbed|branded|"
    r"termed|touted|characteri[sz]ed|hailed|derided|denounced|condemned|critici[sz]ed|praised|said[ \t]+to[ \t]+be|"
    r"deemed|considered)"
    r"(?:[ \t]+as)?(?:[ \t]+(?:a|an|the))?[ \t]*\Z")
#: A passive verb of naming with its agent before the quotation: 'described by the New York Times as having a'.
_PASSIVE_BY_BEFORE_RE = re.compile(
    r"\b(?:is|was|were|are|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?(described|called|labell?ed|dubbed|branded|termed|"
    r"characteri[sz]ed|hailed|derided|denounced|condemned|criticized|criticised|praised|portrayed)[ \t]+by[ \t]+"
    r"((?:[Tt]he[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)[ \t]+as(?:[ \t]+(?:having|being))?"
    r"(?:[ \t]+(?:a|an|the))?[ \t]*\Z")
#: ... and its agent right after it: a name, or a name's noun ("by Hale's campaign", "by Sen. Ann Lee").
_BY_AGENT_AFTER_RE = re.compile(
    r"[,]?[ \t]+by[ \t]+((?:the[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w-]*(?:(?:'s|’s)[ \t]+[a-z]+)?)\b")


def _passive_agent(doc: Document, qs: int, qe: int) -> _Att | None:
    """(agent span, verb) of a quotation named in a passive with its agent after it ('The event was billed as a
    "press conference" by Hale's campaign'): the agent said it. None without both the passive verb of naming right
    before the quotation and "by" and a capitalised agent right after it."""
    by_before = _PASSIVE_BY_BEFORE_RE.search(doc.text, max(0, qs - 120), qs) if " by " in doc.text[
        max(0, qs - 120) : qs] and " as" in doc.text[max(0, qs - 24) : qs] else None
    if by_before is not None:
        # 'he has been described by the New York Times as having a "bare knuckle style"': the agent before "as"
        return _clean(doc, by_before.span(2)) or by_before.span(2), (by_before.start(1), by_before.end(1), "neutral")
    before = _PASSIVE_NAMING_BEFORE_RE.search(doc.text, max(0, qs - 60), qs)
    if before is None:
        return None
    after = _BY_AGENT_AFTER_RE.match(doc.text, qe)
    if after is None:
        return None
    return _clean(doc, after.span(1)), (before.start(1), before.end(1), "neutral")


#: A report named by its source in a reduced relative clause: "allegations reported in the New York Times that
#: ...", "claims published by The Guardian that ...": a lower-case noun, the participle, "in"/"by" and the source.
_REPORTED_IN_RE = re.compile(
    r"(?<![\w'’-])(?!(?:who|which|that|whose|what)[ \t])[a-z]{3,}[ \t]+(reported|published|revealed)[ \t]+"
    r"(?:in|by)[ \t]+((?:[Tt]he[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
    r"(?=[ \t]+that[ \t]+(?!(?:month|week|year|day|morning|afternoon|evening|night|time)\b))")
#: What may not stand between the source's "that" and the quotation: a clause mark or a verb of saying ("...
#: reported in the Times that he dodged taxes, Trump told supporters ...": Trump's words).
_CLAUSE_BREAK_RE = re.compile(
    r"[,;:()—–]|(?<![\w'’-])(?:said|says|told|tells|called|calls|saying|added|adds|wrote|writes|argued|but)(?![\w'’-])")


def _reported_in_source(doc: Document, qs: int) -> _Att | None:
    """(source span, verb) of a quotation inside a "that" clause of a report named by its source earlier in the
    same sentence ('allegations reported in the New York Times that Trump ... through "instances of outright
    fraud"'): the source reported the words, not the sentence's subject ("New York state tax authorities have
    opened an investigation into allegations reported in ..."). None otherwise."""
    si = doc.sentence_index(qs)
    if si < 0:
        return None
    ss = doc.sentences[si][0]
    if qs - ss > 400:
        return None
    found = list(_REPORTED_IN_RE.finditer(doc.text, ss, qs))
    if not found:
        return None
    m = found[-1]  # the last report before the quotation
    if _CLAUSE_BREAK_RE.search(doc.text, m.end(), qs):
        return None  # the quotation is not inside the report's "that" clause
    return _clean(doc, m.span(2)), (m.start(1), m.end(1), "neutral")


#: "as" right before a quotation, in the same clause as the verb before it ("dismissing critics as "").
_AS_BEFORE_QUOTE_RE = re.compile(r"[^.;:!?\"“”—–]{1,60}[ \t]as[ \t]+(?:an?[ \t]+|the[ \t]+)?\Z")



def _closes_sentence_before_name(doc: Document, qs: int, qe: int) -> bool:
    """Whether the quotation ``[qs, qe)`` ends with a full stop inside its marks and a capitalised name and "said"
    follow it ('... were "exhausted." The Welsh Government said')."""
    if doc.text[qs:qe].rstrip(_CLOSERS + "’' ")[-1:] not in ".…":
        return False
    j = bisect.bisect_left(doc.token_starts, qe)
    # (not a pronoun: 'The AP quoted Michael Short accusing her of "hiding." He said' goes on with his words)
    return j < len(doc.token_spans) and doc.text[doc.token_spans[j][0]].isupper() and \
        doc.norm_tokens[j] not in ("he", "she", "they", "i", "we") and _name_then_said(doc, j)


def _name_then_said(doc: Document, j: int) -> bool:
    """Whether one to three capitalised words and "said" follow at token ``j`` ('"... any voters." Trump said at
    a campaign event'): an attribution after a quotation that closes with a full stop by mistake."""
    toks = doc.norm_tokens
    text = doc.text
    for n in (1, 2, 3):
        if j + n >= len(toks):
            return False
        if not text[doc.token_spans[j + n - 1][0]].isupper():
            return False
        if toks[j + n] in _SAID_FORMS:
            ve = doc.token_spans[j + n][1]
            if _INTRODUCES_QUOTE_RE.match(text, ve):
                return False  # ('"... this weekend." He told The Times, "If I do it, ..."': the next quotation's)
            return text[ve : ve + 1] in (" ", ",", ".")
    return False


#: The rest of a clause that introduces a quotation of its own after a comma or colon ("told The Times, "...").
_INTRODUCES_QUOTE_RE = re.compile(r"[^.!?\"“”\n]{0,60}[,:][ \t]*[\"“]")


def _object_tail(doc: Document, k: int, qs: int, tail: str) -> bool:
    """Whether the words between a reporting verb (token ``k``) and a full quotation that opens with a capital
    are only its object or a place ("told reporters "I never ...", "wrote in a letter to the agency "This
    ..."): a quotation introduced without a colon."""
    inner = doc.text[qs + 1 : qs + 3].lstrip(" .…[")
    if not inner[:1].isupper() or count_words(tail) > 8 or any(c in tail for c in ",.!?;:\"“”()"):
        return False
    hit = reporting_forms().get(doc.norm_tokens[k])
    if hit is None or hit[0] not in _SPEECH_LEMMAS | {"reply", "ask", "respond"}:
        return False  # "blasted out an e-mail with the headline "...", "one titled "...": not a speech verb
    hi = bisect.bisect_left(doc.token_starts, qs)
    return not any(doc.norm_tokens[t] in _CLAUSE_VERBS or doc.norm_tokens[t] in ("that", "which", "who")
                   for t in range(k + 1, hi))


#: Texts that an "according to" names as the source ("According to a lawsuit filed March 5, ...").
_SOURCE_DOCUMENTS = frozenset(
    """report reports lawsuit suit complaint filing study survey poll statement memo document documents analysis
    investigation audit indictment article story letter review""".split()
)


def _according_document(doc: Document, i: int, stop: int) -> tuple[int, int] | None:
    """After "according to" at token ``i``: a document named by a determiner and its noun ("a lawsuit filed March 5
    in ..."), or the outlet or body that published it ("a report in the Miami New Times" gives the Times); None
    when the phrase is not a document."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    if i >= stop or toks[i] not in ("a", "an", "the"):
        return None
    n = next((t for t in range(i + 1, min(stop, i + 4)) if toks[t] in _SOURCE_DOCUMENTS), None)
    if n is None or any(text[spans[t][0]].isupper() or "," in text[spans[t - 1][1] : spans[t][0]]
                        for t in range(i + 1, n + 1)):
        return None  # (a capitalised word: "a Gallup poll", the existing search names it)
    t = n + 1
    if t + 1 < stop and toks[t] in ("in", "by", "from") and not any(
            c in text[spans[n][1] : spans[t + 1][0]] for c in ",;:"):
        u = t + 1 + (toks[t + 1] == "the")
        e = u
        while e < stop and text[spans[e][0]].isupper() and (e == u or text[spans[e - 1][1] : spans[e][0]] == " "):
            e += 1
        first = toks[u].capitalize()
        if e > u and first not in MONTHS and first not in WEEKDAYS and not (
                e < stop and text[spans[e][0]].islower() and text[spans[e - 1][1] : spans[e][0]] == " "):
            # "a report in the Miami New Times": the Times (not "a report in January", "a poll by Iowa voters";
            # "a survey of Republican voters" names what was surveyed, not who published it)
            return spans[u][0], spans[e - 1][1]
    return spans[i][0], spans[n][1]


def _attribute(doc: Document, qs: int, qe: int, short: bool, partial: bool, verb_spans: dict[int, Span],
               quote_starts: Sequence[int]) -> _Att | None:
    """(speaker span or None, (verb start, verb end, kind)) for the quote ``[qs, qe)``, if attributed in its own
    sentence: after it ('"...," X said', '"...?" X asked', '"...," said X', '"...," according to X') or before it
    ('X said: "..."', 'X said Friday that "..."', 'X said the plan was "a disaster"', 'According to X, "..."')."""
    text = doc.text
    put_it = _AS_PUT_IT_RE.match(text, qe) or _as_put_it_before(text, max(0, qs - 120), qs)
    if put_it is not None:
        return _clean(doc, put_it.span(1)), (put_it.start(2), put_it.end(2), "neutral")
    words_of = _IN_WORDS_OF_AFTER_RE.match(text, qe)
    if words_of is not None and not _SAYER_AFTER_ASIDE_RE.match(text, words_of.end()):
        # '"religious debate," in the words of one official, who added ...'
        return _clean(doc, words_of.span(2)) or words_of.span(2), (words_of.start(1), words_of.end(1), "neutral")
    agent = _passive_agent(doc, qs, qe)
    if agent is not None:
        return agent
    reads = _TEXT_READ_BEFORE_RE.search(text, max(0, qs - 80), qs) if "read" in text[max(0, qs - 12) : qs] else None
    if reads is not None:
        # 'where his bio read: "..."', 'His last message read: "..."': the text whose words they are; its owner's
        # when a name owns it ("Sen. Ann Lee's letter read:")
        who = reads.span("owner") if reads.group("owner") else reads.span(1)
        return _clean(doc, who) or who, (reads.start("verb"), reads.end("verb"), "neutral")
    what = _WHAT_CALLED_RE.search(text, max(0, qs - 80), qs) if "what " in text[max(0, qs - 80) : qs] else None
    if what is not None and what.group(1).lower() not in _WHAT_PRONOUNS:
        # 'a lawsuit over what critics called a "culture of impunity"': the clause's subject names the words (a
        # pronoun is left to the sentence's own attribution: 'Israel said it would stop what it called a "..."')
        return _clean(doc, what.span(1)), (what.start(2), what.end(2), "neutral")
    si = doc.sentence_index(qs)
    aside = _aside_put_it(text, max(doc.sentences[si][0] if si >= 0 else 0, qs - 160), qs)
    if aside is not None:
        return _clean(doc, aside[0]), aside[1]  # 'The reform, as Governor Lena Ortiz put it, is "long overdue."'
    before: list[_Att | None] = []  # the attribution before the quotation, found once when first asked for

    def named_before() -> _Att | None:
        if not before:
            before.append(_attribute_before(doc, qs, short, partial, verb_spans, quote_starts))
        return before[0] if before[0] is not None and before[0][0] is not None else None

    if partial and (_closes_sentence_before_name(doc, qs, qe) or _COORDINATED_CLAUSE_AFTER_RE.match(text, qe)) and \
            (found := named_before()) is not None:
        # 'Dr. Lee said staff were "exhausted." The Welsh Government said ...': a partial quotation that closes
        # its sentence belongs to the attribution before it; the next sentence's "X said" is only taken when
        # nothing in the quotation's own sentence attributes it; so does one followed by a coordinated clause ('Cruz
        # described the actions as "the imperial presidency," and House Republicans have threatened to ...')
        return found
    after = _attribute_after(doc, qs, qe, partial, verb_spans, quote_starts)
    if after is not None and partial and text[after[1][0] : after[1][1]].lower() in ("show", "shows", "showed") and \
            (found := named_before()) is not None:
        return found  # 'The officer wrote that he was "uncooperative," court documents show': the officer's words
    if after is not None:
        return after
    named_before()
    return before[0]


def _attribute_after(doc: Document, qs: int, qe: int, partial: bool, verb_spans: dict[int, Span],
                     quote_starts: Sequence[int]) -> _Att | None:
    """The attribution after the quote, within its sentence ('"...," X said', '"...?" X asked', '"...," said X',
    '"...," according to X', '"...," Tom Hale, the host of the summit, told reporters'), or None."""
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    n_tok = len(spans)
    j = bisect.bisect_left(doc.token_starts, qe)
    nxt_q = bisect.bisect_left(quote_starts, qe)
    if nxt_q < len(quote_starts) and _TITLE_IN_APPOSITIVE_RE.fullmatch(text, qe, quote_starts[nxt_q]) and \
            _TITLE_QUOTE_RE.match(text, quote_starts[nxt_q]):
        nxt_q += 1  # '"...," Shannon Bream, host of "Fox News @ Night," told viewers': a title in the appositive
    limit = quote_starts[nxt_q] if nxt_q < len(quote_starts) else len(text)
    stop = j
    paren_end = -1
    links = link_text_spans(text)
    skipped = 0  # tokens of pasted link text after a name ("Rep. Ann Lee Ann Marie LeeHeadline | ... MORE said")
    while stop < n_tok and stop - j - skipped < _WINDOW and spans[stop][0] < limit:
        if stop > j and links and in_spans(links, spans[stop][0]):
            skipped += 1  # (no sentence ends inside link text: its headlines are skipped)
        elif stop > j:
            gs = spans[stop - 1][1]
            gap = text[gs : spans[stop][0]]
            if gs < paren_end:
                # inside a short parenthesis ("Rep. Adam Schiff (D-Calif.), who chairs ..., said")
                if not _PAREN_BREAKS.isdisjoint(text[paren_end : spans[stop][0]]):
                    break
            elif "(" in gap and "\n" not in gap and stop - 1 > j:
                close = text.find(")", gs, gs + _ASIDE_MAX)
                if close < 0 or "\n" in text[gs:close]:
                    break
                paren_end = close + 1
            elif not _SCAN_BREAKS.isdisjoint(gap) or (
                not _SENTENCE_MARKS.isdisjoint(gap) and not stop_ends_nothing(text, spans, stop, gap)
            ):
                break
        stop += 1
    inner_end = text[qs:qe].rstrip(_CLOSERS + "’' ")[-1:]
    if j < stop:
        lead = text[qe : spans[j][0]]
        ends_sentence = inner_end in ".…" and not text[spans[j][0]].islower() and not _name_then_said(doc, j)
        # a partial quotation that runs on into its sentence with no mark between ('he was "sorry" Americans are
        # losing plans he said', '"a total catastrophe" and his Department lambasted it') is not attributed by a
        # verb further on: only by one right after it ('"media chatter," said X', '"sorry" said X')
        run_on = partial and inner_end not in ",.!?…;:—-" and not lead.strip()
        reach = j + _WINDOW - 2 + skipped
        if run_on and toks[j] in ("and", "but", "or", "while", "whereas", "as", "because", "which", "who"):
            reach = j
        if not ends_sentence and not any(c in lead for c in ".!?\n"):
            for k in range(j, min(stop, reach)):
                if run_on and k > j and (toks[k - 1] in _RUN_ON_VERBS or toks[k].endswith("ing")):
                    break  # a finite verb between: the quotation's words go on in a new clause; a participle
                    # further on has no subject there ('to "dominate" the street, warning that')
                if skipped and in_spans(links, spans[k][0]):
                    continue  # a verb in pasted link text's headlines is not the quotation's
                v = _verb_at(doc, k, verb_spans)
                if v is None and toks[k] in ("read", "reads") and k > j and toks[k - 1] in _TEXT_SUBJECTS:
                    v = (spans[k][0], spans[k][1], "neutral")  # '"...," the statement read'
                if v is None and toks[k] in ("show", "shows", "showed") and k > j and toks[k - 1] in _RECORDS and \
                        inner_end == ",":
                    v = (spans[k][0], spans[k][1], "neutral")  # '"...," memos show', '"...," records showed'
                if v is None and toks[k] in ("found", "finds") and k > j and toks[k - 1] in _FINDINGS and \
                        inner_end == ",":
                    v = (spans[k][0], spans[k][1], "neutral")  # '"...," the Brookings report found'
                if v is None and k == j and toks[k] in ("read", "reads") and k + 2 < stop and \
                        toks[k + 1] in ("the", "a", "an", "its", "his", "her", "their") and \
                        toks[k + 2] in _TEXT_SUBJECTS and inner_end in ",!?":
                    # '"...," read the letter signed by Heritage Action': an inverted attribution to a text
                    return (spans[k + 1][0], spans[k + 2][1]), (spans[k][0], spans[k][1], "neutral")
                if v is None:
                    if toks[k] == "according" and k + 1 < stop and toks[k + 1] == "to":
                        return _clean(doc, _np_forward(doc, k + 2, stop)), (spans[k][0], spans[k + 1][1], "neutral")
                    continue
                vend_tok = doc.token_index(v[1] - 1)
                if k == j and toks[k].endswith("ing") and toks[k] != "according":
                    # '"...," adding the hashtag #X': the participle's subject opens the sentence
                    s0 = _sentence_first_token(doc, doc.sentence_index(qs))
                    sp = _sentence_subject(doc, s0, bisect.bisect_left(doc.token_starts, qs)) if s0 < k else None
                elif k == j:
                    fwd = _np_after_verb(doc, vend_tok + 1, stop)
                    sp = None if toks[k] in _OBJECT_FIRST_VERBS else _clean(doc, fwd)
                    if sp is not None and _OBJECT_AS_QUOTE_RE.match(text, sp[1]):
                        # '"power grab," condemned Acme as "greed at its worst"': the verb's object, named as
                        # the next quotation; the verb is coordinated with the sentence's own
                        q_tok = bisect.bisect_left(doc.token_starts, qs)
                        s0 = _sentence_first_token(doc, doc.sentence_index(qs))
                        sp = _sentence_subject(doc, s0, q_tok) if s0 < q_tok else None
                    if sp is None and ("," in lead or inner_end == ",") and vend_tok + 1 < n_tok and \
                            toks[vend_tok + 1] == "that":
                        # 'Buttigieg has called Pence a "...," argued that ...': a verb coordinated with the
                        # sentence's own (an inverted attribution has its speaker after the verb, never "that")
                        q_tok = bisect.bisect_left(doc.token_starts, qs)
                        s0 = _sentence_first_token(doc, doc.sentence_index(qs))
                        sp = _sentence_subject(doc, s0, q_tok) if s0 < q_tok else None
                else:
                    if toks[k - 1] in ("and", "but", "or") and k - 1 > j:
                        # '"absolutely not" a mistake to sign the law -- and noted that': a verb coordinated with
                        # the sentence's own, not one whose subject follows the quotation
                        break
                    if toks[j] in ("and", "but") and vend_tok + 1 < n_tok and toks[vend_tok + 1] == "that":
                        # 'Lee said it "would fail," and Kim added that ...': a new clause whose verb reports
                        # its own "that" clause, not the quotation before it
                        break
                    sp = _subject_before(doc, k, j)
                    if sp is not None and j + 1 < n_tok and sp[0] == spans[j + 1][0] and toks[j] in (
                            "a", "an", "the") and text[spans[j][1] : sp[0]] == " ":
                        # '"...," an official, who spoke on condition of anonymity, said': the phrase opens
                        # right after the quotation with its article (the search for it starts after that word)
                        sp = spans[j][0], sp[1]
                    if sp is not None and sp[0] != spans[j][0]:
                        # "abuse victim and campaigner William Gorry said": descriptors before the name
                        between = text[qe : sp[0]]
                        lows = [t for t in toks[j : doc.token_index(sp[0])] if t != "and"]
                        if lows[:1] == ["as"]:
                            lows = lows[1:]  # '"everyone can relax," as the New York Times states'
                        if lows and lows[-1] in ("that", "which"):
                            lows = lows[:-1]  # the "torture facilities" conditions that Dr. Sevier reported
                        if _coordinated_adjectives(doc, lows, sp[0]):
                            lows = lows[1:]  # '"...," a tired and angry Tom Hale said': the article's adjectives
                        if not (any(c.isupper() for c in text[sp[0] : sp[1]]) and len(lows) <= 4
                                and not any(t in _SPEAKER_STOP for t in lows)
                                and not any(c in between[1:] for c in ",.;:!?")) \
                                and not _ROLE_THEN_NAME_RE.fullmatch(between):
                            sp = None
                    if sp is None:
                        # "one official briefed on the investigation said": the noun phrase right after the quote
                        fwd = _sentence_subject(doc, j, k) if (
                            toks[j] in _NP_STARTS or text[spans[j][0]].isupper()) else None
                        gap = text[qe + 1 : spans[k][0]]
                        if fwd is not None and fwd[0] == spans[j][0] and (
                                not any(c in gap for c in ",;:.!?()") or (
                                    # the full stops of "U.S." or "Sen." end no phrase ('"...," U.S. Ambassador
                                    # to the EU Gordon Sondland replied') when the phrase runs up to the verb or
                                    # to the preposition of a role
                                    (fwd[1] == spans[k - 1][1] or toks[doc.token_index(fwd[1] - 1) + 1] in (
                                        "to", "of", "for")) and not any(
                                        c in _ABBREVIATION_DOTS_RE.sub("", gap) for c in ",;:.!?()")
                                    and not any(t in ("that", "which", "who", "whom") for t in toks[j:k]))):
                            sp = fwd
                    if sp is None:
                        break  # the words between the quote and the verb are not its subject
                    sp = _clean(doc, sp)
                    if sp is None:
                        break
                return sp, v
            if inner_end == "," and not partial:
                app = name_then_appositive(doc, j, stop, verb_spans)
                if app is not None and app[0] is not None:
                    return app  # '"...," Tom Hale, the host of the summit in Dayton, Ohio, told reporters'
    return None


def _attribute_before(doc: Document, qs: int, short: bool, partial: bool, verb_spans: dict[int, Span],
                      quote_starts: Sequence[int]) -> _Att | None:
    """The attribution before the quote, within its sentence ('X said: "..."', 'X said Friday that "..."', 'X said
    the plan was "a disaster"', 'According to X, "..."', a report named by its source), or None."""
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    # before the quote: a report named by its source in the sentence ("allegations reported in the Times that")
    source = _reported_in_source(doc, qs)
    if source is not None:
        return source
    si = doc.sentence_index(qs)
    s_start = doc.sentences[si][0] if si >= 0 else 0
    i_hi = bisect.bisect_left(doc.token_starts, qs) - 1
    mark_end = _end_before(text, qs)
    mark = text[mark_end - 1 : mark_end]  # the mark right before the quotation, past white space
    colon = mark == ":"
    if s_start >= qs and si > 0 and colon:
        s_start = doc.sentences[si - 1][0]  # 'In his statement, Deal said:\n\n"..."'
    prev_q = bisect.bisect_left(quote_starts, qs) - 1
    if prev_q >= 0 and not _venue_title(doc, prev_q, s_start):
        s_start = max(s_start, _quote_end(doc, prev_q))
    s_lo = bisect.bisect_left(doc.token_starts, s_start)
    # (the pattern ends in a comma before the quotation: searched only then)
    opener = None if (short or partial or mark != ",") else _THAT_CLAUSE_OPENER_RE.search(text, s_start, qs)
    reach = _PARTIAL_REACH if (short or partial or opener) else (_COLON_REACH if colon else 8)
    i_lo = max(s_lo, i_hi - reach)
    for k in range(i_hi, i_lo - 1, -1):
        if toks[k] == "according" and k + 1 <= i_hi and toks[k + 1] == "to":
            src = _according_document(doc, k + 2, i_hi + 1) or _clean(doc, _np_forward(doc, k + 2, i_hi + 1))
            return src, (spans[k][0], spans[k + 1][1], "neutral")
        if k == s_lo and toks[k] in PASSIVE_OPENERS and text[spans[k][0]].isupper():
            continue  # 'Asked about his opponent, Ruiz-Montes smiled: "..."': the one asked is the subject after it
        v = _verb_at(doc, k, verb_spans)
        if v is None and colon and toks[k] in ("put", "puts") and _PUT_IT_RE.match(text, spans[k][1], qs):
            v = (spans[k][0], spans[k][1], "neutral")  # 'A Nato official put it like this: "..."'
        naming = v is None and (toks[k] in _NAMING_VERBS or (
            toks[k] in _NAMING_AS_VERBS and _AS_BEFORE_QUOTE_RE.search(text, spans[k][1], qs) is not None)) \
            and (short or partial) and k < i_hi \
            and toks[k + 1] not in ("for", "on", "out", "up", "off", "in")
        weak = False
        if v is None and not naming and (short or partial) and _governing_verb(doc, k, qs):
            naming = weak = True  # "Lower courts ruled that Buck lacked the "extraordinary circumstances""
        if v is None and not naming:
            continue
        if v is None:
            v = (spans[k][0], spans[k][1], "neutral")
        if not (short or partial):
            tail = text[spans[k][1] : qs].strip()
            if (sub := _THAT_SUBORDINATOR_RE.search(tail)) is not None:
                tail = tail[: sub.start(1)].rstrip()  # 'told the News that although "...," nevertheless, "..."'
            elif opener is not None and opener.start() == spans[k][0]:
                tail = "that"
            if tail not in ("", ":", ",", "that") and not _object_tail(doc, k, qs, tail):
                longest = (_COLON_THAT_WORDS if tail.startswith("that ") else 15) if colon else 10
                if not tail.endswith((":", ",", "that")) or count_words(tail) > longest \
                        or _SENTENCE_END_RE.search(tail):
                    # ('The Times reported that the agency had ... for over a year: "..."': a that-clause that
                    # ends in a colon introduces the reporter's quotation, however long)
                    continue
        k_outer = _outer_speech_verb(doc, k, s_lo, verb_spans)
        if k_outer is not None:
            k, v = k_outer
        s_first = _sentence_first_token(doc, si)
        if toks[k].endswith("ing") and k > min(s_lo, s_first) and toks[k - 1] not in _AUX_BEFORE_VERB:
            # the participle's subject opens the sentence, even when a quotation came before it in the sentence
            # ('He ordered mayors to "dominate" the street, warning that "..."', 'X blasted Pence on "This Week,"
            # saying that ...')
            sp = _for_participle_object(doc, k, s_lo) or _adopted_text_before_participle(doc, k, s_lo) or \
                _with_subject(doc, s_lo, k) or _recorded_subject(doc, s_lo, k) or \
                _said_before_participle(doc, s_lo, k) or \
                _pronoun_before_participle(doc, s_lo, k) or _sentence_subject(doc, min(s_lo, s_first), k)
            # "Rasmussen toned down his remarks, saying ..."; "remarks she made in Los Angeles telling ..."
        else:
            sp = _bare_complement_subject(doc, k, s_lo) or _clean(doc, _subject_before(doc, k, max(s_lo, k - 22), s_lo))
            if sp is not None and any(_verb_like(toks[t]) and text[spans[t][0]].islower()
                                      and text[spans[t - 1][0]].isupper() and t - 1 > doc.token_index(sp[0])
                                      for t in range(doc.token_index(sp[0]) + 1, doc.token_index(sp[1] - 1) + 1)):
                sp = None  # "Dana Whitfield skipped the memo, blamed ...": a clause, not a noun phrase
            if sp is not None and not any(c.isupper() for c in text[sp[0] : sp[1]]) and k > s_lo and \
                    "," in text[spans[k - 1][1] : spans[k][0]] and doc.norm_tokens[doc.token_index(sp[0])] \
                    not in DETERMINERS | {"he", "she", "they", "it", "we", "i"} and \
                    "," not in text[sp[1] : spans[k - 1][1]]:
                # "... by name, blamed commenters": a coordinated verb, its subject opens the clause (not when the
                # phrase found lies before an aside: "a group of nurses, their faces masked, told")
                sp = None
            if sp is not None and _infinitive_object(doc, sp, s_lo):
                sp = None  # "to discuss the deal agreed for Iran": an infinitive's object, the clause's subject speaks
            if k - 2 >= s_lo and toks[k - 1] == "who" and text[spans[k - 2][1] : spans[k - 1][0]] == " " and \
                    not text[spans[k - 2][0]].isupper() and toks[k] not in _THINKING_FORMS and \
                    not any(_verb_at(doc, t, verb_spans) for t in range(s_lo, k - 1)):
                # "sided with federal prosecutors who argued that ...": the restrictive relative clause's noun
                # speaks, not the sentence's subject (unless the sentence already reports someone's words: 'Lee
                # said it was a shock for people who thought they were "..."' stays Lee's)
                sp = _clean(doc, _np_backward(doc, k - 2, max(s_lo, k - 8), s_lo)) or sp
                # ("Andrew McCarthy, a fantasist who describes Rosenstein as a "weasel"": the name whose role
                # appositive the noun opens)
                sp = _before_role_appositive(doc, sp, s_lo)
            who = _restrictive_who(doc, k, s_lo)
            head = _np_backward(doc, who - 1, max(s_lo, who - 8), s_lo) if who is not None else None
            if head is not None and _opens_clause(doc, doc.token_index(head[0]), s_lo) and not any(
                    _verb_like(t) for t in toks[doc.token_index(head[0]) : who]):
                # "a lawyer who obtained internal church paperwork said": the words before the verb end the
                # relative clause; the noun it restricts speaks (only a noun phrase in subject position: 'Lee
                # mocked the voters who then said it was "..."' keeps Lee)
                sp = _clean(doc, head) or sp
            if sp is None and k > s_lo and toks[k - 1] in ("who", "which") and \
                    "," in text[spans[k - 2][1] : spans[k - 1][0]]:
                sp = _clean(doc, _np_backward(doc, k - 2, max(s_lo, k - 14), s_lo))  # "Bannon, who told Axios"
                sp = _before_role_appositive(doc, sp, s_lo)
            sp = _aside_who_name(doc, k, s_lo, qs) or sp
            if sp is None:
                sp = _clause_subject(doc, s_lo, k)  # "Oli has in the past accused ...": the clause's subject
                if sp is not None and "," in text[spans[k - 1][1] : spans[k][0]]:
                    # "Priya Raman, a 29-year-old software tester from Henderson who ..., said": the name before
                    # the role appositive that the subject found is, closed by a comma before the verb (not "Thomas
                    # Rudolph, a majority of Republican voters surveyed said")
                    sp = _before_role_appositive(doc, sp, s_lo)
            if sp is None and k > s_lo and toks[k - 1] == "and":
                # 'the pope sought forgiveness over the "open wound" ... and demanded "firm" measures': a verb
                # coordinated after an earlier quotation of the sentence shares the sentence's subject
                s_first = _sentence_first_token(doc, si)
                if s_first < s_lo:
                    sp = _clause_subject(doc, s_first, k)
            sp = _who_and_subject(doc, k, s_lo) or sp
            if k == s_first:
                sp = _inverted_subject(doc, k, qs) or sp
            if k - 1 > s_lo and toks[k - 1] == "who":
                sp = _past_place_complement(doc, sp, s_lo)
        if sp is not None and doc.norm_tokens[doc.token_index(sp[0])] in ("the", "a", "an") and \
                _ROLE_THEN_WHO_RE.match(text, sp[1]):
            # ("Colin Powell, the former Republican Secretary of State who endorsed Obama and accused conservatives
            # of having a "dark vein"": the name whose role appositive the phrase found is)
            sp = _before_role_appositive(doc, sp, s_lo)
        sp = _past_aside(doc, sp, s_lo)
        if weak and sp is None:
            return None  # a verb of judging with no subject found: leave it to the clause's speaker search
        return sp, v
    if not (short or partial):
        return _speech_noun_intro(doc, qs, s_lo)
    return None


def _past_place_complement(doc: Document, sp: tuple[int, int] | None, s_lo: int) -> tuple[int, int] | None:
    """The person before a place complement that the speaker phrase ``sp`` of a "who" clause is ("Judge Carla
    Whitfield in Jackson, who found", "Dolores Whitt, 72, a retired postal worker from Lorain, who said": not the
    place); ``sp`` when it is no capitalised phrase right after "in", "from", "of", "at" or "near"."""
    if sp is None or not doc.text[sp[0]].isupper():
        return sp
    t = doc.token_index(sp[0])
    if t - 2 < s_lo or doc.norm_tokens[t - 1] not in ("in", "from", "of", "at", "near") or \
            not doc.text[doc.token_spans[t - 1][0]].islower():
        return sp
    raw = _np_backward(doc, t - 2, max(s_lo, t - 12), s_lo)
    before = _clean(doc, raw) if raw is not None else None
    before = _before_role_appositive(doc, before, s_lo) if before is not None else None
    if raw is not None and (before is None or not any(c.isupper() for c in doc.text[before[0] : before[1]])):
        # "Dolores Whitt, 72, a retired postal worker from": the name before the role and the age
        b = doc.token_index(raw[0]) - 1
        if b > s_lo and doc.norm_tokens[b] in ("a", "an", "the"):
            b -= 1
        if b > s_lo and doc.norm_tokens[b].isdigit() and "," in doc.text[doc.token_spans[b][1] : raw[0]]:
            b -= 1  # an age between commas
        spans = doc.token_spans
        if b > s_lo and "," in doc.text[spans[b][1] : spans[b + 1][0]] and doc.text[spans[b][0]].isupper():
            f = b  # the capitalised words of the name ("Among them was Dolores Whitt,")
            while f - 1 >= s_lo and b - f < 4 and doc.text[spans[f - 1][0]].isupper() and \
                    doc.text[spans[f - 1][1] : spans[f][0]] in (" ", ". "):
                f -= 1
            before = spans[f][0], spans[b][1]
    if before is None or not any(c.isupper() for c in doc.text[before[0] : before[1]]):
        return sp  # (not "the chairman of Acme, who said": no name before the place)
    b0 = doc.token_index(before[0])
    if b0 > 0 and doc.norm_tokens[b0 - 1] in ("for", "of", "to", "with", "by", "from"):
        return sp  # (not "A spokesman for Gov. Kathy Hochul in Albany, who said": the name is an object)
    return before


def _aside_who_name(doc: Document, k: int, s_lo: int, qs: int) -> tuple[int, int] | None:
    """The name before a non-restrictive "who" whose clause holds the verb at token ``k``, with auxiliaries between,
    and the quotation at ``qs`` ("He wrote that Jane Doe - who had said the city should "..." - was ..."): she
    speaks, not the sentence's subject; None when there is no such clause (after a comma or a spaced dash, behind
    a capitalised word) or when it closes before the quotation ('... - was a "..."' is the subject's again)."""
    aside = _who_aside(doc, k, s_lo)
    if aside is None or aside[1] in doc.text[doc.token_spans[k][1] : qs]:
        return None
    w = aside[0]
    sp = _clean(doc, _np_backward(doc, w - 1, max(s_lo, w - 14), s_lo))
    return _before_role_appositive(doc, sp, s_lo) if sp is not None else None


def _who_aside(doc: Document, k: int, s_lo: int) -> tuple[int, str] | None:
    """(token of "who", the comma or dash before it) when the verb at token ``k`` opens, after auxiliaries, a
    non-restrictive "who" clause behind a capitalised word ("Jane Doe - who had said"); else None."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    w = k - 1
    while w > s_lo and toks[w] in _AUX_BEFORE_VERB:
        w -= 1
    if w == k - 1 or w - 1 < s_lo or toks[w] != "who" or not text[spans[w - 1][0]].isupper():
        return None  # (a "who" right before the verb is handled where the clause is read)
    gap = text[spans[w - 1][1] : spans[w][0]].strip()
    return (w, gap) if gap in (",", "-", "—", "–", "--") else None


#: "put it" and a manner before the colon that introduces a quotation ('A Nato official put it like this: "..."',
#: 'As one voter put it simply:').
_PUT_IT_RE = re.compile(
    r"[ \t]+it(?:[ \t]+(?:like[ \t]+this|this[ \t]+way|another[ \t]+way|simply|bluntly|plainly|succinctly|best"
    r"|more[ \t]+bluntly|differently))?[ \t]*:\s*\Z")


#: Nouns for a statement that a colon then quotes ("made an extraordinary declaration about Syria: "..."", "had a
#: message for Assad: "...""); they are the object of one of ``_INTRO_VERBS``.
_INTRO_NOUNS = (
    "declaration|message|statement|warning|announcement|promise|pledge|vow|plea|response|reply|answer|prediction"
    "|verdict|explanation|retort|rebuttal|advice|appeal|ultimatum|demand"
)
_INTRO_VERBS = frozenset("made makes make had has have issued issues gave gives delivered delivers sent sends "
                         "offered offers posted posts".split())
_INTRO_NOUN_COLON_RE = re.compile(
    r"\b(?:a|an|the|this|that|his|her|their|its|one|another)\s+(?:[\w-]+\s+){0,3}?(?:" + _INTRO_NOUNS
    + r")s?\b(?:[^.;:!?\"“”\n]|\.(?!\s+[A-Z])){0,80}:\s*[\"“]\Z"
)
#: "Clinton's exact words were, "..."": a possessor, its words and "was"/"were" right before the quotation.
_WORDS_WERE_RE = re.compile(
    r"(" + _POSSESSOR + r")\s+(?:(?:" + _MODIFIER + r"|exact|very|precise),?\s+){0,3}?(words|answer|reply|response"
    r"|message)"
    r"\s+(?:was|were|is|are)\s*[,:]?\s*[\"“]\Z"
)


def _speech_noun_intro(doc: Document, qs: int, s_lo: int) -> _Att | None:
    """A quotation introduced with no reporting verb by the statement it is: "Trump made an extraordinary
    declaration about Syria: "..."" (the subject of the verb whose object the noun is), "Clinton's exact words
    were, "..."" (the possessor)."""
    text = doc.text
    ss = doc.token_spans[s_lo][0] if s_lo < len(doc.token_spans) else qs
    base = max(ss, qs - 200)
    before = text[base : qs + 1]
    w = _WORDS_WERE_RE.search(before)
    if w is not None:
        ps, pe = base + w.start(1), base + w.end(1)
        glued = list(re.finditer(r"[a-z]\.(?=[A-Z][a-z])", text[ps:pe]))
        if glued:
            ps += glued[-1].end()  # "in Benghazi.Clinton's words were": the sentence end the splitter missed
        lead = text[ss:ps]
        if doc.in_quote(ps, pe) or (lead.strip(" \"“‘") and not _CLAUSE_OPENING_RE.search(lead)
                                    and not lead.endswith((".", "!", "?"))):
            # ("He cited Lee's answer was ...": another's verb comes first; a sentence end glued to the
            # possessor, "in Benghazi.Clinton's words were", is a sentence start the splitter missed)
            return None
        if text[pe - 2 : pe] in ("'s", "’s"):
            pe -= 2
        elif text[pe - 1 : pe] in ("'", "’"):
            pe -= 1
        return (ps, pe), (base + w.start(2), base + w.end(2), "neutral")
    m = _INTRO_NOUN_COLON_RE.search(before)
    if m is None:
        return None
    k = bisect.bisect_left(doc.token_starts, base + m.start()) - 1  # the token before the noun phrase
    if k < s_lo or doc.norm_tokens[k] not in _INTRO_VERBS:
        return None
    raw = _subject_before(doc, k, max(s_lo, k - 22), s_lo)
    sp = _clean(doc, raw)
    if raw is not None and doc.token_index(raw[0]) > s_lo and \
            doc.norm_tokens[doc.token_index(raw[0]) - 1] in _ASIDE_PREPOSITIONS:
        # "A spokesperson, for their part, offered this reply:": the object of an aside, not the subject
        sp = _clean(doc, _sentence_subject(doc, s_lo, k))
    if sp is None:
        return None
    v = doc.token_spans[k]
    return sp, (v[0], v[1], "neutral")


_ASIDE_PREPOSITIONS = frozenset("for in on of at by with from to".split())


def _np_after_verb(doc: Document, i: int, stop: int) -> tuple[int, int] | None:
    """The speaker phrase after an inverted verb of saying, from token ``i``: a possessor goes on to its head
    ("says Greenpeace's Radford"), a plural possessive to the name after it ("said House Veterans' Affairs
    Committee Chairman Jeff Miller")."""
    fwd = _np_forward(doc, i, stop)
    if fwd is None:
        return None
    text = doc.text
    e_tok = doc.token_index(fwd[1] - 1)
    if e_tok + 2 < stop and doc.norm_tokens[e_tok + 1] == "and" and doc.norm_tokens[i] not in _NP_STARTS \
            and not any(c.isupper() for c in text[fwd[0] : fwd[1]]):
        # "said former presidential candidate and radio host Jane Doe": a bare role (no determiner) is a title
        # that waits for its name; the named phrase after "and" speaks
        more = _np_forward(doc, e_tok + 2, stop)
        if more is not None and text[doc.token_spans[doc.token_index(more[1] - 1)][0]].isupper():
            return more
    if e_tok + 2 < stop and doc.norm_tokens[e_tok + 1] == "'s":
        more = _np_forward(doc, e_tok + 2, stop)
        if more is not None:
            fwd = (fwd[0], more[1])
    elif 5 <= stop - e_tok <= 7 and doc.norm_tokens[e_tok + 1] in ("to", "for", "of") \
            and doc.norm_tokens[e_tok] in _ENVOY_NOUNS \
            and text[doc.token_spans[e_tok + 2][0] : doc.token_spans[e_tok + 2][1]].rstrip(".") not in TITLE_WORDS \
            and not any(c.isupper() for c in text[fwd[0] : fwd[1]].replace("U.S.", "")) \
            and all(text[doc.token_spans[t][0]].isupper() and text[doc.token_spans[t - 1][1] : doc.token_spans[t][0]]
                    in (" ", ". ") for t in range(e_tok + 2, stop)):
        # "said former U.S. ambassador to Syria Robert Ford": an envoy's country or body and the name after it (not
        # "said an aide to Sen. Jane Roe", "said the chief of staff to ...", whose aide speaks)
        fwd = (fwd[0], doc.token_spans[stop - 1][1])
    elif e_tok + 1 < stop and text[fwd[1] : doc.token_spans[e_tok + 1][0]] in ("’ ", "' "):
        more = _np_forward(doc, e_tok + 1, stop)
        if more is not None:
            fwd = (fwd[0], more[1])
    return fwd


#: Offices named by the country or body they serve before the holder's name ("ambassador to Syria Robert Ford");
#: other roles before "to"/"for" serve a person ("an aide to Sen. Jane Roe", "the chief of staff to ..."), who does not
#: speak.
_ENVOY_NOUNS = frozenset("ambassador envoy commissioner consul undersecretary".split())


def _final_attribution(doc: Document, ss: int, se: int, verb_spans: dict[int, Span],
                       regions: Sequence[tuple[int, int]]) -> _Att | None:
    """An attribution closing the sentence ``[ss, se)`` after a comma, outside quotations: "..., NATO chief Anders
    Fogh Rasmussen said." / "..., said X." / "..., according to X." The whole sentence is then X's report."""
    text = doc.text
    body = text[ss:se].rstrip(" .!?\"”’")
    comma = body.rfind(",")
    if comma < 0 or len(body) - comma > 120:
        return None  # no short closing clause (checked first: this runs once per sentence with a quote)
    cs = ss + comma + 1
    ce = ss + len(body)
    if text[cs : cs + 1] in _CLOSERS and text[cs - 2 : cs - 1] != "\\":
        cs += 1  # '... "as he left the scene," according to a police statement.': the comma inside the marks
    r = bisect.bisect_left(regions, (ce, -1)) - 1  # regions are sorted and do not overlap
    if doc.in_quote(cs, cs + 1) or (r >= 0 and regions[r][1] > cs):
        return None
    lo = bisect.bisect_left(doc.token_starts, cs)
    hi = bisect.bisect_left(doc.token_starts, ce)
    toks = doc.norm_tokens
    spans = doc.token_spans
    according = hi - lo > 2 and toks[lo] == "according" and toks[lo + 1] == "to"
    if hi - lo > (14 if according else 10) or hi <= lo:
        return None  # (a source after "according to" may be long: "Gallup's 2013 State of the American ... report")
    if according:
        return _clean(doc, _np_forward(doc, lo + 2, hi)), (spans[lo][0], spans[lo + 1][1], "neutral")
    for k in range(lo, min(hi, lo + 8)):
        v = _verb_at(doc, k, verb_spans)
        if v is None:
            continue
        if toks[k].endswith("ing"):
            return None  # "..., saying Obama needs to lead": the speaker is not after the participle
        if k == lo:
            if toks[k] in _OBJECT_FIRST_VERBS:
                return None  # "..., told viewers.": the words after "told" are its object, not the speaker
            # ("..., says Greenpeace's Radford.": the possessor's head, as right after a quotation)
            sp = _clean(doc, _np_after_verb(doc, doc.token_index(v[1] - 1) + 1, hi))
        else:
            sp = _subject_before(doc, k, lo)
            if sp is None or sp[0] != spans[lo][0]:
                return None
            sp = _clean(doc, sp)
        if sp is None:
            return None
        return sp, v
    return None


def _coordinated_adjectives(doc: Document, lows: Sequence[str], sp_start: int) -> bool:
    """Whether the words between a quotation and its speaker phrase (``lows``, "and" left out) are an article and
    adjectives coordinated with the adjective that opens the phrase ('"...," a tired and angry Tom Hale told':
    "a tired" before "angry Tom Hale"), not a noun phrase of its own ("a reporter and Tom Hale")."""
    return len(lows) >= 2 and lows[0] in ("a", "an", "the") and doc.text[sp_start].islower() and \
        doc.norm_tokens[doc.token_index(sp_start) - 1] == "and"


def _glued_end(doc: Document, qe: int, verb_start: int) -> bool:
    """Whether the quotation ending at ``qe`` closes its sentence with a full stop and the next sentence is glued to
    its closing mark ('...worse off.”Vice President Joe Biden recently said'), the attributing verb at
    ``verb_start`` lying in that next sentence: the sentence splitter missed the boundary, the attribution is not
    this quotation's."""
    text = doc.text
    return verb_start >= qe and text[qe : qe + 1].isupper() and text[qe - 2 : qe - 1] in (".", "!", "?")


def _other_clause(doc: Document, verb: tuple[int, int, str], qs: int) -> bool:
    """Whether a contrastive clause boundary ("while", "whereas", "but", ";") separates the verb of an attribution
    from a quotation at ``qs`` before it ends the sentence ("Roberts spoke about calling "balls and strikes" while
    Sotomayor detailed the "human consequences""): the quotation is not covered by that attribution."""
    lo, hi = (verb[1], qs) if verb[1] <= qs else (qs, verb[0])
    if ";" in doc.text[lo:hi]:
        return True
    if verb[1] <= qs:
        k = bisect.bisect_left(doc.token_starts, verb[0])
        si = doc.sentence_index(verb[0])
        aside = _who_aside(doc, k, bisect.bisect_left(doc.token_starts, doc.sentences[si][0]) if si >= 0 else 0)
        if aside is not None and aside[1] in doc.text[lo:hi]:
            return True  # 'that Jane Doe - who had said "..." - was a "..."': the aside closed before it
    a = bisect.bisect_left(doc.token_starts, lo)
    b = bisect.bisect_left(doc.token_starts, hi)
    return any(doc.norm_tokens[t] in ("while", "whereas") and not doc.in_quote(*doc.token_spans[t])
               for t in range(a, b))


#: Words that open a relative or adverbial clause, not a parenthetical attribution ("The plan, which the mayor
#: said would fail, was a "disaster"").
_CLAUSE_OPENERS = frozenset("which who whom whose that when where as if because while although though since".split())


def _inner_attribution(doc: Document, ss: int, se: int, verb_spans: dict[int, Span],
                       regions: Sequence[tuple[int, int]]) -> _Att | None:
    """A parenthetical attribution set off by commas inside the sentence ``[ss, se)``, outside quotations: "It
    is "absurd" to suggest otherwise, Sessions said, or that ...", "Comey was unfit, Sessions said, because ...
    a "usurpation of authority."", "The White House "certainly" blinked, Sen. Jeff Flake said on CNN's "The
    Situation Room."" (``regions``: the quotations, names left out). The whole sentence is that speaker's."""
    text = doc.text
    c = text.find(",", ss, se)
    while c >= 0:
        nxt = text.find(",", c + 1, se)
        end = nxt if nxt >= 0 else se
        opener = _WORD_RE.match(text, c + 1 + len(text[c + 1 : end]) - len(text[c + 1 : end].lstrip()))
        if not doc.in_quote(c, c + 1) and 0 < end - c <= 90 and (
                opener is None or opener.group(0).lower() not in _CLAUSE_OPENERS):
            att = _final_attribution(doc, ss, end, verb_spans, regions)
            if att is not None and att[0] is not None:
                return att
        c = nxt
    return None


def _restrictive_who(doc: Document, k: int, s_lo: int) -> int | None:
    """The token of "who" opening a restrictive relative clause that runs up to the reporting verb at ``k`` ("a
    lawyer who obtained the files said"; not "who" right before the verb, nor one after a comma, nor a clause
    with a quotation or punctuation in it), when a lower-case noun phrase comes before it; else None."""
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    for t in range(k - 2, max(s_lo, k - 12) - 1, -1):
        if toks[t] != "who":
            continue
        if t - 1 < s_lo or text[spans[t - 1][1] : spans[t][0]] != " " or not text[spans[t - 1][0]].islower():
            return None
        if any(c in text[spans[t][1] : spans[k][0]] for c in ",;:.!?()\"“”\n") or \
                not text[spans[t + 1][0]].islower():
            return None
        return t
    return None


def _opens_clause(doc: Document, t: int, s_lo: int) -> bool:
    """Whether token ``t`` opens its sentence (after ``s_lo``), possibly after "But"/"And", or follows a comma."""
    toks = doc.norm_tokens
    lead = [x for x in toks[s_lo:t] if x not in ("but", "and", "so", "yet", "still") and x not in DETERMINERS]
    return not lead or "," in doc.text[doc.token_spans[t - 1][1] : doc.token_spans[t][0]]


#: A preposition of place or medium right before a quoted title ('said on "Meet the Press" that', 'told
#: reporters in "The Daily" that').
_VENUE_BEFORE_RE = re.compile(r"\b(?:on|in|told|tells)[ \t]+\Z")


def _venue_title(doc: Document, qi: int, s_start: int) -> bool:
    """Whether the quoted region ``qi`` is the title of a show or publication named as where someone spoke ('Mike
    Lee said on "Meet the Press" over the weekend that "..."', 'Trump told "Fox News Sunday" the assessment was
    "ridiculous"'): within the sentence that starts at ``s_start``, a title after "on"/"in"/"told", which does not
    end the reporting clause before the next quotation."""
    qs, qe = doc.quotes[qi]
    if qs < s_start or _VENUE_BEFORE_RE.search(doc.text, max(0, qs - 8), qs) is None:
        return False
    inner = doc.text[qs + 1 : qe - 1].strip(" ,.")
    return 0 < count_words(inner) <= 6 and named_thing(doc, qs, qe, inner)


def _quote_end(doc: Document, qi: int) -> int:
    return doc.quotes[qi][1]
