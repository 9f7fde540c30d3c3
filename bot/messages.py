"""Every user-visible bot text (Slack and Discord) in one place, so wording is reviewed and tested together.

Section titles and the briefing title are the core's (core.compose.render: `SECTION_TITLES`, `briefing_title`):
written once, shown the same in the terminal and in chat."""

from __future__ import annotations

# --- both platforms ------------------------------------------------------------------------------------------------
HELP_TITLE = "nk-aid: briefings on North Korea's aid to Russia"
AS_OF = "as of {moment:%Y-%m-%d %H:%M} UTC"
CHART_TITLE = "{title}, reported estimates over time"
CHART_COMMENT = "{topic}: {drawn} dated estimates"
CHART_EMPTY = "No dated estimates on {topic} yet, so the chart is empty."
UNKNOWN_INPUT = "I don't know '{text}'. Did you mean {closest}? Topics: {topics}."
UNKNOWN_INPUT_NO_GUESS = "I don't know '{text}'. Topics: {topics}."
MORE_FIGURES = "and {count} more figure(s): Sources and Show history list them all"
MORE_ITEMS = "and {count} more"
NO_FIGURE = "no figure yet"
UNATTRIBUTED = "unattributed"
SAMPLE = " [SAMPLE DATA]"
# Buttons under a briefing card (Slack and Discord alike).
BUTTON_HISTORY = "Show history"
BUTTON_SOURCES = "Sources"
BUTTON_CHART = "Chart"
BUTTON_SHARE = "Share to channel"
SHARED_BY = "Shared by {user}"
NO_HISTORY = "No estimate on {topic} has changed yet: one figure per series so far."
NO_SOURCES = "No sources on {topic} yet."
HISTORY_TITLE = "{title}: how estimates changed"
SOURCES_TITLE = "{title}: sources"
# Digests: a short summary in the channel, the details in its thread.
DIGEST_SUMMARY = "{revised} revised, {new} new, {conflicts} new conflict(s)"
DIGEST_DETAILS_BELOW = "Details in the thread."
DIGEST_SHORTENED = "Shortened: {count} more line(s) not shown. `nk-aid digest` prints them all."
# Alerts: a subscribed topic's headline estimate changed.
ALERT_TITLE = "nk-aid alert: {topic}"
ALERT_NEW = "New headline figure"
ALERT_REVISED = "Revised"
ALERT_CONFLICT = "New conflict"

# --- Slack -----------------------------------------------------------------------------------------------------------
SLACK_HELP = (
    "*Usage:* `{usage}`\n"
    "*Topics:* {topics}\n"
    "*since:* 24h, 7d, 2w or a date (YYYY-MM-DD). Answers are visible only to you; add `share` to post them "
    "in the channel. Subscribing needs a workspace admin or owner; `alerts` also posts headline changes."
)
SLACK_HELP_FALLBACK = "nk-aid help"
SLACK_FAILED = "Sorry, that failed on our side (request id {request_id})."
SLACK_SUBSCRIPTION = "This channel gets the digest {describe}."
SLACK_NO_SUBSCRIPTION = "This channel has no digest."
SLACK_NEEDS_ADMIN = "Only workspace admins and owners can change this channel's digest subscription."
SLACK_SUBSCRIBED = "This channel now gets the digest {describe}."
SLACK_RESUBSCRIBED = "This channel now gets (changed) the digest {describe}."
SLACK_UNSUBSCRIBED = "This channel no longer gets the digest."
SLACK_NOT_SUBSCRIBED = "This channel had no digest."
SLACK_CHART_FAILED = "Could not upload the chart here ({problem}); is the app in this channel?"
SLACK_POST_FAILED = "Could not post in this channel ({problem}); invite the app with `/invite @nk-aid`."
SLACK_SHORTENED = "Shortened: {count} more blocks not shown. `nk-aid brief` prints the whole briefing."
SLACK_PART = "{text} (part {part})"
SLACK_NOT_IN_CHANNEL = (
    "nk-aid cannot post the daily digest in <#{channel}>: the app is not in that channel and cannot join it "
    "(Slack said {reason}). Invite the app there (`/invite @nk-aid`), or run `/nk-aid unsubscribe` in it."
)

