import SectionMessage from '@atlaskit/section-message';
import type { UserError } from '../errors';

/** One error, said plainly, with what to do about it. */
export function ErrorMessage({ error }: { error: UserError }) {
  return (
    <div data-testid="error" data-code={error.code} role="alert">
      <SectionMessage appearance="error" title={error.title}>
        <p>{error.detail}</p>
      </SectionMessage>
    </div>
  );
}
