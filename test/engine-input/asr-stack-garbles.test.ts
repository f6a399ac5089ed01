import { cleanSpeech, parseTranscriptText, splitSentences } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('products of common stacks heard as words or names, beside their context', () => {
  test.each([
    // IoT / LoRa
    ['the sensors talk Laura wan to a gateway on the roof', 'LoRaWAN'],
    ['the gateway goes over 4G to the thing stack console', 'The Things Stack'],
    ['a webhook hits node read on our VM and it decodes the payloads', 'Node-RED'],
    ['the node read flows live in a git repo', 'Node-RED'],
    ['it writes everything into influx Debbie from the webhook payloads', 'InfluxDB'],
    ['graph Anna sits on top for the dashboards', 'Grafana'],
    ['the mqtt broker is mosquito on the same box', 'Mosquitto'],
    // Ruby / Heroku
    ['it is a Ruby on Rails app on Heroic', 'Heroku'],
    ['press promote in the Heroic pipeline', 'Heroku'],
    ['Sidekiq workers on a Reddit instance run the background jobs', 'Redis'],
    ['the Reddit instance has run out of memory', 'Redis'],
    ['watch honey badger for twenty minutes for new errors', 'Honeybadger'],
    ['the dyno logs go to paper trail', 'Papertrail'],
    // Azure
    ['every approved transaction goes to even hubs and the consumers read it', 'Event Hubs'],
    ['the documents live in cosmos Debbie on azure', 'Cosmos DB'],
    ['the events go on the azure service boss queue', 'Service Bus'],
    // JVM and PHP frameworks
    ['it is Java seventeen with Quercus running on AKS', 'Quarkus'],
    ['it is p h p lara vel running on e c s', 'Laravel'],
    ['the php bundles come from symphony and twig', 'Symfony'],
    // Log tools, migrations, payments
    ['watch the decline rate in cabana dashboards', 'Kibana'],
    ['the fly away migrations are always backward compatible', 'Flyway'],
    ['you go to the strip dashboard and press resend', 'Stripe'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    ['we watched a cabana on the beach', 'Kibana'],
    ['there is a paper trail of invoices for every refund', 'Papertrail'],
    ['the auditors want a paper trail in the logs', 'Papertrail'],
    ['my sister Laura once worked there', 'LoRaWAN'],
    ['the honey badger video was everywhere', 'Honeybadger'],
    ['reddit threads about it were full of complaints', 'Redis'],
    ['I read on Reddit that the cache library is abandoned', 'Redis'],
    ['it was a heroic effort to get the deploy out', 'Heroku'],
    ['the team made a heroic push before the release', 'Heroku'],
    ['the birds fly away when the migration season starts', 'Flyway'],
    ['we strip dashboard names of spaces before saving', 'Stripe'],
    ['the airline cut even hubs that made money', 'Event Hubs'],
    ['she plays in a symphony orchestra', 'Symfony'],
    ['my sidekick for the launch was Priya', 'Sidekiq'],
    ['each node read the config from the same file', 'Node-RED'],
    ['Anna will graph the results on Friday', 'Grafana'],
    ['there was an influx of new users after the launch', 'InfluxDB'],
    ['my customer service boss signed it off', 'Service Bus'],
    ['Debbie moved the cosmos poster to the kitchen', 'Cosmos DB'],
  ])('ordinary words stay: %s', (s, term) => {
    expect(clean(s)).not.toContain(term);
  });
});

describe('a one-word garble confirmed once is repaired all call long', () => {
  const sentencesOf = (lines: string[]) => splitSentences(parseTranscriptText(lines.map((l) => `Ana: ${l}`).join('\n'))).map((s) => s.text);

  test('"cabana" after the call named it with its dashboards', () => {
    const out = sentencesOf(['The authorisation dashboards are in cabana.', 'You need cabana access on the first day.']).join(' ');
    expect(out).toContain('Kibana access');
    expect(out).not.toMatch(/cabana/i);
  });

  test('"Sidekick" after the call named it with its jobs', () => {
    const out = sentencesOf(['The export is a Sidekick job on the queue.', 'We moved the export onto Sidekick last spring.']).join(' ');
    expect(out).toContain('onto Sidekiq');
  });

  test('without that context the word stays', () => {
    const out = sentencesOf(['We had a cabana by the pool.', 'My sidekick booked it.']).join(' ');
    expect(out).toContain('cabana');
    expect(out).toContain('sidekick');
  });
});
