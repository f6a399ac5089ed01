import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscriptText, readTranscript } from '../../src/engine/input';
import type { Transcript } from '../../src/engine/model';
import { OLD_TEAMS_DOCX, TEAMS_DOCX, docx } from './fixtures/make-docx';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

/** What each segment covers, as the file's own characters. */
const spoken = (t: Transcript) => t.segments.map((s) => t.text.slice(s.start, s.end));

describe('reading transcript formats', () => {
  test('Zoom WebVTT: speaker from the `Name:` prefix, time from the cue, offsets cover only the words', async () => {
    const t = await readTranscript(fixture('zoom.vtt'), 'zoom.vtt');
    expect(t.format).toBe('vtt');
    expect(spoken(t)).toEqual([
      "Okay so let's start the KT for the billing service.",
      'The billing service runs on QBritis in three environments.',
      'Which environments exactly?',
      'Dev, staging and prod. Deploys go through the CSD pipeline in Jenkins.',
    ]);
    expect(t.segments.map((s) => s.speaker)).toEqual(['Priya Raman', 'Priya Raman', "Tom O'Neil", 'Priya Raman']);
    expect(t.segments.map((s) => s.time)).toEqual(['00:00:01', '00:00:04', '00:00:09', '00:02:33']);
  });

  test('Zoom WebVTT: a surname with a capital inside ("McLaughlin") is all the speaker, not a name glued to its words', () => {
    const cue = (n: number, name: string, words: string) => `${n}\n00:00:0${n}.000 --> 00:00:0${n}.900\n${name}: ${words}\n`;
    const t = parseTranscriptText(
      ['WEBVTT\n', cue(1, 'Róisín McLaughlin', 'Right, that is us recording.'), cue(2, 'Bilal Hussain', 'Loud and clear.'), cue(3, 'Róisín McLaughlin', 'Lychgate holds every grave.')].join('\n'),
    );
    expect(t.segments.map((s) => s.speaker)).toEqual(['Róisín McLaughlin', 'Bilal Hussain', 'Róisín McLaughlin']);
    expect(spoken(t)[2]).toBe('Lychgate holds every grave.');
  });

  test('Teams WebVTT: voice tags, GUID cue ids, NOTE/STYLE blocks, missing </v>, two voices in one cue', async () => {
    const t = await readTranscript(fixture('teams.vtt'), 'teams.vtt');
    expect(t.format).toBe('vtt');
    expect(spoken(t)).toEqual([
      'Hello everyone, welcome to the handover.',
      'The rollback trigger is failed Hel checks',
      'Got it.',
      'And the approver is the on-call lead.',
      'Who do I page',
      'Use pager duty, the platform rotation.',
    ]);
    expect(t.segments.map((s) => s.speaker)).toEqual(['Ana Souza', 'Ana Souza', 'Ben Okafor', 'Ana Souza', 'Ben Okafor', 'Ana Souza']);
    expect(t.text).toContain('This transcript was generated automatically.');
    expect(spoken(t).join(' ')).not.toMatch(/generated automatically|color|3f2a9c1e/);
  });

  test('SRT without speakers keeps multi-line cues as one segment; `Name:` prefixes become speakers', async () => {
    const plain = await readTranscript(fixture('subtitles.srt'), 'subtitles.srt');
    expect(plain.format).toBe('srt');
    expect(spoken(plain)[1]).toBe('we run elastic search on kubernetes\nwith three data nodes');
    expect(plain.segments.every((s) => s.speaker === undefined)).toBe(true);
    const named = await readTranscript(fixture('speakers.srt'), 'speakers.srt');
    expect(named.segments.map((s) => [s.speaker, named.text.slice(s.start, s.end)])).toEqual([
      ['Lena', "Let's go over the danger zones."],
      ['Lena', 'Do not touch the teleform state files.'],
      ['Marc', 'Understood.'],
    ]);
  });

  test('captions that name speakers in brackets or after a dialogue dash; `[Music]` is not a speaker', () => {
    const cue = (n: number, from: string, text: string) => `${n}\n00:00:${from},000 --> 00:00:${from},900\n${text}\n`;
    const bracketed = parseTranscriptText(
      [
        cue(1, '05', '[Music]'),
        cue(2, '06', '[Music] Welcome to the KT.'),
        cue(3, '09', '[Jane Doe] So the order service runs on Kubernetes.'),
        cue(4, '12', '[Bob Smith] And who owns it?'),
        cue(5, '15', '[Jane Doe] The payments team owns it.'),
      ].join('\n'),
    );
    expect(bracketed.segments.map((s) => [s.speaker, bracketed.text.slice(s.start, s.end)])).toEqual([
      [undefined, '[Music]'],
      [undefined, '[Music] Welcome to the KT.'],
      ['Jane Doe', 'So the order service runs on Kubernetes.'],
      ['Bob Smith', 'And who owns it?'],
      ['Jane Doe', 'The payments team owns it.'],
    ]);
    const dashed = parseTranscriptText([cue(1, '05', '- Lena: Do not touch the state files.'), cue(2, '08', '>> Marc: Understood.')].join('\n'));
    expect(dashed.segments.map((s) => [s.speaker, dashed.text.slice(s.start, s.end)])).toEqual([
      ['Lena', 'Do not touch the state files.'],
      ['Marc', 'Understood.'],
    ]);
  });

  test('Otter text: `Name  0:03` headers, turns of several lines, hour-long clocks', async () => {
    const t = await readTranscript(fixture('otter.txt'), 'otter.txt');
    expect(t.format).toBe('text');
    expect(t.segments.map((s) => [s.speaker, s.time])).toEqual([
      ['Priya Raman', '00:00:03'],
      ['Tom O\'Neil', '00:00:41'],
      ['Priya Raman', '01:02:05'],
    ]);
    expect(spoken(t)[2]).toBe(
      'The payments team owns it. Escalation goes through the on call selection channel.\nSecond paragraph of the same turn.',
    );
  });

  test('`[Name] 10:01:02` headers (the name in brackets), then the turn', () => {
    const t = parseTranscriptText(
      '[Jane Doe] 10:01:02\nSo the order service runs on Kubernetes in two regions.\n[Bob Smith] 10:01:09\nAnd who owns it?\n',
    );
    expect(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)])).toEqual([
      ['Jane Doe', '10:01:02', 'So the order service runs on Kubernetes in two regions.'],
      ['Bob Smith', '10:01:09', 'And who owns it?'],
    ]);
  });

  test('Google Meet: a clock line times the `Name: text` lines after it and is not speech', () => {
    const t = parseTranscriptText(
      'Order platform KT - Transcript\n00:00:00\n\nJane Doe: It runs on Kubernetes.\nBob Smith: Who owns it?\n' +
        'Jane Doe: The payments team.\n00:05:00\n\nJane Doe: Deploys go out on Tuesdays.\nBob Smith: Okay.\n',
    );
    expect(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)])).toEqual([
      [undefined, undefined, 'Order platform KT - Transcript'],
      ['Jane Doe', '00:00:00', 'It runs on Kubernetes.'],
      ['Bob Smith', '00:00:00', 'Who owns it?'],
      ['Jane Doe', '00:00:00', 'The payments team.'],
      ['Jane Doe', '00:05:00', 'Deploys go out on Tuesdays.'],
      ['Bob Smith', '00:05:00', 'Okay.'],
    ]);
  });

  test('`[00:15] Name: text` lines, with a wrapped continuation line', async () => {
    const t = await readTranscript(fixture('bracket.txt'), 'bracket.txt');
    expect(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)])).toEqual([
      ['Priya Raman', '00:00:15', 'The deploy window is Tuesday to Thursday.'],
      ['Tom', '00:00:21', 'What about Fridays?'],
      ['Priya Raman', '01:02:09', 'No deploys on Fridays, and never during the month end\nclose.'],
    ]);
  });

  test('`Name: text` lines; an unprefixed line continues the previous speaker', async () => {
    const t = await readTranscript(fixture('prefix.txt'), 'prefix.txt');
    expect(t.segments.map((s) => s.speaker)).toEqual(['Ana', 'Ben', 'Ana', 'Ben']);
    expect(spoken(t)[2]).toBe('Read-only access to the AWS console and the Grafana dashboards.\nNote that the second line belongs to Ana too.');
  });

  test('the format comes from the content, not the extension', async () => {
    const vttNamedTxt = await readTranscript(fixture('zoom.vtt'), 'meeting.txt');
    expect(vttNamedTxt.format).toBe('vtt');
    expect(vttNamedTxt.segments).toHaveLength(4);
    const srtNoName = await readTranscript(fixture('subtitles.srt'));
    expect(srtNoName.format).toBe('srt');
    const textNamedVtt = await readTranscript(fixture('otter.txt'), 'call.vtt');
    expect(textNamedVtt.format).toBe('text');
    expect(textNamedVtt.segments[0].speaker).toBe('Priya Raman');
  });

  test('Teams .docx (header paragraphs, and a header glued to its turn by a dropped line break)', async () => {
    const t = await readTranscript(await docx(TEAMS_DOCX), 'call.docx');
    expect(t.format).toBe('docx');
    expect(t.segments.map((s) => [s.speaker, s.time])).toEqual([
      ['Ana Souza', '00:00:05'],
      ['Ben Okafor', '00:00:41'],
      ['Ana Souza', '01:02:07'],
    ]);
    expect(spoken(t)).toEqual([
      'Okay, so this is the KT for the invoicing service.It runs on QBritis in two regions.',
      'Who approves a rollback?',
      'The on-call lead. Escalation goes to pager duty.',
    ]);
    expect(fixture('teams.docx').equals(await docx(TEAMS_DOCX))).toBe(true);
  });

  test('older Teams .docx with `0:0:5.100 --> ...` lines and speaker lines', async () => {
    const t = await readTranscript(await docx(OLD_TEAMS_DOCX), 'old.docx');
    expect(t.format).toBe('docx');
    expect(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)])).toEqual([
      ['Ana Souza', '00:00:00', 'Okay, this is the handover for invoicing.'],
      ['Ben Okafor', '00:00:05', 'Which cluster does it run on?'],
      ['Ana Souza', '00:00:09', 'The eu cluster, deployed with teleform.'],
      ['Ben Okafor', '00:00:14', 'Got it.'],
    ]);
  });

  test('plain paragraphs: one segment per paragraph, no speaker', () => {
    const t = parseTranscriptText('So this is the KT.\nIt wraps here.\n\n\nNext paragraph about deploys.\n');
    expect(t.format).toBe('text');
    expect(spoken(t)).toEqual(['So this is the KT.\nIt wraps here.', 'Next paragraph about deploys.']);
  });
});

