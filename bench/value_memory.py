"""Bench child: 10M `v + w` through SWIG-Python; prints baseline and peak RSS (MB) and seconds as JSON."""
import json
import time

import Ogre

CALLS = 10_000_000


def rss_mb(field):
    """VmRSS (current) or VmHWM (peak) of this process, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


v, w = Ogre.Vector3(1, 2, 3), Ogre.Vector3(4, 5, 6)
for _ in range(1000):
    sink = v + w
baseline = rss_mb("VmRSS")
t0 = time.perf_counter()
for _ in range(CALLS):
    sink = v + w
seconds = time.perf_counter() - t0
print(json.dumps({"baseline": baseline, "peak": rss_mb("VmHWM"), "seconds": seconds}))
