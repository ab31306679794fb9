#!/usr/bin/env python3
"""Helpers for m4.sh: convert the M4 subset to the forecast CLI's input, build a validation split
from the training data alone, and cut CLI output down to the scorer's columns.

    m4_tools.py cli-input DATA_DIR OUT.csv [--weekly-season M]
    m4_tools.py validation DATA_DIR OUT_DIR      # last horizon of each training series held out
    m4_tools.py scorer-input CLI_OUT.csv OUT.csv
    m4_tools.py table SUMMARY.txt OUT.md          # m4.sh's score log as markdown tables

Only train.csv and info.csv are read (plus build/m4naive2.py for the validation split's Naive2);
test.csv is left to score.py.
"""
import csv, os, sys
from collections import OrderedDict, defaultdict


def load(data):
    info = OrderedDict()
    with open(os.path.join(data, 'info.csv'), newline='') as f:
        for r in csv.DictReader(f):
            info[r['series_id']] = r
    train = defaultdict(list)
    with open(os.path.join(data, 'train.csv'), newline='') as f:
        for r in csv.DictReader(f):
            train[r['series_id']].append((int(r['t']), r['value']))
    for sid in train:
        train[sid].sort()
    return info, train


def cli_input(data, out, weekly_season):
    info, train = load(data)
    with open(out, 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['series_id', 'season_length', 'horizon', 't', 'value'])
        for sid, r in info.items():
            m = int(r['period_m'])
            if r['frequency_group'] == 'Weekly':
                m = weekly_season
            for t, v in train[sid]:
                w.writerow([sid, m, r['horizon'], t, v])


def validation(data, out_dir):
    sys.path.insert(0, os.path.join(data, 'build'))
    from m4naive2 import naive2
    info, train = load(data)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'info.csv'), 'w', newline='') as fi, \
            open(os.path.join(out_dir, 'train.csv'), 'w', newline='') as ftr, \
            open(os.path.join(out_dir, 'test.csv'), 'w', newline='') as fte, \
            open(os.path.join(out_dir, 'naive2_forecasts.csv'), 'w', newline='') as fn:
        wi, wtr, wte, wn = (csv.writer(x, lineterminator='\n') for x in (fi, ftr, fte, fn))
        wi.writerow(['series_id', 'frequency_group', 'category', 'period_m', 'horizon', 'n_train',
                     'start_date_if_known'])
        wtr.writerow(['series_id', 'frequency_group', 't', 'value'])
        wte.writerow(['series_id', 'h', 'value'])
        wn.writerow(['series_id', 'h', 'point'])
        for sid, r in info.items():
            h, m = int(r['horizon']), int(r['period_m'])
            values = train[sid]
            keep, held = values[:-h], values[-h:]
            wi.writerow([sid, r['frequency_group'], r['category'], m, h, len(keep), ''])
            for t, v in keep:
                wtr.writerow([sid, r['frequency_group'], t, v])
            for k, (_, v) in enumerate(held):
                wte.writerow([sid, k + 1, v])
            fc, _ = naive2([float(v) for _, v in keep], m, h)
            for k, v in enumerate(fc):
                wn.writerow([sid, k + 1, repr(v)])


def scorer_input(cli_out, out):
    with open(cli_out, newline='') as f, open(out, 'w', newline='') as g:
        rd = csv.DictReader(f)
        w = csv.writer(g, lineterminator='\n')
        cols = ['series_id', 'h', 'point', 'lo80', 'hi80', 'lo95', 'hi95']
        w.writerow(cols)
        for r in rd:
            w.writerow([r[c] for c in cols])


def table(summary, out):
    """Turns the '== model (N s)' blocks of score.py output into OWA/sMAPE/MASE/coverage tables."""
    import re
    header, runs, current = [], [], None
    for line in open(summary):
        line = line.rstrip('\n')
        m = re.match(r'== (\S+) \((\d+) s\)', line)
        if m:
            current = dict(model=m.group(1), seconds=int(m.group(2)), rows={})
            runs.append(current)
        elif current is not None and line and not line.startswith('group') and not line.startswith('('):
            f = line.split()
            if len(f) >= 5 and f[1].isdigit():
                current['rows'][f[0]] = f[1:]
        elif current is None and line:
            header.append(line)
    groups = ['Yearly', 'Quarterly', 'Weekly', 'Hourly', 'ALL']
    with open(out, 'w') as g:
        for line in header:
            g.write(line + '  \n')
        for title, col in (('OWA', 3), ('sMAPE (%)', 1), ('MASE', 2)):
            g.write('\n### %s\n\n| model | %s | time (s) |\n|---|%s---:|\n' % (
                title, ' | '.join(groups), '---:|' * len(groups)))
            for r in runs:
                g.write('| %s | %s | %d |\n' % (r['model'], ' | '.join(
                    r['rows'].get(x, ['-'] * 7)[col] for x in groups), r['seconds']))
        g.write('\n### Interval coverage (nominal 0.80 / 0.95) and MSIS95\n\n| model | %s |\n|---|%s\n' % (
            ' | '.join(groups), '---:|' * len(groups)))
        for r in runs:
            cells = []
            for x in groups:
                v = r['rows'].get(x, ['-'] * 7)
                cells.append('%s / %s (%s)' % (v[4], v[5], v[6]) if len(v) >= 7 else '-')
            g.write('| %s | %s |\n' % (r['model'], ' | '.join(cells)))


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'cli-input' and len(sys.argv) in (4, 6):
        season = int(sys.argv[5]) if len(sys.argv) == 6 and sys.argv[4] == '--weekly-season' else 1
        cli_input(sys.argv[2], sys.argv[3], season)
    elif cmd == 'validation' and len(sys.argv) == 4:
        validation(sys.argv[2], sys.argv[3])
    elif cmd == 'scorer-input' and len(sys.argv) == 4:
        scorer_input(sys.argv[2], sys.argv[3])
    elif cmd == 'table' and len(sys.argv) == 4:
        table(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
