"""The data model as Python dataclasses: claims, and the report of a cross-check (groups,
positions, findings). Field meanings follow the library's data model; ``begin``/``end`` are byte
offsets into the UTF-8 text, ``char_begin``/``char_end`` the same span as ``str`` indices."""

import ctypes
import json
from dataclasses import dataclass, field
from typing import List, Optional

from . import _native

__all__ = ["Claim", "Position", "Group", "Finding", "Report"]

# The JSON fields of a claim, in the order the library writes them.
_JSON_FIELDS = ("source", "begin", "end", "text", "value", "low", "high", "qualifier",
                "dimension", "unit", "object", "subject", "measure", "sentence_begin",
                "sentence_end")


@dataclass
class Claim:
    """One numeric claim.

    ``text[char_begin:char_end]`` is the claim in the Python string it was extracted from;
    ``begin``/``end`` are the same span in bytes of its UTF-8 encoding. ``char_begin`` and
    ``char_end`` are None when the text is not known (claims read back from JSON Lines, or
    extracted from ``bytes``).
    """

    source: str
    begin: int
    end: int
    text: str
    value: float
    low: Optional[float]
    high: Optional[float]
    qualifier: str
    dimension: str
    unit: str
    object: Optional[str] = None
    subject: Optional[str] = None
    measure: Optional[str] = None
    sentence_begin: int = 0
    sentence_end: int = 0
    char_begin: Optional[int] = field(default=None, compare=False)
    char_end: Optional[int] = field(default=None, compare=False)

    def to_dict(self):
        """The claim's JSON object (without the Python-only char offsets)."""
        return {name: getattr(self, name) for name in _JSON_FIELDS}

    def to_json(self):
        """The claim as one line of JSON, as the library writes it."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


@dataclass
class Position:
    """Claims of one group whose intervals overlap; ``low``/``high`` bound the interval in the
    group's unit (None where it is open)."""

    low: Optional[float]
    high: Optional[float]
    claims: List[Claim]


@dataclass
class Group:
    """Comparable claims: one subject, measure, dimension and (for counts) object class."""

    subject: str
    measure: str
    dimension: str
    object_class: str
    unit: str
    claims: List[Claim]
    positions: List[Position]


@dataclass
class Finding:
    """Two positions of one group that do not overlap.

    ``verdict`` is ``"contradiction"`` or ``"discrepancy"``; ``a`` and ``b`` are the claims on
    each side; ``gap_ratio`` is the larger lower bound divided by the smaller upper bound;
    ``reason`` is one line a fact-checker can read.
    """

    verdict: str
    a: List[Claim]
    b: List[Claim]
    gap_ratio: float
    reason: str
    same_source: bool
    group: Group = field(repr=False)


class _NativeReport:
    """Owns a claimcheck_report handle and frees it once no Python object needs it."""

    def __init__(self, handle):
        self.handle = handle

    def __del__(self):
        if self.handle and _native.lib is not None:
            _native.lib.claimcheck_report_free(self.handle)
            self.handle = None


