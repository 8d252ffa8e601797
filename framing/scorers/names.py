"""Word lists and a fast finder for capitalised name sequences, used by actor detection.

There is no NER model: names are runs of capitalised tokens ("Nicolás Maduro", "Sen. Bernie Sanders",
"Alexandria Ocasio-Cortez", "Mohammed bin Salman"), found with one regex over the text and grouped in
Python. Only capitalised tokens are visited, so the cost is a fraction of a tokenizer pass.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = [
    "ABBREVIATED_TITLES",
    "COMMON_CAPITALISED",
    "DEPARTMENT_TITLES",
    "GEO_HEADS",
    "MONTHS",
    "NEWSPAPER_HEADS",
    "NEWSPAPER_HEADS_STRICT",
    "NON_PERSON_WORDS",
    "NON_SURNAME_WORDS",
    "NOT_AFTER_ON",
    "ON_GAP",
    "ON_HEADS",
    "ORG_HEADS",
    "PLACE_GIVEN_NAMES",
    "SAINT_HEADS",
    "SENTENCE_OPENING",
    "STATE_FIRST_PARTY",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "WEEKDAYS",
    "CapToken",
    "cap_runs",
    "in_spans",
    "link_text_spans",
]

_UP = "".join(chr(i) for i in range(0x41, 0x250) if chr(i).isupper())

#: A capitalised token: "Maduro", "Ocasio-Cortez", "O'Rourke", "al-Assad", "U.S." (no possessive "'s"); also
#: after a full stop glued to two lower-case letters, where a copied page lost its paragraph break ("lawmakers.Williams
#: told", as :func:`framing.tokenize.sentence_spans` splits there), not inside "U.S.Army", "www.Medium.com" or
#: "Jane.Doe@example.com".
CAP_TOKEN_RE = re.compile(
    rf"(?:(?<![\w'’\-‐‑.])|(?<=[a-z][a-z]\.)(?<!www\.)(?=[{_UP}])(?![{_UP}]\w*[.@][a-zA-Z]))"
    rf"(?:(?:[{_UP}]\.){{2,}}|(?:(?:al|el|bin|ibn|abu|ben|de|van|von|di|da)[-‐‑])?"
    rf"[{_UP}]\w*(?:[-‐‑]\w+|['’](?![sS]\b)\w+)*)"
)
# CAP_TOKEN_RE's matches, found faster (cap_runs): every character of a match is one its look-behind refuses, so no
# match starts inside another and the matches are simply those of its two kinds of start, found apart and merged.
# Tokens that open with a capital: the capital first, then the look-behind, so that the regex engine skips in C to
# the next capital (the joint pattern, opening with the look-behind, is tried at every position; ~3x faster).
_CAP_FIRST_RE = re.compile(
    rf"[{_UP}](?:(?<![\w'’\-‐‑.][{_UP}])|(?<=[a-z][a-z]\.[{_UP}])(?<!www\.[{_UP}])(?!\w*[.@][a-zA-Z]))"
    rf"(?:\.(?:[{_UP}]\.)+|\w*(?:[-‐‑]\w+|['’](?![sS]\b)\w+)*)")
# Tokens that open with a lower-case particle ("al-Assad", "bin-Salman"): tried only before a hyphen and a capital.
_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\w'’\-‐‑.])(?:al|el|bin|ibn|abu|ben|de|van|von|di|da)[-‐‑][{_UP}]\w*(?:[-‐‑]\w+|['’](?![sS]\b)\w+)*")
_HYPHEN_CAP_RE = re.compile(rf"[-‐‑](?=[{_UP}])")


def _cap_token_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of :data:`CAP_TOKEN_RE` in ``text[lo:hi]``, in order (tests/test_names.py compares the two)."""
    out = [m.span() for m in _CAP_FIRST_RE.finditer(text, lo, hi)]
    n = len(out)
    for h in _HYPHEN_CAP_RE.finditer(text, lo, hi):
        for s in (h.start() - 2, h.start() - 3):  # particles of two and three letters
            if s >= lo and (m := _PARTICLE_NAME_RE.match(text, s, hi)) is not None:
                out.append(m.span())
    if len(out) > n:
        out.sort()
    return out

#: Abbreviated titles written with a period ("Sen. Warren"): the period does not end the name run.
ABBREVIATED_TITLES = frozenset(
    "Mr Mrs Ms Messrs Dr Sen Sens Rep Reps Gov Gen Lt Col Maj Capt Sgt Cpl Adm Cmdr Prof Rev Fr Pres Atty Supt "
    "Insp Det Amb Hon St Jr Sr Gens Sec".split()
)

