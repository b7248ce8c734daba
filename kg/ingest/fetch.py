"""Polite HTTP GET for feeds and the pages they link to: only ever called because the user
asked (``kg load --feed URL``, ``--fetch-pages``); nothing in kg fetches on its own.

Polite means: a User-Agent naming kg, a timeout, at most one request per
``rate_limit`` seconds to one host, a size cap, conditional requests (``If-None-Match`` /
``If-Modified-Since``) so an unchanged feed costs a 304, and, on request, robots.txt
respected (:mod:`urllib.robotparser`). Redirects are followed (``urllib``'s default, at most
10); the response says where they ended.
"""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field

from .. import __version__
from ..errors import IngestError

__all__ = ["USER_AGENT", "Fetcher", "Response"]

USER_AGENT = f"kg/{__version__} (news knowledge-graph loader; fetches only what its user asks)"


@dataclass(frozen=True)
class Response:
    """What a GET gave: ``status`` 200 (``body`` read) or 304 (not modified, empty body)."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


@dataclass
class Fetcher:
    """An HTTP client with kg's manners (see the module's docstring).

    ``requests`` counts the requests sent (robots.txt included), for reports and tests.
    """

    user_agent: str = USER_AGENT
    timeout: float = 30.0
    rate_limit: float = 1.0
    max_bytes: int = 20_000_000
    robots: bool = False
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict, repr=False)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` (conditionally when ``etag`` / ``last_modified`` are given).

        Raises
        ------
        IngestError
            Not an http(s) URL, refused by robots.txt, a network failure, a timeout, an
            HTTP error status, or a body over ``max_bytes``; the message names the URL.
        """
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise IngestError("not an http(s) address; give a feed URL or a feed file", source=url)
        if self.robots and not self._allowed(url):
            raise IngestError(f"robots.txt of {parts.netloc} disallows fetching it for {self.user_agent.split()[0]}", source=url)
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait(parts.netloc)
        self.requests += 1
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                body = resp.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise IngestError(f"the answer is over {self.max_bytes:,} bytes; not read", source=url)
                return Response(
                    url=resp.geturl(),
                    status=resp.status,
                    body=body,
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                    content_type=resp.headers.get("Content-Type", ""),
                )
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url=url, status=304, etag=etag, last_modified=last_modified)
            raise IngestError(f"HTTP {exc.code} {exc.reason}", source=url) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise IngestError(f"could not be fetched: {reason}", source=url) from None

    def _wait(self, host: str) -> None:
        """Sleep until ``rate_limit`` seconds have passed since the last request to ``host``."""
        last = self._last.get(host)
        now = time.monotonic()
        if last is not None and now - last < self.rate_limit:
            time.sleep(self.rate_limit - (now - last))
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        if parts.netloc not in self._robots:
            robots_url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser(robots_url)
            try:
                answer = self.get_robots(robots_url)
            except IngestError:
                answer = None
            if answer is None:
                parser = None  # no robots.txt (or unreachable): everything is allowed
            else:
                parser.parse(answer.splitlines())  # type: ignore[union-attr]
            self._robots[parts.netloc] = parser
        parser = self._robots[parts.netloc]
        return parser is None or parser.can_fetch(self.user_agent.split()[0], url)

    def get_robots(self, robots_url: str) -> str | None:
        """The text of a robots.txt, or None when the site has none (a 4xx)."""
        robots, self.robots = self.robots, False
        try:
            return self.get(robots_url).body.decode("utf-8", "replace")
        except IngestError as exc:
            if "HTTP 4" in exc.reason:
                return None
            raise
        finally:
            self.robots = robots
