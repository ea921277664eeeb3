import type { Explanation } from "@/lib/matching";

/** Why a pair was proposed: each preference's contribution, and every rule it passed. */
export function ExplanationView({ explanation, headingLevel = 3 }: { explanation: Explanation; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as "h3" | "h4";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <Heading className="font-medium">Why this pair (score {explanation.total})</Heading>
        <ul className="mt-1 space-y-0.5 text-sm">
          {explanation.parts.map((part) => (
            <li key={part.key + part.text} className="flex justify-between gap-3">
              <span>{part.text.replace(/\s[+-−]\d+$/, "")}</span>
              <span className={`font-mono ${part.points < 0 ? "text-red-700" : "text-green-800"}`}>{part.points > 0 ? `+${part.points}` : part.points}</span>
            </li>
          ))}
          {explanation.parts.length === 0 && <li className="text-muted">No preference contributed.</li>}
        </ul>
      </div>
      <div>
        <Heading className="font-medium">Rules checked</Heading>
        <ul className="mt-1 space-y-0.5 text-sm">
          {explanation.rules.map((rule) => (
            <li key={rule.code}>
              <span aria-hidden="true">{rule.passed ? "✓ " : "✗ "}</span>
              <span className="sr-only">{rule.passed ? "Passed: " : "Broken: "}</span>
              <span className={rule.passed ? "" : "font-medium text-red-700"}>{rule.sentence}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
