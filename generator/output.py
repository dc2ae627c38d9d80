"""Output folders: which folder a build may replace, and how it replaces it safely.

A build or render writes into a fresh staging folder beside the target, then
swaps it in. The target must not be (nor hold, nor lie inside) anything the
project is made of, and an existing folder is replaced only if a previous run
marked it as its output. A lock on the parent folder keeps two runs apart.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from generator.errors import excerpt

STAMP = ".practices-output"
STAMP_TEXT = "Written by `practices build` or `practices render`; the whole folder is replaced on each run.\n"


class OutputRefused(Exception):
    """The target folder may not be written; the message says why. Nothing was touched."""


class SwapFailed(Exception):
    """The finished output could not be put in place; the message says what was restored."""


def check(target: Path, sources: dict[str, Path], roots: dict[str, Path]) -> Path:
    """The resolved target folder if it may be replaced; else OutputRefused.

    Args:
        target: the folder as the user named it.
        sources: folders the target may not be, hold or lie inside (records, docs, templates).
        roots: folders the target may not be or hold, but may lie inside (the repository, $HOME, /).
    """
    shown = excerpt(str(target))
    if target.is_symlink():
        raise OutputRefused(f"{shown} is a symbolic link; name a real folder")
    resolved = target.resolve()
    for name, folder in {**roots, **sources}.items():
        if resolved == folder or folder.is_relative_to(resolved):
            raise OutputRefused(f"{shown} is or holds {name} ({folder}); choose a separate output folder")
    for name, folder in sources.items():
        if resolved.is_relative_to(folder):
            raise OutputRefused(f"{shown} lies inside {name} ({folder}); choose a separate output folder")
    if resolved.exists() and not resolved.is_dir():
        raise OutputRefused(f"{shown} is a file, not a folder; choose a folder")
    if resolved.is_dir() and any(resolved.iterdir()) and not (resolved / STAMP).is_file():
        raise OutputRefused(
            f"{shown} holds files that no previous build or render wrote (it has no {STAMP}); "
            "empty it or choose another folder"
        )
    return resolved


def project_roots(*folders: Path) -> dict[str, Path]:
    """The repository root (the nearest folder holding .git) of each folder, the home folder and /."""
    roots = {"the root of the file system": Path("/").resolve()}
    home = Path.home().resolve()
    if home != roots["the root of the file system"]:
        roots["your home folder"] = home
    for folder in folders:
        folder = folder.resolve()
        top = next((p for p in (folder, *folder.parents) if (p / ".git").exists()), folder)
        roots[f"the project folder {top.name}"] = top
    return roots


@contextlib.contextmanager
def locked(target: Path) -> Iterator[None]:
    """Hold a lock on the target's parent folder itself: a second run waits until the first is done.

    The folder is locked, not a file in it, so no lock file is left behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target.parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Another run is writing into {target.parent}; waiting for it to finish.", file=sys.stderr)
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


# The working folders a run keeps beside its target, hidden and named after it: the new output while it is
# written (.site.staging-<unique>) and the previous one while the new one takes its place (.site.old-<unique>).
STAGING, OLD = "staging-", "old-"
_EARLIER = ("old", "tmp")  # what earlier versions left behind: .site.old, .site.tmp


def working_name(target: Path, kind: str) -> str:
    """The name (or, for a unique folder, the start of the name) of a working folder of the target."""
    return f".{target.name}.{kind}"


def staging(target: Path) -> Path:
    """A fresh, uniquely named, empty folder beside the target; call it holding the target's lock.

    Leftovers of interrupted runs (staging and old folders) are removed first: with the lock
    held, no other run is using them.
    """
    patterns = [working_name(target, kind) + "*" for kind in (STAGING, OLD)]
    for pattern in patterns + [working_name(target, kind) for kind in _EARLIER]:
        for leftover in target.parent.glob(pattern):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=working_name(target, STAGING), dir=target.parent))


def write(files: dict[str, str | bytes], folder: Path) -> None:
    """Write files into a folder, each only if its path stays inside it."""
    root = folder.resolve()
    for path, content in files.items():
        dest = inside(root, path)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            dest.write_bytes(content)
        else:
            dest.write_text(content, encoding="utf-8", newline="\n")


def inside(root: Path, path: str) -> Path:
    """root/path, if path is relative, plain and resolves inside root; else OutputRefused."""
    dest = root.joinpath(*plain(path))
    if not dest.resolve().is_relative_to(root):
        raise OutputRefused(f"a generated file would be written outside the output folder: {excerpt(path)}")
    return dest


_SIMPLE_PATH = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")


def plain(path: str) -> tuple[str, ...]:
    """The parts of a relative path with no way out of its folder (no .., no root, no backslash); else OutputRefused."""
    if _SIMPLE_PATH.fullmatch(path) and not {".", ".."} & set(path.split("/")):
        return tuple(path.split("/"))  # the common case, thousands of times a build, without a path object
    parts = PurePosixPath(path).parts
    if not parts or PurePosixPath(path).is_absolute() or any(p in ("..", ".") or "\\" in p for p in parts):
        raise OutputRefused(f"a generated file would be written outside the output folder: {excerpt(path)}")
    return parts


def replace(new: Path, target: Path) -> None:
    """Stamp a finished folder as an output and put it in place of the target.

    The previous output is kept under a unique name until the new one is in
    place; if the swap fails it is put back. One that cannot be removed is left
    under that unique name, which no later run depends on.
    """
    (new / STAMP).write_text(STAMP_TEXT, encoding="utf-8")
    old = target.with_name(working_name(target, OLD) + uuid.uuid4().hex[:12])
    if target.exists():
        target.rename(old)
    try:
        new.rename(target)
    except OSError as error:
        restored = _restore(old, target)
        shutil.rmtree(new, ignore_errors=True)
        raise SwapFailed(f"could not put the new output in place ({error.strerror}); {restored}") from None
    _discard(old)


def _restore(old: Path, target: Path) -> str:
    if not old.exists():
        return "nothing was there before"
    try:
        old.rename(target)
    except OSError:
        return f"the previous output is kept in {old}"
    return f"the previous output was restored in {target}"


def _discard(old: Path) -> None:
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
    if old.exists():
        print(f"Could not remove the previous output, left in {old}; remove it when you can.", file=sys.stderr)


def discard_staging(folder: Path) -> None:
    """Remove a staging folder after a failed run."""
    shutil.rmtree(folder, ignore_errors=True)
