"""The engine: built once from a configuration, then used to extract and cross-check claims.
One engine may be shared by many threads; the library releases the GIL while it works."""

import ctypes
import json
import os
from typing import Dict, Iterable, List, Mapping, Sequence, Union

from . import _native
from .model import Claim, Report, claim_from_native, report_from_native

__all__ = ["Engine", "claims_from_jsonl", "claims_to_jsonl", "default_config_json",
           "merge_reports"]


def _char_spans(claims):
    """(source, begin, end) -> (char_begin, char_end) for the claims whose char span is known."""
    return {(c.source, c.begin, c.end): (c.char_begin, c.char_end)
            for c in claims if c.char_begin is not None}


def _char_index(data, byte_offsets):
    """Maps each byte offset into the UTF-8 ``data`` to the matching ``str`` index."""
    index = {}
    chars = 0
    previous = 0
    for offset in sorted(set(byte_offsets)):
        piece = data[previous:offset]
        try:
            chars += len(piece.decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:  # an offset inside a character: count the bytes starting one
            chars += len(piece) - sum(1 for byte in piece if 0x80 <= byte < 0xC0)
        index[offset] = chars
        previous = offset
    return index


class _NativeClaims:
    """Owns a claimcheck_claims handle."""

    def __init__(self):
        self.handle = _native.Claims_p()

    def __del__(self):
        if self.handle and _native.lib is not None:
            _native.lib.claimcheck_claims_free(self.handle)

    def claims(self, data=None):
        """The claims as :class:`Claim` objects, with char offsets when ``data`` (the UTF-8
        bytes of a ``str``) is given."""
        lib = _native.lib
        claims = [claim_from_native(lib.claimcheck_claims_get(self.handle, i))
                  for i in range(lib.claimcheck_claims_count(self.handle))]
        if data is not None and claims:
            index = _char_index(data, [o for c in claims for o in (c.begin, c.end)])
            for claim in claims:
                claim.char_begin, claim.char_end = index[claim.begin], index[claim.end]
        return claims


def _encode(text):
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass"), True
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text), False
    raise TypeError(f"expected str or bytes, not {type(text).__name__}")


def _read_jsonl(text):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    native = _NativeClaims()
    _native.check(_native.lib.claimcheck_claims_from_jsonl(ctypes.byref(native.handle), data,
                                                           len(data)))
    return native


def claims_from_jsonl(text: Union[str, bytes]) -> List[Claim]:
    """Reads claims from JSON Lines (what ``claimcheck extract`` and :func:`claims_to_jsonl`
    write). A bad line raises :class:`claimcheck.Error` naming the line and the field."""
    return _read_jsonl(text).claims()


def claims_to_jsonl(claims: Iterable[Claim]) -> str:
    """The claims as JSON Lines: one JSON object and one newline per claim."""
    return "".join(claim.to_json() + "\n" for claim in claims)


def default_config_json() -> str:
    """The built-in configuration as JSON text: a starting point for your own."""
    return _native.owned_string_out(_native.lib.claimcheck_default_config_json)


def merge_reports(reports: Sequence[Report], source_order: Sequence[str] = ()) -> Report:
    """Joins the reports of parts whose claims were split by comparison key (every claim of one
    key in one part), as the reduce step of a distributed run: the result is what one
    :meth:`Engine.check` over all the claims returns when the documents are given in
    ``source_order`` (sources not listed come after, by name)."""
    reports = list(reports)
    for report in reports:
        if not isinstance(report, Report) or report._native is None:
            raise TypeError("merge_reports takes reports made by Engine.check")
    parts = (_native.Report_p * len(reports))(*[r._native.handle for r in reports])
    order = (ctypes.c_char_p * len(source_order))(*[s.encode("utf-8") for s in source_order])
    merged = _native.Report_p()
    _native.check(_native.lib.claimcheck_report_merge(parts, len(reports), order,
                                                      len(source_order), ctypes.byref(merged)))
    spans = {}
    for report in reports:
        spans.update(_char_spans(report.claims))
    return report_from_native(merged, spans)


