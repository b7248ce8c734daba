"""A folder of mixed inputs for ingest and CLI tests: every format, a few broken ones.

Use it from any test (``tests/`` is on ``sys.path``)::

    from ingest.mixed_corpus import build_mixed_corpus

    corpus = build_mixed_corpus(tmp_path / "corpus", n=50)
    # corpus["good_articles"] == 50; corpus["broken"] lists what must be reported

The content is deterministic: the same ``n`` writes the same bytes.
"""
from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

__all__ = ["build_mixed_corpus", "PARAGRAPHS"]

# Lead sentences: one per article, made unique by the number filled in.
_LEADS = (
    "Election officials in Ohio said on Tuesday that {k} polling stations would stay open "
    "an extra hour after voting machines failed in two counties.",
    "The European Central Bank left its main interest rate unchanged on Thursday, "
    "the {k}th meeting at which policymakers in Frankfurt have debated the pace of cuts.",
    "Firefighters in northern California battled a wildfire that had burned {k} acres by "
    "Sunday evening, forcing thousands of residents to leave their homes.",
    "Manchester United beat Aston Villa 3-1 at Old Trafford on Saturday in front of "
    "{k} supporters, lifting the club into the top four.",
    "Nurses at {k} hospitals across England began a two-day strike on Wednesday in a dispute "
    "over pay and staffing levels.",
    "The European Commission fined a US technology company {k} million euros on Monday for "
    "breaching the bloc's digital competition rules.",
    "A jury in Atlanta heard from {k} witnesses over the first week of the fraud trial of a "
    "former city council member.",
    "Delegates from {k} countries gathered in Dubai on Friday as climate negotiators tried to "
    "agree on the wording of a deal to phase down fossil fuels.",
    "A SpaceX Falcon 9 rocket lifted off from Cape Canaveral on Thursday carrying {k} "
    "Starlink satellites into low Earth orbit.",
    "Japan's exports rose for the {k}th month in a row in October, the finance ministry in "
    "Tokyo said, helped by strong demand for cars in the United States.",
)

PARAGRAPHS = (
    "Governor Mike DeWine said the state would review the contract with the machine supplier. "
    "\u201cVoters deserve equipment that works,\u201d he told reporters in Columbus.",
    "Turnout was expected to exceed 60 per cent, according to the secretary of state's office, "
    "which publishes results on its website after polls close.",
    "ECB President Christine Lagarde said inflation in the euro area was falling faster than "
    "expected but warned that wage growth remained strong.",
    "Analysts at Deutsche Bank said they now expect the first rate cut in June, later than "
    "markets had priced in at the start of the year.",
    "The California Department of Forestry and Fire Protection said the blaze was 15 per cent "
    "contained. Strong winds were forecast to ease on Monday night.",
    "Evacuation centres were opened in Redding and Chico, where the Red Cross said it had "
    "provided shelter to more than 2,000 people.",
    "Bruno Fernandes scored twice before half-time, and Marcus Rashford added a third after the "
    "break. Ollie Watkins pulled one back for the visitors.",
    "Villa manager Unai Emery said his side had been punished for mistakes. \u201cWe gave away "
    "two easy goals,\u201d he said after the match.",
    "The Royal College of Nursing said staff had been left with no choice. The Department of "
    "Health said it had made a fair offer and urged the union to return to talks.",
    "Hospitals postponed thousands of routine operations, although emergency care and cancer "
    "treatment continued as normal, NHS England said.",
    "Competition Commissioner Margrethe Vestager said the company had abused its dominant "
    "position by favouring its own services in search results.",
    "The company said it would appeal against the decision at the General Court in Luxembourg, "
    "arguing that it had already changed its practices.",
    "Prosecutors allege that the defendant diverted public funds meant for a youth programme "
    "into accounts controlled by relatives.",
    "Defence lawyers told the court that their client had followed the advice of the city's "
    "finance department and had not acted in bad faith.",
    "United Nations Secretary-General Antonio Guterres urged ministers to show ambition. "
    "Saudi Arabia and several other oil producers opposed a firm phase-out date.",
    "Small island states said any agreement that did not keep warming below 1.5 degrees "
    "Celsius would threaten their survival.",
    "The launch was the company's 80th of the year. The first-stage booster landed on a drone "
    "ship in the Atlantic Ocean about eight minutes after lift-off.",
    "NASA said the mission would also test a new laser communication system developed with "
    "the Massachusetts Institute of Technology.",
    "Imports fell 12 per cent as energy prices eased, leaving Japan with a trade surplus for "
    "the second time this year.",
    "Economists at Nomura said the weaker yen had made Japanese goods cheaper abroad but "
    "warned that demand from China remained soft.",
)

