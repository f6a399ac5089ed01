import { cleanSpeech } from '../../src/engine/asr/clean';
for (const s of process.argv.slice(2)) console.log(JSON.stringify(cleanSpeech(s)));
