"""Bench child: the SWIG-Python side of bench/ownedChild.ts (Ogre.Image() with Images alive, isinstance); prints JSON."""
import gc
import json
import os
import time
import timeit

import Ogre

ROUNDS = 7
ITERATIONS = 200_000
LIVE = [int(n) for n in os.environ.get("BENCH_OWNED_LIVE", "20000,200000,2000000").split(",")]


def measure(stmt, env):
    """Median ns per execution of `stmt` over ROUNDS rounds, after a warm-up round (collector on)."""
    timer = timeit.Timer(f"sink = {stmt}", "gc.enable()", timer=time.perf_counter_ns, globals=env)
    timer.timeit(ITERATIONS)
    ns = sorted(timer.timeit(ITERATIONS) / ITERATIONS for _ in range(ROUNDS))
    return ns[ROUNDS // 2]


def run():
    env = {"gc": gc, "Ogre": Ogre, "img": Ogre.Image()}
    out = {"instanceof": measure("isinstance(img, Ogre.Image)", env),
           "instanceofMiss": measure("isinstance(img, Ogre.MovableObject)", env)}
    kept = []
    for live in LIVE:
        kept.extend(Ogre.Image() for _ in range(live - len(kept)))
        out[f"newImage{live}"] = measure("Ogre.Image()", env)
    return out


if __name__ == "__main__":
    print(json.dumps(run()))
