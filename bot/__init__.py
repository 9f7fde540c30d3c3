"""nk-aid chat adapters (Slack, Discord): thin translators between platforms and the core."""
