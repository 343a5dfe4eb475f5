"""The HTTP API on a real server bound to a free loopback port."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from pipeline.server import make_server


@pytest.fixture(scope="module")
def base_url():
    server = make_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _post(url: str, data: bytes, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_process_returns_valid_records(base_url, corpus_dir, validator):
    status, body = _post(f"{base_url}/v1/process", (corpus_dir / "000.txt").read_bytes())
    assert status == 200
    [record] = body["records"]
    validator.validate(record)
    assert record["language"]["code"] == "uz"
    assert any(e["label"] == "MONEY" for e in record["entities"])


def test_bad_input_is_422_and_server_keeps_serving(base_url):
    status, body = _post(f"{base_url}/v1/process", b"\x00\x01\x02" * 50)
    assert status == 422 and body["error"]["code"] == "binary"
    status, body = _post(f"{base_url}/v1/process", b"")
    assert status == 422 and body["error"]["code"] == "empty"
    with urllib.request.urlopen(f"{base_url}/healthz", timeout=10) as resp:
        assert json.loads(resp.read()) == "ok"


def test_schema_and_unknown_route(base_url, schema):
    with urllib.request.urlopen(f"{base_url}/v1/schema", timeout=10) as resp:
        assert json.loads(resp.read()) == schema
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{base_url}/nope", timeout=10)
    assert info.value.code == 404
