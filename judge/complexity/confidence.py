"""How sure a complexity note is of the class it names; the value is the word the report, --json and the history use."""

from __future__ import annotations

from enum import Enum


class Confidence(str, Enum):
    CONFIDENT = "confident"  # the signals that decide agree (lines and CPU time; memory by a clear margin)
    LIKELY = "likely"  # a class, from one signal or a rule the module that gave it explains
    INCONCLUSIVE = "inconclusive"  # measured, but no class stood out: never a guess
    NOT_MEASURED = "not measured"  # nothing to fit: no input_of_size(), or the measurement failed
