"""Words that take an item's assertion back: no sign, doubt, bans, denials, questions, conditions, untold counts."""

from __future__ import annotations

import re

from core.phrases import has_any

# An item in a clause that says there is no sign of it ('no imagery evidence that Russia has delivered fighter
# aircraft', 'ISW has not observed evidence that ...') or that it was missing ('without the support of armoured
# vehicles'): nothing asserted (an item its own relative clause says was provided stays: 'the shells it provided',
# context.DELIVERED_RELATIVE)
NO_SIGN_BEFORE = re.compile(
    r"\b(?:no|not(?:\s+\w+){0,2}?(?:\s+any)?|nor\s+any|without\s+any|little|scant|"
    r"yet\s+to\s+(?:find|see|produce|present|show)(?:\s+any)?|"
    # ('..., and none has produced evidence of North Korean units fighting in Donbas')
    r"none\s+(?:has|have|had)\s+(?:yet\s+)?(?:produced|presented|shown|offered|provided|found|seen)(?:\s+any)?)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:evidence|signs?|indications?|proof|confirmation|information|reports?)\s+(?:(?:yet|so\s+far|as\s+yet)\s+)?"
    r"(?:that|of|about|on)\b_NO_BUT$"
    # 'has never confirmed that', 'could not verify claims that': what a speaker cannot vouch for
    r"|\b(?:never|not|n['’]t|unable\s+to)\s+(?:\w+\s+)?(?:confirm(?:ed|s)?|verif(?:y|ied|ies))\s+"
    r"(?:(?:the\s+|any\s+)?(?:claims?|reports?|allegations?)\s+)?(?:that|of)\b_NO_BUT$"
    r"|\bwithout\s+(?:the\s+)?(?:support\s+of\s+|any\s+|much\s+)?(?:[\w-]+\s+){0,2}$"
    # what a look found none of: 'satellite imagery shows no new aircraft at North Korean airbases'
    r"|\b(?:shows?|showed|shown|found|finds|revealed|reveals|detected|spotted)\s+no\s+(?:new\s+|more\s+|further\s+)?$"
    # 'has neither confirmed nor denied the presence of North Korean troops', 'Neither Moscow nor Pyongyang
    # confirmed the deployment of'
    r"|\bneither\b[^.;,]{0,40}?\b(?:confirm(?:ed|s)?|acknowledg(?:ed|es))\b[^.;,]{0,60}$"
    # 'have not acknowledged the presence of North Korean troops', 'declining to confirm the deployment of', 'No
    # government has confirmed any transfer of fighter jets'
    r"|\b(?:not|n['’]t|never|declin\w*\s+to|refus\w*\s+to|no\s+[\w-]+\s+(?:has|have|had))\s+(?:\w+\s+){0,2}?"
    r"(?:acknowledg\w*|confirm\w*|"
    r"comment\w*\s+on|address\w*|admit\w*|discuss\w*)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:presence|deployment|involvement|participation|role|use|transfer|delivery|deliveries|shipments?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # 'urged Moscow to stop any transfer of fighter jets', 'urged the Kremlin not to supply': a call, not a delivery
    # (not 'urged Pyongyang to stop sending troops', which tells that it sends them)
    r"|\b(?:urg\w*|call\w*\s+on|press\w*|demand\w*|warn\w*|caution\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+(?:stop|halt|cease|end|"
    r"refrain\s+from)\s+any|not\s+to\s+(?:send|supply|ship|deliver|transfer|provide|give|sell|hand)|"
    # ('warned Pyongyang against sending more troops')
    r"against\s+(?:(?:north\s+korea|pyongyang|moscow|russia)\s+)?(?:send|suppl|ship|deliver|transferr?|provid|giv|sell|"
    r"hand|deploy|dispatch)\w*(?:\s+over)?)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # a delivery said to be unseen or ruled out: 'had not detected any transfer of fighter jets', 'has ruled out any
    # supply of' (NONE_SEEN_BEFORE for 'No Russian transfer of fighter jets has been confirmed')
    r"|\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:detected|seen|observed|spotted|found|identified|recorded)\s+"
    # (not a let-up, pause or slowdown in deliveries unseen, which tells they go on; nor a transfer 'not ruled out',
    # which states it may come)
    r"(?:any\s+)?(?:signs?\s+of\s+(?:any\s+|a\s+)?)?(?:(?!in\s)[\w-]+\s+){0,2}?|"
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)(?<!\bcannot\s)rule[ds]?\s+out\s+(?:any\s+|a\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|handovers?|sales?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # (a clause after 'but' asserts again: 'Moscow has never confirmed that ..., but Seoul says ...')
    .replace("_NO_BUT", r"(?:(?!\bbut\b(?!\s+also\b))[^.;])*")
)
# no delivery of an item, then said unseen: 'No Russian transfer of fighter jets has been confirmed by officials' (not
# a denial's 'there are no deliveries of North Korean shells', nor 'no let-up in shipments of shells')
NONE_SEEN_BEFORE = re.compile(
    r"\bno\s+(?:(?:russian|north\s+korean|new|further|additional|such|official|direct|actual)\s+)?"
    r"(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|handovers?|sales?)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
SEEN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?been\s+(?:confirmed|verified|seen|observed|detected|"
    r"spotted|documented|recorded)\b"
)
UNTIL_AFTER = re.compile(r"[^.;]*?\buntil\s+[^,.;]{1,30},\s+when\b")  # ('... until April, when Gerasimov ...')
NO_SIGN_WORDS = re.compile(
    "evidence|sign|indication|proof|confirm|information|verif|without|neither|acknowledg|comment|address|admit|discuss"
    "|stop|halt|cease|refrain|not to|end any|no report|no \\w+ reports|against|detected|seen|observed|spotted|found"
    "|identified|recorded|ruled? out|no (?:[\\w-]+ ){0,2}(?:transfer|deliver|shipment|suppl|handover|sale)"
)
# An item whose supply a voice doubts ('Analysts doubt that Russia will hand over submarine technology', 'sceptical
# that Moscow would share its missile know-how') or is held not to have happened ('Moscow is not believed to have
# given the North any nuclear technology'): nothing asserted (not 'there is little doubt that ...', which asserts)
DOUBTED_BEFORE = re.compile(
    r"(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)(?<!\bbeyond\s)(?<!\bbeyond\sa\s)(?<!\bno\sreason\sto\s)"
    r"\b(?:doubts?|doubted|doubting|doubtful|sceptical|skeptical|unconvinced)\s+(?:about\s+)?(?:that|whether|if)\b"
    r"(?:(?!\bbut\b)[^.;])*$"
    r"|\b(?:is|are|was|were)\s+not\s+(?:(?:yet|widely|generally)\s+)?(?:believed|thought|known|understood)\s+to\s+"
    r"(?:have|be)\b(?:(?!\bbut\b)[^.;,])*$"
    # ... or a supply told unlikely: 'Russia is unlikely to hand over its most advanced fighter jets' (the supply the
    # unlikely thing, not what goes with it: 'unlikely to stop sending troops', 'unlikely to reveal how many troops it
    # has received', 'unlikely to stall while shells keep arriving' assert it)
    r"|\b(?:unlikely|not\s+likely|not\s+expected)\s+to\s+(?:(?:have|be)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"(?:sen[dt]|suppl(?:y|ied)|provid(?:e|ed)|deliver(?:ed)?|transferr?(?:ed)?|hand(?:ed)?|give|given|shar(?:e|ed)|"
    r"ship(?:ped)?|deploy(?:ed)?|dispatch(?:ed)?|sell|sold|export(?:ed)?|receive|received|get|acquire|obtain|offer|"
    r"commit|pass|lend|part\s+with)\b(?:(?!\bbut\b)[^.;,:])*$"
)
# ... unless few or no one doubt it, which asserts: 'Few doubt that North Korea has sent shells', 'Hardly anyone
# doubts that ...', 'No one seriously doubts that ...'
NONE_DOUBT = re.compile(
    r"(?<!\ba\s)\b(?:few|nobody|none|no\s+one|(?:hardly|scarcely|barely)\s+any(?:one|body)?)\s+(?:[\w-]+\s+){0,2}$"
)
DOUBT_WORDS = ("doubt", "sceptic", "skeptic", "unconvinced", "not believed", "not thought", "not known",
                "not understood", "not yet believed", "not widely", "not generally", "unlikely", "not likely",
                "not expected")  # fmt: skip
# An item supply of which is banned: 'The package bans the export of drone components to North Korea' (not a
# supply told after 'by': 'violated the ban on arms transfers to and from North Korea by sending shells')
BANNED_BEFORE = re.compile(
    r"\b(?:bans?|banned|banning|prohibit\w*|outlaw\w*|embargo\w*|forbid\w*|restrict\w*|bars|barred|barring)\s+"
    r"(?:(?:on|the|all|any|further)\s+){0,2}(?:[\w-]+\s+)?(?:exports?|sales?|suppl(?:y|ies)|transfers?|shipments?|"
    r"deliver(?:y|ies)|trade)\s+(?:of|in)\s+(?:(?!\bby\b|\bwith\b|_WHY)[^.;,]){0,80}$"
    # (not a supply told as the ban's cause: 'banned the export of machine tools to Russia after reports North Korea
    # had sent missiles', 'amid reports', 'because Pyongyang had shipped shells')
    .replace("_WHY", r"\b(?:after|amid|following|because|since|over\s+(?:reports?|claims?|allegations?|evidence))\b")
)
BAN_WORDS = ("ban", "prohibit", "outlaw", "embargo", "forbid", "restrict", " bar")
# no delivery of an item found in records: 'Customs records show no shipments of refined petroleum from Russia'
RECORDS_SHOW_NONE_BEFORE = re.compile(
    r"\b(?:show(?:s|ed|n)?|found|finds?|reveal(?:s|ed)?|recorded|records|indicat(?:e|es|ed))\s+no\s+"
    r"(?:(?:new|further|more|recent|direct|such)\s+)?(?:transfers?|deliver(?:y|ies)|shipments?|suppl(?:y|ies)|"
    r"exports?|imports?|trace)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
# an item set against another as not the one sent: 'rocket launchers, not artillery pieces', 'workers, not soldiers',
# 'anti-tank missiles rather than ballistic missiles' (not 'not only shells but also ...')
NOT_THIS_ONE_BEFORE = re.compile(
    r"(?:,\s*not|\brather\s+than|\binstead\s+of|\bbut\s+not)\s+(?!only\b|just\b|merely\b)"
    r"(?:(?:the|any|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
# ... or one set aside in a 'not X but Y' contrast: 'the item Russia has given is not a missile but air defence' (not
# 'not only missiles but also shells', which tells both)
# (the 'not' before the noun phrase itself, no verb between: not 'had not delivered fighter jets, but had sent ...',
# a denial beside what was sent)
NOT_BUT_BEFORE = re.compile(
    r"\bnot\s+(?!only\b|just\b|merely\b|simply\b)(?:(?:a|an|the|any|its|their)\s+)?"
    r"(?:(?![\w-]+(?:ed|ing|en)\s|(?:sent|sold|got|made|send|give|sell|ship|supply|provide|deliver|transfer|hand)\s)"
    r"[\w-]+\s+)?$"
)
BUT_AFTER = re.compile(r"\s*,?\s+but\s+(?!also\b|rather\b|as\s+well\b)")
# ... or a kind said not to be sent, set against a kind of the same item that is: 'North Korea is not sending its elite
# troops; it is sending conscripts', 'is not supplying new shells but old stock' (the caller finds the other kind)
NOT_THIS_KIND_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:sending|supplying|providing|deploying|shipping|giving|transferring)\s+"
    r"(?:(?:its|their|the|any)\s+)?(?:[\w-]+\s+){0,2}$"
)
BUT_THIS_KIND_AFTER = re.compile(
    r"[^.;]{0,40}?(?:;|,?\s+but(?:\s+rather)?|,?\s+rather|,\s+instead|\s+[—–])\s+"
    r"(?:(?:it|they|pyongyang|moscow|north\s+korea|russia|the\s+north)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:instead\s+)?(?:sending|supplying|providing|deploying|shipping|giving|transferring)\s+)?"
)
# Reports told only to be doubted: 'Claims that Russia has handed over submarine technology remain unverified',
# 'Periodic reports that Russia will deliver MiG-29s have not been borne out'; or a wish or a condition whose items
# are then said not to have come: 'Pyongyang wants combat aircraft, but there is no evidence that any have arrived'
# (not a voice's plan, 'Moscow may hand over jets, though no transfer has been confirmed')
UNBORNE_WORDS = ("unconfirmed", "unverified", "borne out", "no evidence", "no public evidence", "no transfer",
                  "done so")  # fmt: skip
_REPORTS_THAT = re.compile(
    # (past a dateline: 'TOKYO (Kyodo) -- Reports that ...')
    r"^(?:[a-z0-9 ,.]{2,40}(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s*)?"
    r"\W*(?:(?:[\w-]+\s+){0,2}(?:reports|claims|speculation|rumou?rs)|despite\s+(?:[\w-]+\s+){0,5}?reports)\s+that\b"
)
_NOT_BORNE_OUT = re.compile(
    r"\b(?:remains?|remained)\s+(?:unconfirmed|unverified|unproven)\b"
    # ('Reports that Russia will give ... are unconfirmed')
    r"|\b(?:are|is|were|was)\s+(?:still\s+|as\s+yet\s+|so\s+far\s+|officially\s+)?(?:unconfirmed|unverified|unproven)\b"
    r"|\b(?:have|has)\s+(?:so\s+far\s+|yet\s+)?not\s+been\s+(?:borne\s+out|confirmed|verified)\b"
    r"|\bno\s+(?:public\s+|hard\s+)?evidence\s+(?:yet\s+)?that\s+(?:any|this|it)\s+(?:have|has|had)\b"
)
_NO_EVIDENCE_AFTER = re.compile(
    r"\bno\s+(?:public\s+|hard\s+)?evidence\s+(?:yet\s+)?that\s+(?:any|this|it)\s+(?:have|has|had)\b"
    r"|\bno\s+transfer\s+has\s+(?:yet\s+)?been\s+confirmed\b"
    # ('..., but there is no sign it has done so')
    r"|\bno\s+(?:public\s+|hard\s+|clear\s+)?(?:evidence|signs?|indications?)\s+(?:yet\s+)?(?:that\s+)?"
    r"(?:it|they|moscow|russia|pyongyang|the\s+kremlin|the\s+north)\s+(?:has|have|had)\s+(?:yet\s+|actually\s+)?done\s+so\b"
)
# a supply told only as possible in theory: 'Russia could in theory hand Pyongyang satellites, but there is no sign
# it has done so' (a plan word there is no one's plan)
_IN_THEORY = re.compile(r"\b(?:in\s+theory|in\s+principle|theoretically|hypothetically)\b")
_PLAN_WORD = re.compile(
    r"\b(?:may|might|could|will|likely|expected|plans?|planning|intends?|prepar\w+)\b"
    r"|\bwould\s+(?:\w+\s+)?(?:supply|provide|deliver|hand|give|transfer|send|ship)\b"
)


# ... the doubt after a wish, a condition or a report, the supply itself doubted (not 'Seoul says North Korea has
# shipped KN-23 missiles, but there is no evidence that any have been fired', where only what came after is)
_WISHED_OR_REPORTED = re.compile(
    r"\b(?:wants?|wanted|wanting|seeks?|sought|seeking|hopes?|hoped|hoping|covets?|coveted|desires?|desired|"
    r"asked\s+for|asking\s+for|requested|requests?|would\s+(?:like|welcome)|welcomes?|needs?|"
    r"(?:is|are|was|were)\s+(?:keen|eager)|interested\s+in)\b"
    # ... or a condition: 'Should Moscow decide to transfer jets, ...', 'if Russia hands over jets, ...'
    r"|(?:^|[.;:]\s+)\W*should\s|\bif\s|\bwere\s+(?:[\w-]+\s+){1,2}to\s"
    r"|\b(?:reports?|claims?|speculation|rumou?rs?)\s+that\b"
)


def reports_not_borne_out(low: str) -> bool:
    if _REPORTS_THAT.match(low) and _NOT_BORNE_OUT.search(low):
        return True
    doubt = _NO_EVIDENCE_AFTER.search(low)
    return doubt is not None and (
        (_WISHED_OR_REPORTED.search(low, 0, doubt.start()) is not None and _PLAN_WORD.search(low) is None)
        or _IN_THEORY.search(low, 0, doubt.start()) is not None
    )


# Items after 'any transfer of' are what may be, told as a worry or a warning ('watching for any transfer of
# sensitive technology', 'any transfer of military technology would be a grave matter'); a denial of any transfer is
# still a denial ('Moscow denies any transfer of sensitive technology')
ANY_TRANSFER_BEFORE = re.compile(
    r"\bany\s+(?:such\s+|further\s+|future\s+)?(?:transfers?|provision|suppl(?:y|ies)|deliver(?:y|ies)|sharing|handovers?|"
    r"exports?)\s+of\s+(?:[\w'’-]+\s+){0,5}?$"
)
DENIES_RIGHT_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|rul\w+\s+out)\s+$"
    # ... or a negation, left to the other rules ('is not planning any deliveries of combat aircraft')
    r"|\b(?:not|never|no)\s+(?:[\w-]+\s+){0,2}$"
)
UNTOLD_HOW_MANY = re.compile(
    r"\b(?:never|not|declined\s+to|refused\s+to|without)\s+(?:yet\s+|publicly\s+|officially\s+)?(?:disclos\w*|sa(?:y|id|ying)|"
    r"reveal\w*|releas\w*|giv(?:e|en|ing)|gave|confirm\w*|publish\w*|specif\w*|stat(?:e|ed|ing)|elaborat\w*)\s+"
    r"(?:\w+\s+)?how\s+many\b"
)
GAVE_NO_FIGURE = re.compile(
    r"\b(?:gave|gives?|given|giving|offered|provided)\s+no\s+(?:\w+\s+)?(?:figures?|numbers?|estimates?|count|tally)\s+"
    r"(?:for|of|on)\b"
)
# where the untold count's noun phrase ends: what follows 'but said', 'although' or a later 'said' is told
_UNTOLD_ENDS = re.compile(r"[;:]|\b(?:but|although|though|yet|while|whereas|said|says|adding|added)\b")
_DECLINES_TO_SAY = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|hasn['’]t|haven['’]t|declined\s+to|refused\s+to|neither\s+has|"
    r"would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:\w+\s+)?"
    r"(?:provide\s+(?:further\s+|more\s+|any\s+)?details|disclose|specify|elaborate|comment|confirm(?:ed)?)\b"
    # 'neither Moscow nor Pyongyang have officially acknowledged the presence of ...'
    r"|\bneither\s+[\w'’ ]{2,30}?\s+nor\s+[\w'’ ]{2,30}?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:acknowledged|confirmed|admitted)\b(?![^.;]*\buntil\b)"  # ('... confirmed the deployment until April, when')
)
_CLOSERS = " \t\"'”’)]"
_CONDITION = re.compile(r"\W*(?:if|whether)\b")
# A supply imagined, not told: a sentence that opens on a supposition ('Suppose North Korea shipped its hypersonic
# missiles to Russia', 'Imagine Moscow handing Pyongyang S-400s', 'What if Kim sends another corps?') or on an inverted
# condition ('Were Russia to share satellite technology, ...', 'Had Moscow sent jets, ...', 'Should Pyongyang ship
# more shells, ...'); not a plain 'Should' question, which ends with '?' anyway, nor 'Were the troops sent?'
_SUPPOSED = re.compile(
    r"\W*(?:suppose|supposing|imagine|assuming|assume|what\s+if|picture\s+this)\b"
    # (not 'Had North Korea not sent its troops, Russia would not have retaken Kursk', which says they were sent)
    r"|\W*(?:were|should|had(?!\s+(?:[\w'’.-]+\s+){0,3}?(?:not|never)\b))\s+(?:[\w'’.-]+\s+){1,3}?"
    r"(?:to\s+\w+|[a-z]+ed|sent|given|sold|shipped)\b[^;:]*?,"
)
# ... unless the condition is on something else and names no item, the supply told in the main clause after it: 'If
# the war drags on, North Korea will likely send more shells' (a plan, as its own words say), not 'If Russia hands
# over jets, Seoul will respond'
_CONDITION_CLAUSE = re.compile(r"\W*(?:if|unless)\s+(?P<clause>[^,;:]{3,80}),\s+(?P<main>[^;:]*)")
_MAIN_PLAN = re.compile(
    # (not 'will no longer send', 'would never send', 'will stop sending': no plan to send)
    r"\b(?:will|would|could|may|might|likely\s+to|expected\s+to)\s+"
    r"(?:(?!not\b|never\b|no\b|stop|cease|halt|end\b|refus|declin)[\w-]+\s+){0,2}?"
    r"(?:send|suppl|ship|deliver|provid|deploy|dispatch|transfer|giv|hand|sell|export)\w*"
)
# ... or a question left open: 'It is unclear whether Russia has transferred satellite technology'
OPEN_QUESTION = re.compile(
    r"\b(?:unclear|unknown|not\s+(?:yet\s+)?(?:clear|known)|uncertain|unconfirmed|no\s+one\s+knows|monitoring|"
    r"watching|checking|verifying|investigating|wondering|wonders?|wondered|looking\s+into|examining|"
    r"trying\s+to\s+(?:establish|determine|verify|confirm|find\s+out|learn)|"
    # 'Pyongyang has not said whether any of its soldiers have died'
    r"(?:not|n['’]t|never)\s+(?:yet\s+)?(?:said|say|disclosed|disclose|revealed|reveal|confirmed|confirm)"
    # ... or a look still under way: 'Allies will continue to assess whether Russia is transferring technology',
    # 'officials are reviewing whether', 'analysts are studying whether'
    r"|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|review(?:s|ed|ing)?|stud(?:y|ies|ying)|prob(?:e|es|ing)|"
    r"determin(?:e|es|ing)|(?:not|n['’]t|never)\s+(?:yet\s+)?(?:establish(?:ed)?|determined)"
    # ... or a wire's caveat: 'Reuters could not independently verify whether ...', 'was unable to confirm if'
    r"|(?:not|n['’]t|never|unable\s+to)\s+(?:yet\s+)?(?:immediately\s+|independently\s+)?(?:verify|verified|confirm|"
    r"confirmed|establish|determine))"
    r"\s+(?:closely\s+)?(?:whether|if)\b"
)
# an interviewer's question line in a transcript ('Q: There are reports that ...'): it asks, it does not assert
# ... or the rated claim a fact-check opens with ('Claim: North Korea sent hypersonic missiles to Russia'), which the
# fact-check tests, not asserts
_QUESTION_LINE = re.compile(
    r"\W*(?:q|question|(?:the\s+|rated\s+|viral\s+|online\s+)?claim|rumou?r|allegation)\s*[:—–]"
)
_DECLINE_WORDS = ("not", "n't", "n’t", "declined", "refused", "neither")
_BUT_CLAUSE = re.compile(r",\s+(?:but|though|although|yet)\s|;\s")


