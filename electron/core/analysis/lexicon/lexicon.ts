// Word lists for attribution and names. Sets of lower-case words, built once at module load.

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs of saying and of stated belief: the cue of a quotation or reported statement. */
export const SPEECH_CUES = set(`
say says said saying tell tells told telling add adds added adding note notes noted noting
state states stated stating stress stresses stressed stressing warn warns warned warning
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
explain explains explained explaining claim claims claimed claiming argue argues argued arguing
insist insists insisted insisting ask asks asked asking reply replies replied replying
respond responds responded responding write writes wrote writing tweet tweets tweeted tweeting
announce announces announced announcing declare declares declared declaring
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
suggest suggests suggested suggesting believe believes believed think thinks thought
continue continues continued conclude concludes concluded concluding recall recalls recalled recalling
predict predicts predicted predicting confirm confirms confirmed confirming deny denies denied denying
report reports reported observe observes observed remark remarks remarked comment comments commented
assert asserts asserted maintain maintains maintained contend contends contended allege alleges alleged
testify testifies testified exclaim exclaimed quip quipped joke joked shout shouted yell yelled
boast boasted boasts concede concedes conceded caution cautions cautioned reiterate reiterates reiterated
complain complains complained agree agrees agreed estimate estimates estimated
vow vows vowed promise promises promised pledge pledges pledged urge urges urged
charge charges charged counter countered counters retort retorted recount recounted
posted pointed hope hopes hoped fear fears feared expect expects expected
beamed gushed snapped fumed scoffed sniped mused marveled marvelled cracked laughed sighed chimed interjected
chanted screamed cried pleaded whispered murmured wondered demanded lamented bemoaned raged thundered
countered explains writes tweets recalls recounts concedes cautions insists confessed confesses answered answers
barked growled hollered roared snarled sneered taunted mocked affirm affirms affirmed
mocks jokes quips shouts yells barks snaps scoffs muses marvels sighs gushes fumes exclaims pleads wonders
laments bemoans cries screams whispers thunders rages retorts taunts sneers chants
pressed presses read reads assured assures proclaimed proclaims riffed riffs remembered reminisced
opined opines exhorted exhorts`);

/** Cues that take a reported clause ("X said that ..."), beyond which the content runs. */
export const CLAUSE_CUES = set(`
say says said tell tells told add adds added note notes noted stated stress stresses stressed
warn warns warned emphasize emphasizes emphasized emphasise emphasises emphasised explain explains explained
claim claims claimed argue argues argued insist insists insisted write writes wrote tweeted
announce announces announced declare declares declared acknowledge acknowledges acknowledged admit admits admitted
suggest suggests suggested believe believes believed think thinks thought conclude concludes concluded
predict predicts predicted confirm confirms confirmed deny denies denied report reports reported
observe observes observed remark remarked assert asserts asserted maintain maintains maintained
contend contends contended allege alleges alleged testified concede concedes conceded reiterate reiterated
agree agrees agreed estimate estimates estimated hope hopes hoped fear fears feared
vow vows vowed promise promises promised pledge pledged recall recalled recalls caution cautioned
complain complained complains ask asks asked announce announces announced recalled tweeted posted revealed reveals
tell telling show shows showed indicate indicates indicated`);

/** Words between a subject and its cue that are not part of the subject ("has long said"). */
export const AUX = set(`has have had also later previously recently then would will could might may
once often never already still just further again reportedly repeatedly publicly privately
has long clearly flatly quickly simply only even later subsequently earlier today yesterday
is was were are had been did does do not n't firmly strongly`);

export const PRONOUNS = set('he she they we i it');
export const PERSON_PRONOUNS = set('he she');

/** Words that never belong to a subject phrase: reading left from a cue stops at them. */
export const NP_BREAK = set(`that which who whom whose and but or because as when while if after before since
where though although than so nor yet until unless whether to in on at by from with without into about
against over under between during through across per via is was are were be been being has have had
not this these those what how why there here said says say told tells added also`);

/** Words allowed inside a subject phrase even though they break elsewhere. */
export const NP_INNER = set(`of for the a an at with from`);

/** Titles and honorifics that mark the following name as a person. */
export const TITLES = set(`mr mrs ms miss dr prof sir dame lord lady president vice premier chancellor
minister secretary senator sen rep representative congressman congresswoman governor gov mayor
judge justice general gen colonel col lieutenant lt captain capt sergeant sgt admiral adm commander
king queen prince princess pope bishop archbishop cardinal rabbi imam sheikh father reverend rev
ambassador envoy chairman chairwoman chief ceo director spokesman spokeswoman spokesperson
coach manager striker defender midfielder goalkeeper captain leader
detective officer inspector superintendent commissioner attorney speaker deputy
excellency excellencies majesty highness`);

