#!/usr/bin/env python3
"""Bulk-load throughput and query-library latency of kg's stores, on a synthetic news graph.

Not a test: it prints figures (and writes them to bench/out/store-<size>.json).

The graph is made the way kg makes graphs: synthetic articles (text built from sentence
templates, so every mention, trigger and quote has true offsets) are written as kg's
dataclasses and mapped by kg.rdf.to_rdf, one named graph per article and one shared
entities graph. Entities are drawn from a pool with a Zipf law (a few countries in most
articles, a long tail of people and places), and include the names the library's example
calls use (Stepanakert, Azerbaijan, Armenia, Hikmet Hajiyev…), so every query has work.

    python bench/bench_store.py                      # ~1M quads, every backend
    python bench/bench_store.py --quads 10M          # ~10M quads (takes a while)
    python bench/bench_store.py --backends embedded,oxigraph-server --repeat 3

``--world`` measures instead what kg adds to Oxigraph when it answers: each library query
(``queries/``) is run on a store of the world corpus (``corpus/world/dev/articles`` and
``heldout/articles``, loaded once with ``kg load`` into ``--world-store``) through kg's
``Store.query`` and through pyoxigraph directly, and ``kg analyse`` is timed on the same
store; ``--baseline DIR`` runs the same in another kg source tree (e.g. the commit before a
change), each tree in its own process, and prints both side by side:

    python bench/bench_store.py --world --world-store /tmp/world-store --baseline /tmp/kg-before

Backends: embedded (Oxigraph on disk, the default store), oxigraph-load (a reference for the
embedded bulk rate: Oxigraph's own command-line loader on the same file), memory (rdflib; skipped above
2M quads: ~1.5 KB per quad), oxigraph-server and virtuoso (started here on loopback, fed
through the SPARQL 1.1 Graph Store protocol, as kg's remote backend does).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the kg source tree imported: this checkout, or the --baseline tree in its child process
sys.path.insert(0, os.environ.get("KG_BENCH_TREE", str(ROOT)))
sys.path.insert(0, str(ROOT / "tests" / "store"))  # servers.py: start the servers as the tests do

OUT = ROOT / "bench" / "out"
BASE = "https://w3id.org/kg-news/"
KB = BASE + "kb/"

# ---------------------------------------------------------------------------- synthetic corpus
# (label, types, kind, wikidata, lat, lon): the names the library's examples use, then a tail
REAL = [
    ("Azerbaijan", ("Country",), "place", "Q227", 40.5, 47.5),
    ("Armenia", ("Country",), "place", "Q399", 40.1, 45.0),
    ("Russia", ("Country",), "place", "Q159", 60.0, 100.0),
    ("United States", ("Country",), "place", "Q30", 39.83, -98.58),
    ("European Union", ("Organization",), "organization", "Q458", None, None),
    ("Nagorno-Karabakh", ("AdministrativeArea",), "place", None, 39.9, 46.7),
    ("Stepanakert", ("City",), "place", None, 39.8177, 46.7528),
    ("Lachin Corridor", ("Place",), "place", None, 39.64, 46.55),
    ("Hikmet Hajiyev", ("Person",), "person", None, None, None),
    ("Ilham Aliyev", ("Person",), "person", None, None, None),
    ("Nikol Pashinyan", ("Person",), "person", "Q7035479", None, None),
    ("Antony Blinken", ("Person",), "person", None, None, None),
    ("Josep Borrell", ("Person",), "person", None, None, None),
]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defense Minister", "spokesperson", "adviser", "ambassador"]
VERBS = {
    "Attack": "attacked", "Shelling": "shelled", "AirStrike": "struck", "MilitaryOperation": "launched an operation against",
    "Blockade": "blockaded", "TroopMovement": "moved troops toward", "Accusation": "accused", "Warning": "warned",
    "Threat": "threatened", "Demand": "demanded concessions from", "Condemnation": "condemned",
}
TALKS = ["Negotiation", "Mediation", "Meeting", "PhoneCall", "Ceasefire", "Agreement"]
SAYING = ["Statement", "Announcement", "Appeal", "Denial"]
LONE = ["AirRaidAlert", "HumanitarianCrisis", "Evacuation", "Protest", "Casualties", "Displacement"]
WORDS = ("the situation remains tense along the line of contact while officials weigh their next steps "
         "and residents prepare for another difficult winter amid shortages of fuel and food").split()


class Pool:
    """Entities with Zipf-like popularity: entity i is picked with weight 1/(i+1)."""

    def __init__(self, size: int, rng: random.Random) -> None:
        from kg.extract.model import Entity

        self.entities = []
        for label, types, kind, qid, lat, lon in REAL:
            key = KB + label.lower().replace(" ", "_").replace("-", "_")
            self.entities.append(Entity(key, label, types, kind, wikidata=qid, lat=lat, lon=lon, link_source="kb"))
        kinds = [("person", ("Person",)), ("organization", ("Organization",)), ("place", ("City",)), ("place", ("Place",)),
                 ("organization", ("GovernmentOrganization",)), ("group", ("Organization",))]
        for i in range(size - len(REAL)):
            kind, types = kinds[i % len(kinds)]
            label = f"{types[0]} {i:06d}" if kind != "person" else f"Person{i:06d} Surname{i % 997:03d}"
            source = rng.choice(["kb", "geonames", "ner", "ner"])
            lat = lon = None
            if kind == "place" and source != "ner":
                lat, lon = round(rng.uniform(-60, 70), 4), round(rng.uniform(-170, 170), 4)
            qid = f"Q{1_000_000 + i}" if source == "kb" and rng.random() < 0.5 else None
            key = f"{kind}/{label.lower().replace(' ', '-')}"
            self.entities.append(Entity(key, label, types, kind, wikidata=qid, lat=lat, lon=lon, link_source=source))
        self.people = [e for e in self.entities if e.kind == "person"]
        self.places = [e for e in self.entities if e.kind == "place"]
        self.actors = [e for e in self.entities if e.kind != "place" or "Country" in e.types]
        self._cum = {id(x): self._zipf(len(x)) for x in (self.entities, self.people, self.places, self.actors)}

    @staticmethod
    def _zipf(n: int) -> list[float]:
        """Cumulative Zipf weights (s=1): the first of n items is picked ~1/ln(n) of the time."""
        total, out = 0.0, []
        for i in range(n):
            total += 1 / (i + 1)
            out.append(total)
        return out

    def pick(self, rng: random.Random, among: list | None = None):  # type: ignore[no-untyped-def]
        among = self.entities if among is None else among
        return rng.choices(among, cum_weights=self._cum[id(among)])[0]


class Writer:
    """Builds an article's text sentence by sentence and remembers where each thing is."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.sentences = []
        self.mentions = []
        self.entities = {}

    def _add(self, text: str):  # type: ignore[no-untyped-def]
        from kg.extract.model import Span

        span = Span(self.length, self.length + len(text), text)
        self.parts.append(text)
        self.length += len(text)
        return span

    def sentence(self, *pieces):  # type: ignore[no-untyped-def]
        """pieces: str, or an Entity (mentioned), or ("mark", str) (a span to keep); returns the marks."""
        from kg.extract.model import Entity, Mention, Span

        start, marks = self.length, []
        for p in pieces:
            if isinstance(p, Entity):
                span = self._add(p.label)
                self.mentions.append(Mention(span, p.key, ner_label="X", confidence=0.9))
                self.entities[p.key] = p
            elif isinstance(p, tuple):
                marks.append(self._add(p[1]))
            else:
                self._add(p)
        self.sentences.append(Span(start, self.length, "".join(self.parts)[start:self.length]))
        self._add(" ")
        return marks

    @property
    def text(self) -> str:
        return "".join(self.parts)


