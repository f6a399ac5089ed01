/**
 * Section vocabulary kept as data. `announce` extends the template's titles and aliases
 * with the ways people actually introduce a section; `terms` are words whose presence
 * makes a sentence likely to belong to the section (weight 1-3). Terms are matched on
 * stemmed words, so list the base form. Section ids follow the default KT template; a
 * custom template without an entry here still works from its titles and aliases.
 */
export interface SectionLexicon {
  announce: string[];
  terms: Record<string, number>;
  /**
   * Cues whose words need not be adjacent, matched on normalised text ("don't" → "don t")
   * and weighed like terms: "do not retrain the model yet" is a first-days rule whatever
   * sits between the prohibition and the "yet".
   */
  patterns?: Array<[RegExp, number]>;
}

export const SECTION_LEXICON: Record<string, SectionLexicon> = {
  'system-overview': {
    announce: ['overview', 'the system', 'what it is', 'what the system is', 'what the service does', 'the big picture', 'system overview', 'overview of the system', 'business purpose', 'criticality', 'environments and technologies',
      'environments', 'key technologies', 'tech stack', 'what the system does', 'basically what it does',
      // Everyday openers and questions.
      'in one sentence', 'the short version', 'very short version', 'what does it do', 'what does it actually do', 'what is this thing'],
    terms: {
      'really matters': 2, 'only one that': 1, 'what it does is': 3, 'basically what': 2, 'turns them into': 2,
      'backend': 2, 'frontend': 1, 'portal': 2, 'internal': 1, 'use it': 2, 'uses it': 2, 'people use': 2, 'matters most': 3, 'if it s down': 3, 'if it is down': 3, 'when it s down': 3, 'goes down': 1, 'requests': 1, 'request': 1, 'sits behind': 2, 'talks to': 2, 'internal services': 2, 'apps': 1, 'mobile': 1, 'web': 1, 'database': 1, 'service': 1, 'how many': 1, 'every week': 1, 'complain': 2, 'keeps': 1, 'business': 1, 'finance': 1, 'reporting': 1, 'bookings': 1, 'orders': 1,
      'system name': 3, 'is called': 2, 'non technical terms': 3, 'what does the system do': 3, 'used by': 2, 'who uses': 3,
      users: 2, customers: 1, partners: 2, 'business hours': 2, critical: 2, criticality: 3, 'business impact': 3,
      revenue: 2, 'worst case': 3, affected: 2, 'business depends': 3, purpose: 2, environments: 3,
      environment: 1, staging: 2, qa: 1, uat: 2, technologies: 3, technology: 2, 'tech stack': 3, 'cloud provider': 3,
      aws: 1, gcp: 1, azure: 1, kubernetes: 1, terraform: 1, jenkins: 1, postgres: 1, postgresql: 1, kafka: 1, redis: 1,
      microservice: 1, handles: 2, orchestration: 1, platform: 1, stack: 2, 'written in': 2, 'built on': 2, serves: 2,
      dashboards: 1, compliance: 1, 'downstream': 1, sla: 2, traffic: 1, 'peak': 1,
    },
    // A definition in passing: "basically it takes the timesheets and then it writes the bank file".
    patterns: [
      [/\bwhat (it|this|the \w+) (does|is for) is\b/, 3],
      // What an outage costs is the criticality field, whatever the system is called.
      [/\bif (it|this|the \w+|they|we) (is|are|s|goes|go|were|was) down\b/, 3],
      [/\b(basically|in short|in a nutshell) (it|this|the \w+|we) (takes|reads|collects|gets|receives|turns|sends|checks|computes|calculates)\b/, 2],
      [/\b(it|this) (takes|reads|collects|gets|receives)\b.*\b(and then|then it|and it|and)\b.*\b(writes|sends|turns|puts|pushes|produces|creates|returns)\b/, 2],
    ],
  },
  'architecture-reference': {
    announce: ['where the drawings live', 'where the diagrams live', 'architecture reference', 'architecture', 'architecture document', 'architecture diagram', 'design doc',
      'design document', 'system design',
      'is there a diagram', 'any diagram', 'a diagram of', 'how it all fits together', 'how the pieces fit'],
    terms: {
      architecture: 3, architectural: 3, diagram: 3, 'design doc': 3, documentation: 2, document: 2, confluence: 2,
      wiki: 2, link: 2, 'last updated': 3, updated: 2, verified: 1, 'up to date': 2, outdated: 2, lucidchart: 2, miro: 2,
      'draw io': 2, c4: 2, 'sequence diagram': 2, 'data flow': 2, components: 1,
    },
  },
  'plain-english-notes': {
    announce: ['written down anywhere', 'isn t written down anywhere', 'not written down', 'not written anywhere', 'things only you know', 'only you know', 'things i only know', 'learn the hard way', 'the hard way', 'weird things', 'nobody writes down', 'things nobody tells you', 'unwritten', 'surprises', 'things that aren t written down', 'not written down', 'written down anywhere', 'things you won t find in the docs', 'things i wish i knew', 'lessons learned', 'plain english notes', 'tribal knowledge', 'things you should know', 'gotchas', 'plain english',
      'things nobody writes down', 'unwritten rules', 'quirks', 'before i forget', 'one thing you should know', 'something you should know', 'nobody wrote down',
      'you only know because', 'been burned', 'one thing you really need to know', 'you really need to know', 'something you need to know', 'heads up', 'got burned', 'bitten by', 'what surprised you', 'stuff you only know', 'things that will surprise you',
      'thing nobody tells you', 'nobody will tell you', 'nobody tells you', 'no one tells you', 'nobody ever tells you', 'bit nobody writes down',
      // what trips people up, said as such: 'the thing that catches everyone out is ...', 'so what else is only in people's heads?'
      'catches everyone out', 'catches everybody out', 'catches people out', 'catch you out', 'trips everyone up', 'trips people up', 'only in people s heads', 'in people s heads', 'only in my head', 'we ve got a saying'],
    terms: {
      'nobody tells': 3, 'nobody will tell': 3, 'no one tells': 3, 'nobody reminds': 3, 'only you know': 3, 'before i forget': 3, 'you should know': 2, 'time difference': 3, 'time zone': 2, 'their time': 2, 'not ours': 1, 'just how it works': 2, 'just ignore': 2, 'not used': 1, 'always restart': 1,
      'hard way': 3, 'on purpose': 2, 'sometimes': 1, 'looks wrong': 2, 'nobody writes': 3,
      'written down': 3, 'bite you': 3, 'will bite': 3, 'was cloned': 2, 'cloned': 1, 'historical reasons': 3, 'just so you know': 2, 'nobody remembers': 3, 'reminder': 1, 'still say': 2, 'rename': 1, 'in the name': 1, 'skew': 2, 'generated file': 1, 'by hand': 1, 'actually': 1, 'secretly': 2, 'looks like': 1, 'don t assume': 2,
      'is normal': 2, 'that is normal': 2, 'not a sign': 2, 'always check': 2, 'don t worry': 1, shortcut: 3, 'sharp edge': 3, 'sharp edges': 3, gotcha: 3, tribal: 3, historically: 3, history: 2, legacy: 2,
      quirk: 3, workaround: 1, trick: 2, beware: 2, 'watch out': 2, caveat: 2, weird: 2, drift: 2, surprise: 2,
      undocumented: 2, 'nobody knows': 2, hack: 2, hardcoded: 2, 'hard coded': 2, 'in practice': 1, 'unofficial': 2,
      'back in': 1, 'years ago': 2, 'flash sales': 1, 'spikes': 1, 'the reason': 1, 'fun fact': 2,
      'hours ahead': 3, 'hours behind': 3, 'their morning': 2, 'their evening': 2, 'their afternoon': 2, 'their day': 2,
      'your day': 1, 'different time': 2, 'based in': 1, 'she knows': 2, 'he knows': 2, 'ask her': 1, 'ask him': 1,
      'cut off': 1, 'cutoff': 1,
      'catches everyone out': 3, 'catches everybody out': 3, 'catches people out': 3, 'catch you out': 3, 'trips people up': 3, 'people s heads': 3, 'a saying': 2, 'not a bug': 2,
    },
  },
  'day-1-checklist': {
    announce: ['first few days', 'your first few days', 'first couple of days', 'what should i not do on my first day', 'not do in my first week', 'safely poke at', 'what can i safely touch', 'what do i need on day one', 'what access do i need', 'access do i need', 'day one checklist', 'your first day', 'on day one', 'first day checklist', 'day one survival checklist', 'day one checklist', 'day one survival', 'first day', 'survival checklist',
      'day one', 'on your first day', 'your first day',
      // "what do I actually need set up, like this week?"
      'need set up', 'need to get set up', 'get you set up', 'what do i need to get started', 'what do i need for monday'],
    terms: {
      'namespace': 1, 'look at': 1, 'you need': 2, 'you ll need': 2, 'get added': 3, 'added to': 2, 'ask for': 1, 'first week': 1, 'first weeks': 1, 'in your first': 2,
      'day one': 3, 'first day': 3, access: 3, permission: 2, vpn: 2, console: 2, 'repository access': 3, 'read only': 3,
      safe: 2, 'dry run': 3, 'dry running': 3, dashboard: 1, onboarding: 2, account: 2, credentials: 2, sso: 2,
      laptop: 2, 'request access': 3, 'not to perform': 3, initially: 2, 'first safe': 3, 'get access': 3, 'read access': 3,
      'secret location': 2, 'view': 1, 'review': 1, 'wait until you': 2, 'until you have': 2,
    },
    // A prohibition held only for now ("don't touch the kill switches yet") is a first-days rule, not a danger zone.
    // So is one held until the newcomer has settled in ("in your first week, hands off the tariff table").
    patterns: [
      [/\b(don t|dont|do not|shouldn t|shouldnt|should not|please no)\b.*\byet\b/, 3],
      [/\b(don t|dont|do not|shouldn t|shouldnt|should not|hands off|not)\b.*\b(until you( ve| have)? (seen|watched|shadowed|done|sat)|for now|(first|1st) (few |couple of )?(day|days|week|weeks))\b|\b(for now|(first|1st) (few |couple of )?(day|days|week|weeks))\b.*\b(don t|dont|do not|hands off)\b/, 3],
    ],
  },
  'deployment-rollback': {
    announce: ['getting it out the door', 'how it gets out the door', 'how do we ship', 'ship changes', 'how do changes go out', 'how do i deploy', 'how do we release', 'how does a release work', 'deployment and rollback', 'deployment process', 'rollback procedure', 'how we deploy', 'release process',
      'deployment', 'deployments', 'rollback', 'deploy process', 'deploying process', 'release and rollback', 'rolling back',
      'how do changes get to prod', 'push changes', 'how do you deploy', 'how do releases work', 'how does it get deployed'],
    terms: {
      'we build': 2, 'build with': 2, 'we deploy': 3, 'deploying': 2, 'roll out': 2, 'rollout': 2, 'go live': 2, 'approve the deploy': 2, 'migration': 1, 'migrations': 1,
      deploy: 2, deployment: 2, release: 1, pipeline: 2, merged: 2, 'main branch': 3, build: 1, artifact: 2, trigger: 2,
      'trigger type': 3, manual: 1, automatic: 1, automatically: 1, 'deployment window': 3, 'pre deployment': 3,
      'post deployment': 3, 'smoke test': 3, 'health check': 2, canary: 3, 'blue green': 3, rollback: 3, 'roll back': 3,
      revert: 2, redeploy: 2, 'previous version': 3, helm: 2, argo: 2, 'ci cd': 2, tag: 1, promote: 2, step: 2,
      'pull request': 2, approves: 1, 'rollback approver': 3, 'rollback time': 3, 'risk level': 2, 'synthetic monitoring': 2,
      'error rate': 2, 'release branch': 3, 'feature flag': 2,
    },
  },
  'common-failures': {
    announce: ['when it falls over', 'what to do when it falls over', 'the bits that go sideways', 'start with the problems', 'what breaks most', 'breaks most often', 'usual problems', 'typical failures', 'most common problem', 'what goes wrong most', 'what usually goes wrong', 'common problems', 'what goes wrong', 'things that break', 'incidents', 'common failures and fixes', 'common failures', 'common issues', 'failures and fixes', 'known issues',
      'what usually breaks', 'common problems', 'typical incidents', 'troubleshooting', 'failures',
      'does that ever break', 'does it ever break', 'war story', 'war stories', 'one more failure', 'another failure', 'the other failure', 'the one we see the most', 'what usually fails', 'when it falls over'],
    terms: {
      'what breaks': 3, 'breaks most': 3, 'times out': 2, 'timed out': 2, 'common issue': 3, 'common failure': 3, 'common problem': 3, failure: 2, fails: 2, error: 1, errors: 1, crash: 3,
      crashing: 3, crashloop: 3, 'crash loop': 3, timeout: 2, 'root cause': 3, cause: 2, 'likely cause': 3, fix: 3,
      symptom: 3, alert: 1, oom: 3, 'out of memory': 3, 'disk full': 3, 'certificate expired': 3, stuck: 2, retry: 1,
      'due to': 1, misconfigured: 2, frequency: 2, 'happens when': 2, 'usually': 1, restart: 1, backlog: 1, lag: 1,
      'dead letter': 2, expired: 2, 'connection pool': 2, exhausted: 2,
      // Symptoms as users report them, and the telling of an incident.
      complain: 2, complaining: 2, hanging: 2, 'hangs': 2, 'showing double': 2, duplicate: 1, 'goes missing': 2, 'went missing': 2, 'never came back': 2, 'never arrived': 2,
      'stops working': 2, 'stopped working': 2, 'falls over': 2, 'fell over': 2, 'blew up': 2, 'what you will see': 2, 'what you ll see': 2, 'you will see': 1,
      story: 1, 'happens the most': 3, 'happens a lot': 2, 'every few weeks': 2, 'once a month': 1, 'we fixed it': 3, 'fixed it by': 3, 'the cause was': 3, 'what is causing': 3, 'caused by': 2,
    },
    // "The fix is to roll back the release": the failure's fix, whatever deployment words it uses.
    patterns: [
      [/\b(the )?(fix|workaround|solution) (is|was)\b/, 2],
      // "the one that happens the most is ...", "the second story ...": an incident being told.
      [/\b(the )?(first|second|third|other|last|next|one more|another) (story|incident|outage|failure|classic|one that (happens|breaks|fails|goes wrong))\b/, 2],
      [/\b(was|were|is|are|keeps?|kept) (stuck|hanging|frozen|failing|timing out|down|showing (double|zero|wrong|nothing))\b/, 2],
      // An incident told as a story: "what happened was ...", "last June we had two hundred ...".
      [/\bwhat happened (was|is)\b|\blast (january|february|march|april|may|june|july|august|september|october|november|december|year|winter|summer|spring|autumn) (we|it|the|they) (had|went|broke|crashed|failed|got)\b/, 3],
      // "what actually breaks then", "what normally goes wrong": the question that opens failures.
      [/\bwhat (actually |really |usually |normally |typically |mostly )?(breaks|goes wrong|fails|falls over)\b/, 3],
    ],
  },
  'bad-windows': {
    announce: ['times i shouldn t touch anything', 'times i just shouldn t touch anything', 'when shouldn t i touch anything', 'times when i shouldn t change', 'when shouldn t i change', 'when should i not change', 'when not to deploy', 'times to avoid changes', 'bad times', 'bad times to change things', 'when not to change', 'when not to change stuff', 'times to avoid', 'no change periods', 'known bad days and windows', 'known bad days', 'bad days', 'bad windows', 'change freeze', 'blackout windows',
      'known bad windows', 'bad times', 'when not to deploy', 'freeze periods',
      'days you don t touch', 'days you just don t touch', 'times i should not deploy', 'times i shouldn t deploy', 'when should i not deploy', 'days to avoid', 'any days i should avoid', 'when should i avoid', 'bad time to deploy', 'bad time to change'],
    terms: {
      'active incident': 2, 'exam weeks': 2, 'game day': 2, 'shouldn t change': 3, 'semester start': 2, 'times when': 2,
      'monday morning': 2, 'mondays': 1, 'last week of the quarter': 3, 'end of the quarter': 3, 'release day': 2, 'campaign': 2, 'campaigns': 2, 'app store': 1, 'nightly import': 1, 'midnight': 1, 'don t deploy': 3, 'never deploy': 3, 'not deploy': 2, 'change stuff': 2, 'times': 1,
      'end of the month': 3, 'end of month': 3, 'start of the month': 2, 'beginning of the month': 2, 'payday': 2, 'bad days': 3, window: 2, windows: 2, freeze: 3, blackout: 3, 'black friday': 3, 'month end': 3, 'quarter end': 3,
      'year end': 3, holiday: 2, audit: 2, 'must be avoided': 3, 'peak sales': 2, 'sales event': 2, weekend: 1, friday: 2,
      eod: 2, 'end of day': 2, payroll: 2, 'high traffic': 2, 'during this time': 2, 'cyber monday': 3, 'christmas': 2,
      'no deploys': 3, 'no changes': 3, 'batch': 1, 'closing': 1, 'month end close': 3,
    },
  },
  'danger-zones': {
    announce: ['no go areas', 'no go zones', 'off limits', 'anything i should never do', 'should never do', 'what should i never do', 'what not to do', 'things not to do', 'what can break everything', 'danger', 'scary stuff', 'things that can really hurt', 'danger zones', 'danger zone', 'do not touch', 'dangerous areas', 'things not to touch', 'dangerous things',
      'never touch', 'scared of', 'should be scared', 'shouldn t touch', 'really shouldn t touch', 'afraid of touching', 'what could i break', 'what can i break'],
    terms: {
      'needs approval': 3, 'must approve': 3, 'to approve': 2, 'approve it': 2, 'both must': 2, 'any change to': 2, 'head of': 1,
      'should never': 3, 'never do': 3, 'flush all': 2, 'scary': 2, 'still remember': 1,
      'by hand': 1, 'cluster settings': 2, 'shard count': 2, 'without': 1, 'signing off': 1, 'has to be approved': 3, 'must be approved': 3, 'never change': 3, 'don t change': 3, 'never run': 3, 'for real': 1,
      danger: 3, dangerous: 3, 'should not touch': 3, 'do not touch': 3, 'don t touch': 3, 'never touch': 3, 'state file': 3,
      'state files': 3, delete: 1, drop: 1, destroy: 2, autoscaler: 2, 'emergency only': 3, emergency: 2, approval: 1,
      outage: 1, outages: 1, irreversible: 3, 'data loss': 3, 'force push': 3, 'if unsure': 3, 'do not proceed': 3,
      'production database': 2, 'hands off': 3,
    },
    // "Any change to the route tables needs Jonas to approve": a person named as the gate, not as the owner.
    patterns: [[/\b(any|every) (change|changes|edit|update) (to|in|of)\b.*\b(needs?|requires?|must)\b/, 2], [/\bneeds? \w+( \w+)?( \w+)? to (approve|sign)\b/, 2]],
  },
  'ownership-escalation': {
    announce: ['who you shout at', 'who you call', 'who do i call', 'who do i ask', 'who should i call', 'who owns it', 'who to ping', 'who owns what', 'owners', 'who to escalate to', 'escalation', 'ownership and escalation', 'escalation path', 'who owns', 'on call and escalation', 'ownership', 'escalation',
      'who to call', 'contacts', 'who do i yell at', 'who gets paged', 'who is on call', 'who picks up', 'who do i escalate to', 'who do i wake up', 'in the middle of the night'],
    terms: {
      'belong to': 3, 'belongs to': 3, 'rotation': 2, 'incident manager': 3, 'questions go to': 3, 'who owns': 3, 'escalate to': 3, 'ask in': 2,
      owner: 1, owned: 3, ownership: 2, owns: 3, 'owned by': 3, team: 1, escalation: 3, escalate: 3, 'on call': 2,
      pagerduty: 3, opsgenie: 3, contact: 2, contacted: 2, 'slack channel': 2, channel: 2, manager: 1, sre: 1,
      'point of contact': 3, 'reach out': 1, page: 1, 'escalation channel': 3, 'platform team': 2, 'incident commander': 2,
    },
  },
  'first-30-days': {
    announce: ['my first month', 'what should i do in the first weeks', 'plan for the first weeks', 'the first month', 'first four weeks', 'thirty day ownership plan', 'first thirty day ownership plan', 'first thirty days', 'thirty day plan', 'ownership plan', 'first month',
      'thirty day', 'first few weeks', 'your first month'],
    terms: {
      'thirty day': 3, 'thirty days': 3, 'first month': 3, 'week one': 3, 'first week': 3, 'second week': 3, 'third week': 3,
      'fourth week': 3, 'week two': 3, 'week three': 3, 'week four': 3, shadow: 3, observe: 2, supervision: 3,
      independent: 2, 'ramp up': 2, 'by the end of': 1, pair: 1, 'ownership plan': 3, 'learn': 1, 'in week': 3,
    },
  },
  'open-responsibilities': {
    announce: ['the half finished stuff', 'what s half done', 'open work', 'open stuff', 'open items', 'in flight', 'what s in flight', 'pending items', 'work in progress', 'what i m handing over', 'open responsibilities and transition plan', 'open responsibilities', 'transition plan', 'open tasks',
      'in flight work', 'open items', 'ongoing work', 'pending work', 'what is still open', 'still open', 'what s still open', 'what is open', 'what s open',
      'in progress right now', 'what s in progress', 'what am i inheriting', 'what you inherit', 'what i inherit', 'what i d be taking over', 'unfinished work', 'currently working on'],
    terms: {
      'half built': 3, 'still investigating': 3, 'still open': 3, 'it is yours': 2, 'it s yours': 2, 'nobody has moved': 2, 'not finished': 3, 'unfinished': 3, 'bug': 1, 'experiment': 2, 'planned for': 2, 'handing over': 2, 'take over': 1, 'decide which': 3, 'the rest goes back': 3, 'goes back to': 2, 'you can decide': 2,
      'open tasks': 3, 'in progress': 3, 'in flight': 3, ticket: 2, jira: 2, backlog: 1, 'handed over': 2, 'hand over': 1,
      accept: 3, reject: 3, transition: 2, pending: 2, blocked: 2, initiatives: 2, responsibilities: 3, responsibility: 3,
      tasks: 2, task: 2, 'say yes': 2, 'say no': 2, 'free to choose': 3, 'half done': 3, 'not started': 3, migration: 1,
      'waiting on': 2, 'done by': 1,
    },
  },
  'completion-check': {
    announce: ['when are we done', 'how do we know we re done', 'when is this handover done', 'how do we know the handover is done', 'when is the handover done', 'handover done', 'handover completion check', 'handover completion', 'completion check', 'definition of done',
      'handover is complete when', 'when is the handover complete', 'completion criteria', 'done criteria'],
    terms: {
      'handover is done': 3, 'handover is complete': 3, 'how do we know': 2, 'explain': 1, 'on your own': 2, 'without me': 2, 'without help': 2,
      completion: 3, complete: 2, 'done when': 3, criteria: 3, checklist: 1, 'deploy safely': 3, 'are clear': 2,
      'is verified': 2, confident: 2, independently: 2, 'handover complete': 3, ready: 1, replacement: 3, 'able to': 1,
      'can deploy': 2, 'understands': 2, understood: 2,
    },
  },
  'sign-off': {
    announce: ['the paperwork bit', 'signing off', 'sign off on this', 'formally sign', 'sign off', 'signoff', 'sign-off', 'signing off', 'formal sign off'],
    terms: {
      'sign off': 3, signoff: 3, 'signed off': 3, outgoing: 3, incoming: 2, date: 1, acknowledge: 2, signature: 3,
      'signing off': 3, 'hereby': 2, 'handover date': 3, 'for the record': 3,
    },
  },
};

