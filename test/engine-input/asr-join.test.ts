import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('a term heard as several ordinary words is joined by sound', () => {
  // None of these spellings is listed in the lexicon: they are found by their sound.
  test.each([
    ['we deploy everything on cube and eighties in the eu cluster', 'we deploy everything on Kubernetes in the eu cluster'],
    ['the pods run on cuba net ease and scale with the load', 'the pods run on Kubernetes and scale with the load'],
    ['the helm charts deploy to the cuba nettys cluster', 'the Helm charts deploy to the Kubernetes cluster'],
    ['events go on rabbit em queue and the workers pick them up', 'events go on RabbitMQ and the workers pick them up'],
    ['we use post grey sequel for the orders database', 'we use PostgreSQL for the orders database'],
    // "th" said, and heard, as a plain t
    ['the scrape targets are in pro mee tus and the alerts go to slack', 'the scrape targets are in Prometheus and the alerts go to slack'],
    // a name of several words heard word for word, one word as it is spelled
    ['the order events go over the surface bus to the billing services', 'the order events go over the Service Bus to the billing services'],
    ['the lab results come in through merit connect from the EHR interface', 'the lab results come in through Mirth Connect from the EHR interface'],
    // a homophone for the first word of the name
    ['the pods restart and you see the errors in knew relic dashboards', 'the pods restart and you see the errors in New Relic dashboards'],
    // an unstressed first vowel heard as the article "a"
    ['the lambdas sit behind a pie gateway with a usage plan per client', 'the lambdas sit behind API Gateway with a usage plan per client'],
    // a name of several words word for word, one word a letter off
    ['the admit messages go on service bust and the functions pick them up', 'the admit messages go on Service Bus and the functions pick them up'],
    ['the pods run on open sift in the bank data centre', 'the pods run on OpenShift in the bank data centre'],
    // letters said by name that open a name of several words
    ['readings come in through eye oh tea hub from the field gateways', 'readings come in through IoT Hub from the field gateways'],
    // a breath before the first vowel: the listed spelling without the h
    ['you get paged through hops genie when the queue backs up', 'you get paged through Opsgenie when the queue backs up'],
    // the words after the article make a name of their own: the article stays
    ['plus github access to the repos and a paige or duty account for the on call', 'plus GitHub access to the repos and a PagerDuty account for the on-call'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test('a listed start of a term takes the rest of it when said in full', () => {
    expect(clean('the sessions table lives in dynamo dee bee with a ttl on each item')).toBe('the sessions table lives in DynamoDB with a TTL on each item');
  });

  test('the fix names the words it joined', () => {
    const input = 'the pods run on cuba net ease now';
    const r = cleanSpeech(input);
    expect(r.fixes).toEqual([{ from: 'cuba net ease', to: 'Kubernetes', start: 16, end: 29, contextual: true }]);
    expect(input.slice(r.fixes[0].start, r.fixes[0].end)).toBe('cuba net ease');
  });

  test.each([
    // Without technical talk nearby the same words are a holiday, not a cluster.
    'we went to cuba net ease and had a lovely time',
    'the rabbit em queue was long at the fair',
    // A short sound word for word is everyday talk: "red hot" is no Red Hat.
    'the build server was red hot after the upgrade of the cluster',
    // Only the commonest words: everyday talk even in a technical sentence.
    'the first day you deploy with a buddy',
    'what breaks when the database is down',
    'step two is the deploy pipeline',
    // A short sound made of dictionary words: "team owns" is not Temenos.
    'the payments team owns the ledger database',
    // A short sound from a name is not a term spelled apart: "tom knows" is not Temenos.
    'tom knows the payments database well',
    // Lone letters are not syllables of a name.
    'the cluster link i redid last week',
    // An article before everyday words is the article.
    'the cluster plan is a pie in the sky for this quarter',
    'a sure way to break the cluster is to delete the namespace',
    // a breath before a name's spelling, without technical talk, is everyday words
    'he opened the hops genie bottle at the party',
    // the name's word in the singular is said as meant
    'the route build is an azure function on a timer in the cluster',
    // letter names that are everyday words, with no name to open
    'oh tea time is at four in the office',
    // a sound only near a name's, after an article, is everyday words
    'if someone freezes for a month dues skips them in the billing run',
    // A lower-case term is ordinary words when said split.
    'if the deploy fails you roll back the cluster',
  ])('stays as it is: %s', (sentence) => {
    expect(cleanSpeech(sentence).fixes).toEqual([]);
  });
});

describe('vendor and standard names of integration domains', () => {
  test.each([
    ['the patient records come from the fire api of epic', 'the patient records come from the FHIR API of Epic'],
    ['we receive h l seven messages from the hospital through mirth connect channels', 'we receive HL7 messages from the hospital through Mirth Connect channels'],
    ['the payments go out as iso twenty oh twenty-two messages over swift', 'the payments go out as ISO 20022 messages over SWIFT'],
    ['the core banking system is tem e nos and the nightly batch closes the accounts', 'the core banking system is Temenos and the nightly batch closes the accounts'],
    ['sms go out through von age for the uk numbers', 'sms go out through Vonage for the uk numbers'],
    ['the card settlements go to fi serve every night', 'the card settlements go to Fiserv every night'],
    ['the feature store is feast with an online store in redis', 'the feature store is Feast with an online store in Redis'],
    ['the orders sync to net suite every hour through the integration', 'the orders sync to NetSuite every hour through the integration'],
    ['employee data comes from work day through the hcm integration', 'employee data comes from Workday through the hcm integration'],
    ['the erp is sap and the idocs arrive every night', 'the erp is SAP and the IDocs arrive every night'],
    ['the shop if i store sends order webhooks to our api', 'the Shopify store sends order webhooks to our API'],
    ['the scans are stored as die com files in the pacs', 'the scans are stored as DICOM files in the PACS'],
    ['we train the model with sci kit learn', 'we train the model with scikit-learn'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test.each([
    'the fire alarm test is on Wednesday',
    'that was an epic fail, we all laughed',
    'a normal work day starts at nine',
    'the net result is positive',
    'the swift reply from the vendor surprised us',
    'we went to a feast at my uncle’s house',
    'the sap was running in the trees',
  ])('the ordinary word stays without its domain nearby: %s', (sentence) => {
    expect(cleanSpeech(sentence).fixes).toEqual([]);
  });
});

describe('ordinary English', () => {
  const lines = readFileSync(join(__dirname, 'fixtures', 'ordinary-english.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));

  test('the body of ordinary sentences is large enough to mean something', () => {
    expect(lines.length).toBeGreaterThan(300);
  });

  // Only re-spelling the same letters ("post mortem" -> "postmortem") is allowed: no word may change.
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  test.each(lines)('no word changes: %s', (sentence) => {
    const changed = cleanSpeech(sentence).fixes.filter((f) => letters(f.from) !== letters(f.to));
    expect(changed).toEqual([]);
  });
});
