import 'express-session';

declare module 'express-session' {
  interface SessionData {
    /** When the user signed in, for the 24-hour absolute limit. */
    signedInAt: number;
  }
}