def make_article(n: int, pool: Pool, seed: int):  # type: ignore[no-untyped-def]
    """One synthetic article as kg's Extraction: ~25 sentences, ~15 events, a few roles."""
    from kg.extract.model import Event, Extraction, Participant, Role, TimeValue
    from kg.ingest.article import Article

    rng = random.Random(seed)
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
    w = Writer()
    events, roles = [], []

    def when() -> TimeValue:
        r = rng.random()
        if r < 0.7:
            return TimeValue((published - timedelta(days=rng.randrange(4))).isoformat(), "day")
        if r < 0.9:
            return TimeValue(published.isoformat()[:7], "month")
        return TimeValue(str(published.year - rng.randrange(3)), "year")

    for i in range(25):
        kind = rng.random()
        eid = f"e{len(events) + 1}"
        if kind < 0.35:  # A verbs B in P
            a, b = pool.pick(rng, pool.actors), pool.pick(rng, pool.actors)
            place = pool.pick(rng, pool.places)
            etype = rng.choice(list(VERBS))
            (trigger,) = w.sentence(a, " ", ("m", VERBS[etype]), " ", b, " near ", place, ", officials said.")
            events.append(Event(eid, etype, trigger, w.sentences[-1], [Participant("agent", a.key), Participant("target", b.key)],
                                place=place.key, time=when(), modality=rng.choice(["asserted", "reported"]), confidence=0.8))
        elif kind < 0.6:  # a quote
            person, org = pool.pick(rng, pool.people), pool.pick(rng, pool.actors)
            role = rng.choice(ROLES)
            quote_words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 16)))
            quote, said, rolespan = w.sentence('"', ("m", quote_words.capitalize()), '," ', person, ", ",
                                               ("m", f"{role} of {org.label}"), ", ", ("m", "said"), ".")
            w.entities[org.key] = org
            events.append(Event(eid, rng.choice(SAYING), said, w.sentences[-1], [Participant("speaker", person.key)],
                                time=when(), quote=quote, channel=rng.choice([None, "in a statement", "speaking to reporters"])))
            roles.append(Role(person.key, role, org.key, rolespan, confidence=0.9))
        elif kind < 0.75:  # talks
            a, b, m = pool.pick(rng, pool.actors), pool.pick(rng, pool.actors), pool.pick(rng, pool.actors)
            place = pool.pick(rng, pool.places)
            etype = rng.choice(TALKS)
            (trigger,) = w.sentence(("m", "Talks"), " between ", a, " and ", b, " brokered by ", m, " took place in ", place, ".")
            events.append(Event(eid, etype, trigger, w.sentences[-1],
                                [Participant("participant", a.key), Participant("participant", b.key), Participant("mediator", m.key)],
                                place=place.key, time=when(), modality=rng.choice(["asserted", "planned"])))
        elif kind < 0.85:  # something happened at a place
            place = pool.pick(rng, pool.places)
            etype = rng.choice(LONE)
            (trigger,) = w.sentence("Residents of ", place, " reported ", ("m", etype.lower()), " on the outskirts.")
            events.append(Event(eid, etype, trigger, w.sentences[-1], place=place.key, time=when()))
        else:  # background
            w.sentence(pool.pick(rng), " " + " ".join(rng.choice(WORDS) for _ in range(12)) + ".")
    text = w.text.rstrip()
    article = Article.create(text, id=f"syn-{n:07d}", published=published, title=f"Synthetic report {n}",
                             publisher="kg bench", url=f"https://example.org/news/{n}")
    return Extraction(article, w.entities, w.mentions, roles, events, w.sentences, model="synthetic")


