/**
 * Field cues: how a sentence states a template field. Patterns run on `normalize()`d
 * text (lowercase, punctuation as spaces). `ask` is the question form ("who approves
 * rollback") whose answer is the next sentence; `strip` removes the lead-in so the
 * item reads `Field: value`. A field is stated only by a sentence that says it:
 * promises ("I'll share the link later") and pointers ("the links are documented")
 * never count.
 */
import { normalize } from '../sections/text';

export interface FieldCue {
  state: RegExp;
  ask?: RegExp;
  strip?: RegExp;
  /** Extra check on the original sentence text (e.g. a link must be a real URL). */
  require?: (text: string, norm: string) => boolean;
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*/i;
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty five|sixty|a few|couple of)';

/** Speech that only promises or points elsewhere. */
export const PROMISE =
  /\b(i ll|i will|we ll|we will|i m going to|i am going to|gonna|will be) (share|send|add|document|write|post|cover|get back|follow up|circle back|tell you|explain|shared|sent|added)\b|\b(are|is) (documented|in the (wiki|runbook|doc|docs|confluence))\b|\b(later|in some time|another session|next session|offline)\b\s*$/;

const GENERIC_TASKS =
  /\b(only|all|any|existing|open|in progress|new|these|those|the|our|some|other)( and (in progress|existing|open|new|pending))? (tasks|responsibilities|initiatives|items|work)\b/;

