"""Run by test_schema_atomic: opens databases and kills itself part-way through their schema work.

Importing Roundtable and Alembic takes about a second, far longer than a schema update, so this
process imports them once and then forks one child per request: each request is a line
``N PATH`` on stdin. The child opens PATH with ``Store.open`` and SIGKILLs itself right after
the Nth statement that changes the schema or the data (CREATE, ALTER, DROP, INSERT...), that is
at a moment chosen by what it has done, not by a clock. The reply is one line: ``killed`` when
it got that far, ``finished K`` when the open ended first after K such statements (N is past
the last one), or ``failed <message>`` when the open raised.

The forking process itself never touches a database, so no SQLite connection crosses a fork.
"""

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import Engine, event

from roundtable.store.facade import Store

WRITES = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "REPLACE")


def _open_and_die_after(limit: int, path: str) -> None:
    """In the forked child: open ``path``, SIGKILL ourselves after the ``limit``-th write."""
    seen = 0

    def count(_conn, _cursor, statement: str, *_args) -> None:
        nonlocal seen
        if statement.lstrip().upper().startswith(WRITES):
            seen += 1
            if seen == limit:
                os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", count)
    Store.open(path, daily_backup=False).close()
    sys.stdout.write(f"finished {seen}\n")
    sys.stdout.flush()
    os._exit(0)


def main() -> None:
    import alembic.command  # noqa: F401 - imported once here, not in every child

    for line in sys.stdin:
        limit, path = line.rstrip("\n").split(" ", 1)
        pid = os.fork()
        if pid == 0:  # the child never returns into this loop, whatever happens
            try:
                _open_and_die_after(int(limit), str(Path(path)))
            except BaseException as exc:  # noqa: BLE001 - reported to the test, one line
                sys.stdout.write(f"failed {type(exc).__name__}: {exc}".replace("\n", " ") + "\n")
                sys.stdout.flush()
            os._exit(3)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            print("killed", flush=True)
        elif not (os.WIFEXITED(status) and os.WEXITSTATUS(status) in (0, 3)):
            print(f"failed with status {status}", flush=True)


if __name__ == "__main__":
    main()