#: Capitalised words that introduce a name as a title or form of address (compared without the period).
TITLE_WORDS = frozenset(
    """Mr Mrs Ms Miss Messrs Dr Sen Sens Senator Rep Reps Representative Gov Governor Gen General Lt Col Maj Capt Sec
    Sgt Cpl Adm Cmdr Prof Professor Rev Reverend Fr Father Pres President Presidents Vice Prime Minister Ministers
    Chancellor King Queen Prince Princess Pope Sheikh Sheik Emir Ayatollah Imam Rabbi Bishop Cardinal Archbishop
    Secretary Judge Justice Chief Speaker Leader Chairman Chairwoman Chair Director Ambassador Mayor Premier
    Commissioner Deputy Councilman Councilwoman Congressman Congresswoman Assemblyman Assemblywoman Lord Lady Sir
    Dame Sultan Crown Marshal Admiral Colonel Major Captain Sergeant Lieutenant Officer Detective Attorney
    Former Acting Interim President-elect Atty Supt Insp Inspector Det Amb Hon Foreign Defense Defence Interior Finance
    Health Education Energy State Treasury Home Justice Labor Labour Trade Commerce Homeland House Senate Majority
    Minority Whip Opposition Supreme Comrade Citizen Candidate Nominee Spokesman Spokeswoman Spokesperson CEO
    Founder Senators Representatives Governors Congressmen Congresswomen Generals Judges Justices Mayors
    Ministers Chairs Chairmen Chairwomen Secretaries Ambassadors Commissioners Administrator Commander Commanders
    Constable Superintendent Commandant Counsel""".split()
)

#: Title words that name a department: a title only before another title word ("Health Secretary Alex Azar",
#: "Foreign Minister Sergey Lavrov"), not in "Health Care for America NOW".
DEPARTMENT_TITLES = frozenset(
    """Foreign Defense Defence Interior Finance Health Education Energy Treasury Home Labor Labour Trade Commerce
    Homeland""".split()
)

#: Words that modify a title ("Executive Chairman", "Senior Adviser"): a run of these and title words is a title,
#: not a name.
TITLE_MODIFIERS = frozenset(
    """Executive Senior Junior Assistant Associate Managing Deputy Vice Co-Chairman Lead Principal Special Regional
    District Circuit Federal General Chief Acting Interim Former Founding Co-Founder Honorary Permanent Joint
    Adviser Advisor Officer Editor Manager Partner""".split()
)

def office_word(title: str) -> str:
    """The office a title label names: its last word, lower-cased, without a full stop ("Vice President" ->
    "president", "Sen." -> "sen")."""
    return title.rsplit(" ", 1)[-1].rstrip(".").lower()


#: Address forms that are not labels worth reporting.
ADDRESS_FORMS = frozenset("Mr Mrs Ms Miss Messrs Sir Dame Lady Lord".split())

#: Heads that make a capitalised run an organisation ("Chinese Communist Party", "Supreme Court").
ORG_HEADS = frozenset(
    """Party Parties Ministry Department Agency Administration Court Congress Senate House Parliament Assembly
    Council Committee Commission Board Authority Office Bureau Service Services Police Army Navy Forces Guard
    University College School Institute Foundation Center Centre Bank Fund Corporation Corp Inc Co Company Group
    Association Union League Front Alliance Movement Coalition Caucus Federation Network News Times Post Journal
    Tribune Herald Gazette Magazine Press Daily Media Broadcasting Airlines Church Hospital Museum Club Team Guild
    Society Trust Reserve Cabinet Government Regime Junta Brigade Brigades Militia Cartel Organization
    Organisation Tribunal Station Labs Technologies Holdings Partners Campaign Project Watch
    Initiative PAC Republicans Democrats Socialists Communists Conservatives Liberals Greens Workers
    Books Bookstore Bookshop Booksellers Publishing Publishers Pharmaceuticals Pharma Therapeutics Motors Airways
    Industries Enterprises Brands Foods Studios Productions Pictures Entertainment Bancorp Securities Insurance
    Investments Ventures Logistics Restaurant Restaurants Bakery Brewery Winery Gallery Theater Theatre Cinema
    Library Centers Judiciary Bar Pub Tavern Grill Saloon Cafe Café Lounge Diner Legislature Legislatures LLC Ltd
    Online Institution Foundations Employees
    Institutes Register Corps Radio Television Channel Academy Lab Laboratory Laboratories Clinic Research Polling
    Analytics Strategies Consulting Associates Solutions Systems Roundtable Force Capital Management Economics
    Farm Farms Directorate Inspectorate Secretariat Engineering""".split()
)

