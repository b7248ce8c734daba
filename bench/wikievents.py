#!/usr/bin/env python3
"""kg's events on WikiEvents: trigger recall and precision, argument attachment for named participants.

Not a test: it prints figures. WikiEvents (Li, Ji & Han 2021, NAACL, KAIROS ontology) is
news about attacks, bombings, killings and arrests with every event trigger and its
arguments annotated; ``bench/data/wikievents/README.md`` says where the copy comes from.

    python bench/wikievents.py --split dev     # for development
    python bench/wikievents.py --split test    # the held-back figure
    python bench/wikievents.py --split test --json out.json --details
    python /path/to/bench/wikievents.py --root . --split dev   # measure the kg checkout in .

Steps: read the split (tokens, sentences, entity and event mentions, coreference clusters)
→ rebuild each document's text with exact character offsets → run kg's extraction (the
real model, through ``kg.extract.extract``) → score:

* trigger recall: gold triggers of KAIROS types kg covers (``kairos-to-kg.tsv``) that
  overlap the trigger of a kg event of a compatible class (the mapped classes and their
  subclasses, read from ``ontology/events.ttl`` at run time);
* trigger precision: kg events whose trigger overlaps a gold trigger of any type, over all
  kg events; and over the kg events of covered classes only, matched with a compatible type;
* argument attachment for named participants: of the gold arguments of matched triggers
  whose mention is a name (PER/ORG/GPE/LOC/FAC, capitalised words; WikiEvents' own
  ``mention_type`` is UNK throughout), the share kg attached to a matching event under any
  role, i.e. some mention of the kg argument's entity overlaps the gold argument's mention
  or a mention coreferent with it. Also with a compatible role (``kairos-roles.tsv``), by
  role, and end to end (over all named arguments of covered gold events);
* trigger precision read: kg events on a gold trigger, or on no gold trigger but read by a
  person as a real event of kg's class (``adjudicated-<split>.tsv``: one row per such kg event,
  verdict ``real``, ``other-class``, ``not-event`` or ``twice``); kg events no one has read
  count as wrong. ``--write-unread FILE`` writes the unread ones as rows to fill in.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "wikievents"

if TYPE_CHECKING:
    from kg.extract.model import Extraction

#: Entity types whose names are "named participants" (weapons, vehicles, values... are not).
NAMED_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "FAC"})
#: Sentence-final characters: the next sentence follows after a space, else after a blank
#: line (WikiEvents documents begin with a headline that has no full stop).
_FINAL = tuple(".!?\"'”’)")


# ---------------------------------------------------------------- gold data


@dataclass(frozen=True)
class Mention:
    id: str
    start: int  # character offsets into GoldDoc.text
    end: int
    text: str
    type: str  # PER, ORG, GPE, ...
    named: bool


@dataclass(frozen=True)
class Argument:
    entity: str  # Mention.id of the argument's mention
    role: str


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str
    start: int
    end: int
    text: str
    arguments: tuple[Argument, ...]


@dataclass
class GoldDoc:
    id: str
    text: str
    mentions: dict[str, Mention]
    events: list[GoldEvent]
    clusters: dict[str, frozenset[str]] = field(default_factory=dict)  # mention id -> its cluster

    def corefs(self, mention_id: str) -> list[Mention]:
        """The mention and every mention coreferent with it."""
        ids = self.clusters.get(mention_id, frozenset({mention_id}))
        return [self.mentions[i] for i in sorted(ids) if i in self.mentions]


def _text_and_offsets(sentences: list) -> tuple[str, list[tuple[int, int]]]:
    """The document's text and every token's offsets in it.

    Sentences are joined by a space, or by a blank line after one that does not end as a
    sentence does (a headline, a section title), as a news article sets them. WikiEvents'
    own ``text`` field runs the sentences together; its token offsets are taken relative to
    their sentence and checked against the sentence's text.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for k, (tokens, sent_text) in enumerate(sentences):
        if k:
            sep = " " if parts[-1].rstrip().endswith(_FINAL) else "\n\n"
            parts.append(sep)
            pos += len(sep)
        base = tokens[0][1] if tokens else pos
        for tok, s, e in tokens:
            start, end = pos + s - base, pos + e - base
            if sent_text[s - base:e - base] != tok:
                raise ValueError(f"token {tok!r} not at its offsets in {sent_text[:60]!r}")
            offsets.append((start, end))
        parts.append(sent_text)
        pos += len(sent_text)
    return "".join(parts), offsets


