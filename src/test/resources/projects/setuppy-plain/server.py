from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/ping":
            self.send_response(200)
            self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 9000), Handler).serve_forever()
