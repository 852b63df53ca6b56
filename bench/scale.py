#!/usr/bin/env python3
"""Scaling of jianbao: issues of growing length, and a batch of many issues in one process.

Usage: python3 bench/scale.py [--pages 25,50,100,200] [--batch 100]

Length: builds synthetic issues under target/scale/ by repeating the zhejiang sample's sections
(article titles numbered so that every copy is its own article) until the rendered issue reaches
about the asked page count, renders each in its own process (median of three runs) and reports pages, wall time,
milliseconds per page and peak RSS. Scaling is linear when ms/page stays flat.

Batch: copies the samples round-robin into target/scale/batch/ until there are N descriptors and
renders the folder with one `jianbao render` process; reports wall time and peak RSS.
"""
import argparse, json, os, re, shutil, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISSUES = os.path.join(ROOT, 'issues')
WORK = os.path.join(ROOT, 'target', 'scale')
SAMPLES = ['tianjin-2021-08', 'tianjin-2023-06', 'zhejiang-2020-07', 'stress-2024-01']


def timed(args):
    with tempfile.NamedTemporaryFile('r') as t:
        r = subprocess.run(['/usr/bin/time', '-o', t.name, '-f', '%e %M', os.path.join(ROOT, 'jianbao')] + args,
                           cwd=ROOT, capture_output=True, text=True)
        wall, rss = t.read().split()[-2:]
    if r.returncode != 0:
        raise SystemExit('jianbao failed:\n' + r.stderr)
    return float(wall), int(rss) / 1024, r.stdout


def relocate(issue, folder):
    """Writes a sample's descriptor into another folder, with the profiles and images it refers to."""
    for sub in ('profiles', 'images'):
        if not os.path.isdir(os.path.join(folder, sub)):
            shutil.copytree(os.path.join(ISSUES, sub), os.path.join(folder, sub))
    issue.pop('$schema', None)
    return json.dumps(issue, ensure_ascii=False)


def length(pages_wanted):
    base = json.load(open(os.path.join(ISSUES, 'zhejiang-2020-07.json'), encoding='utf-8'))
    folder = os.path.join(WORK, 'length')
    os.makedirs(folder, exist_ok=True)
    rows = []
    for want in pages_wanted:
        copies = max(1, round(want / 7))   # the sample sets 7 pages
        issue = json.loads(json.dumps(base))
        sections = []
        for c in range(copies):
            for s in base['sections']:
                s = json.loads(json.dumps(s))
                s['name'] = s['name'] + ('' if c == 0 else '（续%d）' % c)
                for a in s['articles']:
                    a['title'] = a['title'] + ('' if c == 0 else '（之%d）' % (c + 1))
                sections.append(s)
        issue['sections'] = sections
        name = 'zhejiang-x%d' % copies
        path = os.path.join(folder, name + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(relocate(issue, folder))
        runs = sorted(timed(['render', path, '-o', os.path.join(folder, 'out')]) for _ in range(3))
        wall, rss, out = runs[1]   # the median of three
        pages = int(re.search(r'\((\d+) pages', out).group(1))
        rows.append((name, pages, wall, rss))
    print('| issue | pages | wall s | ms/page | ms per page beyond the first row | peak RSS MiB |')
    print('|---|---:|---:|---:|---:|---:|')
    first = rows[0]
    for name, pages, wall, rss in rows:
        extra = '—' if pages == first[1] else '%.1f' % (1000 * (wall - first[2]) / (pages - first[1]))
        print('| %s | %d | %.2f | %.1f | %s | %.0f |' % (name, pages, wall, 1000 * wall / pages, extra, rss))


def batch(n):
    folder = os.path.join(WORK, 'batch')
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for i in range(n):
        sample = SAMPLES[i % len(SAMPLES)]
        issue = json.load(open(os.path.join(ISSUES, sample + '.json'), encoding='utf-8'))
        with open(os.path.join(folder, '%03d-%s.json' % (i + 1, sample)), 'w', encoding='utf-8') as f:
            f.write(relocate(issue, folder))
    wall, rss, out = timed(['render', folder, '-o', os.path.join(WORK, 'batch-out')])
    pages = sum(int(p) for p in re.findall(r'\((\d+) pages', out))
    print()
    print('| batch | issues | pages | wall s | peak RSS MiB |')
    print('|---|---:|---:|---:|---:|')
    print('| one `jianbao render` of a folder | %d | %d | %.1f | %.0f |' % (n, pages, wall, rss))


def main():
    # a first run builds the jar and the class-data archive if they are missing or stale
    timed(['render', os.path.join(ISSUES, 'tianjin-2021-08.json'), '-o', os.path.join(WORK, 'first')])
    ap = argparse.ArgumentParser()
    ap.add_argument('--pages', default='25,50,100,200')
    ap.add_argument('--batch', type=int, default=100)
    a = ap.parse_args()
    length([int(p) for p in a.pages.split(',')])
    batch(a.batch)


if __name__ == '__main__':
    main()
