import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

export function SelectField({
  label,
  hint,
  error,
  required,
  options,
  placeholder = "Choose…",
  registration,
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  options: { id: string; name: string }[];
  placeholder?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(props) => (
        <select {...props} {...registration} className={inputClass}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
