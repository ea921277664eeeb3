"use client";

// The one-click actions of the relationship pages, each a thin wrapper that names its action (a
// server component cannot pass a server action's arguments through a closure to a client one).
import { cancelCheckInAction } from "@/lib/actions/check-ins";
import { confirmAgreementAction, requestRematchAction } from "@/lib/actions/relationships";
import { ActionButton } from "./action-button";

export function ConfirmAgreementButton({ relationshipId }: { relationshipId: string }) {
  return <ActionButton variant="primary" label="Confirm the agreement" run={() => confirmAgreementAction({ relationshipId })} />;
}

export function CancelCheckInButton({ checkInId, relationshipId, meetingWord }: { checkInId: string; relationshipId: string; meetingWord: string }) {
  return (
    <ActionButton
      variant="danger"
      label={`Cancel this ${meetingWord}`}
      confirm={`Cancel this ${meetingWord}? Let your partner know too.`}
      confirmLabel={`Yes, cancel it`}
      keepLabel="No, keep it"
      run={() => cancelCheckInAction({ checkInId })}
      next={() => `/relationships/${relationshipId}?cancelled=1#check-ins`}
    />
  );
}

export function RematchButton({ relationshipId, helper }: { relationshipId: string; helper: string }) {
  return <ActionButton variant="primary" label={`Ask for a new ${helper}`} run={() => requestRematchAction({ relationshipId })} next={(data) => data.href} />;
}