def _chunk(args):  # type: ignore[no-untyped-def]
    first, count, pool_size, seed = args
    from kg.rdf import Iris, to_rdf

    rng = random.Random(seed)
    pool = Pool(pool_size, rng)
    iris = Iris(BASE)
    claims, descriptions = [], set()
    for n in range(first, first + count):
        rdf = to_rdf(make_article(n, pool, seed * 1_000_003 + n), iris)  # N-Quads lines as `kg extract` writes them
        claims.extend(line + "\n" for line in rdf.claim_triples.lines(rdf.graph))
        descriptions.update(line + "\n" for line in rdf.description_triples.lines(iris.entities_graph))
    return "".join(claims), descriptions


def corpus(target: int, *, seed: int = 7) -> tuple[Path, int, int]:
    """An N-Quads file of about ``target`` quads (cached in bench/out): (path, quads, articles)."""
    OUT.mkdir(parents=True, exist_ok=True)
    per_article = 1300  # measured on this generator: ~1,300 quads an article (the seed: ~1,900)
    articles = max(1, round(target / per_article))
    path = OUT / f"synthetic-{articles}-articles-seed{seed}.nq"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        m = json.loads(meta.read_text())
        return path, m["quads"], m["articles"]
    from multiprocessing import get_context

    pool_size = max(200, articles * 2)
    step = 50
    jobs = [(i, min(step, articles - i), pool_size, seed) for i in range(0, articles, step)]
    t0 = time.perf_counter()
    descriptions: set[str] = set()
    quads = 0
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out, get_context("spawn").Pool(os.cpu_count() or 2) as workers:
        for k, (claims, desc) in enumerate(workers.imap(_chunk, jobs), 1):
            out.write(claims)
            quads += claims.count("\n")
            descriptions |= desc
            print(f"\r  generating: {min(k * step, articles)}/{articles} articles", end="", file=sys.stderr, flush=True)
        out.write("".join(sorted(descriptions)))
        quads += len(descriptions)
    tmp.rename(path)
    meta.write_text(json.dumps({"quads": quads, "articles": articles}))
    print(f"\r  generated {quads:,} quads ({articles:,} articles) in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path, quads, articles


# ---------------------------------------------------------------------------- measuring
def library_calls(articles: int) -> list[tuple[str, str]]:
    """(name, SPARQL text unbound) and the parameters to bind, for every library query."""
    from kg.query import list_queries
    from kg.query.library import example_params

    calls = []
    for q in list_queries():
        params = example_params(q)
        if "article" in params:
            params["article"] = f"syn-{articles // 2:07d}"
        calls.append((q, params))
    return calls


def time_queries(store_spec: str, calls, *, repeat: int, timeout: float, env: dict[str, str] | None = None) -> dict[str, dict]:
    """Median latency of each library query, in worker processes that are killed at ``timeout``."""
    from kg.config import Settings
    from kg.query import bind_parameters
    from kg.serve.workers import WorkerPool
    from kg.store import open_store

    settings = Settings(store=store_spec)
    os.environ.update(env or {})
    results = {}
    with open_store(store_spec, settings, read_only=True) as store:
        texts = [(q.name, bind_parameters(q, params, store)) for q, params in calls]
    pool = WorkerPool(store_spec, settings, size=1, time_limit=timeout, read_only=True, refresh=0)
    try:
        pool.run("query", "ASK { ?s ?p ?o }", "json", None)  # open the store in the worker
        for name, text in texts:
            times, rows, status = [], 0, "ok"
            for _ in range(repeat):
                answer = pool.run("query", text, "json", None)
                if answer.status != 200:
                    status = "timeout" if answer.status == 503 else f"error {answer.status}: {answer.body[:200]!r}"
                    break
                times.append(answer.seconds)
                rows = answer.rows
            results[name] = {"ms": round(statistics.median(times) * 1000, 1) if times else None, "rows": rows, "status": status}
            print(f"    {name:<22} {_fmt_ms(results[name]):>10}  {rows:>7} rows", file=sys.stderr)
    finally:
        pool.close()
    return results


def _fmt_ms(r: dict) -> str:
    if r["status"] != "ok":
        return r["status"].split(":")[0]
    return f"{r['ms']:.0f} ms" if r["ms"] >= 10 else f"{r['ms']:.1f} ms"


def bench_embedded(path: Path, quads: int, calls, args) -> dict:
    from kg.config import Settings
    from kg.store import open_store
    from kg.store.bulk import load_nquads

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        spec = str(Path(tmp) / "store")
        with open_store(spec, Settings()) as store:
            result = load_nquads(store, path, optimize=True)
        out = {"load_seconds": result.seconds, "quads": result.quads_after, "quads_per_s": result.quads_after / result.seconds,
               "optimize_seconds": result.optimize_seconds}
        print(f"  embedded: {out['quads_per_s']:,.0f} quads/s, then {result.optimize_seconds:.1f} s to optimize for reading",
              file=sys.stderr)
        out["queries"] = time_queries(spec, calls, repeat=args.repeat, timeout=args.query_timeout)
    return out


def bench_oxigraph_cli(path: Path, quads: int, calls, args) -> dict:
    """Reference: Oxigraph's own command-line loader on the same file (no queries)."""
    import shutil
    import subprocess

    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        return {"skipped": "the oxigraph command is not installed (pip install oxigraph)"}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        t0 = time.perf_counter()
        run = subprocess.run([exe, "load", "--lenient", "--location", tmp, "--file", str(path)], capture_output=True, text=True)
        seconds = time.perf_counter() - t0
    if run.returncode != 0:
        return {"skipped": f"oxigraph load failed: {run.stderr.strip()[:200]}"}
    out = {"load_seconds": seconds, "quads": quads, "quads_per_s": quads / seconds, "queries": {}}
    print(f"  oxigraph load (reference): {out['quads_per_s']:,.0f} quads/s", file=sys.stderr)
    return out


def _memory_job(path: str, texts: list[tuple[str, str]], timeout: float, repeat: int, conn) -> None:  # type: ignore[no-untyped-def]
    import signal

    from kg.config import Settings
    from kg.store import open_store

    class Late(BaseException):  # not Exception: rdflib turns errors in expressions into unbound values
        pass

    def alarm(*_):  # type: ignore[no-untyped-def]
        raise Late()

    signal.signal(signal.SIGALRM, alarm)
    store = open_store("memory:", Settings())
    t0 = time.perf_counter()
    store.load_file(Path(path))
    seconds = time.perf_counter() - t0
    out = {"load_seconds": seconds, "quads": len(store), "quads_per_s": len(store) / seconds, "queries": {}}
    for name, text in texts:
        times, rows, status = [], 0, "ok"
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t0 = time.perf_counter()
            try:
                res = store.query(text)
                rows = len(res.rows)
                times.append(time.perf_counter() - t0)
                if times[-1] > 5:  # slow enough to measure once
                    break
            except Late:
                status = "timeout"
                break
            except Exception as exc:  # report, go on
                status = f"error: {exc}"
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        out["queries"][name] = {"ms": round(statistics.median(times) * 1000, 1) if times else None, "rows": rows, "status": status}
    conn.send(out)


def bench_memory(path: Path, quads: int, calls, args) -> dict:
    from multiprocessing import get_context

    from kg.config import Settings
    from kg.query import bind_parameters
    from kg.store import open_store

    if quads > 2_000_000:
        return {"skipped": "rdflib keeps ~1.5 KB a quad in memory: not run above 2M quads"}
    with open_store("oxigraph-memory:", Settings()) as ox:  # resolve labels the same way for every backend
        ox.load_file(path)
        texts = [(q.name, bind_parameters(q, params, ox)) for q, params in calls]
    ctx = get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_memory_job, args=(str(path), texts, args.query_timeout, args.repeat, child))
    proc.start()
    try:
        out = parent.recv()
    except EOFError:
        proc.join()
        return {"skipped": f"the rdflib process died (exit status {proc.exitcode})"}
    proc.join()
    print(f"  memory (rdflib): {out['quads_per_s']:,.0f} quads/s", file=sys.stderr)
    for name, r in out["queries"].items():
        print(f"    {name:<22} {_fmt_ms(r):>10}  {r['rows']:>7} rows", file=sys.stderr)
    return out