def _name_words(text: str) -> set[str]:
    """Lower-case forms that occur in lower case in the text (so are not only names)."""
    return {w for w in re.findall(r"[^\W\d_]+", text) if w.islower()}


#: Tokens after which a capital may be the start of a sentence.
_STOPS = frozenset({".", "!", "?", "“", "\"", ":"})
#: Pronouns and determiners: capitalised ("I", "We" after a quotation mark, "His") but never names.
PRONOUNS = frozenset("""i we you he she it they me us him her them my our your his its their one
    the a an this that these those some all many both each several most any""".split())


def is_name(tokens: list[str], *, sentence_initial: bool, headline: bool, common: set[str]) -> bool:
    """Whether a mention's tokens make a proper name: a capitalised word that is not only
    capitalised by position (the first word of a sentence, or a headline's title case),
    which is told by the word's occurring in lower case elsewhere (``common``: the lower-case
    words of the split's documents). A word in capitals ("US", "IRA") is an acronym.

    ``sentence_initial``: the mention's first token is the sentence's first word (only
    punctuation before it).
    """
    for k, tok in enumerate(tokens):
        if sum(c.isalpha() for c in tok) >= 2 and tok.isupper():
            return True  # an acronym: "US", "IRA", "NDS"
        if not tok[:1].isupper() or not any(c.isalpha() for c in tok) or tok.lower() in PRONOUNS:
            continue
        positional = headline or (k == 0 and sentence_initial)
        if not positional or tok.lower() not in common:
            return True
    return False


def read_coref(path: Path) -> dict[str, list[list[str]]]:
    if not path.exists():
        return {}
    out: dict[str, list[list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["doc_key"]] = rec["clusters"]
    return out


def read_split(split: str, data: Path = DATA) -> list[GoldDoc]:
    """The documents of ``split`` (dev, test, train) with the coreference clusters."""
    path = data / f"{split}.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} not found (splits here: {sorted(p.stem for p in data.glob('*.jsonl'))})")
    coref = read_coref(data / "coref" / f"{split}.jsonlines")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    common = _name_words(" ".join(t for rec in recs for t in rec["tokens"]))
    return [parse_doc(rec, coref.get(rec["doc_id"], []), common) for rec in recs]


