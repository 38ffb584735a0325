"""Run by test_crash_safety: commit edits in a loop, printing each one once it is committed.

Each edit touches several tables (event, person, participation, attachment) so a kill can land
in the middle of a multi-table transaction. Usage: crash_child.py DB RUN
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from safety_helpers import event  # noqa: E402

from roundtable.store.facade import Store  # noqa: E402


def main() -> None:
    db, run = sys.argv[1], sys.argv[2]
    store = Store.open(db, daily_backup=False)
    print("ready", flush=True)
    n = 0
    while True:
        saved = store.save_event(event(f"crash {run} {n}", attachment=os.urandom(3000)))
        print(f"committed {saved.title}", flush=True)
        if n % 3 == 2:  # updates too, not only inserts
            saved.title += " edited"
            store.save_event(saved)
            print(f"edited {saved.title}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
