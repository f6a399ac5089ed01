import Lozenge from '@atlaskit/lozenge';
import type { SectionStatus } from '../types';

const LOOK: Record<SectionStatus, { appearance: 'success' | 'moved' | 'removed'; label: string }> = {
  covered: { appearance: 'success', label: 'Covered' },
  partial: { appearance: 'moved', label: 'Partial' },
  missing: { appearance: 'removed', label: 'Missing' },
};

/** The same colours as on the handover page: covered green, partial yellow, missing red. */
export function StatusLozenge({ status }: { status: SectionStatus }) {
  const look = LOOK[status];
  return (
    <span data-testid="section-status" data-status={status}>
      <Lozenge appearance={look.appearance} isBold>
        {look.label}
      </Lozenge>
    </span>
  );
}
