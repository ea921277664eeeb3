"use server";

import { revalidatePath } from "next/cache";
import { addNote, deleteNote, updateNote } from "@/lib/data/notes";
import { noteIdSchema, noteSchema, updateNoteSchema } from "@/lib/validation/notes";
import { runAction } from "./run-action";

export async function addNoteAction(input: unknown) {
  const result = await runAction(noteSchema, input, addNote);
  if (result.ok) revalidatePath(`/relationships/${result.data.relationshipId}`, "layout");
  return result;
}

export async function updateNoteAction(input: unknown) {
  const result = await runAction(updateNoteSchema, input, updateNote);
  if (result.ok) revalidatePath(`/relationships/${result.data.relationshipId}`, "layout");
  return result;
}

export async function deleteNoteAction(input: unknown) {
  const result = await runAction(noteIdSchema, input, deleteNote);
  if (result.ok) revalidatePath(`/relationships/${result.data.relationshipId}`, "layout");
  return result;
}
