#!/usr/bin/env bash
# Rebuild the default model bundle (resources/models/default) from scratch with the project's own commands:
# synthetic cases -> masked-LM pretraining of a small BERT on the training split -> PLM-CA fine-tuning ->
# int8 export calibrated on validation -> the combiner of model and named diagnoses fitted on validation and on
# the five hand-written development sets (people's writing and coding; the held-out set stays out) ->
# evaluation -> export with the measured metrics (of what the app shows) in its manifest.
# About 2 hours on a 2-core CPU. Run from the repository root.
#
# Resumable: a step whose output is complete is skipped, and training continues from runs/default/run/last
# after an interruption, so running the script again picks up where it stopped. Remove runs/default to
# start over (needed after changing N or a recipe file).
set -euo pipefail
N=${N:-10000}
RUN=runs/default
HANDWRITTEN=benchmarks/data/handwritten
CODED="--coded $HANDWRITTEN/cases.jsonl --coded $HANDWRITTEN/dev2.jsonl --coded $HANDWRITTEN/dev3.jsonl"
CODED="$CODED --coded $HANDWRITTEN/dev4.jsonl --coded $HANDWRITTEN/dev5.jsonl --coded $HANDWRITTEN/dev6.jsonl"
CODED="$CODED --coded $HANDWRITTEN/dev7.jsonl"
if [[ ! -f $RUN/cases/test.jsonl ]]; then
  coder-assist synth --n "$N" --seed 2026 --out $RUN/cases
fi
if [[ ! -f $RUN/encoder/pretrain_metrics.json ]]; then
  coder-assist -v pretrain --data $RUN/cases --config resources/models/default-pretrain.toml
fi
if [[ -f $RUN/run/last/training_state.pt ]]; then
  coder-assist -v train --config resources/models/default-train.toml --resume $RUN/run/last
else
  coder-assist -v train --config resources/models/default-train.toml
fi
coder-assist export $RUN/run/best --out $RUN/bundle --data $RUN/cases
coder-assist calibrate $RUN/bundle --data $RUN/cases $CODED
coder-assist evaluate $RUN/bundle --data $RUN/cases --target both --baseline --out $RUN/eval
coder-assist export $RUN/run/best --out resources/models/default --data $RUN/cases \
  --metrics $RUN/eval/codes/combined/metrics.json --name "coder-assist default (synthetic Danish)" \
  --training-data "$N synthetic Danish discharge cases (coder-assist synth --seed 2026), human codes as targets"
coder-assist calibrate resources/models/default --data $RUN/cases $CODED
du -sh resources/models/default
