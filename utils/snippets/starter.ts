import type { SnippetInput } from './validate';

// Ten snippets a VA writes every week, in Italian and in English, offered from an empty library.
// They speak for the client (`{{client.name}}`) where a VA would, and ask for what only the VA
// knows (amounts, dates, invoice numbers) with fill-in fields.

const it = (title: string, shortcut: string, tags: string[], body: string[]): SnippetInput => ({
  title,
  shortcut,
  tags,
  body: body.join('\n'),
  language: 'it',
  clientId: '',
  minutesToLog: 0,
});

const en = (title: string, shortcut: string, tags: string[], body: string[]): SnippetInput => ({
  ...it(title, shortcut, tags, body),
  language: 'en',
});

const FIRMA_IT = ['Cordiali saluti,', '{{me.signature}}'];
const SIGN_EN = ['Kind regards,', '{{me.signature}}'];

export const STARTER_SNIPPETS: readonly SnippetInput[] = [
  it(
    'Conferma di ricezione',
    ';ricevuto',
    ['cortesia'],
    [
      'Gentile {{sender.name}},',
      '',
      'la ringrazio per il messaggio: l’ho ricevuto e me ne sto occupando. Le darò un riscontro entro {{today+2d}}.',
      '{{cursor}}',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Acknowledgement',
    ';received',
    ['courtesy'],
    [
      'Dear {{sender.firstName}},',
      '',
      'Thank you for your message. I have received it and I am looking into it: you will hear from me by {{today+2d}}.',
      '{{cursor}}',
      ...SIGN_EN,
    ],
  ),

  it(
    'Proposta di appuntamento',
    ';propongo',
    ['agenda'],
    [
      'Gentile {{sender.name}},',
      '',
      'per conto di {{client.name}} le propongo un incontro in una di queste date:',
      '- {{ask:Prima proposta}}',
      '- {{ask:Seconda proposta}}',
      '',
      'Mi faccia sapere quale preferisce oppure mi indichi lei un momento più comodo.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Appointment proposal',
    ';propose',
    ['scheduling'],
    [
      'Dear {{sender.firstName}},',
      '',
      'On behalf of {{client.name}}, I would like to propose a meeting at one of these times:',
      '- {{ask:First option}}',
      '- {{ask:Second option}}',
      '',
      'Please let me know which suits you best, or suggest another time that works for you.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Sollecito di pagamento',
    ';sollecito',
    ['amministrazione', 'fatture'],
    [
      'Gentile {{sender.name}},',
      '',
      'le scrivo per conto di {{client.name}} in merito alla fattura n. {{ask:Numero fattura}} di {{ask:Importo}}, scaduta il {{ask:Data di scadenza}}, che dai nostri controlli risulta ancora da saldare.',
      '',
      'Le chiedo cortesemente di provvedere al pagamento o, se lo ha già effettuato, di inviarci copia della contabile, così da aggiornare i nostri registri.',
      '',
      'Grazie per la collaborazione.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Unpaid invoice reminder',
    ';overdue',
    ['admin', 'invoices'],
    [
      'Dear {{sender.firstName}},',
      '',
      'I am writing on behalf of {{client.name}} about invoice no. {{ask:Invoice number}} for {{ask:Amount}}, which was due on {{ask:Due date}} and which our records show as still unpaid.',
      '',
      'Could you please arrange payment, or, if you have already paid, send us the remittance advice so that we can update our records?',
      '',
      'Thank you for your help.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Risposta di assenza',
    ';assenza',
    ['cortesia'],
    [
      'Gentile {{sender.name}},',
      '',
      'grazie per il messaggio. Sarò fuori ufficio fino a {{ask:Data di rientro}} e controllerò la posta solo saltuariamente: le risponderò appena possibile al mio rientro.',
      '',
      'Per questioni urgenti può scrivere a {{ask:Contatto per le urgenze}}.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Out of office',
    ';ooo',
    ['courtesy'],
    [
      'Dear {{sender.firstName}},',
      '',
      'Thank you for your email. I am out of the office until {{ask:Back on}} with limited access to email, and I will reply as soon as I can when I am back.',
      '',
      'For anything urgent, please contact {{ask:Urgent contact}}.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Richiesta di documenti',
    ';documenti',
    ['amministrazione'],
    [
      'Gentile {{sender.name}},',
      '',
      'per completare {{ask:Pratica}} mi servirebbero i seguenti documenti:',
      '- {{ask:Documenti richiesti}}',
      '{{cursor}}',
      'Può inviarmeli, anche in PDF, entro {{today+1w}}? Grazie in anticipo.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Document request',
    ';docs',
    ['admin'],
    [
      'Dear {{sender.firstName}},',
      '',
      'To complete {{ask:Matter}}, I need the following documents:',
      '- {{ask:Documents needed}}',
      '{{cursor}}',
      'Could you send them to me, PDF is fine, by {{today+1w}}? Thank you in advance.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Conferma appuntamento',
    ';conferma',
    ['agenda'],
    [
      'Gentile {{sender.name}},',
      '',
      'le confermo l’appuntamento con {{client.name}} per {{ask:Data}} alle ore {{ask:Ora}}, {{choose:in presenza|in videochiamata|al telefono}}.',
      '',
      'In caso di imprevisti mi avvisi pure rispondendo a questa email.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Meeting confirmation',
    ';confirm',
    ['scheduling'],
    [
      'Dear {{sender.firstName}},',
      '',
      'I am pleased to confirm your meeting with {{client.name}} on {{ask:Date}} at {{ask:Time}}, {{choose:in person|by video call|by phone}}.',
      '',
      'If anything changes, just reply to this email and I will rearrange it.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Sollecito di riscontro',
    ';riscontro',
    ['follow-up'],
    [
      'Gentile {{sender.name}},',
      '',
      'le scrivo per un cortese riscontro alla mia email del {{ask:Data}} su “{{thread.subject}}”.',
      '{{cursor}}',
      'Resto a disposizione per qualsiasi chiarimento.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Follow-up',
    ';followup',
    ['follow-up'],
    [
      'Dear {{sender.firstName}},',
      '',
      'I am following up on my email of {{ask:Date}} about “{{thread.subject}}”.',
      '{{cursor}}',
      'Please let me know if you need anything else from us.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Spostamento appuntamento',
    ';sposta',
    ['agenda'],
    [
      'Gentile {{sender.name}},',
      '',
      'per un imprevisto {{client.name}} non potrà essere presente all’appuntamento del {{ask:Data dell’appuntamento}}: ci scusiamo per il disagio.',
      '',
      'Le proponiamo in alternativa {{ask:Nuova data e ora}}. Mi faccia sapere se le va bene o se preferisce un altro momento.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Reschedule',
    ';reschedule',
    ['scheduling'],
    [
      'Dear {{sender.firstName}},',
      '',
      'Unfortunately {{client.name}} is no longer able to make the appointment on {{ask:Original date}}, and we apologise for the inconvenience.',
      '',
      'Would {{ask:New date and time}} work for you instead? If not, please suggest a time that suits you.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Conferma di pagamento ricevuto',
    ';pagato',
    ['amministrazione', 'fatture'],
    [
      'Gentile {{sender.name}},',
      '',
      'le confermo che abbiamo ricevuto il pagamento della fattura n. {{ask:Numero fattura}}. La ringraziamo per la puntualità.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Thanks for payment',
    ';paid',
    ['admin', 'invoices'],
    [
      'Dear {{sender.firstName}},',
      '',
      'Thank you for your payment of invoice no. {{ask:Invoice number}}, which we have now received.',
      '',
      ...SIGN_EN,
    ],
  ),

  it(
    'Presentazione',
    ';presento',
    ['cortesia'],
    [
      'Gentile {{sender.name}},',
      '',
      'mi presento: sono {{me.name}}, l’assistente virtuale di {{client.name}}. D’ora in poi seguirò io la corrispondenza e gli appuntamenti per conto di {{client.shortName}}, quindi può scrivermi a questo indirizzo per qualsiasi necessità.',
      '',
      'Sarà un piacere collaborare con lei.',
      '',
      ...FIRMA_IT,
    ],
  ),
  en(
    'Introduction',
    ';intro',
    ['courtesy'],
    [
      'Dear {{sender.firstName}},',
      '',
      'Let me introduce myself: I am {{me.name}}, virtual assistant to {{client.name}}. From now on I will look after correspondence and appointments for {{client.shortName}}, so please feel free to write to me at this address whenever you need anything.',
      '',
      'I look forward to working with you.',
      '',
      ...SIGN_EN,
    ],
  ),
];
