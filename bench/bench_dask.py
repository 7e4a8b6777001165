"""Throughput of the corpus run on a local Dask cluster with 1 and then 2 worker processes, and
the scaling efficiency throughput_2 / (2 x throughput_1).

The corpus (at least --megabytes, 200 by default) is the sample articles repeated under varied
source names, written to a temporary directory. Each run starts a fresh local cluster, warms its
workers up on a few documents (each loads the library once), then times check_corpus_json over
the whole corpus: reading, extraction, shuffle and the check of each key on the workers, then
reading the partial reports back and merging them in the client.

    PYTHONPATH=python CLAIMCHECK_LIBRARY=build/release/capi/libclaimcheck_c.so \\
        /usr/bin/python3 bench/bench_dask.py [--megabytes 200] [--workers 1,2]

Needs an interpreter that can import distributed (Debian's /usr/bin/python3 with
python3-distributed). Measure with the release build.
"""

import argparse
import glob
import os
import sys
import tempfile
import time

from distributed import Client, LocalCluster

from claimcheck.dask import check_corpus_json

_HERE = os.path.dirname(os.path.abspath(__file__))
_FILES_PER_FOLDER = 1000


def build_corpus(articles, folder, megabytes):
    """Writes the articles again and again, each copy under its own name, until the corpus
    holds `megabytes` MB. Returns (number of files, bytes)."""
    texts = []
    for path in articles:
        with open(path, "rb") as f:
            texts.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    total, count, wanted = 0, 0, megabytes * 1_000_000
    while total < wanted:
        name, text = texts[count % len(texts)]
        sub = os.path.join(folder, f"part{count // _FILES_PER_FOLDER:04d}")
        if count % _FILES_PER_FOLDER == 0:
            os.mkdir(sub)
        with open(os.path.join(sub, f"{count:07d}-{name}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        count += 1
    return count, total


def timed_run(workers, corpus, warm_up):
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        check_corpus_json(warm_up, client=client)
        timings = {}
        start = time.perf_counter()
        report = check_corpus_json([corpus], client=client, timings=timings)
        return time.perf_counter() - start, len(report), timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 1,2")
    parser.add_argument("--articles", default=os.path.join(_HERE, os.pardir, "examples",
                                                           "articles"))
    args = parser.parse_args()
    articles = sorted(glob.glob(os.path.join(args.articles, "*.txt")))
    if not articles:
        sys.exit(f"bench_dask: no *.txt articles in {args.articles}")

    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as corpus:
        files, size = build_corpus(articles, corpus, args.megabytes)
        print(f"corpus: {files} documents, {size / 1e6:.1f} MB ({len(articles)} sample articles "
              f"repeated)")
        throughput = {}
        for workers in (int(w) for w in args.workers.split(",")):
            seconds, json_chars, timings = timed_run(workers, corpus, articles)
            throughput[workers] = size / 1e6 / seconds
            print(f"{workers} worker(s): {seconds:.1f} s, {throughput[workers]:.2f} MB/s "
                  f"(cluster: read, extract, shuffle, check {timings['cluster_seconds']:.1f} s; "
                  f"client: read back, merge {timings['merge_seconds']:.1f} s; "
                  f"report {json_chars / 1e6:.0f} M characters of JSON)", flush=True)
        if 1 in throughput and 2 in throughput:
            print(f"scaling efficiency: {throughput[2] / (2 * throughput[1]):.2f} "
                  f"(throughput_2 / (2 x throughput_1))")


if __name__ == "__main__":
    main()
