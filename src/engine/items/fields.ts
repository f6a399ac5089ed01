/**
 * Field cues: how a sentence states a template field. Patterns run on `normalizeSpeech()`d
 * text (lowercase, punctuation as spaces). `ask` is the question form ("who approves
 * rollback") whose answer is the next sentence; `strip` removes the lead-in so the
 * item reads `Field: value`. A field is stated only by a sentence that says it:
 * promises ("I'll share the link later") and pointers ("the links are documented")
 * never count.
 */
import { asksUnmarked, type SpokenQuestionModel } from './spoken-question';
import { normalizeSpeech } from '../sections/text';
import { anyOfPatterns } from '../sections/alternation';
import { KT_DEFAULT_TEMPLATE } from '../template/kt-default';

export interface FieldCue {
  /** How a sentence states the field; also a feature of the fitted section model. */
  state: RegExp;
  /**
   * Further wordings that state the field (paraphrases, a subject doing the thing).
   * Status only: the section model's weights were fitted on `state`, so its features stay put.
   */
  also?: RegExp;
  /** Further question forms, status only like `also`. */
  alsoAsk?: RegExp;
  /** Knowledge with no fixed wording: two substantial sentences in the section state it. */
  freeForm?: boolean;
  /**
   * A field that is a list over time ("a plan by week"): stated only when the section's items
   * name at least two different periods matched by this pattern. One "first week is reading"
   * is a day-1 remark, not a plan.
   */
  periods?: RegExp;
  /**
   * An item that leaves the rest of such a list to later or to someone else ("after that, honestly,
   * I don't know"; "weeks three and four, Dafydd will sort that out"): the field is said in part.
   */
  unfinished?: RegExp;
  /**
   * Where such a list must reach to be whole: a plan for the first month said only for its first
   * two weeks ("week one you shadow, week two you lead") leaves the rest of the month unsaid.
   */
  reaches?: RegExp;
  /**
   * Said to be unknown ("escalation path, I am not sure, the matrix is getting changed"), the
   * field is not given by what was said of it before in passing ("alerts go to PagerDuty").
   */
  undoneByUnknown?: boolean;
  /** What also says such a field is not known: the path disowned ("honestly, nobody really"). */
  disowned?: RegExp;
  ask?: RegExp;
  strip?: RegExp;
  /**
   * Extra check on what the sentence says besides putting things off (e.g. a link must be a real
   * URL); `whole` is the whole sentence, normalised, put-off clauses included.
   */
  require?: (text: string, norm: string, whole: string) => boolean;
  /**
   * The field said in part: where the thing is without the thing itself ("a page called Verity
   * design in the Onboarding space" is no link). The field stays missing, but the section is
   * not empty either: it is partial.
   */
  partly?: RegExp;
  /**
   * What an answer to the field's question must hold to give it: asked "are there days I
   * shouldn't deploy?", "there are, there's a freeze calendar, I'll show you" names no day.
   */
  answeredBy?: RegExp;
}

/** A cue pattern that takes any sentence, leaving the decision to the cue's `require`. */
const EVERY_SENTENCE = /\S/;
/** A web address, or an internal short link typed or said ("go/invoice-pipeline", "go slash invoice pipeline"). */
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*|\bgo(\/| slash )(?!no\b)[a-z0-9]/i;
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty five|thirty|thirty five|forty|forty five|fifty|sixty|ninety|a few|couple of|half an|an)';

/** Speech that only promises or points elsewhere. */
export const PROMISE =
  /\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna) (email|mail|message|slack|forward|ping) (you|it|them|that|those|over)\b|\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna) put (it|them|that|those|these|everything)( all)? (in|into|on) (the|a|our) (runbook|doc|docs|document|wiki|confluence|page|readme|handover page|list)\b|\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna|will be) (try to )?(share|send|add|document|write|post|cover|get back|follow up|circle back|tell you|explain|shared|sent|added|have a look|take a look)\b|\b(are|is) (documented|in the (wiki|runbook|doc|docs|confluence))\b|\b(share|send|post|add|forward|drop) (it|that|this|them|the link|the doc|you)? ?(later|in some time|afterwards|after the call|offline|next (week|time|month)|tomorrow)\b|\b(i|we) can forward\b|\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna) (check|find out|ask|figure (it |that )?out|work (it |that )?out|define|decide)\b|\b(we|you) (should|need to|have to|must) (still )?(write (down|up)|document|define|decide|agree|figure out|work out|check with|ask|confirm with|find out|talk (to|with))\b|\blet s (define|decide|agree|figure out|work out)\b/;

/**
 * A sentence that opens with the system as its subject: "the inventory sync moves ...",
 * "so the notifications service sends ...". Subjects that are themselves template words
 * ("the worst case is", "the business impact is") name no system.
 */
const NOT_A_SYSTEM =
  '(?!(?:the|a|an|and|or|of|to|in|on|at|for|with|from|is|s|it|this|that|we|you|they|worst|best|business|main|first|second|third|other|next|last|whole|only|big|biggest|real|problem|issue|risk|reason|impact|idea|plan|point|thing|rule|fix|cause|symptom|trick|part|rest|time|day|week|month|team|question|answer|goal|good|bad|same|one|two|way|result|cost|catch|difference|nice|funny|tricky|annoying|important|key|default|current|old|new)\\b)';
/** Spoken lead-ins before the system is named: "first, what it is: the loyalty platform is ...". */
const LEAD_IN = '(?:(?:so|okay|ok|well|right|yeah|yes|basically|and|now|first|firstly|in short|in a nutshell|(?:very |the )?short version|what it is|what is it|i think|i guess|i mean|i d say|i would say) )*';
const SUBJECT = `^${LEAD_IN}(?:the|our) (?:${NOT_A_SYSTEM}[a-z0-9]+ ){1,3}`;
/**
 * A system's own name as the first word said ("Forecourt is ...", "let me explain shortly, Forecourt
 * is ..."), not a pronoun, a template word or a part of a system ("deployment is a manual pipeline").
 */
const NAMED_SUBJECT =
  `(?:^${LEAD_IN}|\\b(?:shortly|basically|so) )` +
  NOT_A_SYSTEM +
  '(?!(?:deployment|deploy|deploys|release|rollback|monitoring|logging|alerting|build|config|database|db|storage|queue|cache|frontend|backend|api|auth|infra|infrastructure|network|cluster|everything|nothing|something|what|who|which|there|here)\\b)[a-z0-9]+ ';
/** Words after "we call" that are a call, not a name: "the API we call every minute". */
const NOT_A_NAME_CALLED =
  '(?:it|them|that|this|these|those|the|a|an|our|their|your|you|me|us|him|her|every|each|all|some|any|back|out|up|down|from|on|in|at|to|with|for|over|via|through|when|if|whenever|directly|later|manually|again|once|twice|daily|nightly|hourly|ourselves|themselves|into|its|his)\\b';
/** Subjects that do things without being the system: people, parts and tools everyone has. */
const NOT_A_SUBJECT_NAME =
  'i|he|she|they|we|you|someone|somebody|everyone|everybody|nobody|people|which|who|what|there|here|deployment|deploy|release|rollback|monitoring|logging|alerting|build|config|database|db|storage|queue|cache|frontend|backend|api|auth|infra|infrastructure|network|cluster|pipeline|job|jenkins|kafka|kubernetes|terraform|helm|argo|airflow|spark|redis|postgres|postgresql|mysql|oracle|grafana|prometheus|datadog|splunk|lambda|github|gitlab|docker|nginx|cron|script|team|ops|finance|support|nothing|everything|something|each|every|one|this|that|it';
/** Where the system's work takes place: "Markwell is where all the exam marking happens". */
/** The system's name defined by what it is for: "lintas is the trip pricing and account billing for the whole expressway". */
const NAMED_DEFINED = `${NAMED_SUBJECT}(?<!\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|morning|evening|night|weekend|summer|winter|spring|autumn|christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december) )(?:is|s) (?:the|our) (?:[a-z0-9]+ ){1,6}for (?!(?:a|an|me|you|us|them|it|now|today|years?|months?|weeks?|days?|hours?)\\b)[a-z0-9]+ `;
const WORK_HAPPENS = 'happens|happen|lives|goes on|gets done|is done|are done|takes place';
/** A kind of system, named with at least one word of its own ("the fraud scoring service"). */
const SYSTEM_KIND =
  '(?:platform|service|system|stack|pipeline|gateway|app|application|portal|api|engine|tool|cluster|jobs?|batch|ledger|indexer|sync|site|backend|frontend|bus|hub|store|network|layer|proxy|integration|scheduler|worker|workers|interface|ingest|crawler|planner|feed|bridge|connector|adapter|importer|exporter|router|bot|archive|registry|register|catalogue|catalog|repository|marketplace|website|webshop|tracker|diary)';
/**
 * Raw speech runs sentences together ("what is this thing actually so the meter ingest is
 * basically the pipe ..."), so the system can be the subject after a spoken "so" mid-sentence,
 * or a named kind of system can do its thing anywhere ("... the lab results interface takes every result").
 */
const RUN_ON_SUBJECT = `\\b(?:so|okay|ok|well|right) (?:the|our) (?:${NOT_A_SYSTEM}[a-z0-9]+ ){1,3}(?:is|s) (?:basically|essentially|just|really|simply|kind of|sort of)\\b`;
const TEMPLATE_SUBJECT = new RegExp(`^(?:(?:so|and|now) )*(?:the|our) (?:worst|business|main|biggest|first|other)\\b`);
const DOES =
  '(?:handles|loads|processes|manages|provides|takes|reads|writes|keeps|shows|sends|aggregates|stores|moves|syncs|synchronises|synchronizes|ingests|calculates|computes|generates|powers|serves|lets|allows|tracks|records|turns|collects|publishes|builds|routes|delivers|exposes|pulls|pushes|feeds|copies|transforms|scores|predicts|recommends|validates|checks|matches|indexes|answers|converts|connects|bills|charges|pays|notifies|renders|caches|protects|authenticates|schedules|runs)';
/** "So it's residents looking up their bin day, the crews and ...": the users named as what "it" is. */
const USERS_ARE_PEOPLE =
  '^(?:(?:so|and|well|mostly|mainly|basically|oh) )*(?:it s|it is|that s|that is|they re|they are) (?:mostly |mainly )?(?:the |our )?(?:[a-z]+ ){0,2}(?:residents|citizens|customers|clients|users|staff|crews|drivers|agents|clerks|nurses|doctors|clinicians|patients|students|teachers|members|merchants|sellers|buyers|shoppers|analysts|accountants|controllers|operators|dispatchers|supervisors|engineers|developers|traders|employees|households|passengers|riders|guests|travellers|travelers|banks|retailers|hospitals|schools|councils|shops)\\b(?! (?:team|teams|department|group|squad)\\b)';
/** Agent nouns that name machines, not people ("the workers upload", "the brokers file"): "the borrowers upload" names users. */
const NOT_A_MACHINE =
  '(?!(?:servers|workers|containers|consumers|producers|listeners|controllers|handlers|schedulers|clusters|brokers|routers|readers|writers|others|numbers|orders|letters|filters|headers|layers|parameters|markers|computers|printers|scanners|timers|buffers|adapters|connectors|exporters|importers|crawlers|processors|monitors|sensors|agents|clients|components|environments|segments|tenants|variants|constants|events|documents|payments|statements|attachments|requests|results)\\b)';
// The kind and the verb are matched first and the article looked back for, since both are rare.
const KIND_DOES = `\\b${SYSTEM_KIND} ${DOES}\\b(?<=\\b(?:the|our) (?:${NOT_A_SYSTEM}[a-z0-9]+ ){0,2}[a-z0-9]+ [a-z]+)`;

/** A time when things happen: days, parts of the day, weeks, seasons, events. */
const PERIOD =
  /\b(freeze(?! (calendar|schedule|list|dates|page|doc|document|sheet|spreadsheet)\b)|frozen|blackout|peak|month end|quarter end|year end|end of (the )?(month|quarter|year|day)|black friday|cyber monday|holidays?|christmas|new year|audit|(mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|afternoons?|evenings?|nights?|nightly|midnight|eod|payroll|tax (day|season)|sales|sale|events?|campaigns?|high traffic|during|last (week|day|days) of|quarter|release day|week|weeks|month|months|days|window|season|semester|period|close|closing|launch|hours|pay ?days?|january|february|march|april|june|july|august|september|october|november|december|exams?|exam (session|period|week)s?|term starts?|results day|enrolment|enrollment|registration|\d{1,2} ?(am|pm)|o clock|(between|from) the ([a-z]+ )?([a-z]+(th|first|second|third)|\d+(st|nd|rd|th)) (and|to|till|until) the|(every|each) ([a-z]+ )?day|from (half |quarter past |quarter to )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})( [a-z]+){0,8} (until|till) )\b/;
/** Saying that changes must not happen then. */
const AVOID =
  /\b(freeze|frozen|blackout|avoid\w*|no ([a-z]+ )?(deploys?|deployments?|changes?|releases?|pushes|merges?)|don ?t|do not|never|shouldn ?t|should not|must not|hold off|stay away|careful|risky|bad (time|times|days?|idea)|wait until|only after|not (on|in|during|before|after|when|between|at|around|near)|nothing (is |gets |goes )?(deployed|released|changed|merged|goes out|from|during|in|on)|no go|off limits|stay clear|keep ([a-z]+ ){0,2}(out|away))\b|(^|\b(and|but|or|also) )(not|nothing)\b/;
