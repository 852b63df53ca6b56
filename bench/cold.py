#!/usr/bin/env python3
"""Cold whole-process timing of jianbao against Typst (and XeLaTeX when installed), alternating.

Usage: python3 bench/cold.py [--runs N] [--sample zhejiang-2020-07] [--java17 HOME] [--java25 HOME]

jianbao runs twice per round: as `./jianbao` chooses (the newest Java 25 or later, with its
ahead-of-time cache) and on Java 17 with its class-data sharing archive (JIANBAO_JAVA_HOME). Each
round runs every tool once, in turn (A B C A B C ...), so that drift of the machine affects all
alike. For each run: wall time (perf_counter), CPU time (user+sys) and peak RSS of the process
(wait4's resource usage); the PDF's size. Prints medians and ratios as a Markdown table, and the
machine's load average before and after: figures taken under load are not comparable.
Typst comes from ../shared/anchors (npm, typst.ts node binding); it is installed into
target/anchors on first use. XeLaTeX runs only if `xelatex` is on PATH.
"""
import argparse, glob, os, re, shutil, statistics, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANCHORS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'anchors'))
WORK = os.path.join(ROOT, 'target', 'anchors')


def setup_typst():
    if not os.path.isdir(ANCHORS):
        return None
    os.makedirs(WORK, exist_ok=True)
    for f in os.listdir(ANCHORS):
        src = os.path.join(ANCHORS, f)
        if os.path.isfile(src):
            shutil.copy(src, WORK)
    if not os.path.isdir(os.path.join(WORK, 'node_modules')):
        subprocess.run(['npm', 'install', '--silent'], cwd=WORK, check=True)
    noto = os.path.join(WORK, 'noto')
    os.makedirs(noto, exist_ok=True)
    for f in ('NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Bold.ttc'):
        link = os.path.join(noto, f)
        if not os.path.exists(link):
            os.symlink(os.path.join(ROOT, 'fonts', f), link)
    return ['node', 'compile.js', 'bulletin.typ', os.path.join(WORK, 'typst.pdf')], WORK, \
        os.path.join(WORK, 'typst.pdf'), {'NOTO_DIR': noto}


def setup_xelatex():
    if shutil.which('xelatex') is None or not os.path.isdir(ANCHORS):
        return None
    tex = os.path.join(WORK, 'tex')
    os.makedirs(tex, exist_ok=True)
    shutil.copy(os.path.join(ANCHORS, 'bulletin.tex'), tex)
    return ['xelatex', '-interaction=batchmode', 'bulletin.tex'], tex, os.path.join(tex, 'bulletin.pdf'), {}


def timed(cmd, cwd, env):
    e = dict(os.environ)
    e.update(env)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit('failed: ' + ' '.join(cmd))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def java_home(version):
    """The first JDK of that feature version under /usr/lib/jvm (None if there is none)."""
    for d in sorted(glob.glob('/usr/lib/jvm/*')):
        try:
            with open(os.path.join(d, 'release')) as f:
                if re.search(r'^JAVA_VERSION="%d[."]' % version, f.read(), re.M) and not os.path.islink(d):
                    return d
        except OSError:
            pass
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=7)
    ap.add_argument('--sample', default='zhejiang-2020-07')
    ap.add_argument('--java25', default=java_home(25), help='a Java 25 or later (default: /usr/lib/jvm)')
    ap.add_argument('--java17', default=java_home(17), help='a Java 17 (default: /usr/lib/jvm)')
    a = ap.parse_args()
    tools = {}
    for name, home in (('jianbao, Java 25 + AOT cache', a.java25), ('jianbao, Java 17 + CDS', a.java17)):
        if home:
            out = os.path.join(ROOT, 'target', 'bench', os.path.basename(home))
            os.makedirs(out, exist_ok=True)
            tools[name] = ([os.path.join(ROOT, 'jianbao'), 'render', os.path.join('issues', a.sample + '.json'),
                            '-o', out], ROOT, os.path.join(out, a.sample + '.pdf'), {'JIANBAO_JAVA_HOME': home})
    for name, setup in (('Typst 0.14', setup_typst), ('XeLaTeX', setup_xelatex)):
        t = setup()
        if t:
            tools[name] = t
    for name, (cmd, cwd, pdf, env) in tools.items():   # first runs: builds, archives, font caches
        timed(cmd, cwd, env)
    load = os.getloadavg()[0]
    results = {n: [] for n in tools}
    for _ in range(a.runs):
        for name, (cmd, cwd, pdf, env) in tools.items():
            results[name].append(timed(cmd, cwd, env))
    ref = 'Typst 0.14' if 'Typst 0.14' in results else next(iter(results))
    base = statistics.median(r[0] for r in results[ref])
    print(f'| tool | wall (median) | CPU | peak RSS | PDF | wall ÷ {ref} |')
    print('|---|---|---|---|---|---|')
    for name, rs in results.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        rss = statistics.median(r[2] for r in rs)
        size = os.path.getsize(tools[name][2])
        print(f'| {name} | {wall:.2f} s | {cpu:.2f} s | {rss:.0f} MiB | {size:,} B | {wall / base:.2f} |')
    print(f'\n{a.runs} alternating rounds; load average {load:.2f} before, {os.getloadavg()[0]:.2f} after;'
          ' walls: ' + '; '.join(
        f'{n} ' + ' '.join(f'{r[0]:.2f}' for r in rs) for n, rs in results.items()))


if __name__ == '__main__':
    main()
