# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: run test build clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/python -m compileall -q pipeline  # bytecode even where PYTHONDONTWRITEBYTECODE is set
	$(BIN)/presspipe run corpus --out $(OUT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

build: $(VENV)/.installed
	$(BIN)/python -m pipeline.build

clean:
	rm -rf $(VENV) $(OUT)
