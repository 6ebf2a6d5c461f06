"""The publication stage's layout: ``assets.py`` is the only wiring, every other module is logic.

Issue 20: the folder tells the stage, the file name tells logic from wiring. These checks read
the source (``ast``), so a Dagster import slipping into a writer or a page module fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import assets.publication

PACKAGE = Path(assets.publication.__file__).parent
# Reads the run's check results back from the Dagster instance (lazy import, no definition).
READS_DAGSTER = {"synthesis/checks.py"}


def _modules() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _imports(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_assets_py_defines_dagster_objects() -> None:
    modules = _modules()
    assert {"assets.py", "folder.py", "tables.py", "synthesis/page.py"} <= set(modules)
    defining = set()
    for name, tree in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                for decorator in node.decorator_list:
                    target = decorator.func if isinstance(decorator, ast.Call) else decorator
                    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                        if target.value.id == "dg":
                            defining.add(name)
    assert defining == {"assets.py"}


def test_logic_modules_do_not_import_dagster() -> None:
    importing = {name for name, tree in _modules().items() if "dagster" in _imports(tree)}
    assert importing == {"assets.py", *READS_DAGSTER}


def test_every_module_stays_under_800_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) >= 14
    assert {name: n for name, n in sizes.items() if n >= 800} == {}
