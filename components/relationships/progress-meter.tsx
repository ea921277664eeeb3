/**
 * A goal's progress: the number is always written out, the bar only repeats it. A native
 * <progress> (no inline style, which the content security policy would block).
 */
export function ProgressMeter({ value, label }: { value: number; label: string }) {
  return (
    <div className="flex items-center gap-3">
      <progress value={value} max={100} aria-label={label} className="h-2 w-32 accent-brand-700" />
      <span className="text-sm font-medium">{value}%</span>
    </div>
  );
}
