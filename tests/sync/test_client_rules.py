"""The client's own rules, without a server: which addresses it talks to, how it reads Retry-After."""

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from pixdesk.sync.client import InvalidServerUrl, check_server_url, problems_of, retry_after_seconds


@pytest.mark.parametrize("url", ["https://pix.example.org", "https://pix.example.org/", "http://localhost:8000",
                                 "http://127.0.0.1:8123", "http://[::1]:9000"])
def test_https_anywhere_and_http_only_to_this_machine(url):
    assert check_server_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://pix.example.org", "http://192.168.1.10:8000", "ftp://pix.example.org",
                                 "pix.example.org", "", "https://pix.example.org/?token=x"])
def test_plain_http_to_another_machine_is_refused(url):
    with pytest.raises(InvalidServerUrl):
        check_server_url(url)


def test_retry_after_in_seconds_or_as_a_date():
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "7"})) == 7
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    waited = retry_after_seconds(httpx.Response(503, headers={"Retry-After": format_datetime(later, usegmt=True)}))
    assert 25 <= waited <= 31
    assert retry_after_seconds(httpx.Response(503)) is None


def test_the_platform_error_envelope_is_read():
    response = httpx.Response(422, json={"errors": [{"status": "422", "code": "CANDIDATE_SEX_REQUIRED",
                                                     "detail": "Le sexe est obligatoire.",
                                                     "source": {"pointer": "/data/attributes/sex"}}]})
    [problem] = problems_of(response)
    assert (problem.status, problem.code, problem.message, problem.field) == (
        422, "CANDIDATE_SEX_REQUIRED", "Le sexe est obligatoire.", "sex")
    assert problems_of(httpx.Response(400, text="not json"))[0].code == "HTTP_400"
