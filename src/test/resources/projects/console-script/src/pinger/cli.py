import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class H(BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path in ("/health", "/")
        self.send_response(200 if ok else 404)
        self.end_headers()


def main():
    port = int(os.environ.get("PORT", "8090"))
    ThreadingHTTPServer(("0.0.0.0", port), H).serve_forever()
