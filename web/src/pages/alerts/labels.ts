/** Words for the API's identifiers. */

export function humanise(identifier: string): string {
  const words = identifier.replaceAll(/[_.]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only web links are made clickable; anything else in a message is shown as text. */
export function isWebLink(link: string | null | undefined): link is string {
  return typeof link === 'string' && /^https?:\/\//i.test(link);
}