# --- Discord ---------------------------------------------------------------------------------------------------------
GROUP_DESCRIPTION = "Briefings on North Korea's military support to Russia"
TOPIC_DESCRIPTION = "The current picture: {topic}"
TOPIC_DESCRIPTION_ALIASES = "The current picture: {topic} (also: {aliases})"
SINCE_DESCRIPTION = "Also list what is new since: 24h, 7d, 2w or YYYY-MM-DD"
HELP_DESCRIPTION = "How to use nk-aid, and its topics"
BRIEF_DESCRIPTION = "The current picture of a topic (type to pick one)"
BRIEF_TOPIC_DESCRIPTION = "A topic, e.g. artillery, troops, ammo"
SUBSCRIBE_ALERTS_DESCRIPTION = "Also post at once when a topic's headline estimate changes"
DISCORD_HELP = (
    "`/nk-aid <topic>` or `/nk-aid brief topic:` the current picture; `since:` 24h, 7d, 2w or YYYY-MM-DD lists "
    "what is new. `/nk-aid digest`, `/nk-aid chart topic:`. Answers are visible only to you; `share:true` posts "
    "them in the channel. `/nk-aid subscribe` (Manage Server) posts a daily digest; `alerts:true` also posts "
    "when a headline estimate changes.\n**Topics:** {topics}"
)
DIGEST_DESCRIPTION = "What changed in a period (default: the last 24 hours)"
DIGEST_TOPICS_DESCRIPTION = "Topics, comma-separated (default: all)"
CHART_DESCRIPTION = "The estimate history of a topic as a chart"
CHART_TOPIC_DESCRIPTION = "A topic, e.g. artillery, troops, ammo"
SUBSCRIBE_DESCRIPTION = "Post a daily digest in a channel (Manage Server)"
SUBSCRIBE_CHANNEL_DESCRIPTION = "Where to post (default: this channel)"
SUBSCRIBE_TIME_DESCRIPTION = "Local time of day, HH:MM (default 08:00)"
SUBSCRIBE_TIMEZONE_DESCRIPTION = "IANA time zone, e.g. Asia/Seoul (default UTC)"
SUBSCRIBE_TOPICS_DESCRIPTION = "Topics, comma-separated (default: all)"
UNSUBSCRIBE_DESCRIPTION = "Stop a channel's daily digest (Manage Server)"
UNSUBSCRIBE_CHANNEL_DESCRIPTION = "Which channel (default: this channel)"
SUBSCRIPTIONS_DESCRIPTION = "This server's daily digests (Manage Server)"

CONTINUED = " (continued)"
PAGE = " · part {page}/{pages}"
SOURCE_LINK = "source"
UNKNOWN_OUTLET = "unknown outlet"
UNTITLED = "untitled"

DIGEST_FOOTER = "nk-aid daily digest · period {period}"
ALERT_FOOTER = "nk-aid alert · {period}"  # the period is the alert's key: how a restarted bot finds its post


NEEDS_MANAGE_SERVER = "Only members with the Manage Server permission can change or list this server's digests."
NEEDS_SERVER = "Digest subscriptions belong to a server channel; run this command in a server."
NOT_A_TEXT_CHANNEL = "{channel} is not a channel the bot can post a digest in."
SUBSCRIBED = "Daily digest for {channel} at {at} ({timezone}) on {topics}."
SUBSCRIPTION_REPLACED = "Updated: the daily digest for {channel} is now at {at} ({timezone}) on {topics}."
WITH_ALERTS = " Headline changes are posted there at once."
UNSUBSCRIBED = "{channel} no longer gets a daily digest."
NOT_SUBSCRIBED = "{channel} had no daily digest."
NO_SUBSCRIPTIONS = "This server has no daily digests. Add one with /nk-aid subscribe."
SUBSCRIPTIONS_TITLE = "Daily digests on this server"
SUBSCRIPTION_LINE = "{channel}: {at} ({timezone}) on {topics}"
FAILED = "Something went wrong on our side (request id {request_id}); the error is logged. Try again in a minute."

# Posted to the server's system channel when a subscribed channel cannot take its digest.
DELIVERY_REFUSED = (
    "nk-aid could not post the daily digest in <#{channel}>: {reason}. Give the bot View Channel, Send Messages, "
    "Embed Links and Attach Files there, or stop the digest with /nk-aid unsubscribe."
)
MISSING_PERMISSION = "the bot lacks permission to post there"
UNKNOWN_CHANNEL = "the channel no longer exists"
SHARE_DESCRIPTION = "Post the answer in the channel (default: only you see it)"
DIGEST_SINCE_DESCRIPTION = "Period: 24h, 7d, 2w or YYYY-MM-DD (default 24h)"
TOO_MANY_TOPICS = "config/lexicon.toml has {count} topics; Discord allows {room} beside the fixed /nk-aid subcommands"
BAD_TOPIC_NAME = "config/lexicon.toml topic '{name}' cannot be a Discord command name (1-32 letters, digits, - or _)"
