/**
 * Browser side of the calculator: reads the form, shows the computation line by line in
 * the live region, marks wrong fields, and keeps the values in the address so that a
 * result can be shared. Everything runs locally: the page works offline once loaded.
 * The billing data comes from the page, parsed at build time by src/lib/billing/data.ts.
 */
import type { BillingData } from '../lib/billing/schema.ts';
import { type FormField, evaluateForm, formFields } from '../lib/billing-form.ts';
import { formatDecimal, formatEuro } from '../lib/format.ts';

function row(label: string, amount: string, strong = false): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  const td = document.createElement('td');
  td.className = 'amount';
  if (strong) {
    const b = document.createElement('strong');
    b.textContent = amount;
    td.append(b);
  } else td.textContent = amount;
  tr.append(th, td);
  return tr;
}

function showErrors(form: HTMLFormElement, errors: Partial<Record<FormField, string>>): void {
  for (const name of Object.values(formFields)) {
    const message = errors[name] ?? '';
    const slot = document.getElementById(`${name}-erreur`);
    if (slot) slot.textContent = message;
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}

function render(form: HTMLFormElement, output: HTMLElement, data: BillingData, values: URLSearchParams, moveFocus: boolean): void {
  const outcome = evaluateForm(values, data);
  output.replaceChildren();
  if (!outcome.ok) {
    showErrors(form, outcome.errors);
    const summary = document.createElement('p');
    summary.className = 'field-error';
    summary.textContent = `Calcul impossible : ${Object.values(outcome.errors).join(' ')}`;
    output.append(summary);
    if (moveFocus) {
      const first = Object.keys(outcome.errors)[0];
      const control = form.querySelector<HTMLElement>(`[name="${first}"]`);
      control?.focus();
    }
    return;
  }
  showErrors(form, {});
  const { input, result } = outcome;
  const status = data.statuses.find(({ id }) => id === input.status)!;
  const heading = document.createElement('h3');
  heading.textContent = 'Résultat';
  const table = document.createElement('table');
  table.id = 'resultat-detail';
  const caption = document.createElement('caption');
  caption.textContent = `Montant facturé pour : ${status.label}`;
  const body = document.createElement('tbody');
  body.append(
    row(`Prix par UCD × ${input.quantity} UCD (${formatEuro(input.unitPriceHT)} × ${input.quantity})`, formatEuro(result.baseHT)),
    row('+ Marge forfaitaire (par ligne)', formatEuro(result.flatMargin)),
    row('= Montant avant TVA', formatEuro(result.amountHT)),
    row(`+ TVA à ${formatDecimal(result.vatRate)} %`, formatEuro(result.vatAmount)),
    row('= Montant facturé, TVA comprise', formatEuro(result.amountTTC), true),
    row(`Part de l'assurance maladie (${result.reimbursementRate} %)`, formatEuro(result.insurerShare)),
    row("Part de l'assuré", formatEuro(result.patientShare)),
  );
  table.append(caption, body);
  const codes = document.createElement('p');
  codes.id = 'resultat-codes';
  codes.textContent = `Code de prestation : ${result.prestationCode}. Code UCD : ${result.ucdRequired ? 'obligatoire' : 'non requis'}.`;
  output.append(heading, table, codes);
}

function fill(form: HTMLFormElement, values: URLSearchParams): void {
  for (const name of Object.values(formFields)) {
    const value = values.get(name);
    if (value === null) continue;
    const control = form.elements.namedItem(name);
    if (control instanceof RadioNodeList) control.value = value;
    else if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value;
  }
}

/** `data` is content/billing.json as the page embeds it, once parsed by its schema. */
export function startCalculator(form: HTMLFormElement, output: HTMLElement, data: BillingData): void {
  const fromAddress = new URLSearchParams(window.location.search);
  if ([...fromAddress.keys()].some((key) => (Object.values(formFields) as string[]).includes(key))) {
    fill(form, fromAddress);
    render(form, output, data, new URLSearchParams(new FormData(form) as never), false);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = new URLSearchParams(new FormData(form) as never);
    history.replaceState(null, '', `${window.location.pathname}?${values.toString()}#calculateur`);
    render(form, output, data, values, true);
  });
}
