"""What a submission can import here, said when it imports something else.

Read from the running interpreter, so the message is true of whichever image
(offline Debian or python:3.11-slim) or local Python runs the worker.
"""

import sys

THIRD_PARTY = ("numpy", "torch", "sortedcontainers")  # torch in the torch image only


def _version(name):
    """The installed version of `name`, or None; read from its metadata, so numpy (torch) is not imported for it."""
    module = sys.modules.get(name)
    if module is not None and isinstance(getattr(module, "__version__", None), str):
        return module.__version__
    try:
        from importlib import metadata

        return metadata.version(name)
    except Exception:  # not installed, or no metadata: either way not something to promise
        return None


def describe():
    """'Python 3.11.2, numpy 1.24.2, sortedcontainers 2.4.0' for what this interpreter has."""
    parts = ["Python {}.{}.{}".format(*sys.version_info[:3])]
    for name in THIRD_PARTY:
        version = _version(name)
        if version:
            parts.append(f"{name} {version}")
    return ", ".join(parts)


def missing_module(name):
    """The sentence added to a ModuleNotFoundError for `name` ('scipy.special' names scipy)."""
    package = (name or "that module").partition(".")[0]
    return (f"the sandbox has no {package}: it has {describe()} and nothing else beyond Python's standard "
            f"library, so write what {package} would do with those")