@dataclass
class Report:
    """The result of a cross-check: every claim, the groups of comparable claims, the findings
    (worst first) and the claims that were not compared for want of a subject or a measure."""

    claims: List[Claim]
    groups: List[Group]
    findings: List[Finding]
    unattributed: List[Claim]
    _native: Optional[_NativeReport] = field(default=None, repr=False, compare=False)

    def to_json(self):
        """The report as one JSON document, the same as ``claimcheck check --format json``."""
        if self._native is None:
            raise ValueError("this report was not made by claimcheck: no JSON to give")
        return _native.owned_string_out(_native.lib.claimcheck_report_to_json, self._native.handle)

    @classmethod
    def from_json(cls, text):
        """A report read back from its JSON (``str`` or UTF-8 ``bytes``), as :meth:`to_json` and
        ``claimcheck check --format json`` write it: ``Report.from_json(t).to_json() == t``. The
        claims' ``char_begin``/``char_end`` are None. A document the library would not have
        written raises :class:`claimcheck.Error` naming the field
        (``json: findings[3].verdict: expected a string``)."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        return report_from_native(native_report_from_json(data), {})


def _optional(has, value):
    return value if has else None


def claim_from_native(pointer):
    """A :class:`Claim` copied from a borrowed claimcheck_claim pointer."""
    lib = _native.lib
    text = _native.borrowed
    return Claim(
        source=text(lib.claimcheck_claim_source(pointer)),
        begin=lib.claimcheck_claim_begin(pointer),
        end=lib.claimcheck_claim_end(pointer),
        text=text(lib.claimcheck_claim_text(pointer)),
        value=lib.claimcheck_claim_value(pointer),
        low=_optional(lib.claimcheck_claim_has_low(pointer), lib.claimcheck_claim_low(pointer)),
        high=_optional(lib.claimcheck_claim_has_high(pointer), lib.claimcheck_claim_high(pointer)),
        qualifier=text(lib.claimcheck_claim_qualifier(pointer)),
        dimension=text(lib.claimcheck_claim_dimension(pointer)),
        unit=text(lib.claimcheck_claim_unit(pointer)),
        object=text(lib.claimcheck_claim_object(pointer)),
        subject=text(lib.claimcheck_claim_subject(pointer)),
        measure=text(lib.claimcheck_claim_measure(pointer)),
        sentence_begin=lib.claimcheck_claim_sentence_begin(pointer),
        sentence_end=lib.claimcheck_claim_sentence_end(pointer),
    )


def native_report_from_json(data):
    """A claimcheck_report handle (the caller's to free) read from report JSON ``bytes``."""
    handle = _native.Report_p()
    _native.check(_native.lib.claimcheck_report_from_json(ctypes.byref(handle), data, len(data)))
    return handle


def report_from_native(handle, char_spans):
    """A :class:`Report` read from a claimcheck_report handle, which it takes ownership of.
    ``char_spans`` maps (source, begin, end) to (char_begin, char_end) where they are known."""
    lib = _native.lib
    owner = _NativeReport(handle)
    claims = []
    for i in range(lib.claimcheck_report_claims_count(handle)):
        claim = claim_from_native(lib.claimcheck_report_claim(handle, i))
        claim.char_begin, claim.char_end = char_spans.get(
            (claim.source, claim.begin, claim.end), (None, None))
        claims.append(claim)

    def ids(count, item):
        return [claims[item(k)] for k in range(count)]

    groups = []
    for g in range(lib.claimcheck_report_groups_count(handle)):
        positions = [
            Position(
                low=_optional(lib.claimcheck_report_position_has_low(handle, g, p),
                              lib.claimcheck_report_position_low(handle, g, p)),
                high=_optional(lib.claimcheck_report_position_has_high(handle, g, p),
                               lib.claimcheck_report_position_high(handle, g, p)),
                claims=ids(lib.claimcheck_report_position_claims_count(handle, g, p),
                           lambda k, p=p: lib.claimcheck_report_position_claim(handle, g, p, k)))
            for p in range(lib.claimcheck_report_positions_count(handle, g))
        ]
        text = _native.borrowed
        groups.append(Group(
            subject=text(lib.claimcheck_report_group_subject(handle, g)),
            measure=text(lib.claimcheck_report_group_measure(handle, g)),
            dimension=text(lib.claimcheck_report_group_dimension(handle, g)),
            object_class=text(lib.claimcheck_report_group_object_class(handle, g)),
            unit=text(lib.claimcheck_report_group_unit(handle, g)),
            claims=ids(lib.claimcheck_report_group_claims_count(handle, g),
                       lambda k: lib.claimcheck_report_group_claim(handle, g, k)),
            positions=positions))
    findings = [
        Finding(
            verdict=_native.borrowed(lib.claimcheck_report_finding_verdict(handle, f)),
            a=ids(lib.claimcheck_report_finding_a_count(handle, f),
                  lambda k: lib.claimcheck_report_finding_a(handle, f, k)),
            b=ids(lib.claimcheck_report_finding_b_count(handle, f),
                  lambda k: lib.claimcheck_report_finding_b(handle, f, k)),
            gap_ratio=lib.claimcheck_report_finding_gap_ratio(handle, f),
            reason=_native.borrowed(lib.claimcheck_report_finding_reason(handle, f)),
            same_source=bool(lib.claimcheck_report_finding_same_source(handle, f)),
            group=groups[lib.claimcheck_report_finding_group(handle, f)])
        for f in range(lib.claimcheck_report_findings_count(handle))
    ]
    unattributed = ids(lib.claimcheck_report_unattributed_count(handle),
                       lambda k: lib.claimcheck_report_unattributed(handle, k))
    return Report(claims=claims, groups=groups, findings=findings, unattributed=unattributed,
                  _native=owner)
