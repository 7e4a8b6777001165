"""The claimcheck C library seen through ctypes: finding it, declaring every function, and
turning a failed status into :class:`claimcheck.Error`.

The library is looked for, in order: at the path in the ``CLAIMCHECK_LIBRARY`` environment
variable; next to this package (in the package folder, then in the library folder of an
installed tree, three levels up); on the system's library path.
"""

import ctypes
import ctypes.util
import os
from ctypes import POINTER, c_char, c_char_p, c_double, c_int, c_size_t

__all__ = ["Error", "lib", "check", "take_string", "library_path"]

_FILE_NAMES = ("libclaimcheck_c.so.0", "libclaimcheck_c.so", "libclaimcheck_c.dylib",
               "claimcheck_c.dll")


class Error(Exception):
    """A failure reported by the claimcheck library.

    ``code`` is the library's status (``EINVAL``, ``ECONFIG``, ``ENOMEM``, ``EINPUT`` or
    ``EINTERNAL`` below) and ``message`` its explanation, which names the configuration field,
    the input line or the byte offset at fault.
    """

    EINVAL = -1
    ECONFIG = -2
    ENOMEM = -3
    EINPUT = -4
    EINTERNAL = -5

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


class _Engine(ctypes.Structure):
    pass


class _Claims(ctypes.Structure):
    pass


class _Claim(ctypes.Structure):
    pass


class _Report(ctypes.Structure):
    pass


class _Checker(ctypes.Structure):
    pass


Engine_p = POINTER(_Engine)
Claims_p = POINTER(_Claims)
Claim_p = POINTER(_Claim)
Report_p = POINTER(_Report)
Checker_p = POINTER(_Checker)
OwnedString_p = POINTER(c_char)  # a string the caller frees with claimcheck_string_free

