"""A learned choice of each quotation's speaker among candidates (issue 15).

The rules of :mod:`framing.scorers.quotes` find a speaker phrase next to a reporting verb and resolve it; they were
fitted on the seen gold sets and transfer less well to unseen news. Here every quotation gets a small set of
speaker candidates and a linear model picks one:

- the actors mentioned in the quotation's sentence and the sentence before it (both sides of the quote),
- the rules' own speaker (an actor name, a resolved pronoun or description, or a phrase such as "the spokesman"),
- the previous quotation's speaker,
- no speaker at all.

Each candidate is described by features that say nothing about particular names: where the mention stands
relative to the quotation (side, sentence, paragraph, token distance), its syntactic neighbourhood (a reporting
verb right after or before it, "according to", a possessive, a preposition before it, whether it opens its
sentence), its actor type, whether the rules picked it and how (verb, clause, continuation, headline), whether it
spoke the previous quotation, and gender agreement with a "he"/"she" the rules found. The weights are a logistic
regression fitted on the four seen gold sets (``benchmarks/train_speaker_ranker.py``; data and card in
``framing/models/speakers/``); inference is a dot product per candidate in pure Python. A name's score is the best
score of its mentions; the top name replaces the rules' choice only when it scores more than the shipped margin
above it (session 22: the margin is chosen leave-one-set-out for a change precision of at least 0.85).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from framing.analysis import Actor
from framing.document import Document
from framing.exceptions import FramingError
from framing.scorers.reporting import communication_forms
from framing.scorers.speaker_gender import gender_of
from framing.scorers.speaker_phrase import plausible_speaker
from framing.scorers.speakers import oblique_mention, opens_sentence

__all__ = ["MODES", "RANKED_MODES", "RuleAttribution", "SpeakerRanker", "flat_features", "load_ranker", "ranked",
           "speaker_candidates"]

#: How the rules attributed a quotation (:attr:`RuleAttribution.mode`).
MODES = ("verb", "clause", "continued", "headline", "tweet", "none")
#: The rule modes whose speaker the ranker may replace (with "no speaker found"): the clause-subject rule is the
#: weakest; a reporting verb's subject, a headline colon, a tweet signature and a continued quotation are kept,
#: which costs one held-out quotation in 684 and skips most of the ranker's work.
RANKED_MODES = frozenset({"clause", "none"})
_WEIGHTS_PACKAGE = "framing.models"
_WEIGHTS_DIR = "speakers"
_WEIGHTS_FILE = "weights.json"
_SENTENCES_BACK = 1
_MAX_MENTIONS = 8
_NEWLINE_RE = re.compile("\n")
#: Farthest a candidate mention (or the previous quotation) may stand from the quotation, in characters.
_MAX_GAP = 1000
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_PRONOUNS = frozenset("he she they it i we".split())


@dataclass(frozen=True, slots=True)
class RuleAttribution:
    """What the rules found for one quotation: the speaker phrase's character span (None when the speaker came
    without one), the resolved speaker and how it was found (one of :data:`MODES`)."""

    phrase: tuple[int, int] | None
    speaker: str | None
    mode: str


#: (name or None, features of this quotation, features of the mention shared by every quotation near it)
Candidate = tuple[str | None, dict[str, float], Mapping[str, float]]
_NO_FEATURES: Mapping[str, float] = {}


def flat_features(cand: Candidate) -> dict[str, float]:
    """All the features of a candidate in one mapping (what the training script fits on)."""
    return {**cand[2], **cand[1]}


def _dist_bin(d: int) -> str:
    return "d0" if d <= 1 else "d1" if d <= 3 else "d2" if d <= 8 else "d3" if d <= 20 else "d4"


def _static_features(doc: Document, ms: int, me: int, ti_s: int, ti_after: int) -> dict[str, float]:
    """The neighbourhood of the mention ``[ms, me)`` (tokens ``ti_s`` to before ``ti_after``) that does not depend
    on the quotation: a reporting verb right after or before it, "according to", a possessive or a preposition
    before it, whether it opens its sentence."""
    toks = doc.norm_tokens
    f: dict[str, float] = {}
    ti_e = max(ti_s, ti_after - 1)
    forms = communication_forms()
    n = len(toks)
    nxt = [toks[t] for t in range(ti_e + 1, min(n, ti_e + 4))]
    if nxt[:1] and nxt[0] in forms:
        f["verb_next"] = 1.0
    elif any(t in forms for t in nxt[1:]):
        f["verb_near_after"] = 1.0
    prv = [toks[t] for t in range(max(0, ti_s - 2), ti_s)]
    if prv[-1:] and prv[-1] in forms:
        f["verb_prev"] = 1.0
    if prv == ["according", "to"]:
        f["according_to"] = 1.0
    if doc.text.startswith(("'s", "’s"), me):
        f["possessive"] = 1.0
    elif oblique_mention(doc, ms, me):
        f["oblique"] = 1.0
    if opens_sentence(doc, ms):
        f["opens_sentence"] = 1.0
    return f


#: Per mention: its sentence, its static features, its first token, the token after it, whether it is quoted.
_Mention = tuple[int, dict[str, float], int, int, bool]
_CLAUSE_BREAKS = frozenset("while whereas but although though ; yet".split())
_SAME_SENTENCE_KEYS = ("verb_next", "verb_near_after", "verb_prev", "according_to", "opens_sentence")


def _mention_features(toks: Sequence[str], ms: int, me: int, m: _Mention, qs: int, qe: int, q_toks: tuple[int, int],
                      si_q: int, si_e: int, par_start: int, phrase: tuple[int, int] | None) -> dict[str, float]:
    """Position of the mention ``[ms, me)`` relative to the quotation ``[qs, qe)`` (its first token and the token
    after it: ``q_toks``), with ``m``'s neighbourhood."""
    si, static, tok_s, tok_e, inq = m
    f: dict[str, float] = {"mention": 1.0}
    if si_q <= si <= si_e:
        rel = "same"
    elif si < si_q:
        rel = f"prev{min(si_q - si, 2)}"
    else:
        rel = "next"
    f[f"sent_{rel}"] = 1.0
    if qs <= ms < qe:
        side = "inside"
    elif me <= qs:
        side = "before"
    else:
        side = "after"
    f[f"side_{side}"] = 1.0
    if side != "inside" and inq:
        f["in_other_quote"] = 1.0
    if side == "before":
        gap = q_toks[0] - tok_e
    elif side == "after":
        gap = tok_s - q_toks[1]
    else:
        gap = 0
    d = _dist_bin(max(gap, 0))
    f[f"{rel}_{side}_{d}"] = 1.0
    f[f"dist_{d}"] = 1.0
    if ms < par_start:
        f["earlier_paragraph"] = 1.0
    if phrase is not None and ms < phrase[1] and phrase[0] < me:
        f["at_rule_phrase"] = 1.0
    if rel == "same" and side != "inside":
        for k in _SAME_SENTENCE_KEYS:
            if k in static:
                f[f"{side}_{k}"] = 1.0
        lo, hi = (tok_e, q_toks[0]) if side == "before" else (q_toks[1], tok_s)
        if any(toks[t] in _CLAUSE_BREAKS for t in range(lo, min(hi, lo + 40))):
            f["clause_break_between"] = 1.0  # 'X spoke about "a" while Y detailed "b"': Y's, not X's
    return f


