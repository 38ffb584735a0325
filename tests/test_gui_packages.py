"""The rooms of ``gui/`` and the arrows between them (docs/architecture.md).

shell -> features -> common: the shell builds the window from the features, a feature builds
on common, and common knows no feature. Two features never import each other, except through
the few seams listed in SEAMS, each with its reason. No module imports itself round a loop.
"""

from __future__ import annotations

import import_graph
import pytest

GUI = "roundtable.gui"
SHELL = "shell"
COMMON = "common"
FEATURES = (
    "events", "people", "participants", "agenda", "seating", "log", "printing", "help", "readiness",
)  # fmt: skip

SEAMS: dict[tuple[str, str], str] = {
    ("participants", "people.person_editor"): "a participant is added or edited as a person",
    ("participants", "people.people_model"): "picking people filters the directory's table",
    ("participants", "people.people_table"): "the picker shows the People view's table",
    ("agenda", "printing.printables"): "Print agenda… opens the print dialog on its kind",
    ("participants", "printing.printables"): "Print name cards… opens the print dialog",
    ("seating", "printing.printables"): "Print chart… opens the print dialog",
    ("log", "printing.printables"): "Print log… and Print minutes… open the print dialog",
    ("log", "printing.log_print"): "Export log… writes the log printable without the dialog",
    ("log", "printing.pdf_worker"): "Export log… says why a PDF failed as the dialog does",
    ("log", "printing.print_kinds"): "Export log… suggests the file name the dialog would",
    ("log", "printing.paper_options"): "Export log… starts on the paper the dialog would",
    ("log", "help.context_help"): "F1 in the timer opens the guide's page on running it",
    ("printing", "help.context_help"): "F1 in the print dialog opens the guide's page on printing",
    ("readiness", "events.event_editor"): "a finding about the event's fields opens its dialog",
    ("readiness", "events.event_commands"): "the event's dialog from there is one undo step",
}
"""(feature, module of another feature it may import): why. Keep this short."""


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["roundtable", "gui"] else None


def _gui_modules() -> list[str]:
    return [name for name in import_graph.modules() if name.startswith(GUI + ".")]


def test_every_gui_module_lives_in_a_room():
    rooms = {SHELL, COMMON, *FEATURES}
    loose = [
        name for name in _gui_modules() if name.count(".") == 2 and name.split(".")[2] not in rooms
    ]
    assert not loose, f"modules outside a feature package: {loose}"
    assert {name.split(".")[2] for name in _gui_modules()} == rooms


@pytest.mark.parametrize("room", [COMMON, *FEATURES])
def test_arrows_point_down(room):
    wrong = []
    for name in _gui_modules():
        if _room(name) != room:
            continue
        for target in import_graph.imports_of(name):
            other = _room(target)
            if other is None or other in (room, COMMON):
                continue
            if other == SHELL or room == COMMON:
                wrong.append(f"{name} -> {target}")
            elif (room, target.removeprefix(f"{GUI}.")) not in SEAMS:
                wrong.append(f"{name} -> {target} (another feature; not a listed seam)")
    assert not wrong, "\n".join(wrong)


def test_every_seam_is_still_used():
    used = {
        (_room(name), target.removeprefix(f"{GUI}."))
        for name in _gui_modules()
        for target in import_graph.imports_of(name)
    }
    assert not set(SEAMS) - used, f"seams no longer used: {sorted(set(SEAMS) - used)}"


def test_no_module_imports_itself_round_a_loop():
    assert import_graph.cycles() == []


def test_nothing_imports_the_main_window():
    importers = [
        name
        for name in import_graph.modules()
        if "roundtable.gui.shell.main_window" in import_graph.imports_of(name)
    ]
    assert importers == ["roundtable.gui.shell.app"]
