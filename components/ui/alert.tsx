import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const tones: Record<Tone, string> = {
  info: "border-brand-600 bg-brand-50",
  success: "border-green-700 bg-green-50",
  warning: "border-amber-600 bg-amber-50",
  error: "border-red-700 bg-red-50",
};

/** Errors are announced at once (role="alert"); other messages politely (role="status"). */
export function Alert({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </div>
  );
}