_SIGNATURES = {
    "claimcheck_version_string": (c_char_p, []),
    "claimcheck_last_error": (c_char_p, []),
    "claimcheck_string_free": (None, [OwnedString_p]),
    "claimcheck_default_config_json": (c_int, [POINTER(OwnedString_p)]),
    "claimcheck_engine_new": (c_int, [POINTER(Engine_p), c_char_p]),
    "claimcheck_engine_from_file": (c_int, [POINTER(Engine_p), c_char_p]),
    "claimcheck_engine_free": (None, [Engine_p]),
    "claimcheck_extract": (c_int, [Engine_p, c_char_p, c_char_p, c_size_t, POINTER(Claims_p)]),
    "claimcheck_claims_from_jsonl": (c_int, [POINTER(Claims_p), c_char_p, c_size_t]),
    "claimcheck_claims_free": (None, [Claims_p]),
    "claimcheck_claims_count": (c_size_t, [Claims_p]),
    "claimcheck_claims_get": (Claim_p, [Claims_p, c_size_t]),
    "claimcheck_claims_to_json": (c_int, [Claims_p, POINTER(OwnedString_p)]),
    "claimcheck_claims_notes_count": (c_size_t, [Claims_p]),
    "claimcheck_claims_note_begin": (c_size_t, [Claims_p, c_size_t]),
    "claimcheck_claims_note_end": (c_size_t, [Claims_p, c_size_t]),
    "claimcheck_claims_note_message": (c_char_p, [Claims_p, c_size_t]),
    "claimcheck_claim_begin": (c_size_t, [Claim_p]),
    "claimcheck_claim_end": (c_size_t, [Claim_p]),
    "claimcheck_claim_text": (c_char_p, [Claim_p]),
    "claimcheck_claim_source": (c_char_p, [Claim_p]),
    "claimcheck_claim_value": (c_double, [Claim_p]),
    "claimcheck_claim_has_low": (c_int, [Claim_p]),
    "claimcheck_claim_low": (c_double, [Claim_p]),
    "claimcheck_claim_has_high": (c_int, [Claim_p]),
    "claimcheck_claim_high": (c_double, [Claim_p]),
    "claimcheck_claim_qualifier": (c_char_p, [Claim_p]),
    "claimcheck_claim_dimension": (c_char_p, [Claim_p]),
    "claimcheck_claim_unit": (c_char_p, [Claim_p]),
    "claimcheck_claim_object": (c_char_p, [Claim_p]),
    "claimcheck_claim_subject": (c_char_p, [Claim_p]),
    "claimcheck_claim_measure": (c_char_p, [Claim_p]),
    "claimcheck_claim_sentence_begin": (c_size_t, [Claim_p]),
    "claimcheck_claim_sentence_end": (c_size_t, [Claim_p]),
    "claimcheck_check": (c_int, [Engine_p, POINTER(Claims_p), c_size_t, POINTER(Report_p)]),
    "claimcheck_checker_new": (c_int, [POINTER(Checker_p), Engine_p]),
    "claimcheck_checker_add": (c_int, [Checker_p, Claims_p]),
    "claimcheck_checker_claims_count": (c_size_t, [Checker_p]),
    "claimcheck_checker_report": (c_int, [Checker_p, POINTER(Report_p)]),
    "claimcheck_checker_free": (None, [Checker_p]),
    "claimcheck_report_merge": (c_int, [POINTER(Report_p), c_size_t, POINTER(c_char_p), c_size_t,
                                        POINTER(Report_p)]),
    "claimcheck_report_free": (None, [Report_p]),
    "claimcheck_report_to_json": (c_int, [Report_p, POINTER(OwnedString_p)]),
    "claimcheck_report_from_json": (c_int, [POINTER(Report_p), c_char_p, c_size_t]),
    "claimcheck_report_claims_count": (c_size_t, [Report_p]),
    "claimcheck_report_claim": (Claim_p, [Report_p, c_size_t]),
    "claimcheck_report_unattributed_count": (c_size_t, [Report_p]),
    "claimcheck_report_unattributed": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_groups_count": (c_size_t, [Report_p]),
    "claimcheck_report_group_subject": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_group_measure": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_group_dimension": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_group_object_class": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_group_unit": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_group_claims_count": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_group_claim": (c_size_t, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_positions_count": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_position_has_low": (c_int, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_position_low": (c_double, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_position_has_high": (c_int, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_position_high": (c_double, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_position_claims_count": (c_size_t, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_position_claim": (c_size_t, [Report_p, c_size_t, c_size_t, c_size_t]),
    "claimcheck_report_findings_count": (c_size_t, [Report_p]),
    "claimcheck_report_finding_verdict": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_finding_gap_ratio": (c_double, [Report_p, c_size_t]),
    "claimcheck_report_finding_same_source": (c_int, [Report_p, c_size_t]),
    "claimcheck_report_finding_reason": (c_char_p, [Report_p, c_size_t]),
    "claimcheck_report_finding_group": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_finding_a_count": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_finding_a": (c_size_t, [Report_p, c_size_t, c_size_t]),
    "claimcheck_report_finding_b_count": (c_size_t, [Report_p, c_size_t]),
    "claimcheck_report_finding_b": (c_size_t, [Report_p, c_size_t, c_size_t]),
}


def _candidates():
    explicit = os.environ.get("CLAIMCHECK_LIBRARY")
    if explicit:
        yield explicit
        return
    here = os.path.dirname(os.path.abspath(__file__))
    installed_libdir = os.path.normpath(os.path.join(here, os.pardir, os.pardir, os.pardir))
    for folder in (here, installed_libdir):
        for name in _FILE_NAMES:
            path = os.path.join(folder, name)
            if os.path.exists(path):
                yield path
    yield _FILE_NAMES[0]
    found = ctypes.util.find_library("claimcheck_c")
    if found:
        yield found


def _load():
    tried = []
    for candidate in _candidates():
        try:
            return ctypes.CDLL(candidate), candidate
        except OSError as e:
            tried.append(f"{candidate}: {e}")
    raise ImportError("claimcheck: cannot load the C library (set CLAIMCHECK_LIBRARY to its "
                      "path); tried " + "; ".join(tried))


def _declare(library):
    for name, (restype, argtypes) in _SIGNATURES.items():
        function = getattr(library, name)
        function.restype = restype
        function.argtypes = argtypes


lib, library_path = _load()
_declare(lib)


def check(status):
    """Raises :class:`Error` with the library's message unless ``status`` is 0."""
    if status != 0:
        raise Error(status, lib.claimcheck_last_error().decode("utf-8", "replace"))


def take_string(pointer):
    """Copies a string the library handed over, frees it with claimcheck_string_free, and
    returns it decoded."""
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        lib.claimcheck_string_free(pointer)


def owned_string_out(function, *args):
    """Calls ``function(*args, &out)`` for a string the library hands over and returns it."""
    out = OwnedString_p()
    check(function(*args, ctypes.byref(out)))
    return take_string(out)


def borrowed(value):
    """A borrowed C string as ``str``, or None for NULL."""
    return None if value is None else value.decode("utf-8", "surrogateescape")
