"""A small HTTP API over one loaded Pipeline (standard library only).

    POST /v1/process   body: the article (text layout, HTML, ... as bytes); optional
                       header X-Filename picks the reader (e.g. page.html) -> JSON records
    GET  /v1/schema    the record's JSON Schema
    GET  /healthz      "ok"

Bad input answers 422 with {"error": {"code", "message"}}; the server keeps running.
"""
from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .batch import DEFAULT_MAX_BYTES
from .ingest.article import Failure

_LOCK = threading.Lock()  # one Pipeline, used by one request at a time


class _Handler(BaseHTTPRequestHandler):
    server_version = "presspipe"
    pipeline: Any = None
    max_bytes = DEFAULT_MAX_BYTES

    def _send(self, status: int, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str) -> None:
        self._send(status, {"error": {"code": code, "message": message}})

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/healthz":
            self._send(HTTPStatus.OK, "ok")
        elif self.path == "/v1/schema":
            from .record import json_schema

            self._send(HTTPStatus.OK, json_schema())
        else:
            self._error(HTTPStatus.NOT_FOUND, "not_found", f"no route {self.path}")

    def do_POST(self) -> None:  # noqa: N802
        if self.path != "/v1/process":
            self._error(HTTPStatus.NOT_FOUND, "not_found", f"no route {self.path}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.max_bytes:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large",
                        f"{length} bytes is over the limit of {self.max_bytes}")
            return
        data = self.rfile.read(length)
        name = Path(self.headers.get("X-Filename") or "article.txt").name
        with _LOCK:
            items = list(self.pipeline.process_input(Path(name), data))
        records = [item[1] for item in items if not isinstance(item, Failure)]
        failures = [item for item in items if isinstance(item, Failure)]
        if not records and failures:
            self._error(HTTPStatus.UNPROCESSABLE_ENTITY, failures[0].code, failures[0].message)
            return
        self._send(HTTPStatus.OK, {
            "records": records,
            "errors": [{"code": f.code, "message": f.message, "index": f.index} for f in failures],
        })

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        pass


def make_server(host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """A server bound to host:port (port 0 picks a free one), pipeline loaded."""
    from .process import Pipeline

    handler = type("Handler", (_Handler,), {"pipeline": Pipeline()})
    return ThreadingHTTPServer((host, port), handler)


def serve(host: str = "127.0.0.1", port: int = 8080) -> None:
    server = make_server(host, port)
    print(f"presspipe listening on http://{host}:{server.server_address[1]}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
