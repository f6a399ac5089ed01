import type { Inline } from '@atlaskit/adf-schema';
import { text } from '@atlaskit/adf-utils/builders';
import type { SectionState } from '../handover/state';
import { person, textOf, when, type Users } from './inline';

/**
 * What the page says about one section's verification, from the state (the tasks API is
 * the source; the page only mirrors it). A tick by someone who is not an incoming owner is
 * shown, so nobody mistakes it for a verification, but not counted.
 */
export function verificationLine(section: SectionState, users: Users): Inline[] {
  const out: Inline[] = [];
  if (section.verified) {
    out.push(text('verified by '), person(section.verified.by, users), text(' on '), ...when(section.verified.at));
  }
  if (section.flagged) {
    if (out.length) out.push(text('; '));
    out.push(
      text('ticked by '),
      person(section.flagged.by, users),
      text(' on '),
      ...when(section.flagged.at),
      text(' — not an incoming owner, not counted'),
    );
  }
  return out.length ? out : textOf('not verified');
}
