"""py3langid's language identifier, loaded once per process and in the background.

Its model costs about 0.7 s of CPU to load, most of it the LZMA decompression of 68 MB, which
lets go of Python's GIL. ``load_in_background`` starts that in a thread of its own, so a process
that extracts loads the model while it imports and loads spaCy; ``identifier`` waits for what is
left. py3langid itself (and numpy) is imported by that thread.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


_started = threading.Lock()
_loading: Future[LanguageIdentifier] | None = None


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
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            loading.set_result(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        except BaseException as err:  # raised again where the identifier is wanted
            loading.set_exception(err)

    threading.Thread(target=load, name="kg-langid-load", daemon=True).start()
    return loading


def identifier() -> LanguageIdentifier:
    """py3langid's identifier with normalised probabilities, once it has loaded."""
    return load_in_background().result()