/** Role nouns of descriptions that refer to a person ("the senator", "Head of State"). */
export const ROLE_NOUNS = set(`president premier chancellor minister secretary senator congressman congresswoman
governor mayor judge general king queen prince pope ambassador envoy chairman chairwoman chief ceo
director spokesman spokeswoman spokesperson leader official officials head candidate nominee
businessman businesswoman billionaire lawyer attorney adviser advisor aide analyst economist
expert professor researcher author writer reporter correspondent source sources commander
prosecutor investigator sheriff officer police witness actor actress singer star coach manager
founder executive owner activist campaigner politician lawmaker lawmakers legislator
representative rep sen democrat republican voter voters resident residents student teacher doctor`);

/** Words at the start of a capitalised run that are not names ("The", "In", weekdays). */
export const NOT_NAME = set(`the a an in on at of for and but or if as by to from with this that these those
it its he she they we i you his her their our my your there here when while after before
however meanwhile moreover furthermore nevertheless instead although though despite during since because
earlier later last next now today yesterday tomorrow under other some many most several both all each every
such according no not yes what why how where who which whose while after before also asked still yet
monday tuesday wednesday thursday friday saturday sunday feb mar apr jun jul aug sep sept oct nov dec
january february march april may june july august september october november december
mr mrs ms dr`);

/** Last words of organisation names. */
export const ORG_HEADS = set(`inc corp corporation co ltd plc llc group bank party council organization
organisation association agency ministry committee union university institute center centre commission
court department assembly federation company airlines airways club league foundation fund trust
administration authority board bureau office service services news press times post journal network
congress parliament senate house government army navy police forces force command
school college academy society alliance coalition front movement church
holdings industries motors systems technologies partners securities exchange capital reuters
secretariat nations parliamentary treaty spa ag sa nv bv gmbh bhd pty ab asa oy sarl srl kgaa
power electric energy oil steel telecom communications pharmaceuticals chemicals resources mining petroleum
insurance investments international zeitung herald tribune gazette telegraph television radio broadcasting`);

/** Words closing place names ("Gulf", "Province"). */
export const PLACE_HEADS = set(`city county province state island islands river valley mountains mountain
sea ocean gulf bay lake region republic kingdom street avenue square road park district peninsula coast`);

// Verbs of stance and advocacy: with a named or pronoun subject, what follows is the attributed
// content too ("Trump called the deal a disaster", "she criticized Wells Fargo's behaviour").
export const STANCE = new Set(`called calls describe described describes criticized criticizes criticised endorsed endorses
supported supports urged urges praised praises promised promises defended defends opposed opposes proposed proposes
sought seeks rejected rejects questioned questions attacked attacks blasted blasts blamed blames mocked mocks slammed slams
denounced denounces dismissed dismisses cited cites wants wanted plans planned expects expected vowed vows pledged pledges
declined refused backed backs touted touts thanked condemned condemns welcomed welcomes hailed hails lambasted derided
demanded demands offered offers accused accuses admires admired applauded applauds insisted recommended recommends
likened likens labeled labelled dubbed branded termed
seemed seems appeared appears showed shows shown found finds expected calling continued responded agreed
pointed pointing referring referred referenced offered sought refused cited citing concluded concludes revealed recalled
recalling hopes hoping hoped suggesting suggest suggests asking rejected attacked posted issued questioned questioning
talked discuss discussed named mentioned mentioning mentions denied notes indicated indicates indicate blasting blasts
predicted predicting dismissing pushed confirmed charged admitted admits claiming ordered complained assured insist insists
insisting promising echoed echoing criticizing describing reiterated tweeting warning mocked mocking urging explaining explains
acknowledge acknowledging praise praising seeks listed denouncing stating asserted argues joked declaring reminded voiced
sounded stressed portrayed portray conceded accusing asks decried highlighted highlighting touting railed encouraged
emphasized boasted boasts emailed pleaded thanking lamented remembered signaled repeating retweeted vowing assailed
forecast cautioned hints hinted implied implying wondered invoked commented lambasted distanced rebuked interjected
speculated recounted blaming pledging remarking contends dismisses mused alleges declares prefers bemoaned slams
unveiled outlined outlining proclaimed`.split(/\s+/));

// Verbs of attitude: with a subject that holds views, what follows is a reported stance ("voters want
// …", "Republicans prefer …"), but they are too common to attribute a quotation by themselves.
export const ATTITUDE = new Set(`want wants wanted see sees saw support supporting backing prefer prefers preferred
fear fears feared know knows knew expressed express expressing talking spoke speaking worried worries wonder
oppose opposing endorse endorsing favor favors favored favoring`.split(/\s+/));
