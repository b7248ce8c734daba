"""A pytest plugin: any test that opens a connection to a non-loopback address fails.

An audit hook (``sys.addaudithook``) sees every ``socket.connect`` Python makes and
refuses one whose address is not loopback (127.0.0.0/8, ::1) or a Unix socket, raising
in the code that tried; the test is failed at its end even if that code swallowed the
error. Subprocesses are not covered (they are separate interpreters), nor connections
made by native code (Oxigraph's own HTTP client): the tests of those use loopback
listeners.
"""
from __future__ import annotations

import ipaddress
import socket
import sys

import pytest

_attempts: list[str] = []


def _loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # a Unix socket path, or something that is not an IP address
    host = str(address[0])
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False  # a name that still had to be resolved: not allowed


def _hook(event: str, args: tuple) -> None:
    if event != "socket.connect":
        return
    sock, address = args[0], args[1]
    if getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
        return
    if not _loopback(address):
        _attempts.append(repr(address))
        raise ConnectionRefusedError(f"tests may not connect to {address!r}: only loopback is allowed")


def pytest_configure(config: pytest.Config) -> None:
    sys.addaudithook(_hook)


@pytest.fixture(autouse=True)
def _no_outside_connections():
    start = len(_attempts)
    yield
    tried = _attempts[start:]
    if tried:
        pytest.fail(f"the test tried to connect outside the machine: {', '.join(tried)}")
