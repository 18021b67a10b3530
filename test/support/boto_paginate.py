"""Runs botocore's own paginators for the cross-check tests.

Reads JSON lists of cases on stdin, one list a line: {"endpoint", "filters", "pagination"} and optionally
"operation" (boto3's snake_case name or the API's, default list_custom_models), "resultKey" and "idPath" (a dotted path
to each item's id, default modelArn; null for the whole item, times as epoch milliseconds) and "service" (default
bedrock). For each line, writes a line with a JSON list of
{"arns": [...], "NextToken": str | None} or {"error": str}: build_full_result() as boto3 gives it. A case with
"wholeResult": true also gets "keys" (the full result's keys, in order) and "others" (its members besides the
items and the token, such as a non-aggregate key, None as null).
One process serves a whole test file, so boto3 is imported once, not once per question.
"""
import base64
import datetime
import json
import sys

import boto3
from botocore import xform_name

clients = {}


def plain(value):
    """A whole item as JSON can carry it: times as epoch milliseconds, bytes as base64."""
    if isinstance(value, datetime.datetime):
        return round(value.timestamp() * 1000)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {key: plain(member) for key, member in value.items()}
    if isinstance(value, list):
        return [plain(member) for member in value]
    return value


def item_id(item, path):
    if path is None:
        return plain(item)
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else None
    return item


def client_for(endpoint, service="bedrock"):
    if (endpoint, service) not in clients:
        clients[(endpoint, service)] = boto3.client(
            service,
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="AKIDLOCAL",
            aws_secret_access_key="local-secret",
        )
    return clients[(endpoint, service)]


def full_result(case):
    operation = case.get("operation", "list_custom_models")
    result_key = case.get("resultKey", "modelSummaries")
    id_path = case.get("idPath", "modelArn")
    # The API's name (ListABTests) is turned into the paginator's as botocore turns it (list_ab_tests).
    paginator = client_for(case["endpoint"], case.get("service", "bedrock")).get_paginator(xform_name(operation))
    try:
        full = paginator.paginate(**case["filters"], PaginationConfig=case["pagination"]).build_full_result()
        answer = {"arns": [item_id(m, id_path) for m in full.get(result_key, [])], "NextToken": full.get("NextToken")}
        if case.get("wholeResult"):
            answer["keys"] = list(full)
            answer["others"] = {key: plain(value) for key, value in full.items() if key not in (result_key, "NextToken")}
        return answer
    except Exception as error:  # reported to the test, which decides
        return {"error": f"{type(error).__name__}: {error}"}


for line in sys.stdin:
    sys.stdout.write(json.dumps([full_result(case) for case in json.loads(line)]) + "\n")
    sys.stdout.flush()