def bench_server(kind: str, path: Path, quads: int, calls, args) -> dict:
    from servers import ServerUnavailable, start_oxigraph, start_virtuoso

    from kg.config import Settings
    from kg.rdf import Iris
    from kg.store.bulk import load_nquads
    from kg.store.remote import SparqlStore

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        try:
            if kind == "oxigraph-server":
                server = start_oxigraph(Path(tmp), timeout=args.query_timeout)
            else:
                server = start_virtuoso(Path(tmp), buffers=args.virtuoso_buffers, timeout=args.query_timeout)
        except ServerUnavailable as exc:
            return {"skipped": str(exc)}
        try:
            store = SparqlStore(server.config(timeout=max(600.0, args.query_timeout * 2)), Iris(Settings().base_iri))
            result = load_nquads(store, path)
            out = {"load_seconds": result.seconds, "quads": result.quads_after, "quads_per_s": result.quads_after / result.seconds}
            print(f"  {kind}: {out['quads_per_s']:,.0f} quads/s (Graph Store protocol)", file=sys.stderr)
            out["queries"] = time_queries(server.url, calls, repeat=args.repeat, timeout=args.query_timeout, env=server.env)
        finally:
            server.stop()
    return out


# ---------------------------------------------------------------------------- kg's query call vs Oxigraph's
WORLD = (ROOT / "corpus" / "world" / "dev" / "articles", ROOT / "corpus" / "world" / "heldout" / "articles")


