"""Grading a folder of solutions in CI: find them, judge each in its own sandbox, report.

    discover(paths)            -> Discovery (solutions and the files that match no problem)
    shard_solutions(solutions, Shard(k, n), folder)  -> the k-th of n balanced, disjoint shares
    only_changed(solutions, paths, ref)  -> those git says changed since a ref
    select(paths, ref, shard)  -> Selection: all of the above, as `judge grade` does it
    grade(solutions, options)  -> [Graded], one per solution, in parallel worker processes

The `judge grade` command, the pytest plugin and the benchmark are thin layers over these.
"""

from judge.grading.changes import changed_since, only_changed
from judge.grading.discovery import Discovery, Solution, Unmatched, discover
from judge.grading.grader import GradeOptions, Graded, grade, grade_one
from judge.grading.selection import Selection, select
from judge.grading.sharding import Shard, load_durations, shard, shard_solutions, solution_weight, store_durations
from judge.grading.summary import GradeReport

__all__ = ["Discovery", "GradeOptions", "GradeReport", "Graded", "Selection", "Shard", "Solution", "Unmatched",
           "changed_since", "discover", "grade", "grade_one", "load_durations", "only_changed", "select", "shard",
           "shard_solutions", "solution_weight", "store_durations"]
