import type { AwsModel, Caller } from '../model/aws-model.js';
import { SessionStore } from '../model/session.js';

/** A caller given as a model `Caller` or as the words a scenario uses for one (see `AwsModel.resolveCaller`). */
export type CallerRef = Caller | string;

export function resolveCallerRef(model: AwsModel, ref: CallerRef, sessions?: SessionStore): Caller {
  return typeof ref === 'string' ? model.resolveCaller(ref, sessions ?? new SessionStore()) : ref;
}
