import { parseTranscriptText } from '../../src/engine/input';
const vtt = ['WEBVTT','','1','00:00:01.000 --> 00:00:0x','Ana: first words survive','2','00:00:03.000 -> 00:00:04.000','Ana: a broken arrow line joins the cue before','','00:00:05.000 -->','','<v Ben>unclosed voice tag','4','99:99:99.999 --> 00:00:07.000','Ben: an impossible time'].join('\n');
const t = parseTranscriptText(vtt);
console.log(t.segments.map((s) => [s.speaker, s.time, t.text.slice(s.start, s.end)]));
const turn = 'Ana Souza  0:03\nThe deploy runs on merge to main and the rollback approver is the on-call lead.\n\n';
const text = turn.repeat(Math.ceil((20 * 1024 * 1024) / turn.length));
let t0 = performance.now();
const big = parseTranscriptText(text);
console.log('20MB parse ms', performance.now() - t0, big.segments.length);
