import { HandoverTemplateSchema } from '../../src/engine/template/schema';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';

/** A team's own template is data: the schema is what keeps a bad one out of the engine. */
describe('handover template schema', () => {
  const section = (id: string) => ({ id, title: `Section ${id}`, fields: [{ id: 'a-field', label: 'A field' }] });

  it('accepts the default template, all 13 sections in order', () => {
    expect(HandoverTemplateSchema.parse(KT_DEFAULT_TEMPLATE).sections.map((s) => s.id)).toHaveLength(13);
  });

  it('gives a section no aliases when the team lists none', () => {
    const parsed = HandoverTemplateSchema.parse({ id: 'team', title: 'Team KT', sections: [section('overview')] });
    expect(parsed.sections[0].aliases).toEqual([]);
  });

  it.each([
    ['two sections with one id', { id: 't', title: 'T', sections: [section('overview'), section('overview')] }, 'section ids must be unique'],
    ['a section without fields', { id: 't', title: 'T', sections: [{ ...section('overview'), fields: [] }] }, 'sections.0.fields'],
    ['an id with spaces', { id: 't', title: 'T', sections: [section('System overview')] }, 'sections.0.id'],
    ['no sections', { id: 't', title: 'T', sections: [] }, 'sections'],
    ['an empty title', { id: 't', title: '', sections: [section('overview')] }, 'title'],
  ])('rejects %s', (_case, template, where) => {
    const parsed = HandoverTemplateSchema.safeParse(template);
    expect(parsed.success).toBe(false);
    const said = parsed.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n');
    expect(said).toContain(where);
  });
});
