"""Exports are written atomically: a failure leaves the old file or nothing, never a partial one."""

import errno
import os

import pytest

from roundtable import atomic_write
from roundtable.atomic_write import atomic_output, write_bytes_atomically
from roundtable.errors import UserError


def test_a_complete_write_replaces_the_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_failure_half_way_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half of it")
        raise RuntimeError("the exporter failed")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_read_only_folder(tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_write.tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="Permission denied"):
        write_bytes_atomically(tmp_path / "out.json", b"data")
    assert os.listdir(tmp_path) == []


def test_a_full_disk_during_the_write(tmp_path, monkeypatch):
    def no_space(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", no_space)
    with pytest.raises(UserError, match="No space left"):
        write_bytes_atomically(tmp_path / "out.json", b"data")
    assert os.listdir(tmp_path) == []


def test_a_missing_folder(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        write_bytes_atomically(tmp_path / "nope" / "out.json", b"data")
