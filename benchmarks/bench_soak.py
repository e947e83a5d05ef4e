"""A working day in the app: open many cases with hovers, text selections and clicks, then two very long cases.

Run from the repository root: ``python benchmarks/bench_soak.py`` (300 cases). Offscreen Qt, the shipped
default bundle, synthetic cases (``coder_assist.synth``), a fresh store in a temporary folder. Writes
benchmarks/results/soak.json and soak.md; ``--json PATH`` writes only PATH (tests/test_ui_soak.py runs it
that way, in a subprocess, so that a "Fatal Python error" aborts this process and the test reports it).

Each case: open it from the worklist and wait for its suggestions and top evidence (``case_ready``), move
the mouse over the first ``--hovers`` suggestion rows (each hover paints that code's evidence), drag to
select note text, click the notes (the evidence tooltip), move to the second suggestion with the arrow
key. After the day: a case with 10,000 notes and a case with one 5 MB note, each opened the same way; the
GUI-thread time of ``open_case`` (reading the case from the store and drawing it) is recorded for them.

Figures: cases opened, hovers, minutes, peak RSS and RSS growth over the day, the longest GUI-thread stall
(a 5 ms QTimer: the longest gap between its ticks), and ``sys.getrefcount(None)`` before and after the day
(on Python < 3.12 a binding that loses references to None shows here long before it crashes). The process
exits 0 only when it got through the day and closed the window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

READY_TIMEOUT_MS = 120_000  # a guard against a hang, never a wait: the loop ends on case_ready
LONG_NOTES = 10_000
LONG_NOTE_CHARS = 5_000_000


def rss_mib() -> float:
    """The process's resident memory now."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    """The process's peak resident memory: VmHWM, since ru_maxrss carries the peak of the process this one
    was forked from (pytest's, when the soak test runs it) across fork and exec."""
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def write_cases(path: Path, count: int, seed: int) -> tuple[list[str], list[str]]:
    """``count`` synthetic cases in ``path`` plus the two long ones; returns (day ids, long ids)."""
    from coder_assist.synth.generate import generate_cases

    cases = [case for _split, case in generate_cases(count, seed)]
    notes = [note for case in cases for note in case["notes"]]
    many = dict(cases[0], case_id="LONG-NOTES", notes=[notes[i % len(notes)] for i in range(LONG_NOTES)])
    text = "\n\n".join(note["text"] for note in notes)
    big_text = (text * (LONG_NOTE_CHARS // len(text) + 1))[:LONG_NOTE_CHARS]
    big = dict(cases[1], case_id="LONG-NOTE", notes=[{"type": "epikrise", "text": big_text}])
    with path.open("w", encoding="utf-8") as f:
        for case in [*cases, many, big]:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    return [case["case_id"] for case in cases], [many["case_id"], big["case_id"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--hovers", type=int, default=5, help="suggestion rows hovered per case")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", type=Path, help="write the result here only (not benchmarks/results)")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="soak-"))
    os.environ["CODER_ASSIST_DATA_DIR"] = str(scratch / "data")
    os.environ["CODER_ASSIST_CONFIG_DIR"] = str(scratch / "config")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from coder_assist.store import Store
    from coder_assist.ui.main_window import MainWindow
    from coder_assist.ui.settings import Settings

    day_ids, long_ids = write_cases(scratch / "cases.jsonl", args.cases, args.seed)
    store = Store(scratch / "store.sqlite3")
    window = MainWindow(store, Settings(user="soak"))
    window.show()
    window.load_paths([scratch / "cases.jsonl"])

    clock = QElapsedTimer()
    clock.start()
    last_tick, longest_stall = [clock.elapsed()], [0]

    def tick() -> None:
        now = clock.elapsed()
        longest_stall[0] = max(longest_stall[0], now - last_tick[0])
        last_tick[0] = now

    def open_and_wait(case_id: str) -> float:
        """Open ``case_id``; the GUI-thread time of the open call, once its suggestions are shown."""
        loop = QEventLoop()
        connection = window.case_ready.connect(lambda _case: loop.quit())
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(READY_TIMEOUT_MS)
        started = time.perf_counter()
        window.open_case(case_id)
        opened = time.perf_counter() - started
        loop.exec()
        guard.stop()
        window.case_ready.disconnect(connection)
        if window.case is None or window.case.case_id != case_id or not window.suggestions.items:
            raise SystemExit(f"case {case_id}: no suggestions within {READY_TIMEOUT_MS} ms")
        return opened

    counts = {"cases": 0, "hovers": 0, "selections": 0, "clicks": 0}

    def use_case() -> None:
        """Hover suggestions, select note text, click the notes, step to the next suggestion."""
        table, notes = window.suggestions, window.case_view.notes.viewport()
        for row in range(min(args.hovers, len(window.suggestions.items))):
            QTest.mouseMove(table.viewport(), table.visualItemRect(table.item(row, 2)).center())
            app.processEvents()
            counts["hovers"] += 1
        QTest.mouseMove(notes, QPoint(20, 20))  # leaving the table: back to the selected code's evidence
        QTest.mousePress(notes, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        QTest.mouseMove(notes, QPoint(200, 60))
        QTest.mouseRelease(notes, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))
        counts["selections"] += 1
        QTest.mouseClick(notes, Qt.MouseButton.LeftButton, pos=QPoint(80, 40))
        counts["clicks"] += 1
        QTest.keyClick(table, Qt.Key.Key_Down)
        app.processEvents()
        counts["cases"] += 1

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    none_before = sys.getrefcount(None)
    started = time.perf_counter()
    rss_start = None
    opening: list[float] = []
    for number, case_id in enumerate(day_ids):
        opening.append(open_and_wait(case_id))
        use_case()
        if number == min(9, len(day_ids) - 1):  # after the first cases: caches, the model's sessions, fonts
            rss_start = rss_mib()
    minutes = (time.perf_counter() - started) / 60
    day = dict(counts)
    none_after = sys.getrefcount(None)
    rss_end = rss_mib()
    day_stall = longest_stall[0]
    long_cases = {}
    for case_id in long_ids:
        longest_stall[0] = 0
        opened = open_and_wait(case_id)
        use_case()
        long_cases[case_id] = {
            "open_case_gui_ms": round(opened * 1000),
            "longest_gui_stall_ms": longest_stall[0],
            "characters_drawn": window.case_view.notes.document().characterCount(),
            "characters": sum(len(note.text) for note in window.case.notes) if window.case else 0,
        }
    timer.stop()
    window.close()
    store.close()
    app.processEvents()
    shutil.rmtree(scratch)  # the store and the case file: about 50 MB per run

    from machine import describe

    result = {
        "machine": describe(("PySide6-Essentials", "shiboken6", "onnxruntime")),
        "bundle": window.engine.bundle.name if window.engine else None,
        "cases_opened": day["cases"],
        "hovers": day["hovers"],
        "selections": day["selections"],
        "clicks": day["clicks"],
        "minutes": round(minutes, 2),
        "open_case_gui_ms": {
            "median": round(statistics.median(opening) * 1000),
            "max": round(max(opening) * 1000),
        },
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_mib": {"after_10_cases": round(rss_start or 0, 1), "after_the_day": round(rss_end, 1)},
        "longest_gui_stall_ms": day_stall,
        "load_average_1min_after": round(os.getloadavg()[0], 2),
        "none_refcount": {"before": none_before, "after": none_after},
        "long_cases": long_cases,
        "result": "ended cleanly",
        "command": "python benchmarks/bench_soak.py" + (f" --cases {args.cases}" if args.cases != 300 else ""),
    }
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    else:
        write_results(result)
    print(json.dumps(result, indent=2))
    return 0


def write_results(result: dict) -> None:
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "soak.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    m, rss, refs = result["machine"], result["rss_mib"], result["none_refcount"]
    rows = "".join(
        f"| {case_id} | {figures['open_case_gui_ms']} ms | {figures['longest_gui_stall_ms']} ms | "
        f"{figures['characters_drawn']:,} of {figures['characters']:,} |\n"
        for case_id, figures in result["long_cases"].items()
    )
    (out / "soak.md").write_text(
        "# Soak: a working day in the app\n\n"
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, PySide6-Essentials "
        f"{m['packages']['PySide6-Essentials']}, offscreen Qt; bundle {result['bundle']}.\n"
        f"Command: `{result['command']}` (the test `tests/test_ui_soak.py` runs the same script with 300 cases).\n\n"
        "| measure | result |\n| --- | --- |\n"
        f"| cases opened (suggestions and top evidence shown each time) | {result['cases_opened']} |\n"
        f"| hovers over suggestions / text selections / clicks on notes | {result['hovers']} / "
        f"{result['selections']} / {result['clicks']} |\n"
        f"| minutes | {result['minutes']} |\n"
        f"| GUI-thread time of opening a case (median / max) | {result['open_case_gui_ms']['median']} / "
        f"{result['open_case_gui_ms']['max']} ms |\n"
        f"| peak RSS | {result['peak_rss_mib']} MiB |\n"
        f"| RSS after 10 cases → after the day | {rss['after_10_cases']} → {rss['after_the_day']} MiB |\n"
        f"| longest GUI-thread stall during the day | {result['longest_gui_stall_ms']} ms |\n"
        f"| `sys.getrefcount(None)` before → after the day | {refs['before']} → {refs['after']} |\n"
        f"| result | {result['result']} |\n\n"
        f"Load average (1 min) when it ended: {result['load_average_1min_after']} on {m['cores']} cores (the "
        "machine is shared: stalls and minutes grow with the load). The count of references to None may "
        "rise (PySide6 6.11 keeps an extra one per QTableWidgetItem, which is harmless); a fall is the fault "
        "that crashes (tests/test_ui_refcount.py).\n\n"
        "Long cases, opened after the day (the case view draws one part of the notes at a time):\n\n"
        "| case | GUI-thread time of opening | longest GUI-thread stall until suggestions | characters drawn |\n"
        "| --- | --- | --- | --- |\n" + rows,
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main())
