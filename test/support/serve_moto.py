"""moto's S3 and DynamoDB on 127.0.0.1, one request at a time.

moto's own server (`python3 -m moto.server`) is threaded, and its DynamoDB does not apply conditional updates
atomically under concurrent requests (real DynamoDB does); serving one request at a time gives the tests the
atomic conditional writes of the real services. Prints the port once listening. Usage: serve_moto.py [port]
"""
import sys

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server

port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
server = make_server("127.0.0.1", port, DomainDispatcherApplication(create_backend_app), threaded=False)
print(server.server_port, flush=True)
server.serve_forever()
