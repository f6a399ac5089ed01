import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import TextArea from '@atlaskit/textarea';
import { RadioGroup } from '@atlaskit/radio';
import type { AttachmentOption, SkippedFile } from '../types';

export type InputMode = 'paste' | 'attachment';

interface Props {
  mode: InputMode;
  onMode(mode: InputMode): void;
  text: string;
  onText(text: string): void;
  attachments: AttachmentOption[] | null;
  /** Files on the page that are not transcripts: shown greyed out, with why. */
  others: SkippedFile[];
  attachmentId: string | null;
  onAttachment(id: string | null): void;
}

function sizeLabel(bytes?: number): string {
  if (bytes === undefined) return '';
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Where the words come from: pasted into the box, or a transcript attached to this page. */
export function TranscriptInput(props: Props) {
  const { mode, attachments, others } = props;
  // A few files per page: radio buttons show them all at once (and keep the select widget
  // out of the macro's first download).
  const options = (attachments ?? []).map((a) => ({
    name: 'attachment',
    value: a.id,
    label: `${a.title}${a.fileSize !== undefined ? ` (${sizeLabel(a.fileSize)})` : ''}${a.supported ? '' : ' (not a transcript format)'}`,
  }));
  return (
    <Tabs id="kt-source" selected={mode === 'paste' ? 0 : 1} onChange={(i) => props.onMode(i === 0 ? 'paste' : 'attachment')}>
      <TabList>
        <Tab testId="tab-paste">Paste</Tab>
        <Tab testId="tab-attachment">Attachment</Tab>
      </TabList>
      <TabPanel>
        <div className="kt-panel">
          <label htmlFor="kt-transcript" className="kt-label">
            Transcript
          </label>
          <TextArea
            id="kt-transcript"
            name="transcript"
            testId="transcript"
            placeholder="Paste the text of the KT call here (a Zoom, Teams or Otter export works as it is)."
            minimumRows={8}
            maxHeight="360px"
            resize="vertical"
            value={props.text}
            onChange={(e) => props.onText(e.currentTarget.value)}
          />
          <p className="kt-muted">{props.text ? `${props.text.length.toLocaleString()} characters` : ' '}</p>
        </div>
      </TabPanel>
      <TabPanel>
        <div className="kt-panel">
          <p id="kt-attachment-label" className="kt-label">
            Transcript file attached to this page
          </p>
          {attachments === null ? (
            <p className="kt-muted">Loading attachments…</p>
          ) : attachments.length === 0 ? (
            <p className="kt-muted" data-testid="no-attachments">
              No transcript is attached to this page. Attach a .txt, .vtt, .srt or .docx export of the call to the page, then reload.
            </p>
          ) : (
            <div data-testid="attachment-choices">
              <RadioGroup
                aria-labelledby="kt-attachment-label"
                name="attachment"
                options={options}
                value={props.attachmentId}
                onChange={(e) => props.onAttachment(e.currentTarget.value || null)}
              />
            </div>
          )}
          {attachments !== null && others.length ? (
            <ul className="kt-unusable" data-testid="unusable-attachments" aria-label="Files that cannot be used">
              {others.map((o) => (
                <li key={o.title} aria-disabled="true" data-testid="unusable-attachment">
                  <span className="kt-unusable-title">{o.title}</span>
                  <span className="kt-unusable-reason">{o.reason}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="kt-muted">Only .txt, .vtt, .srt and .docx files attached to this page are offered.</p>
        </div>
      </TabPanel>
    </Tabs>
  );
}