class Engine:
    """Extracts numeric claims and cross-checks them.

    ``config`` is None (the built-in defaults), a dict, a JSON text, or the path of a JSON
    file; it is read over the defaults. A bad configuration raises :class:`claimcheck.Error`
    naming the field. Example::

        engine = claimcheck.Engine()
        claims = engine.extract("训练成本约558万美元", source="a.txt")
        report = engine.check({"a.txt": text_a, "b.txt": text_b})
        for finding in report.findings:
            print(finding.verdict, finding.reason)
    """

    def __init__(self, config: Union[None, dict, str, "os.PathLike[str]"] = None):
        self._handle = _native.Engine_p()
        lib = _native.lib
        if config is None:
            _native.check(lib.claimcheck_engine_new(ctypes.byref(self._handle), None))
        elif isinstance(config, dict):
            text = json.dumps(config, ensure_ascii=False).encode("utf-8")
            _native.check(lib.claimcheck_engine_new(ctypes.byref(self._handle), text))
        elif isinstance(config, str) and config.lstrip().startswith("{"):
            _native.check(lib.claimcheck_engine_new(ctypes.byref(self._handle),
                                                    config.encode("utf-8")))
        elif isinstance(config, (str, os.PathLike)):
            _native.check(lib.claimcheck_engine_from_file(ctypes.byref(self._handle),
                                                          os.fsencode(config)))
        else:
            raise TypeError("config must be None, a dict, a JSON text or a path, "
                            f"not {type(config).__name__}")

    def __del__(self):
        self.close()

    def close(self):
        """Releases the engine now rather than when it is garbage-collected."""
        handle = getattr(self, "_handle", None)
        if handle and _native.lib is not None:
            _native.lib.claimcheck_engine_free(handle)
        self._handle = _native.Engine_p()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _live_handle(self):
        if not self._handle:
            raise ValueError("the engine is closed")
        return self._handle

    def _extract_native(self, text, source):
        data, is_str = _encode(text)
        native = _NativeClaims()
        _native.check(_native.lib.claimcheck_extract(
            self._live_handle(), source.encode("utf-8"), data, len(data),
            ctypes.byref(native.handle)))
        return native, (data if is_str else None)

    def extract(self, text: Union[str, bytes], source: str = "<text>") -> List[Claim]:
        """The claims of one document, in text order. ``source`` names the document and is
        copied into every claim. For a ``str``, each claim's ``char_begin``/``char_end`` index
        the string; ``begin``/``end`` are always byte offsets into its UTF-8 encoding."""
        native, data = self._extract_native(text, source)
        return native.claims(data)

    def check(self, claims: Union[Iterable[Claim], Mapping[str, Union[str, bytes]]]) -> Report:
        """Cross-checks claims from any number of documents and returns the :class:`Report`.

        ``claims`` is either claims (from :meth:`extract` or :func:`claims_from_jsonl`) or a
        mapping from source name to document text, which is extracted first.
        """
        spans: Dict[tuple, tuple] = {}
        natives = []
        if isinstance(claims, Mapping):
            for source, text in claims.items():
                native, data = self._extract_native(text, source)
                natives.append(native)
                if data is not None:
                    spans.update(_char_spans(native.claims(data)))
        else:
            claims = list(claims)
            for claim in claims:
                if not isinstance(claim, Claim):
                    raise TypeError(f"expected Claim objects, not {type(claim).__name__}")
            spans = _char_spans(claims)
            natives.append(_read_jsonl(claims_to_jsonl(claims)))
        sets = (_native.Claims_p * len(natives))(*[n.handle for n in natives])
        report = _native.Report_p()
        _native.check(_native.lib.claimcheck_check(self._live_handle(), sets, len(natives),
                                                   ctypes.byref(report)))
        return report_from_native(report, spans)
