"""Cross-checks every .txt file of a folder with the Python package and prints the findings.

    python3 cross_check_folder.py FOLDER
"""

import pathlib
import sys

import claimcheck


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} FOLDER", file=sys.stderr)
        return 2
    files = sorted(pathlib.Path(argv[1]).glob("*.txt"))
    articles = {path.name: path.read_text(encoding="utf-8") for path in files}
    try:
        report = claimcheck.Engine().check(articles)
    except claimcheck.Error as e:
        print(f"claimcheck: {e}", file=sys.stderr)
        return 1
    print(f"{len(articles)} articles, {len(report.claims)} claims, {len(report.groups)} groups, "
          f"{len(report.findings)} findings")
    for finding in report.findings:
        a, b = finding.a[0], finding.b[0]
        print(f"{finding.verdict}  {finding.group.subject}/{finding.group.measure}  "
              f"{a.text} ({a.source})  vs  {b.text} ({b.source})  gap {finding.gap_ratio:.2f}")
        print(f"  {finding.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
