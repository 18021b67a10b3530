"""Sends requests of the other Bedrock clients' operations through boto3, for the local endpoint's tests.

Reads one JSON list of requests on stdin: {"endpoint", "service", "operation" (the API's name, ListAgents),
"params"}. Writes one JSON list: for each request, {"page": the response without its metadata} or
{"error": {"code", "message"}}. Times are written as RFC 3339 in UTC with milliseconds.
"""
import datetime
import json
import sys

import boto3
from botocore import xform_name
from botocore.config import Config
from botocore.exceptions import ClientError

clients = {}


def client_for(endpoint, service):
    key = (endpoint, service)
    if key not in clients:
        clients[key] = boto3.client(
            service,
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="AKIDLOCAL",
            aws_secret_access_key="local-secret",
            config=Config(retries={"max_attempts": 1, "mode": "standard"}),
        )
    return clients[key]


def as_json(value):
    if isinstance(value, datetime.datetime):
        utc = value.astimezone(datetime.timezone.utc)
        return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
    raise TypeError(type(value).__name__)


def answer(request):
    client = client_for(request["endpoint"], request["service"])
    try:
        page = getattr(client, xform_name(request["operation"]))(**request["params"])
    except ClientError as error:
        return {"error": {"code": error.response["Error"]["Code"], "message": error.response["Error"].get("Message", "")}}
    page.pop("ResponseMetadata", None)
    return {"page": page}


def main():
    requests = json.loads(sys.stdin.read())
    print(json.dumps([answer(request) for request in requests], default=as_json))


if __name__ == "__main__":
    main()
