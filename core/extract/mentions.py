"""Items asserted without a number: 'North Korea has also supplied missiles', 'Russia provided air defence
systems', 'Pyongyang denied sending troops'. Each gives a claim with `value` null (the schema's null-valued claims).

A sentence asserts an item when a support verb (sent, supplied, provided, transferred, deployed, fired, denied ...)
governs an item noun of the lexicon, the sentence names North Korea (or, for a sentence that only says 'the
North' or 'Pyongyang's', North Korea is its subject), and the item is not another country's ('Ukrainian troops',
'Russian forces'). Generic words ('weapons', 'military equipment') are not items of the lexicon, so they give
nothing. An item that is the subject of a programme or of its development ('the North's ballistic missile
programme', 'its development of ICBMs') is know-how: a technology-transfer claim, not a delivery of the item.
The claim builder (claims.py) marks an item led by 'more' ('has dispatched more troops') as an addition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.extract.actors import MADE_BY_OTHER_AFTER, NK_SENDS_BEFORE
from core.extract.casualties import VERB_KINDS
from core.extract.casualty_cues import (
    ACTION_AFTER,
    AGENT_OF_BEFELL,
    BEFELL_AFTER,
    BEFELL_OBJECT,
    CIVILIANS_AFTER,
    CIVILIANS_BEFORE,
    COUNTED_ONLY,
    DIED_DOWN,
    FACED_BEFORE,
    FELL_AFTER,
    FIGHTING_AFTER,
    FIGHTING_BEFORE,
    FIGHTING_NOT_TOLD,
    FOR_ITEMS_AFTER,
    NK_AMONG_AFTER,
    OF_THE_DEAD_BEFORE,
    OF_WHOM_AFTER,
    OTHER_SIDES_LOSSES_BEFORE,
    PLACED,
    REPLACED_BEFORE,
    ROLE_AFTER,
    THREAT_BEFORE,
    TOLL_OF_BEFORE,
)
from core.extract.context import DELIVERED_RELATIVE, RU_TO_NK, sought_from_russia
from core.extract.doubt_cues import (
    ANSWER_CONFIRMS,
    ANY_TRANSFER_BEFORE,
    ASKED_WHETHER_BEFORE,
    BAN_WORDS,
    BANNED_BEFORE,
    BUT_AFTER,
    BUT_THIS_KIND_AFTER,
    DENIAL_STEMS,
    DENIES_RIGHT_BEFORE,
    DOUBT_WORDS,
    DOUBTED_BEFORE,
    GAVE_NO_FIGURE,
    GOES_ON_AFTER,
    IF_BEFORE,
    NO_SIGN_BEFORE,
    NO_SIGN_WORDS,
    NONE_DOUBT,
    NONE_SEEN_BEFORE,
    NOT_BUT_BEFORE,
    NOT_THIS_KIND_BEFORE,
    NOT_THIS_ONE_BEFORE,
    RECORDS_SHOW_NONE_BEFORE,
    SEEN_AFTER,
    UNBORNE_WORDS,
    UNTIL_AFTER,
    UNTOLD_HOW_MANY,
    reports_not_borne_out,
    untold_scope_end,
)
from core.extract.know_how_cues import (
    AT_A_PLACE_BEFORE,
    COUNTED_OUTPUT_AFTER,
    COUNTED_OUTPUT_BEFORE,
    DEVELOPMENT_BEFORE,
    DRONES_FOUGHT_AFTER,
    FOR_MAKING,
    GENERIC_KNOW_HOW_NEXT,
    GUIDANCE_FOR_BEFORE,
    HELP_WITH_BEFORE,
    HELP_WORDS,
    IN_NORTH_KOREA,
    KNOW_HOW,
    KNOW_HOW_FOR_BEFORE,
    KNOW_HOW_WORDS,
    MADE_IN_PLANTS,
    MAY_HELP_REBUILD_AFTER,
    MILITARY_BUILDERS,
    MORE_ITEMS_AFTER,
    PROGRAM_AFTER,
    STAFFS_BEFORE,
    TAUGHT_AFRESH,
    TAUGHT_TO_MAKE_DRONES,
    TEACHES_DRONES,
    TRAINED_IN_RUSSIA,
    TRAINED_TO_USE_BEFORE,
    TRAINING_WORDS,
    TRAINS_DRONE_CREWS,
    WORKED_BY_TROOPS_BEFORE,
    WORKERS_MAKE_BEFORE,
    WORKPLACE_AFTER,
    past_drone_noun,
    plant_tells_item,
    taught_at_home,
    work_there,
)
from core.extract.launch_tests import (
    LAUNCHED_AFTER,
    OWN_DRILL,
    SATELLITE_ITSELF,
    SATELLITE_LAUNCH,
    WAR_NAMED,
    is_test_launch,
)
from core.extract.nounphrase import FIRES_AMMUNITION, fired_by
from core.extract.sentences import Sentence
from core.extract.speech import SPEAKS_AFTER
from core.extract.supply_direction import (
    ARRIVAL_OF_BEFORE,
    DESTINED_FOR_NORTH_KOREA,
    FROM_NORTH_KOREA_AFTER,
    FROM_RUSSIA_WORDS,
    HISTORY_OPENING,
    HISTORY_WORDS,
    IN_NORTH_KOREA_AFTER,
    LAST_CENTURY,
    NONE_BEFORE,
    NONE_OF_BEFORE,
    NORTH_KOREA_GETS,
    OTHER_GIVER_BEFORE,
    OTHER_GIVER_VERBS,
    OTHERS_BEFORE,
    OTHERS_SUPPLY_BEFORE,
    OTHERS_SUPPLY_WORDS,
    OWN_FORCES_SUPPLIED_BEFORE,
    PLACED_IN_NORTH_KOREA_AFTER,
    RUSSIA_SUPPLIES_OWN_BEFORE,
    RUSSIAN_GOODS,
    RUSSIAS_SUPPLY_OF,
    SHARE_OF_BEFORE,
    SOVIET_GIVER_BEFORE,
    clause_around,
)
from core.extract.support_verbs import ADDED_RIGHT_BEFORE, NK_NAMED, NOT_BEFORE, ONLY_BEFELL, SUPPORT, added_before
from core.extract.unrelated import DELIVERY_VERB
from core.lexicon import TermMatch
from core.models import Category
from core.phrases import has_any

_DEPLOYMENT_OF = re.compile(r"\s+of\b")
# an opening phrase of losses as the background of the sentence's own news ('After heavy losses, ...', 'Despite
# mounting casualties in Kursk, ...')
_BACKGROUND_LOSSES_BEFORE = re.compile(
    r"^[\W]*(?:after|following|despite|amid|in\s+spite\s+of)\s+(?:(?:suffering|taking|sustaining|heavy|severe|"
    r"mounting|major|big|huge|massive|significant|its|their|the|such)\s+){0,3}$"
)
_BACKGROUND_LOSSES_AFTER = re.compile(r"(?:\s+(?:in|at|near|on)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,")
# ammunition told as a part of a weapon or a stock held, not as supplied
_FITTED_OR_HELD_BEFORE = re.compile(
    r"\b(?:(?:fitted|armed|equipped|loaded)\s+with|(?:holds?|has|have|keeps?|possess(?:es)?|"
    # (or used up: 'Russia has burned through vast stocks of Soviet-era munitions')
    r"burn(?:ed|t|ing)?\s+through|deplet(?:ed|ing)|exhaust(?:ed|ing)|us(?:ed|ing)\s+up)\s+"
    r"(?:(?:large|vast|huge|big|ample|its|their)\s+)?(?:inventories|stocks|stockpiles|reserves)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]+\s*,\s*)*(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,2}?$"
)
# the people an aircraft's name describes: 'MiG-29 pilots', 'Su-27 aircrews', 'fighter-jet mechanics'
_FLOWN_BY_AFTER = re.compile(r"\s+(?:pilots?|aircrews?|crews?|mechanics|technicians|instructors)\b")
# the guns before rocket artillery, sharing its head noun: 'tube and rocket artillery', 'cannon and rocket artillery'
_TUBE_AND_BEFORE = re.compile(r"\b(?:tube|barrel|barrelled|barreled|cannon|conventional)\s+(?:and|or)\s+$")
_FULL_HEADS = ("equipment", "system", "systems")
_NEXT_ENTRY = re.compile(r"\s*,?\s+(?:and|or|as\s+well\s+as|plus)\s")


# North Korea jamming (a verb, not 'jamming equipment'): 'North Korea has been jamming GPS signals along the border'
_NORTH_JAMS = re.compile(
    r"\b(?:north\s+korea|pyongyang|the\s+north|dprk)\b[^.;]{0,40}?\bjam(?:s|med|ming)\b"
    r"(?!\s+(?:equipment|devices?|systems?|kit|gear|stations?|units?)\b)"
)
# the people of an air force: 'air force pilots', 'air force ground crews and technicians'
_AIR_FORCE_PEOPLE_AFTER = re.compile(
    r"s?\s+(?:[\w-]+\s+)?(?:pilots?|technicians|personnel|officers|crews?|servicemen|airmen|mechanics|specialists|"
    r"instructors|cadets|engineers)\b"
)
# A vehicle of an air-defence system's class is that system's ('a Pantsir-class combat vehicle', 'a combat vehicle of
# the Pantsir type'), no armoured vehicle of its own
_AIR_DEFENCE_CLASS_BEFORE = re.compile(
    # (a free word only a vehicle's kind, or after the class: not 'Pantsir with tanks', 'Pantsir and armoured vehicles')
    r"\b(?:pantsir|s-[34]00)(?:-s1)?(?:[\s-](?:class|type|style|series)\s+(?:(?!(?:and|or|plus|as|with|along|"
    r"alongside|besides|including|to|for|from|in)\b)[\w-]+\s+)?|\s+(?:(?:combat|launch|launcher|command|radar|"
    r"transporter|transport|loader|reload|support|missile|air-defen[cs]e)\s+)?)$"
)
_AIR_DEFENCE_CLASS_AFTER = re.compile(r"\s+of\s+(?:the\s+|a\s+)?(?:pantsir|s-[34]00)\b")
_MODIFIER_GAP = re.compile(r"[\s-]{1,2}")


@dataclass(frozen=True)
class Mention:
    """An item a sentence asserts without a figure, with where it stands (sentence-relative)."""

    category: Category
    subtype: str
    unit: str | None
    start: int
    end: int


# fuel, which Russia's help may refine but never develops as an arm
_FUEL = re.compile(r"(?:crude|oil|petroleum|fuel|diesel|gasoline|petrol|kerosene)\b")


def item_mentions(
    sentence: Sentence,
    terms_of: Callable[[int], list[TermMatch]],
    counted: set[Category],
    figures: list[tuple[int, int]],
    of_north_koreans: bool = False,
) -> list[Mention]:
    """Items of `sentence` asserted as given, sent, used or denied, one per kind of item (category and subtype:
    'air defence equipment and electronic warfare systems' are two), leaving out the
    categories the sentence already counts with a figure (`counted`; for `other`, the kinds the claim builder
    counts) and the words of its figures' own noun
    phrases (`figures`: 'one Pantsir-class combat vehicle' names no vehicle). `terms_of(i)` gives a sentence's
    item nouns."""
    low = sentence.low
    terms = terms_of(sentence.index)
    found: dict[tuple[Category, str], Mention] = {}
    missiles_named = any(t.term.category is Category.MISSILES for t in terms)
    test_launch = missiles_named and is_test_launch(low)
    if (
        ("drill" in low or "exercise" in low)
        and OWN_DRILL.search(low)
        and not DELIVERY_VERB.search(low)
        and not WAR_NAMED.search(low)
    ):
        return []  # 'Kim supervised a joint strike drill ... called for the mass production of launchers'
    if has_any(low, UNBORNE_WORDS) and reports_not_borne_out(low):
        return []  # 'Reports that Russia has handed over MiG-29 fighters remain unconfirmed': nothing asserted
    no_sign = NO_SIGN_WORDS.search(low) is not None  # (most sentences have none: the pattern is slow)
    doubted = has_any(low, DOUBT_WORDS)
    historical = has_any(low, HISTORY_WORDS)
    banned = has_any(low, BAN_WORDS)
    know_how_for = KNOW_HOW_WORDS.search(low) is not None
    # (and an opening 'If': 'If Russia pays in oil, North Korea could send more troops', its condition no claim)
    asked = "whether" in low or " if " in low or low.lstrip(" \"'“‘(").startswith("if ")
    any_of = "any " in low
    air_defence_named = "pantsir" in low or "s-400" in low or "s-300" in low
    # 'Russia has never disclosed how many North Korean servicemen have died': a count not told, no item asserted
    untold = UNTOLD_HOW_MANY.search(low) if "how many" in low else None
    if untold is None and " no " in low:
        untold = GAVE_NO_FIGURE.search(low)  # ('The NIS gave no figure for North Korean prisoners': nothing told)
    untold_span = (untold.end(), untold_scope_end(low, untold.end())) if untold is not None else None
    russia_gives: list[bool] = []  # whether Russia gives North Korea something in the sentence, looked for once

    def gives_north_korea() -> bool:
        if not russia_gives:
            russia_gives.append(RU_TO_NK.search(low) is not None)
        return russia_gives[0]

    # the item again, as an addition: 'had supplied missiles and could provide additional missiles'
    added: list[Mention] = []
    for k, match in enumerate(terms):
        term = match.term
        if term.is_measure:
            continue
        if (before := found.get((term.category, term.subtype))) is not None:
            if (
                not added
                and added_before(low, match.start)
                and not ADDED_RIGHT_BEFORE.search(low, max(0, before.start - 30), before.start)
            ):
                added.append(Mention(term.category, term.subtype, term.unit, match.start, match.end))
            continue
        if (
            term.category in counted
            and term.category is not Category.OTHER  # (what Russia gives is of many kinds: 'air defence systems
            # and 1 million barrels of oil')
            and not added_before(low, match.start)
        ):
            continue  # ('sent 11,000 troops, followed by additional troops': an addition is another claim; 'could not
            # provide additional missiles' is none)
        if low.endswith(("launch", "launches"), match.start, match.end) and (
            not (helped := HELP_WITH_BEFORE.search(low, max(0, match.start - 60), match.start))
            or NOT_BEFORE.search(low, max(0, helped.start() - 30), helped.start())
        ):
            # a satellite launch is know-how only as help with it: 'its satellite launch failed in May' (nor help
            # not given: 'Russia did not help North Korea with its satellite launch')
            continue
        if has_any(low, OTHERS_SUPPLY_WORDS) and OTHERS_SUPPLY_BEFORE.search(
            low, max(0, match.start - 90), match.start
        ):
            continue  # 'Chinese aid to North Korea includes fuel', "China's oil shipments": another country's supply
        if (
            term.category is Category.CASUALTIES
            and "replac" in low
            and REPLACED_BEFORE.search(low, max(0, match.start - 40), match.start)
        ):
            continue  # 'sent 3,000 soldiers to replace casualties': why they were sent, no losses told
        if low.startswith("replacements", match.start) and FOR_ITEMS_AFTER.match(low, match.end):
            continue  # 'replacements for the 200 Koksan guns North Korea sent': new guns, no troops
        if (
            term.category is Category.OTHER
            and WORKED_BY_TROOPS_BEFORE.search(low, max(0, match.start - 90), match.start)
            and NK_NAMED.search(low, 0, match.start)
        ):
            continue  # 'North Korean troops were seen operating anti-aircraft guns': their use, nothing given
        following = terms[k + 1] if k + 1 < len(terms) else None
        if following is not None and _MODIFIER_GAP.fullmatch(low, match.end, following.start):
            continue  # 'artillery ammunition', 'missile launchers': the item is the last noun, the rest describe it
        if term.category in FIRES_AMMUNITION and fired_by(low, terms, k):
            # 'rounds of 170mm artillery', 'shells for its Koksan guns', 'rockets for its 240mm launchers': the guns
            # only say which ammunition
            continue
        if any(start <= match.start < end for start, end in figures):
            continue
        if term.subtype in ("persons", "north koreans"):
            continue
        if (
            term.category is Category.TROOPS
            and low.startswith("builder", match.start)
            and MAY_HELP_REBUILD_AFTER.match(low, match.end)
            and not MILITARY_BUILDERS.search(low)
        ):
            # builders, no soldiery named, who could help rebuild: labour Russia would bring in, the schema's civilian
            # workers ('North Korean builders could help rebuild Russian border areas'), not military builders sent
            if Category.WORKERS not in counted:
                found.setdefault(
                    (Category.WORKERS, "workers"),
                    Mention(Category.WORKERS, "workers", "workers", match.start, match.end),
                )
            continue
        if (
            term.category is Category.TROOPS
            and SPEAKS_AFTER.match(low, match.end)
            and not NK_NAMED.search(low, max(0, match.start - 24), match.start)
        ):
            continue  # 'the air force said', 'Ukrainian forces reported': a speaker, no troops sent
        if term.category is Category.DRONES and STAFFS_BEFORE.search(low, max(0, match.start - 40), match.start):
            continue  # 'labourers sent to staff drone assembly lines': workers, no drone know-how
        if low.startswith((" factor", " plant"), match.end) and (
            AT_A_PLACE_BEFORE.search(low, max(0, match.start - 12), match.start)
            or (term.category in MADE_IN_PLANTS and not plant_tells_item(low, match.start, match.end))
        ):
            # workers sent to a drone factory (helping build one is drone know-how); a missile or shell plant is a
            # workplace, no supply, unless it supplies Russia or is helped ('engineers for its missile plants')
            continue
        if (" output of" in low or " production of" in low or " capacity of" in low) and (
            COUNTED_OUTPUT_AFTER.match(low, match.end)
            or COUNTED_OUTPUT_BEFORE.search(low, max(0, match.start - 60), match.start)
        ):
            continue  # 'a hub for drone output of about 5,500 Geran drones a year': production, no supply
        if (
            term.category in (Category.DRONES, Category.TROOPS)
            and "train" in low
            and "drone" in match.text.lower()
            and (
                TRAINS_DRONE_CREWS.search(low, max(0, match.start - 80), match.end + 20)
                or TEACHES_DRONES.search(low, max(0, match.start - 120), match.end)
            )
            and taught_at_home(sentence)
            and gives_north_korea()
        ):
            # 'Russia is training North Korean drone operators in Pyongyang': drone know-how given at home
            if Category.DRONES not in counted:
                found[Category.DRONES, "drones"] = Mention(Category.DRONES, "drones", "drones", match.start, match.end)
            continue
        if (
            term.category is Category.TROOPS
            and "drone" in low
            and has_any(low, TRAINING_WORDS)
            and (taught := TEACHES_DRONES.search(low) or TAUGHT_AFRESH.search(low)) is not None
            and taught.start() - 40 <= match.start < taught.end()
            and (TRAINED_IN_RUSSIA.search(low) is None or (IN_NORTH_KOREA.search(low) and gives_north_korea()))
        ):
            continue  # 'Russian instructors are teaching North Korean soldiers to fly drones in Pyongyang': know-how,
            # no soldiers sent
        if (
            term.category is Category.TROOPS
            and "drone" in low
            and (taught := TAUGHT_TO_MAKE_DRONES.search(low)) is not None
            and taught.start() <= match.start < taught.end()
        ):
            continue  # 'teaching North Korean engineers to build attack drones': drone know-how, no engineers sent
        if term.category is Category.AMMUNITION and _FITTED_OR_HELD_BEFORE.search(
            low, max(0, match.start - 70), match.start
        ):
            continue  # 'launchers fitted with guided rockets' (a part of them), 'holds large inventories of
            # compatible shells and rockets' (a stock, none told sent), 'burned through vast stocks of munitions'

        if term.category is Category.VEHICLES and _FLOWN_BY_AFTER.match(low, match.end):
            continue  # 'MiG-29 pilots', 'fighter-jet crews': the people who fly them, no aircraft supplied
        if THREAT_BEFORE.search(low, max(0, match.start - 50), match.start) or ACTION_AFTER.match(low, match.end):
            continue  # 'exposed to drones', 'artillery fire', 'artillery crews', 'missile submarine': no supply
        if (
            term.category is Category.DRONES
            and DRONES_FOUGHT_AFTER.match(low, match.end)
            and not PROGRAM_AFTER.match(low, match.end)  # ('drone warfare technology')
            and not gives_north_korea()
        ):
            continue
        if (
            no_sign
            and NO_SIGN_BEFORE.search(low, max(0, match.start - 160), match.start)
            and not DELIVERED_RELATIVE.match(low[match.end :])
            and not UNTIL_AFTER.match(low, match.end)  # ('did not acknowledge ... until April, when ...')
        ):
            continue
        if historical and (
            SOVIET_GIVER_BEFORE.search(low, max(0, match.start - 120), match.start)
            or LAST_CENTURY.search(low, *clause_around(low, match.start, match.end))
            or (HISTORY_OPENING.match(low) and ";" not in low[: match.start])
        ):
            continue  # 'The Soviet Union supplied North Korea with MiG-29 fighters in the late 1980s': history
        if banned and BANNED_BEFORE.search(low, max(0, match.start - 140), match.start):
            continue  # 'bans the export of dual-use goods and drone components to North Korea': a ban, no supply
        if " no " in low and RECORDS_SHOW_NONE_BEFORE.search(low, max(0, match.start - 80), match.start):
            continue  # 'Customs records show no shipments of refined petroleum': none found
        if ("not " in low or "rather" in low or "instead" in low) and NOT_THIS_ONE_BEFORE.search(
            low, max(0, match.start - 40), match.start
        ):
            continue  # 'sent rocket launchers, not artillery pieces': the one not sent
        if (
            " but " in low
            and NOT_BUT_BEFORE.search(low, max(0, match.start - 30), match.start)
            and BUT_AFTER.match(low, match.end)
        ):
            continue  # 'is not a missile but air defence': the one set aside
        if (
            " not " in low
            and (";" in low or " but " in low or "rather" in low or "instead" in low or "—" in low or "–" in low)
            and NOT_THIS_KIND_BEFORE.search(low, max(0, match.start - 60), match.start)
            and (contrast := BUT_THIS_KIND_AFTER.match(low, match.end))
            and any(
                other.term.category is term.category and contrast.end() <= other.start <= contrast.end() + 40
                for other in terms[k + 1 :]
            )
        ):
            continue  # 'is not sending its elite troops; it is sending conscripts': the kind sent is told next
        if term.category is Category.TROOPS and (
            (
                low.startswith(" with ", match.end)
                and OWN_FORCES_SUPPLIED_BEFORE.search(low, max(0, match.start - 40), match.start)
            )
            or (
                (" to its " in low or " to their " in low)
                and RUSSIA_SUPPLIES_OWN_BEFORE.search(low, max(0, match.start - 120), match.start)
            )
        ):
            # 'Russia is not providing its soldiers with enough shells', '... enough ammunition to its troops': the
            # ones supplied, not sent
            continue
        if (
            doubted
            and (doubt := DOUBTED_BEFORE.search(low, max(0, match.start - 160), match.start))
            and not NONE_DOUBT.search(low, max(0, doubt.start() - 40), doubt.start())
        ):
            continue  # 'Analysts doubt that Russia will hand over submarine technology': no supply asserted
        if (
            no_sign
            and NONE_SEEN_BEFORE.search(low, max(0, match.start - 60), match.start)
            and SEEN_AFTER.match(low, match.end)
        ):
            continue  # 'No Russian transfer of fighter jets has been confirmed': nothing asserted
        if (
            term.category is Category.DRONES
            and has_any(low, TRAINING_WORDS)
            and TRAINED_TO_USE_BEFORE.search(low, max(0, match.start - 90), match.start)
            # (at home, know-how only from Russia: not 'soldiers trained to fly drones in North Korea were sent')
            and not (taught_at_home(sentence) and gives_north_korea())
        ):
            continue  # 'Russian officers are training North Korean troops in Kursk to operate drones': no supply
            # (nor 'Russian instructors were teaching them to fly drones', 'better at using drones')
        if (
            term.subtype == "electronic warfare systems"
            and "jam" in low
            and _NORTH_JAMS.search(low)
            and not has_any(low, ("russia", "moscow", "kremlin"))
        ):
            continue  # 'North Korea has been jamming GPS signals ..., using jamming equipment': its own jammers
        if (
            term.category is Category.MISSILES and (test_launch or is_test_launch(low, match.start))
        ) or LAUNCHED_AFTER.match(low, match.end):
            continue  # North Korea's own test into the sea, launch or drill supplies no one
        if (
            FACED_BEFORE.search(low, max(0, match.start - 50), match.start) or ROLE_AFTER.match(low, match.end)
        ) and not gives_north_korea():
            continue  # 'losses because of their inexperience with drones', 'shifted to drone and artillery roles'
        if "deployment" in low[match.start : match.end] and _DEPLOYMENT_OF.match(low, match.end):
            continue  # 'further deployments of air-defence systems': the deployment of what follows
        if (
            term.category is Category.DRONES
            and (
                (
                    WORKERS_MAKE_BEFORE.search(low, max(0, match.start - 60), match.start)
                    and any(t.term.category in (Category.WORKERS, Category.TROOPS) for t in terms[:k])
                )
                or (WORKPLACE_AFTER.match(low, past_drone_noun(low, match.end)) and work_there(terms[:k], low))
            )
            and not gives_north_korea()  # ('Russia sent engineers to North Korea to produce drones': know-how)
        ):
            continue  # 'workers sent to Alabuga to assemble Shahed-type drones': what the workers make, no supply
        if (
            term.category is Category.VEHICLES
            and air_defence_named
            and (
                _AIR_DEFENCE_CLASS_BEFORE.search(low, max(0, match.start - 40), match.start)
                or _AIR_DEFENCE_CLASS_AFTER.match(low, match.end)
            )
        ):
            continue  # 'a Pantsir-class combat vehicle' is the air-defence system's own, no armoured vehicle
        if (
            any_of
            and (hypothetical := ANY_TRANSFER_BEFORE.search(low, max(0, match.start - 90), match.start))
            and not DENIES_RIGHT_BEFORE.search(low, max(0, hypothetical.start() - 30), hypothetical.start())
        ):
            continue  # 'deeply concerned about any transfer of missile technology': what may be, none told
        if untold_span is not None and untold_span[0] <= match.start < untold_span[1]:
            continue
        if (
            SATELLITE_ITSELF.fullmatch(match.text.lower())
            and SATELLITE_LAUNCH.search(low)
            and not HELP_WORDS.search(low)
        ):
            continue  # 'North Korea launched a reconnaissance satellite': its own launch; Russia's help is know-how
        if (
            asked
            and ASKED_WHETHER_BEFORE.search(low, max(0, match.start - 120), match.start)
            and not ANSWER_CONFIRMS.match(low, match.end)
        ):
            continue  # 'Asked whether Russia was supplying fighter aircraft, he said ...': a question, no claim
        if (
            asked
            and IF_BEFORE.search(low, max(0, match.start - 60), match.start)
            and not GOES_ON_AFTER.match(low, match.end)
        ):
            continue  # 'if Pyongyang sent more shells to Russia': a condition, no claim
        # (a cheap look first: the pattern's words of giving, which most stretches before an item lack)
        giver_from = max(0, match.start - 90)
        if (
            any(map(low[giver_from : match.start].__contains__, OTHER_GIVER_VERBS))
            and OTHER_GIVER_BEFORE.search(low, giver_from, match.start)
        ) or (MADE_BY_OTHER_AFTER.match(low, match.end) and not NK_SENDS_BEFORE.search(low, 0, match.start)):
            continue  # 'South Korea to send artillery shells', 'MiG-29s delivered by the Soviet Union': another's
        other = OTHERS_BEFORE.search(low, max(0, match.start - 40), match.start)
        if (
            other
            and not (FROM_RUSSIA_WORDS.match(other.group()) and term.category in KNOW_HOW)
            and not (
                SHARE_OF_BEFORE.search(low, max(0, other.start() - 40), other.start())
                and NK_NAMED.search(low, *clause_around(low, other.start(), match.end)) is not None
            )
            and not FROM_NORTH_KOREA_AFTER.match(low, match.end)  # ('Ukraine says troops from North Korea ...')
            # ('North Korea has received Russian fighter jets', 'Russian air defence stationed near Pyongyang')
            and not (
                FROM_RUSSIA_WORDS.match(other.group())
                and term.category in RUSSIAN_GOODS
                and (
                    NORTH_KOREA_GETS.search(low, max(0, match.start - 70), match.start)
                    or PLACED_IN_NORTH_KOREA_AFTER.match(low, match.end)
                    # ("Russia's deliveries of refined petroleum to North Korea")
                    or RUSSIAS_SUPPLY_OF.match(low, other.start())
                    # ... or sent there, the destination right after: 'Russian oil to the DPRK', 'Russian tankers
                    # delivered oil to North Korea'
                    or (
                        DESTINED_FOR_NORTH_KOREA.match(low, match.end)
                        and not NONE_BEFORE.search(low, max(0, other.start() - 40), other.start())
                    )
                    # ... or their arrival there: 'The arrival of Russian air defence systems in Pyongyang'
                    or (
                        (arrival := ARRIVAL_OF_BEFORE.search(low, max(0, other.start() - 30), other.start()))
                        # (none told: 'there were no confirmed deliveries of Russian combat aircraft to the North')
                        and not NONE_OF_BEFORE.search(low, max(0, arrival.start() - 30), arrival.start())
                        and IN_NORTH_KOREA_AFTER.match(low, match.end)
                    )
                    # ... or what North Korea wants of Russia's: 'Kim wants Russian fighter jets'
                    or sought_from_russia(low, match.start, ("russian",))
                )
            )
        ):
            continue  # 'Ukrainian forces' are no support; 'Russian technology' going to North Korea is
        if (
            term.category is Category.CASUALTIES
            and match.text.lower() == "died"
            and DIED_DOWN.match(low, match.end)
            and FIGHTING_BEFORE.search(low, max(0, match.start - 50), match.start)
        ):
            continue  # 'the fighting in Kursk died down', 'has died away': no one died
        if (
            term.category is Category.CASUALTIES
            and any(c is Category.CASUALTIES for c, _ in found)
            and "of" in low[max(0, match.start - 30) : match.start]
            and OF_THE_DEAD_BEFORE.search(low, max(0, match.start - 40), match.start)
        ):
            continue  # 'hiding North Korean losses, even burning the faces of the dead': the losses, told once
        if (
            term.category is Category.CASUALTIES
            and low.startswith(("losses", "casualties"), match.start)
            and OTHER_SIDES_LOSSES_BEFORE.search(low, max(0, match.start - 80), match.start)
            and not OF_WHOM_AFTER.match(low, match.end)  # ('concealing the casualties of the North Korean contingent')
            and not NK_AMONG_AFTER.match(low, match.end)  # ('losses, including about 2,000 North Korean soldiers')
        ):
            continue  # 'Russia had taken heavy losses in Kursk', 'Moscow is hiding its losses': no North Korean's
        if (
            term.category is Category.CASUALTIES
            and low.startswith(("losses", "casualties"), match.start)
            and _BACKGROUND_LOSSES_BEFORE.search(low, 0, match.start)
            and _BACKGROUND_LOSSES_AFTER.match(low, match.end)
        ):
            continue  # 'After losses, about 11,000 North Korean soldiers remain in Russia': the setting of what the
            # sentence tells, no toll asserted of its own
        if term.category is Category.CASUALTIES and low.startswith(COUNTED_ONLY, match.start):
            continue  # 'injuries' tell of a count ('3,000 injuries'), not alone ('ranging from minor injuries')
        if term.category is Category.CASUALTIES and (
            not (of_north_koreans or NK_NAMED.search(low, max(0, match.start - 120), match.end + 120))
            or CIVILIANS_BEFORE.search(low, max(0, match.start - 40), match.start)
            or CIVILIANS_AFTER.match(low, match.end)
        ):
            continue  # 'hundreds of civilians died': no North Korean soldier's
        if term.category is Category.TROOPS and low.endswith(("nuclear ", "strategic "), 0, match.start):
            continue  # 'building up its nuclear forces': no troops
        if (
            term.category is Category.TROOPS
            and low.endswith("air ", 0, match.start)
            and low.startswith("force", match.start)
            # (people of it sent stay: 'has sent air force pilots and technicians to Russia')
            and not _AIR_FORCE_PEOPLE_AFTER.match(low, match.start + 5)
            # (help to build it up is know-how: 'may help modernise the North Korean air force')
            and not DEVELOPMENT_BEFORE.search(low, max(0, match.start - 50), match.start)
        ):
            continue  # 'jets for North Korea's ageing air force', "Ukraine's air force says": no troops sent
        if term.category is Category.TROOPS and AGENT_OF_BEFELL.match(low, match.end):
            continue  # 'our soldiers captured North Korean soldiers': the captors are no support
        if term.category is Category.TROOPS and (befell := BEFELL_OBJECT.search(low, max(0, match.start - 80),
                                                                                 match.start)):  # fmt: skip
            for key in [k for k, m in found.items() if k[0] is Category.CASUALTIES and m.start >= befell.start()]:
                del found[key]  # the verbs' own words ('killed') are this casualty, told in full
            if Category.CASUALTIES not in counted:
                casualties = _befell_casualties(befell["verbs"], match.start, match.end)
                found[Category.CASUALTIES, casualties.subtype] = casualties
            continue
        if term.category is Category.TROOPS and (fell := FELL_AFTER.match(low, match.end)):
            # 'a memorial to the soldiers who fell in Kursk': the dead, not a deployment (unless they died fighting)
            if Category.CASUALTIES not in counted:
                casualties = _befell_casualties("killed", match.start, match.end)
                found[Category.CASUALTIES, casualties.subtype] = casualties
            if not FIGHTING_AFTER.match(low, fell.end()):
                continue
        if (
            term.category is Category.TROOPS
            and Category.CASUALTIES not in counted
            and not any(c is Category.CASUALTIES for c, _ in found)
            and (befell_after := BEFELL_AFTER.match(low, match.end))
        ):
            casualties = _befell_casualties(befell_after["verbs"], match.start, match.end)
            found[Category.CASUALTIES, casualties.subtype] = casualties
        if (
            (
                PROGRAM_AFTER.match(low, match.end)
                # (an item named in full with its head noun before the list's next entry: 'oil, air-defence
                # equipment and military know-how', not 'missile and satellite technology')
                and not (low.endswith(_FULL_HEADS, match.start, match.end) and _NEXT_ENTRY.match(low, match.end))
                # (nor an item listed before a know-how of no item: 'food, oil and military technology')
                and not GENERIC_KNOW_HOW_NEXT.match(low, match.end)
            )
            or (
                DEVELOPMENT_BEFORE.search(low, max(0, match.start - 50), match.start)
                # (fuel refined is no know-how: 'helped refine crude oil shipments bound for North Korea')
                and not _FUEL.match(low, match.start)
                # ('Russians improved the guidance systems of the missiles North Korea supplied': the delivery is
                # told, and no one helps the North)
                and not (DELIVERED_RELATIVE.match(low[match.end :]) and not gives_north_korea())
            )
            or (
                "systems" in low[max(0, match.start - 60) : match.start]
                and GUIDANCE_FOR_BEFORE.search(low, max(0, match.start - 60), match.start)
                and gives_north_korea()
            )
            or (
                term.category not in KNOW_HOW
                and know_how_for
                and KNOW_HOW_FOR_BEFORE.search(low, max(0, match.start - 160), match.start)
            )
        ):
            # 'supported the North's ballistic missile programs', 'for its development of ICBMs': know-how; drone
            # know-how is a drones claim, as the schema has it ('helping North Korea build attack drones')
            know_how = (
                (Category.DRONES, term.subtype)
                if term.category is Category.DRONES
                else (Category.TECHNOLOGY_TRANSFER, "technology")
            )
            if know_how[0] not in counted and know_how not in found:
                found[know_how] = Mention(*know_how, term.unit if term.category is Category.DRONES else None,
                                          match.start, match.end)  # fmt: skip
            continue
        found[term.category, term.subtype] = Mention(term.category, term.subtype, term.unit, match.start, match.end)
        if (
            term.category is Category.ROCKET_LAUNCHERS
            and low.startswith("rocket artillery", match.start)
            and _TUBE_AND_BEFORE.search(low, max(0, match.start - 30), match.start)
            and Category.ARTILLERY not in counted
        ):
            # 'tube and rocket artillery units': the guns share the head noun, an artillery item of their own
            found.setdefault(
                (Category.ARTILLERY, "artillery"),
                Mention(Category.ARTILLERY, "artillery", "pieces", match.start, match.end),
            )
    # 'soldiers were killed' asserts casualties, not a deployment, when nothing else in the sentence sends them
    # or places them ('troops in Kursk have suffered losses' says they are there)
    troops = found.get((Category.TROOPS, "troops"))
    if (
        troops is not None
        # (the casualties may be counted elsewhere in the article: 'army units ... suffered significant losses')
        and (any(c is Category.CASUALTIES for c, _ in found) or Category.CASUALTIES in counted)
        and (
            (
                (not PLACED.match(low, troops.end) or FIGHTING_NOT_TOLD.match(low, troops.end))
                and all(
                    # (matched in place: 'taken' befalls only where 'heavy losses' follow it)
                    ((b := ONLY_BEFELL.match(low, m.start())) is not None and b.end() == m.end())
                    or FIGHTING_NOT_TOLD.match(low, m.start() - 1)
                    # (a denial of what befell them sends no one: 'Russia denied that North Korean soldiers had
                    # been killed')
                    or m.group().startswith(DENIAL_STEMS)
                    for m in SUPPORT.finditer(low)
                )
            )
            # (the toll's own people, however they came: 'Casualties among the North Korean forces dispatched to ...')
            or TOLL_OF_BEFORE.search(low, max(0, troops.start - 60), troops.start)
        )
    ):
        del found[Category.TROOPS, "troops"]
    _drone_know_how(low, terms, found, counted)
    # 'artillery rounds ... ammunition' in one sentence: the generic word names the same item as the specific one
    # (not rockets, an item of their own beside shells: 'supplied rockets and shells' gives both)
    return [
        m
        for (category, subtype), m in found.items()
        if subtype != category.value
        or not any(c is category and s != subtype for c, s in found)
        or low.startswith("rocket", m.start)
    ] + [m for m in added if (m.category, m.subtype) in found]


def _drone_know_how(
    low: str, terms: list[TermMatch], found: dict[tuple[Category, str], Mention], counted: set[Category]
) -> None:
    """Technology for making drones is drone know-how, a drones claim as the schema has it: 'transferred technology
    for the mass production of Shahed-type drones', 'the know-how to build its own Geran drones' (not 'technology
    for its satellites and drones', where the technology is for another item too)."""
    tech = found.get((Category.TECHNOLOGY_TRANSFER, "technology"))
    if tech is None:
        return
    after = [t for t in terms if t.start >= tech.end and not t.term.is_measure]
    if (
        not after
        or after[0].term.category is not Category.DRONES
        or not FOR_MAKING.fullmatch(low, tech.end, after[0].start)
        # (know-how for anything else in the sentence stays: '... and may be helping with its submarine')
        or any(t.term.category is Category.TECHNOLOGY_TRANSFER and t.start != tech.start for t in terms)
        # (nor when the drones are one of a list the know-how is for: 'know-how on drones and air defence')
        or MORE_ITEMS_AFTER.match(low, after[0].end)
    ):
        return
    del found[Category.TECHNOLOGY_TRANSFER, "technology"]
    drone = after[0]
    if Category.DRONES not in counted and not any(c is Category.DRONES for c, _ in found):
        # (where the know-how stands: who gives it is told there, not by 'its own drones')
        found[Category.DRONES, drone.term.subtype] = Mention(
            Category.DRONES, drone.term.subtype, drone.term.unit, tech.start, drone.end
        )


def _befell_casualties(verbs: str, start: int, end: int) -> Mention:
    """The casualties that the verbs before a soldier noun say befell them ('captured or killed')."""
    found = sorted(
        (verbs.index(stem), "killed_or_wounded" if kind == "both" else kind)
        for stem, kind in VERB_KINDS.items()
        if stem in verbs
    )
    kinds = list(dict.fromkeys(kind for _, kind in found))  # as the text orders them
    if len(kinds) == 1:
        subtype = kinds[0]
    elif set(kinds) == {"killed", "wounded"}:
        subtype = "killed_or_wounded"
    else:
        subtype = " or ".join(kinds)
    return Mention(Category.CASUALTIES, subtype, "troops", start, end)
