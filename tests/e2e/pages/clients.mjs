// Page object for the client manager (the same UI in the options page and the side panel).

/** Words on the screen in each UI language, as a VA reads them. */
export const WORDS = {
  en: {
    newClient: 'New client',
    name: 'Client name',
    shortName: 'Short name',
    emails: 'Email addresses',
    domains: 'Domains',
    rate: 'Hourly rate',
    currency: 'Currency',
    rounding: 'Rounding',
    timeZone: 'Time zone',
    budget: 'Monthly hours package',
    save: 'Save',
    search: 'Search clients',
    edit: (name) => `Edit ${name}`,
    archive: (name) => `Archive ${name}`,
    restore: (name) => `Restore ${name}`,
    showArchived: /Show archived clients/,
    clients: 'Clients',
  },
  it: {
    newClient: 'Nuovo cliente',
    name: 'Nome del cliente',
    shortName: 'Nome breve',
    emails: 'Indirizzi email',
    domains: 'Domini',
    rate: 'Tariffa oraria',
    currency: 'Valuta',
    rounding: 'Arrotondamento',
    timeZone: 'Fuso orario',
    budget: 'Pacchetto ore mensile',
    save: 'Salva',
    search: 'Cerca clienti',
    edit: (name) => `Modifica ${name}`,
    archive: (name) => `Archivia ${name}`,
    restore: (name) => `Ripristina ${name}`,
    showArchived: /Mostra i clienti archiviati/,
    clients: 'Clienti',
  },
};

export class ClientsPage {
  /** @param {import('playwright-core').Page} page @param {'en'|'it'} lang */
  constructor(page, lang = 'en') {
    this.page = page;
    this.words = WORDS[lang];
  }

  list() {
    return this.page.getByRole('list', { name: this.words.clients });
  }

  item(name) {
    return this.list().getByRole('listitem').filter({ hasText: name });
  }

  async openNewForm() {
    await this.page.getByRole('button', { name: this.words.newClient }).click();
  }

  /** Fills the open form; only the given fields are touched. */
  async fill(fields) {
    const w = this.words;
    const labels = {
      name: w.name,
      shortName: w.shortName,
      emails: w.emails,
      domains: w.domains,
      rate: w.rate,
      currency: w.currency,
      timeZone: w.timeZone,
      budget: w.budget,
    };
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'rounding') {
        await this.page.getByLabel(w.rounding, { exact: true }).selectOption(value);
        continue;
      }
      await this.page.getByLabel(labels[key], { exact: true }).fill(value);
    }
  }

  async save() {
    await this.page.getByRole('button', { name: this.words.save, exact: true }).click();
  }

  async create(fields) {
    await this.openNewForm();
    await this.fill(fields);
    await this.save();
  }

  /** The error text shown under a field, and whether the control is marked invalid. */
  async fieldError(label) {
    const control = this.page.getByLabel(label, { exact: true });
    const invalid = await control.getAttribute('aria-invalid');
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    const text = errorId ? await this.page.locator(`#${errorId}`).innerText() : '';
    return { invalid: invalid === 'true', text };
  }
}
