"""Times pandas' pairwise Spearman matrix on the benchmark file and compares it with FactorStudio's values.

Usage: python3 spearman_pandas.py FOLDER JAVA_MEDIAN_SECONDS
FOLDER holds likert.csv and factorstudio-rho.csv written by LikertSpearmanMatrixBenchmark --vs-pandas.
"""
import sys
import time

import numpy as np
import pandas as pd

folder, ours = sys.argv[1], float(sys.argv[2])
data = pd.read_csv(f"{folder}/likert.csv")
runs = []
for _ in range(3):
    start = time.perf_counter()
    rho = data.corr(method="spearman")  # pairwise complete observations, ranks recomputed per pair
    runs.append(time.perf_counter() - start)
theirs = np.loadtxt(f"{folder}/factorstudio-rho.csv", delimiter=",")
difference = np.nanmax(np.abs(rho.to_numpy() - theirs))
median = sorted(runs)[1]
print(f"pandas {pd.__version__} DataFrame.corr(method='spearman'), {data.shape[1]} items x {data.shape[0]:,} rows:"
      f" median {median:.2f} s over 3 runs (min {min(runs):.2f}, max {max(runs):.2f})")
print(f"FactorStudio LikertSpearmanMatrix (rho, n and p): median {ours:.3f} s")
print(f"ratio pandas / FactorStudio: {median / ours:.0f}x")
print(f"largest |rho difference| over all pairs: {difference:.3g}")
sys.exit(0 if difference <= 1e-12 else 1)