#: Last words of newspaper names ("Wichita Eagle", "the Boston Globe"). Those in :data:`NEWSPAPER_HEADS_STRICT`
#: are never surnames; the others ("Star", "Sun", "Ledger") make an organisation only after "the".
NEWSPAPER_HEADS_STRICT = frozenset(
    """Eagle Globe Courier Observer Chronicle Inquirer Enquirer Examiner Sentinel Dispatch Telegraph Guardian
    Register Bulletin Courant Intelligencer Advertiser Star-Tribune Star-Ledger Plain-Dealer Democrat-Gazette
    Journal-Constitution Union-Tribune Post-Dispatch Post-Gazette Post-Intelligencer Times-Picayune Sun-Times
    Sun-Sentinel Times-Dispatch Press-Enterprise News-Journal""".split()
)
NEWSPAPER_HEADS = NEWSPAPER_HEADS_STRICT | frozenset(
    """Star Sun Bee Ledger Express Banner Record Statesman Mirror Independent Monitor Beacon Argus Pioneer Telegram
    Dealer Call""".split()
)

#: Words that make a capitalised run something other than a person (places, events, laws, dates).
NON_PERSON_WORDS = frozenset(
    """Street Avenue Road Boulevard Square Park Bridge City County State States Province Region District Island
    Islands River Lake Mountain Mountains Valley Bay Sea Ocean Gulf Coast Airport Port Village Town Hall Tower
    Act Bill Law Amendment Amendments Treaty Accord Accords Agreement Deal Plan Program Programme Report Index
    Day Week Month Year Summit War Wars Crisis Olympics Games Cup Prize Award Awards Festival Conference Forum
    Mall Stadium Arena Hotel Palace Building Plaza Memorial Monument Cathedral Mosque Temple Heights
    Operation Fort Mount Northern Southern Eastern Western Central Upper Lower New Great United Republic Kingdom
    Empire Federal National International Global World Covid Coronavirus Virus Internet Web App Twitter Facebook
    Instagram YouTube TikTok Google Amazon Apple Microsoft Netflix Act Acts Constitution Declaration Revolution
    Era Age Century Dynasty Day Eve Christmas Easter Thanksgiving Ramadan Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September
    October November December Fox CNN Times Post Journal Daily Sunday Magazine Review Weekly Iran-Contra
    Bend Falls Springs Rapids Junction Harbor Harbour Canyon Creek Hills Beach Lakes Township Borough Peninsula
    Highway Parkway Boulevard Drive Spring Triangle Corridor Belt Delta Basin Plains Desert Strip Debate Debates
    Hearing Hearings Debacle Scandal
    Doctrine Doctrines Rule Rules Dossier Presidency Economy Victory Seat Scam Train Salute Desk Agenda Effect
    Strategy Memo Files Papers Tapes Rally Tour Movement Era Point Standards Dam Reservoir Canal Pier
    Pipeline""".split()
)

#: First words of place names ("Cerro Blanco", "Monte Alto", "Río Grande", "Costa Verde"): a run of two or more
#: tokens starting with one of these is a place, not a person.
GEO_HEADS = frozenset(
    """Cerro Cerros Monte Montes Mount Mt Mont Lake Lago Laguna Río Rio Sierra Port Puerto Porto Fort Cape Cabo
    Punta Isla Islas Bahía Bahia Costa Valle Villa Ciudad Nueva Nuevo Lac Loch""".split()
)

#: Saints' prefixes of place names ("San Pedro", "Santa Lucía", "São Paulo", "St. Louis"): a run starting with one
#: of these is a place unless a title precedes it or a person cue follows it ("General Santa Anna", "Santa Anna
#: said").
SAINT_HEADS = frozenset("San Santa Santo Santos São Sao Saint St Ste Sainte".split())

#: Gazetteer places that are also common first names ("Sofia Brandt", "Jordan Peterson", "Paris Hilton"): followed
#: by a surname-like word they start a person's name.
PLACE_GIVEN_NAMES = frozenset(
    """Sofia Paris Jordan Israel Santiago Austin Charlotte Orlando Sydney Milan Florence Victoria Madison Lincoln
    Chad""".split()
)