# Page chrome some text files carry, as scraped reposts do.
_FOOTERS = (
    "\n\n\n\nSource link\n\nLeave a Reply\n\nYour email address will not be published. "
    "Required fields are marked *",
    "\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated",
    "\n\nRelated Articles\n\nCity council approves new bus lanes\nMayor defends budget cuts\n\n"
    "\u00a9 2024 The Daily Courier. All rights reserved.",
)
_HEADERS = ("Skip to content\nHome > News > World\n\n", "Advertisement\n\n")
_TOPICS = ("politics", "economy", "wildfire", "football", "health", "tech", "courts", "climate", "space", "trade")


def build_mixed_corpus(folder: Path, n: int = 200) -> dict:
    """Write ``n`` good articles (``n`` ≥ 2) in mixed inputs, plus broken inputs, under ``folder``.

    Good inputs: ``.txt`` (some with sidecar ``.json``, some with page chrome), ``.md``,
    ``.txt.gz``, ``.html`` (some gzipped, some with sidecars), ``.jsonl`` files of up to
    six articles (one with ``html`` records, blank lines between), nested folders.
    Skipped, not errors: a hidden folder, a hidden file, an ``.odt``, a ``README``.
    Broken: an empty file, a file of page chrome only, binary data, broken UTF-8, a truncated PDF,
    corrupt gzip, a text file with a broken sidecar, and three bad JSON lines (invalid
    JSON, neither text nor html, a bad date).

    Returns
    -------
    dict
        ``good_articles``: how many articles read_articles must yield;
        ``broken``: sorted names (relative POSIX paths; ``path:line`` for JSON lines)
        that must each give one IngestError whose ``source``/``line`` point at them;
        ``errors``: ``len(broken)``; ``files``: every file written, relative.
    """
    rng = random.Random(20240519)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    broken: list[str] = []

    def write(rel: str, data: bytes | str, *, compress: bool = True) -> None:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path.write_bytes(gzip.compress(raw, mtime=0) if compress and rel.endswith(".gz") else raw)
        written.append(rel)

    def article(i: int) -> tuple[str, str, str]:
        topic = i % len(_LEADS)
        lead = _LEADS[topic].format(k=100 + 7 * i)
        pool = PARAGRAPHS[2 * topic : 2 * topic + 2] + tuple(rng.sample(PARAGRAPHS, 2))
        body = "\n\n".join((lead,) + pool[: 2 + i % 3])
        title = lead.split(",")[0].split(" said")[0][:80]
        return body, title, _TOPICS[topic]

    def date_of(i: int) -> str:
        return f"{2023 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}"

    def html(body: str, title: str, url: str, published: str) -> str:
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        return (
            f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News'
            f'</title>\n<meta property="og:title" content="{title}">\n'
            f'<meta property="og:site_name" content="Example News">\n<link rel="canonical" href="{url}">\n'
            f'<meta property="article:published_time" content="{published}T08:00:00Z">\n</head>\n<body>\n'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>\n'
            f"<article>\n<h1>{title}</h1>\n{paragraphs}</article>\n"
            "<footer><p>\u00a9 2024 Example News. All rights reserved.</p></footer>\n</body></html>\n"
        )

    kinds = ("txt+sidecar", "jsonl", "txt", "html", "txt.gz", "html.gz+sidecar", "md", "jsonl-html")
    good = 0
    i = 0
    while good < n - 2:  # two more good articles sit in the JSON lines file with bad lines
        kind = kinds[i % len(kinds)]
        sub = f"{('news', 'feeds', 'archive/2023', 'archive/2024/deep')[i % 4]}"
        body, title, topic = article(good)
        url = f"https://news.example.org/{topic}/{good:05d}"
        stem = f"{sub}/{topic}-{good:05d}"
        if kind.startswith("jsonl"):
            count = min(6, n - 2 - good)
            lines = []
            for j in range(count):
                body, title, topic = article(good + j)
                record: dict = {"title": title, "published": date_of(good + j), "source": "Example Wire"}
                record["url"] = f"https://wire.example.org/{topic}/{good + j:05d}"
                if kind == "jsonl-html":
                    record["html"] = html(body, title, record["url"], date_of(good + j))
                else:
                    record["text"] = body
                lines.append(json.dumps(record, ensure_ascii=j % 2 == 0))
                if j == 2:
                    lines.append("")  # blank lines are skipped
            write(f"{sub}/wire-{good:05d}.{'ndjson' if kind == 'jsonl-html' else 'jsonl'}", "\n".join(lines) + "\n")
            good += count
        elif kind in ("txt", "txt+sidecar", "md", "txt.gz"):
            header = _HEADERS[i % len(_HEADERS)] if i % 3 == 0 else ""
            footer = _FOOTERS[i % len(_FOOTERS)] if i % 2 == 0 else "\n"
            suffix = {"txt+sidecar": "txt", "md": "md", "txt.gz": "txt.gz"}.get(kind, "txt")
            write(f"{stem}.{suffix}", header + body + footer)
            if kind == "txt+sidecar":
                meta = {"published": date_of(good), "title": title, "language": "en", "note": "scraped repost"}
                write(f"{stem}.json", json.dumps(meta))
            good += 1
        else:
            write(f"{stem}.{'html.gz' if kind.endswith('+sidecar') else 'html'}", html(body, title, url, date_of(good)))
            if kind.endswith("+sidecar"):
                write(f"{stem}.json", json.dumps({"published": date_of(good + 1), "publisher": "Example Wire"}))
            good += 1
        i += 1

    # Skipped without a word: hidden, unknown suffixes.
    write(".hidden/ignored.txt", "A hidden folder is not read.")
    write("news/.draft.txt", "A hidden file is not read.")
    write("news/notes.odt", b"PK\x03\x04 an OpenDocument file kg does not read")
    write("README", "This folder was written by build_mixed_corpus.")

    # Broken inputs: each one gives exactly one IngestError.
    def bad(rel: str, data: bytes | str) -> None:
        write(rel, data, compress=False)
        broken.append(rel)

    bad("broken/empty.txt", b"")
    bad("broken/only-chrome.txt", "Skip to content\n\nShare this:\nTwitter\nFacebook\n\nLeave a Reply\n")
    bad("broken/binary.txt", bytes(rng.randrange(256) for _ in range(3000)) + b"\x00")
    good_text = "The minister said \u201cno\u201d to the plan on Tuesday. Talks continue. \u2014 Reuters"
    encoded = good_text.encode("utf-8")
    cut = encoded.index(b"Talks")
    bad("broken/broken-utf8.txt", encoded[:cut] + b"\xff\xfe" + encoded[cut:])
    bad("broken/truncated.html", ("<html><body><p>" + good_text + " \u2026").encode("utf-8")[:-1])
    bad("broken/truncated.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    bad("broken/corrupt.txt.gz", b"\x1f\x8b\x08\x00" + bytes(rng.randrange(256) for _ in range(200)))
    write("broken/bad-sidecar.txt", "Storms cut power to 40,000 homes in Brittany on Sunday, the grid operator said.")
    bad("broken/bad-sidecar.json", '{"published": "2024-02-30", ')
    wire = [
        json.dumps({"text": "Parliament passed the budget by 312 votes to 280 on Wednesday evening.", "published": "2024-03-06"}),
        '{"text": "A line cut off in the middle',
        json.dumps({"title": "No body", "url": "https://wire.example.org/x"}),
        json.dumps({"text": "Rail workers will strike for 48 hours from Friday, the union said.", "published": "06/03/2024"}),
        json.dumps({"text": "The harbour reopened on Thursday after a week of repairs.", "published": "2024-03-07T10:15:00+01:00"}),
    ]
    write("broken/wire-with-bad-lines.jsonl", "\n".join(wire) + "\n")
    broken += [f"broken/wire-with-bad-lines.jsonl:{line}" for line in (2, 3, 4)]
    good += 2

    return {"good_articles": good, "broken": sorted(broken), "errors": len(broken), "files": written}