def world_store(path: Path) -> Path:
    """A store of the world corpus's articles at ``path``: loaded with ``kg load`` the first
    time (with this checkout's kg), reused after (only the articles are read, never the
    corpus's expected outputs)."""
    import subprocess

    if (path / "CURRENT").is_file():
        return path
    print(f"  loading the world corpus into {path} (once)", file=sys.stderr)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "kg", "load", *map(str, WORLD), "--store", str(path), "--no-progress"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return path


def world_params(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A value for each library parameter that has work on this store: the most-mentioned
    entity of the kind the parameter names (an actor, a place events happen at, a person),
    and the article with the most mentions. (The examples' values name the South Caucasus.)"""
    def value(term) -> str:  # type: ignore[no-untyped-def]  # an rdflib or a pyoxigraph term (any tree)
        return str(term) if isinstance(term, str) else term.value

    def top(pattern: str, var: str = "e") -> str | None:
        res = store.query(f"SELECT ?{var} (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?{var} ORDER BY DESC(?n) ?{var} LIMIT 1")
        rows = getattr(res, "terms", None) or res.rows
        return value(rows[0][0]) if rows and rows[0][0] is not None else None

    mentions = "?a <https://schema.org/mentions> ?e ."
    picks = {
        "actor": top(f"{mentions} ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Actor> ."),
        "place": top("?ev <https://w3id.org/kg-news/ontology#eventPlace> ?e ."),
        "person": top(f"{mentions} ?e a <https://schema.org/Person> ."),
        "entity": top(mentions),
        "article": top("?a <https://schema.org/mentions> ?x . ?a a <https://schema.org/NewsArticle> .", var="a"),
    }
    return {k: v for k, v in picks.items() if v}


def _best_ms(times: list[float]) -> float:
    """The fastest run: what the code costs, least disturbed by other work on the machine."""
    return round(min(times) * 1000, 3)


def world_child(spec: str, repeat: int, analyse_repeat: int) -> dict:
    """In the tree being measured: each library query through kg and through pyoxigraph, and
    ``kg analyse``; runs alternate so that the machine's load falls on both alike."""
    import io

    import pyoxigraph as ox

    from kg.analyse import analyse
    from kg.config import Settings
    from kg.query import bind_parameters, list_queries, write_result
    from kg.sparql.lexer import keywords
    from kg.store import open_store

    out: dict = {"queries": {}, "analyse": {}}
    with open_store(spec, Settings(store=spec), read_only=True) as store:
        engine = store._store  # the pyoxigraph Store kg opened: the same data, caches and files
        params = world_params(store)
        for q in list_queries():
            text = bind_parameters(q, {p: params[p] for p in q.params if p in params}, store)
            union = "FROM" not in keywords(text)

            def own() -> int:  # pyoxigraph's own call, every solution's terms read (the fastest way)
                res = engine.query(text, use_default_graph_as_union=union)
                if isinstance(res, ox.QueryBoolean):
                    return 1
                return len([tuple(sol) for sol in res]) if isinstance(res, ox.QuerySolutions) else len(list(res))

            def call() -> int:  # kg's query call, rows as kg returns them
                res = store.query(text)
                return len(res.terms if hasattr(res, "terms") else res.rows)

            def values() -> int:  # ... read as text, as kg's own callers read them
                res = store.query(text)
                return len(res.values if hasattr(res, "values") else [[str(t) for t in r] for r in res.rows])

            def rdflib() -> int:  # ... converted to rdflib terms (what every call paid before)
                return len(store.query(text).rows)

            def json_() -> int:  # `kg query NAME --format json` / the server's answer, less the process
                buf = io.StringIO()
                write_result(store.query(text), "json", buf)
                return len(buf.getvalue())

            ways = {"own": own, "call": call, "values": values, "rdflib": rdflib, "json": json_}
            times: dict[str, list[float]] = {k: [] for k in ways}
            rows = own()
            for _ in range(repeat):
                for k, f in ways.items():
                    t0 = time.perf_counter()
                    f()
                    times[k].append(time.perf_counter() - t0)
            out["queries"][q.name] = {"rows": rows, **{k: _best_ms(v) for k, v in times.items()}}
        for projection in ("actor-actor", "co-mention"):
            runs = []
            for _ in range(analyse_repeat):
                t0 = time.perf_counter()
                result = analyse(store, projection=projection)
                runs.append(time.perf_counter() - t0)
            out["analyse"][projection] = {"ms": _best_ms(runs), "nodes": result.graph.number_of_nodes()}
    return out


def bench_world(args) -> int:  # type: ignore[no-untyped-def]
    import subprocess

    spec = str(world_store(Path(args.world_store).resolve()))
    trees = [("this tree", str(ROOT))]
    if args.baseline:
        trees.insert(0, ("baseline", str(Path(args.baseline).resolve())))
    figures: dict[str, dict] = {}
    for _ in range(args.rounds):  # the trees take turns: a busy spell of the machine falls on both
        for name, tree in trees:
            cmd = [sys.executable, __file__, "--world-child", spec, "--repeat", str(args.repeat), "--analyse-repeat", str(args.analyse_repeat)]
            run = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "KG_BENCH_TREE": tree}, check=False)
            if run.returncode != 0:
                print(run.stderr[-3000:], file=sys.stderr)
                return 1
            fig = json.loads(run.stdout.strip().splitlines()[-1])
            if name in figures:  # the fastest of the rounds, figure by figure
                for part in ("queries", "analyse"):
                    for key, row in fig[part].items():
                        old = figures[name][part][key]
                        figures[name][part][key] = {k: min(v, old[k]) if k not in ("rows", "nodes") else v for k, v in row.items()}
            else:
                figures[name] = fig
    print(f"\nkg's query call vs pyoxigraph's own on the query library, world corpus store ({spec}), fastest of {args.repeat} runs x {args.rounds} rounds")
    print("  (own: pyoxigraph's Store.query, every solution read as a tuple of its terms; call: kg's Store.query;")
    print("   +values: its rows read as text; +rdflib: as rdflib terms; +json: written as SPARQL JSON results)")
    for name, fig in figures.items():
        print(f"\n  {name}:")
        print(f"    {'query':<22}{'rows':>6}{'own ms':>9}{'call':>7}{'+values':>9}{'+rdflib':>9}{'+json':>8}")
        ratios: dict[str, list[float]] = {k: [] for k in ("call", "values", "rdflib", "json")}
        for q, r in fig["queries"].items():
            own = max(r["own"], 1e-3)
            cells = {k: r[k] / own for k in ratios}
            for k, v in cells.items():
                ratios[k].append(v)
            print(f"    {q:<22}{r['rows']:>6}{r['own']:>9.2f}" + "".join(f"{cells[k]:>{w}.2f}" for k, w in (("call", 7), ("values", 9), ("rdflib", 9), ("json", 8))))
        print(f"    {'median ratio (max)':<37}" + "".join(
            f"{statistics.median(v):>{w - 6}.2f} ({max(v):.2f})" for (k, v), w in zip(ratios.items(), (13, 15, 15, 14))))
        print("    kg analyse: " + ", ".join(f"{p} {a['ms'] / 1000:.2f} s ({a['nodes']} nodes)" for p, a in fig["analyse"].items()))
    if len(figures) == 2:
        (b_name, b), (t_name, t) = figures.items()
        for p in t["analyse"]:
            print(f"  kg analyse {p}: {t['analyse'][p]['ms'] / b['analyse'][p]['ms']:.2f} of the baseline's time")
    return 0


