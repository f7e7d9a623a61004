#!/usr/bin/python3
"""The classes OGRE's SWIG Python component lets Python subclass with C++ calling the overrides
(SWIG directors: the classes with `__disown__`), per module, as JSON: director_target.json."""
import importlib
import inspect
import json
import sys

MODULES = {"Ogre": "Ogre", "Bites": "Ogre.Bites", "RTShader": "Ogre.RTShader", "Overlay": "Ogre.Overlay"}
out = {}
for key, name in MODULES.items():
    m = importlib.import_module(name)
    out[key] = sorted(n for n, o in vars(m).items() if inspect.isclass(o) and "__disown__" in vars(o))
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