def read_doc_ids(path: Path) -> set[str]:
    """Document ids, one a line (``#`` starts a comment), e.g. a check set kept out of tuning."""
    if not path.exists():
        raise SystemExit(f"{path} not found: give a file of document ids, one a line")
    return {line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def select_docs(docs: list[GoldDoc], keep: set[str] | None = None, drop: set[str] | None = None) -> list[GoldDoc]:
    """The documents of ``docs`` whose id is in ``keep`` (all when None) and not in ``drop``;
    an id the split does not hold is an error, so a misspelt id cannot shrink a subset unnoticed."""
    ids = {d.id for d in docs}
    unknown = sorted(((keep or set()) | (drop or set())) - ids)
    if unknown:
        raise SystemExit(f"document ids not in this split: {', '.join(unknown)}")
    return [d for d in docs if (keep is None or d.id in keep) and d.id not in (drop or set())]


def parse_doc(rec: dict, clusters: list[list[str]], common: set[str] | None = None) -> GoldDoc:
    """One WikiEvents record → GoldDoc with character offsets into the rebuilt text.

    ``common``: words known to occur in lower case (default: those of this document).
    """
    text, offs = _text_and_offsets(rec["sentences"])
    tokens = rec["tokens"]
    first_word = set()  # token indices with only punctuation before them in their sentence
    in_title = set()  # token indices in a headline or section title (no full stop: title case)
    n = 0
    for toks, sent_text in rec["sentences"]:
        for k, (tok, _, _) in enumerate(toks):
            first_word.add(n + k)
            if any(ch.isalnum() for ch in tok):
                break
        # and after a full stop inside the sentence (WikiEvents' splitter misses some)
        first_word.update(n + k + 1 for k, (tok, _, _) in enumerate(toks[:-1]) if tok in _STOPS)
        if not sent_text.rstrip().endswith(_FINAL):
            in_title.update(range(n, n + len(toks)))
        n += len(toks)
    common = _name_words(text) if common is None else common
    mentions = {}
    for m in rec["entity_mentions"]:
        s, e = offs[m["start"]][0], offs[m["end"] - 1][1]
        named = m["entity_type"] in NAMED_TYPES and is_name(
            tokens[m["start"]:m["end"]],
            sentence_initial=m["start"] in first_word,
            headline=m["start"] in in_title,
            common=common,
        )
        mentions[m["id"]] = Mention(m["id"], s, e, text[s:e], m["entity_type"], named)
    events = []
    for ev in rec["event_mentions"]:
        t = ev["trigger"]
        s, e = offs[t["start"]][0], offs[t["end"] - 1][1]
        args = tuple(Argument(a["entity_id"], a["role"]) for a in ev["arguments"])
        events.append(GoldEvent(ev["id"], ev["event_type"], s, e, text[s:e], args))
    by_id: dict[str, frozenset[str]] = {}
    for cluster in clusters:
        ids = frozenset(cluster)
        for i in cluster:
            by_id[i] = ids
    return GoldDoc(rec["doc_id"], text, mentions, events, by_id)


# ---------------------------------------------------------------- mapping to kg's ontology


@dataclass
class Ontology:
    """kg's event classes and, for each, itself and every class under it."""

    classes: set[str]
    below: dict[str, set[str]]

    @classmethod
    def read(cls, path: Path | None = None) -> "Ontology":
        from rdflib import OWL, RDF, RDFS, Graph, URIRef

        if path is None:
            from kg.resources import ontology_dir

            path = ontology_dir() / "events.ttl"
        g = Graph()
        g.parse(path, format="turtle")
        for more in sorted(path.parent.glob("events-*.ttl")):  # read with it, as kg's event lexicon does
            g.parse(more, format="turtle")
        ns = "https://w3id.org/kg-news/ontology#"

        def local(u: object) -> str:
            return str(u)[len(ns):]

        classes = {local(s) for s in g.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef) and str(s).startswith(ns)}
        children: dict[str, set[str]] = defaultdict(set)
        for s, o in g.subject_objects(RDFS.subClassOf):
            if str(s).startswith(ns) and str(o).startswith(ns):
                children[local(o)].add(local(s))
        below = {}
        for c in classes:
            seen, todo = {c}, [c]
            while todo:
                for k in children.get(todo.pop(), ()):
                    if k not in seen:
                        seen.add(k)
                        todo.append(k)
            below[c] = seen
        return cls(classes, below)


def _tsv(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [c.strip() for c in line.split("\t")]


@dataclass
class TypeMap:
    """KAIROS type → the set of kg classes compatible with it (empty: not covered)."""

    rules: list[tuple[str, list[str]]]  # (pattern, classes as written)
    onto: Ontology
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path, onto: Ontology) -> "TypeMap":
        rules, warnings = [], []
        for cols in _tsv(path):
            pattern, classes = cols[0], cols[1] if len(cols) > 1 else "-"
            names = [] if classes == "-" else [c.strip() for c in classes.split(",") if c.strip()]
            for c in names:
                if c not in onto.classes:
                    warnings.append(f"{path.name}: {pattern}: kg class {c!r} is not in the ontology; ignored")
            rules.append((pattern, names))
        return cls(rules, onto, warnings)

    def rule(self, kairos: str) -> str | None:
        """The line that decides ``kairos``: its exact line, else its longest matching prefix."""
        if any(p == kairos for p, _ in self.rules):
            return kairos
        prefixes = [p for p, _ in self.rules if p.endswith(".*") and kairos.startswith(p[:-1])]
        return max(prefixes, key=len, default=None)

    def classes(self, kairos: str) -> set[str]:
        pattern = self.rule(kairos)
        if pattern is None:
            return set()
        out: set[str] = set()
        for p, names in self.rules:
            if p == pattern:
                for c in names:
                    out |= self.onto.below.get(c, set())
        return out

    def covered(self) -> set[str]:
        """Every kg class some KAIROS type maps to."""
        out: set[str] = set()
        for _, names in self.rules:
            for c in names:
                out |= self.onto.below.get(c, set())
        return out


def read_roles(path: Path) -> dict[str, set[str]]:
    return {cols[0]: {r.strip() for r in cols[1].split(",")} for cols in _tsv(path) if len(cols) > 1}


# ---------------------------------------------------------------- kg's side


@dataclass(frozen=True)
class KgEvent:
    type: str
    start: int
    end: int
    text: str
    arguments: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]  # (role, mention offsets of the entity)


