"""Items told as casualties, threats or the troops' own fighting: what befell them, civilians, what they face."""

from __future__ import annotations

import re

from core.extract.casualties import REPLACES
from core.extract.support_verbs import NK_WORD, NOT_FALLEN

# what troops face or lack, or the roles they take, is no item supplied
FACED_BEFORE = re.compile(
    r"\b(?:inexperience|experience|unfamiliarity|vulnerability|vulnerable|exposure|exposed|lack\s+of\s+training)\s+"
    r"(?:with|in|against|to)\s+(?:(?:ukrainian|enemy|modern|the|attack|kamikaze|fpv|and)\s+){0,3}$"
    r"|\b(?:against|from)\s+(?:ukrainian|enemy)\s+(?:[\w-]+\s+){0,1}$"
)
ROLE_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:roles?|units?\s+roles?)\b")
# Another side's own losses (support_verbs._LOSSES: North Korea's hidden): 'Russia had taken heavy losses',
# 'Ukrainian forces took heavy casualties', 'Moscow is hiding its losses' (not 'Moscow is hiding North Korean losses')
OF_WHOM_AFTER = re.compile(r"\s+(?:of|among)\b")
# ... or that go on to name North Koreans among them: 'Russia has taken heavy losses, including about 2,000 North
# Korean soldiers', '..., among them hundreds of North Koreans'
NK_AMONG_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?,?\s+(?:including|among\s+them|among\s+whom|of\s+whom|many\s+of\s+them)\s+"
    rf"(?:[^,.;:]|(?<=\d)[,.](?=\d)){{0,40}}?\b{NK_WORD}"
)
OTHER_SIDES_LOSSES_BEFORE = re.compile(
    # (the side as the subject: not 'troops sent to fight for Russia have sustained heavy losses', 'in Russia')
    r"(?<!\bfor\s)(?<!\bto\s)(?<!\bin\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bagainst\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\binside\s)(?<!\bwithin\s)(?<!\binto\s)"
    r"\b(?:russia|moscow|the\s+kremlin|kremlin|ukraine|kyiv|(?:russian|ukrainian)\s+(?:forces|troops|units|army|"
    r"military|soldiers|side))\s+(?:(?:had|has|have|is|are|was|were|also|already|reportedly|itself)\s+){0,2}"
    r"(?:taken|took|taking|takes|suffered|suffering|suffers|sustained|sustaining|incurred|hiding|hides|hid|hidden|"
    r"concealing|conceals|concealed|covering\s+up|covered\s+up)\s+(?:(?:heavy|huge|severe|significant|serious|"
    r"considerable|substantial|massive|mounting|high|its|their|own|the)\s+){0,3}$"
)
# the people a strike kills or wounds, no one the beat counts (figures.py reads them too)
CIVILIAN = r"(?:civilians?|residents?|people|persons|children|women|villagers|passengers)"
CIVILIANS_BEFORE = re.compile(rf"\b{CIVILIAN}\b[^.;,]*$")
# ... or after: 'North Korean missiles killed 14 civilians and injured more than 70'
CIVILIANS_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|dozens\s+of|hundreds\s+of|scores\s+of|a\s+dozen|"
    rf"a\s+family\s+of)\s+)?(?:\d[\d,]*\s+|[a-z]+\s+){{0,2}}{CIVILIAN}\b"
)
# ... but not where the troops whose toll is told are fighting: 'North Korean soldiers fighting for Russia have
# suffered 1,100 casualties', 'were killed in a week of fighting' name the war they are in, no dispatch (not 'have been
# fighting in Kursk', told as an act of theirs)
FIGHTING_NOT_TOLD = re.compile(
    # (nor 'now fighting in Donetsk as well as Kursk', where they are told to be, as 'already in')
    r"(?<!\bbeen)(?<!\bare)(?<!\bwere)(?<!\bis)(?<!\bwas)\s+fighting\b(?<!now\sfighting)(?<!still\sfighting)"
    r"(?<!already\sfighting)"
)
PLACED = re.compile(r"\s+(?:(?:now|already|still)\s+)?(?:in|inside|deployed|stationed|fighting|sent|dispatched)\b")
# What the troops face, and items named as the action or the people around them: no item supplied.
THREAT_BEFORE = re.compile(
    r"\b(?:exposed\s+to|vulnerable\s+to|targeted\s+by|hit\s+by|attacked\s+by|struck\s+by|killed\s+by|wounded\s+by|"
    r"shelled\s+by|under|struck\s+with|hit\s+with|attacked\s+with|targeted\s+with|"
    # ('lost many men to drones', 'to defend against drones', 'protection from drones')
    r"los[te]\s+(?:[\w-]+\s+){0,3}?to|(?:defen[cds]\w*|protect\w*|shield\w*|guard\w*)\s+(?:\w+\s+)?(?:against|from)|"
    # ... or what an air defence is for: 'Pantsir systems to shoot down drones and cruise missiles', 'to intercept'
    r"(?:to|for|can|could|capable\s+of|able\s+to)\s+(?:help\s+)?(?:shoot(?:ing)?\s+down|intercept\w*|counter(?:ing)?|"
    r"repel\w*|fend(?:ing)?\s+off|ward(?:ing)?\s+off|neutrali[sz]\w*|defeat(?:ing)?))\s+"
    r"(?:(?:the|ukrainian|enemy|heavy|constant)\s+)*(?:[\w-]+\s+(?:and|or)\s+)?$"
    # ... or the agent of a toll: 'as a result of the actions of our drones'
    r"|\bactions\s+of\s+(?:our|ukrainian|the\s+ukrainian|enemy)\s+(?:[\w-]+\s+)?$"
    # ... the means of a toll: 'about 1,800 wounded, most of them by drones'
    r"|\b(?:them|whom|most|many|all)\s+(?:\w+\s+)?by\s+(?:ukrainian\s+|enemy\s+)?$"
)
REPLACES_BEFORE = re.compile(rf"\b{REPLACES}\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}$")
ACTION_AFTER = re.compile(
    r"\s+(?:fire|strikes?|attacks?|barrages?|shelling|crews?|operators?|units?|gunners|"
    # ('had little artillery or drone support': what they fought with or without)
    r"support(?<=artillery\ssupport)|support(?<=drone\ssupport)|cover(?<=artillery\scover)|cover(?<=drone\scover)|"
    # (what the troops were unready for: 'ill-prepared for drone warfare'; shared drone warfare know-how stays)
    r"warfare(?<=prepared\sfor\sdrone\swarfare)|"
    r"threats?|defen[cs]es)\b"
)
DIED_DOWN = re.compile(r"\s+(?:down|away)\b(?!\s+(?:the|a|an)\b)")
FIGHTING_BEFORE = re.compile(r"\b(?:fighting|battles?|clashes|combat|hostilities)\b[^.;,]{0,40}$")
# Soldiers as the object of what befell them: 'killed dozens of North Korean soldiers', 'captured a North Korean
# soldier', 'had captured or killed several North Korean troops' assert casualties, not a deployment.
BEFELL_OBJECT = re.compile(
    r"\b(?P<verbs>(?:killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|captured|capturing|captures|"
    r"capture|eliminated|eliminating|neutrali[sz]ed|wiped\s+out)"
    r"(?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:killed|wounded|injured|captured))*)\s+"
    r"(?:(?:a|an|the|some|several|many|more|numerous|multiple|dozens|hundreds|thousands|scores|of|at|least|nearly|"
    r"about|around|over|almost|north|korean|korea['’]s|pyongyang['’]s|enemy|military|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d[\d,]*)\s+){0,6}$"
)
# ... and after the soldiers, as what befell them: 'North Korean soldiers captured in Kursk', 'troops killed there',
# 'a soldier was captured by' (a participle, not a verb with its object: 'our soldiers captured North Korean soldiers')
BEFELL_AFTER = re.compile(
    r"\s+(?:(?:was|were|(?:has|have|had)\s+been)\s+)?(?P<verbs>captured|killed|wounded|injured)"
    r"(?!\s+on\s+(?:camera|film|video|tape))"  # 'captured on camera firing at drones': filmed, not taken
    r"(?=\s+(?:in|on|at|near|during|by|since|last|this|after|while|there|so\s+far|alive)\b|\s*[,.;)]|\s+[a-z]+\s+(?:want|are|were|is|was|have|had)\b)"
)
# ... or who fell: 'the heroes who fell in the battles for Kursk', 'soldiers who gave their lives'
FELL_AFTER = re.compile(
    r"\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:fell|fallen|died|perished|were\s+killed|gave\s+their\s+lives)\b"
    rf"(?!\s+(?:{NOT_FALLEN}|for\s+(?:it|the\s+\w+)\b))"
)
FIGHTING_AFTER = re.compile(r"\s+(?:while\s+)?(?:fighting|in\s+(?:combat|battle|action))\b")
# Soldiers who did it to North Koreans: 'Ukrainian troops captured two North Korean soldiers'.
AGENT_OF_BEFELL = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:captured|killed|wounded|eliminated|took)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:north\s+korean|dprk|pyongyang['’]s)\b"
)
# the dead as the owners of what is done to them, after the losses are told ('the faces of the dead')
OF_THE_DEAD_BEFORE = re.compile(
    r"\b(?:faces|bodies|remains|corpses|graves|names|identities|families)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# casualty words that name a kind of loss only with a count ('3,000 injuries', '200 missing'), not alone ('minor
# injuries', 'missing from the report')
COUNTED_ONLY = ("injury", "injuries", "wia", "wounded in", "missing", "mia")
REPLACED_BEFORE = re.compile(
    r"\b(?:to\s+replace|replacing|replacements?\s+for)\s+(?:(?:the|its|their|heavy|mounting|battlefield)\s+)*$"
)
FOR_ITEMS_AFTER = re.compile(
    r"\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[\w,-]+\s+){0,5}?(?:guns|howitzers|launchers|missiles|shells|parts|"
    r"systems|equipment|weapons|tanks|vehicles|jets|aircraft|drones|ammunition|rounds)\b"
)
TOLL_OF_BEFORE = re.compile(
    r"\b(?:casualties|losses|deaths|death\s+toll|toll)\s+(?:among|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$"
)
