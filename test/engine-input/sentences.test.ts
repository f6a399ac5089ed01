import { SEED_GOLD, SEED_TRANSCRIPT } from '../engine/reference';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscriptText, readTranscript, splitSentences } from '../../src/engine/input';
import type { Sentence, Transcript } from '../../src/engine/model';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

function expectExactOffsets(t: Transcript, sentences: Sentence[]): void {
  for (const s of sentences) {
    expect(s.raw).toBe(t.text.slice(s.start, s.end).replace(/\s+/g, ' '));
    const seg = t.segments[s.segment];
    // Never crosses its segment (cue, turn or paragraph).
    expect(s.start).toBeGreaterThanOrEqual(seg.start);
    expect(s.end).toBeLessThanOrEqual(seg.end);
    expect(s.speaker).toBe(seg.speaker);
    expect(s.time).toBe(seg.time);
  }
  expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
}

describe('sentences', () => {
  const seedText = readFileSync(SEED_TRANSCRIPT, 'utf8');
  const seedGold = JSON.parse(readFileSync(SEED_GOLD, 'utf8'));

  test('the seed transcript splits exactly where the labelled sentences are', () => {
    const t = parseTranscriptText(seedText, 'seed-order-platform.txt');
    const sentences = splitSentences(t);
    expectExactOffsets(t, sentences);
    expect(sentences.map((s) => [s.start, s.end])).toEqual(seedGold.sentences.map((g: { start: number; end: number }) => [g.start, g.end]));
  });

  test('cleaned text repairs every garbled term of the seed and keeps the repaired ones', () => {
    const all = splitSentences(parseTranscriptText(seedText)).map((s) => s.text).join(' ');
    for (const bad of seedGold.asr_must_not_appear as string[]) {
      expect(all).not.toMatch(new RegExp(`(?<![A-Za-z])${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`));
    }
    for (const good of seedGold.asr_must_appear as string[]) expect(all).toContain(good);
  });

  test('a restart phrase is emptied and the restated sentences point at what they restate', () => {
    const t = parseTranscriptText(
      'The rollback trigger is failed Hel checks. Let me say it again. The rollback trigger is failed health checks or errors. Who approves rollback?',
    );
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual([
      'The rollback trigger is failed health checks.',
      '',
      'The rollback trigger is failed health checks or errors.',
      'Who approves rollback?',
    ]);
    expect(s.map((x) => x.repeatOf)).toEqual([undefined, undefined, 0, undefined]);
  });

  test('subtitle cues end sentences even without punctuation; punctuation splits inside a cue', async () => {
    const t = await readTranscript(fixture('zoom.vtt'), 'zoom.vtt');
    const s = splitSentences(t);
    expectExactOffsets(t, s);
    expect(s.map((x) => x.raw)).toEqual([
      "Okay so let's start the KT for the billing service.",
      'The billing service runs on QBritis in three environments.',
      'Which environments exactly?',
      'Dev, staging and prod.',
      'Deploys go through the CSD pipeline in Jenkins.',
    ]);
    expect(s[4].text).toBe('Deploys go through the CI/CD pipeline in Jenkins.');
    expect(s.map((x) => x.speaker)).toEqual(['Priya Raman', 'Priya Raman', "Tom O'Neil", 'Priya Raman', 'Priya Raman']);
  });

  test('multi-line SRT cues give one sentence with exact offsets over the line break', async () => {
    const t = await readTranscript(fixture('subtitles.srt'));
    const s = splitSentences(t);
    expectExactOffsets(t, s);
    expect(t.text.slice(s[1].start, s[1].end)).toBe('we run elastic search on kubernetes\nwith three data nodes');
    expect(s[1].text).toBe('we run Elasticsearch on Kubernetes with three data nodes');
  });

  test('raw lowercase speech in one paragraph is cut into sentences at topic openers', async () => {
    const t = await readTranscript(fixture('raw-speech.txt'));
    const s = splitSentences(t);
    expectExactOffsets(t, s);
    expect(s.length).toBeGreaterThanOrEqual(8);
    // Every sentence is a readable clause, not the whole paragraph or a word or two.
    for (const x of s) expect(x.raw.split(' ').length).toBeLessThanOrEqual(40);
    const starts = s.map((x) => x.raw.split(' ').slice(0, 3).join(' '));
    expect(starts).toContain('now the deployment');
    // "yeah the danger zones" or "the danger zones": either is where a person puts the stop.
    expect(starts.some((x) => /^(yeah )?the danger/.test(x))).toBe(true);
    expect(s.map((x) => x.text).join(' ')).toContain('the escalation channel is PagerDuty');
  });

  test('raw speech ends the handover opener and a question before the next clause starts', () => {
    // Written for this test, not taken from a fixture: the model must generalise.
    const t = parseTranscriptText(
      'okay so this is the handover for the invoice exporter it is a python service that runs every night and writes ' +
        'the invoices to the erp the finance team uses the files every morning how do you deploy it we deploy it with ' +
        'argo cd from the main branch and if something goes wrong you just roll back to the previous tag',
    );
    const s = splitSentences(t).map((x) => x.raw);
    expect(s[0]).toBe('okay so this is the handover for the invoice exporter');
    expect(s).toContain('how do you deploy it');
    // The answer starts after the question, whether or not its "and if ..." is cut off.
    expect(s[s.indexOf('how do you deploy it') + 1]).toMatch(/^we deploy it with argo cd\b/);
  });

  test('every labelled transcript splits within its segments with exact offsets', async () => {
    for (const name of ['zoom.vtt', 'teams.vtt', 'otter.txt', 'bracket.txt', 'prefix.txt', 'speakers.srt', 'teams.docx', 'teams-old.docx']) {
      const t = await readTranscript(fixture(name), name);
      expectExactOffsets(t, splitSentences(t));
    }
  });

  test('a multi-word garble confirmed by context once is repaired in the rest of the call too', () => {
    const t = parseTranscriptText('The dashboards are in graph on a. Also use graph on a for looking at them. Thanks Katie. This Katie is short.');
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The dashboards are in Grafana.',
      'Also use Grafana for looking at them.',
      // A single ordinary word (a name, here) is only ever repaired in its own context.
      'Thanks Katie.',
      'This KT is short.',
    ]);
    const alone = parseTranscriptText('Also use graph on a for looking at them.');
    expect(splitSentences(alone)[0].text).toBe('Also use graph on a for looking at them.');
  });

  test('words joined by sound into a name amid technical talk are that name in the rest of the call too', () => {
    const t = parseTranscriptText(
      'And the infrastructure is all terror farm, it lives in the same repo as the code.\n\nThe terror farm side is separate, that is a plan and apply by hand.',
    );
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'And the infrastructure is all Terraform, it lives in the same repo as the code.',
      'The Terraform side is separate, that is a plan and apply by hand.',
    ]);
    const alone = parseTranscriptText('The terror farm side is separate, that is a plan and apply by hand.');
    expect(splitSentences(alone)[0].text).toBe('The terror farm side is separate, that is a plan and apply by hand.');
  });

  test('one of the shortest common words stays itself though the call names the term it could be heard for', () => {
    const said = 'We tag every release with git tag and push it to the GitHub repo.';
    const later = 'On Sunday night you get contention errors from Firestore on the popular classes.';
    const t = parseTranscriptText(`${said}\n\n${later}`);
    expect(splitSentences(t).map((s) => s.text)[1]).toBe(later);
  });

  test('one word heard as a term in its context three times is that term all call long', () => {
    const said = [
      'The errors go to century and the alerts page the on-call.',
      'After the deploy you watch century for new exceptions.',
      'In century we had thousands of errors that morning.',
    ];
    const later = 'Nobody looked at century in the night.';
    const t = parseTranscriptText([...said, later].join('\n\n'));
    expect(splitSentences(t).map((s) => s.text)[3]).toBe('Nobody looked at Sentry in the night.');
    // Twice is not settled: the word stays a word where nothing around says otherwise.
    const twice = parseTranscriptText([...said.slice(0, 2), later].join('\n\n'));
    expect(splitSentences(twice).map((s) => s.text)[2]).toBe(later);
  });

  test('a hearing settled on the second look settles the same hearing in sentences already looked at', () => {
    // "low key" is Loki by the first sentence; only then does Loki beside "graph on a" make it
    // Grafana, and that settles the "graph on a" said before it.
    const t = parseTranscriptText(
      'Customers search the consignment number in graph on a.\n\nWe keep the logs in low key for two weeks.\n\nThe tools cluster is where low key and graph on a live.',
    );
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'Customers search the consignment number in Grafana.',
      'We keep the logs in Loki for two weeks.',
      'The tools cluster is where Loki and Grafana live.',
    ]);
    const alone = parseTranscriptText('Customers search the consignment number in graph on a.');
    expect(splitSentences(alone)[0].text).toBe('Customers search the consignment number in graph on a.');
  });

  test('a hearing of a term the call names elsewhere is that term amid technical talk', () => {
    const said = 'The state is in PostgreSQL, with Redis in front of it for the latest reading.';
    const later = 'And a half-finished reddish upgrade, which is in staging but not prod.';
    const t = parseTranscriptText(`${said}\n\n${later}`);
    expect(splitSentences(t).map((s) => s.text)).toEqual([said, 'And a half-finished Redis upgrade, which is in staging but not prod.']);
    // Without the term named elsewhere, or away from technical talk, the word stays.
    expect(splitSentences(parseTranscriptText(later))[0].text).toBe(later);
    const sky = 'The sky went reddish over the hills on the way home.';
    expect(splitSentences(parseTranscriptText(`${said}\n\n${sky}`))[1].text).toBe(sky);
  });

  test('a term is named only as it is spelled, and a hearing opening on a little word stays everyday speech', () => {
    const iam = 'The pods get their IAM role from the service account.';
    const sad = 'I start at the new job in July, I am a bit sad to leave the cluster team.';
    expect(splitSentences(parseTranscriptText(`${iam}\n\n${sad}`))[1].text).toBe(sad);
    // "I am" in one sentence names no IAM for "eye am" in another.
    // Someone spoken of stays a person, though the call says KT.
    const kt = 'This KT covers the cluster.';
    for (const person of ['If the deploy fails, ask Katie about the cluster.', 'if the deploy fails ask katie about the cluster']) {
      expect(splitSentences(parseTranscriptText(`${kt}\n\n${person}`))[1].text).toBe(person);
    }
    const policy = 'Check the eye am policies on the bucket before the deploy.';
    expect(splitSentences(parseTranscriptText(`${sad}\n\n${policy}`))[1].text).toBe('Check the IAM policies on the bucket before the deploy.');
  });

  test('a team glossary reaches the cleaned sentences', () => {
    const t = parseTranscriptText('Deploys go through ledger bought first.');
    expect(splitSentences(t, { glossary: [{ term: 'LedgerBot', variants: ['ledger bought'] }] })[0].text).toBe(
      'Deploys go through LedgerBot first.',
    );
  });

  test('a call with curly quotes and names beyond Latin-1 keeps every character of every sentence', () => {
    // Such a call's sentences are copied into narrower strings (src/engine/sentences/one-byte.ts):
    // the copy must hold the same characters, wide or not, at the same offsets.
    const text =
      'Łukasz’s team owns the checkout. It runs on QBritis in eu-west-1.\n\n' +
      'Ask Zoë — or Paweł — before a deploy. The café menu sync breaks on Fridays.';
    const t = parseTranscriptText(text);
    const sentences = splitSentences(t);
    expectExactOffsets(t, sentences);
    expect(sentences.map((s) => s.raw)).toEqual([
      'Łukasz’s team owns the checkout.',
      'It runs on QBritis in eu-west-1.',
      'Ask Zoë — or Paweł — before a deploy.',
      'The café menu sync breaks on Fridays.',
    ]);
    expect(sentences[1].text).toBe('It runs on Kubernetes in eu-west-1.');
    expect(sentences[3].text).toBe('The café menu sync breaks on Fridays.');
  });
});
