#!/usr/bin/python3
"""matplotlib's side of BigSeriesBenchmark: the same figures, timed in-process, one thread.

line (a random walk), scatter (standard normal x and y, default marker), hist (standard normal
values, 100 bins), fillBetween (the walk and the walk + 50) for each number of points, and imshow of
a 4,000 x 4,000 array; the data are made before the clock starts, as in the JMH benchmark. Prints
"figure points median_ms min_ms" per case (RUNS runs after one warm-up).

usage: bench/big_series.py [RUNS] [POINTS ...]      (defaults: 5; 1000 10000 100000 1000000 10000000)
"""
import io
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def png(draw):
    fig = plt.figure(figsize=(6.4, 4.8), dpi=100)
    draw(fig.add_subplot())
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)


def timed(runs, draw):
    png(draw)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        png(draw)
        times.append(1000 * (time.perf_counter() - began))
    return statistics.median(times), min(times)


def main(argv):
    runs = int(argv[0]) if argv else 5
    sizes = [int(a) for a in argv[1:]] or [1000, 10000, 100000, 1000000, 10000000]
    rng = np.random.default_rng(42)
    for n in sizes:
        walk = rng.standard_normal(n).cumsum()
        x, y = rng.standard_normal(n), rng.standard_normal(n)
        index = np.arange(n)
        cases = {
            "line": lambda ax: ax.plot(walk),
            "scatter": lambda ax: ax.scatter(x, y),
            "hist": lambda ax: ax.hist(x, 100),
            "fillBetween": lambda ax: ax.fill_between(index, walk, walk + 50),
        }
        for name, draw in cases.items():
            med, low = timed(runs if n < 10_000_000 else max(2, runs // 2), draw)
            print(f"{name} {n} {med:.1f} {low:.1f}", flush=True)
    r = np.arange(4000)
    image = np.sin(r / 100.0)[:, None] * np.cos(r / 77.0)[None, :]
    med, low = timed(runs, lambda ax: ax.imshow(image))
    print(f"imshow 16000000 {med:.1f} {low:.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
