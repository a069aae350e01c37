"""`judge init-ci`: a GitHub Actions workflow that grades a solutions folder on every push and pull request.

A matrix of `--shard K/N` jobs splits the work; each job restores the sandbox image
from the Actions cache (keyed by the hash of judge's sandbox/ folder, the same hash
the image's tag carries) or builds and saves it, restores the hidden cases and
expected answers judge computed before, grades its shard, and uploads its JUnit and
JSON reports. Pull requests grade only the files they change.

judge's problems and sandbox live beside its package, so the job installs judge
from a checkout: this repository itself when it is (a fork of) judge with the
solutions inside, or `--judge-repo OWNER/NAME` checked out into .judge/ (a hidden
folder, so grading never mistakes judge's own files for solutions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from judge.grading.errors import UsageError

DEFAULT_OUTPUT = Path(".github/workflows/judge.yml")
REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class WorkflowSpec:
    solutions: str = "."  # the folder to grade, relative to the repository's root
    shards: int = 4
    judge_repo: str | None = None  # OWNER/NAME; None: this repository is a judge checkout
    judge_ref: str | None = None
    python: str = "3.11"
    torch: bool = False  # some solution's problem declares `frameworks: [torch]`: its image is cached too

    def __post_init__(self) -> None:
        if not 1 <= self.shards <= 256:
            raise UsageError(f"--shards {self.shards}: a matrix has between 1 and 256 jobs")
        if self.judge_repo is not None and not REPO.match(self.judge_repo):
            raise UsageError(f"--judge-repo {self.judge_repo!r}: expected OWNER/NAME, as on GitHub")
        if Path(self.solutions).is_absolute() or ".." in Path(self.solutions).parts:
            raise UsageError(f"{self.solutions}: give the solutions folder relative to the repository's root")

    @property
    def judge_dir(self) -> str:
        return ".judge" if self.judge_repo else "."


def is_judge_checkout(folder: Path) -> bool:
    """Whether `folder` holds judge's own source (its pyproject names the package judge)."""
    try:
        text = (folder / "pyproject.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\[project\][^\[]*?^name\s*=\s*[\"']judge[\"']", text, re.MULTILINE | re.DOTALL) is not None


def workflow_yaml(spec: WorkflowSpec) -> str:
    """The workflow file's text: YAML with comments, for a person to read and adjust."""
    shard_list = ", ".join(str(index) for index in range(1, spec.shards + 1))
    judge = spec.judge_dir
    return "\n".join([
        "# Grades every solution under " + _quoted_path(spec.solutions) + " with judge, in "
        f"{spec.shards} parallel job{'s' if spec.shards != 1 else ''}.",
        "# Written by `judge init-ci`; run it again with --force to regenerate.",
        "name: judge",
        "",
        "on:",
        "  push:",
        "  pull_request:",
        "  workflow_dispatch:",
        "",
        "jobs:",
        "  grade:",
        f"    name: grade (shard ${{{{ matrix.shard }}}}/{spec.shards})",
        "    runs-on: ubuntu-latest",
        "    timeout-minutes: 60",
        "    strategy:",
        "      fail-fast: false  # every shard reports, even when one fails",
        "      matrix:",
        f"        shard: [{shard_list}]",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "        with:",
        "          fetch-depth: 0  # --changed-since needs the base branch's history",
        *_judge_checkout(spec),
        "      - uses: actions/setup-python@v5",
        "        with:",
        f'          python-version: "{spec.python}"',
        "      - name: Install judge",
        f"        run: python -m pip install -e {judge}",
        "      - name: Restore the sandbox image",
        "        id: image",
        "        uses: actions/cache@v4",
        "        with:",
        "          path: ${{ runner.temp }}/judge-sandbox.tar",
        f"          key: judge-sandbox-${{{{ runner.os }}}}-${{{{ hashFiles('{_glob(judge, 'sandbox/**')}') }}}}",
        "      - name: Load or build the sandbox image",
        "        run: |",
        '          if [ -f "$RUNNER_TEMP/judge-sandbox.tar" ]; then docker load -i "$RUNNER_TEMP/judge-sandbox.tar"; fi',
        "          judge sandbox build",
        '          if [ "${{ steps.image.outputs.cache-hit }}" != "true" ]; then',
        '            docker save -o "$RUNNER_TEMP/judge-sandbox.tar" '
        "\"$(python -c 'from judge.image import image_tag; print(image_tag())')\"",
        "          fi",
        *(_torch_image_steps(judge) if spec.torch else []),
        "      - name: Restore hidden cases and expected answers",
        "        uses: actions/cache@v4",
        "        with:",
        "          path: ~/.cache/judge",
        f"          key: judge-cases-${{{{ matrix.shard }}}}-${{{{ hashFiles('{_glob(judge, 'problems/**')}') }}}}"
        "-${{ github.sha }}",
        "          restore-keys: |",
        f"            judge-cases-${{{{ matrix.shard }}}}-${{{{ hashFiles('{_glob(judge, 'problems/**')}') }}}}-",
        "      - name: Grade",
        "        run: >-",
        f"          judge grade {_quoted_path(spec.solutions)} --shard ${{{{ matrix.shard }}}}/{spec.shards}",
        "          --junit judge-report-${{ matrix.shard }}.xml --json judge-report-${{ matrix.shard }}.json",
        "          ${{ github.event_name == 'pull_request' && format('--changed-since origin/{0}', github.base_ref)"
        " || '' }}",
        "      - name: Upload the reports",
        "        if: always()",
        "        uses: actions/upload-artifact@v4",
        "        with:",
        "          name: judge-report-${{ matrix.shard }}",
        "          path: judge-report-${{ matrix.shard }}.*",
        "          if-no-files-found: ignore",
        "",
    ])


