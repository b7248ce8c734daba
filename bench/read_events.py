#!/usr/bin/env python3
"""Print every event kg extracts from articles, one line each under its sentence, to judge by reading.

Not a test: a reader's sheet. For each article: its events as
``id Class “trigger” [modality] role=Entity … place=… time=… (count unit) = coreferent ids``,
grouped under the sentence they come from, so that each can be marked right or wrong
against the text (the issue notes quote such lists).

    python bench/read_events.py corpus/world/heldout/articles/NAME.txt [...]
    python bench/read_events.py corpus/world/dev/articles/ > events.md
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def describe(event, entities) -> str:  # type: ignore[no-untyped-def]
    def name(key: str | None) -> str:
        return entities[key].label if key in entities else str(key)

    habitual = " habitual" if getattr(event, "habitual", False) else ""  # kgo:habitual: again and again, no one occasion
    parts = [f"{event.id} {event.type} “{event.trigger.text}” [{event.modality}{habitual}]"]
    for p in event.participants:
        parts.append(f"{p.role}={name(p.entity)}")
    if event.place:  # "place=Kharkiv+Zaporizhzhia": every place the sentence states
        parts.append("place=" + "+".join(name(k) for k in [event.place, *getattr(event, "also_places", [])]))
    if event.time is not None:
        end = getattr(event.time, "end", None)
        parts.append(f"time={event.time.value}{'..' + end if end else ''} ({event.time.precision})")
    if event.count is not None:
        unit = getattr(event, "count_unit", None) or ""
        parts.append(f"count={event.count}{' ' + unit if unit else ''}")
    outcome = getattr(event, "outcome", None)
    if outcome:
        parts.append(f"outcome={outcome}")
    if event.channel:
        parts.append(f"channel “{event.channel}”")
    if event.attributed_to:
        parts.append(f"within {event.attributed_to}")
    if event.same_as:
        parts.append("= " + " ".join(event.same_as))
    return " ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args()
    from kg.config import Settings
    from kg.extract import extract
    from kg.ingest import read_articles

    errors: list = []
    articles = list(read_articles(args.paths, on_error=errors.append))
    for error in errors:
        print(f"kg: skipped {error}", file=sys.stderr)
    for ex in extract(articles, Settings.from_env()):
        a = ex.article
        print(f"## {a.source} — {a.title or ''} ({a.published})\n")
        by_sentence: dict[tuple[int, int], list] = {}
        for event in ex.events:
            by_sentence.setdefault((event.sentence.start, event.sentence.end), []).append(event)
        for (start, end), events in sorted(by_sentence.items()):
            print(f"> {' '.join(a.text[start:end].split())}\n")
            for event in events:
                print(f"- {describe(event, ex.entities)}")
            print()
        print(f"({len(ex.events)} events)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
