"""Run the project's benchmarks: `python bench/run.py [NAME ...]` (all by default).

Each benchmark is a module in `bench/benchmarks/` defining NAME, UNIT, GOAL (a text such as
"at most 2") and `run() -> float`. Ratios are measured against a floor taken in the same run,
because the machines are shared and noisy; absolute timings are medians of repeated runs.
Prints one line per benchmark: `NAME: VALUE UNIT (goal GOAL)`.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def available() -> dict[str, object]:
    """Return the benchmark modules by NAME."""
    import benchmarks

    found = {}
    for info in pkgutil.iter_modules(benchmarks.__path__):
        module = importlib.import_module(f"benchmarks.{info.name}")
        if hasattr(module, "run"):
            found[module.NAME] = module
    return found


def main(argv: list[str]) -> int:
    benches = available()
    names = argv or sorted(benches)
    unknown = [n for n in names if n not in benches]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(benches))}")
        return 2
    for name in names:
        module = benches[name]
        value = module.run()  # type: ignore[attr-defined]
        print(f"{name}: {value:.3g} {module.UNIT} (goal {module.GOAL})", flush=True)  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
