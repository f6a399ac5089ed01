import { HandoverTemplateSchema, type HandoverTemplate } from './schema';

const f = (id: string, label: string) => ({ id, label });

/** The default KT template: 13 sections in the order a handover page shows them. */
export const KT_DEFAULT_TEMPLATE: HandoverTemplate = HandoverTemplateSchema.parse({
  id: 'kt-default',
  title: 'Knowledge transfer handover',
  sections: [
    {
      id: 'system-overview',
      title: 'System overview',
      aliases: ['system overview', 'overview of the system', 'business purpose', 'criticality', 'environments and technologies'],
      fields: [
        f('system-name', 'System name'),
        f('purpose', 'What it does'),
        f('users', 'Who uses it'),
        f('critical-when', 'When it is critical'),
        f('business-impact', 'Business impact'),
        f('worst-case', 'Worst case'),
        f('breaks-if-down', 'What breaks if it is down'),
        f('environments', 'Environments'),
        f('technologies', 'Key technologies'),
      ],
    },
    {
      id: 'architecture-reference',
      title: 'Architecture reference',
      aliases: ['architecture', 'architecture document', 'architecture diagram', 'design doc'],
      fields: [
        f('architecture-link', 'Link to the architecture document'),
        f('last-updated', 'When last updated'),
        f('verified-by', 'Who verified it'),
      ],
    },
    {
      id: 'plain-english-notes',
      title: 'Plain-English notes',
      aliases: ['plain english notes', 'tribal knowledge', 'things you should know', 'gotchas'],
      fields: [f('tribal-knowledge', 'Tribal knowledge')],
    },
    {
      id: 'day-1-checklist',
      title: 'Day-1 survival checklist',
      aliases: ['day one checklist', 'day 1 survival', 'first day', 'survival checklist'],
      fields: [
        f('access', 'Access needed'),
        f('safe-actions', 'Safe first actions'),
        f('avoid-actions', 'Actions not to take yet'),
      ],
    },
    {
      id: 'deployment-rollback',
      title: 'Deployment & rollback',
      aliases: ['deployment process', 'deployment and rollback', 'rollback procedure', 'how we deploy', 'release process'],
      fields: [
        f('deploy-steps', 'Deploy steps'),
        f('trigger', 'Trigger per environment'),
        f('deploy-window', 'Deployment window'),
        f('pre-checks', 'Pre-deployment checks'),
        f('post-validation', 'Post-deployment validation'),
        f('rollback-trigger', 'Rollback trigger'),
        f('rollback-action', 'Rollback action'),
        f('rollback-approver', 'Rollback approver'),
        f('rollback-time', 'Expected rollback time'),
      ],
    },
    {
      id: 'common-failures',
      title: 'Common failures & fixes',
      aliases: ['common failures', 'common issues', 'failures and fixes', 'known issues', 'what usually breaks'],
      fields: [
        f('symptom', 'Failure symptom'),
        f('cause', 'Cause'),
        f('fix', 'Fix'),
      ],
    },
    {
      id: 'bad-windows',
      title: 'Known bad days / windows',
      aliases: ['bad days', 'bad windows', 'known bad days', 'change freeze', 'blackout windows'],
      fields: [f('avoid-period', 'Period when changes must be avoided')],
    },
    {
      id: 'danger-zones',
      title: 'Danger zones',
      aliases: ['danger zone', 'do not touch', 'dangerous areas', 'things not to touch'],
      fields: [
        f('do-not-touch', 'What not to touch'),
        f('why', 'Why it is dangerous'),
        f('approver', 'Who must approve'),
      ],
    },
    {
      id: 'ownership-escalation',
      title: 'Ownership & escalation',
      aliases: ['ownership and escalation', 'escalation path', 'who owns', 'on-call and escalation'],
      fields: [
        f('owning-team', 'Owning team'),
        f('contact', 'Whom to contact'),
        f('escalation-path', 'Escalation channel or path'),
      ],
    },
    {
      id: 'first-30-days',
      title: 'First 30-day ownership plan',
      aliases: ['first 30 days', '30 day plan', 'thirty day plan', 'ownership plan', 'first month'],
      fields: [f('weekly-plan', 'Plan by week')],
    },
    {
      id: 'open-responsibilities',
      title: 'Open responsibilities & transition plan',
      aliases: ['open responsibilities', 'transition plan', 'open tasks', 'in-flight work'],
      fields: [
        f('tasks', 'Tasks handed over, with their state'),
        f('acceptance-rule', 'Rule for accepting or rejecting tasks'),
      ],
    },
    {
      id: 'completion-check',
      title: 'Handover completion check',
      aliases: ['handover completion', 'completion check', 'definition of done', 'handover is complete when'],
      fields: [f('criteria', 'Criteria for a complete handover')],
    },
    {
      id: 'sign-off',
      title: 'Sign-off',
      aliases: ['sign off', 'signoff', 'sign-off'],
      fields: [
        f('outgoing-owner', 'Outgoing owner'),
        f('incoming-owner', 'Incoming owner'),
        f('date', 'Sign-off date'),
      ],
    },
  ],
});
