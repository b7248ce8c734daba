"""atomic_output: files are replaced atomically; links, devices and pipes are not replaced."""
from __future__ import annotations

import os
import stat
import threading

import pytest

from kg.errors import ExportError
from kg.export.files import atomic_output


def test_regular_file_is_replaced_and_a_failed_write_keeps_the_old_one(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_output(target, mode="w") as fh:
        fh.write("new")
    assert target.read_text() == "new"
    with pytest.raises(RuntimeError), atomic_output(target, mode="w") as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left


def test_a_symlink_stays_a_link_and_its_file_gets_the_text(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with atomic_output(link, mode="w") as fh:
        fh.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_named_pipe_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    with atomic_output(fifo) as fh:
        fh.write(b"through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_character_device_is_written_through_not_replaced(tmp_path):
    null = tmp_path / "null"  # a private /dev/null: if the write replaced it, only this copy is lost
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    with atomic_output(null, mode="w") as fh:
        fh.write("discarded")
    assert stat.S_ISCHR(os.stat(null).st_mode)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ExportError, match="is a folder"), atomic_output(tmp_path):
        pass
