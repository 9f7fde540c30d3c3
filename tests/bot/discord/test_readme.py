"""The README's Discord set-up matches the code: the invite URL's scopes and permission integer."""

from __future__ import annotations

from bot.discord.client import PERMISSIONS, invite_url
from tests.conftest import REPO


def test_readme_invite_url_is_the_one_the_bot_needs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    url = invite_url("APP_ID")
    assert (
        url
        == "https://discord.com/oauth2/authorize?client_id=APP_ID&scope=bot+applications.commands&permissions=117760"
    )
    assert f"`{url}`" in readme
    assert not PERMISSIONS.administrator and not PERMISSIONS.manage_messages  # least privilege
