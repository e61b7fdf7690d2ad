/** True when the bytes start like a web page, whatever the file's extension says. */
export function looksLikeHtml(data: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(data.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  return /^<(!doctype|html|head|body|meta|div|p|table)\b/i.test(head) || /<html[\s>]/i.test(head);
}