/** The answer opens with the period itself: "Monday mornings, obviously, and the last week of the quarter". */
const PERIOD_FIRST =
  /^((and|also|so|yes|plus|then|or|definitely|obviously|mainly|mostly|especially) )*(the |every |each |any |during |in |on |at |around |near )?((?!(because|since|as|when|if|so|but|we|you|i|it|they|he|she|there|this|that|people|somebody|someone|nobody)\b)[a-z0-9]+ ){0,3}(freeze|blackout|peak|month end|quarter end|year end|end of|black friday|cyber monday|holidays?|christmas|new year|audit|(mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|evenings?|nights?|midnight|eod|payroll|week|weeks|month|day|days|window|season|semester|quarter|sales|january|february|march|april|june|july|august|september|october|november|december)\b/;

/** Pointing elsewhere in other words ("it's documented somewhere"); status only, like `also`. */
const POINTER =
  /\bthere (s|is) an? ([a-z]+ )?(page|doc|document|wiki page|checklist)$|\bthere (was|is|s) an? ([a-z]+ )?(document|doc|page|wiki page|spreadsheet) (about|on|for) (the |our )?[a-z]+( [a-z]+)?$|\bthere (s|is) an? ([a-z]+ ){0,2}(page|doc|document|runbook|checklist|spreadsheet) (on|in) (the |our )?(wiki|confluence|sharepoint|drive)( (with|for) ([a-z]+ ){0,3}[a-z]+)?$|\b(she|he|they|[a-z]+) (s|has|have|ve) got the (list|details|doc|document)\b(?! of\b)|\b(s|re|are|is) (all )?(documented|written (down|up))\b|\b(documented|written down|it s|they re) somewhere\b|\b(s|re|are|is) (all |also |already )?((described|listed|explained|covered|kept|captured|noted) )?(in|on) (the |our |a )?([a-z0-9]+ ){0,3}(runbooks?|readme|wiki|confluence|sharepoint|docs?|documents?|documentation|template|playbook|spreadsheet|ticket|onboarding (doc|guide|pack))( (as well|too|also|again))?( (so|and|you|just)( [a-z]+){0,5})?$|\b(s|re|are|is) (attached to|linked (in|from)) (the|a|our) [a-z]+( [a-z]+)?$|\b(sends?|sent|publishes|posts|emails?|circulates) (out )?the (dates|list|calendar|schedule)\b/;
/**
 * Putting the topic off: "I have not prepared it yet", "we will sit separately next week and
 * make it", "let's do those on Thursday", "we'll put the date in once he has deployed".
 * The week or the day in such a sentence is when the talk will happen, not the thing itself.
 */
export const DEFERRAL = anyOfPatterns([
  /\b(wants|wanted|want|would like|d like) to (do|go through|sort|plan|write) (that|it|this|the plan|them)( with you)?( [a-z]+)? (next (week|time|month)|tomorrow|later|on (monday|tuesday|wednesday|thursday|friday))\b/, // Martin wanted to do that with you himself next week
  /\b(she ll|he ll|they ll|she will|he will|they will) (tell|let) you (know )?(when|if|what|whether|how)\b/, // she'll tell you when she thinks the handover is complete
  /\b(nobody|no one)( s| has)? (ever )?(really |actually )?(decided|agreed|defined|settled|worked out)( that| it| this| on)?\b/, // nobody's ever actually decided that
  /\b(i d|i would) (like|love|want) to (say|think|believe)\b/, // I'd like to say me, but ... we've never settled it
  /\b(not|haven t|have not|hasn t|has not|didn t|did not) (yet )?(prepared|decided|planned|finalised|finalized|agreed|figured out|worked out|thought (about|through))\b/, // not prepared or decided yet
  /\b(didn t|did not) (really |actually )?(prepare|plan|decide|finalise|finalize|agree|figure out|work out|think about) (that|this|it|one|anything|a list|any list|a plan|any plan|a checklist)\b/, // I didn't prepare that, I did not prepare a list of first actions
  /\b(didn t|did not|haven t|have not|never|not) (really )?(get|got|come|came) (to|round to|around to)\b/, // the talk never got to it
  /\b(we ll|we will|i ll|i will|let s|let us|we can|we should|we need to|we have to) ([a-z]+ ){1,6}(separately|later|offline|another time|some other time|next time|at some point|sometime|some time|one of these days|after (this|the) call|in a separate (call|meeting|session)|together next (week|time|call|session))\b/, // we will do it later, separately, at some point
  /\b(let s|lets) (do|cover|discuss|plan|pick|finish|take|go through) (it|that|this|those|them|these|the rest|that bit|this bit|that part|that one)( properly| together| in detail)?( up| over)?( with [a-z]+( [a-z]+)?)? (on|next|later|tomorrow|another|separately|offline|after)\b/,
  /\b(let s|lets) (do|cover|go through|sort) ([a-z]+ ){1,2}(on|next) (monday|tuesday|wednesday|thursday|friday|week|time)\b/, // lets do access on thursday
  /\b(can|could|shall) we (park|skip) (that|this|it|those|these)( one| bit| part)?\b/, // can we park that one
  /\b(?!(?:i|we|you)\b)[a-z]+ (is|s) (sorting|sorting out|arranging|setting up|handling) (your|the) (access|accounts?|logins?|permissions)\b(?! (to|for|on|in)\b)/, // Priya's sorting your access, ask her
  /\b(i|we) (don t|do not) want to tell you (wrong|the wrong thing|something wrong)\b/, // I don't want to tell you wrong
  /\b(let s|lets|let us|we ll|we will|we can|we should) sit (down )?(with [a-z]+ )?(next (week|time|month)|tomorrow|later|on (monday|tuesday|wednesday|thursday|friday))\b/, // let's sit down with Priya next week // let's do those on Thursday, let's do that with Helen next week
  /\b(haven t|have not|didn t|did not|hasn t|has not) (written|put|got|jotted) (anything|it|that|this|them|much|a lot) (down|up|together)\b/, // I haven't written anything down
  /\b(put|fill|add|write) (the|a|that|it) ([a-z]+ )?((in|down|up|on it|on there|in there) )?(later|once|when|after)\b/, // we'll put the date in once ..., put a date on it once ...
  /\b(ll|will|can|could|should) (put|fill|add|write) (the|a|that|it) ([a-z]+ )?((in|down|up|on it|on there|in there) )?then\b/, // we'll put the date on it then
  /\b(i|we) (will|ll|shall) (check|confirm|find out|verify) and (update|confirm|tell|let (you|them) know|get back|come back|share)\b/, // I will check and update
  /\b(is|s) a long story\b/, // environments is a long story
  /\blet me (think|have a think) (about )?(it|that|them|this)( properly| first| over)?\b/, // let me think about it properly
  /\b(we ll|we will|we re gonna|we are gonna|we re going to|we are going to|i ll|i will|i m gonna|i m going to|let s|we can|we should) (go through|go over|cover|discuss|talk about|look at|walk through) ([a-z]+ ){0,4}(next (week|time|call|session)|tomorrow|on (monday|tuesday|wednesday|thursday|friday))\b/, // the rest we're gonna go through next week
  /\b(we ll|we will|let s|let us|i ll|we can|we could|we should) do (it |that |those |them |all (of )?(that|this|those|them|it) |it all |the rest )?(on |it )?(monday|tuesday|wednesday|thursday|friday|tomorrow|next week)\b/, // all that, we'll do Thursday
  /\b(can|could|shall) we (do|cover|go through|leave) (these|those|them|that|it|the rest)( two| three| bits?| ones?)? (next|on|later|another|tomorrow|with)\b/, // can we do these two next week
  /\b(i|we) (can t|cannot|won t|will not) (do|cover|get through|go through) (those|these|them|all (of )?(that|this|those|them)|the rest) (properly|now|today|here|right now|in ([a-z]+ ){1,2}minutes)\b/, // I can't do those properly in ten minutes
  /\b(he|she|they|[a-z]+ said (he|she|they)) (d|ll|will|would|is going to|s going to|are going to|re going to) (do|cover|go through|go over|walk you through|take you through|sort) ((it|that|this|those|them|these|the rest|all that|all of that) )?(with you )?(next (week|time|call|session|month)|tomorrow|later|separately|another (time|day)|on (monday|tuesday|wednesday|thursday|friday))\b/, // Priya said she'd do it with you next week
  /\b(?!(?:you|i|we|it)\b)[a-z]+ (wants to|want to|would like to|plans to|d|ll|will|would|is going to|s going to) (do|cover|go through|go over|plan|write|make|draw up|sort out) ([a-z]+ ){0,5}with you ((himself|herself|themselves|personally) )?(next (week|time|call|session|month)|tomorrow|later|separately|another (time|day)|on (monday|tuesday|wednesday|thursday|friday))\b/, // Dana wants to do the plan with you herself next week
  /\b(i|we) (need|have|ll need|will need|ll have|will have) to ask ([a-z]+ ){0,3}about\b/, // I need to ask IT about the VM login
  /\b(leave|keep|park|save) ([a-z]+ ){0,3}for (later|next time|the next (session|call|meeting|time)|another (day|time|session|call))\b/, // this one I prefer we leave for later
  /\b(let s|let us|we ll|we can|we could|can we|shall we) (leave|park|skip) (it|that|this|those|them|these) (for now|there for now)\b/, // so let's leave it for now
  /\b(i|we) (wanted|want|was going|were going|planned|plan|d like|would like|hoped|hope) to (do|cover|go through|write|make|draw up|sort out) (that|it|this|those|them)( one)?( together)?( with [a-z]+( [a-z]+)?)? (next (week|time|call|session|month)|tomorrow|later|separately|on (monday|tuesday|wednesday|thursday|friday))\b/, // I wanted to do that together with Jordan next week
  /\b(that s|that is|it s|it is) (a )?(longer|separate|whole other|whole different|proper|bigger) (chat|conversation|call|session|discussion|topic)\b/, // stuff that isn't written down anywhere, but that's a longer chat
  /\b(i|we) (don t|do not) want to rush (it|this|that|them|those)\b/, // a few things, but I don't want to rush it
  /\b(let s|let us|we ll|we will|we can|i ll|i will) (confirm|check|double check|verify|sort out|nail down|figure out) (the |those |these |that |it )?([a-z]+ )?(next (week|time|call|session)|later|tomorrow|separately)\b/, // let's confirm the names next week
  /\b(i d|i would|we d|we would) rather (show|send|give|walk) (it |that |this |them )?(to )?(you|it|that|them)\b/, // I'd rather show it to you than say it from memory
  /\b(i d|id|i would|we d|we would) rather (go through|go over|cover|do|discuss|talk about|talk through|look at) (them|it|that|those|these|this|the [a-z]+)( with you)?( properly| together| in person)? (next|on|later|tomorrow|when|once|separately|another)\b/, // I'd rather go through them with you next week
  /\b(?!(?:you|i|we|it|this|that|which)\b)[a-z]+ (will|ll) share (it|that|them|this|those|the [a-z]+)( with you)?\b/, // the rota is being redone, Owen will share it
  /\b(let s|let us|we ll|we will|we can|we should|we could|i m going to|i am going to|i ll|i will|we re going to|he ll|she ll|he will|she will) (sit|meet|get together|catch up)( down| together)?( with [a-z]+( [a-z]+)?)? (next (week|time|call|session|month)|tomorrow|later|on (monday|tuesday|wednesday|thursday|friday))\b/, // let us sit with Rob next week and do the plan
  /\b(i|we) (want|need|d like|would like|d rather have|would rather have) [a-z]+( [a-z]+)?( from [a-z]+( [a-z]+)?)? (in|on|at) (the|a|that) (call|meeting|session)\b/, // I want Neha from compliance in the call
  /\blet me (write|put|make|draw|send) (you )?(up )?(a|the) ([a-z]+ )?(list|doc|document|page|note|notes|summary|write ?up)\b/, // let me write you a proper list for that
  /\b(i|we) (don t|do not) want to make (it|that|this|something|things) up\b/, // I don't want to make it up on the spot
  /\bnot applicable\b/,
  /^((so|well|yeah|honestly|oh|and) )*(that s|that is|it s|it is|thats|its) (a|an) (?!(good|great|fair|tricky|hard|big|real|interesting|difficult|open)\b)[a-z]+ question\b/, // that's a Helen question really
  /\b(don t|do not) think (we ve|we have|there s|there is|we) (got |ever )?(anything|something|a|any|one)( [a-z]+){0,2} (written down|documented|written|agreed)\b/, // I don't think we've got anything written down for that
  /\b(i ll|i will|let me|i can) (ask|check with) (?!(the|a|an|in|on|at|about|around|for|them|him|her|it|you|us|me|there|here|slack|teams)\b)[a-z]+( [a-z]+)?$/, // ... I'll ask Hilary
  /\blet me (first )?(confirm|check|double check|verify|clear) (it |that |this )?with (?!(the|a|an|it|you|us|me)\b)[a-z]+( [a-z]+)? (first|before)\b/, // let me confirm with Mrs Adeyemi first
  /\b(i d|i would|we d|we would) rather not (answer|say|guess)\b/, // I would rather not answer that from memory
  /\b(?!(?:i|we|you|it)\b)[a-z]+ (does|do|will do|ll do|is doing|s doing|is going to do|s going to do) (it|that|this|them|those) with you (on|next|tomorrow|later|after)\b/, // the access, marek does it with you on monday
  /^((and|so|but|that) )*(we|i) (do|ll do|will do|can do) (it |that |this |them )?(on|next) (monday|tuesday|wednesday|thursday|friday|week) with (?!(the|a|an)\b)[a-z]+\b/, // a handover form but that we do on friday with josef
  /\b(don t|do not|didn t|did not) have ((it|this|that|this one|that one|them|anything|the list|a list|the details|the full list) )?ready\b/, // I don't have it ready
  /\b(i|we) (have to|need to|must) (find|check|look up|dig out) (where|who|whom|how|what|which|whether)\b/, // I have to find where it is
  /^([a-z]+ ){0,3}(is |s |are )?(the )?same as (before|above|the template|last time|earlier|the other one)( only| itself)?$/, // same as before
  /^((so|and|well|then|yeah|okay|ok|oh) )*(the )?(date|day) (we ll|we will|i ll|i will|she ll|she will|he ll|he will|they ll|they will|you ll|you will) (put|set|fix|pick|add|write|fill|choose|agree)\b/, // the date we'll put once she has read the notes
  /\b(let s|let us|we ll|we will|we can|we could|we should) (set|pick|fix|choose|agree|decide|raise|put|settle) (it|that|this|one|the date|a date)( one)?( on| for| in| at)? (next|tomorrow|later|monday|tuesday|wednesday|thursday|friday|with|once|when|after)\b/, // let's set it on Thursday, let's raise it on Friday with Emeka
  /\b(i would say|i d say|i suggest|i propose|how about|what if|maybe) (we|you) (sit|meet|get together|catch up)( down| together)?( with [a-z]+( [a-z]+)?)? (next (week|time|call|session|month)|tomorrow|later|on (monday|tuesday|wednesday|thursday|friday))\b/, // I would say we sit together with Sabine next week
  /\b(that s|that is|it s|it is) (a |one |something )?(good )?(question|one|thing) (for|to ask) (?!(the|a|an|this|that|it)\b)[a-z]+\b/, // that is a question for Priya
]);
/**
 * Not knowing the thing: "I honestly don't know where the pages go now". Not knowing as what
 * follows ("... and then we don't know who is still in the building") is what is said.
 */
const UNKNOWN = /^((jein|well|hmm|honestly|so|um|uh|ah|oh) )*(that|it|this) (is|s) not (so |very |really |entirely |totally |quite )?clear\b|(?<!\b((and|so|because|or) then|otherwise|suddenly) )\b(i|we) (honestly |really |actually |just |genuinely )?(don t|do not|didn t|did not) (really |actually |honestly )?know (exactly |really )?(where|who|whom|how|what|when|which|whether)\b|\b(i|we) (honestly |really |actually |just |genuinely )?(don t|do not) (really |actually |honestly )?know the ([a-z]+ ){0,2}(path|process|approver|rule|link|criteria|levels|contact|rota|rotation|order|steps)( (now|anymore|any more|yet|exactly|either))?$|\b(i|we) (don t|do not|can t|cannot) (really )?remember( it| that| them)?( exactly| now| anymore| any more)?$|^((honestly|so|well|and|um|uh) )*dunno (where|who|whom|how|what|when|which|whether)\b|^([a-z]+ ){0,3}(who|where|how|what|when|which|whether) ([a-z]+ ){1,16}(i m|i am|i) (honestly |really |actually |just )?(not sure|don t know|do not know|have no idea)\b|\bnot sure (who|where|how|what|when|which|whether)\b|\b(we|i|you) (can|could|ll|will|should|need to|have to|must) (still )?(figure|work|find) out (who|which|what|when|whether|how)\b|\b(we|i|you) (d|would|ll|will) (figure|work|sort|find) (it|that|this) out (when|if|once|as) (it|that|the time)\b|\b(never|didn t|did not|haven t|have not) (really |actually |ever )?(found|figured|worked) out (how|why|what|where|who|which|whether)\b|\bno idea (who|where|how|what|when|which|whether)\b|\b(i|we) (can t|cannot|can not|don t|do not) (remember|recall) (who|where|how|what|when|which|whether)\b|\b(is|are|s|re) (still |all |a bit |kind of |sort of )*(a (bit of a )?question mark|up in the air|to be confirmed|tbc|tbd|in flux)\b|\b(nobody|no one) (has |s )?(actually |really |ever |yet )?(said|told (me|us)|confirmed|decided) (which|who|what|where|whether)\b|\b(i|we) (can t|cannot|can not) (think of|remember) (them|any|one|it|anything)( [a-z]+){0,2} (now|right now|off the top of my head)\b|\b(i|we) (honestly |really |just |genuinely )?(don t|do not|can t|cannot|can not) (remember|recall) (the|its|their|all the|any of the|exactly) ([a-z]+ ){0,2}(levels|steps|details|order|names|numbers|specifics|tiers|contacts|rules)\b|\b(we|they) (are|re) (still |currently |just )?(redoing|reworking|rewriting|redrawing|reorganising|reorganizing|restructuring)\b|\b(is|are|s|re) (still )?being (redone|reworked|rewritten|redrawn|sorted( out)?|set up|figured out|worked out|decided|reorganised|reorganized)\b|^([a-z]+ ){1,3}(i m|i am|we re|we are) (honestly |really |actually |just |still )?(not (totally |entirely |completely |quite |a hundred percent )?sure|unsure|not certain)\b|\b(i m|i am|we re|we are) (honestly |really |actually |just |still )?(not sure|unsure|not certain) (about|of) (the|our|this|that|who|where|how|what)\b|\b(never|not|haven t|have not|hasn t|has not|didn t|did not) (really |actually |yet |even )?(agreed|decided|settled|defined|discussed|talked about|sorted out) (that|this|it|on|one|what|who|when|how|which|whether|anything)\b/;
/** Not knowing who, and a person left vague: the fields that name someone are not given. */
const UNKNOWN_WHO = /\b(don t|do not|didn t|did not) know( who\b|$)|\bdunno( who\b|$)|\b(not sure|no idea|can t remember|cannot remember) who\b|\bnot sure( lah| la| leh| ah| really| now)?$/;
const SOMEONE = /\b(someone|somebody|some one|some person|some people)\b/;
export const PERSON_FIELDS: ReadonlySet<string> = new Set(['approver', 'rollback-approver', 'contact', 'verified-by', 'outgoing-owner', 'incoming-owner']);
/** Someone who held the role and is gone: "it used to be Martin Hale, and he left in January", "it was always Marek and he left in the summer". */
// "last time it was Jason from risk, but he left in August, so now I also not sure", and a reply
// about the past alone: "before it was the finance director, I think".
/** "... and now, honestly, I don't know who decides this": the present holder unknown. */
const NOT_KNOWN_NOW = /\bnow\b.*(\b(don t|do not) know (who|whom)\b|\bnot sure\b|\bno idea\b)/;
const FORMER_HOLDER =
  /\b(used to (be|go (past|to|through)|come (to|through)|need)|(was|were) always)\b.*\b(left|retired|moved on|quit|gone)\b|\b(last time|before|previously|formerly|in the past) (it )?(was|were)\b.*\b(left|retired|moved on|quit|gone|not sure|don t know|do not know|no idea)\b|^((so|well|hmm|um|uh|oh|honestly) )*(before|previously|formerly|last time|in the past) (it )?(was|were) /;
/** No approval step ever: "we never had a sign-off for that, I just paste in whatever the techs send me". */
const NO_APPROVAL = /\b(never|didn t|did not|don t|do not) (had|have|need|needed|got|get|had to get) (a |an |any )?(sign ?off|approval|approver|go ahead)\b/;
/** Nobody holds it now: "right now there isn't anyone who can approve it", "it was the clinical lead, but we don't have one since the summer". */
const NOBODY_HOLDS = /\bsince (he|she|they|[a-z]+) (left|retired|moved on|quit)\b( [a-z]+){0,3} (nobody|no one)\b|\b(job|post|role|seat|position) (has been|is|s been|is still|s|has sat|sits) (empty|vacant|unfilled|open)\b|\bdecide who (does|do|it is)\b.*\bnobody has\b|\bthere (isn t|is not|s not|aren t|are not) (anyone|anybody|any one) (who|that|to)\b|\b(we|they) (don t|do not) have (one|anyone|anybody)( now| anymore| any more| since| at the moment| right now)\b|\bnot sure (if |whether )?there (s|is|was) (a|any) (rule|process|policy|approver|approval)\b|\b(nobody|no one) (can|could|may|is allowed to) (approve|sign)\b|\b(nobody|no one) (has |s )?(picked|taken) (that|it|this|them) (up|over)\b|\b(we|they) (don t|do not) have (a|an|any) ([a-z]+ ){0,2}(right now|now|at the moment|currently|anymore|any more)\b|\bthere (s|is) (nobody|no one) (who|that|to) (approves?|signs?|decides?|owns?)\b/;

/**
 * Whether talk of a person-shaped field names nobody who holds it: someone vague the speaker
 * cannot name, someone who has gone, or no one at all.
 */
function namesNobody(norm: string, said: string): boolean {
  return (
    UNNAMED_SENIOR.test(norm) ||
    (UNKNOWN_WHO.test(norm) && (SOMEONE.test(said) || HOLDER_LEFT.test(norm))) ||
    (FORMER_HOLDER.test(norm) && (!NOW_SAID.test(norm) || NOT_KNOWN_NOW.test(norm))) ||
    NOBODY_HOLDS.test(norm) ||
    NEVER_ASKED.test(norm) ||
    ASK_SOMEONE_ELSE.test(norm) ||
    NOT_SURE_ANYONE.test(norm) ||
    USUAL_PEOPLE.test(norm) ||
    ONLY_ME_SO_FAR.test(norm) ||
    SOMEONE_DID.test(norm) ||
    NO_APPROVAL.test(norm)
  );
}
/** Approvals as the thing not to touch: "the approvals and checks on prod, don't edit them". */
const APPROVALS_UNTOUCHED =
  /\b(the|those|these) approvals?( and [a-z]+)?( (on|in|for|of)( [a-z]+){1,4})? (don t|do not|never) (edit|touch|change|remove|delete|disable|bypass|skip|turn off|switch off)\b|\b(don t|do not|never) (edit|touch|change|remove|delete|disable|bypass|skip|turn off|switch off) (the |those |these |any )?approvals?\b/;
/** Someone only by rank: "someone senior, you'll see the email when it's needed". */
const UNNAMED_SENIOR =
  /^((and|so|well|um|uh|erm|honestly|oh|just) )*(someone|somebody|anyone|anybody|some one) (more )?(senior|important|higher up|above (me|us|you)|in management|from management|upstairs|with authority)\b(?!( [a-z]+){0,2} (team|in|from|on|at|like|usually|normally|namely|such as)\b)/;
/**
 * Nobody named, only that someone did it: raw speech's "and somebody checked it", a question
 * said as a statement, or an answer that cannot say who.
 */
const SOMEONE_DID =
  /^((and|so|but|then|okay|ok|right|well|i think|i guess) )*(somebody|someone|some one|anybody|anyone) (has |had |must have |probably )?(checked|verified|reviewed|looked at|looked over|approved|signed off|signed)( it| that| this| them)?( off)?( after (you|that|him|her)| since| before| already| too| as well| once| at some point)?$/;
/** The outgoing owner held it, and is going: "na ja, until now it was just me". */
const ONLY_ME_SO_FAR = /\b(until now|so far|up to now|till now|up till now)\b( [a-z]+){0,2} (it was|it s been|it has been|that was|that s been|that has been) (just |always |only |basically |really )?me\b|\b(people|they|everyone|everybody|teams) (just )?(ask|asks|come to|message|ping) me and i (just )?(say|decide)\b/;
/** Not knowing, and someone to ask: "so for you I don't know, we must ask Paolo" names whom to ask, not who holds it. */
/** People named only as a crowd: "eh, the business, the usual people". */
const USUAL_PEOPLE = /\bthe usual (people|suspects|crowd|guys|folks|ones|names)\b/;
/** Not knowing whether anyone must: "ask sam, dunno if anyone has to honestly". */
const NOT_SURE_ANYONE = /\b(dunno|don t know|do not know|not sure|no idea) (if|whether) (anyone|anybody|any one|someone|somebody|one) (really )?(has|have|needs|need|must|should) to\b/;
const ASK_SOMEONE_ELSE = /\b(i|we) (honestly |really |just )?(don t|do not) know\b.*\b(we|you|i) (must|should|need to|have to|ll have to|d have to|ll need to|can|could) (ask|check with)\b/;
/** "Marco approved every change, but he left in September and I don't know who approves now." */
const HOLDER_LEFT = /\b(he|she|they|[a-z]+)( s| has| have)? (left|retired|moved on|quit|moved (to|over|away|teams|in|last))\b/;
/**
 * The person just named holds the role no longer, said in the next breath: "it used to be
 * Marcus" then "but he left in the summer and I honestly don't know who it is now".
 */
export const holderGone = (norm: string) =>
  (HOLDER_LEFT.test(norm) && (UNKNOWN_WHO.test(norm) || NOBODY_TOOK_OVER.test(norm))) || (NAMED_HOLDER_LEFT.test(norm) && NOBODY_HOLDS.test(norm));
/** "she left in march and nobody has taken it over". */
const NOBODY_TOOK_OVER = /\b(nobody|no one) (has |s )?(really )?(taken|picked|stepped|filled|replaced|covered)\b/;
/** "but greg left in february and we don't have a controller right now". */
const NAMED_HOLDER_LEFT = /^((but|and|so|well|sadly|then) )*[a-z]+ (has |s )?(left|retired|moved on|quit)\b/;
/**
 * Another speaker's "no" to the person just named, as in a question said as a statement in raw
 * speech: "and somebody checked it after you", "no, fair play, nobody has looked at it except me".
 */
export const nobodyInReply = (norm: string) => NOBODY_IN_REPLY.test(norm);
const NOBODY_IN_REPLY = /^((well|um|uh|oh|ah) )*(no|nope|nah|not really)( [a-z]+){0,3} (nobody|no one)\b/;
/** "Honestly, I've never had to ask": whom to ask, not known. */
const NEVER_ASKED = /\b(i|we)( ve| have)?( honestly| really| actually| genuinely)? never (had|needed) to (ask|find out|check|get (it|one) approved)\b|\b(nobody|no one) (ever )?(asked|checked with) (me|us)\b|\b(i|we)( ve| have)?( honestly| really| actually)? never (asked|checked with) (anyone|anybody|any one)\b/;

/** How busy a period is, said without keeping changes out of it: "in Black Friday week we print about three times the normal volume". */
const ONLY_BUSY = /\b(times (the )?(normal|usual|average)|(twice|double|triple|three times|four times|five times|ten times) (as much|as many|the (volume|traffic|load|orders))|busiest)\b/;

/** Agreeing when to meet: "Thursday afternoon, Thursday at two works". */
const MEETING_TIME = /\b(works|suits|is fine|sounds good|is good)( (for )?(me|us|you|everyone|both of us))?( same time| then| yes| yeah)?$|\bwhat about (monday|tuesday|wednesday|thursday|friday|tomorrow)( (at|morning|afternoon|first thing)\b|$)|\bare you free\b|\b(i m|i am) (in|on|at) (training|a course|leave|holiday|the dentist|the doctor)\b/;

/** Saying the thing does not exist: "honestly no formal approver, until now I just do it myself". */
const NO_SUCH =
  /^((honestly|well|so|and|but|um|actually|to be honest) )*(there s |there is |we have |we ve got )?no (formal|real|official|proper|fixed|specific|dedicated|actual|named|set) [a-z]+\b/;
/** Declining the topic: "nothing to say there, we never made criteria for this", "so I leave it empty". */
const NOTHING_TO_SAY =
  /\b(i|we) (ve |have )?never (really |actually )?thought (about|of) (it|that|this|them)\b|\b(i|we) (ll |will |just |can )?leave (it|this|that|this part|that part|the [a-z]+( [a-z]+)?) (empty|blank)\b|\b(i|we) (ve |have )?(just )?left (it |this |that |this one |that one |this part |that part )?(empty|blank)\b|\b(i|we) (don t|do not) have (a|any) (proper |real |good |full |written )?(list|plan|doc|document|checklist|overview) (of|for)\b|\bnothing (much |really )?to (say|add|tell)( (there|here|about (it|that|this)))?\b|\b(we|i) (never|didn t|did not|haven t|have not) (made|had|wrote|written|defined|set|agreed( on)?|came up with) (any |a |the |real |proper |formal )?([a-z]+ )?(criteria|criterion|rules?|plan|process|checklist|definition)\b|\b(i|we) (have|ve got|had) no (criteria|criterion|plan|checklist|rules?|definition)\b|\b(we|i) (never|didn t|did not) (really )?(had|have) (one|it|that|anything) (written down|written up|documented)\b|\bnever (really )?(worked|figured|sorted|thought) (that|it|this) (out|through)\b/;
/**
 * Left to someone else or to later, in words the section model's promise feature was fitted
 * without (it reads PROMISE and DEFERRAL), so they count for status only: "Helen wants to write
 * the criteria herself", "she said she'd send them over next week", "I will dig them out".
 */
const LEFT_TO_LATER = anyOfPatterns([
  /\b(?!(?:you|i|we|it)\b)[a-z]+ (wants|would like|d like|prefers|plans|is going|s going|insists on|insisted on) to (write|define|draw up|set|decide|do|make|agree) ([a-z]+ ){0,3}(herself|himself|themselves|personally)\b/,
  /\b(he|she|they|[a-z]+ said (he|she|they)) (d|ll|will|would|is going to|s going to|are going to|re going to) (send|share|email|forward|post) (it|that|this|those|them|these|the [a-z]+)( over| across| round| on)?( to (you|us|me))? (next (week|time|month)|tomorrow|later|after (the|this) call|on (monday|tuesday|wednesday|thursday|friday))\b/,
  /\b(i|we) (d not|would not|wouldn t) want to tell you (wrong|the wrong thing|something wrong)\b|\b(i|we) (d|would) rather not tell you (wrong|the wrong thing|something wrong)\b/,
  /\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna) (dig (it|them|those|that|these) (out|up)|look (it|them|those|that|these) up)\b/,
  /\b(let s|we ll|we will|we can) (see|wait) (when|until|till|once) (?!(?:you|i|we|it)\b)[a-z]+ (is|s|gets|comes|get|come) back\b/,
  /\b(?!(?:you|i|we|it|this|that|which)\b)[a-z]+ (will|ll) send (you )?(it|that|them|those|the [a-z]+)\b/,
  /\b[a-z]+ said (she d|he d|they d|shed|hed|theyd|she ll|he ll|she will|he will|she would|he would) (sort|do|plan|write|make|draw up|cover) ([a-z]+ ){0,4}(next (week|time|month)|tomorrow|later|separately|on (monday|tuesday|wednesday|thursday|friday))\b/,
  // "I'll come back to you on that one", "we do the environments later"
  /\b(i ll|i will|let me|we ll|we will) (come|get) back to you (on|about|with) (that|this|it|those|them)\b/,
  /\b(we|let s) (do|cover|talk about|get to|come back to) (the |that |this |those |it )?([a-z]+ ){0,2}later\b/,
]);
const SAYS_NOTHING = anyOfPatterns([PROMISE, POINTER, DEFERRAL, UNKNOWN, NO_SUCH, NOTHING_TO_SAY, LEFT_TO_LATER]);
/**
 * A guess the speaker then doubts: "probably the head of digital, but let me check", "I think it
 * sits with the comms team, I'm not a hundred percent sure". The guess gives no field.
 */
const HEDGED = /\b(probably|i think|i believe|i guess|i suppose|maybe|might|perhaps)\b/;
const DOUBT_AT_END =
  /\b(let me (double )?(check|confirm)( that| it| this| on that)?|i ll (need to |have to )?(double )?(check|confirm)( that| it| this| on that)?|(i m|i am) not (a hundred|one hundred|100|entirely|totally|completely|fully|quite|really) ?(percent |per cent )?sure|not (a hundred|one hundred|100) (percent |per cent )?sure|(don t|do not) quote me( on (it|that))?|ask around)$/;
/** "I think it's the platform team, but let me check, because ...": the doubt said before the reason for the guess. */
const DOUBT_THEN_REASON = /\blet me (double )?(check|confirm)( that| it| this)? (because|cos|as|since)\b/;
const tentative = (norm: string) => (DOUBT_AT_END.test(norm) || DOUBT_THEN_REASON.test(norm)) && HEDGED.test(norm);
/** Clause breaks of punctuated speech, where a doubt at the end is about the clause just before it. */
const COMMA_CLAUSE = /[,;]|\bbut\b/;

/**
 * What a guess doubted at its end still says: the clauses before the guessed one ("dev, staging
 * and prod, all in AWS, in the Ireland region I think, let me double-check that" still names the
 * environments), or nothing when the guess runs through the sentence.
 */
function besidesTheGuess(text: string): string {
  const clauses = text.split(COMMA_CLAUSE).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 3) return '';
  const before = clauses.slice(0, -2);
  return before.some((c) => HEDGED.test(normalizeSpeech(c))) ? '' : before.join(', ');
}
/** Only promising, pointing elsewhere, putting off or not knowing. */
export const saysNothing = (norm: string) => SAYS_NOTHING.test(norm);

/** An answer that gives nothing ("good question, no idea", "approver, hmm, nobody is defined") does not state the asked field. */
const NON_ANSWER =
  /^((well|hmm|hm|mm|um|uh|ehm|erm|er|eh|ah|oh|actually|so|honestly|approver|approval|owner|contact|(that s |that is )?(a )?(really |very |great )?good question|to be honest) )*((nobody|no one) (s |has )?(ever )?asked\b|(nobody|no one|none) (is |s |was )?(really )?(defined|assigned|named|nominated|agreed|official|formal)\b|i ((honestly|really|actually|genuinely|just) )?(don t|do not|dont|can t|cannot) (know|remember|recall|say)|not sure|no idea|nobody knows|no one knows|i (m|am) ((honestly|really|actually|genuinely|just) )?not (sure|certain)|i have no idea|not that i know( of)?|let me (check|find out|ask)|i ll (check|find out|ask)|i (would|d) have to (check|ask|look)|we (don t|do not) (know|have (one|that|it))|we (have |ve )?never (had|needed|did|do|have|wrote|written|agreed|decided|defined|discussed|settled)|never had (to|one|any)|(not really|no|nope|nah) (we |there )?(never|don t|do not|dont|is no|s no|are no|isn t|aren t|haven t|have not)|i (don t|do not) think (we|anyone|anybody|there s|there is|there was) (ever |really |actually )?(agreed|decided|settled|named|picked|wrote|defined|set|had|any|one)|there (s|is|was) (nobody|no one))\b/;
/**
 * An answer to an asked field that opens by giving nothing: a shrug, not knowing, or saying
 * there is none. The statement path (`matchFields`) drops the same talk through `saysNothing`.
 */
/**
 * Whether an answer to the question for `field` holds what the field needs (`FieldCue.answeredBy`),
 * in what it says besides putting things off ("so that's next week as well" names no bad day).
 */
export function answerFits(section: string, field: string, text: string, norm: string): boolean {
  // "Who approves?" "No.": a yes or a no names nobody.
  if (PERSON_FIELDS.has(field) && BARE_YES_OR_NO.test(norm)) return false;
  if (PERSON_FIELDS.has(field) && (namesNobody(norm, norm) || holderGone(norm))) return false;
  if (PERSON_FIELDS.has(field) && CONDITION_ONLY.test(norm) && !/,/.test(text)) return false;
  // "it was on the revenue team but that team got folded in the reorg": no team owns it now.
  if (field === 'owning-team' && TEAM_GONE.test(norm)) return false;
  const needed = FIELD_CUES[section]?.[field]?.answeredBy;
  if (!needed) return true;
  return needed.test(saysNothing(norm) ? normalizeSpeech(saidBesides(text, norm)) : norm);
}

const BARE_YES_OR_NO = /^((yes|yeah|yep|yup|no|nope|nah|sure|okay|ok) ?)+$/;

export function answersNothing(norm: string, text?: string): boolean {
  if (NON_ANSWER.test(norm) || NO_SUCH.test(norm) || NOTHING_TO_SAY.test(norm) || (tentative(norm) && !(text && besidesTheGuess(text)))) return true;
  const putOff = text !== undefined && saysNothing(norm);
  // No one, and no one said to decide ("nobody really, I did it once on a Sunday night and just hoped"),
  // or no one and then put off ("good question, actually nobody, it was always me, ask Renata about this").
  if (NOBODY_FIRST.test(norm) && (putOff || !SOMEONE_DECIDES.test(norm))) return true;
  if (text === undefined || !putOff) return false;
  // "Honestly that is not decided, I will check with Arjun": nothing is said besides putting it off,
  // or only that there are some ("yeah, there's a couple, but I'll put them in the doc").
  const besides = saidBesides(text, norm);
  return !besides || SOME_EXIST.test(normalizeSpeech(besides));
}

/** "who signs off" / "if we ever need to change those": raw speech cut the question's own condition off it, no one named. */
const CONDITION_ONLY = /^((and|or|so) )?(if|unless|in case|whenever) (?!.*\b(then|it s|its|that s|thats|you|ask|call|ring|goes)\b)([a-z]+ ){1,8}[a-z]+$/;

/** An answer that opens with no one. */
const NOBODY_FIRST =
  /^((hmm|hm|mm|um|uh|well|so|honestly|oh|good question|that s a good question|actually|to be honest) )*(nobody|no one|none)\b(?! (can|could|is able to|will be able to) (?!(tell|say|answer|approve|sign|decide|help|remember|explain|really|actually)\b)[a-z]+)/;

/** "Nobody, whoever is on call decides": no approver as such, but someone who decides. */
const SOMEONE_DECIDES = /\b(decides?|approves?|signs? (it |that )?off|makes? (the|that) call|okays?|oks)\b/;

