import { cleanSpeech, type Glossary } from '../../src/engine/input';

const clean = (s: string, glossary?: Glossary) => cleanSpeech(s, { glossary }).text;

describe('speech-to-text repair', () => {
  test.each([
    ['QBritis for container orchestration', 'Kubernetes for container orchestration'],
    ['teleform for infrastructure provisioning', 'Terraform for infrastructure provisioning'],
    ['the trigger type is auto for non-trod and manual for prod', 'the trigger type is auto for non-prod and manual for prod'],
    ['safe to use as redowning', 'safe to use as read-only'],
    ['Jenkins for CSD pipeline', 'Jenkins for CI/CD pipeline'],
    ['The rollback trigger is failed Hel checks', 'The rollback trigger is failed health checks'],
    ['Hel checks or increase error rate.', 'Health checks or increase error rate.'],
    ['Asclicion paths are clear.', 'Escalation paths are clear.'],
    ['The Kubernetes cluster auto-skiller setting.', 'The Kubernetes cluster autoscaler setting.'],
    ['Because this Katie will take care of it.', 'Because this KT will take care of it.'],
    ['This is a small Katie sample Katie.', 'This is a small KT sample KT.'],
    ['page the on-call through pager duty', 'page the on-call through PagerDuty'],
    ['run cube control rollout undo', 'run kubectl rollout undo'],
    ['order intake validation, pay-bin orchestration and fulfillment', 'order intake validation, payment orchestration and fulfillment'],
    ['shortcuts in non-trod that does not exist in plot', 'shortcuts in non-prod that does not exist in prod'],
    ['We have broad staging, QA and Dev environments.', 'We have prod staging, QA and Dev environments.'],
    ['events go through cafka into snow flake', 'events go through Kafka into Snowflake'],
    ['logs are in elastic search and the dashboards in graph ana', 'logs are in Elasticsearch and the dashboards in Grafana'],
    ['a spike of five oh two errors from the gateway', 'a spike of 502 errors from the gateway'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test.each([
    'Katie said she will review the runbook.',
    'Thanks Katie, that helps.',
    'We plot the error rate on a chart.',
    'There is a broad range of options.',
    'The radius of the blast is small.',
    'Put it on the back burner, we roll back on Fridays.',
    'The cube was on the table and he took control.',
    'I have a duty to page the team.',
    'Our team is small but the helm of the ship is steady.',
    'The data flows from the service into the status page.',
    'I am not sure, am I right?',
    'We talked about the schema registry and the app service.',
  ])('ordinary English stays as it is: %s', (sentence) => {
    expect(cleanSpeech(sentence).fixes).toEqual([]);
  });

  test('reports each fix with the words it replaced and where', () => {
    const r = cleanSpeech('we use teleform and pager duty');
    expect(r.fixes).toEqual([
      { from: 'teleform', to: 'Terraform', start: 7, end: 15 },
      { from: 'pager duty', to: 'PagerDuty', start: 20, end: 30 },
    ]);
  });

  test('spelled-out letters become the acronym', () => {
    expect(clean('files come and go by s f t p')).toBe('files come and go by SFTP');
    expect(clean('the i a m role and the e t l jobs')).toBe('the IAM role and the ETL jobs');
    expect(clean('f f m peg makes the thumbnails')).toBe('FFmpeg makes the thumbnails');
  });

  test('a misheard term not listed as a variant is found by sound', () => {
    expect(clean('we moved the jobs to Kubernetis last year')).toBe('we moved the jobs to Kubernetes last year');
    expect(clean('the Terrafrom state lives in S3')).toBe('the Terraform state lives in S3');
  });

  test('a team glossary adds terms, variants and sound matches', () => {
    const glossary = ['Zephyrine', { term: 'LedgerBot', variants: ['ledger bought'] }];
    expect(clean('ask ledger bought to post it, then check Zephyrene', glossary)).toBe('ask LedgerBot to post it, then check Zephyrine');
    expect(clean('ask ledger bought to post it')).toBe('ask ledger bought to post it');
  });

  test('speaker names are never turned into terms', () => {
    expect(cleanSpeech('Katy owns the runbook', { protect: ['Katy Perez'] }).text).toBe('Katy owns the runbook');
  });

  test('fillers and false starts are dropped, real uses of "like" and "you know" stay', () => {
    expect(clean('um so uh we deploy the the service, you know, on Tuesdays')).toBe('so we deploy the service, on Tuesdays');
    expect(clean('Dev dev adopts own prod and staging')).toBe('Dev adopts own prod and staging');
    expect(clean('we- we deplo- deploy on merge')).toBe('we deploy on merge');
    expect(clean('teams like finance and support')).toBe('teams like finance and support');
    expect(clean('if you know the password, log in')).toBe('if you know the password, log in');
    expect(clean('pre- and post-deployment checks')).toBe('pre- and post-deployment checks');
    expect(clean('Um.')).toBe('');
  });

  test('a number said digit by digit is no stutter: a year, a port', () => {
    expect(clean('we built it in twenty twenty one')).toBe('we built it in twenty twenty one');
    expect(clean('it listens on port four four three')).toBe('it listens on port four four three');
    expect(clean('freeze for eleven eleven and the zed zed test account')).toBe('freeze for eleven eleven and the zed zed test account');
    expect(clean('the the gateway')).toBe('the gateway');
  });

  test('a name that opens with a dot keeps its dot and the space before it when fillers go', () => {
    expect(clean('the services are in .NET and they run in the cluster, um, mostly')).toBe('the services are in .NET and they run in the cluster, mostly');
    expect(clean('.NET is what, uh, the services use')).toBe('.NET is what, the services use');
    expect(clean('so um , the deploy .')).toBe('so, the deploy.');
    // written, not heard: no spoken name starts at it (NetApp is "net app" said near storage)
    expect(clean('it is a .NET app on the storage share')).toBe('it is a .NET app on the storage share');
  });

  test('markup left in cue text is removed', () => {
    expect(clean('<i>never</i> touch the <b>state</b> files')).toBe('never touch the state files');
  });
});
