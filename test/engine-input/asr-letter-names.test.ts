import { cleanSpeech } from '../../src/engine/input';

const clean = (s: string) => cleanSpeech(s).text;

describe('letters said by their names spell a listed term', () => {
  test.each([
    ['the reporting team has its own gee see pee project', 'GCP'],
    ['the models are plain dee bee tee models in the warehouse repo', 'dbt'],
    ['you can es es aitch to the bastion only from the office', 'SSH'],
    ['everything runs on a double u s in Frankfurt', 'AWS'],
  ])('%s', (input, term) => {
    expect(clean(input)).toContain(term);
  });

  test.each([
    'I see you are back from leave',
    'see you at two then',
    'why are you asking me that',
    'the dee dee log is empty',
  ])('ordinary words stay: %s', (sentence) => {
    expect(cleanSpeech(sentence).fixes).toEqual([]);
  });
});