#: Capitalised words after a city or state that name a team, firm or event rather than a surname ("Georgia Tech",
#: "Orlando Magic").
NON_SURNAME_WORDS = frozenset(
    """Tech Power Energy Magic Heat Jazz Thunder Fire Galaxy Dynamo Metro Transit Zoo Opera Ballet Symphony
    Orchestra Marathon Open Masters Pride Fashion FC Saint Saint-Germain Station Terminal Olympics Stock
    Exchange Motor Speedway Legislature Legislatures Methodist Mercury""".split()
)

#: Capitalised words that are ordinary words when they start a sentence or a title (compared lower-cased).
COMMON_CAPITALISED = frozenset(
    """a an the this that these those there here it its it's i we you he she they them his her their our my your
    me us him who whom whose what which when where why how whatever whoever whichever
    whenever wherever whether if unless because since as
    though although while whereas after before until once then than so but and or nor yet also still even just
    only both either neither each every all any some many much more most few several no not none nobody nothing
    nor in on at by for from with without within into onto upon over under above below between among against
    during through throughout across along around about beyond despite toward towards via per like unlike near
    according given considering regarding meanwhile however moreover furthermore nevertheless nonetheless instead
    otherwise indeed thus hence
    therefore today tonight yesterday tomorrow now later earlier last next first second third finally often
    sometimes already again perhaps maybe yes ok okay oh well please thanks thank sources source officials
    official experts critics supporters opponents analysts residents people police authorities reports report
    said says according asked told one two three four five six seven eight nine ten dozens hundreds thousands
    millions monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december do does did is are was were be been being have has
    had will would can could should shall might must may let lets let's don't can't won't it's that's there's
    what's here's our why what's breaking update updated watch read live video photo photos opinion analysis
    editorial exclusive statement press right left everybody everyone somebody someone anybody anyone
    nobody image images credit credits caption claim fact check i'm i’m i've i’ve i'll i’ll i'd i’d we're we’re
    we've we’ve you're you’re they're they’re he's he’s she's she’s it’s that’s there’s what’s don’t can’t
    won’t let’s here’s tv something anything everything besides amid
    another other others gonna gotta wanna top typical starting ask""".split()
)

#: Connectors allowed inside a person's name ("Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman").
_CONNECTOR_GAP = re.compile(
    r"[ \t]+(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|bin|ibn|al|el|y)[ \t]+){1,2}\Z"
)
_SPACE_GAP = re.compile(r"[ \t]+\Z")
_PERIOD_GAP = re.compile(r"\.[ \t]+\Z")
_OF_GAP = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+\Z")
#: "on" continues the name of a committee or commission ("Subcommittee on Border Security", "Commission on Civil
#: Rights", "Council on Foreign Relations"), not before a day or month ("the Judiciary Committee on Tuesday").
ON_GAP = re.compile(r"[ \t]+on[ \t]+\Z")
ON_HEADS = frozenset("Committee Subcommittee Commission Council Caucus Panel Center Centre".split())
#: The days of the week and the months, capitalised.
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December".split())
NOT_AFTER_ON = WEEKDAYS | MONTHS | frozenset("Capitol Twitter Facebook Fox CNN MSNBC".split())
_NEXT_WORD_RE = re.compile(r"[A-Z][\w'’-]*")

#: Heads after which "of" continues an organisation or title name ("Bank of England", "Secretary of State").
_OF_HEADS = ORG_HEADS | frozenset(
    "Secretary Minister Ministry Department Bank University Court Republic Kingdom State States Office Council "
    "Board Chamber Church Institute Museum Prince Duke King Queen Speaker Chief Director Governor League "
    "Socialists Communists Democrats Friends Sons Daughters Nation Commissioner Attorney Chancellor Freedom".split()
)

CapToken = tuple[int, int]

#: A participle hyphenated to a name ("Soros-funded", "Iran-backed", "Saudi-led", "Texas-based"): the name is a
#: mention of its own, the participle no part of a name.
_NAME_PARTICIPLE_RE = re.compile(
    r"(?<=[a-zA-Z.])-(?:funded|backed|led|based|owned|linked|allied|aligned|appointed|controlled|sponsored|"
    r"supported|affiliated|run|inspired|dominated|financed|connected|friendly|leaning|headquartered)\Z")


