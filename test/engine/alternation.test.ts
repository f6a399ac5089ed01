import { anyOfPatterns } from '../../src/engine/sections/alternation';

describe('anyOfPatterns', () => {
  const patterns = [
    /\b(?:roll ?back|revert)\b.*\b(?:trigger|when)\b/,
    /\bapprov(?:e|al|er)s?\b|sign(?:s|ed)? off/,
    /\bdeploy(?:ment)? window\b|[0-9]+ ?(?:am|pm)\b/,
    /(?:^|\s)on-?call\b/,
    /\b[a-z]+ team\b/,
    // Alternatives sharing their opening letters, one a prefix of another, are grouped.
    /\bask\b|\bask(ed|s)\b|\ba\b|\bas(?! well)\b|\bs?low\b|\b\/ops\b/,
  ];
  const joined = anyOfPatterns(patterns);
  const sentences = [
    'we roll back when the error rate climbs',
    'rollback is manual',
    'the on call lead approves it',
    'the oncall rotation is weekly',
    'deployment window is after 6 pm',
    'preapproved changes only',
    'the platform team owns it',
    'teams channel',
    'nothing to see here',
    'the release was signed off on friday',
    'a revert needs a trigger',
    'we deploy at 10am',
    'we asked them',
    'asking around',
    'as well',
    'as said',
    'a slow one',
    'it was lowish',
    'see /ops for it',
  ];

  test.each(sentences)('matches exactly when one of its patterns does: %s', (s) => {
    expect(joined.test(s)).toBe(patterns.some((p) => p.test(s)));
  });

  test('refuses patterns whose meaning would change when joined', () => {
    expect(() => anyOfPatterns([/a/i, /b/])).toThrow(/without flags/);
    expect(() => anyOfPatterns([/(a)\1/, /b/])).toThrow(/backreferences/);
  });
});
