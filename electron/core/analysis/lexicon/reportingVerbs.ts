// One table of reporting verbs: each lemma's forms, tagged with the roles the analysis gives them.
// Every list of verbs of saying, believing, intending or taking a stance that the stages read
// (SPEECH_CUES, CLAUSE_CUES, STANCE, INTENT, the participles of reported speech …) is derived from
// here with reportingVerbs(tag), so a verb is added, or a role given to it, on one line.
//
// A line is "forms | tags". A bare tag holds for every form of the line; "tag(f g)" only for the
// forms named. The partial tags are deliberate: "said" opens a clause without "that" but "saying"
// is a participle, and "states"/"remarks" are more often nouns than verbs.
//
// Tags (where they are read):
//   speech       a verb of saying or stated belief: the cue of a quotation (lexicon SPEECH_CUES)
//   clause       takes a reported clause, "X said that …" (lexicon CLAUSE_CUES)
//   stance       of stance or advocacy: what follows is attributed, "called the deal a disaster" (STANCE)
//   attitude     of attitude, with a subject that holds views: "voters want …" (ATTITUDE)
//   saying       a verb of saying proper, never a noun of the sentence (cueWords SAYING)
//   nounOf       also a noun when "of" follows: "the report of the panel" (cueWords)
//   closing      closes a sentence after a quotation: "…, Sroka said." (speakerAfter)
//   headline     the verb of a headline "Trump Says …" (headlineSays)
//   intent       its "to" opens what is intended: "vowed to repeal" (intentions INTENT)
//   zeroThat     its clause may come without "that": "he said the plan failed" (reportedSpeech)
//   addressee    takes the one addressed before the clause: "told reporters (that) …" (reportedSpeech)
//   object       reports a thing rather than a clause: "announced his resignation" (reportedSpeech)
//   participle   after a comma reports more of the subject's words: "…, adding that …" (reportedSpeech)
//   sayingParticiple  the participles of saying proper: "saying", "arguing" (reportedSpeech)
//   inverting    may come before its subject after the clause: "…, said Smith." (reportedSpeech)
//   plain        the plainest verbs of saying, which may report a bare "yes" or "no" (reportedSpeech)
//   progressive  after "is/was": "was demanding …" reports a stance (reportedSpeech)
//   talk         of talking, not of saying a clause (reportedSpeech)
//   ask          of asking (reportedSpeech)
//   bareSay      "say" itself, whose subject is a speaker rather than a place (nameContext)
//   nounish      also a noun ("18 states", "his remarks"): believed only after a real subject (statementSpan)
//   naming       names its object: "what critics called “a stunt”" (namingRelative)
//   judging      of expecting, judging or feeling, for a third party: "officials expect …" (judgingVerbs)

export type ReportingTag =
  | 'speech' | 'clause' | 'stance' | 'attitude' | 'saying' | 'nounOf' | 'closing' | 'headline' | 'intent'
  | 'zeroThat' | 'addressee' | 'object' | 'participle' | 'sayingParticiple' | 'inverting' | 'plain'
  | 'progressive' | 'talk' | 'ask' | 'bareSay' | 'nounish' | 'naming' | 'judging';

const TAGS = new Set<string>([
  'speech', 'clause', 'stance', 'attitude', 'saying', 'nounOf', 'closing', 'headline', 'intent',
  'zeroThat', 'addressee', 'object', 'participle', 'sayingParticiple', 'inverting', 'plain',
  'progressive', 'talk', 'ask', 'bareSay', 'nounish', 'naming', 'judging',
]);

