import { cleanSpeech, parseTranscriptText, splitSentences } from '../../src/engine/input';
import domains from '../../src/engine/asr/lexicon-domains.json';
import { normKey, type GuardedVariants } from '../../src/engine/asr/lexicon';

const clean = (s: string) => cleanSpeech(s).text;

describe('letters spelled out one by one', () => {
  test.each([
    ['the i b m m q channel was stuck in retrying', 'the IBM MQ channel was stuck in retrying'],
    ['restart the channel on the m q side', 'restart the channel on the MQ side'],
    ['files arrive over s f t p at six', 'files arrive over SFTP at six'],
    ['the t o s knows where every container is', 'the TOS knows where every container is'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test.each(['plot x y on the chart', 'it is plan b c or nothing', 'we go from a to b'])('two letters that spell no listed term stay: %s', (s) => {
    expect(cleanSpeech(s).fixes).toEqual([]);
  });
});

describe('"sequel" after a database product or before database words is SQL', () => {
  test.each([
    ['the audit trail is in an Azure sequel database', 'the audit trail is in an Azure SQL database'],
    ['the reports are Spark sequel jobs', 'the reports are Spark SQL jobs'],
    ['the sequel query times out at nine', 'the SQL query times out at nine'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test.each(['the sequel to that film was better', 'there is no sequel planned', 'we watched the sequel last night'])('a film sequel stays: %s', (s) => {
    expect(cleanSpeech(s).fixes).toEqual([]);
  });
});

describe('product names heard as ordinary words, beside their context', () => {
  test.each([
    ['when the error count jumps in send tree we roll back', 'Sentry'],
    ['the ebook holds come from the over drive api', 'OverDrive'],
    ['the library loans sit in over drive until the nightly sync', 'OverDrive'],
    ['the self-check kiosks talk sip too to the library system', 'SIP2'],
    ['the catalogue lives in coca and the patrons log in there', 'Koha'],
    ['it is a java spring boost service', 'Spring Boot'],
    ['the apm dashboards are in new relish', 'New Relic'],
    ['every schema migration is a liquid base changeset', 'Liquibase'],
    ['the rotation is paged through ex matters', 'xMatters'],
    ['a recruiter marks the candidate hired in work day', 'Workday'],
    ['the employee data comes from workday and the payroll job reads it', 'Workday'],
    ['the bpmn workflow runs in come under as an embedded engine', 'Camunda'],
    ['gate transactions are sent to navis and four', 'Navis N4'],
    ['the failure rate shows up in application in sites', 'Application Insights'],
    ['I saved the Cousteau queries for the telemetry', 'Kusto'],
    ['the timetables come from the wonder api every night', 'Wonde API'],
    ['the parent app calls some a sure functions', 'Azure functions'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['we work day and night before a launch', 'Workday'],
    ['the payroll employees work day and night shifts', 'Workday'],
    ['on her first work day the recruiter showed her around the hiring tools', 'Workday'],
    ['it will come under review next quarter', 'Camunda'],
    ['the workflow will come under scrutiny from the auditors', 'Camunda'],
    ['pass the new relish tray please', 'New Relic'],
    ['use a liquid base for the sauce', 'Liquibase'],
    ['take a sip too if the tea is cool', 'SIP2'],
    ['send tree photos to the gardener', 'Sentry'],
    ['coca is grown in the Andes', 'Koha'],
    ['I wonder if the api is down', 'Wonde'],
    ['no wonder integration tests fail on Mondays', 'Wonde'],
    ['the library bought a crate of coca cola after the catalogue move', 'Koha cola'],
    ['the engine went into over drive when the library api slowed', 'OverDrive'],
    ['the ex matters less than the new one', 'xMatters'],
    ['make sure scripts for the pharmacy run every night', 'Surescripts'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('a one-word garble confirmed once, for words nobody says otherwise at work', () => {
  test('"spunk" becomes Splunk in the rest of the call once its context confirmed it', () => {
    const t = parseTranscriptText('Logging goes to spunk with the gate index. After the deploy you look in spunk for ten minutes.');
    expect(splitSentences(t).map((s) => s.text)).toEqual(['Logging goes to Splunk with the gate index.', 'After the deploy you look in Splunk for ten minutes.']);
  });

  test('an everyday word stays itself outside its own context', () => {
    const t = parseTranscriptText('The patient charts are in epic. That launch was an epic week for everyone.');
    expect(splitSentences(t).map((s) => s.text)).toEqual(['The patient charts are in Epic.', 'That launch was an epic week for everyone.']);
  });
});

// Every domain rule with near words, both ways: its context makes it fire, a neutral sentence leaves it be.
describe('domain names heard as ordinary words', () => {
  // Names that come only from guarded variants: one heard from a listed spelling too is covered above.
  const rules = (domains.terms as { term: string; variants?: string[]; guarded?: GuardedVariants[] }[]).filter((t) => !t.variants).flatMap((t) =>
    (t.guarded ?? [])
      .filter((g) => g.near && !g.before && !g.after)
      // The name's own spelling ("sims" for SIMS) is re-cased wherever it is written whole.
      .flatMap((g) => g.variants.filter((v) => normKey(v) !== normKey(t.term)).map((v) => ({ term: g.to ?? t.term, variant: v, guard: g }))),
  );

  test.each(rules.map((r) => [r.variant, r.term, r] as const))('"%s" becomes %s only beside its context words', (variant, term, { guard }) => {
    expect(clean(`we checked the ${guard.near![0]} in ${variant} again`)).toContain(term);
    expect(cleanSpeech(`I told him ${variant} yesterday at home.`).fixes).toEqual([]);
  });
});
