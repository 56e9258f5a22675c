#!/usr/bin/python3
"""Writes a seeded benchmark study: Likert 1..5 items, 10% missing completely at random, index
variables of 5-10 items with 1-2 reversed, each the mean of the answered items (MEAN.1: with 10%
missing, requiring all items would leave no complete row for the listwise partials of 30 indices),
the first index the dependent, all others factors.

    make_study.py ITEMS INDICES ROWS SEED OUTDIR

OUTDIR gets bench.study (FactorStudio), data.csv (no id column) and spec.json / spec.csv (the
indices' items and reversals, read by the pandas and R pipelines). Plan: spearman, two-tailed, pairwise, holm,
partial, reliability pairwise (psych's default) for all, SPSS p-values (t approximation).
Debian python3 with numpy (python3-numpy).
"""
import json
import os
import sys

import numpy as np


def index_sizes(items, indices, rng):
    sizes = [5] * indices
    extra = items - 5 * indices
    if extra < 0 or extra > 5 * indices:
        raise SystemExit(f"{items} items cannot make {indices} indices of 5-10 items")
    while extra > 0:
        i = rng.integers(indices)
        if sizes[i] < 10:
            sizes[i] += 1
            extra -= 1
    return sizes


def main():
    items, indices, rows, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(seed)
    sizes = index_sizes(items, indices, rng)
    names = [f"q{i + 1:03d}" for i in range(items)]
    spec = []
    at = 0
    for i, k in enumerate(sizes):
        members = names[at:at + k]
        nrev = 1 + rng.integers(2)
        rev = sorted(rng.choice(k, size=nrev, replace=False).tolist())
        spec.append({"name": f"Idx{i + 1:02d}", "items": members, "reversed": [members[j] for j in rev]})
        at += k
    with open(os.path.join(out, "spec.json"), "w") as f:
        json.dump(spec, f, indent=1)
    with open(os.path.join(out, "spec.csv"), "w") as f:  # the same for R, which has no JSON reader in r-base
        f.write("index,item,reversed\n")
        for s in spec:
            for m in s["items"]:
                f.write(f"{s['name']},{m},{int(m in s['reversed'])}\n")

    with open(os.path.join(out, "bench.study"), "w", encoding="utf-8") as f:
        f.write(f"study Bench{items}x{indices}x{rows} \"Benchmark study, seed {seed}\"\n\n")
        f.write("scale Likert5 1..5 {\n\t1 = \"disagree\"\n\t2 = \"rather disagree\"\n\t3 = \"neutral\"\n"
                "\t4 = \"rather agree\"\n\t5 = \"agree\"\n}\n\n")
        f.write("indicators \"Statements\" scale Likert5 {\n")
        for n in names:
            f.write(f"\t{n} \"statement {n}\"\n")
        f.write("}\n\n")
        for s in spec:
            members = ", ".join(("reversed " if m in s["reversed"] else "") + m for m in s["items"])
            f.write(f"index {s['name']} = {members} min 1\n")
        f.write(f"\ndependent {spec[0]['name']}\n\narea Factors \"All factors\" {{\n")
        for s in spec[1:]:
            f.write(f"\tfactor F_{s['name']} measured by {s['name']}\n")
        f.write("}\n\ndata \"data.csv\"\n\nanalysis {\n\tmethod spearman\n\ttails two\n\tmissing pairwise\n"
                "\tsignificance 0.05\n\tcorrection holm\n\tpartial\n\treliability pairwise for all\n"
                "\tcompatibility spss\n}\n")

    # latent index scores sharing one general factor, items loading on their index
    reversed_mask = np.zeros(items, dtype=bool)
    owner = np.zeros(items, dtype=np.int64)
    at = 0
    for i, s in enumerate(spec):
        for j, m in enumerate(s["items"]):
            owner[at + j] = i
            reversed_mask[at + j] = m in s["reversed"]
        at += len(s["items"])
    loadings = rng.uniform(0.5, 0.85, size=items)
    shifts = rng.uniform(-0.5, 0.5, size=items)
    chunk = 100_000
    with open(os.path.join(out, "data.csv"), "wb") as f:
        f.write((",".join(names) + "\n").encode())
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            g = rng.standard_normal(n)
            latent = 0.6 * g[:, None] + 0.8 * rng.standard_normal((n, indices))
            v = latent[:, owner] * loadings + np.sqrt(1 - loadings ** 2) * rng.standard_normal((n, items))
            v[:, reversed_mask] *= -1
            codes = np.clip(np.floor((v + shifts + 2.0) / 4.0 * 5).astype(np.int64) + 1, 1, 5)
            cells = (codes + ord("0")).astype(np.uint8)
            cells[rng.random((n, items)) < 0.10] = 0  # missing: the cell is dropped below
            line = np.empty((n, 2 * items), dtype=np.uint8)
            line[:, 0::2] = cells
            line[:, 1::2] = ord(",")
            line[:, -1] = ord("\n")
            flat = line.ravel()
            f.write(flat[flat != 0].tobytes())


if __name__ == "__main__":
    main()
