import json, sys, glob
runs = {}
for f in sorted(glob.glob(__import__('os').path.join(__import__('os').path.dirname(__file__), '[ab][ef]*-[12].json'))):
    tag = f.split('/')[-1][:-5]
    try:
        data = json.load(open(f))
    except Exception:
        continue
    for b in data:
        name = b['benchmark'].split('.')[-1]
        chart = b['params']['chart']
        s = b['primaryMetric']
        alloc = b['secondaryMetrics'].get('·gc.alloc.rate.norm', b['secondaryMetrics'].get('gc.alloc.rate.norm'))
        runs.setdefault((name, chart), {})[tag] = (s['score'], s['scoreError'], alloc['score'] / 1024 if alloc else float('nan'))
tags = sorted({t for v in runs.values() for t in v}, key=lambda t: (t.split('-')[1], t.split('-')[0] != 'before'))
print('| benchmark | chart | ' + ' | '.join(tags) + ' | after ÷ before |')
print('|---|---|' + '---:|' * (len(tags) + 1))
for (name, chart), v in sorted(runs.items()):
    cells = [f"{v[t][0]:.2f} ± {v[t][1]:.2f}" if t in v else '' for t in tags]
    b = [v[t][0] for t in v if t.startswith('before')]
    a = [v[t][0] for t in v if t.startswith('after')]
    ratio = f"{(sum(a)/len(a))/(sum(b)/len(b)):.3f}" if a and b else ''
    print(f"| {name} | {chart} | " + ' | '.join(cells) + f" | {ratio} |")
print()
print('allocation KB/op (first of each):')
for (name, chart), v in sorted(runs.items()):
    print(name, chart, ' '.join(f"{t}={v[t][2]:.0f}" for t in tags if t in v))
