"""The refresh token goes to a real keyring or nowhere: never to a backend that would prompt or write it in
clear, and never to the store or the settings."""

import keyring
import pytest
from keyring.backends import chainer, fail, null

from pixdesk.sync import credentials
from tests.sync.conftest import MemoryKeyring


class PromptingKeyring(MemoryKeyring):
    """Stands for keyrings.alt's EncryptedKeyring, which asks for a password on the terminal."""

    def set_password(self, service, username, password):
        raise AssertionError("a prompting keyring was used")


PromptingKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("collection is locked")


@pytest.fixture
def restore_keyring():
    saved = keyring.get_keyring()
    yield
    keyring.set_keyring(saved)


def test_account_is_email_at_server():
    assert credentials.account_name("Gestion@Lycee.fr", "https://pix.example.org") == "gestion@lycee.fr@pix.example.org"
    assert credentials.account_name("a@b.fr", "http://127.0.0.1:8123/") == "a@b.fr@127.0.0.1:8123"
    assert credentials.account_name("a@b.fr", "https://pix.example.org:443") == "a@b.fr@pix.example.org"


def test_a_real_keyring_keeps_the_token_under_service_pixdesk(restore_keyring):
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert credentials.keyring_status().usable
    credentials.save_token("a@b.fr@srv", "refresh-123")
    assert memory.secrets == {("PixDesk", "a@b.fr@srv"): "refresh-123"}
    assert credentials.load_token("a@b.fr@srv") == "refresh-123"
    credentials.delete_token("a@b.fr@srv")
    assert memory.secrets == {} and credentials.load_token("a@b.fr@srv") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PromptingKeyring()],
                         ids=["fail", "null", "keyrings.alt"])
def test_no_usable_keyring_stores_nothing_and_says_so(restore_keyring, backend):
    keyring.set_keyring(backend)
    status = credentials.keyring_status()
    assert not status.usable and status.backend.endswith(type(backend).__name__)
    with pytest.raises(credentials.KeyringUnavailable):
        credentials.save_token("a@b.fr@srv", "refresh-123")
    assert credentials.load_token("a@b.fr@srv") is None
    credentials.delete_token("a@b.fr@srv")  # nothing to delete, no error


def test_a_chain_uses_its_real_member_and_never_the_prompting_one(restore_keyring):
    memory, prompting = MemoryKeyring(), PromptingKeyring()
    prompting.priority = 5  # higher than the real one: still never used

    class Chain(chainer.ChainerBackend):
        backends = [prompting, memory]

    keyring.set_keyring(Chain())
    credentials.save_token("a@b.fr@srv", "t")
    assert memory.secrets == {("PixDesk", "a@b.fr@srv"): "t"}


def test_a_keyring_that_refuses_means_not_stored(restore_keyring):
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(credentials.KeyringUnavailable):
        credentials.save_token("a@b.fr@srv", "t")
