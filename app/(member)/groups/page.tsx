import type { Metadata } from "next";
import { getActor } from "@/lib/auth";
import { listMyGroups } from "@/lib/data/groups";
import { loadPageData } from "@/lib/page-data";

export const metadata: Metadata = { title: "Peer groups" };

const KIND_LABELS = { DEPARTMENTAL: "Departmental peer group", TRAINEE: "Trainee peer-mentoring group", CPD: "CPD peer group" } as const;

export default async function GroupsPage() {
  const actor = await getActor();
  const groups = await loadPageData(() => listMyGroups(actor));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">Peer groups</h1>
      <p className="text-muted">
        Small groups of three to six colleagues who meet at least four times a year for mutual support: new consultants
        shown the ropes, experienced trainees with those starting out, and CPD peer groups. The programme lead forms them.
      </p>
      {groups.length === 0 ? (
        <p>You are not in a peer group yet. The programme lead will let you know when one is formed for you.</p>
      ) : (
        <ul className="space-y-4">
          {groups.map((group) => (
            <li key={group.id} className="rounded-lg border border-brand-100 bg-white p-5">
              <h2 className="text-lg font-semibold">{group.name}</h2>
              <p className="text-sm text-muted">
                {KIND_LABELS[group.kind]}
                {group.region ? ` · ${group.region}` : ""}
                {group.specialty ? ` · ${group.specialty}` : ""}
              </p>
              {group.explanation && <p className="mt-2">{group.explanation}</p>}
              <h3 className="mt-3 font-medium">Members</h3>
              <ul className="list-disc pl-5">
                {group.members.map((member) => (
                  <li key={member.id}>
                    {member.name}
                    {member.grade ? ` (${member.grade})` : ""}
                    {member.isMe ? " — you" : ""}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
