#!/usr/bin/env bash
# Rebuild the default model bundle (resources/models/default) from scratch with the project's own commands:
# synthetic cases -> masked-LM pretraining of a small BERT on the training split -> PLM-CA fine-tuning ->
# int8 export calibrated on validation -> evaluation -> export with the measured metrics in its manifest.
# About 1.5 hours on a 2-core CPU. Run from the repository root.
set -euo pipefail
N=${N:-10000}
coder-assist synth --n "$N" --seed 2026 --out runs/default/cases
coder-assist pretrain --data runs/default/cases --config resources/models/default-pretrain.toml
coder-assist train --config resources/models/default-train.toml
coder-assist export runs/default/run/best --out runs/default/bundle --data runs/default/cases
coder-assist evaluate runs/default/bundle --data runs/default/cases --target both --baseline --out runs/default/eval
coder-assist export runs/default/run/best --out resources/models/default --data runs/default/cases \
  --metrics runs/default/eval/codes/plm-ca/metrics.json --name "coder-assist default (synthetic Danish)" \
  --training-data "$N synthetic Danish discharge cases (coder-assist synth --seed 2026), human codes as targets"
du -sh resources/models/default
