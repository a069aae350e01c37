"""Choosing a backend: docker, local, or auto (Docker when it answers, else local, said plainly)."""

from __future__ import annotations

from dataclasses import dataclass

from judge.backends.base import Sandbox
from judge.errors import JudgeError, SandboxUnavailable

CHOICES = ("auto", "docker", "local")


@dataclass
class SandboxChoice:
    sandbox: Sandbox
    notice: str = ""  # what the user must be told about this choice, if anything


def sandbox_choice(choice: str = "auto") -> SandboxChoice:
    from judge.backends.docker import DockerSandbox
    from judge.backends.local import WARNING, LocalSandbox

    if choice not in CHOICES:
        raise JudgeError(f"unknown sandbox '{choice}'", "choose auto, docker or local")
    if choice == "local":
        return SandboxChoice(LocalSandbox(), WARNING)
    try:
        return SandboxChoice(DockerSandbox())
    except SandboxUnavailable as error:
        if choice == "docker":
            raise
        return SandboxChoice(LocalSandbox(), f"{error.message}; falling back to --sandbox local: {WARNING}")