def cap_runs(text: str, lo: int = 0, hi: int | None = None) -> list[list[CapToken]]:
    """Runs of capitalised tokens in ``text[lo:hi]`` that may form one name, as lists of ``(start, end)``.

    Tokens join across single spaces, across ``". "`` after an abbreviated title or an initial ("Sen.",
    "J."), across name connectors ("de", "von der", "bin") and across "of" after an organisation head
    ("Bank of England"). Line breaks, other punctuation and lower-case words end a run.
    """
    end = len(text) if hi is None else hi
    runs: list[list[CapToken]] = []
    cur: list[CapToken] = []
    prev_end = -1
    for s, e in _cap_token_spans(text, lo, end):
        if "-" in text[s:e] and (part := _NAME_PARTICIPLE_RE.search(text, s, e)) is not None:
            # "George Soros-funded", "Iran-backed", "Saudi-led": the name before the participle, which ends the run
            if cur and _joins(text, cur[-1], text[prev_end:s]):
                cur.append((s, part.start()))
            else:
                if cur:
                    runs.append(cur)
                cur = [(s, part.start())]
            runs.append(cur)
            cur = []
            prev_end = -1
            continue
        if cur:
            gap = text[prev_end:s]
            if _joins(text, cur[-1], gap) and not _surname_of(text, cur, gap):
                cur.append((s, e))
                prev_end = e
                continue
            runs.append(cur)
        cur = [(s, e)]
        prev_end = e
    if cur:
        runs.append(cur)
    return runs


#: Heads of organisations named with a plural possessive ("Journalists' Association", "Sheriffs' Association",
#: "Magistrates' Court", "Students' News Agency"); not a chamber or a party ("the Dems' Senate majority").
_POSSESSIVE_ORG_HEADS = frozenset(
    """Association Associations Union Federation Council Alliance League Guild Court Fund Network Society
    Coalition Agency News Committee Club Institute Benevolent Organization Organisation Conference Forum
    Collective Cooperative Co-operative Trust Brotherhood Sisterhood Lodge""".split())


#: Royal heads after which "of" continues a title ("King of Jordan", "Crown Prince of Saudi Arabia") unless the word
#: is a surname after a given name ("Rep. Steve King of Iowa", "Sen. Angus King of Maine").
_ROYAL_OF_HEADS = frozenset("King Queen Prince Duke".split())
#: Words before a royal head that keep it a title ("Crown Prince of", "Grand Duke of").
_ROYAL_BEFORE = frozenset("Crown Grand Prince Princess King Queen Great Holy Former Late".split())


def _surname_of(text: str, cur: list[CapToken], gap: str) -> bool:
    """Whether ``cur`` ends in a royal head word that is a surname after a given name, with "of" next: the place
    after "of" is the person's home, not part of a title ("Steve King of Iowa")."""
    if len(cur) < 2 or not _OF_GAP.match(gap):
        return False
    head = text[cur[-1][0] : cur[-1][1]]
    before = text[cur[-2][0] : cur[-2][1]]
    return head in _ROYAL_OF_HEADS and before not in _ROYAL_BEFORE and before.rstrip(".") not in TITLE_WORDS \
        and before.isalpha() and before[1:].islower()


def _joins(text: str, prev: CapToken, gap: str) -> bool:
    if gap == " ":
        return True  # (most gaps: :data:`_SPACE_GAP` without the search)
    if not gap or len(gap) > 24:
        return False
    if _SPACE_GAP.match(gap):
        return True
    ptxt = text[prev[0] : prev[1]]
    if _PERIOD_GAP.match(gap):
        return ptxt in ABBREVIATED_TITLES or (len(ptxt) == 1 and ptxt.isupper())
    if _CONNECTOR_GAP.match(gap):
        return True
    if _OF_GAP.match(gap):
        return ptxt in _OF_HEADS
    if ptxt in ON_HEADS and ON_GAP.match(gap):
        m = _NEXT_WORD_RE.match(text, prev[1] + len(gap))
        return m is not None and m.group() not in NOT_AFTER_ON
    if gap in ("' ", "’ ") and ptxt.endswith("s") and len(ptxt) > 3:
        # a plural possessive inside an organisation's name: "the Valdorian Journalists' Association", "Texas
        # Farmers' Union"; not "the Smiths' house" (no organisation head after it)
        m = _NEXT_WORD_RE.match(text, prev[1] + len(gap))
        return m is not None and m.group() in _POSSESSIVE_ORG_HEADS
    return False


