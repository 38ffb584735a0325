"""Run by the writers' lock tests: a writer that reports each commit, as ``roundtable import``
would, so a test can race a restore against it and know exactly what was reported saved.

Usage: writer_child.py DB TAG COUNT. It prints "ready" once its Store is open, "committed TITLE"
after each commit and "closed" once the Store is closed. COUNT 0 means "until a line arrives on
stdin", so the test, not the clock, decides when the writer stops.
"""

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from safety_helpers import event  # noqa: E402

from roundtable.store.facade import Store  # noqa: E402


def main() -> None:
    db, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    stop = threading.Event()
    if count == 0:
        threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    store = Store.open(db, daily_backup=False)
    print("ready", flush=True)
    n = 0
    while (n < count) if count else not stop.is_set():
        saved = store.save_event(event(f"{tag} {n}"))
        print(f"committed {saved.title}", flush=True)
        n += 1
    store.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
