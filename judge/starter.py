"""Starter files: the problem's signature, ready to fill in, in LeetCode's own shape."""

from __future__ import annotations

from judge.problem import Problem, kinds


def _annotation(kind: str) -> str:
    annotation = kinds.parse(kind).annotation
    return f": {annotation}" if annotation else ""


def starter_source(problem: Problem) -> str:
    signature = problem.signature
    header = f"# {problem.title} ({problem.id}) — judge run {problem.id} <this file>\n"
    if problem.track == "ml":
        header += "import numpy as np\n"
    if signature.kind == "design":
        methods = "\n\n".join(f"    def {method}:\n        pass" for method in signature.methods) or \
            "    def __init__(self):\n        pass"
        return f"{header}\n\nclass {signature.name}:\n\n{methods}\n"
    params = ", ".join(f"{p.name}{_annotation(p.type)}" for p in signature.passed_params)
    returns = kinds.parse(signature.returns).annotation
    arrow = f" -> {returns}" if returns else ""
    if problem.track == "ml":
        return f"{header}\n\ndef {signature.name}({params}){arrow}:\n    pass\n"
    return f"{header}\n\nclass Solution:\n    def {signature.name}(self, {params}){arrow}:\n        pass\n"