def parse_size(text: str) -> int:
    text = text.strip().upper()
    mult = {"K": 1_000, "M": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("KM")) * mult)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quads", default="1M", help="Size of the synthetic graph: 1M (default) or 10M, 500K…")
    ap.add_argument("--backends", default="embedded,oxigraph-load,memory,oxigraph-server,virtuoso",
                    help="oxigraph-load is a reference: Oxigraph's own CLI loader into a fresh folder, no queries.")
    ap.add_argument("--repeat", type=int, default=3, help="Runs of each query (the median is reported).")
    ap.add_argument("--query-timeout", type=float, default=60.0, help="Seconds before a query is stopped.")
    ap.add_argument("--virtuoso-buffers", type=int, default=170_000, help="Virtuoso NumberOfBuffers (8 KB pages).")
    ap.add_argument("--tmp", default=None, help="Folder for the stores (default: the system's temp folder).")
    ap.add_argument("--world", action="store_true",
                    help="Instead: kg's query call vs pyoxigraph's own, and kg analyse, on a store of the world corpus.")
    ap.add_argument("--world-store", default=str(OUT / "world-store"),
                    help="The world corpus's store (loaded with kg load if it does not exist; default bench/out/world-store).")
    ap.add_argument("--baseline", default=None, help="With --world: another kg source tree, measured the same way.")
    ap.add_argument("--analyse-repeat", type=int, default=3, help="With --world: runs of kg analyse (the fastest is reported).")
    ap.add_argument("--rounds", type=int, default=3, help="With --world: rounds, the trees taking turns (the fastest is kept).")
    ap.add_argument("--world-child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.world_child:
        print(json.dumps(world_child(args.world_child, args.repeat, args.analyse_repeat)))
        return 0
    if args.world:
        return bench_world(args)

    target = parse_size(args.quads)
    print(f"kg store benchmark: ~{target:,} quads", file=sys.stderr)
    path, quads, articles = corpus(target)
    calls = library_calls(articles)
    figures: dict = {"quads": quads, "articles": articles, "file": path.name, "cpus": os.cpu_count(), "backends": {}}
    runners = {"embedded": bench_embedded, "oxigraph-load": bench_oxigraph_cli, "memory": bench_memory, "oxigraph-server": bench_server, "virtuoso": bench_server}
    for kind in [b.strip() for b in args.backends.split(",") if b.strip()]:
        runner = runners[kind]
        figures["backends"][kind] = runner(kind, path, quads, calls, args) if runner is bench_server else runner(path, quads, calls, args)
    out = OUT / f"store-{args.quads.lower()}.json"
    if out.exists():  # keep the figures of backends not run this time
        old = json.loads(out.read_text())
        if old.get("file") == figures["file"]:
            figures["backends"] = {**old.get("backends", {}), **figures["backends"]}
    out.write_text(json.dumps(figures, indent=1))
    print_report(figures)
    print(f"\n(figures in {out.relative_to(ROOT)})")
    return 0


def print_report(figures: dict) -> None:
    backends = figures["backends"]
    print(f"\nStore benchmark: {figures['quads']:,} quads in {figures['articles']:,} article graphs ({figures['cpus']} CPUs)\n")
    print("Bulk load (N-Quads file → store)")
    for kind, r in backends.items():
        if "skipped" in r:
            print(f"  {kind:<16} skipped: {r['skipped']}")
        else:
            extra = f", then {r['optimize_seconds']:.1f} s to optimize for reading" if r.get("optimize_seconds") else ""
            print(f"  {kind:<16} {r['quads_per_s']:>10,.0f} quads/s   ({r['load_seconds']:.1f} s{extra})")
    names = sorted({n for r in backends.values() for n in r.get("queries", {})})
    ran = [k for k, r in backends.items() if r.get("queries")]
    print("\nQuery library latency (median of runs; rows returned)")
    print("  " + f"{'query':<22}" + "".join(f"{k:>18}" for k in ran))
    for n in names:
        cells = []
        for k in ran:
            r = backends[k]["queries"].get(n)
            cells.append(f"{_fmt_ms(r)} ({r['rows']})" if r else "")
        print("  " + f"{n:<22}" + "".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    sys.exit(main())
