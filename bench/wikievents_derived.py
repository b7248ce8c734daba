#!/usr/bin/env python3
"""Rebuild WikiEvents *train* documents in the record format bench/wikievents.py reads.

The original train split (206 documents) is not reachable from this machine (the mirrors
hold it only as Git LFS pointers; ``bench/data/wikievents/README.md``). A derived copy is:
``data/wikievents/wiki-train-human.jsonl`` of https://github.com/mc2259/gen-arg (a fork of
gen-arg, MIT, "Copyright (c) 2021 Zoey Li"), which keeps every document's tokens and every
gold event (type cut to two levels, trigger token span, arguments as role and text) but
drops the entity mentions, their offsets and types. This script gives them back as well as
it can, and writes ``train.jsonl`` and ``coref/train.jsonlines`` for ``--data``:

* text: the tokens joined by the spacing of English print (no space before ``, . ’s``,
  none around a hyphen inside a word, "U.S." closed up); sentences split after ``. ! ?``
  (and a closing quotation mark) unless the full stop ends a one-letter initial or a title;
* event type: a two-level type gets ``.Unspecified`` (``Life.Die`` → ``Life.Die.Unspecified``)
  so that kairos-to-kg.tsv's lines match it;
* trigger: moved to the occurrence of its word whose sentence holds the most of its
  arguments (the derived copy puts every trigger on its word's first occurrence);
* events whose trigger span is empty or does not hold the trigger's text are dropped;
* argument mention: the occurrence of the argument's words nearest the trigger (the same
  sentence first); an argument whose words are not in the document is dropped (counted);
* entity type: ``WEA`` for the roles of things (instrument, device, vehicle, artifact...),
  else ``PER`` (the bench counts a mention as a name only if it is capitalised as one);
* coreference: every occurrence of the same words in the document.

    python bench/wikievents_derived.py wiki-train-human.jsonl OUTDIR [--docs IDS]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

#: KAIROS roles whose fillers are things, not participants (entity type WEA: never a name).
THING_ROLES = frozenset("""ExplosiveDevice Instrument Artifact PassengerArtifact Components Vehicle
    AcquiredEntity IdentifiedObject ObservedEntity Topic PaymentBarter BodyPart Subject
    CrashObject Weapon Device""".split())
_NO_SPACE_BEFORE = frozenset(",.!?;:)]}%”’")
_NO_SPACE_AFTER = frozenset("([{$“‘")
_CLITICS = frozenset("s t re ll d ve m".split())
_TITLES = frozenset("Mr Mrs Ms Dr Lt Gen Col Maj Capt Sgt St Jr Sr Gov Sen Rep Prof Rev No vs".split())


def _joins(tokens: list[str]) -> list[bool]:
    """For each token after the first, whether a space goes before it."""
    space = [False]
    open_quote = False
    for k in range(1, len(tokens)):
        prev, tok = tokens[k - 1], tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        gap = True
        if tok in _NO_SPACE_BEFORE:
            gap = False
        if tok in {"’", "'"} and nxt in _CLITICS:
            gap = False
        if prev in {"’", "'"} and tok in _CLITICS:
            gap = False
        if prev in _NO_SPACE_AFTER:
            gap = False
        if tok == "-" or prev == "-":
            gap = not (tokens[k - 1 if tok == "-" else k - 2][-1:].isalnum() and (nxt if tok == "-" else tok)[:1].isalnum())
        if prev == "." and len(tok) == 1 and tok.isupper() and k >= 2 and len(tokens[k - 2]) == 1 and tokens[k - 2].isupper():
            gap = False  # U . S . -> U.S.
        if tok == ":" and prev.isdigit() and nxt.isdigit():
            gap = False
        if prev == ":" and k >= 2 and tokens[k - 2].isdigit() and tok.isdigit():
            gap = False
        if tok == '"':
            gap = not open_quote
            open_quote = not open_quote
        elif prev == '"' and open_quote:
            gap = False
        space.append(gap)
    return space


def _sentence_ends(tokens: list[str]) -> set[int]:
    """Indices of the last token of each sentence."""
    ends = set()
    for k, tok in enumerate(tokens):
        if tok not in {".", "!", "?"} or k == 0:
            continue
        prev = tokens[k - 1]
        if tok == "." and ((len(prev) == 1 and prev.isupper()) or prev in _TITLES):
            continue
        j = k
        while j + 1 < len(tokens) and tokens[j + 1] in {"”", '"', "’", ")"}:
            j += 1
        ends.add(j)
    ends.add(len(tokens) - 1)
    return ends


def _relocate(tokens: list[str], sent_of: list[int], t0: int, t1: int, args: list[list[str]]) -> tuple[int, int]:
    """The occurrence of the trigger's words whose sentence holds the most of the event's
    arguments (the first on a tie). The derived copy puts every trigger on the first
    occurrence of its word in the document (all 1,760 triggers whose word recurs), while
    the original's arguments stand in the trigger's sentence (426 of 428 in dev)."""
    words = tokens[t0:t1]
    occurrences = [k for k in range(len(tokens) - len(words) + 1) if tokens[k:k + len(words)] == words]
    if len(occurrences) < 2 or not args:
        return t0, t1
    held = {sent_of[k] for a in args for k in range(len(tokens) - len(a) + 1) if tokens[k:k + len(a)] == a}

    def score(k: int) -> int:
        return sum(any(sent_of[j] == sent_of[k] for j in range(len(tokens) - len(a) + 1) if tokens[j:j + len(a)] == a)
                   for a in args)

    best = max(occurrences, key=lambda k: (sent_of[k] in held and score(k), -k))
    return best, best + len(words)


def convert(rec: dict) -> tuple[dict, dict, tuple[int, int]]:
    """One derived record → (WikiEvents record, coreference record, (arguments, events) dropped)."""
    doc, tokens = rec["docid"], rec["tokens"]
    space = _joins(tokens)
    ends = _sentence_ends(tokens)
    sentences: list[list] = []
    sent_of: list[int] = []
    cur: list = []
    text = ""
    pos = 0
    for k, tok in enumerate(tokens):
        if cur and space[k]:
            text += " "
            pos += 1
        cur.append([tok, pos, pos + len(tok)])
        text += tok
        pos += len(tok)
        sent_of.append(len(sentences))
        if k in ends:
            sentences.append([cur, text])
            cur, text, pos = [], "", pos + 1  # the bench rejoins sentences by one space
    mentions: dict[tuple[int, int], dict] = {}
    events = []
    dropped = dropped_events = 0
    for n, ev in enumerate(rec["event_mentions"], 1):
        t0, t1 = ev["trigger"]["start_idx"], ev["trigger"]["end_idx"]
        if t1 <= t0 or not " ".join(tokens[t0:t1]).startswith(ev["trigger"]["text"]):
            dropped_events += 1  # an empty trigger, or one the tokens do not hold ("kil" at 0)
            continue
        t0, t1 = _relocate(tokens, sent_of, t0, t1, [a["text"].split() for a in ev["arguments"]])
        args = []
        for a in ev["arguments"]:
            words = a["text"].split()
            hits = [k for k in range(len(tokens) - len(words) + 1) if tokens[k:k + len(words)] == words]
            if not hits:
                dropped += 1
                continue
            k = min(hits, key=lambda h: (sent_of[h] != sent_of[t0], abs(h - t0)))
            span = (k, k + len(words))
            etype = "WEA" if a["role"] in THING_ROLES else "PER"
            if span not in mentions:
                mentions[span] = {"id": f"{doc}-T{len(mentions) + 1}", "sent_idx": sent_of[k], "start": k,
                                  "end": k + len(words), "entity_type": etype, "mention_type": "UNK",
                                  "text": a["text"]}
            args.append({"entity_id": mentions[span]["id"], "role": a["role"], "text": a["text"]})
        etype = ev["event_type"] + (".Unspecified" if ev["event_type"].count(".") == 1 else "")
        events.append({"id": f"{doc}-E{n}", "event_type": etype,
                       "trigger": {"start": t0, "end": t1, "text": " ".join(tokens[t0:t1]), "sent_idx": sent_of[t0]},
                       "arguments": args})
    # coreference: the other occurrences of each argument's words, and for a name the
    # occurrences of its last word ("Tsarnaev" for "Dzhokhar Tsarnaev") and of the longer
    # names that end in it (the original clusters name mention ids this copy does not keep)
    clusters = []
    for (s, e), m in list(mentions.items()):
        words = tokens[s:e]
        forms = [words]
        if words[-1][:1].isupper() and words[-1].isalpha():
            forms.append(words[-1:])
        spans = {(k, k + len(f)) for f in forms for k in range(len(tokens) - len(f) + 1) if tokens[k:k + len(f)] == f}
        spans |= {(k - j, k + 1) for k in range(len(tokens)) if (k, k + 1) in spans
                  for j in (1, 2) if k - j >= 0 and all(t[:1].isupper() and t.isalpha() for t in tokens[k - j:k])}
        same = [m["id"]]
        for k, end in sorted(spans):
            if (k, end) != (s, e):
                if (k, end) not in mentions:
                    mentions[(k, end)] = {"id": f"{doc}-T{len(mentions) + 1}", "sent_idx": sent_of[k], "start": k,
                                          "end": end, "entity_type": m["entity_type"], "mention_type": "UNK",
                                          "text": " ".join(tokens[k:end])}
                same.append(mentions[(k, end)]["id"])
        if len(same) > 1:
            clusters.append(same)
    out = {"doc_id": doc, "tokens": tokens, "text": " ".join(s[1] for s in sentences), "sentences": sentences,
           "entity_mentions": sorted(mentions.values(), key=lambda m: (m["start"], m["end"])),
           "relation_mentions": [], "event_mentions": events}
    return out, {"doc_key": doc, "clusters": clusters}, (dropped, dropped_events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="wiki-train-human.jsonl (derived WikiEvents train split)")
    ap.add_argument("out", type=Path, help="folder to write train.jsonl and coref/train.jsonlines into")
    ap.add_argument("--docs", type=Path, help="keep only the document ids this file lists (one a line, '#' comments)")
    args = ap.parse_args(argv)
    keep = None
    if args.docs:
        keep = {ln.split("#", 1)[0].strip() for ln in args.docs.read_text(encoding="utf-8").splitlines()} - {""}
    recs = [json.loads(ln) for ln in args.source.read_text(encoding="utf-8").splitlines() if ln.strip()]
    (args.out / "coref").mkdir(parents=True, exist_ok=True)
    n = dropped = dropped_events = 0
    with open(args.out / "train.jsonl", "w", encoding="utf-8") as f, \
            open(args.out / "coref" / "train.jsonlines", "w", encoding="utf-8") as g:
        for rec in recs:
            if keep is not None and rec["docid"] not in keep:
                continue
            out, coref, d = convert(rec)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            g.write(json.dumps(coref, ensure_ascii=False) + "\n")
            n += 1
            dropped += d[0]
            dropped_events += d[1]
    print(f"{n} documents written to {args.out}; {dropped} arguments whose words are not in the document "
          f"and {dropped_events} events whose trigger the tokens do not hold dropped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
