"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { applyServerErrors } from "@/components/forms/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { addNoteAction, deleteNoteAction, updateNoteAction } from "@/lib/actions/notes";
import { NOTE_VISIBILITIES, NOTE_VISIBILITY_LABELS, noteSchema, type NoteVisibility } from "@/lib/validation/notes";

type Input = z.input<typeof noteSchema>;
type Output = z.output<typeof noteSchema>;

/** Writes a new note (pass `relationshipId`) or changes one of the caller's own (pass `note`). */
export function NoteForm({
  relationshipId,
  checkInId,
  note,
  onDone,
  idPrefix = "note",
}: {
  relationshipId: string;
  checkInId?: string;
  note?: { id: string; body: string; visibility: NoteVisibility };
  onDone?: () => void;
  idPrefix?: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(noteSchema),
    defaultValues: { relationshipId, checkInId: checkInId ?? null, body: note?.body ?? "", visibility: note?.visibility ?? "PRIVATE" },
  });

  async function onSubmit(values: Output) {
    setMessage(undefined);
    const result = note ? await updateNoteAction({ noteId: note.id, body: values.body, visibility: values.visibility }) : await addNoteAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(result.error, setError) });
    if (!note) reset({ relationshipId, checkInId: checkInId ?? null, body: "", visibility: values.visibility });
    setMessage({ tone: "success", text: note ? "Note saved." : "Note added." });
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={note ? "Change your note" : "Add a note"}>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label={note ? "Your note" : "New note"} error={errors.body?.message} required>
        {(props) => <textarea {...props} {...register("body")} rows={4} className={inputClass} />}
      </Field>
      <ChoiceGroup
        legend="Who can read it?"
        type="radio"
        name={`${idPrefix}-visibility`}
        registration={register("visibility")}
        error={errors.visibility?.message}
        options={NOTE_VISIBILITIES.map((v) => ({ value: v, label: NOTE_VISIBILITY_LABELS[v].label, description: NOTE_VISIBILITY_LABELS[v].description }))}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : note ? "Save note" : "Add note"}</Button>
        {note && onDone && (
          <Button variant="secondary" onClick={onDone}>Cancel</Button>
        )}
      </div>
    </form>
  );
}

/** One of the caller's own notes, with change and delete. */
export function OwnNoteControls({ relationshipId, note }: { relationshipId: string; note: { id: string; body: string; visibility: NoteVisibility } }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  async function remove() {
    const result = await deleteNoteAction({ noteId: note.id });
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  if (editing) return <NoteForm relationshipId={relationshipId} note={note} idPrefix={`note-${note.id}`} onDone={() => setEditing(false)} />;
  return (
    <div className="space-y-2">
      {error && <p role="alert" className="font-medium text-red-700">{error}</p>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3" role="group" aria-label="Delete this note">
          <span>Delete this note? This cannot be undone.</span>
          <Button variant="danger" onClick={remove}>Yes, delete it</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>No, keep it</Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-4">
          <Button variant="link" onClick={() => setEditing(true)}>Change</Button>
          <Button variant="link" onClick={() => setConfirming(true)}>Delete</Button>
        </div>
      )}
    </div>
  );
}