describe('decoding', () => {
  const source = fixture('zoom.vtt').toString('utf8');

  test('Windows line endings parse the same and offsets stay exact in the CRLF text', async () => {
    const crlf = source.replace(/\n/g, '\r\n');
    const t = await readTranscript(Buffer.from(crlf, 'utf8'), 'zoom.vtt');
    expect(t.text).toBe(crlf);
    expect(spoken(t)).toEqual(spoken(await readTranscript(fixture('zoom.vtt'))));
    expect(t.segments.map((s) => s.speaker)).toEqual(['Priya Raman', 'Priya Raman', "Tom O'Neil", 'Priya Raman']);
  });

  test('UTF-8 BOM is removed; offsets point into the text without it', async () => {
    const t = await readTranscript(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('otter.txt')]));
    expect(t.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(spoken(t)[1]).toBe('And who owns it?');
  });

  test.each([
    ['UTF-16 LE', 'utf16le'],
    ['UTF-16 BE', 'utf16be'],
  ])('%s with BOM decodes, including non-ASCII names', async (_label, enc) => {
    const text = source.replace('Tom O\'Neil', 'Chloé Dubois');
    const le = Buffer.from(text, 'utf16le');
    const body = enc === 'utf16le' ? le : Buffer.from(le).swap16();
    const bom = enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const t = await readTranscript(Buffer.concat([Buffer.from(bom), body]), 'zoom.vtt');
    expect(t.text).toBe(text);
    expect(t.segments[2].speaker).toBe('Chloé Dubois');
    expect(t.text.slice(t.segments[2].start, t.segments[2].end)).toBe('Which environments exactly?');
  });

  test('UTF-16 LE without a BOM is recognised rather than called binary', async () => {
    const t = await readTranscript(Buffer.from(source, 'utf16le'));
    expect(t.segments).toHaveLength(4);
  });

  test('pasted text is parsed like a file', () => {
    const t = parseTranscriptText(source);
    expect(t.format).toBe('vtt');
    expect(t.segments[0].speaker).toBe('Priya Raman');
  });
});
