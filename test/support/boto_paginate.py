"""Runs botocore's own paginators for the cross-check tests.

Reads a JSON list of cases on stdin: {"endpoint", "filters", "pagination"} and optionally "operation"
(boto3's snake_case name, default list_custom_models), "resultKey" and "idPath" (a dotted path to each
item's id, default modelArn). Writes a JSON list of {"arns": [...], "NextToken": str | None} or
{"error": str}: build_full_result() as boto3 gives it.
"""
import json
import sys

import boto3

cases = json.load(sys.stdin)
results = []
clients = {}


def item_id(item, path):
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else None
    return item


for case in cases:
    endpoint = case["endpoint"]
    if endpoint not in clients:
        clients[endpoint] = boto3.client(
            "bedrock",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="AKIDLOCAL",
            aws_secret_access_key="local-secret",
        )
    operation = case.get("operation", "list_custom_models")
    result_key = case.get("resultKey", "modelSummaries")
    id_path = case.get("idPath", "modelArn")
    paginator = clients[endpoint].get_paginator(operation)
    try:
        full = paginator.paginate(**case["filters"], PaginationConfig=case["pagination"]).build_full_result()
        results.append({"arns": [item_id(m, id_path) for m in full.get(result_key, [])], "NextToken": full.get("NextToken")})
    except Exception as error:  # reported to the test, which decides
        results.append({"error": f"{type(error).__name__}: {error}"})
json.dump(results, sys.stdout)
