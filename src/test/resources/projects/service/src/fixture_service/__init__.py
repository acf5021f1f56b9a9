"""A small HTTP service for dockwright's engine tests; the standard library only.

Behaviour comes from the environment, so one code base serves the good and the bad images:
PORT (default 8000), DATA_DIR (default /app/data, written at start and by /write),
HANDLE_SIGTERM (default 1; 0 leaves SIGTERM at its default, which PID 1 ignores),
STARTUP_DELAY seconds before listening (default 0).
"""
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(os.environ.get("PORT", "8000"))
DATA_DIR = os.environ.get("DATA_DIR", "/app/data")


class Handler(BaseHTTPRequestHandler):
    def _send(self, status, body, content_type="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._send(200, json.dumps({"status": "ok", "checks": [{"name": "self", "ok": True}]}))
        elif self.path == "/":
            self._send(200, "hello from the fixture service\n", "text/plain")
        elif self.path == "/slow":
            time.sleep(0.3)
            self._send(200, json.dumps({"slow": True}))
        elif self.path == "/write":
            try:
                with open(os.path.join(DATA_DIR, "written.txt"), "w") as f:
                    f.write("ok\n")
                self._send(200, json.dumps({"written": True}))
            except OSError as e:
                self._send(500, json.dumps({"written": False, "error": str(e)}))
        else:
            self._send(404, json.dumps({"error": "not found"}))

    def log_message(self, fmt, *args):
        sys.stdout.write("%s %s\n" % (self.address_string(), fmt % args))
        sys.stdout.flush()


def main():
    delay = float(os.environ.get("STARTUP_DELAY", "0"))
    if delay:
        time.sleep(delay)
    server = ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    if os.environ.get("HANDLE_SIGTERM", "1") != "0":
        def stop(signum, frame):
            print("SIGTERM: shutting down", flush=True)
            threading.Thread(target=server.shutdown, daemon=True).start()
        signal.signal(signal.SIGTERM, stop)
    try:
        with open(os.path.join(DATA_DIR, "started.txt"), "w") as f:
            f.write(str(time.time()))
    except OSError as e:
        print("cannot write to %s: %s" % (DATA_DIR, e), flush=True)
    print("listening on port %d as uid %d" % (PORT, os.getuid()), flush=True)
    server.serve_forever()
    print("stopped", flush=True)


if __name__ == "__main__":
    main()
