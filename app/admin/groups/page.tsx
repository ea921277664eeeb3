import type { Metadata } from "next";
import { ArchiveGroupButton } from "@/components/groups/archive-group-button";
import { GroupFormer } from "@/components/groups/group-former";
import { getActor } from "@/lib/auth";
import { KIND_LABELS, listPeerGroups } from "@/lib/data/peer-groups";
import { getReferenceOptions } from "@/lib/data/reference";
import { formatDate } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Peer groups" };

export default async function AdminGroupsPage() {
  const actor = await getActor();
  const [groups, options] = await loadPageData(() => Promise.all([listPeerGroups(actor), getReferenceOptions()]));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-brand-800">Peer groups</h1>
      <GroupFormer options={options} />
      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-xl font-semibold">Active groups ({groups.length})</h2>
        {groups.length === 0 ? (
          <p className="text-muted">No groups yet.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {groups.map((group) => (
              <li key={group.id} className="rounded-lg border border-brand-100 bg-white p-4">
                <div className="flex items-start justify-between gap-2">
                  <h3 className="font-semibold">{group.name}</h3>
                  <ArchiveGroupButton groupId={group.id} name={group.name} />
                </div>
                <p className="text-sm text-muted">{KIND_LABELS[group.kind]} · formed {formatDate(group.createdAt)}</p>
                {group.explanation && <p className="text-sm">{group.explanation}</p>}
                <ul className="mt-1 list-disc pl-5 text-sm">{group.members.map((m) => <li key={m.id}>{m.name} ({m.grade})</li>)}</ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
