/** The sessions of a scenario by name (kept with the model, which resolves callers from them). */
export { type Session, type SessionKind, SessionStore } from '../model/session.js';
