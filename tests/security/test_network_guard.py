"""The suite's guard (tests/network_guard.py) refuses a connection outside the machine."""
from __future__ import annotations

import socket

import pytest


def test_a_non_loopback_connection_is_refused_by_the_guard():
    import network_guard

    before = len(network_guard._attempts)
    with pytest.raises(ConnectionRefusedError, match="only loopback"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routed
    assert len(network_guard._attempts) == before + 1
    del network_guard._attempts[before:]  # this test meant it: do not fail it


def test_loopback_is_allowed(listener):
    with socket.create_connection(("127.0.0.1", listener.port), timeout=5):
        pass
