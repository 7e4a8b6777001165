"""engine.check over the sample articles: findings, groups, positions, JSON, the incremental
equivalence of the two ways in, report merging, and one engine shared by threads."""

import json
import pathlib
import threading
import unittest

import claimcheck

ARTICLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "articles"


def read_articles():
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))}


class CheckArticles(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = claimcheck.Engine()
        cls.articles = read_articles()
        cls.report = cls.engine.check(cls.articles)

    def finding_about(self, measure):
        found = [f for f in self.report.findings if f.group.measure == measure]
        self.assertTrue(found, f"no finding about {measure}")
        return found

    def test_the_wrong_share_price_fall_contradicts(self):
        (finding,) = self.finding_about("share_price_change")
        self.assertEqual(finding.verdict, "contradiction")
        self.assertEqual((finding.group.subject, finding.group.unit), ("Nvidia", "percent"))
        sides = [[c.text for c in finding.a], [c.text for c in finding.b]]
        self.assertIn(["7%"], sides)
        self.assertGreater(finding.gap_ratio, 2.0)
        self.assertFalse(finding.same_source)
        self.assertNotEqual(finding.reason, "")

    def test_every_claim_keeps_its_character_span(self):
        for claim in self.report.claims:
            text = self.articles[claim.source]
            self.assertEqual(text[claim.char_begin:claim.char_end], claim.text)

    def test_groups_partition_their_claims_into_positions(self):
        for group in self.report.groups:
            in_positions = [c for p in group.positions for c in p.claims]
            self.assertEqual(sorted(id(c) for c in in_positions), sorted(id(c) for c in group.claims))
            for claim in group.claims:
                self.assertEqual((claim.subject, claim.measure), (group.subject, group.measure))

    def test_unattributed_claims_are_reported_not_compared(self):
        grouped = {id(c) for g in self.report.groups for c in g.claims}
        for claim in self.report.unattributed:
            self.assertNotIn(id(claim), grouped)
            self.assertTrue(claim.subject is None or claim.measure is None)

    def test_the_json_is_the_report(self):
        document = json.loads(self.report.to_json())
        self.assertEqual(len(document["claims"]), len(self.report.claims))
        self.assertEqual(len(document["findings"]), len(self.report.findings))

    def test_a_report_read_back_from_its_json_is_the_same_report(self):
        text = self.report.to_json()
        for data in (text, text.encode("utf-8")):
            back = claimcheck.Report.from_json(data)
            self.assertEqual(back.to_json(), text)
            self.assertEqual(back.claims, self.report.claims)
            self.assertEqual(back.findings, self.report.findings)
            self.assertEqual(back.unattributed, self.report.unattributed)
            self.assertIsNone(back.claims[0].char_begin)
        # A report read back merges like one the engine made.
        merged = claimcheck.merge_reports([back], list(self.articles))
        self.assertEqual(merged.to_json(), text)

    def test_checking_claims_equals_checking_texts(self):
        claims = [c for name, text in self.articles.items()
                  for c in self.engine.extract(text, source=name)]
        again = self.engine.check(claims)
        self.assertEqual(again.to_json(), self.report.to_json())
        self.assertEqual(again.findings, self.report.findings)

    def test_merging_the_report_of_each_key_gives_the_whole_report(self):
        claims = [c for name, text in self.articles.items()
                  for c in self.engine.extract(text, source=name)]
        by_key = {}
        for claim in claims:
            by_key.setdefault((claim.subject, claim.measure, claim.dimension), []).append(claim)
        parts = [self.engine.check(part) for part in by_key.values()]
        merged = claimcheck.merge_reports(parts, source_order=list(self.articles))
        self.assertEqual(merged.to_json(), self.report.to_json())

    def test_one_engine_shared_by_four_threads(self):
        expected = self.report.to_json()
        results = [None] * 4

        def run(i):
            results[i] = [self.engine.check(self.articles).to_json() for _ in range(3)]

        threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(results, [[expected] * 3] * 4)


class CheckSmallCases(unittest.TestCase):
    engine = claimcheck.Engine()

    def test_two_sources_that_agree_have_no_finding(self):
        report = self.engine.check({"a": "英伟达股价当天下跌16.97%。", "b": "Nvidia shares fell 17% on Monday."})
        self.assertEqual(report.findings, [])
        self.assertEqual(len(report.groups), 1)
        self.assertEqual(len(report.groups[0].positions), 1)

    def test_nothing_to_check(self):
        report = self.engine.check([])
        self.assertEqual((report.claims, report.groups, report.findings), ([], [], []))

    def test_other_things_than_claims_are_refused(self):
        with self.assertRaises(TypeError):
            self.engine.check(["2000块H800"])


if __name__ == "__main__":
    unittest.main()
