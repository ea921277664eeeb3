import type { Metadata } from "next";
import { ResendButton } from "@/components/email/resend-button";
import { getActor } from "@/lib/auth";
import { listFailedEmails } from "@/lib/data/email";
import { formatDateTime } from "@/lib/format";
import { loadPageData } from "@/lib/page-data";
import { TableRegion } from "@/components/ui/table-region";

export const metadata: Metadata = { title: "Email" };

export default async function AdminEmailPage() {
  const actor = await getActor();
  const failed = await loadPageData(() => listFailedEmails(actor));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold text-brand-800">Failed email</h1>
      <p className="text-muted">
        Emails the worker could not deliver after every retry. Check the address or the mail server, then resend: the
        message keeps its Message-ID, so a recipient who did get it will not see it twice in their thread.
      </p>
      {failed.length === 0 ? (
        <p>No failed email. Everything has been delivered or is on its way.</p>
      ) : (
        <TableRegion label="Emails that failed after every retry">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Emails that failed after every retry</caption>
            <thead>
              <tr className="border-b-2 border-brand-600">
                <th scope="col" className="py-2 pr-3">Created</th>
                <th scope="col" className="py-2 pr-3">To</th>
                <th scope="col" className="py-2 pr-3">Subject</th>
                <th scope="col" className="py-2 pr-3">Last error</th>
                <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {failed.map((email) => (
                <tr key={email.id} className="border-b border-brand-100 align-top">
                  <td className="py-2 pr-3">{formatDateTime(email.createdAt)}</td>
                  <td className="py-2 pr-3">{email.toAddress}</td>
                  <td className="py-2 pr-3">{email.subject}</td>
                  <td className="py-2 pr-3">{email.lastError ?? "—"} <span className="text-muted">({email.attempts} attempts)</span></td>
                  <td className="py-2"><ResendButton emailId={email.id} subject={email.subject} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
