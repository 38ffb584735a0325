"""The print dialog and ``roundtable export`` list the same documents, from ``pdf.kinds``, in
its order, and make the same pages from the same options: the page count and the text of each
kind's PDF from the command line equal those of the dialog's preview."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import unicodedata
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.cli import main
from roundtable.gui.printing import printables
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.pdf.kinds import KINDS
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store
from tests.test_export_kinds import NOT_PDF, export_parsers

WAIT_MS = 20_000
needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)


def test_the_dialog_lists_the_tables_kinds_as_the_command_line_does(qtbot, store, settings):
    printable = printables.all_kinds()
    assert [kind.key for kind in printable] == [kind.key for kind in KINDS]
    assert [kind.label for kind in printable] == [kind.label for kind in KINDS]
    assert [kind.file_suffix for kind in printable] == [kind.key for kind in KINDS]
    commands = [name for name in export_parsers() if name not in NOT_PDF]
    assert commands == [kind.key for kind in printable]
    event_id = load_demo(store)[0]
    dialog = PrintDialog(None, PrintContext(store, settings, store.get_event(event_id)), printable)
    qtbot.addWidget(dialog)
    combo = dialog.kind_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [k.label for k in KINDS]
    dialog.builder.shutdown()


def test_a_kind_with_more_than_a_paper_has_its_own_panel():
    """A kind with options only a panel can set would print with their defaults alone."""
    for kind in KINDS:
        names = {field.name for field in fields(kind.options())}
        if names != {"paper"}:
            assert kind.key in printables.PANELLED, f"{kind.key}: give it a panel in printables"


@pytest.fixture
def demo(store, settings) -> dict[str, int]:
    settings.setValue("export/paper", "a4")
    by_slug = {store.get_event(i).slug: i for i in load_demo(store)}
    return {
        "dc": next(i for s, i in by_slug.items() if s.startswith("dc-policy")),
        "second": next(i for s, i in by_slug.items() if s.endswith("round-2-2017")),
    }


@pytest.fixture
def cli(monkeypatch, store):
    """``roundtable --db <the test's database> export ...`` in this process; the Stores it
    opens are closed afterwards, as its process would end."""
    opened: list[Store] = []
    original = Store.open

    def recording_open(*args, **kwargs) -> Store:
        opened.append(original(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(Store, "open", recording_open)

    def run(*args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", str(store.path), "export", *args])
        assert code == 0, err.getvalue()
        return out.getvalue()

    yield run
    for opened_store in opened:
        opened_store.close()


def pdf_text(path: Path | str) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, check=True)  # fmt: skip
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def all_fonts_embedded(path: Path | str) -> bool:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def untick(box) -> None:
    box.setChecked(False)


# (event, kind, command-line options, what to change in the kind's panel)
CASES = [
    ("second", "agenda", ["--paper", "a4"], None),
    ("second", "agenda", ["--paper", "a4", "--no-participants"],
     lambda panel: untick(panel.participants_box)),
    ("dc", "namecards", ["--layout", "a4"], None),
    ("second", "namecards", ["--layout", "a4-two", "--cut-marks", "--family-caps"],
     lambda panel: (panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("a4-two")),
                    panel.switches["cut_marks"].setChecked(True),
                    panel.switches["family_caps"].setChecked(True))),
    ("second", "seating", ["--paper", "a4"], None),
    ("dc", "seating", ["--paper", "letter"],
     lambda panel: panel.paper_choice.set_paper("letter")),
    ("second", "log", ["--paper", "a4"], None),
    ("second", "log", ["--paper", "a4", "--no-changes"],
     lambda panel: untick(panel.boxes["changes"])),
    ("second", "minutes", ["--paper", "a4"], None),
    ("second", "bios", ["--paper", "a4"], None),
]  # fmt: skip


@needs_poppler
@pytest.mark.parametrize(("event", "key", "options", "change"), CASES,
                         ids=[f"{c[1]}-{c[0]}-{len(c[2])}" for c in CASES])  # fmt: skip
def test_the_command_line_and_the_dialog_make_the_same_pages(
    qtbot, store, settings, demo, cli, tmp_path, event, key, options, change
):
    context = PrintContext(store, settings, store.get_event(demo[event]))
    dialog = PrintDialog(None, context, printables.all_kinds(), key)
    qtbot.addWidget(dialog)
    dialog.show()

    def ready() -> bool:
        return dialog.ready_path is not None and dialog.preview.document.pageCount() > 0

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    if change is not None:
        change(dialog.panel)
        dialog.rebuild()  # now, not after the pause for more changes
        qtbot.waitUntil(ready, timeout=WAIT_MS)
    previewed = tmp_path / "dialog.pdf"
    shutil.copyfile(dialog.ready_path, previewed)
    dialog.builder.shutdown()

    written = tmp_path / f"{key}.pdf"
    told = cli(key, str(demo[event]), "-o", str(written), *options)
    assert told.startswith(f"Wrote {written}")
    assert len(PdfReader(written).pages) == len(PdfReader(previewed).pages)
    assert pdf_text(written) == pdf_text(previewed)
    assert all_fonts_embedded(written) and all_fonts_embedded(previewed)
