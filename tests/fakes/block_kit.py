"""Slack's Block Kit limits, asserted on a message the fake Slack received."""

from __future__ import annotations


def assert_within_block_kit_limits(message: dict) -> None:
    blocks = message["blocks"]
    assert 0 < len(blocks) <= 50
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        elif block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        elif block["type"] == "context":
            assert len(block["elements"]) <= 10
    assert message["text"]  # the notification / screen-reader fallback
