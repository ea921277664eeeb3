// Who is calling, and what they may touch. Every lib/data function starts with one of these checks.
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from "@/lib/errors";

export interface Actor {
  id: string;
  email: string;
  name: string | null;
  role: "MEMBER" | "ADMIN";
  profileCompleted: boolean;
}

/** Any signed-in, enabled member (disabled members never get an Actor: see lib/auth.ts). */
export function requireUser(actor: Actor | null): Actor {
  if (!actor) throw new NotAuthenticatedError();
  return actor;
}

/** A member who has completed their profile: needed before asking, volunteering or matching. */
export function requireMember(actor: Actor | null): Actor {
  const user = requireUser(actor);
  if (!user.profileCompleted) throw new ForbiddenError("Please complete your profile first.");
  return user;
}

export function requireAdmin(actor: Actor | null): Actor {
  const user = requireUser(actor);
  if (user.role !== "ADMIN") throw new ForbiddenError("Only the programme lead can do that.");
  return user;
}

export function isAdmin(actor: Actor | null): boolean {
  return actor?.role === "ADMIN";
}

/**
 * The caller must be one of the two people in the relationship. Outsiders get "not found", so the
 * existence of someone else's relationship is not revealed.
 */
export function requireParticipant(actor: Actor | null, relationship: { menteeId: string; mentorId: string }): Actor {
  const user = requireUser(actor);
  if (user.id !== relationship.menteeId && user.id !== relationship.mentorId) throw new NotFoundError();
  return user;
}

export function roleInRelationship(actor: Actor, relationship: { menteeId: string; mentorId: string }): "MENTEE" | "MENTOR" | null {
  if (actor.id === relationship.menteeId) return "MENTEE";
  if (actor.id === relationship.mentorId) return "MENTOR";
  return null;
}
