"""Where built artifacts live: `models/` at the repository root (override: PRESSPIPE_MODELS)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MODELS_DIR = Path(os.environ.get("PRESSPIPE_MODELS", PACKAGE_DIR.parent / "models"))
