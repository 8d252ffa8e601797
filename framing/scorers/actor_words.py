"""Word lists and patterns shared by the actor modules: label kinds and the lexicon category -> label kind map,
honorific, descriptive and role words, the actor types, organisation heads read by the actor scorer only, and
the small regular expressions and word sets that several passes of :func:`framing.scorers.actors.find_actors`
read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from framing.scorers.names import ORG_HEADS
from framing.scorers.names import WEEKDAYS as WEEKDAYS  # re-exported: the actor modules read it here

LABEL_KINDS = ("title", "pejorative", "ideological", "honorific", "descriptive")

#: Last words of organisations' names for the actor scorer: the shared list (names.ORG_HEADS, which the quote scorer
#: reads too) and heads read by the actor scorer only ("The Nature Conservancy", "the World Economic Forum"). A name
#: of its own, so that importing ORG_HEADS from either module cannot silently pick the other list. "Social" ends a
#: platform's name ("Truth Social"), never a person's.
ACTOR_ORG_HEADS = ORG_HEADS | frozenset({"Conservancy", "Forum", "Social", "Poll"}) | frozenset(
    # the last word of a company's name ("Halvorsen Energy", "Occidental Petroleum", "Dangote Cement", "Cinder Films";
    # session 31's actor probe found such names typed as people)
    "Energy Petroleum Coal Cement Mining Electronics Semiconductor Telecom Films".split())

#: A form of address right before a name ("Mr. ", "Ms "), searched in a window that ends where the name starts.
_ADDRESS_BEFORE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+\Z")

#: A posting verb and "on" right before a name: where the words were posted, a platform ("posted on Gab", "wrote on
#: his Truth Social account"), not a person.
POSTED_ON_RE = re.compile(
    r"(?<![\w'’-])(?:posted|posting|posts|wrote|writes|writing|shared|sharing|shares|tweeted|published|streamed|"
    r"livestreamed|commented)[ \t]+on[ \t]+(?:(?:his|her|their|its|the)[ \t]+)?\Z")

#: Lexicon category -> label kind.
LEXICON_LABEL_KIND: Mapping[str, str] = MappingProxyType(
    {
        "neutral_title": "title",
        "pejorative_label": "pejorative",
        "delegitimiser": "pejorative",
        "ideological_label": "ideological",
        "emotive": "descriptive",
        "honorific": "honorific",
    }
)

#: Positive labels (kind ``honorific``), compared lower-cased.
HONORIFIC_WORDS = frozenset(
    """hero heroic heroes champion visionary statesman stateswoman reformer reformist beloved respected revered
    legendary iconic icon trailblazer pioneer patriot patriotic esteemed distinguished renowned acclaimed
    celebrated admired charismatic popular courageous brave principled honest decent humble wise
    peacemaker defender savior saviour freedom-fighter democrat-hero""".split()
)
#: Descriptive labels (kind ``descriptive``): roles and attributes that are neither titles nor judgements.
DESCRIPTIVE_WORDS = frozenset(
    """former longtime long-time veteran incumbent outgoing embattled billionaire millionaire businessman
    businesswoman tycoon mogul activist candidate nominee challenger rival lawmaker politician economist
    entrepreneur author writer journalist commentator host actor actress singer star celebrity philanthropist
    investor lawyer attorney scholar professor student survivor victim retiree democratic republican democrat
    gop conservative liberal progressive moderate independent libertarian populist nationalist centrist
    top senior chief deputy associate ambassador envoy aide adviser advisor advisers strategist operative
    consultant pollster spokesman spokeswoman spokesperson official officials prosecutor judge lawyer manager
    director chairman chairwoman founder co-founder executive analyst researcher expert scientist reporter
    correspondent columnist anchor commentator editor publisher owner donor fundraiser organizer organiser
    commander officer agent soldier diplomat wife husband son daughter brother sister mother father widow
    ally critic supporter opponent protester protestor leader heavyweight member head contender front-runner
    frontrunner runner-up treasurer physician counsel scientist hard-liner hardliner stepson stepdaughter stepfather
    stepmother grandson granddaughter grandfather grandmother nephew niece cousin uncle aunt fiance fiancee
    fiancé fiancée girlfriend boyfriend defunct now-defunct""".split()
)
#: What befell a person or how the press sees them, before the name or role ("disgraced financier Jeffrey Epstein",
#: "ousted Egyptian President Hosni Mubarak", "outspoken conservative Kyle Kashuv"): descriptive labels of persons
#: only ("the exiled Afghan Taliban leadership" labels no country). The participles are verbs right before a name
#: ("A jury convicted McDonnell"), so there they need a determiner ("the ousted Morsi") or a role after them.
PERSON_STATE_WORDS = frozenset(
    """failed disgraced ousted jailed convicted indicted beleaguered controversial outspoken exiled
    imprisoned""".split())
#: Occupations and roles of people ("jailed clerk Kim Davis", "evangelical preacher Randy Smith"): descriptive
#: labels of persons only ("Oklahoma doctor" is no label of Oklahoma).
ROLE_NOUNS = frozenset(
    """clerk preacher pastor priest bishop rabbi imam cleric evangelist sheriff coach teacher nurse doctor surgeon
    farmer rancher engineer banker trader broker landlord blogger podcaster filmmaker producer artist musician
    comedian rapper athlete trooper detective investigator inspector regulator whistleblower plaintiff
    defendant suspect inmate prisoner detainee witness hopeful hopefuls contractor lobbyist negotiator mediator
    secretary-general fellow dean partner specialist coordinator colleague friend sociologist psychologist
    psychiatrist historian demographer epidemiologist physicist biologist lecturer instructor superintendent
    administrator novelist poet playwright photographer pundit campaigner volunteer staffer employee classmate
    schoolmate teammate roommate hostage captive personality resident recipient confidant confidante competitor
    moderator criminologist advocate neighbor neighbour pilot appointee worker statistician citizen mathematician
    chemist geologist linguist technician pharmacist dentist veterinarian librarian electrician mechanic plumber
    carpenter accountant careerist hawk quarterback linebacker pitcher player graduate alumnus counterpart
    predecessor successor replacement son-in-law daughter-in-law brother-in-law sister-in-law father-in-law
    mother-in-law
    schmoozer antagonist nemesis protege protégé mentor bomber attacker gunman shooter assailant
    cofounder biographer insider housekeeper freelancer philosopher contributor entertainer stepbrother
    stepsister speechwriter groundskeeper trucker promoter broadcaster sportscaster newscaster announcer narrator
    newsman newswoman elder miner
    teenager teen toddler youngster funder megadonor litigator chiropractor tailor designer developer
    interviewer caregiver firefighter bodyguard socialite heiress magnate kingmaker dealmaker policymaker
    bartender waiter waitress janitor hairdresser gangster fraudster jailer kidnapper hacker leaker
    fundraiser marcher picketer striker speaker lord boss kingpin laureate baron czar tsar warlord dissident
    defector oligarch emissary juror schoolteacher headteacher homeowner landowner shopkeeper storekeeper midwife
    paramedic surveyor welder courier cashier chef florist jeweler jeweller optometrist therapist
    counselor counsellor tutor curator archivist sculptor choreographer composer translator interpreter
    programmer vendor merchant commuter passenger traveler traveller tourist migrant immigrant refugee
    asylum-seeker farmworker laborer labourer dockworker steelworker autoworker coworker co-worker nanny
    babysitter housewife homemaker pensioner sailor paratrooper medic radiologist cardiologist oncologist
    pediatrician paediatrician neurologist anesthesiologist neuroscientist landlady tenant renter homebuyer
    motorist cyclist pedestrian hiker climber swimmer sprinter golfer boxer wrestler skier skater goalkeeper
    midfielder referee umpire jockey shareholder bondholder auditor solicitor barrister bailiff paralegal warden
    lifeguard dispatcher smuggler trafficker poacher thief burglar robber murderer killer arsonist looter rioter
    fugitive convict parolee informant spy abductee widower orphan mourner bystander eyewitness onlooker
    fan voter constituent taxpayer pupil schoolboy schoolgirl undergraduate postdoc intern apprentice
    trainee recruit cadet canvasser demonstrator unionist chaplain missionary monk nun deacon vicar theologian
    inventor technologist astronaut astronomer meteorologist forecaster climatologist ecologist zoologist
    botanist conservationist environmentalist explorer screenwriter scriptwriter essayist memoirist influencer
    youtuber vlogger streamer publicist marketer bookkeeper receptionist subcontractor bricklayer
    roofer machinist chauffeur cabbie deckhand fisherman fishermen herder beekeeper vintner winemaker distiller
    barista dishwasher housemaid carer childminder grocer retiree homeschooler client creator co-creator
    showrunner prophet co-defendant codefendant dealer editor-in-chief seminarian ophthalmologist
    middleweight welterweight lightweight
    featherweight""".split()
)
#: Endings of role nouns that name people ("financier", "provocateur", "technologist", "custodian", "newsman"),
#: for the word right before a person's name; the word lists above hold the common -er and -or roles.
ROLE_NOUN_ENDINGS = ("ier", "eur", "ist", "ian", "man", "woman")
#: ... words with those endings that name no person.
NOT_ROLE_NOUNS = frozenset(
    """barrier carrier frontier dossier human german roman checklist playlist wishlist blacklist twist median
    assist exist insist resist persist consist subsist""".split()
)
#: Lower-case words after a mention that make it a modifier of a noun ("former U.S. ambassador", "the Trump
#: administration"): a country or party written there takes no labels from its left.
_MODIFIED_HEADS = DESCRIPTIVE_WORDS | frozenset(
    """ambassador administration government officials official president senator lawmaker lawmakers leader
    leaders minister ministry envoy military army forces troops embassy diplomat diplomats delegation
    authorities regime prosecutors intelligence agencies governor governors senator senators mayor mayors
    congressman congresswoman representative values voters residents citizens economy politics policy
    officials employees employee staff staffers staffer executives workers engineers nomination nominee primary
    race seat seats candidacy candidates majority minority leadership caucus hopefuls contest source sources
    insiders ones speaker whip""".split()
)
_DETERMINERS = frozenset("the a an his her their its our this that then now ex self-described".split())
_PERSON_NEXT = frozenset(
    "administration campaign aides aide allies ally supporters loyalists camp presidency adviser advisers "
    "advisor advisors spokesman spokeswoman spokesperson associates lawyers attorneys family cabinet era office "
    "years".split()
)
_SPEECH_NEXT = frozenset({"said", "says", "told", "wrote", "tweeted", "added", "argued", "claimed", "stated"})
#: A lower-case word of three letters or more that title-case headlines would capitalise.
_LOWER_LONG_RE = re.compile(
    r"(?<![\w'’\-])(?!(?:and|the|for|but|nor|with|from|into|over|via|off|out|per|than|upon|onto|amid)\b)[a-z]{3,}"
)
#: A short verb or pronoun in lower case: with a final full stop, the line is a sentence, not a headline ("Joel B.
#: Pollak is Senior Editor-at-Large at Breitbart News.").
_LOWER_SHORT_RE = re.compile(r"(?<![\w'’\-])(?:is|be|he|we|it|me|us|do|am)(?![\w'’\-])")
_CAP_LONG_RE = re.compile(r"(?<![\w'’\-])[A-Z]\w{2,}")
#: A whole lower-case word: ``(?<![\w'’\-])[a-z]+(?![\w'’\-])`` with its first letter read before the look-behind
#: (which then checks the character before it), so a search skips in C to the next lower-case letter instead of
#: trying the look-behind at every position: the same matches (tests/test_speed_patterns.py), about 11% fewer
#: instructions on the whole-text scan of :func:`~framing.scorers.actors.find_actors`.
_LOWER_WORD_RE = re.compile(r"[a-z](?<![\w'’\-].)[a-z]*(?![\w'’\-])")


#: Actor types, in the order the ``actors_<type>_count`` scores are written.
ACTOR_TYPES = ("person", "country", "organisation", "group", "place")


_OF_GAP_RE = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+\Z")
#: Verbs after a bare surname that make it a person ("Biden visited", "Pelosi opposed").
_BARE_VERBS = frozenset(
    """said says told tells visited visits signed signs opposed opposes backed backs vowed vows urged urges
    announced announces insisted insists warned warns criticized criticised criticizes criticises praised praises
    blamed blames accused accuses denied denies admitted admits argued argues claimed claims tweeted tweets wrote
    writes met meets called calls won wins lost loses ran runs spoke speaks added adds asked asks refused refuses
    promised promises pledged pledges rejected rejects endorsed endorses nominated nominates fired fires
    appointed appoints defended defends attacked attacks slammed slams stated states suggested suggests""".split()
)
_AUXILIARIES = frozenset("has had is was will would".split())


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_DOTTED = {"U.S.": "United States", "U.K.": "United Kingdom", "U.N.": "United Nations", "E.U.": "European Union"}


#: An acronym written with periods, three letters or more ("F.T.C.", "N.A.A.C.P."): an organisation, except these.
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){3,6}")
_DOTTED_NO_ORG = frozenset("U.S.A. N.Y.C. D.C. A.M. P.M. R.S.V.P. U.S.S.R. C.E.O. C.F.O. C.O.O.".split())
#: After an all-capitals place at the start of a paragraph: a dateline ("SANTA LUCÍA —", "WASHINGTON (Reuters) —",
#: "LIMA, Peru (AP) -").
_DATELINE_TAIL_RE = re.compile(r"(?:,[ \t][^\n,—–(]{1,30})?(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[—–]|[ \t]+--?[ \t])")
#: Title words that qualify another title rather than introduce a name ("Former Texas Gov.", "State Senator").
_NOT_NAME_TITLES = frozenset(
    """Former Acting Interim Foreign Defense Defence Interior Finance Health Education Energy State Treasury Home
    Labor Labour Trade Commerce Homeland House Senate Majority Minority Opposition Supreme Crown Vice Deputy Chief
    Citizen""".split()
)
_PLACE_PREPOSITIONS = frozenset("in at from to of near outside across".split())
#: Words before an organisation head that make the run an event, law or date rather than an organisation.
_ORG_BLOCKERS = frozenset(
    """Act Acts Bill Law Amendment Treaty Accord Accords Agreement Deal Plan Program Programme Report Day Week
    Month Year Summit Conference Forum Festival Olympics Games Cup Prize Award Awards War Wars Crisis Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September
    October November December""".split()
)
#: Endings of coined plural group nouns ("Tea Partiers", "Blairites", "Corbynists", "Never Trumpers").
_GROUP_PLURAL_ENDINGS = ("iers", "ites", "ists", "umpers", "istas")
#: Labels that name a kind of person (besides words ending in -man, -ator, -crat): they describe a person, never
#: the country or party written right before them.
_PERSON_LABEL_WORDS = frozenset(
    """despot despots tyrant tyrants leader leaders thug thugs kingpin kingpins warlord warlords ruler rulers
    caudillo boss bosses puppet puppets president premier chief minister official officials henchman henchmen
    crony cronies stooge stooges demagogue demagogues firebrand firebrands hardliner hardliners hard-liner
    hard-liners extremist extremists radical radicals zealot zealots fanatic fanatics oligarch oligarchs mobster
    mobsters spy spies hacker hackers""".split()
)
_IN_OF_GAP_RE = re.compile(r"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?\Z")
_CAP_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*)")


#: A possessive that owns no noun but is the subject of a verb of saying: a company named with a possessive
#: ("McDonald's said", "Macy's, Kohl's and Dillard's told"): the end of the name (its "'s"), then the verb. Only verbs
#: that are no noun or participle ("Obama's plans", "Strzok's notes", "the CIA's reported assessment"; "declined" only
#: before "to": "Trump's declined" is his share of the vote), and no comma before the verb ("two-thirds of Kasich's,
#: said": a possessive whose noun is left out).
BRAND_POSSESSIVE_RE = re.compile(
    r"['’]s(?=(?:,? (?:and |or )?[A-Z][\w&.-]*(?:['’]s|['’]))* (?:said|says|told|added|noted|confirmed"
    r"|declined to|agreed|denied)\b)")


#: Surnames that name one person in US and world news of the years the AllSides sample covers (presidents and vice
#: presidents, congressional leaders, heads of state and government), each with the given names of that person (and
#: of a namesake in the same office: Pierre Trudeau, Hafez al-Assad). General knowledge, written by the developers
#: (issue 15, sessions 35 and 37), not fitted to any article. Left out: surnames shared by two people in the news
#: (Clinton, Bush, Castro, Cuomo, Kim, McCarthy), and those that are also a common word, first name or another
#: actor's name (Sanders, Harris, Ryan, Sessions, Bloomberg, Abbott, Omar, Barr, May). The given names tell a relative
#: named in full with another ("Hunter Biden") from the one an office before the bare surname names ("President
#: Biden said he loves his son").
WELL_KNOWN_GIVEN_NAMES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "Obama": "Barack", "Trump": "Donald", "Biden": "Joe Joseph", "Pence": "Mike Michael", "Pelosi": "Nancy",
    "McConnell": "Mitch Addison", "Schumer": "Chuck Charles", "Boehner": "John", "Putin": "Vladimir",
    "Merkel": "Angela", "Macron": "Emmanuel", "Netanyahu": "Benjamin Bibi", "Erdogan": "Recep Tayyip",
    "Zelensky": "Volodymyr", "Zelenskyy": "Volodymyr", "Trudeau": "Justin Pierre", "Khamenei": "Ali",
    "Rouhani": "Hassan", "Assad": "Bashar Hafez", "Maduro": "Nicolas Nicolás", "Modi": "Narendra",
    "Duterte": "Rodrigo", "Bolsonaro": "Jair", "Xi": "Jinping", "Mueller": "Robert Bob", "Comey": "James Jim",
    "Giuliani": "Rudy Rudolph", "Kavanaugh": "Brett", "Bannon": "Steve Stephen", "Kushner": "Jared",
    "Romney": "Mitt Willard", "McCain": "John", "Rubio": "Marco", "Buttigieg": "Pete Peter", "DeSantis": "Ron",
    "Newsom": "Gavin", "Ocasio-Cortez": "Alexandria", "Pompeo": "Mike Michael", "Blinken": "Antony Tony",
    "Mnuchin": "Steven Steve", "Tillerson": "Rex", "Gorsuch": "Neil", "Hannity": "Sean",
}.items()}
#: Offices named with their complement before the holder's name ("Envoy for Syria Affairs Jim Jeffrey", "the Special
#: Envoy for Iran").
OFFICE_NOUNS = frozenset("""Secretary Director Envoy Ambassador Minister Commissioner Coordinator Administrator
Representative Adviser Advisor Counselor Counsellor""".split())
#: The surnames alone: a person even without a cue ("acting exactly like Obama and the Democrats", a headline "Obama
#: Won't Send ...").
WELL_KNOWN_SURNAMES = frozenset(WELL_KNOWN_GIVEN_NAMES)
#: The women among them; the others are men (the person the surname names, for a pronoun's gender: "While Trump
#: did a fundraiser for her, she ...": "she" is not Trump's).
WELL_KNOWN_WOMEN = frozenset({"Pelosi", "Merkel", "Ocasio-Cortez"})
#: Surnames that name a disease in the possessive ("Parkinson's symptoms", "Alzheimer's patients"): no actor there.
DISEASE_EPONYMS = frozenset(
    "Parkinson Alzheimer Crohn Tourette Asperger Hodgkin Raynaud Kaposi Meniere Ménière".split())
