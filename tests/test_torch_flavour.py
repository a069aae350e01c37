"""The PyTorch flavour: `frameworks: [torch]` problems, the Tensor type, and the torch image.

A torch problem runs in the torch image (Debian's python3-torch 1.13, CPU only), its Tensor
parameters arrive as torch.Tensor, and a returned tensor is compared as an array. Its reference
runs on the host, which has no torch: there a Tensor parameter is a numpy array of its dtype.
The numpy image stays the default, and has no torch.
"""

from __future__ import annotations

import numpy as np
import pytest

from judge.complexity.growth import Growth
from judge.errors import SandboxUnavailable
from judge.problem import ProblemFormatError, load_problem
from judge.starter import starter_source
from judge.verdict import Verdict
from judge_worker import kinds

TORCH_PROBLEM = "rmsnorm-torch"


def test_a_problem_accepts_numpy_unless_it_declares_torch():
    assert load_problem("softmax").frameworks == ("numpy",)
    assert load_problem(TORCH_PROBLEM).frameworks == ("torch",)


def test_a_torch_problems_starter_imports_torch_and_annotates_tensors():
    source = starter_source(load_problem(TORCH_PROBLEM))
    assert "import torch\n" in source
    assert "def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:" in source


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.replace("frameworks: [torch]", "frameworks: [pytorch]"),
     "field 'frameworks' names 'pytorch', which is not one of numpy, torch: did you mean 'torch'?"),
    (lambda s: s.replace("frameworks: [torch]", "frameworks: []"), "field 'frameworks' is empty"),
    (lambda s: s.replace("frameworks: [torch]", "frameworks: torch"), "field 'frameworks' must be list"),
    (lambda s: s.replace("frameworks: [torch]", "frameworks: [torch, torch]"), "names a framework twice"),
    (lambda s: s.replace("frameworks: [torch]", "frameworks: [numpy]"),
     "field 'frameworks' is ['numpy'], but the signature's Tensor types need torch: declare frameworks: [torch]"),
    (lambda s: s.replace("frameworks: [torch]\n", ""), "the signature's Tensor types need torch"),
    (lambda s: s.replace("frameworks: [torch]", "framework: [torch]"),
     "unknown key 'framework': did you mean 'frameworks'?"),
    (lambda s: s.replace('type: "Tensor[float32]"', 'type: "Tensor[flaot32]"', 1),
     "'Tensor[flaot32]': the dtype is one of float64, float32"),
    (lambda s: s.replace('type: "Tensor[float32]"', 'type: "Tensr"', 1),
     "unknown type 'Tensr': did you mean 'Tensor'?"),
])
def test_a_malformed_frameworks_or_tensor_type_is_refused_saying_what_was_meant(problem_bank, edit, message):
    root = problem_bank(TORCH_PROBLEM)
    spec = root / TORCH_PROBLEM / "problem.yaml"
    spec.write_text(edit(spec.read_text()))
    with pytest.raises(ProblemFormatError) as error:
        load_problem(TORCH_PROBLEM)
    assert str(spec) in str(error.value) and message in str(error.value)


def test_both_frameworks_may_be_declared(problem_bank):
    root = problem_bank(TORCH_PROBLEM)
    spec = root / TORCH_PROBLEM / "problem.yaml"
    spec.write_text(spec.read_text().replace("frameworks: [torch]", "frameworks: [numpy, torch]"))
    assert load_problem(TORCH_PROBLEM).frameworks == ("numpy", "torch")


@pytest.mark.parametrize("text, dtype", [("Tensor", "float32"), ("torch.Tensor", "float32"),
                                         ("Tensor[float64]", "float64"), ("Tensor[int64]", "int64"),
                                         ("Optional[Tensor[bool]]", "bool")])
def test_on_the_host_a_tensor_is_a_numpy_array_of_its_dtype_for_the_numpy_reference(text, dtype):
    kind = kinds.parse(text)
    built = kind.build([[1, 0], [0, 1]], kinds.Call({}), "x")
    assert type(built) is np.ndarray and built.dtype == np.dtype(dtype)
    assert kind.frameworks == {"torch"}


SHOWS_WHAT_ARRIVES = """
import torch

def rms_norm(x, weight, eps):
    assert type(x) is torch.Tensor and x.dtype == torch.float32, (type(x), x.dtype)
    assert type(weight) is torch.Tensor and type(eps) is float
    layer = torch.nn.Linear(1, 1)  # torch itself works: modules, autograd
    scale = torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps)
    return torch.nn.Parameter(x * scale * weight)  # a Parameter requiring grad is read as its values
"""


