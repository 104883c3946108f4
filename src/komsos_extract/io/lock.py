"""One batch per output: a lock file next to the output, ``.<name>.lock``, holding the owner's pid.

Two batches appending to one output would double JSONL rows or crash on a database lock; the second
one instead stops at once with "output in use by another batch". The lock is an OS file lock
(``flock``) where there is one, so it goes with its process however that ends (``kill -9``
included); a lock file left behind by a dead process is simply taken over. Without ``flock``
(Windows) the file is created exclusively and a file naming a pid that no longer runs is stale.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class OutputInUse(RuntimeError):
    """Another live batch is writing the same output."""


def lock_path(out: Path) -> Path:
    out = Path(out)
    return out.with_name(f".{out.name}.lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_pid(path: Path) -> int:
    try:
        return int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


class OutputLock:
    """Held while a batch writes ``out``; ``release()`` (or leaving the ``with``) removes it."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.path = lock_path(self.out)
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if fcntl is None:  # pragma: no cover - Windows
            self._acquire_exclusive()
        else:
            self._acquire_flock()
        os.ftruncate(self.fd, 0)
        os.write(self.fd, f"{os.getpid()}\n".encode("ascii"))
        return self

    def _refuse(self, pid: int) -> OutputInUse:
        who = f" (pid {pid})" if pid else ""
        return OutputInUse(f"output in use by another batch{who}: {self.out}; wait for it to finish, "
                           f"or write to another --out (lock file {self.path})")

    def _acquire_flock(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise self._refuse(_read_pid(self.path)) from None
            try:  # the holder before us may have removed the file after we opened it: lock the live one
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return
            os.close(fd)

    def _acquire_exclusive(self) -> None:  # pragma: no cover - Windows
        for _ in range(3):
            try:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
                return
            except FileExistsError:
                pid = _read_pid(self.path)
                if _pid_alive(pid) and pid != os.getpid():
                    raise self._refuse(pid) from None
                try:
                    self.path.unlink()  # stale: its batch is gone
                except FileNotFoundError:
                    pass
        raise self._refuse(_read_pid(self.path))

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
