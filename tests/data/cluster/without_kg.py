"""A Dask worker preload (``dask worker --preload``): the worker cannot import ``kg``, as on a machine
where the project is not installed (its distribution metadata stays, so only the first task finds out)."""

import sys


class _NoProject:
    def find_spec(self, name, path=None, target=None):
        if name == "kg" or name.startswith("kg."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _NoProject())
for module in [name for name in sys.modules if name == "kg" or name.startswith("kg.")]:
    del sys.modules[module]