_ITEM_WORD = re.compile(
    r"\b(?:troops?|soldiers?|forces|personnel|deployment|presence|shells?|ammunition|munitions|missiles?|artillery|"
    r"guns?|launchers?|drones?|workers?|weapons?)\b"
)


def _own_clauses_end(low: str) -> int:
    """Where a sentence's clauses before a contrasting one end, when that one names no item ('..., but the NIS did
    not provide details'; not '..., though the Kremlin has not confirmed the troop presence')."""
    contrast = _BUT_CLAUSE.search(low)
    return contrast.start() if contrast and not _ITEM_WORD.search(low, contrast.end()) else len(low)


def _condition_on_something_else(low: str) -> bool:
    """A leading 'if' clause that names no item, then a main clause that plans one ('If the war drags on, North
    Korea will likely send more shells')."""
    found = _CONDITION_CLAUSE.match(low)
    return (
        found is not None
        and _ITEM_WORD.search(found["clause"]) is None
        and _ITEM_WORD.search(found["main"]) is not None
        and _MAIN_PLAN.search(found["main"]) is not None
    )


def asserts(low: str) -> bool:
    """No question, condition or interviewer's question line, nor a speaker's declining to say."""
    return (
        not low.rstrip(_CLOSERS).endswith("?")
        and not (_CONDITION.match(low) and not _condition_on_something_else(low))
        and not _SUPPOSED.match(low)
        and not _QUESTION_LINE.match(low)
        # (a speaker's declining in a clause of its own after the items does not take them back: 'North Korea has
        # sent troops to Russia, but the NIS did not provide details')
        and not (has_any(low, _DECLINE_WORDS) and _DECLINES_TO_SAY.search(low, 0, _own_clauses_end(low)))
    )


