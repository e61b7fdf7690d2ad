export enum PublishErrorCode {
  InvalidNarrative = 'INVALID_NARRATIVE',
  UnknownSection = 'UNKNOWN_SECTION',
  UnsupportedOutput = 'UNSUPPORTED_OUTPUT',
  RendererUnavailable = 'RENDERER_UNAVAILABLE',
}

/** Bad narrative input or an output that cannot be produced; the message is Chinese and shown as is. */
export class PublishError extends Error {
  constructor(
    readonly code: PublishErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}
