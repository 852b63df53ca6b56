#!/usr/bin/env python3
"""Scaling of jianbao: issues of growing length, huge tables and huge article counts, and a batch
of many issues in one process.

Usage: python3 bench/scale.py [--only length|rows|articles|batch[,...]] [--runs N]
                              [--pages 25,50,100,200] [--rows 5000,10000,20000,50000]
                              [--articles 1000,2000,5000,10000] [--format pdf|ofd|pdf,ofd]
                              [--batch 100]

Length: builds synthetic issues under target/scale/ by repeating the zhejiang sample's sections
(article titles numbered so that every copy is its own article) until the rendered issue reaches
about the asked page count, renders each in its own process (the median of `--runs` runs) and reports pages, wall time,
milliseconds per page and peak RSS. Scaling is linear when ms/page stays flat.

Rows (issue 16): one article holding a member directory (会员单位名录), a table of N rows of five
columns (序号, 单位名称, 地址, 联系人, 电话) with realistic Chinese content; reports pages, wall time,
milliseconds per row and peak RSS. Linear when ms/row stays flat; the target is a peak RSS of at
most 400 MiB for 50,000 rows under the launcher's 512 MiB heap.

Articles (issue 16): N articles of a title and one or two paragraphs each, in the zhejiang
profile's seven sections (so the contents list has N entries); same columns, per article. The
target is a peak RSS of at most 400 MiB for 10,000 articles.

Every workload renders each input in its own process, `--runs` times (default 3), and reports the
median run; peak RSS is the whole process's, from GNU time.

Batch: copies the samples round-robin into target/scale/batch/ until there are N descriptors and
renders the folder with one `jianbao render` process; reports wall time and peak RSS.
"""
import argparse, json, os, re, shutil, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISSUES = os.path.join(ROOT, 'issues')
WORK = os.path.join(ROOT, 'target', 'scale')
SAMPLES = ['tianjin-2021-08', 'tianjin-2023-06', 'zhejiang-2020-07', 'stress-2024-01']


def timed(args, fail=True):
    """Runs the launcher; returns wall seconds, peak RSS in MiB and stdout (with fail=False, stdout
    is None when jianbao failed, and its last message line is returned in its place)."""
    with tempfile.NamedTemporaryFile('r') as t:
        r = subprocess.run(['/usr/bin/time', '-o', t.name, '-f', '%e %M', os.path.join(ROOT, 'jianbao')] + args,
                           cwd=ROOT, capture_output=True, text=True)
        wall, rss = t.read().split()[-2:]
    if r.returncode != 0:
        if fail:
            raise SystemExit('jianbao failed:\n' + r.stderr)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        return float(wall), int(rss) / 1024, None, 'exit %d: %s' % (r.returncode, lines[-1] if lines else '')
    return float(wall), int(rss) / 1024, r.stdout


def relocate(issue, folder):
    """Writes a sample's descriptor into another folder, with the profiles and images it refers to."""
    for sub in ('profiles', 'images'):
        if not os.path.isdir(os.path.join(folder, sub)):
            shutil.copytree(os.path.join(ISSUES, sub), os.path.join(folder, sub))
    issue.pop('$schema', None)
    return json.dumps(issue, ensure_ascii=False)


