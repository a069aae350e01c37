# judge: set up, test, verify the problem bank, benchmark.
# `make setup` installs everything a fresh Debian machine needs (as root it also
# installs and starts Docker), builds the sandbox image, and is safe to re-run.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
JOBS   ?= 2

.PHONY: setup venv engine image browser test unit verify bench clean-containers

# An editable install is not byte-compiled, and PYTHONDONTWRITEBYTECODE (set on some CI
# machines) keeps Python from doing it: every `judge` would compile its modules again.
setup: venv engine image
	$(BIN)/python -m compileall -q judge

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

engine:
	bash sandbox/start-engine.sh

# The numpy image, then the torch one for frameworks: [torch] problems (about five minutes on a
# fresh machine, mostly debootstrap's downloads; seconds once its Debian base exists).
image: venv engine
	$(BIN)/judge sandbox build
	$(BIN)/judge sandbox build --torch

# Debian's Chromium for the `judge serve` browser tests (Playwright drives it; `playwright install`
# is never run). Installed as root when missing, as `make setup` installs Docker.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else echo "make browser: $(CHROMIUM) is missing: run 'sudo apt-get install chromium'" >&2; exit 1; fi; \
	fi

# Every test, then every problem proven by its known submissions.
test: setup browser
	$(BIN)/pytest -n $(JOBS) --dist loadfile -q
	$(BIN)/judge verify -j $(JOBS) --color never

unit: venv
	$(BIN)/pytest -q -m "not docker"

verify: setup
	$(BIN)/judge verify

bench: setup
	$(BIN)/python bench/run_bench.py

clean-containers:
	-docker ps -aq --filter label=judge.sandbox | xargs -r docker rm -f
