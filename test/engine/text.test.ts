import { normalizeSpeech, skeleton } from '../../src/engine/sections/text';

describe('sound skeletons of announcements', () => {
  test('digits and spelled numbers meet ("Day-1" is "day one")', () => {
    expect(skeleton('Day-1 survival checklist')).toBe(skeleton('day one survival check list'));
  });

  test('ordinary words that name JavaScript object members are just words', () => {
    expect(skeleton('the constructor call')).toBe(skeleton('the konstruktor call'));
    expect(skeleton('toString valueOf')).not.toMatch(/native|function/);
  });
});

describe('accented names', () => {
  test('keep their letters together, so "Sésame is ..." names Sésame, not "s same"', () => {
    expect(normalizeSpeech('Sésame is the Keycloak of Réseau Alizé')).toBe('sesame is the keycloak of reseau alize');
    expect(normalizeSpeech('Türsteher, Straße, Øresund, Łódź')).toBe('tursteher strasse oresund lodz');
  });
});
