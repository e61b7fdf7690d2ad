/**
 * Text that Excel, WPS or a later CSV export could read as a formula (= + - @, or a leading tab/carriage return)
 * gets a leading apostrophe, the spreadsheet convention for “this is text” (OWASP CSV-injection advice).
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Undoes `safeText` when reading our own cells back. */
export function unescapeText(text: string): string {
  return text.replace(/^'(?=[=+\-@\t\r])/, '');
}
