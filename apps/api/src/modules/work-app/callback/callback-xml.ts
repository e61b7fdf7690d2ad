/**
 * The few XML shapes of the work app's callbacks: flat `<xml>` elements, text in CDATA or plain. Read with one
 * pattern per known tag (no entities, no nesting we need) rather than a general parser.
 */
export function xmlField(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${tag}>`).exec(xml);
  if (!match) return null;
  return match[1] ?? match[2] ?? '';
}

function cdata(value: string): string {
  return `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** The passive reply to a card tap: the tapping user's button is replaced by this text. */
export function updateButtonReply(toUser: string, corpId: string, replaceName: string, now: number): string {
  return (
    `<xml><ToUserName>${cdata(toUser)}</ToUserName><FromUserName>${cdata(corpId)}</FromUserName>` +
    `<CreateTime>${now}</CreateTime><MsgType>${cdata('update_button')}</MsgType>` +
    `<Button><ReplaceName>${cdata(replaceName)}</ReplaceName></Button></xml>`
  );
}

/** The encrypted envelope every passive reply travels in. */
export function encryptedReply(
  encrypted: string,
  signature: string,
  timestamp: string,
  nonce: string,
): string {
  return (
    `<xml><Encrypt>${cdata(encrypted)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
  );
}
