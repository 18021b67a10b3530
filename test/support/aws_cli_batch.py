"""Runs many AWS CLI invocations in one Python process, for the cross-check tests.

Starting Python and importing botocore costs about a second a time; a test file that compares a hundred
commands with the AWS CLI pays that once here instead of a hundred times.

Protocol: one JSON object a line on stdin, {"id", "args", "env", "cwd"}; one JSON object a line on stdout,
{"id", "status", "stdout", "stderr"}, in the same order. Each invocation gets what a separate
`python3 -m awscli ARGS` started with that environment and working directory would get:
- a fresh CLIDriver and botocore session, built with os.environ replaced by `env` as given, and
  AWS_DATA_PATH extended as importing awscli extends it (what is read only at import time is read from
  the driver's own environment, which the tests start it with: the same for every invocation);
- sys.argv[0] as `python -m awscli` sets it (argparse names the program after it in some messages);
- file descriptors 1 and 2 pointed at files of their own, so that writes through streams captured at
  import time (the help command's) and by child processes (the help renderer) are captured as well; each
  is a regular file, not a terminal, as a pipe would be;
- the exit status `sys.exit(main())` would give, and 1 with a traceback for an exception that escapes;
- warnings shown once per process shown again, as each process would show them.
One difference is kept on purpose: stdin is empty (/dev/null) rather than a pipe nobody writes to, so an
invocation that reads it ends instead of hanging.
"""
import json
import os
import sys
import tempfile
import traceback
import warnings

import awscli
import awscli.__main__ as awscli_main
from awscli.clidriver import main

PROGRAM = os.path.abspath(awscli_main.__file__)
AWSCLI_DATA = os.path.join(os.path.dirname(os.path.abspath(awscli.__file__)), "data")
INITIAL_CWD = os.getcwd()
INITIAL_WARNING_FILTERS = list(warnings.filters)

requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)


def exit_status(code):
    """What the interpreter exits with for sys.exit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def invoke(args):
    sys.argv = [PROGRAM, *args]
    try:
        return exit_status(main())
    except SystemExit as stop:
        return exit_status(stop.code)
    except BaseException:  # noqa: BLE001 -- the interpreter would print it and exit with 1
        traceback.print_exc()
        return 1


def set_environment(env):
    os.environ.clear()
    os.environ.update(env)
    # awscli adds its own data folder (where the CLI's models are) to AWS_DATA_PATH when it is imported.
    given = os.environ["AWS_DATA_PATH"].split(os.pathsep) if "AWS_DATA_PATH" in os.environ else []
    paths = [os.path.expanduser(os.path.expandvars(path)) for path in given]
    os.environ["AWS_DATA_PATH"] = os.pathsep.join([*paths, AWSCLI_DATA])


def run_case(case):
    set_environment(case["env"])
    os.chdir(case.get("cwd") or INITIAL_CWD)
    warnings.filters[:] = INITIAL_WARNING_FILTERS
    warnings._filters_mutated()  # forget which warnings were already shown
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        status = invoke(case["args"])
        sys.stdout.flush()
        sys.stderr.flush()
        out.seek(0)
        err.seek(0)
        return {"status": status, "stdout": out.read().decode("utf-8", "replace"), "stderr": err.read().decode("utf-8", "replace")}


for line in requests:
    case = json.loads(line)
    reply = run_case(case)
    reply["id"] = case["id"]
    replies.write(json.dumps(reply) + "\n")
    replies.flush()
