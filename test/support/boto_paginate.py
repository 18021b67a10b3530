"""Runs botocore's own paginators for the cross-check tests.

Reads JSON lists of cases on stdin, one list a line: {"endpoint", "filters", "pagination"} and optionally
"operation" (boto3's snake_case name, default list_custom_models), "resultKey" and "idPath" (a dotted path
to each item's id, default modelArn). For each line, writes a line with a JSON list of
{"arns": [...], "NextToken": str | None} or {"error": str}: build_full_result() as boto3 gives it.
One process serves a whole test file, so boto3 is imported once, not once per question.
"""
import json
import sys

import boto3

clients = {}


def item_id(item, path):
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else None
    return item


def client_for(endpoint):
    if endpoint not in clients:
        clients[endpoint] = boto3.client(
            "bedrock",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="AKIDLOCAL",
            aws_secret_access_key="local-secret",
        )
    return clients[endpoint]


def full_result(case):
    operation = case.get("operation", "list_custom_models")
    result_key = case.get("resultKey", "modelSummaries")
    id_path = case.get("idPath", "modelArn")
    paginator = client_for(case["endpoint"]).get_paginator(operation)
    try:
        full = paginator.paginate(**case["filters"], PaginationConfig=case["pagination"]).build_full_result()
        return {"arns": [item_id(m, id_path) for m in full.get(result_key, [])], "NextToken": full.get("NextToken")}
    except Exception as error:  # reported to the test, which decides
        return {"error": f"{type(error).__name__}: {error}"}


for line in sys.stdin:
    sys.stdout.write(json.dumps([full_result(case) for case in json.loads(line)]) + "\n")
    sys.stdout.flush()
