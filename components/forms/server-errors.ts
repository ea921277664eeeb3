import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "@/lib/actions/result";

/** Puts the server's field errors on the matching fields; returns the message for the form as a whole. */
export function applyServerErrors<T extends FieldValues>(error: ActionError, setError: UseFormSetError<T>): string {
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    if (field !== "form") setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return error.message;
}
