"""Writes shops/<shop>-faq.json and <split>/<shop>.jsonl from the hand-written sources in src/*.py.
Run: /usr/bin/python3 lib/faq/eval/src/build.py (no dependencies). Sources are the authored data."""
import json, os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {'same-topic', 'statement', 'complaint', 'other-topic'}
for name in sorted(os.listdir(HERE)):
    if not name.endswith('.py') or name == 'build.py':
        continue
    spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    ids = {e['id'] for e in m.FAQ}
    faq = [{'id': e['id'], 'lang': m.LANG, 'questions': e['q'], 'answers': e['a'], 'enabled': True} for e in m.FAQ]
    with open(os.path.join(ROOT, 'shops', f'{m.SHOP}-faq.json'), 'w', encoding='utf-8') as f:
        json.dump(faq, f, ensure_ascii=False, indent=1); f.write('\n')
    lines, seen, n = [], set(), 0
    for fid, texts in m.POS.items():
        assert fid in ids, (m.SHOP, fid)
        for t in texts:
            lines.append({'text': t, 'lang': m.LANG, 'expect': fid, 'kind': 'paraphrase'})
    for kind, texts in m.NEG.items():
        assert kind in KINDS, kind
        for t in texts:
            lines.append({'text': t, 'lang': m.LANG, 'expect': None, 'kind': kind})
    for i, l in enumerate(lines):
        key = l['text'].strip().lower()
        assert key not in seen, (m.SHOP, l['text']); seen.add(key)
        l['author'] = f'viewer{(i * 7) % 23}'
    # Interleave so a shop's file reads like a chat, deterministic.
    order = sorted(range(len(lines)), key=lambda i: (i * 37) % len(lines))
    with open(os.path.join(ROOT, m.SPLIT, f'{m.SHOP}.jsonl'), 'w', encoding='utf-8') as f:
        for i in order:
            f.write(json.dumps({'shop': m.SHOP, **lines[i]}, ensure_ascii=False) + '\n')
    pos = sum(len(v) for v in m.POS.values()); neg = sum(len(v) for v in m.NEG.values())
    print(f'{m.SPLIT}/{m.SHOP}: {len(faq)} entries, {pos} answerable, {neg} must-not-answer', file=sys.stderr)
