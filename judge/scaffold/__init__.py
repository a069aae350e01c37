"""`judge problem new ID`: a new problem folder that `judge verify` proves as it stands.

The template (template/) is a small complete problem, the largest sum of k consecutive
numbers, with every file the standard asks for: spec, statement, reference, generators
on the problem kit, accepted/, wrong_answer/ and time_limit/. A problem writer replaces
its content file by file and runs `judge verify` after each step, so the folder never
stops being provable for long. `$id`, `$title` and `$method` are filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

from judge.errors import JudgeError
from judge.problem import ID, problem_folders

TEMPLATE = Path(__file__).parent / "template"


@dataclass(frozen=True)
class Scaffold:
    folder: Path
    files: tuple[Path, ...]


def new_problem(problem_id: str, into: Path) -> Scaffold:
    """Write the template as problem `problem_id` under the folder `into`."""
    if not ID.match(problem_id):
        raise JudgeError(f"'{problem_id}' is not a problem id",
                         "use lower-case words joined by hyphens, as LeetCode's slugs: two-sum")
    if problem_id in problem_folders():
        raise JudgeError(f"problem '{problem_id}' already exists in {problem_folders()[problem_id]}",
                         "pick another id")
    folder = into / problem_id
    if folder.exists():
        raise JudgeError(f"{folder}: already exists; nothing was written", "pick another id or folder")
    words = problem_id.split("-")
    values = {"id": problem_id, "title": " ".join(word.capitalize() for word in words),
              "method": words[0] + "".join(word.capitalize() for word in words[1:]) if words[0][0].isalpha()
              else "solve"}
    written = []
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        target = folder / source.relative_to(TEMPLATE).with_suffix(source.suffix.replace(".tmpl", ""))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(Template(source.read_text(encoding="utf-8")).substitute(values), encoding="utf-8")
        written.append(target)
    return Scaffold(folder, tuple(written))
