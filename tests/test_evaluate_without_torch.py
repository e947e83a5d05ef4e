"""``coder-assist evaluate`` where the train extra is missing: a bundle is measured, a checkpoint is refused in
one line that names the pip install (it used to end in a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coder_assist.paths import default_bundle_dir
from coder_assist.runtime.bundle import LabelTable, write_labels
from coder_assist.synth.generate import write_splits

# torch and transformers cannot be imported in the child: what an install without the train extra sees.
WITHOUT_TORCH = (
    "import sys, importlib.abc\n"
    "class Block(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name.split('.')[0] in {'torch', 'transformers'}:\n"
    "            raise ImportError(f'{name} is blocked in this test')\n"
    "sys.meta_path.insert(0, Block())\n"
    "from coder_assist.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def evaluate_without_torch(model: Path, cases: Path, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", WITHOUT_TORCH, "evaluate", str(model), "--data", str(cases), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cases")
    write_splits(40, 3, folder, workers=1)
    return folder


def test_a_bundle_is_measured_without_torch(cases: Path, tmp_path: Path) -> None:
    result = evaluate_without_torch(default_bundle_dir(), cases, tmp_path / "out")

    assert result.returncode == 0, result.stderr
    assert "plm-ca vs codes, full" in result.stdout
    assert (tmp_path / "out" / "plm-ca" / "metrics.json").is_file()


def test_a_checkpoint_without_torch_says_in_one_line_what_to_install(cases: Path, tmp_path: Path) -> None:
    checkpoint = tmp_path / "best"
    checkpoint.mkdir()
    write_labels(checkpoint, LabelTable(codes=["DI10", "DJ18"], train_frequency=[12, 7]))

    result = evaluate_without_torch(checkpoint, cases, tmp_path / "out")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "coder-assist: error: measuring a checkpoint (a bundle needs no torch) needs the train extra "
        "(torch, transformers missing): pip install 'coder-assist[train]'"
    ]
