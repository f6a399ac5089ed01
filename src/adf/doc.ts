/** An ADF document as stored in a page body: the app only relies on this outer shape. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}
