"""The update check asks only the configured central server, briefly, and never fails loudly."""

import json
import time

from pixdesk.sync.update_check import VERSION_PATH, check_for_update, version_key


def test_a_newer_version_is_found(version_server):
    version_server.download_url = "https://pixdesk.example.org/PixDesk-0.2.0.deb"
    info = check_for_update(version_server.url, current="0.1.0")
    assert info.available and info.latest == "0.2.0"
    assert info.download_url == "https://pixdesk.example.org/PixDesk-0.2.0.deb"
    assert version_server.requests == [VERSION_PATH]  # one request, to the configured server only


def test_the_same_or_an_older_version_is_no_update(version_server):
    assert not check_for_update(version_server.url, current="0.2.0").available
    version_server.latest = "0.1.9"
    assert not check_for_update(version_server.url, current="0.2.0").available


def test_no_server_means_no_request():
    assert check_for_update(None) is None
    assert check_for_update("") is None
    assert check_for_update("file:///etc/passwd") is None
    assert check_for_update("http://pix.example.org") is None  # plain http only to this machine, as the sync


def test_a_slow_server_is_given_up_quickly(version_server):
    version_server.delay = 3
    started = time.monotonic()
    assert check_for_update(version_server.url, timeout=0.3) is None
    assert time.monotonic() - started < 2


def test_unreachable_broken_or_odd_answers_are_no_answer(version_server):
    closed = version_server.url
    version_server.status = 500
    assert check_for_update(version_server.url) is None
    version_server.status, version_server.body = 200, b"<html>captive portal</html>"
    assert check_for_update(version_server.url) is None
    version_server.body = json.dumps({"data": {"attributes": {"latest": None}}}).encode()
    assert check_for_update(version_server.url) is None
    version_server.close()
    assert check_for_update(closed, timeout=0.5) is None


def test_only_https_download_links_are_offered(version_server):
    version_server.download_url = "http://pixdesk.example.org/setup.exe"
    assert check_for_update(version_server.url, current="0.1.0").download_url is None


def test_versions_compare_as_numbers():
    assert version_key("1.10.0") > version_key("1.9.2")
    assert version_key("1.0.0rc1") < version_key("1.0.0")
    assert version_key("0.1") == version_key("0.1.0")


def test_command_line_checks_only_when_asked(run, version_server, monkeypatch):
    monkeypatch.delenv("PIXDESK_SERVER_URL", raising=False)
    code, out, _ = run("update", "check")
    assert code == 1 and "--server" in out and version_server.requests == []
    code, out, _ = run("update", "check", "--server", version_server.url, "--json")
    assert code == 0
    assert json.loads(out) == {"current": "0.1.0", "latest": "0.2.0", "update_available": True, "download_url": None}
    code, out, _ = run("session", "list")
    assert version_server.requests == [VERSION_PATH]  # other commands never ask
