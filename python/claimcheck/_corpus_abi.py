"""The C ABI calls a corpus run makes, on bytes rather than Python objects: extraction straight to
JSON Lines, the check of a partition's JSON Lines straight to report JSON, and the library's
merge of partial reports read back from their JSON. Used by claimcheck.dask; the functions are
those _native declares."""

import ctypes

from claimcheck import _native, model
from claimcheck._native import Claims_p, OwnedString_p, Report_p, check
from claimcheck.engine import Engine


def _take_bytes(pointer):
    try:
        return ctypes.string_at(pointer)
    finally:
        _native.lib.claimcheck_string_free(pointer)


class _OwnedClaims:
    def __init__(self):
        self.handle = Claims_p()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        _native.lib.claimcheck_claims_free(self.handle)


class CorpusEngine:
    """An engine for corpus runs: claims in and out as JSON Lines bytes, reports out as JSON bytes.
    `config_json` is None (the built-in defaults) or a configuration JSON text; a bad one
    raises claimcheck.Error naming the field."""

    def __init__(self, config_json=None):
        self._engine = Engine(config_json)

    def extract_keyed(self, text, source):
        """The claims of one document (UTF-8 bytes), in byte order, as (key, JSON line) pairs:
        the key is the claim's subject, measure and dimension joined by 0x1f (bytes), or None
        for a claim without subject or measure; the line is its JSON with the newline. A
        refused document raises claimcheck.Error whose message starts with the source."""
        lib = _native.lib
        with _OwnedClaims() as claims:
            status = lib.claimcheck_extract(self._engine._live_handle(), source.encode("utf-8"),
                                            text, len(text), ctypes.byref(claims.handle))
            if status != 0:
                message = lib.claimcheck_last_error().decode("utf-8", "replace")
                raise _native.Error(status, message if message.startswith(source)
                                    else f"{source}: {message}")
            out = OwnedString_p()
            check(lib.claimcheck_claims_to_json(claims.handle, ctypes.byref(out)))
            lines = _take_bytes(out).split(b"\n")
            keys = []
            for i in range(lib.claimcheck_claims_count(claims.handle)):
                claim = lib.claimcheck_claims_get(claims.handle, i)
                subject = lib.claimcheck_claim_subject(claim)
                measure = lib.claimcheck_claim_measure(claim)
                keys.append(None if subject is None or measure is None else b"\x1f".join(
                    (subject, measure, lib.claimcheck_claim_dimension(claim))))
            return [(key, line + b"\n") for key, line in zip(keys, lines)]

    def check_jsonl(self, claims_jsonl):
        """The library's check of claims given as JSON Lines bytes, as report JSON bytes (what
        claimcheck_report_to_json writes)."""
        lib = _native.lib
        with _OwnedClaims() as claims:
            check(lib.claimcheck_claims_from_jsonl(ctypes.byref(claims.handle), claims_jsonl,
                                                   len(claims_jsonl)))
            report = Report_p()
            sets = (Claims_p * 1)(claims.handle)
            check(lib.claimcheck_check(self._engine._live_handle(), sets, 1,
                                       ctypes.byref(report)))
        try:
            out = OwnedString_p()
            check(lib.claimcheck_report_to_json(report, ctypes.byref(out)))
            return _take_bytes(out)
        finally:
            lib.claimcheck_report_free(report)


def merge_json(parts, sources):
    """The library's merge (claimcheck_report_merge) of partial reports given as report JSON
    bytes, each the check of claims partitioned by comparison key: the report one check over
    all of them would give, claim ids in the order of `sources`, then byte order. Returns the
    merged claimcheck_report handle, the caller's to free."""
    lib = _native.lib
    reports = []
    try:
        for part in parts:
            reports.append(model.native_report_from_json(part))
        handles = (Report_p * len(reports))(*reports)
        names = (ctypes.c_char_p * len(sources))(*(s.encode("utf-8") for s in sources))
        merged = Report_p()
        check(lib.claimcheck_report_merge(handles, len(reports), names, len(sources),
                                          ctypes.byref(merged)))
        return merged
    finally:
        for report in reports:
            lib.claimcheck_report_free(report)


def report_json(report):
    """The JSON of a claimcheck_report handle, as `claimcheck check --format json` writes it."""
    return _native.owned_string_out(_native.lib.claimcheck_report_to_json, report)
