"""The corpus run on a local Dask cluster of two worker processes gives, byte for byte, the JSON
of `claimcheck check --format json` over the same files in the same order.

Run by ctest (tests/dask/CMakeLists.txt) with an interpreter that can import `distributed`:
Debian's /usr/bin/python3 with python3-distributed. The environment names the freshly built
library (CLAIMCHECK_LIBRARY), the program (CLAIMCHECK_PROGRAM) and the sample articles
(CLAIMCHECK_EXAMPLES_DIR). Exits 77 (ctest: skipped) when `distributed` cannot be imported.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

try:
    import dask.bag
    from distributed import Client, LocalCluster
except ImportError as e:
    print(f"skipped: the Dask test needs the distributed package ({e}); "
          "on Debian: apt-get install python3-distributed, run with /usr/bin/python3")
    sys.exit(77)

import claimcheck
from claimcheck import _corpus_abi
from claimcheck.dask import check_corpus, check_corpus_json, corpus_files

PROGRAM = os.environ["CLAIMCHECK_PROGRAM"]
ARTICLES = os.path.join(os.environ["CLAIMCHECK_EXAMPLES_DIR"], "articles")


def run_program(*args):
    """`claimcheck check ARGS...`: (exit status, standard output)."""
    done = subprocess.run([PROGRAM, "check", *args], capture_output=True)
    if not done.stdout:
        raise AssertionError(f"claimcheck check printed nothing: {done.stderr.decode()}")
    return done.returncode, done.stdout


def cli_json(paths):
    """What `claimcheck check --format json PATH...` prints."""
    return run_program("--format", "json", *paths)[1]


class CheckCorpusOnLocalCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
        cls.client = Client(cls.cluster)
        cls.articles = sorted(glob.glob(os.path.join(ARTICLES, "*.txt")))

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def test_the_sample_articles_make_a_report_with_contradictions(self):
        self.assertGreaterEqual(len(self.articles), 6)
        report = json.loads(cli_json(self.articles))
        verdicts = [finding["verdict"] for finding in report["findings"]]
        self.assertIn("contradiction", verdicts)

    def test_json_equals_the_programs_byte_for_byte(self):
        expected = cli_json(self.articles)
        self.assertEqual(check_corpus_json(self.articles, client=self.client).encode() + b"\n",
                         expected)

    def run_command(self, *args):
        """`python3 -m claimcheck.dask --scheduler ADDRESS ARGS...` on the test's cluster."""
        return subprocess.run([sys.executable, "-m", "claimcheck.dask", "--scheduler",
                               self.cluster.scheduler_address, *args], capture_output=True)

    def test_the_command_prints_the_programs_json(self):
        done = self.run_command("--format", "json", *self.articles)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(done.stdout, cli_json(self.articles))

    def test_the_commands_text_ends_with_the_programs_summary(self):
        done = self.run_command("--format", "text", *self.articles)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        summary = run_program("--format", "text", *self.articles)[1].decode().splitlines()[-1]
        self.assertEqual(done.stdout.decode().splitlines()[-1],
                         f"{len(self.articles)} documents, {summary}")

    def test_the_command_reports_an_unreadable_file_and_checks_the_rest(self):
        missing = os.path.join(tempfile.gettempdir(), "claimcheck-no-such-article.txt")
        paths = [self.articles[0], missing, *self.articles[1:]]
        done = self.run_command("--format", "json", *paths)
        status, expected = run_program("--format", "json", *paths)
        self.assertEqual((done.returncode, status), (1, 1))
        self.assertEqual(done.stdout, expected)
        self.assertIn(missing, done.stderr.decode())

    def test_document_order_decides_claim_ids(self):
        backwards = self.articles[::-1]
        self.assertEqual(check_corpus_json(backwards, client=self.client).encode() + b"\n",
                         cli_json(backwards))

    def test_a_directory_is_its_files_in_sorted_order(self):
        files = sorted(os.path.join(ARTICLES, name) for name in os.listdir(ARTICLES)
                       if not name.startswith("."))
        self.assertEqual(corpus_files([ARTICLES]), files)
        self.assertEqual(check_corpus_json([ARTICLES], client=self.client).encode() + b"\n",
                         cli_json(files))

    def test_a_bag_of_texts_gives_the_same_report(self):
        documents = []
        for path in self.articles:
            with open(path, encoding="utf-8") as f:
                documents.append((path, f.read()))
        bag = dask.bag.from_sequence(documents, npartitions=3)
        self.assertEqual(check_corpus_json(bag, client=self.client).encode() + b"\n",
                         cli_json(self.articles))

    def test_the_report_object_holds_what_the_json_says(self):
        report = check_corpus(self.articles, client=self.client)
        expected = json.loads(cli_json(self.articles))
        self.assertIsInstance(report, claimcheck.Report)
        self.assertEqual(report.to_json().encode() + b"\n", cli_json(self.articles))
        self.assertEqual([c.text for c in report.claims], [c["text"] for c in expected["claims"]])
        self.assertEqual([f.verdict for f in report.findings],
                         [f["verdict"] for f in expected["findings"]])

    def test_each_keys_claims_are_checked_on_the_workers(self):
        # The workers are other processes: were the check to run here, in the client, this
        # stand-in would fail the run.
        def not_here(*args):
            raise AssertionError("a part was checked in the client")
        checked_here = _corpus_abi.CorpusEngine.check_jsonl
        _corpus_abi.CorpusEngine.check_jsonl = not_here
        try:
            report = check_corpus_json(self.articles, client=self.client)
        finally:
            _corpus_abi.CorpusEngine.check_jsonl = checked_here
        self.assertEqual(report.encode() + b"\n", cli_json(self.articles))

    def test_the_workers_check_with_the_given_configuration(self):
        config = {"thresholds": {"contradiction_ratio": 1000}}
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump(config, f)
            f.flush()
            expected = run_program("--config", f.name, "--format", "json", *self.articles)[1]
        verdicts = {finding["verdict"] for finding in json.loads(expected)["findings"]}
        self.assertEqual(verdicts, {"discrepancy"})  # no gap here is 1000-fold
        self.assertNotEqual(expected, cli_json(self.articles))
        self.assertEqual(check_corpus_json(self.articles, client=self.client,
                                           config=config).encode() + b"\n", expected)

    def test_a_missing_file_is_an_error_naming_it(self):
        missing = os.path.join(tempfile.gettempdir(), "claimcheck-no-such-article.txt")
        with self.assertRaises(FileNotFoundError) as caught:
            check_corpus_json([self.articles[0], missing], client=self.client)
        self.assertIn(missing, str(caught.exception))

    def test_a_bad_configuration_is_an_error_naming_the_field(self):
        with self.assertRaises(claimcheck.Error) as caught:
            check_corpus_json(self.articles, client=self.client,
                              config={"thresholds": {"contradiction_ratio": "high"}})
        self.assertIn("thresholds.contradiction_ratio", str(caught.exception))


if __name__ == "__main__":
    unittest.main(verbosity=2)
