"""engine.extract: claims of a known text with concrete values, byte and character spans, and
the JSON Lines round trip."""

import pathlib
import unittest

import claimcheck

ARTICLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "articles"


class ExtractKnownArticle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = claimcheck.Engine()
        cls.text = (ARTICLES / "market-brief_zh-hans.txt").read_text(encoding="utf-8")
        cls.claims = cls.engine.extract(cls.text, source="market-brief")
        cls.by_text = {claim.text: claim for claim in cls.claims}

    def test_hedged_training_cost(self):
        claim = self.by_text["约600万美元"]
        self.assertEqual((claim.value, claim.low, claim.high), (6e6, 6e6, 6e6))
        self.assertEqual((claim.unit, claim.dimension, claim.qualifier), ("USD", "currency", "approx"))
        self.assertEqual((claim.subject, claim.measure, claim.object), ("DeepSeek", "training_cost", None))
        self.assertEqual(claim.source, "market-brief")

    def test_open_interval_count(self):
        claim = self.by_text["至少有5万张GPU"]
        self.assertEqual((claim.value, claim.low, claim.high), (50000.0, 50000.0, None))
        self.assertEqual((claim.unit, claim.object, claim.qualifier), ("count", "GPU", "at_least"))

    def test_share_price_fall(self):
        claim = self.by_text["7%"]
        self.assertEqual((claim.value, claim.unit, claim.subject), (7.0, "percent", "Nvidia"))

    def test_character_spans_slice_the_str(self):
        for claim in self.claims:
            self.assertEqual(self.text[claim.char_begin:claim.char_end], claim.text)

    def test_byte_spans_slice_the_utf8(self):
        data = self.text.encode("utf-8")
        for claim in self.claims:
            self.assertEqual(data[claim.begin:claim.end].decode("utf-8"), claim.text)
            self.assertLessEqual(claim.sentence_begin, claim.begin)
            self.assertGreaterEqual(claim.sentence_end, claim.end)
        claim = self.by_text["约600万美元"]
        self.assertEqual(claim.begin, data.index("约600万美元".encode("utf-8")))
        self.assertEqual(claim.char_begin, self.text.index("约600万美元"))

    def test_noise_is_not_a_claim(self):
        for noise in ("2025-01-29", "8,431", "2025年"):
            self.assertNotIn(noise, self.by_text)

    def test_claims_come_in_text_order(self):
        begins = [claim.begin for claim in self.claims]
        self.assertEqual(begins, sorted(begins))


class ExtractInputs(unittest.TestCase):
    engine = claimcheck.Engine()

    def test_bytes_give_byte_spans_only(self):
        claims = self.engine.extract("英伟达股价当天下跌16.97%。".encode("utf-8"), source="b")
        self.assertEqual([(c.text, c.begin, c.end, c.char_begin) for c in claims],
                         [("16.97%", 27, 33, None)])

    def test_the_default_source(self):
        self.assertEqual(self.engine.extract("2000块H800")[0].source, "<text>")

    def test_an_empty_text_has_no_claims(self):
        self.assertEqual(self.engine.extract("", source="empty"), [])

    def test_lone_surrogates_do_not_break_extraction(self):
        text = "\ud800 DeepSeek used 2000 H800 GPUs."
        claims = self.engine.extract(text)
        self.assertEqual([(c.value, c.object) for c in claims], [(2000.0, "H800")])
        self.assertEqual(text[claims[0].char_begin:claims[0].char_end], claims[0].text)

    def test_strict_utf8_refuses_invalid_bytes_naming_the_offset(self):
        strict = claimcheck.Engine({"limits": {"strict_utf8": True}})
        with self.assertRaises(claimcheck.Error) as caught:
            strict.extract(b"DeepSeek\xff used 2000 H800 GPUs.", source="bad.txt")
        self.assertEqual(caught.exception.code, claimcheck.Error.EINPUT)
        self.assertIn("8", caught.exception.message)


class JsonLinesRoundTrip(unittest.TestCase):
    def test_claims_survive_json_lines(self):
        engine = claimcheck.Engine()
        text = (ARTICLES / "global-markets-report_en.txt").read_text(encoding="utf-8")
        claims = engine.extract(text, source="global")
        self.assertGreater(len(claims), 5)
        back = claimcheck.claims_from_jsonl(claimcheck.claims_to_jsonl(claims))
        self.assertEqual(back, claims)
        self.assertIsNone(back[0].char_begin)

    def test_a_claim_is_one_json_line_with_the_data_model_fields(self):
        claim = claimcheck.Engine().extract("英伟达股价当天下跌16.97%。", source="a")[0]
        self.assertEqual(list(claim.to_dict()),
                         ["source", "begin", "end", "text", "value", "low", "high", "qualifier",
                          "dimension", "unit", "object", "subject", "measure", "sentence_begin",
                          "sentence_end"])
        self.assertNotIn("\n", claim.to_json())


if __name__ == "__main__":
    unittest.main()
