"""The tfjs student's exact weights as an ONNX graph, for the transformers.js / onnxruntime-web
side of the comparison (models/student/onnx-speed.ts): same features, same weights, so the two kinds
differ only in the runtime. Run: /usr/bin/python3 models/student/export_onnx.py WEIGHTS_DIR OUT.onnx
"""
import json, os, sys
import numpy as np
import torch
import torch.nn as nn

W, OUT = sys.argv[1], sys.argv[2]
res = json.load(open(os.path.join(W, 'fit.json')))
flat = np.fromfile(os.path.join(W, 'weights.f32'), dtype='<f4')
arrays, at = [], 0
for shape in res['shapes']:
    size = int(np.prod(shape))
    arrays.append(torch.from_numpy(flat[at:at + size].reshape(shape).copy()))
    at += size
hk, hb, ik, ib, sk, sb = arrays


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.h, self.i, self.s = nn.Linear(*hk.shape), nn.Linear(*ik.shape), nn.Linear(*sk.shape)
        for lin, k, b in ((self.h, hk, hb), (self.i, ik, ib), (self.s, sk, sb)):
            lin.weight.data, lin.bias.data = k.T.contiguous(), b

    def forward(self, x):
        h = torch.relu(self.h(x))
        return torch.softmax(self.i(h), -1), torch.softmax(self.s(h), -1)


m = Mlp().eval()
torch.onnx.export(m, (torch.zeros(2, hk.shape[0]),), OUT, input_names=['x'], output_names=['intent', 'sentiment'],
                  dynamic_axes={'x': {0: 'batch'}, 'intent': {0: 'batch'}, 'sentiment': {0: 'batch'}}, opset_version=13)
print(OUT)