def median_run(args, runs, fail=True):
    results = sorted(timed(args, fail) for _ in range(runs))
    return results[len(results) // 2]


FAMILY = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'
GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文斌'
CITIES = [('杭州', '0571', ['西湖区', '上城区', '拱墅区', '滨江区', '余杭区']),
          ('宁波', '0574', ['海曙区', '江北区', '鄞州区', '北仑区']),
          ('温州', '0577', ['鹿城区', '龙湾区', '瓯海区']),
          ('嘉兴', '0573', ['南湖区', '秀洲区']),
          ('绍兴', '0575', ['越城区', '柯桥区', '上虞区']),
          ('金华', '0579', ['婺城区', '金东区'])]
WORDS = ['数智', '云帆', '信达', '华创', '恒通', '中科', '天健', '博远', '新锐', '智联', '汇金', '鼎盛', '锦程', '明德']
TRADES = ['信息技术', '软件', '网络科技', '数据服务', '智能科技', '电子商务', '系统集成', '信息安全']
ROADS = ['文三路', '教工路', '江南大道', '学院路', '中山路', '解放路', '人民路', '科技大道', '创业路']


def member(i):
    """Row i of a member directory: deterministic, varied, as long as real ones."""
    city, code, districts = CITIES[i % len(CITIES)]
    name = '%s%s%s%s有限公司' % (city, WORDS[i % len(WORDS)], WORDS[(i * 7 + 3) % len(WORDS)], TRADES[(i // 3) % len(TRADES)])
    address = '浙江省%s市%s%s%d号%s' % (city, districts[i % len(districts)], ROADS[(i * 5) % len(ROADS)],
                                  1 + (i * 37) % 899, '' if i % 4 else '%d幢%d室' % (1 + i % 9, 101 + i % 1200))
    person = FAMILY[(i * 11) % len(FAMILY)] + GIVEN[(i * 13) % len(GIVEN)] + ('' if i % 3 else GIVEN[(i * 17) % len(GIVEN)])
    phone = '%s-8%07d' % (code, (i * 7919) % 10000000)
    return [str(i + 1), name, address, person, phone]


def write_issue(folder, name, sections):
    issue = {'profile': 'profiles/zhejiang.json', 'year': 2020, 'number': 7, 'total': 113, 'date': '2020-07-31',
             'sections': sections}
    path = os.path.join(folder, name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(relocate(issue, folder))
    return path


def per_item(kind, counts, make, runs, formats):
    """Renders an input of each count (made by make(folder, n)) and prints a row each; a run that
    fails (a runaway input under the heap cap) is reported with its message."""
    folder = os.path.join(WORK, kind)
    os.makedirs(folder, exist_ok=True)
    print()
    print('| %s (%s) | pages | wall s | ms per %s | peak RSS MiB |' % (kind, formats, kind[:-1]))
    print('|---:|---:|---:|---:|---:|')
    for n in counts:
        path = make(folder, n)
        result = median_run(['render', path, '-o', os.path.join(folder, 'out'), '--format', formats], runs, False)
        wall, rss, out = result[:3]
        if out is None:
            print('| %d | fails (%s) | %.2f | — | %.0f |' % (n, result[3], wall, rss), flush=True)
            continue
        pages = int(re.search(r'(\d+) pages', out).group(1))
        print('| %d | %d | %.2f | %.3f | %.0f |' % (n, pages, wall, 1000 * wall / n, rss), flush=True)


def rows(counts, runs, formats):
    def make(folder, n):
        table = {'type': 'table', 'caption': '会员单位名录（%d家）' % n,
                 'columns': [{'align': 'center'}, {'align': 'left'}, {'align': 'left'}, {'align': 'center'},
                             {'align': 'center'}],
                 'header': [['序号', '单位名称', '地址', '联系人', '电话']],
                 'rows': [member(i) for i in range(n)]}
        article = {'title': '浙江省软件行业协会会员单位名录', 'body': ['截至2020年7月，协会共有会员单位%d家，名录如下。' % n, table]}
        return write_issue(folder, 'rows-%d' % n, [{'name': '工作动态', 'articles': [article]}])
    per_item('rows', counts, make, runs, formats)


def articles(counts, runs, formats):
    base = json.load(open(os.path.join(ISSUES, 'zhejiang-2020-07.json'), encoding='utf-8'))
    paragraphs = [p for s in base['sections'] for a in s['articles'] for p in a['body'] if isinstance(p, str)]
    names = [s['name'] for s in base['sections']]

    def make(folder, n):
        sections = [{'name': name, 'articles': []} for name in names]
        for i in range(n):
            body = [paragraphs[i % len(paragraphs)]]
            if i % 2:
                body.append(paragraphs[(i * 7 + 1) % len(paragraphs)])
            title = '%s%s签约第%d个数字化项目' % (member(i)[1], '与省经信厅' if i % 2 else '', i + 1)
            sections[i % len(sections)]['articles'].append({'title': title, 'body': body})
        return write_issue(folder, 'articles-%d' % n, sections)
    per_item('articles', counts, make, runs, formats)


def length(pages_wanted, runs):
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
        wall, rss, out = median_run(['render', path, '-o', os.path.join(folder, 'out')], runs)
        pages = int(re.search(r'(\d+) pages', out).group(1))
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
    pages = sum(int(p) for p in re.findall(r'(\d+) pages', out))
    print()
    print('| batch | issues | pages | wall s | peak RSS MiB |')
    print('|---|---:|---:|---:|---:|')
    print('| one `jianbao render` of a folder | %d | %d | %.1f | %.0f |' % (n, pages, wall, rss))


def main():
    # a first run builds the jar and the class-data archive if they are missing or stale
    timed(['render', os.path.join(ISSUES, 'tianjin-2021-08.json'), '-o', os.path.join(WORK, 'first')])
    ap = argparse.ArgumentParser()
    ap.add_argument('--pages', default='25,50,100,200')
    ap.add_argument('--rows', default='5000,10000,20000,50000')
    ap.add_argument('--articles', default='1000,2000,5000,10000')
    ap.add_argument('--batch', type=int, default=100)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--only', default='length,rows,articles,batch')
    ap.add_argument('--format', default='pdf', help='rows and articles: pdf, ofd or pdf,ofd')
    a = ap.parse_args()
    only = a.only.split(',')
    if 'length' in only:
        length([int(p) for p in a.pages.split(',')], a.runs)
    if 'rows' in only:
        rows([int(n) for n in a.rows.split(',')], a.runs, a.format)
    if 'articles' in only:
        articles([int(n) for n in a.articles.split(',')], a.runs, a.format)
    if 'batch' in only:
        batch(a.batch)


if __name__ == '__main__':
    main()