def kg_events(ex: "Extraction") -> list[KgEvent]:
    """kg's events with, for each argument, the offsets of every mention of its entity."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in ex.mentions:
        spans[m.entity].append((m.span.start, m.span.end))
    out = []
    for ev in ex.events:
        args = [(p.role, tuple(spans.get(p.entity, ()))) for p in ev.participants]
        for place in ([ev.place] if ev.place else []) + list(ev.also_places):
            args.append(("place", tuple(spans.get(place, ()))))  # the place, and those stated with it
        out.append(KgEvent(ev.type, ev.trigger.start, ev.trigger.end, ev.trigger.text, tuple(args)))
    return out


def run_kg(docs: list[GoldDoc], batch_size: int = 8) -> dict[str, list[KgEvent]]:
    """kg's extraction on every document (the real model, kg's public API)."""
    from kg.config import Settings
    from kg.extract import extract
    from kg.ingest.article import Article

    settings = Settings.from_env(batch_size=batch_size)
    articles = [Article.create(d.text, id=d.id, source=d.id) for d in docs]
    out: dict[str, list[KgEvent]] = {}
    errors: list[str] = []
    for ex in extract(articles, settings, on_error=lambda e: errors.append(str(e))):
        out[ex.article.id] = kg_events(ex)
    for e in errors:
        print(f"warning: {e}", file=sys.stderr)
    return out


# ---------------------------------------------------------------- scoring


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    """The words around a trigger, the trigger in [brackets], on one line (for --details)."""
    a, b = max(0, start - width), min(len(text), end + width)
    return " ".join(f"{text[a:start]}[{text[start:end]}]{text[end:b]}".split())


#: Verdicts of a person who read a kg event that overlaps no gold trigger (adjudicated-<split>.tsv).
VERDICTS = ("real", "other-class", "not-event", "twice")
ADJUDICATION_COLUMNS = ("doc", "start", "end", "trigger", "kg_class", "verdict", "note")


def read_adjudication(path: Path) -> dict[tuple[str, int, int, str], str]:
    """(doc, start, end, kg class) → verdict, from a TSV of read kg events (missing file: none read)."""
    out: dict[tuple[str, int, int, str], str] = {}
    if not path.exists():
        return out
    for n, row in enumerate(_tsv(path), 1):
        if row[:len(ADJUDICATION_COLUMNS)] == list(ADJUDICATION_COLUMNS):
            continue
        if len(row) < 6 or row[5] not in VERDICTS:
            raise SystemExit(f"{path}: row {n}: want {', '.join(ADJUDICATION_COLUMNS)} with a verdict of "
                             f"{'/'.join(VERDICTS)}, got {row!r}")
        out[(row[0], int(row[1]), int(row[2]), row[4])] = row[5]
    return out


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def score(docs: list[GoldDoc], predicted: dict[str, list[KgEvent]], types: TypeMap,
          roles: dict[str, set[str]], read: dict[tuple[str, int, int, str], str] | None = None) -> dict:
    """All the figures, as a JSON-able dict (see the module docstring); ``read`` holds the
    verdicts of kg events on no gold trigger that a person has read."""
    read = read or {}
    unread: list[dict] = []
    covered_classes = types.covered()
    # reporting verbs ("said", "told"): WikiEvents marks some and leaves most unmarked
    statement = types.onto.below.get("Statement", set())
    c: Counter = Counter()
    gold_by_type: Counter = Counter()
    found_by_type: Counter = Counter()
    not_covered: Counter = Counter()
    role_total: Counter = Counter()
    role_any: Counter = Counter()
    role_compat: Counter = Counter()
    kg_types: Counter = Counter()
    kg_matched_types: Counter = Counter()
    details: list[dict] = []
    for doc in docs:
        preds = predicted.get(doc.id, [])
        gold_words = {g.text.lower() for g in doc.events}
        for p in preds:
            span = (p.start, p.end)
            any_gold = any(_overlap(span, (g.start, g.end)) for g in doc.events)
            kg_types[p.type] += 1
            c["kg_events"] += 1
            c["kg_events_overlapping_gold"] += any_gold
            kg_matched_types[p.type] += any_gold
            if p.type in covered_classes:
                c["kg_events_covered"] += 1
                c["kg_events_covered_overlapping_gold"] += any_gold
                compat = any(
                    _overlap(span, (g.start, g.end)) and p.type in types.classes(g.type) for g in doc.events
                )
                c["kg_events_covered_matching_compatible_gold"] += compat
                if p.type not in statement:
                    c["kg_events_covered_nonstatement"] += 1
                    c["kg_events_covered_nonstatement_overlapping_gold"] += any_gold
            if not any_gold:
                verdict = read.get((doc.id, p.start, p.end, p.type))
                c["kg_unmatched_read"] += verdict is not None
                c["kg_unmatched_read_real"] += verdict == "real"
                if verdict is None:
                    unread.append({"doc": doc.id, "start": p.start, "end": p.end, "trigger": p.text,
                                   "kg_class": p.type, "context": _context(doc.text, p.start, p.end, 200)})
                c["kg_unmatched_word_annotated"] += p.text.lower() in gold_words
                details.append({"doc": doc.id, "kind": "kg_unmatched", "kg_type": p.type, "trigger": p.text,
                                "context": _context(doc.text, p.start, p.end)})
        for g in doc.events:
            allowed = types.classes(g.type)
            if not allowed:
                not_covered[g.type] += 1
                c["gold_not_covered"] += 1
                continue
            c["gold_covered"] += 1
            gold_by_type[g.type] += 1
            span = (g.start, g.end)
            hits = [p for p in preds if _overlap(span, (p.start, p.end)) and p.type in allowed]
            wrong = [p.type for p in preds if _overlap(span, (p.start, p.end)) and p.type not in allowed]
            if hits:
                c["gold_found"] += 1
                found_by_type[g.type] += 1
            else:
                details.append({"doc": doc.id, "kind": "gold_missed", "type": g.type, "trigger": g.text,
                                "kg_types_there": wrong, "context": _context(doc.text, g.start, g.end)})
            for a in g.arguments:
                m = doc.mentions.get(a.entity)
                if m is None:
                    continue
                named_entity = any(x.named for x in doc.corefs(a.entity))
                c["args_entity_named"] += named_entity
                if not m.named:
                    continue
                c["args_named"] += 1
                gold_spans = [(x.start, x.end) for x in doc.corefs(a.entity)]
                ok_any = ok_role = False
                for p in hits:
                    for role, kspans in p.arguments:
                        if any(_overlap(k, gs) for k in kspans for gs in gold_spans):
                            ok_any = True
                            ok_role = ok_role or role in roles.get(a.role, set())
                c["args_named_attached_e2e"] += ok_any
                if hits:
                    c["args_named_of_found"] += 1
                    c["args_named_attached"] += ok_any
                    c["args_named_attached_role"] += ok_role
                    role_total[a.role] += 1
                    role_any[a.role] += ok_any
                    role_compat[a.role] += ok_role
                    if not ok_any:
                        details.append({"doc": doc.id, "kind": "arg_missed", "type": g.type, "trigger": g.text,
                                        "role": a.role, "argument": m.text,
                                        "kg_arguments": [r for p in hits for r, _ in p.arguments],
                                        "context": _context(doc.text, g.start, g.end, 160)})
    return {
        "documents": len(docs),
        "gold_events": c["gold_covered"] + c["gold_not_covered"],
        "gold_events_covered": c["gold_covered"],
        "gold_events_not_covered": c["gold_not_covered"],
        "not_covered_by_type": dict(not_covered.most_common()),
        "trigger_recall": _ratio(c["gold_found"], c["gold_covered"]),
        "trigger_found": c["gold_found"],
        "recall_by_type": {t: {"gold": n, "found": found_by_type[t], "recall": _ratio(found_by_type[t], n)}
                           for t, n in gold_by_type.most_common()},
        "kg_events": c["kg_events"],
        "trigger_precision": _ratio(c["kg_events_overlapping_gold"], c["kg_events"]),
        "kg_events_overlapping_gold": c["kg_events_overlapping_gold"],
        "kg_events_unmatched_word_annotated_elsewhere": c["kg_unmatched_word_annotated"],
        "kg_events_unmatched_read": c["kg_unmatched_read"],
        "kg_events_unmatched_read_real": c["kg_unmatched_read_real"],
        "trigger_precision_read": _ratio(c["kg_events_overlapping_gold"] + c["kg_unmatched_read_real"],
                                         c["kg_events"]),
        "kg_events_unmatched_unread": len(unread),
        "unread": unread,
        "kg_events_covered_classes": c["kg_events_covered"],
        "trigger_precision_covered": _ratio(c["kg_events_covered_overlapping_gold"], c["kg_events_covered"]),
        "trigger_precision_covered_typed": _ratio(c["kg_events_covered_matching_compatible_gold"],
                                                  c["kg_events_covered"]),
        "kg_events_covered_classes_without_statement": c["kg_events_covered_nonstatement"],
        "trigger_precision_covered_without_statement": _ratio(c["kg_events_covered_nonstatement_overlapping_gold"],
                                                              c["kg_events_covered_nonstatement"]),
        "kg_precision_by_type": {t: {"kg": n, "overlapping_gold": kg_matched_types[t],
                                     "precision": _ratio(kg_matched_types[t], n)}
                                 for t, n in kg_types.most_common()},
        "named_arguments": c["args_named"],
        "named_arguments_of_found_triggers": c["args_named_of_found"],
        "argument_attachment_named": _ratio(c["args_named_attached"], c["args_named_of_found"]),
        "argument_attachment_named_role": _ratio(c["args_named_attached_role"], c["args_named_of_found"]),
        "argument_attachment_named_end_to_end": _ratio(c["args_named_attached_e2e"], c["args_named"]),
        "arguments_with_named_entity": c["args_entity_named"],
        "attachment_by_role": {r: {"gold": n, "attached": role_any[r], "attached_compatible_role": role_compat[r],
                                   "rate": _ratio(role_any[r], n)}
                               for r, n in role_total.most_common()},
        "details": details,
    }


# ---------------------------------------------------------------- report


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def report(split: str, r: dict, seconds: float, warnings: list[str]) -> str:
    lines = [f"kg from {r['kg']}", f"WikiEvents {split}: {r['documents']} documents, {r['gold_events']} gold events "
             f"({r['gold_events_covered']} of types kg covers, {r['gold_events_not_covered']} not covered); "
             f"kg found {r['kg_events']} events in {seconds:.1f} s"]
    lines += [f"warning: {w}" for w in warnings]
    lines += [
        "",
        f"trigger recall (covered types, compatible kg class)   {_pct(r['trigger_recall'])}"
        f"  {r['trigger_found']}/{r['gold_events_covered']}",
        f"trigger precision (kg events on any gold trigger)     {_pct(r['trigger_precision'])}"
        f"  {r['kg_events_overlapping_gold']}/{r['kg_events']}",
        f"  (of the {r['kg_events'] - r['kg_events_overlapping_gold']} other kg events, "
        f"{r['kg_events_unmatched_word_annotated_elsewhere']} have a trigger word the gold marks elsewhere in the "
        "document: WikiEvents does not mark every repeat mention)",
        f"trigger precision read (on a gold trigger, or read as a real event of kg's class) "
        f"{_pct(r['trigger_precision_read'])}  {r['kg_events_overlapping_gold'] + r['kg_events_unmatched_read_real']}"
        f"/{r['kg_events']}",
        f"  (of the {r['kg_events'] - r['kg_events_overlapping_gold']} kg events on no gold trigger, "
        f"{r['kg_events_unmatched_read']} read in adjudicated-{split}.tsv, {r['kg_events_unmatched_read_real']} "
        f"of them real; {r['kg_events_unmatched_unread']} not read, counted wrong)",
        f"trigger precision, kg classes that map to KAIROS      {_pct(r['trigger_precision_covered'])}"
        f"  of {r['kg_events_covered_classes']}",
        f"  ... and on a gold trigger of a compatible type      {_pct(r['trigger_precision_covered_typed'])}",
        f"second figure (see WIKIEVENTS.md): precision, KAIROS-mapped classes without Statement "
        f"{_pct(r['trigger_precision_covered_without_statement'])}  of {r['kg_events_covered_classes_without_statement']}",
        f"argument attachment, named participants (any role)   {_pct(r['argument_attachment_named'])}"
        f"  of {r['named_arguments_of_found_triggers']} named arguments of found triggers",
        f"  ... with a compatible kg role                       {_pct(r['argument_attachment_named_role'])}",
        f"  ... end to end (all {r['named_arguments']:>3} named arguments of covered events) "
        f"{_pct(r['argument_attachment_named_end_to_end'])}",
        "",
        f"{'KAIROS type (covered)':<58}{'gold':>6}{'found':>7}{'recall':>9}",
    ]
    for t, v in r["recall_by_type"].items():
        lines.append(f"{t:<58}{v['gold']:>6}{v['found']:>7}{_pct(v['recall']):>9}")
    lines += ["", f"{'named argument role':<24}{'gold':>6}{'attached':>10}{'same role':>11}{'rate':>8}"]
    for role, v in r["attachment_by_role"].items():
        lines.append(f"{role:<24}{v['gold']:>6}{v['attached']:>10}{v['attached_compatible_role']:>11}{_pct(v['rate']):>8}")
    lines += ["", f"{'kg class':<24}{'events':>7}{'on gold':>9}{'precision':>11}"]
    for t, v in r["kg_precision_by_type"].items():
        lines.append(f"{t:<24}{v['kg']:>7}{v['overlapping_gold']:>9}{_pct(v['precision']):>11}")
    nc = ", ".join(f"{t} {n}" for t, n in r["not_covered_by_type"].items())
    lines += ["", f"not covered (left out of the scores): {nc}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", choices=["dev", "test", "train"],
                    help="split(s) to score (default: dev and test)")
    ap.add_argument("--data", type=Path, default=DATA, help="folder with <split>.jsonl and coref/")
    ap.add_argument("--root", type=Path, default=ROOT,
                    help="the kg checkout to measure: its kg/ is imported and its ontology/events.ttl read "
                         "(default: the checkout holding this script)")
    ap.add_argument("--ontology", type=Path, default=None, help="events.ttl (default: ROOT/ontology/events.ttl)")
    ap.add_argument("--json", type=Path, help="write the figures (per split) to this JSON file ('-': stdout)")
    ap.add_argument("--details", action="store_true", help="print every missed trigger and argument")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--docs", type=Path, metavar="FILE",
                    help="score only the documents whose ids this file lists (one a line, '#' comments)")
    ap.add_argument("--exclude", type=Path, metavar="FILE",
                    help="leave out the documents whose ids this file lists (e.g. a check set kept out of tuning)")
    ap.add_argument("--write-unread", type=Path, metavar="FILE",
                    help="write the kg events on no gold trigger that adjudicated-<split>.tsv does not read yet, "
                         "as rows to fill in (verdict empty; the sentence around the trigger in the note)")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    import kg

    if Path(kg.__file__).resolve().parent != root / "kg":
        raise SystemExit(f"kg was imported from {kg.__file__}, not from {root}")
    onto = Ontology.read(args.ontology or root / "ontology" / "events.ttl")
    types = TypeMap.read(args.data / "kairos-to-kg.tsv", onto)
    roles = read_roles(args.data / "kairos-roles.tsv")
    results = {}
    for split in args.split or ["dev", "test"]:
        docs = select_docs(read_split(split, args.data),
                           read_doc_ids(args.docs) if args.docs else None,
                           read_doc_ids(args.exclude) if args.exclude else None)
        unmapped = sorted({g.type for d in docs for g in d.events if types.rule(g.type) is None})
        t0 = time.perf_counter()
        predicted = run_kg(docs, args.batch_size)
        seconds = time.perf_counter() - t0
        r = score(docs, predicted, types, roles, read_adjudication(args.data / f"adjudicated-{split}.tsv"))
        r["seconds"] = round(seconds, 1)
        r["kg"] = str(root)
        r["unmapped_types"] = unmapped
        warnings = types.warnings + [f"KAIROS types with no line in kairos-to-kg.tsv: {', '.join(unmapped)}"] * bool(unmapped)
        if args.json is None or str(args.json) != "-":
            print(report(split, r, seconds, warnings))
            if args.details:
                for d in r["details"]:
                    print(json.dumps(d, ensure_ascii=False))
            print()
        if args.write_unread is not None:
            rows = ["\t".join(ADJUDICATION_COLUMNS)] + [
                "\t".join([u["doc"], str(u["start"]), str(u["end"]), u["trigger"], u["kg_class"], "",
                           u["context"].replace("\t", " ")]) for u in r["unread"]]
            out = args.write_unread if len(args.split or ["dev", "test"]) == 1 else \
                args.write_unread.with_name(f"{args.write_unread.stem}-{split}{args.write_unread.suffix}")
            out.write_text("\n".join(rows) + "\n", encoding="utf-8")
        if not args.details:
            r.pop("details")
            r.pop("unread")
        results[split] = r
    if args.json is not None:
        text = json.dumps(results, indent=2, ensure_ascii=False)
        if str(args.json) == "-":
            print(text)
        else:
            args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
