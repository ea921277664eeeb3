import type { Metadata } from "next";
import { GoalForm } from "@/components/relationships/goal-form";
import { ProgressMeter } from "@/components/relationships/progress-meter";
import { BackLink, relationshipTitle } from "@/components/relationships/sections";
import { getActor } from "@/lib/auth";
import { getGoal } from "@/lib/data/goals";
import { getRelationship } from "@/lib/data/relationships";
import { formatDate } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { GOAL_STATUS_LABELS } from "@/lib/validation/goals";
import { londonDateInput, todayInLondon } from "@/lib/validation/relationships";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Goal" };

export default async function GoalPage({ params }: { params: Promise<{ id: string; goalId: string }> }) {
  const { id, goalId } = await params;
  const actor = await getActor();
  const [relationship, goal] = await loadPageData(() => Promise.all([getRelationship(actor, id), getGoal(actor, { relationshipId: id, goalId })]));
  const canChange = relationship.canEdit && relationship.role === "MENTEE";
  return (
    <div className="max-w-3xl space-y-8">
      <BackLink href={`/relationships/${relationship.id}#goals`}>{relationshipTitle(relationship)}</BackLink>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800">{goal.title}</h1>
        <p>{GOAL_STATUS_LABELS[goal.status]}{goal.targetDate ? ` · target date ${formatDate(goal.targetDate)}` : ""}</p>
        <ProgressMeter value={goal.progress} label="Progress" />
      </div>

      {canChange && (
        <section aria-labelledby="change-heading" className="space-y-4">
          <h2 id="change-heading" className="text-xl font-semibold">Update or change</h2>
          <GoalForm
            relationshipId={relationship.id}
            today={todayInLondon(relationship.now)}
            goal={{ id: goal.id, title: goal.title, measure: goal.measure, targetDate: goal.targetDate ? londonDateInput(goal.targetDate) : "", status: goal.status, progress: goal.progress }}
          />
        </section>
      )}
      {!canChange && (
        <p><span className="font-medium">How you will know: </span>{goal.measure}</p>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">History</h2>
        {goal.updates.length === 0 ? (
          <p className="text-muted">No progress recorded yet. Set on {formatDate(goal.createdAt)}.</p>
        ) : (
          <TableRegion label="Progress recorded on this goal, oldest first">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Progress recorded on this goal, oldest first</caption>
              <thead>
                <tr className="border-b border-brand-100">
                  <th scope="col" className="py-2 pr-4">Date</th>
                  <th scope="col" className="py-2 pr-4">Status</th>
                  <th scope="col" className="py-2 pr-4">Progress</th>
                  <th scope="col" className="py-2">Recorded</th>
                </tr>
              </thead>
              <tbody>
                {goal.updates.map((u, i) => (
                  <tr key={i} className="border-b border-brand-100">
                    <td className="py-2 pr-4">{formatDate(u.at)}</td>
                    <td className="py-2 pr-4">{GOAL_STATUS_LABELS[u.status]}</td>
                    <td className="py-2 pr-4">{u.progress}%</td>
                    <td className="py-2">{u.checkInId ? "At a check-in" : "On the goal"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </div>
  );
}