@lru_cache(maxsize=4096)
def _plausible(name: str) -> bool:
    return plausible_speaker(name)


def _speaker_history(f: dict[str, float], name: str, spoken: Mapping[str, int]) -> None:
    n = spoken.get(name, 0)
    if n:
        f["spoke_before"] = 1.0
        f["log_spoken"] = math.log1p(n) / 2.0


def _name_features(name: str, typ: str, rule: RuleAttribution, prev: str | None, gender: str | None,
                   rule_pronoun: str | None) -> dict[str, float]:
    f: dict[str, float] = {f"type_{typ}": 1.0}
    if name == rule.speaker:
        f["rule_pick"] = 1.0
        f[f"rule_pick_{rule.mode}"] = 1.0
        f[f"rule_pick_type_{typ}"] = 1.0
        if rule_pronoun is not None:
            f["rule_pick_pronoun"] = 1.0
        if typ == "phrase":
            f["rule_pick_phrase_lower" if name[:1].islower() else "rule_pick_phrase_upper"] = 1.0
    elif rule.speaker is not None:
        f[f"rule_other_{rule.mode}"] = 1.0
        f[f"rule_other_type_{typ}"] = 1.0
    else:
        f[f"rule_none_type_{typ}"] = 1.0
    if prev is not None and name == prev:
        f["prev_speaker"] = 1.0
    if rule_pronoun in _PRONOUN_GENDER and typ == "person":
        want = _PRONOUN_GENDER[rule_pronoun]
        f["gender_match" if gender == want else "gender_unknown" if gender is None else "gender_clash"] = 1.0
    return f


