// The shape every server action returns. Expected errors carry their message (and field errors for
// forms); unexpected ones only a reference id. Importable by client components.

export type ActionError = {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  referenceId?: string;
};

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };
