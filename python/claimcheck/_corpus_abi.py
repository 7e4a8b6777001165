"""The C ABI calls a corpus run makes, on bytes rather than Python objects: extraction straight to
JSON Lines, the check of a partition's JSON Lines, and the library's merge of partial reports.
Used by claimcheck.dask."""

import ctypes

from claimcheck import _native
from claimcheck._native import Claims_p, Engine_p, OwnedString_p, Report_p, check

# claimcheck_report_merge(parts, n_parts, source_order, n_sources, out): reports whose claims are
# partitioned by comparison key, merged into the report one check over all of them would give,
# with claim ids in the order of `source_order`, then byte order.
_merge = _native.lib.claimcheck_report_merge
_merge.restype = ctypes.c_int
_merge.argtypes = [ctypes.POINTER(Report_p), ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p),
                   ctypes.c_size_t, ctypes.POINTER(Report_p)]


def _take_bytes(pointer):
    try:
        return ctypes.string_at(pointer)
    finally:
        _native.lib.claimcheck_string_free(pointer)


class CorpusEngine:
    """An engine for corpus runs: claims in and out as JSON Lines bytes, reports as handles.
    Bad configuration raises claimcheck.Error naming the field."""

    def __init__(self, config_json=None):
        self._engine = Engine_p()
        text = None if config_json is None else config_json.encode("utf-8")
        check(_native.lib.claimcheck_engine_new(ctypes.byref(self._engine), text))

    def __del__(self):
        if getattr(self, "_engine", None) and _native.lib is not None:
            _native.lib.claimcheck_engine_free(self._engine)

    def extract_jsonl(self, text, source):
        """The claims of one document (UTF-8 bytes) as JSON Lines bytes, in byte order. A
        refused document raises claimcheck.Error whose message starts with the source."""
        lib = _native.lib
        claims = Claims_p()
        try:
            status = lib.claimcheck_extract(self._engine, source.encode("utf-8"), text, len(text),
                                            ctypes.byref(claims))
            if status != 0:
                message = lib.claimcheck_last_error().decode("utf-8", "replace")
                raise _native.Error(status, message if message.startswith(source)
                                    else f"{source}: {message}")
            out = OwnedString_p()
            check(lib.claimcheck_claims_to_json(claims, ctypes.byref(out)))
            return _take_bytes(out)
        finally:
            lib.claimcheck_claims_free(claims)

    def _check_part(self, claims_jsonl, origin):
        lib = _native.lib
        claims = Claims_p()
        try:
            check(lib.claimcheck_claims_from_jsonl(origin.encode("utf-8"), claims_jsonl,
                                                   len(claims_jsonl), ctypes.byref(claims)))
            report = Report_p()
            sets = (Claims_p * 1)(claims)
            check(lib.claimcheck_check(self._engine, sets, 1, ctypes.byref(report)))
            return report
        finally:
            lib.claimcheck_claims_free(claims)

    def merge(self, parts, sources):
        """Checks each part (the JSON Lines of claims partitioned by comparison key) and merges
        the partial reports with the library's claimcheck_report_merge. Returns the merged
        claimcheck_report handle, the caller's to free."""
        lib = _native.lib
        reports = []
        try:
            for i, part in enumerate(parts):
                reports.append(self._check_part(part, f"<partition {i}>"))
            handles = (Report_p * len(reports))(*reports)
            names = (ctypes.c_char_p * len(sources))(*(s.encode("utf-8") for s in sources))
            merged = Report_p()
            check(_merge(handles, len(reports), names, len(sources), ctypes.byref(merged)))
            return merged
        finally:
            for report in reports:
                lib.claimcheck_report_free(report)


def report_json(report):
    """The JSON of a claimcheck_report handle, as `claimcheck check --format json` writes it."""
    return _native.owned_string_out(_native.lib.claimcheck_report_to_json, report)
