"""Complexity notes: how an Accepted submission grows with n, against the problem's expected Big-O.

    measure.py   grow n in the sandbox session and time the call (plus lines and C time)
    fit.py       classify a series among the seven classes, or say it cannot (pure)
    analysis.py  read lines, C time and CPU time together into one class and a confidence
    confidence.py  how sure a note is: confident, likely, inconclusive or not measured
    hints.py     static hints from the syntax tree, with line numbers
    notes.py     the judging stage: a ComplexityNote in RunResult.complexity
    view.py      the note as the report's footer lines
"""

from judge.complexity.analysis import Analysis, analyse
from judge.complexity.confidence import Confidence
from judge.complexity.fit import Fit, classify
from judge.complexity.growth import Growth, parse_growth
from judge.complexity.hints import Hint, hints_for
from judge.complexity.measure import Budget, Measurement, Sample, Workload, measure_growth
from judge.complexity.notes import ComplexityNote, add_complexity_note, complexity_note

__all__ = ["Analysis", "Budget", "ComplexityNote", "Confidence", "Fit", "Growth", "Hint", "Measurement", "Sample",
           "Workload", "add_complexity_note", "analyse", "classify", "complexity_note", "hints_for", "measure_growth",
           "parse_growth"]
