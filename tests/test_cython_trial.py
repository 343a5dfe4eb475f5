"""bench/cython_trial.py's pure helpers: which modules it compiles, and its check of the
generated C for C integers cast to ``PyObject *`` (cython/cython#7472)."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("cython_trial", ROOT / "bench" / "cython_trial.py")
trial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trial)

GOOD_AND_BAD = """\
static PyObject *__pyx_pf_f(void) {
  PyObject *__pyx_t_1 = NULL;
  int __pyx_t_2;
  __pyx_t_1 = ((PyObject *)__pyx_t_1);
  __pyx_t_2 = __Pyx_PySequence_ContainsTF(a, b, Py_EQ);
  __pyx_t_1 = ((PyObject *)__pyx_t_2);
}
"""


def test_bad_casts_finds_only_c_integers_cast_to_objects(tmp_path):
    c_file = tmp_path / "m.c"
    c_file.write_text(GOOD_AND_BAD)
    assert trial.bad_casts(c_file) == [6]
    c_file.write_text(GOOD_AND_BAD.replace("  __pyx_t_1 = ((PyObject *)__pyx_t_2);\n", ""))
    assert trial.bad_casts(c_file) == []


def test_hot_modules_are_runtime_modules_only():
    mods = trial.hot_modules(ROOT)
    assert "pipeline/entities/scan.py" in mods and "pipeline/langid/article.py" in mods
    assert "pipeline/entities/persons/__init__.py" in mods
    assert not [m for m in mods if "/build" in m or "/statistical/" in m or m.endswith("/evaluate.py")]
    assert "pipeline/langid/__init__.py" not in mods and "pipeline/batch.py" not in mods
