import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('names heard as a run of short words, matched by their consonants and vowel beats', () => {
  test.each([
    // every beat of the name, one word no dictionary holds
    ['the api logs go to day ta dock and the alerts go to slack', 'Datadog'],
    // the unstressed first vowel heard as a little word of its own
    ['every request to the api passes an on voy proxy in the mesh', 'Envoy'],
    // a little word as the name's first beat, before a word no dictionary holds
    ['The cluster and the database and all that are in by sep, though some of it is still Terraform.', 'Bicep'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    // everyday words whose beats are near a name's, next to technical talk
    ['my daughter has the deploy pipeline open on her laptop', 'Tideworks'],
    ['the finance team owns the kafka topic for invoices', 'Temenos'],
    ['the certificate expired and nobody renewed it on the load balancer', 'Renovate'],
    ['when I packed the laptop the kubernetes dashboard was still open', 'WebSocket'],
    // "app" is an everyday word, not a syllable of AppSync
    ['the driver app saying photo rejected is the top ticket for the api team', 'AppSync'],
    // letters said by name spell a term, they are not syllables of one
    ['you can es es aitch into the node from the bastion', 'Kinesis'],
    // a little word before a name or a compound: only the name's own first letter opens its beats
    ['any change to that job has to be approved by paul who runs the contracting api', 'PayPal'],
    ['it all runs on jee kay ee, so koober nettys on Google cloud', 'ZooKeeper'],
    ['moving the texts onto the in-house messaging platform, the new topic exists', 'Thanos'],
    ["Same with the till config in the terra formed repo, don't change it without asking.", 'Totara'],
  ])('ordinary words stay: %s', (sentence, term) => {
    expect(clean(sentence)).not.toContain(term);
  });
});

describe('a name of several words heard glued into one', () => {
  test.each([
    ['preview builds are deployed to cloudrun and scale to zero', 'Cloud Run'],
    ['the connection strings live in keyvault, not in the repo', 'Key Vault'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });
});
