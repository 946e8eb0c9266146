#!/usr/bin/env python3
"""Markdown tables from a JMH JSON result (-rf json): ms/op and B/op per chart and benchmark.
usage: bench/jmh-table.py bench/results/jmh.json"""
import json
import sys

rows = {}
order = []
for r in json.load(open(sys.argv[1])):
    bench = r["benchmark"].rsplit(".", 1)[1]
    chart = r["params"]["chart"]
    pm = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    rows.setdefault(chart, {})[bench] = (pm["score"], pm["scoreError"], alloc)
    if bench not in order:
        order.append(bench)

print("| chart | " + " | ".join(order) + " |")
print("|---|" + "---:|" * len(order))
for chart, b in rows.items():
    cells = []
    for name in order:
        s, e, _ = b[name]
        cells.append("%.2f ± %.2f" % (s, e))
    print("| %s | %s |" % (chart, " | ".join(cells)))
print()
print("B/op (KiB, -prof gc)")
print()
print("| chart | " + " | ".join(order) + " |")
print("|---|" + "---:|" * len(order))
for chart, b in rows.items():
    print("| %s | %s |" % (chart, " | ".join("%.0f" % (b[n][2] / 1024) if b[n][2] is not None else "-" for n in order)))
if all(k in order for k in ("drawOnly", "encodePngOnly", "png")):
    print()
    print("| chart | draw ms | encode ms | draw share of draw+encode | encode share | PNG end-to-end ms | draw-only ÷ PNG end-to-end (= e2e throughput as a share of draw-only; goal ≥ 0.50) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for chart, b in rows.items():
        d, enc, png = b["drawOnly"][0], b["encodePngOnly"][0], b["png"][0]
        print("| %s | %.2f | %.2f | %.0f %% | %.0f %% | %.2f | %.2f |" % (chart, d, enc, 100 * d / (d + enc), 100 * enc / (d + enc), png, d / png))
