"""Whether a sentence might assert an item (North Korea named with a verb of giving, sending, using), and additions."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.alternation import by_first_letter
from core.extract.actors import NK_OWN_WORDS, PRONOUN_SUBJECT
from core.extract.context import DRONE_USE, MAKE_DRONES, NORTH_KOREANS_TAUGHT, THEM_AS_LIES, russian_troops_to_korea
from core.extract.doubt_cues import asserts
from core.extract.sentences import Sentence
from core.phrases import has_any

# what 'fell' means where it is no death: 'fell ill', 'fell into Ukrainian hands', 'fell in love'
NOT_FALLEN = (
    r"(?:into|ill|sick|back|asleep|behind|silent|short|apart|out|off|victim|prey|under|in\s+(?:love|line|step|with))\b"
)
# North Korea's losses hidden, as the words after the verb name them: 'hiding North Korean losses', 'the North Koreans'
# casualties', 'conceal the losses of North Korean soldiers' (not 'the Russians hide their losses')
NK_WORD = r"(?:north\s+korean\w*['’]?|korean\w*['’]?|dprk|pyongyang['’]s)"
_LOSSES = (
    rf"(?=\s+(?:[\w'’-]+\s+){{0,3}}?{NK_WORD}\s+(?:[\w-]+\s+)?(?:losses|casualties|deaths)\b"
    rf"|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:losses|casualties|deaths)\s+(?:of|among)\s+(?:the\s+)?{NK_WORD})"
)
_BEFELL = (
    r"suffer(?:s|ed|ing)?|sustain(?:s|ed|ing)?|incurr?(?:s|ed|ing)?|died|killed|wounded|perished|lost|captured|"
    r"t(?:aken|ook)\s+prisoner|"
    # ('North Korean units have reportedly taken heavy losses', 'are taking casualties'; not 'taken prisoner', nor
    # the background of a withdrawal, 'pulled back after taking heavy losses', nor what might be, 'so they take fewer')
    r"t(?:aken|ook|akes|aking(?<!after\staking))(?=\s+(?:(?:heavy|huge|severe|significant|serious|considerable|"
    r"substantial|terrible|massive|mounting|high|many|more|some)\s+)?(?:losses|casualties)\b)|"
    # ... or hidden: 'accused Moscow of hiding North Korean losses', 'concealing the casualties of the DPRK's units'
    # assert the losses (not 'hid its plans', 'concealed the deployment')
    rf"hid(?:e|es|ing|den)?{_LOSSES}|conceal(?:s|ed|ing)?{_LOSSES}|cover(?:s|ed|ing)?\s+up{_LOSSES}|"
    r"fell\s+(?:heroically|in\s+(?:battle|action|combat|the\s+(?:[\w-]+\s+)?(?:battles?|fighting)))|"
    # ('the soldiers who fell in Russia's Kursk region'; not 'who fell ill', 'who fell in love')
    rf"fell(?<=who\sfell)(?!\s+{NOT_FALLEN})"
)
# Verbs by which one country gives, sends or uses another's items; their nouns count too ('the transfer of').
# Grouped by first letter (by_first_letter): searched in every sentence that names North Korea.
_SUPPORT_WORDS = (
    r"sen[dt]|sending|sends|suppl(?:y|ies|ied|ying)|suppliers?|provid(?:e|es|ed|ing)|transferr?(?:ed|ing|s)?|"
    r"deliver(?:s|ed|ing|y|ies)?|ship(?:s|ped|ping|ments?)|deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|"
    # the bare verb only where it is one ('continues to ship', 'will ship'; not 'a Russian-flagged ship')
    r"to\s+ship|will\s+_SOON\s*ship|would\s+_SOON\s*ship|could\s+_SOON\s*ship|may\s+_SOON\s*ship|might\s+_SOON\s*ship|"
    r"handed\s+over|hand(?:s|ing)?\s+over|gave|give[sn]?|giving|export(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|"
    # drone crews trained: 'Russia is training North Korean drone operators in Pyongyang' (know-how given at home)
    # ... or taught to fly drones there: 'are being taught to fly drones by Russian instructors in North Korea'
    # ... or North Koreans named afresh as taught, no place told (item_mentions asks that none in Russia be)
    r"train(?:s|ed|ing)?\s+_NORTH_KOREANS_TAUGHT|teach(?:es|ing)?\s+_NORTH_KOREANS_TAUGHT|"
    r"instruct(?:s|ed|ing)?\s+_NORTH_KOREANS_TAUGHT|"
    # ... or taught to make drones: 'teaching North Korean engineers to build attack drones', 'has been teaching
    # North Korea to make Shahed-type drones' (drone know-how; not 'trained to fly drones', the troops' own use)
    r"teach(?:es|ing)?\s+_MAKE_DRONES|taught\s+_MAKE_DRONES|train(?:s|ed|ing)?\s+_MAKE_DRONES|"
    r"instruct(?:s|ed|ing)?\s+_MAKE_DRONES|"
    r"train(?:s|ed|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|teach(?:es|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|"
    r"taught\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|instruct(?:s|ed|ing)?\s+_DRONE_USE(?=[^.;]{0,60}?_AT_HOME_NK)|"
    r"train(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:drone|uav)s?\s+(?:operators|pilots|crews|specialists|units)"
    r"(?=[^.;]{0,60}?\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
    r"schools?|facilit(?:y|ies)|academ(?:y|ies))\s+(?:near|in|around|outside)\s+)?"
    r"(?:north\s+korea(?!n)|pyongyang|the\s+north)\b)|"
    # items made for Russia: 'is believed to be producing suicide drones for Russia', '... for export to Russia'
    # (a verb of its own, not 'the lines producing shells for Russia')
    r"is\s+_MAKING|are\s+_MAKING|was\s+_MAKING|were\s+_MAKING|been\s+_MAKING|be\s+_MAKING|"
    # a promise of the items themselves: 'Kim has promised Putin more soldiers', 'Pyongyang pledged more shells'
    # (the verb, not the noun: 'a pledge Shoigu brought back', 'a treaty that pledges mutual aid')
    r"promis(?:ed|ing)|pledg(?:ed|ing)|will\s+(?:promise|pledge)|to\s+(?:promise|pledge)|"
    # ... lent: 'Pyongyang has lent Moscow military engineers' (not 'lent support', no item; nor the idiom 'a general
    # lent his name to the unit', 'lends its weight to')
    r"lent(?!_IDIOM)|lends(?!_IDIOM)|lending(?!_IDIOM)|"
    # ... or a supply whose items are listed: "North Korea's contributions, as listed by the NIS, include troops"
    r"contributions?(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|shipments?(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|"
    r"deliveries(?:[^.;]{0,60}?\s)?includ(?:e|es|ed|ing)|"
    # ... or an aid so listed: "Russia's aid to Pyongyang includes oil" (the noun, not 'aided')
    r"aid(?:[^.;]{0,60}?\s)?(?:includ(?:e|es|ed|ing)|consist(?:s|ed)?\s+(?:\w+ly\s+)?of|compris(?:e|es|ed))|"
    r"acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|"
    r"s[eo]ld|sell(?:s|ing)?|fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|struck|strikes?|used|using|uses|"
    # sanctions copy: 'vessels that had transported North Korean missiles', 'firms accused of ferrying'
    r"transport(?:ed|ing)|ferr(?:ies|ied|ying)|"
    # ... or carrying them: 'a Russian vessel believed to be carrying North Korean munitions' (not 'missiles capable
    # of carrying nuclear warheads': the cargo named North Korea's)
    r"carr(?:ying|ied|ies)\s+(?:north\s+korean|pyongyang['’]s|the\s+north['’]s)\b|"
    # ('had entered combat'; not 'since they entered combat', 'have not yet entered the battle')
    r"fight(?:s|ing)?|fought|clash(?:es|ed|ing)?\s+with|"
    # (engaged in combat, not 'engaged in talks', 'engaged in mine clearing')
    r"engag(?:e|es|ed|ing)(?!\s+in\s+(?!combat|fighting|battle))|"
    r"beg[au]n\s+(?:\w+\s+)?assaults?|launch(?:ed|ing)?\s+(?:\w+\s+)?assaults?|le[ad]\s+(?:\w+\s+)?assaults?|"
    r"conduct(?:ed|ing)?\s+(?:\w+\s+)?assaults?|mount(?:ed|ing)?\s+(?:\w+\s+)?assaults?|"
    r"ha(?:ve|s|d)\s+(?:now\s+|already\s+)?entered\s+(?:the\s+)?(?:combat|battle|fighting|fray|war)|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)\s+(?:(?:the\s+)?(?:reports?|claims?)|_THEM_AS_LIES)|"
    # reports labelled false: 'called reports of North Korean troops in Kursk "a canard"'
    r"call(?:s|ed)?\s+_REPORTS|label(?:s|led|ed)?\s+_REPORTS|brand(?:s|ed)?\s+_REPORTS|describ(?:es|ed)\s+_REPORTS|"
    r"nam(?:es|ed)\s+_REPORTS|"
    r"assist(?:s|ed|ing|ance)?|help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?with|"
    # help as a noun, for North Korea's own: 'possible Russian help for North Korea's satellite programme' (not 'a
    # round of help for Moscow', no item of its own)
    r"help\s+for\s+(?:north\s+korea['’]s|pyongyang['’]s|the\s+north['’]s|the\s+dprk['’]s|its|his)|"
    # troops at war: 'units of the Korean People's Army had helped repel Ukrainian forces'
    r"help(?:s|ed|ing)?\s+(?:to\s+)?(?:repel|liberate|recapture|retake|defend|push\s+back|drive\s+out)|"
    # know-how: 'helping North Korea build a submarine', 'helped Pyongyang improve its missiles'
    # ... or hands items to the other: 'Moscow could hand North Korea MiG-29s'; passes know-how on
    # (a headline's 'N. Korea' too: 'Russia said to hand N. Korea air-defence kit')
    r"hand(?:s|ed|ing)?\s+(?:north\s+korea|n\.\s*korea|pyongyang|the\s+north|russia|moscow)|"
    r"pass(?:es|ed|ing)?\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:technology|technologies|know-how|secrets|data)|"
    r"help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+)?(?:build|develop|improve|upgrade|enhance|make|produce|master|launch|put|"
    r"moderni[sz]e|mass[- ]produce|manufacture|set\s+up|fix|repair|restore|"
    # (to refine or perfect only arms and their know-how: 'helped refine the North's satellite launchers', not
    # 'helped refine crude oil shipments')
    r"(?:refine|perfect)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:missiles?|rockets?|weapons?|warheads?|arms|technolog\w*|"
    r"know-how|satellites?|launchers?|launch\s+vehicles?|guidance|drones?|submarines?|engines?|designs?|re-?entry|"
    r"icbms?|jets?|aircraft|tanks?|systems?)\b))|"
    # ... or rebuilds what Russia lost: 'North Korean sappers will help rebuild roads in the Kursk region' (not at home:
    # 'helped rebuild a hospital in Hamhung, KCNA said, as Russia's war goes on' sends no one)
    r"help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+)?(?:rebuild|reconstruct)\s+(?:(?:[\w'’-]+\s+){0,4}?"
    r"(?:in|of|across|near|around|along)\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:russia\b|russia['’]s|russian\b|kursk|belgorod|"
    r"bryansk|border\s+(?:regions?|areas?|districts?|towns?|villages?)|(?:russian-)?(?:occupied|held)\b)|"
    # (an arrival told by where the items got to: 'a consignment of North Korean shells reached Russian depots')
    # (North Korea's items the ones that reached, not others: 'Those weapons have reached the Kursk region, where
    # Russia fights with the help of North Korean soldiers')
    r"north\s+korean\s+(?:[\w'’-]+\s+){0,5}?(?:ha(?:ve|s|d)\s+)?(?:now\s+|already\s+|also\s+|finally\s+)?"
    r"reach(?:ed|es|ing)\s+(?:the\s+)?(?:russia\w*|kursk|front(?:lines?)?|frontlines?)\b|"
    r"shar(?:e|es|ed|ing)|arriv(?:e|es|ed|al|ing)|station(?:s|ed|ing)?|reinforc\w*|join(?:s|ed|ing)?|"
    # evidence of what was sent: 'North Korean shells have been found in Ukraine', 'troops spotted in Kursk'
    r"been\s+(?:found|seen)|was\s+(?:found|seen)|were\s+(?:found|seen)|is\s+(?:found|seen)|are\s+(?:found|seen)|"
    r"being\s+(?:found|seen)|found\s+(?:in|on|at|near|among)|recovered|identified|spotted|"
    # ... filmed there, moved there, or there: 'guns filmed on Russian railway wagons', 'troops moved to Kursk',
    # 'North Korean soldiers are in Russia', 'acknowledged the presence of North Korean troops'
    # ... or found there, named between: 'said they had found North Korean troops among Russian units in Kursk'
    r"found\s+(?!no\b|none\b)(?:[\w'’-]+\s+){1,3}?(?:among\s+(?:the\s+)?russia\w*|_THERE)|"
    # ... or shown there: 'drone footage appears to show North Korean soldiers advancing through snow in Kursk'
    # (North Korea's items the ones shown, not 'images show tankers loading at Vostochny port as Moscow rewards
    # Pyongyang for arms and troops'; nor images 'allegedly showing' them, which asserts nothing)
    r"show(?<!allegedly\sshow)(?<!purportedly\sshow)(?<!supposedly\sshow)(?<!purporting\sto\sshow)"
    r"(?<!claimed\sto\sshow)(?<!said\sto\sshow)(?:s|n|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:north\s+korean|pyongyang['’]s|the\s+north['’]s)\s+(?:[\w'’-]+\s+){1,5}?_THERE|"
    r"filmed\s+_THERE|photographed\s+_THERE|observed\s+_THERE|moved\s+(?:in)?to\s+_PLACE|relocated\s+to|"
    # troops at their combat work there: 'North Korean soldiers shot down Ukrainian drones', 'gunners manned
    # anti-aircraft guns around Kursk', 'troops trained on anti-aircraft guns in the Kursk region'
    r"korean(?<=north\skorean)\s+(?:[\w-]+\s+)?(?:soldiers|troops|gunners|crews|units)\s+_AT_COMBAT|"
    r"redeployed\s+to|"
    # a rotation sends troops there: 'was rotating fresh troops into Russia', 'has rotated new units to the front'
    # (not 'rotated out of Kursk', 'rotated home': no place of the war after it)
    r"rotat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}?(?:in|into|to)\s+_PLACE|"
    # ... or munitions that come from North Korea: 'half of Russia's shells now come from North Korea' (not 'the
    # denial came from North Korea's envoy', 'defectors who came from North Korea')
    # ('the threat of missiles comes from North Korea' is no supply: a plural noun's verb is 'come')
    # (nor 'None of the rockets came from North Korea': a denial)
    r"shells(?<!none of the shells)\s+_CAME_FROM|rounds(?<!none of the rounds)\s+_CAME_FROM|"
    r"munitions(?<!none of the munitions)\s+_CAME_FROM|missiles(?<!none of the missiles)\s+_CAME_FROM|"
    r"rockets(?<!none of the rockets)\s+_CAME_FROM|weapons(?<!none of the weapons)\s+_CAME_FROM|"
    r"ammunition(?<!none of the ammunition)\s+_CAMES_FROM|"
    # ... or flowed there: 'missiles and rocket launchers have flowed to Russia' (not 'went to Russia': delegations go)
    r"flow(?:s|ed|ing)?\s+(?:(?:west|east|north|south)(?:ward)?\s+)?(?:in)?to\s+_PLACE|"
    r"acknowledg\w*\s+(?:the\s+)?presence|confirm\w*\s+(?:the\s+)?presence|"
    # ('evidence of North Korean troops in Russia'; none where there is no evidence: NO_SIGN_BEFORE)
    r"evidence\s+of(?=\s+(?:[\w'’-]+\s+){1,3}?in\s+(?:russia|kursk|the\s+kursk))|are\s+_IN_RUSSIA|were\s+_IN_RUSSIA|is\s+_IN_RUSSIA|was\s+_IN_RUSSIA|"
    # ... or said to be there, or not, in an existential clause: 'there are North Korean troops in Kursk', 'there were
    # no North Korean soldiers in Russia' (the denial is read from 'no' before the item)
    r"there\s+(?:are|were|is|was)\s+(?:now\s+|still\s+|already\s+)?(?:no\s+)?(?:north\s+korean|dprk)\s+"
    r"(?:[\w-]+\s+)?(?:troops|soldiers|servicemen|forces|units|personnel)\s+_THERE|"
    # ... or still there: 'North Korean soldiers remain in the Kursk region', 'stayed on at the front' (not how long
    # they would stay, a question of the future)
    r"remain(?:s|ed)?(?<!\bwould\sremain)(?<!\bwill\sremain)(?<!\bto\sremain)\s+(?:on\s+)?_THERE|"
    r"stay(?:s|ed)?(?<!\bwould\sstay)(?<!\bwill\sstay)(?<!\bto\sstay)\s+(?:on\s+)?_THERE|"
    # what Russia pays with: 'paying North Korea with oil'
    r"pa(?:y|ys|ying|id)\s+(?:[\w'’-]+\s+){0,3}?(?:with|in)|"
    # ... rewards or repays: 'Moscow has rewarded North Korea with S-400 batteries'
    r"reward(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?with|repa(?:y|ys|id|ying)\s+(?:[\w'’-]+\s+){0,3}?with|"
    r"compensat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?with|"
    # crews that operate the items: 'North Korean crews were operating Koksan guns'
    r"operat(?:e|es|ed|ing)(?!\s+at\s+(?:\w+\s+){0,3}?(?:capacity|percent|%|full|half))|"
    r"participat(?:e|es|ed|ing|ion)|t(?:ook|ake|akes|aking)\s+part|work(?:s|ed|ing)\s+(?:in|on|at|alongside)|"
    r"serv(?:e|es|ed|ing)\s+(?:in|with|alongside)|liberat\w*|"
    # troops honoured or thanked for their part: 'Putin thanked the North Korean soldiers', 'the role of'
    r"thank(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commemorat\w*|memorials?|role\s+of|"
    r"heroism\s+of|bravery\s+of|courage\s+of|valou?r\s+of|"
    # what North Korea asks for or gets in return: 'seeks missile technology', 'is getting submarine tech'
    r"seek(?:s|ing)?|sought|get(?:s|ting)?|got|ask(?:s|ed|ing)?\s+for|support(?:s|ed|ing)?|want(?:s|ed|ing)?\s+russian|"
    # a dispatch made ready: 'is preparing a fresh rotation of troops for Russia', 'readying a third batch'
    r"prepar(?:es|ed|ing)\s+_DISPATCH|read(?:ies|ied|ying)\s+_DISPATCH|"
    # ... or more of the items made ready for Russia: 'is readying more kamikaze drones for Russia', 'preparing for
    # Russia a new batch of missiles' (translated word order)
    r"read(?:ies|ied|ying)\s+(?:more|additional|new|fresh|further|another)\b|"
    r"prepar(?:es|ed|ing)\s+for\s+(?:russia|moscow)\s+(?:an?\s+|the\s+)?(?:new|fresh|further|another|next|more)\b|"
    # ... or negotiated: 'are negotiating one more batch of KN-23 missiles'
    r"negotiat(?:e|es|ed|ing)\s+(?:over\s+|on\s+)?_DISPATCH|"
    # casualties are asserted by what befell the troops: 'suffered heavy losses', 'some had been killed'
    rf"{_BEFELL}"
)
_AT_COMBAT = (
    r"(?:have\s+|had\s+)?(?:shot\s+down|downed|manned\s+(?:[\w'’-]+\s+){1,3}?(?:around|on|in|at|near)\s+_PLACE|"
    r"trained\s+(?:on|with)\s+(?:[\w'’-]+\s+){1,3}?_THERE)"
)
SUPPORT = re.compile(
    rf"\b{by_first_letter(_SUPPORT_WORDS)}\b".replace("_AT_COMBAT", _AT_COMBAT)
    .replace("_THERE", r"(?:on|in|at|near|inside|crossing|moving|entering|arriving)\s+_PLACE")
    .replace(
        "_PLACE",
        r"(?:[\w'’-]+\s+){0,2}?(?:russia\w*|kursk|(?:the\s+)?front(?:lines?)?|frontlines?|rail\w*|trains?|wagons?|"
        r"railcars?|ships?|vessels?|ports?|border|pyongyang\s+area|positions?|oblast|region|combat\s+zone|war\s+zone|"
        r"donetsk|donbas|luhansk|pokrovsk|zaporizhzhia|kherson|kharkiv|ukraine|training\s+grounds?|direction)\b",
    )
    .replace("_REPORTS", r"(?:the\s+|these\s+|such\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?)")
    .replace(
        "_IDIOM",
        r"\s+(?:his|her|its|their|a|the|some|much|full)\s+(?:own\s+)?(?:names?|voices?|weight|support|backing|"
        r"credibility|credence|hand|ear|prestige|authority|blessing|imprimatur)\b",
    )
    .replace("_MAKE_DRONES", MAKE_DRONES)
    .replace("_SOON", r"(?:(?:also|soon|still|now|then|again)\s+)?")
    .replace(
        "_MAKING",
        r"(?:(?:also|now|still)\s+)?(?:produc|manufactur|mass-produc)ing\s+(?:[\w'’\"“”-]+,?\s+){1,6}?_FOR_RUSSIA",
    )
    .replace(
        "_FOR_RUSSIA", r"for\s+(?:export\s+to\s+|delivery\s+to\s+|shipment\s+to\s+|use\s+by\s+)?(?:russia|moscow)\b"
    )
    .replace("_THEM_AS_LIES", THEM_AS_LIES)
    .replace(
        "_DISPATCH",
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:rotations?|batch(?:es)?|waves?|contingents?|deployments?|"
        r"dispatch|shipments?)\s+of(?=\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|workers|labou?rers|"
        r"men|fighters|reinforcements|shells|missiles|munitions|ammunition)\b(?![^.;]{0,40}\b(?:out\s+of|home|back)\b))",
    )
    .replace(
        "_NORTH_KOREANS_TAUGHT",
        # (nowhere in Russia: 'training North Korean drone operators at a base in Kursk' is the troops' training there)
        NORTH_KOREANS_TAUGHT
        + r"(?![^.;]{0,80}?\b(?:in|inside|near|at|to)\s+(?:the\s+)?(?:russia|kursk|front|ukraine|donbas))",
    )
    .replace("_DRONE_USE", DRONE_USE)
    .replace(
        "_AT_HOME_NK",
        r"\b(?:in|inside|near|at|around|outside)\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sites?|bases?|camps?|ranges?|"
        r"schools?)\s+(?:near|in|around|outside)\s+)?(?:north\s+korea(?!n)|pyongyang|the\s+north)\b",
    )
    .replace("_IN_RUSSIA", r"(?:now\s+|still\s+|already\s+|currently\s+)?(?:in|inside)\s+(?:russia|kursk|the\s+kursk)")
    .replace("_CAME_FROM", r"(?:now\s+|also\s+|all\s+|reportedly\s+)?c(?:ome|ame|oming)_FROM_NK")
    .replace("_CAMES_FROM", r"(?:now\s+|also\s+|all\s+|reportedly\s+)?c(?:omes|ame|oming)_FROM_NK")
    .replace("_FROM_NK", r"\s+from\s+(?:north\s+korea|pyongyang|the\s+north|(?:the\s+)?dprk)\b(?!['’])")
)
ONLY_BEFELL = re.compile(_BEFELL)
NK_NAMED = re.compile(
    r"\b(?:north\s+korea\w*|n\.\s*korea\w*|dprk|(?<!daily\s)nk(?!\s+(?:news|pro)\b)|pyongyang\w*|the\s+north|kim\s+jong[\s-]un|"
    r"korean\s+people['’]s\s+army|kpa|democratic\s+people['’]s\s+republic\s+of\s+korea|"
    r"(?<!south\s)korean\s+(?:servicemen|fighters|comrades))\b"  # (Russian copy's 'Korean servicemen')
)
_NK_WORDS = (
    "korea",
    "dprk",
    "nk",
    "pyongyang",
    "the north",
    "kim jong",
    "kpa",
)  # ('democratic people's republic of korea')
NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t|no|unable\s+to|cannot)\s+(?:\w+\s+){0,2}$")
ADDED_RIGHT_BEFORE = re.compile(
    # (past a calibre or a model: 'additional 170 mm Koksan guns', 'more M1991 launchers')
    r"\b(?:additional|more|fresh|further|extra)\s+(?:such\s+)?(?:north\s+korean\s+)?(?:(?:\d+\s*-?\s*mm|m-?\d{4})\s+){0,2}"
    # (past a vague count, quoted or not: 'a further "several thousand" soldiers')
    r"(?:[\"“'‘]?(?:several|a\s+few|some|many)\s+(?:thousand|hundred|dozen)[\"”'’]?\s+)?$"
)
# ... or before the list the item ends: 'additional 170 mm Koksan guns and 240 mm rocket launchers'
_ADDED_LIST_BEFORE = re.compile(
    r"\b(?:additional|additionally|fresh|further|extra)\s+[^.;:,]{0,80}?\b(?:and|as\s+well\s+as)\s+"
    r"(?:[\w.-]+\s+){0,4}$"
)
_ADDED_LIST_WORDS = ("additional", "fresh", "further", "extra")


# more of what was sent, said without naming who sends: 'additional supplies of troops and munitions could follow'
_ADDED_SUPPLY = re.compile(
    r"\b(?:additional|further|more|fresh)\s+(?:supplies|shipments|deliveries|deployments|batches|transfers|"
    r"rotations|waves|reinforcements)\b"
    # ... still to come ('could follow', 'expect ... to follow'): what is announced or approved is someone's aid
    r"(?=[^.;]*?\b(?:could|would|will|may|might|likely\s+to|expected\s+to|set\s+to|to)\s+(?:soon\s+)?"
    r"(?:follow|come|arrive)\b)"
    # ... or going on: 'Deliveries of shells and KN-24 missiles have also continued'
    r"|\b(?:deliveries|shipments|supplies|transfers)\s+of\s+[^.;]{1,80}?\b(?:have|has)\s+(?:also\s+)?"
    r"(?:continued|resumed|increased|grown|risen|picked\s+up|accelerated)\b"
    # ... or the items promised before, now come: 'The promised shells have arrived'
    r"|\bthe\s+(?:promised|pledged)\s+(?:[\w-]+\s+){1,3}?(?:have|has)\s+(?:now\s+|already\s+|also\s+)?"
    r"(?:arrived|been\s+(?:delivered|shipped|sent|handed\s+over)|reached)\b"
)
# a share of those named before: 'Many of them have been killed or wounded' after North Korea's soldiers
SHARE_OF_THEM = re.compile(
    r"\W*(?:many|most|some|several|hundreds|dozens|thousands|half|(?:about|around|roughly|nearly)\s+(?:a\s+)?"
    r"(?:third|quarter|half)|a\s+(?:large\s+|small\s+|significant\s+)?(?:number|third|quarter|share|fraction))\s+of\s+them\b"
)
_SENT_TO_RUSSIA = re.compile(
    r"\b(?:sent|shipped|supplied|delivered|transferred|handed\s+over|arriving|arrived)\s+(?:in|to)\s+"
    r"(?:russia|moscow|the\s+russian\s+(?:army|forces|military))\b"
)
_ADDED_SUPPLY_WORDS = ("supplies", "shipments", "deliveries", "deployments", "batches", "transfers", "rotations",
                       "waves", "reinforcements", "promised", "pledged")  # fmt: skip
# ... in a sentence naming no other party ('the Pentagon', 'the EU', 'Western allies')
_OTHER_PARTIES = re.compile(r"\b(?:eu|european|western|allies|allied|pentagon|white\s+house|nato|kyiv|ukraine)\b")


def might_assert(
    sentence: Sentence,
    pronoun_is_nk: Callable[[], bool] = lambda: False,
    context_is_nk: Callable[[], bool] = lambda: False,
) -> bool:
    """The cheap test first: North Korea (or 'It', 'They' opening the sentence when `pronoun_is_nk`: the sentence
    before has North Korea as its subject; or more supplies said without a giver when `context_is_nk`: the sentences
    before are on North Korea's and this one names no other country) and a support verb in a sentence that is no
    question or condition, nor a speaker's declining to say ('did not provide details on the reinforcements',
    'neither has confirmed')."""
    low = sentence.low
    # substring tests first: most sentences stop here
    named = has_any(low, _NK_WORDS) and NK_NAMED.search(low) is not None
    # North Korea's own weapons sent to Russia, the sender left out: 'KN-23 missiles are still being sent to Russia'
    named = named or (NK_OWN_WORDS.search(low) is not None and _SENT_TO_RUSSIA.search(low) is not None)
    # ... or Russia's troops sent to the peninsula, North Korea left unnamed: 'no plans to send troops to Korea'
    named = named or ("korea" in low and russian_troops_to_korea(low))
    if (
        not named
        and not ((PRONOUN_SUBJECT.match(low) or SHARE_OF_THEM.match(low)) and pronoun_is_nk())
        and not (
            has_any(low, _ADDED_SUPPLY_WORDS)
            and _ADDED_SUPPLY.search(low)
            and not _OTHER_PARTIES.search(low)
            and context_is_nk()
        )
    ):
        return False
    return asserts(low) and bool(SUPPORT.search(low))


def added_before(low: str, start: int) -> bool:
    """Whether an addition word stands right before the item at `start`, not denied ('could provide additional
    missiles'; not 'could not provide additional missiles')."""
    begin = max(0, start - 130)
    added = ADDED_RIGHT_BEFORE.search(low, max(0, start - 30), start) or (
        # (a cheap look first: the list's addition word, which most stretches before an item lack)
        _ADDED_LIST_BEFORE.search(low, begin, start)
        if any(map(low[begin:start].__contains__, _ADDED_LIST_WORDS))
        else None
    )
    return added is not None and not NOT_BEFORE.search(low, max(0, added.start() - 30), added.start())
