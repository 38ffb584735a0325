"""The layers of ``src/roundtable`` and which way their imports point (docs/architecture.md).

domain (records and pure rules) <- store (the database) <- services (work over a Store and
over records) <- pdf (reportlab) <- gui (PySide6) and cli. Read from the source with ``ast``:
every import counts, at module level, inside a function or under ``if TYPE_CHECKING:``, since
a function-local import is how a backwards arrow hides. The rooms inside ``gui/`` are
tests/test_gui_packages.py's business.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import import_graph
import pytest

OURS = "roundtable"
DOMAIN, STORE, SERVICES = "roundtable.domain", "roundtable.store", "roundtable.services"
PDF, GUI, CLI = "roundtable.pdf", "roundtable.gui", "roundtable.cli"
TOP_LEVEL = ("roundtable.errors", "roundtable.atomic_write", "roundtable.temp_files",
             "roundtable.resource_files", "roundtable.wording", "roundtable.app_log",
             "roundtable.project_links")  # fmt: skip
"""Small helpers at the package's top, below every layer."""

QT = ("PySide6", "shiboken6")
REPORTLAB = "reportlab"
STDLIB = "anything but the standard library"


@dataclass(frozen=True)
class Rule:
    may_import: tuple[str, ...]
    """Of our own modules, the only ones it may import (prefixes)."""
    never: tuple[str, ...]
    """What it may never import, ours or others' (prefixes)."""


# fmt: off
RULES: dict[str, Rule] = {
    # layer   of ours, only these                   never
    DOMAIN:   Rule((DOMAIN, "roundtable.errors", "roundtable.wording"), (STDLIB,)),
    STORE:    Rule((DOMAIN, STORE, *TOP_LEVEL),     (*QT, REPORTLAB)),
    SERVICES: Rule((OURS,),                         (GUI, PDF, *QT, REPORTLAB)),
    PDF:      Rule((OURS,),                         (GUI, *QT)),
    CLI:      Rule((OURS,),                         (GUI, *QT)),
    # `roundtable --install-desktop-entry`: files copied into the user's data folder.
    "roundtable.desktop_entry": Rule((OURS,),       (GUI, PDF, *QT, REPORTLAB)),
    **{helper: Rule(TOP_LEVEL,                      (*QT, REPORTLAB)) for helper in TOP_LEVEL},
}
# fmt: on
"""Each layer by its module prefix. Services may use the store (they take a Store); pdf and
the command line may use everything below the GUI."""

SEAMS: dict[tuple[str, str, str], str] = {
    ("roundtable.cli", "main", "roundtable.gui.shell.app"): (
        "`roundtable` with no command starts the app; only then is Qt imported"
    ),
    ("roundtable.cli", "gui_main", "roundtable.gui.shell.app"): (
        "`roundtable-gui` (no console) starts the app"
    ),
}
"""(module, function it happens in ("" at module level), what it imports): why it may."""


@dataclass(frozen=True)
class Import:
    module: str
    function: str  # the outermost function it is in; "" at module level
    target: str
    line: int


def _imports(module: str) -> Iterator[Import]:
    path = import_graph.modules()[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, function: str) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(module, function, alias.name, child.lineno)
            elif isinstance(child, ast.ImportFrom):
                yield Import(module, function, _source(module, child), child.lineno)
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else ""
            yield from walk(child, function or inner)

    yield from walk(tree, "")


def _source(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if import_graph.modules()[module].name != "__init__.py":
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _rule_of(module: str) -> Rule | None:
    layer = max((p for p in RULES if _under(module, (p,))), key=len, default=None)
    return RULES[layer] if layer else None


def _breaks(rule: Rule, target: str) -> bool:
    if target == "__future__":
        return False
    if _under(target, (OURS,)):
        return not _under(target, rule.may_import) or _under(target, rule.never)
    if STDLIB in rule.never:
        return target.split(".")[0] not in sys.stdlib_module_names
    return _under(target, rule.never)


def _all_imports() -> list[Import]:
    return [found for module in import_graph.modules() for found in _imports(module)]


def test_every_layer_imports_only_what_its_rule_allows() -> None:
    broken = [
        f"{i.module}:{i.line} imports {i.target}" + (f" (in {i.function})" if i.function else "")
        for i in _all_imports()
        if (rule := _rule_of(i.module)) is not None
        and _breaks(rule, i.target)
        and (i.module, i.function, i.target) not in SEAMS
    ]
    assert broken == [], "imports against the layering (see RULES):\n" + "\n".join(broken)


@pytest.mark.parametrize("seam", list(SEAMS), ids=lambda seam: f"{seam[0]}->{seam[2]}")
def test_every_seam_is_still_used(seam: tuple[str, str, str]) -> None:
    """A seam nobody uses any more is taken off the list, so the list stays true."""
    module, function, target = seam
    assert any((i.function, i.target) == (function, target) for i in _imports(module)), (
        f"{module} no longer imports {target} in {function or 'its body'}: drop the seam"
    )


def test_every_module_has_a_rule_or_is_the_gui() -> None:
    """A new top-level module is placed in a layer on purpose, not by default."""
    free = (OURS, "roundtable.__main__")
    unruled = [
        m
        for m in import_graph.modules()
        if _rule_of(m) is None and m not in free and not _under(m, (GUI,))
    ]
    assert unruled == []
