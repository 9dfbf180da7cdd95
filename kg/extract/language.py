"""py3langid's language identifier, loaded once per process and in the background.

Its model ships LZMA-compressed (4.6 MB holding 68 MB of arrays): decompressing it costs about
0.5–1 s of CPU in every process that extracts, each worker of ``kg ingest --workers N`` included.
The first process decompresses it once more and keeps the arrays, uncompressed, in the user's
cache folder (``$XDG_CACHE_HOME/kg/``, else ``~/.cache/kg/``), in a folder named for py3langid's
version and the model file's size and time; later processes map them from there in a few
milliseconds, reading only the pages the identifier visits. The identifier is built from the same
arrays either way, so it answers alike; a cache folder that cannot be written or read is no error,
the model is then read from py3langid's own file as before.

``load_in_background`` starts the loading in a thread of its own, so a process that extracts loads
the model while it imports and loads spaCy; ``identifier`` waits for what is left. py3langid itself
(and numpy) is imported by that thread.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


_started = threading.Lock()
_loading: Future[LanguageIdentifier] | None = None
_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")


def load_in_background() -> Future[LanguageIdentifier]:
    """The identifier, loading in a daemon thread that the first call starts (later calls return the same)."""
    global _loading
    with _started:
        if _loading is None:
            _loading = _start()
        return _loading


def _start() -> Future[LanguageIdentifier]:
    loading: Future[LanguageIdentifier] = Future()

    def load() -> None:
        try:
            loading.set_result(load_identifier())
        except BaseException as err:  # raised again where the identifier is wanted
            loading.set_exception(err)

    threading.Thread(target=load, name="kg-langid-load", daemon=True).start()
    return loading


def identifier() -> LanguageIdentifier:
    """py3langid's identifier with normalised probabilities, once it has loaded."""
    return load_in_background().result()


def cache_folder() -> Path:
    """Where the uncompressed model of the installed py3langid is kept (it need not exist yet)."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = (MODEL_DIR / MODEL_FILE).stat()
    # the XDG base directory convention, which allows only an absolute XDG_CACHE_HOME
    cache = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(cache) if os.path.isabs(cache) else Path.home() / ".cache"
    return root / "kg" / f"py3langid-{version('py3langid')}-{model.st_size}-{model.st_mtime_ns}"


def load_identifier() -> LanguageIdentifier:
    """A new identifier, from the cache folder (made first if it is missing), else from py3langid's own file."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        folder = cache_folder()
        if not folder.is_dir():
            _write_cache(folder)
        return _from_cache(folder)
    except (OSError, ValueError):  # an unwritable home, a damaged cache: the packaged model still serves
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _write_cache(folder: Path) -> None:
    """The model's arrays, uncompressed, one ``.npy`` file each, made in a temporary folder renamed
    into place: processes starting together each make one, and the first rename wins."""
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        with tempfile.TemporaryFile(suffix=".npz") as npz:
            with lzma.open(MODEL_DIR / MODEL_FILE) as source:
                shutil.copyfileobj(source, npz, length=1 << 20)
            npz.seek(0)
            with np.load(npz, allow_pickle=False) as data:
                for name in _ARRAYS:
                    np.save(work / f"{name}.npy", data[name], allow_pickle=False)
                (work / "classes.json").write_text(json.dumps(data["classes"].tolist()), encoding="utf-8")
        try:
            work.rename(folder)
        except OSError:
            if not folder.is_dir():
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _from_cache(folder: Path) -> LanguageIdentifier:
    """The identifier over the cached arrays, as py3langid's ``from_model_file`` builds it: the same
    values in the same types (the transition table as a mapped ``memoryview`` of unsigned ints rather
    than a copy in an ``array``, which indexes alike)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray) for name in _ARRAYS}
    classes = json.loads((folder / "classes.json").read_text(encoding="utf-8"))
    return LanguageIdentifier(
        arrays["ptc"],
        np.array(arrays["pc"]),
        classes,
        memoryview(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        tk_row=arrays["nextmove_row"].tolist(),
    )