def write_workflow(spec: WorkflowSpec, output: Path, force: bool = False) -> Path:
    if output.exists() and not force:
        raise UsageError(f"{output}: already exists; nothing was written", "pass --force to overwrite it")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(workflow_yaml(spec), encoding="utf-8")
    return output


def _torch_image_steps(judge: str) -> list[str]:
    """The torch image is built offline only (Debian's python3-torch by debootstrap, which needs root:
    sudo, passwordless on GitHub's runners), so its saved copy is cached on its own key."""
    return [
        "      - name: Restore the torch sandbox image",
        "        id: torch-image",
        "        uses: actions/cache@v4",
        "        with:",
        "          path: ${{ runner.temp }}/judge-sandbox-torch.tar",
        f"          key: judge-sandbox-torch-${{{{ runner.os }}}}-${{{{ hashFiles('{_glob(judge, 'sandbox/**')}') }}}}",
        "      - name: Load or build the torch sandbox image",
        "        run: |",
        '          if [ -f "$RUNNER_TEMP/judge-sandbox-torch.tar" ]; then '
        'docker load -i "$RUNNER_TEMP/judge-sandbox-torch.tar"; fi',
        '          sudo "$(command -v judge)" sandbox build --torch',
        '          if [ "${{ steps.torch-image.outputs.cache-hit }}" != "true" ]; then',
        '            docker save -o "$RUNNER_TEMP/judge-sandbox-torch.tar" '
        "\"$(python -c 'from judge.image import TORCH, image_tag; print(image_tag(TORCH))')\"",
        "          fi",
    ]


def _judge_checkout(spec: WorkflowSpec) -> list[str]:
    if spec.judge_repo is None:
        return []
    lines = ["      - uses: actions/checkout@v4  # judge itself: its problems and sandbox live beside the package",
             "        with:", f"          repository: {spec.judge_repo}", "          path: .judge"]
    if spec.judge_ref:
        lines.append(f"          ref: {spec.judge_ref}")
    return lines


def _glob(judge_dir: str, pattern: str) -> str:
    return pattern if judge_dir == "." else f"{judge_dir}/{pattern}"


def _quoted_path(path: str) -> str:
    return path if re.fullmatch(r"[A-Za-z0-9_./-]+", path) else "'" + path.replace("'", "'\\''") + "'"
