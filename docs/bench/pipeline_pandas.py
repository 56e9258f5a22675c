#!/usr/bin/python3
"""The benchmark study's analysis with pandas and SciPy, the same steps as pipeline.R:
index scores (mean of the answered items after reversal), the pairwise Spearman matrix
(DataFrame.corr, re-ranked per pair) with t-approximation p and Holm, psych-style alpha from the
pairwise covariance matrix, listwise Spearman partials by inverting the rank-correlation matrix.

    pipeline_pandas.py DIR OUT.csv      (Debian python3-pandas, python3-scipy)
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats


def holm(p):
    p = np.asarray(p, dtype=float)
    order = np.argsort(p)
    m = len(p)
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adj[i] = running
    return adj


def main():
    folder, out = sys.argv[1], sys.argv[2]
    with open(f"{folder}/spec.json") as f:
        spec = json.load(f)
    d = pd.read_csv(f"{folder}/data.csv", dtype="float64")
    names = [s["name"] for s in spec]
    scores = pd.DataFrame(index=d.index)
    for s in spec:
        m = d[s["items"]].copy()
        m[s["reversed"]] = 6 - m[s["reversed"]]
        scores[s["name"]] = m.mean(axis=1, skipna=True)
    rho = scores.corr(method="spearman").to_numpy()
    present = scores.notna().to_numpy().astype(np.int64)
    n = present.T @ present
    p = len(names)
    rows = []
    for i in range(p):
        for j in range(i + 1, p):
            r = rho[i, j]
            df = n[i, j] - 2
            t = r * np.sqrt(df / (1 - r * r))
            rows.append(("rho", f"{names[i]} {names[j]}", r))
            rows.append(("p", f"{names[i]} {names[j]}", 2 * stats.t.sf(abs(t), df)))
    dep_p = []
    for j in range(1, p):
        r = rho[0, j]
        df = n[0, j] - 2
        dep_p.append(2 * stats.t.sf(abs(r * np.sqrt(df / (1 - r * r))), df))
    for name, v in zip(names[1:], holm(dep_p)):
        rows.append(("p_holm_dependent", name, v))
    for s in spec:
        if len(s["items"]) < 2:
            continue
        m = d[s["items"]].copy()
        m[s["reversed"]] = 6 - m[s["reversed"]]
        c = m.cov().to_numpy()  # pairwise complete, as psych::alpha
        k = c.shape[0]
        rows.append(("alpha", s["name"], (1 - np.trace(c) / c.sum()) * k / (k - 1)))
    complete = scores.dropna()
    r = np.corrcoef(complete.rank().to_numpy(), rowvar=False)
    inv = np.linalg.inv(r)
    nn = len(complete)
    k = p - 2
    for j in range(1, p):
        pr = -inv[0, j] / np.sqrt(inv[0, 0] * inv[j, j])
        t = pr * np.sqrt((nn - 2 - k) / (1 - pr * pr))
        rows.append(("partial_rho", names[j], pr))
        rows.append(("partial_p", names[j], 2 * stats.t.sf(abs(t), nn - 2 - k)))
    with open(out, "w") as f:
        f.write("kind,name,value\n")
        for kind, name, v in rows:
            f.write(f"{kind},{name},{v!r}\n")


if __name__ == "__main__":
    main()
