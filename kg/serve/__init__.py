"""``kg serve``: a safe SPARQL 1.1 Protocol endpoint over a store, and a page to query it.

Read-only by default: updates get 403; with ``allow_update`` they need the endpoint's
bearer token. SERVICE, LOAD and FROM of outside graphs are refused (400) so the endpoint
never fetches a URL; each query runs in a worker process and is stopped at the time limit;
answers are cut at a row cap; request bodies are capped.

    >>> from kg.serve import serve
    >>> serve("kg-store", port=8000)            # doctest: +SKIP
    kg: serving kg-store at http://127.0.0.1:8000/ (read-only; SPARQL endpoint /sparql)
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Callable

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import Settings
    from .app import ServeConfig

__all__ = ["serve", "serve_config"]


def serve_config(store: str | None, settings: "Settings", **options: Any) -> "ServeConfig":
    """A checked :class:`~kg.serve.app.ServeConfig`; the store is opened once to fail early.

    Raises
    ------
    ConfigError
        For updates without a token, or limits that are not positive.
    StoreError
        When the store cannot be opened.
    """
    from ..store import open_store
    from .app import ServeConfig

    config = ServeConfig(store=store or settings.store, settings=settings, **{k: v for k, v in options.items() if v is not None})
    if config.allow_update and not config.token:
        raise ConfigError("--allow-update needs a token for clients to send: --token TOKEN or KG_SERVE_TOKEN")
    for name in ("time_limit", "max_rows", "max_request", "workers"):
        if getattr(config, name) <= 0:
            raise ConfigError(f"--{name.replace('_', '-')} must be positive")
    if config.store.split(":", 1)[0] in ("memory", "oxigraph-memory") and not config.allow_update:
        raise ConfigError(f"{config.store} is an empty store in the server's memory: serve a folder or a SPARQL server")
    with open_store(config.store, settings, read_only=not config.allow_update):
        pass
    return config


def serve(store: str | None = None, settings: "Settings | None" = None, *, ready: Callable[[str], None] | None = None, **options: Any) -> None:
    """Serve ``store`` until interrupted (options: see :class:`~kg.serve.app.ServeConfig`)."""
    from ..config import Settings
    from .app import serve_forever

    settings = settings or Settings.from_env()
    config = serve_config(store, settings, **options)

    def announce(url: str) -> None:
        mode = "updates allowed with the token" if config.allow_update else "read-only"
        print(f"kg: serving {config.store} at {url} ({mode}; SPARQL endpoint {url}sparql)", file=sys.stderr, flush=True)
        if ready is not None:
            ready(url)

    serve_forever(config, ready=announce)
