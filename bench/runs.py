#!/usr/bin/env python3
"""Long runs of one kind of character: read, layout and write times against the run's length.

Usage: python3 bench/runs.py [--lengths 25000,50000,100000,200000,400000] [--kinds letters,digits,url,mail,pasted]

Issue 11 item 4: line breaking, address detection and punctuation normalisation must be linear
in the length of a run (a 200,000-letter run once took more than 300 s). For each kind and length
this writes a descriptor with one paragraph holding the run (under target/runs/), renders it in a
process of its own with -Djianbao.timing (the median of three), and prints the milliseconds of
each phase and the layout's microseconds per character: linear when that column stays flat.

Kinds: letters (aaaa…, one word longer than any line), digits (7777…), url (https://example.org/a/a/…),
mail (aaaa…@example.org, an address that never breaks), pasted (Chinese text with ASCII commas,
straight quotes and a hyphen range in every sentence: every normalisation rule at work).
"""
import argparse, json, os, re, shutil, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, 'target', 'runs')
PROFILE = {
    "name": "长串测试", "masthead": {"lines": [{"text": "长串测试"}]}, "issueLine": "第{number}期",
    "editor": "测试", "contents": {"enabled": False},
    "styles": {"body": {"size": "小四", "lineHeight": "20pt"}}
}


def run(kind, n):
    if kind == 'letters':
        return 'a' * n
    if kind == 'digits':
        return '7' * n
    if kind == 'url':
        return 'https://example.org/' + 'a/' * (n // 2)
    if kind == 'mail':
        return 'a' * n + '@example.org'
    sentence = '据统计,1-7月"重点企业"收入增长8.6%(高于全国).'   # 30 characters
    return sentence * (n // len(sentence))


def timed(path):
    env = dict(os.environ, JAVA_TOOL_OPTIONS='-Djianbao.timing=true')
    r = subprocess.run([os.path.join(ROOT, 'jianbao'), 'render', path, '-o', os.path.join(WORK, 'out')],
                       cwd=ROOT, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit('jianbao failed:\n' + r.stderr)
    m = re.search(r'read (\d+) ms, layout (\d+) ms, write (\d+) ms', r.stderr)
    pages = int(re.search(r'\((\d+) pages', r.stdout + r.stderr).group(1))
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lengths', default='25000,50000,100000,200000,400000')
    ap.add_argument('--kinds', default='letters,digits,url,mail,pasted')
    a = ap.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    with open(os.path.join(WORK, 'profile.json'), 'w', encoding='utf-8') as f:
        json.dump(PROFILE, f, ensure_ascii=False)
    print('| kind | characters | pages | read ms | layout ms | write ms | layout µs/char |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for kind in a.kinds.split(','):
        for n in (int(x) for x in a.lengths.split(',')):
            issue = {"profile": "profile.json", "year": 2024, "number": 1, "total": 1, "date": "2024-01-01",
                     "sections": [{"name": "测试", "articles": [{"title": "长串",
                                                               "body": ["前文" + run(kind, n) + "后文。"]}]}]}
            path = os.path.join(WORK, '%s-%d.json' % (kind, n))
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(issue, f, ensure_ascii=False)
            rows = [timed(path) for _ in range(3)]
            read, layout, write, pages = (sorted(col)[1] for col in zip(*rows))   # each phase's median of three
            print('| %s | %d | %d | %d | %d | %d | %.2f |' % (kind, n, pages, read, layout, write, 1000.0 * layout / n))


if __name__ == '__main__':
    main()
