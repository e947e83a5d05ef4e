"""Metrics, threshold tuning, reports and plots for multi-label code suggestion (docs/architecture.md: metrics).

numpy only; matplotlib is imported inside the functions that draw (`plots.plot_threshold_curves` and `figures`),
so that measuring needs no plotting library.
"""

from __future__ import annotations

from coder_assist.evaluation.levels import sks_category, to_level3
from coder_assist.evaluation.metrics import (
    METRIC_KEYS,
    all_metrics,
    exact_match,
    f1_macro,
    f1_micro,
    mean_average_precision,
    never_predicted,
    per_code_scores,
    precision_at_recall,
    rank,
    ranking_metrics,
    recall_at_k,
    threshold_metrics,
    top_k,
)
from coder_assist.evaluation.report import CodeTable, Outside, Report, evaluate, format_table, write_report
from coder_assist.evaluation.thresholds import (
    apply_threshold,
    micro_curve,
    shrink_thresholds,
    tune_global_threshold,
    tune_per_code_thresholds,
)

__all__ = [
    "METRIC_KEYS",
    "CodeTable",
    "Outside",
    "Report",
    "all_metrics",
    "apply_threshold",
    "evaluate",
    "exact_match",
    "f1_macro",
    "f1_micro",
    "format_table",
    "mean_average_precision",
    "micro_curve",
    "never_predicted",
    "per_code_scores",
    "precision_at_recall",
    "rank",
    "ranking_metrics",
    "recall_at_k",
    "shrink_thresholds",
    "sks_category",
    "threshold_metrics",
    "to_level3",
    "top_k",
    "tune_global_threshold",
    "tune_per_code_thresholds",
    "write_report",
]
