import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult, Reason } from '../engine/decision.js';

/** What a decoded authorization message holds (AWS STS API Reference, DecodeAuthorizationMessage; R138). */
export interface DecodedMessage {
  readonly allowed: boolean;
  readonly explicitDeny: boolean;
  readonly decision: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly reasons: readonly Reason[];
  readonly context: Readonly<Record<string, unknown>>;
}

const MARK = 'iamspec-authorization-message';

/** R138: the decision behind a denied request, encoded so that only a caller allowed to decode it can read it. */
export function encodeAuthorizationMessage(bundle: Bundle, result: AuthorizationResult): string {
  const message: DecodedMessage & { readonly format: string } = {
    format: MARK,
    allowed: result.decision === 'Allow',
    explicitDeny: result.decision === 'ExplicitDeny',
    decision: result.decision,
    principal: bundle.principal.arn ?? bundle.principal.kind,
    action: bundle.request.action,
    resource: bundle.request.resource,
    reasons: result.reasons,
    context: bundle.request.context,
  };
  return Buffer.from(JSON.stringify(message), 'utf8').toString('base64');
}

/** The message, or undefined when the text is not a message iamspec encoded. */
export function decodeAuthorizationMessage(encoded: string): DecodedMessage | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded.trim())) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded.trim(), 'base64').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== MARK) {
      return undefined;
    }
    const { format: _format, ...message } = parsed as DecodedMessage & { format: string };
    return message;
  } catch {
    return undefined;
  }
}
