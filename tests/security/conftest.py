"""Fixtures that watch for network connections and file opens (issue 12, Done when 3)."""
from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator

import pytest


class Listener:
    """A loopback TCP listener that counts the connections it is given (and closes them)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


class Audit:
    """Records, while armed, every file open and socket connect Python makes (sys.addaudithook)."""

    def __init__(self) -> None:
        self.armed = False
        self.opened: list[str] = []
        self.connected: list[object] = []

    def __call__(self, event: str, args: tuple) -> None:
        if not self.armed:
            return
        if event == "open" and args and isinstance(args[0], (str, bytes)):
            self.opened.append(str(args[0]))
        elif event == "socket.connect":
            self.connected.append(args[1] if len(args) > 1 else args)
        elif event == "urllib.Request":
            self.connected.append(args[0] if args else args)


_AUDIT = Audit()
_INSTALLED = False


@pytest.fixture()
def audit() -> Iterator[Audit]:
    """The process's audit hook (installed once: hooks cannot be removed), armed for the test."""
    global _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_AUDIT)
        _INSTALLED = True
    _AUDIT.opened.clear()
    _AUDIT.connected.clear()
    _AUDIT.armed = True
    yield _AUDIT
    _AUDIT.armed = False