def ranked(rule: RuleAttribution) -> bool:
    """Whether the ranker chooses this quotation's speaker: the rules found none, or only the subject of the
    quotation's clause (:data:`RANKED_MODES`); a speaker the rules found by a reporting verb, a headline colon, a
    tweet signature or a continued quotation stands."""
    return rule.speaker is None or rule.mode in RANKED_MODES


def speaker_candidates(doc: Document, regions: Sequence[tuple[int, int]], rules: Sequence[RuleAttribution],
                       actors: Sequence[Actor], only_ranked: bool = False) -> list[list[Candidate]]:
    """For each quotation ``regions[i]`` (with the rules' attribution ``rules[i]``), its speaker candidates as
    ``(name or None, features, shared mention features)``: one entry per actor mention in its sentence or the one
    before (a name may come several times), the rules' speaker and the previous quotation's speaker when no such
    mention names them, and None. With ``only_ranked`` the quotations whose speaker the ranker does not choose
    (:func:`ranked`) get no candidates (an empty list)."""
    mentions = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: (m[0], m[1]))
    keys = [(s, e) for s, e, _ in mentions]
    actor_of = {a.name: a for a in actors}
    genders: dict[str, str | None] = {}
    text = doc.text
    out: list[list[Candidate]] = []
    prev: str | None = None
    prev_par = -1
    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)] if regions else []
    prev_end = 0
    spoken: dict[str, int] = {}  # the rules' speakers of the quotations so far, with their counts
    static: dict[tuple[int, int], _Mention] = {}
    for (qs, qe), rule in zip(regions, rules, strict=True):
        if only_ranked and not ranked(rule):
            out.append([])
            if rule.speaker is not None:  # still the previous speaker of the next quotation
                k = bisect.bisect_left(newlines, qs)
                prev, prev_par, prev_end = rule.speaker, newlines[k - 1] + 1 if k else 0, qe
                spoken[rule.speaker] = spoken.get(rule.speaker, 0) + 1
            continue
        si_q = max(doc.sentence_index(qs), 0)
        si_e = max(doc.sentence_index(max(qe - 2, qs)), si_q)
        lo = max(doc.sentences[max(si_q - _SENTENCES_BACK, 0)][0] if doc.sentences else 0, qs - _MAX_GAP)
        hi = min(doc.sentences[si_e][1] if doc.sentences else len(text), qe + _MAX_GAP)
        k = bisect.bisect_left(newlines, qs)
        par_start = newlines[k - 1] + 1 if k else 0  # (not rfind: linear per quotation in a text without breaks)
        phrase = rule.phrase
        rule_pronoun = None
        if phrase is not None:
            low = text[phrase[0] : phrase[1]].lower()
            rule_pronoun = low if low in _PRONOUNS else None
        same_par_prev = prev if prev_par == par_start else None
        cands: list[Candidate] = []
        a = bisect.bisect_left(keys, (lo, -1))
        b = bisect.bisect_left(keys, (hi, -1))
        near = mentions[a:b]
        if len(near) > _MAX_MENTIONS:
            near = sorted(near, key=lambda m: min(abs(m[1] - qs), abs(m[0] - qe)))[:_MAX_MENTIONS]
            near.sort(key=lambda m: (m[0], m[1]))
        seen: set[str] = set()
        for m in near:
            if m[:2] not in static:
                ti_s = bisect.bisect_left(doc.token_starts, m[0])
                ti_after = bisect.bisect_left(doc.token_starts, m[1])
                static[m[:2]] = (doc.sentence_index(m[0]), _static_features(doc, m[0], m[1], ti_s, ti_after),
                                 ti_s, ti_after, doc.in_quote(m[0], m[1]))
        q_toks = (bisect.bisect_left(doc.token_starts, qs), bisect.bisect_left(doc.token_starts, qe))
        first_in_sentence = next((m[0] for m in near if static[m[:2]][0] == si_q
                                  and not doc.in_quote(m[0], m[1])), None)
        for ms, me, actor in near:
            if not _plausible(actor.name):
                continue
            if actor.name not in genders:
                genders[actor.name] = gender_of(doc, actor) if actor.type == "person" else None
            mf = static[(ms, me)]
            sf = mf[1]
            f = _mention_features(doc.norm_tokens, ms, me, mf, qs, qe, q_toks, si_q, si_e, par_start, phrase)
            f.update(_name_features(actor.name, actor.type, rule, prev, genders[actor.name], rule_pronoun))
            if same_par_prev is not None and actor.name == same_par_prev:
                f["prev_speaker_same_paragraph"] = 1.0
            f["log_mentions"] = math.log1p(len(actor.mentions)) / 3.0
            if ms == first_in_sentence:
                f["first_in_sentence"] = 1.0
            _speaker_history(f, actor.name, spoken)
            cands.append((actor.name, f, sf))
            seen.add(actor.name)
        # the previous speaker without a mention near the quotation only goes on in the next sentence (a paragraph
        # that is only a quotation, '"...," he said. "..."'), not after other sentences of the writer's
        follows = prev is not None and si_q - max(doc.sentence_index(max(prev_end - 1, 0)), 0) <= 1 \
            and qs - prev_end <= _MAX_GAP
        for name in (rule.speaker, prev if follows else None):
            if name is None or name in seen or not _plausible(name):
                continue
            seen.add(name)
            known = actor_of.get(name)
            typ = known.type if known is not None else "phrase"
            if known is not None and name not in genders:
                genders[name] = gender_of(doc, known) if known.type == "person" else None
            f = {"far": 1.0}
            f.update(_name_features(name, typ, rule, prev, genders.get(name), rule_pronoun))
            if same_par_prev is not None and name == same_par_prev:
                f["prev_speaker_same_paragraph"] = 1.0
            _speaker_history(f, name, spoken)
            if known is None:
                f["phrase_lower" if name[:1].islower() else "phrase_upper"] = 1.0
            else:
                f["log_mentions"] = math.log1p(len(known.mentions)) / 3.0
            cands.append((name, f, _NO_FEATURES))
        none = {"none": 1.0, f"none_{rule.mode}": 1.0}
        if rule.speaker is None:
            none["none_rule_none"] = 1.0
        if not cands:
            none["none_alone"] = 1.0
        cands.append((None, none, _NO_FEATURES))
        out.append(cands)
        if rule.speaker is not None:
            prev, prev_par, prev_end = rule.speaker, par_start, qe
            spoken[rule.speaker] = spoken.get(rule.speaker, 0) + 1
    return out


