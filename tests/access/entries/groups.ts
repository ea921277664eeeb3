import { adminOnly, type MatrixEntry } from "../types";

const form = { kind: "TRAINEE", careerGradeIds: ["grade-ct1", "grade-ct2", "grade-st6"], minSize: 3, maxSize: 6, gradeMix: "MIXED", byRegion: false, bySpecialty: false };

export const groupEntries: MatrixEntry[] = [
  { kind: "page", file: "app/admin/groups/page.tsx", expect: adminOnly },
  { kind: "action", file: "lib/actions/peer-groups.ts", name: "previewPeerGroupsAction", input: () => form, expect: adminOnly },
  { kind: "action", file: "lib/actions/peer-groups.ts", name: "createPeerGroupsAction", input: () => form, expect: adminOnly },
  { kind: "action", file: "lib/actions/peer-groups.ts", name: "archivePeerGroupAction", input: (w) => ({ groupId: w.groupId }), expect: adminOnly },
];
