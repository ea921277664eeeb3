import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * A group of radio buttons or checkboxes in a fieldset whose legend names the question. The
 * error is announced and tied to the group.
 */
export function ChoiceGroup({
  legend,
  hint,
  error,
  type,
  options,
  registration,
  name,
  columns = 1,
}: {
  legend: string;
  hint?: string;
  error?: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string; description?: string }[];
  registration: UseFormRegisterReturn;
  name: string;
  columns?: 1 | 2 | 3;
}) {
  const errorId = error ? `${name}-error` : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} aria-invalid={error ? true : undefined} className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className={`grid gap-2 ${grid}`}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input id={id} type={type} value={option.value} {...registration} className="mt-1 h-4 w-4 accent-brand-700" />
              <label htmlFor={id}>
                {option.label}
                {option.description && <span className="block text-sm text-muted">{option.description}</span>}
              </label>
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
