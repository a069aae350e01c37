"""`--junit`: JUnit XML as Jenkins, GitLab, GitHub test reporters and pytest's `--junitxml` write it.

One <testcase> per solution (classname: the problem, name: the file); <failure> for
a verdict the solution earned (WA, TLE, MLE, RE, CE, OLE) with the failing case,
<error> for an internal error (the judge's fault), <skipped> for a file that matches
no problem, so it shows in every CI's test view instead of disappearing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from judge.grading.describe import details, headline
from judge.grading.grader import Graded
from judge.grading.summary import GradeReport
from judge.text import visible, visible_name
from judge.verdict import Verdict

SUITE = "judge grade"
# XML 1.0 cannot carry most control characters, even escaped; a solution's output can contain anything.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def junit_xml(report: GradeReport) -> str:
    suite = ET.Element("testsuite", {
        "name": SUITE + (f" (shard {report.shard})" if report.shard else ""),
        "tests": str(len(report.graded) + len(report.unmatched)),
        "failures": str(sum(1 for g in report.rejected if g.verdict is not Verdict.IE)),
        "errors": str(len(report.internal_errors)),
        "skipped": str(len(report.unmatched)),
        "time": f"{report.elapsed_s:.3f}",
    })
    for graded in report.graded:
        suite.append(_testcase(graded))
    for file in report.unmatched:
        case = ET.SubElement(suite, "testcase", {"classname": "unmatched", "name": _file(file.display),
                                                 "file": _file(file.display), "time": "0"})
        ET.SubElement(case, "skipped", {"message": _clean(file.reason)})
    root = ET.Element("testsuites", {key: suite.get(key) for key in ("name", "tests", "failures", "errors", "time")})
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _testcase(graded: Graded) -> ET.Element:
    case = ET.Element("testcase", {"classname": graded.solution.problem_id, "name": _file(graded.solution.display),
                                   "file": _file(graded.solution.display), "time": f"{graded.duration_s:.3f}"})
    if graded.accepted:
        return case
    kind = "error" if graded.verdict is Verdict.IE else "failure"
    outcome = ET.SubElement(case, kind, {"type": graded.verdict.value, "message": _clean(headline(graded))})
    outcome.text = _clean("\n".join([headline(graded), *details(graded)]))
    return case


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", visible(text))


def _file(display: str) -> str:
    """A file's name as text XML can carry: one that is not UTF-8 shows its bytes escaped (\\udcff)."""
    return _NOT_XML.sub("\ufffd", visible_name(display))