/** Evidence that a sentence is not handover content: small talk, call logistics, talk about the tool. */
/**
 * A reply that is only an acknowledgement or a reaction ("wow okay", "yeah that's scary",
 * "great, thanks"): talk about the talk, whatever section it is said in.
 */
export const ACKNOWLEDGEMENT =
  /^((ok|okay|right|cool|great|awesome|perfect|sounds good|yeah|yes|yep|sure|alright|all right|got it|makes sense|mm ?hmm|uh huh|nice|nice one|good|continue|last thing|next|thanks|thank you|no problem|i did|i will|do that|will do|of course|exactly|true|fair|fair enough|that helps|ah|oh|so|wow|ouch|lovely|brilliant|amazing|interesting|i see|oh no|oh god|ha|haha|ha ha|(that s|that is|sounds) (scary|crazy|wild|nice|great|good|funny|brutal|painful|mad|insane))\b[ .!?,]*)+$/;

export const NONE_CUES: Array<[RegExp, number]> = [
  [/\b(hi|hello|hey) (everyone|all|guys|team|folks|there)\b|^(hi|hello|hey|morning|good (morning|afternoon|evening))\b/, 3],
  [/\bcan (you|everyone) (hear|see) (me|my)\b|\b(hear|see) (me|you) (now|ok|okay|fine|well)\b|\bi can (hear|see) you\b|\bmy screen\b|\bshare (my )?screen\b|\bscreen ?share\b/, 3],
  [/\b(on mute|unmute|muted|your camera|my camera|audio|my connection|bad connection|internet|lagging|frozen|froze|you froze|dropped off|dropped out|rejoin|cut out|breaking up|you re back|i m back)\b/, 3],
  [/\b(recording|recorded|transcript(ion)?|the video|this video|minutes video|record this)\b/, 2],
  [/\b(this|the) (call|meeting|session)\b|\btoday s (call|session|meeting)\b|\banother (call|meeting)\b|\bnext meeting\b|\bhard stop\b|\bcalendar invite\b|\bover time\b|\bjump to\b|\bnext time\b|\bfollow up session\b|\ba lot more to cover\b|\bran out of time\b/, 2],
  [/\b(how are you|how was your|how s it going|long weekend|vacation|my kids|the kids|weather|coffee|lunch|dinner|birthday|traffic was|flight|football|game last night|movie|drinks|farewell|party|invite for|on leave|the door|(it was|it s|that was|that s) (a|the|my) delivery|delivery (guy|man|men|driver|person|van outside|for my)|delivery s just|a delivery one sec|the planning|offsite|holiday plans|the trip|new flat|new house|the kitchen|camping|my daughter|my son|the school|a parcel|neighbou?r|my phone)\b/, 3],
  // Personal life and the call's own planning, as said in raw speech without punctuation.
  [/\b(my wife|my husband|my partner|my girlfriend|my boyfriend|my mum|my mom|my dad|my parents|my brother|my sister|the baby|the dog|my dog|my cat|the gym|dentist|the doctor|got sick|was sick|last weekend|moving house|apartment|the match|the final|the beach|the mountains|skiing|the wedding|the concert|my cousin|cousin s|my uncle|my aunt|my nephew|my niece|my grandma|my granny|my grandmother|my grandfather|wedding|honeymoon|safari)\b/, 3],
  [/\b(in the calendar|my calendar|the calendar invite|how far we get|i only prepared|i prepared|i didn t prepare|need all of it|leave time for|out of time|another time|later today|this afternoon|after lunch|sounds (fair|good|great|scary|fun|nice|like a plan)|that sounds)\b/, 2],
  [/\b(thank you|thanks|cheers|bye|see you|talk soon|take care|have a good|have a great|enjoy|super helpful|very helpful|no problem|no worries)\b/, 2],
  [/\b(any (other )?questions|that ?s (all|it|most of it)( for (today|now))?|i think (this|that) is (enough|all|it)|we ?re done|wrap (it )?up|let ?s (start|begin|get started)|let us (start|begin)|we can start|shall we start)\b/, 2],
  [/\b(agenda|today we|today this|in this session|we will be discussing|we ?ll be discussing|the goal of|optimi[sz]e the kt|this is the kt|the kt for|kt session|interrupt me|stop me|follow the (handover )?template|more or less)\b/, 2],
  [/\b(the tool|this tool|my app|the application|my application|this application|the plugin|the extension|the template i|feel free to reach|improve it|test the application)\b/, 2],
  [/\b(by the way|did you hear|have to stop|i have to (go|run|drop)|send you an invit\w*|invitation|second session|last time was|back to you|that s terrible|i love it|sounds scary|ha ha|haha)\b/, 2],
  // Interruptions and the close of a call, which say nothing about the system.
  [/\b(knocking|at the door|i am back|i m back|okay i m here|we re at time|we are at time|out of time|over time|i talk (a lot|too much)|more than i expected|anything else from your side|i think i (m|am) good|that s (something|one|another) for my (list|notes)|follow up on (slack|teams|email)|write me anytime|ping me anytime|call me anytime|not leaving the company|only changing team|good luck|you ll be fine|you will be fine|how was the (weekend|storm|trip|holiday|holidays|flight|party|game|match|concert|wedding)|did you lose power|don t ask|kind of funny|hang on|headset|let s do it|shall we|are you free|send (you )?(a |an )?(new |fresh )?invite|works for me|that works|what about (monday|tuesday|wednesday|thursday|friday) (at|morning|afternoon)|in training all day)\b/, 3],
  [/\b(sorry|give me (a|one) (sec|second|minute|moment)|one sec|one second|hold on|bear with me|where was i|let me think|where were we|writing (a|it|this|that) (list|down)|on the list|put that on|noted)\b/, 1],
  // Checking what was heard ("sorry, is that Daventry with a D?"): talk about the words, not the system.
  [/\b(is|was) (that|it) ([a-z]+ ){1,2}with an? [a-z]\b|\b(can|could) you spell (that|it)\b|\bhow do you spell\b|\bdid you (just )?say\b|\bsay (that|it) again\b|\b(could|can) you repeat\b|\bsorry (what|come again|say again)\b/, 3],
  [ACKNOWLEDGEMENT, 3],
];

/** Phrases that start an announcement of a new topic. */
export const ANNOUNCE_CUES =
  /^(now|next|so|okay|ok|alright|right|then|and|moving|coming|let ?s|let us|let me|first|second|third|finally|lastly|last|on to|onto|over to|part|section|back to)\b|\b(talk about|one more (on|about)|going back to|back to the|move (on )?to|moving (on )?to|coming to|come into|coming into|next (is|up|topic|section)|let ?s (look at|discuss|cover|go)|we will (talk|discuss|cover)|start with)\b/;

/** Phrases that return to a section already covered ("one more on the overview", "going back"). */
export const REVISIT_CUE = /\b(one more (on|about)|going back|go back to|back to (the|that)|coming back to|come back to|return to|still on)\b/;
