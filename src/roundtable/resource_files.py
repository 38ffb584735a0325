"""Where the shipped resources (fonts, icons) are, however Roundtable was installed.

A wheel (``pip install .``) carries ``resources/`` as the package ``roundtable.resources``; an
editable install or a source checkout does not map it, so the folder beside ``src/`` is used.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path


@cache
def resources_root() -> Path:
    # roundtable.resources is a namespace package (resources/ has no __init__.py), so take its
    # folder from the import spec rather than importlib.resources, which wraps it.
    spec = find_spec("roundtable.resources")
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
    else:
        root = Path(__file__).resolve().parents[2] / "resources"
    if not root.is_dir():
        raise FileNotFoundError(f"Roundtable's resources are missing (looked in {root})")
    return root


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
