#!/usr/bin/env python3
"""Writes a fuzz target's seed corpus into a directory, taken from the test tables and data.

usage: seeds.py TARGET OUTDIR

numbers, extract and capi: every string literal in tests/unit/*.cpp that holds a digit or a
Chinese numeral, and the sample articles; config: the built-in configuration and the test
configurations; claims_jsonl: the JSON Lines files under tests/data and fuzz/corpus.
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LITERAL = re.compile(r'(?:u8)?"((?:[^"\\\n]|\\.)*)"')
NUMERAL = re.compile(r'[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億%％]')


def unescape(s):
    try:
        return s.encode('latin-1', 'backslashreplace').decode('unicode_escape').encode('latin-1').decode('utf-8')
    except (UnicodeDecodeError, UnicodeEncodeError):
        return s


def table_strings():
    for path in sorted((ROOT / 'tests' / 'unit').glob('*.cpp')):
        for m in LITERAL.finditer(path.read_text(encoding='utf-8')):
            s = unescape(m.group(1))
            if NUMERAL.search(s):
                yield s.encode('utf-8')


def files(pattern):
    for path in sorted(ROOT.glob(pattern)):
        if path.is_file():
            yield path.read_bytes()


def seeds(target):
    if target in ('numbers', 'extract', 'capi'):
        yield from table_strings()
        yield from files('examples/articles/*.txt')
    elif target == 'config':
        yield from files('lib/data/default_config.json')
        yield from files('tests/data/**/*.json')
    elif target == 'claims_jsonl':
        yield from files('tests/data/**/*.jsonl')
        yield from files('fuzz/corpus/claims_jsonl/*.jsonl')
    else:
        raise SystemExit(f'seeds.py: unknown target {target!r}')


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    target, out = sys.argv[1].removeprefix('fuzz_'), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for data in seeds(target):
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f'{target}: {count} seeds')


if __name__ == '__main__':
    main()
