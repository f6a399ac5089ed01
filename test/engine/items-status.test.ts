import { distilSection } from '../../src/engine/items/distil';
import { matchFields } from '../../src/engine/items/fields';
import { sectionStatus } from '../../src/engine/status/status';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { sentencesOf } from './helpers';

const section = (id: string) => KT_DEFAULT_TEMPLATE.sections.find((s) => s.id === id)!;

describe('distilling items', () => {
  test('a question and its answer become one field item with both evidences, pointing at the words', () => {
    const { text, sentences } = sentencesOf(['Who approves rollback?', 'The on call lead or engineering managers.']);
    const [item, ...rest] = distilSection(section('deployment-rollback'), sentences);
    expect(rest).toEqual([]);
    expect(item.field).toBe('Rollback approver');
    expect(item.text).toBe('The on call lead or engineering managers.');
    expect(item.evidence.map((e) => text.slice(e.start, e.end))).toEqual(sentences.map((s) => s.raw));
  });

  test('a sentence said again and corrected is one item, in its corrected wording, with both evidences', () => {
    const { sentences } = sentencesOf([
      'The rollback trigger is failed health checks or increase errors rate.',
      'Let me say it again.',
      'The rollback trigger is failed health checks or increased error rate.',
    ]);
    const items = distilSection(section('deployment-rollback'), [sentences[0], sentences[2]]);
    expect(items).toHaveLength(1);
    expect(items[0].field).toBe('Rollback trigger');
    expect(items[0].text).toContain('increased error rate');
    expect(items[0].evidence).toHaveLength(2);
  });

  test('a promise of a link is not a link; a spoken URL is', () => {
    expect(matchFields('architecture-reference', 'The link is in a Confluence page, which I will share in some time.')).toEqual([]);
    expect(matchFields('architecture-reference', 'The repo link and pipeline links are documented.')).toEqual([]);
    expect(matchFields('architecture-reference', 'The diagram is at https://wiki.example.com/arch/orders.').map((m) => m.field)).toContain(
      'architecture-link',
    );
  });
});

describe('section status from required fields', () => {
  test('covered when all fields are stated, partial when some, missing when none', () => {
    const arch = section('architecture-reference');
    const { sentences } = sentencesOf([
      'The architecture document was last updated last quarter.',
      'It has been verified by the incoming owner.',
      'The link is in Confluence, I will share it later.',
    ]);
    const partial = sectionStatus(arch, distilSection(arch, sentences));
    expect(partial).toEqual({ status: 'partial', missing: ['Link to the architecture document'] });

    const withLink = sentencesOf([...sentences.map((s) => s.text), 'Here it is: https://confluence.example.com/x/ARCH']).sentences;
    expect(sectionStatus(arch, distilSection(arch, withLink)).status).toBe('covered');

    const none = sectionStatus(section('sign-off'), []);
    expect(none).toEqual({ status: 'missing', missing: ['Outgoing owner', 'Incoming owner', 'Sign-off date'] });
  });

  test('a keyword alone does not state a field', () => {
    const dz = section('danger-zones');
    const { sentences } = sentencesOf(['The danger zone.']);
    const verdict = sectionStatus(dz, distilSection(dz, sentences));
    expect(verdict.status).not.toBe('covered');
  });
});
