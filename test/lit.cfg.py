# lit.cfg.py - memcheck's lit suite. Tests are .c and .test files whose RUN lines
# run under bash; the build's site file is passed with --param site=... (ctest does).
import os

import lit.formats

config.name = "memcheck"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "Output", "tools"]
config.test_source_root = os.path.dirname(__file__)

site = lit_config.params.get("site")
if not site or not os.path.exists(site):
    lit_config.fatal("run the suite through ctest, or pass --param site=BUILD/test/lit.site.cfg.py")
lit_config.load_config(config, site)

# --param wrapper="valgrind ..." runs every memcheck under a tool (scripts/valgrind.sh).
wrapper = lit_config.params.get("wrapper", "")
config.substitutions.append(("%memcheck", (wrapper + " " if wrapper else "") + config.memcheck))
config.substitutions.append(("%clang", config.clang))
# The build whose memcheck is tested, the sources it was built from, and its cmake
# (install and packaging tests: cmake --install, action.yml, .pre-commit-hooks.yaml).
config.substitutions.append(("%build-dir", config.build_dir))
config.substitutions.append(("%src-root", os.path.dirname(config.test_source_root)))
config.substitutions.append(("%cmake", config.cmake))
# FileCheck option: no diagnostic beyond the CHECKed ones. It matches diagnostic
# lines only, not the source line echoed under them (which may hold a CHECK).
config.substitutions.append(("%no-other-findings",
                             "--implicit-check-not='{{^[^ ]*:[0-9]+:[0-9]+: (warning|error):}}'"))
# FileCheck option for the engine's test hook (--debug-engine): no memcheck_dump()
# line beyond the CHECKed ones.
config.substitutions.append(("%no-other-dumps", "--implicit-check-not='note: memcheck_dump:'"))
config.substitutions.append(("%mkdb", "python3 " + os.path.join(config.test_source_root, "tools", "mkdb.py")))
# Whole-word replacements for the LLVM tools, as LLVM's own suites do.
config.substitutions.append((r"(?<![\w./-])FileCheck(?![\w./-])", config.filecheck))
config.substitutions.append((r"(?<![\w./-])not(?= )", config.not_tool))
config.substitutions.append((r"(?<![\w./-])count(?= )", os.path.join(os.path.dirname(config.not_tool), "count")))

# Sanitizer settings of a sanitizer build reach the tests; nothing else of the
# caller's environment does, so a user's terminal never changes an output.
for var in ["ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "HOME", "PATH"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment["LC_ALL"] = "C"

# Under the sanitizers a crash is the sanitizer's to report, not memcheck's to survive.
if not getattr(config, "sanitized", False):
    config.available_features.add("crash-guard")
    # A shim in LD_PRELOAD (the sanitizers' runtime must come first instead).
    config.available_features.add("ld-preload")

# The SARIF 2.1.0 schema lives in the workplace's shared/data beside the checkout
# (CI has it); where it is absent, the schema test is reported unsupported.
sarif_schema = os.path.join(config.test_source_root, "..", "..", "shared", "data", "sarif-schema-2.1.0.json")
if os.path.exists(sarif_schema):
    config.available_features.add("sarif-schema")
    config.substitutions.append(("%sarif-schema", os.path.abspath(sarif_schema)))

# GNU time measures a run's peak memory (bounded-memory stress tests).
if os.access("/usr/bin/time", os.X_OK):
    config.available_features.add("gnu-time")

# Headless Chromium for the HTML report (Debian's chromium).
import shutil
if shutil.which("chromium"):
    config.available_features.add("chromium")

# man (man-db) shows the installed manual page; python3-yaml reads action.yml and
# .pre-commit-hooks.yaml.
if shutil.which("man"):
    config.available_features.add("man")
import importlib.util
if importlib.util.find_spec("yaml"):
    config.available_features.add("python3-yaml")

# valgrind's slow emulation (--tool=none) for what must not depend on speed;
# not over a sanitized build.
if shutil.which("valgrind") and not getattr(config, "sanitized", False):
    config.available_features.add("valgrind")

# Random programs from csmith, where Debian's csmith and libcsmith-dev are installed.
import shutil
if shutil.which("csmith") and os.path.isdir("/usr/include/csmith"):
    config.available_features.add("csmith")
