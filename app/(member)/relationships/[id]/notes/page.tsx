import type { Metadata } from "next";
import { NoteForm, OwnNoteControls } from "@/components/relationships/note-form";
import { BackLink, EndedNotice, relationshipTitle } from "@/components/relationships/sections";
import { getActor } from "@/lib/auth";
import { listNotes } from "@/lib/data/notes";
import { getRelationship } from "@/lib/data/relationships";
import { formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Notes" };

export default async function NotesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const [relationship, notes] = await loadPageData(() => Promise.all([getRelationship(actor, id), listNotes(actor, id)]));
  return (
    <div className="max-w-3xl space-y-8">
      <BackLink href={`/relationships/${relationship.id}#notes`}>{relationshipTitle(relationship)}</BackLink>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">Notes</h1>
        <p className="text-muted">
          Each note is private to you unless you choose to share it with {relationship.other.name}. Nobody else, including the programme lead, can read notes.
          Your own notes go into your record for appraisal.
        </p>
      </div>

      {relationship.canEdit ? (
        <section aria-labelledby="new-note-heading" className="space-y-3">
          <h2 id="new-note-heading" className="text-xl font-semibold">Write a note</h2>
          <NoteForm relationshipId={relationship.id} />
        </section>
      ) : (
        <EndedNotice relationship={relationship} />
      )}

      <section aria-labelledby="all-notes-heading" className="space-y-3">
        <h2 id="all-notes-heading" className="text-xl font-semibold">Your notes and shared notes</h2>
        {notes.length === 0 ? (
          <p className="text-muted">No notes yet.</p>
        ) : (
          <ul className="space-y-3">
            {notes.map((note) => (
              <li key={note.id} className="space-y-2 rounded-lg border border-brand-100 bg-white p-4">
                <p className="text-sm text-muted">
                  {note.authorName} · {formatDateTime(note.createdAt)} · {note.visibility === "PRIVATE" ? "Private: only you can read this" : "Shared with both of you"}
                  {note.checkInId ? " · on a check-in" : ""}
                </p>
                <p className="whitespace-pre-wrap">{note.body}</p>
                {note.isMine && relationship.canEdit && <OwnNoteControls relationshipId={relationship.id} note={{ id: note.id, body: note.body, visibility: note.visibility }} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
