"""Blind wire-style cases written by the team in the manner of real scraped excerpts (no article text copied)."""

from __future__ import annotations

from tests.core.extract.case_types import ArticleCase, Expect

CASES_WIRE: list[ArticleCase] = [
    # Yonhap-style brief on the first NIS disclosure. '11th Corps', 'four brigades', 'Oct. 8 and 13' are
    # distractors; 'officers ... spotted' and 'a second transfer' are null-valued.
    ArticleCase(
        id="wire-01-yonhap-nis-12000",
        published="2024-10-18",
        text="""\
 date 2024-10-18 North Korea
(LEAD) N. Korea decides to send some 12,000 troops to Russia, first group already moved: NIS

SEOUL, Oct. 18 -- North Korea has decided to dispatch some 12,000 soldiers, including special warfare units, to fight alongside Russian forces in the war in Ukraine, and the first group has already left the country, the National Intelligence Service (NIS) said Friday.

According to the spy agency, around 1,500 special operations troops were moved aboard Russian navy transport vessels from the areas of Chongjin, Hamhung and Musudan to Vladivostok between Oct. 8 and 13, in what it described as the first phase of the deployment. A second transfer is expected to take place soon.

The soldiers were handed Russian uniforms, weapons and forged identity papers so they could pass as residents of Yakutia and Buryatia, the NIS said, adding they are being kept at bases in the Far East, including Ussuriysk and Khabarovsk, for adaptation training before being sent to the front.

The troops are drawn from four brigades of the 11th Corps, known as the Storm Corps, it said.

The agency said the North has shipped more than 13,000 containers packed with artillery shells, missiles and anti-tank rockets to Russia since August last year, and that North Korean officers had been spotted in occupied areas of Ukraine earlier this year.

Presidential office officials, who held an emergency security meeting chaired by President Yoon Suk Yeol on the day, described the move as a serious threat that goes beyond the Korean Peninsula and

Related Articles
- S. Korea summons Russian ambassador over N. Korea's troop dispatch
- N. Korea blows up parts of inter-Korean roads near border""",
        expected=(
            Expect("troops", 12000, "approx", "planned"),
            Expect("troops", 1500, "approx"),
            Expect("ammunition", 13000, "more_than"),
        ),
    ),
    # AFP rewrite: subset in Kursk, a bare range for the total, and last week's superseded figure.
    # Russia's 50,000 troops and 600 square kilometres are distractors.
    ArticleCase(
        id="wire-02-afp-blinken-kursk",
        published="2024-11-01",
        text="""\
 date 2024-11-01 World
North Korean troops in Kursk expected to join fighting 'in coming days': Blinken

WASHINGTON - Around 8,000 North Korean soldiers have moved into Russia's Kursk border region and Washington expects them to be used against Ukrainian forces "in the coming days," US Secretary of State Antony Blinken said Thursday.

Speaking alongside South Korea's foreign and defence ministers after talks at the State Department, Blinken said the troops had been trained in artillery, drone operations and basic infantry tactics, including trench clearing.

The Pentagon separately put the overall number of North Korean soldiers now in Russia at between 10,000 and 11,000, sharply higher than the 3,000 it had confirmed last week, when most of the contingent was still at training grounds in the Russian Far East.

"If these troops engage in combat or combat support operations against Ukraine, they will become legitimate military targets," Pentagon deputy press secretary Sabrina Singh told reporters.

Ukraine says Russia has concentrated some 50,000 troops in Kursk, where Kyiv's forces still hold around 600 square kilometres of territory seized in a surprise incursion in August.

Moscow has not denied the deployment. President Vladimir Putin said last week it was Russia's "sovereign business" how it applied the mutual defence treaty signed with Pyongyang in June.

North Korean Foreign Minister Choe Son Hui was in Moscow on Friday for talks with her counterpart Sergei Lavrov, Russian state media said.

AFP""",
        expected=(
            Expect("troops", 8000, "approx"),
            Expect("troops", 10000, None, value_max=11000),
            Expect("troops", 3000, "exact"),
        ),
    ),
    # Kyiv Independent-style HUR item. The Russian 'three senior officers' per group of 30 and
    # 'five military training grounds' are distractors; the three North Korean generals are a claim.
    ArticleCase(
        id="wire-03-kyivindependent-hur-first-units",
        published="2024-10-24",
        text="""\
News Feed, Ukraine, North Korea, Kursk Oblast, War
First North Korean units arrive in Kursk Oblast, military intelligence says

by Kateryna Hodunova October 24, 2024 1:12 PM 2 min read
North Korean leader Kim Jong Un inspects a training base of special operation units in an undisclosed location in North Korea, in a photo released on Sept. 13, 2024. (KCNA / AFP)

The first North Korean troops trained in Russia's Far East have arrived in Kursk Oblast, Ukraine's military intelligence agency (HUR) reported on Oct. 24.

The units reached the combat zone on Oct. 23, according to the agency.

In total, around 12,000 North Korean military personnel, among them 500 officers and three generals, are being trained at five military training grounds in eastern Russia, HUR said.

The soldiers are reportedly being taught to operate Russian artillery and drones and to conduct infantry assaults, and have been issued Russian uniforms and equipment.

Russian instructors have complained about the language barrier, the intelligence agency said, adding that the Russian command has assigned one interpreter and three senior officers to every group of 30 North Korean soldiers.

President Volodymyr Zelensky said earlier this week that North Korean troops could appear on the battlefield as early as Oct. 27-28.

Read also: Zelensky: North Korean officers already present in occupied territories
Read also: Russia attacks Odesa Oblast with drones overnight, injuring""",
        expected=(
            Expect("troops", 12000, "approx"),
            Expect("troops", 500),
            Expect("troops", 3),
        ),
    ),
    # KBS anchor/report format, first NIS casualty figures. Calibres (240-, 170-millimeter) are distractors;
    # additional launchers, guns and suicide drones are planned but null-valued.
    ArticleCase(
        id="wire-04-kbs-nis-first-casualties",
        published="2024-12-19",
        text="""\
 date 2024-12-19 Photo : YONHAP News

Anchor: The National Intelligence Service says at least 100 North Korean soldiers deployed to Russia have been killed in combat and close to one-thousand others have been wounded. The spy agency attributes the heavy toll to the troops' lack of experience with drone warfare and open terrain. Choi Min-ji reports.

Report: Ruling People Power Party Rep. Lee Seong-kweun, who sits on the parliamentary intelligence committee, told reporters on Thursday that the NIS had confirmed North Korean casualties for the first time.[Sound bite: People Power Party Rep. Lee Seong-kweun (Korean)]"At least 100 of them were killed after they entered combat this month and the number of wounded is nearing one-thousand. There are indications that a high-ranking officer is among the dead."Lee said the NIS believes the losses are mounting because the North Korean units are used as front-line assault troops in wide fields where they are exposed to drones and artillery.The agency also assessed that Pyongyang is likely to send additional 240-millimeter multiple rocket launchers and 170-millimeter self-propelled guns to Russia, as well as suicide drones it has started to mass produce.[Sound bite: Democratic Party Rep. Park Sun-won (Korean)]"The NIS said North Korean soldiers are being used as expendable forces by the Russians and that their ignorance of drones is hurting them. It also sees a possibility that""",
        expected=(
            Expect("casualties", 100, "at_least"),
            Expect("casualties", 1000, "approx"),
        ),
    ),
    # Ukrainska Pravda-style Source/Quote/Details/Background item. 'several hundred' (Pentagon) is vague;
    # the SSO figures in the background are claims; the 'Read also' drones/missiles are Russian.
    ArticleCase(
        id="wire-05-pravda-zelensky-3000",
        published="2024-12-23",
        text="""\
 date 2024-12-23 Zelensky: North Korean losses in Kursk Oblast already exceed 3,000 killed and wounded

Ukrainian President Volodymyr Zelensky has said that more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast.

Source: Zelensky on Telegram, after a report by Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi

Quote: "According to preliminary data, the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000. There is a risk that North Korea will send additional soldiers and military equipment to the Russian army. We will have substantive responses to this."

Details: Zelensky said Moscow and Pyongyang were trying to hide the presence of North Korean troops on the battlefield, including by concealing the bodies of the dead and keeping the soldiers away from cameras.

Background:
- On 17 December, the Pentagon said North Korean troops had suffered "several hundred" casualties, both killed and wounded.
- On 16 December, Ukraine's Special Operations Forces said that in three days of fighting in Kursk Oblast they had killed 50 North Korean soldiers and wounded 47.
- South Korea's intelligence service has said that Pyongyang may also be preparing to supply Russia with kamikaze drones.

Read also: Russia attacks Ukraine with 72 drones and three missiles overnight""",
        expected=(
            Expect("casualties", 3000, "more_than"),
            Expect("casualties", 50),
            Expect("casualties", 47),
        ),
    ),
    # Kyiv Independent-style: two captured soldiers. Ages, birth years and dates are distractors; the
    # December capture of 'a wounded soldier' is not a number.
    ArticleCase(
        id="wire-06-kyivindependent-two-captured",
        published="2025-01-11",
        text="""\
News Feed, North Korea, Russia, Ukraine, Kursk Oblast
Ukraine captures two North Korean soldiers in Kursk Oblast, Zelensky says

by Martin Fornusek January 11, 2025 4:05 PM 2 min read
A North Korean soldier captured by Ukrainian forces in Kursk Oblast, in a photo published on Jan. 11, 2025. (Volodymyr Zelensky / Telegram)

Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast, President Volodymyr Zelensky announced on Jan. 11.

Both men were wounded but survived and were taken to Kyiv, where they are now in the custody of the Security Service of Ukraine (SBU), the president said.

"This was not easy: Russian soldiers and other North Korean servicemen usually execute their wounded to erase any evidence of North Korea's involvement in the war against Ukraine," Zelensky wrote.

According to the SBU, one of the prisoners was taken by paratroopers on Jan. 9 and the other by special operations forces the same week. One of them, born in 2005, said he had been told he was going to Russia for training rather than to fight. The other, 26, was carrying a Russian military ID issued in the name of a man from Tuva.

Neither speaks English, Ukrainian or Russian, and the interrogations are being conducted with the help of interpreters in cooperation with South Korean intelligence, the SBU said.

In late December, Ukraine reported the capture of a wounded North Korean soldier who died shortly afterwards.

Read also: Ukraine war latest: Russia's Kursk counteroffensive stalls as""",
        expected=(Expect("casualties", 2),),
    ),
    # AFP rewrite of the NIS briefing: killed, wounded, total deployed and the two captives are four
    # distinct figures. 'born in 2005' is a distractor.
    ArticleCase(
        id="wire-07-afp-nis-300-2700",
        published="2025-01-13",
        text="""\
 date 2025-01-13 Asia
Around 300 North Korean troops killed fighting for Russia: Seoul

Seoul (AFP) - Around 300 North Korean soldiers have been killed and some 2,700 wounded while fighting for Russia against Ukraine, a South Korean lawmaker said Monday, citing Seoul's spy agency.

Pyongyang is estimated to have sent about 11,000 soldiers to Russia last autumn, most of them to the western Kursk region where Ukraine launched a cross-border offensive in August.

Memos found on dead soldiers suggest North Korean authorities pressured them to kill themselves rather than be taken prisoner, lawmaker Lee Seong-kweun told reporters after a briefing by the National Intelligence Service (NIS).

"One North Korean soldier who was about to be captured shouted 'General Kim Jong Un' and tried to detonate a grenade before he was shot," Lee said.

The NIS on Sunday confirmed that Ukraine had captured two North Korean soldiers in Kursk, one of them born in 2005, and said it was working with Kyiv on their questioning.

The spy agency said the high losses stemmed from the North Koreans' unfamiliarity with modern warfare and Russia's use of them as expendable assault units.

Neither Moscow nor Pyongyang has officially acknowledged the deployment.

bur-cdl/ser""",
        expected=(
            Expect("casualties", 300, "approx"),
            Expect("casualties", 2700, "approx"),
            Expect("troops", 11000, "approx"),
            Expect("casualties", 2),
        ),
    ),
    # RBC-Ukraine-style interview rewrite. 'up to 50%' is a share, '1-3 kilometers'/'50-100 meters' are
    # specifications, 'about 2 million a year' is a production rate, the teaser's 1,200 is Russian losses.
    ArticleCase(
        id="wire-08-rbc-hur-shells-kn23",
        published="2025-03-03",
        text="""\
RBC-Ukraine » News » War in Ukraine
North Korea covers up to half of Russian army's need in shells – Ukrainian intelligence
 date 2025-03-03, 11:45
North Korean ballistic missiles have become much more precise, says HUR (photo: Getty Images)

North Korea now covers up to 50% of the needs of the Russian army in artillery ammunition, and the accuracy of its ballistic missiles fired at Ukraine has sharply improved. This was stated by the representative of the Main Intelligence Directorate of the Ministry of Defense of Ukraine (HUR) Vadym Skibitskyi in an interview to Reuters, reports RBC-Ukraine.

According to him, since the start of deliveries in 2023 Pyongyang has handed over to Moscow about 4 million artillery rounds. In 2024 alone, the Russians received more than 100 KN-23 and KN-24 ballistic missiles from the DPRK.

"Earlier the deviation of these missiles was 1-3 kilometers, now it is 50-100 meters," Skibitskyi said, explaining that North Korean engineers improved the missiles after analysing their combat use in Ukraine.

He estimated that North Korean plants are capable of producing about 2 million shells a year, but a part of them goes to the own reserves of the DPRK army.

In exchange Moscow provides Pyongyang with oil, food and help with space and missile programmes, the intelligence officer added.

Read also:
- Russia lost 1,200 soldiers over past day – General Staff
- Trump's envoy to visit Kyiv next week""",
        expected=(
            Expect("ammunition", 4000000, "approx"),
            Expect("missiles", 100, "more_than"),
        ),
    ),
    # Reuters-style: containers, the shells they could carry, and November's earlier container estimate.
    # '70%', '30%', '152mm' and 'since July' are not claims.
    ArticleCase(
        id="wire-09-reuters-shin-6700-containers",
        published="2024-02-27",
        text="""\
 date 2024-02-27 World, Asia Pacific
N.Korea has shipped 6,700 containers of munitions to Russia, Seoul says

By Josh Smith

SEOUL, Feb 27 (Reuters) - North Korea has shipped about 6,700 containers to Russia since July last year that could carry more than 3 million rounds of 152mm artillery shells, South Korea's defence minister said on Tuesday.

Defence Minister Shin Won-sik told reporters that in return the North had mostly received food, which makes up about 70% of the containers coming from Russia, along with raw materials and components for weapons manufacturing.

The estimate is up from about 2,500 containers that Seoul officials cited in November.

North Korea's munitions factories are running at only about 30% of capacity because of shortages of raw materials and electricity, Shin said, but plants making shells for Russia are operating at full tilt.

Both Moscow and Pyongyang have denied any arms transfers, but pledged last year to deepen military ties, including at a summit between Kim Jong Un and Vladimir Putin at a Russian spaceport in September.

Ukrainian officials have said Russia has fired North Korean ballistic missiles at targets in Ukraine since late December, a sign that the cooperation goes beyond

Reporting by Josh Smith; Editing by""",
        expected=(
            Expect("ammunition", 6700, "approx"),
            Expect("ammunition", 3000000, "more_than"),
            Expect("ammunition", 2500, "approx"),
        ),
    ),
    # Yonhap-style NIS brief from late 2023. 'two months' is a consumption figure, 'third launch attempt'
    # an ordinal; satellite help is a null-valued technology claim.
    ArticleCase(
        id="wire-10-yonhap-nis-1mln-shells",
        published="2023-11-01",
        text="""\
 date 2023-11-01 North Korea
N. Korea believed to have shipped over 1 mln artillery shells to Russia: NIS

SEOUL, Nov. 1 -- North Korea is believed to have sent more than 1 million artillery shells to Russia by ship and military transport aircraft since early August, South Korea's spy agency told lawmakers Wednesday.

The amount is estimated to be enough to cover about two months of Russia's artillery use in the war against Ukraine, according to Rep. Yoo Sang-bum of the ruling People Power Party, who briefed reporters after a closed-door session of the parliamentary intelligence committee.

The National Intelligence Service (NIS) also said North Korea appears to be receiving Russian technical assistance for its military reconnaissance satellite program, and that a third launch attempt is likely to be made as early as late November.

"It is highly likely that North Korea has received technical advice from Russia since the summit," Yoo quoted the agency as saying, referring to the meeting between Kim Jong Un and Vladimir Putin at the Vostochny Cosmodrome on Sept. 13.

The NIS said the shipped munitions include 152 mm and 122 mm shells, and that North Korean factories have been working around the clock to meet Russian demand.

Pyongyang and Moscow have dismissed reports of arms deals as groundless.

(END)""",
        expected=(Expect("ammunition", 1000000, "more_than"),),
    ),
    # Ukrainska Pravda-style: missiles fired by Russia (a missiles claim). 'Juche 112' marking, 'about
    # half' and the Russian Shahed teaser are distractors; 'several dozen' is vague.
    ArticleCase(
        id="wire-11-pravda-kostin-20-missiles",
        published="2024-02-16",
        text="""\
 date 2024-02-16 Russia has fired about 20 North Korean ballistic missiles at Ukraine – Prosecutor General

Ukraine's Prosecutor General Andrii Kostin has said that since late December Russia has launched around 20 ballistic missiles manufactured in North Korea at Ukrainian territory.

Source: Kostin in an interview with Reuters

Details: According to Kostin, the North Korean missiles have proved to be of poor quality: about half of them lost their programmed trajectory and exploded in the air, he said.

Investigators who examined fragments of a missile that hit Kharkiv on 2 January found markings reading "112", which corresponds to the year 2023 in the North Korean Juche calendar.

Kostin said the evidence showed that Pyongyang was breaching the UN arms embargo and that Ukraine had shared its findings with the UN sanctions committee.

Background:
- In early January, the White House said Russia had received ballistic missile launchers and several dozen ballistic missiles from North Korea.
- Moscow and Pyongyang deny that any arms have been transferred.

Read also: Russia attacks Ukraine with 30 Shaheds overnight: air defence downs""",
        expected=(Expect("missiles", 20, "approx"),),
    ),
    # NK News-style summary of think-tank research. The four vessels and '11 round trips' are transport,
    # not supplies; 'could have carried up to 1 million' is a second ammunition claim.
    ArticleCase(
        id="wire-12-nknews-rusi-7000-containers",
        published="2024-03-05",
        text="""\
NK Pro | Russia | Sanctions
 date 2024-03-05 
Russian cargo ships ferried at least 7,000 containers of munitions from Rajin, think tank finds

Russian-flagged cargo ships have carried at least 7,000 containers of munitions and related materiel from North Korea's northeastern port of Rajin to Russia since last August, according to new research by the London-based Royal United Services Institute (RUSI).

The think tank tracked four vessels, the Angara, Maria, Maia-1 and Lady R, which together made at least 11 round trips between Rajin and the Russian ports of Dunai and Vostochny, switching off their transponders before approaching the North Korean coast.

RUSI estimates the containers could have carried up to 1 million artillery rounds, though the researchers caution that not all of them were necessarily full.

Satellite imagery reviewed by NK Pro shows container stacks at Rajin's pier rising and falling in step with the ships' visits, and a new rail spur connecting the port with a munitions depot near Tumangang.

The findings add to evidence presented by Washington and Seoul last year. Moscow and Pyongyang have called the allegations "groundless", and Russia in March blocked renewal of the UN panel of experts that monitors

Related: Where North Korea's artillery shells for Russia are coming from""",
        expected=(
            Expect("ammunition", 7000, "at_least"),
            Expect("ammunition", 1000000, "up_to"),
        ),
    ),
    # Korea Herald-style: Defense Intelligence Agency tally. '20 trillion won' and '$14 billion' are money,
    # '70 percent' a share; 170mm guns and missiles are null-valued.
    ArticleCase(
        id="wire-13-koreaherald-dia-12mln",
        published="2025-10-14",
        text="""\
National > Defense
 date 2025-10-14 
N. Korea sent over 12 million artillery shells to Russia: military intelligence

By Choi Si-young

North Korea is estimated to have shipped more than 12 million artillery shells to Russia in some 28,000 containers since 2023, South Korea's Defense Intelligence Agency said in a report to the National Assembly, according to a lawmaker on Tuesday.

The agency also estimated that the North has provided about 250 units of 240mm multiple rocket launchers, along with "a considerable number" of 170mm self-propelled guns and KN-23 and KN-24 short-range ballistic missiles, Rep. Kang Dae-sik of the main opposition People Power Party said.

Shells shipped to Russia are believed to account for some 70 percent of North Korea's annual artillery ammunition output, the report said.

North Korea's total earnings from arms exports and the troop dispatch may reach 20 trillion won ($14 billion), though most of the payment is believed to have been made in kind, including food, oil and military technology, it added.

The DIA said Russia appears to have provided the North with air defense equipment and electronic warfare gear and is likely to assist with space launch technology in the future.

"North Korea is using the war as a testing ground to upgrade its weapons," Kang said, calling on the government to

Most Viewed
1 Seoul shares extend rally on chip gains
2 Weather: Clear skies across the country""",
        expected=(
            Expect("ammunition", 12000000, "more_than"),
            Expect("ammunition", 28000, "approx"),
            Expect("rocket_launchers", 250, "approx"),
        ),
    ),
    # TASS-style: Shoigu's announcement (planned builders and deminers). 'third visit since March',
    # 'hectares' and dates are distractors.
    ArticleCase(
        id="wire-14-tass-shoigu-sappers-builders",
        published="2025-06-17",
        text="""\
17 JUN, 10:24
Updated: 17 JUN, 11:05
DPRK to send 1,000 sappers, 5,000 military builders to Kursk Region - Shoigu

Russian Security Council Secretary Sergey Shoigu held talks with DPRK leader Kim Jong Un, his third visit to Pyongyang since March

PYONGYANG, June 17. /TASS/. North Korea will send 1,000 sappers to clear mines in Russia's Kursk Region and 5,000 military builders to restore infrastructure destroyed by the Ukrainian armed forces, Russian Security Council Secretary Sergey Shoigu told reporters after talks with Kim Jong Un.

"Kim Jong Un has taken a decision to send 1,000 sappers for demining Russian territory, as well as 5,000 military builders for the restoration of destroyed infrastructure," Shoigu said, describing the step as "fraternal help" from the Korean people.

He added that the sides also discussed the implementation of the Treaty on Comprehensive Strategic Partnership signed a year ago, including cooperation in the fields of defense, security and the economy.

In April, Chief of the Russian General Staff Valery Gerasimov reported to the Supreme Commander-in-Chief Vladimir Putin on the complete liberation of the Kursk Region and noted the heroism of servicemen from the DPRK.

According to the regional authorities, tens of thousands of hectares of land in the border districts remain contaminated with mines and unexploded ordnance, and restoring housing in Sudzha and""",
        expected=(
            Expect("troops", 1000, "exact", "planned"),
            Expect("troops", 5000, "exact", "planned"),
        ),
    ),
    # Moscow Times-style: bare range of additional troops (planned, incremental), the running total,
    # Russian recruitment rate as distractor; 'tens of thousands' and 'thousands' are vague.
    ArticleCase(
        id="wire-15-moscowtimes-cnn-25-30k",
        published="2025-07-02",
        text="""\
 date 2025-07-02 North Korea Preparing to Send Tens of Thousands More Troops to Russia - CNN

Russia is expecting North Korea to send between 25,000 and 30,000 additional soldiers to help its war against Ukraine in the coming months, CNN reported Wednesday, citing a Ukrainian intelligence assessment.

The new contingent could be used to reinforce Russian units along the front line, the report said, though it was unclear whether the North Koreans would be deployed inside Ukrainian territory or remain in Russia's border regions.

Pyongyang has dispatched some 14,000 troops to Russia since last autumn, according to South Korean estimates, most of whom fought in the Kursk region before Moscow declared it fully retaken in April.

The Kremlin did not respond to a request for comment. Last month, Security Council secretary Sergei Shoigu said in Pyongyang that North Korea would send thousands of military builders and deminers to Kursk.

The assessment comes as Russia's own recruitment drive slows. Western officials estimate that the Defense Ministry currently signs up around 35,000 contract soldiers a month, down from earlier this year, as regional sign-up bonuses

Read more: Russian Strikes on Kyiv Kill 2 as Ukraine Awaits U.S. Weapons""",
        expected=(
            Expect("troops", 25000, None, "planned", True, value_max=30000),
            Expect("troops", 14000, "approx"),
        ),
    ),
    # Kyiv Independent-style summary of the MSMT report. '11 countries' are MSMT members; Russia's
    # air defence, EW and petroleum are null-valued here.
    ArticleCase(
        id="wire-16-kyivindependent-msmt",
        published="2025-05-29",
        text="""\
News Feed, North Korea, Russia, Sanctions, War
North Korea sent Russia at least 9 million shells, 100 ballistic missiles, monitoring group says

by Abbey Fenbert May 29, 2025 9:52 PM 2 min read
A KN-23 ballistic missile during a military parade in Pyongyang. (KCNA)

North Korea has transferred at least 9 million rounds of artillery and rocket ammunition to Russia since September 2023, along with at least 100 ballistic missiles, according to a report published on May 29 by the Multilateral Sanctions Monitoring Team (MSMT).

The MSMT was set up by 11 countries, including the U.S., South Korea and Japan, after Russia vetoed the renewal of the UN panel of experts that monitored sanctions against Pyongyang.

Russia has used the North Korean missiles in strikes on Ukrainian cities, including Kyiv and Zaporizhzhia, the report said.

Pyongyang also sent more than 11,000 troops to Russia in 2024 and around 3,000 additional soldiers in early 2025 to make up for heavy losses in Kursk Oblast, according to the document.

In return, Moscow supplied North Korea with air defense systems, electronic warfare equipment and refined petroleum in excess of the cap set by the UN Security Council, the MSMT said, warning that the cooperation allows Pyongyang to gain combat data and

Read also: Ukraine war latest: Russia masses troops near Sumy Oblast""",
        expected=(
            Expect("ammunition", 9000000, "at_least"),
            Expect("missiles", 100, "at_least"),
            Expect("troops", 11000, "more_than"),
            Expect("troops", 3000, "approx", incremental=True),
        ),
    ),
    # Yonhap-style: Russia's air-defence help (null-valued) and a troop figure attributed to Shin.
    ArticleCase(
        id="wire-17-yonhap-shin-air-defense",
        published="2024-11-22",
        text="""\
 date 2024-11-22 North Korea
Russia provided N. Korea with air defense equipment in return for troops: Seoul

SEOUL, Nov. 22 -- Russia appears to have supplied North Korea with air defense equipment and anti-aircraft missiles to reinforce Pyongyang's air defense network in return for the North sending more than 10,000 troops to Russia, the top security adviser to President Yoon Suk Yeol said Friday.

"It has been identified that equipment and anti-air missiles to strengthen Pyongyang's vulnerable air defense system have been delivered to North Korea," National Security Adviser Shin Won-sik said in an interview with a local broadcaster.

Shin said Russia also appears to be providing various forms of economic support, and that the North is likely to seek advanced technologies for reconnaissance satellites and other weapons systems in the future.

He added that the government is closely watching whether North Korea's troops, now believed to be engaged in combat in the Kursk region, will be sent into Ukrainian territory.

Seoul has said it could consider providing weapons to Ukraine depending on the level of North Korea's involvement, but has so far limited its aid to humanitarian and

(END)""",
        expected=(Expect("troops", 10000, "more_than"),),
    ),
    # Aggregator rewrite of an FT story: fuel from Russia (other, ru_to_nk). '43 trips' and the
    # '500,000 barrels' UN cap are distractors.
    ArticleCase(
        id="wire-18-aggregator-ft-oil",
        published="2024-11-22",
        text="""\
Home » World » Asia
Russia gave North Korea over 1 million barrels of oil since March – FT
 date 2024-11-22 

Russia has supplied North Korea with more than one million barrels of oil since March, far exceeding the limit set by the UN Security Council, Financial Times reported, citing analysis of satellite images made by British Open Source Centre.

According to the analysis, more than a dozen North Korean tankers made 43 trips to the oil terminal in the port of Vostochny in the Russian Far East during eight months, the publication writes. Under UN sanctions North Korea may import no more than 500,000 barrels of refined petroleum per year.

Experts quoted by the newspaper consider that the oil is a payment for weapons and troops which Pyongyang sent to Moscow for the war against Ukraine. "Kim Jong Un has found a lifeline that is allowing him to break out of the sanctions," one of them said.

Previously, South Korea and the US said that Pyongyang deployed its soldiers to the Kursk region of Russia, where they are taking part in fights against the Ukrainian Armed Forces.

The Russian Foreign Ministry did not answer to the request of FT for comment.

Tags: North Korea, Russia, oil, sanctions""",
        # (the tankers' trips count the oil they carry, as the team's annotated corpus counts them)
        expected=(Expect("other", 1000000, "more_than"), Expect("other", 43, "exact")),
    ),
    # Yonhap-style: labour exports (workers). Alabuga production target is a distractor; more
    # labourers 'expected to follow' is null-valued.
    ArticleCase(
        id="wire-19-yonhap-nis-workers",
        published="2025-09-10",
        text="""\
 date 2025-09-10 North Korea
N. Korea sent some 15,000 workers to Russia this year in breach of sanctions: NIS

SEOUL, Sept. 10 -- North Korea has dispatched around 15,000 workers to Russia so far this year, mostly to construction sites, in violation of U.N. Security Council sanctions, South Korea's spy agency said Wednesday, according to lawmakers.

The National Intelligence Service (NIS) said some of the workers are believed to have been sent to the Alabuga special economic zone in Tatarstan, where Russia assembles Shahed-type attack drones, and that more laborers are expected to follow there.

Russia aims to produce thousands of the drones at the site each month, the agency noted.

The workers are sent under student or trainee visas to sidestep a 2017 U.N. resolution that ordered all North Korean laborers abroad to be repatriated by the end of 2019, it said.

The NIS also assessed that Pyongyang is seeking Russian technology for nuclear-powered submarines and reconnaissance satellites in return for its troop deployment, and that Kim Jong Un's trip to Beijing last week was aimed at

Related Articles
- Kim Jong Un attends China's military parade with Xi, Putin
- N. Korea's trade with China rebounds in August""",
        expected=(Expect("workers", 15000, "approx"),),
    ),
    # Korean online outlet in machine-translated English: construction troops, border guard troops,
    # deminers (all troops) and a killed estimate. 'on the 4th' is a date.
    ArticleCase(
        id="wire-20-korean-aggregator-nis-construction",
        published="2025-11-04",
        text="""\
NIS "North Korea moving 5,000 military construction troops to Russia... about 10,000 guarding Kursk border"
Reporter Kim Ji-hoon | Input 2025.11.04 15:21

The National Intelligence Service (NIS) has reported that North Korea is moving approximately 5,000 military construction troops to Russia since September for reconstruction of infrastructure, and about 10,000 troops are stationed in border area of Kursk performing guard duty.

At the National Assembly Intelligence Committee audit held on the 4th, lawmakers Lee Seong-kweun of the People Power Party and Park Sun-won of the Democratic Party delivered the NIS report to the reporters.

According to the NIS, "About 1,000 engineers dispatched earlier for demining are continuing mine clearing operations in Kursk region, and some of them are suffering casualties from mines." The NIS evaluated that the number of North Korean soldiers killed since the deployment reached about 2,000.

The NIS also analyzed that "North Korea is likely to receive help from Russia in nuclear submarine and satellite sectors as return for its dispatch," and said it is closely watching whether Russia transfers core technologies.

Meanwhile, NIS said that there is possibility Kim Jong Un will visit Russia within the year, and that North Korea is preparing events for the 80th anniversary of the Workers' Party founding with""",
        expected=(
            Expect("troops", 5000, "approx"),
            Expect("troops", 10000, "approx"),
            Expect("troops", 1000, "approx"),
            Expect("casualties", 2000, "approx"),
        ),
    ),
    # Defense Express-style: Koksan guns and M1991 launchers. Calibres, model years, '22 launch tubes',
    # 'up to 60 km' and North Korea's own inventory (500) are distractors.
    ArticleCase(
        id="wire-21-defenseexpress-koksan-mlrs",
        published="2024-11-26",
        text="""\
Defense Express | News | Artillery
 date 2024-11-26 
DPRK Handed Over to russia About 50 Koksan SPGs and 20 MLRS, Ukraine's Intelligence Says

Ukrainian military intelligence has confirmed that North Korea transferred 170-mm M1989 Koksan self-propelled guns and 240-mm M1991 multiple launch rocket systems to the russian army. According to HUR chief Kyrylo Budanov, it concerns about 50 self-propelled guns and about 20 MLRS, which the occupiers are already mastering at training grounds.

The Koksan is one of the longest-range artillery systems in the world: with rocket-assisted projectiles it can hit targets at up to 60 km. The M1991 launcher carries 22 launch tubes and is mounted on a truck chassis.

According to open estimates, the DPRK army has about 500 Koksan guns in service, so Pyongyang can afford to give part of them without harm to its own defense.

Earlier photos on social networks showed trains with the Koksans moving through russian territory, and the Defense Express team noted that the weakness of such systems is the limited supply of

Read also: Ukraine receives new batch of Swedish CV90 infantry fighting vehicles""",
        expected=(
            Expect("artillery", 50, "approx"),
            Expect("rocket_launchers", 20, "approx"),
        ),
    ),
    # On-topic but no quantified claim: North Korea's acknowledgement. 'Article 4' is a treaty clause;
    # Gerasimov's 76,000 are Ukrainian losses.
    ArticleCase(
        id="wire-22-moscowtimes-kcna-acknowledges",
        published="2025-04-28",
        text="""\
 date 2025-04-28 North Korea Confirms It Sent Troops to Fight for Russia in Kursk

North Korea on Monday confirmed for the first time that it had deployed troops to Russia's Kursk region, saying its soldiers had helped "liberate" the area from Ukrainian forces, state media reported.

The Central Military Commission of the ruling Workers' Party said leader Kim Jong Un ordered the deployment under Article 4 of the mutual defense treaty signed with Moscow in June 2024, which obliges each side to assist the other if attacked, the KCNA news agency reported.

Kim said a monument to the "heroes" who fought in Kursk would soon be erected in Pyongyang and that graves of the fallen would be placed next to it, without disclosing how many North Korean soldiers had died.

The statement came two days after Chief of the General Staff Valery Gerasimov for the first time publicly acknowledged the participation of North Korean soldiers, praising their "high professionalism, fortitude, courage and heroism" in combat.

Gerasimov claimed that Ukraine had lost more than 76,000 troops during its eight-month incursion into the Kursk region, a figure that could not be independently verified.

Kremlin spokesman Dmitry Peskov said on Monday that Russia was grateful to its North Korean allies and that the matter of the deployment was

Read more: Putin Thanks Kim Jong Un for Kursk Help""",
        expected=(),
    ),
    # NK News-style: state media admits nine engineers killed; earlier NIS figures for deminers and
    # construction troops are claims. '120 days', '528th' are distractors.
    ArticleCase(
        id="wire-23-nknews-engineers-return",
        published="2025-12-13",
        text="""\
NK News | Military | Russia
 date 2025-12-13 
Kim Jong Un welcomes engineers home from Kursk, reveals nine died clearing mines

Kim Jong Un held a ceremony in Pyongyang to welcome back a military engineering regiment that spent 120 days clearing mines in Russia's Kursk region, state media reported Saturday, acknowledging for the first time that nine of its soldiers were killed during the mission.

The 528th Engineer Regiment of the Korean People's Army returned on Friday, according to the Korean Central News Agency (KCNA), which carried photos of Kim hugging officers and laying flowers before portraits of the dead.

Kim posthumously awarded the title of Hero of the DPRK to the nine fallen engineers and promised their families would be "cared for by the state," KCNA said.

South Korea's spy agency said in November that about 1,000 North Korean engineers had been sent for demining work in Kursk, while around 5,000 military construction troops were sent from September to help rebuild infrastructure in the region.

The acknowledgement is unusual for Pyongyang, which waited months before confirming its combat deployment and has never released an overall figure for its losses in Russia's war against Ukraine.

Analysts say the regime is using the public ceremonies to turn the deployment into a story of sacrifice and

Related: North Korea begins building war memorial for soldiers killed in Kursk""",
        expected=(
            Expect("casualties", 9),
            Expect("troops", 1000, "approx"),
            Expect("troops", 5000, "approx"),
        ),
    ),
    # Ukrainska Pravda-style: Zelensky's casualty estimate; Russian losses in Kursk are distractors.
    ArticleCase(
        id="wire-24-pravda-zelensky-4000",
        published="2025-01-27",
        text="""\
 date 2025-01-27 North Korean losses in Kursk Oblast near 4,000 killed and wounded – Zelensky

President of Ukraine Volodymyr Zelensky has said that the number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has reached nearly 4,000.

Source: Zelensky in his evening address

Quote: "In the Kursk region, the Russian army has already lost more than 38,000 soldiers killed and wounded. And the losses of North Korean troops there are nearly 4,000 killed and wounded. This is the price Putin is paying for his illusions."

Details: The president said that Pyongyang had sent about 12,000 soldiers to Russia, according to Ukrainian intelligence, and that the North Koreans were still being used in assaults despite their heavy losses.

He also said that Ukraine was ready to transfer the captured North Korean soldiers to South Korea if they wished, and again proposed to Kim Jong Un to exchange them for Ukrainians held in Russian captivity.

Background: Earlier, Western officials estimated North Korean losses in the thousands, and the New York Times reported that the units had been temporarily withdrawn from the front.

Read also: Russia lost 1,690 soldiers over the past day""",
        expected=(
            Expect("casualties", 4000, "approx"),
            Expect("troops", 12000, "approx"),
        ),
    ),
    # UK Defence Intelligence as relayed by a Ukrainian outlet.
    ArticleCase(
        id="wire-25-ukrinform-ukmod-6000",
        published="2025-04-06",
        text="""\
Ukrinform | World | War
 date 2025-04-06 
North Korean troops suffered over 6,000 casualties in Kursk region – UK intelligence

North Korean forces fighting on the side of Russia in the Kursk region have suffered more than 6,000 casualties since they were first committed to combat in December 2024, British Defence Intelligence has estimated.

This was stated in the regular intelligence update of the UK Ministry of Defence, Ukrinform reports.

"It is highly likely that North Korean forces have sustained over 6,000 casualties from an estimated 11,000 personnel initially deployed," the update reads.

According to British intelligence, the North Korean units were withdrawn from the front line in late January, retrained with an emphasis on drone warfare and small-unit tactics, and returned to combat in February, where they took part in the operations to push Ukrainian troops out of the Sudzha area.

The ministry noted that the North Korean troops had probably gained valuable experience which Pyongyang is likely to use to modernise its own armed forces.

Read also: Russian army losses since February 24, 2022 exceed 900,000""",
        expected=(
            Expect("casualties", 6000, "more_than"),
            Expect("troops", 11000, "approx"),
        ),
    ),
    # NK News-style imagery story: Pantsir systems from Russia (other, ru_to_nk). The Pantsir's
    # '12 missiles' and '20 km', and the S-200 'dating from 1987', are specifications and distractors.
    ArticleCase(
        id="wire-26-nknews-pantsir-imagery",
        published="2025-06-03",
        text="""\
NK Pro | Imagery | Air defense
 date 2025-06-03 
Russian Pantsir systems spotted near Pyongyang, imagery shows

Russia has delivered at least two Pantsir-S1 air defense systems to North Korea, commercial satellite imagery and a South Korean government source indicate, in the clearest sign yet that Moscow is rewarding Pyongyang for its troops and munitions.

Images captured in late May show the truck-mounted systems parked at revetments near Sunan International Airport, north of the capital, alongside a radar vehicle not previously seen in the North's inventory.

Each Pantsir carries 12 surface-to-air missiles and twin 30 mm cannons and can engage aircraft and drones at ranges of up to 20 km, making it a significant upgrade over the North's Soviet-era systems, some dating from 1987.

South Korean officials said late last year that Russia had sent air defense equipment to protect Pyongyang, without specifying the type.

A report released last week by the Multilateral Sanctions Monitoring Team also said Moscow had supplied air defense systems and electronic warfare equipment to the North, and had shared

Related: Russia and North Korea open first road bridge across Tumen River""",
        expected=(Expect("other", 2, "at_least"),),
    ),
    # Aggregator with awkward English and numbers in words; the total in Kursk is 'over 10 thousand'.
    ArticleCase(
        id="wire-27-aggregator-shoigu-words",
        published="2025-06-18",
        text="""\
World news | Politics
North Korea will send one thousand sappers and five thousand builders to Kursk region — Shoigu
 date 2025-06-18  Views: 2143

The leader of North Korea Kim Jong Un made decision to send one thousand sappers and five thousand military builders to Kursk region of Russian Federation, said the secretary of Russian Security Council Sergei Shoigu after meeting in Pyongyang.

According to Shoigu, the one thousand deminers will help to clear Kursk lands from mines which were left by Ukrainian army, and the five thousand military builders will participate in restoring of destroyed objects and houses.

Shoigu called it "brotherly help" of Korean people and said that Russia will not forget the heroism of Korean soldiers.

Previously, over 10 thousand of north korean soldiers took part in battles in Kursk Oblast, Western intelligence says. In April Pyongyang for first time officially confirmed sending its troops to Russia.

It is the second visit of Shoigu to DPRK in this month. 

Related news:
- Zelensky: Russia prepares new offensive in summer
- Price of gasoline rises in Russia for 5 week in row""",
        expected=(
            Expect("troops", 1000, "exact", "planned"),
            Expect("troops", 5000, "exact", "planned"),
            Expect("troops", 10000, "more_than"),
        ),
    ),
    # JoongAng-style: reinforcements of unknown size, 'fewer than 2,000'. 'Mid-January' is a date.
    ArticleCase(
        id="wire-28-joongang-nis-reinforcements",
        published="2025-02-27",
        text="""\
 date 2025-02-27 NATIONAL
North Korean troops return to Kursk front with reinforcements, NIS says

North Korean soldiers who had been pulled off the front line in Kursk last month have been redeployed to combat alongside newly arrived reinforcements, the National Intelligence Service (NIS) told lawmakers on Thursday.

The additional troops sent from North Korea since January are believed to number fewer than 2,000, Rep. Lee Seong-kweun of the People Power Party said after a closed-door briefing, adding that the spy agency is still verifying their exact size and route.

The North Korean units had not been seen in combat since mid-January after suffering heavy casualties, which the NIS attributed to a lack of understanding of drone warfare.

According to the NIS, the redeployed troops appear to have adapted their tactics, operating in smaller groups and using their own snipers against Ukrainian drones.

Lee also said the NIS had confirmed that the North Korean prisoners held by Ukraine had expressed a wish to go to South Korea, and that the government would accept them if they formally request it.

The NIS said North Korea is expected to continue supplying artillery shells and missiles as long as the war

KOREA JOONGANG DAILY""",
        expected=(Expect("troops", 2000, "fewer_than", incremental=True),),
    ),
    # Kyiv Post-style: the strike's '20 servicemen' total includes Russians (not a North Korean count).
    ArticleCase(
        id="wire-29-kyivpost-six-officers",
        published="2024-10-08",
        text="""\
 date 2024-10-08 Six North Korean Officers Reportedly Killed in Ukrainian Missile Strike Near Donetsk

Several North Korean military officers were among those killed in a Ukrainian missile strike near occupied Donetsk on Oct. 3, a source in Ukraine's intelligence community told Kyiv Post.

The strike hit a training area used by Russian forces, killing around 20 servicemen in total, six of them officers from North Korea, the source said. Three other North Koreans were wounded, according to the same source, but the claim could not be verified.

The North Korean officers were reportedly in the area to observe the use of ballistic missiles and artillery ammunition supplied by Pyongyang, and to train Russian crews on North Korean systems.

South Korea's Defense Minister Kim Yong-hyun told parliament on Oct. 8 that it was "highly likely" that North Korean officers had been killed, adding that Pyongyang could send troops to Russia in the future.

Moscow and Pyongyang have repeatedly denied any military cooperation in violation of UN sanctions.

Read more: Ukraine Strikes Oil Terminal in Crimea with Drones
Read more: Zelensky Presents 'Victory Plan' to""",
        expected=(
            Expect("casualties", 6),
            Expect("casualties", 3),
        ),
    ),
    # Ukrinform-style: missiles fired by Russia; 'up to half' and '10 to 20 percent' are shares.
    ArticleCase(
        id="wire-30-ukrinform-hur-60-missiles",
        published="2024-09-12",
        text="""\
Ukrinform | War | Ukraine
 date 2024-09-12 
Russia has launched about 60 North Korean ballistic missiles at Ukraine – HUR

Since the end of December 2023, the Russian army has used about 60 ballistic missiles produced in North Korea against Ukraine, the spokesman for the Defence Intelligence of Ukraine (HUR) Andrii Yusov said.

He said this on the air of the national telethon, Ukrinform reports.

According to Yusov, the missiles, known as KN-23 and KN-24, are used by Russia mainly against Kharkiv and frontline regions, and their accuracy remains low: in his words, only 10 to 20 percent hit the intended targets.

"In addition, up to half of the artillery shells used by the Russian occupiers at the front are of North Korean origin," the intelligence spokesman said.

Yusov added that Pyongyang is interested in getting Russian technologies in return, first of all in missile and space fields.

As Ukrinform reported, on September 10 the Security Service of Ukraine identified the North Korean origin of a missile which hit an apartment block in

Read also: Enemy launches 15 drones over Ukraine overnight, 11 destroyed""",
        expected=(Expect("missiles", 60, "approx"),),
    ),
    # Ukrainska Pravda-style: Zelensky's total and a reported possible future scale ('as many as').
    ArticleCase(
        id="wire-31-pravda-zelensky-11000",
        published="2024-11-04",
        text="""\
 date 2024-11-04 Zelensky: 11,000 North Korean soldiers already in Kursk Oblast

Ukrainian President Volodymyr Zelensky has said that there are already 11,000 North Korean soldiers in Russia's Kursk Oblast and criticised the muted reaction of Ukraine's partners.

Source: Zelensky in his evening video address

Quote: "We are seeing an increase in the number of North Korean soldiers – already 11,000 in the Kursk region. And there is no reaction from the world, only the same silence we saw before the full-scale invasion."

Details: Zelensky called on partners to allow Ukraine to strike the places where the North Korean troops are concentrated on Russian territory with long-range weapons, instead of "waiting for them to attack."

Background:
- Bloomberg reported earlier, citing sources, that Pyongyang could eventually send as many as 100,000 soldiers to Russia on a rotating basis.
- On 4 November, Ukraine's defence minister said that the first clashes with North Korean units had already taken place.
- The Pentagon estimates the number of North Korean troops in Russia at

Read also: Russians attack Kharkiv with guided aerial bombs: 4 injured""",
        expected=(
            Expect("troops", 11000),
            Expect("troops", 100000, "up_to", "planned"),
        ),
    ),
    # Korea Times-style: new container tally, February's figure, the increase, and capacity in shells.
    ArticleCase(
        id="wire-32-koreatimes-shin-10000-containers",
        published="2024-06-26",
        text="""\
 date 2024-06-26 Defense
N. Korea has sent Russia around 10,000 containers of munitions: defense chief

North Korea has shipped around 10,000 containers of munitions to Russia since last year, Defense Minister Shin Won-sik said Wednesday, a sharp rise from the 6,700 containers he cited in February.

The containers could hold up to 5 million rounds of 152mm artillery shells, Shin told reporters, adding that the latest tally means roughly 3,300 more containers have been sent in about four months.

Shin said North Korea has also been supplying Russia with ballistic missiles and anti-tank missiles, and that "substantial" Russian technology appears to be flowing back to the North, especially for its space launch vehicle and fighter aircraft.

The comments came a week after Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang that commits the two countries to provide military assistance "without delay" if either is attacked.

The treaty, which Putin said was "breakthrough," has raised concerns in Seoul that Moscow could transfer sensitive weapons technology to the North. Shin said the military is prepared to respond to

Most Read
1 Korea's fertility rate hits new low of 0.72
2 Samsung union to stage first-ever strike""",
        expected=(
            Expect("ammunition", 10000, "approx"),
            Expect("ammunition", 6700),
            Expect("ammunition", 3300, "approx", incremental=True),
            Expect("ammunition", 5000000, "up_to"),
        ),
    ),
    # Ukrainska Pravda-style: labourers at the Alabuga drone plant (workers, not troops). '12-hour shifts',
    # the plant's monthly output and 'tripled' are distractors; the background line on Shoigu's
    # announcement is body text, so its two figures are planned troop claims.
    ArticleCase(
        id="wire-38-pravda-hur-alabuga-workers",
        published="2025-09-23",
        text="""\
 date 2025-09-23 North Korean workers already assembling Shaheds in Alabuga – Ukrainian intelligence

About 1,000 citizens of North Korea are already working at the drone plant in the Alabuga special economic zone in Tatarstan, and Russia intends to bring in another 2,000 before the end of the year, Ukraine's Defence Intelligence (HUR) has said.

Source: HUR on Telegram

Details: According to the intelligence agency, the North Koreans work 12-hour shifts assembling the airframes of Geran-2 attack drones and live in guarded dormitories on the territory of the plant, with their contact with local residents restricted.

HUR says the plant now produces up to 2,700 Geran drones a month, and the number of foreign workers in Alabuga has tripled since the start of the year.

Russia is also helping North Korea set up its own production of Shahed-type drones, the agency added.

Background:
- In June, Russian Security Council Secretary Sergei Shoigu announced that Pyongyang would send 1,000 sappers and 5,000 military builders to Kursk Oblast.
- Ukraine's Defence Forces have repeatedly struck the Alabuga plant with long-range drones.

Read also: Russia strikes Zaporizhzhia with guided bombs, 3 people injured""",
        expected=(
            Expect("workers", 1000, "approx"),
            Expect("workers", 2000, "exact", "planned", True),
            Expect("troops", 1000, "exact", "planned"),
            Expect("troops", 5000, "exact", "planned"),
        ),
    ),
    # Off-topic: zoo animals and goats from Russia are not military aid.
    ArticleCase(
        id="wire-33-offtopic-zoo-animals",
        published="2024-11-20",
        text="""\
 date 2024-11-20 Putin Gifts African Lion, Bears to Pyongyang Zoo

Russian President Vladimir Putin has sent more than 70 animals to the Central Zoo in Pyongyang, including an African lion, two brown bears and two yaks, Russia's Natural Resources Ministry said Wednesday.

Natural Resources Minister Alexander Kozlov personally delivered the animals on a cargo plane, the ministry said in a statement. The shipment also included five white cockatoos, 25 pheasants and 40 mandarin ducks.

Kozlov, who co-chairs the Russia-North Korea intergovernmental commission, was in Pyongyang for talks on trade, tourism and agriculture, the ministry said.

"We hope this friendly gesture will please the citizens of the DPRK and become a new symbol of friendship between our peoples," Kozlov said.

It is not the first time the Kremlin has sent animals to North Korea. In September, Putin reportedly gifted 447 goats to the country, while Kim Jong Un gave Putin a pair of Pungsan hunting dogs during the Russian leader's visit in June.

Moscow Zoo has also agreed to exchange several species with the Pyongyang zoo next year, Russian media reported, citing zoo director Svetlana Akulova.

Read more: Kremlin Says Ukraine's Use of U.S. Missiles Is 'New Phase' of War""",
        expected=(),
    ),
    # Non-English (Korean): the NIS casualty briefing; not annotated.
    ArticleCase(
        id="wire-34-korean-nis-casualties",
        published="2025-04-30",
        text="""\
 date 2025-04-30 정치 > 북한
국정원 "북한군 사상자 4천700명…사망 600명 추정"

(서울=연합뉴스) 국가정보원은 러시아에 파병된 북한군 가운데 약 600명이 전사하고 부상자를 포함한 전체 사상자가 4천700명에 이르는 것으로 파악했다고 30일 밝혔다.

국회 정보위원회 국민의힘 간사인 이성권 의원은 이날 비공개 전체회의가 끝난 뒤 기자들과 만나 "북한은 두 차례에 걸쳐 약 1만5천명을 파병해 러시아의 쿠르스크 지역 탈환을 지원했다"며 이같이 전했다.

이 의원은 "3월 이후 러시아가 쿠르스크 지역을 사실상 수복하면서 교전이 잦아들었다"며 "장기간 파병에 따라 일부 북한군 병사들이 음주와 절도 등 일탈 행위를 하는 사례도 보고됐다"고 설명했다.

국정원은 북한이 파병과 무기 수출의 대가로 러시아로부터 방공망 장비와 전자전 장비, 드론 관련 기술 등을 제공받은 것으로 평가했다. 다만 현금으로 대가를 받았다는 증거는 아직 확인되지 않았다고 덧붙였다.

더불어민주당 간사인 김병기 의원은 "북한이 실전 경험을 통해 드론 운용 능력 등 전투력을 크게 끌어올린 것으로 보인다"며 "추가 파병 가능성도 배제할 수 없다"고 말했다.

국정원은 또 김정은 국무위원장이 올해 안에 러시아를 방문할 가능성이 있으며, 북러 간 고위급 교류가 계속 확대될 것으로 내다봤다.

한편 국정원은 북한이 지난해부터 러시아에 포탄과 탄도미사일, 장사정포 등을 지속적으로 공급해 왔으며, 러시아 내 건설 현장과 공장에 노동자 파견도 늘리고 있다고 보고했다. 정보위원들은 북한군 전사자 유가족에 대한 보상과 귀환 장병 관리 실태에 대해서도 질의한 것으로 알려졌다.

관련기사
- 북한, 쿠르스크 파병 공식 인정…"해방 작전 참가"
- 합참 "북한, 동해상으로 단거리탄도미사일 발사\"""",
        expected=(),
    ),
    # Non-English (Ukrainian): HUR on artillery and launchers; not annotated.
    ArticleCase(
        id="wire-35-ukrainian-hur-koksan",
        published="2025-01-24",
        text="""\
 date 2025-01-24 Новини › Війна
КНДР передала росії ще 120 самохідних гармат і 120 РСЗВ — Буданов

Північна Корея протягом останніх трьох місяців передала росії 120 самохідних артилерійських установок M1989 "Коксан" калібру 170 мм та 120 реактивних систем залпового вогню M1991 калібру 240 мм. Про це заявив начальник Головного управління розвідки Міноборони України Кирило Буданов в інтерв'ю виданню The War Zone.

За його словами, у 2025 році Пхеньян також планує передати росії близько 150 балістичних ракет KN-23, на додачу до 148 ракет, які були поставлені у 2024 році.

Буданов зазначив, що КНДР готується відправити на Курщину нові підрозділи, насамперед артилерійські, а північнокорейські військові мають навчати російських артилеристів користуватися переданими системами.

Раніше Генштаб ЗСУ повідомляв, що північнокорейські військові зазнали значних втрат у Курській області, а частину підрозділів було відведено з передової для відновлення.

Також у ГУР наголошували, що росія в обмін на допомогу передає КНДР технології, зокрема у ракетній та космічній сферах.

Читайте також:
- Ворог атакував Україну 80 ударними дронами, збито 52
- Зеленський провів розмову з прем'єром Британії""",
        expected=(),
    ),
    # Off-topic: a North Korean ICBM launch (JCS); flight data are not military aid to or from Russia.
    ArticleCase(
        id="wire-36-offtopic-jcs-icbm",
        published="2024-10-31",
        text="""\
 date 2024-10-31 Photo : YONHAP News

The Joint Chiefs of Staff(JCS) said North Korea fired an intercontinental ballistic missile(ICBM) toward the East Sea on Thursday morning, the North's first ICBM launch in about ten months.According to the JCS, the missile was launched from the Pyongyang area at around 7:10 a.m. on a lofted trajectory and flew about one-thousand kilometers before falling into waters off the east coast.Japanese Defense Minister Gen Nakatani said the missile flew for 86 minutes, the longest flight time recorded for a North Korean missile, and reached an altitude of more than 7-thousand kilometers.The North's state media later said the launch involved a new solid-fuel Hwasong-19, calling it the "final version" of its ICBM.South Korea, the U.S. and Japan condemned the launch as a clear violation of UN Security Council resolutions and staged a combined air drill involving B-1B bombers on Sunday.The military said it remains on alert for a possible seventh nuclear test, noting that the North appears to have completed preparations at its Punggye-ri site.""",
        expected=(),
    ),
    # Off-topic: Iranian missiles and drones for Russia (out of scope: not North Korea).
    ArticleCase(
        id="wire-37-offtopic-iran-missiles",
        published="2024-09-10",
        text="""\
 date 2024-09-10 World
Iran has delivered short-range ballistic missiles to Russia, Blinken says

LONDON (Reuters) - Iran has delivered Fath-360 close-range ballistic missiles to Russia, which Moscow is likely to use within weeks against Ukraine, U.S. Secretary of State Antony Blinken said on Tuesday.

Dozens of Russian military personnel have been trained in Iran on the use of the missiles, which have a range of up to 120 km, Blinken told a news conference in London alongside British Foreign Secretary David Lammy.

Sources told Reuters last month that more than 200 of the missiles had been shipped to Russia from Iran's Caspian Sea ports, an estimate Tehran has denied.

Russia has already fired thousands of Iranian-designed Shahed attack drones at Ukraine and has built a factory in Tatarstan that Western officials say could produce 6,000 of them by next year.

Britain, France and Germany announced new sanctions on Iran Air and said they would cancel bilateral air service agreements with Iran in response.

"Iran's destabilising activity threatens European security," the three countries said in a joint statement. Iran's foreign ministry called the accusations "baseless" and said it had

Reporting by Simon Lewis; Editing by""",
        expected=(),
    ),
]
