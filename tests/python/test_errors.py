"""Failures reach Python as claimcheck.Error with the library's code and message; misuse of the
C functions through ctypes is refused with EINVAL, never a crash."""

import ctypes
import json
import os
import tempfile
import unittest

import claimcheck
from claimcheck import _native


class ConfigurationErrors(unittest.TestCase):
    def test_a_field_of_the_wrong_type_is_named(self):
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.Engine({"thresholds": 3})
        self.assertEqual(caught.exception.code, claimcheck.Error.ECONFIG)
        self.assertIn("thresholds", caught.exception.message)

    def test_json_syntax_errors_are_configuration_errors(self):
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.Engine('{"thresholds": ')
        self.assertEqual(caught.exception.code, claimcheck.Error.ECONFIG)
        self.assertNotEqual(caught.exception.message, "")

    def test_a_missing_file_is_named(self):
        path = os.path.join(tempfile.gettempdir(), "claimcheck-no-such-config.json")
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.Engine(path)
        self.assertEqual(caught.exception.code, claimcheck.Error.ECONFIG)
        self.assertIn("claimcheck-no-such-config.json", caught.exception.message)

    def test_a_configuration_file_is_read(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"thresholds": {"contradiction_ratio": 1.5}}, f)
        try:
            with claimcheck.Engine(f.name) as engine:
                self.assertEqual(engine.extract("", source="empty"), [])
        finally:
            os.unlink(f.name)

    def test_the_default_configuration_is_valid_json_and_builds_an_engine(self):
        text = claimcheck.default_config_json()
        self.assertIsInstance(json.loads(text), dict)
        claimcheck.Engine(text).close()

    def test_a_config_of_another_type_is_a_type_error(self):
        with self.assertRaises(TypeError):
            claimcheck.Engine(42)


class InputErrors(unittest.TestCase):
    def test_bad_json_lines_name_the_line(self):
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.claims_from_jsonl('\n{"source": "a"}\n')
        self.assertEqual(caught.exception.code, claimcheck.Error.EINPUT)
        self.assertIn(":2:", caught.exception.message)

    def test_a_bad_report_names_the_field(self):
        report = json.loads(claimcheck.Engine().check({"a.txt": "DeepSeek用了2000块H800。",
                                                       "b.txt": "DeepSeek用了5万块H800。"}).to_json())
        self.assertEqual(report["findings"][0]["verdict"], "contradiction")
        report["findings"][0]["verdict"] = None
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.Report.from_json(json.dumps(report))
        self.assertEqual(caught.exception.code, claimcheck.Error.EINPUT)
        self.assertEqual(caught.exception.message, "json: findings[0].verdict: expected a string")
        with self.assertRaises(claimcheck.Error) as caught:
            claimcheck.Report.from_json('{"claims": [}')
        self.assertEqual(caught.exception.code, claimcheck.Error.EINPUT)
        self.assertTrue(caught.exception.message.startswith("json: line 1, column 13: syntax error"),
                        caught.exception.message)

    def test_a_closed_engine_is_refused(self):
        engine = claimcheck.Engine()
        engine.close()
        with self.assertRaises(ValueError):
            engine.extract("2000块H800")

    def test_text_of_another_type_is_a_type_error(self):
        with claimcheck.Engine() as engine, self.assertRaises(TypeError):
            engine.extract(2000)


class MisuseThroughCtypes(unittest.TestCase):
    """The C functions themselves, called the wrong way."""

    lib = _native.lib

    def last_error(self):
        return self.lib.claimcheck_last_error().decode()

    def test_null_engine(self):
        out = _native.Claims_p()
        status = self.lib.claimcheck_extract(None, b"x", b"1", 1, ctypes.byref(out))
        self.assertEqual(status, claimcheck.Error.EINVAL)
        self.assertEqual(self.last_error(), "claimcheck_extract: engine is NULL")
        self.assertFalse(out)

    def test_null_text_with_a_length(self):
        engine = claimcheck.Engine()
        out = _native.Claims_p()
        status = self.lib.claimcheck_extract(engine._handle, b"x", None, 5, ctypes.byref(out))
        self.assertEqual(status, claimcheck.Error.EINVAL)
        self.assertEqual(self.last_error(),
                         "claimcheck_extract: text is NULL with a non-zero length")

    def test_null_output(self):
        status = self.lib.claimcheck_engine_new(None, None)
        self.assertEqual(status, claimcheck.Error.EINVAL)
        self.assertEqual(self.last_error(), "claimcheck_engine_new: out is NULL")

    def test_success_clears_the_message(self):
        self.lib.claimcheck_engine_new(None, None)
        self.assertNotEqual(self.last_error(), "")
        claimcheck.Engine().close()
        self.assertEqual(self.last_error(), "")

    def test_accessors_of_null_handles_answer_nothing(self):
        self.assertEqual(self.lib.claimcheck_claims_count(None), 0)
        self.assertIsNone(self.lib.claimcheck_claim_unit(None))
        self.assertEqual(self.lib.claimcheck_report_findings_count(None), 0)
        self.lib.claimcheck_claims_free(None)
        self.lib.claimcheck_report_free(None)
        self.lib.claimcheck_string_free(None)


if __name__ == "__main__":
    unittest.main()
