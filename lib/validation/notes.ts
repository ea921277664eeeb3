// Notes: private to their author, or shared with the pair by the author's choice. The programme
// lead never reads note text. Importable by client components and the server.
import { z } from "zod";
import { optionalId } from "./common";
import { idSchema, textInput } from "./relationships";

export const NOTE_VISIBILITIES = ["PRIVATE", "SHARED"] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const noteVisibilitySchema = z.enum(NOTE_VISIBILITIES, { error: "Choose who can read this note." });
export const NOTE_VISIBILITY_LABELS: Record<NoteVisibility, { label: string; description: string }> = {
  PRIVATE: { label: "Only me", description: "A private reflection. Nobody else can read it, not even the programme lead." },
  SHARED: { label: "Both of us", description: "Shared with your mentoring or coaching partner. The programme lead never reads notes." },
};

export const noteSchema = z.object({
  relationshipId: idSchema("relationship"),
  checkInId: optionalId,
  body: textInput(1, 5000, "Write your note.", "Your note"),
  visibility: noteVisibilitySchema,
});
export type NoteInput = z.input<typeof noteSchema>;
export type NoteData = z.output<typeof noteSchema>;

export const updateNoteSchema = z.object({ noteId: idSchema("note"), body: textInput(1, 5000, "Write your note.", "Your note"), visibility: noteVisibilitySchema });
export type UpdateNoteData = z.output<typeof updateNoteSchema>;

export const noteIdSchema = z.object({ noteId: idSchema("note") });
