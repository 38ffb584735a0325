"""Exports are written atomically: a failure leaves the old file or nothing, never a partial one."""

import errno
import os
import sys

import pytest
from safety_helpers import record_sync_steps

from roundtable import atomic_write, temp_files
from roundtable.atomic_write import atomic_output, write_bytes_atomically
from roundtable.errors import UserError
from roundtable.temp_files import is_app_temporary


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

    monkeypatch.setattr(temp_files.tempfile, "mkstemp", refuse)
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


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot fsync a folder")
def test_the_folder_is_synced_after_the_rename(tmp_path, monkeypatch):
    """Without it a power cut just after the export can lose the rename: the new name is in
    the folder's metadata, which only a sync of the folder puts on disk."""
    steps = record_sync_steps(monkeypatch)
    write_bytes_atomically(tmp_path / "out.json", b"data")
    assert steps == ["fsync file", "rename", "fsync folder"]


def test_temporaries_are_unique_and_named_as_the_apps_own(tmp_path):
    seen = []
    with atomic_output(tmp_path / "a.pdf") as first, atomic_output(tmp_path / "a.pdf") as second:
        first.write(b"1")
        second.write(b"2")
        seen = sorted(os.listdir(tmp_path))
    assert len(seen) == 2 and all(is_app_temporary(name) for name in seen)
    assert all(name.startswith(".a.pdf.") and name.endswith(".export.tmp") for name in seen)
