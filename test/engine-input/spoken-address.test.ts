import { cleanSpeech, parseTranscriptText } from '../../src/engine/input';
import { extractHandover } from '../../src/engine/extract';

const clean = (s: string) => cleanSpeech(s).text;

describe('web addresses read out loud', () => {
  test.each([
    ['the doc is at wiki dot acme dot com slash display slash orders slash architecture', 'the doc is at wiki.acme.com/display/orders/architecture'],
    ['open h t t p s colon slash slash confluence dot acme dot com slash wiki', 'open https://confluence.acme.com/wiki'],
    ['it is on www dot acme dot com', 'it is on www.acme.com'],
    ['our site is acme dot atlassian dot net', 'our site is acme.atlassian.net'],
    ['see order dash service dot internal dot acme dot io forward slash health', 'see order-service.internal.acme.io/health'],
    ['Wiki dot Acme dot com slash Orders.', 'Wiki.Acme.com/Orders.'],
    ['h t t p colon slash slash grafana dot ops dot acme dot com', 'http://grafana.ops.acme.com'],
    // after a scheme, a host name heard as two words is still one label
    ['https colon slash slash jenkins ops dot acme dot local slash job', 'https://jenkinsops.acme.local/job'],
    // a label spelled in words and then "all one word", and an Irish address
    ['its confluence dot atlantic blood all one word dot ie slash display slash halla', 'its confluence.atlanticblood.ie/display/halla'],
  ])('%s', (said, written) => {
    expect(clean(said)).toBe(written);
  });

  test.each([
    ['we use dot net core for the billing service', 'we use .NET core for the billing service'],
    ['back in the dot com days this was one server', 'back in the dot com days this was one server'],
    ['the values dot yaml file holds the replicas', 'the values dot YAML file holds the replicas'],
    ['just mail acme dot com and ask', 'just mail acme dot com and ask'],
    ['put a dot at the end and a slash before the name', 'put a dot at the end and a slash before the name'],
  ])('"%s" gets no address', (said, written) => {
    expect(clean(said)).toBe(written);
  });

  test('a link said out loud states the architecture link, with evidence on the spoken words', () => {
    const text =
      'Now the architecture reference. The architecture document is at wiki dot acme dot com slash display slash orders slash architecture. ' +
      'It was last updated in March and Priya verified it.';
    const draft = extractHandover(parseTranscriptText(text));
    const arch = draft.sections.find((s) => s.id === 'architecture-reference')!;
    const link = arch.items.find((i) => i.field === 'Link to the architecture document');
    expect(link?.text).toContain('wiki.acme.com/display/orders/architecture');
    expect(text.slice(link!.evidence[0].start, link!.evidence[0].end)).toContain('wiki dot acme dot com slash display');
    expect(arch.missing).not.toContain('Link to the architecture document');
  });
});
