#!/usr/bin/python3
"""Largest differences against R's numbers (pipeline.R output):

    compare_results.py R.csv FACTORSTUDIO_RESULTS.json PANDAS.csv

prints one line per tool: the largest |difference| of rho (matrix and partials), of p (matrix,
Holm-adjusted dependent table, partials) and of alpha, over all values both give."""
import csv
import json
import sys


def read_csv(path):
    out = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            out[(row["kind"], row["name"].strip())] = float(row["value"])
    return out


def from_factorstudio(path):
    with open(path) as f:
        r = json.load(f)["results"]
    out = {}
    for c in r["matrix"]["cells"]:
        if c.get("coefficient") is not None:
            out[("rho", f"{c['x']} {c['y']}")] = c["coefficient"]
            out[("p", f"{c['x']} {c['y']}")] = c["pTwoTailed"]
    for c in r["dependentCorrelations"]:
        if c.get("pAdjusted") is not None:
            out[("p_holm_dependent", c["x"])] = c["pAdjusted"]
    for a in r["reliabilities"]:
        if a.get("alpha") is not None:
            out[("alpha", a["index"])] = a["alpha"]
    for c in r["partialCorrelations"]:
        if c.get("r") is not None:
            out[("partial_rho", c["x"])] = c["r"]
            out[("partial_p", c["x"])] = c["pTwoTailed"]
    return out


def largest(ref, other):
    groups = {"rho": ("rho", "partial_rho"), "p": ("p", "p_holm_dependent", "partial_p"), "alpha": ("alpha",)}
    result = {}
    compared = 0
    for group, kinds in groups.items():
        worst = 0.0
        for key, value in ref.items():
            if key[0] in kinds:
                if key not in other:
                    raise SystemExit(f"missing {key}")
                worst = max(worst, abs(value - other[key]))
                compared += 1
        result[group] = worst
    return result, compared


def main():
    ref = read_csv(sys.argv[1])
    for label, values in (("factorstudio", from_factorstudio(sys.argv[2])), ("pandas", read_csv(sys.argv[3]))):
        diff, n = largest(ref, values)
        print(f"{label} {diff['rho']:.2e} {diff['p']:.2e} {diff['alpha']:.2e} {n}")


if __name__ == "__main__":
    main()
