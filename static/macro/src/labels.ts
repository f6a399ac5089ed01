/** A Confluence page link's readable name: its title slug ("Order+platform+architecture"), else the address. */
export function linkLabel(url: string): string {
  const m = /\/pages\/\d+\/([^/?#]+)/.exec(url);
  if (!m) return url;
  try {
    return decodeURIComponent(m[1].replace(/\+/g, ' '));
  } catch {
    return url;
  }
}
