"""Corpus statistics of a report: :class:`CorpusAccumulator` streams analyses into per-group numbers, words,
terms, labels and evidence, with flat memory."""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from framing.analysis import Analysis, Span
from framing.io import SKIPPED, is_missing
from framing.language import ENGLISH
from framing.reporting.article import (
    _TITLE_KINDS,
    MAX_TABLE_ROWS,
    _fmt,
    _merge_surnames,
    _span_source,
    _span_tip,
    _title,
    count_text,
    is_hidden_candidate,
    num1,
    score,
)
from framing.reporting.measures import OWN_PREFIX, READABILITY_SHOWN, category_name, measure_label, shown_measures
from framing.reporting.style import Palette
from framing.scorers.loaded_labels import is_loaded_label, loaded_label_extents
from framing.tokenize import TOKEN_RE, normalize_for_matching

__all__ = ["MAX_DOC_ROWS", "NO_VALUE", "OWN_PREFIX", "STOPWORDS", "Z_THRESHOLD", "CorpusAccumulator"]

#: The group name shown for documents with no value in the ``group_by`` column (missing, empty or NaN). They are
#: counted and listed, never compared as a group: missing metadata is not an outlet.
NO_VALUE = "(no value)"

#: Most rows of the documents table (one compact row per document; the document-scores CSV holds every one).
MAX_DOC_ROWS = 500

#: The z-score a distinguishing term must reach to be listed as passing (two-sided 5% for one term; with many
#: terms tested about 5% of them pass by chance alone, which the report says).
Z_THRESHOLD = 1.96
#: Most distinct word tokens of loaded terms kept (to leave out of the distinguishing words; a bound on memory).
_MAX_TERM_TOKENS = 50_000
#: Example contexts kept per group for the term plot's hover text (the first seen for each term).
_MAX_EXAMPLES = 400

