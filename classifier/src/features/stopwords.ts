// Our own Dutch stopword list. natural's list drops niet/geen/moet, which decide the contribution category,
// so negators, modals and scope words are deliberately absent here.
export const STOPWORDS = new Set(
  `de het een en of van in op te aan met voor bij uit over om tot door als dat die dit deze er ook dan
  zo nog al toe hun hem haar zij ze hij ik mij me zich zijn was waren wordt worden werd is ben bent heeft
  hebben had hadden wat wie waar hoe want dus maar toch wel echter tijdens na naar onder tegen tussen
  binnen buiten sinds zonder via per elk elke iedere ieder welke welk zodat omdat terwijl wanneer indien
  u uw je jouw jullie wij we ons onze meer veel zeer erg heel`.split(/\s+/).filter(Boolean),
);

// Modal and scope words kept on purpose (listed here so no one "cleans" them into the list above).
export const KEPT_SCOPE_WORDS = ['niet', 'geen', 'nooit', 'niemand', 'moet', 'moeten', 'dient', 'hoeft', 'hoeven', 'kan', 'kunnen', 'mag', 'mogen', 'alle', 'altijd', 'pas', 'alleen', 'verplicht'];
