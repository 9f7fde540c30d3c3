"""What a number in a sentence counts: the item (category, subtype, unit) and whose it is.

A number names its item with the words right after it ('200 pieces of long-range artillery'); a bare number
('now totaling around 3,000', '600 have been killed') takes the item named earlier in its sentence or the
casualty its predicate states. A figure only counts when the sentence ties it to North Korea's support for
Russia (or Russia's for North Korea) and not to another country's forces, holdings or production.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.dates import MONTH_NAMES
from core.extract.actors import (
    FIRED_ITEMS_CALLED_BACK,
    NK_OWN_WORDS,
    NK_SOURCE_AFTER,
    PERSONNEL,
    PRONOUN_SUBJECT,
    RU_HANDS_OVER,
    actor_before,
    anchor,
    owner_before,
)
from core.extract.antecedents import (
    ANAPHORA,
    ESTIMATED_BARE,
    GLOSS_UNITS,
    GLOSS_VERB,
    TROOPS,
    _partitive_whole,
    antecedent,
    gloss_names_item,
    last_two_named,
    respective_pairs,
    with_shared_multiplier,
)
from core.extract.casualties import casualty_subtype, held_by_ukraine, put_at
from core.extract.casualty_cues import CIVILIAN
from core.extract.counted_items import (
    FIRED_JUST_BEFORE,
    OF_ONLY,
    OF_THEM,
    SUCH_AFTER,
    _subtype,
    fired_of_them,
    items_for,
)
from core.extract.launch_tests import is_test_launch
from core.extract.not_support import (
    WORK_CONTEXT,
    at_a_parade,
    killed_by_others,
    own_force_size,
    own_inventory,
    withdrawn,
    work_is_told,
)
from core.extract.nounphrase import PRONOUN_PARTITIVE, noun_phrase
from core.extract.numbers import Quantity
from core.extract.numerals import HEDGE_WORD
from core.extract.sentences import Sentence
from core.extract.support_verbs import NK_NAMED
from core.extract.tolls import (
    NK_DID,
    NK_SUPPLIES_BEFORE,
    befell,
    called_north_korean_whole,
    in_attack_tally,
    north_korean_toll_before,
    victims_named_after,
    victims_named_north_korean,
)
from core.extract.unrelated import is_unrelated
from core.lexicon import Lexicon, Term, TermMatch
from core.models import Category, Qualifier
from core.phrases import has_any

# a fact box's entry labelled with what befell the people it counts: '- Killed or wounded: over 5,000 (NIS)'
_CASUALTY_LABEL = re.compile(
    r"\W*(?:killed|dead|wounded|injured|casualties|losses|killed\s+(?:or|and)\s+wounded|dead\s+(?:or|and)\s+wounded)"
    rf"\s*:\s*(?:{HEDGE_WORD}\s+)?",
    re.IGNORECASE,
)
_KILLER_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures)"
    # ('killed or wounded 40'; not 'had been killed and another 3,600 wounded')
    r"(?:\s+(?:or|and)\s+(?:killed|wounded|injured|captured|maimed))?"
    rf"\s+(?:{HEDGE_WORD}\s+)?$"
)
_SUFFERED_BEFORE = re.compile(r"\b(?:lost|loses|lose|losing|suffered|suffers|sustained|casualties|losses)\b")
_SHOT_DOWN = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|neutrali[sz]ed|jammed|(?:locationally\s+)?lost\s+to\s+(?:jamming|electronic)"
    # (quoted, or suppressed: '27 were "lost" to electronic warfare', 'suppressed by electronic warfare')
    r"|locationally\s+lost|lost[\"”’']\s+to\s+(?:jamming|electronic)|suppressed\s+by\s+(?:jamming|electronic))\b"
)
# ... right after the drones counted: '61 decoy drones were locationally lost'
_SHOT_DOWN_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[\"“‘']?(?:shot|intercepted|downed|"
    r"neutrali[sz]ed|jammed|lost|suppressed)\b"
)
_SHOT_DOWN_BEFORE = re.compile(rf"\b(?:shot\s+down|intercepted|downed|neutrali[sz]ed)\s+(?:{HEDGE_WORD}\s+)?$")
# the losses counted within a tally of guns, launchers and vehicles seen at the front are no supply of their own
# ('Koksan SPG: 14 (of which destroyed: 6, damaged: 3)', 'claims of 50+ of them knocked out by HIMARS')
_MACHINES = frozenset({Category.ARTILLERY, Category.ROCKET_LAUNCHERS, Category.VEHICLES})
_LOSS_WORDS = ("destro", "damag", "knocked")
_LOSS_LABEL_BEFORE = re.compile(r"\b(?:destroyed|damaged|abandoned|captured)\s*:\s*$")
_KNOCKED_OUT_AFTER = re.compile(
    r"\+?\s+of\s+them\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:knocked\s+out|destroyed)\s+by\b"
)
# 'military' as a plural noun (translated copy): the verbs that may follow it. Anywhere in a sentence only the plural
# ones ('the North Korean military is adapting' is the institution); right after a number the singular ones too,
# as translated copy writes them ('14,000 military has served').
_MILITARY_PLURAL_VERBS = (
    r"of|from|in|were|are|have|remain(?:ed)?|stay(?:ed)?|serve[d]?|fight|fought|deployed|sent|dispatched|there"
)
_MILITARY_AS_NOUN = re.compile(
    r"\s+(?:(?:more|additional|extra|further)\s+)?(?:(?:north\s+korean|dprk|korean)\s+)?(military)"
    rf"(?=\s+(?:{_MILITARY_PLURAL_VERBS}|had|has|was|is|remains|stays|serves|serving|fights|fighting|to|into|for|"
    r"who|and)\b|\s*[,.;])"
)
_NATIONAL_MILITARY = re.compile(
    rf"\b(?:north\s+korean|dprk)\s+(military)(?=\s+(?:{_MILITARY_PLURAL_VERBS})\b|\s*[,.;])"
)
_AT_A_PLANT = re.compile(
    r"\s+(?:who\s+(?:are|were)\s+)?(?:working|employed|assigned)\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:plants?|factor(?:y|ies)|production\s+(?:sites?|lines?)|assembly\s+lines?|shipyards?)\b"
)
_TRAVEL_STATISTICS = re.compile(
    r"\b(?:entered|entries|entry|arrivals|tourists?|students?|statistics|visitors?|border\s+crossings?)\b"
)
_YEAR_AS_MODIFIER = re.compile(
    r"(?:['’]s|\bthe"
    # 'at the beginning of 2024 North Korean missiles often missed': a time, not a count
    r"|\b(?:in|since|until|till|through|throughout|during|early|late|mid|mid-|"
    r"(?:beginning|start|end|middle|spring|summer|autumn|fall|winter|half|quarter)\s+of)"
    r"(?:\s+(?:early|late|mid))?)\s*$"
)
_KILLED_OR_WOUNDED = Term(Category.CASUALTIES, "killed_or_wounded", "troops")
# a total after tolls of two kinds ('killed and 2,700 wounded, a total of 3,000') sums them
_TOTAL_OF_TOLLS_BEFORE = re.compile(
    r"\b(?:(?:the|a|its)\s+total\s+(?:to|of|at)|in\s+total,?|totall?ing)\s+(?:[a-z]+\s+){0,2}$"
)
_TOLL_KINDS = frozenset(("killed", "wounded", "captured", "missing"))
# a bare figure the sentence calls a toll, whatever item the sentences before named
_CASUALTY_FIGURE = re.compile(r"\bcasualty\s+(?:figure|count|tally|estimate|total)s?\b")
# a strike on a place, whose bare toll is of civilians unless soldiers are named ('Three killed in overnight drone
# strike on Odesa', 'Two killed as Russian missiles hit Kyiv')
_STRIKE_ON_A_PLACE = re.compile(
    r"\b(?:strikes?|attacks?|shelling|bombardment|bombing)\s+(?:on|of|against)\s+(?!(?:their|its|the\s+enemy['’]s|"
    r"north\s+korean|russian)\b)|\b(?:missiles?|drones?|rockets?|shells?)\s+(?:hit|hits|struck|strike|slammed\s+into)\b"
)
_PART_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:them|those|these|whom)\b")
_SOLDIERS_NAMED = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|fighters?|personnel|military|army|units?|forces)\b")
_CIVILIAN_TOLL = re.compile(r"\b(?:civilians?|strikes?|shelling|attacks?|bombardment)\b")
# 'Kyiv's air force says': forces that speak are a source, not an item of the sentence.
_FORMER = re.compile(r"\b(?:former|retired|ex-)", re.IGNORECASE)
# People taken to or held by Ukraine are prisoners, not a deployment.
_WITH_CAPTORS = re.compile(
    r"\b(?:brought|delivered|taken|transferred|moved|flown|handed\s+over)\s+to\s+(?:kyiv|ukraine)\b"
    r"|\bin\s+(?:ukrainian\s+)?captivity\b|\bheld\s+(?:captive\s+)?by\s+(?:ukrain\w*|kyiv)\b"
)
_MILITARY_CONTEXT = re.compile(
    r"\b(?:troops?|soldiers?|rotations?|deploy\w*|contingents?|army|armies|front|combat|fight\w*|battles?|brigades?"
    r"|reinforcements?|military|units?|corps)\b"
)
# people counted as they are sent: '6 thousand persons additional dispatch', '500 men sent to Kursk' (not the
# 'workers dispatched' before a count of persons, whom the work words decide)
_PERSONS_SENT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:dispatch(?:ed)?|sent|deployed|transferred|moved|redeployed|relocated)\b"
)
# men of a North Korean force, named after them: '120 men from a North Korean assault battalion', '300 men of the
# DPRK's 11th Corps' (not 'men' alone, whom a strike on a city may have killed)
_MEN_OF_NK_FORCE = re.compile(
    r"\s+(?:from|of)\s+(?:an?\s+|the\s+|one\s+|its\s+)?(?:north\s+korean?|n\.\s*korean|dprk|pyongyang)(?:['’]s)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:units?|battalions?|brigades?|regiments?|divisions?|corps|companies|company|platoons?|"
    r"forces?|troops|army|contingent|detachments?)\b"
)
# ... what people are sent for, when it is work or something no army does
_WORKERS_AFTER = re.compile(r"\b(?:workers|labou?rers|earn\w*|logging|textile|factor(?:y|ies)|plants?|sites?)\b")
_CIVIL_PURPOSE = re.compile(
    r"\b(?:stud(?:y|ies|ying|ents?)|universit(?:y|ies)|tours?|touris\w*|treatment|hospitals?|medical|athletes?|"
    r"games|delegations?|talks|embassy|diplomat\w*|festival|exchanges?|home|visit\w*)\b"
)
# ... or after a sending verb: 'has sent an additional 3,000 people to Russia', 'dispatched some 1,000 more people'
_SENT_BEFORE_PERSONS = re.compile(
    r"\b(?:sen[dt]|sending|sends|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|transferr?(?:s|ed|ing)?)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# people brought in, who are workers only where the sentence speaks of work ('plans to bring 12,000 citizens of the
# DPRK to the Alabuga special economic zone'; not 'plans to bring up to 12,000 people')
_BROUGHT_BEFORE_PERSONS = re.compile(r"\b(?:bring|brings|brought)\s+(?:in\s+)?(?:[\w-]+\s+){0,3}$")
_NK_NATIONALS = re.compile(r"\b(?:of|from)\s+(?:north\s+korea|the\s+dprk|dprk|pyongyang)\b")


# Construction workers listed beside sappers are a military dispatch of builders, the figure the builders are given
# elsewhere ('5,000 construction workers and 1,000 sappers being sent to Kursk', '1,000 deminers and 5,000
# construction workers'; not '2,000 construction workers and 500 factory workers')
_SAPPERS = r"(?:sappers|deminers|(?:military|combat)\s+engineers)"
_LISTED_WITH = r"(?:\s+and|,?\s+(?:along\s+with|plus|as\s+well\s+as))\s+"  # (not a clause's ', and')
_SAPPERS_LISTED_AFTER = re.compile(
    rf"{_LISTED_WITH}(?:(?:{HEDGE_WORD}|some|about)\s+)?[\d][\d,.]*\s+(?:[\w-]+\s+)?{_SAPPERS}\b"
)
_SAPPERS_LISTED_BEFORE = re.compile(rf"\b{_SAPPERS}{_LISTED_WITH}(?:(?:{HEDGE_WORD}|some|about)\s+)?$")
_CONSTRUCTION = re.compile(r"\bconstruction\s+workers?\b")
# (not where the sentence speaks of labour sent for civilian work: 'Labour exports continue: 20,000 construction
# workers and 300 military engineers went to Russia, most of them to Moscow building sites')
_CIVILIAN_LABOUR = re.compile(
    r"\blabou?r\s+(?:exports?|migrants?|migration|force)|\b(?:building|construction)\s+sites?\b|\bhousing\b|"
    r"\bfactor(?:y|ies)\b|\bcivilian\b"
)


def _builders_beside_sappers(text: str, begin: int, end: int, np_end: int) -> bool:
    """Whether a count of construction workers is listed with one of sappers or military engineers."""
    return bool(
        _CONSTRUCTION.search(text, end, np_end)
        and (
            _SAPPERS_LISTED_AFTER.match(text, np_end) or _SAPPERS_LISTED_BEFORE.search(text, max(0, begin - 40), begin)
        )
        and not _CIVILIAN_LABOUR.search(text)  # (the whole sentence, read last)
    )


_BODIES = re.compile(r"\b(?:bodies|corpses)\b")
# bodies that run something are agencies, not the dead ('the two North Korean bodies that oversee arms exports')
_AGENCY_BODIES_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:oversee|run|handle|manage|control|monitor|coordinate|regulate|deal|direct|supervise|"
    r"(?:are|were)\s+(?:responsible|in\s+charge))\w*\b|\s+(?:responsible\s+for|in\s+charge\s+of)\b"
)
# a rate in minutes or seconds is how fast a weapon fires, not anything supplied ('1-2 rounds per 5 minutes', 'two
# shells a minute'; not '3 million rounds every year')
_RATE_OF_FIRE_AFTER = re.compile(
    r"\s+(?:per|every|a|an|each)\s+(?:\d+\s+|few\s+)?(?:minutes?|seconds?)\b"
    # (not a distance told in minutes: "a minute's drive from the border", 'a few minutes from the front line')
    r"(?!['’]s|\s+(?:from|away|drive|walk|by)\b)"
)
# a count of Russia's missiles and North Korea's together, the air force's joint name for them ('11 Iskander-M and
# KN-23 ballistic missiles'): no count of North Korea's own
_MIXED_WITH_RUSSIAS = re.compile(
    r"\biskander\w*(?:-m)?\s*(?:/|,|\band\b|\bor\b)\s*(?:kn-?2[345])|\bkn-?2[345]\s*(?:/|\band\b|\bor\b)\s*iskander"
    # (not North Korea's own 'Iskander-like' or 'Iskander-type' missiles)
    r"(?![\w-]*[-\s](?:like|type|class|style)\b)"
)
# troops stationed in the South or Japan are America's garrisons, never North Korea's help to Russia
_STATIONED_IN_ALLIES_AFTER = re.compile(
    r"\s+(?:(?:stationed|based|deployed|posted)\s+)?(?:in|on)\s+(?:south\s+korea|japan|guam|okinawa)\b(?!['’]s)"
)
# ... but not North Korea's own sending, whoever counts it: 'North Korea deployed 1,500 soldiers in Japan's
# assessment', 'Pyongyang has sent about 3,000 more troops in South Korea's latest estimate'
_NK_SENDS_TROOPS_BEFORE = re.compile(
    NK_DID + r"(?:sent|deployed|dispatched|committed|transferred|sending|deploying|dispatching)\b[^.;]*$"
)


# a sentence that sets the figure before against an earlier one: 'That is up from ...', 'It was down from ...'
_UP_FROM_OPENING = re.compile(
    r"(?:that|this|it|the\s+(?:figure|number|estimate|total))\s+(?:is|was|marks|represents)\s+"
)
_RAISED_TO_BEFORE = re.compile(
    r"\b(?:raised|lifted|increased|revised|upped|lowered|cut)\s+(?:that|it|this|the\s+(?:figure|number|estimate|"
    rf"count|tally)|its\s+(?:estimate|figure|count|tally))\s+(?:up\s+|down\s+)?to\s+(?:{HEDGE_WORD}\s+)?$"
)
# ... or the figure before told as revised: 'suffered 1,100 casualties, a figure later revised to 3,000', 'a number
# since raised to about 14,000'
_REVISED_AFTER_IT = re.compile(
    r"\b(?:a|the|that|this|which|an)\s+(?:figure|number|estimate|count|tally|toll)\s+(?:(?:which|that)\s+"
    r"(?:was|has\s+been)\s+|(?:later|since|subsequently|then|now|was|has\s+been|had\s+been)\s+){0,2}"
    rf"(?:revised|raised|lowered|updated|upped)\s+(?:up\s+|down\s+|upwards?\s+|downwards?\s+)?to\s+(?:{HEDGE_WORD}\s+)?$"
)
# 'to 4,000 from 3,000', 'up from an earlier estimate of 3,000': the earlier figure of the item just counted
_FIGURE_NOUN = re.compile(r"\s+(?:figure|estimate|tally|count|number)\b")
_FROM_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|risen|fallen)?\s*from\s+(?:the\s+)?"
    r"(?:(?:an?|its|their)\s+)?(?:(?:earlier|previous|initial|prior|last)\s+(?:estimate|figure|count|tally)\s+of\s+)?$"
)
# people who are still where they were sent: 'while some 10,000 remain in Russia', 'the 9,000 still stationed there'
# the force a toll is part of, and how it came: 'among an estimated 13,000 dispatched', 'out of the 15,000 the North
# has sent', 'from a force of about 11,000 that Pyongyang sent'
_WHOLE_BEFORE = re.compile(
    r"\b(?:among|out\s+of|of|from\s+an?\s+(?:force|contingent|deployment|total)\s+of)\s+"
    rf"(?:(?:the|an?|its|their|some|all)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
# ... or named as the force itself, however it came: 'killed or wounded out of a force of about 15,000', 'from a
# contingent of 15,000', 'of a 12,000-strong deployment of some'
_FORCE_OF_BEFORE = re.compile(
    r"\b(?:out\s+of|from|of|among)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:force|contingent|deployment|expeditionary\s+force|corps)\s+of\s+"
    rf"(?:(?:some|an\s+estimated)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
# ... also where the figure names its people ('casualties from a corps of some 11,000 North Korean troops', 'killed
# out of a total of 11,000 troops deployed'): the force, not a toll
_FORCE_OR_TOTAL_OF_BEFORE = re.compile(
    r"\b(?:out\s+of|from|of|among)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:force|contingent|deployment|expeditionary\s+force|corps|total)\s+of\s+"
    rf"(?:(?:some|an\s+estimated)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
# ... or named before the toll, opening the sentence: 'Of a deployment of some 11,000, roughly 1,000 have been killed'
_FORCE_OF_OPENING = re.compile(
    r"^\W*(?:out\s+of|of|from|among)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:force|contingent|deployment|expeditionary\s+force|corps)\s+of\s+"
    rf"(?:(?:some|an\s+estimated)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
# a unit's size after a toll, which is neither a toll nor the force sent: 'two were captured out of a unit of 50',
# '30 were killed in one assault out of a battalion of about 200'
_UNIT_OF_BEFORE = re.compile(
    r"\b(?:out\s+of|from|among)\s+(?:the|an?|one|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unit|battalion|company|platoon|squad|detachment|assault\s+group|team|brigade|regiment)\s+of\s+"
    rf"(?:(?:some|an\s+estimated)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
_TOLL_WORD = re.compile(r"\b(?:killed|captured|wounded|injured|dead|died|casualties|taken\s+prisoner|missing)\b")
_SENT_AFTER_WHOLE = re.compile(
    r"\s+(?:(?:troops|soldiers|men|personnel)\s+)?(?:(?:that|which|who)\s+)?"
    r"(?:(?:north\s+korea|pyongyang|the\s+north|kim(?:\s+jong[\s-]un)?)\s+)?(?:(?:has|had|have)\s+)?(?:been\s+)?"
    r"(?:dispatched|sent|deployed)\b"
)
_STILL_THERE = re.compile(
    r"\s+(?:others\s+)?(?:(?:are|were|is)\s+)?(?:(?:still|now|currently)\s+)?(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+"
    r"(?:for\s+now\s+)?(?:(?:deployed|stationed|there|behind)\b|(?:in|at|on|near)\s+(?!_NOT_A_PLACE))"
    r"|\s+(?:others\s+)?(?:(?:are|were|is)\s+)?(?:still|now|currently)\s+(?:deployed|stationed|serving|fighting|there|"
    r"on\s+(?:guard|duty|the\s+front)|in\s+(?!_NOT_A_PLACE))"
    r"|\s+(?:others\s+)?stationed\b".replace(
        "_NOT_A_PLACE", r"(?:critical|serious|stable|hospitals?|captivity|ukrainian\s+captivity|a\s+coma|intensive)\b"
    )
)
# the size of a body of troops a toll spreads across, named right before its figure: 'spreading across the entire
# contingent, estimated at about 11,000', 'the force, numbering some 12,000' (a group's size is not its losses)
_FORCE_SIZE_BEFORE = re.compile(
    r"\b(?:contingent|force|forces|deployment|grouping|corps)\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:now\s+)?"
    r"(?:(?:estimated|believed|thought|reckoned|said)\s+(?:at|to\s+(?:be|number))|put\s+at|numbering|totall?ing|"
    r"(?:which|that)\s+(?:numbers|numbered|totals|totalled))\s+"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
# more people sent after a toll: 'were killed, and Pyongyang may send 6,000 more', 'will send another 6,000' (not
# 'sent 2,000 back home', the wounded)
_SENDS_BARE_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy|deploys|deploying|dispatch|dispatches|dispatching)\s+"
    rf"(?:(?:another|an?\s+additional|a\s+further)\s+)?(?:{HEDGE_WORD}\s+)?$"
)
_BACK_HOME_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:back|home)\b")
_SENT_WHOLE = re.compile(r"\b(?:dispatch|deployment|troops|soldiers|forces?|contingent|personnel)\b")
# voyages of the tankers that carry Russia's oil: 'tankers have traveled 43 times', 'made 43 round trips' (the
# tankers' own trips; a monitor's tally of 'visits', 'voyages' or 'port calls' by tankers counts ships, not the oil)
_TRIPS_AFTER = re.compile(r"\s+(?:round[\s-]+)?(?:trips|times)\b")
_TANKERS_NEAR = re.compile(r"\btankers\b")
# the strikes a supplier's missiles were fired in: 'fired North Korean missiles at Ukraine on at least 10 occasions'
_OCCASIONS_AFTER = re.compile(r"\s+(?:separate\s+|different\s+)?(?:occasions|instances|cases)\b")
_ON_OCCASIONS_BEFORE = re.compile(rf"\b(?:on|in)\s+(?:(?:{HEDGE_WORD}|no\s+fewer\s+than|not\s+less\s+than)\s+)?$")
_INTERCEPTED = re.compile(r"\b(?:shot\s+down|intercept\w*|downed)\b")
_OCCASIONS_OF = re.compile(r"\s+\w+\s+\w+\s+of\b|\s+\w+\s+of\b")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:while|whereas)\b")
# ... or before them: '10 cases, as of late March, of Russia firing North Korean missiles', '10 times Russia has struck
# Ukraine with North Korean missiles'
_CASES_WORDS = ("cases", "times", "occasions", "instances", "separate")
_FIRING_CASES_AFTER = re.compile(
    r"\s+(?:separate\s+)?(?:cases|times|occasions|instances)\b(?:\s*,[^,;]{1,30},)?\s+(?:of\s+)?"
    r"(?:(?:russia|moscow|russian\s+(?:forces|troops))\s+)(?:(?:has|have|had)\s+)?"
    r"(?:fir(?:ing|ed)|hitting|hit|strik(?:ing)|struck|us(?:ing|ed)|launch(?:ing|ed)|attack(?:ing|ed))\b"
)
# ... not cases of attacks with the missiles and another weapon ('with North Korean missiles and Iranian drones')
_WEAPONS = frozenset(
    {Category.MISSILES, Category.DRONES, Category.AMMUNITION, Category.ARTILLERY, Category.ROCKET_LAUNCHERS}
)
_JOINED = re.compile(r"\b(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with)\b")
_JOINED_AFTER = re.compile(r"\s*,?\s+(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with)\s+")
_FIRED_BEFORE = re.compile(r"\b(?:fired|launched|used|struck|hit|firing|launching|using)\b")
# the same count of another item: 'and as many 240mm launchers', 'and the same number of launchers'
_AS_MANY_AFTER = re.compile(
    r"\s*,?\s+(?:and|plus)\s+(?:as\s+many|the\s+same\s+number\s+of|(?P<about>(?:(?:roughly|about|around|"
    r"approximately|nearly)\s+)the\s+same\s+number\s+of|an?\s+(?:similar|comparable)\s+number\s+of))\s+"
)  # ('... and roughly the same number of 240mm rocket launchers', '... and a similar number of': about as many)
# the UN committee's tally of every supplier's notifications: 'notified deliveries for 2024 totalled 168,679 barrels'
_NOTIFIED_TOTAL = re.compile(r"\bnotified\s+(?:\d{4}\s+)?(?:exports|deliveries|shipments|supplies|imports)\b")
_RUSSIA_NAMED = re.compile(r"\b(?:russia|moscow|the\s+kremlin)\b")
# what is left of some of the missiles fired: 'studied the debris of 21 of them', 'the wreckage of 21 out of the 50'
# (not 'debris from about 20 missiles fired at Kyiv': the only count of those fired)
_WRECKAGE_BEFORE = re.compile(r"\b(?:debris|wreckage|fragments|remnants)\s+(?:of|from)\s+(?:the\s+)?$")
_PART_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\b")
# a country's holdings: 'North Korea has 18 MiG-29s' (not 'has sent', nor 'has 18 more to send')
_HOLDS_BEFORE = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north)\s+(?:still\s+|now\s+|only\s+)?"
    r"(?:has|possesses|owns|operates|fields|maintains)\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+|roughly\s+)?$"
)
# ... unless what it has went to Russia or came from it: 'has 11,000 troops in Russia', '20 Pantsirs supplied by Russia'
_IN_RUSSIA_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:in|to|at)\s+(?:russia|kursk|the\s+kursk|the\s+front)\b|(?:supplied|delivered|provided|sent|"
    r"given|transferred|received|bought)\b|from\s+(?:russia|moscow)\b)"
)
# where people counted are, in their own clause (not past another figure: 'has a standing army of 1.2 million troops
# and sent 11,000 of them to Russia')
_PLACED_IN_RUSSIA_AFTER = re.compile(
    r"(?:(?!\band\b|\bbut\b|\d)[^.;,]){0,40}?\b(?:(?:in|inside|at|to)\s+(?:russia|kursk|the\s+kursk|the\s+front)\b|"
    r"(?:sent|dispatched|deployed|transferred)\b)"
)
_RATE_AFTER = re.compile(
    r"(?:(?!\band\b|\d)[^.;,]){0,40}?\b(?:(?:a|per|each|every)\s+(?:day|week|month)|daily|weekly|monthly)\b"
)
_PAST_WAR = re.compile(r"\b19[0-9]{2}(?:\s*[-–]\s*(?:19)?[0-9]{2})?\s+war\b|\bkorean\s+war\b|\bworld\s+war\b")
# the size of each group the figure counts: 'attacking in waves of 20 to 30 men', 'each battalion of 500'
_GROUP_SIZE_BEFORE = re.compile(
    rf"\b(?:(?:waves?|groups?|units?|batches|teams?|squads?|platoons?)\s+of|(?:each|per|every)\s+[a-z]+(?:\s+of)?)\s+"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
_NORTHS_OWN_AFTER = re.compile(
    # (past the list's later items: '18 MiG-29s and 34 Su-25s in the North's air force')
    r"(?:(?:\s*,)?\s+(?:and\s+)?[\d,]+\s+[\w-]+){0,3}\s+(?:in|of)\s+(?:the\s+north['’]s|north\s+korea['’]s|pyongyang['’]s|the\s+dprk['’]s)\s+(?:own\s+)?"
    r"(?:air\s+force|fleet|inventory|arsenal|army|navy|stockpiles?)\b"
)
_DEFECTED_AFTER = re.compile(r"\s+(?:have\s+|had\s+|has\s+)?(?:since\s+)?(?:resettled|defected)\b")
# a figure in the clause of an 'if' that supposes a supply: 'If Kim sends another 30,000', 'if North Korea were to
# send 100,000 troops' (not 'could send 30,000 if Russia asks', where the figure is before the 'if')
_IF_CLAUSE_BEFORE = re.compile(
    r"(?:^|[,;:(—–\"“]\s*|\b(?:and|but|that)\s+)(?:even\s+)?if\s+[^,;:.!?\"”()—–]{0,50}?\b(?:sends?|sent|were\s+to\s+send|"
    r"deploys?|deployed|supplies|supplied|ships?|shipped|dispatch(?:es|ed)?|provides?|provided)\s+[^,;:.!?\"”()—–]*$"
)
# ... or in a question's: 'It is unclear if North Korea shipped 6 million shells', 'Asked whether Pyongyang had sent
# 5,000 more troops' (not a figure it takes as told: 'unclear whether North Korea has sent more since the 11,000 of
# last year', 'unclear whether the 11,000 troops sent have fought')
_QUESTION_CLAUSE_BEFORE = re.compile(
    r"\b(?:unclear|uncertain|unsure|unknown|not\s+(?:yet\s+)?(?:clear|known|certain)|asked|asking|asks?|"
    r"wonder(?:s|ed|ing)?|question(?:ed|s)?|doubt(?:s|ed|ful)?)\s+(?:about\s+|of\s+|as\s+to\s+)?(?:if|whether)\s+"
    # (its reach ends at a clause of fact: 'asked whether the world would act now that North Korea has sent 12,000',
    # 'not clear whether it will send more after it sent 11,000')
    r"(?:(?!\b(?:now\s+that|after|since|because|given\s+that|once)\b)[^,;:.!?\"”()—–]){0,50}?\b(?:sends?|sent|deploys?|deployed|supplies|supplied|ships?|shipped|dispatch(?:es|ed)?|"
    r"provides?|provided|delivers?|delivered|transferred|transfers?|has\s+given|had\s+given|gave)"
    r"(?:\s+(?!since\b|than\b|after\b|before\b|beyond\b|besides\b)[\w'’-]+){0,4}?\s+$"
)
# a ship's size: 'two destroyers of 5,000 tons', 'a submarine displacing 8,700 tonnes'
_TONNAGE_AFTER = re.compile(r"[\s-]*(?:tons?|tonnes?)\b(?!\s+of\b)")
_VESSEL_OF_BEFORE = re.compile(
    r"\b(?:destroyers?|frigates?|submarines?|ships?|vessels?|warships?|corvettes?|boats?|cruisers?|carriers?)\s+"
    rf"(?:of|displacing|with\s+a\s+displacement\s+of)\s+(?:{HEDGE_WORD}\s+)?$"
)
# a maker's output, the verb right before the figure: 'turns out about 2,700 drones a month', 'churning out 250,000
# shells' (not 'it turns out 3,000 had been sent')
# ... what the 'if' grants, told after the figure: ', as planned', 'as Seoul claims', ', as the NIS says'
_GRANTED_AFTER = re.compile(
    r"[^,;:.!?()]{0,40}?,?\s+as\s+(?:planned|expected|promised|agreed|reported|claimed|estimated|(?:[\w'’-]+\s+){1,4}?"
    r"(?:says?|said|claims?|claimed|reports?|reported|estimates?|estimated|believes?|believed|alleges?|alleged|"
    r"insists?|maintains?|contends?))\b"
)
_TURNS_OUT_BEFORE = re.compile(
    rf"(?<!\bit\s)(?<!\bthat\s)\b(?:turns?|turning|churns?|churned|churning)\s+out\s+(?:{HEDGE_WORD}\s+)?$"
)
# ... or named as one: 'a hub for drone output of about 5,500 Geran drones a year', 'a production capacity of 6,000'
_OUTPUT_OF_BEFORE = re.compile(
    rf"\b(?:output|production|capacity|manufacture|manufacturing)\s+of\s+(?:(?:{HEDGE_WORD}|up\s+to)\s+)?$"
)
# a force's size told as its predicate: 'the first North Korean contingent was 12,000-strong', 'the North Korean
# force sent to Kursk was about 11,000 strong' (not an army's: 'its army is 1.2 million strong')
_STRONG_AFTER = re.compile(r"[\s-]strong\b")
_JOINT_BEFORE = re.compile(r".*\b(?:and|russian|ukrainian)\b")
# ... and right before the North Korean words: 'the combined Russian-North Korean force', 'the joint Russian and North
# Korean force'
_JOINT_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:joint|combined|mixed|allied)\s+|\b(?:russian|russia|ukrainian)\s*(?:-|–|/|\band\s)\s*)$"
)
_SENT_FORCE = re.compile(
    r"\b(?:expeditionary|sent|deployed|dispatched|first|second|third|(?:in|to)\s+(?:russia|kursk|the\s+kursk))\b"
)
_FORCE_WAS_BEFORE = re.compile(
    r"\b(?:(?:the\s+(?:[\w-]+\s+)?)?(?P<nk>north\s+korean|north\s+korea['’]s|dprk|pyongyang['’]s|korean)|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>contingent|force|deployment|detachment|group|units?)\s+(?:[\w,-]+\s+){0,6}?"
    rf"(?:was|is|were|are|stood|stands|became|numbered)\s+(?:(?:already|now|initially|originally)\s+)?"
    rf"(?:{HEDGE_WORD}\s+)?$"
)
# ... or as an aside right after the force: 'a second wave of North Korean soldiers, perhaps 4,000 strong, arrived'
_FORCE_ASIDE_BEFORE = re.compile(
    r"(?:\b(?:north\s+korean|dprk)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|contingent|force|forces|units?)|"
    # ... or a wave of troops, sent by its own words: 'has sent a third batch of troops, some 1,500 strong'
    r"\b(?:second|third|fourth|fifth|fresh|new|another|next|latest)\s+(?P<wave>batch|wave|rotation|contingent)\s+of\s+(?:north\s+korean\s+|dprk\s+)?(?:soldiers|troops|forces)"
    # ... or the contingent alone, and past where it went: 'has sent a fresh wave of soldiers to Russia, some 3,000
    # strong', 'sent a fresh contingent to Kursk, 3,000 strong'
    r"|\b(?:second|third|fourth|fifth|fresh|new|another|next|latest)\s+(?P<alone>contingent))"
    r"(?:\s+(?:to|in|into|for)\s+(?:the\s+)?(?:russia|kursk|ukraine|front)(?:['’]s\s+kursk)?"
    r"(?:\s+(?:region|oblast|front(?:\s+line)?|border))?)?\s*,\s*"
    rf"(?:(?:perhaps|possibly|maybe|{HEDGE_WORD})\s+)?$"
)
# ... of a force named as sent, in its own words ('North Korean expeditionary forces, ...') or in what it does before
# naming anything else ('..., arrived in Russia', '..., have been in Kursk since October', '..., were pulled back from
# the line'): not an army's size ('North Korean special forces, some 200,000 strong, are among the largest in the
# world'), nor one compared with the force sent ('North Korean forces, about 1.2 million strong, dwarf the contingent
# sent to Russia')
_DEPLOYED_CUE = re.compile(
    r"\b(?:expeditionary|sent|deployed|dispatched|arriv(?:ed|ing|es?)|reached|landed|crossed|fought|fighting|fights?|"
    r"battl(?:ed|ing|es?)|joined|pulled\s+back|withdr[ae]wn?|rotated|(?:in|into|to|from)\s+(?:russia|kursk|ukraine))\b"
)
# ... or in a predicate that ranks its arrival: 'were the first to arrive', 'are among the last to be deployed'
_FIRST_TO_ARRIVE = re.compile(
    r"\s*(?:were|was|are|is|had\s+been|have\s+been)\s+(?:among\s+)?the\s+(?:first|last|latest)\s+(?:[\w-]+\s+){0,2}?to\s+"
    r"(?:arrive|deploy|reach|cross|enter|be\s+(?:sent|deployed|dispatched|flown))\b"
)
_STRONG_PREDICATE_STOP = re.compile(r"[,.;:]|\b(?:the|a|an|than|those|its|their|any|as)\b")
_UNDER_ARMS_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}\s+under\s+arms\b")
_ANSWER_OPENING = 24  # an answer's figure stands near its start: 'About 12,000', 'It's around 100 so far'
_TURN_LABEL = re.compile(r"[\w .'’-]{1,40}:\s")  # ... after the label of the turn: 'President Volodymyr Zelensky: '


# 'pieces', 'units', 'systems': a count of weapons whatever the word ('HUR counts about 150 systems' after launchers)
_WEAPON_COUNTS = frozenset(("pieces", "units", "systems"))


def _deployed_aside(text: str, aside: re.Match[str], figure_end: int) -> bool:
    """Whether the force an 'N strong' aside sizes is one sent: a deployment word in its own words, or in its
    predicate after the aside before the predicate names anything else."""
    if aside["wave"] or aside["alone"] or _DEPLOYED_CUE.search(aside.group(0)):
        return True
    comma = text.find(",", figure_end)
    if comma < 0:
        return False
    if _FIRST_TO_ARRIVE.match(text, comma + 1):
        return True  # 'North Korean special forces, some 3,000 strong, were the first to arrive'
    stop = _STRONG_PREDICATE_STOP.search(text, comma + 1)
    return _DEPLOYED_CUE.search(text, comma + 1, stop.start() if stop else len(text)) is not None


def _same_kind_of_count(item_unit: str | None, measure_unit: str | None) -> bool:
    return item_unit == measure_unit or (item_unit in _WEAPON_COUNTS and measure_unit in _WEAPON_COUNTS)


_ANSWER_ENDS = re.compile(r"\s*(?:[.,;!]|$)")  # a word number that is the whole answer: 'Two.', 'Two, he said'


def _answer_opening(text: str) -> int:
    label = _TURN_LABEL.match(text)
    return _ANSWER_OPENING + (label.end() if label else 0)


_OF_ITS_OWN_AFTER = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:soldiers|troops|servicemen|service\s+members|men|personnel|fighters|marines)\b"
)
_TOLL = re.compile(r"\b(?:toll|casualties|losses|deaths|dead)\b")  # a death toll, casualties, losses
# the losses of Russia's (or Ukraine's) own army: the daily tally Ukrainian pages print
_OTHERS_LOSSES = re.compile(
    r"\b(?:russia['’]s|russian|the\s+enemy['’]s|enemy|occupiers['’]?|the\s+occupiers['’]|ukraine['’]s|ukrainian)\s+"
    r"(?:own\s+)?(?:(?:combat|total|overall|daily|personnel|military)\s+){0,2}losses\b"
    # ('the total combat losses of the Russian army')
    r"|\blosses\s+of\s+the\s+(?:russian|ukrainian|enemy)\s+(?:army|forces|military|troops)\b"
)


_LINE_OPENING = 4  # a figure opening a line, after a bullet at most
_GLOSS_DASH = re.compile(r"\s*(?:[—–:]|--?)\s+")
# ... a gloss names what is counted, not a time, nor tells a story ('1 — North Korean troops were first spotted')
_NOT_A_GLOSS = re.compile(rf"{GLOSS_UNITS}|[^.;()]*?{GLOSS_VERB}")
_CIVILIANS = re.compile(rf"\s+(?:[\w-]+\s+)?{CIVILIAN}\b")
_CIVILIAN_TOLL_BEFORE = re.compile(
    rf"\b{CIVILIAN}\s+(?:(?:have|had|has)\s+been\s+|were\s+|was\s+)?(?:killed|injured|wounded|hurt|dead)\s*"
    r"(?:,|and|,\s+and)\s+(?:another|a\s+further|further)?\s*$"
)
# ... whose figures follow a colon or a word of amount ('Russia's losses over the past day amounted to 1,210
# personnel'), not a reason ('To make up for Russia's losses, Moscow has received 11,000 troops')
_TALLY_GIVEN = re.compile(
    r":|\b(?:amount(?:ed|s)?\s+to|reached|reach(?:es)?|include[sd]?|including|stood\s+at|stands?\s+at|"
    r"exceed(?:s|ed)?\b|top(?:s|ped)?\b|"
    r"total(?:l?ed|s)?|(?:are|were|was|is)\s+(?:estimated\s+at\s+)?(?=[\d~]|about|around|some|over|more)|"
    # ('have passed 60,000', whose verb is the figure's hedge)
    r"(?:have|has|had)\s+(?:now\s+|already\s+)?(?:(?:passed|exceeded|surpassed|topped|reached|risen\s+to)\b|$))"
)
# ... or a bare past verb whose subject is the losses themselves ("Russia's own losses in the war passed 840,000
# killed and wounded"; not 'losses forced it to rely on reinforcements whose number passed 12,000')
_TALLY_PASSED_RIGHT_AFTER = re.compile(
    r"\s+(?:(?!(?:whose|which|who|that|as|to)\b)[\w-]+\s+){0,3}?(?:passed|surpassed|climbed\s+to|rose\s+to|hit)\b"
)
_SMALL_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand"
_ANOTHER_CLAUSE = re.compile(r";|\b(?:said|says|adding|while|and|but|whereas)\b")
# a ratio ('one death for every seven wounded', 'for every 100 soldiers sent'; not 'payment for every soldier')
_RATIO = re.compile(
    rf"(?:\b(?:{_SMALL_WORDS}|a|\d[\d,.]*)\s+(?:[\w-]+\s+)?)?for\s+every\s+(?:{_SMALL_WORDS}|\d[\d,.]*)\b(?!\s+of\b)"
    r"(?:\s+[\w-]+)?"
)
# the UN's cap on North Korea's oil ('allows North Korea to buy only 500,000 barrels', '500,000 barrels a year allowed
# under UN sanctions'), near its barrels
_CAP_BEFORE = re.compile(
    r"\b(?:allows?|permits?|allowed|permitted)\s+(?:north\s+korea|pyongyang|the\s+north)\s+to\s+(?:buy|import|receive|"
    r"obtain)\s+(?:only\s+|up\s+to\s+|no\s+more\s+than\s+)?$"
    # ... what all suppliers may ship ('member states may ship no more than 500,000 barrels', 'countries may send the
    # North no more than ...'; not 'Russia may send North Korea up to 300,000 barrels'), or a cap's own line ('UN annual
    # cap: 500,000 barrels'; not 'Russia exceeded the ceiling: 1 million barrels were shipped')
    r"|\b(?:states|countries|nations|suppliers|exporters)\s+(?:may|can)\s+(?:only\s+)?(?:ship|send|sell|supply|export|"
    r"deliver|provide)\s+(?:(?:the\s+north|north\s+korea|pyongyang)\s+)?(?:(?:no\s+more\s+than|at\s+most|up\s+to)\s+)?$"
    r"|^\s*(?:[•*|-]\s*)?(?:the\s+)?(?:(?:un|u\.n\.|un['’]s|annual|yearly|oil|import|sanctions|refined|petroleum|fuel)"
    r"\s+){0,3}(?:cap|ceiling|quota)\s*:\s*$"
)
_CAP_AFTER = re.compile(
    r"\s+barrels\b(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2})?(?:\s+(?:a|per)\s+year)?\s+(?:(?:allowed|permitted)\s+(?:under|by)\b|"
    r"(?:north\s+korea|pyongyang|the\s+north)\s+(?:is|was)\s+(?:allowed|permitted)\b)"
)
_LOSS_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:\w+\s+){0,2}$")
# a figure left open right after 'whether': 'declined to say whether 10,000 troops had reached the front', 'it is
# unclear if some 2,000 more will follow' (asks, asserts nothing; not 'whether the 10,000 troops sent', told before)
_OPEN_WHETHER_BEFORE = re.compile(
    r"\b(?:(?:declin\w*|refus\w*|unwilling|unable)\s+to\s+(?:say|confirm|disclose|specify|tell)|"
    r"(?:not|n['’]t|never)\s+(?:yet\s+)?(?:say|said|confirm(?:ed)?|disclose[sd]?|specif(?:y|ied))|"
    r"unclear|not\s+(?:yet\s+)?(?:clear|known)|unknown|uncertain|asked|wonder\w*)\s+(?:whether|if)\s+$"
)
# North Korea the subject, then 'it' (or its army) the loser in what it says or denies
_NK_SAYS_IT_LOST = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north|dprk)(?:['’]s\s+[\w-]+(?:\s+ministry)?)?\s+"
    r"(?:(?!russia|moscow|ukrain|kyiv|the\s+kremlin)[\w-]+\s+){1,5}?"
    r"(?:that\s+)?(?:it|its\s+(?:army|military|forces|troops|soldiers))\s+(?:(?:has|had|have)\s+)?"
    r"(?:lost|lose|loses|losing)\s+(?:\w+\s+){0,2}$"
)
# 'Nearly half of the 11,000 troops ... were killed': what befell a share says nothing of the whole it is part of.
# '..., out of the roughly 11,000 that Pyongyang sent': the whole of a part counted before it
_OUT_OF_BEFORE = re.compile(rf"\bout\s+of\s+(?:(?:the|its|their|all|an?)\s+)?(?:{HEDGE_WORD}\s+)?$")
_SHARE_OF_BEFORE = re.compile(
    r"\b(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|\d+\s*(?:%|percent|per\s+cent)|most|many|majority|"
    r"(?:a\s+)?fraction|part|share|dozens|hundreds|thousands|(?:one|two|three|four|five|six|seven|eight|nine|[0-9]+)\s+(?:in|out\s+of)\s+(?:every\s+)?\w+)"
    r"\s+of\s+(?:the|its|their|those|these|north\s+korea['’]s|pyongyang['’]s|the\s+north['’]s)\s+$"
)
# 'Five North Korean soldiers were among some 40 people killed': the 40 are a whole the five are part of, and
# what befell the whole befell them.
_AMONG_WHOLE = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:also\s+|reportedly\s+|said\s+to\s+be\s+)?among\s+"
    r"(?:the\s+)?"
)
# ... North Korea's when what follows its noun says so: 'troops North Korea sent', 'soldiers from North Korea'
_NK_AFTER_WHOLE = re.compile(
    r"\s+(?:from\s+|that\s+|which\s+|whom\s+)?(?:north\s+korea|pyongyang|the\s+north\b|the\s+dprk|dprk)"
)
# the killing that follows a strike on North Koreans: 'drones hit a North Korean column, killing 60 soldiers'
_STRUCK_NORTH_KOREANS_BEFORE = re.compile(
    r"\b(?:hit|struck|attacked|ambushed|shelled|targeted|strikes?\s+on|attacks?\s+on)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:north\s+korean|dprk)\s+(?:[\w-]+\s+)?"
    r"(?:column|convoy|units?|platoon|company|positions?|troops|soldiers|forces|infantry|squad|group|battalion|"
    r"assault|trenches|trench|dugouts?|reinforcements|regiments?|brigades?|divisions?|camps?|marines|headquarters|"
    r"bases?|servicemen|fighters|personnel)\b[^.;,]{0,40}?,?\s+(?:killing|wounding|injuring|"
    r"eliminating|neutrali[sz]ing)\s+(?:[\w-]+\s+)?$"
)
_OF_NORTH_KOREA_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:north\s+korea(?!n)|dprk|pyongyang\b|kpa\b)")
_LIST_TAIL = re.compile(rf"(?:,\s*and|,\s*or|,)\s*(?:{HEDGE_WORD}\s+)?$")
# Formations counted, not people: 'two brigades of troops' says troops were sent but not how many.
_FORMATION = re.compile(r"(?:brigade|battalion|regiment|division|platoon|squad|company|companies)s?\b")
_PRODUCTION_LINES = re.compile(r"\s+(?:new\s+)?(?:drone\s+)?(?:production|assembly|manufacturing)\s+lines?\b")
_CONVEYANCE = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:trains?|wagons?|railcars?|rail\s+cars?|ships?|vessels?|voyages?|shipments?|flights?|"
    r"convoys?|consignments?|cargoes|cargos|truckloads?|trainloads?|shiploads?|crates?|boxes|pallets?)\s+"
    r"(?:of|carrying|loaded\s+with|laden\s+with|with|full\s+of)\b"
)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|,?\s*plus|,?\s*as\s+well\s+as)\s*")


@dataclass(frozen=True)
class Figure:
    """A number read as a count of one item, ready for the claim builder."""

    quantity: Quantity
    category: Category
    subtype: str
    unit: str | None
    np_end: int  # end of the item's noun phrase in the sentence
    inherited: bool  # the item came from earlier in the sentence, not from the words after the number
    weakly_anchored: bool  # the sentence never names North Korea; an earlier one does
    # a whole army's size ('numbers 1.2 million'): no claim, but the whole the figures after it count parts of
    whole_army: bool = False


def read_figures(
    sentence: Sentence,
    quantities: list[Quantity],
    lexicon: Lexicon,
    terms: list[TermMatch],
    cues: list[tuple[int, int]],
    previous_mentions_nk: Callable[[], bool],
    previous_item: Callable[[], Term | None],
    answers_how_many: bool = False,
    pronoun_is_nk: Callable[[], bool] = lambda: False,
    previous_items: Callable[[], list[Term]] = list,
    previous_figure: Callable[[], Term | None] = lambda: None,
) -> list[Figure]:
    """The counts in one sentence that are North Korea-Russia support figures. `terms` (item nouns) and
    `cues` (holding/rate words) are the sentence's, with positions relative to the sentence. `answers_how_many`:
    the sentence answers a question before it ('How many soldiers ...?' 'About 12,000, most near Kursk.');
    `pronoun_is_nk`: an 'It' or 'They' opening the sentence is North Korea (the sentence before has it as subject);
    `previous_items`: the items the sentence before names, for '120 of each' with none named before it here."""
    text, cased = sentence.low, sentence.text
    figures: list[Figure] = []
    counted = [q for q in quantities if not q.vague and q.value != 0]  # (a lone '0' is a page's counter, no count)
    if "military" in text:  # 'the number of North Korean military ... is about 15,000': a plural noun, an item
        taken = {t.start for t in terms}
        found = [m for m in _NATIONAL_MILITARY.finditer(text) if m.start(1) not in taken]
        terms = sorted([*terms, *(TermMatch(TROOPS, m.start(1), m.end(1), "military") for m in found)],
                       key=lambda t: t.start)  # fmt: skip
    previous_np_end, previous_unrelated, rejected_before = 0, False, False
    among_whole: Quantity | None = None
    respective = respective_pairs(text, counted)
    paired: list[Term] = []
    for i, q in enumerate(counted):
        begin = q.begin
        # List items share their verb: 'possesses 18 MiG-29s, 34 Su-25s'.
        list_item = (
            i > 0
            and (
                _LIST_JOIN.fullmatch(text, previous_np_end, begin) is not None
                or _LIST_TAIL.search(text, counted[i - 1].end, begin) is not None
            )
            and not _NORTH_KOREAN_PART_AFTER.match(text, q.end)  # ('the attack involved 40 missiles, 12 of them made in
            # North Korea': North Korea's part of an attack's tally, a figure of its own)
        )
        nxt = counted[i + 1] if i + 1 < len(counted) else None
        partitive_whole = _partitive_whole(text, q, nxt)
        noun_from = (partitive_whole or q).end
        if (
            begin <= _LINE_OPENING
            and not q.year_like
            and (q.value or 0) > 1
            and (gloss := _GLOSS_DASH.match(text, noun_from))
            and (not _NOT_A_GLOSS.match(text, gloss.end()) or gloss_names_item(text, gloss.end(), terms))
        ):
            # a fact box's line: '3,000 — additional North Korean troops sent (NIS)', 'About 12,000: troops North
            # Korea has decided to send'
            noun_from = gloss.end()
        np_start, np_end, np_terms, has_unknown_noun = noun_phrase(text, noun_from, terms)
        if (
            not np_terms
            and not has_unknown_noun
            and not q.year_like
            and nxt is not None
            and not nxt.year_like
            and _SHARED_NOUN_JOIN.fullmatch(text, q.end, nxt.begin)
        ):
            # '11,000 and 3,000 troops', '241,114 and 277,365 barrels': the noun after the second counts the first
            _, shared_end, shared_terms, shared_unknown = noun_phrase(text, nxt.end, terms)
            shared_q = with_shared_multiplier(text, q, nxt)
            if shared_terms and not shared_unknown and shared_q is not None:
                np_end, np_terms, q = shared_end, shared_terms, shared_q
        if not np_terms and (military := _MILITARY_AS_NOUN.match(text, q.end)):
            # 'around 12,000 military of the DPRK were deployed' (translated copy): 'military' as a plural noun
            np_start, np_end = military.start(1), military.end(1)
            np_terms, has_unknown_noun = [TermMatch(TROOPS, np_start, np_end, "military")], False
        if q.start in respective and respective[q.start][0] == 0:
            # the items counted before the pair (not its own first number), else the two it names before it ('put the
            # number of Koksan guns and launchers at about 200 and 150, respectively')
            paired = _last_two_items(figures) or last_two_named(terms, q.begin)
        if q.start in respective and len(paired) == 2:
            # (only after two items counted: 'troops and workers number 14,000 and 15,000 respectively' names them)
            np_start = np_end = q.end  # ('140 respectively': the adverb is no noun)
            np_terms, has_unknown_noun = [], False
            pair_place, pair_first = respective[q.start]
            if pair_place and q.qualifier is Qualifier.EXACT and pair_first.qualifier is not Qualifier.EXACT:
                q = replace(q, qualifier=pair_first.qualifier)
        previous_np_end = max(np_end, q.end)
        is_among_whole, among_whole = q is among_whole, None
        if np_terms and nxt is not None and _AMONG_WHOLE.fullmatch(text, np_end, nxt.begin):
            among_whole = nxt
        elif is_among_whole and not (NK_OWN_WORDS.search(text, q.end, np_end) or _NK_AFTER_WHOLE.match(text, np_end)):
            previous_unrelated = False
            continue  # 'among some 40 people killed': the toll of all, not North Korea's
        if (
            (line := _PRODUCTION_LINES.match(text, q.end))
            and any(t.term.category is Category.DRONES for t in terms)
            and lexicon.nk_re.search(text)
        ):
            # 'helped North Korea set up two production lines for drones': drone know-how counted in lines
            figures.append(Figure(q, Category.DRONES, "drone production lines", None, line.end(), False, False))
            previous_unrelated = False
            continue
        if np_terms and _CONVEYANCE.match(text, np_start):
            has_unknown_noun = True  # '50 trains of ammunition' counts trains, whose load is not given
        elif np_terms and _FORMATION.match(text, np_start) and np_terms[-1].term.category is Category.TROOPS:
            q = Quantity(q.start, q.end, None, vague=True)  # the people are asserted, their number is not given
            has_unknown_noun = False
        if q.year_like and _YEAR_AS_MODIFIER.search(text, max(0, q.begin - 24), q.begin):
            continue  # "Moscow's 2023 supply of fuel": a year
        if (
            "notified" in text
            and (notified := _NOTIFIED_TOTAL.search(text, 0, begin))
            and not _RUSSIA_NAMED.search(text, max(0, notified.start() - 24), max(np_end, q.end) + 30)
        ):
            continue  # the notified total of all suppliers (China's among them), not Russia's own supply
        if _WRECKAGE_BEFORE.search(text, max(0, begin - 30), begin) and _PART_OF_AFTER.match(text, q.end):
            continue  # the wreckage of fired missiles examined: a count of debris, not of the supply
        if np_terms and _NORTHS_OWN_AFTER.match(text, np_end):
            continue  # '18 MiG-29s in the North's air force': what North Korea holds, no one's supply
        if np_terms and _DEFECTED_AFTER.match(text, np_end):
            continue  # '31,000 North Koreans have resettled in the South': defectors, no one sent
        if _UNDER_ARMS_AFTER.match(text, q.end):
            continue  # 'it has more than 1 million under arms': a force's own size, no one's support
        if (
            "ton" in text
            and _TONNAGE_AFTER.match(text, q.end)
            and _VESSEL_OF_BEFORE.search(text, max(0, begin - 40), begin)
        ):
            continue  # 'two destroyers of 5,000 tons': a ship's displacement, not a count of anything supplied
        if " out " in text and _TURNS_OUT_BEFORE.search(text, max(0, begin - 40), begin):
            continue  # 'the plant turns out about 2,700 Geran-2 drones a month': production, not supply
        if " of " in text and _OUTPUT_OF_BEFORE.search(text, max(0, begin - 40), begin):
            continue  # 'a hub for drone output of about 5,500 Geran drones a year': production, not supply
        if (
            "if " in text
            and (supposed := _IF_CLAUSE_BEFORE.search(text, max(0, begin - 60), begin))
            # (not granted: 'if North Korea has indeed sent 12,000 troops as Seoul claims', 'even if it supplied 5
            # million shells last year, as the NIS says', 'if it sent another 6,000 engineers, as planned')
            and "indeed" not in supposed.group()
            and not _GRANTED_AFTER.match(text, q.end)
        ):
            continue  # 'If Kim sends another 30,000, it changes the calculus': a supposition, not a claim
        if ("whether" in text or "if " in text) and _QUESTION_CLAUSE_BEFORE.search(text, max(0, begin - 90), begin):
            continue  # 'It is unclear if North Korea shipped 6 million shells': a question, not a claim
        if (
            has_unknown_noun
            and _FIGURE_NOUN.match(text, q.end)
            and _FROM_BEFORE.search(text, max(0, begin - 60), begin)
        ):
            np_start = np_end = q.end  # 'up from the 3,000 figure given in January': the earlier figure itself
            np_terms, has_unknown_noun = [], False
        if (
            has_unknown_noun
            and "tanker" in text
            and _TRIPS_AFTER.match(text, q.end)
            and _TANKERS_NEAR.search(text, max(0, begin - 80), min(len(text), q.end + 60))
            and (lexicon.nk_re.search(text) or previous_mentions_nk())
        ):
            # 'North Korean tankers have made 43 trips to Vostochny': the oil they carry, counted in voyages
            figures.append(Figure(q, Category.OTHER, "fuel", None, np_end, False, False))
            previous_unrelated = False
            continue
        if (
            has_unknown_noun
            and _OCCASIONS_AFTER.match(text, q.end)
            and _ON_OCCASIONS_BEFORE.search(text, max(0, q.start - 30), q.start)
            and (verb := _FIRED_BEFORE.search(text, 0, begin))
            and not _INTERCEPTED.search(text)
            and (
                fired := [
                    t
                    for t in terms
                    if verb.end() <= t.start and t.end <= begin and t.term.category is Category.MISSILES
                ]
            )
            and lexicon.nk_re.search(text)
            # (in the missiles' own clause, and no other thing's cases: 'and Ukraine recorded 300 cases of drone
            # strikes')
            and not _CLAUSE_BREAK.search(text, fired[-1].end, begin)
            and not any(fired[-1].end < t.start < begin for t in terms)  # ('hit by Iranian drones on 200 occasions')
            and not _OCCASIONS_OF.match(text, q.end)
        ):
            # 'Russia has fired North Korean missiles at Ukraine on at least 10 occasions': the missiles, counted
            # by the strikes they were fired in
            term = fired[-1].term
            figures.append(Figure(q, term.category, term.subtype, term.unit, np_end, True, False))
            previous_unrelated = False
            continue
        if (
            # (the cases' noun right after the number: not 'Russian troops' the pattern names counted)
            text.startswith(_CASES_WORDS, q.end + 1)  # (a cheap look first)
            and (cases := _FIRING_CASES_AFTER.match(text, q.end))
            and not _INTERCEPTED.search(text)
            and (fired := [t for t in terms if t.start >= cases.end() and t.term.category is Category.MISSILES])
            and not _CLAUSE_BREAK.search(text, cases.end(), fired[0].start)
            and NK_OWN_WORDS.search(text, cases.end(), fired[0].end)
            and not _with_other_weapons(text, terms, fired[0], lexicon)
        ):
            # 'counted at least 10 cases of Russia firing North Korean missiles at Ukraine', 'At least 10 times Russia
            # has struck Ukraine with North Korean missiles': the missiles, counted by the strikes they were fired in
            term = fired[0].term
            figures.append(Figure(q, term.category, term.subtype, term.unit, np_end, True, False))
            previous_unrelated = False
            continue
        if (
            has_unknown_noun
            and "strong" in text
            and _STRONG_AFTER.match(text, q.end)
            and (force := _FORCE_WAS_BEFORE.search(text, max(0, begin - 90), begin))
            and not _JOINT_BEFORE.match(text, force.start(), force.end("noun"))
            and not _JOINT_RIGHT_BEFORE.search(text, max(0, force.start() - 30), force.start())
            # (a force sent, not one at home: 'North Korea's special forces corps is 200,000-strong')
            and (force["noun"] in ("contingent", "deployment", "detachment") or _SENT_FORCE.search(force.group()))
            and (
                force["nk"]
                # ('The first contingent was 12,000-strong', in a story on North Korea's)
                or (force["noun"] == "contingent" and (lexicon.nk_re.search(text) or previous_mentions_nk()))
            )
        ):
            # 'The first North Korean contingent was 12,000-strong': the force's size, its troops
            figures.append(Figure(q, Category.TROOPS, "troops", "troops", np_end, False, False))
            previous_unrelated = False
            continue
        if (
            has_unknown_noun
            and "strong" in text
            and _STRONG_AFTER.match(text, q.end)
            and (aside := _FORCE_ASIDE_BEFORE.search(text, max(0, begin - 60), begin))
            and not _JOINT_RIGHT_BEFORE.search(text, max(0, aside.start() - 30), aside.start())
            and _deployed_aside(text, aside, q.end)
        ):
            # 'North Korean soldiers, perhaps 4,000 strong, arrived in Russia': the force's size, its troops
            figures.append(Figure(q, Category.TROOPS, "troops", "troops", np_end, False, False))
            previous_unrelated = False
            continue
        if has_unknown_noun and SUCH_AFTER.match(text, q.end):
            has_unknown_noun = False  # 'another 50 such weapons': more of the item named before
        if has_unknown_noun:  # 'Nine more countries', '63 days': a noun we do not track
            previous_unrelated = False
            # ('24 people have been killed and another 115 injured': the bare toll after is of the same people)
            rejected_before = rejected_before or _CIVILIANS.match(text, q.end) is not None
            continue
        floor = counted[i - 1].end if i else 0
        personnel = any(t.term.category in PERSONNEL for t in np_terms)
        unrelated = (list_item and previous_unrelated) or (
            is_unrelated(text, q, floor, cues)
            and not (personnel and held_by_ukraine(text[max(0, begin - 80) : begin]))
            # people placed in Russia are sent, whatever they do there or who keeps them there: 'keeps about 11,000
            # soldiers in Kursk', '2,000 troops are building defensive lines in Kursk'
            and not (
                personnel
                and _PLACED_IN_RUSSIA_AFTER.match(text, np_end)
                and not _GROUP_SIZE_BEFORE.search(text, max(0, begin - 30), begin)  # ('in waves of 20 men in Kursk')
                and not _RATE_AFTER.match(text, np_end)  # ('losing about 100 soldiers a day in Kursk': a rate)
            )
        )  # (Ukraine 'holds' prisoners, no holdings; not so shells it holds)
        if (
            not unrelated
            and "losses" in text
            and (tally := _OTHERS_LOSSES.search(text, 0, begin))
            # (up to the digits: the tally's verb may be the figure's hedge, 'exceed 50,000'; not past another clause
            # or voice: 'Russia's daily losses top 1,000, and Kyiv says a further 3,000 soldiers have come')
            and (_TALLY_GIVEN.search(text, tally.end(), q.start) or _TALLY_PASSED_RIGHT_AFTER.match(text, tally.end()))
            and not _ANOTHER_CLAUSE.search(text, tally.end(), q.start)
            and not lexicon.nk_re.search(text, tally.end(), max(np_end, q.end) + 1)
        ):
            unrelated = True  # "Russia's losses over the past day: 1,210 personnel, 7 tanks": another army's own tally
        if not unrelated and "for every" in text and any(m.start() <= q.start < m.end() for m in _RATIO.finditer(text)):
            unrelated = True  # 'one death for every seven wounded': a ratio counts no one
        if (
            not unrelated
            and "barrel" in text
            and (_CAP_BEFORE.search(text, max(0, begin - 60), begin) or _CAP_AFTER.match(text, q.end))
        ):
            unrelated = True  # the UN's cap, no delivery
        if not unrelated and "whether" in text and _OPEN_WHETHER_BEFORE.search(text, max(0, begin - 60), begin):
            unrelated = True  # 'declined to say whether 10,000 troops had reached the front': asked, not told
        if not unrelated and _LOSS_BEFORE.search(text, max(0, begin - 20), begin):
            # 'Ukraine said it lost 12 soldiers', 'the enemy lost'; 'It has lost 4,000 soldiers' after North Korea
            actor = actor_before(text, begin)
            unrelated = actor != "nk" and not (
                actor is None
                and (
                    (PRONOUN_SUBJECT.match(text) and pronoun_is_nk())
                    # ('North Korea denied reports that it had lost 4,000 soldiers': its own losses, told back)
                    or _NK_SAYS_IT_LOST.search(text, max(0, begin - 120), begin)
                )
            )
        if (
            not unrelated
            and np_terms
            and not any(t.term.category in PERSONNEL for t in np_terms)  # ('has 11,000 troops in Russia': sent)
            and _HOLDS_BEFORE.search(text, max(0, begin - 40), begin)
            and not _IN_RUSSIA_AFTER.match(text, np_end)
        ):
            unrelated = True  # 'North Korea has 18 MiG-29s and 34 Su-25s': what it holds, no one's supply
        if not unrelated and _OF_ITS_OWN_AFTER.match(text, q.end) and owner_before(text, begin) not in (None, "nk"):
            unrelated = True  # 'Ukraine said 500 of its soldiers were wounded': another army's own men
        previous_unrelated = unrelated
        rejected_before = rejected_before or unrelated
        if unrelated:
            continue
        # The predicate runs to the next real figure ('in two rotations' does not end it).
        later = [
            c for c in counted[i + 1 :] if c not in (partitive_whole, among_whole) and not c.weak and not c.year_like
        ]
        limit = later[0].start if later else len(text)
        # (not a whole the figure before is 'among': what befell the whole is its own)
        is_whole_of_partitive = (
            (i > 0 and _partitive_whole(text, counted[i - 1], q) is q)
            or bool(_SHARE_OF_BEFORE.search(text, max(0, begin - 40), begin))
            or bool(_OUT_OF_BEFORE.search(text, max(0, begin - 40), begin))
        )
        casualty = (
            None
            if is_whole_of_partitive
            else casualty_subtype(text, q, np_start, np_end, text[np_end:limit][:160], lexicon)
        )
        items = items_for(text, q, np_terms, has_unknown_noun, terms, previous_items)
        if (
            not np_terms
            and items
            and items[0][1]
            and items[0][0].category not in PERSONNEL
            and not casualty
            and _TOLL.search(text, 0, max((t.start for t in terms if t.end <= begin), default=0))
        ):
            # 'the death toll from a North Korean missile strike on Kyiv has risen to 12': the toll's figure, of
            # no one the beat counts; the item before it only says what caused it
            previous_unrelated = True
            continue
        # a small word number is bare only right after what befell the people counted ('and captured two')
        weak = (
            q.weak
            and not befell(text, begin, q.end)
            and not fired_of_them(text, q)
            # (nor the answer itself, a word number alone: 'How many? Two, according to the air force.')
            and not (answers_how_many and i == 0 and begin <= _answer_opening(text) and _ANSWER_ENDS.match(text, q.end))
        )
        bare = not np_terms and not has_unknown_noun and not weak and not q.year_like
        if (
            (casualty or (items and items[0][0].category is Category.CASUALTIES))
            and all(t.term.category is Category.CASUALTIES for t in np_terms)  # (no people named: 'Three killed')
            and _STRIKE_ON_A_PLACE.search(text)
            and not _SOLDIERS_NAMED.search(text)
            # (not where North Korea is named: 'drones hit a North Korean position in Kursk, killing 30', 'North
            # Korean casualties from drone strikes on Kursk', nor a part of a toll before: 'Of those, 1,000 died')
            and not lexicon.nk_re.search(text)
            and not _PART_OF_THOSE.search(text)
        ):
            continue  # 'Three killed in overnight drone strike on Odesa': a strike's toll, of civilians
        if bare and _UNIT_OF_BEFORE.search(text, max(0, begin - 50), begin) and _TOLL_WORD.search(text, 0, begin):
            continue  # 'captured out of a unit of 50': the unit's size, no toll and no force the beat counts
        if (
            not bare
            and casualty
            and np_terms
            and all(t.term.category is Category.TROOPS for t in np_terms)
            and _FORCE_OR_TOTAL_OF_BEFORE.search(text, max(0, begin - 50), begin)
        ):
            casualty = None  # 'casualties from a corps of some 11,000 North Korean troops': the force's size
        if (
            bare
            and not casualty
            and not items
            and _FORCE_OF_OPENING.search(text, 0, begin)
            and text.startswith(",", q.end)
        ):
            items = [(TROOPS, True)]  # 'Of a deployment of some 11,000, roughly 1,000 have been killed'
        elif (
            bare
            and (casualty or (items and items[0][0].category is Category.CASUALTIES))
            and _STILL_THERE.match(text, q.end)
        ):
            casualty, items = None, [(TROOPS, True)]  # 'died, ... while some 10,000 remain in Russia': the living
        elif (
            bare
            and (casualty or (items and items[0][0].category is Category.CASUALTIES))
            and (
                _FORCE_SIZE_BEFORE.search(text, max(0, begin - 60), begin)
                or (
                    _SENDS_BARE_BEFORE.search(text, max(0, begin - 40), begin)
                    and not _BACK_HOME_AFTER.match(text, q.end)
                )
            )
        ):
            # 'casualties spreading across the contingent, estimated at about 11,000', 'killed, and Pyongyang may
            # send 6,000 more': the force's size, more people sent, not a toll
            casualty, items = None, [(TROOPS, True)]
        elif (
            bare
            and (casualty or (items and items[0][0].category is Category.CASUALTIES))
            and (
                (_WHOLE_BEFORE.search(text, max(0, begin - 40), begin) and _SENT_AFTER_WHOLE.match(text, q.end))
                or _FORCE_OF_BEFORE.search(text, max(0, begin - 50), begin)
            )
        ):
            # 'killed, out of some 15,000 dispatched to Russia', 'from a force of about 11,000 that Pyongyang sent':
            # the force the toll befell, counted
            casualty, items = None, [(TROOPS, True)]
        elif bare and not casualty and (what := put_at(text[max(0, begin - 160) : begin])) and _SENT_WHOLE.search(what):
            items = [(TROOPS, True)]  # 'put North Korea's total dispatch at around 15,000
        elif bare and casualty and not any(t.category in (Category.TROOPS, Category.CASUALTIES) for t, _ in items):
            items = [(Term(Category.CASUALTIES, casualty, "troops"), True)]
        elif (
            bare
            and not items
            and i == 0
            and answers_how_many
            and begin <= _answer_opening(text)
            and (asked := previous_item())
        ):
            items = [(asked, True)]  # the item the question asked about
        elif bare and not items and figures and _next_of_measured_pair(text, figures[-1], terms, q):
            last = figures[-1]  # '241,114 barrels in 2018 and 277,365 in 2019': the same measure of the same item
            items = [(Term(last.category, last.subtype, last.unit), True)]
        elif bare and not items and (earlier := antecedent(text, q, previous_item)):
            if (
                earlier.category is not Category.CASUALTIES
                and _CASUALTY_FIGURE.search(text)
                and not _CIVILIAN_TOLL.search(text)
            ):
                earlier = _KILLED_OR_WOUNDED  # 'the estimate of about 4,000 as the latest casualty figure'
            items = [(earlier, True)]
        elif not items and np_terms and all(t.term.is_measure for t in np_terms):
            # '15,279 barrels for January' after a sentence about refined petroleum: the measure's item before
            earlier = previous_item()
            if earlier is not None and _same_kind_of_count(earlier.unit, np_terms[-1].term.unit):
                items = [(earlier, True)]
        elif (
            bare
            and items
            and items[0][1]
            and figures
            and not casualty
            and not is_whole_of_partitive  # ('4,000 killed or wounded, out of the 11,000 sent': the sent)
            and not _noun_just_before(terms, begin)
        ):
            last = figures[-1]  # 'About 1,000 workers ... at the drone plant, and another 2,000'
            items = [(Term(last.category, last.subtype, last.unit), True)]
        if (
            bare
            and items
            and items[0][0].category is Category.CASUALTIES
            and " total" in text[max(0, begin - 40) : begin]
            and _TOTAL_OF_TOLLS_BEFORE.search(text, max(0, begin - 40), begin)
            and len({f.subtype for f in figures if f.category is Category.CASUALTIES} & _TOLL_KINDS) > 1
        ):
            # 'wounded and about 300 killed, bringing the total to 2,300', 'a total of 3,000': the sum of the kinds
            items, casualty = [(_KILLED_OR_WOUNDED, True)], "killed_or_wounded"
        in_pair = respective[q.start][0] if q.start in respective else None
        if bare and in_pair is not None and len(paired) == 2:
            items = [(paired[in_pair], True)]  # the first number counts the first item, the second the other
            # ('sent 11,000 troops and lost 4,000 killed or wounded, up from 3,000 and 1,000 respectively')
            casualty = paired[in_pair].subtype if paired[in_pair].category is Category.CASUALTIES else None
        elif (
            bare
            and figures
            and (
                _FROM_BEFORE.search(text, max(0, begin - 60), begin)
                # ('suffered 1,100 casualties, a figure later revised to 3,000': the figure before, revised)
                or (" to " in text and _REVISED_AFTER_IT.search(text, max(0, begin - 60), begin))
            )
        ):
            last = figures[-1]  # 'raised its estimate to 4,000 from 3,000': the earlier figure of the same item
            items = [(Term(last.category, last.subtype, last.unit), True)]
            casualty = casualty or (last.subtype if last.category is Category.CASUALTIES else None)
        elif (
            bare
            and not figures
            and (
                (_UP_FROM_OPENING.match(text) and _FROM_BEFORE.search(text, max(0, begin - 60), begin))
                or _RAISED_TO_BEFORE.search(text, max(0, begin - 60), begin)
            )
            and (earlier := previous_figure()) is not None
        ):
            # 'That is up from the roughly 160 that the JCS cited in January.', 'the Pentagon raised that to about
            # 10,000': the item a sentence just before claimed
            items = [(earlier, True)]
            casualty = casualty or (earlier.subtype if earlier.category is Category.CASUALTIES else None)
        if (
            bare
            and casualty is None
            and items
            and items[0][0].category is Category.CASUALTIES
            and ANAPHORA.search(text, max(0, begin - 40), begin)
        ):
            casualty = items[0][0].subtype  # 'Ukraine puts the number at 4,000': the toll named before
        if _CIVILIAN_TOLL_BEFORE.search(text, max(0, begin - 80), begin) and not NK_OWN_WORDS.search(
            text, q.end, np_end + 1
        ):
            continue  # '24 people have been killed and another 115 injured': the same people
        if (
            bare
            and rejected_before
            and not PRONOUN_PARTITIVE.match(text[q.end :])
            and not RU_HANDS_OVER.search(text, max(0, begin - 60), begin)
            # (not a clause of North Korea's own after it: '..., while North Korea's casualties have reached 4,000')
            and not (i and lexicon.nk_re.search(text, counted[i - 1].end, begin))
        ):
            continue  # 'forces number about 1.3 million ..., and Moscow wants to expand that to 1.5 million'
        kept = 0
        for term, inherited in items:
            figure = _figure(text, q, term, inherited, casualty, np_terms, np_end, lexicon, previous_mentions_nk, cased)
            if figure is not None:
                figures.append(figure)
                kept += 1
        previous_unrelated = bool(items) and not kept  # list items share the fate of the one before
        if kept and (many := _AS_MANY_AFTER.match(text, np_end)):
            # '120 Koksan guns and as many 240mm rocket launchers': the same count of the second item
            _, many_end, many_terms, unknown = noun_phrase(text, many.end(), terms)
            heads = [t for t in many_terms if not t.term.is_measure]
            if heads and not unknown and heads[-1].term.category is not figures[-1].category:
                told = replace(q, qualifier=Qualifier.APPROX) if many["about"] else q
                second = _figure(
                    text, told, heads[-1].term, False, None, many_terms, many_end, lexicon, previous_mentions_nk, cased
                )
                if second is not None:
                    # (before the first: a bare figure after them goes on counting the item the figure named)
                    figures.insert(len(figures) - 1, second)
    vague = [q for q in quantities if q.vague]
    figures += _vague_figures(text, vague, terms, cues, lexicon, previous_mentions_nk, cased)
    return [f for f in figures if not f.whole_army]


# the second of two measured figures, each with its own time, its measure left out: '241,114 barrels in 2018 and
# 277,365 in 2019', '44,655 barrels for January and 10,666 for February' (not '1 million barrels and 43 voyages')
_MEASURED_PAIR_JOIN = re.compile(
    rf"\s+(?:in|for|during)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,?\s+(?:and|plus)\s+(?:{HEDGE_WORD}\s+)?"
)
_TIME_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:\d{4}|[a-z]+\s+\d{4}|"
    rf"{MONTH_NAMES}|(?:first|second)\s+half|q[1-4])\b"
)


def _next_of_measured_pair(text: str, last: Figure, terms: list[TermMatch], q: Quantity) -> bool:
    """Whether a bare number is the second of a pair whose first is counted in a measure, each with its time."""
    measured = any(t.term.is_measure and last.quantity.end <= t.start < last.np_end for t in terms)
    return bool(
        measured and _MEASURED_PAIR_JOIN.fullmatch(text, last.np_end, q.begin) and _TIME_AFTER.match(text, q.end)
    )


_SHARED_NOUN_JOIN = re.compile(r"\s+and\s+")


def _last_two_items(figures: list[Figure]) -> list[Term]:
    """The last two different items the sentence counted, in their order: what a 'respectively' pair maps onto."""
    items: list[Term] = []
    for figure in reversed(figures):
        term = Term(figure.category, figure.subtype, figure.unit)
        if all(t.category is not term.category or t.subtype != term.subtype for t in items):
            items.insert(0, term)
        if len(items) == 2:
            break
    return items


def _with_other_weapons(text: str, terms: list[TermMatch], fired: TermMatch, lexicon: Lexicon) -> bool:
    """Whether the missiles fired are joined by 'and', 'or' or 'as well as' to another weapon, or to missiles of
    another country ('with North Korean missiles and Iranian drones', 'Iranian drones or North Korean missiles'):
    the cases are attacks with both, no count of the missiles."""
    if (joined := _JOINED_AFTER.match(text, fired.end)) and lexicon.other_nationality_re.match(text, joined.end()):
        return True  # '... with North Korean missiles and Russian Iskanders'
    for other in terms:
        if other is fired or other.term.category not in _WEAPONS:
            continue
        low, high = (fired.end, other.start) if other.start >= fired.end else (other.end, fired.start)
        if not 0 <= high - low <= 40 or not _JOINED.search(text, low, high) or _CLAUSE_BREAK.search(text, low, high):
            continue
        if other.term.category is not Category.MISSILES or lexicon.other_nationality_re.search(text, low, high):
            return True
    return False


def _vague_figures(
    text: str,
    vague: list[Quantity],
    terms: list[TermMatch],
    cues: list[tuple[int, int]],
    lexicon: Lexicon,
    previous_mentions_nk: Callable[[], bool],
    cased: str,
) -> list[Figure]:
    """'hundreds of thousands of rounds', 'a substantial amount of ammunition': an item without a value;
    'dozens of soldiers were killed' counts casualties, as a number would."""
    figures = []
    for q in vague:
        np_start, np_end, np_terms, _ = noun_phrase(text, q.end, terms)
        items = [t.term for t in np_terms if not t.term.is_measure]
        if not items or is_unrelated(text, q, 0, cues):
            continue
        casualty = casualty_subtype(text, q, np_start, np_end, text[np_end:][:160], lexicon)
        item = items[-1]
        named = [t for t in np_terms if not t.term.is_measure]
        if (
            len(named) > 1
            and named[0].term.category is Category.AMMUNITION
            and item.category is Category.ARTILLERY
            and OF_ONLY.fullmatch(text, named[0].end, named[1].start)
        ):
            item = named[0].term  # 'millions of rounds of artillery' are rounds: what the artillery fires
        figure = _figure(text, q, item, False, casualty, np_terms, np_end, lexicon, previous_mentions_nk, cased)
        if figure is not None:
            figures.append(figure)
    return figures


def _noun_just_before(terms: list[TermMatch], begin: int) -> bool:
    """'a contingent of 11,000': an item noun a few characters before a bare figure names it."""
    return any(not t.term.is_measure and 0 <= begin - t.end <= 12 for t in terms)


# What one container holds: 'a container can hold 400 to 500 shells', 'each 20-foot container carries about 300'
_ONE_CONTAINER_HOLDS = re.compile(
    rf"\b(?:a|an|each|one|every|per|single|standard)\s+(?:[\w-]+\s+){{0,2}}?(?:shipping\s+)?container\s+"
    rf"(?:(?:can|could|would|may|might|will)\s+)?(?:typically\s+|usually\s+)?"
    rf"(?:hold|holds|carry|carries|contain|contains|fit|fits|take|takes|accommodate|accommodates)\s+"
    rf"(?:up\s+to\s+|{HEDGE_WORD}\s+)?$"
)


def _figure(
    text: str,
    q: Quantity,
    term: Term,
    inherited: bool,
    casualty: str | None,
    np_terms: list[TermMatch],
    np_end: int,
    lexicon: Lexicon,
    previous_mentions_nk: Callable[[], bool],
    cased: str = "",
) -> Figure | None:
    """The figure a number makes with one item, or None when it is not North Korea-Russia support."""
    category, subtype, unit = term.category, term.subtype, term.unit
    if (
        subtype == "persons"
        and casualty
        and np_terms
        and not NK_OWN_WORDS.search(text, q.end, np_end)
        and not _MEN_OF_NK_FORCE.match(text, np_end)
        and actor_before(text, q.begin) != "nk"
        and not north_korean_toll_before(text, q.begin)
    ):
        return None  # '12 people were injured when a North Korean missile hit Kyiv': civilians
    if subtype == "persons" and not casualty:
        if work_is_told(text, q.begin, np_end) and (
            _NK_NATIONALS.search(text, q.end, np_end + 30)
            or NK_OWN_WORDS.search(text, q.end, np_end)
            or _BROUGHT_BEFORE_PERSONS.search(text, max(0, q.begin - 40), q.begin)
        ):
            category, subtype, unit = Category.WORKERS, "workers", "workers"  # '1,000 citizens of North Korea working'
        elif _MILITARY_CONTEXT.search(text, max(0, q.begin - 60), np_end + 25):
            subtype = "troops"  # 'the contingent numbered about 3,000 people'
        elif _PERSONS_SENT.match(text, np_end) or _SENT_BEFORE_PERSONS.search(text, max(0, q.begin - 40), q.begin):
            # people sent ('has sent an additional 3,000 people to Russia', '6 thousand persons additional dispatch'):
            # workers where the words after say they work, no one the beat counts where they study, tour or talk
            purpose = text[np_end : np_end + 70]
            if WORK_CONTEXT.search(purpose) or _WORKERS_AFTER.search(purpose):
                category, subtype, unit = Category.WORKERS, "workers", "workers"
            elif _CIVIL_PURPOSE.search(purpose):
                return None
            else:
                subtype = "troops"
        else:
            # '2.6 million people'; 'About 140 people packed the hall to hear a former North Korean army officer':
            # the military words must be near the people counted
            return None
    if category is Category.TROOPS and _AT_A_PLANT.match(text, np_end):
        category, subtype, unit = Category.WORKERS, "workers", "workers"  # '12 engineers working at a drone plant'
    if category is Category.WORKERS and _builders_beside_sappers(text, q.begin, q.end, np_end):
        category, subtype, unit = TROOPS.category, "combat engineers", "troops"  # 'sappers and 5,000 builders'
    if subtype == "north koreans":  # the sentence says whether they work or fight
        if work_is_told(text, q.begin, np_end):
            category, subtype, unit = Category.WORKERS, "workers", "workers"
        elif _TRAVEL_STATISTICS.search(text) and not (_MILITARY_CONTEXT.search(text) or casualty):
            return None  # '13,000 North Koreans entered Russia': travellers, students, workers; the sentence says not
        else:
            subtype = "troops"
    if (
        category is Category.TROOPS
        and _STATIONED_IN_ALLIES_AFTER.match(text, np_end)
        and not NK_OWN_WORDS.search(text, q.end, np_end)
        and not _NK_SENDS_TROOPS_BEFORE.search(text, 0, q.begin)
    ):
        return None  # 'The U.S. has about 28,500 troops in South Korea': an ally's garrison
    if category is Category.TROOPS and casualty is None and withdrawn(text, q.begin, np_end):
        return None  # 'Roughly 1,500 of them were pulled back from the front line': a withdrawal, no deployment
    if (
        category is Category.CASUALTIES
        and _BODIES.search(text, q.end, np_end)
        and (not NK_OWN_WORDS.search(text, q.end, np_end) or _AGENCY_BODIES_AFTER.match(text, np_end))
    ):
        return None  # 'two UN bodies', 'two monitoring bodies': only 'North Korean bodies' count the dead
    if category is Category.AMMUNITION and _RATE_OF_FIRE_AFTER.match(text, np_end):
        return None  # 'about 1-2 rounds per 5 minutes': a gun's rate of fire, a specification
    if (
        category is Category.MISSILES
        and _MIXED_WITH_RUSSIAS.search(text, q.end, np_end)
        and not NK_SUPPLIES_BEFORE.search(text, 0, q.begin)  # ('North Korea has supplied 100 KN-23 and Iskander ...')
    ):
        return (
            None  # '11 Iskander-M and KN-23 ballistic missiles': Russia's and North Korea's together, no count of its
        )
    if category is not Category.CASUALTIES and own_inventory(text, q.begin, np_end):
        return None  # "North Korea's air force is believed to have about 810 combat aircraft": its own, kept at home
    if at_a_parade(text, q.begin, np_end):
        return None  # 'more than 10,000 troops ... are taking part in the march through Tiananmen Square': on show
    if category is Category.MISSILES and is_test_launch(text, q.begin):
        return None  # a launch into the sea is a test, not supply
    if category is Category.TECHNOLOGY_TRANSFER and "satellite" in text[q.end : np_end + 1]:
        return None  # 'plans to launch three more reconnaissance satellites': its own launches, no know-how counted
    if casualty and category in (Category.TROOPS, Category.CASUALTIES):
        category, subtype, unit = Category.CASUALTIES, casualty, "troops"
    elif (
        category is Category.CASUALTIES
        and casualty is None
        and subtype == "killed_or_wounded"
        and not np_terms
        and not ESTIMATED_BARE.search(text, max(0, q.begin - 30), q.begin)  # 'In March, Kyiv said about 4,000.'
        and not _CASUALTY_LABEL.fullmatch(text, 0, q.begin)  # a fact box's entry: '- Killed or wounded: over 5,000'
    ):
        return None  # a bare number after 'casualties' without a linking verb is not the casualty count
    if category is Category.CASUALTIES and q.weak and not np_terms and not befell(text, q.begin, q.end):
        return None  # a small bare number is a casualty count only right after what befell them ('captured two')
    if category is Category.TROOPS and _FORMER.search(text, q.end, np_end):
        return None  # 'two former Japan Ground Self-Defense Force officers': people who served once, not a force
    if category is Category.AMMUNITION and _ONE_CONTAINER_HOLDS.search(text, max(0, q.begin - 80), q.begin):
        return None  # 'a container can hold roughly 400 shells': what one holds, not what was sent
    if category is Category.TROOPS and _WITH_CAPTORS.search(text, np_end):
        return None  # 'two soldiers, although wounded, were brought to Kyiv': prisoners, counted as captured
    if (
        category in PERSONNEL
        and q.from_words
        and q.value == 1
        and (
            (q.qualifier is Qualifier.EXACT and not (category is Category.CASUALTIES and befell(text, q.begin, q.end)))
            # ('at least one North Korean soldier was captured' stays a toll)
            or (q.qualifier is Qualifier.AT_LEAST and category is not Category.CASUALTIES)
        )
    ):
        # 'One North Korean soldier shouted ...', 'at least one soldier had tried to detonate a grenade': an anecdote
        # about one person; not so 'killed one North Korean soldier', a casualty count
        return None
    begin = q.begin
    if (
        category is Category.CASUALTIES
        and _KILLER_VERB_BEFORE.search(text, max(0, begin - 40), begin)
        and not _SUFFERED_BEFORE.search(text, max(0, begin - 80), begin)
        and not NK_OWN_WORDS.search(text, q.end, np_end + 1)
        and not _OF_NORTH_KOREA_AFTER.search(text, q.end, np_end + 20)  # 'killed 22 soldiers of the DPRK'
        and not NK_SOURCE_AFTER.match(text[np_end:])  # 'killed 30 soldiers who appeared to be North Korean'
        and not (not np_terms and (victims_named_north_korean(text, begin) or victims_named_after(text, q.end)))
        and not _STRUCK_NORTH_KOREANS_BEFORE.search(text, max(0, begin - 100), begin)
        # ('we killed 30 of them' after North Korea's soldiers: the soldiers named before are the victims; not
        # 'North Korean troops surrounded Ukrainian marines and killed 40 of them')
        and not (inherited and PRONOUN_PARTITIVE.match(text[q.end :]) and killed_by_others(text, begin, lexicon))
    ):
        return None  # 'a North Korean missile killed 4 people': North Korea is the killer here
    if (
        category in (Category.MISSILES, Category.DRONES)
        and in_attack_tally(text, begin, np_end)
        and not NK_OWN_WORDS.search(text, q.end, np_end + 1)
        and not _MADE_IN_NORTH_KOREA_AFTER.match(text, np_end)
        and not called_north_korean_whole(text, np_end)
        and not PRONOUN_PARTITIVE.match(text[q.end :])  # ('fired 20 of them' after North Korea's missiles)
        # ('launched at least one of these missiles', 'used one such missile' after North Korea's missiles)
        and not FIRED_ITEMS_CALLED_BACK.match(text, q.end)
    ):
        return None  # 'the enemy launched 40 missiles, including 6 KN-23s, and 120 drones': an attack's tally
    if category is Category.CASUALTIES and _PAST_WAR.search(text) and not NK_NAMED.search(text):
        # 'the 1950-53 war left some 2.5 million dead': a war of the past's toll, where North Korea is not named (not
        # "North Korea's first war since the Korean War has cost it 4,000 casualties")
        return None
    anchored = anchor(text, q, np_end, category, lexicon, cased)
    if anchored is None or (anchored == "weak" and not previous_mentions_nk()):
        return None
    if (
        (anchored == "weak" or category is Category.DRONES)
        and _SHOT_DOWN.search(text, np_end)
        and (anchored == "weak" or _SHOT_DOWN_AFTER.match(text, np_end))
    ) or (
        _SHOT_DOWN_BEFORE.search(text, max(0, q.begin - 30), q.begin) and not NK_OWN_WORDS.search(text, q.end, np_end)
    ):
        return None  # 'It said 74 drones were shot down', 'Air defence shot down 94 drones': an attack repelled
    if (
        category in _MACHINES
        and has_any(text, _LOSS_WORDS)  # (a cheap look first)
        and (_LOSS_LABEL_BEFORE.search(text, max(0, q.begin - 20), q.begin) or _KNOCKED_OUT_AFTER.match(text, q.end))
    ):
        return None  # '(of which destroyed: 6, damaged: 3)': losses counted within a tally, no supply
    # 'North Korea, which has about 1.2 million troops, ...': its army, not a force sent
    whole_army = category is Category.TROOPS and own_force_size(text, q.begin, q.end, np_end)
    subtype = _subtype(text, q, np_end, subtype)
    if (
        category is Category.MISSILES
        and (OF_THEM.match(text, q.end) or FIRED_ITEMS_CALLED_BACK.match(text, q.end))
        and FIRED_JUST_BEFORE.search(text, max(0, q.begin - 30), q.begin)
    ):
        # 'Russia fired 20 of them', 'launched at least one of these missiles': the supplied missiles named before,
        # counted as fired (the supply itself stays an item of its own)
        subtype = "missiles fired"
    return Figure(q, category, subtype, unit, np_end, inherited, anchored == "weak", whole_army)


_MADE_IN_NORTH_KOREA_AFTER = re.compile(
    r"\s*,?\s*(?:(?:that\s+were\s+|which\s+were\s+)?(?:made|produced|manufactured|supplied|provided|received)\s+"
    r"(?:in|by)|from)\s+(?:north\s+korea|pyongyang|the\s+dprk|dprk)\b"
)
# (the part of a tally North Korea made, a figure of its own: '40 missiles, 12 of them made in North Korea')
_NORTH_KOREAN_PART_AFTER = re.compile(
    r"\s+of\s+them\s*,?\s*(?:(?:were|are)\s+)?(?:(?:made|produced|manufactured|supplied)\s+(?:in|by)\s+"
    r"(?:north\s+korea|pyongyang|the\s+dprk|dprk)\b|north\s+korean\b)"
)