#: English function words left out of the distinguishing-words tables (a short list: the log-odds prior
#: already discounts frequent words; this only keeps the tables readable).
STOPWORDS: frozenset[str] = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves 's s said says say told mr ms mrs
one two new also like get got many much may might must us it's don't can't won't i'm he's she's that's
""".split())



_DATE_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _period(value: Any) -> tuple[int, int, int] | None:
    """``(year, month, day)`` from an ISO-like date string (0 for a missing month or day), else ``None``."""
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 0
    day = int(m.group(3)) if m.group(3) and month else 0
    if not 1800 <= year <= 2200 or not 0 <= month <= 12 or not 0 <= day <= 31:
        return None
    return year, month, day


_SENTIMENT_KEYS = ("compound", "score", "polarity")


def _stable_key(*parts: str) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(parts).encode("utf-8", "replace"), digest_size=6).digest(),
                          "big")


#: A dateline's agency credit at a paragraph's start: "SANTA LUCÍA (CW) —", "WASHINGTON (AP) -".
_DATELINE_CREDIT_RE = re.compile(
    r"(?m)^[ \t]*[^\W\d_a-z][^\W\da-z]*(?:[ \t,.'’-]+[^\W\da-z]+){0,5}\.?(?:,[ \t]+[^\n(,]{1,30}?)?[ \t]*"
    r"\(([A-Za-z]{1,12})\)[ \t]*(?:—|–|--?)")


class CorpusAccumulator:
    """Streams analyses into per-group statistics, keeping memory flat for large corpora.

    Per document it keeps a few numbers (scores, group, date); per group it keeps word counts, evidence-term
    counts, actor labels and the strongest evidence (a bounded heap per group, with short context snippets).
    Full analyses are kept only for the per-article sections: all documents of a small corpus (up to
    ``max_articles``), else the two most loaded documents of each group (bounded heaps).
    """

    def __init__(self, *, group_by: str | None, date_column: str | None = "date", max_groups: int = 12,
                 evidence_per_group: int = 8, max_articles: int = 12, palette: Palette | None = None) -> None:
        self.group_by = group_by
        self.date_column = date_column
        self.max_groups = max_groups
        self.evidence_per_group = evidence_per_group
        self.max_articles = max_articles
        self.palette = palette or Palette()
        self.n_docs = 0
        self.n_failed = 0
        #: (id, reason) of the first documents that failed
        self.failed: list[tuple[str, str]] = []
        self.n_words = 0
        self.covered_words = 0.0
        self.rows: list[tuple[str, tuple[int, int, int] | None, dict[str, float]]] = []
        self.loaded_categories: set[str] = set()
        self.own_categories: set[str] = set()  # categories with a loaded span in a group's own voice
        self.words: dict[str, Counter[str]] = defaultdict(Counter)
        self.terms: dict[str, Counter[str]] = defaultdict(Counter)
        #: the word tokens of every loaded term counted in ``terms`` (its lexicon form and its text): the
        #: distinguishing-words table leaves them out, so a term never gets a second z-score as words
        self.term_tokens: set[str] = set()
        self.labels: dict[str, dict[str, Counter[tuple[str, str]]]] = defaultdict(lambda: defaultdict(Counter))
        #: the spellings of each label (lower-cased form -> original forms seen, counted)
        self.label_forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.people: set[str] = set()  # names of person actors (to merge "Trump" into "Donald Trump")
        self.evidence: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
        self.articles: list[Analysis] = []
        self.top_docs: dict[str, list[tuple[float, int, Analysis]]] = defaultdict(list)
        self.group_docs: Counter[str] = Counter()
        self.group_words: Counter[str] = Counter()
        self.lexicons_seen: set[str] = set()
        self.models_seen: set[str] = set()
        self.has_sentences = False
        self.date_values = 0
        self.n_text_docs = 0  # documents that came with their text (saved analyses may not have it)
        self.n_skipped = 0  # of n_failed: input records that could not be read ("skipped: ...")
        self.skip_reasons: Counter[str] = Counter()
        self.other_languages: Counter[str] = Counter()  # documents not in English: kept out of the statistics
        self.n_hidden_candidates = 0  # weight-0 model candidates: neither highlighted nor counted
        #: per analysed document: (group, words, own-voice loaded spans per category, own-voice loaded spans);
        #: a loaded span has weight above 0 and is not negated, in the own voice it is outside quotations
        self.doc_counts: list[tuple[str, int, Counter[str], int]] = []
        self.term_examples: dict[str, dict[str, str]] = defaultdict(dict)
        #: analysed documents without a value in the group_by column, and their words: counted in the corpus
        #: totals and shown among the documents, but not compared as a group
        self.n_no_value = 0
        self.no_value_words = 0
        #: one compact row per document for the documents table (the first MAX_DOC_ROWS)
        self.doc_rows: list[dict[str, Any]] = []

    def group_of(self, a: Analysis) -> str:
        """The document's group: its ``group_by`` value, "all" without grouping, :data:`NO_VALUE` when the value
        is missing, empty or NaN (such documents are counted and shown, but compared with no group)."""
        if not self.group_by:
            return "all"
        v = a.meta.get(self.group_by)
        if is_missing(v) or not str(v).strip():
            return NO_VALUE
        return str(v).strip()[:80]

    def _note_source(self, s: Span) -> None:
        """Record where a span came from (lexicon or model) and count the hidden model candidates."""
        if s.probability is not None:
            self.models_seen.add(s.lexicon)
        else:
            self.lexicons_seen.add(s.lexicon)
        if is_hidden_candidate(s):
            self.n_hidden_candidates += 1

    def _doc_row(self, a: Analysis) -> dict[str, Any]:
        """The documents table's compact row of one document: its numbers, no text."""
        index = score(a.scores, "loaded_index")
        n_loaded = score(a.scores, "loaded_count", float(len(a.loaded_spans)))
        terms: Counter[str] = Counter((s.term or s.text).lower() for s in a.spans
                                      if s.weight > 0 and not s.negated and not s.in_quote)
        sent = next((a.sentiment[k] for k in _SENTIMENT_KEYS if isinstance(a.sentiment.get(k), (int, float))
                     and not isinstance(a.sentiment.get(k), bool) and math.isfinite(a.sentiment[k])), None)
        ok = a.error is None and a.language == ENGLISH
        return {"id": a.id, "title": _title(a), "group": self.group_of(a), "n_words": a.n_words,
                "error": a.error, "english": a.language == ENGLISH, "language": a.language,
                "index": index if ok and index is not None and math.isfinite(index) else -math.inf,
                "loaded_index": num1(index) if ok else "—",
                "n_loaded": count_text(n_loaded) if ok else "—",
                "top_terms": ", ".join(t for t, _k in terms.most_common(4)),
                "sentiment": f"{sent:+.2f}" if ok and sent is not None else "—",
                "section_id": None, "order": self.n_docs}

    def add(self, a: Analysis) -> None:
        self.n_docs += 1
        self.n_text_docs += bool(a.text)
        if len(self.articles) < self.max_articles + 1:
            self.articles.append(a)
        if len(self.doc_rows) < MAX_DOC_ROWS:
            self.doc_rows.append(self._doc_row(a))
        if a.error is not None:
            self.n_failed += 1
            if a.error.startswith(SKIPPED):
                self.n_skipped += 1
                self.skip_reasons[a.error[len(SKIPPED):][:120]] += 1
            if len(self.failed) < MAX_TABLE_ROWS:
                self.failed.append((a.id, a.error if len(a.error) <= 300 else a.error[:299] + "…"))
            return
        if a.language != ENGLISH:  # every score is null: counted and named in the alerts, not averaged
            self.other_languages[a.language] += 1
            return
        g = self.group_of(a)
        compared = g != NO_VALUE  # without a group value: counted and shown, compared with no group
        top = self.top_docs[g]
        entry = (score(a.scores, "loaded_index", 0.0) or 0.0, -self.n_docs, a)
        if a.text and any(e[2].text == a.text for e in top):
            pass  # the same text twice (syndicated copies): show it once
        else:
            # enough of each group's most loaded documents to fill max_articles sections (at least two each):
            # memory stays bounded as groups appear
            keep = max(2, -(-self.max_articles // max(1, len(self.top_docs))))
            while len(top) > keep:
                heapq.heappop(top)
            if len(top) < keep:
                heapq.heappush(top, entry)  # type: ignore[misc]
            elif entry[:2] > top[0][:2]:
                heapq.heapreplace(top, entry)  # type: ignore[misc]
        self.n_words += a.n_words
        self.covered_words += (score(a.scores, "coverage", 0.0) or 0.0) * a.n_words
        if not compared:  # in the corpus totals and the documents shown; in no group statistic
            self.n_no_value += 1
            self.no_value_words += a.n_words
            for s in a.spans:
                self._note_source(s)
            return
        self.group_docs[g] += 1
        self.group_words[g] += a.n_words
        period = _period(a.meta.get(self.date_column)) if self.date_column else None
        if period:
            self.date_values += 1
        # frame cues per 1,000 words are left out: the frames section shows the frame scores themselves; a
        # missing score (None or NaN) is kept as NaN, which the statistics leave out (it is not a zero)
        vals: dict[str, float] = {k: math.nan if (x := score(a.scores, k)) is None else x for k in a.scores
                                  if (k.endswith("_per_1k") and not k.startswith("frame_"))
                                  or k.startswith("loaded_index")}
        for src, prefix in ((shown_measures(a.sentiment, _SENTIMENT_KEYS), "sentiment: "),
                            (shown_measures(a.readability, READABILITY_SHOWN), "readability: "), (a.frames, "frame: ")):
            for k, v in src.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                    vals[prefix + str(k)] = float(v)
        if a.sentences:
            self.has_sentences = True
            vals["mean sentence bias probability"] = sum(s.bias_probability for s in a.sentences) / len(a.sentences)
        counts = Counter(TOKEN_RE.findall(normalize_for_matching(a.text)))  # C-speed counting, then filter
        for m in _DATELINE_CREDIT_RE.finditer(a.text):  # "SANTA LUCÍA (CW) —": the wire's credit, not its wording
            credit = normalize_for_matching(m.group(1))
            counts[credit] -= 1
        for w in [w for w in counts if w in STOPWORDS or len(w) < 2 or w.isdigit() or counts[w] <= 0]:
            del counts[w]
        self.words[g].update(counts)
        heap = self.evidence[g]
        by_cat: Counter[str] = Counter()
        own = 0
        examples = self.term_examples[g]
        title = _title(a)
        for s in a.spans:
            self._note_source(s)
            if s.weight <= 0 or s.negated:
                continue
            self.loaded_categories.add(s.category)
            if not s.in_quote:  # the outlet's own voice: what the loaded-language index and the findings count
                own += 1
                by_cat[s.category] += 1
                self.own_categories.add(s.category)
            term = (s.term or s.text).lower()
            self.terms[g][term] += 1
            if len(self.term_tokens) < _MAX_TERM_TOKENS:
                self.term_tokens.update(TOKEN_RE.findall(normalize_for_matching(term + " " + s.text)))
            if term not in examples and len(examples) < _MAX_EXAMPLES and a.text:
                examples[term] = (_snippet(a.text, max(0, s.start - 60), s.start, left=True) + s.text
                                  + _snippet(a.text, s.end, min(len(a.text), s.end + 60), left=False))
            if s.in_quote:
                continue  # a source's word, not the outlet's: the strongest evidence shows the own voice
            key = (s.weight * (s.probability if s.probability is not None else 1.0), -_stable_key(a.id, str(s.start)))
            if len(heap) < self.evidence_per_group * 8 or key > (heap[0][0], heap[0][1]):
                item = {
                    "doc": a.id, "title": title, "text": s.text, "category": s.category,
                    "label": category_name(s.category),
                    "cls": self.palette.css_class(s.category), "weight": _fmt(s.weight),
                    "source": _span_source(s), "alternatives": ", ".join(s.alternatives), "term": term,
                    "before": _snippet(a.text, max(0, s.start - 90), s.start, left=True),
                    "after": _snippet(a.text, s.end, min(len(a.text), s.end + 90), left=False),
                    "tip": _span_tip(s),
                }
                ev_entry = (key[0], key[1], item)
                if len(heap) < self.evidence_per_group * 8:
                    heapq.heappush(heap, ev_entry)  # type: ignore[misc]
                else:
                    heapq.heapreplace(heap, ev_entry)  # type: ignore[misc]
        self.doc_counts.append((g, a.n_words, by_cat, own))
        # per category: loaded terms (weight above 0, not negated) in the own voice per 1,000 words -- the
        # count of the key findings, not the scorer's rate of every occurrence (quoted and unweighted ones too)
        per_k = 1000.0 / a.n_words if a.n_words else 0.0
        for c, n_c in by_cat.items():
            vals[OWN_PREFIX + c] = n_c * per_k
        self.rows.append((g, period, vals))
        extents = loaded_label_extents(a.spans) if a.actors else ()
        for act in a.actors:
            if act.type == "person" and act.labels:
                self.people.add(act.name)
            for lab in act.labels:
                cls = "loaded" if is_loaded_label(lab, extents) else lab.kind
                self.labels[act.name][g][(cls, lab.text.lower())] += 1  # grouped on the lower-cased form
                self.label_forms[lab.text.lower()][lab.text] += 1  # shown in its most frequent spelling

    # -- the finished data ----------------------------------------------------------------------------------

    def shown_articles(self) -> tuple[list[Analysis], str]:
        """The documents shown one by one, and a sentence saying how they were chosen."""
        if self.n_docs <= self.max_articles:  # in the documents table's order: by group, the most loaded first
            position = {r["order"]: j for j, r in enumerate(self.table_rows())}
            docs = list(enumerate(self.articles[: self.max_articles], start=1))
            return [a for n, a in sorted(docs, key=lambda e: position.get(e[0], len(position)))], "every document"
        picked: list[tuple[int, int, Analysis]] = []
        listed = [*self.groups(), *([NO_VALUE] if self.n_no_value else [])]  # the documents without a value last
        per_group = [sorted(self.top_docs[g], key=lambda e: (-e[0], -e[1])) for g in listed]
        depth = max((len(t) for t in per_group), default=0)
        for rank in range(depth):  # round by round: each group's most loaded, then its second... up to the cap
            for j, tops in enumerate(per_group):
                if rank < len(tops) and len(picked) < self.max_articles:
                    picked.append((j, rank, tops[rank][2]))
        picked.sort(key=lambda e: e[:2])  # as the documents table: by group, the most loaded first
        return [a for _j, _r, a in picked], "the most loaded documents of each group (highest loaded-language index)"

    def shown_order(self, shown: list[Analysis]) -> list[tuple[int, Analysis]]:
        """``(n, a)`` for the shown documents: ``a`` was the ``n``-th document added (its table row's "order")."""
        known = {id(a): i for i, a in enumerate(self.articles, start=1)}
        for heap in self.top_docs.values():
            known.update({id(e[2]): -e[1] for e in heap})
        return [(known[id(a)], a) for a in shown if id(a) in known]

    def table_rows(self) -> list[dict[str, Any]]:
        """The documents table: one compact row per document (the first :data:`MAX_DOC_ROWS`), grouped as the
        report orders the groups (the groups beyond ``max_groups``, then the documents without a value, last)
        and by loaded-language index within a group, highest first."""
        order = {g: j for j, g in enumerate(self.groups())}
        return sorted(self.doc_rows, key=lambda r: (
            order.get(r["group"], len(order) + (r["group"] == NO_VALUE)),
            r["group"] if r["group"] not in order else "", -r["index"], r["order"]))

    def groups(self) -> list[str]:
        """Groups by document count (then name); beyond ``max_groups`` the rest is merged as "other"."""
        ordered = sorted(self.group_docs, key=lambda g: (-self.group_docs[g], g))
        if self.group_by in ("leaning", "bias", "bias_text"):
            order = {"left": 0, "lean left": 1, "center": 2, "centre": 2, "lean right": 3, "right": 4}
            ordered.sort(key=lambda g: (order.get(g.lower(), 9), -self.group_docs[g], g))
        return ordered[: self.max_groups]

    def merged_doc_counts(self) -> list[tuple[str, int, Counter[str], int]]:
        """Per analysed document ``(group, words, loaded spans per category, own-voice loaded spans)``, with
        the groups beyond ``max_groups`` named "other groups" as in :meth:`data`."""
        keep = set(self.groups())
        return [(self._merged(g, keep), w, c, o) for g, w, c, o in self.doc_counts]

    def _label_form(self, lowered: str) -> str:
        """The most frequent spelling of a label (the first seen on a tie), for its lower-cased form."""
        forms = self.label_forms.get(lowered)
        return forms.most_common(1)[0][0] if forms else lowered

    def _merged(self, g: str, keep: set[str]) -> str:
        return g if g in keep else "other groups"

    def data(self, *, n_boot: int = 1000, seed: int = 0, prior_strength: float = 1000.0,
             n_terms: int = 12) -> dict[str, Any]:
        from framing.stats import bootstrap_ci, log_odds_dirichlet

        shown = self.groups()
        keep = set(shown)
        labels = list(shown)
        if len(self.group_docs) > len(shown):
            labels.append("other groups")
        per_group: dict[str, list[dict[str, float]]] = {g: [] for g in labels}
        for g, _p, vals in self.rows:
            per_group[self._merged(g, keep)].append(vals)
        metric_names: list[str] = []
        seen: set[str] = set()
        for _g, _p, vals in self.rows:
            for k in vals:
                if k not in seen:
                    seen.add(k)
                    metric_names.append(k)
        # keep per-1k rates only for categories that occur somewhere
        def _used(k: str) -> bool:
            return not _zero_default(k) or any(v.get(k, 0.0) > 0 for _g, _p, v in self.rows)
        metric_names = [k for k in metric_names if _used(k)]
        metric_names.sort(key=lambda k: (0 if k == "loaded_index" else 1 if k == "loaded_index_quoted"
                                         else 2 if k.startswith(OWN_PREFIX) else 3 if k.endswith("_per_1k")
                                         else 4, k))
        metrics = []
        for k in metric_names:
            rows = []
            for g in labels:
                xs = [v.get(k, 0.0) if _zero_default(k) else v[k] for v in per_group[g] if k in v or _zero_default(k)]
                xs = [x for x in xs if math.isfinite(x)]  # a missing score counts in no mean
                mean, lo, hi = bootstrap_ci(xs, n_boot=n_boot, seed=seed)
                rows.append({"group": g, "n": len(xs), "mean": mean, "lo": lo, "hi": hi})
            loaded = not k.endswith("_per_1k") or k[: -len("_per_1k")] in self.loaded_categories
            if k.startswith(OWN_PREFIX):
                loaded = True
            label = measure_label(k)
            if k not in ("loaded_index", "loaded_index_quoted") and all(
                    not r["n"] or r["mean"] == 0 for r in rows):
                continue  # a measure that is zero everywhere says nothing
            section = ("Loaded language" if k.startswith("loaded_index") else
                       "Loaded terms in the group's own voice per 1,000 words, by category (weight above 0, "
                       "quotations left out: as the key findings count)" if k.startswith(OWN_PREFIX) else
                       "Every occurrence per 1,000 words, by category (quotations and unweighted terms "
                       "included)" if k.endswith("_per_1k") else
                       "Policy frames" if k.startswith("frame: ") else "Sentiment, readability and other measures")
            metrics.append({"name": k, "label": label, "rows": rows, "loaded": loaded, "section": section})
        words = {g: Counter() for g in labels}  # type: dict[str, Counter[str]]
        terms = {g: Counter() for g in labels}  # type: dict[str, Counter[str]]
        for g, c in self.words.items():
            words[self._merged(g, keep)].update(c)
        # the words of loaded terms are in the loaded-terms table already (as whole terms, with their own prior):
        # counted again as words they would get a second, different z-score ('land grab' vs 'land', 'grab')
        for c in words.values():
            for w in [w for w in c if w in self.term_tokens]:
                del c[w]
        for g, c in self.terms.items():
            terms[self._merged(g, keep)].update(c)
        distinguishing = []
        n_words_g = {g: sum(self.group_words[x] for x in self.group_words if self._merged(x, keep) == g)
                     for g in labels}
        if len(labels) >= 2:
            lo_words = log_odds_dirichlet(words, prior_strength=prior_strength, min_count=3)
            term_prior = min(prior_strength, 100.0)
            lo_terms = log_odds_dirichlet(terms, prior_strength=term_prior, min_count=1)
            all_words: Counter[str] = Counter()
            all_terms: Counter[str] = Counter()
            for c in words.values():
                all_words.update(c)
            for c in terms.values():
                all_terms.update(c)
            examples: dict[str, dict[str, str]] = {g: {} for g in labels}
            for g, ex in self.term_examples.items():
                for t, snippet in ex.items():
                    examples[self._merged(g, keep)].setdefault(t, snippet)
            for g in labels:
                top_w = sorted(lo_words[g].items(), key=lambda kv: -kv[1][0])[:n_terms]
                top_t = sorted(lo_terms[g].items(), key=lambda kv: -kv[1][0])[:n_terms]
                rest_words = sum(n_words_g.values()) - n_words_g[g]
                distinguishing.append({
                    "group": g,
                    "threshold": Z_THRESHOLD,
                    "prior_words": prior_strength, "prior_terms": term_prior,
                    "words": [{"term": t, "z": z, "count": c, "passes": z >= Z_THRESHOLD}
                              for t, (z, _d, c) in top_w if z > 0],
                    "terms": [{"term": t, "z": z, "count": c, "passes": z >= Z_THRESHOLD}
                              for t, (z, _d, c) in top_t if z > 0],
                    "n_tested_words": len(lo_words[g]), "n_tested_terms": len(lo_terms[g]),
                    "n_pass_words": sum(1 for z, _d, _c in lo_words[g].values() if z >= Z_THRESHOLD),
                    "n_pass_terms": sum(1 for z, _d, _c in lo_terms[g].values() if z >= Z_THRESHOLD),
                    # for the term plot: every loaded term and the most frequent words, group vs the rest
                    "plot": {
                        "n_words": n_words_g[g], "rest_words": rest_words,
                        "terms": _plot_rows(terms[g], all_terms, lo_terms[g], examples[g], limit=120),
                        "words": _plot_rows(words[g], all_words, lo_words[g], {}, limit=80),
                    },
                })
        asym: list[dict[str, Any]] = []
        for actor, by_g in _merge_surnames(self.labels, self.people).items():
            total = sum(sum(c.values()) for c in by_g.values())
            cells = []
            for g in labels:
                lab_counts: Counter[tuple[str, str]] = Counter()
                for gg, cc in by_g.items():
                    if self._merged(gg, keep) == g:
                        lab_counts.update(cc)
                titles: Counter[str] = Counter()
                loaded_l: Counter[str] = Counter()
                for (kind, t), n_l in lab_counts.items():
                    if kind in _TITLE_KINDS:
                        titles[self._label_form(t)] += n_l
                    elif kind == "loaded":
                        loaded_l[self._label_form(t)] += n_l
                cells.append({
                    "group": g,
                    "titles": ", ".join(f"{t} ×{k}" for t, k in titles.most_common(4)),
                    "loaded": ", ".join(f"{t} ×{k}" for t, k in loaded_l.most_common(4)),
                    "n_titles": sum(titles.values()), "n_loaded": sum(loaded_l.values()),
                })
            if any(c["titles"] or c["loaded"] for c in cells):
                asym.append({"actor": actor, "total": total, "cells": cells})
        asym.sort(key=lambda r: (-r["total"], r["actor"]))
        return {
            "group_by": self.group_by,
            "n_docs": self.n_docs,
            "n_failed": self.n_failed,
            "n_words": self.n_words,
            "coverage": self.covered_words / self.n_words if self.n_words else 0.0,
            "groups": [{"name": g, "n_docs": sum(1 for _ in per_group[g]), "n_words": n_words_g[g]} for g in labels],
            "n_groups_total": len(self.group_docs),
            "n_no_value": self.n_no_value,
            "no_value_words": self.no_value_words,
            "metrics": metrics,
            "distinguishing": distinguishing,
            "label_asymmetry": asym[:25],
            "trend": self._trend(labels, keep, n_boot=n_boot, seed=seed),
            "evidence": self._evidence(labels, keep),
        }

    def _trend(self, labels: list[str], keep: set[str], *, n_boot: int = 1000, seed: int = 0
               ) -> dict[str, Any] | None:
        from framing.stats import bootstrap_ci

        dated = [(self._merged(g, keep), p, v.get("loaded_index", 0.0)) for g, p, v in self.rows
                 if p and math.isfinite(v.get("loaded_index", 0.0))]
        if len(dated) < 2:
            return None
        years = {p[0] for _g, p, _v in dated}
        months = {p[:2] for _g, p, _v in dated}
        if len(months) == 1 and all(p[2] for _g, p, _v in dated):
            granularity = "day"
        elif len(years) < 3 and all(p[1] for _g, p, _v in dated):
            granularity = "month"
        else:
            granularity = "year"
        buckets: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for g, p, v in dated:
            key = (f"{p[0]:04d}-{p[1]:02d}-{p[2]:02d}" if granularity == "day"
                   else f"{p[0]:04d}-{p[1]:02d}" if granularity == "month" else f"{p[0]:04d}")
            buckets[g][key].append(v)
        periods = sorted({k for b in buckets.values() for k in b})
        if len(periods) < 2:
            return None
        series = []
        for g in labels:
            pts = []
            for k, xs in sorted(buckets[g].items()):
                mean, lo, hi = bootstrap_ci(xs, n_boot=min(n_boot, 500), seed=seed)
                pts.append({"period": k, "mean": mean, "lo": lo, "hi": hi, "n": len(xs)})
            if pts:
                series.append({"group": g, "points": pts})
        return {"granularity": granularity, "periods": periods, "series": series,
                "n_dated": len(dated), "column": self.date_column}

    def _evidence(self, labels: list[str], keep: set[str]) -> list[dict[str, Any]]:
        merged: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
        for g, heap in self.evidence.items():
            merged[self._merged(g, keep)].extend(heap)
        out = []
        for g in labels:
            items = sorted(merged[g], key=lambda e: (-e[0], -e[1]))
            chosen: list[dict[str, Any]] = []
            used_terms: set[str] = set()
            used_docs: Counter[str] = Counter()
            for _k, _h, item in items:  # one item per term, at most two per document: a varied sample
                if item["term"] in used_terms or used_docs[item["doc"]] >= 2:
                    continue
                used_terms.add(item["term"])
                used_docs[item["doc"]] += 1
                chosen.append(item)
                if len(chosen) >= self.evidence_per_group:
                    break
            out.append({"group": g, "spans": chosen})
        return out


def _zero_default(key: str) -> bool:
    """A measure a document without the key has as 0 (a rate of spans, the index), not as missing."""
    return key.endswith("_per_1k") or key.startswith(("loaded_index", OWN_PREFIX))


def _plot_rows(mine: Counter[str], total: Counter[str], z: Mapping[str, tuple[float, float, int]],
               examples: Mapping[str, str], *, limit: int) -> list[dict[str, Any]]:
    """Terms for the term plot of one group (its counts ``mine``) against the rest (``total`` over every group
    minus ``mine``): its ``limit`` most frequent terms and the rest's ``limit // 3`` most frequent ones it never
    uses, each with both counts, z and an example."""
    ranked = sorted(mine.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    absent = sorted(((t, k) for t, k in total.items() if t not in mine), key=lambda kv: (-kv[1], kv[0]))
    rows = [{"term": t, "count": k, "rest": total[t] - k, "z": z[t][0] if t in z else 0.0,
             "example": examples.get(t, "")} for t, k in ranked]
    rows += [{"term": t, "count": 0, "rest": k, "z": 0.0, "example": ""} for t, k in absent[: limit // 3]]
    return rows


_WS_RUN_RE = re.compile(r"\s+")


def _snippet(text: str, lo: int, hi: int, *, left: bool) -> str:
    """The context ``text[lo:hi]`` left (``left``) or right of a term, cut at a word boundary: a word the cut
    would split is dropped, and an ellipsis marks the cut. White space is collapsed to one space but kept next to
    the term, so the term stays apart from its context."""
    if left and lo > 0 and not text[lo - 1].isspace() and not text[lo].isspace():
        m = re.search(r"\s", text[lo:hi])  # the cut is inside a word: start after it
        lo = lo + m.start() if m else hi
    if not left and hi < len(text) and not text[hi].isspace() and not text[hi - 1].isspace():
        cut = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi), text.rfind("\t", lo, hi))
        hi = cut + 1 if cut >= 0 else lo
    s = _WS_RUN_RE.sub(" ", text[lo:hi])
    s = s.lstrip() if left else s.rstrip()
    if left and lo > 0:
        s = "…" + s
    if not left and hi < len(text):
        s = s + "…"
    return s
