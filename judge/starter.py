"""Starter files: the problem's signature, ready to fill in, in LeetCode's own shape."""

from __future__ import annotations

import re

from judge.problem import Problem, kinds


def _annotation(kind: str) -> str:
    annotation = kinds.parse(kind).annotation
    return f": {annotation}" if annotation else ""


TYPING_NAMES = ("Dict", "List", "Optional", "Set", "Tuple")
NODE_COMMENTS = {
    "ListNode": "# Definition for singly-linked list (predefined, as on LeetCode).\n"
                "# class ListNode:\n#     def __init__(self, val=0, next=None):\n"
                "#         self.val = val\n#         self.next = next\n",
    "TreeNode": "# Definition for a binary tree node (predefined, as on LeetCode).\n"
                "# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n"
                "#         self.val = val\n#         self.left = left\n#         self.right = right\n",
}


def _imports(text: str) -> str:
    """The typing names the signature uses, imported (LeetCode predefines them; editors do not know that),
    and the node classes it uses, described as LeetCode's template does."""
    used = [name for name in TYPING_NAMES if re.search(rf"\b{name}\[", text)]
    lines = f"from typing import {', '.join(used)}\n" if used else ""
    for name, comment in NODE_COMMENTS.items():
        if re.search(rf"\b{name}\b", text):
            lines += "\n" + comment
    return lines


def starter_source(problem: Problem) -> str:
    source = _starter_body(problem)
    header, body = source.split("\n", 1)
    return f"{header}\n{_imports(body)}{body}"


def _starter_body(problem: Problem) -> str:
    signature = problem.signature
    header = f"# {problem.title} ({problem.id}) — judge run {problem.id} <this file>\n"
    if problem.track == "ml":
        header += "import numpy as np\n"
    if "torch" in problem.frameworks:
        header += "import torch\nimport torch.nn as nn\n"
    if signature.kind == "design":
        methods = "\n\n".join(f"    def {method}:\n        pass" for method in signature.methods) or \
            "    def __init__(self):\n        pass"
        return f"{header}\n\nclass {signature.name}:\n\n{methods}\n"
    if signature.kind == "codec":
        return header + _codec_template(signature)
    params = ", ".join(f"{p.name}{_annotation(p.type)}" for p in signature.passed_params)
    returns = kinds.parse(signature.returns).annotation
    arrow = f" -> {returns}" if returns else ""
    if problem.track == "ml":
        return f"{header}\n\ndef {signature.name}({params}){arrow}:\n    pass\n"
    return f"{header}\n\nclass Solution:\n    def {signature.name}(self, {params}){arrow}:\n        pass\n"


def _codec_template(signature) -> str:
    """LeetCode's codec template: encode the parameter to a str, decode the str back (the data name is LeetCode's
    `data` for a tree and `s` for strings)."""
    (param,) = signature.params
    annotation = kinds.parse(param.type).annotation
    data = "data" if "TreeNode" in param.type else "s"
    return (f"\n\nclass {signature.name}:\n"
            f"    def {signature.encode}(self, {param.name}: {annotation}) -> str:\n        pass\n\n"
            f"    def {signature.decode}(self, {data}: str) -> {annotation}:\n        pass\n")
