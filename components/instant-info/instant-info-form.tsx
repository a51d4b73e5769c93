import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { FieldMessages, FormField, describedByOf } from "@/components/ui/form-field";
import { findPrefecture, listAuthorities, REGION, REGION_CODE, termCodes, termLabel, type Authority } from "@/lib/dictionaries";
import {
  INSTANT_INFO_FIELDS,
  KIND_KEYS,
  type FieldErrors,
  type FieldSpec,
  type InstantInfoKind,
  type RawInstantInfo,
} from "@/lib/validation/instant-info";

/** The id of a field's control (the error summary links to it). */
export function instantFieldId(name: string): string {
  return `instant-${name}`;
}

const CHECKBOX = "mt-1 size-5 shrink-0 accent-link";
const NUMBER_INPUT = "input-text max-w-[14rem]";
const DATE_INPUT = "input-text max-w-[12rem]";

type InstantInfoFormProps = {
  locale: AppLocale;
  kind: InstantInfoKind;
  action: string;
  values: RawInstantInfo;
  fieldErrors: FieldErrors;
};

/**
 * The form of one kind of instant information, drawn from its field list
 * (lib/validation/instant-info.ts INSTANT_INFO_FIELDS): label, hint, the error next to the field
 * in the words of the error summary, the value typed. Plain HTML: works without JavaScript.
 */
export async function InstantInfoForm({ locale, kind, action, values, fieldErrors }: InstantInfoFormProps) {
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const kindKey = KIND_KEYS[kind];
  const value = (name: string) => values[name]?.[0] ?? "";
  const error = (name: string) => (fieldErrors[name] ? t(`errors.${fieldErrors[name]}` as Parameters<typeof t>[0]) : undefined);
  const label = (spec: FieldSpec) => {
    const text = t(`fields.${kindKey}.${spec.name}.label` as Parameters<typeof t>[0]);
    return spec.isOptional ? `${text}${locale === "zh" ? "" : " "}${t("common.optional")}` : text;
  };
  const hint = (spec: FieldSpec) => {
    const key = `fields.${kindKey}.${spec.name}.hint` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : undefined;
  };

  const control = (spec: FieldSpec) => {
    const id = instantFieldId(spec.name);
    switch (spec.type) {
      case "choices":
        return <Checkboxes key={spec.name} id={id} name={spec.name} legend={label(spec)} hint={hint(spec)} error={error(spec.name)} checked={values[spec.name] ?? []} options={termCodes(spec.group).map((code) => ({ value: code, label: termLabel(spec.group, code, locale) }))} />;
      default:
        return (
          <FormField key={spec.name} id={id} label={label(spec)} hint={hint(spec)} error={error(spec.name)}>
            {(props) => {
              switch (spec.type) {
                case "text":
                  return <input {...props} name={spec.name} type="text" defaultValue={value(spec.name)} autoComplete="off" spellCheck={false} className="input-text max-w-xl" />;
                case "textarea":
                  return <textarea {...props} name={spec.name} rows={4} defaultValue={value(spec.name)} className="input-text max-w-2xl" />;
                case "amount":
                case "yuan":
                case "percent":
                  return <input {...props} name={spec.name} type="text" inputMode="decimal" dir="ltr" defaultValue={value(spec.name)} autoComplete="off" spellCheck={false} className={NUMBER_INPUT} />;
                case "date":
                  return <input {...props} name={spec.name} type="text" dir="ltr" defaultValue={value(spec.name)} autoComplete="off" spellCheck={false} className={DATE_INPUT} />;
                case "choice":
                  return (
                    <select {...props} name={spec.name} defaultValue={value(spec.name)} className="input-text max-w-xl">
                      <option value="">{t("common.select")}</option>
                      {termCodes(spec.group).map((code) => (
                        <option key={code} value={code}>
                          {termLabel(spec.group, code, locale)}
                        </option>
                      ))}
                    </select>
                  );
                case "authority":
                  return (
                    <select {...props} name={spec.name} defaultValue={value(spec.name)} className="input-text max-w-xl">
                      <option value="">{t("common.select")}</option>
                      {authorityGroups(locale).map((group) => (
                        <optgroup key={group.code} label={group.label}>
                          {group.authorities.map((authority) => (
                            <option key={authority.id} value={authority.id}>
                              {authority.names[locale] || authority.names.zh}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  );
              }
            }}
          </FormField>
        );
    }
  };

  return (
    <form method="post" action={action} noValidate className="max-w-3xl space-y-6">
      {INSTANT_INFO_FIELDS[kind].map((spec) => control(spec))}
      <button type="submit" className="button-primary">
        {t("form.continue")}
      </button>
    </form>
  );
}

type CheckboxesProps = {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  checked: string[];
  options: { value: string; label: string }[];
};

/** A group of checkboxes in a fieldset (GOV.UK): the legend, hint and error; the first box carries the id the error summary links to. */
function Checkboxes({ id, name, legend, hint, error, checked, options }: CheckboxesProps) {
  return (
    <fieldset className={error ? "border-s-4 border-error ps-4" : ""} aria-describedby={describedByOf({ id, hint, error })}>
      <legend className="font-bold">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ul className="grid gap-x-6 sm:grid-cols-2">
        {options.map((option, index) => (
          <li key={option.value}>
            <label className="flex cursor-pointer items-start gap-2 py-1">
              <input
                {...(index === 0 ? { id } : {})}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                className={CHECKBOX}
              />
              <span className="min-w-0">{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

type AuthorityGroup = { code: string; label: string; authorities: Authority[] };

/** The authorities by prefecture (the region's own bureau first), for the penalty's deciding authority. */
function authorityGroups(locale: AppLocale): AuthorityGroup[] {
  const groups = new Map<string, AuthorityGroup>();
  for (const authority of listAuthorities()) {
    const code = authority.regionCode === REGION_CODE ? REGION_CODE : `${authority.regionCode.slice(0, 4)}00`;
    let group = groups.get(code);
    if (!group) {
      const prefecture = findPrefecture(code);
      group = { code, label: (prefecture ?? REGION).names[locale], authorities: [] };
      groups.set(code, group);
    }
    group.authorities.push(authority);
  }
  return [...groups.values()];
}
