"""North Korea's own missile tests, launches and drills, which tell no supply."""

from __future__ import annotations

import re

# North Korea's own missile tests ('fired two ballistic missiles into the East Sea'): no supply, counted or not
_TEST_LAUNCH = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:ed|es|ing)?|test-fire[sd]?|land(?:ed|ing|s)?|fell|splashed\s+down)\b[^.;]{0,80}?"
    r"\b(?:into|toward|towards|off|in)\s+"
    r"(?:the\s+)?(?:east\s+sea|yellow\s+sea|sea|waters|sea\s+of\s+japan|japanese\s+sea|pacific)"
    r"|\btest[- ]?(?:fired|fires|firing|launched|launching)\b"  # a test-fire is a test, wherever it lands
)
# ... or one told as a test or drill: 'fired about 20 ballistic missiles this year in tests', 'launched eight
# cruise missiles during drills' (not 'Russia fired 40 KN-23s at Kyiv', nor a strike's 'launched them at ...'); it
# takes only what its own words span, its firing verb to the test, within one clause: not the 60 of 'Russia has
# fired about 60 North Korean missiles, and North Korea launched 3 in tests', nor the 100 of 'North Korea, which
# launched missiles during drills, has sent about 100 KN-23s'
_TOLD_AS_TEST = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:ed|es|ing)?)\b[^.;,]{0,80}?\b(?:in|during|as\s+part\s+of)\s+"
    r"(?:(?:a|an|its|their|the|weapons?|missile|military|live-fire|recent|several|new)\s+){0,2}"
    r"(?:tests?|test\s+launch(?:es)?|trials?|drills?|exercises?)\b"
)
# ... or one Japan reports against its waters: 'at least two missiles fell outside its exclusive economic zone' (not
# 'the exclusive economic zone of Romania'), in a sentence that neither sends nor names the war's parties ('North
# Korea supplied 40 KN-23 missiles to Russia, Japan said; none fell within its exclusive economic zone')
_IN_JAPANS_WATERS = re.compile(
    r"\b(?:land(?:ed|ing|s)?|fell|falls|splashed\s+down)\s+(?:[\w-]+\s+){0,2}?(?:inside|outside|within|in)\s+"
    r"(?:its|japan['’]s|the)\s+(?:exclusive\s+economic\s+zone|eez)\b(?!\s+of\s+(?!japan\b))"
)
_SENT_IN_THE_SENTENCE = re.compile(
    r"\b(?:sen[dt]|sends|sending|suppl(?:y|ies|ied|ying)|shipp(?:ed|ing)|delivered|transferred|provided|"
    r"handed\s+over)\b"
)
# ... as is what North Korea itself launches, in a sentence that names no one else who fires or is fired at: 'North
# Korea launched an intercontinental ballistic missile in November', "the sanctions against North Korea's launch of an
# ICBM" (Russia fires what it was sent: 'Days after North Korea launched an ICBM, Russia fired 10 KN-23s')
_OWN_LAUNCH = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north)(?:['’]s\s+(?:[\w-]+\s+){0,2}?launch(?:es)?\s+of|"
    r"\s+(?:(?:has|had|also|again|recently|then)\s+)*(?:launched|fired)\s+(?:an?\s+|its\s+|two\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:intercontinental|icbms?\b|hwasong|satellite|short-range|medium-range|"
    r"intermediate-range|cruise|hypersonic))"
)
_OTHER_PARTY_OF_A_LAUNCH = re.compile(r"\b(?:russia\w*|moscow|kremlin|ukrain\w*|kyiv|kharkiv|zaporizhzhia)\b")


def is_test_launch(low: str, at: int | None = None) -> bool:
    """A launch that is North Korea's own test, not supply: into the sea, a test-fire, or North Korea's own launch
    in a sentence naming no other party; or, for the figure or item at `at`, a firing told as a test or drill whose
    words span it."""
    if _TEST_LAUNCH.search(low) is not None:
        return True
    if at is not None and (
        ("test" in low or "trial" in low or "drill" in low or "exercise" in low)
        and any(m.start() <= at < m.end() for m in _TOLD_AS_TEST.finditer(low))
    ):
        return True
    if _OTHER_PARTY_OF_A_LAUNCH.search(low) is not None:
        return False
    return _OWN_LAUNCH.search(low) is not None or (
        ("economic zone" in low or "eez" in low)  # (a cheap look first: most sentences name no such zone)
        and _IN_JAPANS_WATERS.search(low) is not None
        and _SENT_IN_THE_SENTENCE.search(low) is None
    )


# An item named as what a launch, test or drill is of: "the North's first ballistic missile launch in two months",
# 'an artillery firing drill' (not 'Russia's missile launches at Kyiv')
LAUNCHED_AFTER = re.compile(
    r"\s+(?:firing\s+|strike\s+|live-fire\s+)?(?:launch(?:es)?|tests?|drills?|exercises?)\b(?!\s+(?:at|against|on|targeting)\b)"
)


# North Korea's own drills: what a sentence about one names is its own, unless it names where the war is
OWN_DRILL = re.compile(r"\b(?:strike|firing|artillery|missile|military|joint)\s+(?:drills?|exercises?)\b")
WAR_NAMED = re.compile(r"\b(?:russia\w*|moscow|kursk|ukrain\w*|kremlin|putin)\b")
SATELLITE_ITSELF = re.compile(r"(?:reconnaissance|spy|military)\s+satellites?")
SATELLITE_LAUNCH = re.compile(r"\blaunch\w*|\borbit")
