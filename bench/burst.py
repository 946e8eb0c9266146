#!/usr/bin/env python3
"""Bursts of chart requests against a running ChartServe, as the pages of a real application send them.

usage: bench/burst.py BASE [FLOOD_BASE]
  BASE        the demo application at its default configuration, e.g. http://127.0.0.1:18280/chartserve
  FLOOD_BASE  a copy configured with one render slot and a queue of two (see burst-bench.sh)

Prints one line per measurement (and nothing else on stdout):
  burst clients=32 requests=1280 200=1280 503=0 other=0 mismatched=0 p50_ms=… p99_ms=… wall_s=…
  identical clients=32 200=32 503=0 rendered=1 coalesced=31
  flood clients=48 200=… 503=… refused_p50_ms=… refused_p99_ms=… refused_max_ms=…
Every client keeps one keep-alive connection, as a browser does; all start together (a barrier).
Every 200 is checked byte for byte against the chart's serial render. Loopback only.
"""
import hashlib
import http.client
import json
import random
import sys
import threading
import time
from urllib.parse import urlsplit

CHARTS = ["seed-hist", "seed-line", "seed-heatmap", "seed-bar"]
MIX = [f"/charts/{c}.{f}{q}" for c in CHARTS for f in ("png", "svg") for q in ("", "?width=320&height=240")]


class Client:
    def __init__(self, base):
        parts = urlsplit(base)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("loopback only: " + base)
        self.host, self.port, self.prefix = parts.hostname, parts.port, parts.path.rstrip("/")
        self.conn = None

    def get(self, path):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request("GET", self.prefix + path)
                response = self.conn.getresponse()
                body = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, body
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def health(self):
        status, body = self.get("/charts/_health")
        assert status == 200, status
        return json.loads(body)


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def together(n, work):
    """Runs work(i) on n threads released at the same moment; returns their results."""
    barrier = threading.Barrier(n)
    results = [None] * n

    def run(i):
        barrier.wait()
        results[i] = work(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def burst(base, references, clients, each):
    connections = [Client(base) for _ in range(clients)]
    for c in connections:
        c.get("/charts/_health")  # open the connection before the burst, as a page's browser has

    def work(i):
        order = random.Random(i)
        out = []
        for _ in range(each):
            path = MIX[order.randrange(len(MIX))]
            t0 = time.perf_counter()
            status, body = connections[i].get(path)
            out.append((status, (time.perf_counter() - t0) * 1000, status == 200 and hashlib.sha256(body).digest() != references[path]))
        return out

    t0 = time.perf_counter()
    results = [r for rs in together(clients, work) for r in rs]
    wall = time.perf_counter() - t0
    ok = sum(1 for s, _, _ in results if s == 200)
    refused = sum(1 for s, _, _ in results if s == 503)
    mismatched = sum(1 for _, _, bad in results if bad)
    latencies = [ms for _, ms, _ in results]
    print(f"burst clients={clients} requests={len(results)} 200={ok} 503={refused} other={len(results) - ok - refused}"
          f" mismatched={mismatched} p50_ms={percentile(latencies, 50):.1f} p99_ms={percentile(latencies, 99):.1f}"
          f" max_ms={max(latencies):.1f} wall_s={wall:.2f}", flush=True)


def identical(base, clients=32):
    probe = Client(base)
    before = probe.health()["renders"]
    # A URL nobody asked for yet: the heat map (the costliest seed chart) at a size of its own, large
    # enough (about 40 ms) that the client, a Python process, can send all 32 within one render.
    path = f"/charts/seed-heatmap.png?width={random.Random(time.time_ns()).randrange(1800, 2600)}"
    connections = [Client(base) for _ in range(clients)]
    for c in connections:
        c.get("/charts/_health")
    results = together(clients, lambda i: connections[i].get(path))
    after = probe.health()["renders"]
    bodies = {hashlib.sha256(b).digest() for s, b in results if s == 200}
    print(f"identical clients={clients} 200={sum(1 for s, _ in results if s == 200)}"
          f" 503={sum(1 for s, _ in results if s == 503)} distinct_bodies={len(bodies)}"
          f" rendered={after['rendered'] - before['rendered']} coalesced={after.get('coalesced', 0) - before.get('coalesced', 0)}"
          f" path={path}", flush=True)


def flood(base, clients=48):
    connections = [Client(base) for _ in range(clients)]
    for c in connections:
        c.get("/charts/_health")

    def work(i):
        t0 = time.perf_counter()
        status, body = connections[i].get(f"/charts/fault-slow.png?width={100 + i}")
        kind = json.loads(body).get("type", "?").rsplit(":", 1)[-1] if status >= 400 else "image"
        return status, kind, (time.perf_counter() - t0) * 1000

    results = together(clients, work)
    refused = [ms for s, kind, ms in results if kind == "overloaded"]  # turned away by the gate
    stopped = [ms for s, kind, ms in results if kind == "render-timeout"]  # drawn until the deadline stopped it
    print(f"flood clients={clients} shed={len(refused)} drawn_until_deadline={len(stopped)}"
          f" other={len(results) - len(refused) - len(stopped)}"
          f" refused_p50_ms={percentile(refused, 50):.1f} refused_p99_ms={percentile(refused, 99):.1f}"
          f" refused_max_ms={max(refused) if refused else 0:.1f}", flush=True)


def main():
    base = sys.argv[1]
    client = Client(base)
    references = {}
    for path in MIX:
        status, body = client.get(path)
        assert status == 200, (path, status)
        references[path] = hashlib.sha256(body).digest()
    for clients, each in ((32, 40), (64, 20), (128, 10)):
        burst(base, references, clients, each)
    identical(base)
    if len(sys.argv) > 2:
        # The flood application gets no warm-up requests: its first flood pays its first-request costs
        # (JAX-RS, CDI, class loading, the JIT on a refusal's path). Reported, then measured again.
        print("cold " + "", end="")
        flood(sys.argv[2])
        flood(sys.argv[2])


if __name__ == "__main__":
    main()
