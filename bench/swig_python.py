"""Bench child: times the same calls through OGRE's SWIG Python bindings (ns per call, median of rounds); prints JSON."""
import gc
import json
import os
import statistics
import sys
import time
import timeit

import numpy as np
import Ogre

ROUNDS = 7  # rounds per operation; the reported figure is their median
ITERATIONS = 200_000  # iterations per round, as in bench/calls.ts
IMAGES = {"load4": (1024, 1365), "load64": (4096, 5461)}  # RGB: ~4 MB and ~64 MB


def measure(name, stmt, iterations, env):
    """Median ns per call of statement `stmt` over ROUNDS rounds of `iterations`, after one warm-up round.

    timeit compiles `stmt` into its loop (no Python function call per iteration), and the
    statement assigns the result to `sink`, so every call's result is consumed. The cycle
    collector stays on (timeit turns it off by default), as the JS side's GC does.
    """
    timer = timeit.Timer(f"sink = {stmt}", "gc.enable()", timer=time.perf_counter_ns, globals=env)
    timer.timeit(iterations)  # warm-up
    ns = sorted(timer.timeit(iterations) / iterations for _ in range(ROUNDS))
    if os.environ.get("BENCH_VERBOSE"):
        print(f"{name}: {' '.join(f'{x:.1f}' for x in ns)}", file=sys.stderr)
    return statistics.median(ns)


def accepts_tuple(v):
    """Whether SWIG-Python converts a tuple to a Vector3 argument (it has no such typemap in 1.12)."""
    try:
        v.dotProduct((4, 5, 6))
        return True
    except TypeError:
        return False


def supports(env, stmt):
    """Whether SWIG-Python can run `stmt` (1.12 wraps no free operator*, so Matrix4 * Matrix4 is a TypeError)."""
    try:
        eval(stmt, env)
        return True
    except TypeError:
        return False


def run_calls():
    """Runs every operation and returns ns per call keyed by operation (None: not supported)."""
    env = {"gc": gc, "Ogre": Ogre, "v": Ogre.Vector3(1, 2, 3), "w": Ogre.Vector3(4, 5, 6)}
    out = {
        "empty": measure("empty", "v", ITERATIONS, env),
        "length": measure("length", "v.length()", ITERATIONS, env),
        "dot": measure("dot", "v.dotProduct(w)", ITERATIONS, env),
        "dotArray": measure("dotArray", "v.dotProduct((4, 5, 6))", ITERATIONS, env)
        if accepts_tuple(env["v"]) else None,
        "add": measure("add", "v + w", ITERATIONS, env),
        "new": measure("new", "Ogre.Vector3(1, 2, 3)", ITERATIONS, env),
    }
    env.update(q=Ogre.Quaternion(0.7071, 0, 0.7071, 0), m4=Ogre.Matrix4.IDENTITY)
    out["qmul"] = measure("qmul", "q * v", ITERATIONS, env)
    out["m4mul"] = measure("m4mul", "m4 * m4", ITERATIONS, env) if supports(env, "m4 * m4") else None
    out["m4t"] = measure("m4t", "m4.transpose()", ITERATIONS, env)
    log = Ogre.LogManager()
    log.createLog("bench.log", True, False, True)
    root = Ogre.Root("", "", "")
    scene = root.createSceneManager()
    env["node"] = scene.getRootSceneNode().createChildSceneNode()
    out["getPosition"] = measure("getPosition", "node.getPosition()", ITERATIONS, env)
    env["light"] = scene.createLight("bench")
    env["light"].setType(Ogre.Light.LT_SPOTLIGHT)
    out["enumResult"] = measure("enumResult", "light.getType()", ITERATIONS, env)
    out["enumArg"] = measure("enumArg", "light.setType(Ogre.Light.LT_SPOTLIGHT)", ITERATIONS, env)
    out["add20k"] = measure("add20k", "v + w", 20_000, env)
    out["add2M"] = measure("add2M", "v + w", 2_000_000, env)
    out.update(director_calls(root))
    # Root before its LogManager (the other order asserts in OGRE).
    del env["node"], env["light"], scene, root, log
    for key, (width, height) in IMAGES.items():
        env.update(img=Ogre.Image(), buf=np.zeros(width * height * 3, dtype=np.uint8), W=width, H=height)
        out[key] = measure(key, "img.loadDynamicImage(buf, W, H, Ogre.PF_BYTE_RGB)", ITERATIONS, env)
    return out


FRAMES = [0]


class Counting(Ogre.FrameListener):
    """A SWIG director: C++ calls this Python frameStarted (counting in a module list: SWIG's classes are read-only)."""

    def frameStarted(self, evt):
        FRAMES[0] += 1
        return True


class Inheriting(Ogre.FrameListener):
    """A director subclass without an override: SWIG runs the C++ implementation."""


def director_calls(root):
    """C++ calling frameStarted of the one listener added to `root` (as director* in bench/calls.ts)."""
    out = {}
    # Ogre.FrameListener() itself is a plain C++ object (SWIG makes directors for subclasses only).
    for key, listener in (("director", Counting()), ("directorNone", Inheriting()), ("directorPlain", Ogre.FrameListener())):
        root.addFrameListener(listener)
        out[key] = measure(key, "root._fireFrameStarted()", ITERATIONS, {"root": root, "gc": gc})
        root.removeFrameListener(listener)
    if FRAMES[0] == 0:
        raise RuntimeError("the Python frameStarted was never called")
    return out


if __name__ == "__main__":
    print(json.dumps(run_calls()))
