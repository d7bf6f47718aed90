// Large synthetic pages for the benchmark: ordinary school prose with a planted violation every
// so often, so that classification and drawing both have work to do.
const SENTENCES = [
  'De leerlingen van groep zeven bezochten deze week het natuurmuseum in de stad.',
  'Op de studiedag zijn alle leerlingen vrij en werken de docenten aan het nieuwe leesplan.',
  'De mediatheek is open van half negen tot vier uur; boeken lenen is gratis.',
  'Tijdens de sportdag doen alle klassen mee aan atletiek, voetbal en een estafette.',
  'De medezeggenschapsraad vergadert zes keer per jaar en de vergaderingen zijn openbaar.',
  'Wij vragen ouders om ziekmeldingen voor half negen door te geven aan de administratie.',
  'In de bovenbouw werken leerlingen aan een profielwerkstuk over een onderwerp naar keuze.',
  'De schoolfotograaf komt op dinsdag; u beslist zelf of u de foto’s wilt kopen.',
];

const PLANTED = [
  'De ouderbijdrage van € 50 is verplicht en dient voor 1 oktober te worden voldaan.',
  'Wij werken samen met huiswerkinstituut Studiekring; leerlingen krijgen 10% korting op bijles en huiswerkbegeleiding.',
];

function escape(text: string): string {
  return text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function generatedParagraph(index: number, plantEvery = 1000): string {
  if (plantEvery > 0 && index % plantEvery === plantEvery - 1) return PLANTED[Math.floor(index / plantEvery) % PLANTED.length];
  const a = SENTENCES[index % SENTENCES.length];
  const b = SENTENCES[(index * 7 + 3) % SENTENCES.length];
  return `${index + 1}. ${a} ${b}`;
}

export function generatedParagraphPage(count: number, plantEvery = 1000): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) paragraphs.push(`<h2>Nieuws, deel ${i / 50 + 1}</h2>`);
    paragraphs.push(`<p>${escape(generatedParagraph(i, plantEvery))}</p>`);
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Nieuwsarchief | Het Grote Archief</title></head>
<body><main><h1>Nieuwsarchief</h1>${paragraphs.join('\n')}</main></body></html>`;
}
