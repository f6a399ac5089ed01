import { cleanSpeech, parseTranscriptText, splitSentences } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('everyday handover and engineering jargon heard wrong is repaired beside its context', () => {
  test.each([
    ['this is the nollege transfer session for the billing service', 'knowledge transfer'],
    ['I will share the handova document after the call', 'handover'],
    ['the hand over document lives in confluence', 'handover'],
    ['the post mortum for last week is still in draft', 'postmortem'],
    ['we did an are see ay for that outage', 'RCA'],
    ['it was raised as a pee one by the on-call engineer', 'P1'],
    ['that was a sev one last month', 'Sev1'],
    ['the es el eye we track is the error rate', 'SLI'],
    ['the p99 latensy went above two seconds', 'latency'],
    ['the kafka thruput dropped to a few hundred messages', 'throughput'],
    ['we ran a back fill job for the missing partitions in airflow', 'backfill'],
    ['the daily reconsiliation report goes to finance', 'reconciliation'],
    ['the cut over plan is in the runbook', 'cutover'],
    ['after go-live we had two weeks of hyper care', 'hypercare'],
    ['deploy it to you ay tee first and then to prod', 'UAT'],
    ['the pre prad database is refreshed every month', 'pre-prod'],
    ['we tested it in the staying environment', 'staging'],
    ['use the send box credentials from the stripe account', 'sandbox'],
    ['the ticket stays in the baklog until the next sprint', 'backlog'],
    ['raise a chenj request in servicenow before the deploy', 'change request'],
    ['the cab meeting is on Thursdays', 'CAB'],
    ['there is a code frees for releases from the fifteenth', 'code freeze'],
    ['the on-call rotor is in pagerduty', 'rota'],
    ['the escalation metrics in confluence lists the L1 and L2 contacts', 'escalation matrix'],
    ['we need UAT sign of from the business', 'sign-off'],
    ['it started as a monolit and we split it up', 'monolith'],
    ['the reports read from the reed replica of postgres', 'read replica'],
    ['the RPO is fifteen minutes and the are tee oh is an hour', 'RTO'],
    ['check the kafka consumer leg on the orders topic', 'consumer lag'],
    ['the pods kept getting ohm killed because of the memory limit', 'OOMKilled'],
    ['there is a memory leek in the java service', 'memory leak'],
    ['we alert on see pee you above eighty percent', 'CPU'],
    ['the redis cash miss rate jumped after the deploy', 'cache miss'],
    ['it sits behind a feature flak in launchdarkly', 'feature flag'],
    ['the flyway migrasion failed on the orders table', 'migration'],
    ['there was a deadlok between the two update queries', 'deadlock'],
    ['the hikari conection pool was exhausted', 'connection pool'],
    ['we mask the pie data in the logs', 'PII'],
    ['we delete it after thirty days for gee dee pee are', 'GDPR'],
    ['the secrets rotasion is automated in vault', 'secrets rotation'],
    ['the quarterly axis review in sailpoint removes leavers', 'access review'],
    ['the encription at rest uses kms keys', 'encryption'],
    ['the dee are site is in frankfurt', 'DR site'],
    ['it failed with a desk full error on the node', 'disk full'],
    ['the message cue depth keeps growing', 'queue'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['please hand over the keys to reception', 'handover'],
    ['I will be staying in a hotel near the office', 'staging'],
    ['the kids played in the sand box all afternoon', 'sandbox'],
    ['we took a cab to the airport', 'CAB'],
    ['it is a sign of trouble when the graphs go quiet', 'sign-off'],
    ['he took some time out after the launch', 'timeout'],
    ['she had a migraine all weekend', 'migration'],
    ['I booked desk space in the office for Tuesday', 'disk space'],
    ['we went on a company retreat last spring', 'retry'],
    ['the pie chart shows the split by region', 'PII'],
    ['a helicopter rotor blade cracked', 'rota'],
    ['the cat over there is asleep', 'cutover'],
    ['the route causes a loop in the network', 'root cause'],
    ['the GDP grew three percent last year', 'GDPR'],
    ['we saw a snooker cue on the table', 'queue'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });

  test('a desk people work at stays a desk in a call that settled "desk" as disk', () => {
    const call = 'the desk usage alert fires at night. then the desk usage graph goes red. we clear the desk usage by hand. the control desk types the defect cards in.';
    const texts = splitSentences(parseTranscriptText(call)).map((s) => s.text);
    expect(texts[0]).toContain('disk usage');
    expect(texts[3]).toContain('the control desk types');
  });

  test("a cemetery's plots stay plots in a call that deploys to prod", () => {
    const call = [
      'It does four things, um, plot reservations, burial bookings from the funeral directors, the grave deeds, and the public search.',
      'After, you book a test burial at Plot Zero in prod, see it land on the dig sheet preview and cancel it.',
      "First, online pre-purchase of plots with card payment, that's built and sitting on staging.",
      'You merge to main, it deploys to staging, and prod is a manual job.',
    ].join('\n\n');
    const text = splitSentences(parseTranscriptText(call)).map((s) => s.text).join(' ');
    expect(text).toContain('plot reservations');
    expect(text).toContain('Plot Zero');
    expect(text).toContain('pre-purchase of plots');
  });
});