/** Only that there are some, none named. */
const SOME_EXIST =
  /^([a-z]+ ){0,2}(there s|there are|there is|we have|we ve got|i have|i ve got) (a couple|a few|some|loads|lots|a lot|plenty|several|many|one or two|two or three|a handful|a bunch)( of ([a-z]+ ){0,2}(them|things|those|tickets|tasks|items|ones|bits|jobs|stories|issues|bugs|prs|pull requests))?( (in flight|open|left|in progress|on the go|still open|outstanding))?$|^([a-z]+ ){0,2}(there s|there is|there are|we have|we ve got) (a |an |the |some )?(change )?(freeze|blackout|quiet period)s?( (periods?|windows?|dates?|days?))?$/;

/** "Honestly, nobody really", "we are not on it", "don't go by the old list in PagerDuty": the path disowned. */
const PATH_DISOWNED =
  /^((honestly|well|um|so|hmm) )*(nobody|no one)( really)?\b|\bwe (are|re) not on (it|that|there|the rota|pagerduty|opsgenie)\b|\b(don t|do not) (go by|use|trust|follow|take) the old (list|matrix|rota|one|policy|page|sheet)\b/;
const NO_ESCALATION = /\bthere (isn t|is not|s not|s no|is no) (one|any|a path|an escalation)( as such| really| to speak of)\b|\b(it s |it is |we re |we are )?not on (the |any )?(on call )?(rota|rotation|pager)\b|\b(never had|never (really )?(sorted|set up|got|organised|organized|made)|don t (really )?have|do not (really )?have|didn t (really )?have|there s no|there is no|theres no) (a |an |any )?(real |proper |formal )?(on call|escalation|rotation|rota|pager|path|out of hours (arrangement|cover|rota|process|support))\b|\bnever (been )?(put|added|set up) (on|in|into|with) (pagerduty|opsgenie|the pager|the rota|on call|xmatters|victorops)\b|^((no|nope|well) )*(no|not really)\b(?!.*\b(escalat\w+|goes to|page[sd]?|call)\b)|\bno (on call|escalation|rotation|pager)\b(?!.*\b(but|escalat\w+|goes to|page[sd]?)\b)|\b(nobody|no one) (ever )?(page[sd]?|calls?|escalates?)\b|\b(nobody|no one) (is |s )?(on call|carrying the pager|holding the pager)\b/;
/** A path that leaves with the outgoing owner: "the night controller rings my mobile, and after Friday that stops". */
const ENDS_WITH_ME = /\b(it|that) (sort of |kind of )?(just|always|all) (came|fell|landed) (to|on) me\b|\b(pagerduty|opsgenie|the pager|the on call|it|that|everything|they) (only |just )?(ever |always )?(pages|calls|rings|goes to|wakes up|wakes) (only |just )?me\b(?! (and|or|then|first)\b)|\b(the )?(pagerduty |opsgenie |on call )?(rota|rotation|on call|pager|escalation|schedule)( rota| path| schedule)? (is|s|was) (just |only |basically |really |always )?me\b|\b(after|from|once) (friday|monday|tuesday|wednesday|thursday|next week|the handover|i leave|i m gone|i go|i ve gone)\b( [a-z]+){0,2} (that|it|this) (stops|ends|goes away|won t work)\b|\b(that|it|this) (stops|ends|goes away) (after|when|once|from) (friday|monday|tuesday|wednesday|thursday|next week|the handover|i leave|i m gone|i go)\b/;
/** "I'd have to check, I think they have an on-call, but I've never had to use it": a guess, no path. */
const HEDGED_ON_CALL = /\b(i think|i believe|i guess|i assume|probably|maybe) (they|we|there) (have|ve got|has|s|is|are|might have) (an? |some )?(sort of )?(on call|rota|rotation|escalation( path)?|pager)\b/;
const UNCHECKED = /\b(have|need) to (check|ask|find out)\b|\bnot (sure|certain)\b|\b(don t|do not) (really )?know\b|\bnever (had to |needed to |actually )?(use|used|tried|call|called)\b/;
/** "No on-call as such, but ..." makes an exception; "there isn't one as such" does not. */
/**
 * "until now PagerDuty called our on-call, but from next month it is merged", "the new rotation is
 * not decided": the path is ending, and what comes after it is not said.
 */
const PATH_UNDECIDED =
  /\b(new |next )?(rota|rotation|on call|escalation|escalation path) (is|s|are|re) (still )?not (yet )?(decided|agreed|settled|sorted|set up|defined|clear)\b|^((so|and|well|okay) )*(until now|up to now|till now|so far)\b.*\bbut (from|after|starting) (next|the end of|this) (week|month|year|quarter|monday|sprint)\b/;
const EXCEPTION = /\b(except|apart from|other than)\b|(?<!\bthere (isn t|is not|s not) (one|any) )\bas such\b/;
const BUT = /\bbut\b/;
/** "We never had a freeze", "there is no bad time": a period said not to exist. */
const NO_WINDOW = /\b(never|didn t|did not) (really |actually )?(had|have|needed|need) (one|any)( really| as such)? (a |any )?(freeze|freezes|blackout|change freeze|bad (days?|windows?|times?|periods?))\b|^((we )?(never|didn t|did not) (had|have|need|needed) (that|one|any|it)\b.*\bno (freeze|blackout|bad time)|no (freeze|blackout)s? or anything)\b|\b(i d|i would|we|i) (just )?(deploy|release|push|ship) (whenever|any ?time|any day)\b|\b(never (had|have|needed|did|do)|there (s|is|was|are) no|we (don t|do not|didn t) (have|need|do)|(don t|do not) think (we|there) (have|has|s|is|are)|no (real|actual|such)|not really any) (a |any |real |such |actual )?(freeze|freezes|blackout|bad (days?|windows?|times?|periods?)|quiet periods?|change freeze|(freeze |change |release )?calendar)\b|\b(nobody|no one) (ever )?(set|made|agreed|wrote) (one|it)( up| down)?\b|\bwe (just )?wing it\b/;
/** "He's who you'd go to": whom to ask, said of a person. */
const WHO_YOU_GO_TO = /\b(he s|she s|he is|she is|they re|they are|that s|that is) (who|the one|the person) (you d|you would|you should|you|to) (go to|ask|call|ring|talk to|ping)\b/;
const CONTACT_ROUTE = new RegExp(String.raw`\bcontact\w*\b|\b(day to day|for questions|for anything else|otherwise) (you )?(go to|ask|talk to|speak to|ring|ping|message) (?!(the (prod|production|staging|dashboard|logs|console|repo|wiki|docs|runbook))\b)[a-z]+|\b(you|just|then|we|i|to) (ring|phone)\b|\bfirst stop\b|\bdrop (a|them|him|her|us) (message|line|note)\b|\bwrite to\b|\bdm\b|\breach out\b|\bping\b|(?<!\bon )\bcall\b(?!(?<=\b(?:we|they|people|everyone|everybody|all) call) (?:it|them|that|this|those|these)\b)|\btalk to\b|\bask\b|\bquestions?\b|\bmessage\b|\braise\b|\btickets?\b|\bemail\b|\bcome to (us|me|them)\b|\bgo to person\b|\b(you|just|then) go to [a-z]+ (in|from|on) (the|our) ([a-z]+ ){0,3}team\b|\bpoint of contact\b|\bjira\b|\b(team lead|tech lead|engineering manager|product owner|main contact|main person|main people) (is|are|s) (?!(on|away|off|out|busy|not|also|still|leaving|going|new|in|at|sick|gone)\b)|\b(with|to|via|through|call|ring|ask|contact|email|ping) (the |our )?(service|help|support|it) ?desk\b|${WHO_YOU_GO_TO.source}|^(anything|everything|questions?|stuff|things|requests?) (about|on|with|around|for|to do with) .*\b(goes|go|should go) to\b`);
/** A person to go to, named in the path up: "escalate to Sofia in trade compliance", "Dev is your first person for anything", "he's our engineering manager". */
const PERSON_UP_THE_PATH = /\bescalat\w* (it )?to (?!(the|a|an|pagerduty|opsgenie|slack|teams|incident|incidents|channel|p1|p2|sev|on|whoever)\b)[a-z]+\b|\b(your|the|our) first (person|port of call|stop|call)\b|\b(he s|she s|he is|she is) (our|your|the) (engineering manager|manager|team lead|tech lead|boss|lead)\b|\b(?!(who|what|which|that|this|it|there)\b)[a-z]+( [a-z]+)? is (our|your) (engineering manager|team lead|tech lead|boss)\b|\bthe (engineering )?manager is (?!(on|away|off|out|busy|not|also|still|leaving|going|new|in|at|sick|gone|the|a|an)\b)[a-z]+\b/;
const CONTACT_IN_THE_PAST = /\b(it|that|there|we|they|he|she) (all )?used to (be|have|go)\b/;
const NOW_SAID = /\b(now|nowadays|these days|today|currently|at the moment)\b/;
const CONTACT_CHANNEL = /\bchannel\b|\bslack\b|\bemail\b/;
const INCIDENT_ONLY = /\b(broken|incidents?|outages?|urgent|emergenc\w+|p1|sev ?\d)\b/;
/** A channel named for alerts ("the Slack channel is sendtime alerts") is where alerts go, not whom to ask, unless talk is said of it too. */
const ALERTS_CHANNEL = /\b(channel|slack) (is |called |named )?([a-z0-9]+ ){0,3}alerts\b|\balerts channel\b/;
const CHANNEL_TALK = /\b(day to day|questions?|talk|chat|ask)\b/;

/** "On Mondays we deploy twice" is a schedule, not a period to avoid. */
/**
 * What happened or what you see in that period: "Monday morning half the interns couldn't log
 * in", "on the monday after half term you always get a few parents saying ...". A story of
 * the period, not a rule to keep changes out of it.
 */
const PERIOD_STORY =
  /\b(couldn t|could not|wasn t|weren t|didn t|did not|was|were|had|happened|started|broke|crashed|failed|went|came)\b|\b(you|we|they|people|users|customers|parents|staff) (always |usually |often |sometimes |normally )?(get|see|saw|got|notice|hear|complain)\b|\b(i|we) (drive|fly|travel|move|head|go home)\b/;
const CHANGES_HAPPEN = /\b(we|you|they|it) (usually |normally |always |often |typically )?(deploy|deploys|release|releases|ship|ships|merge|push|run|runs|go live|goes live)\b/;

/** The worst case named as a topic to come back to ("you said we'd come back to the worst case, earlier"). */
const WORST_CASE_PUT_OFF = /\b(come|get|go) back to (the )?worst (case|thing|scenario)\b|\b(later|after) (on )?(the )?worst (case|scenario)\b/;

const NOT_VERIFIED =
  /\b(nobody|no one|never|not|hasn t|haven t|wasn t|isn t|hasnt|havent|wasnt|not yet|(wouldn t|would not|can t|cannot|couldn t|could not) (say|call|claim)|(don t|do not|didn t|did not) think (anyone|anybody|any one|someone|somebody|they|it))( [a-z]+){0,3} (verified|reviewed|validated|checked|approved|confirmed|looked at|looked over|gone over|went over|gone through|went through|been through|double checked)\b/;
/** Asking whether anyone checked it, which raw speech leaves without a question mark: "has anyone else gone over it". */
const ASKS_WHO_CHECKED = /\b(has|have|did|does) (anyone|anybody|any one|someone|somebody)\b/;
const DATE_VALUE =
  /\b(today|tomorrow|yesterday|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|(in|of|on) may|may \d+|\d+|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|twenty|thirtieth|thirty)\b/;

/** When someone left or joined ("marco left in march"): a month in the story, not a date anything was signed. */
const SOMEONE_CAME_OR_WENT =
  /\b(left|joined|started|retired|quit|moved (on|teams|over)|went on leave|came back) (in|on|last|back in|at the end of|in early|in late) (january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|summer|spring|autumn|winter)\b/g;

/** The date not fixed yet, or fixed only later: "we haven't set a date", "the date we fix when Jonas is back", "I cannot tell you the date today". */
const DATE_NOT_SET =
  /\b(haven t|have not|hasn t|has not|didn t|did not|not|can t|cannot|can not|couldn t|could not) (yet )?(set|fixed|picked|chosen|agreed( on)?|decided|tell you|give you|say)( [a-z]+){0,2} (date|day)\b|\bno date\b|\bleave (the date|it|that) (blank|empty|open|off)\b|\b(the )?date (we|you|they|he|she|i) (ll |will |can |should )?(fix|set|pick|agree|decide|choose|confirm)( on)?( it| that)? (when|once|after|later)\b|^((so|and|or|but|well) )*(another|some other) (day|time)\b/;
/** Saying there are quirks, and how many, without one of them. */
const QUIRKS_EXIST =
  /^((so|and|also|oh|well|yeah|honestly) )*(there s|there is|there are|we have|we ve got|it has) (loads|lots|a lot|plenty|a few|some|many|tons|a couple|a bunch|all sorts) of (little |small |other |weird |odd )?(quirks|tricks|gotchas|things|shortcuts|sharp edges|edge cases|workarounds)\b/;
const QUIRK_TOLD = /\b(like|for example|for instance|such as|one is|one of them is|the (first|main|biggest|worst) one)\b/;
/** "I'm Tomasz, you're Aoife": who is outgoing and who incoming, said by name at sign-off. */
const WHO_IS_WHO =
  /^((so|and|well|okay|ok) )*(i m|i am) (?!(?:sure|glad|happy|not|just|going|afraid|sorry|fine|ok|okay|good|here|there|back|done|leaving|off|on|in|out|the|a|an|so|very|really|also|still|right|welcome|new|late|busy|free|ready|around|away|with|from|at|to|for|gonna|trying|looking|thinking|saying|talking|working|taking|happy)\b)[a-z]+ (and )?(you re|you are) (?!(?:sure|glad|happy|not|just|going|afraid|sorry|fine|ok|okay|good|here|there|back|done|leaving|off|on|in|out|the|a|an|so|very|really|also|still|right|welcome|new|late|busy|free|ready|around|away|with|from|at|to|for|gonna|trying|looking|thinking|saying|talking|working|taking|happy)\b)[a-z]+\b|\b(signs?|sign|signing|signed) (it |this |that )?off with me [a-z]+ and (with )?you [a-z]+\b|\b(it ll|it will|that ll|that will|it s going to|it is going to) be (me|you) and (you|me)\b/;
/** A thing that accepts or rejects ("the press does not accept the finishing bits", "configured in acceptance"), not a person deciding. */
const THINGS_REJECTED = /\b(rejected|rejects|accepted|accepts)\b|\b(does not|doesn t|won t|will not|can t|cannot|didn t) accept\b|\bin acceptance\b|\bacceptance (environment|env|testing|tests?|stage)\b/;
const PEOPLE_DECIDE = /\b(you|we|i|they|he|she)( [a-z]+){0,3} (accept|reject|refuse|decline|say (yes|no)|push back|choose|pick)\b|\b(accept|reject)\w* or (accept|reject|refuse|decline)\w*\b|\bup to (you|the)\b/;

/** The speaker's own history of refusing: "I never had to refuse anything". */
const NEVER_REFUSED = /\b(i|we)( ve| have)? never (had to |needed to |really )?(refuse|refused|reject|rejected|decline|declined|say no|said no|turn(ed)? (anything|anyone|it) down)\b/;
const ACCEPTS_HANDOVER = /\b(i|we) (hereby |formally |officially )?accept (the |this )?(handover|hand over|kt|knowledge transfer|ownership)\b/;
const REQUEST_REFUSED = /\b(if|when|whenever) (anyone|anybody|someone|somebody|people|they|a [a-z]+)( [a-z]+){0,4} asks? you\b/;
const HANDED_WORK = /\b(tasks?|work|items?|tickets?|projects?|responsibilit\w+)\b/;

/** A task waiting on someone's acceptance ("finished and waiting for ricardo to accept it"): its state. */
const AWAITS_ACCEPTANCE = /\b(waiting|waits|wait) (for|on) ([a-z]+ ){1,3}to (accept|approve|review|sign)\b/;
/** "... so officially there is no team for it yet": no team owns it either. */
const TEAM_GONE =
  /\b(team|squad|group|department) (got|was|has been|have been|were) (folded|merged|dissolved|disbanded|split up|broken up|absorbed)\b|\bthere (is|s) no (owning |official |real |proper )?(team|owner)\b|\bno (team|owner) (for|owns|owning|is responsible)\b/;

/** States a task is said to be in. */
const TASK_STATES = 'in progress|in flight|blocked|pending|not started|half done|almost done|nearly done|done|finished|on hold|paused|ongoing|under review|in review';
const TASK_STATE = new RegExp(`\\b(${TASK_STATES}|waiting (on|for)|completed|to do|todo|percent|%)\\b`);
/** One task named with its state: "the postgres upgrade is in progress". */
const TASK_NAMED = new RegExp(`\\b(the|our|a) ([a-z0-9]+ ){1,3}(is|are|s|re) (still |currently |now |about |roughly |only )*(${TASK_STATES})\\b`);
const GENERIC_TASKS =
  /\b(only|all|any|existing|open|in progress|new|these|those|the|our|some|other|a couple of|a few)( and (in progress|existing|open|new|pending))? (tasks|responsibilities|initiatives|items|work|things)\b/;

/** The periods a plan is told by: "week one", "the second week", "by day thirty", "next sprint". */
const PLAN_PERIOD =
  /\b(weeks? (one|two|three|four|five|six|1|2|3|4|5|6)|(first|second|third|fourth|1st|2nd|3rd|4th|last|next|following) (week|fortnight|sprint|month)|weeks? \d|(by )?day (thirty|sixty|ninety|\d+)|(thirty|30) day(?! plan)|month (one|two|three|1|2|3)|(first|second|next) (two|couple of|few) weeks|after (one|two|three|four|a|the first) weeks?|the week after)\b/g;

/** Periods past a plan's first fortnight: "week three", "the last week", "by the end of the month", "after that". */
const PLAN_REACHES =
  /\b(weeks? (three|four|five|six|3|4|5|6)|(third|fourth|3rd|4th|last|final) weeks?|(second|next|other|last) (two|couple of) weeks|(remaining|other) weeks|second (half|fortnight)|(end|rest) of (the |your |my )?(first )?month|month end|(by )?day (thirty|sixty|ninety|2\d|3\d)|(thirty|30) days|(after|in|by) (a|one|the) month|after (that|those|the first (two|couple of|few) weeks)|from (then|there) on|beyond that|then you (re|are|own|take|run|lead|drive|do))\b/;

/** What a complete handover is said to need ("done when you can deploy on your own"). */
const CRITERIA_STATE = /\b(complete|done|finished) when\b|\bcan (deploy|handle|run|operate|own|roll ?back|debug|fix|explain)\b|\b(is|are) (clear|verified|documented|understood|done|complete|known)\b|\bverified\b|\bcriteria\b|\bconfident\b|\bable to\b|\bindependently\b|\bno (open )?(questions|danger zones|gaps|blockers)\b/;
const CRITERIA_ALSO = /\b(done|complete|finished|over) (once|after|as soon as)\b|\b(can|could) (do|run|handle|own|take) (a |the )?([a-z]+ ){0,2}(alone|on your own|by yourself|yourself)\b|\bcall it (done|complete)\b|\bonce you (have|ve|can)\b|\b(when|after) you (ve|have) (done|handled|run|shipped|deployed|tested|completed|fixed|closed|owned|led|been on|rotated|restored)\b|\b(on your own|by yourself)\b|\b(consider|count|call) (it|the handover|this) (done|complete|finished)\b|\bwe re done when\b|\bwe are done when\b|\b(you|when|once|after|until)\b.*\bwithout (me|my help|help|anyone)\b/;
const criteriaSaid = (n: string) => CRITERIA_STATE.test(n) || CRITERIA_ALSO.test(n);

