"""DistributedDataParallel under torchrun: two CPU processes (gloo) train a tiny model; rank 0 alone writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")

SCRIPT = """
import logging, sys
sys.path.insert(0, {tests!r})
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
from test_training_trainer import LABELS, make_cases, tiny_config
from coder_assist.training.trainer import train

best = train(tiny_config({run!r}, epochs=2, device="cpu"), make_cases(120, 1), make_cases(30, 2), LABELS)
print("BEST", best)
"""


@pytest.mark.slow
def test_two_cpu_processes_train_and_write_one_checkpoint(tmp_path: Path) -> None:
    run = tmp_path / "run"
    script = tmp_path / "ddp.py"
    script.write_text(SCRIPT.format(tests=str(Path(__file__).parent), run=str(run)), encoding="utf-8")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", str(script)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("BEST") == 2  # both ranks finish and agree on the answer
    assert "x 2 processes" in result.stderr
    assert sorted(p.name for p in run.iterdir()) == ["best", "last", "metrics.json", "metrics.jsonl", "tokenizer"]
    rows = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert [row["epoch"] for row in rows] == [1, 2]
    assert json.loads((run / "metrics.json").read_text())["cases"]["train"] == 120
