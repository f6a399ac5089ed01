import Select from '@atlaskit/select';
import { STATUS_LABELS } from '../../../src/usecases/report/display';
import type { ReportFilters } from '../../../src/usecases/report/filters';
import type { HandoverStatus } from '../../../src/handover/state';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: ReportFilters;
  spaceOptions: Option[];
  ownerOptions: Option[];
  onChange: (filters: ReportFilters) => void;
}

const STATUS_OPTIONS: Option[] = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

const pick = (options: Option[], values: string[]) => options.filter((o) => values.includes(o.value));

/** Space, status and owner filters; each change reloads the report with the filter in the CQL. */
export function Filters({ filters, spaceOptions, ownerOptions, onChange }: Props) {
  const spaceValue = filters.spaces.map(
    (key) => spaceOptions.find((o) => o.value === key) ?? { value: key, label: key },
  );
  const ownerValue = filters.owner
    ? (ownerOptions.find((o) => o.value === filters.owner) ?? { value: filters.owner, label: filters.owner })
    : null;
  return (
    <div style={{ display: "flex", gap: 12, flexWrap: "wrap", alignItems: "flex-end", marginBottom: 16 }}>
      <label style={{ minWidth: 220 }}>
        <span style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>Space</span>
        <Select<Option, true>
          inputId="filter-space"
          isMulti
          placeholder="All spaces"
          options={spaceOptions}
          value={spaceValue}
          onChange={(chosen) => onChange({ ...filters, spaces: chosen.map((o) => o.value) })}
        />
      </label>
      <label style={{ minWidth: 220 }}>
        <span style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>Status</span>
        <Select<Option, true>
          inputId="filter-status"
          isMulti
          placeholder="Any status"
          options={STATUS_OPTIONS}
          value={pick(STATUS_OPTIONS, filters.statuses)}
          onChange={(chosen) => onChange({ ...filters, statuses: chosen.map((o) => o.value as HandoverStatus) })}
        />
      </label>
      <label style={{ minWidth: 220 }}>
        <span style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>Owner (outgoing or incoming)</span>
        <Select<Option, false>
          inputId="filter-owner"
          isClearable
          placeholder="Anyone"
          options={ownerOptions}
          value={ownerValue}
          onChange={(chosen) => onChange({ ...filters, owner: chosen?.value })}
        />
      </label>
    </div>
  );
}