export const FIELD_CUES: Record<string, Record<string, FieldCue>> = {
  'system-overview': {
    'system-name': {
      state: /^((so|well|okay|ok|sure|right|yeah) )*(?!(it|this|that|there|which|what|who|he|she|they|we)\b)[a-z]+ is the (software|system|app|application|platform|service|tool|backend|thing) (behind|for|that|which|running|we use)\b|\b(it s|it is|it was|that s|this is|which is) called\b|\b(we|everyone|everybody|people) (all )?calls? it\b|\b(system|service|platform|application|app|product) name is\b|\b(system|service|platform|it) is called\b|\bcall it\b|\bknown as\b|\b(this|the) kt is (for|about|on)\b|^(so )?(the|our) ([a-z0-9]+ ){1,4}(is|s) (the|our|a|an|basically|just|what)\b|^(so )?(it s|it is|this is|that s) (the|our) ([a-z0-9]+ ){0,4}(service|platform|system|portal|pipeline|gateway|app|site|ledger|indexer|tool|api)\b|^(so )?(the|our) system is\b/,
      also: new RegExp(
        `${SUBJECT}(?:is|s|was) (?:the|our|a|an|basically|just|what|everything|where|how|all)\\b|${SUBJECT}${DOES}\\b|${RUN_ON_SUBJECT}|${KIND_DOES}|` +
          // "it is a spring batch job written in java": the kind of system said as what it is
          `^(?:(?:so|basically|well|okay|and) )*(?:it s|it is|this is|that s|that is) (?:a|an) (?:(?!(?:the|a|an|and|but|or|of|it|we|i|you|that|this|there|so)\\b)[a-z0-9]+ ){1,4}${SYSTEM_KIND}\\b|` +
          // "Forecourt is fleet fuel card transaction service", "so seapass is the booking system":
          // the system's own name as the subject, with or without an article before the kind
          `${NAMED_SUBJECT}is (?:the |our |a |an )?(?:[a-z0-9]+ ){0,7}${SYSTEM_KIND}\\b|` +
          // "Markwell is where all the exam marking happens"
          `${NAMED_SUBJECT}is where (?:all |every |each )?(?:the |our )?(?:[a-z0-9]+ ){1,4}(?:${WORK_HAPPENS}|live|starts|runs)\\b|` +
          // "Tollgate is what charges the lorries", "Ferrylink is how a passenger books", "Ledgerly is the
          // thing that moves money": the name defined by what it does for people, not by a kind of system
          `${NAMED_SUBJECT}is (?:what (?!(?:we|i|you|they|it|he|she|people|everyone)\\b)[a-z]+s|how (?!(?:we|i|you|they|it)\\b)[a-z]+|the (?:thing|one|bit|piece) (?:that|which))\\b|` +
          // "let me tell you what RideSlot actually is": the system's own name in the telling
          `\\b(?:tell you|explain|say|show you) what ${NOT_A_SYSTEM}(?!(?:it|he|she|they|everything|each|every|this|that)\\b)[a-z0-9]+ (?:actually |really |exactly )?is\\b|` +
          // "the bidder, which we call kestrel", "so the system we call kudu": the name given in passing
          `\\b(?:which|that|what|system|service|thing|one|app|platform|tool|bidder|engine|job) (?:we|everyone|everybody|people|they) (?:all |just |internally )?calls? (?!${NOT_A_NAME_CALLED})[a-z0-9]+|` +
          // "RateSync pushes room rates ...", "I think hatchback quotes ...": the system's own name doing its work
          `^${LEAD_IN}${NOT_A_SYSTEM}(?!(?:${NOT_A_SUBJECT_NAME})\\b)[a-z0-9]+ ${DOES} (?!(?:it|them|him|her|me|us|you|up|out|over|about|to|in|on)\\b)[a-z0-9]+|` +
          // "this one is called PGO", "the name of the application is Sahel Payroll", "what we are handing over today is the Fleet Tracker"
          '\\b(?:one|thing|tool|app|application|system|service|platform|product|project) (?:is |s )?(?:called|named)\\b|\\b(?:that s|that is|this is|which is) the name\\b|\\bname of (?:the|this|our) (?:[a-z]+ )?(?:application|app|system|service|platform|product|tool|thing|project) (?:is|s)\\b|' +
          '\\b(?:what|the system|the service|the thing) (?:we|i) (?:are|re|am|m) (?:handing over|discussing|covering|talking about)(?: today| now)? (?:is|s)\\b|^(?:(?:so|okay|ok|well|right|bueno|allora|and) )*we (?:are|re) talking about (?:the|our) (?:[a-z0-9]+ ){0,4}[a-z0-9]+ (?:of|for|at) [a-z0-9]+|\\bwhat (?:you|you re|you are|you ll be|you will be) (?:taking over|inheriting|getting|owning)(?: today| now| from me)? (?:is|s)\\b|\\bthe (?:system|service|platform|application|app) (?:we|i) (?:discuss|cover|hand over|talk about) today is\\b|' +
          // "what the fraud scoring service does is ...": the name inside the definition
          `\\bwhat (?:the|our) (?:${NOT_A_SYSTEM}[a-z0-9]+ ){1,3}${SYSTEM_KIND} (?:does|do|is for)\\b|` +
          // "you own the monitoring platform", "you are taking over the claims batch"
          '\\b(?:own|owning|take over|taking over|inherit|inheriting|get|getting) (?:the|our) (?:[a-z0-9]+ ){0,3}(?:platform|service|system|stack|pipeline|gateway|app|application|portal|api|engine|tool|cluster|jobs|batch|ledger|indexer|sync|site)\\b|' +
          // "so the thing you're inheriting is Doorstep, which is the delivery slot booking service"
          '\\b(?:thing|system|service|platform|app|one) (?:you re|you are|you ll be|you will be) (?:inheriting|taking over|getting|owning) (?:is|s)\\b|' +
          // "so this is the handover for Waypoint"
          '\\b(?:this is|this s|it s|it is) (?:the|our|my) (?:handover|hand over|kt|knowledge transfer) (?:for|of|on) (?!(?:the|a|an|this|that|it|you|me|us|today|now)\\b)[a-z0-9]+\\b|' +
          `\\bwhich is (?:the|our) (?:[a-z0-9]+ ){1,5}${SYSTEM_KIND}$|${NAMED_DEFINED}|` +
          // raw speech runs the question into its answer: "what is sawmill is the central logging pipeline",
          // or cuts the answer after its name: "so first the system overview menuflow is the service"
          `\\bwhat (?:is|s) ${NOT_A_SYSTEM}[a-z0-9]+ (?:is|s) (?:the|our|a|an)\\b|\\b${NOT_A_SYSTEM}(?!(?:what|which|who|there|here|deployment|database|db|queue|cache|api|infra|infrastructure|pipeline)\\b)[a-z0-9]+ (?:is|s) (?:the|our) (?:[a-z0-9]+ ){0,3}${SYSTEM_KIND}$`,
      ),
      require: (_t, n) => !TEMPLATE_SUBJECT.test(n),
      strip: /^(so )?(the )?(system|service|platform|application|app|product) name is (the )?/,
    },
    purpose: {
      state: /\b(system|service|platform|application|it|this|that|which) (handles|processes|manages|provides|takes|reads|writes|keeps|shows|sends|aggregates|stores|moves|syncs|ingests|calculates|generates|does|powers|serves|lets|allows|tracks|records|turns|collects|publishes|builds|runs the)\b|\b(is|s) (the|our|a|an) ([a-z0-9]+ ){0,7}(thing|service|system|backend|frontend|place|tool|book|record|platform|infrastructure|site|portal|pipeline|engine|api|store) (that|which|for|of)\b|\bthe purpose\b|\bbusiness purpose\b|\bwhat it (does|do)\b|\bin (non technical|simple|plain|easy) (terms|words?)\b|\bbusiness depends\b|\bresponsible for\b|\b(it|which) (makes|produces|creates|prints|issues|generates) (the|all|our|every|each) ([a-z]+ ){0,2}(exports?|reports?|files?|letters?|labels?|invoices?|slips?|lists?|sheets?|documents?|pdfs?|schedules?|rotas?|plans?|payments?)\b/,
      also: new RegExp(
        `${SUBJECT}${DOES}\\b|${KIND_DOES}|\\b(it s|it is|this is) (basically )?(the|a|an|our) ([a-z0-9]+ ){0,4}(between|that sits|in front of|behind)\\b|\\bis everything between\\b|` +
          // "the platform where our customers send SMS", "we turn a PDF into an invoice record", "we send the message to the operators"
          '\\b(is|s) (the|our|a|an) ([a-z0-9]+ ){0,4}(service|system|platform|tool|portal|pipeline|engine|app|application|api|site|gateway|hub) (where|through which|via which|in which|by which)\\b|' +
          // "it's the online ticketing and timed entry for the Kelburn Museum", "it's how parents apply for a place"
          '\\b(it s|it is) (the|our|a|an) ([a-z]+ s )?([a-z0-9]+ ){1,5}for (the|our|a|an|every|all) [a-z]+|\\b(it s|it is) (basically |really |just |simply |essentially )?how (?!(we|i|you|it)\\b)[a-z]+ [a-z]+|' +
          // "it's Compteur, that's our name for the Snowflake cost and access governance"
          '\\b(that s|that is|it s|it is) (our|the) (name|nickname|word) for (the|our|all) \\w+|' +
          // "it's the integration from Workday HCM to our payroll bureau"
          '\\b(it s|it is|that s|that is) (basically |really |just )?(the|our|an?) ([a-z0-9]+ ){0,3}(integration|bridge|link|interface|connector|feed|sync) (from|between)\\b|' +
          // "Bakkie is what takes it from the merge to running in production"
          `\\b(is|s) (basically |really |just |simply )?what ${DOES}\\b|` +
          // "it is the Amazon RDS for MySQL fleet for Kavach", "officially it's the SonarQube code quality platform"
          `\\b(it s|it is|that s|that is) (basically |really |just |simply |essentially |officially )?(the|our) (whole )?([a-z0-9]+ ){2,6}(${SYSTEM_KIND}|fleet|setup|project|org|estate|queue|runners|load|loads)\\b|` +
          '\\b(turns?|turning|converts?|converting|transforms?|transforming) ([a-z0-9]+ ){1,5}into\\b|' +
          '\\b(we|it) (send|sends|deliver|delivers|route|routes|forward|forwards|pass|passes|push|pushes|hand|hands) (the |every |each |all |their |them |it )?([a-z0-9]+ ){0,3}(on )?(to|into|onto)\\b|' +
          // "it is all the networking that the teams build on", "its job is to", "it exists so that"
          '\\b(is|s) (basically |really |just |simply )?(all|everything) (the |our )?([a-z0-9]+ ){0,4}(that|which|between|behind|in front of|under|underneath)\\b|' +
          '\\b(its|the) (job|purpose|role|task|point) (of it |of (the|this) [a-z]+ )?(is|s) (to|that|[a-z]+ing)\\b|\\bit (exists|is there|s there) (to|so|for)\\b|' +
          '\\b(it|this|which) (takes care of|is in charge of|makes sure|looks after|is used (to|for))\\b|\\bwe use it (to|for)\\b|' +
          // "everyone calls it Larder, and it computes and serves features": what it does, told after its name
          `\\b(and|so) it (?!takes\\b)${DOES} (and ${DOES}|(the|all|every|each|our|their) [a-z]+)\\b|` +
          // non-native present progressive: "it is doing the loyalty points calculation"
          '^((so|and|basically|well|okay) )*(it|this|the system|the service) (is|s) (doing|handling|processing|managing|calculating|sending|generating|matching|routing|collecting|storing|keeping|tracking|giving|making) (the|all|every|our)\\b|' +
          // "it is the virtual queue for the park", "Markwell is where all the exam marking happens"
          `\\b(is|s) where (all |every |each )?(the |our )?(?!(it|this|that|they|we|you|he|she|i)\\b)([a-z0-9]+ ){1,4}(${WORK_HAPPENS})\\b|` +
          '^((so|and|basically|well|okay) )*(it is|it s) (basically |just |simply )?(the|our) ([a-z0-9]+ ){1,3}for (the|our|a|all|every|each)\\b|' +
          // "it's the waiting room and the checkout for every on-sale we run"
          '\\b(it is|it s) (basically |just |simply )?(the|our) ([a-z0-9]+ ){1,5}for (every|each|all)\\b|' +
          // "it sells the lift passes and it controls the turnstiles"
          '\\b(it|this|which) (sells|controls|watches|loads|decides|assigns|allocates|books|prints|issues|approves|reminds|monitors|detects|signs|matches|works out|checks|screens|verifies|validates|quotes|prices|forecasts|reconciles|pushes|pulls|bids|paces|converts|imports|exports)\\b|' +
          // "it is the loyalty points ledger for all stores", "Gatehouse is our visitor management and badge system"
          `\\b(is|s) (the|our|a|an) ([a-z0-9]+ ){1,4}${SYSTEM_KIND} (that|which|for|of)\\b|${NAMED_SUBJECT}is (the |our |a |an )([a-z0-9]+ ){2,6}${SYSTEM_KIND}\\b|` +
          // "hold bay is the seller payout fraud hold review queue", "the rice cooker is basically our ml training platform"
          `(${NAMED_SUBJECT}([a-z0-9]+ )?|^${LEAD_IN}(?:the|our) (?!(?:${NOT_A_SUBJECT_NAME})\\b)(?:${NOT_A_SYSTEM}[a-z0-9]+ ){1,3})is (basically |really |just |simply |essentially |actually )?(the |our |a |an )([a-z0-9]+ ){1,6}(${SYSTEM_KIND}|queue|tenant|estate|fleet|setup)\\b|` +
          // "Mudança is the program to take the nine hundred repositories out of Bitbucket"
          '\\b(is|s) (the|our) ([a-z0-9]+ ){0,3}(program|programme|project|initiative) to (take|move|migrate|replace|bring|get|build|put|turn|replatform)\\b|' +
          // "Railtrace tracks where every freight wagon is", "Porterline works out which porter gets it"
          `${NAMED_SUBJECT}(${DOES}|works out|produces|decides) (the|all|every|each|our|their|where|which|how|what|when|who)\\b|` +
          // "RateSync pushes room rates and availability out to ...": any object, the name said first
          `^${LEAD_IN}${NOT_A_SYSTEM}(?!(?:${NOT_A_SUBJECT_NAME})\\b)[a-z0-9]+ ${DOES} (?!(?:it|them|him|her|me|us|you|up|out|over|about|to|in|on)\\b)[a-z0-9]+|` +
          // "lintas is the trip pricing and account billing for the whole expressway"
          `${NAMED_DEFINED}`,
      ),
      ask: /\bwhat (does|do) (the|this|our) (system|service|platform|application|app) do\b|\bwhat is it for\b/,
      // "so what is it", "what is it exactly, in your words": the answer says what it does.
      alsoAsk: /^((so|and|okay|ok|first|well|now) )*what (is|s) (it|this|the (system|service|platform|thing|tool))( (exactly|actually|really))?( in (your|simple|plain) words)?$|\bwhat (does|do) (it|this) (do|does)\b|\bwhat (does|do) (?!(i|we|you|they|he|she)\b)[a-z]+( [a-z]+)? (actually |really |exactly )do\b|\bwhat (is|s) it (for|about|good for)\b|\bwhat (is|s) (this thing|(the|this|our) ([a-z0-9]+ ){1,3}(actually |really |exactly )?for)\b/,
    },
    users: {
      state: /\b(on the )?user side\b|\b(passengers|travellers|travelers|guests|patients|members|shoppers|buyers|sellers|drivers|riders|nurses|doctors|clinicians|staff|agents|agencies|dispatchers|operators|students|teachers|parents|residents|citizens|tenants|merchants|farmers|growers|managers|clerks|officers|planners|controllers|coordinators|caseworkers|admins|administrators|technicians|crews) (book|buy|order|scan|check in|sign in|log in|clock in|clock out|look up|see|use|pay|submit|upload|build|plan|watch|monitor|review|approve|sign off|record|track)\b|^((so|and|well|okay|ok) )*the users\b|\b(used|consumed|relied on) (mostly |mainly |only |primarily |heavily )?by\b|\b(users|consumers|customers|clients) (are|include|is)\b|\b(who|whom) (uses|use)\b|\b(use|uses|using) it\b|\ball use\b|\b(every|all) (user|users|customer|customers|engineer|engineers|team|teams)\b|\b(monthly|daily|weekly|active) users\b|\b(apps?|teams?|customers?|users?|engineers?|partners?|people|managers?|analysts?|services?) (use|uses|read|rely on|depend on|call|write to)\b|\bgoes through it\b/,
      also: new RegExp(
        String.raw`\b(depend|depends|depending|rely|relies|relying|count|counts) on (it|this|us|them|its|the|our)\b|\b(all|also|both) (depend|rely|use|call)\b|\b(goes|go|send|sends|sent|flows?|runs?) through (it|us|this)\b|\b(every|each|most|many|all) ([a-z]+ ){0,2}(teams?|products?|customers?|users?|apps?|services?|visitors?|clients?|partners?) ([a-z]+ )?(sends?|goes|go|calls?|uses?|reads?|needs?|touch\w*|hits?)\b|\b(main|biggest|heaviest|primary|only|internal|external|real|direct) (users?|consumers?|customers?|clients?)\b|\bbig users?\b|\b(finance|accounts|operations|ops|support|marketing|sales|hr|payroll|compliance|legal|procurement|management) (uses?|reads?|relies on|depends on|looks at|works with|pulls?) (it|the|our|its|their)\b|\b(users?|customers?|agents?|analysts?|teams?|people|staff|managers?|operators?|clerks?|engineers?|developers?|specialists?|admins?) (look at|looks at|check|checks|open|opens|work with|works with|log into|logs into|query|queries) (it|the)\b|\b(every|each|any|all) ([a-z]+ ){0,2}(customer|user|client|employee|merchant|seller|buyer|driver|patient|member|partner|shopper|student|agent|passenger|traveller|traveler|visitor|guest|resident|tenant|citizen|parent|nurse|technician|officer)s? (who|that)\b|\b(people|teams?|customers?|users?|folks|clients?) (using|who use|that use|who uses) (it|this|the [a-z]+)\b|\b(consume|consumes|consuming) (it|this|us|our [a-z]+)\b|` +
          USERS_ARE_PEOPLE +
          // "the borrowers upload from the portal", "lawyers and paralegals file their documents online"
          `|\\b${NOT_A_MACHINE}[a-z]{3,}(ers|ors|ists|ants|ents|als) (upload|submit|file|apply|book|buy|order|log in|sign in|request|scan|pay|check in|look up|search|browse|download|enrol|register|sign off|approve|review|watch|monitor)\\b|\\b(people|folks|everyone|everybody) (upload|submit|file|apply|book|buy|order|log in|sign in|request|pay|check in|enrol|register)\\b` +
          // "employees come on the Employee Center portal, raise a case": people who come to it
          '|\\b(employees|staff|customers|users|members|students|patients|residents|tenants|citizens|agents|partners) (come|go|log) (on|in|into|to|onto) (the|our|its)\\b' +
          // "the people who live in it are the service advisors": who spends the day in it
          '|\\b(who|that) (live|lives|work|works|spend their days?|spend all day) in it\\b',
      ),
      ask: /\bwho (uses|use|are the users|relies on|calls)\b/,
      // "who's actually using it day to day", "who inside the company looks at it"
      alsoAsk: /\bwho( [a-z]+){0,3} (uses|use|using|calls|call|calling|looks at|look at|looking at|reading|watching|opening|relies on|relying on|depends on|depending on|reads|needs)\b|\bwho (looks at|reads|needs|consumes|depends on|works with|is using|else uses)\b|\bwho (s|is|are) (actually |really |mostly )?(in|on) (it|there|the system)\b|\bwho( [a-z]+){0,2} (hits|touches) (it|this)\b|\bwho( [a-z]+){0,3} (works?|working) (in|on|with) (it|this)\b|\bwho (are|is) (the )?(main )?(users?|customers?|consumers?|clients?)\b|\bwhich (teams?|customers?|apps?|services?|people) (use|uses|depend|depends|rely|relies|call|calls|read|reads)\b|\b(are|is) (the )?(main|only|biggest|primary|real) (users?|customers?|consumers?)\b/,
      strip: /^(it is|it s|this is) used by /,
    },
    'critical-when': {
      state: /\bcritical\b|\bcriticality\b|\bpeak (is|hours|season|sales|traffic|time|day)\b|\bmatters most\b|\bmost important (on|at|during|when|in)\b/,
      // "and when it is critical, when it really cannot be down?", "when it is the most critical?"
      ask: /\bwhen (is it|it is|it s|is (this|that|the) ([a-z]+ )?(thing|system|service|app|platform)|is [a-z]+) (really |actually |most |the most |especially )?critical\b/,
      alsoAsk: /\bwhen (does|would|will) it (really |actually |most )?(hurt|matter|bite)\b|\bwhen (would|will|do) (i|we|you) (actually |really |first )?(feel|notice) it\b|\bwhen (is|s) it (really |actually |most |at its )?(on fire|busiest|hammered|slammed|under (the most )?(pressure|load))\b|\bwhen (is|does) (it|this)( [a-z]+)? (matter|busiest|busy|peak)\b|\bwhat (is|are) the (busiest|peak)\b/,
      also: /\bbusiest\b|\b(two|three|four|five|ten|2|3|4|5|10) times (the |our )?(normal|usual|average) (volume|traffic|load|orders|returns)?\b|\bthe worst (moments?|times?|days?|weeks?|periods?) (are|is|were|was)\b|\b(most|heaviest|highest) (traffic|load|usage|volume)\b|\bwhen (does|do|would|will) it (really |actually |most )?(matter|hurt|bite|count) (the (first|last)|(early |late )?(mornings?|evenings?|nights?|weekends?)|(mon|tues|wednes|thurs|fri|satur|sun)days?|every|each|at|on|during|in (the|january|february|march|april|may|june|july|august|september|october|november|december))\b|\b(has|needs|have|got) to be (up|available|running|working|online)\b|\bwhen (it|this|everything|the [a-z]+) (really |absolutely |simply |actually )?(has|needs|have|got) to work\b|\b(twenty four seven|24 7|around the clock)\b|\bcan t (afford|have) ([a-z]+ ){0,2}(downtime|outage|to be down)\b|\b(that s|that is|this is) when (it |everything |everyone |everybody )?(really |most |actually )?(matters|counts|gets busy|peaks)\b|\bwhen it (really |most |actually )?(matters|counts)\b|\bwhen (it|this|the [a-z]+) (really |absolutely |simply )?(cannot|can t|can not|must not|mustn t) (go down|be down|fail|stop|break)\b|\b(moments?|times?|days?|period|weeks?|hours?) that (really )?(matters?|counts?)\b|\bit (really )?matters (on|at|during|in|most|between|from)\b|\bbusy (times?|periods?|days?|hours?|seasons?|months?|weeks?) (are|is)\b/,
    },
    'business-impact': {
      state: /\bbusiness impact\b|\brevenue (loss|impact|hit)\b|\bimpact (is|of|would be)\b|\bwe lose\b|\bcosts? (us|the business)\b|\b(lose|losing) (money|revenue|customers)\b|\bcustomer dissatisfaction\b|\bcompliance (issue|risk)\b/,
      // "there's money in it too, a wrong return can cost a station its training budget", "one green is eighty grand to rebuild"
      // "forty million pounds a year goes through that ring", "it brings in about four hundred thousand pound a year in fees"
      // "we do about fourteen hundred parcels a month": how much of the business runs through it.
      also: /\b(about|around|roughly|nearly|over|almost|more than|some|up to) ([a-z]+ ){0,3}(hundred|thousand|million|[0-9]+) (?!(times|hours|minutes|mins|seconds|days|weeks|months|years|releases|deploys|deployments|builds|commits|meetings|calls)\b)([a-z]+ ){1,3}(a|per|each|every) (day|week|month|year|night|session|morning)\b|\b(biggest|main|largest|most important) (sales |revenue |ordering )?channel\b|\b(half|most|a third|a quarter|percent|per cent) of (the |our |all )?(orders|sales|revenue|bookings|income|turnover)\b|\bworth (about |around |roughly |nearly |over |more than |some )?([a-z]+ ){0,6}(a|per|each) (year|month|week|day)\b|\bmost of the (company|business)\b|\blost (production|output|income|trading)\b|\bthe money (is|s|comes from|comes in)\b|\b(is|s) (straight|real|direct|pure) money\b|\b(incident report|report (it |this |that )?)to (the )?([a-z]+ ){0,2}(bank|authority|ombudsman|commission|regulator)\b|\b(grand|pounds?|quid|euros?|dollars?)\b( [a-z]+){0,4} (goes|go|flows?|passes|runs) through (it|that|this|us|the [a-z]+)\b|\bbrings? in ([a-z]+ ){0,6}(pounds?|grand|thousand|million|euros?|dollars?|quid)\b|\bimpact (on|for) the business\b|\b(percent|per cent|half|most|all|a third|a quarter) of (our |the )?(new )?(business|revenue|sales|bookings|orders|income|room nights) (comes?|goes|flows?|runs) through\b|\bthere s (real )?money in it\b|\bcost (a|the|our|us|them|each|every)( [a-z]+)? (its|their|our|the) ([a-z]+ )?(budget|funding|grant|licen[cs]e|contract)\b|\bthe whole business\b|\b(grand|thousand|million|pounds|dollars|euros?|quid) to (rebuild|replace|repair|put right|redo)\b|\bbusiness[ -]?wise\b|\b(people|staff|drivers|farmers|customers|patients|members|employees) getting paid\b|\b(it s|that s|it is|that is) (somebody|someone|people) s (rent|wages|pay|salary|mortgage)\b|\bpay (their|his|her) (rent|bills|mortgage)\b|\b(pays|pay|compensates?|refunds?|reimburses?) (him|her|them|the [a-z]+) for (it|that)\b|\bin the ([a-z]+ )?(papers|press|news|journal)\b|\bthe (business|money) side\b|\bcosts? ([a-z]+ ){0,8}(pounds|dollars|euros?|quid|grand)\b|\b(pounds|dollars|euros?|quid|grand) ([a-z]+ ){0,3}(gone|lost|wasted|down the drain)\b|\b(percent|per cent) of ([a-z]+ )?(revenue|income|turnover|sales|takings|bookings)\b|\b(revenue|income|turnover|takings) (sits|is|depends) (behind|on) (it|this|that)\b|\b(ombudsman|bad press|reputational|regulators?|regulatory|reportable)\b|^((so|and|but|well) )*for the business\b|\b(gets?|got|are|is|be) charged (for|by)\b|\b(millions?|thousands?|billions?) (of )?(pounds|dollars|euros?|quid|ringgit|rupees|rand|naira|yen|francs|kronor|zloty|pesos|reais|dirhams|shillings|cedis)\b|\b(payments?|invoices?|money|revenue|income) (is|are|goes|go|comes|come|arrives?) (late|delayed)\b|\b(earn|earns|earned|earning|make|makes) (the |our |its |their )?([a-z]+ ){0,2}(fee|fees|commission|margin|revenue|income)\b|\bin the (local )?(paper|papers|press|news)\b|\b(the )?complaints and\b|\b(wait|waiting|waits) for (their|the|our) money\b|\bmoney (is |s )?(gone|lost)\b|\bfrom the business (side|point of view)\b|\bmost of (the|our|their) ([a-z]+ )?(margin|revenue|income|turnover|takings|profit)\b|\b(rings?|calls?|goes to|switch(es)? to|moves? to|orders? from|buys? from) (another|a different|a rival|a competing|the competition)\b|\b(percent|per cent) of (everything|all) (we|our)\b|\bcosts? (a fortune|a lot|thousands|millions|real money)\b|\b(get|gets|got) paid wrong\b|\bbusiness side (of (it|things) )?(is|s)\b|\bcontractual(ly)?\b|\b(full|total|complete|whole|company wide|site wide) (outage|standstill|stop)\b|\b(customers?|users?|shoppers?|clients?|people|nobody|no one) (can t|cannot|can not|could not|couldn t) (buy|pay|order|check out|checkout|book|shop|sign up|get paid)\b|\b(lose|loses|losing|lost) ([a-z]+ )?(sales|orders|bookings|deals|trust|business|money|revenue)\b|\bpenalt(y|ies)\b|\bfines\b|\bchargebacks?\b|\bsla (breach\w*|credits?|penalt\w+|violation\w*)\b|\b(breach|miss|violate)\w* (the |our )?sla\b|\bregulators?\b|\breputation\w*\b|\b(angry|unhappy|upset) (customers|clients|users)\b|\blegal (issue|problem|risk|trouble|consequences?)\b|\bin (money|financial|business|revenue|cash|cost) terms\b|\bmoney gone\b|\b(rupees|lakhs?|crores?|euros?|dollars?|pounds|quid|francs|yen|rand|naira) (a|per|every) (day|hour|week|month|year|minute)\b|\bfinancially\b|\bcommercially\b|\b(that s|that is|thats|this is) the (business |real |main )?impact\b|\b(the )?reason (it|this|that) matters\b|\b(pay|pays|paying|paid|owe|eat|eats) ([a-z]+ ){0,2}(charges|fees|fines|penalties|compensation)\b|\b(we|they) (just |simply |have to |end up |then )?(refund|refunds|refunded|compensate|reimburse)\b|\b(sell|sells|make|makes|earn|earns|take|takes|book|books) ([a-z]+ ){0,2}(percent|per cent|half|most|a third|a quarter|two thirds) of (the |our |all )?(whole |entire )?(year|revenue|sales|turnover|income|money|bookings|tickets)\b|\b(ends? up|ended up|be|was|were|is) (in|on) the ([a-z]+ )?(news|newspapers?|papers|press)\b|\b(students?|patients?|passengers?|travellers?|members?|residents?) (can t|cannot|can not|could not|couldn t) (progress|graduate|enrol|travel|board|fly|be treated|get treated|get their [a-z]+)\b|\bin terms of ([a-z]+ )?impact\b|\bimpact wise\b|\b(lose|loses|losing|lost) (a |every |each )?(sale|order|booking|deal|customer|conversion|subscriber)\b|\b(hits?|hurts?|dents?) (the|our) ([a-z]+ ){0,2}(numbers|revenue|bottom line|targets?|figures|commission|margins?)\b|\breport(ed|s)? to the board\b|\b(get|gets|got|getting|face|faces|risk|risks|pay|pays|possibly|probably|maybe|even|and) an? (big |heavy |hefty |large |huge |regulatory )?fine\b|\bfines? (us|them|the company)\b|\b(finding|findings|investigation|audit) (from|by) the ([a-z]+ ){0,2}(authority|regulator|auditors?)\b|\b(hundreds?|thousands?|millions?|billions?) (of )?(pounds|euros?|dollars|quid|rupees|francs|yen|rand|naira|kroner|kronor|zloty)\b|\b(angry|unhappy|upset|furious) (reviews|calls|phone calls|emails|tweets|partners|stores|shops|members|patients|students)\b|\bbusiness (cost|costs|risk|loss|losses|consequences?|hit)\b|\b(it s|is|that s) real money\b|\b(customer|viewer|user|member) complaints\b|\bcomplaints (from|to|go|come|end up|land)\b|\b(get|gets|got|are|is|be) paid (the )?(wrong|incorrect)( amount)?\b|\b(book|buy|shop|order|go) (somewhere else|elsewhere)\b|\bgo to (other|another|a competing|the competing) [a-z]+|\b(complaints|compensation) (and )?(complaints|compensation|refunds|penalties|fines)\b|\bsaves? (us|the company|the business)\b|\b(biggest|largest|second biggest|second largest|main) (cost|costs|expense|expenses|revenue stream)\b|\boverpay\w*\b|\b(go|goes|went|going) to (a |the )?(competitor|competition|rival)s?\b/,
      // "and the business side, is there money in it?": the answer says what it is worth
      alsoAsk: /\bwhat (does|would|will) (that|it|this) cost( us| the business)?\b|\bwhy (it is|it s|is it) (important|critical|so important) for (the )?business\b|\bwhat (s|is) the damage\b|\bhow bad is (that|it) for the business\b|\bfor the business how bad\b|\bwhat (does|would) (that|it) mean for the business\b|\bthe (business|money) side\b|\bis there (any )?(money|revenue) in (it|this)\b|\bhow much money (goes|runs|flows) through\b/,
    },
    'worst-case': {
      state: /\bworst( case| thing| scenario| that can happen)\b/,
      also: /\b(nightmare|disaster|doomsday) (scenario|case|is|would be)\b|\bscariest\b|\bbiggest (risk|fear|danger|nightmare)\b|\bthe (really )?bad (case|scenario) is\b|\b(most bad|baddest|absolute worst|worst possible) (scenario|case|thing|outcome)\b|\bwhat (really )?hurts (most|the most)\b/,
      strip: /^(the )?worst case (failure )?(scenario )?is /,
      // "What's the worst that can happen, realistically?": the answer is the worst case.
      ask: /\bwhat (s|is|would be|could be|might be) the (very |absolute )?worst( case| thing| scenario| that can happen| that could happen)?\b/,
      // "you said we'd come back to the worst case": the topic put off, not the case told.
      require: (_t, n) => !WORST_CASE_PUT_OFF.test(n),
    },
    'breaks-if-down': {
      state: /\b(if|when) (the |this |our )?([a-z]+ ){0,2}(is|s|goes|go|was|are)? ?(down|done|out|offline|unavailable|late|broken|slow)\b|\bwhat breaks\b|\b(breaks|stops|stop|is blocked|are blocked|blocked|stop working|goes down|go stale|nobody can|can t)\b|\bwho is affected\b/,
      // "and if it goes down what is the impact": what stops is asked with the cost.
      ask: /\bwhat breaks\b|\bwho is affected\b|\bwhat happens (if|when)\b|\b(if|when) (it|this|the [a-z]+) (goes|is|went|were|was) (down|offline)\b.*\bwhat (is|s|would be) the impact\b/,
      // "if the delay notices don't arrive, the people wait in the airport for hours"
      also: /\bif (the |our )?([a-z]+ ){0,3}(don t|do not|doesn t|does not|didn t|did not) (arrive|go out|come in|get sent|get through|load|run)\b|\bshould (it|this|the [a-z]+) (be|go|become) (unavailable|down|offline)\b|\bwithout (it|this|them)\b|\b(once|whenever|the moment) (it|this|the [a-z]+) (is|s|goes|went) (down|offline|out)\b|\b(if|when) (it|this) (isn t|is not|s not|stops|fails|dies|crashes|hangs)\b|\b(pile|piles|piling|queue|queues|back|backs) up\b|\b(go|goes|going) stale\b|\bnothing (gets|is|goes) ([a-z]+ )?(paid|sent|processed|updated|shipped|delivered|out)\b/,
    },
    environments: {
      state: /\benvironments?\b|\b(prod|production|staging|stage|qa|dev|uat|sandbox|preprod|pre prod)\b[ ,a-z]*\b(prod|production|staging|stage|qa|dev|uat|sandbox|preprod)\b/,
      // Another instance beside production, or production alone said outright.
      also: /\b(test|testing|development|integration|demo|perf|performance|canary|training|separate|local) (instance|environment|setup|cluster|copy|account|stage|deployment)s?\b|\bno (staging|test|testing|non prod|qa|uat|dev)\b|\b(only|just) (prod|production)\b|\b(a|the|our|one) (staging|uat|qa|dev|test|preprod|pre prod|training|demo) (box|server|machine|vm|site|copy|instance|stack|tenant)\b/,
      alsoAsk: /\benvironments?\b|\bwhere (does|do) (it|this|they) run\b/,
    },
    technologies: {
      state: /\btechnolog(y|ies)\b|\btech (stack|wise)\b|\bstack\b|\bunder the hood\b|\b(built|written|runs|running|hosted|deployed|provisioned) (on|in|with)\b|\bcloud provider\b|\b(aws|gcp|azure|kubernetes|k8s|terraform|terragrunt|jenkins|gitlab|github|docker|helm|postgres\w*|mysql|aurora|kafka|redis|java|node|typescript|python|golang|react|spring|lambda|dynamodb|s3|rabbitmq|elasticsearch|opensearch|snowflake|airflow|dbt|spark|vault|nginx|graphql|keycloak|firebase|kong|artifactory|sonarqube|datadog|grafana|prometheus|databricks|sql server|power bi|cassandra|mongodb|bigquery)\b/,
      // "the database is a managed MariaDB", "written in Ruby on top of Sinatra", "backed by Cassandra"
      also: /\b(on top of|backed by|based on)\b|\b(database|db|queue|cache|broker|message bus|frontend|front end|backend|back end|language|framework|runtime|storage|orm|search) (is|are|runs on|lives in) (a |an |the |in |on )?(managed |hosted |self hosted |plain |good old |old )?[a-z0-9]+\b(?<!\b(slow|down|full|fine|ok|okay|big|small|old|new|there|here|not|very|quite|always|sometimes|the|a|an|in|on)\b)|\b(written|coded|implemented) (in|with)\b/,
      alsoAsk: /\bwhat (is|s) (it|this) (built|written|running) (on|in|with)\b|\b(what|which) (tech|technolog\w+|stack|language|database|db|cloud)\b|\bwhat does it run on\b/,
    },
  },
  'architecture-reference': {
    'architecture-link': {
      // Only an address actually said or typed gives the link.
      state: EVERY_SENTENCE,
      require: (text) => URL.test(text),
      // A named page, space or folder says where it is; "somewhere on the wiki" does not.
      partly:
        /\b(page|doc|document|diagram|board|file|drawing)s? (is |s |are )?(called|named|titled)\b|\b(in|under|on) the (?!(old|new|same|shared|other)\b)([a-z0-9]+ ){1,3}(space|folder)\b|\bin the (repo|repository|repo s|repository s) (readme|docs?)\b|\b(docs|design|architecture) folder\b/,
    },
    'last-updated': {
      state: /\b(last )?(updated|reviewed|revised|edited|refreshed|redid|rewrote|redrew|redone)\b|\bup to date\b|\bout of date\b|\bas of\b|\b(is|s|it s|its) from (about |around )?(a|an|last|one|two|three|\d+|early|late|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(a|one|two|three|few|\d+) (days?|weeks?|months?|years?) ago\b|\blast (year|quarter|month|week)\b|\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b/,
      // Its age said in other words: "nobody has touched it since the move", "it is pretty much current"
      also: /\blast (update|change|edit|revision)\b|\b(is|s) ((maybe|about|roughly|probably|like|at least|over|around|nearly|almost) ){0,2}([a-z]+|\d+) (years?|months?|weeks?) old\b|\b(is|s|it s|its) from (just )?before (we|the|our|they)\b|\b([a-z]+teen|twenty|thirty|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple of|\d+) (days?|weeks?|months?|years?) (ago|back)\b|\b(touched|changed|redrawn|redrew|maintained|looked at) (it |that |this )?since\b|\bsince (the|we|our|last|it|\d+) ?[a-z]*\b.*\b(touched|changed|updated|redrawn|redrew|reviewed)\b|\b(is|s|still|pretty much|mostly) (current|accurate|stale|outdated|fresh|recent|old)\b|\b(redrew|redrawn|updated|changed|touched) ([a-z]+ ){0,3}after the ([a-z]+ ){0,2}(migration|move|rewrite|upgrade|switch|reorg|launch|incident)\b/,
      // "When was it last updated?": the answer says when ("Twenty twenty-two, when we moved to Azure").
      alsoAsk: /\bwhen (was|were|did|is) (it|this|that|the [a-z]+)( [a-z]+){0,2} (last )?(updated|reviewed|changed|touched|edited|redrawn|refreshed)\b|\bhow (old|current|up to date|recent) is (it|this|that|the [a-z]+)\b|\bis (it|this|that|the [a-z]+) (still )?(up to date|current|accurate)\b/,
      answeredBy: /\b(ago|since|last|years?|months?|weeks?|current|up to date|out of date|old|stale|recent|never|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|twenty|nineteen|\d+)\b/,
    },
    'verified-by': {
      state: /\b(verified|reviewed|validated|checked|approved|signed off|confirmed)\b|\bwent through it\b|\bchecked (it|every|each|the)\b/,
      also: /\b(went|gone|walked) (over|through) (it|that|this|the (diagram|doc|document|page))\b|\b(looked|had a look|has looked|have looked) (at|over) (it|that|this|the (diagram|doc|document|page))\b.*\b(with me|and|agreed|ok|okay|fine|thumbs up)\b|\bdouble checked\b|\b(blessed|thumbs up|peer review\w*)\b|\b(review|verification|check|walkthrough|walk through) (was|were|has been|got) (done|carried out|made|held) (by|with)\b|\b(review|verify|validate|check|confirm)s? and (review|verify|validate|check|confirm)s? (it|the (diagram|doc|document|page))\b/,
      // "Nobody has reviewed it since" says no one verified it.
      require: (_t, n) => !NOT_VERIFIED.test(n) && !ASKS_WHO_CHECKED.test(n),
    },
  },
  'plain-english-notes': {
    'tribal-knowledge': {
      state: /\b(shortcuts?|sharp edges?|gotchas?|tribal|historically|history|legacy|quirks?|workarounds?|trick|beware|watch out|careful|caveat|weird|drift|surprise|undocumented|nobody knows|hack|hard ?coded|in practice|unofficial|years ago|back in|the reason|don t assume|does not exist|doesn t exist|tip)\b/,
      // "good to know" said back as a reaction ("that's a scary one, good to know") tells nothing.
      also: /\b(good to know (?=[a-z])|fun fact|keep in mind|bear in mind|heads up|be aware|for some reason|don t ask (me )?why|long story|nobody remembers|no one remembers|the thing to know|something (people|nobody|no one) (know|knows|tell|tells))\b|\b(nobody|no one) (ever )?(wrote|has written|writes|documented|has documented) (it |this |that )?down\b|\bnot written (down )?(anywhere|somewhere)?\b|\b(small|little|dirty|open) secret\b|\bnobody tells you\b|\bunwritten\b/,
      // "there's loads of little quirks, but that's a longer chat": that there are some, none told.
      require: (_t, n) => !QUIRKS_EXIST.test(n) || QUIRK_TOLD.test(n),
      freeForm: true,
    },
  },
  'day-1-checklist': {
    access: {
      state: /\baccess\b|\bpermissions?\b|\baccounts?\b|\bcredentials\b|\bvpn\b|\bsso\b|\blog ?in\b|\bonboard/,
      also: /\b(ask|request|get|need|raise a ticket|open a ticket)\b.*\b(group|role|seat|licen[cs]e|token|ssh key|invite|membership|admin rights|rights)\b|\bneed (adding|added|putting|put) (to|on|in|into)\b|\b(adding|added) to (both |all |the |our )?([a-z]+ ){0,2}(projects?|groups?|rota|teams?|channels?|repos?|org|organisation|organization|subscriptions?)\b|\badd(ed)? (you )?to (the )?([a-z]+ ){0,2}(group|rota|org|organisation|organization)\b|\b(be|get|getting|gets) ([a-z]+ )?(added|invited) to\b|\bneed (a |an |your own )?(key|keys|yubikey|laptop|badge|certificate|cert|seat|licen[cs]e)\b|\b(ask|request|get|need) (for )?(reader|contributor|viewer|owner|admin)( role| access| rights)? (on|to|in|for)\b|\b(get|put) (yourself|you) (onto|on|into|added to) the ([a-z]+ ){0,3}(schedule|rota|rotation|group|channel|project)\b|\b(reader|viewer|editor|contributor|admin) (role )?(on|in|for|to) (prod|production|staging|dev|the)\b|\bsort (you|yourself) out with\b|\b(read only|readonly|admin|service|your own) (user|login)\b/,
      // "what do I need on day one?": the answer lists the access.
      alsoAsk: /\bwhat do (i|we) need (on|for) (day one|day 1|the first day|my first day|monday)\b/,
    },
    'safe-actions': {
      // "you need prod access, read-only at first": read-only there is the access, not an action;
      // "don't run the replay job until we've done one together, it's safe, but ...": "safe" there
      // grants the job is harmless while telling you not to run it.
      require: (_t, n) =>
        (!READ_ONLY_ACCESS.test(n) || safeBesidesReadOnly(n)) && (!(SAFE_CONCEDED.test(n) && AVOID_SAID.test(n)) || safeBesidesConceded(n)),
      alsoAsk: /\b(anything|something|what) (i can|can i|i could|could i) ([a-z]+ ){0,3}(safely|safe)\b|\b(what|anything) (can|could) (i|we) do without (breaking|touching|risking|hurting)\b|\bsafe(ly)? (to )?(poke|play|touch|try|run|do|start)\b/,
      // "read-only to start with" is at first, not a first action.
      state: /\bsafe\b(?! (travels?|trip|journey|flight|drive|home)\b)|\bread only\b|\bdry run|(?<!\bto )\bstart (by|with)\b|\bfirst (thing|actions?|steps?)\b|\bfeel free to\b|\b(okay|ok|fine) to\b|\bcan (look|view|browse|read|watch)\b/,
      also: /\bas (much|many( [a-z]+){0,2}) as you (like|want)\b|\bgo and (stand|sit|ride|watch)\b|\b((first|the first|your first) (few |couple of )?(days?|weeks?)|day one) (honestly |really )?(i d|id|i would) (just )?[a-z]+|\bsit (with|next to|beside) (whoever|someone|somebody|the|me|us)\b|\b(the )?safest (thing|things|way|bet|start|first)\b|\b(have|take) a look (at|around)\b|\bplay (with|around)\b|\bread (the|our) (runbooks?|docs?|wiki|code)\b|\bgo ahead\b|\bnothing (there |here )?can (break|go wrong)\b|\bharmless\b|\bcan t (break|hurt)\b|\bno harm\b|\b(you can|feel free to|go ahead and) (browse|look|read|explore|watch|check|open|run|play)\b|\b(just|only) (watch|observe|look|read|shadow|follow|listen|browse)\b|\bshadow (me|us|the|someone|somebody)\b|\blook around\b|\bget (familiar|comfortable|to know) with\b|\bwhat you can (safely )?(do|try|start with)\b|\byou can (safely )?([a-z]+ ){0,3}(from|on|in) (day one|the first day|your first (day|days|week))\b|\b(day one|first day|first days|first week)\b.*\byou can(?! t\b)(?! not\b)\b|\b(first|your first|the first) (few |couple of |couple )?(days?|weeks?) (just|only)\b|(?<!\b(don t|do not|never|not) )\btry (a|an|one|the) ([a-z]+ ){0,4}(in|on) (staging|dev|test|the sandbox|sandbox|non prod|uat|qa)\b|\b(make|do|run|place|create|book|put through) (a|an|one) (test|dummy|fake) [a-z]+( [a-z]+)? (in|on|through) (staging|dev|test|the sandbox|sandbox|uat|qa)\b/,
    },
    'avoid-actions': {
      // "and what should I not do yet?": the answer lists what to leave alone.
      ask: /\b(what|anything|which|things?)\b.*\b(should|must|shall) (i|we) (not|never)\b|\b(what|anything|things?) (i|we) (should|must|shall) (not|never)\b|\b(what|anything|which) (should|must) (i|we) (avoid|stay away from|leave alone)\b/,
      // "Just use your head, you'll know" names nothing to leave alone; an answer says no, not, never, or wait.
      answeredBy: /\b(no|not|don t|dont|never|avoid|leave|stay away|hold off|wait|until|without|careful|only|nothing|nobody|no one)\b/,
      // "remind me if I don't", "I never asked": the speaker's own doing tells you nothing to avoid.
      // "he never gets any job" tells what happens, not what not to do; "you don't need an airside pass" is not needed, not forbidden.
      require: (_t, n) =>
        (!SPEAKER_DOES_NOT.test(n) || avoidBesidesSpeaker(n)) &&
        (!NOT_REQUIRED.test(n) || avoidBesidesNotRequired(n)) &&
        (!DONT_ASK.test(n) || avoidBesidesDontAsk(n)),
      state: /\bnot to (do|perform|run|touch|take|use|change)\b|\bdon ?t\b|\bdo not\b|(?<!\b(he|she|it|they|which) )\bnever\b|\bavoid\b|\bshould not\b|\bshouldn ?t\b|\bnot (yet|initially)\b|\bhold off\b|\bstay away\b|\bplease (don ?t|do not|never)\b/,
      also: /\b(i d|i would) not (do|touch|run|click|press|restart|retry|change)\b|\bneither should you\b|\byou shouldn t either\b|\b(i|you) (wouldn t|would not|shouldn t) (do|touch|run|click|press|restart|retry|change|apply|delete)\b|\b(wouldn t|shouldn t) ([a-z]+ ){0,2}(in|during) (your|the) first (week|weeks|days?|month)\b|\bnot ([a-z]+ ){0,2}(in|during) (your|the) first (week|weeks|days?|month)\b|\bleave ([a-z]+ ){0,4}alone\b|\bwait (with|until|before)\b|\bnot (on|in) (your|the) first\b|\boff limits\b|\bhands off\b|\bkeep (your hands |away )?off\b|\bonly (after|once) you (have|ve|did|saw|seen|done|watched|shadowed)\b|\b(wouldn t|would not|mustn t|must not) (?!(worry|need|bother|expect|think|say|know|mind)\b)([a-z]+ ){0,3}yet\b|\buntil (you|you ve|you have) ([a-z]+ ){0,2}(watched|seen|shadowed|tried|sat)\b|\bno ([a-z]+ ){0,2}(changes?|deploys?|restarts?|writes?|edits?|releases?)\b.*\b(for now|yet|until you)\b|\buntil you (know|understand|are comfortable|feel comfortable|re comfortable|have seen)\b|\b(first (days?|week|weeks|month)|day one)\b ([a-z]+ ){0,3}no\b/,
    },
  },
  'deployment-rollback': {
    'deploy-steps': {
      state: /\bsteps?\b|\bmerged? (in)?to\b|\bpipeline (runs|triggers|builds|deploys|picks)\b|\bwe deploy (by|via|using|with|through)\b|\b(built|build) and (deployed|deploy)\b|\bpull request\b|\bhelm (upgrade|install)\b|\bpromot\w+ to\b|\bfirst\b.*\bthen\b/,
      also: /\bhit deploy\b|\b(open|raise|create) (a|the) (pr|mr|merge request)\b|\b(syncs?|promotes?|deploys?|rolls?) (it|them) (out )?to (staging|prod|production|dev|test|qa|uat|live)\b|\bbuilds? the (image|container|artifact|artefact|jar|bundle|package)\b|\b(export|import|copy|upload|push) (the|it|them) ([a-z]+ )?(to|on|onto|into) (the )?(prod|production|live|server|box)\b|\b(goes|go|is deployed|are deployed|ships?|rolled out) (out )?(through|via) (the |a |our )?[a-z]+|\bpipeline (applies|ships|pushes|releases|rolls|promotes|syncs)\b|\bmerge (it|them|that)\b|\b(tag|cut|create) (a|the) (release|tag|version)\b|\bbump (the )?([a-z]+ )?(version|tag|image|chart)\b|\b(kubectl|terraform|atlantis|helm|argo ?cd) (apply|sync|upgrade)\b|\b(then|and then|after that|next) (you|we|it|the pipeline) (merge|build|push|deploy|tag|run|release|promote|apply|sync|approve|click|trigger)\w*\b|\b(you|we|i) merge (in|on) (main|master|trunk|develop)\b|\b(it|then it) (deploys|goes|is deployed|gets deployed|ships) (on|to|into) (staging|stage|prod|production|dev|test|qa|uat|live)\b/,
      alsoAsk: /\bhow do (changes|things|releases|fixes) (go|get) (out|live|to prod)\b|\bhow (do|does|did) (we|you|i|it|one) (deploy|release|ship|roll out|get (it|changes|code) (out|to prod|to production|live))\b|\bhow (is|are) (it|this|changes|releases) (deployed|released|shipped)\b/,
    },
    trigger: {
      state: /\btrigger (type|is)\b|\b(auto|automatic|automatically|manual|manually)\b.*\b(prod|production|staging|non prod|dev|qa|uat)\b|\b(prod|production|staging|non prod|dev|qa|uat)\b.*\b(auto|automatic|automatically|manual|manually)\b|\bpipeline triggers automatically\b/,
      also: /^(?=.*\b(prod|production|staging|stage|dev|qa|uat|test)\b)(?=.*\b((on|after) (every|each|a) (merge|commit|push|tag)|by hand|button|approval (gate|step)|someone (clicks|approves|presses|starts|runs)|on a schedule|scheduled|cron|nightly|continuous(ly)?|on (a |every |each )?(git )?(tag|release)s?|when (we|you|someone) (merge|tag|push)|itself|approv\w+|change requests?|change tickets?|any ?time|yourself)\b)/,
      require: (_t, n) => !/\brollback trigger\b|\btrigger (a |the )?rollback\b/.test(n),
    },
    'deploy-window': {
      state: /\b(the )?window (for|in|on) (production|prod|live|releases?|deploys?|deployments?|changes) (is|s|are)\b|\b(deployment|deploy|release|change|prod|production|maintenance) windows?\b|^((so|and|usually|normally) )*(we|you) (only |usually |normally )?(do|go) (it |them |that |this )?(only )?on (mon|tues|wednes|thurs|fri)days?\b|^((so|and|but|well|yeah) )*(prod|production|live)( deploys?| releases?| changes?)? (is|are|goes|go|happens?) (only )?(on )?(mon|tues|wednes|thurs|fri)days?\b|\b(deploy|release)\w* ([a-z]+ )?(only )?(on|during|outside|between|after|before|in the (morning|afternoon|evening)|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays?)\b|\boutside (of )?(peak|business)\b|\bonly (deploy|release)\b|\bno deploys? on\b|\bnever (deploy|release) (on|after|before|during)\b|\b(the|our) window (is|s|are) (usually |normally |always )?(on |between |from |after |before )?((mon|tues|wednes|thurs|fri|satur|sun)days?|evenings?|mornings?|afternoons?|nights?|weekdays?|\d)/,
      // "we only apply on tuesday to thursday mornings", "releases go out on wednesdays"
      also: /^(?=.*\b(deploy\w*|releas\w*|apply|applies|ship|ships|shipped|push|merge|press|click|trigger|roll out|rollouts?|go live|goes live|go out|goes out|do (it|them|that|releases|deploys|changes|prod|production|live))\b)(?=.*\b((mon|tues|wednes|thurs|fri)days?|weekdays?|mornings?|afternoons?|business hours|office hours|working hours|(first|last|second) week|before (noon|lunch|\d+)|after (the )?(stand ?up|lunch|\d+)|(any|every) (working|business) day)\b)(?=.*\b(only|always|never|not|no|usually|normally|on|during|between|outside|before|any)\b)(?!.*\b(every|each) (merge|commit|push)\b)/,
      // "when do you usually push changes?": the answer is the window.
      alsoAsk: /\bwhen (do|does|can|should|would) (we|you|i|they|people) (usually |normally |typically )?(deploy|release|push|ship|roll out|apply|go live|do (releases|deploys|deployments|changes)|make changes)\b|\bwhen (are|am) (we|you|i) (allowed|supposed|meant) to (do (that|it|this|them)|deploy|release|push|ship|apply)\b|\bwhen (is|are) (a )?(deployment|deployments|deploying|deploys?|releases?|releasing) (allowed|ok|okay|possible)\b|\b(what|which) (days?|times?|hours?) (do|does|can|should) (we|you|i) (deploy|release|push|ship)\b/,
      strip: /^(the )?(deployment|deploy|release) window is /,
    },
    'pre-checks': {
      state: /\bpre deploy(ment)?\b|\bbefore (you |we )?(deploy|release|ship|merg)\w*\b|\bpre ?checks?\b|\bpre flight\b|\bpreflight\b|\bbefore (prod|production|live|promoting|the promotion)\b.*\b(check|verify|make sure|confirm|test)\w*\b/,
      also: /^((and|so|then|okay|ok) )?before (you|we) (run|test|validate|lint)\b.*\b(validat\w*|checks?|tests?|lint\w*|dry run|template|diff|plan)\b|\b(the|a|any|each|every) (change|release|version|update|build|flow) (must|has to|needs to|should) (first )?(run|pass|sit|soak|be tested|go through)\b|\b(open|raise|create|push) (a|the) (pull request|pr|merge request|mr)\b.*\b(runs?|run) ([a-z]+ ){0,4}(checks?|tests?|lint\w*|scans?|validation|simulation)\b|\bbefore (you |we |i )?(press|click|hit|trigger|start|kick off) (it|that|the [a-z]+( button)?)\b.*\b(check|verify|make sure|confirm|look)\w*\b|\bbefore (anything|it|something|each|every|any|a|the) ?([a-z]+ )?(goes out|ships|goes live|is released|is deployed|deploy\w*|release\w*|go live|rollout|roll out|apply|sync|upgrade|promotion|cutover|switchover|goes to (prod|production|live))\b|\b(first|beforehand) (check|verify|make sure|confirm)\b|^((so|and|okay|ok|right|first|then) )*before (you|we|i) (start|begin|kick (it )?off|go ahead)\b|\b(tests?|checks?|ci|build|pipeline|lint\w*|scans?) (has|have|must|need|needs|should) (to )?(pass|be green|succeed)\b|\b(green|passing) (tests|build|pipeline|ci|checks)\b|\b(tests?|dry run|checks?|scans?)\b.*\bif (that|it|everything|they|all (of )?(that|it))( s| is| are)? (green|passing|passes|pass|clean)\b|\b(runs?|run) ([a-z]+ ){0,4}(checks?|tests?|lint\w*|scans?|validation)\b.*\b(every|each|the|a) (pull request|pr|merge request|mr|commit)\b|\b(reviews?|review|approves?) the (plan|diff|pull request|pr|merge request)\b|\b(make sure|check|verify|confirm) ([a-z]+ ){0,6}(first|beforehand)\b|\bbefore (you |we |i )?(approve|promote|push|apply|sync|swap|switch|cut over|go (to )?(live|prod|production))\w*\b|\bbefore (that|this|then|doing that|doing so) (you|we) (run|check|test|compare|verify|review|make sure|confirm|look)\w*|\b(verify|check|confirm|make sure)\w*\b.*\bbefore (starting|we start|you start|kicking off|it starts)\b|^((and|so|then|okay|ok) )?before (you|we) (check|make sure|confirm|verify|look)\b/,
      // "what do I check before I approve?"
      alsoAsk: /\b(what|anything) (do|should|must|would|can) (i|we|you) (check|verify|look at|make sure( of)?) before\b/,
    },
    'post-validation': {
      state: /\bpost deploy(ment)?\b|\bafter (you |we |the )?(deploy\w*|release|ship|rollout|switch|cutover|merge)\b|^((and|so|then) )*after (that )?(you|we) (watch|check|verify|confirm|monitor|make sure|look at)\b|\bsmoke tests?\b|\bpost (release|checks?)\b|\bvalidat\w+ (that|the deploy)\b|\bwatch (the )?([a-z]+ ){0,4}(dashboard|metrics|graphs?|runs?|logs|alerts|alarms?)\b/,
      // Watching and checking with no "after" count only when nothing says they come "before".
      also: /^((and|so|then) )*after (it s|it is|it has|it goes|the deploy s|the deploy is|the deploy has|the release is) (out|live|deployed|done|gone out|gone live)\b|\bafter (a|an|the|each|every) ([a-z]+ )?(deploy|deployment|release|rollout)\b.*\b(watch|check|look|monitor|verify|confirm|spot check)\w*\b|\bafter (prod|production|live|go live|staging)\b.*\b(watch|check|look|monitor|verify|confirm|test)\w*\b|\bwatch (the )?([a-z]+ ){0,4}(panels?|boards?|error rates?|errors)\b.*\bfor ([a-z]+ ){1,2}(minutes|hour|hours)\b|\b(afterwards|after that|once (it s|it is) (out|live|deployed|released)|once (deployed|released|live))\b.*\b(check|look|watch|verify|confirm|monitor|test)\w*\b|\bafter (the |a |each |every |you |we )?(apply|sync|push|upgrade|migration|go live|promotion|install|switchover)\b.*\b(check|look|watch|verify|confirm|monitor|test|run)\w*\b|^(?!.*\bbefore\b).*(\bkeep an eye on\b|\b(watch|check|look at) (the )?([a-z]+ ){0,4}(dashboards|graphs|charts|error rates?|latency|failure rates?)\b|\b(check|verify|confirm|make sure) (that )?(the )?(new )?([a-z]+ ){0,2}(is|are|looks?) (healthy|green|up|running|serving|fine|ok|okay)\b|\bhealth checks? (pass|are green|go green)\b|\b(watch|monitor|keep an eye on|look at) (the )?([a-z]+ ){0,3}for (half an hour|an hour|a while|a bit|the first|the next|(\d+|one|two|three|five|ten|fifteen|twenty|thirty) (minutes|mins|hours))\b|\b(check|verify|confirm|make sure|see) (that )?(it|they|the [a-z]+|the [a-z]+ [a-z]+) (shows? up|arrives?|appears?|comes? through|lands?|gets? there|turns? up|picks? up)\b|\b(sends?|sending|places?|placing) (a |one )?(test|dummy|sample|synthetic) (result|message|order|transaction|payment|request|booking|record|file|event)\b)/,
      // "and after it goes out?"
      alsoAsk: /^((and|so|okay|ok|then) )*after (it|that|the deploy|the release|the swap|the sync) (goes out|is out|is live|goes live|is deployed|ships|lands)\b|\bwhat (do|should|must) (i|we|you) (check|watch|look at|verify) after\b/,
    },
    'rollback-trigger': {
      // "and when do I decide to roll back?": the answer is the trigger.
      ask: /\bwhen (do|should|would|can|must) (i|we|you) (decide to |choose to |have to |need to )?(roll ?back|revert)\b|\bwhat (makes|triggers) (you|us|a|the) ?(roll ?back|revert)\b/,
      state: /\brollback trigger\b|\b(roll ?back|revert) (if|when)\b|\btrigger(s)? (a |the |to |for )?(a )?roll ?back\b|\bwe roll ?back (if|when)\b|\bif something goes wrong\b.*\broll|\bif\b.*\b(drops?|spikes?|fails?|goes up|increases?|errors?)\b.*\broll ?back\b|^((and|so|but) )*if (?!(you|i|we) (do not|don t|are not|re not|aren t|didn t|did not|have not|haven t|feel|are unsure|re unsure)\b).*\b(you|we|then) (just )?roll ?back\b/,
      // The condition said in other words: "if the block rate jumps ... you roll back", "revert the moment alerts fire",
      // "when the smoke test fails in prod, we roll back"
      also: /\b(when|whenever|once)\b.*\b(drops?|spikes?|fails?|failing|goes up|increases?|errors?)\b.*\b(roll(ing)? ?back|revert\w*)\b|\bif\b.*\b(jumps?|jumped|doubles?|climbs?|breaks?|(go|goes|went) (red|wrong|bad|down|up|over|above|below)|looks? (wrong|bad|off|broken)|is (broken|down|red|unhealthy|worse)|fire|fires|firing|failing|lights? up|complain\w*|higher|lower|worse|above|below|exceeds?|stays?|more than)\b.*\b(roll(ing|ed|s)? ?back|revert\w*|go back)\b|\b(roll ?back|revert)\w* (as soon as|the moment|once|whenever)\b|\bif (the |a |an |our |any |it |they |those |these )?(?!(you|i|we)\b)([a-z]+ ){0,3}(does not|doesn t|do not|don t|isn t|is not|aren t|are not|won t|will not|can t|never|keeps?|keep|grows?|growing|rises?|rising|is missing|are missing|stops?|starts?)\b.*\b(you|we|then|just) (roll(ing)? ?back|revert\w*|swap\w* ([a-z]+ ){0,2}back|switch\w* ([a-z]+ ){0,2}back|go back)\b/,
      strip: /^(the )?rollback trigger is /,
    },
    'rollback-action': {
      state: /\brollback (action|step|command|is done|means|is to|is you|is we)\b|\broll ?back is\b|\brolling back (means|is)\b|\bto roll ?back\b.*\b(run|redeploy|revert|helm|restore|switch)\w*\b|\b(revert|redeploy\w*|restore|deploy) (to )?(the )?(previous|last|prior|healthy|stable|old|merge)\b|\brevert\w* the\b|\bhelm rollback\b|\broll(ing)? back (to|by)\b|\broll(ing|ed)? ?back ([a-z]+ ){1,4}to (the )?(previous|last|prior|old|stable|good)\b|\bswitch (the )?traffic back\b/,
      also: /\b(run|runs|trigger|triggers|start|kick off) the roll ?back (job|pipeline|workflow|script|playbook|task)\b|\b(pick|picks|choose|select) the (previous|last|old|prior|last good) (build|version|release|tag|image|revision)\b|\blast (good|working|known good|healthy|stable) (image|release|version|build|tag|deploy|revision|commit)\b|\b(deploy|push|release|ship|run) (that|the|this|it) ([a-z]+ )?again\b.*\b(previous|last|old|good)\b|\b(move|moves|put|puts|set|sets|sync|syncs|syncing|switch|switches|promote|promotes|point|points|bring|brings|pin|pins|re ?tag|tag) (the )?(previous|last|old|older|prior|earlier|good|stable) (version|release|model|build|image|tag|artifact|container|config|revision|deployment)\b|\bback to (the )?(previous|last|old|prior|stable|good) (version|release|model|build|image|tag|revision)\b|\b(swap|switch|flip|point|repoint) (it|them|everything|traffic|the [a-z]+|the [a-z]+ [a-z]+) back\b|\b(that s|that is) (the|your|our) roll ?back\b|\b(do|run|type|use) (a |the )?[a-z]+ roll ?back (on|of|in|for)\b|\b(goes|go|went) back to the (release|version|build|deploy|deployment|image|revision) (before|from before)\b/,
      strip: /^(the )?rollback action is /,
    },
    'rollback-approver': {
      state: /\broll ?back\b.*\b(approv\w*|sign\w* off|decid\w*|without asking|on their own|permission|authori[sz]\w*|make (that|the) call)\b|\b(approv\w*|decid\w*|authori[sz]\w*|signs? off)\b.*\broll ?back\b|\broll ?back (approver|approval)\b/,
      also: /\broll ?back\b.*\b(he|she|they|who) (says|say|gives|give) (yes|the ok|the okay|the go ahead|the green light)\b|\broll(ing)? ?back\b.*\b(has|have|needs?|must) to (ok|okay|approve|sign off|agree to|say yes to) (it|that|this|them)\b|\broll ?back\b.*\b(the )?(go|go ahead|ok|okay|green light|nod|yes) from\b|\b(must|has to|have to|needs? to|should) (agree|ok|okay|say yes)( with| to| on)? (the |a |any |every )?roll ?back\b|\broll ?back\b.*\bwithout ([a-z]+ ){0,3}(asking|approval|permission|sign ?off)\b|\broll ?back\b.*\b(don t|do not|doesn t|does not|never) (need|have) to ask\b|\b(whoever|anyone|anybody|everyone)( [a-z]+){0,3} can roll ?back\b|\b(on call|lead|manager|owner|engineer|person|whoever|anyone|anybody)( [a-z]+)? (can|may|gets to|is allowed to) (decide|make (that|the) (call|decision)|call it)( (that|it|this))?( [a-z]+){0,2} (alone|on (their|his|her|your) own|by (themselves|himself|herself|yourself)|without (asking|approval|permission))\b|\b(on call|lead|manager|owner|engineer|person|whoever)( [a-z]+)? can decide (that|it)$|\bno (approval|sign ?off|permission) (is )?(needed|required|necessary) (for|to) (a |the )?(roll ?back|revert)\b|\b(don t|do not|doesn t|does not|never) (need|needs|have to get|require) ([a-z]+ ){0,2}(permission|approval|sign ?off|ok|okay|go ahead)\b.*\b(roll ?back|revert)/,
      ask: /\bwho (approves|can approve|decides|signs off|authori[sz]es|can authori[sz]e|okays)\b.*\broll ?back\b|\bwho (approves|authori[sz]es)\b/,
      // "Do I need somebody's okay for a rollback?", "do I need anybody to say yes to a rollback?"
      alsoAsk: /\bwhose (call|decision|job) is (the |a |it to )?roll ?back\b|\b(need|needs|get) (somebody s|someone s|anybody s|anyone s|an|the|a) (okay|ok|approval|sign off|go ahead|permission)\b.*\broll ?back\b|\b(need|needs) (somebody|someone|anybody|anyone) to (okay|ok|say yes|sign off|approve)\b.*\broll ?back\b/,
    },
    'rollback-time': {
      state: new RegExp(`\\b(roll ?back|roll)\\b.*\\b(?<!\\bfor )${NUM} (minutes?|mins?|seconds?|hours?)\\b|\\b(expected|takes?|under)\\b.*\\b(minutes?|mins?)\\b.*\\broll|\\brollback time\\b|\\broll time\\b|^(it|that|this|a rollback|the rollback) takes (about |around |like |roughly |under |less than |maybe )?${NUM} (minutes?|mins?|seconds?)\\b`),
      also: new RegExp(
        `\\bback (on|to) (the )?(old|previous|last|prior|stable)\\b.*\\b${NUM} (minutes?|mins?|seconds?)\\b|\\b${NUM} (minutes?|mins?|seconds?) to (roll|revert|get back|restore|switch back)|` +
          '\\broll ?back\\b.*\\b(instant\\w*|immediate\\w*|seconds)\\b|' +
          // "you redeploy the previous release, it just swaps the symlink back, takes about a minute"
          `\\b(previous|last|old) (release|version|image|build|tag|revision)\\b.*\\btakes? (about |around |maybe |roughly |under |less than )?(a|${NUM}) (minutes?|mins?|seconds?)\\b|` +
          // "rolling back means importing the backup ... that takes about twenty minutes"
          `\\b(rolling|rolled) back\\b.*\\b${NUM} (minutes?|mins?|seconds?|hours?)\\b|` +
          // "from decision to old version serving traffic, around twenty minutes"
          `\\b(old|previous|last good) (version|release|build|image)\\b.*\\b${NUM} (minutes?|mins?|seconds?|hours?)\\b|` +
          // "the on-call decides, and it's back in about ten minutes"
          `\\b(it s|it is|that s|everything s|we re|you re) back (up |online |to normal )?in (about |around |roughly |under |less than )?${NUM} (minutes?|mins?|seconds?)\\b`,
      ),
      // "and how long does a rollback take, roughly?" "thirty seconds"
      ask: /\bhow (long|quick|quickly|fast) (does|would|will|did|do|should|can|is) (a |the |your |that |it )?(roll ?back|revert\w*|rolling back)\b/,
      answeredBy: new RegExp(`\\b${NUM} (minutes?|mins?|seconds?|secs?|hours?)\\b|\\b(instant\\w*|immediate\\w*|seconds|a minute|an hour)\\b`),
    },
  },
  'common-failures': {
    symptom: {
      state: /\b(symptoms?|common (issue|failure|problem)s?|you ll see|you will see|alerts?|errors?|crash\w*|fails?|failing|failed|timeouts?|timing out|stuck|slow|5\d\d|oom|out of memory|latency|backlog|lag|goes down|down|not processing|piling up)\b/,
      also: /\b(sits?|sitting|sat|stuck) there (saying|showing|spinning|loading)\b|\b(show|shows|showed|showing) (as|up as) (unavailable|offline|empty|zero|flat|down|closed|missing|failed|out of stock)\b|\b(stays?|stayed|remains?|remained) (open|stuck|pending|queued|red|offline|locked|grey|gray)\b|\bnever (reaches|reached|gets to|got to|makes it to) (us|the|it)\b|\b(can t|cannot|couldn t|could not) (submit|save|log in|sign in|print|scan|connect|sync|upload|book|pay)\b|\b(fills? up|is full|stall\w*|hangs?|hanging|freez\w*|spikes?|paged|duplicat\w*|not (showing|arriving|sent|delivered|updating|loading)|never (got|get|arrive\w*))\b|\byou (notice|get paged|see)\b|\bgoes red\b|\bcomplain\w*\b|\b(don t|doesn t|do not|does not|never) (go out|arrive|finish|complete|start|show up|come in|load|update)\b|\bstops? (updating|working|sending|processing|responding|consuming)\b|\b(goes|go|went|gone) missing\b|\b[a-z]+ (is |are |s |re )?missing( (after|from|in|on|when|at|again|sometimes|completely)\b|$)|\b(shows?|showing|returns?|returning|gives?|giving|reports?) (zero|nothing|no|empty|blank|wrong|nulls?)\b|\bwhat (you|we|they|people) (see|saw|notice|noticed)\b|\bfrozen\b|\b(stops|stopped|halts|halted|trips|tripped) with\b|\bfalse (stops|alarms|alerts|positives|rejects)\b|\bnot (finish|finished|finishing|arrive|arriving|complete|completing|load|loading|update|updating|start|starting)\b/,
    },
    cause: {
      state: /\b(causes?|caused|because|due to|root cause|reason|happens when|usually (it s|it is|because)|comes from|triggered by)\b/,
      // The condition that brings the failure on: "when SendGrid rate limits us, messages ...".
      // "turned out the signed URLs expired after fifteen minutes", "what's happened is the PAS restarts its interface",
      // "somebody rotated the webhook secret but nobody updated it"
      // "that's Unity Trust changing the columns in their CSV", "..., which is Redis filling up or Horizon falling over"
      also: /^((so|and|usually|normally|nine times out of ten|that one|yeah) )*(that s|that is|thats|it s|it is|its)( usually| always| normally| nearly always| almost always)? ([a-z]+ ){1,3}(changing|filling|running out|dropping|timing out|failing|falling over|expiring|rotating|moving|renaming|sending|locking|restarting|losing|hitting)\b|\bwhich is ([a-z]+ ){1,3}(filling up|running out|falling over|timing out|expiring|dropping|locking|crashing|restarting|hitting)\b|\bturn(ed|s) out\b|\bwhat (s |has |had )?happened (is|was)\b|\b(got|gets|get|is|was) stuck on (a|an|one|the)\b|\bafter (a|the) (failed|bad|broken|partial|half finished|botched|missed) [a-z]+|\b(does not|doesn t|did not|didn t|never) (reconnect|recover|retry|come back up)\b|\b(somebody|someone) ([a-z]+ ){0,2}(rotated|changed|deleted|renamed|updated|moved|dropped|turned off|switched off)\b|\b(key|secret|cert|certificate|token|password|licen[cs]e) (runs out|expires|expired|ran out)\b|^((so|and|also|usually|typically|mostly|sometimes|often) )*(when|whenever|every time|each time|if|once|after) (?!(it|this|that) (happens|occurs)\b)(?!you\b)[a-z]+|\bwith (a|an|the) (missing|wrong|bad|broken|expired|invalid|stale|old|full|corrupt\w*) [a-z]+|\bculprit\b|\b(the )?(big|main|usual|classic|common|typical|biggest|other) (one|thing|failure|problem|issue) (is|s) (when|whenever|if)\b|\b(big|main|usual|classic|common|typical|biggest|other) (one|thing|failure|problem|issue) (is|s) (a|an|the|our) ([a-z0-9]+ ){1,3}(getting|going|running|filling|falling) (slow|full|stuck|out|over|behind|down)\b|\b(the )?(problem|issue) is (that|usually|always|mostly)\b|\bwhat (really |actually )?happens is\b|\b(runs?|running|ran) out of\b|\b(it s|that s|it is|that is) (nearly |almost |pretty much )?(always|usually|mostly|often|normally|typically) (the|a|an|because|when|its|their|our|his|her|[a-z]+ s)\b|\b(after|during) (a |an |the )?(failover|fail over|restart|upgrade|migration|maintenance)\b|\bhappen(s|ed)? (when|whenever|if|because)\b|\b(throttles?|throttled|breaks?|fails?|crashes|crash|times? out|falls? over|falls? behind|gets? stuck|stops?|hangs?|dies|slows? down|backs? up|backing up|backed up|lags?) (when|whenever|every time|each time)\b|\b(and|but|so) (when|whenever|every time|each time|once) (it|they|the [a-z]+|[a-z]+) (expires?|expired|runs? out|fills? up|rotates?|changes?|restarts?|times? out)\b|^(so |and |the )?(number one|first one|top one|(the )?(first|second|third|next|other|main|usual|classic|common|big) (one|thing|failure|problem|issue|classic)|the classic) is ([a-z0-9]+ ){1,12}(so|and then|which means) (you ll|you will|you d|you) (see|get|notice|find)\b|\b(nine|ninety nine|9|99) (times )?out of (ten|10|a hundred|100)\b|\b(usually|mostly|often|typically|always|normally) (after|when) (the |a |an |our |their |someone |somebody )?[a-z]+|\b(if|when|whenever|once) (the |our |their )?([a-z0-9]+ ){1,3}(is|are|gets|get|goes|go|s) (too |very |really )?(slow|down|busy|overloaded|late|full|unavailable|offline|flaky)\b|\bwhen ([a-z0-9]+ ){1,2}(patches|upgrades|restarts|rotates|renames|moves|changes|updates|reboots)\b|\b(throwing|throws|chokes?|choking|trips?|tripping) (on|over)\b|\btoo many (requests|connections|calls|messages|files|sessions)\b|\b(hits?|hitting) (the |a |our |its |their )?([a-z]+ )?(quota|rate limit|limit|ceiling|cap)\b/,
      // "So what was actually wrong?", "why does it do that?": the answer gives the cause.
      ask: /\bwhat (was|is|s) (actually |really |then )?(wrong|broken|going on|the (cause|reason|root cause|problem))\b|\bwhy (did|does|do|would|was|is) (it|that|this|they)\b|\bwhat caus(ed|es) (it|that|this|them)\b/,
    },
    fix: {
      state: /\b(fix(ed|es)?|resolv\w+|solution|restart\w*|workaround|remed\w+|to recover|mitigat\w+|clear(ing)? the|rerun|re run|bump|increas\w+ the|validat\w+ the|redeploy\w*|roll back|rotate|renew\w*|scale up|purge|replay)\b/,
      also: /\bclear(ing)? (the|out|old|up|down)\b|\bcleared\b|\bdelet\w+ (the )?old\b|\b(gets|get|brings?|bring) it (going|back|working|running)\b|\b(fixes|solves) it\b|(^((so|then|and|just|first|usually) )*|\b(you|we|just|then|to|can|should|must) )(bounce|kick|re ?trigger|re ?queue|requeue|re ?send|resend|re ?publish|re ?push|re ?sync|re ?join|re ?load|unlock|unblock|fail ?over|reboot|reprocess|re ?process|reindex|re ?index|re ?import|top up|give|add)\b(?! (more|another|a second|an extra|a bigger|the same) (load|traffic|data|work|rows|messages|events|requests)\b)|\bgoes away\b|\bsorts? itself out\b|\bwhat you do is\b|\b(run|rerun|re run) the ([a-z]+ ){0,2}script\b|\b(it|they|that) (then )?(recovers?|catches up|catch up)\b|\bthe way out\b|\bwhat helps\b|\b(you|then|just|so) (run|rerun|re run|start|restart|kick off|trigger) the ([a-z]+ ){0,3}(script|playbook|job|command|runbook)\b|\b(start|run|rerun|re run|trigger|kick off) ([a-z]+ ){1,4}(by hand|manually)\b/,
      // "Okay, and how'd you fix it?": the answer gives the fix.
      ask: /\bhow (d|did|do|would|could|can|should) (you|i|we) (fix|solve|sort|resolve|recover|get (it|them) (back|going))\b|\bwhat (s|is|was) the (fix|workaround)\b|\bhow (is|was|do you get) (it|that) (fixed|solved|sorted|resolved)\b/,
    },
  },
  'bad-windows': {
    'avoid-period': {
      state: /\b(freeze|blackout|avoid(ed)?|no ([a-z]+ )?(deploys?|deployments?|changes|releases)|don ?t (deploy|release|change)|do not (deploy|release|change)|never (deploy|release|change)|peak|month end|quarter end|year end|end of (the )?(month|quarter|year|day)|black friday|cyber monday|holidays?|christmas|audit|(mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|evenings?|nights?|nightly|midnight|eod|payroll|tax (day|season)|sales events?|campaigns?|high traffic|during this time|last ([a-z]+ )?(week|weeks|day|days) of|quarter|release day)\b/,
      // A period is avoided only when the sentence says so, or answers with the period itself.
      // A clock time said as the period: "nothing gets changed between 10 pm and 3 am".
      // or a month as the whole answer: "March, full stop, from the first of March to the middle of April".
      also: /\b\d{1,2} ?(am|pm)\b|\bo clock\b|^((so|and|oh|well|okay) )*(january|february|march|april|june|july|august|september|october|november|december)\b/,
      require: (_t, n) =>
        PERIOD.test(n) && !NO_WINDOW.test(n) && (AVOID.test(n) || (PERIOD_FIRST.test(n) && !CHANGES_HAPPEN.test(n) && !PERIOD_STORY.test(n) && !MEETING_TIME.test(n) && !ONLY_BUSY.test(n))),
      alsoAsk: /\b(times?|when|days?|periods?|windows?)\b.*\b(shouldn t|should not|not|never|avoid|don t|can t)\b.*\b(push|deploy|change|release|touch|ship|merge)\w*|\bbad (times?|days?|windows?)\b/,
      answeredBy: PERIOD,
    },
  },
  'danger-zones': {
    'do-not-touch': {
      state: /\b(don ?t|do not|never|should not|shouldn ?t|must not|not to)( ever)?( bulk| mass| manually| directly| just)? (touch|change|modify|edit|delete|run|restart|scale|apply|drop|force|update|rerun|flush|rotate|regenerate)\b|\b(is|are) (dangerous|risky|off limits)\b|\bthe (dangerous|risky|scary) (one|ones|part|thing|bit)\b|\bnot touch\b|\bhands off\b|\bstay away\b/,
      ask: /\bthings? i (must|should|mustn t|shouldn t|can t|cannot) (never |not )?(touch|break|change)\b|\b(mustn t|must not|shouldn t) (really )?break\b|\bnot allowed to touch\b|\b(what|anything) (gets|could get|would get|will get) (you|me|us) (in|into) ([a-z]+ )?trouble\b|\b(what|which|anything)\b.*\b(not|never|shouldn t|should not|mustn t|must not) (ever )?(touch|change|do)\b|\bshould i (never|not)\b|\b(what|which|anything)\b.*\b(stay|keep) away from\b|\b(not|never) (want|like) (you|us|me|anyone|anybody|people|them) (touching|changing|to touch|to change)\b/,
      // "number one is the QR signing key", "the ward mapping table is the big one": the danger items counted out.
      also: /^((and|so|well|yeah|yes|okay|ok) )*(number (one|two|three|four)|the first one|the second one) (is |s )?(the|a|an|our|that)\b|^((and|so|well|yeah|yes|okay|ok) )*((two|three|four) things )?(the )?(first|second|third|fourth|fifth|other)( one)? (is |s )(the|a|an|our|that)\b|^((and|so) )*(first|second|third|fourth|fifth|firstly|secondly|thirdly) (the|our|a|an)\b|^((so|well|yes|yeah|okay|ok) )*(two|three|four) things (the|our)\b|\bis the big one\b|\b(the )?(scariest|most dangerous|riskiest) (thing|part|bit|table|job|button|one)\b|\b(nobody|no one) (ever )?(touches|changes|edits|modifies|deletes)\b|\bleave ([a-z]+ ){0,4}alone\b|\b(never|don ?t|do not|must not|should not|shouldn ?t) (ever )?[a-z]+ (or|and) (touch|change|modify|edit|delete|clear|drop|update|rename|reorder|move|remove|truncate|overwrite) (the|that|this|those|these|any|it)\b|\bkeep (your hands |away )?off\b|\b(never|don ?t|do not|must not|should not|shouldn ?t) (ever )?(?!(worry|forget|hesitate|be|get|know|think|need|have|mind|wait|expect|panic|ask|tell|say|see|look|notice|care)\b)[a-z]+ (the|that|this|those|these|any|anything|it)\b/,
    },
    why: {
      state: /\bbecause\b|\bcan (cause|break|impact|lead|take down|corrupt|wipe|delete|lose|lock)\b|\bwill (cause|break|take down|impact|corrupt|wipe|delete|lose)\b|\b(as|since) it (can|will|may|could)\b|\brisk\b|\boutages?\b|\bdata loss\b|\birreversible\b|\bif (you|a|an|the|it|they|someone|somebody|anyone|that|this|one)\b|\b(breaks?|nobody can|lock (everyone|everybody|people) out|contract issue|invalid|goes red)\b/,
      // "running it twice is exactly how you get the double collection", "one copy in the wrong place is a breach"
      also: /\b(exactly |just )?how you (get|end up with|lose)\b|\bis a (breach|data breach|reportable incident)\b|\b(wipes|wipes out|corrupts|takes down|locks out)\b|\bcosts? (about |around |roughly |us |you )*([a-z]+ ){1,3}(pounds|dollars|euros|quid|grand)\b|\b(and|but) worse\b|\b(takes|took) (hours|days|weeks)\b|\bcharges real (cards|customers|money)\b|\byou (ve|have|ll|will) (moved|lost|broken|wiped)\b|\bthe reason (is|being)\b|\b(that s|that is|this is) why\b|\bone (mistake|typo|slip|wrong move) and\b|\bone (wrong|bad|small|single) (click|change|command|line|typo|mistake|edit|value|step|digit|number|character|flag|setting|key|row|record|entry|field|address)\b|\bthe (whole|entire) [a-z]+( [a-z]+)? (goes|points|is|gets|breaks|stops|dies|falls|will|can|would|could)\b|\b(would|could|might|may) (break|take down|corrupt|wipe|delete|lose|lock|cause|kill|stop)\b|\b(points?|goes|routes?) nowhere\b|\b(can|could|will|would|might|may) (drop|remove|overwrite|wipe|erase|kill|block|cut|destroy|reset|duplicate|double|disconnect|expose|leak|stall|crash|purge|flush|invalidate|revert|undo)\b|\bno (undo|way back|going back)\b|\bcan t be (undone|reverted|recovered)\b|\b(does not|doesn t|won t|will not) (see|know about|notice|track) (it|that|this|them)\b|\b(drifts?|out of sync)\b|\b(changes?|affects?|hits?|impacts?) ([a-z]+ ){0,3}(real|live|actual|paying) (customers|users|money|bills|patients|people|orders|payments)\b|\bregulators?\b|\bregulatory\b|\b(legal|patient safety|safety|compliance|regulatory|licen[cs]e|licensing) (thing|issue|matter|risk|requirement|problem)\b|\bso (an|any|a|one) (edit|change|mistake|typo) ([a-z]+ ){0,2}(changes|breaks|deletes|wipes|corrupts|moves|affects|rewrites)\b|\b(it |that |which )?(recreated|recreates|dropped|drops|wiped|wipes|deleted|deletes) the (whole )?(database|db|cluster|table|tables|bucket|instance)\b/,
    },
    approver: {
      // "the medical director signs every rule change", "any change to that file is agreed with Brendan"
      state: /\bapprov\w+|\bsign off\b|\bsign(s|ing)? (it |that |this |them |those )?off\b|\bpermission (from|of)\b|\bask\b.*\bbefore\b|\bonly with (the |our |a |an )?([a-z]+ ){0,3}[a-z]+ s (ok|okay|sign ?off|permission|blessing|go ahead|say so|agreement|consent)\b|\bchange advisory\b|\bcab\b|\bemergency only\b|\bsigns? (every|each|all|any) ([a-z]+ )?(change|changes)\b|\b(change|changes) ([a-z]+ ){0,4}(is|are|has to be|have to be|must be|gets|get) (agreed|signed off|cleared) (with|by)\b/,
      // "the approvals and checks on the prod environment, don't edit them": approvals are the thing not to touch.
      require: (_t, n) => !APPROVALS_UNTOUCHED.test(n),
      ask: /\bwho (approves|can approve|has to approve|needs to approve|must approve|signs? off|has to sign off|decides|gives the go ahead)\b|\bwhose (approval|sign ?off|ok|okay)\b/,
      // "Who has to say yes if I do need to change either of them?"
      alsoAsk: /\bwho (has to|must|needs to|should|would|will) (say yes|give the ok|give the okay|okay it|ok it)\b|\bwho (signs|says) (it |that |this )?(off|yes) (if|when|before)\b/,
      // "any change there is Mags Okafor's call", "need the service engineer and Colm to both agree"
      also: /\b(need|needs|get|gets|have|has|must get) the (go|go ahead|green light|ok|okay|blessing|nod) (of|from)\b|\b(is|s) ([a-z]+ ){0,2}(?!(your|my|our|their|the|a|an|his|her|its|judgement|judgment|phone|conference)\b)[a-z]+ s (call|decision|sign ?off)\b|\bneeds? ([a-z]+ ){1,8}to (both )?(agree|approve|sign (it )?off|say yes)\b|\bwithout ([a-z]+ ){0,3}(saying yes|ok|okay|sign ?off|signing off|approval|consent|permission|go ahead|blessing)\b|\bwithout ([a-z]+ ){1,8}saying$|\b(have|has|need|needs) to (both )?say yes\b|\bunless ([a-z]+ ){1,8}(have|has) (both )?(said( yes)?|agreed|signed (it |that )?off|approved|okayed|given the (ok|okay|go ahead))\b|\bboth have to say yes\b|\bwithout ([a-z]+ ){1,6}(signing|sign) (it|that|this|them) off\b|\b(has|have|needs?|must) (to )?be signed off\b|\bsigned off by\b|\b(needs?|requires?|must get) ([a-z]+ ){0,5}(ok|okay|yes|go ahead|blessing|sign ?off)\b|\bsigns? (it|that|this|them|those) off\b|\b(needs?|requires?|must (get|have)|has to (get|have)) (the |a |an |your |our )?([a-z]+ ){0,2}(head|lead|manager|director|owner|cto|vp|architect|cab|committee|board|four eyes|second pair of eyes)\b(?! time\b)|\bonly (the )?([a-z]+ ){0,2}(lead|manager|head|owner|director|architect|admins?|dba|on call) (can|may|is allowed|are allowed|does|do)\b|\b(check|talk|speak|clear it) with ([a-z]+ ){1,3}(first|before)\b|\b(final say|last word)\b|\bsigned by\b|\bunless (it s |it has |it )?(come|gone|been) through\b|\b(needs?|requires?) ([a-z]+ ){1,4}to (agree|approve|sign it off|sign off|say yes|ok it|okay it)\b|\b(needs?|requires?) ([a-z]+ ){1,8}(both of us|in writing)\b|\b(comes?|goes?|has to (come|go)|must (come|go)|needs? to (come|go)) (to|through|past|by) (me|us|him|her|(?!(the|a|an|it|prod|production|live|staging|test|dev|main|review|ci)\b)[a-z]+( [a-z]+)?) first\b|\b(needs?|requires?|must (get|have)|has to (get|have)) (the )?([a-z]+ ){0,2}(officer|ciso|cfo|cio|cto|ceo|dpo)\b/,
    },
  },
  'ownership-escalation': {
    'owning-team': {
      state: /\bowned by\b|\bown(s|ing)? (team|the)\b|\bowners? (is|are)\b|\b(team|squad) owns\b|\bowning team\b|\bbelongs? to\b|\bwe own\b/,
      also: /\bsits? (in|under|with|inside) (the )?([a-z]+ ){0,4}(team|squad|group|department|directorate|unit)\b|\bownership\b.*\b(team|squad|group|department|committee|board|unit)\b|\bowner (team|squad|group) (is|are)\b|\b(it s|its|it is|that s|that is) us (the|our) ([a-z0-9]+ ){0,3}(team|squad|group|department)\b|\b(we re|we are) in (the|our) ([a-z0-9]+ ){0,3}(team|squad|group|department)\b|^((so|and|well|yeah|yes) )*(we re|we are) ([a-z0-9]+ ){1,2}(engineering|platform|operations|ops|digital|infrastructure|infra|sre|devops)\b|^((so|and|yes|well) )*(the )?(owning )?team is (the |our )?(?!(not|on|in|at|a|an|very|quite|really|pretty|small|big|busy|tiny|new|great|good|fine|stretched|short|just|only|me|you|us|them|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[a-z]+|\b(it s|it is|that s|that is|we are|we re) (the|our) ([a-z0-9]+ ){0,3}(team|squad|group|department)\b|\b(team|squad|group|department) (looks after|look after|maintains|runs|is responsible for)\b|\b(sits|lives) with (the|our) ([a-z0-9]+ ){0,4}(team|squad|group|department)\b|\b(that s|that is|it s|it is) [a-z]+ s (team|squad|group|department)\b|\b(maintained|managed|run|operated|supported|looked after) by (the |our )?([a-z0-9]+ ){0,3}(team|squad|group|department|us)\b|\b(team|squad|group|department|committee) (which|that|who) (is|s) (us|me)\b|^((so|and|well|oh|yeah|yes) )*(it s|it is) us [a-z]+|\bwho owns (it|this|that)( [a-z]+)? (the|our) ([a-z0-9]+ ){0,3}(team|squad|group|department)\b|\b(it s|it is|the system is|the service is|the platform is|this is) (all )?ours\b/,
      alsoAsk: /\bwho ((officially|actually|really|formally|then) )?owns\b|\bwho (is|will be) the ((official|actual|new|real) )?owner\b|\bwhich team ((officially|actually|really|then) )?(owns|is responsible|will own)\b/,
      // "it was on the revenue team but that team got folded in the reorg": no team owns it now.
      require: (_t, n) => !TEAM_GONE.test(n),
    },
    contact: {
      // Whom to ask day to day; a channel said only for incidents is the escalation path.
      // An "on-call" is the escalation path, not someone to ask.
      // "it used to be me", "we used to have an account manager": who it was, not whom to contact now.
      require: (_t, n) => (CONTACT_ROUTE.test(n) || PERSON_UP_THE_PATH.test(n) || (CONTACT_CHANNEL.test(n) && !INCIDENT_ONLY.test(n) && (!ALERTS_CHANNEL.test(n) || CHANNEL_TALK.test(n)))) && (!CONTACT_IN_THE_PAST.test(n) || NOW_SAID.test(n)),
      alsoAsk: /\bwho (do|should|can|would) (i|we) (go|talk|turn|ask|call|ping|reach|contact|escalate|ring|phone|shout for|shout at|wake up)\b|\bwho do i (go|talk) to\b/,
      also: /\b(team lead|tech lead|engineering manager|product owner|main contact|main person|main people) (is|are|s) (?!(on|away|off|out|busy|not|also|still|leaving|going|new|in|at|sick|gone)\b)|\b(you|just|then) go to [a-z]+ (in|from|on) (the|our) ([a-z]+ ){0,3}team\b|\bfirst stop\b|\bdrop (a|them|him|her|us) (message|line|note)\b|\bwrite to\b|\bdm\b|\b(with|to|via|through|call|ring|ask|contact|email|ping) (the |our )?(service|help|support|it) ?desk\b|\b(he s|she s|he is|she is|they re|they are|that s|that is) (who|the one|the person) (you d|you would|you should|you|to) (go to|ask|call|ring|talk to|ping)\b|^(anything|everything|questions?|stuff|things|requests?) (about|on|with|around|for|to do with) .*\b(goes|go|should go) to\b/,
      state: new RegExp(`${PERSON_UP_THE_PATH.source}|${/\bcontact\w*\b|\breach out\b|\bping\b|\bcall\b|\b(you|just|then|we|i|to) (ring|phone)\b|\bpoint of contact\b|\bgo to person\b|\btalk to\b|\bask\b|\bquestions (go|goes|should go) to\b|\bfor [a-z]+ questions\b|\bchannel\b|\bslack\b|\bemail\b|\bday to day (you )?go to\b/.source}`),
    },
    'escalation-path': {
      undoneByUnknown: true,
      disowned: PATH_DISOWNED,
      state: /\bescalat\w+\b|\bon call\b|\bpagerduty\b|\bopsgenie\b|\bslack channel\b|\s#[a-z]/,
      also: /\bif (nobody|no one) (fixes|solves|sorts|answers|picks up) (it|that|this)\b.*\b(calls?|rings?|phones?|pages?|goes to|escalates? to)\b|\bif (you|he|she|they) (do not|don t|does not|doesn t) (pick|pick up|answer)\b.*\b(calls?|rings?|phones?|pages?|goes to)\b|\bposts? (it )?in the ([a-z0-9]+ ){0,4}(group|channel)\b|\bif (it is|it s|its|there is|there s) (a |an )?(p1|p one|sev ?1|sev one|severity one|priority one|major incident)\b|\b(ring|rings|call|calls|phone|phones|text|texts) ([a-z]+ s|her|his|their|my|the|your|our) (mobile|phone|cell)\b|\b(call ?out|on call|out of hours) (number|phone|line)\b|\balerts? (from [a-z]+ )?(go|goes|land|lands|are sent|get sent) (to|in|into) (the |a |our )?([a-z]+ ){0,3}(space|channel|room)\b|\b(gets|get|takes) the (call|page)\b|\bpost in (the|our) ([a-z0-9]+ ){0,4}channel\b|\b(page|pages|paged|paging|wake|wakes) (up )?(the|whoever|someone|somebody|me|him|her|them|us)\b|\b(does not|doesn t|don t|do not|didn t) (answer|respond|pick up|ack|acknowledge)\w*\b.*\b(goes|escalates|moves|passes|rolls) (up )?to\b|\b(incident|duty) (manager|commander|lead|phone)\b|\b(out of|after) hours\b|\bif (you re|you are|you get|it s|its|it is|they re|they are) (still )?(stuck|blocked|not fixed|unsure|out of ideas)\b.*\b(goes|go|escalate\w*|calls?|rings?|asks?|talks? to|pages?)\b|\b(carries|carry|has|holds|hold) the (phone|pager)\b|\bif (you|we) (can t|cannot|can not|don t|do not) (fix|solve|sort|resolve) (it|that|this)\b.*\b(goes|go|escalate\w*|call|ring|page|hand)\b|\bafter (her|him|them) (it goes )?to\b|(?<!\b(nobody|no one|nothing|none) )\b(above|over) (me|him|her|them) (it s|it is|is|it goes to|you go to)\b/,
      // "No, no on-call, we only watch in working hours" says there is no path; "no on-call,
      // except in payroll week" gives one.
      // Nor does talk in a sentence that says so: "there's no real on-call, the teachers just ring my mobile, and Helen will sort out a path".
      require: (_t, n, whole) =>
        ((!NO_ESCALATION.test(n) && !(NO_ESCALATION.test(whole) && !BUT.test(whole))) || EXCEPTION.test(n)) && !ENDS_WITH_ME.test(n) && !(HEDGED_ON_CALL.test(n) && UNCHECKED.test(n)) && !PATH_UNDECIDED.test(whole) && !PATH_DISOWNED.test(whole),
    },
  },
  'first-30-days': {
    'weekly-plan': {
      periods: PLAN_PERIOD,
      reaches: PLAN_REACHES,
      unfinished:
        /^((and|so|but|okay|ok|honestly|then|yeah) )*(after (that|this)|the rest( of (it|the month))?|(for )?(the )?weeks? (three|four|3|4)( and (four|4))?|(the )?(third|last) (and (fourth|last) )?weeks?)\b.*\b(don t know|not sure|no idea|decide|sort (that|it|this|them|the rest) out|(hadn t|had not|haven t|have not|didn t|did not) (got|get|gotten) (that|this|so) far|up to (you|him|her|them)|leave (it|that|them)|will (do|plan|sort)|ll (do|plan|sort)|figure (it |that )?out|(haven t|have not|hasn t|has not|not) (yet )?(planned|decided|thought about)|(didn t|did not|never|haven t|have not) (make|made|write|written|wrote|do|done|did) (a |any )?(plan|schedule)|(are|is) (still )?(open|empty|blank|undecided)|see how (you|it|we|things) go|we ll see|we will see|let s see|depend(s|ing)? (on|of))\b|\bafter that\b.*\b(going to|gonna|will|ll) (sort|work|figure|plan) out (the rest|it|that|them|the other weeks)\b|\b(go|will|ll|going to|gonna|has to|have to|can|should|must|wants to) (plan|sort out|figure out|work out|decide|fill in) the rest\b|^((and|so|but|what about|how about) )+(the )?(weeks? (three|four|3|4)( and (four|4))?|the rest( of (it|the month))?|after that)$|\b(you ll|you will|we ll|we will) (see|do|sort|plan) (it|that|this|them|the rest) with (?!(me|us)\b)[a-z]+\b/,
      state: /\bweek (one|two|three|four|1|2|3|4)\b|\b(first|second|third|fourth|1st|2nd|3rd|4th|last|next) weeks?\b|\bweeks? \d\b|\bby (day|week) \d+|\bday (thirty|30)\b|\b(thirty|30) day\b|\bfirst month\b/,
      also: /\bweeks (one|two|three|four|1|2|3|4)\b|\b(first|second|next) (fortnight|two weeks|couple of weeks|few weeks)\b|\bby the end of (the |your )?(first |second )?(week|month|fortnight)\b|\b(first|second|third|fourth|next) sprint\b|\bafter (one|two|three|four|a|the first) weeks?\b|\bthe week after\b/,
    },
  },
  'open-responsibilities': {
    tasks: {
      state: TASK_STATE,
      also: /\bhalf (built|done|finished|way|implemented|migrated|written|through)\b|\bhalfway\b|\b(partly|partially|mostly) (done|built|finished|implemented|migrated)\b|\bjust an idea\b|\b(an idea|a draft|a prototype|a proof of concept|a poc|a spike) for now\b|\b(works|working|running|live) (only )?in (staging|dev|test|qa)\b|\bnot (yet )?(started|begun|built|finished)\b|\b(stuck|parked|stalled|abandoned|just started|barely started|almost there|nearly there|close to done)\b|\bneeds? (a )?review\b|\bopen (pr|pull request|merge request|ticket)\b|\b(is|are|s|re|still|currently|now) in (test|testing|staging|qa|uat|homologation|pilot|beta)\b(?<!\b(everything|anything|all|changes|code) [a-z]+ in [a-z]+)|\b(prod|production|live) (is |still )?not yet\b|\bnot yet (in|on) (prod|production|live)\b|\b(started|began|begun) (it |that |this )?but\b|\bhalf [a-z]+ed\b|\b(sitting|sits|is|s|are|lives?|still) in a ([a-z]+ )?branch\b|\b(nobody has|no one has|nobody s|not yet|never been|hasn t been|has not been|isn t|is not|but not) (yet |ever )?(merged|applied|deployed|released|rolled out|switched over)\b|\bwritten but not\b|\bnot (in|on) (uat|staging|prod|production|test|qa|live) yet\b|\b(live|running|working|works) (only )?in (uat|pilot|beta|preprod|pre prod)\b|\bin (staging|uat|test|qa|dev|preprod|pre prod) (but|and) not (in |on )?(prod|production|live)\b|\b(is|s|are|only|just) planned\b|\bnothing (is |has )?(started|begun|been done)\b/,
      // "Open tasks: the Postgres upgrade is in progress" names a task after the generic lead-in.
      require: (text, n) => /\b[A-Z][A-Z0-9]+-\d+\b/.test(text) || !GENERIC_TASKS.test(n) || TASK_NAMED.test(n.replace(GENERIC_TASKS, ' ')),
    },
    'acceptance-rule': {
      // "the app says photo rejected": a thing rejected is not the rule for taking tasks.
      // "if anyone asks you to change the file, say no": refusing a request guards the system, it is no rule for taking work.
      // "and what stays with me" opening a sentence asks, or is cut from one; "whatever you don't want stays with me" is the rule.
      // "and I'm Priya, and I accept the handover": accepting the handover signs it off, it is no rule for tasks.
      // "I never had to refuse anything": what the speaker never did is no rule.
      // "the report is finished and waiting for Ricardo to accept it": a task's state, not the rule.
      require: (_t, n) =>
        (!THINGS_REJECTED.test(n) || PEOPLE_DECIDE.test(n)) &&
        (!REQUEST_REFUSED.test(n) || HANDED_WORK.test(n)) &&
        !ACCEPTS_HANDOVER.test(n) &&
        !NEVER_REFUSED.test(n) &&
        !AWAITS_ACCEPTANCE.test(n),
      // "that's done on acceptance", "the acceptance environment": the stage before production, no rule.
      state: /\b(?<!\b(?:on|in|into|through|from) )(?:accept(?!ance\b)\w*|(?<!\bto )acceptance(?! (?:environment|env|test|tests|testing|stage|server|cluster)\b))\b|\breject\w*\b|\bsay (yes|no)\b|\bdecline\b|\bfree to choose\b|\bpush back\b|\bup to (you|the)\b|\b(you|we|i|they) (can |could |may |are free to )?opt out\b|\brefuse\b/,
      also: new RegExp(
        /\btake it or leave it\b|\b(your|you r) (call|choice|decision)\b|\byou (can )?(decide|choose|pick) (which|what|whether|if)\b|\b(hand|give|send) (it|them|one|any|that) back\b|\bleave (it|them) with me\b|\b(anything|whatever|something|those|ones|if)( [a-z]+){0,3} you (do not|don t|didn t|won t|will not) (want|like|need|take|accept|fancy|pick)\b|\b(anything|whatever|everything|the rest|(?<!^((and|so|but|then|okay|ok) )?)what)( [a-z]+){0,6} (stays?|remains?) with me\b|\brule of thumb\b|\b(it s|it is) (ours|yours|mine) if\b|\bif it s (about|for) ([a-z]+ ){1,6}(it s|it is) (ours|yours|mine)\b|\b(you )?(send|pass|hand|forward) (it|them) (on )?to (the )?([a-z]+ ){0,2}team\b/.source +
          '|' +
          // "the rule we agreed is that ...", "the rule is anything new goes through Ruth first"
          '\\bthe (only )?rule (we (agreed|have|ve got|set|use) )?(is|was)\\b|' +
          // "for anything new, if it touches billing you take it", "anything else goes to the app team"
          '\\b(anything|everything|whatever) (new|else)\\b( [a-z]+){0,12} (you (take|pick up|own|get) (it|them)|goes? (to|through)|(he|she|[a-z]+) decides)\\b|' +
          // "you take anything that's in review, the rest comes back to me"
          '\\byou (take|pick up|get|keep) (anything|everything|whatever|the ones)\\b',
      ),
    },
  },
  'completion-check': {
    criteria: {
      // "and completion check whats the criteria for that i dont think weve got anything": the criteria asked in raw speech, not given.
      require: (_t, n) => !CRITERIA_ASKED.test(n) || criteriaSaid(n.replace(CRITERIA_ASKED, ' ')),
      state: CRITERIA_STATE,
      also: CRITERIA_ALSO,
    },
  },
  'sign-off': {
    // "it's me and you, Tomasz to Aoife", "Priya and Marcus, you both sign the page": both who sign, named by the speakers.
    'outgoing-owner': {
      alsoAsk: /\bwho (signs|will sign|is signing|should sign|is going to sign) (this |it |the handover |that )?off\b/,
      state: /\boutgoing (owner|engineer|person|lead)\b|\bhanding (it |this |[a-z]+ )?over\b|\bsigned by\b|\bi m signing off\b/,
      also: new RegExp(`${/\b(it s |it is )?(me|i) and you\b|\byou and (me|i)\b|\b(you|we) both sign\b|\bwho (gives|signs) it\b.*\bwho takes it\b|\bhand(ed|s|ing)? over from (me|(?!(the|a|an|prod|production|staging|support|ops|dev|test)\b)[a-z]+)\b|\bhandover (of ([a-z]+ ){1,3})?from (me|(?!(the|a|an)\b)[a-z]+)\b|\bas (the )?outgoing\b|\b[a-z]+ outgoing (and )?[a-z]+( [a-z]+){0,3} incoming\b|\b(me|i m|i am)( [a-z]+){1,3} (as )?(the )?outgoing\b|\bi ([a-z]+ ){0,3}(hereby )?hand (it |this |everything )?over\b|\b(me|this is [a-z]+( [a-z]+)?) handing (the|our|my) [a-z]+ over to\b|\boutgoing (owner |engineer |person |lead )?(is|was|will be)\b|\b(previous|old|leaving|departing|former) (owner|lead|engineer)\b|\boutgoing (?!(owner|engineer|person|lead|is|was|will)\b)[a-z]+( [a-z]+){0,5} incoming [a-z]+\b/.source}|${WHO_IS_WHO.source}`),
    },
    'incoming-owner': {
      alsoAsk: /\bwho (signs|will sign|is signing|should sign|is going to sign) (this |it |the handover |that )?off\b/,
      state: /\bincoming (owner|engineer|person|lead)\b|\btaking (it |this )?over\b|\bnew owner\b|\b(?!(who|what|nobody|no one|someone|somebody|anyone|anybody|it|that|this)\b)[a-z]+ (is|s) taking (it|this|[a-z]+)( over| on)?$|\b(?!(who|what|nobody|no one|someone|somebody|anyone|anybody|it|that|this)\b)[a-z]+ (is|s) taking (it|this|[a-z]+)( over| on)? and\b/,
      also: new RegExp(`${/\b(it s |it is )?(me|i) and you\b|\byou and (me|i)\b|\b(you|we) both sign\b|\bwho (gives|signs) it\b.*\bwho takes it\b|\bhand(ed|ing)? ?over (of ([a-z]+ ){1,3})?from (me|[a-z]+)( [a-z]+){0,3} to (?!(the|a|an|prod|production|staging|support|ops|dev|test|it|them|us|me)\b)[a-z]+\b|\bas (the )?incoming\b|\b[a-z]+ outgoing (and )?[a-z]+( [a-z]+){0,3} incoming\b|\b(you|you re|you are)( [a-z]+){1,3} (as )?(the )?incoming\b|\btaking (it |this )?on\b|\bhand(ing|ed|s)? (it |this |everything |it all |[a-z]+ |(the|our|my) [a-z]+ )?over to (you|him|her|[a-z]+)\b|\b(as|is|be) the (incoming|new) one\b|\b(takes|take|will take) (it |this )?over\b|\b(you|he|she) (are|is|re|s) the (incoming|new) (owner|one|lead)\b|\bi (accept|take over|take it over)\b|\b(it s|it is) (all )?yours\b|\byou own it (from|now|as of)\b|\b(receiving|new) (owner|engineer|lead)\b|\bincoming (owner |engineer |person |lead )?(is|will be)\b|\boutgoing (?!(owner|engineer|person|lead|is|was|will)\b)[a-z]+( [a-z]+){0,5} incoming [a-z]+\b|\bhand(ing|ed|s)? over [a-z]+( [a-z]+)? to (?!(the|a|an|prod|production|staging|support|ops)\b)[a-z]+\b/.source}|${WHO_IS_WHO.source}`),
    },
    date: {
      state: /\b(date|dated|today is|as of today|signed (on|today))\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/,
      // "takes over on the fourteenth", "effective tomorrow": a day said as the date it holds from.
      also: /\b\d{4} \d{1,2} \d{1,2}\b|\b\d{1,2} \d{1,2} \d{4}\b|\b(happens|is|done|signed|sign off|signing off|signoff) today\b|\b(on|from|as of|effective|starting) (today|tomorrow|monday|tuesday|wednesday|thursday|friday)\b|\b(on|from|as of|effective|starting) the (\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|twenty [a-z]+|thirtieth|thirty first)( (and|so|then|when|as|because|at|from|is|it|we|you|i|for|with)\b|$)/,
      // The word "date" needs a date beside it: "we still need to pick a date" gives none, and
      // neither does one not set yet ("we haven't set a date, it depends on the thirty day plan").
      // "marco used to but marco left in march": when someone left or joined, not the sign-off's date.
      require: (_t, n) => DATE_VALUE.test(n.replace(SOMEONE_CAME_OR_WENT, ' ')) && !DATE_NOT_SET.test(n),
    },
  },
};

const CRITERIA_ASKED = /\bwhat (s|is|are|re) (the|our|your) criteria( for (that|it|this|the handover|done|complete))?\b/;

const CLAUSE = /[,;]|\b(?:and|but)\b/;
const MIN_CLAUSE_WORDS = 4;
const CONTRAST = /;|\bbut\b/;
/** A clause that only names what is put off: "the thirty day plan, I have not made it yet". */
const BARE_TOPIC = /^((so|and|now|then|okay|ok|the|our|your|a|an) )*([a-z0-9]+ ){0,4}(plan|date|link|list|part|section|topic|bit|thing|stuff|question|doc|document|page)s?$/;
const QUESTION = /\?\s*$/;
/** A statement asking only to be confirmed ("Kasun verified it, no Kasun?", "..., right?") is still a statement. */
const TAG_QUESTION = /,\s*(no|right|yes|yeah|correct|true|isn\u2019?'?t it|wasn\u2019?'?t it|didn\u2019?'?t (he|she|they|we)|ok|okay|eh)(\s+[A-Z][a-z]+)?\s*\?\s*$/i;
/**
 * Raw speech-to-text has no "?": a short unpunctuated sentence that opens like a question
 * ("what do we do when it fails", "ok anything i should absolutely not touch") is one. A long
 * one is more likely the question with its answer run on.
 */
const SPOKEN_QUESTION =
  /^(?!.*[.!]\s*$)(?:(?:and|so|oh and|okay|ok|right|alright|yeah|yep|cool|great|nice|lovely|perfect|brilliant|sweet|sweet as|fair enough|got it) )*(?:(?:whos|who s|who\u2019s|who's|wheres|where s|where's|whats|what s|what\u2019s|what's) [a-z]+(?!.*\b(?:is|are) (?:the|a|an|our|my|your)\b)|(?:what|who|when|where|how|which) (?:[a-z]+ ){0,2}(?:would|should|do|does|did|is|are|am|can|was|were|will|have|has) (?:we|you|they|it|i|he|she|the)\b|(?:what|who|when|where|how|which) (?:would|should|do|does|did|is|are|am|can|was|were|will|have|has)|who (?:uses|owns|approves|decides|runs|handles|maintains|signs)|what about|how about|(?:anything|something) (?:else |(?:[a-z]+ ){1,2}(?=(?:i|we) ))?(?:i|we) (?:should(?:n ?t|n't|n\u2019t| not)?|must(?:n ?t|n't|n\u2019t| not)?|need to|have to|ought to)|(?:is|are|do|does|can|could|should|would) (?:it|there|we|you|i|they|that|this))\b/i;
const SPOKEN_QUESTION_MAX_WORDS = 12;
/** A raw question cut off on a word no sentence ends on ("... like what is safe to"): no answer ran on, up to twenty words. */
const CUT_OFF_RAW = /^(?:\S+\s+){0,19}\S*\b(?:to|the|a|an|of|for|with|and|like|my|your)\s*$/i;
/** Raw speech runs a question into "that is a good question", which answers nothing: still a question however long. */
const GOOD_QUESTION = /\b(that s|that is|thats|it s|it is|a) (a )?(good|great|fair) question\b/i;
/**
 * Raw speech that ends by asking, however long its lead-in ("and if people ask me for new features what do i accept", "if the
 * schools ask me for new stuff can i say no", "in teams and who do i call when it is really bad", "do i take all of these
 * automatically or can i say no to some", "and for these who approves if i must change something", "can i say no to any of them or are
 * they all mine now", "i must take all of them or i can say no for some", "if a pump is down who they call").
 */
const SPOKEN_QUESTION_END = /^(?!.*[.!]\s*$).*\b(?:(?:what|who|whom|how|which|where|when) (?:do|should|can|shall|must|would) (?:i|we) [a-z]+(?: [a-z]+){0,2}(?: (?:when|if) (?:[a-z]+ ){0,5}[a-z]+)?|(?:what|who|whom|how|which|where|when) (?:i|we|you) (?:should|can|must|shall) (?:not |never )?[a-z]+(?: (?!(?:is|was|are|were)\b)[a-z]+){0,3}|^(?:(?:and|so|okay|ok|but) )*if .* (?:can|could|should|shall|may) (?:i|we) [a-z]+(?: [a-z]+){0,2}|\bor (?:can|could|should|do|may|shall) (?:i|we) [a-z]+(?: [a-z]+){0,5}|\bis there (?:a|any) [a-z]+(?: [a-z]+){0,3}|\b(?:when|where|how|what) (?:am|are|is) (?:i|we|you|it|they) (?:going to|gonna) [a-z]+(?: [a-z]+){0,3}|^(?:(?:and|so|okay|ok) )*what s (?:[a-z]+ ){0,4}look like(?: then| now)?|\bor (?:i|we) (?:can|could|should|must|may) [a-z]+(?: [a-z]+){0,3}|\bor (?:is|are) (?:it|they|that|this|these|those) (?:all |just |only |simply )?(?:mine|yours|ours|on me|with me)(?: now| then)?|\b(?:where|who|what) (?:it|that|this|they) (?:goes|go|escalates|goes to|get escalated|gets escalated)(?: (?:then|next|after that|from there|at night))?|\bwho (?:they|he|she|i|we|people) (?:call|ring|ask|contact|phone|page)|(?:what|who|how|which|where|when) (?:can|does|do|would|will|should|could|must) (?:it|this|that|they) (?:not |never )?[a-z]+(?: [a-z]+){0,2}|\bwho (?:approves|decides|signs off)(?: (?:it|this|that|them))?(?: (?:if|when|before) (?:[a-z]+ ){0,5}[a-z]+)?)\s*$/i;

/** A sentence that asks, punctuated or not; its answer is what comes next. */
export function asksSomething(text: string): boolean {
  return (
    (QUESTION.test(text) && !TAG_QUESTION.test(text)) ||
    (SPOKEN_QUESTION.test(text) && (text.trim().split(/\s+/).length <= SPOKEN_QUESTION_MAX_WORDS || GOOD_QUESTION.test(text) || CUT_OFF_RAW.test(text))) ||
    SPOKEN_QUESTION_END.test(text) ||
    CUT_QUESTION.test(text) ||
    ANY_GOTCHAS.test(text) ||
    RAW_ASKING.test(text) ||
    WHO_DECIDES_ASKED.test(text)
  );
}

/**
 * Raw speech asking without a question word first: "you were saying, the stuff I shouldn't touch" brings the
 * talk back to a question; "and how we will know the handover is complete" asks it in the order of a statement.
 */
const RAW_ASKING =
  /^((so|and|okay|ok|right|sorry|also|but) )*(you were (saying|telling me|about to say)\b|(how|when) (we|i|you) (will |would |should |can |do )?(know|tell|decide|say)\b(?!.*[.!]\s*$)|(i|we) (was|were) (going to|gonna|about to|meaning to) ask( you)? (how|what|who|whom|when|where|which|whether|if)\b(?!.*[.!]\s*$))/i;
/** Raw "and who can approve if i really need to change one of those": asking who decides, however long, while no answer runs on. */
const WHO_DECIDES_ASKED =
  /^(?!.*[.!]\s*$)((and|so|okay|ok|right|but|also) )*who (can|must|has to|have to|should|would|will|needs to|is allowed to|gets to) (approve|sign( off)?|decide|ok|okay|say yes)\b(?!.*\b(it s|its|that s|thats|is|was|used to be|would be)\b)/i;
/** Raw "and any gotchas things that are only in your head": asking for the sharp edges, not telling one. */
const ANY_GOTCHAS =
  /^(?!.*[.!]\s*$)(?:(?:and|so|okay|ok|right|also|but|oh) )*any (?:other )?(?:gotchas|tips|tricks|surprises|quirks|sharp edges|war stories|skeletons|landmines|traps|pitfalls|caveats|weird things|odd things|funny things)\b/i;
/** A statement cut off before its answer: "What I wouldn't do in your first couple of weeks is, well..." */
const CUT_STATEMENT = /^[^,;.!?\u2026]*\b(?:is|are|was|were)\b,?\s*(?:(?:well|um|uh|erm|er|hmm|so|like),?\s*)*(?:\.\.\.|\u2026|--?|\u2014)\s*$/i;
/** A question cut off by the answer: "Sorry, and the rollback, is that..." */
const CUT_QUESTION = /(?:^|[,;]\s*)(?:(?:and|so|but|sorry|then)\s+)*(?:is|are|was|does|do|did|can|could|should|would|will|what|who|how|why)\b[^,;.!?\u2026]*(?:\.\.\.|\u2026)\s*$/i;

const TOPIC_FILLER = ['and', 'but', 'the', 'a', 'now', 'next', 'so', 'okay', 'ok', 'then', 'our', 'your', 'part', 'section', 'is', 'of', 'for', 'to', 'on', 'right', 'that', 'this', 'it', 'at', 'night', 'weekends'];
/** "Number nine, ownership and escalation": a section read out by its number in the template. */
const SECTION_NUMBER = /\bnumber (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d+)\b/;
/** Words of each section's title, aliases and field names: a sentence of only these reads out the topic. */
const TOPIC_WORDS: Record<string, Set<string>> = Object.fromEntries(
  KT_DEFAULT_TEMPLATE.sections.map((s) => [
    s.id,
    new Set([s.title, ...s.aliases, ...s.fields.map((f) => f.label)].flatMap((p) => normalizeSpeech(p).split(' ')).concat(TOPIC_FILLER)),
  ]),
);
/** The longest read-out topic: "and the plan for your first month". */
const TOPIC_MAX_WORDS = 8;
function namesOnlyTheTopic(section: string, norm: string): boolean {
  const topic = TOPIC_WORDS[section];
  if (!topic || !norm) return false;
  if (norm.includes('number ')) norm = norm.replace(SECTION_NUMBER, '').trim();
  // Only short sentences can be a read-out title; most are ruled out before any split.
  let spaces = 0;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) if (++spaces > TOPIC_MAX_WORDS - 1) return false;
  return norm.split(' ').every((w) => topic.has(w));
}

/**
 * The title "ownership and escalation" read out ("right, skipping about a bit, owners ship and
 * escalation") names the topic, not an escalation path: it is taken out before the cues are tried.
 * Other titles hold words their fields are said with ("first 30 day ownership plan").
 */
const TITLE_READ: Record<string, RegExp> = { 'ownership-escalation': /\b(owners? ?ship|own ship|owner ship) and escalation\b/g };
function withoutTitle(section: string, said: string): string {
  const title = TITLE_READ[section];
  if (!title || !said.includes(' ')) return said;
  const rest = said.replace(title, ' ').replace(/ {2,}/g, ' ').trim();
  return rest === said ? said : rest;
}

export interface FieldMatch {
  section: string;
  field: string;
  /** true when the sentence only asks for the field; its answer follows. */
  asked: boolean;
}

/**
 * Whether a day-1 field's cue still matches once the words of `weak` are taken out, for
 * words that are only a cue in some sentences.
 */
function day1CueBesides(field: string, weak: RegExp): (norm: string) => boolean {
  const { state, also } = FIELD_CUES['day-1-checklist'][field];
  const cue = anyOfPatterns([state, also]);
  const all = new RegExp(weak.source, 'g');
  return (norm) => cue.test(norm.replace(all, ' '));
}
/** Access spoken of in the sentence, which "read only" may describe instead of an action. */
const READ_ONLY_ACCESS = /\b(is|are|s|re) (all |always |strictly |only |just )?read only\b|\bread only\b.*\b(access|role|roles|permissions?|rights|login|logins|account|accounts|user|users|credentials)\b|\b(you ll need|you need|you will need|gives you|you get)\b.*\bread only\b|\b(access|role|roles|permissions?|rights|login|logins|account|accounts|credentials)\b.*\bread only\b/;
const safeBesidesReadOnly = day1CueBesides('safe-actions', /\bread only\b/);
/** "it's safe" said of the thing itself, as a concession. */
const SAFE_CONCEDED = /\b(it s|it is|that s|that is|they re|they are) (perfectly |completely |totally |technically |actually )?safe\b(?! to\b)/;
const AVOID_SAID = /\b(don t|do not|never)\b/;
const safeBesidesConceded = day1CueBesides('safe-actions', SAFE_CONCEDED);
/** The speaker's own "I don't", "we never decided", "I've never had to ask", or a bare "not yet" in reply: nothing to avoid. */
const SPEAKER_DOES_NOT = /\bi don t\b|\b(i|we)( ve| have)? never\b|^((no|well|so|um|erm|nah) )*not yet\b/;
const avoidBesidesSpeaker = day1CueBesides('avoid-actions', SPEAKER_DOES_NOT);
/** What the newcomer need not have or do: "you don't need an airside pass". */
/** "please dont ask for a better name": a figure of speech, nothing to avoid. */
const DONT_ASK = /\b(please )?(don t|do not) ask\b/;
const avoidBesidesDontAsk = day1CueBesides('avoid-actions', DONT_ASK);
const NOT_REQUIRED = /\byou (don t|do not) (need|have to|have)\b/;
const avoidBesidesNotRequired = day1CueBesides('avoid-actions', NOT_REQUIRED);

/** Fields of `section` that the sentence states (or asks for). */
export function matchFields(
  section: string,
  text: string,
  norm: string = normalizeSpeech(text),
  /** The section's sentences just before this one, normalised: what "it" may be. */
  previous?: string,
  /** Judges sentences said without marks ("and anything i shouldnt do yet") as asking or not. */
  unmarked?: SpokenQuestionModel,
): FieldMatch[] {
  const cues = FIELD_CUES[section];
  if (!cues) return [];
  const question = asksSomething(text) || (unmarked !== undefined && asksUnmarked(unmarked, text, norm));
  if (!question && namesOnlyTheTopic(section, norm)) return [];
  if (!question && CUT_STATEMENT.test(text)) return [];
  // A promise gives nothing, but the rest of the sentence still counts:
  // "it is from spring, I will send you the link after" states when it was updated.
  // A bare topic beside it ("the rollback steps, they're written down somewhere") does not.
  const saidText = tentative(norm) ? besidesTheGuess(text) : saysNothing(norm) ? saidBesides(text, norm) : text;
  const said = withoutTitle(section, saidText === text ? norm : normalizeSpeech(saidText));
  if (!question && !said) return [];
  // Each cue on its own: a sentence comes here once, for its own section, and a joined pattern
  // per section (as the classifier's fieldCueCount has) cost megabytes of compiled code here.
  // "someone in risk is meant to approve, but I don't know who that is" names nobody.
  const nobodyNamed = !question && (namesNobody(norm, said) || holderGone(norm));
  const out: FieldMatch[] = [];
  for (const { field, cue, stated, asked } of CUE_TESTS[section]) {
    if (question && asked?.test(norm)) {
      out.push({ section, field, asked: true });
      continue;
    }
    if (question || !said) continue;
    if (nobodyNamed && PERSON_FIELDS.has(field)) continue;
    if (!stated.test(said)) continue;
    if (cue.require && !cue.require(saidText, said, norm)) continue;
    out.push({ section, field, asked: false });
  }
  // "Rollback is re-run the last green deploy ..." then "how long does that take?": asks the rollback's time.
  if (question && previous && section === ROLLBACK.section && HOW_LONG_IT.test(norm) && ROLLBACK.talk.test(previous.replace(ROLLBACK.title, ''))) {
    if (!out.some((m) => m.field === 'rollback-time')) out.push({ section, field: 'rollback-time', asked: true });
  }
  if (!question && said && previous && section === ROLLBACK.section) {
    for (const field of carriedRollbackFields(said, previous)) {
      if (nobodyNamed && PERSON_FIELDS.has(field)) continue;
      if (!out.some((m) => m.field === field)) out.push({ section, field, asked: false });
    }
  }
  return out;
}

/**
 * Fields of a rollback said of "it" right after talk of rolling back: "we roll back, no
 * discussion" then "Olu, our engineering manager, has to approve it", or "the on-call lead can
 * make that call, and it takes about ten minutes". Only who decides and how long it takes:
 * when and how to roll back are said with the words themselves.
 */
function carriedRollbackFields(said: string, previous: string): string[] {
  if (!ROLLBACK.talk.test(previous.replace(ROLLBACK.title, '')) || ROLLBACK.talk.test(said) || !ROLLBACK.pointer.test(said) || ROLLBACK.otherWork.test(said)) return [];
  const carried = 'roll back ' + said;
  return CUE_TESTS[ROLLBACK.section].filter((c) => ROLLBACK.carried.has(c.field) && c.stated.test(carried)).map((c) => c.field);
}
/** "how long does that take?": of whatever was just said. */
const HOW_LONG_IT = /\bhow long (does|would|will|did|do|should) (it|that|this|one)( usually| normally| typically| roughly)? take\b/;
const ROLLBACK = {
  section: 'deployment-rollback',
  talk: /\b(roll ?(ed |ing |s )?back|rollbacks?|revert\w*)\b/,
  /** The section's own name ("now deployment and rollback") is no talk of rolling back. */
  title: /\b(deployments?|deploys?|releases?) (and|&) roll ?backs?\b/g,
  /** What points back at the rollback: "approve it", "make that call", "it takes", "central takes maybe five minutes", an answer "about five minutes". */
  pointer: /\b(it|that|this|one|takes)\b|^(about|around|roughly|maybe|under|less than|like|usually|normally|typically|probably) /,
  carried: new Set(['rollback-approver', 'rollback-time']),
  /** "The deploy takes ten minutes" after a rollback is about the deploy. */
  otherWork: /\b(deploy\w*|release\w*|builds?|pipelines?|tests?|migrations?)\b/,
};

/**
 * What a sentence that promises, points elsewhere, puts off or does not know still says: its
 * other clauses of some length, joined ("" when there are none). Not knowing covers what it is
 * joined to ("the path changed and I don't know where the pages go"); only a contrast
 * ("..., but") brings a separate statement.
 */
function saidBesides(text: string, norm: string): string {
  const clauses = text.split(UNKNOWN.test(norm) || DEFERRAL.test(norm) ? CONTRAST : CLAUSE);
  const said = clauses.map((c): string | typeof SHORT_CLAUSE => {
    const n = normalizeSpeech(c);
    // "let's say yes for now, we'll work out which ones later": a stopgap beside putting it off.
    if (FOR_NOW.test(n)) return '';
    // "there's a couple of Jira tickets in flight, I'll email you the list": that some exist names none of them.
    if (SOME_EXIST.test(n)) return '';
    // "the escalation, who gets phoned and in what order, that's in the wiki": the topic named as a question.
    if (INDIRECT_QUESTION.test(n) || (TOPIC_PHRASE.test(n) && !HAS_VERB.test(n))) return SHORT_CLAUSE;
    if (!saysNothing(n)) return substantial(n) ? c : SHORT_CLAUSE;
    return PUNCTUATED.test(text) ? '' : statedAroundRawClause(n);
  });
  // A short clause stays with what it leads into ("Before you start, check the queue is empty, I'll
  // tell you why"); on its own ("the rollback steps, they're written down somewhere") it says nothing.
  const leadsIntoSaid = (i: number) => typeof said[i + 1] === 'string' && said[i + 1] !== '';
  return said
    .map((c, i) => (c !== SHORT_CLAUSE ? c : leadsIntoSaid(i) ? clauses[i] : ''))
    .filter(Boolean)
    .join(', ');
}
const INDIRECT_QUESTION = /^((and|or|like) )?(who|whom) (gets|get|does|do|is|to|should|needs to|has to) /;
/** "the out of hours escalation, ..., that's in the wiki": a topic named with no verb says nothing of it. */
const TOPIC_PHRASE = /^((so|and|now|oh) )*(the|our|your|a|an|this|that) ([a-z0-9]+ ){0,5}[a-z0-9]+$/;
const HAS_VERB =
  /\b(is|are|s|re|was|were|has|have|ve|had|do|does|did|can|could|will|ll|would|d|should|must|goes|go|went|gets|get|got|pages|calls|rings|phones|runs|takes|needs|sends|means|works|lives|sits|comes)\b|\b[a-z]+(s|ed) (it|them|him|her|me|us|you|the|a|an|our|all|every)\b/;
/** Whether a clause has one of the common verbs ("is", "goes", "pages", "sends ..."): "after hours" has none. */
export const hasVerb = (norm: string) => HAS_VERB.test(norm);
/** A clause too short to say anything alone. */
const SHORT_CLAUSE = Symbol('short clause');

/**
 * Raw speech runs a statement into the putting off with no comma between: "outgoing is me
 * dimitri and incoming is you hannah we can put the date in when marta has looked at it", or
 * puts an aside off and goes on: "everybody calls it fusy i will tell you later why and it
 * builds the attribution models".
 */
function statedAroundRawClause(n: string): string {
  const putOff = SAYS_NOTHING.exec(n);
  if (!putOff) return '';
  const before = SUBJECT_THEN.exec(n.slice(0, putOff.index).trim())?.[1];
  const after = GOES_ON.exec(n.slice(putOff.index + putOff[0].length))?.[1];
  const keep = (c: string | undefined) => (c && !saysNothing(c) && substantial(c) ? c : '');
  return [before && !RAW_QUESTION_OPENING.test(before) ? keep(before) : '', keep(after)].filter(Boolean).join(', ');
}
/** After the putting off, a new clause about the system: "... later why and it is dbt cloud". */
const GOES_ON = /^(?: [a-z]+){0,3}? (?:and|but|so|also) ((?:it|this|that|the system|the service|the platform) (?:is|s|does|has|builds|runs|takes|sends|handles|makes|keeps|reads|writes)\b.*)$/;

/** "and who decides to roll back like does somebody have to approve it honestly we never decided that": the question, not an answer. */
const RAW_QUESTION_OPENING = /^((and|so|okay|ok|right|but) )*(who|what|how|when|where|which|does|do|is|are|can|could|should)\b/;

const PUNCTUATED = /[,.;:?!]/;
/** What comes before a new clause's subject and up to two words of its verb ("... we can"). */
// Raw speech drops the apostrophe: "and well put a date on it" is "we'll".
const SUBJECT_THEN = /^(.*?) (?:i|we|you|they|he|she|let s|let us|well|ill|youll|theyll)(?: [a-z]+){0,2}$/;
const substantial = (n: string) => n.split(' ').length >= MIN_CLAUSE_WORDS && !BARE_TOPIC.test(n);
const FOR_NOW = /\b(for now|for the time being|for the moment)$/;

/** One alternation per section, so most sentences are ruled out by a single test. */
function anyOf(pick: (c: FieldCue) => Array<RegExp | undefined>): Record<string, RegExp | undefined> {
  return Object.fromEntries(
    Object.entries(FIELD_CUES).map(([id, cues]) => {
      const patterns = Object.values(cues).flatMap((c) => pick(c).filter((r): r is RegExp => r !== undefined));
      return [id, patterns.length ? anyOfPatterns(patterns) : undefined];
    }),
  );
}
/**
 * A cue whose pattern takes any sentence and leaves the decision to `require` (a link must be a
 * real address in the sentence as said) tells the section model nothing, so it is not counted.
 */
const decidedByRequire = (c: FieldCue) => c.state === EVERY_SENTENCE;
const ANY_CUE = anyOf((c) => (decidedByRequire(c) ? [c.ask] : [c.state, c.ask]));
/** A pattern list that tests like their alternation and finds where its first match starts. */
interface PatternSet {
  test(norm: string): boolean;
  search(norm: string): number;
}

/**
 * The cue's own patterns tried one by one, not joined: joined, each of a cue's patterns was
 * compiled again in every join it took part in, and V8's machine code for these alternations
 * runs to hundreds of kilobytes each. Only sentences the section's joined `ANY_CUE` lets through,
 * or sentences of the section itself, come here, so the joins are not missed.
 */
function patternSet(patterns: Array<RegExp | undefined>): PatternSet {
  const given = patterns.filter((r): r is RegExp => r !== undefined);
  return {
    test: (norm) => given.some((r) => r.test(norm)),
    search: (norm) => given.reduce((at, r) => {
      const i = norm.search(r);
      return i >= 0 && (at < 0 || i < at) ? i : at;
    }, -1),
  };
}

/** Each section's cues listed once, not per sentence (this runs for every sentence and section). */
const CUE_TESTS: Record<string, Array<{ field: string; cue: FieldCue; stateOrAsk: PatternSet; stated: PatternSet; asked?: PatternSet }>> = Object.fromEntries(
  Object.entries(FIELD_CUES).map(([id, cues]) => [
    id,
    Object.entries(cues).map(([field, cue]) => {
      return {
        field,
        cue,
        stateOrAsk: patternSet(decidedByRequire(cue) ? [cue.ask] : [cue.state, cue.ask]),
        stated: patternSet([cue.state, cue.also]),
        ...(cue.ask || cue.alsoAsk ? { asked: patternSet([cue.ask, cue.alsoAsk]) } : {}),
      };
    }),
  ]),
);
/**
 * Fields a statement names and then gives nothing of ("escalation path, I am not sure, the matrix
 * is getting changed, I will revert back on that"), where that undoes what was said of them before.
 */
export function saidToBeUnknown(section: string, text: string, norm: string, given: readonly string[]): string[] {
  // Most sections have no such field, and most sentences name none: the costly tests come last.
  const named = (CUE_TESTS[section] ?? []).filter((c) => c.cue.undoneByUnknown && !given.includes(c.field) && c.cue.state?.test(norm));
  if (!named.length || asksSomething(text)) return [];
  const unknown = saysNothing(norm);
  return named.filter((c) => unknown || c.cue.disowned?.test(norm)).map((c) => c.field);
}

/**
 * Where in the sentence the field's cue first matches (Infinity: nowhere), so the field named
 * first wins.
 */
export function cuePosition(section: string, field: string, norm: string): number {
  const cue = CUE_TESTS[section]?.find((c) => c.field === field);
  if (!cue) return Infinity;
  let at = Infinity;
  for (const re of [cue.stated, cue.asked]) {
    const i = re ? re.search(norm) : -1;
    if (i >= 0 && i < at) at = i;
  }
  return at;
}

/** Count of field cues of `section` a sentence matches, up to `atMost`; a classification feature. */
export function fieldCueCount(section: string, norm: string, atMost = Infinity): number {
  const any = ANY_CUE[section];
  if (!any || !any.test(norm)) return 0;
  let n = 0;
  for (const { stateOrAsk } of CUE_TESTS[section]) if (stateOrAsk.test(norm) && ++n >= atMost) break;
  return n;
}
