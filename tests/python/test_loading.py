"""Where the package finds the C library: CLAIMCHECK_LIBRARY first, then next to the package."""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import claimcheck

PACKAGE = pathlib.Path(claimcheck.__file__).resolve().parent


class Loading(unittest.TestCase):
    def test_the_environment_variable_wins(self):
        self.assertEqual(os.path.realpath(claimcheck.library_path),
                         os.path.realpath(os.environ["CLAIMCHECK_LIBRARY"]))

    def test_the_library_matches_the_package(self):
        self.assertRegex(claimcheck.version(), r"^\d+\.\d+\.\d+$")
        self.assertEqual(claimcheck.__version__, claimcheck.version())

    def test_a_library_next_to_the_package_is_found(self):
        with tempfile.TemporaryDirectory() as folder:
            copy = pathlib.Path(folder) / "claimcheck"
            shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copy(os.environ["CLAIMCHECK_LIBRARY"], copy / "libclaimcheck_c.so")
            environment = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_LIBRARY"}
            environment["PYTHONPATH"] = folder
            out = subprocess.run(
                [sys.executable, "-c", "import claimcheck; print(claimcheck.library_path)"],
                env=environment, capture_output=True, text=True, check=True).stdout.strip()
            self.assertEqual(out, str(copy / "libclaimcheck_c.so"))

    def test_a_missing_library_is_a_clear_import_error(self):
        environment = dict(os.environ, CLAIMCHECK_LIBRARY="/nonexistent/libclaimcheck_c.so")
        result = subprocess.run([sys.executable, "-c", "import claimcheck"], env=environment,
                                capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("CLAIMCHECK_LIBRARY", result.stderr)
        self.assertIn("/nonexistent/libclaimcheck_c.so", result.stderr)


if __name__ == "__main__":
    unittest.main()