# an item in a condition: 'Seoul would respond if Pyongyang sent more shells to Russia' (not 'even if', 'as if')
IF_BEFORE = re.compile(
    r"(?<!even\s)(?<!as\s)\bif\s+(?!it\s+were\s+not|not\s+for)(?:(?!continu|keep|kept)[\w'’-]+\s+){0,6}$"
)
# ... unless what goes on is presupposed: 'if shells keep arriving', 'if supplies continue'
GOES_ON_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:continu\w*|keeps?|kept)\b")
# an interviewer's question put in the reporter's words: 'Asked whether Russia was supplying jets, ...'
ASKED_WHETHER_BEFORE = re.compile(
    r"\b(?:asked|asking|questioned|(?:not|n't)\s+(?:say|confirm|disclose)|declined\s+to\s+(?:say|confirm))\b"
    r"[^.;]{0,60}?\b(?:whether|if)\b[^.;,]*$"
)
# ... unless the answer says yes: 'Asked whether Pyongyang has sent more missiles, Zelensky said it has sent hundreds.'
ANSWER_CONFIRMS = re.compile(
    r"[^,]*,\s*(?:[\w'’.-]+\s+){0,4}?(?:said|says|replied|answered)\s+(?:that\s+)?(?:it|they|pyongyang|north\s+korea|"
    r"moscow|russia)\s+(?:has|had|have)\s+(?:already\s+|also\s+)?(?:sent|supplied|delivered|provided|shipped|"
    r"transferred)\s+(?:them|hundreds|thousands|dozens|many|some|more|\d)"
)


def untold_scope_end(low: str, start: int) -> int:
    """Where the items a count is not given for end: 'gave no figure for the missiles, but said ...' tells what
    comes after 'but said'."""
    end = _UNTOLD_ENDS.search(low, start)
    return end.start() if end is not None else len(low)


DENIAL_STEMS = ("den", "dismiss", "reject", "refut")
