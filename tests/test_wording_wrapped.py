"""Every text the GUI shows goes through ``tr()``, so it can be translated.

Read from the source with ``ast``: a string literal (or an f-string) with letters in it, passed
straight to one of Qt's text-taking calls (``setText``, ``QLabel(...)``, ``addAction``, message
boxes, ...) or to one of our own dialogs' text parameters, without ``tr()`` around it, fails
the test with its file and line. It cannot see every way a text reaches the screen (a text
built in a variable first), so the wrapping was also done by reading; this keeps new code
honest. ``tr()`` itself must get a literal, as ``pyside6-lupdate`` can only collect literals.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[1] / "src" / "roundtable" / "gui"

TEXT_CALLS = {
    # Qt widgets and items: the first string arguments are shown.
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setTabText", "setTabToolTip",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setAccessibleName", "setAccessibleDescription", "setButtonText", "setCancelButtonText",
    "setWindowIconText", "setItemText", "setOkButtonText", "setTextValue", "setNameFilter",
    "setNameFilters", "showMessage", "addAction", "addMenu", "addTab", "insertTab", "addItem",
    "addItems", "insertItem", "addRow", "addButton", "addSection", "addToolBar", "addWidget",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QToolBar", "QDockWidget", "QMessageBox", "QProgressDialog",
    "QStandardItem", "QTreeWidgetItem", "QListWidgetItem", "QUndoCommand", "QCommandLinkButton",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt",
    "getDouble", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "getOpenFileNames", "setPlainText",
    # Our own: messages.py, undo commands and dialogs take their texts as arguments.
    "show_error", "show_warning", "show_info", "confirm", "ask", "tell", "error", "refuse",
    "status", "set_status",
}  # fmt: skip
"""Calls whose string arguments a user reads."""

NOT_WORDS = {"…", "...", "—", "–", "-", ":", "•", "×", "+", "−", "%", "✓", "✗", "▸", "◂"}


def _has_words(text: str) -> bool:
    """A text a translator would touch: letters in it, and not a lone symbol or a format."""
    stripped = text.strip()
    if stripped in NOT_WORDS or not any(c.isalpha() for c in stripped):
        return False
    # Object names, settings keys, icon names, style sheets and Qt format patterns.
    return not (
        stripped.isidentifier()
        and (stripped[0].islower() or "_" in stripped)
        or "/" in stripped
        and " " not in stripped
        or stripped.startswith(("#", "QWidget", "Q", "*."))
        and " " not in stripped
    )


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_logging(call: ast.Call) -> bool:
    """``log.warning("...")``: for the log file, not for a person to read in the window."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging", "warnings", "_log", "LOG")
    )


def _literal_texts(node: ast.expr) -> list[ast.expr]:
    """The bare literals in an argument: itself, or those in a list/tuple/conditional."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [node] if _has_words(words) else []
    if isinstance(node, ast.List | ast.Tuple):
        return [text for item in node.elts for text in _literal_texts(item)]
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_texts(node.left) + _literal_texts(node.right)
    return []


def unwrapped(path: Path, root: Path = GUI) -> list[str]:
    """``file:line: text`` for each bare text passed to a text call in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name == "tr":
            if node.args and not isinstance(
                node.args[0], ast.Constant | ast.Name | ast.Attribute | ast.Subscript | ast.Call
            ):
                found.append(
                    f"{path.name}:{node.lineno}: tr() needs a literal, not "
                    f"{ast.unparse(node.args[0])[:60]}"
                )
            continue
        if name not in TEXT_CALLS or _is_logging(node):
            continue
        arguments = list(node.args) + [
            k.value
            for k in node.keywords
            if k.arg
            in ("text", "title", "message", "label", "tooltip", "tip", "caption", "informative")
        ]
        for argument in arguments:
            for text in _literal_texts(argument):
                found.append(f"{path.relative_to(root)}:{text.lineno}: {ast.unparse(text)[:70]}")
    return found


def gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


@pytest.mark.parametrize("path", gui_files(), ids=lambda p: str(p.relative_to(GUI)))
def test_every_shown_text_goes_through_tr(path: Path) -> None:
    assert unwrapped(path) == []


def test_the_check_sees_a_bare_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from roundtable.wording import tr\n"
        "label.setText('Save the event')\n"
        "QMessageBox.warning(self, tr('Title'), f'Cannot open {name}')\n"
        "button.setText(tr('Done'))\n"
        "widget.setObjectName('saveButton')\n"
        "tr(f'{count} people')\n"
    )
    found = unwrapped(sample, tmp_path)
    assert [line.split(":")[1] for line in found] == ["2", "3", "6"], found
