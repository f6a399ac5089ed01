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

describe("a name's first letter said by its name, the rest heard as a word", () => {
  test.each([
    ['the logs all go to ess plunk with a ninety day retention', 'the logs all go to Splunk with a ninety day retention'],
    ['the mesh is eye stio on every cluster', 'the mesh is Istio on every cluster'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  test.each(['you bun two is what the laptops run', 'see hef cooked dinner', 'ess is a letter'])('stays: %s', (sentence) => {
    expect(cleanSpeech(sentence).fixes).toEqual([]);
  });
});
