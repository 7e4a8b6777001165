"""Cross-check a whole corpus on a Dask cluster, from a laptop's local cluster to many hosts.

Extraction is per document and the cross-check is a group-by on the comparison key, so a corpus
runs as map, shuffle, reduce, merge:

- map: the workers read their documents and extract the claims (the library is loaded once per
  worker process); the claims travel as the library's own JSON Lines;
- shuffle: every claim moves to the partition of its comparison key (subject, measure,
  dimension; the object classes of one such key stay together, and the checker splits them
  into groups). Claims without a subject or a measure, reported but never compared, all go to
  one "unattributed" partition;
- reduce: the workers gather each bucket's claims into one part and cross-check it with the
  library's own checker; the partial report travels back as its JSON (claimcheck_report_to_json);
- merge: the client reads the partial reports back (claimcheck_report_from_json) and the library
  merges them (claimcheck_report_merge) into one, with claim ids in document order, then byte
  order: the report `claimcheck check --format json` gives for the same documents in the same
  order. Reading the parts back and merging them is all that runs in the client; it grows with
  the number of claims, not with the work of checking them.

    from distributed import Client
    from claimcheck.dask import check_corpus

    report = check_corpus(["articles/"], client=Client("tcp://scheduler:8786"))
    print(report.to_json())

Every worker needs claimcheck installed and must be able to read the input paths (a shared
filesystem), or the documents can be given as a bag of (source, text) pairs. Needs `dask` and
`distributed` (on Debian, python3-distributed, which Debian's /usr/bin/python3 sees).
"""

import json
import math
import operator
import os
import time
import zlib

import dask
import dask.bag

from claimcheck import _corpus_abi, _native, model

# Shuffle channels besides the claims' own buckets (zlib.crc32 of a key, never negative).
_DOCUMENTS_BUCKET = -1     # each map partition's documents, in order, with their failures
_UNATTRIBUTED_BUCKET = -2  # claims with no subject or no measure

# Bytes of documents per map partition, when the inputs are files.
_PARTITION_BYTES = 4 << 20
# Map partitions per worker at least, so that the load evens out.
_PARTITIONS_PER_WORKER = 4

# The engines of this process, one per configuration text: each worker builds it once.
_engines = {}


def _engine(config_json):
    engine = _engines.get(config_json)
    if engine is None:
        engine = _corpus_abi.CorpusEngine(config_json)
        _engines[config_json] = engine
    return engine


