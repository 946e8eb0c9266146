#!/usr/bin/env bash
# Where the CPU time goes in a JFR recording: execution samples by top frame (self), by method
# anywhere on the stack (inclusive), and by the step of a chart request they belong to.
# usage: bench/jfr-summary.sh FILE.jfr [TOP=25]
set -euo pipefail
file=${1:?jfr file} top=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 256 "$file" | python3 -c '
import re, sys
from collections import Counter

top = int(sys.argv[1])
samples, stack, inside = [], [], False
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["):
        inside, stack = True, []
    elif inside and s == "]":
        inside = False
        samples.append(stack)
    elif inside and s and s != "...":
        stack.append(re.sub(r"\s+line:.*$", "", s))

def method(frame):
    return re.sub(r"\(.*\)$", "", frame)

# The step of a request a sample belongs to: the first rule that matches any frame, outermost first.
steps = [
    ("PNG encode (PngEncoder: filters, DEFLATE)", ("com.sun.imageio.plugins.png", "java.util.zip.Deflater", "dev.chartserve.render.internal.PngEncoder")),
    ("tight bbox (seed-line: an extra raster pass)", ("dev.chartserve.figure.internal.style.TightBounds",)),
    ("raster draw (Figure.draw)", ("dev.chartserve.figure.Figure.draw", "dev.chartserve.render.internal.Raster")),
    ("figure build (producer: hist, contour, imshow calls)", ("dev.chartserve.cdi.internal.ChartRegistry.draw", "dev.chartserve.demo.")),
    ("request handling (Tomcat, Jersey, Weld, ChartServe web)", ("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat", "org.glassfish", "org.jboss.weld", "dev.chartserve.web")),
]
by_step = Counter()
for st in samples:
    ms = [method(f) for f in st]
    for name, prefixes in steps:
        if any(m.startswith(p) for m in ms for p in prefixes):
            by_step[name] += 1
            break
    else:
        by_step["other (GC/JIT threads are not sampled here; idle polling, JFR)"] += 1

n = len(samples) or 1
print("execution samples: %d" % len(samples))
print("\n-- by step of the request (first match, in this order) --")
for name, _ in steps + [("other (GC/JIT threads are not sampled here; idle polling, JFR)", ())]:
    print("%5.1f%%  %s" % (100.0 * by_step[name] / n, name))
print("\n-- top %d methods, self (the frame running) --" % top)
for m, c in Counter(method(st[0]) for st in samples if st).most_common(top):
    print("%5.1f%%  %s" % (100.0 * c / n, m))
print("\n-- top %d methods, inclusive (on the stack), dev.chartserve / org.jfree / JDK rendering --" % top)
incl = Counter()
for st in samples:
    for m in set(method(f) for f in st):
        if m.startswith(("dev.chartserve.", "org.jfree.", "sun.java2d.", "sun.font.", "java.awt.", "com.sun.imageio.", "javax.imageio.", "java.util.zip.")):
            incl[m] += 1
for m, c in incl.most_common(top):
    print("%5.1f%%  %s" % (100.0 * c / n, m))
' "$top"
