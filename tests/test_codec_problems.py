"""Round-trip ("codec") problems, judged as LeetCode judges 297 and 271:
`ser = Codec(); deser = Codec(); answer = deser.deserialize(ser.serialize(root))`, compared with the input.

The spec and the worker's call run on the host; one run per problem goes through the Docker sandbox.
"""

from __future__ import annotations

import pytest

from judge.errors import ProblemFormatError
from judge.problem import load_problem
from judge.starter import starter_source
from judge.verdict import Verdict
from judge_worker import canonical, child

TREE = "serialize-and-deserialize-binary-tree"
STRINGS = "encode-and-decode-strings"
LOADED: list = []  # modules stay alive: the worker remembers a module's classes by its id

PREORDER = """
class Codec:
    def serialize(self, root):
        out = []
        def walk(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)
        walk(root)
        return " ".join(out)

    def deserialize(self, data):
        tokens = iter(data.split())
        def build():
            token = next(tokens)
            if token == "#":
                return None
            return TreeNode(int(token), build(), build())
        return build()
"""

RETURNS_A_LIST = """
class Codec:
    def serialize(self, root):
        return [root.val] if root else []

    def deserialize(self, data):
        return TreeNode(data[0]) if data else None
"""

DROPS_NONE_CHILDREN = """
class Codec:
    def serialize(self, root):
        out, level = [], [root] if root else []
        while level:
            out += [str(node.val) for node in level]
            level = [child for node in level for child in (node.left, node.right) if child]
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        nodes = [TreeNode(int(value)) for value in data.split(",")]
        for i, node in enumerate(nodes):
            node.left = nodes[2 * i + 1] if 2 * i + 1 < len(nodes) else None
            node.right = nodes[2 * i + 2] if 2 * i + 2 < len(nodes) else None
        return nodes[0]
"""


def round_trip(problem_id: str, source: str, case: dict):
    """The answer a codec gives to one case, read as the worker reads it."""
    entry = load_problem(problem_id).signature.entry()
    module = child.load_submission(source, "<submission>", f"codec_submission_{len(LOADED)}", entry)
    LOADED.append(module)
    return child.call_codec(module, entry, case)


# ---- the spec ---------------------------------------------------------------------------------------------


def test_a_codec_spec_describes_the_round_trip():
    signature = load_problem(TREE).signature
    assert signature.kind == "codec" and signature.case_fields == ("root",)
    assert signature.entry() == {"kind": "codec", "class": "Codec", "encode": "serialize", "decode": "deserialize",
                                 "params": [{"name": "root", "type": "Optional[TreeNode]"}]}


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.replace("  decode: deserialize\n", ""), "codec: field 'decode' is missing"),
    (lambda s: s.replace("  encode: serialize\n", "  encoder: serialize\n"),
     "codec: unknown key 'encoder': did you mean 'encode'?"),
    (lambda s: s.replace("param: {name: root,", "param: {name: root, passed: false,"),
     "codec: param: unknown key 'passed'"),
    (lambda s: s.replace('type: "Optional[TreeNode]"}', 'type: "Optional[Treenode]"}'),
     "did you mean 'Optional[TreeNode]'?"),
    (lambda s: s.replace('type: "Optional[TreeNode]"}', 'type: "TreeNode value"}'), "cannot round-trip"),
    (lambda s: s.replace("encode: serialize", "encode: serialize()"), "field 'encode' must be a method name"),
    (lambda s: s + "\nfunction: {name: serialize, params: [], returns: str}\n", "exactly one of them"),
])
def test_a_malformed_codec_section_is_refused_by_name(problem_bank, edit, message):
    root = problem_bank(TREE)
    spec = root / TREE / "problem.yaml"
    spec.write_text(edit(spec.read_text()))
    with pytest.raises(ProblemFormatError) as error:
        load_problem(TREE)
    assert str(spec) in str(error.value) and message in str(error.value)


def test_the_starter_is_leetcodes_codec_template():
    tree = starter_source(load_problem(TREE))
    assert "class Codec:\n    def serialize(self, root: Optional[TreeNode]) -> str:" in tree
    assert "    def deserialize(self, data: str) -> Optional[TreeNode]:" in tree
    strings = starter_source(load_problem(STRINGS))
    assert "    def encode(self, strs: List[str]) -> str:" in strings
    assert "    def decode(self, s: str) -> List[str]:" in strings


# ---- the round trip, on the host ----------------------------------------------------------------------------


def test_a_faithful_codec_gives_the_input_back():
    tree = [5, -12, 300, None, -1000, 7, None, None, None, -3]
    assert round_trip(TREE, PREORDER, {"root": tree}) == tree
    assert round_trip(TREE, PREORDER, {"root": []}) == []


def test_an_encoding_that_is_not_a_str_is_a_wrong_answer_naming_its_type():
    answer = round_trip(TREE, RETURNS_A_LIST, {"root": [1, 2]})
    assert isinstance(answer, canonical.Opaque)
    assert "serialize must return a str, got list" in answer.reason


def test_a_codec_that_loses_the_missing_children_gives_another_tree():
    assert round_trip(TREE, DROPS_NONE_CHILDREN, {"root": [1, None, 2]}) == [1, 2]


def test_returning_the_input_itself_is_not_a_round_trip():
    cheat = "class Codec:\n    def encode(self, strs):\n        Codec.kept = strs\n        return ''\n\n" \
            "    def decode(self, s):\n        return Codec.kept\n"
    answer = round_trip(STRINGS, cheat, {"strs": ["a#b", ""]})
    assert isinstance(answer, canonical.Opaque) and "from the string alone" in answer.reason


def test_a_missing_method_is_named():
    with pytest.raises(child.NotFound, match=r"class Codec has no method decode\(\)"):
        round_trip(STRINGS, "class Codec:\n    def encode(self, strs):\n        return ''\n", {"strs": ["a"]})


# ---- the real sandbox ---------------------------------------------------------------------------------------


@pytest.mark.docker
def test_a_preorder_codec_is_accepted_in_the_sandbox(judge_source, docker_sandbox):
    result = judge_source(TREE, PREORDER, docker_sandbox, properties=False)
    assert result.verdict is Verdict.AC, result.first_failure


@pytest.mark.docker
def test_a_list_encoding_is_a_wrong_answer_in_the_sandbox(judge_source, docker_sandbox):
    source = "class Codec:\n    def encode(self, strs):\n        return list(strs)\n\n" \
             "    def decode(self, s):\n        return list(s)\n"
    result = judge_source(STRINGS, source, docker_sandbox, properties=False)
    assert result.verdict is Verdict.WA
    assert "encode must return a str, got list" in result.first_failure.reason