def corpus_files(paths):
    """The documents named by `paths`, in order: a directory stands for the files under it,
    walked in sorted order (hidden files and directories skipped); anything else is taken as a
    file, read later by a worker, which reports it if it cannot."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = []
    for path in map(os.fspath, paths):
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(root, n) for n in names if not n.startswith("."))
            found.sort(key=lambda f: os.path.relpath(f, path).split(os.sep))
            files.extend(found)
        else:
            files.append(path)
    return files


def config_text(config):
    """A configuration as JSON text to ship to the workers: None (the built-in defaults), a
    dict, a JSON text, or the path of a JSON file (read here, so workers need not see it)."""
    if config is None or isinstance(config, dict):
        return None if config is None else json.dumps(config)
    if isinstance(config, str) and config.lstrip().startswith("{"):
        return config
    with open(config, encoding="utf-8") as f:
        return f.read()


def _document(item):
    """(source, bytes) of one input: a path read here, on the worker, or a (source, text) pair."""
    if isinstance(item, (str, os.PathLike)):
        with open(item, "rb") as f:
            return os.fspath(item), f.read()
    source, text = item
    return source, text.encode("utf-8") if isinstance(text, str) else bytes(text)


def _item_source(item):
    return os.fspath(item) if isinstance(item, (str, os.PathLike)) else item[0]


def _bucket(key):
    return _UNATTRIBUTED_BUCKET if key is None else zlib.crc32(key)


def _extract_partition(index, items, config_json):
    """Map: extract every document of one partition. Returns (bucket, index, payload) items:
    the partition's documents in order, each (source, failure or None), then per bucket the
    JSON Lines of its claims. A document that cannot be read or is refused is a failure, as
    the claimcheck program reports it, and the others go on."""
    engine = _engine(config_json)
    documents = []
    buckets = {}
    for item in items:
        try:
            source, text = _document(item)
            claims = engine.extract_keyed(text, source)
        except OSError as e:
            documents.append((_item_source(item), ("os", e.errno, e.strerror, e.filename)))
            continue
        except _native.Error as e:
            documents.append((_item_source(item), ("claimcheck", e.code, e.message)))
            continue
        documents.append((source, None))
        for key, line in claims:
            buckets.setdefault(_bucket(key), []).append(line)
    out = [(_DOCUMENTS_BUCKET, index, documents)]
    out.extend((bucket, index, b"".join(lines)) for bucket, lines in buckets.items())
    return out


def _failure_error(source, failure):
    """The exception a document's failure stands for (they travel as tuples: pickling keeps
    the arguments of neither kind faithfully)."""
    if failure[0] == "os":
        return OSError(failure[1], failure[2], failure[3])
    return _native.Error(failure[1], failure[2])


def _gather_bucket(group):
    """Reduce side of the shuffle: the claims of one bucket as one JSON Lines part (map
    partitions in order, so the part is the same on every run); for the documents channel,
    every document in order."""
    bucket, items = group
    items = sorted(items, key=operator.itemgetter(1))
    if bucket == _DOCUMENTS_BUCKET:
        return bucket, [document for item in items for document in item[2]]
    return bucket, b"".join(item[2] for item in items)


def _check_bucket(group, config_json):
    """Reduce: one bucket gathered, and its claims checked here, on the worker, by the library's
    checker; the partial report is returned as its JSON bytes."""
    bucket, part = _gather_bucket(group)
    if bucket == _DOCUMENTS_BUCKET:
        return bucket, part
    return bucket, _engine(config_json).check_jsonl(part)


def _workers(client):
    if client is None:
        return os.cpu_count() or 1
    return max(1, len(client.scheduler_info().get("workers", {})))


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _file_bag(files, workers):
    total = sum(map(_size, files))
    wanted = max(math.ceil(total / _PARTITION_BYTES), _PARTITIONS_PER_WORKER * workers)
    return dask.bag.from_sequence(files, npartitions=max(1, min(len(files), wanted)))


def _default_client():
    try:
        from distributed import default_client
        return default_client()
    except (ImportError, ValueError):
        return None


def _engine_for_config(config_json, config):
    try:
        return _engine(config_json)
    except _native.Error as e:
        if config is None or isinstance(config, dict) or config_json is config:
            raise
        raise _native.Error(e.code, f"{os.fspath(config)}: {e.message}") from None


def _merged_report(paths_or_bag, client, config, timings=None):
    """Runs map, shuffle and reduce (the check of each key's claims) on the cluster, then
    merges the partial reports in this process. Returns the merged claimcheck_report handle
    (the caller's to free) and the documents in order, each (source, failure or None)."""
    timings = {} if timings is None else timings
    start = time.perf_counter()
    config_json = config_text(config)
    _engine_for_config(config_json, config)  # a bad configuration fails before any work is sent
    if client is None:
        client = _default_client()
    if isinstance(paths_or_bag, dask.bag.Bag):
        bag = paths_or_bag
    else:
        files = corpus_files(paths_or_bag)
        if not files:
            return _corpus_abi.merge_json([], []), []
        bag = _file_bag(files, _workers(client))

    extract = dask.delayed(_extract_partition, pure=True)
    mapped = dask.bag.from_delayed(
        [extract(i, part, config_json) for i, part in enumerate(bag.to_delayed())])
    shuffled = mapped.groupby(operator.itemgetter(0), shuffle="tasks")
    reduced = shuffled.map(_check_bucket, config_json)
    if client is not None:
        results = client.compute(reduced, sync=True)
    else:
        results = reduced.compute()
    timings["cluster_seconds"] = time.perf_counter() - start

    start = time.perf_counter()
    documents = []
    parts = []
    for bucket, result in sorted(results, key=operator.itemgetter(0)):
        if bucket == _DOCUMENTS_BUCKET:
            documents = result
        else:
            parts.append(result)
    merged = _corpus_abi.merge_json(parts, [source for source, _ in documents])
    timings["merge_seconds"] = time.perf_counter() - start
    return merged, documents


def _merged_report_or_raise(paths_or_bag, client, config, timings=None):
    report, documents = _merged_report(paths_or_bag, client, config, timings)
    for source, failure in documents:
        if failure is not None:
            _native.lib.claimcheck_report_free(report)
            raise _failure_error(source, failure)
    return report


def check_corpus(paths_or_bag, client=None, config=None):
    """Cross-checks a corpus on Dask and returns one claimcheck.Report.

    `paths_or_bag` is a path or a list of paths (files, or directories walked in sorted order;
    the workers read them, so they must see them at the same paths), or a dask.bag.Bag of
    (source, text) pairs (text as str or UTF-8 bytes), in document order. `client` is a
    distributed.Client (None: the current one if any, else Dask's default scheduler); `config`
    is None (the built-in defaults), a dict, a JSON text or a path, as for claimcheck.Engine.

    The report is the one `claimcheck check --format json` gives for the same documents in the
    same order: same claim ids (document order, then byte order), groups, positions, findings.
    Raises claimcheck.Error (a bad configuration, a refused document) or OSError naming the
    file, for the first document in order that failed.
    """
    return model.report_from_native(_merged_report_or_raise(paths_or_bag, client, config), {})


def check_corpus_json(paths_or_bag, client=None, config=None, timings=None):
    """check_corpus(...).to_json() without building the Python objects of every claim: the
    JSON text `claimcheck check --format json` writes for the same documents. A `timings` dict
    receives the seconds spent on the cluster (read, extract, shuffle, gather, check) and in
    this process (read the partial reports back and merge them)."""
    report = _merged_report_or_raise(paths_or_bag, client, config, timings)
    try:
        return _corpus_abi.report_json(report)
    finally:
        _native.lib.claimcheck_report_free(report)


def _counted(n, one, many):
    return f"{n} {one if n == 1 else many}"


def _text_report(report_json, documents):
    """The findings, worst first, each under its comparison key with its reason, then a
    summary line. (The program's richer text report is not in the C ABI.)"""
    report = json.loads(report_json)
    lines = []
    for finding in report["findings"]:
        key = report["groups"][finding["group"]]["key"]
        lines.append(" · ".join(v for v in (key["subject"], key["measure"], key["dimension"],
                                            key["object_class"]) if v))
        lines.append(f"  {finding['verdict']}, gap ratio {finding['gap_ratio']:.4g}: "
                     f"{finding['reason']}")
    contradictions = sum(f["verdict"] == "contradiction" for f in report["findings"])
    lines.append(", ".join((
        _counted(documents, "document", "documents"),
        _counted(len({c["source"] for c in report["claims"]}), "source", "sources"),
        _counted(len(report["claims"]), "claim", "claims"),
        _counted(len(report["groups"]), "group", "groups"),
        _counted(contradictions, "contradiction", "contradictions"),
        _counted(len(report["findings"]) - contradictions, "discrepancy", "discrepancies"),
        f"{len(report['unattributed'])} not attributed")))
    return "\n".join(lines) + "\n"


def main(argv=None):
    """python3 -m claimcheck.dask (--local N | --scheduler ADDRESS) [--config FILE]
    [--format json|text] PATH...

    Like `claimcheck check`: a document that cannot be read or is refused is reported on
    standard error and the others are checked; the exit status is then 1."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python3 -m claimcheck.dask",
        description="Cross-check the numeric claims of many documents on a Dask cluster.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--local", type=int, metavar="N",
                       help="start a cluster of N worker processes on this machine")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="use the cluster whose scheduler is at ADDRESS (tcp://HOST:8786)")
    parser.add_argument("--config", metavar="FILE", help="configuration JSON file")
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    args = parser.parse_args(argv)
    if args.local is not None and args.local < 1:
        parser.error("--local needs at least 1 worker")

    from distributed import Client, LocalCluster

    try:
        if args.local is not None:
            cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
            client = Client(cluster)
        else:
            cluster, client = None, Client(args.scheduler)
        try:
            report, documents = _merged_report(args.paths, client, args.config)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        try:
            output = _corpus_abi.report_json(report)
        finally:
            _native.lib.claimcheck_report_free(report)
    except (OSError, _native.Error) as e:
        print(f"claimcheck.dask: {e}", file=sys.stderr)
        return 1
    failed = [(source, failure) for source, failure in documents if failure is not None]
    for source, failure in failed:
        error = _failure_error(source, failure)
        message = str(error) if isinstance(error, OSError) else error.message
        print(f"claimcheck.dask: {message}", file=sys.stderr)
    sys.stdout.write(output + "\n" if args.format == "json"
                     else _text_report(output, len(documents)))
    return 1 if failed else 0


if __name__ == "__main__":
    # Run the copy of this module that the workers import, so that the functions they receive
    # (and their per-process engine cache) are claimcheck.dask's, not __main__'s.
    import sys
    from claimcheck.dask import main as _main
    sys.exit(_main())
