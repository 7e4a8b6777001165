"""The bad-input battery: hostile and broken input given to the `claimcheck` program.

Every case asserts the exit status, the message on stderr where there is one, and that each
emitted claim's `text` is exactly the input bytes at [begin, end) and valid UTF-8. Run by ctest
with CLAIMCHECK_CLI set to the freshly built program.
"""
import json
import os
import random
import subprocess
import tempfile
import unittest

CLI = os.environ.get('CLAIMCHECK_CLI', 'claimcheck')
GOOD = '据报道,DeepSeek用2000块H800训练了两个月,花费约558万美元。英伟达股价下跌16.97%。\n'.encode()


class Battery(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def run_cli(self, *args, stdin=None):
        return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=120)

    def claims_of(self, result):
        return [json.loads(line) for line in result.stdout.decode('utf-8').splitlines() if line]

    def assert_spans_true(self, data, claims):
        for c in claims:
            piece = data[c['begin']:c['end']]
            self.assertEqual(piece, c['text'].encode('utf-8'), c)
            piece.decode('utf-8')  # raises if a span holds invalid UTF-8
            self.assertLessEqual(c['sentence_begin'], c['begin'])
            self.assertLessEqual(c['end'], c['sentence_end'])

    def extract(self, data, *extra, expect=0):
        path = self.write('input.txt', data)
        result = self.run_cli('extract', *extra, path)
        self.assertEqual(result.returncode, expect, result.stderr.decode(errors='replace'))
        claims = self.claims_of(result)
        self.assert_spans_true(data, claims)
        return claims, result

    def test_good_input_gives_its_claims(self):
        claims, _ = self.extract(GOOD)
        self.assertEqual([c['text'] for c in claims], ['2000块H800', '两个月', '约558万美元', '16.97%'])

    def test_random_bytes(self):
        rng = random.Random(20250127)
        for _ in range(20):
            self.extract(bytes(rng.randrange(256) for _ in range(4096)))

    def test_random_bytes_mixed_with_claims(self):
        rng = random.Random(7)
        pieces = [GOOD, b'\xe4\xb8', b'\xff\xfe', b'\x00', '约'.encode(), '万'.encode(), b'\xe5\x85\x83']
        data = b''.join(rng.choice(pieces) for _ in range(3000))
        claims, _ = self.extract(data)
        self.assertGreater(len(claims), 100)

    def test_truncated_multibyte_sequences_stop_spans(self):
        full = '花费约558万美元'.encode()
        for cut in range(1, 4):
            data = full + '美元'.encode()[:cut] + b' ' + GOOD
            claims, _ = self.extract(data)
            self.assertIn('16.97%', [c['text'] for c in claims])

    def test_invalid_byte_inside_a_number(self):
        claims, _ = self.extract('成本558'.encode() + b'\xff' + '万美元。'.encode() + GOOD)
        for c in claims:
            self.assertNotIn('\ufffd', c['text'])

    def test_nul_bytes(self):
        data = b'\x00' + GOOD.replace('。'.encode(), b'\x00')
        claims, _ = self.extract(data)
        self.assertIn('约558万美元', [c['text'] for c in claims])

    def test_bom_offsets_count_the_bom(self):
        claims_plain, _ = self.extract(GOOD)
        claims_bom, _ = self.extract(b'\xef\xbb\xbf' + GOOD)
        self.assertEqual([c['begin'] + 3 for c in claims_plain], [c['begin'] for c in claims_bom])

    def test_crlf_line_ends(self):
        data = GOOD.replace(b'\n', b'\r\n') * 3
        claims, _ = self.extract(data)
        self.assertEqual(len(claims), 12)

    def test_empty_file(self):
        claims, result = self.extract(b'')
        self.assertEqual(claims, [])
        self.assertEqual(result.stderr, b'')

    def test_long_line(self):
        data = (b'x' * 1000 + GOOD.rstrip(b'\n')) * 20000  # ~22 MB, one line
        claims, _ = self.extract(data)
        self.assertEqual(len(claims), 4 * 20000)

    def test_long_digit_run_is_not_a_wrong_value(self):
        data = b'cost ' + b'9' * 100000 + ' 美元。'.encode() + GOOD
        claims, _ = self.extract(data)
        self.assertEqual(claims[0]['text'], '2000块H800')

    def test_long_runs_of_multipliers_and_hedges(self):
        for run in ('万' * 100000 + '亿' * 100000, '约' * 100000, '多' * 100000, '%' * 100000):
            claims, _ = self.extract('5'.encode() + run.encode() + ' '.encode() + GOOD)
            self.assertIn('16.97%', [c['text'] for c in claims])

    def test_sentences_of_many_numbers_after_one_measure_word(self):
        # each percentage passes "revenue" on to the amount; linear, not quadratic, per sentence
        line = 'revenue ' + '1% ' * 1000 + '$5 billion.\n'
        claims, _ = self.extract(line.encode() * 100)
        self.assertEqual(len(claims), 1001 * 100)
        amounts = [c for c in claims if c['text'] == '$5 billion']
        self.assertEqual(len(amounts), 100)
        self.assertEqual({c['measure'] for c in amounts}, {'revenue'})

    def test_punctuation_storm(self):
        self.extract('1,2.3-4~5至6%7/8'.encode() * 50000)

    def test_missing_file_among_good_ones(self):
        a = self.write('a.txt', GOOD)
        b = self.write('b.txt', GOOD)
        alone = self.claims_of(self.run_cli('extract', a, b))
        result = self.run_cli('extract', a, os.path.join(self.dir.name, 'missing.txt'), b)
        self.assertEqual(result.returncode, 1)
        self.assertIn('missing.txt', result.stderr.decode())
        self.assertEqual(self.claims_of(result), alone)

    def test_document_alone_or_among_others(self):
        a = self.write('a.txt', GOOD)
        b = self.write('b.txt', '另一篇:OpenAI花费约1亿美元训练GPT-4。'.encode())
        alone = self.claims_of(self.run_cli('extract', a))
        among = [c for c in self.claims_of(self.run_cli('extract', b, a, b)) if c['source'] == a]
        self.assertEqual(alone, among)

    def test_stdin(self):
        result = self.run_cli('extract', '-', stdin=GOOD)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(len(self.claims_of(result)), 4)

    def test_broken_config_names_the_field(self):
        doc = self.write('a.txt', GOOD)
        bad = self.write('bad.json', b'{"thresholds": {"contradiction_ratio": "high"}}')
        result = self.run_cli('check', '--config', bad, doc)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b'')
        self.assertIn('bad.json', result.stderr.decode())
        self.assertIn('thresholds.contradiction_ratio', result.stderr.decode())
        result = self.run_cli('extract', '--config', bad, doc)
        self.assertEqual(result.returncode, 2)
        self.assertIn('thresholds.contradiction_ratio', result.stderr.decode())

    def test_config_syntax_error_gives_line_and_column(self):
        doc = self.write('a.txt', GOOD)
        bad = self.write('bad.json', b'{\n  "thresholds": {\n    "approx_tolerance": 0.1,,\n  }\n}\n')
        result = self.run_cli('check', '--config', bad, doc)
        self.assertEqual(result.returncode, 2)
        message = result.stderr.decode()
        self.assertIn('bad.json', message)
        self.assertIn('line 3', message)
        self.assertIn('column', message)

    def test_config_number_too_large_gives_line_and_column(self):
        # Once an uncaught exception that aborted the program.
        doc = self.write('a.txt', GOOD)
        bad = self.write('huge.json', b'{\n  "thresholds": {"contradiction_ratio": 1e999}\n}\n')
        for command in ('check', 'extract'):
            result = self.run_cli(command, '--config', bad, doc)
            self.assertEqual(result.returncode, 2)
            self.assertEqual(result.stdout, b'')
            self.assertIn('huge.json: line 2, column 41: a number too large to represent: 1e999',
                          result.stderr.decode())

    def test_document_over_the_size_limit(self):
        config = self.write('small.json', b'{"limits": {"max_document_bytes": 64}}')
        big = self.write('big.txt', GOOD * 4)
        small = self.write('small.txt', b'58%')
        result = self.run_cli('extract', '--config', config, big, small)
        self.assertEqual(result.returncode, 1)
        self.assertIn('big.txt', result.stderr.decode())
        self.assertIn('64', result.stderr.decode())
        self.assertEqual([c['text'] for c in self.claims_of(result)], ['58%'])

    def test_strict_utf8_names_the_offset(self):
        data = GOOD + b'\xe4\xb8' + GOOD
        path = self.write('bad.txt', data)
        result = self.run_cli('extract', '--strict-utf8', path)
        self.assertEqual(result.returncode, 1)
        self.assertIn('bad.txt', result.stderr.decode())
        self.assertIn(f'byte {len(GOOD)}', result.stderr.decode())
        lenient, _ = self.extract(data)
        self.assertEqual(len(lenient), 8)


if __name__ == '__main__':
    unittest.main()
