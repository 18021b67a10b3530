"""Runs botocore's own ListCustomModels paginator for the cross-check tests.

Reads a JSON list of cases on stdin: {"endpoint", "filters", "pagination"}; writes a JSON list of
{"arns": [...], "NextToken": str | None} or {"error": str} -- build_full_result() as boto3 gives it.
"""
import json
import sys

import boto3

cases = json.load(sys.stdin)
results = []
clients = {}
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
    paginator = clients[endpoint].get_paginator("list_custom_models")
    try:
        full = paginator.paginate(**case["filters"], PaginationConfig=case["pagination"]).build_full_result()
        results.append({"arns": [m["modelArn"] for m in full["modelSummaries"]], "NextToken": full.get("NextToken")})
    except Exception as error:  # reported to the test, which decides
        results.append({"error": f"{type(error).__name__}: {error}"})
json.dump(results, sys.stdout)
