#!/usr/bin/python3
"""matplotlib's drawing of ChartServe's demo chart big-walk, timed in-process (its best case).

A random walk of POINTS standard-normal steps from a fixed seed, one line on the default figure
(6.4 x 4.8 in at 100 dpi), titled "1,000,000 points", saved as PNG into memory: the same chart as
/charts/big-walk.png?points=POINTS (the steps come from numpy's generator, not Java's: the same kind
of walk, not the same numbers). Prints one line per run: points, milliseconds, PNG bytes; with
--out FILE also writes the last PNG there.

usage: bench/big_walk.py POINTS [RUNS] [--out FILE]
Debian's python3-matplotlib (3.6), as ../shared/anchors/seed-charts uses; matplotlib's defaults,
path simplification on (rcParams["path.simplify"], threshold 1/9 pixel).
"""
import io
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

SEED = 20261207


def draw(points):
    y = np.random.default_rng(SEED).standard_normal(points).cumsum()
    fig = plt.figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_subplot()
    ax.plot(y)
    ax.set_title(f"{points:,} points")
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = argv[argv.index("--out") + 1] if "--out" in argv else None
    if out in args:
        args.remove(out)
    points = int(args[0])
    runs = int(args[1]) if len(args) > 1 else 1
    png = b""
    for _ in range(runs):
        began = time.perf_counter()
        png = draw(points)
        print(f"{points} {1000 * (time.perf_counter() - began):.1f} {len(png)}", flush=True)
    if out:
        with open(out, "wb") as f:
            f.write(png)


if __name__ == "__main__":
    main(sys.argv[1:])