def _score(weights: Mapping[str, float], feats: Mapping[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


@dataclass(frozen=True)
class SpeakerRanker:
    """Linear weights over candidate features (see :func:`speaker_candidates`)."""

    weights: Mapping[str, float]
    #: How far the top candidate must score above the rules' choice (``rule_speaker``, or "no speaker" when the
    #: rules found none) for the ranker to override the rules (issue 15, session 22: 0 changed the speaker about
    #: half right; the shipped margin is chosen leave-one-set-out by ``benchmarks/train_speaker_ranker.py``).
    margin: float = 0.0

    def choose(self, cands: Sequence[Candidate], rule_speaker: str | None) -> str | None:
        """The candidate name with the highest score (a name scores its best mention) when it scores more than
        :attr:`margin` above the rules' choice; otherwise (and on ties) ``rule_speaker``."""
        best: dict[str | None, float] = {}
        shared: dict[int, float] = {}
        for name, feats, common in cands:
            key = id(common)
            if key not in shared:
                shared[key] = _score(self.weights, common)
            s = shared[key] + _score(self.weights, feats)
            if name not in best or s > best[name]:
                best[name] = s
        if not best:
            return rule_speaker
        top = max(best.values())
        ref = best.get(rule_speaker, best.get(None, -math.inf))
        if ref >= top or top - ref <= self.margin:
            return rule_speaker
        return next(n for n, s in best.items() if s == top)

    def rank(self, doc: Document, regions: Sequence[tuple[int, int]], rules: Sequence[RuleAttribution],
             actors: Sequence[Actor]) -> list[str | None]:
        """The chosen speaker of each quotation (the rules' where the ranker does not choose: :func:`ranked`)."""
        cands = speaker_candidates(doc, regions, rules, actors, only_ranked=True)
        return [self.choose(c, r.speaker) if ranked(r) else r.speaker for c, r in zip(cands, rules, strict=True)]


@lru_cache(maxsize=1)
def load_ranker() -> SpeakerRanker:
    """The shipped ranker (``framing/models/speakers/weights.json``)."""
    res = resources.files(_WEIGHTS_PACKAGE).joinpath(_WEIGHTS_DIR).joinpath(_WEIGHTS_FILE)
    try:
        data = json.loads(res.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        margin = float(data.get("margin", 0.0))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FramingError(f"speaker ranker weights {_WEIGHTS_DIR}/{_WEIGHTS_FILE}: expected a JSON object with "
                           f"a 'weights' mapping of feature -> number; could not read it ({exc})") from exc
    return SpeakerRanker(weights, margin)
