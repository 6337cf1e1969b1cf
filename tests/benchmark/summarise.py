#!/usr/bin/env python3
"""Prints the benchmark's table (README): per verb and size the median wall time with the spread over the runs,
the median CPU time, the peak memory, answers per second, the ratio to its baseline and the growth from a tenth
to full size. usage: summarise.py RESULTS.tsv"""
import statistics
import sys
from collections import OrderedDict

runs = OrderedDict()
for line in open(sys.argv[1], encoding="utf-8"):
    size, verb, answers, wall, cpu, kb = line.rstrip("\n").split("\t")
    r = runs.setdefault((verb, size), {"answers": int(answers), "wall": [], "cpu": [], "kb": []})
    r["wall"].append(float(wall))
    r["cpu"].append(float(cpu))
    r["kb"].append(int(kb))

# verb -> (baseline verb, how the ratio reads)
BASELINES = {
    "import portable file (one round)": ("baseline: Python iterparse + executemany", "faster"),
    "import CSV (one round's rows)": ("baseline: Python csv + executemany", "faster"),
    "export-compare (all teams, all rounds)": ("baseline: pandas + XlsxWriter", "faster"),
    "export-trend (one team)": ("baseline: libxlsxwriter alone, same cells", "time of"),
}


def med(r, key):
    return statistics.median(r[key])


def seconds(t, unit=True):
    """Two decimals, or three under a tenth of a second (the short verbs' spread shows in milliseconds)."""
    return (f"{t:.3f}" if t < 0.1 else f"{t:.2f}") + (" s" if unit else "")


print()
print("| verb | size | time (median, min-max) | CPU | peak memory | answers/s | vs baseline (wall / CPU) | growth tenth -> full |")
print("|---|---|---|---|---|---|---|---|")
verbs = list(OrderedDict.fromkeys(v for v, _ in runs))
for verb in verbs:
    for size in ("tenth", "half", "full", "fixed"):
        r = runs.get((verb, size))
        if not r:
            continue
        wall, cpu = med(r, "wall"), med(r, "cpu")
        rate = (f"{r['answers'] / wall / 1e6:.2f} M ({r['answers'] / max(cpu, 0.005) / 1e6:.2f} M per CPU s)"
                if r["answers"] and wall > 0 else "")
        ratio = ""
        if verb in BASELINES and (BASELINES[verb][0], size) in runs:
            b = runs[(BASELINES[verb][0], size)]
            if BASELINES[verb][1] == "faster":
                ratio = f"{med(b, 'wall') / wall:.1f}x / {med(b, 'cpu') / max(cpu, 0.005):.1f}x faster"
            else:
                ratio = f"{wall / med(b, 'wall'):.2f}x / {cpu / max(med(b, 'cpu'), 0.005):.2f}x its time"
        growth = ""
        if size == "full" and (verb, "tenth") in runs:
            t = runs[(verb, "tenth")]
            growth = (f"{wall / med(t, 'wall'):.1f}x time ({cpu / max(med(t, 'cpu'), 0.005):.1f}x CPU), "
                      f"{max(r['kb']) / max(t['kb']):.1f}x memory")
        print(f"| {verb} | {size} | {seconds(wall)} ({seconds(min(r['wall']), False)}-{seconds(max(r['wall']), False)}) | {seconds(cpu)} | "
              f"{max(r['kb']) / 1024:.0f} MB | {rate} | {ratio} | {growth} |")
