"""People as the schema names them: without their rank, by surname, Korean names whole; and people named as
members of an organisation ('Park Ji-won of the Institute for ...')."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.phrases import has_any

# a person named as a member of the organisation that follows: 'Park Ji-won of the', 'Lee Min-ho, a fellow at the'
MEMBER_BEFORE = re.compile(
    r"(?<![\w'’])(?P<person>(?!(?:The|He|She|It|They)\b)[A-Z][a-z'’]+(?:(?:\s+[A-Z]|-[A-Za-z])[a-z'’]+){1,3}),?\s+"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,3})?(?:of|at|from|with)\s+(?:the\s+)?$"
)

# ... and one set off with the post they hold there, titles and all: 'Jenny Town, director of', 'Victor Cha, Korea
# chair at', 'Jack Watling, a senior research fellow at'
_MEMBER_WITH_POST_BEFORE = re.compile(
    r"(?<![\w'’])(?P<person>(?!(?:The|He|She|It|They)\b)[A-Z][a-z'’]+(?:(?:\s+[A-Z]|-[A-Za-z])[a-z'’]+){1,3}),\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){1,4}?(?:of|at|from|with)\s+(?:the\s+)?$"
)

# a tie the person no longer holds, right before the body: 'Victor Cha, who left CSIS in 2024, said', 'a former RUSI
# fellow', 'formerly of CSIS', 'an ex-NIS official': the body does not speak through them
_PAST_TIE_WORDS = ("former", "ex-", "left ", "quit ", "retired from", "one-time", "onetime", "erstwhile")
_PAST_TIE_BEFORE = re.compile(
    r"(?:\b(?:former(?:ly)?|one-?time|erstwhile|(?:who|after\s+(?:he|she))\s+(?:left|quit|retired\s+from))\s+|\bex-)"
    r"(?:(?:[a-z-]+\s+){0,3}?(?:of|at|with|for|in)\s+)?(?:the\s+)?$"
)


def past_tie_before(low: str, start: int) -> bool:
    """Whether the body named at `start` is one the person named with it has left ('a former RUSI fellow')."""
    return has_any(low, _PAST_TIE_WORDS) and _PAST_TIE_BEFORE.search(low, max(0, start - 50), start) is not None


_KOREAN_SURNAMES = frozenset(
    "Kim Lee Park Choi Choe Cho Jung Jeong Chung Kang Yoon Yun Jang Lim Han Shin Yu Hwang Ahn Song Oh Seo Kwon Hong "
    "Moon Yang Ko Bae Baek Nam Noh Ha Joo Ri Pak Jo".split()
)
# Japanese surnames, which Japanese copy writes first ('Hayashi Yoshimasa') and Western copy last: a person is named
# by the surname either way
_JAPANESE_SURNAMES = frozenset(
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi "
    "Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Maeda Okada Hasegawa "
    "Fujita Goto Kondo Murakami Endo Aoki Sakamoto Saito Fukuda Nishimura Fujii Kishida Ishiba Iwaya Nakatani "
    "Kamikawa Motegi Takaichi Suga Hamada Kihara Matsuno Taniguchi Komizo Ota Ono Nakajima Tamura Takeuchi Kaneko "
    "Wada Nakano Harada Fujiwara Murata Ueda Yokoyama Miyazaki Kudo Sakai Miura Arai Kubo Matsuda Noguchi Nomura "
    "Koizumi Kono Abe Okamoto Sugiyama Takada Imai Maruyama Masuda Hirano Otsuka Chiba Kubota Onishi Iwasaki "
    "Yamashita Nishida Ando Michishita Kanehara Hosoya Kotani".split()
)
# a romanised Japanese name, syllable by syllable ('yoshimasa', 'daisuke'; not 'ellison', 'daniels')
_JAPANESE_GIVEN_NAME = re.compile(r"(?:(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwjf])?[aiueo]|n)+")
_GIVEN_NAME_HYPHENATED = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")  # 'Yong-weon': a Korean name, named whole
# a military rank before a name ('Gen. Christopher Cavoli', 'Colonel Mart Valk')
MILITARY_RANK = r"(?:Gen|Lt|Lieut|Col|Maj|Adm|Brig|Cmdr|Capt)\.?\s|(?:General|Admiral|Colonel|Major)\s"
_RANKS = re.compile(
    r"^(?:(?:Lt|Lieut|Gen|Col|Maj|Adm|Capt|Sgt|Cpl|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Brig|Cmdr)\.?\s+"
    # ... and a job named before the name: 'Analyst Park Min-ho', 'Professor Andrei Lankov'
    r"|(?:Analyst|Professor|Researcher|Expert|Scholar|Commentator|Journalist|Reporter|Lawmaker|Senator|Representative|"
    r"Former|Retired|Defector)\s+(?=[A-Z]))+"
)


def without_rank(name: str) -> str:
    """'Gen. Jane Doe' is 'Jane Doe'."""
    return _RANKS.sub("", name)


def person_named(name: str) -> str:
    """A person as the schema names people no gazetteer lists: by surname ('Asmolov'), a Korean name whole
    ('Lee Sung-jun')."""
    words = without_rank(name).split()
    korean = words[0] in _KOREAN_SURNAMES or _GIVEN_NAME_HYPHENATED.search(name)
    if korean:
        return " ".join(words)
    surname_first = (
        len(words) == 2
        and words[0] in _JAPANESE_SURNAMES
        and words[1] not in _JAPANESE_SURNAMES
        and _JAPANESE_GIVEN_NAME.fullmatch(words[1].lower()) is not None
    )
    return words[0] if surname_first else words[-1]


def member_speaks(
    text: str, low: str, start: int, end: int, is_bound: Callable[[str, int, int], bool]
) -> re.Match[str] | None:
    """The person set off before the body named at `start` with the post held there, who speaks ('Victor Cha, Korea
    chair at CSIS, said'), if any (not one who has left it: 'Victor Cha, formerly of CSIS, said')."""
    if not low.endswith((" of ", " at ", " from ", " with ", " the "), 0, start) or "," not in low[:start]:
        return None  # (a cheap test first)
    member = _MEMBER_WITH_POST_BEFORE.search(text, max(0, start - 80), start)
    if (
        member is None
        or past_tie_before(low, start)
        or not is_bound(low, member.start(), end + low.startswith(",", end))
    ):
        return None
    return member


# ... or after the body, with the post before the name: '38 North director Jenny Town said', "CSIS's Victor Cha
# said", "NK News CEO Chad O'Carroll said"
_POST_AND_PERSON_AFTER = re.compile(
    r"(?P<of>['’]s)?\s+(?P<post>(?i:(?:senior|chief|executive|managing|founding|deputy|research|programme|program)\s+){0,2}"
    r"(?i:(?P<head>director|ceo|founder|co-founder|head|president|chair|chairman)|analyst|fellow|researcher|expert)\s+)?"
    r"(?P<person>(?!(?:The|He|She|It|They)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def post_and_person_after(
    text: str, low: str, start: int, end: int, is_bound: Callable[[str, int, int], bool], outlet: bool = False
) -> re.Match[str] | None:
    """The person named with a post right after the body named at `start`, who speaks ('38 North director Jenny Town
    said'), if any: not a name that merely follows the body ('CSIS Victor Cha'), nor an outlet's journalist, who
    speaks as the outlet ("Yonhap's Kim Soo-yeon", 'Reuters editor John Smith'): an outlet's head only."""
    possessive = low.startswith(("'s", "’s"), end - 2)
    after = _POST_AND_PERSON_AFTER.match(text, end)
    if after is None or (after["of"] is None and after["post"] is None and not possessive):
        return None
    if outlet and after["head"] is None:
        return None
    return after if is_bound(low, start, after.end()) else None


# an outlet's journalist named right after it: "Yonhap's Kim Soo-yeon reported", 'Reuters editor John Smith said'
_JOURNALIST_WORDS = r"editor|reporter|correspondent|journalist|writer|columnist"
_JOURNALIST_AFTER = re.compile(
    rf"(?:['’]s\s+(?:[a-z-]+\s+){{0,2}}?|\s+(?:[a-z-]+\s+){{0,2}}?(?:{_JOURNALIST_WORDS})\s+)"
    r"(?P<person>(?!(?:The|He|She|It|They)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_JOURNALIST_POST = re.compile(rf"\b(?:{_JOURNALIST_WORDS})s?\b")
_HEAD_POST = re.compile(
    r"\b(?:director|ceo|chief|executive|founder|co-founder|head|president|chair|chairman|publisher)\b"
)


def journalist_speaks(
    text: str, low: str, start: int, end: int, is_bound: Callable[[str, int, int], bool]
) -> re.Match[str] | None:
    """The outlet's journalist (not its head) named with the outlet at `start`, who speaks as the outlet: "Yonhap's
    Kim Soo-yeon reported", 'Reuters editor John Smith said', 'Kim Tae-hyun, a reporter at Yonhap, said'."""
    after = _JOURNALIST_AFTER.match(text, end)
    if after is not None and _HEAD_POST.search(low, end, after.start("person")) is None:
        return after if is_bound(low, start, after.end()) else None
    member = member_speaks(text, low, start, end, is_bound)
    if (
        member is not None
        and _JOURNALIST_POST.search(low, member.end("person"), start) is not None
        and _HEAD_POST.search(low, member.end("person"), start) is None
    ):
        return member
    return None
