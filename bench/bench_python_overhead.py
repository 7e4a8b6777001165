"""Per-call overhead of the Python package for a short article: engine.extract(text) against
the bare C call (claimcheck_extract + claimcheck_claims_free through ctypes), in microseconds.

    CLAIMCHECK_LIBRARY=build/release/capi/libclaimcheck_c.so PYTHONPATH=python \\
        python3 bench/bench_python_overhead.py [ARTICLE]
"""

import ctypes
import pathlib
import sys
import timeit

import claimcheck
from claimcheck import _native

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ARTICLE = HERE.parent / "examples" / "articles" / "market-brief_zh-hans.txt"


def per_call_microseconds(function, seconds=1.0):
    number = max(1, int(timeit.Timer(function).autorange()[0]))
    rounds = max(3, int(seconds / max(1e-9, timeit.timeit(function, number=number))))
    return min(timeit.repeat(function, number=number, repeat=min(rounds, 20))) / number * 1e6


def main(argv):
    path = pathlib.Path(argv[1]) if len(argv) > 1 else DEFAULT_ARTICLE
    text = path.read_text(encoding="utf-8")
    data = text.encode("utf-8")
    engine = claimcheck.Engine()
    lib = _native.lib

    def bare_c():
        out = _native.Claims_p()
        lib.claimcheck_extract(engine._handle, b"a", data, len(data), ctypes.byref(out))
        lib.claimcheck_claims_free(out)

    def python_api():
        engine.extract(text, source="a")

    claims = len(engine.extract(text, source="a"))
    c_us = per_call_microseconds(bare_c)
    py_us = per_call_microseconds(python_api)
    print(f"article: {path.name}, {len(data)} bytes, {len(text)} characters, {claims} claims")
    print(f"bare C call via ctypes: {c_us:9.1f} us/call")
    print(f"engine.extract (Python): {py_us:9.1f} us/call")
    print(f"Python overhead: {py_us - c_us:.1f} us/call ({(py_us / c_us - 1) * 100:+.1f} %), "
          f"{(py_us - c_us) / max(1, claims):.1f} us per claim")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