@pytest.mark.docker
def test_tensor_parameters_arrive_as_torch_tensors_and_returned_tensors_are_compared_as_arrays(
        judge_source, docker_sandbox):
    result = judge_source(TORCH_PROBLEM, SHOWS_WHAT_ARRIVES, docker_sandbox)
    assert result.verdict is Verdict.AC, result.cases[-1].reason


@pytest.mark.docker
@pytest.mark.parametrize("returned, reason", [
    ("x.to_sparse()", "a torch.sparse_coo tensor (return a dense one: .to_dense())"),
    ("Mine(x)", "Mine"),
])
def test_a_sparse_tensor_or_a_tensor_subclass_is_a_wrong_answer_saying_why(judge_source, docker_sandbox,
                                                                           returned, reason):
    source = f"""
import torch

class Mine(torch.Tensor):
    pass

def rms_norm(x, weight, eps):
    return {returned}
"""
    result = judge_source(TORCH_PROBLEM, source, docker_sandbox)
    assert result.verdict is Verdict.WA
    assert reason in str(result.cases[-1].got) or reason in result.cases[-1].reason


@pytest.mark.docker
def test_the_numpy_image_stays_the_default_and_has_no_torch(judge_source, docker_sandbox):
    result = judge_source("softmax", "import torch\n\ndef softmax(logits):\n    return logits\n", docker_sandbox)
    assert result.verdict is Verdict.RE
    assert "the sandbox has no torch" in result.cases[-1].error.message


@pytest.mark.docker
def test_a_missing_torch_image_says_which_build_to_run(judge_source, docker_sandbox, monkeypatch):
    monkeypatch.setenv("JUDGE_TORCH_IMAGE", "judge-sandbox-torch:absent")
    with pytest.raises(SandboxUnavailable) as error:
        judge_source(TORCH_PROBLEM, SHOWS_WHAT_ARRIVES, docker_sandbox)
    assert "judge-sandbox-torch:absent is missing" in error.value.message
    assert "judge sandbox build --torch" in error.value.hint


RMS_NORM_IN_FLOAT64 = """
import torch

def rms_norm(x, weight, eps):
    wide = x.double()  # a copy of the input, 8 bytes an element: memory tracemalloc does not see
    return (wide * torch.rsqrt(wide.pow(2).mean(-1, keepdim=True) + eps) * weight.double()).float()
"""


@pytest.mark.docker
def test_a_torch_solutions_space_counts_its_tensors(judge_source, docker_sandbox):
    result = judge_source(TORCH_PROBLEM, RMS_NORM_IN_FLOAT64, docker_sandbox, properties=False, complexity=True)
    assert result.verdict is Verdict.AC
    space = result.complexity.space
    assert space.sizes  # the first sizes are always measured for space
    for n, extra in zip(space.sizes, space.extra_bytes):
        assert extra >= 8 * n, (n, extra)
    assert space.measured in (Growth.LINEAR, None)  # never wrong; a busy machine may leave too few sizes to say


@pytest.mark.docker
def test_sandbox_status_names_the_torch_image_and_whether_it_is_built(docker_sandbox, monkeypatch):
    from click.testing import CliRunner

    from judge.cli import main
    from judge.image import TORCH, image_tag

    built = CliRunner().invoke(main, ["sandbox", "status"])
    assert f"torch image: {image_tag(TORCH)}\n" in built.output
    monkeypatch.setenv("JUDGE_TORCH_IMAGE", "judge-sandbox-torch:absent")
    absent = CliRunner().invoke(main, ["sandbox", "status"])
    assert "torch image: judge-sandbox-torch:absent (not built: 'judge sandbox build --torch' builds it" in absent.output


def test_the_local_backend_without_torch_refuses_a_torch_problem_saying_what_to_run(judge_source, local_sandbox):
    pytest.importorskip("numpy")
    try:
        import torch  # noqa: F401
        pytest.skip("this Python has torch: the local backend runs torch problems")
    except ImportError:
        pass
    with pytest.raises(SandboxUnavailable) as error:
        judge_source(TORCH_PROBLEM, SHOWS_WHAT_ARRIVES, local_sandbox)
    assert "needs torch" in error.value.message and "judge sandbox build --torch" in error.value.hint
