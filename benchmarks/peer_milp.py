"""Peer for chiso's point-tier planner: the same covering problems solved one by one with HiGHS through SciPy.

Reads the problems chiso-benchmarks writes (per unit: one problem per tier from the target up; each a list of
leaves, continuous with a one-off jump, a slope and a range, or discrete choices of (gain, cost), and covering
constraints over sets of leaves), solves each as a mixed-integer programme with scipy.optimize.milp, takes the
least cost per unit, checks it against chiso's, and writes one line: the time and the agreement.

Run by `swift run -c release chiso-benchmarks` when Python with SciPy is present; not needed by chiso itself.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp


def solve(problem):
    """The least cost of one covering problem, or None when it has no solution."""
    leaves = problem["leaves"]
    costs, lower, upper, integrality = [], [], [], []
    gain_terms = []  # per leaf: list of (variable index, gain per unit of it)
    rows, row_lower, row_upper = [], [], []
    for leaf in leaves:
        terms = []
        if "choices" in leaf:
            picks = []
            for gain, cost in leaf["choices"][1:]:
                index = len(costs)
                costs.append(cost); lower.append(0); upper.append(1); integrality.append(1)
                terms.append((index, gain)); picks.append(index)
            if picks:
                rows.append({i: 1.0 for i in picks}); row_lower.append(-np.inf); row_upper.append(1)
        else:
            if leaf["range"] > 0:
                on = len(costs)
                costs.append(leaf["jump"]); lower.append(0); upper.append(1); integrality.append(1)
                amount = len(costs)
                costs.append(leaf["slope"]); lower.append(0); upper.append(leaf["range"]); integrality.append(0)
                terms.append((amount, 1.0))
                rows.append({amount: 1.0, on: -leaf["range"]}); row_lower.append(-np.inf); row_upper.append(0)
        gain_terms.append(terms)
    for constraint in problem["constraints"]:
        row = {}
        for member in constraint["members"]:
            for index, gain in gain_terms[member]:
                row[index] = row.get(index, 0.0) + gain
        rows.append(row); row_lower.append(constraint["need"]); row_upper.append(np.inf)
    if not costs:
        return 0.0 if all(c["need"] <= 1e-9 for c in problem["constraints"]) else None
    matrix = np.zeros((len(rows), len(costs)))
    for r, row in enumerate(rows):
        for index, value in row.items():
            matrix[r, index] = value
    result = milp(
        c=np.array(costs), integrality=np.array(integrality), bounds=Bounds(lower, upper),
        constraints=LinearConstraint(matrix, row_lower, row_upper))
    return result.fun if result.success else None


def main(path, report):
    with open(path) as handle:
        units = json.load(handle)
    start = time.perf_counter()
    solved = []
    for unit in units:
        best = None
        for problem in unit["problems"]:
            cost = solve(problem)
            if cost is not None and (best is None or cost < best):
                best = cost
        solved.append(best if unit["problems"] else 0.0)
    seconds = time.perf_counter() - start
    agree = sum(
        1 for mine, theirs in zip(solved, (u["swift_cost"] for u in units))
        if (mine is None and theirs is None) or (mine is not None and theirs is not None and abs(mine - theirs) <= 1e-6 * max(1, abs(mine))))
    problems = sum(len(u["problems"]) for u in units)
    with open(report, "w") as handle:
        handle.write(f"{seconds:.3f} s for {len(units)} units ({problems} problems); least costs agree for {agree} of {len(units)}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
