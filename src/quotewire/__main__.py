"""``python -m quotewire ...``, and the application file ``spark-submit`` runs.

``spark-submit`` runs a file as a script, not as a module of its package, so this file
imports the package absolutely (and drops its own folder from ``sys.path`` first, so the
package's module names cannot shadow top-level ones).
"""

import sys
from pathlib import Path

if not __package__:
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != here]

from quotewire.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
