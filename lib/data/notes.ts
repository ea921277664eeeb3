import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoteData, NoteVisibility, UpdateNoteData } from "@/lib/validation/notes";
import { findRelationshipForParticipant, lockActiveRelationship, NOT_FOUND_MESSAGE } from "./relationships";

// A note is private to its author unless the author shares it with the pair. This file is the
// only place note text is read, and every read goes through `visibleNotesWhere`: the caller's own
// notes, and the other person's shared ones, in a relationship the caller is part of. The
// programme lead is never part of a relationship, so no function here ever returns a note to them.

type Tx = Prisma.TransactionClient;

/** The notes `userId` may read within one relationship they are part of. */
export function visibleNotesWhere(userId: string, relationshipId: string): Prisma.NoteWhereInput {
  return { relationshipId, OR: [{ authorId: userId }, { visibility: "SHARED" }] };
}

export interface NoteDto {
  id: string;
  body: string;
  visibility: NoteVisibility;
  isMine: boolean;
  authorName: string;
  checkInId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const noteSelect = {
  id: true,
  body: true,
  visibility: true,
  authorId: true,
  checkInId: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} satisfies Prisma.NoteSelect;

export function toNote(userId: string, row: Prisma.NoteGetPayload<{ select: typeof noteSelect }>): NoteDto {
  return {
    id: row.id,
    body: row.body,
    visibility: row.visibility,
    isMine: row.authorId === userId,
    authorName: row.authorId === userId ? "You" : (row.author.name ?? "Your partner"),
    checkInId: row.checkInId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The caller's notes and their partner's shared notes, newest first. */
export async function listNotes(actor: Actor | null, relationshipId: string): Promise<NoteDto[]> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const rows = await db().note.findMany({
    where: visibleNotesWhere(access.user.id, access.id),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: noteSelect,
  });
  return rows.map((row) => toNote(access.user.id, row));
}

/** Writes a note; inside a check-in log it runs in that transaction (pass `tx`). */
export async function writeNote(tx: Tx, input: { relationshipId: string; authorId: string; checkInId: string | null; body: string; visibility: NoteVisibility }) {
  if (input.checkInId) {
    const checkIn = await tx.checkIn.findFirst({ where: { id: input.checkInId, relationshipId: input.relationshipId }, select: { id: true } });
    if (!checkIn) throw new ValidationError("Please correct the highlighted fields.", { checkInId: ["That check-in is not part of this relationship."] });
  }
  const note = await tx.note.create({ data: input, select: { id: true } });
  // The audit row records that a note exists and who may read it, never its text.
  await recordAudit(tx, { actorId: input.authorId, action: "note.created", entityType: "Note", entityId: note.id, data: { relationshipId: input.relationshipId, visibility: input.visibility } });
  return note;
}

export async function addNote(actor: Actor | null, input: NoteData): Promise<{ id: string; relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    const note = await writeNote(tx, { relationshipId: access.id, authorId: access.user.id, checkInId: input.checkInId, body: input.body, visibility: input.visibility });
    return { id: note.id, relationshipId: access.id };
  });
}

/** Only the author may change or delete a note; to anyone else it does not exist. */
async function lockOwnNote(tx: Tx, actor: Actor | null, noteId: string) {
  const user = requireUser(actor);
  const note = await tx.note.findUnique({ where: { id: noteId }, select: { id: true, authorId: true, relationshipId: true } });
  if (!note || note.authorId !== user.id) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const access = await lockActiveRelationship(tx, user, note.relationshipId);
  return { note, access };
}

export async function updateNote(actor: Actor | null, input: UpdateNoteData): Promise<{ id: string; relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const { note, access } = await lockOwnNote(tx, actor, input.noteId);
    await tx.note.update({ where: { id: note.id }, data: { body: input.body, visibility: input.visibility } });
    await recordAudit(tx, { actorId: access.user.id, action: "note.updated", entityType: "Note", entityId: note.id, data: { visibility: input.visibility } });
    return { id: note.id, relationshipId: access.id };
  });
}

export async function deleteNote(actor: Actor | null, input: { noteId: string }): Promise<{ relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const { note, access } = await lockOwnNote(tx, actor, input.noteId);
    await tx.note.delete({ where: { id: note.id } });
    await recordAudit(tx, { actorId: access.user.id, action: "note.deleted", entityType: "Note", entityId: note.id });
    return { relationshipId: access.id };
  });
}