def split_run(run: Sequence[CapToken], drop: Sequence[bool]) -> list[list[CapToken]]:
    """Split ``run`` at the tokens flagged in ``drop`` (which are removed)."""
    out: list[list[CapToken]] = []
    cur: list[CapToken] = []
    for tok, d in zip(run, drop, strict=True):
        if d:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        out.append(cur)
    return out


#: A name glued to the headline that follows it in a copied page's link text ("Donald John TrumpGOP senators balk
#: ... MORE"): the surname, then a capital with no space.
_GLUED_NAME_RE = re.compile(r"(?<![\w'’])((?:Mc|Mac)?[A-Z][a-z'’]+)(?=[A-Z\d'‘“\"])")
_MORE_RE = re.compile(r" MORE(?![A-Za-z])")
#: Where a sentence opens, for a pattern's start: the text's start, or white space after a sentence's end mark (also
#: after a closing quotation mark: '..." In New York, ...').
SENTENCE_OPENING = r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][\"”])[ \t]*)"
#: A party after its state, as The Washington Times writes a member's appositive ("Idaho Republican", "New York
#: Democrat"): the pattern's text, for the actor labels and the speaker finder.
STATE_FIRST_PARTY = r"(?:[A-Z][a-z]+[ \t]+){1,2}(?:Republican|Democrat)"
#: The card's name words between a visible surname glued to them and the card's own glued surname ("Jason " in
#: "Jason CrowJason CrowHouse ..."; not the words of a headline between two mentions of "ObamaCare").
_CARD_NAME_REST_RE = re.compile(r"[A-Z][\w.'’()-]*(?:[ \t][A-Z][\w.'’()-]*){0,3}[ \t]")
#: A full name written twice in a row before a capital ("Joe Biden Joe Biden Parnas: ..."), a card's first words.
_NAME_TWICE_RE = re.compile(r"(?<![\w'’])([A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’-]+){1,2})[ \t]\1[ \t](?=[A-Z])")
#: A pasted video box (CNN: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 01:51"), one paragraph.
_VIDEO_LINE_RE = re.compile(r"(?m)^JUST WATCHED\b[^\n]*")


@lru_cache(maxsize=16)
def link_text_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of related-story link text pasted into an article (The Hill's pages: "President Trump Donald John
    TrumpGOP senators balk at ... veterans' votes MORE says he ...": from the full name that repeats the visible
    one to the closing "MORE") and of video boxes (CNN's "JUST WATCHED ... Replay More Videos ... MUST WATCH ..."
    paragraphs), in text order. Empty for ordinary text (cheap: two substring searches)."""
    out: list[tuple[int, int]] = []
    if "JUST WATCHED" in text:
        out.extend(m.span() for m in _VIDEO_LINE_RE.finditer(text))
    if " MORE" not in text:
        return tuple(out)
    videos = len(out)
    for more in _MORE_RE.finditer(text):
        lo = max(0, more.start() - 600)
        if len(out) > videos and out[-1][1] > lo:
            lo = out[-1][1]
        # the first surname glued to a headline whose visible name, with the same surname, stands a few words
        # before: "Trump Donald John TrumpGOP", "Adam Schiff Adam Bennett SchiffHouse", "Grassley Charles (Chuck)
        # Ernest Grassley"; not a capital inside a word before it ("ObamaCare", "McConnell": no name repeats there)
        for glued in _GLUED_NAME_RE.finditer(text, lo, more.start()):
            if "\n" in text[glued.start() : more.start()]:
                continue
            surname = glued.group(1)
            head_at = max(lo, glued.start() - 80)
            head = text[head_at : glued.start()]
            k = head.rfind(surname + " ")
            if k >= 0:
                out.append((head_at + k + len(surname) + 1, more.end()))
                break
            k = head.rfind(surname)
            if k > 0 and head[k - 1] == " " and _CARD_NAME_REST_RE.fullmatch(head, k + len(surname)) is not None:
                # "Jason CrowJason CrowHouse delivers ... MORE": the visible name glued to the card's
                out.append((head_at + k + len(surname), more.end()))
                break
        else:
            twice = _NAME_TWICE_RE.search(text, lo, more.start())
            if twice is not None and "\n" not in text[twice.start() : more.start()]:
                # "former Vice President Joe Biden Joe Biden Parnas: U.S. ambassador ... MORE": the card's name
                # repeats the visible one with a space, its first headline not glued to it
                out.append((twice.start(1) + len(twice.group(1)) + 1, more.end()))
    return tuple(sorted(out))


def in_spans(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, non-overlapping ``spans`` (a binary search)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
