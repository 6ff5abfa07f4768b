"""Tiny transformer (trained from scratch) for intent + sentiment, exported to ONNX for transformers.js.

Reads token ids produced by transformers.js's own tokenizer (models/tjs/make-tokenizer.ts), so the
extension tokenises exactly as training did. One model, 14 logits: 11 intent + 3 sentiment.
Run: /usr/bin/python3 models/tjs/train_tiny.py   (Debian python3-torch 1.13 + python3-onnx)
"""
import json, math, os, random, time
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.getcwd()
# TINY_NAME / TINY_DATA: the distilled student (models/student/tiny-data.ts) trains with this same code.
NAME = os.environ.get('TINY_NAME', 'chat-tiny')
OUT = os.path.join(ROOT, 'models', 'tjs', 'local', NAME)
torch.manual_seed(42); random.seed(42)
torch.set_num_threads(1)
data = json.load(open(os.path.join(ROOT, os.environ.get('TINY_DATA', os.path.join('models', '.cache', 'tjs-data.json')))))
SOFT = 'softIntent' in data['train']  # teacher probabilities instead of gold labels
V, L = data['vocabSize'], data['maxLen']
NI, NS = len(data['intents']), len(data['sentiments'])
EPOCHS = int(os.environ.get('TINY_EPOCHS', '5'))
# Size (TINY_D width, TINY_LAYERS blocks, TINY_HEADS, TINY_FF): defaults are the contender's.
SIZE = dict(d=int(os.environ.get('TINY_D', '64')), layers=int(os.environ.get('TINY_LAYERS', '1')), heads=int(os.environ.get('TINY_HEADS', '4')), ff=int(os.environ.get('TINY_FF', '128')))


class Block(nn.Module):
    # Plain ops only (no fused kernels) so the ONNX graph is portable to onnxruntime-web.
    def __init__(self, d, h, ff):
        super().__init__()
        self.h, self.dk = h, d // h
        self.qkv, self.o = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.n1, self.n2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.f1, self.f2 = nn.Linear(d, ff), nn.Linear(ff, d)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, d = x.shape
        q, k, v = self.qkv(self.n1(x)).view(b, t, 3, self.h, self.dk).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(self.dk) + bias, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.drop(self.o(y))
        return x + self.drop(self.f2(F.gelu(self.f1(self.n2(x)))))


