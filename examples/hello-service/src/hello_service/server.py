"""HTTP server for the hello service.

Standard library only, so the image builds without a package index. It answers
GET /health (readiness), GET /items and GET /items/<id>, listens on $PORT
(default 8080) on all interfaces, and shuts down cleanly on SIGTERM so that
`docker stop` returns at once instead of waiting for the kill timeout.
"""

import json
import os
import signal
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ITEMS = {1: {"id": 1, "name": "kettle"}, 2: {"id": 2, "name": "teapot"}}


class Handler(BaseHTTPRequestHandler):
    server_version = "hello-service/1.0"

    def do_GET(self):
        if self.path == "/health":
            self._send(200, {"status": "ok"})
        elif self.path == "/items":
            self._send(200, list(ITEMS.values()))
        elif self.path.startswith("/items/"):
            key = self.path.removeprefix("/items/")
            item = ITEMS.get(int(key)) if key.isdigit() else None
            self._send(200 if item else 404, item or {"error": "not found"})
        else:
            self._send(404, {"error": "not found"})

    def _send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        print("%s %s" % (self.address_string(), fmt % args), flush=True)


def main():
    port = int(os.environ.get("PORT", "8080"))
    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    # serve_forever blocks the main thread, so shutdown() must come from another one.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"listening on 0.0.0.0:{port}", flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
