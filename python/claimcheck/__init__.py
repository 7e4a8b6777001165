"""claimcheck: extract numeric claims from news text and cross-check them across sources.

    import claimcheck

    engine = claimcheck.Engine()
    for claim in engine.extract("DeepSeek的训练成本约为558万美元。", source="a.txt"):
        print(claim.text, claim.value, claim.unit, claim.qualifier)

    report = engine.check({"a.txt": text_a, "b.txt": text_b})
    for finding in report.findings:
        print(finding.verdict, finding.gap_ratio, finding.reason)

A pure-Python package over the claimcheck C library (ctypes); set ``CLAIMCHECK_LIBRARY`` to
the library's path if it is not found next to the package or on the system's library path.
"""

from ._native import Error, library_path
from ._native import lib as _lib
from .engine import (Engine, claims_from_jsonl, claims_to_jsonl, default_config_json,
                     merge_reports)
from .model import Claim, Finding, Group, Position, Report

__all__ = ["Engine", "Claim", "Report", "Finding", "Group", "Position", "Error",
           "claims_from_jsonl", "claims_to_jsonl", "default_config_json", "merge_reports", "version",
           "library_path"]


def version() -> str:
    """The version of the loaded C library, e.g. "0.1.0"."""
    return _lib.claimcheck_version_string().decode("ascii")


__version__ = version()
