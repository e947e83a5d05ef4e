"""The package cut of docs/architecture.md: parts, checked: who may import what.

The app and runtime must install and run without torch, and only the ui package may touch Qt.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coder_assist

PACKAGE = Path(coder_assist.__file__).parent
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# package -> (third-party modules it may import, coder_assist packages it may import)
ALLOWED: dict[str, tuple[set[str], set[str]]] = {
    # numpy: vectorised scoring keeps search within its 5 ms budget (the first design listed stdlib + rapidfuzz).
    "catalogue": ({"rapidfuzz", "numpy", "platformdirs"}, {"catalogue", "errors", "paths"}),
    "cases": (set(), {"cases", "catalogue", "errors", "paths"}),
    "synth": ({"numpy"}, {"synth", "cases", "catalogue", "errors", "paths"}),
    "runtime": (
        {"numpy", "onnxruntime", "tokenizers"},
        {"runtime", "cases", "catalogue", "mentions", "errors", "paths"},
    ),
    "mentions": (set(), {"mentions", "cases", "catalogue", "errors", "paths"}),
    "evaluation": ({"numpy", "matplotlib"}, {"evaluation", "errors", "paths"}),
    "store": ({"platformdirs"}, {"store", "cases", "errors", "paths"}),
    # The coding actions without Qt: a test or script codes cases with no window and no model. The runtime's
    # Suggestion is named for type checking only (test_the_session_codes_without_qt_torch_or_onnxruntime).
    "session": (set(), {"session", "store", "cases", "catalogue", "runtime", "errors", "paths"}),
    # Evaluating a bundle reads its data through here, so the data sets must load without the train extra.
    # `prepare` checks codes against the catalogue, reads its TOML with tomli on Python 3.10 and draws its flow
    # figure with matplotlib where installed.
    "datasets": ({"numpy", "matplotlib", "tomli"}, {"datasets", "cases", "catalogue", "errors", "paths"}),
}
# The app: Qt, every package above and what those may import; never training, which needs the train extra.
ALLOWED["ui"] = ({"PySide6"}.union(*(third_party for third_party, _ in ALLOWED.values())), {"ui", "logs", *ALLOWED})
EVERYWHERE = {"__init__", "errors", "paths"}


def imports_of(path: Path) -> set[str]:
    """Every module name imported anywhere in the file, lazily inside functions too."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt_and_the_app_side_never_imports_torch() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        package = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        for name in imports_of(path):
            top = name.split(".")[0]
            if top == "PySide6" and package != "ui":
                problems.append(f"{relative}: imports {name} outside coder_assist/ui")
            if top in {"torch", "transformers"} and package in {
                "runtime",
                "catalogue",
                "cases",
                "datasets",
                "session",
                "store",
                "ui",
            }:
                problems.append(f"{relative}: imports {name}, but {package} must run without the train extra")
    assert problems == []


def test_each_package_imports_only_what_the_design_allows() -> None:
    problems = []
    for package, (third_party, internal) in ALLOWED.items():
        for path in sorted((PACKAGE / package).rglob("*.py")):
            for name in imports_of(path):
                parts = name.split(".")
                if parts[0] == "coder_assist":
                    sub = parts[1] if len(parts) > 1 else "__init__"
                    if sub not in internal | EVERYWHERE:
                        problems.append(f"{path.relative_to(PACKAGE)}: imports {name}")
                elif parts[0] not in STDLIB and parts[0] not in third_party:
                    problems.append(f"{path.relative_to(PACKAGE)}: imports {name}")
    assert problems == []


def run_without(blocked: set[str], script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh Python where importing any of the ``blocked`` packages fails."""
    blocker = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name.split('.')[0] in {sorted(blocked)!r}:\n"
        "            raise ImportError(f'{name} is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
    )
    return subprocess.run([sys.executable, "-c", blocker + script], capture_output=True, text=True, timeout=60)


def test_search_runs_with_qt_and_torch_unavailable() -> None:
    script = "from coder_assist.cli import main\nsys.exit(main(['catalogue', 'search', 'DJ44']))\n"
    result = run_without({"PySide6", "torch", "transformers"}, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("DJ44 ")


def test_the_session_codes_without_qt_torch_or_onnxruntime(tmp_path: Path) -> None:
    script = (
        "from coder_assist.cases import case_from_dict\n"
        "from coder_assist.session import CodingSession\n"
        "from coder_assist.store import Store\n"
        f"with Store({str(tmp_path / 'store.sqlite3')!r}) as store:\n"
        "    case = case_from_dict({'case_id': 'K-1', 'notes': [{'type': 'epikrise', 'text': 'Pneumoni.'}]})\n"
        "    store.import_cases([case], source='cases.jsonl', user='anne')\n"
        "    session = CodingSession(store, 'anne')\n"
        "    session.open('K-1')\n"
        "    session.accept('DJ189', 'A', 'manual')\n"
        "    print(session.finish().finished, session.status())\n"
    )
    result = run_without({"PySide6", "torch", "transformers", "onnxruntime", "tokenizers"}, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "done"]