export const FIELD_CUES: Record<string, Record<string, FieldCue>> = {
  'system-overview': {
    'system-name': {
      state: /\b(system|service|platform|application|app|product) name is\b|\b(system|service|platform|it) is called\b|\bwe call it\b|\bknown as\b|\bthis is the [a-z0-9 ]+ (service|platform|system)\b/,
      strip: /^(so )?(the )?(system|service|platform|application|app|product) name is (the )?/,
    },
    purpose: {
      state: /\b(system|service|platform|application|it|this) (handles|processes|manages|provides|takes care of|is responsible for|does|powers|runs|serves|stores|moves|syncs|ingests|calculates|generates|sends)\b|\bthe purpose\b|\bbusiness purpose\b|\bwhat it does\b|\bin (non technical|simple|plain) terms\b|\bbusiness depends\b|\bresponsible for\b/,
      ask: /\bwhat (does|do) (the|this|our) (system|service|platform|application|app) do\b|\bwhat is it for\b/,
    },
    users: {
      state: /\b(used|consumed|relied on) by\b|\b(users|consumers|customers|clients) (are|include|is)\b|\b(who|whom) (uses|use)\b|\b(teams|users|customers|partners) (use|rely on|call|depend on)\b/,
      ask: /\bwho (uses|use|are the users|relies on|calls)\b/,
      strip: /^(it is|it s|this is) used by /,
    },
    'critical-when': {
      state: /\b(most |very |extra |especially |business )?critical (during|at|in|when|on|around|between|for|at the|over)\b|\bcriticality\b|\bpeak (hours|season|sales|traffic|time)\b|\b(is|are) critical\b/,
      ask: /\bwhen is it (most )?critical\b/,
    },
    'business-impact': {
      state: /\bbusiness impact\b|\brevenue (loss|impact|hit)\b|\bimpact (is|of|would be)\b|\bwe lose\b|\bcosts? (us|the business)\b|\b(lose|losing) (money|revenue|customers)\b|\bcustomer dissatisfaction\b|\bcompliance (issue|risk)\b/,
    },
    'worst-case': {
      state: /\bworst( case| thing| scenario| that can happen)\b/,
      strip: /^(the )?worst case (failure )?(scenario )?is /,
    },
    'breaks-if-down': {
      state: /\b(if|when) (the |this |our )?(system|service|platform|it)( is| goes)? (down|done|out|offline|unavailable)\b|\bwhat breaks\b|\b(breaks|stops|is blocked|are blocked|blocked|fail|stop working|goes down)\b|\bwho is affected\b/,
      ask: /\bwhat breaks\b|\bwho is affected\b|\bwhat happens (if|when)\b/,
    },
    environments: {
      state: /\benvironments?\b|\b(prod|production|staging|stage|qa|dev|uat|sandbox|preprod|pre prod)\b[ ,a-z]*\b(prod|production|staging|stage|qa|dev|uat|sandbox|preprod)\b/,
    },
    technologies: {
      state: /\btechnolog(y|ies)\b|\btech stack\b|\b(built|written|runs|running|hosted|deployed) (on|in|with)\b|\bcloud provider\b|\b(uses|using|we use)\b.*\b(aws|gcp|azure|kubernetes|terraform|jenkins|postgres\w*|mysql|kafka|redis|java|python|node|go|react|spring|docker|lambda|dynamodb|s3|rabbitmq|elasticsearch|snowflake|airflow|spark)\b|\b(kubernetes|terraform|jenkins|kafka|postgres\w*|docker|helm|airflow|spark|lambda|dynamodb) (for|as)\b/,
    },
  },
  'architecture-reference': {
    'architecture-link': {
      state: /\b(link|url|diagram|document|doc|page)\b/,
      require: (text) => URL.test(text),
    },
    'last-updated': {
      state: /\b(last )?(updated|reviewed|revised|edited|refreshed)\b|\bup to date\b|\bas of\b/,
    },
    'verified-by': {
      state: /\b(verified|reviewed|validated|checked|approved|signed off) by\b|\b(verified|validated) (it|the (doc|document|diagram))\b/,
    },
  },
  'plain-english-notes': {
    'tribal-knowledge': {
      state: /\b(shortcuts?|sharp edges?|gotchas?|tribal|historically|history|legacy|quirks?|workarounds?|trick|beware|watch out|careful|caveat|weird|drift|surprise|undocumented|nobody knows|hack|hard ?coded|in practice|unofficial|years ago|back in|the reason|don t assume|does not exist|doesn t exist|tip)\b/,
    },
  },
  'day-1-checklist': {
    access: {
      state: /\baccess\b|\bpermissions?\b|\baccounts?\b|\bcredentials\b|\bvpn\b|\bsso\b|\blog ?in\b|\bonboard/,
    },
    'safe-actions': {
      state: /\bsafe\b|\bread only\b|\bdry run|\bstart (by|with)\b|\bfirst (thing|actions?|steps?)\b|\bfeel free to\b|\b(okay|ok|fine) to\b|\bcan (look|view|browse|read|watch)\b/,
    },
    'avoid-actions': {
      state: /\bnot to (do|perform|run|touch|take|use|change)\b|\bdon t\b|\bdo not\b|\bnever\b|\bavoid\b|\bshould not\b|\bshouldn t\b|\bnot (yet|initially)\b|\bhold off\b|\bstay away\b/,
    },
  },
  'deployment-rollback': {
    'deploy-steps': {
      state: /\bsteps?\b|\bmerged? (in)?to\b|\bpipeline (runs|triggers|builds|deploys|picks)\b|\bwe deploy (by|via|using|with|through)\b|\b(built|build) and (deployed|deploy)\b|\bpull request\b|\bhelm (upgrade|install)\b|\bpromot\w+ to\b|\bfirst\b.*\bthen\b/,
    },
    trigger: {
      state: /\btrigger (type|is)\b|\b(auto|automatic|automatically|manual|manually)\b.*\b(prod|production|staging|non prod|dev|qa|uat)\b|\b(prod|production|staging|non prod|dev|qa|uat)\b.*\b(auto|automatic|automatically|manual|manually)\b|\bpipeline triggers automatically\b/,
      require: (_t, n) => !/\brollback trigger\b|\btrigger (a |the )?rollback\b/.test(n),
    },
    'deploy-window': {
      state: /\b(deployment|deploy|release|change) windows?\b|\bdeploy (only )?(on|during|outside|between|after|before)\b|\boutside (of )?(peak|business)\b|\bwe (only )?(deploy|release) on\b|\bno deploys? on\b/,
      strip: /^(the )?(deployment|deploy|release) window is /,
    },
    'pre-checks': {
      state: /\bpre deploy(ment)?\b|\bbefore (you |we )?(deploy|release|ship|merge)\b|\bpre ?checks?\b|\bpre flight\b|\bpreflight\b/,
    },
    'post-validation': {
      state: /\bpost deploy(ment)?\b|\bafter (you |we |the )?(deploy|release|ship|rollout)\b|\bsmoke tests?\b|\bpost (release|checks?)\b|\bvalidat\w+ (that|the deploy)\b/,
    },
    'rollback-trigger': {
      state: /\brollback trigger\b|\b(roll back|rollback) (if|when)\b|\btrigger(s)? (a |the )?rollback\b|\bwe roll back (if|when)\b|\bif something goes wrong\b.*\broll/,
      strip: /^(the )?rollback trigger is /,
    },
    'rollback-action': {
      state: /\brollback (action|step|command|is done|means|is to)\b|\bto roll ?back\b.*\b(run|redeploy|revert|helm|restore|switch)\b|\b(revert|redeploy\w*|restore) (to )?(the )?(previous|last|prior|healthy|stable|old)\b|\bhelm rollback\b|\broll(ing)? back (to|by)\b/,
      strip: /^(the )?rollback action is /,
    },
    'rollback-approver': {
      state: /\b(approves?|approval|signs? off|decides?|authori[sz]es?|makes the call) (on |for )?(the |a )?roll ?back\b|\broll ?back (approver|approval|is approved by|needs approval|needs sign off)\b/,
      ask: /\bwho (approves|can approve|decides|signs off)\b.*\broll ?back\b|\bwho approves\b/,
    },
    'rollback-time': {
      state: new RegExp(`\\b(roll ?back|roll)\\b.*\\b${NUM} (minutes?|mins?|seconds?|hours?)\\b|\\b(expected|takes?|within|under)\\b.*\\b(minutes?|mins?)\\b.*\\broll|\\brollback time\\b|\\broll time\\b`),
    },
  },
  'common-failures': {
    symptom: {
      state: /\b(symptoms?|common (issue|failure|problem)s?|you ll see|you will see|alerts?|errors?|crash\w*|fails?|failing|failed|timeouts?|timing out|stuck|slow|5\d\d|oom|out of memory|latency|backlog|lag|goes down|down|not processing|piling up)\b/,
    },
    cause: {
      state: /\b(causes?|caused|because|due to|root cause|reason|happens when|usually (it s|because)|comes from|triggered by)\b/,
    },
    fix: {
      state: /\b(fix(ed|es)?|resolv\w+|solution|restart\w*|workaround|remed\w+|to recover|mitigat\w+|clear(ing)? the|rerun|re run|bump|increas\w+ the|validat\w+ the|redeploy\w*|roll back|rotate|renew\w*|scale up|purge|replay)\b/,
    },
  },
  'bad-windows': {
    'avoid-period': {
      state: /\b(freeze|blackout|avoid(ed)?|no (deploys?|deployments?|changes|releases)|don t (deploy|release|change)|do not (deploy|release|change)|never (deploy|release|change)|peak|month end|quarter end|year end|end of (the )?(month|quarter|year|day)|black friday|cyber monday|holidays?|christmas|audit|fridays?|weekends?|eod|payroll|tax (day|season)|sales events?|high traffic|during this time)\b/,
    },
  },
  'danger-zones': {
    'do-not-touch': {
      state: /\b(don t|do not|never|should not|shouldn t|must not|not to) (touch|change|modify|edit|delete|run|restart|scale|apply|drop|force)\b|\bdanger(ous)?\b|\bnot touch\b|\bhands off\b|\bstay away\b/,
    },
    why: {
      state: /\bbecause\b|\bcan (cause|break|impact|lead|take down|corrupt|wipe|delete|lose)\b|\bwill (cause|break|take down|impact|corrupt|wipe|delete|lose)\b|\b(as|since) it (can|will|may|could)\b|\brisk\b|\boutages?\b|\bdata loss\b|\birreversible\b/,
    },
    approver: {
      state: /\bapprov\w+|\bsign off\b|\bpermission (from|of)\b|\bask\b.*\bbefore\b|\bonly with\b|\bchange advisory\b|\bcab\b|\bemergency only\b/,
    },
  },
  'ownership-escalation': {
    'owning-team': {
      state: /\bowned by\b|\bown(s|ing)? (team|the)\b|\bowners? (is|are)\b|\b(team|squad) owns\b|\bowning team\b|\bbelongs to\b|\bwe own\b/,
    },
    contact: {
      state: /\bcontact\w*\b|\breach out\b|\bping\b|\bcall\b|\bpoint of contact\b|\bgo to person\b|\btalk to\b|\bask\b/,
    },
    'escalation-path': {
      state: /\bescalat\w+\b|\bon call\b|\bpagerduty\b|\bopsgenie\b|\bslack channel\b|\s#[a-z]/,
    },
  },
  'first-30-days': {
    'weekly-plan': {
      state: /\bweek (one|two|three|four|1|2|3|4)\b|\b(first|second|third|fourth|1st|2nd|3rd|4th|last|next) weeks?\b|\bweeks? \d\b|\bby (day|week) \d+|\bday (thirty|30)\b|\b(thirty|30) day\b|\bfirst month\b/,
    },
  },
  'open-responsibilities': {
    tasks: {
      state: /\b(in progress|in flight|blocked|pending|waiting (on|for)|not started|half done|almost done|nearly done|done|finished|completed|to do|todo|ongoing|under review|in review|percent|%|on hold|paused)\b/,
      require: (text, n) => /\b[A-Z][A-Z0-9]+-\d+\b/.test(text) || !GENERIC_TASKS.test(n),
    },
    'acceptance-rule': {
      state: /\baccept\w*\b|\breject\w*\b|\bsay (yes|no)\b|\bdecline\b|\bfree to choose\b|\bpush back\b|\bup to (you|the)\b|\bopt out\b|\brefuse\b/,
    },
  },
  'completion-check': {
    criteria: {
      state: /\b(complete|done|finished) when\b|\bcan (deploy|handle|run|operate|own|roll ?back|debug|fix|explain)\b|\b(is|are) (clear|verified|documented|understood|done|complete|known)\b|\bverified\b|\bcriteria\b|\bconfident\b|\bable to\b|\bindependently\b|\bno (open )?(questions|danger zones|gaps|blockers)\b/,
    },
  },
  'sign-off': {
    'outgoing-owner': {
      state: /\boutgoing (owner|engineer|person|lead)\b|\bhanding (it |this )?over\b|\bsigned by\b|\bi m signing off\b/,
    },
    'incoming-owner': {
      state: /\bincoming (owner|engineer|person|lead)\b|\btaking (it |this )?over\b|\bnew owner\b/,
    },
    date: {
      state: /\b(date|dated|today is|as of today|signed (on|today))\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/,
    },
  },
};

export interface FieldMatch {
  section: string;
  field: string;
  /** true when the sentence only asks for the field; its answer follows. */
  asked: boolean;
}

/** Fields of `section` that the sentence states (or asks for). */
export function matchFields(section: string, text: string): FieldMatch[] {
  const cues = FIELD_CUES[section];
  if (!cues) return [];
  const norm = normalize(text);
  const question = /\?\s*$/.test(text.trim());
  const promise = PROMISE.test(norm);
  const out: FieldMatch[] = [];
  for (const [field, cue] of Object.entries(cues)) {
    if (question && cue.ask && cue.ask.test(norm)) {
      out.push({ section, field, asked: true });
      continue;
    }
    if (question || promise) continue;
    if (!cue.state.test(norm)) continue;
    if (cue.require && !cue.require(text, norm)) continue;
    out.push({ section, field, asked: false });
  }
  return out;
}

/** Count of field cues of `section` a sentence matches; a classification feature. */
export function fieldCueCount(section: string, norm: string): number {
  const cues = FIELD_CUES[section];
  if (!cues) return 0;
  let n = 0;
  for (const cue of Object.values(cues)) if (cue.state.test(norm) || (cue.ask && cue.ask.test(norm))) n++;
  return n;
}