const TABLE = `
accuse accuses accused accusing | stance participle(accusing) progressive(accusing)
acknowledge acknowledges acknowledged acknowledging | speech clause(acknowledge acknowledges acknowledged) stance(acknowledge acknowledging) saying(acknowledged) object(acknowledges acknowledged)
add adds added adding | speech clause(add adds added) saying(adds added) closing(adds added) zeroThat(add adds added) participle(adding) sayingParticiple(adding) inverting(added)
admires admired | stance
admit admits admitted admitting | speech clause(admit admits admitted) stance(admits admitted) headline(admits)
affirm affirms affirmed | speech
agree agrees agreed agreeing | speech(agree agrees agreed) clause(agree agrees agreed) stance(agreed) intent
allege alleges alleged alleging | speech(allege alleges alleged) clause(allege alleges alleged) stance(alleges alleging)
announce announces announced announcing | speech clause(announce announces announced) saying(announces announced) object(announce announces announced)
answer answers answered | speech(answers answered) nounOf(answer answers)
appears appeared | stance
applaud applauds applauded | stance
argue argues argued arguing | speech clause(argue argues argued) stance(argues) saying(argues argued) closing(argued) headline(argues) zeroThat(argue argues argued) participle(arguing) sayingParticiple(arguing) inverting(argued) progressive(arguing)
articulated | stance
ask asks asked asking | speech clause(ask asks asked) stance(asks asking) addressee(ask asks asked) object(ask asks asked) participle(asking) inverting(asked) progressive(asking) ask(ask asks asked)
assailed | stance
assert asserts asserted asserting | speech(assert asserts asserted) clause(assert asserts asserted) stance(asserted asserting)
assures assured | speech stance(assured) addressee
attacks attacked attacking | stance
backs backed backing | stance(backs backed) attitude(backing)
barks barked | speech
beamed | speech
believe believes believed | speech clause headline(believes) zeroThat
bemoans bemoaned | speech stance(bemoaned)
blame blames blamed blaming | stance progressive(blaming)
blast blasts blasted blasting | stance
boast boasts boasted | speech stance(boasts boasted)
branded | stance naming
call calls called calling | stance(calls called calling) participle(calling) progressive(calling) nounish(call calls) naming(call calls called)
caution cautions cautioned | speech clause(caution cautioned) stance(cautioned)
challenged | stance
champions championed championing | stance
chants chanted | speech
charge charges charged | speech stance(charged) nounOf(charge charges)
chimed | speech
cite cites cited citing | stance participle(citing) nounish(cites)
claim claims claimed claiming | speech clause(claim claims claimed) stance(claiming) saying(claims claimed) nounOf(claim claims) headline(claims claimed) zeroThat(claim claims claimed) participle(claiming) sayingParticiple(claiming) progressive(claiming) nounish(claim claims)
comment comments commented | speech stance(commented) nounOf(comment comments) nounish(comment comments)
complain complains complained complaining | speech(complain complains complained) clause(complain complains complained) stance(complained) participle(complaining)
concede concedes conceded | speech clause stance(conceded)
conclude concludes concluded concluding | speech clause(conclude concludes concluded) stance(concludes concluded)
condemns condemned condemning | stance
confesses confessed | speech
confirm confirms confirmed confirming | speech clause(confirm confirms confirmed) stance(confirmed) saying(confirmed) object(confirms confirmed)
congratulated congratulating | stance
consider considers considered considering | stance(considers considered considering) judging(consider)
contend contends contended | speech clause stance(contends) closing(contended)
continue continues continued | speech stance(continued) inverting(continued)
counter counters countered | speech nounOf(counter)
cracked | speech
cries cried | speech
criticised | stance
criticize criticizes criticized criticizing | stance progressive(criticizing)
decide decides decided deciding | intent
declare declares declared declaring | speech clause(declare declares declared) stance(declares declaring) saying(declares declared)
decline declines declined declining | stance(declined) intent
decries decried decrying | stance
deemed | stance
defend defends defended defending | stance
demand demands demanded demanding | speech(demanded) stance(demands demanded) progressive(demanding) nounish(demand demands)
denounces denounced denouncing | stance
deny denies denied denying | speech clause(deny denies denied) stance(denied) headline(denies) object(denies denied)
derided | stance
describe describes described describing | stance object(describes described) participle(describing) naming(describe describes described)
disclosed | stance
discuss discussed | stance
dismisses dismissed dismissing | stance
disputed disputing | stance
distanced | stance
downplayed | stance
dubbed | stance naming
echoed echoing | stance
emailed | stance
embraces embraced embracing | stance
emphasise emphasises emphasised emphasising | speech clause(emphasise emphasises emphasised)
emphasize emphasizes emphasized emphasizing | speech clause(emphasize emphasizes emphasized) stance(emphasized)
encouraged encouraging | stance(encouraged) progressive(encouraging)
endorse endorses endorsed endorsing | stance(endorses endorsed) attitude(endorse endorsing)
envision envisions envisioned | stance
foresee foresees | stance
estimate estimates estimated | speech clause nounOf(estimate estimates) zeroThat(estimate estimated) nounish(estimate estimates)
exclaim exclaims exclaimed | speech
exhorts exhorted | speech
expect expects expected | speech stance(expects expected) judging(expect)
explain explains explained explaining | speech clause(explain explains explained) stance(explains explaining) saying(explained) closing(explained) participle(explaining) inverting(explained)
express expressed expressing | attitude
favor favors favored favoring | attitude
feel feels felt | judging
fear fears feared fearing | speech(fear fears feared) clause(fear fears feared) attitude nounOf(fear fears) zeroThat(fear fears feared) nounish(fear fears)
finds found | stance
forecast | stance
fumes fumed | speech
growled | speech
gushes gushed | speech
hails hailed | stance
highlighted highlighting | stance
hints hinted | stance
hollered | speech
hope hopes hoped hoping | speech(hope hopes hoped) clause(hope hopes hoped) stance(hopes hoped hoping) nounOf(hope hopes) intent zeroThat(hope hopes hoped) nounish(hope hopes)
identified | stance
imagined | stance
implied implying | stance
indicate indicates indicated | clause stance zeroThat
informed | addressee
insist insists insisted insisting | speech clause(insist insists insisted) stance saying(insists insisted) headline(insists) zeroThat(insist insisted) participle(insisting) sayingParticiple(insisting) inverting(insisted) progressive(insisting)
intend intends intended intending | intent
interjected | speech stance
interpret interpreted | stance
invoked | stance
issued | stance
joke jokes joked | speech stance(joked)
know knows knew | attitude
labeled labelled | stance naming
lambasted | stance
laments lamented | speech stance(lamented)
lauded | stance
laughed | speech
learned | stance
likens likened | stance
listed | stance
maintain maintains maintained | speech clause
marvels marveled marvelled | speech
mention mentions mentioned mentioning | stance
mock mocks mocked mocking | speech(mocks mocked) stance
mulling | stance
murmured | speech
muses mused | speech stance(mused)
named | stance
note notes noted noting | speech clause(note notes noted) stance(notes) saying(notes noted) nounOf(note notes) closing(noted) zeroThat(note noted) participle(noting) sayingParticiple(noting) inverting(noted) nounish(note notes)
observe observes observed | speech clause
offer offers offered | stance(offers offered) nounish(offer offers)
opines opined | speech
oppose opposes opposed opposing | stance(opposes opposed) attitude(oppose opposing)
ordered | stance
outlined outlining | stance
plan plans planned planning | stance(plans planned) intent nounish(plan plans)
pleads pleaded | speech stance(pleaded)
pledge pledges pledged pledging | speech(pledge pledges pledged) clause(pledge pledged) stance(pledges pledged pledging) nounOf(pledge pledges) intent object(pledged)
pointed pointing | speech(pointed) stance participle(pointing)
portray portrayed | stance
post posted | speech(posted) clause(posted) stance(posted) nounOf(post) object(posted)
praise praises praised praising | stance
predict predicts predicted predicting | speech clause(predict predicts predicted) stance(predicted predicting) saying(predicted) headline(predicts) zeroThat(predict predicted) object(predicts predicted)
prefer prefers preferred | stance(prefers) attitude
presses pressed pressing | speech(presses pressed) progressive(pressing)
proclaims proclaimed | speech stance(proclaimed)
projected | stance
promise promises promised promising | speech(promise promises promised) clause(promise promises promised) stance(promises promised promising) nounOf(promise promises) intent object(promises promised) progressive(promising) nounish(promise promises)
proposes proposed | stance
pushed pushing | stance(pushed) progressive(pushing)
question questions questioned questioning | stance(questions questioned questioning) progressive(questioning) nounish(question questions)
quip quips quipped | speech
rages raged | speech
railed | stance
savaged savaging | stance
read reads | speech
reaffirmed | stance
realized | stance
rebuked | stance
recall recalls recalled recalling | speech clause(recall recalls recalled) stance(recalled recalling) object(recalls recalled)
recommends recommended | stance
recount recounts recounted | speech stance(recounted)
referenced | stance
referred referring | stance participle(referring)
refuse refuses refused refusing | stance(refused) intent
reiterate reiterates reiterated | speech clause(reiterate reiterated) stance(reiterated)
reject rejects rejected rejecting | stance
released | object
remark remarks remarked remarking | speech(remark remarks remarked) clause(remark remarked) stance(remarking) nounOf(remark remarks) nounish(remark remarks)
remembers remembered | speech stance
remind reminded | stance(reminded) addressee
reminisced | speech
repeating | stance
reply replies replied replying | speech
report reports reported | speech clause nounOf(report reports) object(reports reported) nounish(report reports)
requested | stance
respond responds responded responding | speech stance(responded) participle(responding)
retort retorts retorted | speech
retweeted | stance
reveals revealed | clause stance(revealed) object
riffs riffed | speech
roared | speech
say says said saying | speech clause(say says said) saying(say says said) closing(says said) headline(say says said) zeroThat(say says said) participle(saying) sayingParticiple(saying) inverting(says said) plain(say says said) bareSay(say says said)
scoffs scoffed | speech
screams screamed | speech
see sees saw | attitude
seek seeks sought seeking | stance(seeks sought) intent progressive(seeking)
seems seemed | stance
shout shouts shouted | speech
show shows shown showed | clause(show shows showed) stance(shows shown showed) zeroThat(show shows showed)
sighs sighed | speech
signaled | stance
signed | stance
slams slammed slamming | stance
snaps snapped | speech
snarled | speech
sneers sneered | speech
sniped | speech
sounded | stance
speak speaks spoke speaking | attitude(spoke speaking) talk
speculated | stance
state states stated stating | speech clause(stated) stance(stating) saying(stated) nounOf(state states) nounish(state states)
stress stresses stressed stressing | speech clause(stress stresses stressed) stance(stressed) participle(stressing)
suggest suggests suggested suggesting | speech clause(suggest suggests suggested) stance(suggest suggests suggesting) saying(suggested) headline(suggests) zeroThat(suggest suggests suggested) participle(suggesting) sayingParticiple(suggesting) progressive(suggesting)
support supports supported supporting | stance(supports supported) attitude(support supporting) nounish(support supports)
talk talks talked talking | stance(talked) attitude(talking) participle(talking) talk
taunts taunted | speech
tell tells told telling | speech clause saying(tells told) closing(told) headline(tells told) zeroThat(tell tells told) addressee participle(telling) inverting(told) plain(tells told)
termed | stance naming
testify testifies testified | speech clause(testified)
thanked thanking | stance
think thinks thought | speech clause headline(thinks) zeroThat
threaten threatens threatened threatening | intent progressive(threatening)
thunders thundered | speech
tout touts touted touting | stance
tweet tweets tweeted tweeting | speech clause(tweeted) stance(tweeting) nounOf(tweet tweets) object(tweeted)
underscores underscored | stance
unveiled | stance
urge urges urged urging | speech(urge urges urged) stance(urges urged urging) headline(urges) addressee(urges urged) participle(urging) progressive(urging)
voiced | stance
vow vows vowed vowing | speech(vow vows vowed) clause(vow vows vowed) stance(vows vowed vowing) headline(vows) intent object(vowed) progressive(vowing)
want wants wanted | stance(wants wanted) attitude intent
warn warns warned warning | speech clause(warn warns warned) stance(warning) saying(warned) headline(warns warned) zeroThat(warn warned) addressee(warn warned) participle(warning) sayingParticiple(warning) inverting(warned) progressive(warning)
welcomes welcomed | stance
whispers whispered | speech
wonder wonders wondered | speech(wonders wondered) stance(wondered) attitude(wonder)
worries worried | attitude
write writes wrote writing | speech clause(write writes wrote) saying(writes wrote) closing(writes wrote) zeroThat(write wrote) object(writes wrote) inverting(wrote)
yell yells yelled | speech
`;

/** Tag → the forms that carry it; read once at module load. */
const BY_TAG = new Map<string, Set<string>>();
for (const line of TABLE.trim().split('\n')) {
  const [formText, tagText] = line.split('|');
  const forms = formText!.trim().split(/\s+/);
  for (const m of tagText!.matchAll(/(\w+)(?:\(([^)]*)\))?/g)) {
    const tag = m[1]!;
    // A mistyped tag or form in the table is a programming error: fail at load, not silently.
    if (!TAGS.has(tag)) throw new Error(`reportingVerbs: unknown tag "${tag}" on "${line}"`);
    const some = m[2]?.trim().split(/\s+/) ?? forms;
    for (const f of some) if (!forms.includes(f)) throw new Error(`reportingVerbs: "${f}" is not a form on "${line}"`);
    let set = BY_TAG.get(tag);
    if (!set) BY_TAG.set(tag, (set = new Set()));
    for (const f of some) set.add(f);
  }
}

/** The forms of the table that carry `tag` (a new set; callers keep it as a module constant). */
export function reportingVerbs(tag: ReportingTag): Set<string> {
  return new Set(BY_TAG.get(tag));
}
