"""The Discord adapter: the `/nk-aid` app commands, embeds, and the digest poster (discord.py 2.7)."""