class Tiny(nn.Module):
    def __init__(self, d=64, layers=1, heads=4, ff=128):
        super().__init__()
        self.tok, self.pos = nn.Embedding(V, d), nn.Embedding(L, d)
        self.blocks = nn.ModuleList([Block(d, heads, ff) for _ in range(layers)])
        self.norm, self.out = nn.LayerNorm(d), nn.Linear(d, NI + NS)

    def forward(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        x = self.tok(input_ids) + self.pos(torch.arange(t).unsqueeze(0))
        m = attention_mask.float()
        bias = ((1.0 - m) * -1e4).unsqueeze(1).unsqueeze(1)
        for blk in self.blocks:
            x = blk(x, bias)
        pooled = (x * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
        return self.out(self.norm(pooled))


def batchify(ids):
    t = max(len(x) for x in ids)
    a = torch.zeros(len(ids), t, dtype=torch.long); m = torch.zeros(len(ids), t, dtype=torch.long)
    for i, x in enumerate(ids):
        a[i, :len(x)] = torch.tensor(x); m[i, :len(x)] = 1
    return a, m


def macro_f1(gold, pred, k):
    f = []
    for c in range(k):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        sp = sum(1 for p in pred if p == c); sg = sum(1 for g in gold if g == c)
        if sg == 0: continue
        pr, rc = (tp / sp if sp else 0), tp / sg
        f.append(2 * pr * rc / (pr + rc) if pr + rc else 0)
    return sum(f) / len(f)


def predict(model, ids):
    model.eval(); out = []
    with torch.no_grad():
        for i in range(0, len(ids), 256):
            a, m = batchify(ids[i:i + 256]); out.append(model(a, m))
    return torch.cat(out)


if SOFT:
    rows = list(zip(data['train']['ids'], data['train']['softIntent'], data['train']['softSentiment']))
else:
    rows = [(x, i, s) for x, i, s in zip(data['train']['ids'], data['train']['intent'], data['train']['sentiment'])]
    rows += [(x, -100, s) for x, s in zip(data['uci']['ids'], data['uci']['sentiment'])]
model = Tiny(**SIZE)
opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
best, t0 = (-1, None, 0), time.time()
for epoch in range(1, EPOCHS + 1):
    model.train(); random.shuffle(rows)
    for i in range(0, len(rows), 64):
        chunk = rows[i:i + 64]
        a, m = batchify([r[0] for r in chunk])
        logits = model(a, m)
        yi = torch.tensor([r[1] for r in chunk]); ys = torch.tensor([r[2] for r in chunk])
        if SOFT:  # cross-entropy against the teacher's probabilities
            loss = -(yi * F.log_softmax(logits[:, :NI], -1)).sum(1).mean() - (ys * F.log_softmax(logits[:, NI:], -1)).sum(1).mean()
        else:
            loss = F.cross_entropy(logits[:, :NI], yi, ignore_index=-100) + F.cross_entropy(logits[:, NI:], ys)
        opt.zero_grad(); loss.backward(); opt.step()
    p = predict(model, data['dev']['ids'])
    fi = macro_f1(data['dev']['intent'], p[:, :NI].argmax(1).tolist(), NI)
    fs = macro_f1(data['dev']['sentiment'], p[:, NI:].argmax(1).tolist(), NS)
    print(f'epoch {epoch} dev intent {fi:.3f} sentiment {fs:.3f} ({time.time() - t0:.0f}s)', flush=True)
    if (fi + fs) / 2 > best[0]:
        best = ((fi + fs) / 2, {k: v.clone() for k, v in model.state_dict().items()}, epoch)
model.load_state_dict(best[1]); model.eval()
os.makedirs(os.path.join(OUT, 'onnx'), exist_ok=True)
a, m = batchify([[2, 5, 6, 3], [2, 7, 3]])
torch.onnx.export(model, (a, m), os.path.join(OUT, 'onnx', 'model.onnx'), input_names=['input_ids', 'attention_mask'],
                  output_names=['logits'], dynamic_axes={'input_ids': {0: 'batch', 1: 'seq'}, 'attention_mask': {0: 'batch', 1: 'seq'}, 'logits': {0: 'batch'}}, opset_version=13)
labels = data['intents'] + data['sentiments']
json.dump({'model_type': 'bert', 'architectures': ['BertForSequenceClassification'], 'num_labels': len(labels),
           'id2label': {str(i): l for i, l in enumerate(labels)}, 'label2id': {l: i for i, l in enumerate(labels)},
           'vocab_size': V, 'hidden_size': SIZE['d'], 'num_hidden_layers': SIZE['layers'], 'num_attention_heads': SIZE['heads'], 'max_position_embeddings': L,
           'live_copilot': {'intent_slice': [0, NI], 'sentiment_slice': [NI, NI + NS], 'best_epoch': best[2], 'dev_mean_macro_f1': round(best[0], 4),
                            'params': sum(p.numel() for p in model.parameters())}},
          open(os.path.join(OUT, 'config.json'), 'w'), indent=1)
# Reference logits for an agreement check between PyTorch and transformers.js.
p = predict(model, data['dev']['ids'][:200])
json.dump(p.tolist(), open(os.path.join(ROOT, 'models', '.cache', f'tjs-torch-dev200{"" if NAME == "chat-tiny" else "-" + NAME}.json'), 'w'))
print(f'best epoch {best[2]} dev mean macro-F1 {best[0]:.3f}; params {sum(p.numel() for p in model.parameters())}; {time.time() - t0:.0f}s')
